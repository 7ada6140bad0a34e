"""A database file as ilacs wrote it before migration 0002 (schema 0001: one full-text row per
document, `recommendations_fts` declared with `content = 'recommendations'`, no themes), made
at test time from Bromley's four corpus files plus a byte-identical copy of the 2019 report
under a second Ofsted file id (50099999, "published" 2019-06-03), as Ofsted sometimes
republishes a report. Nothing of the reports is committed: the file is written from ../shared.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ilacs.constants import JUDGEMENT_AREAS
from ilacs.ingest import Job, read_document, read_manifest, sha256_file
from ilacs.store import MIGRATIONS

from .conftest import CORPUS

BROMLEY = "80490_bromley/children's services inspection - "
FIRST = BROMLEY + "07 january 2019.pdf"
AGAIN = BROMLEY + "07 january 2019 (published again).pdf"
AGAIN_SOURCE = {
    "ofsted_file_id": "50099999",
    "url": "https://files.ofsted.gov.uk/v1/file/50099999",
    "published": "2019-06-03",
    "event_type": None,
}


@functools.cache
def _built() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="ilacs-0001-"))
    db = folder / "bromley-0001.db"
    name, sql = MIGRATIONS[0]
    assert name == "0001_initial"
    manifest = read_manifest(CORPUS)
    files = sorted((CORPUS / "80490_bromley").glob("*.pdf"))
    jobs = [(f"80490_bromley/{p.name}", p) for p in files] + [(AGAIN, CORPUS / FIRST)]
    with sqlite3.connect(db) as c:
        c.executescript(sql)
        c.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        c.execute("INSERT INTO migrations VALUES (?, '2026-11-01T00:00:00+00:00')", (name,))
        for rel, path in jobs:
            sha, size = sha256_file(path)
            o = read_document(Job(path, rel, sha, size))
            r = o.report
            source = AGAIN_SOURCE if rel == AGAIN else manifest.get(rel, {})
            row = {
                "path": rel,
                "sha256": sha,
                "size": size,
                "urn": 80490,
                "la_name": "Bromley",
                "kind": r.kind if r else o.kind,
                "framework": r.framework if r else None,
                "published": source.get("published"),
                "ofsted_file_id": source.get("ofsted_file_id"),
                "url": source.get("url"),
                "event_type": source.get("event_type"),
                "inspection_start": r.inspection_start.isoformat()
                if r and r.inspection_start
                else None,
                "inspection_end": r.inspection_end.isoformat() if r and r.inspection_end else None,
                "lead_inspector": "; ".join(r.lead_inspectors) if r and r.lead_inspectors else None,
                "inspection_type": r.inspection_type if r else None,
                **{a: (r.grade(a) if r else None) for a in JUDGEMENT_AREAS},
                "rec_count": r.rec_count if r and o.status == "ok" else None,
                "priority_action_count": r.priority_action_count
                if r and o.status == "ok"
                else None,
                "theme": r.theme if r else None,
                "status": o.status,
                "error": o.error,
                "page_count": o.page_count,
                "parser_version": "0001",
                "ingested_at": "2026-11-01T00:00:00+00:00",
            }
            doc_id = c.execute(
                f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            ).lastrowid
            if r is None:
                continue
            c.executemany(
                "INSERT INTO judgements VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (doc_id, i, j.area, j.label, j.grade, j.grade_text)
                    for i, j in enumerate(r.judgements, 1)
                ],
            )
            for rec in r.recommendations:
                rec_id = c.execute(
                    "INSERT INTO recommendations (document_id, position, section,"
                    " priority_action, text) VALUES (?, ?, ?, ?, ?)",
                    (doc_id, rec.position, rec.section, int(rec.priority_action), rec.text),
                ).lastrowid
                c.execute(
                    "INSERT INTO recommendations_fts (rowid, text) VALUES (?, ?)",
                    (rec_id, rec.text),
                )
            if o.text:
                c.execute("INSERT INTO document_text (rowid, text) VALUES (?, ?)", (doc_id, o.text))
    return db


def old_database(dest: Path) -> Path:
    """A fresh copy of the schema-0001 file at `dest` (built once a session)."""
    shutil.copy(_built(), dest)
    return dest
