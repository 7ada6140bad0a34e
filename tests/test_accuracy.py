"""The export of the whole corpus scored against the hand-checked labels, as issue 3 demands:
100% of grades, kind and framework; at least 99.5% of every other labelled field."""

from __future__ import annotations

import subprocess
import sys

from ilacs.store import EXPORT_COLUMNS, Store
from tests.conftest import SHARED


def test_export_meets_the_accuracy_bar(corpus_db, tmp_path):
    out = tmp_path / "inspections.csv"
    from ilacs.cli.common import emit

    with Store.open_readonly(corpus_db) as store:
        rows = store.export_inspections()
    emit(rows, EXPORT_COLUMNS, "csv", out)
    assert len(rows) == 497
    score = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            str(out),
            str(SHARED / "corpus" / "labels.csv"),
        ],
        capture_output=True,
        text=True,
    )
    # score.py lists each miss; show them all when the bar is not met
    assert score.returncode == 0, score.stdout + score.stderr
