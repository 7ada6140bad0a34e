"""Firsts and ranks: LAs in the order they first reached a grade.

The order is by publication date (when the grade became public), then by the last day on
site; LAs on the same day share a rank ("1, 2, 2, 4"). A document with no publication date
is placed at its last day on site.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ilacs.analyse.records import (
    FOUR_POINT,
    GOOD_OR_BETTER,
    Db,
    Doc,
    check_choice,
    check_framework,
    check_judgement,
    council,
    docs_of,
    framework_matches,
)

GRADE_CHOICES = (*FOUR_POINT, "good_or_outstanding")
ORDERS = ("published", "inspection")


@dataclass(frozen=True)
class First:
    rank: int
    urn: int
    la_name: str
    region: str | None
    grade: str
    framework: str | None
    inspection_end: date | None
    published: date | None
    path: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _key(d: Doc, order: str) -> tuple:
    if order == "published":
        return (d.published or d.inspection_end or date.max, d.inspection_end or date.max)
    return (d.inspection_end or date.max, d.published or date.max)


def firsts(
    db: Db,
    *,
    grade: str = "outstanding",
    judgement: str = "overall",
    framework: str = "any",
    order: str = "published",
    docs: list[Doc] | None = None,
) -> list[First]:
    """Each LA's first inspection graded `grade` (or good_or_outstanding) for `judgement`
    under `framework`, ranked by date."""
    check_judgement(judgement)
    check_framework(framework)
    check_choice(grade, GRADE_CHOICES, "grade")
    check_choice(order, ORDERS, "order")
    wanted = GOOD_OR_BETTER if grade == "good_or_outstanding" else (grade,)
    hits: list[tuple[tuple, Doc]] = []
    for held in docs_of(db, docs).grouped.values():
        matching = [
            d
            for d in held
            if d.kind == "inspection"
            and framework_matches(d.framework, framework)
            and d.grade(judgement) in wanted
        ]
        if matching:
            first = min(matching, key=lambda d: _key(d, order))
            hits.append((_key(first, order), first))
    hits.sort(key=lambda h: (h[0], h[1].path))
    out: list[First] = []
    for i, (key, d) in enumerate(hits):
        rank = out[-1].rank if out and key[0] == hits[i - 1][0][0] else i + 1
        name, region = council(d.urn, d.la_name)
        out.append(
            First(
                rank=rank,
                urn=d.urn,
                la_name=name,
                region=region,
                grade=d.grade(judgement),
                framework=d.framework,
                inspection_end=d.inspection_end,
                published=d.published,
                path=d.path,
            )
        )
    return out
