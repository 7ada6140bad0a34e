"""The plain data of a check: claims found in an article, their verdicts and evidence.

`CheckResult.as_json()` is the contract other tools read (issue 10):

    {"as_of": "2023-11-20", "as_of_source": "printed in the article",
     "claims": [{"start": 120, "end": 185, "text": "...", "type": "rank", "urns": [80490],
       "verdict": "supported", "explanation": "...",
       "evidence": [{"path": "80490_bromley/....pdf", "page": 1, "quote": "..."}]}]}

`text == article[start:end]` (Python string offsets into the article text as read); for HTML
input the extracted text is given as a top-level `article` field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a claim is about (the `type` field of the JSON)."""

    GRADE = "grade"
    DATE = "date"
    TREND = "trend"
    COUNT = "count"
    RANK = "rank"
    QUOTE = "quote"
    RECOMMENDATION = "recommendation"
    INSPECTOR = "inspector"
    VISIT = "visit"
    OTHER = "other"


class Verdict(StrEnum):
    """How a claim stands against the record."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_IN_RECORD = "not_in_record"


@dataclass(frozen=True)
class Evidence:
    """A report or letter page and the words on it, or a computation over the record.

    `path` is the document's path in the store (as `corpus/files.csv` spells it); `page` is
    1-based; `quote` is the words on that page (or, with `path` None, the computation).
    """

    path: str | None
    page: int | None
    quote: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "page": self.page, "quote": self.quote}


@dataclass
class Claim:
    """One claim about the inspection record, found at article[start:end].

    `verdict` and `explanation` are None until the claim is checked. The parsed facts
    (`grades`, `dates`, `number`, `passage`, ...) are what extraction read from the words;
    checking reads only them, never the words again.
    """

    start: int
    end: int
    text: str
    type: Kind
    urns: list[int] = field(default_factory=list)
    verdict: Verdict | None = None
    explanation: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # parsed facts (not part of the JSON contract)
    grades: dict[str, str] = field(default_factory=dict)  # judgement area -> grade
    grade_scope: str | None = None  # 'overall', 'all' (every judgement), 'some', None
    dates: list[tuple[date, str]] = field(default_factory=list)  # (day, 'day'|'month'|'year')
    date_role: str | None = None  # 'visit', 'published', 'previous', None
    number: int | None = None  # a count or an ordinal
    total: int | None = None  # "10 of the 127"
    framework: str | None = None  # 'ilacs2018', 'sif', ...
    region: str | None = None
    passage: str | None = None  # quoted or paraphrased words, for quote/recommendation claims
    inspector: str | None = None
    visit_kind: str | None = None  # 'monitoring', 'focused', 'jtai', ...
    facts: dict[str, Any] = field(default_factory=dict)  # anything else a checker needs

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": Kind(self.type).value,
            "urns": list(self.urns),
            "verdict": Verdict(self.verdict).value if self.verdict else None,
            "explanation": self.explanation,
            "evidence": [e.as_json() for e in self.evidence],
        }


@dataclass
class CheckResult:
    """Every claim an article makes, checked as of one date.

    `as_of_source` says where the date came from: 'given' (--as-of), 'printed in the article'
    or 'today'. `article` is the text as read; it goes into the JSON only when it differs from
    the input file's bytes (HTML input), `article_in_json` says so.
    """

    as_of: date
    as_of_source: str
    article: str
    claims: list[Claim]
    article_in_json: bool = False
    title: str | None = None
    source_kind: str | None = None  # 'text', 'html', 'stdin'
    # for an article that names no council: which council its quotations made it about, and why
    council_source: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"as_of": self.as_of.isoformat(), "as_of_source": self.as_of_source}
        if self.article_in_json:
            out["article"] = self.article
        if self.council_source:
            out["council_source"] = self.council_source
        out["claims"] = [c.as_json() for c in self.claims]
        return out
