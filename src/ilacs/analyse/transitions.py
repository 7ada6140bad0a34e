"""How LAs moved between consecutive inspections: a matrix of grades and improved/same/declined.

Consecutive means one LA's (one URN's) inspections graded on the four-point scale for the
judgement, in date order; pre-2013 inspections and 2026-framework reports without the judgement
are skipped. `from_framework` / `to_framework` filter each side of a pair (sif, ilacs, ilacs2018,
... or any), so `sif` -> `ilacs` reads "from the last SIF inspection to the first ILACS one".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ilacs.analyse.common import (
    change,
    check_framework,
    check_judgement,
    council,
    graded_inspections,
)
from ilacs.analyse.record import Record, framework_matches
from ilacs.constants import FOUR_POINT

CHANGES = ("improved", "same", "declined")


@dataclass(frozen=True)
class Pair:
    """Two consecutive inspections of one LA."""

    urn: int
    la_name: str
    region: str | None
    from_date: date | None
    to_date: date | None
    from_framework: str | None
    to_framework: str | None
    from_grade: str
    to_grade: str
    change: str
    days: int | None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Transitions:
    judgement: str
    from_framework: str
    to_framework: str
    pairs: list[Pair]

    def matrix(self) -> list[dict]:
        """One row per grade before: counts of each grade after, and the row's total."""
        counts = Counter((p.from_grade, p.to_grade) for p in self.pairs)
        rows = []
        for g in FOUR_POINT:
            row: dict[str, str | int] = {"from_grade": g}
            row.update({to: counts[(g, to)] for to in FOUR_POINT})
            row["total"] = sum(counts[(g, to)] for to in FOUR_POINT)
            rows.append(row)
        return rows

    def summary(self) -> list[dict]:
        """improved / same / declined: count and percent of all pairs."""
        counts = Counter(p.change for p in self.pairs)
        n = len(self.pairs)
        return [
            {
                "change": c,
                "count": counts[c],
                "total": n,
                "percent": round(100 * counts[c] / n, 1) if n else None,
            }
            for c in CHANGES
        ]


def pairs_of(
    record: Record,
    judgement: str = "overall",
    from_framework: str = "any",
    to_framework: str = "any",
) -> list[Pair]:
    out = []
    for urn, held in record.by_urn.items():
        name, region = council(urn, held[0].la_name)
        graded = graded_inspections(held, judgement, FOUR_POINT)
        for a, b in zip(graded, graded[1:], strict=False):
            if not (
                framework_matches(a.doc.framework, from_framework)
                and framework_matches(b.doc.framework, to_framework)
            ):
                continue
            out.append(
                Pair(
                    urn=urn,
                    la_name=name,
                    region=region,
                    from_date=a.end,
                    to_date=b.end,
                    from_framework=a.doc.framework,
                    to_framework=b.doc.framework,
                    from_grade=a.grade,
                    to_grade=b.grade,
                    change=change(a.grade, b.grade) or "",
                    days=(b.end - a.end).days,
                )
            )
    out.sort(key=lambda p: (p.to_date or date.max, p.la_name))
    return out


def transitions(
    record: Record,
    *,
    judgement: str = "overall",
    from_framework: str = "any",
    to_framework: str = "any",
) -> Transitions:
    """Every pair of consecutive inspections with the grade before and after."""
    check_judgement(judgement)
    check_framework(from_framework)
    check_framework(to_framework)
    return Transitions(
        judgement,
        from_framework,
        to_framework,
        pairs_of(record, judgement, from_framework, to_framework),
    )
