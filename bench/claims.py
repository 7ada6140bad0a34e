"""Check every article of ../shared/claims and score the verdicts with score_claims.py.

    uv run python bench/claims.py [--db /tmp/full.db] [--set all|dev|heldout] [--misses]
                                  [--set-dir DIR]

Writes `<article id>.json` (the `ilacs check --format json --as-of <published>` output) into a
temporary folder and runs ../shared/tools/score_claims.py on it, printing its figures (with
--misses, its list of misses too). `dev` and `heldout` split the 25 non-seed articles: every
third one (in sorted order) is held out of development, with its altered copies; the five
seeds are in `dev`. `--set-dir` scores another labelled set of the same format instead (e.g.
articles written and labelled blind by someone who has not seen the checker). Then times `ilacs check` on a 1,000-word article, CLI process included.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".." / "shared"
SET = SHARED / "claims"


def held_out_ids(ids: list[str]) -> set[str]:
    """Every third non-seed article in sorted order: never looked at while developing."""
    base = sorted({i for i in ids if "-m" not in i and "_" not in i})
    return {a for k, a in enumerate(base) if k % 3 == 2}


def subset(which: str, into: Path, root: Path = SET) -> Path:
    """A copy of the claims set holding only `which` articles (all, dev or heldout)."""
    rows = list(csv.DictReader(open(root / "articles.csv", newline="", encoding="utf-8")))
    held = held_out_ids([r["id"] for r in rows])

    def keep(article_id: str) -> bool:
        base = article_id.split("-m")[0]
        if which == "all":
            return True
        return (base in held) == (which == "heldout")

    into.mkdir(parents=True, exist_ok=True)
    for name in ("articles.csv", "claims.csv"):
        src = list(csv.DictReader(open(root / name, newline="", encoding="utf-8")))
        key = "id" if name == "articles.csv" else "article"
        with open(into / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(src[0].keys()))
            w.writeheader()
            w.writerows(r for r in src if keep(r[key]))
    (into / "articles").mkdir(exist_ok=True)
    return into


def run(db: Path, which: str, misses: bool, root: Path = SET) -> None:
    from ilacs.claims.check import check_article, load_record, make_texts

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        set_dir = subset(which, tmp / "set", root)
        out = tmp / "results"
        out.mkdir()
        t0 = time.perf_counter()
        record = load_record(db)
        t_load = time.perf_counter() - t0
        texts = make_texts(db)
        rows = list(csv.DictReader(open(set_dir / "articles.csv", newline="", encoding="utf-8")))
        t0 = time.perf_counter()
        for r in rows:
            text = (root / "articles" / f"{r['id']}.txt").read_text(encoding="utf-8")
            day = date.fromisoformat(r["published"])
            result = check_article(text, record, texts, day, "given")
            (out / f"{r['id']}.json").write_text(json.dumps(result.as_json(), ensure_ascii=False))
        t_check = time.perf_counter() - t0
        texts.close()
        # score_claims reads the article texts from SET_DIR/articles
        for r in rows:
            (set_dir / "articles" / f"{r['id']}.txt").write_text(
                (root / "articles" / f"{r['id']}.txt").read_text(encoding="utf-8"), encoding="utf-8"
            )
        proc = subprocess.run(
            [sys.executable, str(SHARED / "tools" / "score_claims.py"), str(set_dir), str(out)],
            capture_output=True,
            text=True,
        )
        lines = proc.stdout.strip().splitlines()
        shown = (
            lines if misses else [ln for ln in lines if not ln.startswith("  ") or "found" in ln]
        )
        print(
            f"set {which}: {len(rows)} articles; record loaded in {t_load:.2f} s, checked in {t_check:.2f} s"
        )
        print("\n".join(shown))


def timing(db: Path) -> None:
    """`ilacs check` on a 1,000-word article (the seed 001 repeated), CLI process included.

    Timed twice. "warm" is how Python runs on a user's machine by default: the package's
    bytecode is cached after the first run (here in a temporary PYTHONPYCACHEPREFIX, so nothing
    is written into the repository). "cold" has no bytecode cache at all
    (PYTHONDONTWRITEBYTECODE=1, as some sandboxes and CI images set), so every run compiles
    the package's source again.
    """
    text = (SET / "articles" / "001_810798ea347bbf28.txt").read_text(encoding="utf-8")
    words = text.split()
    body = []
    while sum(len(p.split()) for p in body) < 1000:
        body.append(text)
    article = " ".join(" ".join(body).split()[:1000])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "ilacs",
            "check",
            str(path),
            "--db",
            str(db),
            "--as-of",
            "2019-01-08",
            "--format",
            "json",
        ]
        warm = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        warm.pop("PYTHONDONTWRITEBYTECODE", None)
        # an empty cache folder, so that no __pycache__ beside the source is read either
        cold = dict(
            os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(Path(tmp) / "none")
        )
        subprocess.run(command, check=True, capture_output=True, env=warm)  # writes the cache
        figures = {
            name: best_of_three(command, env) for name, env in (("warm", warm), ("cold", cold))
        }
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    print(
        f"1,000-word article ({len(words)} words in the seed, repeated), CLI process included, best of 3:"
    )
    print(
        f"  warm (bytecode cached, Python's default): {figures['warm'][0]:.2f} s wall, "
        f"{figures['warm'][1]:.2f} s CPU"
    )
    print(
        f"  cold (no bytecode cache, source compiled on every run): {figures['cold'][0]:.2f} s wall, "
        f"{figures['cold'][1]:.2f} s CPU"
    )
    print(
        f"{date.today()} {platform.node()} {platform.machine()} python {platform.python_version()} "
        f"commit {commit} (wall time counts the machine's load)"
    )


def best_of_three(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The least wall and CPU time (seconds) of three runs of `command`."""
    walls, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return min(walls), min(cpus)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=Path("/tmp/full.db"))
    p.add_argument("--set", dest="which", choices=["all", "dev", "heldout"], default="all")
    p.add_argument("--misses", action="store_true")
    p.add_argument(
        "--set-dir",
        type=Path,
        default=SET,
        help="another labelled set in the format of ../shared/claims (default: that one)",
    )
    p.add_argument("--no-timing", action="store_true")
    a = p.parse_args()
    run(a.db, a.which, a.misses, a.set_dir)
    if not a.no_timing:
        timing(a.db)


if __name__ == "__main__":
    main()
