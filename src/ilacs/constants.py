"""The closed sets of the record (kinds, frameworks, grades, judgements) and its first day.

The enums are `StrEnum`s: a member is its own value ("good" == Grade.GOOD), so the database,
the CLI options, the JSON and the code all use one vocabulary, the one `corpus/labels.csv` uses.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    """What a document is."""

    INSPECTION = "inspection"
    LSCB_REVIEW = "lscb_review"
    FOCUSED_VISIT = "focused_visit"
    MONITORING_VISIT = "monitoring_visit"
    JTAI = "jtai"
    AREA_SEND = "area_send"
    OTHER = "other"
    NOT_A_REPORT = "not_a_report"


class Framework(StrEnum):
    """The inspection framework a full inspection was made under."""

    PRE_SIF = "pre_sif"
    SIF = "sif"
    ILACS2018 = "ilacs2018"
    ILACS2023 = "ilacs2023"
    ILACS2026 = "ilacs2026"


class Grade(StrEnum):
    """A normalised grade (`adequate` is the pre-2013 scale's)."""

    OUTSTANDING = "outstanding"
    GOOD = "good"
    REQUIRES_IMPROVEMENT = "requires_improvement"
    INADEQUATE = "inadequate"
    NOT_JUDGED = "not_judged"
    ADEQUATE = "adequate"


class Area(StrEnum):
    """A normalised judgement column (SIF and ILACS judgements map onto them)."""

    OVERALL = "overall"
    LEADERS = "leaders"
    HELP_PROTECTION = "help_protection"
    IN_CARE = "in_care"
    CARE_LEAVERS = "care_leavers"
    ADOPTION = "adoption"
    LSCB = "lscb"


# The same sets as plain strings (what the database, files and templates hold).
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)
FRAMEWORKS: tuple[str, ...] = tuple(f.value for f in Framework)
ILACS_FRAMEWORKS: tuple[str, ...] = ("ilacs2018", "ilacs2023", "ilacs2026")
# What the parsers store (`adequate` only in pre-2013 reports' own judgements, never a column).
GRADES: tuple[str, ...] = tuple(g.value for g in Grade if g != Grade.ADEQUATE)
FOUR_POINT: tuple[str, ...] = ("outstanding", "good", "requires_improvement", "inadequate")
GOOD_OR_BETTER: tuple[str, ...] = ("outstanding", "good")
# The normalised judgement columns, in the order the export and the web use them.
JUDGEMENT_AREAS: tuple[str, ...] = tuple(a.value for a in Area)
VISIT_KINDS: tuple[str, ...] = ("focused_visit", "monitoring_visit", "jtai")
# The first day of the record: the earliest reports held are of 2012.
FIRST_DAY = date(2012, 1, 1)

# The judgement areas as sentences name them ("No LA has a grade for children in care").
AREA_WORDS: dict[str, str] = {
    "overall": "overall effectiveness",
    "leaders": "leadership",
    "help_protection": "help and protection",
    "in_care": "children in care",
    "care_leavers": "care leavers",
    "adoption": "adoption",
    "lscb": "the LSCB",
}
# Month names and the abbreviations reports and articles print ("Sept", "Jan"), -> 1-12.
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
