"""Small text helpers shared by the parsers of every era: grades, dates, names, whitespace."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ilacs.errors import ParseError

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
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
        ]
    )
    for m in names
}

# Private-use glyphs (bullets from the reports' symbol fonts) and odd spaces.
_PUA = re.compile("[\ue000-\uf8ff\u25aa\u25cf\u2022\u25a0\u25fc\u2023\u2043\u00b7]")


def clean(text: str) -> str:
    """NFKC-normalise, turn curly quotes straight and private-use bullets into '•'."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2013", "–").replace("\ufffe", "")
    return _PUA.sub("•", text)


def squash(text: str) -> str:
    """Collapse all runs of whitespace to one space and strip."""
    return re.sub(r"\s+", " ", text).strip()


_GRADE_PATTERNS = [
    (re.compile(r"^requires?\s+improvement(\s+to\s+be\s+good)?$"), "requires_improvement"),
    (re.compile(r"^outstanding$"), "outstanding"),
    (re.compile(r"^good$"), "good"),
    (re.compile(r"^inadequate$"), "inadequate"),
    (re.compile(r"^adequate$"), "adequate"),
    (re.compile(r"^not\s+judged$"), "not_judged"),
]


def normalise_grade(text: str) -> str:
    """'Requires Improvement to / be good' -> 'requires_improvement'; raises ParseError if none."""
    t = squash(re.sub(r"[/:.•]", " ", text.lower()))
    for pattern, grade in _GRADE_PATTERNS:
        if pattern.match(t):
            return grade
    raise ParseError(f"not a grade: {text!r}")


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")


def parse_date(text: str) -> date:
    """A single date: '18 Feb 2014', '12/09/2016', '1st March 2015'. Raises ParseError."""
    t = squash(text)
    m = _DAY_MONTH_YEAR.search(t)
    if m and m.group(2).lower() in MONTHS:
        return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _NUMERIC.search(t)
    if m:
        year = int(m.group(3))
        year += 2000 if year < 100 else 0
        return date(year, int(m.group(2)), int(m.group(1)))
    raise ParseError(f"not a date: {text!r}")
