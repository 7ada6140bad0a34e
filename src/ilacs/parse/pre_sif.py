"""Reader of the inspections before the single inspection framework (2012-13): `pre_sif`.

"Inspection of looked after children services" and "Inspection of safeguarding and looked
after children services" reports open with a title page (title, LA, "Inspection dates",
"Reporting inspector", "Published"), grade each section on their own four-point scale
("Grade 3 (Adequate)") and end with a "Record of main findings" table ("Overall
effectiveness Adequate", "Capacity to improve Good", ...). None of these judgements maps onto
the four-point columns of later frameworks, so every Judgement has area None.

What needs to improve is "Areas for improvement": one numbered paragraph ("In order to
improve ..., the local authority should take the following action.") and then bullets grouped
by timescale ("Immediately:", "Within three months:", "Within six months:"). The bullets are
the actions, so they are the top-level items; the timescales are headings and the numbered
paragraph is their introduction.
"""

from __future__ import annotations

import re

from ilacs.errors import ParseError
from ilacs.model import Judgement, Recommendation, Report
from ilacs.parse.common import date_list, normalise_grade, squash
from ilacs.parse.sif import body_lines, lead_names, list_items

_TITLE = re.compile(
    r"\bInspection\s+of\s+(?:safeguarding\s+and\s+looked\s+after\s+children|looked\s+after"
    r"\s+children|safeguarding)(?:'s)?\s+services\b",
    re.I,
)
_DATES = re.compile(
    r"Inspection\s+dates?\s*:?\s*(?P<dates>.+?)\s*(?:Reporting\s+inspector|Lead\s+inspector"
    r"|Age\s+group|Published|$)",
    re.I | re.S,
)
_LEAD = re.compile(
    r"^[ \t]*(?:Reporting|Lead)\s+inspectors?\s*:?[ \t]*(?P<names>.*)(?:\n(?P<next>.*))?",
    re.I | re.M,
)
_RECORD = re.compile(r"^[ \t]*Record\s+of\s+main\s+findings[ \t]*$", re.I | re.M)
_SCALE = r"(?:Outstanding|Good|Adequate|Inadequate)"
# "Overall effectiveness Inadequate Grade 4", "Capacity to improve Good", or a grade alone on
# the line under a wrapped label.
_ROW = re.compile(rf"^(?P<label>.*?)\s*\b(?P<grade>{_SCALE})(?:\s+\(?Grade\s+\d\)?)?\s*$", re.I)
_AREAS = re.compile(r"Areas\s+for\s+improvement:?", re.I)
_TIMESCALE = re.compile(
    r"(?:Immediately|Within\s+\w+(?:\s+\w+)?\s+(?:months?|weeks?|days?))\s*:?", re.I
)
_GRADE_LINE = re.compile(r"^\s*Grade\s+\d\b", re.I)


def claims(text: str) -> bool:
    """True for a 2012-13 looked after children (or safeguarding) inspection report."""
    top = squash(text.split("\f", 1)[0][:600])
    return bool(_TITLE.search(top))


def parse(text: str) -> Report:
    """Read a 2012-13 inspection report (text already through parse.common.clean)."""
    first = text.split("\f", 1)[0]
    title = _TITLE.search(first)
    if not title:
        raise ParseError("page 1 has no title of a 2012-13 inspection")
    m = _DATES.search(first)
    if not m:
        raise ParseError("page 1 has no line of inspection dates")
    found = date_list(m.group("dates"))
    if not found:
        raise ParseError(f"could not read the inspection dates from {m.group('dates')!r}")
    la = re.search(r"(?P<la>.+?)\s*Inspection\s+dates?", first[title.end() :], re.I | re.S)
    lead = _LEAD.search(first)
    lines = body_lines(text)
    return Report(
        kind="inspection",
        framework="pre_sif",
        la_name=squash(la.group("la")) if la else None,
        inspection_start=found[0],
        inspection_end=found[-1],
        lead_inspectors=lead_names(lead) if lead else (),
        judgements=_judgements(lines),
        recommendations=_recommendations(lines),
    )


def _judgements(lines: list[str]) -> tuple[Judgement, ...]:
    """The rows of the "Record of main findings" table at the end of the report."""
    heads = [i for i, ln in enumerate(lines) if _RECORD.match(ln)]
    if not heads:
        raise ParseError("the report has no 'Record of main findings' table")
    table = [ln.strip() for ln in lines[heads[-1] + 1 :] if ln.strip() and ln != "\f"]
    sections: list[str] = []
    rows: list[tuple[str, str, str]] = []  # section, label, grade text
    pending: list[str] = []  # a label wrapped over lines: "Outcomes for ... and / young people"
    for k, line in enumerate(table):
        if len(line) > 90 or line.startswith("©"):
            break  # the table is over
        m = _ROW.match(line)
        if m:
            label = squash(" ".join([*pending, m.group("label")]))
            if not label:
                raise ParseError(f"a grade with no label in the record of main findings: {line!r}")
            rows.append((sections[-1] if sections else "", label, m.group("grade")))
            pending = []
            continue
        nxt = table[k + 1] if k + 1 < len(table) else ""
        nxt_row = _ROW.match(nxt)
        grade_alone = bool(nxt_row and not nxt_row.group("label"))
        if not pending and nxt[:1].isupper() and not grade_alone:
            sections.append(line)  # "Services for looked after children"
        else:
            pending.append(line)
    if not rows:
        raise ParseError("the record of main findings has no rows that could be read")
    several = len({s for s, _, _ in rows}) > 1
    return tuple(
        Judgement(f"{s}: {label}" if several and s else label, normalise_grade(g), g, None)
        for s, label, g in rows
    )


def _recommendations(lines: list[str]) -> tuple[Recommendation, ...]:
    head = next((i for i, ln in enumerate(lines) if _AREAS.fullmatch(ln.strip())), None)
    if head is None:
        return ()
    region: list[str] = []
    for k in range(head + 1, len(lines)):
        line = lines[k]
        following = [ln for ln in lines[k + 1 : k + 4] if ln.strip() and ln != "\f"]
        # The next section: a heading (maybe wrapped) with its grade under it, or the table.
        graded = bool(following) and _GRADE_LINE.match(following[0])
        wrapped = (
            len(following) > 1
            and _GRADE_LINE.match(following[1])
            and line.strip()[:1].isupper()
            and following[0].strip()[:1].islower()
        )
        if graded or wrapped or _RECORD.match(line):
            break
        if _TIMESCALE.fullmatch(line.strip()):
            continue
        region.append(line)
    # The numbered paragraph introducing the bullets is not an action itself.
    while region and not region[0].lstrip().startswith("•"):
        region.pop(0)
    return tuple(
        Recommendation(pos, item, priority)
        for pos, (item, priority) in enumerate(list_items(region), start=1)
    )
