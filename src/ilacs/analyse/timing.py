"""How long things take: from an inadequate judgement to good or better, and between inspections.

Times run from the last day on site of one inspection to that of the next. They are grouped
by the framework of the inspection they start from (inadequate -> good) or of the later
inspection (between inspections), and by region, with England first.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from ilacs import register
from ilacs.analyse.common import check_choice, check_judgement, council, graded_inspections
from ilacs.analyse.record import Record
from ilacs.constants import GOOD_OR_BETTER

MEASURES = ("inadequate_to_good", "between_inspections")
DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class Interval:
    """One measured time (or, with `days` None, one still running: not yet good)."""

    measure: str
    urn: int
    la_name: str
    region: str | None
    framework: str | None
    start: date
    end: date | None
    days: int | None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def intervals(record: Record, judgement: str = "overall") -> list[Interval]:
    """Every interval of both measures, LA by LA."""
    out: list[Interval] = []
    for urn, held in record.by_urn.items():
        name, region = council(urn, held[0].la_name)
        graded = graded_inspections(held, judgement)
        for a, b in zip(graded, graded[1:], strict=False):
            out.append(
                Interval(
                    "between_inspections",
                    urn,
                    name,
                    region,
                    b.doc.framework,
                    a.end,
                    b.end,
                    (b.end - a.end).days,
                )
            )
        for i, d in enumerate(graded):
            # Count from the first inadequate of a run: a re-inspection still inadequate does
            # not restart the clock.
            if d.grade != "inadequate":
                continue
            if i and graded[i - 1].grade == "inadequate":
                continue
            good = next((e for e in graded[i + 1 :] if e.grade in GOOD_OR_BETTER), None)
            out.append(
                Interval(
                    "inadequate_to_good",
                    urn,
                    name,
                    region,
                    d.doc.framework,
                    d.end,
                    good.end if good else None,
                    (good.end - d.end).days if good else None,
                )
            )
    out.sort(key=lambda x: (x.measure, x.start, x.la_name))
    return out


def _summary(measure: str, group_by: str, group: str, items: list[Interval]) -> dict:
    days = [x.days for x in items if x.days is not None]
    med = statistics.median(days) if days else None
    return {
        "measure": measure,
        "group_by": group_by,
        "group": group,
        "count": len(days),
        "still_waiting": sum(1 for x in items if x.days is None),
        "median_days": med,
        "median_months": round(med / DAYS_PER_MONTH, 1) if med is not None else None,
        "mean_days": round(statistics.fmean(days), 1) if days else None,
        "min_days": min(days) if days else None,
        "max_days": max(days) if days else None,
    }


def timing(
    record: Record,
    *,
    judgement: str = "overall",
    measure: str | None = None,
) -> list[dict]:
    """Summary rows (count, median, mean, min, max in days; median in months) per measure,
    for England, each framework and each region. `still_waiting` counts LAs not yet good."""
    check_judgement(judgement)
    if measure is not None:
        check_choice(measure, MEASURES, "measure")
    rows = []
    all_ = intervals(record, judgement)
    for m in MEASURES:
        if measure and m != measure:
            continue
        items = [x for x in all_ if x.measure == m]
        rows.append(_summary(m, "england", "England", items))
        for fw in sorted({x.framework for x in items if x.framework}):
            rows.append(_summary(m, "framework", fw, [x for x in items if x.framework == fw]))
        for region in register.REGIONS:
            rows.append(_summary(m, "region", region, [x for x in items if x.region == region]))
    return rows
