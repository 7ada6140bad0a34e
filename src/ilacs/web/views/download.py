"""Download: every table as CSV and xlsx, and the SQLite file itself.

The files are built once per version of the database file (the full text as xlsx takes
seconds of CPU) into a folder beside the database, `ilacs.db` -> `ilacs-downloads/<version>/`,
where every process serving that file finds them, and are sent from disk. A version is the
database file's and its WAL's modification time and size (`ilacs.store.file_state`), as for
the pages.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ilacs.errors import StoreError
from ilacs.store import Store, file_state
from ilacs.web.data import Data
from ilacs.web.views import NotFoundError, Page, Request

try:
    import fcntl
except ImportError:  # not POSIX: the processes serving one database do not share builds
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# name -> what it holds; each as CSV and xlsx.
TABLES = {
    "documents": "one row per document: kind, framework, dates, grades, counts",
    "judgements": "every judgement as printed in each report, with its grade",
    "recommendations": "every recommendation and priority action, in printed order",
    "sources": "what the crawler downloaded from Ofsted's site",
    "las": "the councils: URN, name, ONS code, region, dates, predecessors and successors",
    "meta": "when the data was ingested and updated",
    "document_text": "the text of each document, one row per page",
}
# document_text is downloaded a row per page (the store's `pages`): each cell then keeps within
# Excel's 32,767 characters.
XLSX_CELL = 32_767
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
DB_NAME = "ilacs.db"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "db": "application/vnd.sqlite3",
}
# A version's folder is removed when another is in use and it has not been touched for this
# long (a process may still be sending one of its files, or be about to).
KEEP_OLD = 600


@dataclass(frozen=True)
class File:
    """A download on disk: `path` holds all of it; `version` names the database version."""

    path: Path
    name: str
    version: str
    modified: float  # when the database file last changed (POSIX time)

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.name.rpartition(".")[2]]


def index(data: Data, req: Request) -> Page:
    tables = []
    counts = data.cached("table counts", lambda: _counts(data))
    for name, about in TABLES.items():
        count = counts[name]
        tables.append(
            {
                "name": name,
                "about": about,
                "rows": count,
                "csv": f"download/{name}.csv",
                "xlsx": f"download/{name}.xlsx",
            }
        )
    payload = {"tables": tables, "sqlite": f"download/{DB_NAME}"}
    return Page("download.html", "download.html", "Download the data", payload, {"tables": tables})


def _counts(data: Data) -> dict[str, int]:
    # counting the pages of the full text is slow, so the caller caches this
    store = Store.over(data.conn, data.db)
    return {name: store.table_count(name) for name in TABLES}


def names() -> list[str]:
    """Every download's file name: each table as CSV and xlsx, then the database."""
    return [f"{t}.{ext}" for t in TABLES for ext in ("csv", "xlsx")] + [DB_NAME]


class Downloads:
    """The download files of database `db`, built on first use into `folder` (default: beside
    the database, else in the temporary folder when that is not writable).

    `get(name)` returns the file of the database's current version, building it first if no
    process has yet: one build at a time per file across threads and processes (a lock file),
    written under a temporary name and renamed, so a reader never sees half a file.
    """

    def __init__(self, db: Path | str, folder: Path | str | None = None):
        self.db = Path(db)
        self.folder = Path(folder) if folder else default_folder(self.db)
        self._lock = threading.Lock()  # one build at a time in this process

    def version(self) -> tuple[str, float]:
        """The database file's version (a short hex name of `file_state`, the rule the
        pages follow too) and when it last changed (POSIX time)."""
        state = file_state(self.db)
        if state is None:
            raise StoreError(f"{self.db}: no such database")
        modified = max(part[0] for part in state if part) / 1e9
        digest = hashlib.sha256(f"{self.db.resolve()}|{state}".encode())
        return digest.hexdigest()[:16], modified

    def get(self, name: str) -> File:
        """The file `name` (see `names()`) of the current version; NotFoundError if there is
        no such download."""
        if name not in names():
            table = name.rpartition(".")[0]
            raise NotFoundError(
                f"There is no table called {table!r} to download.",
                [("Downloads", "download.html")],
            )
        # The version is read before the data: what is built is at least as new as its name.
        version, modified = self.version()
        folder = self.folder / version
        path = folder / name
        if not path.exists():
            self._build(folder, name)
        return File(path, name, version, modified)

    def build_all(self) -> int:
        """Build every download of the current version not yet on disk; returns how many."""
        built = 0
        for name in names():
            version, _ = self.version()
            if not (self.folder / version / name).exists():
                self._build(self.folder / version, name)
                built += 1
        return built

    def _build(self, folder: Path, name: str) -> None:
        fresh = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        if fresh:
            self._drop_old(keep=folder)
        with self._lock, _file_lock(folder / ".lock"):
            path = folder / name
            if path.exists():
                return  # another thread or process built it while this one waited
            started = time.perf_counter()
            tmp = folder / f".{name}.{os.getpid()}.tmp"
            try:
                self._write(name, tmp)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
            log.info("built %s in %.1f s", path, time.perf_counter() - started)

    def _write(self, name: str, out: Path) -> None:
        with contextlib.closing(Store.open_readonly(self.db)) as store:
            if name == DB_NAME:
                write_sqlite(store, out)
                return
            table, _, ext = name.rpartition(".")
            (write_csv if ext == "csv" else write_xlsx)(store, table, out)

    def _drop_old(self, keep: Path) -> None:
        """Remove the folders of other versions that nothing has touched for a while."""
        now = time.time()
        for other in self.folder.iterdir():
            if other == keep or not other.is_dir():
                continue
            try:
                if now - other.stat().st_mtime > KEEP_OLD:
                    shutil.rmtree(other)
            except OSError as e:  # another process removed it first, or a file is in use
                log.debug("could not remove %s: %s", other, e)


def default_folder(db: Path) -> Path:
    """`ilacs.db` -> `ilacs-downloads/` beside it (as the crawler's `ilacs-reports/`), or a
    folder in the temporary directory when the database's folder cannot be written."""
    beside = db.parent / f"{db.stem}-downloads"
    if os.access(beside if beside.exists() else db.parent, os.W_OK):
        return beside
    key = hashlib.sha256(str(db.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"ilacs-downloads-{key}"


@contextlib.contextmanager
def _file_lock(path: Path):
    if fcntl is None:
        yield
        return
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def write_csv(store: Store, table: str, out: Path) -> None:
    # A document's rows carry its path and LA name, not its id alone.
    columns, cur = store.table_rows(table)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        w.writerows(tuple(r) for r in cur)


def write_xlsx(store: Store, table: str, out: Path) -> None:
    from openpyxl import Workbook

    def cell(value):
        # XML refuses control characters and non-characters, Excel longer texts: the CSV has
        # them whole. A line ends in "\n" in a cell, as Excel writes it (pdfium's "\r\n"
        # would come out as "\n" or "\r\n" depending on the XML writer openpyxl finds).
        if isinstance(value, str):
            value = NOT_XML.sub("", value).replace("\r\n", "\n")
            if len(value) > XLSX_CELL:
                value = value[: XLSX_CELL - 40] + " … [cut: the CSV has the whole text]"
        return value

    columns, cur = store.table_rows(table)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(table[:31])
    ws.append(columns)
    for r in cur:
        ws.append([cell(v) for v in r])
    wb.save(out)


def write_sqlite(store: Store, out: Path) -> None:
    """A consistent copy of the database (including what is still in the WAL), as one file.

    The copy is marked as a rollback-journal database (header bytes 18-19 = 1): a WAL-mode
    file would need its -wal companion, and cannot be opened read-only from a download.
    """
    with contextlib.closing(sqlite3.connect(out)) as copy:
        store.conn.backup(copy)  # SQLite's online backup: one consistent read of every page
    with open(out, "r+b") as f:
        f.seek(18)
        if f.read(2) == b"\x02\x02":
            f.seek(18)
            f.write(b"\x01\x01")
