"""Grades from before the single inspection framework, as the council's single-inspection
reports tell them.

ilacs holds few reports from before 2013, but every single-inspection (SIF) report opens on
the inspections before it: "The previous inspection of the local authority's arrangements for
the protection of children was in January 2013. The local authority was judged to be
inadequate." A sentence of an article that dates a grade of safeguarding or of services for
looked after children before the council's first SIF inspection ("whose safeguarding and
looked-after children's services were both rated good in 2010", "a step up from 2012, when
inspectors judged the county's safeguarding arrangements to be inadequate") is checked against
those words:

- supported when they give the grade at that date;
- contradicted when they give another grade at that date, or when the last inspection of those
  services before the SIF (the one they tell of) came before the date named, so none was held
  then;
- left as it was when they tell of no inspection of those services, or of one after the date
  named (an earlier one may have been held then)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.dates import _PROTECTION
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.view import RecordView, _inspections, _label, _reports

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_RECORD

# "The previous inspection of Barnsley's safeguarding arrangements was in June 2012. The local
# authority was judged to be inadequate.", "An inspection of safeguarding and arrangements for
# looked after children took place in March 2010 and found overall effectiveness of
# safeguarding services to be inadequate. The overall effectiveness of services for looked
# after children was judged to be adequate."
_TOLD = lazyre.compile(
    r"\binspection\s+of\s+(?P<what>[^.]{0,160}?)\s+(?:was|were|took\s+place)\s+(?:published\s+|"
    rf"carried\s+out\s+|conducted\s+)?(?:in\s+)?(?P<when>(?:(?:{T.MONTH_NAME})\s+)?(?:19|20)\d\d)\b"
    r"(?P<tail>(?:(?!\binspection\s+of\b).){0,300})",
    re.IGNORECASE,
)
# what it found: of the services the inspection was of, or of the ones named
_FOUND = lazyre.compile(
    r"^\s*\.\s*The\s+(?:local\s+authority|council)\s+was\s+(?:judged\s+(?:to\s+be\s+|as\s+)?|"
    r"rated\s+|found\s+to\s+be\s+)?(?P<grade>outstanding|good|adequate|inadequate)\b",
    re.IGNORECASE,
)
_FOUND_OF = lazyre.compile(
    r"\boverall\s+effectiveness\s+of\s+(?P<what>[^.]{0,80}?)\s+(?:to\s+be|was|were)\s+"
    r"(?:judged\s+(?:to\s+be\s+|as\s+)?)?(?P<grade>outstanding|good|adequate|inadequate)\b",
    re.IGNORECASE,
)
_FOUND_FOR = lazyre.compile(
    r"\b(?P<grade>outstanding|good|adequate|inadequate)\s+for\s+(?P<what>[^,.]{0,60}?)"
    r"(?=\s*,|\s+and\b|\s*\.)",
    re.IGNORECASE,
)
# the services: child protection or safeguarding (dates.py's words), and children looked after
# (not fostering or adoption, inspected on their own then)
_LOOKED_AFTER = lazyre.compile(r"\blooked[- ]after\b|\bin\s+(?:our\s+)?care\b", re.I)
# the pre-SIF grades, "adequate" among them
_GRADE = lazyre.compile(r"(?<![A-Za-z])(outstanding|good|adequate|inadequate)(?![A-Za-z])", re.I)


@dataclass(frozen=True)
class Told:
    """One inspection before the SIF, as a SIF report tells of it."""

    services: str  # "protection" or "in_care"
    when: T.When
    grade: str | None  # (None: a date told with no grade of its own)
    doc: Any
    page: int
    text: str


def _services(words: str) -> set[str]:
    out = set()
    if _PROTECTION.search(words):
        out.add("protection")
    if _LOOKED_AFTER.search(words):
        out.add("in_care")
    return out


def told_before(record: RecordView, texts: Any, urn: int) -> list[Told]:
    """The inspections before the SIF that the council's SIF reports tell of, with grades
    (only those dated before the first SIF inspection's first day)."""
    insp = _inspections(record, urn)
    sif = [d for d in insp if (d.framework or "") == "sif" and d.inspection_start]
    if not sif:
        return []
    first_day = sif[0].inspection_start
    out: list[Told] = []
    for d in [x for x in _reports(record, urn) if (x.framework or "") == "sif"][:2]:
        pages = [" ".join(p.split()) for p in list(texts.pages(d.id))[:14]]
        for i, flat in enumerate(pages):
            # (a sentence may run on over the page's end)
            run_on = flat + " " + (pages[i + 1][:400] if i + 1 < len(pages) else "")
            for m in _TOLD.finditer(run_on):
                if m.start() >= len(flat):
                    break
                whens = T.dates(m.group("when"), d.published or first_day)
                if not whens or whens[0].relative or whens[0].last >= first_day:
                    continue
                for services, grade in _found(m.group("what"), m.group("tail")):
                    if len(services) == 1:
                        out.append(
                            Told(
                                services.pop(),
                                whens[0],
                                grade.lower() if grade else None,
                                d,
                                i + 1,
                                m.group(0),
                            )
                        )
    return out


def _found(what: str, tail: str) -> list[tuple[set[str], str | None]]:
    """The services an inspection of `what` was of, each with the grade the words after its
    date (`tail`) give it (None: a date told with no grade)."""
    found: list[tuple[set[str], str | None]] = [
        (_services(f.group("what")), f.group("grade")) for f in _FOUND_OF.finditer(tail)
    ]
    said = _FOUND.match(tail)
    if not found and said:
        # "The Local Authority was judged to be good for safeguarding, adequate for looked
        # after children's services and good for overall effectiveness."
        found = [(_services(f.group("what")), f.group("grade")) for f in _FOUND_FOR.finditer(tail)]
        # "The local authority was judged to be inadequate.": of the services named before
        found = found or [(_services(what), said.group("grade"))]
    if not found and len(both := _services(what)) == 2:
        # "The previous inspection of Coventry Children's Services for safeguarding and looked
        # after children was in March 2011": the date of both, no grade
        found = [({x}, None) for x in sorted(both)]
    return found


def _same_time(w: T.When, x: T.When) -> bool:
    """Whether the article's date `w` names the inspection told at `x` (a month either side:
    the months on site and of publication; a year, or the year before a January: 'rated good in
    2012' of an inspection published in January 2013)."""
    if w.precision == "year" or x.precision == "year":
        return w.first.year == x.first.year or (
            x.precision != "year" and x.first.month == 1 and w.first.year == x.first.year - 1
        )
    months = (w.first.year * 12 + w.first.month) - (x.first.year * 12 + x.first.month)
    return abs(months) <= 1


def check_before_sif(
    claims: list[Claim], article: str, record: RecordView, texts: Any, as_of: date
) -> None:
    """Grade and date claims left `not_in_record` in a sentence that dates a grade of
    safeguarding or looked after children's services before the council's first SIF
    inspection: set from what the council's SIF reports tell of the inspections before them."""
    cache: dict[int, list[Told]] = {}
    for sentence in T.sentences(article):
        mine = [
            c
            for c in claims
            if sentence.start <= c.start < sentence.end
            and c.type in (Kind.GRADE, Kind.DATE)
            and c.verdict == N
            and len(set(c.urns)) == 1
        ]
        if not mine or len({c.urns[0] for c in mine}) != 1:
            continue
        urn = mine[0].urns[0]
        words = article[sentence.start : sentence.end]
        services = _services(words)
        grades = {g.lower() for g in _GRADE.findall(words)}
        whens = [w for w in T.dates(words, as_of) if not w.relative and w.precision != "range"]
        if not services or len(grades) != 1 or len(whens) != 1:
            continue
        if urn not in cache:
            cache[urn] = told_before(record, texts, urn)
        w = whens[0]
        firsts = [d.inspection_start for d in _inspections(record, urn) if d.inspection_start]
        if not firsts or w.last >= min(firsts):
            continue  # (a date of an inspection ilacs holds, or after the first one)
        grade = grades.pop()
        found: list[tuple[bool, bool, Told]] = []  # (date holds, grade holds, told)
        grade_untold = False  # (a grade the reports do not tell: only a date can be settled)
        for kind in sorted(services):
            of_kind = [t for t in cache[urn] if t.services == kind]
            then = [t for t in of_kind if _same_time(w, t.when)]
            if then and then[0].grade is None:
                found.append((True, True, then[0]))  # (the date holds; the grade is not told)
                grade_untold = True
            elif then:
                found.append((True, then[0].grade == grade, then[0]))
            elif of_kind and all(t.when.last < w.first for t in of_kind):
                # the last one before the SIF came before the date named: none was held then
                found.append((False, False, of_kind[-1]))
            else:
                found = []  # (none told, or one after the date: an earlier one may be meant)
                break
        if not found:
            continue
        for c in mine:
            date_only = c.type == Kind.DATE
            if grade_untold and not date_only and all(f[0] for f in found):
                continue  # (the date holds, the grade is not told)
            wrong = [f for f in found if not f[0] or (not date_only and not f[1])]
            _, _, t = wrong[0] if wrong else found[0]
            c.verdict = C if wrong else S
            c.explanation = (
                f"The {_label(t.doc)} tells of the "
                + (
                    "last inspection of those services before it, earlier than the date named"
                    if wrong and not wrong[0][0]
                    else "inspection before it"
                )
                + f": '{t.text}'."
            )
            c.evidence = [Evidence(t.doc.path, t.page, t.text)]
