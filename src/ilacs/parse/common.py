"""Small text helpers shared by the parsers of every era: grades, dates, names, whitespace."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ilacs.constants import MONTHS
from ilacs.errors import ParseError

# Private-use glyphs (bullets from the reports' symbol fonts) and odd spaces.
_PUA = re.compile("[\ue000-\uf8ff\u25aa\u25cf\u2022\u25a0\u25fc\u2023\u2043\u00b7]")


def clean(text: str) -> str:
    """NFKC-normalise, turn curly quotes straight and private-use bullets into '•'."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2013", "–")
    # pdfium reports some hyphens (multi-agency, decision-making) as U+FFFE
    text = text.replace("\ufffe", "-")
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


_DATE_TOKEN = re.compile(
    r"(?P<numeric>\b\d{1,2}/\d{1,2}/\d{2,4}\b)|\b(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\b|\b(?P<word>[A-Za-z]+)\b"
)


def date_list(text: str) -> list[date]:
    """Every date in a line of dates, in order. A day borrows the month and year printed after
    it: '6 to 30 July 2015' -> [6 Jul 2015, 30 Jul 2015]; '12/09/2016 to 06/10/2016' and
    '18 Feb 2014' read as they are. Raises ParseError when a day never gets a month or year."""
    days: list[list] = []  # [day, month, year]
    for m in _DATE_TOKEN.finditer(squash(text)):
        if m.group("numeric"):
            d, mo, y = (int(x) for x in m.group("numeric").split("/"))
            days.append([d, mo, y + 2000 if y < 100 else y])
        elif m.group("year"):
            for d in reversed(days):
                if d[2] is not None:
                    break
                d[2] = int(m.group("year"))
        elif m.group("day"):
            days.append([int(m.group("day")), None, None])
        elif m.group("word").lower() in MONTHS and days:
            for d in reversed(days):
                if d[1] is not None:
                    break
                d[1] = MONTHS[m.group("word").lower()]
    out = []
    for day, month, year in days:
        if month is None or year is None:
            raise ParseError(f"could not read the dates in {text!r}")
        try:
            out.append(date(year, month, day))
        except ValueError as e:
            raise ParseError(f"{text!r} holds an impossible date") from e
    return out


# Titles printed after inspectors' names: "HMI", "Senior HMI", "(HMI)", "Her Majesty's Inspector".
_INSPECTOR_TITLES = re.compile(
    r"\(?\b(?:Senior\s+)?(?:H[ie][rs]\s+Majesty'?s\s+Inspectors?|HMI|HM\s+Inspectors?)\b\)?"
    r"(?:\s+designate\b)?",
    re.I,
)


def person_names(text: str) -> tuple[str, ...]:
    """'Donna Marriott, HMI and Jo Smith (HMI)' -> ('Donna Marriott', 'Jo Smith')."""
    text = _INSPECTOR_TITLES.sub(",", text)
    parts = (squash(p).strip(" .,") for p in re.split(r"[,;&/]|\band\b", text))
    return tuple(p for p in parts if p)
