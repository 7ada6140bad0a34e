"""Download: every table as CSV and xlsx, and the SQLite file itself."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ilacs.web.data import Data
from ilacs.web.views import NotFoundError, Page, Request

# name -> (description, xlsx too?) Full texts exceed a spreadsheet cell (32,767 characters).
TABLES = {
    "documents": ("one row per document: kind, framework, dates, grades, counts", True),
    "judgements": ("every judgement as printed in each report, with its grade", True),
    "recommendations": ("every recommendation and priority action, in printed order", True),
    "sources": ("what the crawler downloaded from Ofsted's site", True),
    "meta": ("when the data was ingested and updated", True),
    "document_text": ("the full text of each document (CSV only: too long for a cell)", False),
}
DB_NAME = "ilacs.db"


@dataclass
class File:
    body: bytes
    content_type: str
    filename: str


def index(data: Data, req: Request) -> Page:
    tables = []
    counts = data.cached("table counts", lambda: _counts(data))
    for name, (about, xlsx) in TABLES.items():
        count = counts[name]
        tables.append(
            {
                "name": name,
                "about": about,
                "rows": count,
                "csv": f"download/{name}.csv",
                "xlsx": f"download/{name}.xlsx" if xlsx else None,
            }
        )
    payload = {"tables": tables, "sqlite": f"download/{DB_NAME}"}
    return Page("download.html", "download.html", "Download the data", payload, {"tables": tables})


def _counts(data: Data) -> dict[str, int]:
    # Names from the fixed list above; counting the full-text table is slow, so it is cached.
    return {
        name: data.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in TABLES
    }


def _rows(data: Data, table: str):
    if table not in TABLES:
        raise NotFoundError(
            f"There is no table called {table!r} to download.", [("Downloads", "download.html")]
        )
    # The table name was checked against the fixed list above.
    cur = data.conn.execute(
        f'SELECT {"rowid, text" if table == "document_text" else "*"} FROM "{table}"'
    )
    return [c[0] for c in cur.description], cur


def table_csv(data: Data, table: str) -> File:
    columns, cur = _rows(data, table)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(tuple(r) for r in cur)
    return File(buf.getvalue().encode("utf-8"), "text/csv; charset=utf-8", f"{table}.csv")


def table_xlsx(data: Data, table: str) -> File:
    if table in TABLES and not TABLES[table][1]:
        raise NotFoundError(
            f"{table} is offered as CSV only.", [(f"{table}.csv", f"download/{table}.csv")]
        )
    from openpyxl import Workbook

    columns, cur = _rows(data, table)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(table[:31])
    ws.append(columns)
    for r in cur:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return File(
        buf.getvalue(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        f"{table}.xlsx",
    )


def sqlite_file(data: Data) -> File:
    """A consistent copy of the database (including what is still in the WAL), as one file.

    The copy is marked as a rollback-journal database (header bytes 18-19 = 1): a WAL-mode
    file would need its -wal companion, and cannot be opened read-only from a web download.
    """
    body = bytearray(data.conn.serialize())
    if body[18:20] == b"\x02\x02":
        body[18:20] = b"\x01\x01"
    return File(bytes(body), "application/vnd.sqlite3", DB_NAME)
