"""A database for the web tests, built the way users build theirs: by ingesting the real PDFs.

`corpus_db` (tests/conftest.py) is the whole of ../shared/corpus/reports ingested with its
files.csv; the web database is a copy of it into which ../shared/letters/pdfs is ingested too,
so the pages show what the parsers really read from every real report and letter. One document
with hostile markup is then written through the real Store, to prove that every page escapes
what reports contain (no real report carries markup, so it has to be added).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ilacs.ingest import ingest
from ilacs.model import Recommendation, Report
from ilacs.store import Store, StoredDocument

from .conftest import LETTERS, REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTEFACTS = REPO / "artefacts" / "web"

BROMLEY_2012 = "80490_bromley/children's services inspection - 17 august 2012.pdf"  # not a PDF
BROMLEY_2016 = "80490_bromley/children's services inspection - 27 june 2016.pdf"
BROMLEY_2019 = "80490_bromley/children's services inspection - 07 january 2019.pdf"
BROMLEY_2024 = "80490_bromley/children's services inspection - 12 january 2024.pdf"
N_REPORTS = 497  # files in ../shared/corpus/reports (its README)
N_LETTERS = 54  # files in ../shared/letters/pdfs
HOSTILE_PATH = "80490_bromley/hostile test document.pdf"
HOSTILE_MARKUP = '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">'


def copy_db(src: Path, dst: Path) -> Path:
    """A consistent copy of a (WAL-mode) SQLite database."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return dst


def add_hostile_document(db: Path) -> None:
    """One Bromley focused visit whose text, theme, inspector and recommendation are markup."""
    with Store(db) as store:
        store.save_document(
            StoredDocument(
                path=HOSTILE_PATH,
                sha256="0" * 64,
                size=1,
                urn=80490,
                la_name="bromley",
                report=Report(
                    kind="focused_visit",
                    inspection_start=date(2021, 3, 1),
                    inspection_end=date(2021, 3, 2),
                    lead_inspectors=(HOSTILE_MARKUP,),
                    theme=HOSTILE_MARKUP,
                    recommendations=(Recommendation(1, "Escape this: " + HOSTILE_MARKUP),),
                ),
                status="ok",
                error=None,
                text="A hostile zebracorn paragraph " + HOSTILE_MARKUP,
                page_count=1,
                parser_version="test",
                source={"url": "https://files.ofsted.gov.uk/v1/file/1", "published": "2021-04-01"},
            )
        )


def build_web_db(corpus_db: Path, db: Path) -> Path:
    """Copy `corpus_db`, ingest every letter into the copy, add the hostile document."""
    copy_db(corpus_db, db)
    summary = ingest(LETTERS, db)
    assert (summary.parsed, summary.failed) == (N_LETTERS, 0), summary.errors
    add_hostile_document(db)
    return db


def meta(db: Path, key: str) -> str | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    conn.close()
    return row[0] if row else None


def long_day(stamp: str) -> str:
    """'2026-11-25T10:50:21+00:00' -> '25 November 2026', as the pages print a day."""
    day = date.fromisoformat(stamp[:10])
    return f"{day.day} {day:%B %Y}"


_BUILT: dict[str, object] = {}


def session_db(tmp_path_factory, corpus_db: Path) -> Path:
    """The web database, built once a session (each test module wraps it in a fixture)."""
    if "db" not in _BUILT:
        started = datetime.now(UTC).replace(microsecond=0)
        db = build_web_db(corpus_db, tmp_path_factory.mktemp("web") / "web.db")
        _BUILT["db"] = db
        _BUILT["window"] = (started, datetime.now(UTC))
    return _BUILT["db"]


def last_updated(db: Path) -> str:
    """What the pages report as the data's date: the stamp the letters' ingest left."""
    stamp = meta(db, "last_ingest")
    assert stamp and meta(db, "last_update") is None  # never crawled, only ingested
    return stamp


@contextlib.contextmanager
def running_server(db: Path) -> Iterator[str]:
    """`ilacs serve`'s server (waitress) on 127.0.0.1 and a free port, in a thread, stopped
    when the block ends; yields its base URL."""
    from ilacs.web import App, Server, listen

    server = Server(App(db), listen("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, name="test-server")
    thread.start()
    try:
        host, port = server.address
        yield f"http://{host}:{port}/"
    finally:
        server.stop()
        thread.join(10)
        assert not thread.is_alive(), "the test server did not stop"


@contextlib.contextmanager
def headless_chromium():
    """Debian's chromium, headless, driven by Playwright (skipped where it is not installed,
    except in CI); screenshots go to artefacts/web/."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def need_chromium() -> None:
    """Skip without Debian's chromium, except in CI (CI=true), where its absence fails."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing and CI=true: install it (apt-get install -y chromium)")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium); browser test skipped")


def test_web_db_is_the_ingested_corpus_and_letters(tmp_path_factory, corpus_db):
    db = session_db(tmp_path_factory, corpus_db)
    with Store.open_readonly(db) as s:
        counts = dict(
            s.conn.execute(
                "SELECT parser_version = 'test', count(*) FROM documents GROUP BY 1"
            ).fetchall()
        )
        assert counts == {0: N_REPORTS + N_LETTERS, 1: 1}  # every file, and the hostile one
        letters = s.conn.execute(
            "SELECT count(*) FROM documents WHERE path NOT LIKE '%/%'"
        ).fetchone()[0]
        assert letters == N_LETTERS
        row = s.conn.execute(
            "SELECT overall, leaders, help_protection, in_care, care_leavers, framework,"
            " inspection_start, inspection_end, lead_inspector, url, published"
            " FROM documents WHERE path = ?",
            (BROMLEY_2019,),
        ).fetchone()
        # Read from the report's first page: "Lead inspector: Dawn Godfrey", inspection
        # dates 19 to 30 November 2018, leaders Outstanding, the rest Good; files.csv: URL
        # and publication date.
        assert tuple(row) == (
            "good",
            "outstanding",
            "good",
            "good",
            None,
            "ilacs2018",
            "2018-11-19",
            "2018-11-30",
            "Dawn Godfrey",
            "https://files.ofsted.gov.uk/v1/file/50048227",
            "2019-01-07",
        )
    started, ended = _BUILT["window"]
    assert started <= datetime.fromisoformat(last_updated(db)) <= ended
