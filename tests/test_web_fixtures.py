"""A database for the web tests, built through the real Store from hand-checked labels.

The web pages are tested on values people checked against the reports
(../shared/corpus/labels.csv and ../shared/letters/labels.csv, publication facts from
files.csv), so the tests do not depend on how far the parsers have got. The text of a few named
reports is read from the real PDFs for full-text search, and one document carries hostile
markup to prove that every page escapes what reports contain.
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ilacs.model import Judgement, Recommendation, Report
from ilacs.store import Store

from .conftest import REPO, SHARED, corpus_text

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

JUDGEMENT_LABELS = {
    "overall": "Overall effectiveness",
    "leaders": "The impact of leaders on social work practice with children and families",
    "help_protection": "The experiences and progress of children who need help and protection",
    "in_care": "The experiences and progress of children in care",
    "care_leavers": "The experiences and progress of care leavers",
    "adoption": "Adoption performance",
    "lscb": "The effectiveness of the LSCB",
}
# Bromley's real reports, read from the PDFs so search has real text to find.
TEXT_DOCUMENTS = (
    "80490_bromley/children's services inspection - 07 january 2019.pdf",
    "80490_bromley/children's services inspection - 12 january 2024.pdf",
)
HOSTILE_PATH = "80490_bromley/hostile test document.pdf"
HOSTILE_MARKUP = '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">'


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build_web_db(db: Path, text_for: Callable[[str], str] | None = None) -> Path:
    """Write every labelled report and letter (and one hostile document) into `db`."""
    files = {r["path"]: r for r in _rows(SHARED / "corpus" / "files.csv")}
    with Store(db) as store:
        for row in _rows(SHARED / "corpus" / "labels.csv"):
            _save(store, row, files.get(row["path"], {}), text_for)
        for row in _rows(SHARED / "letters" / "labels.csv"):
            row = {**row, "path": "letters/" + row["path"]}
            _save(store, row, {}, text_for)
        store.save_document(
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
        store.set_meta("last_update", "2026-11-25T09:00:00+00:00")
    return db


def _save(store: Store, row: dict, source: dict, text_for) -> None:
    kind = row["kind"]
    if kind not in ("inspection", "lscb_review", "focused_visit", "monitoring_visit", "jtai"):
        kind = kind if kind in ("area_send", "other") else "not_a_report"
    judgements = tuple(
        Judgement(label=label, grade=row[area], area=area)
        for area, label in JUDGEMENT_LABELS.items()
        if row.get(area)
    )
    recs = ()
    if row.get("first_rec"):
        recs = (Recommendation(1, row["first_rec"]),)
    report = Report(
        kind=kind,
        framework=row.get("framework") or None,
        inspection_start=_date(row.get("inspection_start", "")),
        inspection_end=_date(row.get("inspection_end", "")),
        lead_inspectors=tuple(x for x in row.get("lead_inspector", "").split("; ") if x),
        inspection_type=row.get("inspection_type") or None,
        judgements=judgements,
        recommendations=recs,
        theme=row.get("theme") or None,
    )
    text = text_for(row["path"]) if text_for else ""
    store.save_document(
        path=row["path"],
        sha256=(row["path"].encode().hex() * 2)[:64],
        size=0,
        urn=int(row["urn"]),
        la_name=row["la_name"],
        report=None if kind == "not_a_report" else report,
        kind=kind,
        status="not_a_report" if kind == "not_a_report" else "ok",
        error=None,
        text=text,
        page_count=None,
        parser_version="labels",
        source={
            "url": source.get("file_url"),
            "published": source.get("published"),
            "ofsted_file_id": source.get("ofsted_file_id"),
        },
    )


_BUILT: dict[str, Path] = {}


def session_db(tmp_path_factory) -> Path:
    """The labelled record with the text of Bromley's reports, built once a session.

    Each test module wraps this (and `session_server`) in its own fixture."""
    if "db" not in _BUILT:
        db = tmp_path_factory.mktemp("web") / "web.db"
        texts = set(TEXT_DOCUMENTS)
        _BUILT["db"] = build_web_db(db, lambda p: corpus_text(p) if p in texts else "")
    return _BUILT["db"]


def session_server(db: Path) -> str:
    """`ilacs serve` on 127.0.0.1 and a free port, for the session; returns its base URL."""
    if "server" not in _BUILT:
        from ilacs.web import make_server

        server = make_server(db, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        _BUILT["server"] = server
    host, port = _BUILT["server"].server_address[:2]
    return f"http://{host}:{port}/"


def need_chromium() -> None:
    """Skip without Debian's chromium, except in CI (CI=true), where its absence fails."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing and CI=true: install it (apt-get install -y chromium)")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium); browser test skipped")


def test_fixture_holds_the_labels(tmp_path):
    db = build_web_db(tmp_path / "web.db")
    with Store.open_readonly(db) as s:
        row = s.conn.execute(
            "SELECT overall, leaders, framework, url, published FROM documents WHERE path = ?",
            (TEXT_DOCUMENTS[0],),
        ).fetchone()
        assert tuple(row) == (
            "good",
            "outstanding",
            "ilacs2018",
            "https://files.ofsted.gov.uk/v1/file/50048227",
            "2019-01-07",
        )
