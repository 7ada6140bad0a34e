"""Durations: "for eight years it could point to a good rating", "two years after it was
rated inadequate", "a three-week inspection".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence
from ilacs.claims.view import (
    _PREVIOUS_IN_TEXT,
    C,
    RecordView,
    S,
    _created_after,
    _current,
    _doc_years,
    _evidence,
    _grade_words,
    _grades_text,
    _inspections,
    _label,
    _letters,
    _previous,
    _years_doc,
)


def on_site_band(n: int, unit: str, qualifier: str = "") -> tuple[float, float]:
    """The days from first to last on site that 'N weeks' or 'N days' (as qualified) allows.
    A week on site is Monday to Friday, so N weeks span 7N-2 days (5, 12, 19, 26), give or take
    a start on another weekday: 7N-6 to 7N+2. A one-week short inspection is not 'two weeks',
    nor a two-week standard one 'a week'. The one rule for every claim of how long inspectors
    were there ('a two-week inspection', 'spent four weeks', 'a four-day visit')."""
    q = " ".join(qualifier.lower().split())
    lo: float
    hi: float
    if unit.lower().startswith("week"):
        lo, hi = n * 7 - 6, n * 7 + 2
    else:
        lo, hi = n - 1, n * 7 / 5 + 2
    if q in ("more than", "just over"):
        return lo, float("inf")
    if q in ("almost", "nearly", "just under", "less than"):
        return 0, hi
    if q in ("about", "around", "some"):
        return lo - 3, hi + 3
    return lo, hi


def _duration_band(n: int, unit: str, qualifier: str) -> tuple[float, float]:
    """The months 'less than two years', 'almost three years', 'a year' allow."""
    months = n * (12 if unit.startswith("year") else 1 if unit.startswith("month") else 0.23)
    q = qualifier.lower()
    if q in ("less than", "under", "within", "just under"):
        return (months - 7 if q == "just under" else 0), months + 0.5
    if q in ("more than", "over", "just over"):
        return months - 0.5, (months + 8 if q == "just over" else float("inf"))
    if q in ("almost", "nearly"):
        return months - 7, months + 0.5
    slack = 6 if unit.startswith("year") else 1
    return months - slack, months + slack


def _check_duration_to_now(
    c: Claim, insp: list[Any], as_of: date, n: int, dur: dict[str, Any], held_c: bool
) -> None:
    """'It is more than a year since Ofsted declared the council's services outstanding': the
    time from the last report that gave the grade named (overall) to the article's day.
    Contradicted only when such a report is held and no reading of its days fits."""
    named = dur.get("grade")
    graded = [
        d
        for d in insp
        if d.published and d.published <= as_of and (named is None or named in d.grades.values())
    ]
    if not graded or held_c:
        return
    d = max(graded, key=lambda x: x.published)
    if named is not None and d.grades.get("overall") not in (named, None):
        return  # (a judgement's grade, not the council's: the grades' check says)
    lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
    said = f"{(dur.get('q') or '').strip()} {dur['n']} {dur['u']}".strip()
    gaps = [(as_of - b).days / 30.44 for b in (d.inspection_end, d.published) if b]
    if any(lo <= g <= hi for g in gaps):
        c.verdict = S
        c.explanation = (
            f"{said!r} holds: the {_label(d)} ({_grades_text(d)}) came {gaps[-1]:.0f} months "
            "before the article's day."
        )
        c.evidence = [_evidence(d, _grades_text(d))]
    elif min(max(lo - g, g - hi) for g in gaps) > 1.5 and named is not None:
        c.verdict = C
        c.explanation = (
            f"Not {said}: the last report of this council to give that grade, the "
            f"{_label(d)}, came {gaps[-1]:.0f} months before the article's day."
        )
        c.evidence = [_evidence(d, _grades_text(d))]


def _check_duration(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    """'less than two years after a similar inspection rated it inadequate': the time from the
    inspection before (in the record, or as the report itself dates it) to the one reported."""
    dur = c.facts["duration"]
    if dur.get("rel") not in ("after", "later", "since") or not c.urns:
        return
    # contradicted already by its grades: the span is only marked gainsaid (below)
    held_c = c.verdict == C and not (dur.get("grade") and _only_named_before(c, dur["grade"]))
    n = T.number(dur["n"])
    if not n:
        return
    insp = _inspections(record, c.urns[0])
    cur = _current(insp, as_of)
    if cur is None:
        return
    if dur.get("to_now"):
        _check_duration_to_now(c, insp, as_of, n, dur, held_c)
        return
    if dur["u"].lower().startswith("year") and _created_after(c.urns[0], as_of.year - n):
        # "seven years after children's services in the county were judged inadequate", of a
        # council made since: the grade before is its predecessor's, which ilacs does not hold
        return
    dated = [
        dict(it, whens=it.get("later_base") or it["whens"])
        for it in c.facts.get("grades", [])
        if it.get("whens")
    ]
    at = dur.get("pos", -1)
    if dur.get("rel") == "after" and cur in insp:
        # "The council had climbed to requires improvement in 2017, three years after a 2014
        # inspection found it inadequate": the year before the span dates its later end, the
        # grade it tells (not the report the article is about)
        later = [
            it
            for it in dated
            if it.get("role") != "previous" and all(w.end <= at for w in it["whens"])
        ]
        anchor = _years_doc(insp, later[0]["whens"], as_of) if later else None
        if anchor is None and dur.get("scene_year"):
            of_year = [d for d in insp if dur["scene_year"] in _doc_years(d)]
            anchor = of_year[0] if len(of_year) == 1 else None
        if anchor is not None and anchor in insp and anchor is not cur:
            cur = anchor
    if dur.get("rel") == "later" and dated and all(w.start > at for w in dated[0]["whens"]):
        # "Two years later, in 2019, inspectors rated the council good": the year dates the
        # later end; the earlier is an event of the sentence before, which ilacs does not pin
        # (any inspection before may support it, none gainsay it)
        anchor = _years_doc(insp, dated[0]["whens"], as_of)
        if anchor is None or anchor not in insp or held_c:
            return
        cur = anchor
        earlier = insp[: insp.index(anchor)]
        lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
        after = [d for d in (cur.inspection_start, cur.inspection_end, cur.published) if d]
        said = f"{(dur.get('q') or '').strip()} {dur['n']} {dur['u']}".strip()
        for d in reversed(earlier):
            if c.verdict is None and any(
                lo <= (a - b).days / 30.44 <= hi
                for b in (d.inspection_end, d.published)
                if b
                for a in after
            ):
                c.verdict = S
                c.explanation = f"{said!r} holds: from the {_label(d)} to the {_label(cur)}."
                c.evidence = [_evidence(d, _grades_text(d)), _evidence(cur, _grades_text(cur))]
                return
        return
    if dur.get("rel") == "later" and dated:
        # "rated inadequate in 2016 and came out of that rating three years later": from the
        # inspection the sentence dates to the one after it
        anchor = _years_doc(insp, dated[0]["whens"], as_of)
        if anchor is not None and anchor in insp and insp.index(anchor) + 1 < len(insp):
            cur = insp[insp.index(anchor) + 1]
            if cur.published and cur.published > as_of + timedelta(days=3):
                return
            insp = insp[: insp.index(cur) + 1]
    elif dur.get("rel") == "later":
        # "Two years later it had jumped two grades to good", "A year later a focused visit
        # found ...": counted from an event of the sentence before, which ilacs does not pin
        return
    named = [dur["grade"]] if dur.get("grade") else []
    if dur.get("to_event") and not (named and _FROM_GRADE_DURATION.search(c.text)):
        if not held_c:
            _check_to_event_duration(c, cur, n, dur, as_of)
        return
    if not named and _FAILING.search(c.text):
        named = ["inadequate"]  # "rated outstanding seven years after failing"
    if dur.get("event"):
        if not held_c:
            _check_event_duration(c, record, cur, n, dur, texts)
        return
    # "seven years after ...": an earlier end named by neither its grade nor as the inspection
    # before is ilacs's guess, and "the result comes ... after" may run to an event of the
    # article's own: either may support, never gainsay
    pinned = bool(named or _PREVIOUS_NAMED.search(c.text)) and not dur.get("to_event")
    if held_c:
        if named and cur in insp and pinned and _named_span_misses(insp, cur, n, dur, named[0]):
            # (a span gainsaid, both ends pinned, is no part of a rank that holds)
            c.facts["duration_gainsaid"] = True
        return
    if named and cur in insp:
        out = bool(_OUT_OF.search(c.text[max(at, 0) :]))
        if _check_named_duration(c, insp, cur, n, dur, named[0], pinned, out):
            return
        if out:
            return  # (the inspection that left the grade: no other reading of the span)
    before: list[tuple[str, date]] = []
    prev = _previous(insp, cur)
    # "11 years after the authority was judged inadequate": the last inspection with that grade
    if named and cur in insp:
        graded = [d for d in insp[: insp.index(cur)] if d.grades.get("overall") == named[0]]
        if graded:
            prev = graded[-1]
    if prev is not None:
        before += [(f"the {_label(prev)}", d) for d in (prev.inspection_end, prev.published) if d]
    page_no = None
    if texts is not None:
        for i, page in enumerate(texts.pages(cur.id)):
            m = _PREVIOUS_IN_TEXT.search(" ".join(page.split()))
            if m:
                when = date(int(m.group("year")), T.MONTHS[m.group("month").lower()], 15)
                before.append(("the inspection before, as the report dates it", when))
                page_no = i + 1
                break
        # "Ofsted's last inspection of the arrangements for the protection of children was in
        # November 2012, when they were judged to be inadequate": a report under the single
        # framework dates each of the inspections it replaced, any of which the span may be from
        for page in texts.pages(cur.id) if cur.framework == "sif" else []:
            for m in _LAST_OF_IN_TEXT.finditer(" ".join(page.split())):
                when = date(int(m.group("year")), T.MONTHS[m.group("month").lower()], 15)
                if all(when != b for _, b in before):
                    before.append(
                        (f"the inspection of {m.group('what')}, as the report dates it", when)
                    )
    after = [d for d in (cur.inspection_start, cur.inspection_end, cur.published) if d]
    if not before or not after:
        return
    lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
    gaps = [(w, (a - b).days / 30.44) for w, b in before for a in after]
    said = f"{(dur.get('q') or '').strip()} {dur['n']} {dur['u']}".strip()
    lines = "; ".join(f"{w}: {g:.0f} months" for w, g in dict(gaps).items())
    if any(lo <= g <= hi for _, g in gaps):
        was = prev.grades.get("overall") if prev is not None else None
        if (
            named
            and prev is not None
            and cur in insp
            and was
            and was != named[0]
            and prev.framework not in (None, "pre_sif")
            and not any(
                d.grades.get(a) == named[0] for d in insp[: insp.index(cur)] for a in d.grades
            )
            and c.verdict != S
        ):
            # "four years after they were judged outstanding", when that inspection was good
            c.verdict = C
            c.explanation = (
                f"{said!r} holds, but the {_label(prev)} did not judge it "
                f"{_grade_words(named[0])}: {_grades_text(prev)}."
            )
            c.evidence = [_evidence(prev, _grades_text(prev))]
            return
        if c.verdict is None:
            c.verdict = S
            c.explanation = f"{said!r} holds: from {lines} to the {_label(cur)}."
        return
    miss = min(max(lo - g, g - hi) for _, g in gaps)
    if miss > 1.5 and pinned and not _years_say_span(c, n, dur):
        c.verdict = C
        c.explanation = f"Not {said}: from {lines} to the {_label(cur)}."
        c.evidence = [Evidence(cur.path, page_no, f"{said} after: {lines}")]


def _years_say_span(c: Claim, n: int, dur: dict) -> bool:
    """Whether the claim's own years, one before the span's words and one after, are `n` years
    apart ("judged to require improvement in 2014, two years after its safeguarding
    arrangements were found inadequate in 2012"): the span is the article's arithmetic, which
    a pair of reports other than those years cannot gainsay."""
    if not str(dur.get("u", "")).lower().startswith("year"):
        return False
    at = int(dur.get("pos", -1)) - c.start
    if at <= 0:
        return False
    years = [(m.start(), int(m.group(0))) for m in re.finditer(r"\b(?:19|20)\d\d\b", c.text)]
    later = [y for k, y in years if k < at]
    earlier = [y for k, y in years if k > at]
    return bool(later and earlier and abs(later[-1] - earlier[0] - n) <= 1)


# "Ofsted's last inspection of the arrangements for the protection of children was in November
# 2012", "The previous inspection of services for looked after children was in July 2010"
_LAST_OF_IN_TEXT = lazyre.compile(
    r"\b(?:last|previous)\s+inspection\s+of\s+(?:\w+['’]s\s+)?(?P<what>(?:the\s+)?(?:arrangements|"
    r"services|safeguarding)[^.]{0,80}?)\s+(?:was|were|took\s+place)\s+(?:carried\s+out\s+)?in\s+"
    rf"(?P<month>{T.MONTH_NAME})\s+(?P<year>20\d\d)",
    re.IGNORECASE,
)
# "after the council climbed out of 'inadequate'": the span runs from the inspection that left
# the grade named
_OUT_OF = lazyre.compile(
    r"\b(?:climb\w*|c[oa]me|coming|got|gets?|getting|mov\w+|lift\w*|haul\w*|pull\w*|"
    r"drag\w*|brought|rais\w+)\s+(?:\w+\s+){0,2}?out\s+of\b|\bemerg\w+\s+from\b|"
    r"\b(?:shed|shook\s+off|shaken\s+off|escap\w+)\b",
    re.I,
)
_FAILING = lazyre.compile(r"\b(?:after|since)\s+(?:\w+\s+){0,4}?fail(?:ing|ed|ure)\b", re.I)
_PREVIOUS_NAMED = lazyre.compile(
    r"\b(?:after|since)\s+(?:its|the|their|a|an)\s+(?:last|previous|prior|earlier)\s+"
    r"(?:full\s+|Ofsted\s+|standard\s+|graded\s+)*(?:inspection|report|rating)",
    re.I,
)
# "the result comes seven years after services were judged inadequate": the years run from a
# grade named to the report the article is about
_FROM_GRADE_DURATION = lazyre.compile(
    r"\b(?:years?|decades?)\s+(?:after|since)\s+(?:\w+\s+){0,6}?(?:was|were|had been|being)\s+"
    r"(?:\w+\s+){0,2}?(?:rated|judged|found|deemed|graded)\b",
    re.I,
)


def _only_named_before(c: Claim, grade: str) -> bool:
    """Every grade the claim reads is the one its duration names, as of the inspection before."""
    items = c.facts.get("grades") or []
    return bool(items) and all(
        it.get("grade") == grade and it.get("role") == "previous" for it in items
    )


def _named_grade_docs(
    insp: list[Any], cur: Any, grade: str, areas: tuple[str, ...] = ()
) -> list[Any]:
    """The inspections before `cur` that gave `grade`: overall, else in any judgement; and those
    that gave it in a judgement the claim names ('three years after inspectors judged the
    leadership of the service to be inadequate', of a council rated requires improvement
    overall then)."""
    before = insp[: insp.index(cur)]
    overall = [d for d in before if d.grades.get("overall") == grade]
    named = [d for d in before if d not in overall and any(d.grades.get(a) == grade for a in areas)]
    return (overall or [d for d in before if grade in d.grades.values()]) + [
        d for d in named if d not in overall
    ]


def _areas_named(c: Claim, grade: str) -> tuple[str, ...]:
    """The judgements other than overall the claim names for a grade before it (or, when the
    claim reads no grades of its own, those its words name after the time: "three years after
    finding leadership inadequate")."""
    items = c.facts.get("grades") or []
    if not items:
        d = c.facts.get("duration") or {}
        pos = d.get("pos") if isinstance(d, dict) else None
        at = pos - c.start if isinstance(pos, int) and c.start <= pos <= c.end else 0
        return tuple(dict.fromkeys(a for _, _, a in T.areas_in(c.text[at:]) if a != "overall"))
    return tuple(
        a
        for it in items
        if it.get("grade") == grade and it.get("role") == "previous"
        for a in it.get("areas") or []
        if a != "overall"
    )


def _left_grade_docs(insp: list[Any], cur: Any, docs: list[Any], grade: str) -> list[Any]:
    """'almost four years after the council climbed out of inadequate': the inspection after
    each of `docs` that did not give `grade` overall (up to `cur`)."""
    out = []
    for d in docs:
        i = insp.index(d) + 1
        if i <= insp.index(cur) and insp[i].grades.get("overall") not in (grade, None):
            out.append(insp[i])
    return out


def _named_span_misses(insp: list[Any], cur: Any, n: int, dur: dict, grade: str) -> bool:
    """The record holds inspections before `cur` of the grade named, and none lies the span
    said before it (by more than six weeks beyond the span's slack)."""
    docs = _named_grade_docs(insp, cur, grade)
    after = [d for d in (cur.inspection_start, cur.inspection_end, cur.published) if d]
    lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
    gaps = [
        (a - b).days / 30.44
        for d in docs
        for b in (d.inspection_end, d.published)
        if b
        for a in after
    ]
    return bool(gaps) and min(max(lo - g, g - hi) for g in gaps) > 1.5


def _check_named_duration(
    c: Claim,
    insp: list[Any],
    cur: Any,
    n: int,
    dur: dict,
    grade: str,
    pinned: bool,
    out: bool = False,
) -> bool:
    """'seven years after services were judged inadequate': any inspection before the one
    reported that gave that grade may be the earlier end. Supported when one fits; contradicted
    only when the record holds such inspections and none fits (both ends pinned). With `out`
    ('after it climbed out of inadequate') the earlier end is the inspection after each. Returns
    whether it settled the claim's duration."""
    docs = list(dict.fromkeys(_named_grade_docs(insp, cur, grade, _areas_named(c, grade))))
    if out:
        docs = _left_grade_docs(insp, cur, docs, grade)
    if not docs:
        return False
    lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
    after = [d for d in (cur.inspection_start, cur.inspection_end, cur.published) if d]
    said = f"{(dur.get('q') or '').strip()} {dur['n']} {dur['u']}".strip()
    best: tuple[float, Any] | None = None
    for d in docs:
        gaps = [(a - b).days / 30.44 for b in (d.inspection_end, d.published) if b for a in after]
        if not gaps:
            continue
        if any(lo <= g <= hi for g in gaps):
            if c.verdict is None or (c.verdict == C and _only_named_before(c, grade)):
                # the grade check read the grade named as of the inspection before
                c.verdict = S
            if c.verdict == S:
                c.explanation = (
                    f"{said!r} holds: from the {_label(d)} "
                    f"({'out of ' if out else ''}{_grade_words(grade)}) to the "
                    f"{_label(cur)}."
                )
                c.evidence = [_evidence(d, _grades_text(d)), _evidence(cur, _grades_text(cur))]
            return True
        miss = min(max(lo - g, g - hi) for g in gaps)
        if best is None or miss < best[0]:
            best = (miss, d)
    if best is not None and best[0] > 1.5 and c.verdict != C and pinned:
        d = best[1]
        c.verdict = C
        c.facts["duration_gainsaid"] = True
        c.explanation = (
            f"Not {said}: no {'inspection after an ' if out else ''}{_grade_words(grade)} "
            f"{'one' if out else 'inspection'} of the record lies that long "
            f"before the {_label(cur)} (the nearest, the {_label(d)}, is {best[0]:.0f} months "
            "off)."
        )
        c.evidence = [_evidence(d, _grades_text(d)), _evidence(cur, _grades_text(cur))]
        return True
    return False


def _check_to_event_duration(c: Claim, cur: Any, n: int, dur: dict, as_of: date) -> None:
    """'It comes a year after Ofsted rated ...': a span from the latest inspection to the
    article's own event (as of the article's day). Supported when it fits; never contradicted,
    as the event may be one the record does not date, and the grade one before the latest."""
    after = [d for d in (cur.inspection_end, cur.published) if d]
    lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
    gaps = [(as_of - d).days / 30.44 for d in after]
    said = f"{(dur.get('q') or '').strip()} {dur['n']} {dur['u']}".strip()
    if c.verdict is None and any(lo <= g <= hi for g in gaps):
        c.verdict = S
        c.explanation = f"{said!r} holds: from the {_label(cur)} to {as_of.isoformat()}."
        c.evidence = [_evidence(cur, _grades_text(cur))]


_VISIT_IN_TEXT = lazyre.compile(
    r"\b(?:focused|monitoring|joint targeted area)\s+(?:\w+\s+){0,2}?visits?\b[^.]{0,40}?\bin\s+"
    rf"(?P<month>{T.MONTH_NAME})\s+(?P<year>20\d\d)",
    re.IGNORECASE,
)


def _check_event_duration(
    c: Claim, record: RecordView, cur: Any, n: int, dur: dict, texts: Any
) -> None:
    """'less than two years after inspectors raised concerns about ...': a span from a visit or
    a finding to the inspection reported. Supported when a visit before it (a letter in the
    record, or as the report dates it) fits; never contradicted, as the event may be one the
    record does not date."""
    before: list[tuple[str, date, str | None, int | None]] = []
    for d in _letters(record, c.urns[0]):
        when = d.inspection_end or d.published
        if when and cur.inspection_start and when < cur.inspection_start:
            before.append((f"the {_label(d)}", when, d.path, None))
    if texts is not None:
        for i, page in enumerate(texts.pages(cur.id)):
            for m in _VISIT_IN_TEXT.finditer(" ".join(page.split())):
                when = date(int(m.group("year")), T.MONTHS[m.group("month").lower()], 15)
                before.append((f"the visit the report dates {m.group(0)!r}", when, cur.path, i + 1))
    after = [d for d in (cur.inspection_start, cur.inspection_end, cur.published) if d]
    lo, hi = _duration_band(n, dur["u"], dur.get("q") or "")
    said = f"{(dur.get('q') or '').strip()} {dur['n']} {dur['u']}".strip()
    for what, b, path, page in before:
        gaps = [(a - b).days / 30.44 for a in after]
        if any(lo <= g <= hi for g in gaps) and c.verdict is None:
            c.verdict = S
            c.explanation = (
                f"{said!r} holds: from {what} to the {_label(cur)} ({min(gaps):.0f} months)."
            )
            c.evidence = [Evidence(path, page, f"{what}: {b.isoformat()}")]
            return
