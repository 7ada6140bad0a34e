"""The plain data that flows from the parsers to the store: frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ilacs.constants import FRAMEWORKS, GRADES, JUDGEMENT_AREAS, KINDS

__all__ = [
    "FRAMEWORKS",
    "GRADES",
    "JUDGEMENT_AREAS",
    "KINDS",
    "Judgement",
    "Recommendation",
    "Report",
]


@dataclass(frozen=True)
class Judgement:
    """One judgement as printed, and where it maps onto the normalised columns.

    `area` is one of JUDGEMENT_AREAS, or None for judgements with no four-point column (the
    pre-2013 framework's own judgements). `grade` is normalised (see GRADES, plus `adequate`
    for the pre-2013 scale); `label` and `grade_text` keep the report's own words.
    """

    label: str
    grade: str
    grade_text: str = ""
    area: str | None = None


@dataclass(frozen=True)
class Recommendation:
    """One item of a list of what needs to improve, in printed order (1-based).

    `section` says whose list it is: `la` (the local authority's, the usual case) or `lscb`
    (the recommendations to the Local Safeguarding Children Board in a SIF report).
    """

    position: int
    text: str
    priority_action: bool = False
    section: str = "la"


@dataclass(frozen=True)
class Report:
    """Everything read from one document. Parsers return it; nothing here touches disk."""

    kind: str
    framework: str | None = None
    la_name: str | None = None
    inspection_start: date | None = None
    inspection_end: date | None = None
    lead_inspectors: tuple[str, ...] = ()
    inspection_type: str | None = None
    judgements: tuple[Judgement, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    theme: str | None = None
    reason: str | None = None  # why a document is `not_a_report` (or what was not understood)
    note: str | None = None  # what the parser corrected or left out, and why (printed misdates)
    visit_number: int | None = None  # "the third monitoring visit": the letter's own count

    def grade(self, area: str) -> str | None:
        """The normalised grade for one of JUDGEMENT_AREAS, or None if not judged here."""
        for j in self.judgements:
            if j.area == area:
                return j.grade
        return None

    def _own(self, r: Recommendation) -> bool:
        # An LSCB review's own list is its recommendations; elsewhere the LA's list counts.
        return r.section == ("lscb" if self.kind == "lscb_review" else "la")

    @property
    def rec_count(self) -> int:
        """Top-level items in the document's own list of what needs to improve."""
        return sum(1 for r in self.recommendations if self._own(r) and not r.priority_action)

    @property
    def priority_action_count(self) -> int:
        return sum(1 for r in self.recommendations if self._own(r) and r.priority_action)
