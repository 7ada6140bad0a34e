"""Time every analysis command on a full database (target: under 1 s each).

usage: uv run python bench/analyse.py [--db ilacs.db]
Without --db, the corpus in ../shared is ingested into a temporary folder first.
Prints the time to read the database into a `Record`; per command, the library call's time on
a new record (read afresh, as in a new process), the best of 3 calls again on the same record
(what a long-running caller such as the web pays: a record keeps what is derived from it),
and the wall time of the whole `ilacs ...` process as a user runs it (Python start-up and
imports included). Last, snapshots on 300 random dates from one record, as the web's England
page for any day asks for them.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from ilacs import analyse
from ilacs.analyse import Record

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "reports"

CASES = [
    ("history bromley", lambda db: analyse.history(db, "bromley"), ["history", "bromley"]),
    (
        "history north northamptonshire",
        lambda db: analyse.history(db, "north northamptonshire"),
        ["history", "north northamptonshire"],
    ),
    (
        "snapshot --at 2019-08-31 --by region",
        lambda db: analyse.snapshot(db, "2019-08-31", by="region"),
        ["snapshot", "--at", "2019-08-31", "--by", "region"],
    ),
    (
        "transitions --from-framework sif --to-framework ilacs",
        lambda db: analyse.transitions(db, from_framework="sif", to_framework="ilacs"),
        ["transitions", "--from-framework", "sif", "--to-framework", "ilacs"],
    ),
    ("timing", lambda db: analyse.timing(db), ["timing"]),
    (
        "firsts --grade outstanding --framework ilacs2023",
        lambda db: analyse.firsts(db, framework="ilacs2023"),
        ["firsts", "--grade", "outstanding", "--framework", "ilacs2023"],
    ),
    (
        "trend --every quarter --by region",
        lambda db: analyse.trend(db, every="quarter", by="region"),
        ["trend", "--every", "quarter", "--by", "region"],
    ),
    (
        "trend --every month --by region",
        lambda db: analyse.trend(db, every="month", by="region"),
        ["trend", "--every", "month", "--by", "region"],
    ),
]


def best_of(fn, n: int = 3) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    tmp = None
    db = args.db
    if db is None:
        from ilacs.ingest import ingest

        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "corpus.db"
        t = time.perf_counter()
        ingest(CORPUS, db)
        print(f"ingested the corpus in {time.perf_counter() - t:.1f} s -> {db}")
    t = time.perf_counter()
    record = Record.load(db)
    loaded = time.perf_counter() - t
    print(f"database: {db} ({len(record.docs)} readable documents, read in {loaded * 1000:.0f} ms)")
    print(f"{'command':58} {'first':>9} {'again':>9} {'CLI process':>12}")
    worst = 0.0
    for label, call, argv in CASES:
        t = time.perf_counter()
        record = Record.load(db)
        call(record)
        first = time.perf_counter() - t
        again = best_of(lambda call=call, record=record: call(record))
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "ilacs", *argv, "--db", str(db), "--format", "csv"],
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - t
        status = "" if proc.returncode == 0 else f"  exit {proc.returncode}: {proc.stderr[:80]}"
        worst = max(worst, wall)
        print(f"{label:58} {first * 1000:7.1f}ms {again * 1000:7.2f}ms {wall:10.2f} s{status}")
    print(f"slowest command as a process: {worst:.2f} s (target < 1 s)")
    rng = random.Random(1)
    span = (date.today() - date(2012, 1, 1)).days
    days = [date(2012, 1, 1) + timedelta(days=rng.randrange(span + 1)) for _ in range(300)]
    record = Record.load(db)
    for label in ("first time", "again"):
        t = time.perf_counter()
        for day in days:
            analyse.snapshot(record, day, by="region")
        each = (time.perf_counter() - t) / len(days)
        print(f"snapshot --by region on 300 random dates, {label}: {each * 1000:.3f} ms each")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
