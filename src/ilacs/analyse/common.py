"""What the analyses share: checks of their options, and small helpers over documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ilacs import register
from ilacs.analyse.record import Doc
from ilacs.constants import FIRST_DAY, FOUR_POINT, ILACS_FRAMEWORKS, JUDGEMENT_AREAS
from ilacs.errors import InvalidOption, NotFound, ParseError
from ilacs.parse.common import parse_date

# Lower is better: the order a change between two grades is read in.
RANK = {g: i for i, g in enumerate(FOUR_POINT)}
# What a --framework option may name: a framework, a family of them, or any.
FRAMEWORK_CHOICES = ("any", "sif", "ilacs", "pre_sif", *ILACS_FRAMEWORKS)


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    """`value` if it is one of `choices`; else InvalidOption saying which `what`s there are."""
    choices = tuple(choices)
    if value not in choices:
        raise InvalidOption(f"no {what} called {value!r}; use one of {', '.join(choices)}")
    return value


def check_framework(wanted: str) -> str:
    return check_choice(wanted, FRAMEWORK_CHOICES, "framework")


def check_judgement(judgement: str) -> str:
    return check_choice(judgement, JUDGEMENT_AREAS, "judgement")


def check_date(value: date | str | None, *, today: date | None = None) -> date:
    """A date a user gave, checked: from 2012 (the first reports) to today.

    Accepts a date, ISO text ('2019-08-31') or '31 August 2019'. Raises InvalidOption with a
    sentence for anything else.
    """
    today = today or date.today()
    if value is None:
        return today
    day = value if isinstance(value, date) else _read_date(str(value).strip())
    if day < FIRST_DAY:
        raise InvalidOption(f"{day.isoformat()} is before 2012: the record starts in 2012")
    if day > today:
        raise InvalidOption(f"{day.isoformat()} is in the future (today is {today.isoformat()})")
    return day


@dataclass(frozen=True)
class Graded:
    """An inspection with a last day on site and a grade for the judgement asked about."""

    doc: Doc
    end: date
    grade: str


def _read_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        day = parse_date(text)
    except (ParseError, ValueError):  # no date, or one like 31/31/2019
        day = None
    if day is None:
        raise InvalidOption(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-08-31")
    return day


def graded_inspections(
    held: Iterable[Doc], judgement: str, grades: Iterable[str] | None = None
) -> list[Graded]:
    """The inspections with a last day on site and a grade for `judgement` (one of `grades`
    when given), in the order of that day."""
    wanted = tuple(grades) if grades is not None else None
    out = []
    for d in held:
        grade = d.grade(judgement)
        if d.kind != "inspection" or d.inspection_end is None or not grade:
            continue
        if wanted is None or grade in wanted:
            out.append(Graded(d, d.inspection_end, grade))
    return sorted(out, key=lambda g: g.end)


def council(urn: int, fallback: str | None) -> tuple[str, str | None]:
    """Name and region of the council with this URN; `fallback` (the report's name, else the
    URN) and no region when the register does not know it."""
    try:
        la = register.by_urn(urn)
    except NotFound:
        return fallback or str(urn), None
    return la.name, la.region


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
