"""The export scored against the hand-checked labels with ../shared/tools/score.py, as issue 3
demands: 100% of grades, kind and framework; at least 99.5% of every other labelled field."""

from __future__ import annotations

import subprocess
import sys

from ilacs.cli.common import emit
from ilacs.ingest import ingest
from ilacs.store import EXPORT_COLUMNS, Store
from tests.conftest import LETTERS, SHARED


def score(db, labels, tmp_path) -> subprocess.CompletedProcess:
    out = tmp_path / "inspections.csv"
    with Store.open_readonly(db) as store:
        rows = store.export_inspections()
    emit(rows, EXPORT_COLUMNS, "csv", out)
    return subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(out), str(labels)],
        capture_output=True,
        text=True,
    )


def test_corpus_export_meets_the_accuracy_bar(corpus_db, tmp_path):
    with Store.open_readonly(corpus_db) as store:
        assert len(store.documents()) == 497
    result = score(corpus_db, SHARED / "corpus" / "labels.csv", tmp_path)
    # score.py lists each miss; show them all when the bar is not met
    assert result.returncode == 0, result.stdout + result.stderr
    assert "exact 1.0000" in result.stdout.splitlines()[-1]


def test_letters_export_meets_the_accuracy_bar(tmp_path):
    db = tmp_path / "letters.db"
    summary = ingest(LETTERS, db)
    assert (summary.parsed, summary.failed) == (54, 0)
    result = score(db, SHARED / "letters" / "labels.csv", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
