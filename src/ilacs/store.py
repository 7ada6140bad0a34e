"""The SQLite store: schema, migrations, one transaction per document, and the queries others read.

The schema upgrades itself: each migration is a named step recorded in the `migrations` table,
so an old database file gains new tables and columns when a newer ilacs opens it.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ilacs.errors import InvalidQuery, MissingExtra, StoreError
from ilacs.model import FRAMEWORKS, GRADES, JUDGEMENT_AREAS, KINDS, Report

# The export contract (issue 3): exactly these columns, in this order.
EXPORT_COLUMNS = (
    "path",
    "sha256",
    "urn",
    "la_name",
    "kind",
    "framework",
    "published",
    "inspection_start",
    "inspection_end",
    "lead_inspector",
    "inspection_type",
    *JUDGEMENT_AREAS,
    "rec_count",
    "priority_action_count",
    "theme",
    "status",
    "error",
)
RECOMMENDATION_COLUMNS = (
    "path",
    "urn",
    "la_name",
    "inspection_end",
    "position",
    "priority_action",
    "text",
)
SOURCE_FIELDS = ("ofsted_file_id", "url", "event_type", "published")

# A step is SQL (statements split on ";") or a function of the connection, for steps SQL alone
# cannot take (splitting texts into pages). Each runs in one transaction; append new ones.
Migration = str | Callable[[sqlite3.Connection], object]
MIGRATIONS: list[tuple[str, Migration]] = [
    (
        "0001_initial",
        f"""
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            size INTEGER,
            urn INTEGER,
            la_name TEXT,
            kind TEXT,
            framework TEXT,
            published TEXT,
            ofsted_file_id TEXT,
            url TEXT,
            event_type TEXT,
            inspection_start TEXT,
            inspection_end TEXT,
            lead_inspector TEXT,
            inspection_type TEXT,
            {", ".join(f"{a} TEXT" for a in JUDGEMENT_AREAS)},
            rec_count INTEGER,
            priority_action_count INTEGER,
            theme TEXT,
            status TEXT NOT NULL,
            error TEXT,
            page_count INTEGER,
            parser_version TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_urn ON documents(urn, inspection_end);
        CREATE INDEX documents_kind ON documents(kind, framework);
        CREATE INDEX documents_sha ON documents(sha256);
        CREATE TABLE judgements (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            area TEXT,
            label TEXT NOT NULL,
            grade TEXT NOT NULL,
            grade_text TEXT,
            PRIMARY KEY (document_id, position)
        );
        CREATE INDEX judgements_area ON judgements(area, grade);
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            section TEXT NOT NULL DEFAULT 'la',
            priority_action INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL
        );
        CREATE INDEX recommendations_document ON recommendations(document_id, section, position);
        CREATE VIRTUAL TABLE document_text USING fts5(text, tokenize = 'porter unicode61');
        CREATE VIRTUAL TABLE recommendations_fts USING fts5(
            text, content = 'recommendations', content_rowid = 'id',
            tokenize = 'porter unicode61'
        );
        CREATE TABLE sources (
            ofsted_file_id TEXT PRIMARY KEY,
            urn INTEGER,
            path TEXT,
            url TEXT,
            event_type TEXT,
            published TEXT,
            size INTEGER,
            sha256 TEXT,
            fetched_at TEXT
        );
        CREATE INDEX sources_path ON sources(path);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """,
    ),
    (
        # issue 11: the themes of each recommendation (taxonomy ids joined by ';', most
        # important first), filled by ilacs.themes.relabel; NULL until labelled
        "0002_recommendation_themes",
        """
        ALTER TABLE recommendations ADD COLUMN themes TEXT;
        """,
    ),
    ("0003_pages", lambda c: _migrate_pages(c)),
    ("0004_recommendations_fts", lambda c: _migrate_recommendations_fts(c)),
    (
        "0005_las",
        """
        CREATE TABLE las (
            ons_code TEXT PRIMARY KEY,
            urn INTEGER,
            name TEXT NOT NULL,
            region TEXT,
            start_date TEXT,
            end_date TEXT,
            predecessors TEXT,
            successors TEXT,
            predecessor_urns TEXT,
            successor_urns TEXT,
            aliases TEXT
        );
        CREATE INDEX las_urn ON las(urn);
        """,
    ),
    ("0006_duplicates", lambda c: mark_duplicates(c)),
    (
        # the number a monitoring visit letter gives itself ("the third monitoring visit"),
        # read by the letters' parser; NULL elsewhere and until the letter is read again
        "0007_visit_number",
        """
        ALTER TABLE documents ADD COLUMN visit_number INTEGER;
        """,
    ),
]


# Bump when the way `las` is written changes (the register's own changes are seen by its hash).
DERIVED_VERSION = 1
# The columns of the `inspections` view: the export's, then where the LA is. Made again when the
# export's columns change (see _refresh_derived).
INSPECTIONS_VIEW = f"""
CREATE VIEW inspections AS
SELECT {", ".join(f"d.{c}" for c in EXPORT_COLUMNS)},
       d.ofsted_file_id, d.url, las.region, las.ons_code
FROM documents d LEFT JOIN las ON las.urn = d.urn
WHERE d.status = 'ok' AND d.kind = 'inspection'
"""


def _triggers(table: str, fts: str, key: str) -> list[str]:
    """Keep an external-content FTS5 table in step with its table (as sqlite-utils does)."""
    return [
        f"""CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
              INSERT INTO {fts} (rowid, text) VALUES (new.{key}, new.text);
            END""",
        f"""CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
              INSERT INTO {fts} ({fts}, rowid, text) VALUES ('delete', old.{key}, old.text);
            END""",
        f"""CREATE TRIGGER {table}_au AFTER UPDATE OF text ON {table} BEGIN
              INSERT INTO {fts} ({fts}, rowid, text) VALUES ('delete', old.{key}, old.text);
              INSERT INTO {fts} (rowid, text) VALUES (new.{key}, new.text);
            END""",
    ]


def _migrate_pages(c: sqlite3.Connection) -> None:
    """One row per page, tied to its document, searchable page by page (a hit names its page).

    `content="pages"` (quoted so) is how Datasette finds the full-text table of `pages`.
    """
    c.execute(
        """CREATE TABLE pages (
               id INTEGER PRIMARY KEY,
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               page INTEGER NOT NULL,
               text TEXT NOT NULL,
               UNIQUE (document_id, page)
           )"""
    )
    c.execute(
        """CREATE VIRTUAL TABLE pages_fts USING fts5(
               text, content="pages", content_rowid="id", tokenize="porter unicode61"
           )"""
    )
    for sql in _triggers("pages", "pages_fts", "id"):
        c.execute(sql)
    # document_text held each document's pages joined by form feeds.
    for doc_id, text in c.execute("SELECT rowid, text FROM document_text").fetchall():
        c.executemany(
            "INSERT INTO pages (document_id, page, text) VALUES (?, ?, ?)",
            [(doc_id, n, page) for n, page in enumerate(text.split("\f"), 1)],
        )
    c.execute("DROP TABLE document_text")


def _migrate_recommendations_fts(c: sqlite3.Connection) -> None:
    """Declare the recommendations' full-text table as Datasette recognises it, and rebuild it."""
    c.execute("DROP TABLE recommendations_fts")
    c.execute(
        """CREATE VIRTUAL TABLE recommendations_fts USING fts5(
               text, content="recommendations", content_rowid="id",
               tokenize="porter unicode61"
           )"""
    )
    for sql in _triggers("recommendations", "recommendations_fts", "id"):
        c.execute(sql)
    c.execute("INSERT INTO recommendations_fts (recommendations_fts) VALUES ('rebuild')")


def mark_duplicates(c: sqlite3.Connection) -> list[str]:
    """Mark byte-identical copies of one LA's report as `duplicate`; return their paths.

    Ofsted sometimes publishes the same file again under a new file id: one inspection, not
    two. The copy published first stays `ok`; the others keep their row (their file id, URL and
    date: both are sources of the one report) with status `duplicate`, and lose the judgements,
    recommendations and pages that would count and find the report twice.
    """
    rows = c.execute(
        """SELECT id, path, urn, sha256, published, ofsted_file_id FROM documents
           WHERE status = 'ok' AND sha256 IN (
               SELECT sha256 FROM documents WHERE status = 'ok'
               GROUP BY sha256, urn HAVING count(*) > 1)"""
    ).fetchall()
    groups: dict[tuple, list] = {}
    for r in rows:
        groups.setdefault((r[3], r[2]), []).append(r)
    marked = []
    for copies in groups.values():
        if len(copies) < 2:
            continue
        copies.sort(key=lambda r: (r[4] or "9999", _file_id_order(r[5]), r[1]))
        first = copies[0]
        for r in copies[1:]:
            what = f"Ofsted file {first[5]}" if first[5] else first[1]
            note = f"the same file as {what}"
            if first[4]:
                note += f", published {first[4]}"
            note += ": one report, counted once"
            c.execute("DELETE FROM pages WHERE document_id = ?", (r[0],))
            c.execute("DELETE FROM recommendations WHERE document_id = ?", (r[0],))
            c.execute("DELETE FROM judgements WHERE document_id = ?", (r[0],))
            c.execute(
                "UPDATE documents SET status = 'duplicate', error = ? WHERE id = ?", (note, r[0])
            )
            marked.append(r[1])
    return marked


def _file_id_order(file_id: str | None) -> tuple[int, str]:
    text = file_id or ""
    return (int(text), "") if text.isdigit() else (1 << 62, text)


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class StoredDocument:
    """One file as the store keeps it: where it is, what it is, what was read from it.

    `text` is the document's pages joined by form feeds; `report` is None when the file could
    not be read or parsed (`status` and `error` say why). `kind` is the document's kind when
    there is no report (a saved "Report not found" page is `not_a_report`).
    """

    path: str
    sha256: str
    size: int
    status: str
    parser_version: str
    urn: int | None = None
    la_name: str | None = None
    report: Report | None = None
    error: str | None = None
    text: str = ""
    page_count: int | None = None
    source: dict | None = None
    kind: str | None = None


class Store:
    """One SQLite database file of ilacs. Open read-only for serving."""

    def __init__(self, path: Path | str, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError("no such database (run `ilacs ingest` first)", str(path))
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute("PRAGMA busy_timeout = 10000")
                self.migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open the database ({e})", str(path)) from e

    @classmethod
    def open_readonly(cls, path: Path | str) -> Store:
        return cls(path, readonly=True)

    @classmethod
    def over(cls, conn: sqlite3.Connection, path: Path | str, readonly: bool = True) -> Store:
        """A Store on a connection already open (the web keeps one per thread); no migrations."""
        store = cls.__new__(cls)
        store.path, store.readonly, store.conn = Path(path), readonly, conn
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this file has not seen; return their names.

        Then bring the tables made from ilacs' own data (the `las` register, the
        `inspections` view) up to date when that data changed.
        """
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
        applied = []
        for name, step in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                if callable(step):
                    step(self.conn)
                else:
                    for statement in _statements(step):
                        self.conn.execute(statement)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, now()))
            applied.append(name)
        if "0003_pages" in applied:
            # the old full-text table's space back: the file would otherwise keep both copies
            self.conn.execute("VACUUM")
        self._refresh_derived()
        return applied

    def _refresh_derived(self) -> None:
        """Rewrite `las` from the register and the `inspections` view, when either changed."""
        from ilacs import register

        made_by = f"{DERIVED_VERSION}\n{INSPECTIONS_VIEW}".encode()
        version = hashlib.sha256(register.DATA.read_bytes() + made_by).hexdigest()
        if self.meta("derived_version") == version:
            return
        by_urn = {la.urn: la for la in register.everything() if la.urn is not None}
        rows = []
        for la in register.everything():
            before = sorted(register.predecessors(la), key=lambda x: x.name)
            after = [by_urn[u] for u in la.successors if u in by_urn]
            rows.append(
                (
                    la.ons_code,
                    la.urn,
                    la.name,
                    la.region,
                    _iso(la.start),
                    _iso(la.end),
                    "; ".join(x.name for x in before) or None,
                    "; ".join(x.name for x in after) or None,
                    "; ".join(str(x.urn) for x in before if x.urn) or None,
                    "; ".join(str(x.urn) for x in after if x.urn) or None,
                    "; ".join(la.aliases) or None,
                )
            )
        with self.transaction() as c:
            c.execute("DELETE FROM las")
            c.executemany(f"INSERT INTO las VALUES ({', '.join('?' * 11)})", rows)
            c.execute("DROP VIEW IF EXISTS inspections")
            c.execute(INSPECTIONS_VIEW)
            c.execute("INSERT OR REPLACE INTO meta VALUES ('derived_version', ?)", (version,))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- writes -------------------------------------------------------------------------------
    def known(self) -> dict[str, tuple[str, str | None, str]]:
        """path -> (sha256, parser_version, status) of every stored document."""
        return {
            r["path"]: (r["sha256"], r["parser_version"], r["status"])
            for r in self.conn.execute("SELECT path, sha256, parser_version, status FROM documents")
        }

    def save_document(self, doc: StoredDocument) -> int:
        """Replace the row of `doc.path` (and its judgements, recommendations, pages) atomically."""
        source = doc.source or {}
        r, status = doc.report, doc.status
        row = {
            "path": doc.path,
            "sha256": doc.sha256,
            "size": doc.size,
            "urn": doc.urn,
            "la_name": doc.la_name,
            "kind": r.kind if r else doc.kind,
            "framework": r.framework if r else None,
            "inspection_start": _iso(r.inspection_start) if r else None,
            "inspection_end": _iso(r.inspection_end) if r else None,
            "lead_inspector": "; ".join(r.lead_inspectors) if r and r.lead_inspectors else None,
            "inspection_type": r.inspection_type if r else None,
            "rec_count": r.rec_count if r and status == "ok" else None,
            "priority_action_count": r.priority_action_count if r and status == "ok" else None,
            "theme": r.theme if r else None,
            "visit_number": r.visit_number if r else None,
            "status": status,
            "error": doc.error,
            "page_count": doc.page_count,
            "parser_version": doc.parser_version,
            "ingested_at": now(),
            **{a: (r.grade(a) if r else None) for a in JUDGEMENT_AREAS},
            **{f: source.get(f) for f in SOURCE_FIELDS},
        }
        with self.transaction() as c:
            old = c.execute("SELECT id FROM documents WHERE path = ?", (doc.path,)).fetchone()
            if old:
                self._delete(old["id"])
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            doc_id = c.execute(
                f"INSERT INTO documents ({cols}) VALUES ({marks})", tuple(row.values())
            ).lastrowid
            assert doc_id is not None  # an INSERT into a rowid table
            if r:
                c.executemany(
                    "INSERT INTO judgements VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (doc_id, i, j.area, j.label, j.grade, j.grade_text)
                        for i, j in enumerate(r.judgements, 1)
                    ],
                )
                # recommendations_fts follows by trigger
                c.executemany(
                    "INSERT INTO recommendations (document_id, position, section,"
                    " priority_action, text) VALUES (?, ?, ?, ?, ?)",
                    [
                        (doc_id, rec.position, rec.section, int(rec.priority_action), rec.text)
                        for rec in r.recommendations
                    ],
                )
            if doc.text:  # pages_fts follows by trigger
                c.executemany(
                    "INSERT INTO pages (document_id, page, text) VALUES (?, ?, ?)",
                    [(doc_id, n, page) for n, page in enumerate(doc.text.split("\f"), 1)],
                )
        return doc_id

    def _delete(self, doc_id: int) -> None:
        c = self.conn
        c.execute("DELETE FROM pages WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM recommendations WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM judgements WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def mark_duplicates(self) -> list[str]:
        """See `mark_duplicates`: byte-identical copies of a report become `duplicate` rows."""
        with self.transaction() as c:
            return mark_duplicates(c)

    def update_sources(self, path: str, source: dict) -> None:
        """Fill publication facts of an already stored document (no re-parse needed)."""
        with self.transaction() as c:
            c.execute(
                "UPDATE documents SET "
                + ", ".join(f"{f} = ?" for f in SOURCE_FIELDS)
                + " WHERE path = ?",
                (*(source.get(f) for f in SOURCE_FIELDS), path),
            )

    def record_source(self, **fields) -> None:
        """Remember a file the crawler downloaded (see the `sources` table)."""
        cols = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        with self.transaction() as c:
            c.execute(
                f"INSERT OR REPLACE INTO sources ({cols}) VALUES ({marks})", tuple(fields.values())
            )

    def known_file_ids(self) -> tuple[set[str], set[str]]:
        """Ofsted file ids already held (fetched, or ingested with a files.csv) and the paths
        they use, so a crawl neither fetches a file twice nor reuses a path."""
        ids: set[str] = set()
        paths: set[str] = set()
        for table in ("sources", "documents"):
            for fid, path in self.conn.execute(
                f"SELECT ofsted_file_id, path FROM {table} WHERE ofsted_file_id IS NOT NULL"
            ):
                ids.add(str(fid))
                if path:
                    paths.add(path)
        return ids, paths

    def uningested_count(self) -> int:
        """Files the crawler recorded that are not stored as documents (with that content)."""
        return self.conn.execute(
            "SELECT COUNT(*) FROM sources s LEFT JOIN documents d"
            " ON d.path = s.path AND d.sha256 = s.sha256 WHERE d.id IS NULL"
        ).fetchone()[0]

    def sources_by_path(self) -> dict[str, dict]:
        return {r["path"]: dict(r) for r in self.conn.execute("SELECT * FROM sources") if r["path"]}

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- reads --------------------------------------------------------------------------------
    def documents(self, **filters) -> list[dict]:
        """Rows of `documents` (export columns and more), filtered by equality on columns."""
        where = " AND ".join(f"{k} = ?" for k in filters) or "1"
        for k in filters:
            if not k.isidentifier():
                raise StoreError(f"not a column: {k!r}")
        return [
            dict(r)
            for r in self.conn.execute(
                f"SELECT * FROM documents WHERE {where} ORDER BY urn, inspection_end, path",
                tuple(filters.values()),
            )
        ]

    def _older(self, e: sqlite3.OperationalError) -> StoreError | None:
        """The error to give when a query met a table or column this file lacks: a file made
        by an older ilacs and opened read-only, which cannot upgrade itself."""
        if "no such table" in str(e) or "no such column" in str(e):
            return StoreError(
                "the database was made by an older ilacs: open it once for writing"
                " (`ilacs ingest FOLDER --db FILE`) to upgrade it",
                str(self.path),
            )
        return None

    def _rows(self, sql: str) -> list[dict]:
        """Every row of a read-only query, as dicts; an older file's missing parts said plainly."""
        try:
            return [dict(r) for r in self.conn.execute(sql)]
        except sqlite3.OperationalError as e:
            raise (self._older(e) or e) from e

    def export_inspections(self) -> list[dict]:
        cols = ", ".join(EXPORT_COLUMNS)
        return self._rows(f"SELECT {cols} FROM documents ORDER BY path")

    def export_recommendations(self) -> list[dict]:
        return self._rows(
            """SELECT d.path, d.urn, d.la_name, d.inspection_end, r.position,
                      r.priority_action, r.section, r.text, r.themes
               FROM recommendations r JOIN documents d ON d.id = r.document_id
               ORDER BY d.path, r.section, r.position"""
        )

    def recommendation_texts(self, unlabelled_only: bool = False) -> list[dict]:
        """id, section, text and kind of the document of every recommendation (to label)."""
        where = "WHERE r.themes IS NULL" if unlabelled_only else ""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT r.id, r.section, r.text, d.kind FROM recommendations r"
                f" JOIN documents d ON d.id = r.document_id {where} ORDER BY r.id"
            )
        ]

    def set_themes(self, themes: Iterable[tuple[str | None, int]], meta: dict[str, str]) -> None:
        """Store (themes, recommendation id) pairs and `meta` in one transaction."""
        with self.transaction() as c:
            c.executemany("UPDATE recommendations SET themes = ? WHERE id = ?", themes)
            c.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())

    def recommendations_of(self, document_id: int) -> list[dict]:
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT * FROM recommendations WHERE document_id = ? ORDER BY section, position",
                (document_id,),
            )
        ]

    # -- reads for the analysis' record (ilacs.analyse.Record) ---------------------------------
    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the same state of the file."""
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    def document_rows(self) -> list[sqlite3.Row]:
        """Every row of `documents` (any status)."""
        return self.conn.execute("SELECT * FROM documents").fetchall()

    def judgement_rows(self) -> list[sqlite3.Row]:
        """Every judgement, in printed order within each document."""
        return self.conn.execute(
            "SELECT document_id, position, area, label, grade, grade_text FROM judgements"
            " ORDER BY document_id, position"
        ).fetchall()

    def recommendation_rows(self) -> list[sqlite3.Row]:
        """Every recommendation, in printed order within each document and section."""
        cols = {r[1] for r in self.conn.execute("PRAGMA table_info(recommendations)")}
        # a file opened read-only is not migrated: one written before themes has no column
        themes = "themes" if "themes" in cols else "NULL AS themes"
        return self.conn.execute(
            f"SELECT id, document_id, position, section, priority_action, text, {themes}"
            " FROM recommendations ORDER BY document_id, section, position"
        ).fetchall()

    def all_meta(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT key, value FROM meta")}

    def documents_of(self, urn: int) -> list[dict]:
        """An LA's readable documents (status ok), newest first."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT * FROM documents WHERE urn = ? AND status = 'ok'"
                " ORDER BY COALESCE(inspection_end, published) DESC, path",
                (urn,),
            )
        ]

    def source_facts(self) -> dict[str, dict]:
        """path -> the publication facts (SOURCE_FIELDS) stored with each document."""
        return {
            r["path"]: {f: r[f] for f in SOURCE_FIELDS}
            for r in self.conn.execute(f"SELECT path, {', '.join(SOURCE_FIELDS)} FROM documents")
        }

    def pages(self, document_id: int) -> list[str]:
        """The text of each page of a document, in order (empty when none was read)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT text FROM pages WHERE document_id = ? ORDER BY page", (document_id,)
            )
        ]

    def documents_matching(self, fts: str, limit: int = 5) -> list[int]:
        """Ids of the documents whose pages best match `fts`, a query in FTS5's own syntax
        that the caller built (every term quoted), best first. sqlite3.OperationalError for
        syntax FTS5 refuses."""
        return [
            r[0]
            for r in self.conn.execute(
                """SELECT p.document_id, min(pages_fts.rank) AS r
                   FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
                   WHERE pages_fts MATCH ? GROUP BY p.document_id ORDER BY r LIMIT ?""",
                (fts, limit),
            )
        ]

    def document_text_pages(self) -> Iterator[tuple]:
        """Every page of every document as rows of DOWNLOAD_COLUMNS["document_text"]."""
        yield from self.conn.execute(
            """SELECT d.id, d.path, d.urn, d.la_name, p.page, p.text
               FROM pages p JOIN documents d ON d.id = p.document_id
               ORDER BY d.id, p.page"""
        )

    def table_count(self, table: str) -> int:
        """Rows of a downloadable table (DOWNLOAD_COLUMNS; document_text counts pages)."""
        _check_download(table)
        name = "pages" if table == "document_text" else table
        return self.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]

    def table_rows(self, table: str) -> tuple[list[str], Iterator[tuple]]:
        """Columns and rows of a downloadable table; rows of a document carry its path and LA."""
        _check_download(table)
        if table == "document_text":
            return list(DOWNLOAD_COLUMNS[table]), self.document_text_pages()
        if table in ("judgements", "recommendations"):
            order = "t.document_id, t.position" if table == "judgements" else "t.id"
            rest = ", ".join(f"t.{c}" for c in DOWNLOAD_COLUMNS[table][4:])
            cur = self.conn.execute(
                f"""SELECT t.document_id, d.path, d.urn, d.la_name, {rest}
                    FROM "{table}" t JOIN documents d ON d.id = t.document_id
                    ORDER BY {order}"""
            )
        else:
            cur = self.conn.execute(f'SELECT * FROM "{table}"')
        return [c[0] for c in cur.description], iter(cur)

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        scope: str = "documents",
        limit: int = 20,
        offset: int = 0,
        marks: tuple[str, str] = ("[", "]"),
    ) -> SearchResults:
        """Full-text search of the reports' pages or of the recommendations; see QUERY_HELP.

        Documents match as wholes (`covid AND pandemic` finds a report with both words on any
        pages); each hit names the page that matches best, with a snippet of it. `total`
        counts every match, not only the `limit` returned. Bad syntax or options raise
        InvalidQuery.
        """
        tree = parse_query(query)
        if scope not in SEARCH_SCOPES:
            raise InvalidQuery(
                f"unknown search scope {scope!r} (one of {', '.join(SEARCH_SCOPES)})"
            )
        if not isinstance(limit, int) or limit < 1:
            raise InvalidQuery(f"the limit must be a whole number of 1 or more, not {limit}")
        if not isinstance(offset, int) or offset < 0:
            raise InvalidQuery(f"the offset must be 0 or more, not {offset}")
        where, args = (filters or SearchFilters()).sql(scope)
        try:
            if scope == "documents":
                total, hits = self._search_documents(tree, where, args, limit, offset, marks)
            else:
                total, hits = self._search_recommendations(tree, where, args, limit, offset, marks)
        except sqlite3.OperationalError as e:
            if older := self._older(e):
                raise older from e
            raise InvalidQuery(f"cannot search for {query!r} ({e})") from e
        for h in hits:
            # words found side by side read as one mark: [return home], not [return] [home]
            h["snippet"] = " ".join(h["snippet"].split()).replace(f"{marks[1]} {marks[0]}", " ")
            page = h.get("page")
            h["link"] = f"{h['url']}#page={page}" if h["url"] and page else h["url"]
        return SearchResults(query, scope, total, tuple(hits), limit, offset)

    def _search_documents(self, tree, where, args, limit, offset, marks):
        # Documents matching the whole query (as sets of documents), within the filters.
        matched = f"""SELECT d.id FROM ({_documents_sql(tree)}) m
                      JOIN documents d ON d.id = m.document_id WHERE {where}"""
        leaves = _leaf_args(tree)
        total = self.conn.execute(f"SELECT count(*) FROM ({matched})", [*leaves, *args])
        total = total.fetchone()[0]
        if not total:
            return 0, []
        # The best page of each: the one that ranks first for any of the words sought.
        anyword = _fts(("or", _positive(tree)))
        best = self.conn.execute(
            f"""WITH hit AS ({matched}),
                ranked AS (
                    SELECT p.document_id, p.id AS page_id, p.page, pages_fts.rank AS r
                    FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
                    WHERE pages_fts MATCH ? AND p.document_id IN (SELECT id FROM hit))
                SELECT document_id, page_id, page, min(r) AS r FROM ranked
                GROUP BY document_id ORDER BY r, document_id LIMIT ? OFFSET ?""",
            [*leaves, *args, anyword, limit, offset],
        ).fetchall()
        if not best:
            return total, []
        ids = [b["page_id"] for b in best]
        snippets = dict(
            self.conn.execute(
                f"""SELECT rowid, snippet(pages_fts, 0, ?, ?, ' … ', 24) FROM pages_fts
                    WHERE pages_fts MATCH ? AND rowid IN ({", ".join("?" * len(ids))})""",
                [*marks, anyword, *ids],
            ).fetchall()
        )
        docs = {
            r["id"]: dict(r)
            for r in self.conn.execute(
                f"""SELECT {HIT_COLUMNS} FROM documents d
                    WHERE d.id IN ({", ".join("?" * len(best))})""",
                [b["document_id"] for b in best],
            )
        }
        hits = []
        for b in best:
            hit = docs[b["document_id"]]
            hit.update(page=b["page"], snippet=snippets.get(b["page_id"], ""))
            hits.append(hit)
        return total, hits

    def _search_recommendations(self, tree, where, args, limit, offset, marks):
        match = _fts(tree)
        base = f"""FROM recommendations_fts
                   JOIN recommendations r ON r.id = recommendations_fts.rowid
                   JOIN documents d ON d.id = r.document_id
                   WHERE recommendations_fts MATCH ? AND {where}"""
        total = self.conn.execute(f"SELECT count(*) {base}", [match, *args]).fetchone()[0]
        rows = self.conn.execute(
            f"""SELECT {HIT_COLUMNS}, r.id AS recommendation_id, r.position, r.section,
                       r.priority_action, r.text, r.themes,
                       snippet(recommendations_fts, 0, ?, ?, ' … ', 40) AS snippet
                {base} ORDER BY recommendations_fts.rank, r.id LIMIT ? OFFSET ?""",
            [*marks, match, *args, limit, offset],
        )
        hits = [dict(r) for r in rows]
        for h in hits:
            h["page"] = self._page_of(h["id"], h.pop("text"))
        return total, hits

    def _page_of(self, document_id: int, text: str) -> int | None:
        """The page of a document where a recommendation's opening words are printed."""
        words = re.findall(r"\w+", text)[:8]
        if not words:
            return None
        # Across line ends, bullets and spaces; plain reading beats FTS5 here, whose doclists
        # of common words ("the local authority") are long.
        printed = re.compile(r"\W+".join(map(re.escape, words)), re.I)
        for page, page_text in self.conn.execute(
            "SELECT page, text FROM pages WHERE document_id = ? ORDER BY page", (document_id,)
        ):
            if printed.search(page_text):
                return page
        return None

    def dataframe(self, table_or_sql: str = "documents", params: Iterable = ()):
        """A pandas DataFrame of a table name or a SELECT statement (pandas is the optional
        extra `ilacs[pandas]`)."""
        try:
            import pandas as pd
        except ImportError as e:
            raise MissingExtra(
                "DataFrames need pandas: pip install 'ilacs[pandas]' (or uv sync --extra pandas)"
            ) from e

        sql = table_or_sql
        if table_or_sql.isidentifier():
            sql = f'SELECT * FROM "{table_or_sql}"'
        return pd.read_sql_query(sql, self.conn, params=tuple(params))


def file_state(path: Path | str) -> tuple | None:
    """The state of a database file: modification time and size of the file and of its
    write-ahead log (None when there is no file). An empty log is no log: opening a file in WAL
    mode makes one, and a checkpoint that empties the log writes the file. Two reads of a file
    with the same state read the same data."""
    out: list[tuple[int, int] | None] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(str(path) + suffix)
        except OSError:
            if not suffix:
                return None
            out.append(None)
        else:
            out.append((st.st_mtime_ns, st.st_size) if st.st_size or not suffix else None)
    return tuple(out)


SEARCH_SCOPES = ("documents", "recommendations")
HIT_COLUMNS = """d.id, d.path, d.urn, d.la_name, d.kind, d.framework, d.inspection_start,
    d.inspection_end, d.published, d.url, d.ofsted_file_id"""
# What a download of each table holds: a document's rows carry its path and LA, not its id
# alone. document_text is the pages table, a row per page.
DOWNLOAD_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (),  # every column, as stored
    "judgements": (
        "document_id",
        "path",
        "urn",
        "la_name",
        "position",
        "area",
        "label",
        "grade",
        "grade_text",
    ),
    "recommendations": (
        "document_id",
        "path",
        "urn",
        "la_name",
        "id",
        "position",
        "section",
        "priority_action",
        "text",
        "themes",
    ),
    "sources": (),
    "meta": (),
    "las": (),
    "document_text": ("document_id", "path", "urn", "la_name", "page", "text"),
}

QUERY_HELP = """\
Words: all must appear (care leavers: reports with both words).
"A phrase": these words together, in order ("return home interviews").
OR: either (covid OR pandemic); AND is the same as a space.
NOT: leave out (pandemic NOT covid). Write AND, OR and NOT in capitals.
prefix*: words that begin so (safeguard* finds safeguarding).
(Brackets) group: (covid OR pandemic) AND "return home".
Other endings match too (interview finds interviews); case does not matter."""


def _check_download(table: str) -> None:
    if table not in DOWNLOAD_COLUMNS:
        raise InvalidQuery(f"there is no table called {table!r} to download")


@dataclass(frozen=True)
class SearchFilters:
    """What a search is limited to; each field None for no limit. Dates are ISO days."""

    urn: int | None = None
    region: str | None = None
    kind: str | None = None
    framework: str | None = None
    grade: str | None = None
    judgement: str = "overall"  # the judgement `grade` applies to
    date_from: str | None = None  # on site until (else published) on or after
    date_to: str | None = None
    # A theme id (ilacs.themes): recommendations of that theme, or documents with one.
    theme: str | None = None

    def sql(self, scope: str = "documents") -> tuple[str, list[object]]:
        """A WHERE clause on `documents d` (and, for the recommendations scope, `recommendations
        r`) and its arguments; InvalidQuery for unknown values."""
        from ilacs import register

        where: list[str] = ["1"]
        args: list[object] = []
        for value, known, column, what in (
            (self.kind, KINDS, "kind", "kind"),
            (self.framework, FRAMEWORKS, "framework", "framework"),
        ):
            if value is not None:
                if value not in known:
                    raise InvalidQuery(f"unknown {what} {value!r} (one of {', '.join(known)})")
                where.append(f"d.{column} = ?")
                args.append(value)
        if self.judgement not in JUDGEMENT_AREAS:
            raise InvalidQuery(
                f"unknown judgement {self.judgement!r} (one of {', '.join(JUDGEMENT_AREAS)})"
            )
        if self.grade is not None:
            if self.grade not in GRADES:
                raise InvalidQuery(f"unknown grade {self.grade!r} (one of {', '.join(GRADES)})")
            # the column comes from the fixed list, never from the caller
            where.append(f"d.{JUDGEMENT_AREAS[JUDGEMENT_AREAS.index(self.judgement)]} = ?")
            args.append(self.grade)
        if self.urn is not None:
            where.append("d.urn = ?")
            args.append(int(self.urn))
        if self.region is not None:
            if self.region not in register.REGIONS:
                raise InvalidQuery(
                    f"unknown region {self.region!r} (one of {', '.join(register.REGIONS)})"
                )
            urns = [la.urn for la in register.everything() if la.region == self.region]
            where.append(f"d.urn IN ({', '.join('?' * len(urns))})")
            args.extend(urns)
        for day, op in ((self.date_from, ">="), (self.date_to, "<=")):
            if day is not None:
                try:
                    date.fromisoformat(day)
                except (TypeError, ValueError):
                    raise InvalidQuery(f"not a date (YYYY-MM-DD): {day!r}") from None
                where.append(f"COALESCE(d.inspection_end, d.published) {op} ?")
                args.append(day)
        if self.theme is not None:
            if not re.fullmatch(r"[a-z0-9_]+", self.theme):
                raise InvalidQuery(f"not a theme id: {self.theme!r}")
            # themes are stored as ids joined by ';'
            has = "instr(';' || coalesce({}.themes, '') || ';', ?) > 0"
            if scope == "recommendations":
                where.append(has.format("r"))
            else:
                where.append(
                    "EXISTS (SELECT 1 FROM recommendations rt WHERE rt.document_id = d.id AND "
                    + has.format("rt")
                    + ")"
                )
            args.append(f";{self.theme};")
        return " AND ".join(where), args


@dataclass(frozen=True)
class SearchResults:
    """A page of hits and how many there are in all."""

    query: str
    scope: str
    total: int
    hits: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    limit: int = 20
    offset: int = 0

    @property
    def more(self) -> bool:
        return self.offset + len(self.hits) < self.total


# -- the query language ---------------------------------------------------------------------
# A query is read into a tree: ("term", text, prefix) | ("and", [..]) | ("or", [..]) |
# ("not", keep, drop). Every word reaches FTS5 quoted, so nothing but the operators above
# has a meaning there (a stray ^, : or NEAR is a word).
_WORD = re.compile(r'[^\s"()]+')
_WORDY = re.compile(r"\w")


def _tokens(text: str) -> list[tuple[str, str]]:
    out, i = [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        if text[i] == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise InvalidQuery(f"a quote is not closed in {text!r}")
            phrase = " ".join(text[i + 1 : end].split())
            if _WORDY.search(phrase):
                out.append(("phrase", phrase))
            i = end + 1
        elif text[i] in "()":
            out.append((text[i], text[i]))
            i += 1
        else:
            m = _WORD.match(text, i)
            assert m is not None  # text[i] is neither space, quote nor bracket
            word = m.group(0)
            i = m.end()
            if word in ("AND", "OR", "NOT"):
                out.append((word, word))
            elif word.endswith("*") and _WORDY.search(word[:-1]) and "*" not in word[:-1]:
                out.append(("prefix", word[:-1]))
            elif "*" in word:
                raise InvalidQuery(f"{word!r}: a * goes at the end of a word (care*)")
            elif _WORDY.search(word):
                out.append(("word", word))
    return out


def parse_query(text: str) -> tuple:
    """The tree of a search query (see QUERY_HELP); InvalidQuery with a reason if it has none."""
    if not text or not text.strip():
        raise InvalidQuery("nothing to search for: give a word or a phrase")
    tokens = _tokens(text)
    if not tokens:
        raise InvalidQuery(f"nothing to search for in {text!r}: give a word or a phrase")
    pos = 0

    def peek() -> str | None:
        return tokens[pos][0] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def fail(why: str) -> InvalidQuery:
        return InvalidQuery(f"cannot read the search {text!r}: {why}")

    def either() -> tuple:
        parts = [both()]
        while peek() == "OR":
            take()
            parts.append(both())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def both() -> tuple:
        parts = [unless()]
        while peek() in ("AND", "word", "phrase", "prefix", "("):
            if peek() == "AND":
                take()
            parts.append(unless())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def unless() -> tuple:
        node = one()
        while peek() == "NOT":
            take()
            node = ("not", node, one())
        return node

    def one() -> tuple:
        kind = peek()
        if kind is None:
            raise fail("it ends where a word should follow")
        if kind in ("AND", "OR", "NOT"):
            raise fail(f"{kind} needs a word on each side (pandemic NOT covid)")
        if kind == ")":
            raise fail("a ) has no ( before it")
        kind, value = take()
        if kind == "(":
            node = either()
            if peek() != ")":
                raise fail("a ( is not closed")
            take()
            return node
        return ("term", value, kind == "prefix")

    tree = either()
    if pos < len(tokens):
        raise fail("a ) has no ( before it")
    return tree


def _fts(tree: tuple) -> str:
    """The FTS5 query of a tree, every word quoted."""
    if tree[0] == "term":
        quoted = '"' + tree[1].replace('"', '""') + '"'
        return quoted + "*" if tree[2] else quoted
    if tree[0] == "not":
        return f"({_fts(tree[1])}) NOT ({_fts(tree[2])})"
    joiner = " AND " if tree[0] == "and" else " OR "
    return joiner.join(f"({_fts(t)})" for t in tree[1])


def _leaves(tree: tuple) -> list[tuple]:
    if tree[0] == "term":
        return [tree]
    if tree[0] == "not":
        return _leaves(tree[1]) + _leaves(tree[2])
    return [leaf for t in tree[1] for leaf in _leaves(t)]


def _positive(tree: tuple) -> list[tuple]:
    """The terms a match must have found (not those after NOT)."""
    if tree[0] == "term":
        return [tree]
    if tree[0] == "not":
        return _positive(tree[1])
    return [leaf for t in tree[1] for leaf in _positive(t)]


def _documents_sql(tree: tuple) -> str:
    """SQL of the ids (`document_id`) of documents matching the tree: each term finds the
    pages that have it, and AND, OR and NOT combine documents, not pages."""
    if tree[0] == "term":
        return """SELECT DISTINCT p.document_id FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
                  WHERE pages_fts MATCH ?"""
    if tree[0] == "not":
        return (
            f"SELECT document_id FROM ({_documents_sql(tree[1])})"
            f" EXCEPT SELECT document_id FROM ({_documents_sql(tree[2])})"
        )
    op = " INTERSECT " if tree[0] == "and" else " UNION "
    return op.join(f"SELECT document_id FROM ({_documents_sql(t)})" for t in tree[1])


def _leaf_args(tree: tuple) -> list[str]:
    """The MATCH arguments of _documents_sql, in the order of its placeholders."""
    return [_fts(leaf) for leaf in _leaves(tree)]


# -- Datasette ---------------------------------------------------------------------------------
COLUMN_DESCRIPTIONS = {
    "id": "the document's row id in this database",
    "document_id": "the document (row id in documents)",
    "path": "the PDF's path: <urn>_<la name>/<file>, as in the corpus",
    "sha256": "SHA-256 of the PDF's bytes",
    "urn": "Ofsted's unique reference number of the local authority",
    "la_name": "the local authority, as the register names it",
    "kind": "inspection, lscb_review, focused_visit, monitoring_visit, jtai, area_send, other"
    " or not_a_report",
    "framework": "inspection framework: pre_sif (2012-13), sif (2013-18), ilacs2018, ilacs2023,"
    " ilacs2026",
    "published": "the day Ofsted published the file",
    "inspection_start": "first day of the inspection on site",
    "inspection_end": "last day of the inspection on site",
    "lead_inspector": "lead inspector(s), several joined by '; '",
    "inspection_type": "ILACS standard or short inspection",
    "overall": "overall effectiveness",
    "leaders": "the impact of leaders on social work practice (SIF: leadership, management and"
    " governance)",
    "help_protection": "the experiences and progress of children who need help and protection",
    "in_care": "the experiences and progress of children in care (SIF: looked after children"
    " and achieving permanence)",
    "care_leavers": "the experiences and progress of care leavers",
    "adoption": "adoption performance (SIF)",
    "lscb": "the Local Safeguarding Children Board (SIF)",
    "rec_count": "how many recommendations (areas for improvement) the report makes",
    "priority_action_count": "how many priority actions the report sets",
    "theme": "what a focused visit looked at",
    "status": "ok; duplicate (the same file as another, published again); not_a_report; failed",
    "error": "why the document is not ok",
    "ofsted_file_id": "Ofsted's id of the file (its URL ends with it)",
    "url": "the PDF on Ofsted's site",
    "event_type": "the event as Ofsted's site lists it",
    "page_count": "pages in the PDF",
    "region": "ONS region of the local authority",
    "ons_code": "ONS code of the local authority",
    "page": "page number in the PDF (1 is the first)",
    "text": "the text",
    "themes": "the recommendation's themes: ids of ilacs' taxonomy joined by ';', most important"
    " first",
    "position": "place in the report's list (1 is the first)",
    "section": "la (the local authority's) or lscb (the safeguarding board's)",
    "priority_action": "1 when Ofsted made it a priority action",
    "area": "the judgement, normalised (overall, leaders, help_protection, ...)",
    "label": "the judgement as the report words it",
    "grade": "outstanding, good, requires_improvement, inadequate or not_judged",
    "grade_text": "the grade as the report words it",
    "name": "the council's name",
    "start_date": "the day the council took on children's services (empty: before 2012)",
    "end_date": "the day it was abolished (empty: it still exists)",
    "predecessors": "councils it took over from",
    "successors": "councils that took over from it",
    "predecessor_urns": "their URNs",
    "successor_urns": "their URNs",
    "aliases": "other names people use for it",
}
_TABLES: dict[str, dict[str, Any]] = {
    "inspections": {
        "description": "One row per full inspection (readable; a report Ofsted published"
        " twice counted once), one column per judgement: the export's columns and the LA's"
        " region. Letters (focused and monitoring visits, JTAIs) are in `documents`.",
        "facets": ["region", "framework", "overall"],
        "sort_desc": "inspection_end",
    },
    "documents": {
        "description": "Every stored file, readable or not, with what was read from it.",
        "label_column": "path",
        "facets": ["status", "kind", "framework", "overall"],
    },
    "judgements": {
        "description": "Every judgement as printed in each report, with its grade.",
        "facets": ["area", "grade"],
    },
    "recommendations": {
        "description": "Every recommendation and priority action in printed order;"
        " search them with the box above.",
        "facets": ["section", "priority_action"],
    },
    "pages": {
        "description": "The text of every page of every report; search it with the box above"
        " (each row links to its document).",
    },
    "las": {
        "description": "The councils with children's services since 2012: URN, ONS code,"
        " region, dates, predecessors and successors.",
        "label_column": "name",
        "facets": ["region"],
    },
    "sources": {"description": "What the crawler downloaded from Ofsted's site."},
    "meta": {"description": "When the data was ingested and updated."},
}


def datasette_metadata(database: str = "ilacs") -> dict[str, Any]:
    """Datasette's metadata for a database file named `database`.db: title, source and licence,
    what each table and column holds, and facets (`datasette ilacs.db --metadata FILE`)."""
    tables: dict[str, Any] = {}
    columns_of = {
        "inspections": (*EXPORT_COLUMNS, "ofsted_file_id", "url", "region", "ons_code"),
        "documents": (*EXPORT_COLUMNS, "ofsted_file_id", "url", "event_type", "page_count"),
        "judgements": ("document_id", "position", "area", "label", "grade", "grade_text"),
        "recommendations": (
            "id",
            "document_id",
            "position",
            "section",
            "priority_action",
            "text",
            "themes",
        ),
        "pages": ("document_id", "page", "text"),
        "las": (
            "ons_code",
            "urn",
            "name",
            "region",
            "start_date",
            "end_date",
            "predecessors",
            "successors",
            "predecessor_urns",
            "successor_urns",
            "aliases",
        ),
    }
    for name, table in _TABLES.items():
        tables[name] = dict(table)
        if name in columns_of:
            tables[name]["columns"] = {c: COLUMN_DESCRIPTIONS[c] for c in columns_of[name]}
    for hidden in ("pages_fts", "recommendations_fts", "migrations"):
        tables[hidden] = {"hidden": True}
    return {
        "title": "Ofsted inspections of English local authority children's services",
        "description": "Every published Ofsted inspection of English local authority children's"
        " services since 2012, read from the reports by ilacs.",
        "source": "Ofsted inspection reports",
        "source_url": "https://reports.ofsted.gov.uk/",
        "license": "Open Government Licence v3.0",
        "license_url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        "databases": {database: {"tables": tables}},
    }


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
