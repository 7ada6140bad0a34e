"""Reader of ILACS full inspection reports (2018 onward): frameworks ilacs2018/2023/2026.

Two page templates share one reading:
- 2018-2020: "Isle of Wight Council / Inspection of children's social care services", page
  numbers on their own line at the top of each page, grades beside their labels;
- 2021 onward: "Inspection of Dorset local authority children's services", a running header
  (title line, then the dates and the page number) on every page after the first.
Both open with the inspection dates, the lead inspector(s) and a "Judgement Grade" table. The
framework follows from that table: care leavers judged with children in care (ilacs2018),
judged on their own (ilacs2023), and no overall effectiveness row (ilacs2026).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ilacs.errors import ParseError
from ilacs.model import Judgement, Recommendation, Report
from ilacs.parse.common import date_list, normalise_grade, person_names, squash

_TABLE_HEAD = re.compile(r"^[ \t]*Judgements?\s+Grades?[ \t]*$", re.M)
_LEADERS = re.compile(r"impact\s+of\s+leaders", re.I)

_GRADE = (
    r"(?:Outstanding|Good|Inadequate|Not\s+judged"
    r"|Requires?\s+improvement(?:\s+to\s+be\s+good)?)"
)
# A label (no grade word in it) followed by a grade that ends its line.
_ROW = re.compile(
    rf"(?P<label>(?:(?!{_GRADE})[^•]){{3,200}}?)\s*(?P<grade>{_GRADE})[ \t]*(?:\n|$)",
    re.I,
)

# At the start of a line (or glued after a sentence) and alone to the end of its line.
_HEADING = re.compile(
    r"(?:^|(?<=[.!] ))What\s+needs\s+to\s+improve[ \t]*[?:]?[ \t]*\d*[ \t]*(?:$|(?=•))",
    re.M | re.I,
)
# The judgement sections that follow the list ("The experiences and progress of children who
# need help and protection: good"); failing those, their first numbered paragraph.
_NEXT_SECTION = re.compile(
    r"^[ \t]*(?:The\s+(?:experiences|impact)|Experiences|Impact|Overall\s+effectiveness)", re.M
)
_FIRST_PARAGRAPH = re.compile(r"^[ \t]*1\.[ \t]+[A-Z]", re.M)
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_RUNNING_TITLE = re.compile(r"^\s*\d{0,3}\s*Inspection of\b")
# The dates line under the running title: "27 September to 8 October 2021 2".
_RUNNING_DATES = re.compile(
    r"^[\s(]*\d{1,2}(?:st|nd|rd|th)?\b[\w ,–\-]{0,80}?\b(?:19|20)\d\d\)?[.\s]*\d{0,3}\s*$"
)
_FOOTNOTE = re.compile(r"^\s*\d{1,2}\s+The areas for improvement have been cross-referenced", re.I)


def claims(text: str) -> bool:
    """True for an ILACS full report: its first page has the judgement table of 2018 onward."""
    first = text.split("\f", 1)[0]
    return bool(_TABLE_HEAD.search(first) and _LEADERS.search(first))


def parse(text: str) -> Report:
    """Read an ILACS full report (text already through parse.common.clean)."""
    first = text.split("\f", 1)[0]
    head_match = _TABLE_HEAD.search(first)
    if not head_match:
        raise ParseError("the first page has no 'Judgement Grade' table of an ILACS report")
    header = first[: head_match.start()]
    judgements = _judgements(first[head_match.end() :])
    start, end, split = _dates(header)
    return Report(
        kind="inspection",
        framework=_framework(judgements),
        la_name=_la_name(header),
        inspection_start=start,
        inspection_end=end,
        lead_inspectors=_lead_inspectors(header),
        inspection_type=None if split else ("short" if (end - start).days <= 7 else "standard"),
        judgements=judgements,
        recommendations=_recommendations(text, head_match.end()),
    )


def _area(label: str) -> str | None:
    low = label.lower()
    if "overall effectiveness" in low:
        return "overall"
    if "impact of leaders" in low:
        return "leaders"
    if "help and protection" in low:
        return "help_protection"
    if "children in care" in low or "looked after" in low:
        return "in_care"  # care leavers too, in the 2018 framework
    if "care leavers" in low:
        return "care_leavers"  # also the "children care leavers" misprint of 2025-26
    return None


def _judgements(table: str) -> tuple[Judgement, ...]:
    rows: list[Judgement] = []
    pos = 0
    while True:
        m = _ROW.match(table, pos)
        if not m:
            break
        label = squash(m.group("label"))
        area = _area(label)
        if area is None or any(j.area == area for j in rows):
            break  # the table is over: what follows is the report's narrative
        grade_text = squash(m.group("grade"))
        rows.append(Judgement(label, normalise_grade(grade_text), grade_text, area))
        pos = m.end()
    if not rows:
        raise ParseError("the judgement table on the first page has no rows that could be read")
    return tuple(rows)


def _framework(judgements: tuple[Judgement, ...]) -> str:
    areas = [j.area for j in judgements]
    core = {"leaders", "help_protection", "in_care"}
    if not core <= set(areas):
        missing = ", ".join(sorted(core - set(areas)))
        raise ParseError(f"the judgement table lacks a row for: {missing}")
    if "care_leavers" not in areas:
        if "overall" not in areas:
            raise ParseError("the judgement table has no overall effectiveness row")
        return "ilacs2018"
    return "ilacs2023" if "overall" in areas else "ilacs2026"


def _la_name(header: str) -> str | None:
    """The LA as the title prints it. Some first pages repeat the running title above it."""
    flat = squash(re.split(r"(?i)Inspection dates?\b|Dates? of inspection", header)[0])
    parts = re.split(r"\bInspection of\s+", flat)
    # 2021 onward: "Inspection of Bromley local authority children's services" (once a trust:
    # "Inspection of Bradford Children and Families Trust").
    m = re.match(
        r"(?:the\s+)?(.*?)\s*(?:\blocal authority\s+)?children's\s+(?:social care\s+)?services\b",
        parts[-1],
        re.I,
    )
    name = m[1] if m else parts[-1]
    if not name and len(parts) > 1:
        # 2018 template: "1 London Borough of Bromley Inspection of children's social care
        # services", the page number first.
        name = re.sub(r"^\d{1,3}\s+", "", parts[-2])
    return name.strip() or None


def _dates(header: str) -> tuple[date, date, bool]:
    """First and last on-site date, and whether the visits were split."""
    m = re.search(
        r"(?:Inspection dates?|Dates? of inspection)\s*:?\s*(.+?)(?:Lead inspectors?\b|$)",
        header,
        re.S | re.I,
    )
    if not m:
        raise ParseError("the first page has no line of inspection dates")
    raw = squash(m.group(1))
    found = date_list(raw)
    if len(found) < 2:
        raise ParseError(f"could not read the inspection dates from {raw!r}")
    start, end = found[0], found[-1]
    if end < start or end - start > timedelta(days=200):
        raise ParseError(f"the inspection dates {raw!r} do not make a period")
    return start, end, len(found) > 2 or bool(re.search(r"\band\b", raw))


def _lead_inspectors(header: str) -> tuple[str, ...]:
    m = re.search(r"Lead inspectors?\s*:?\s*(.+)", header, re.S | re.I)
    if not m:
        return ()
    # Deputies are not leads (none seen in ILACS reports, but keep them out if they come).
    return person_names(re.split(r"(?i)\bdeputy\b", m.group(1))[0])


def _body_lines(text: str, start: int) -> list[str]:
    """The lines of the text from `start`, without running headers, page numbers, footnotes."""
    lines: list[str] = []
    pages = text[start:].split("\f")
    for i, page in enumerate(pages):
        page_lines = page.split("\n")
        if i > 0:
            page_lines = _drop_running_head(page_lines)
        # A footnote of the 2026 template closes a page: drop it and what follows it.
        for k, line in enumerate(page_lines):
            if _FOOTNOTE.match(line):
                page_lines = page_lines[:k]
                break
        while page_lines and (not page_lines[-1].strip() or _PAGE_NUMBER.match(page_lines[-1])):
            page_lines.pop()
        lines.extend(page_lines)
    return lines


def _drop_running_head(page_lines: list[str]) -> list[str]:
    """A page without its page number (2018 template) or its running title and dates line
    (2021 onward; a long title may wrap onto a second line)."""
    k = 0
    while k < len(page_lines) and not page_lines[k].strip():
        k += 1
    if k < len(page_lines) and _PAGE_NUMBER.match(page_lines[k]):
        return page_lines[k + 1 :]
    if k < len(page_lines) and _RUNNING_TITLE.match(page_lines[k]):
        for j in range(k + 1, min(k + 4, len(page_lines))):
            if _RUNNING_DATES.match(page_lines[j]):
                return page_lines[j + 1 :]
        if re.search(r"(?i)services\s*$", page_lines[k]):
            return page_lines[k + 1 :]
    return page_lines[k:]


def _recommendations(text: str, after: int) -> tuple[Recommendation, ...]:
    body = "\n".join(_body_lines(text, after))
    heading = _HEADING.search(body)
    if not heading:
        return ()
    rest = body[heading.end() :]
    # A heading printed twice ("What needs to / improve?" then "What Needs to Improve").
    again = _HEADING.match(rest.lstrip("\n"))
    if again:
        rest = rest.lstrip("\n")[again.end() :]
    end = _section_start(rest)
    if end is None:
        raise ParseError("the list of what needs to improve runs on with no section after it")
    return tuple(
        Recommendation(position=i, text=t) for i, t in enumerate(_items(rest[:end]), start=1)
    )


def _section_start(rest: str) -> int | None:
    """Where the first judgement section starts: a heading that ends in its grade
    ('...help and protection: good', '... is inadequate')."""
    starts = [m.start() for m in _NEXT_SECTION.finditer(rest)]
    for start in starts:
        if re.match(rf"[^.•]{{0,250}}?\b{_GRADE}", rest[start:], re.I):
            return start
    m = _FIRST_PARAGRAPH.search(rest)
    return m.start() if m else (starts[0] if starts else None)


_MARKER = re.compile(r"^\s*(•|[-–−*◦▪o\u0336](?=\s)|\d{1,2}[.)](?=\s))\s*")


def _marker_kind(marker: str) -> str:
    return "number" if marker[0].isdigit() else marker


def _items(region: str) -> list[str]:
    """Top-level items of a list: the first marker seen is the top level; other markers
    (dashes under a bullet) are sub-items and stay in the text of the item above them."""
    top: str | None = None
    items: list[str] = []
    for line in region.split("\n"):
        m = _MARKER.match(line)
        if m and top is None:
            top = _marker_kind(m.group(1))
        if m and _marker_kind(m.group(1)) == top:
            items.append(line[m.end() :])
        elif items and m and m.group(1) == "\u0336":
            # a sub-item dash that some fonts give as a combining stroke: print it as a dash
            items[-1] += "\n– " + line[m.end() :]
        elif items:
            items[-1] += "\n" + line  # wrapped text, or a sub-item of the last item
    return [squash(t) for t in items]
