"""How well and how fast recommendations get their themes.

usage: uv run python bench/themes.py [--labels ../shared/themes/labels.csv] [--db /tmp/corpus.db]
       [--errors tune|held|all]
Scores `ilacs.themes.classify` against the hand labels: all 250, the 150 the rules were tuned on
and the 100 held out (a fixed split by a hash of each item's path, section and position; the
rules were written from the taxonomy and corrected only on the tuning items), per theme, and the
time to label every recommendation of a database. micro-F1 counts each (item, theme) pair;
"first" is the share of items whose first theme is the hand label's first.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import platform
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from ilacs.themes import VERSION, classify

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO.parent / "shared" / "themes" / "labels.csv"


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The fixed tuning (150) and held-out (100) halves of the labels."""

    def key(r: dict) -> str:
        return hashlib.sha1(f"{r['path']}|{r['section']}|{r['position']}".encode()).hexdigest()

    ordered = sorted(rows, key=key)
    return ordered[:150], ordered[150:]


def measure(rows: list[dict]) -> dict:
    tp = fp = fn = first = 0
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        want = r["themes"].split(";")
        got = list(classify(r["text"], r["section"]))
        first += got[0] == want[0]
        for t in set(got) | set(want):
            if t in got and t in want:
                tp += 1
                per[t][0] += 1
            elif t in got:
                fp += 1
                per[t][1] += 1
            else:
                fn += 1
                per[t][2] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return {"n": len(rows), "p": p, "r": rc, "f1": f1, "first": first / len(rows), "per": per}


def line(name: str, m: dict) -> str:
    return f"| {name} | {m['n']} | {m['f1']:.3f} | {m['p']:.3f} | {m['r']:.3f} | {m['first']:.3f} |"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--db", type=Path, default=Path("/tmp/corpus.db"))
    ap.add_argument("--errors", choices=["tune", "held", "all"])
    a = ap.parse_args()
    rows = list(csv.DictReader(a.labels.open(newline="", encoding="utf-8")))
    tune, held = split(rows)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    print(f"themes bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, ", end="")
    print(f"commit {commit}, classifier {VERSION}\n")
    print("| items | n | micro-F1 | precision | recall | first theme |")
    print("|---|---|---|---|---|---|")
    full = measure(rows)
    for name, part in (("all labelled", rows), ("tuning split", tune), ("held out", held)):
        print(line(name, measure(part)))
    print("\n| theme | right | extra | missed | F1 |\n|---|---|---|---|---|")
    for t, (right, extra, missed) in sorted(full["per"].items(), key=lambda x: -sum(x[1])):
        f1 = 2 * right / (2 * right + extra + missed) if right else 0.0
        print(f"| {t} | {right} | {extra} | {missed} | {f1:.2f} |")
    if a.db.exists():
        con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
        items = con.execute("SELECT text, section FROM recommendations").fetchall()
        t0, c0 = time.perf_counter(), time.process_time()
        for text, section in items:
            classify(text, section)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"\nspeed: {len(items)} recommendations of {a.db} in {took:.2f} s"
            f" ({cpu:.2f} s of CPU; the machine's load average is {os.getloadavg()[0]:.1f})"
        )
    if a.errors:
        part = {"tune": tune, "held": held, "all": rows}[a.errors]
        print(f"\nerrors ({a.errors}):", file=sys.stderr)
        for r in part:
            got = ";".join(classify(r["text"], r["section"]))
            if got != r["themes"]:
                print(f"- [{r['section']}] {r['text'][:230]}", file=sys.stderr)
                print(f"    want {r['themes']}   got {got}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
