"""The store: schema upgrades, atomic replacement of a document, read-only opening."""

from __future__ import annotations

import sqlite3

import pytest

from ilacs.errors import StoreError
from ilacs.model import Judgement, Recommendation, Report
from ilacs.store import MIGRATIONS, Store, StoredDocument


def _save(store: Store, path: str, report: Report, text: str = "some words") -> int:
    return store.save_document(
        StoredDocument(
            path=path,
            sha256="0" * 64,
            size=1,
            status="ok",
            parser_version="t",
            urn=80490,
            la_name="Bromley",
            report=report,
            text=text,
            page_count=text.count("\f") + 1,
        )
    )


REPORT = Report(
    kind="inspection",
    framework="ilacs2018",
    judgements=(Judgement("Overall effectiveness", "good", "Good", "overall"),),
    recommendations=(
        Recommendation(1, "The take-up of return home interviews."),
        Recommendation(2, "School attendance."),
    ),
)


def test_new_file_gets_every_migration(tmp_path):
    with Store(tmp_path / "a.db") as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


def test_an_old_file_upgrades_itself(tmp_path, monkeypatch):
    db = tmp_path / "old.db"
    with Store(db):
        pass
    import ilacs.store

    step = ("9999_test_column", "ALTER TABLE documents ADD COLUMN note TEXT")
    monkeypatch.setattr(ilacs.store, "MIGRATIONS", [*MIGRATIONS, step])
    with Store(db) as store:
        cols = [r[1] for r in store.conn.execute("PRAGMA table_info(documents)")]
        assert "note" in cols
        assert store.migrate() == []  # once only


def test_saving_again_replaces_the_document_whole(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _save(store, "x.pdf", REPORT, "return home interviews")
        _save(store, "x.pdf", Report(kind="inspection", framework="sif"), "other words")
        c = store.conn
        assert c.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert c.execute("SELECT count(*) FROM recommendations").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM judgements").fetchone()[0] == 0
        assert store.search("return home interviews").total == 0
        assert (
            c.execute(
                "SELECT count(*) FROM recommendations_fts WHERE recommendations_fts MATCH 'school'"
            ).fetchone()[0]
            == 0
        )
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failing_write_leaves_the_database_as_it_was(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _save(store, "x.pdf", REPORT)
        bad = Report(kind="inspection", judgements=(Judgement("x", None, "", None),))  # grade NULL
        with pytest.raises(sqlite3.IntegrityError):
            _save(store, "x.pdf", bad)
        row = store.documents(path="x.pdf")[0]
        assert row["framework"] == "ilacs2018" and row["overall"] == "good"
        assert len(store.recommendations_of(row["id"])) == 2


def test_readonly_refuses_writes_and_missing_files(tmp_path):
    with pytest.raises(StoreError, match="ilacs ingest"):
        Store.open_readonly(tmp_path / "none.db")
    with Store(tmp_path / "a.db") as store:
        _save(store, "x.pdf", REPORT)
    with Store.open_readonly(tmp_path / "a.db") as ro:
        assert len(ro.documents()) == 1
        with pytest.raises(sqlite3.OperationalError):
            ro.conn.execute("DELETE FROM documents")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        Store(bad)


def test_dataframe_of_table_and_query(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _save(store, "x.pdf", REPORT)
        df = store.dataframe("documents")
        assert list(df["overall"]) == ["good"]
        q = store.dataframe("SELECT text FROM recommendations WHERE position = ?", [2])
        assert list(q["text"]) == ["School attendance."]


def test_a_monitoring_visit_keeps_its_number(tmp_path):
    """The letters' parser reads "the third monitoring visit"; the store and the record keep
    it (issue 13: it was parsed and dropped)."""
    from datetime import date

    from ilacs.analyse import Record

    letter = Report(
        kind="monitoring_visit",
        inspection_start=date(2023, 7, 11),
        inspection_end=date(2023, 7, 12),
        visit_number=3,
    )
    db = tmp_path / "ilacs.db"
    with Store(db) as store:
        _save(store, "80490_bromley__monitoring_visit.pdf", letter)
    (doc,) = Record.load(db).documents
    assert (doc.kind, doc.visit_number) == ("monitoring_visit", 3)
