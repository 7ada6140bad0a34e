"""Grade shares over time: a snapshot at the end of every month, quarter or year."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from ilacs.analyse.common import check_choice, check_date, check_framework, check_judgement
from ilacs.analyse.record import Record
from ilacs.analyse.snapshot import SnapshotRow, check_by, check_rule
from ilacs.errors import InvalidOption

EVERY = ("month", "quarter", "year")
# The first period end with SIF grades published (SIF reports appear from early 2014).
DEFAULT_START = date(2014, 3, 31)


@dataclass(frozen=True)
class TrendRow(SnapshotRow):
    """A snapshot's row at a period end; `lacking` counts the LAs with no reports held."""

    date: date
    lacking: int

    def as_dict(self) -> dict:
        return {"date": self.date, **super().as_dict(), "lacking": self.lacking}


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
    record: Record,
    *,
    judgement: str = "overall",
    every: str = "quarter",
    by: str = "england",
    framework: str = "any",
    rule: str = "ofsted",
    start: date | str | None = None,
    end: date | str | None = None,
) -> list[TrendRow]:
    """A snapshot's rows at each period end; `lacking` counts LAs with no reports held."""
    check_judgement(judgement)
    check_framework(framework)
    check_choice(every, EVERY, "period")
    check_by(by)
    check_rule(rule)
    first = check_date(start) if start else DEFAULT_START
    last = check_date(end)
    if first > last:
        raise InvalidOption(f"the start {first.isoformat()} is after the end {last.isoformat()}")
    cal = record.calendar(rule, framework)
    rows = []
    for day in period_ends(first, last, every):
        era = cal.era(day)
        day_rows = cal.rows(era, judgement, by)
        lacking = sum(1 for s in cal.standings(era, judgement) if s.status == "no_reports")
        for r in day_rows:
            rows.append(TrendRow(**r.__dict__, date=day, lacking=lacking))
    return rows
