"""Reader of Single Inspection Framework reports (2013-2018): framework `sif`.

Three documents share the template:
- "Inspection of services for children in need of help and protection, children looked after
  and care leavers", alone or combined with the "Review of the effectiveness of the Local
  Safeguarding Children Board" (kind `inspection`);
- the same titled "Re-inspection of services ..." after an inadequate judgement;
- the LSCB review published on its own (kind `lscb_review`, one judgement: `lscb`).
Page 1 holds the LA's name, the inspection dates, the overall judgement as a sentence
("Children's services in Bury require improvement to be good", "The overall judgement is
good") and a numbered table of the five sub-judgements (labels and grades wrapped over lines).
The LSCB's judgement is a sentence of its own, on page 1 (2013-14) or at the head of the
LSCB's section. What needs to improve is a numbered list under "What does the local authority
need to improve?" (2013-15, in two parts: "Priority and immediate action" and "Areas for
improvement") or "Recommendations" (2015-18); the LSCB's list follows the same pattern in its
own section. The lead inspector is named in "The inspection team" near the end.
"""

from __future__ import annotations

import re

from ilacs.errors import ParseError
from ilacs.model import Judgement, Recommendation, Report
from ilacs.parse.common import MONTHS, date_list, normalise_grade, person_names, squash

_INSPECTION_TITLE = re.compile(
    r"\b(?:Re-?\s?inspection|Inspection)\s+of\s+services\s+for\s+children\s+in\s+need", re.I
)
_LSCB_TITLE = re.compile(
    r"\bReview\s+of\s+the\s+effectiveness\s+of\s+the\s+local\s+safeguarding\s+children", re.I
)

_GRADE = (
    r"(?:Outstanding|Good|Inadequate|Not\s+judged"
    r"|Requires?\s+improvement(?:\s+to\s+be\s+good)?)"
)

# The numbered rows of the page-1 table, in printed order.
_AREAS = (
    ("help_protection", r"Children\s+who\s+need\s+help\s+and\s+protection"),
    ("in_care", r"Children\s+looked\s+after\s+and\s+achieving\s+permanence"),
    ("adoption", r"Adoption\s+performance"),
    ("care_leavers", r"Experiences\s+and\s+progress\s+of\s+care\s+leavers"),
    ("leaders", r"Leadership,?\s+management\s+and\s+governance"),
)

# "Children's services in Bury require improvement to be good", "Children's services require
# improvement to be good", "The overall judgement is that children's services are good".
_OVERALL = re.compile(
    r"(?:Children's\s+services?(?:\s+in\s+[^.]{1,120}?)?"
    r"|The\s+overall\s+judgement\s+is(?:\s+that\s+children's\s+services?)?)"
    rf"\s+(?:are\s+|is\s+)?(?P<grade>{_GRADE})\b",
    re.I,
)

# The LSCB's judgement as its own sentence, at the start of a line: "The effectiveness of the
# Local Safeguarding Children Board (LSCB) is / good.", "The Local Safeguarding Children Board
# requires improvement", "The judgement for the effectiveness of the ... (LSCB) is inadequate",
# "The LSCB is good because:" (and once "The Local Safeguarding Children is inadequate").
_LSCB_GRADE = re.compile(
    r"^[ \t]*(?P<label>(?:The\s+)?(?:judgement\s+for\s+the\s+)?(?:effectiveness\s+of\s+the\s+)?"
    r"(?:Local\s+Safeguarding\s+Children(?:\s+Board)?(?:\s*\(LSCB\))?|LSCB))"
    rf"\s+(?:is\s+|are\s+)?(?P<grade>{_GRADE})[ \t]*(?:[.:]|\bbecause\b|$)",
    re.I | re.M,
)

_LEAD = re.compile(
    r"^[ \t]*Lead\s+inspectors?(?:\s+on\s+site)?\s*:[ \t]*(?P<names>.*)(?:\n(?P<next>.*))?",
    re.M | re.I,
)
_TEAM = re.compile(r"^[ \t]*The\s+inspection\s+team[ \t]*$", re.M | re.I)

# Headings that open a list of what needs to improve (a line of their own, no page number).
_LA_LIST = re.compile(r"What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\??", re.I)
_LSCB_LIST = re.compile(r"What\s+does\s+the\s+LSCB\s+need\s+to\s+improve\??", re.I)
_RECS = re.compile(r"Recommendations:?", re.I)
_PRIORITY = re.compile(r"Priority\s+and\s+immediate\s+actions?:?", re.I)
_AREAS_HEAD = re.compile(r"Areas\s+for\s+improvement:?", re.I)
# Where the LSCB's part of a combined report starts.
_LSCB_SECTION = re.compile(
    r"Section\s+2\s*:.*|(?:The\s+)?Local\s+Safeguarding\s+Children\s+Board(?:\s*\(LSCB\))?"
    r"|The\s+LSCB|The\s+effectiveness\s+of\s+the\s+Local\s+Safeguarding\s+Children\s+Board.*",
    re.I,
)
# Section headings that close a list.
_END = re.compile(
    r"(?:Summary\s+for\s+children|The\s+local\s+authority'?s\s+strengths|The\s+LSCB'?s\s+strengths"
    r"|Progress\s+since\s+the\s+last\s+inspection|Information\s+about\b|Inspection\s+judge?ments?\b"
    r"|Inspection\s+findings\b|Key\s+strengths|Section\s+\d\s*:|What\s+the\b.*\bjudge?ments\s+mean"
    r"|Executive\s+summary|Summary\s+of\s+(?:key\s+)?findings"
    r"|Key\s+judgement|Annex\b|Local\s+authority\s+context"
    r"|The\s+Local\s+Safeguarding\s+Children\s+Board|The\s+LSCB\s*$|The\s+local\s+authority\s*$"
    r"|The\s+(?:local\s+authority|LSCB|board)\s+has\s+the\s+following\s+strengths"
    r"|Any\s+complaints\s+about\s+the\s+inspection)",
    re.I,
)
# Judgement headings close a list too, unless they stand between its items as subheadings.
_WEAK_END = re.compile(
    r"(?:The\s+experiences\s+and\s+progress|Leadership,\s+management\s+and\s+governance\s*$)", re.I
)
_GLUED_PART = re.compile(
    r"(?<=\.)\s+(?:Areas\s+for\s+improvement|Priority\s+and\s+immediate\s+actions?)$", re.I
)
_NO_ACTIONS = re.compile(
    r"(?:There\s+(?:are|were)\s+no|The\s+inspection\s+did\s+not\s+(?:find|identify))\b.{0,40}"
    r"\bpriority",
    re.I,
)

_DATE_SPAN = re.compile(
    r"(?:[\s,–—─\-/]|\d{1,4}(?:st|nd|rd|th)?\b|(?:to|and)\b|(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b\.?)*",
    re.I,
)
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# "Kent County Council Inspection of looked after children services 7", "4 Inspection of the
# effectiveness of the local safeguarding children board: Hull".
_RUNNING_HEAD = re.compile(
    r"^\s*(?:\d{1,3}\s+.{0,140}\bInspection\s+of\b.{0,140}"
    r"|.{0,140}\bInspection\s+of\b.{0,140}\s\d{1,3})\s*$",
    re.I,
)
# The LSCB's review printed as a report of its own after the LA's (Hull, 2015).
_LSCB_REPORT = re.compile(
    r"\b(?:Inspection|Review)\s+of\s+the\s+effectiveness\s+of\s+the\s+local\s+safeguarding"
    r"\s+children\s+board\b.{0,200}?Inspection\s+dates?\b",
    re.I | re.S,
)
_FOOTNOTE = re.compile(r"^\s*\d{1,2}(?:\s+\S|\s*$)")
_NUMBERED = re.compile(r"^\s*(\d{1,3})\.(?!\d)\s*(?=\S)")
_BULLET = re.compile(r"^\s*•\s*")


def claims(text: str) -> bool:
    """True for a SIF report or LSCB review: its title stands at the top of page 1."""
    top = squash(text.split("\f", 1)[0][:700])
    return bool(_INSPECTION_TITLE.search(top) or _LSCB_TITLE.search(top))


def parse(text: str) -> Report:
    """Read a SIF report or LSCB review (text already through parse.common.clean)."""
    first = text.split("\f", 1)[0]
    title = _INSPECTION_TITLE.search(first) or _LSCB_TITLE.search(first)
    if not title:
        raise ParseError("page 1 has no title of a SIF inspection or LSCB review")
    kind = "inspection" if _INSPECTION_TITLE.search(first) else "lscb_review"
    has_lscb = bool(_LSCB_TITLE.search(first)) or any(
        _LSCB_REPORT.search(page[:500]) for page in text.split("\f")[1:]
    )
    start, end = _dates(first)

    judgements: list[Judgement] = []
    if kind == "inspection":
        judgements.append(_overall(first))
        judgements.extend(_table("\n".join(text.split("\f", 2)[:2])))
    if has_lscb:
        judgements.append(_lscb(text))

    lines = body_lines(text)
    return Report(
        kind=kind,
        framework="sif",
        la_name=_la_name(first[: title.start()]),
        inspection_start=start,
        inspection_end=end,
        lead_inspectors=_lead_inspectors(text),
        judgements=tuple(judgements),
        recommendations=_recommendations(lines, kind),
    )


def _la_name(before_title: str) -> str | None:
    lines = [ln for ln in before_title.split("\n") if ln.strip()]
    if lines and _PAGE_NUMBER.match(lines[0]):
        lines = lines[1:]
    return squash(" ".join(lines)) or None


def _dates(first: str):
    m = re.search(
        r"Inspection\s+dates?\s*:?\s*(?P<dates>.+?)\s*(?:Report\s+published|$)",
        first,
        re.I | re.S,
    )
    if not m:
        raise ParseError("page 1 has no line of inspection dates")
    # Early reports have no "Report published" line: the dates end where the words do.
    span = _DATE_SPAN.match(squash(m.group("dates")))  # always matches, perhaps empty
    raw = squash(span.group(0)) if span else ""
    found = date_list(raw)
    if not found:
        raise ParseError(f"could not read the inspection dates from {raw!r}")
    start, end = found[0], found[-1]
    if end < start or (end - start).days > 200:
        raise ParseError(f"the inspection dates {raw!r} do not make a period")
    return start, end


def _judgement(label: str, grade_text: str, area: str) -> Judgement:
    grade_text = squash(grade_text)
    return Judgement(squash(label), normalise_grade(grade_text), grade_text, area)


def _overall(first: str) -> Judgement:
    m = _OVERALL.search(first)
    if not m:
        raise ParseError("page 1 does not state the overall judgement")
    return _judgement("Overall effectiveness", m.group("grade"), "overall")


def _table(head: str) -> list[Judgement]:
    """The five rows of the table on page 1 (which once runs on to page 2)."""
    rows = []
    for area, pattern in _AREAS:
        # Numbered ("2.1 Adoption performance"; once misnumbered), unlike the same words in
        # the narrative above the table.
        row = rf"^[ \t]*\d(?:\.\d)?\.?[ \t]*(?P<label>{pattern})\s+(?P<grade>{_GRADE})\b"
        m = re.search(row, head, re.I | re.M)
        if not m:
            raise ParseError(f"the judgement table on page 1 has no readable row for {area}")
        rows.append(_judgement(m.group("label"), m.group("grade"), area))
    return rows


def _lscb(text: str) -> Judgement:
    found = list(_LSCB_GRADE.finditer(text))
    if not found:
        raise ParseError("the report reviews the LSCB but its judgement was not found")
    grades = {normalise_grade(m.group("grade")) for m in found}
    if len(grades) > 1:
        raise ParseError(f"the LSCB's judgement is stated with different grades: {sorted(grades)}")
    m = found[0]
    return _judgement(m.group("label"), m.group("grade"), "lscb")


def _lead_inspectors(text: str) -> tuple[str, ...]:
    # The team is listed at the end; a "lead inspector" in the narrative is not a heading. An
    # LSCB review printed after the LA's report would list its own team after the LA's.
    team = _TEAM.search(text)
    region = text[team.start() :] if team else text
    m = _LEAD.search(region) or _LEAD.search(text)
    return lead_names(m) if m else ()


def lead_names(m: re.Match) -> tuple[str, ...]:
    """The names after "Lead inspector:" (or on the next line when none follow it), without
    a deputy printed on the same line."""
    names = m.group("names") if m.group("names").strip() else (m.group("next") or "")
    return person_names(re.split(r"(?i)\bdeputy\b", names)[0])


def body_lines(text: str) -> list[str]:
    """The lines of every page after the first, without page numbers, running headers,
    contents pages and footnotes: what a list of recommendations may run across. Each page
    ends with a line holding only a form feed."""
    out: list[str] = []
    for page in text.split("\f")[1:]:
        lines = page.split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        if lines and (_PAGE_NUMBER.match(lines[0]) or _RUNNING_HEAD.match(lines[0])):
            lines.pop(0)
        if lines and re.match(r"\s*Contents\s*$", lines[0]):
            continue
        # A footnote block: a blank line, then "1 The local authority was given ...".
        for k in range(len(lines) - 1):
            if not lines[k].strip() and _FOOTNOTE.match(lines[k + 1]):
                lines = lines[:k]
                break
        out.extend(lines)
        out.append("\f")
    return out


def _heading(line: str, pattern: re.Pattern) -> bool:
    return bool(pattern.fullmatch(line.strip()))


def _recommendations(lines: list[str], kind: str) -> tuple[Recommendation, ...]:
    """The LA's list and the LSCB's list, each numbered from 1."""
    lscb_start = None
    if kind == "inspection":
        for i, line in enumerate(lines):
            if _heading(line, _LSCB_SECTION) or _heading(line, _LSCB_LIST):
                lscb_start = i
                break
    la_head = lscb_head = None
    for i, line in enumerate(lines):
        # 2013-14 reports may open a list with its first part ("Priority and immediate action").
        if not any(
            _heading(line, h) for h in (_LA_LIST, _LSCB_LIST, _RECS, _PRIORITY, _AREAS_HEAD)
        ):
            continue
        in_lscb = (
            kind == "lscb_review"
            or _heading(line, _LSCB_LIST)
            or (lscb_start is not None and i > lscb_start and not _heading(line, _LA_LIST))
        )
        if in_lscb and lscb_head is None:
            lscb_head = i
        elif not in_lscb and la_head is None:
            la_head = i
    recs: list[Recommendation] = []
    for section, head in (("la", la_head), ("lscb", lscb_head)):
        if head is None:
            continue
        start = head + 1
        if _last_on_page(lines, head):
            # A boxed heading can come out of the PDF after the list it heads (Redbridge
            # 2016): the list is then at the top of the same page.
            start = max((i + 1 for i in range(head) if lines[i] == "\f"), default=0)
        for pos, (item, priority) in enumerate(list_items(lines[start:]), start=1):
            recs.append(Recommendation(pos, item, priority, section))
    return tuple(recs)


def _last_on_page(lines: list[str], i: int) -> bool:
    nxt = next((ln for ln in lines[i + 1 :] if ln.strip() or ln == "\f"), "\f")
    return nxt == "\f"


def _is_heading(s: str) -> bool:
    """Could this stripped line be a heading rather than a line of wrapped text?"""
    return len(s) < 100 and s[0].isupper() and not s.endswith((",", ";"))


def list_items(lines: list[str]) -> list[tuple[str, bool]]:
    """Top-level items of a numbered (or bulleted) list from its first line to the next section
    heading, each with whether it stands under "Priority and immediate action". The first
    marker seen is the top level; others (bullets under a numbered item) stay in its text.
    Subheadings between items ("Quality of practice") are dropped."""
    items: list[list] = []  # [text, priority]
    top = None
    priority = False
    for k, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue  # blank, or the end of a page
        if _heading(s, _PRIORITY):
            priority = True
            continue
        if _heading(s, _AREAS_HEAD):
            priority = False
            continue
        num, bullet = _NUMBERED.match(line), _BULLET.match(line)
        marker = num or bullet
        kind = "number" if num else ("bullet" if bullet else None)
        if kind and top is None:
            top = kind
        if marker and kind == top:
            items.append([line[marker.end() :], priority])
            continue
        if (_END.match(s) and _is_heading(s)) or any(
            _heading(s, h) for h in (_RECS, _LSCB_LIST, _LA_LIST)
        ):
            break
        sub = _subheading(lines, k, top or "number", bool(items))
        if _WEAK_END.match(s) and not sub:
            break
        if not items or sub:
            continue  # "There are no priority actions.", or a subheading ("Care leavers")
        items[-1][0] += "\n" + line
    # "18. There are no areas for priority or immediate action." is numbered like an item;
    # once the next part's heading is glued to the last item of the first.
    texts = [(_GLUED_PART.sub("", squash(t)), p) for t, p in items]
    return [(t, p) for t, p in texts if not _NO_ACTIONS.match(t)]


def _subheading(lines: list[str], k: int, top: str, after_item: bool) -> bool:
    """A short unpunctuated line before an item, after a finished item (or no item yet)."""
    s = lines[k].strip()
    if len(s) > 80 or s[-1] in ".,;:)" or not s[0].isupper():
        return False
    prev = next(
        (
            _GLUED_PART.sub("", ln.strip())
            for ln in reversed(lines[:k])
            if ln.strip() and not _heading(ln, _PRIORITY) and not _heading(ln, _AREAS_HEAD)
        ),
        "",
    )
    nxt = next((ln for ln in lines[k + 1 :] if ln.strip()), "")
    marker = _NUMBERED.match(nxt) if top == "number" else _BULLET.match(nxt)
    return bool(marker and (prev.endswith((".", ";")) or not after_item))
