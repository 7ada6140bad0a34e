"""Download: every table as CSV and xlsx, and the SQLite file itself."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from ilacs.store import Store
from ilacs.web.data import Data
from ilacs.web.views import NotFoundError, Page, Request

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


@dataclass
class File:
    body: bytes
    content_type: str
    filename: str


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


def _rows(data: Data, table: str):
    if table not in TABLES:
        raise NotFoundError(
            f"There is no table called {table!r} to download.", [("Downloads", "download.html")]
        )
    # A document's rows carry its path and LA name, not its id alone.
    return Store.over(data.conn, data.db).table_rows(table)


def table_csv(data: Data, table: str) -> File:
    columns, cur = _rows(data, table)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(tuple(r) for r in cur)
    return File(buf.getvalue().encode("utf-8"), "text/csv; charset=utf-8", f"{table}.csv")


def table_xlsx(data: Data, table: str) -> File:
    from openpyxl import Workbook

    def cell(value):
        # XML refuses control characters and non-characters, Excel longer texts: the CSV has
        # them whole.
        if isinstance(value, str):
            value = NOT_XML.sub("", value)
            if len(value) > XLSX_CELL:
                value = value[: XLSX_CELL - 40] + " … [cut: the CSV has the whole text]"
        return value

    columns, cur = _rows(data, table)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(table[:31])
    ws.append(columns)
    for r in cur:
        ws.append([cell(v) for v in r])
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
