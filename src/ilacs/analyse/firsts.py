"""Firsts and ranks: LAs in the order they first reached a grade.

The order is by publication date (when the grade became public), then by the last day on
site; LAs on the same day share a rank ("1, 2, 2, 4"). A document with no publication date
is placed at its last day on site.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ilacs import register
from ilacs.analyse.records import (
    FOUR_POINT,
    GOOD_OR_BETTER,
    Doc,
    by_urn,
    check_framework,
    check_judgement,
    framework_matches,
    load,
)
from ilacs.errors import NotFound
from ilacs.store import Store

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
    db: Path | str | Store | sqlite3.Connection,
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
    if grade not in GRADE_CHOICES:
        raise NotFound(f"no grade called {grade!r}; use one of {', '.join(GRADE_CHOICES)}")
    if order not in ORDERS:
        raise NotFound(f"no order called {order!r}; use one of {', '.join(ORDERS)}")
    wanted = GOOD_OR_BETTER if grade == "good_or_outstanding" else (grade,)
    docs = load(db) if docs is None else docs
    hits: list[tuple[tuple, Doc]] = []
    for _urn, held in by_urn(docs).items():
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
        try:
            la = register.by_urn(d.urn)
            name, region = la.name, la.region
        except NotFound:
            name, region = d.la_name or str(d.urn), None
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
