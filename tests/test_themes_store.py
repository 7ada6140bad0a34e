"""Themes in the database: the migration of an old file, labelling at ingest, relabelling
without the PDFs when the classifier changes, and the `themes` column of the export."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3

from click.testing import CliRunner

from ilacs import ingest as ingest_module
from ilacs.cli import main
from ilacs.store import Store
from ilacs.themes import VERSION
from ilacs.themes.label import META_KEY, relabel

from .conftest import CORPUS
from .old_store import old_database

BROMLEY = CORPUS / "80490_bromley"
REPORT_2019 = "80490_bromley/children's services inspection - 07 january 2019.pdf"

# Bromley's four areas for improvement of 2018 (report of 7 January 2019), as hand-labelled in
# tests/test_themes_classify.py
BROMLEY_2018 = [
    ("The take-up of return home interviews", "exploitation_missing"),
    ("Information provided to homeless 16- and 17-year-olds", "homeless_16_17"),
    ("School attendance levels and educational progress", "education"),
    ("The arrangements for care leavers to have access", "care_leavers;health_wellbeing"),
]


def _themes_of(store: Store, path: str) -> list[tuple[str, str | None]]:
    return [
        (r["text"], r["themes"])
        for r in store.conn.execute(
            "SELECT r.text, r.themes FROM recommendations r JOIN documents d"
            " ON d.id = r.document_id WHERE d.path = ? ORDER BY r.section, r.position",
            (path,),
        )
    ]


def _old_database(tmp_path, monkeypatch):
    """A database file as ilacs wrote it before themes: Bromley's reports, no `themes` (the
    file ilacs 0001 wrote, made by tests/old_store.py; its copy of the 2019 report published
    again is counted once when the file upgrades)."""
    db = old_database(tmp_path / "old.db")
    with sqlite3.connect(db) as c:
        cols = [r[1] for r in c.execute("PRAGMA table_info(recommendations)")]
    assert "themes" not in cols
    return db


def test_an_old_database_gains_themes_without_its_pdfs(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch)
    with Store(db) as store:  # the migration runs as the file is opened
        cols = [r[1] for r in store.conn.execute("PRAGMA table_info(recommendations)")]
        assert "themes" in cols
        assert store.meta(META_KEY) is None
        before = _themes_of(store, REPORT_2019)
        assert [t for _, t in before] == [None] * 4
        # no PDF is read: the labels come from the stored text alone
        total = store.conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
        assert relabel(store) == total == 28
        got = _themes_of(store, REPORT_2019)
        assert [
            (text[: len(start)], t) for (text, t), (start, _) in zip(got, BROMLEY_2018, strict=True)
        ] == [(start, want) for start, want in BROMLEY_2018]
        assert store.meta(META_KEY) == VERSION
        assert relabel(store) == 0  # nothing new, same classifier


def test_a_new_classifier_version_relabels_everything(tmp_path, monkeypatch):
    db = _old_database(tmp_path, monkeypatch)
    with Store(db) as store:
        relabel(store)
        store.conn.execute("UPDATE recommendations SET themes = 'stale'")
        store.set_meta(META_KEY, "rules-0")
        assert relabel(store) == 28
        assert (
            store.conn.execute(
                "SELECT count(*) FROM recommendations WHERE themes = 'stale' OR themes IS NULL"
            ).fetchone()[0]
            == 0
        )


def test_ingest_labels_and_a_reingest_relabels_unchanged_files(tmp_path):
    folder = tmp_path / "reports" / "80490_bromley"
    folder.mkdir(parents=True)
    shutil.copy(BROMLEY / "children's services inspection - 07 january 2019.pdf", folder)
    db = tmp_path / "x.db"
    summary = ingest_module.ingest(tmp_path / "reports", db, workers=1)
    assert (summary.parsed, summary.themed) == (1, 4)
    with Store(db) as store:
        assert [t for _, t in _themes_of(store, REPORT_2019)] == [w for _, w in BROMLEY_2018]
        store.conn.execute("UPDATE recommendations SET themes = NULL")
        store.set_meta(META_KEY, "rules-0")
    # the file is unchanged, so it is not read again; its items are relabelled all the same
    summary = ingest_module.ingest(tmp_path / "reports", db, workers=1)
    assert (summary.parsed, summary.skipped_unchanged, summary.themed) == (0, 1, 4)
    with Store(db) as store:
        assert [t for _, t in _themes_of(store, REPORT_2019)] == [w for _, w in BROMLEY_2018]


def test_export_recommendations_has_themes(tmp_path):
    folder = tmp_path / "reports" / "80490_bromley"
    folder.mkdir(parents=True)
    shutil.copy(BROMLEY / "children's services inspection - 07 january 2019.pdf", folder)
    db = tmp_path / "x.db"
    ingest_module.ingest(tmp_path / "reports", db, workers=1)
    result = CliRunner().invoke(main, ["export", "recommendations", "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0])[-2:] == ["section", "themes"]
    assert [r["themes"] for r in rows] == [w for _, w in BROMLEY_2018]
