"""What every analysis reads: the stored documents of each LA as small frozen rows.

The analyses take `db` as a path, a `Store` or an open sqlite3 connection, read the documents
table once, and work in memory (a full database holds a few hundred documents).
"""

from __future__ import annotations

import calendar
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ilacs import register
from ilacs.errors import NotFound, ParseError
from ilacs.model import JUDGEMENT_AREAS
from ilacs.parse.common import parse_date
from ilacs.store import Store

FOUR_POINT = ("outstanding", "good", "requires_improvement", "inadequate")
GOOD_OR_BETTER = ("outstanding", "good")
# Lower is better: the order a change between two grades is read in.
RANK = {g: i for i, g in enumerate(FOUR_POINT)}
ILACS = ("ilacs2018", "ilacs2023", "ilacs2026")
# What a --framework option may name: a framework, a family of them, or any.
FRAMEWORK_CHOICES = ("any", "sif", "ilacs", "pre_sif", *ILACS)
VISIT_KINDS = ("focused_visit", "monitoring_visit", "jtai")
FIRST_DAY = date(2012, 1, 1)


@dataclass(frozen=True)
class Doc:
    """One stored document of an LA: an inspection, a review or a visit letter."""

    id: int
    path: str
    urn: int | None
    la_name: str | None
    kind: str
    framework: str | None
    inspection_start: date | None
    inspection_end: date | None
    published: date | None
    grades: dict[str, str | None] = field(compare=False, hash=False)
    theme: str | None = None
    url: str | None = None

    @property
    def day(self) -> date | None:
        """The date the document is placed at: the last day on site, else publication."""
        return self.inspection_end or self.published

    def grade(self, judgement: str) -> str | None:
        return self.grades.get(judgement)

    @property
    def is_inspection(self) -> bool:
        return self.kind == "inspection"


def _d(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    cols = ", ".join(JUDGEMENT_AREAS)
    return conn.execute(
        f"""SELECT id, path, urn, la_name, kind, framework, inspection_start, inspection_end,
                   published, theme, url, {cols}
            FROM documents WHERE status = 'ok'"""
    ).fetchall()


def load(db: Path | str | Store | sqlite3.Connection) -> list[Doc]:
    """Every readable document in the database (status ok), oldest first."""
    if isinstance(db, sqlite3.Connection):
        rows = _rows(db)
    elif isinstance(db, Store):
        rows = _rows(db.conn)
    else:
        store = Store.open_readonly(db)
        try:
            rows = _rows(store.conn)
        finally:
            store.close()
    docs = [
        Doc(
            id=r[0],
            path=r[1],
            urn=r[2],
            la_name=r[3],
            kind=r[4],
            framework=r[5],
            inspection_start=_d(r[6]),
            inspection_end=_d(r[7]),
            published=_d(r[8]),
            theme=r[9],
            url=r[10],
            grades={a: r[11 + i] for i, a in enumerate(JUDGEMENT_AREAS)},
        )
        for r in rows
    ]
    docs.sort(key=lambda d: (d.day or date.max, d.path))
    return docs


def by_urn(docs: Iterable[Doc]) -> dict[int, list[Doc]]:
    out: dict[int, list[Doc]] = {}
    for d in docs:
        if d.urn is not None:
            out.setdefault(d.urn, []).append(d)
    return out


def framework_matches(framework: str | None, wanted: str) -> bool:
    """Whether a document's framework is what a --framework option asked for."""
    if wanted == "any":
        return framework is not None
    if wanted == "ilacs":
        return framework in ILACS
    return framework == wanted


def check_framework(wanted: str) -> str:
    if wanted not in FRAMEWORK_CHOICES:
        raise NotFound(f"no framework called {wanted!r}; use one of {', '.join(FRAMEWORK_CHOICES)}")
    return wanted


def check_judgement(judgement: str) -> str:
    if judgement not in JUDGEMENT_AREAS:
        raise NotFound(
            f"no judgement called {judgement!r}; use one of {', '.join(JUDGEMENT_AREAS)}"
        )
    return judgement


def check_date(value: date | str | None, *, today: date | None = None) -> date:
    """A date a user gave, checked: from 2012 (the first reports) to today.

    Accepts a date, ISO text ('2019-08-31') or '31 August 2019'. Raises NotFound with a
    sentence for anything else.
    """
    today = today or date.today()
    if value is None:
        return today
    if isinstance(value, date):
        day = value
    else:
        text = str(value).strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            try:
                day = parse_date(text)
            except (ParseError, ValueError):  # no date, or one like 31/31/2019
                day = None
        if day is None:
            raise NotFound(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-08-31")
    if day < FIRST_DAY:
        raise NotFound(f"{day.isoformat()} is before 2012: the record starts in 2012")
    if day > today:
        raise NotFound(f"{day.isoformat()} is in the future (today is {today.isoformat()})")
    return day


def one_month_after(day: date) -> date:
    """The same day a month later, kept within that month: 31 August -> 30 September."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def resolve(la: str | int | register.LA) -> register.LA:
    """An LA from a register record, a URN or what a person typed."""
    if isinstance(la, register.LA):
        return la
    return register.find(str(la))


def change(before: str | None, after: str | None) -> str | None:
    """'improved', 'same' or 'declined' between two four-point grades; None if either is not."""
    if before not in RANK or after not in RANK:
        return None
    if RANK[after] < RANK[before]:
        return "improved"
    if RANK[after] > RANK[before]:
        return "declined"
    return "same"
