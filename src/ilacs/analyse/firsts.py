"""Firsts and ranks: LAs in the order they first reached a grade.

The order is by publication date (when the grade became public), then by the last day on
site; LAs on the same day share a rank ("1, 2, 2, 4"). A document with no publication date
is placed at its last day on site.

With `all_judgements`, an inspection counts only when every judgement it makes (of the
normalised columns: overall, leaders, help and protection, in care, care leavers, adoption,
LSCB) has the grade: "outstanding in every judgement", the reading under which Bromley's 2023
inspection is the third under the 2023 framework (it is the eighth outstanding overall).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ilacs.analyse.common import check_choice, check_framework, check_judgement, council
from ilacs.analyse.record import Doc, Record, framework_matches
from ilacs.constants import FOUR_POINT, GOOD_OR_BETTER

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


def in_every_judgement(d: Doc, wanted: tuple[str, ...]) -> bool:
    """Whether every judgement the inspection makes has one of the `wanted` grades."""
    made = [g for g in d.grades.values() if g is not None and g != "not_judged"]
    return bool(made) and all(g in wanted for g in made)


def firsts(
    record: Record,
    *,
    grade: str = "outstanding",
    judgement: str = "overall",
    framework: str = "any",
    order: str = "published",
    all_judgements: bool = False,
) -> list[First]:
    """Each LA's first inspection graded `grade` (or good_or_outstanding) for `judgement`
    (or, with `all_judgements`, in every judgement it makes) under `framework`, ranked by
    date."""
    check_judgement(judgement)
    check_framework(framework)
    check_choice(grade, GRADE_CHOICES, "grade")
    check_choice(order, ORDERS, "order")
    wanted = GOOD_OR_BETTER if grade == "good_or_outstanding" else (grade,)
    hits: list[tuple[tuple, int, Doc]] = []
    for urn, held in record.by_urn.items():
        matching = [
            d
            for d in held
            if d.kind == "inspection"
            and framework_matches(d.framework, framework)
            and (in_every_judgement(d, wanted) if all_judgements else d.grade(judgement) in wanted)
        ]
        if matching:
            first = min(matching, key=lambda d: _key(d, order))
            hits.append((_key(first, order), urn, first))
    hits.sort(key=lambda h: (h[0], h[2].path))
    out: list[First] = []
    for i, (key, urn, d) in enumerate(hits):
        rank = out[-1].rank if out and key[0] == hits[i - 1][0][0] else i + 1
        name, region = council(urn, d.la_name)
        out.append(
            First(
                rank=rank,
                urn=urn,
                la_name=name,
                region=region,
                grade=grade if all_judgements else (d.grade(judgement) or grade),
                framework=d.framework,
                inspection_end=d.inspection_end,
                published=d.published,
                path=d.path,
            )
        )
    return out
