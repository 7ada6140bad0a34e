"""Grade shares over time: a snapshot at the end of every month, quarter or year."""

from __future__ import annotations

import calendar
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ilacs.analyse.records import Doc, check_date, check_framework, check_judgement, load
from ilacs.analyse.snapshot import BY, RULES, standings, tally
from ilacs.errors import NotFound
from ilacs.store import Store

EVERY = ("month", "quarter", "year")
# The first period end with SIF grades published (SIF reports appear from early 2014).
DEFAULT_START = date(2014, 3, 31)


@dataclass(frozen=True)
class TrendRow:
    date: date
    scope: str
    judgement: str
    grade: str
    count: int
    denominator: int
    percent: float | None
    lacking: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def period_ends(start: date, end: date, every: str) -> list[date]:
    """The last days of each month / quarter / year from `start` to `end`, both included."""
    step = {"month": 1, "quarter": 3, "year": 12}[every]
    out = []
    y, m = start.year, start.month
    if every == "quarter":
        m = ((m - 1) // 3) * 3 + 3
    elif every == "year":
        m = 12
    while True:
        d = date(y, m, calendar.monthrange(y, m)[1])
        if d > end:
            break
        if d >= start:
            out.append(d)
        m += step
        while m > 12:
            y, m = y + 1, m - 12
    return out


def trend(
    db: Path | str | Store | sqlite3.Connection,
    *,
    judgement: str = "overall",
    every: str = "quarter",
    by: str = "england",
    framework: str = "any",
    rule: str = "ofsted",
    start: date | str | None = None,
    end: date | str | None = None,
    docs: list[Doc] | None = None,
) -> list[TrendRow]:
    """A snapshot's rows at each period end; `lacking` counts LAs with no reports held."""
    check_judgement(judgement)
    check_framework(framework)
    if every not in EVERY:
        raise NotFound(f"no period called {every!r}; use one of {', '.join(EVERY)}")
    if by not in BY:
        raise NotFound(f"no grouping called {by!r}; use one of {', '.join(BY)}")
    if rule not in RULES:
        raise NotFound(f"no rule called {rule!r}; use one of {', '.join(RULES)}")
    first = check_date(start) if start else DEFAULT_START
    last = check_date(end)
    if first > last:
        raise NotFound(f"the start {first.isoformat()} is after the end {last.isoformat()}")
    docs = load(db) if docs is None else docs
    rows = []
    for day in period_ends(first, last, every):
        st = standings(docs, day, judgement, rule, framework)
        lacking = sum(1 for s in st if s.status == "no_reports")
        for r in tally(st, judgement, by):
            rows.append(
                TrendRow(
                    day, r.scope, judgement, r.grade, r.count, r.denominator, r.percent, lacking
                )
            )
    return rows
