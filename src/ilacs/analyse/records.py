"""What every analysis reads: the stored documents of each LA as small frozen rows.

The analyses take `db` as a path, a `Store` or an open sqlite3 connection, read the documents
table once, and work in memory (a full database holds a few hundred documents).

`load` returns `Docs`: a list of `Doc` that keeps what the analyses derive from it (the grouping
by URN, each LA's timeline of standings), so that a caller who loads once and passes
`docs=` to every call (the web does) pays for them once. Given a path, `load` reads the file
once per state of it (modification time and size of the file and of its write-ahead log).
"""

from __future__ import annotations

import calendar
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
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


Db = Path | str | Store | sqlite3.Connection


class Docs(list):
    """Documents (a list of `Doc`, as `load` returns them) with a memo of what the analyses
    derive from them. Anything that changes the list forgets the memo."""

    def __init__(self, docs: Iterable[Doc] = (), memo: dict | None = None):
        super().__init__(docs)
        self._memo = {} if memo is None else memo

    def memo(self, key, make: Callable[[], object]):
        """`make()`, computed once for these documents under `key`."""
        try:
            return self._memo[key]
        except KeyError:
            return self._memo.setdefault(key, make())

    @property
    def grouped(self) -> dict[int, list[Doc]]:
        """The documents of each URN, in list order (see `by_urn`)."""
        return self.memo("by_urn", lambda: by_urn(self))


def _forgetting(name: str):
    change = getattr(list, name)

    def method(self, *args, **kwargs):
        self._memo = {}
        return change(self, *args, **kwargs)

    method.__name__ = name
    return method


for _name in (
    "__setitem__",
    "__delitem__",
    "__iadd__",
    "__imul__",
    "append",
    "extend",
    "insert",
    "pop",
    "remove",
    "clear",
    "sort",
    "reverse",
):
    setattr(Docs, _name, _forgetting(_name))


def docs_of(db: Db, docs: Iterable[Doc] | None = None) -> Docs:
    """What an analysis works on: `docs` when the caller passed them, else the database's."""
    return load(db) if docs is None else as_docs(docs)


def as_docs(docs: Iterable[Doc]) -> Docs:
    """`docs` as `Docs` (themselves when they are)."""
    return docs if isinstance(docs, Docs) else Docs(docs)


# path -> (state of the file, its documents, their shared memo); a few files at most.
_LOADED: dict[str, tuple[tuple, tuple[Doc, ...], dict]] = {}
_LOADED_LOCK = threading.Lock()


def _file_state(path: str) -> tuple | None:
    """Modification time and size of a database file and of its write-ahead log. An empty
    log is no log: opening a file in WAL mode makes one, and a checkpoint that empties the
    log writes the file."""
    out = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(path + suffix)
        except OSError:
            if not suffix:
                return None
            out.append(None)
        else:
            out.append((st.st_mtime_ns, st.st_size) if st.st_size or not suffix else None)
    return tuple(out)


def forget() -> None:
    """Drop the documents `load` keeps of database files (they are read again when asked)."""
    with _LOADED_LOCK:
        _LOADED.clear()


def load(db: Db) -> Docs:
    """Every readable document in the database (status ok), oldest first.

    A path is read once per state of the file; a Store or a connection is read every time.
    """
    if isinstance(db, sqlite3.Connection):
        return _docs(_rows(db))
    if isinstance(db, Store):
        return _docs(_rows(db.conn))
    path = os.path.abspath(db)
    state = _file_state(path)
    held = _LOADED.get(path)
    if state is not None and held is not None and held[0] == state:
        return Docs(held[1], memo=held[2])
    store = Store.open_readonly(db)
    try:
        docs = _docs(_rows(store.conn))
    finally:
        store.close()
    if state is not None:
        with _LOADED_LOCK:
            if len(_LOADED) >= 8:
                _LOADED.clear()
            _LOADED[path] = (state, tuple(docs), docs._memo)
    return docs


def _docs(rows: list[sqlite3.Row]) -> Docs:
    docs = Docs(
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
    )
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


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    """`value` if it is one of `choices`; else NotFound saying which `what`s there are."""
    if value not in choices:
        raise NotFound(f"no {what} called {value!r}; use one of {', '.join(choices)}")
    return value


def check_framework(wanted: str) -> str:
    return check_choice(wanted, FRAMEWORK_CHOICES, "framework")


def check_judgement(judgement: str) -> str:
    return check_choice(judgement, JUDGEMENT_AREAS, "judgement")


def graded_inspections(
    held: Iterable[Doc], judgement: str, grades: Iterable[str] | None = None
) -> list[Doc]:
    """The inspections with a last day on site and a grade for `judgement` (one of `grades`
    when given), in the order of that day."""
    out = [
        d
        for d in held
        if d.kind == "inspection"
        and d.inspection_end
        and (d.grade(judgement) in grades if grades is not None else d.grade(judgement))
    ]
    return sorted(out, key=lambda d: d.inspection_end)


def council(urn: int, fallback: str | None) -> tuple[str, str | None]:
    """Name and region of the council with this URN; `fallback` (the report's name, else the
    URN) and no region when the register does not know it."""
    try:
        la = register.by_urn(urn)
    except NotFound:
        return fallback or str(urn), None
    return la.name, la.region


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
