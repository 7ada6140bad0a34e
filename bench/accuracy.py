"""Accuracy of the export against the hand-checked labels, scored as ../shared/tools/score.py does.

usage: uv run python bench/accuracy.py [SHARED_FOLDER]   (default ../shared)
Ingests the report corpus and the letters into a temporary database, exports `inspections` and
prints score.py's figures for corpus/labels.csv and letters/labels.csv (each miss listed).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from ilacs.cli.common import emit
from ilacs.ingest import ingest
from ilacs.store import EXPORT_COLUMNS, Store

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "accuracy.db"
        for folder in (shared / "corpus" / "reports", shared / "letters" / "pdfs"):
            s = ingest(folder, db)
            print(f"{folder}: {s.parsed} parsed, {s.not_a_report} not a report, {s.failed} failed")
        out = Path(tmp) / "inspections.csv"
        with Store(db) as store:
            emit(store.export_inspections(), EXPORT_COLUMNS, "csv", out)
        return subprocess.run(
            [
                sys.executable,
                str(shared / "tools" / "score.py"),
                str(out),
                str(shared / "corpus" / "labels.csv"),
                str(shared / "letters" / "labels.csv"),
            ]
        ).returncode


if __name__ == "__main__":
    sys.exit(main())
