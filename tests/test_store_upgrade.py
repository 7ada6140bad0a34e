"""An old database file upgrades itself, and a file Ofsted published twice is one inspection.

The old file is made by tests/old_store.py as ilacs wrote it before migration 0002 (schema
0001), from Bromley's four corpus files plus a byte-identical copy of the 2019 report under a
second Ofsted file id (50099999, "published" 2019-06-03), as Ofsted sometimes republishes one.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from ilacs.analyse import Record, history
from ilacs.ingest import ingest, read_manifest
from ilacs.store import MIGRATIONS, SearchFilters, Store

from .conftest import CORPUS
from .old_store import AGAIN, BROMLEY, FIRST, old_database


def _old_copy(tmp_path: Path) -> Path:
    return old_database(tmp_path / "old.db")


def test_an_old_database_file_upgrades_itself(tmp_path):
    db = _old_copy(tmp_path)
    before = db.stat().st_size
    with Store(db) as store:
        c = store.conn
        names = [r[0] for r in c.execute("SELECT name FROM migrations ORDER BY name")]
        assert names == [name for name, _ in MIGRATIONS]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        assert "document_text" not in tables and {"pages", "pages_fts", "las"} <= tables
        # a row per page of every document read, numbered as in the PDF
        for d in store.documents(status="ok"):
            assert len(store.pages(d["id"])) == d["page_count"]
        first = store.documents(path=FIRST)[0]
        assert store.pages(first["id"])[1].startswith("2\r\nWhat needs to improve")
        hit = c.execute(
            "SELECT p.document_id, p.page FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid"
            " WHERE pages_fts MATCH '\"take-up of return home interviews\"'"
        ).fetchall()
        assert [tuple(h) for h in hit] == [(first["id"], 2)]
        # the recommendations' full-text table rebuilt under its new declaration
        found = c.execute(
            "SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH 'home'"
        ).fetchall()
        texts = dict(c.execute("SELECT id, text FROM recommendations").fetchall())
        assert sorted(r[0] for r in found) == sorted(
            i for i, t in texts.items() if re.search(r"\bhomes?\b", t, re.I)
        )
        assert len(found) == 2
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the old full-text table's space is given back
    assert db.stat().st_size < before * 1.3


def test_an_old_database_keeps_one_of_a_twice_published_file(tmp_path):
    db = _old_copy(tmp_path)
    with Store(db) as store:
        again = store.documents(path=AGAIN)[0]
        assert again["status"] == "duplicate"
        assert again["error"] == (
            "the same file as Ofsted file 50048227, published 2019-01-07: one report, counted once"
        )
        assert again["ofsted_file_id"] == "50099999"  # both file ids stay sources
        assert store.documents(path=FIRST)[0]["status"] == "ok"
        inspections = store.conn.execute(
            "SELECT inspection_end, ofsted_file_id FROM inspections ORDER BY 1"
        ).fetchall()
        assert [tuple(r) for r in inspections] == [
            ("2016-05-05", "50004327"),
            ("2018-11-30", "50048227"),
            ("2023-11-17", "50237004"),
        ]
        assert store.recommendations_of(again["id"]) == []
        found = store.search('"return home interviews"', SearchFilters(urn=80490), limit=50)
        assert [h["path"] for h in found.hits].count(AGAIN) == 0
    # The analysis sees one inspection, not a second one "same, 0 days" after the first.
    steps = history(Record.load(db), "bromley").steps
    assert [(s.day.isoformat(), s.path) for s in steps] == [
        ("2016-05-05", BROMLEY + "27 june 2016.pdf"),
        ("2018-11-30", FIRST),
        ("2023-11-17", BROMLEY + "12 january 2024.pdf"),
    ]


def _bromley_with_a_copy(root: Path, copy_published: str) -> Path:
    folder = root / "reports" / "80490_bromley"
    shutil.copytree(CORPUS / "80490_bromley", folder)
    shutil.copy(CORPUS / FIRST, root / "reports" / AGAIN)
    manifest = read_manifest(CORPUS)
    manifest[AGAIN] = {
        "ofsted_file_id": "50099999",
        "url": "https://files.ofsted.gov.uk/v1/file/50099999",
        "published": copy_published,
        "event_type": None,
    }
    return manifest


def test_ingest_stores_a_twice_published_file_as_one_inspection(tmp_path):
    manifest = _bromley_with_a_copy(tmp_path, "2019-06-03")
    db = tmp_path / "ilacs.db"
    summary = ingest(tmp_path / "reports", db, manifest=manifest, workers=1)
    assert summary.duplicates == [AGAIN]
    with Store(db) as store:
        statuses = {d["path"]: d["status"] for d in store.documents(urn=80490)}
        assert (statuses[FIRST], statuses[AGAIN]) == ("ok", "duplicate")
        days = [d["inspection_end"] for d in store.documents_of(80490)]
        assert days == ["2023-11-17", "2018-11-30", "2016-05-05"]  # not 2018-11-30 twice
    again = ingest(tmp_path / "reports", db, manifest=manifest, workers=1)
    assert (again.parsed, again.skipped_unchanged, again.duplicates) == (0, 5, [])
    with sqlite3.connect(db) as c:
        ok = c.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    assert ok == 3


def test_the_copy_published_first_is_kept_whatever_the_order(tmp_path):
    # Here the "copy" has the earlier date: it is the original, the corpus file the duplicate.
    manifest = _bromley_with_a_copy(tmp_path, "2019-01-02")
    db = tmp_path / "ilacs.db"
    ingest(tmp_path / "reports", db, manifest=manifest, workers=1)
    with Store(db) as store:
        assert store.documents(path=AGAIN)[0]["status"] == "ok"
        first = store.documents(path=FIRST)[0]
        assert first["status"] == "duplicate" and "Ofsted file 50099999" in first["error"]


def test_searching_a_file_not_yet_upgraded_says_how(tmp_path):
    # The web and `ilacs search` open the file read-only, so they cannot upgrade it themselves.
    import json

    from ilacs.errors import StoreError
    from ilacs.web import App

    db = _old_copy(tmp_path)
    with Store.open_readonly(db) as store:
        with pytest.raises(StoreError, match="made by an older ilacs.*ilacs ingest"):
            store.search("care")
    status: list[str] = []
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/search.json", "QUERY_STRING": "q=care"}
    body = b"".join(App(db)(environ, lambda s, h: status.append(s)))
    assert status == ["500 Internal Server Error"]
    assert "made by an older ilacs" in json.loads(body)["message"]


def test_exporting_recommendations_of_a_file_not_yet_upgraded_says_how(tmp_path):
    # `ilacs export` opens the file read-only: a file made before themes has no `themes`
    # column, and the export says how to upgrade it (naming the file), not a traceback, and
    # leaves the file as it was.
    from click.testing import CliRunner

    from ilacs.cli import main

    db = _old_copy(tmp_path)
    before = db.read_bytes()
    out = tmp_path / "recs.csv"
    result = CliRunner().invoke(
        main, ["export", "recommendations", "--db", str(db), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert f"{db}: the database was made by an older ilacs" in result.output
    assert "ilacs ingest FOLDER --db FILE" in result.output
    assert "Traceback" not in result.output and not out.exists()
    assert db.read_bytes() == before
    # the documents' export needs nothing the old file lacks
    assert (
        CliRunner()
        .invoke(main, ["export", "inspections", "--db", str(db), "-o", str(out)])
        .exit_code
        == 0
    )
    # Bromley's four files and the copy under a second file id (not yet marked a duplicate)
    assert out.read_text().count("80490_bromley/") == 5
