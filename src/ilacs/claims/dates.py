"""Date claims: when inspectors visited, when a report or letter was published, and the
dates of monitoring visits, focused visits and JTAIs.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.durations import on_site_band
from ilacs.claims.model import Claim, Evidence, Kind
from ilacs.claims.quotes import SMALL_WORDS
from ilacs.claims.view import (
    C,
    N,
    RecordView,
    S,
    _current,
    _date_matches,
    _dates_evidence,
    _doc_years,
    _evidence,
    _framework_at,
    _gap_days,
    _inspections,
    _label,
    _letters,
    _previous,
    _published,
    _reports,
    _year_before,
    letter_kind,
)

# A joint inspection (a JTAI, or the older joint area inspections): dated by its letter.
# the JTAI a date opens the clause of: "in June 2019, a joint inspection by Ofsted, ..."
_JOINT_AFTER = lazyre.compile(
    r"\s*,?\s*(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?joint\s+(?:targeted\s+)?(?:area\s+)?"
    r"(?:child\s+protection\s+)?inspection\b",
    re.IGNORECASE,
)
_JOINT_INSPECTION = lazyre.compile(
    r"\bjoint\s+(?:(?:targeted\s+)?(?:area\s+)?(?:child\s+protection\s+)?|agency\s+|"
    r"multi-agency\s+)?inspections?\b|\bJTAI\b",
    re.IGNORECASE,
)


_BIRTH_IN_TEXT = lazyre.compile(
    r"(?:came into (?:being|existence)|(?:was|were) (?:created|formed|established|abolished)|"
    r"became (?:a |two )?(?:new )?unitary|split into)[^.]{0,60}?\b(?:on|in)\s+"
    rf"(?P<day>\d{{1,2}}\s+)?(?P<month>{T.MONTH_NAME})\s+(?P<year>20\d\d)"
    r"|\b(?:on|in)\s+"
    rf"(?P<day2>\d{{1,2}}\s+)?(?P<month2>{T.MONTH_NAME})\s+(?P<year2>20\d\d)\s*,?\s*"
    r"[^.]{0,80}?\b(?:came into (?:being|existence)|(?:was|were) (?:created|formed|established|"
    r"abolished)|split into|became (?:a |two )?(?:new )?unitary)",
    re.IGNORECASE,
)


def _check_birth(c: Claim, record: RecordView, texts: Any) -> None:
    """'when Cumbria County Council was abolished in April 2023': ilacs holds the making of
    councils only as their reports say it. Supported when a report of the council dates it to
    the month said; contradicted when one dates it otherwise; else not in the record."""
    c.verdict = N
    c.explanation = (
        "Ofsted's inspection record holds the making of councils only as a report says it, "
        "and no report of this council does."
    )
    if texts is None or not c.dates:
        return
    said, precision = c.dates[0]
    found: list[tuple[date, Any, int, str]] = []
    for urn in dict.fromkeys(c.urns):
        for d in record.by_urn.get(urn, []):
            for i, page in enumerate(texts.pages(d.id)):
                flat = " ".join(page.split())
                for m in _BIRTH_IN_TEXT.finditer(flat):
                    # of a council (not of a trust or a company the council set up)
                    before = flat[max(0, m.start() - 80) : m.start()].split(".")[-1]
                    if not re.search(
                        r"\b(?:council|authorit(?:y|ies)|unitary)\b",
                        before + m.group(0),
                        re.IGNORECASE,
                    ) or re.search(r"\b(?:trust|company|partnership)\b", before, re.IGNORECASE):
                        continue
                    month = (m.group("month") or m.group("month2")).lower()
                    year = int(m.group("year") or m.group("year2"))
                    found.append((date(year, T.MONTHS[month], 1), d, i + 1, m.group(0)))
        if found:
            break
    if not found:
        return
    same = [f for f in found if (f[0].year, f[0].month) == (said.year, said.month)]
    if not same and len({f[0] for f in found}) > 1:
        return  # the reports date more than one such event: which one is meant is unclear
    when, d, page, words = (same or found)[0]
    c.verdict = S if same else C
    c.explanation = f"The {_label(d)} dates it to {when:%B %Y}" + (
        "." if same else f", not {said:%B %Y}."
    )
    c.evidence = [Evidence(d.path, page, words)]


# "Ofsted published its first reports under the new framework in June": a date of the
# framework's first reports, not of the council's own
_FRAMEWORK_FIRSTS = lazyre.compile(
    r"\bfirst\s+(?:\w+\s+){0,2}?(?:reports?|inspections?|judge?ments?|ratings?|grades?)\s+"
    r"(?:under|of|in)\s+(?:the|its|Ofsted's)\s+(?:\w+\s+){0,3}?(?:framework|regime|system)\b",
    re.IGNORECASE,
)


def _check_framework_firsts(c: Claim, record: RecordView, as_of: date) -> None:
    """The first reports of the framework in force on the day: supported when the date said
    fits the first one's publication or inspection; else not in the record (the words may mean
    another framework, or a pilot)."""
    fw = _framework_at(record, as_of)
    docs = [
        d
        for d in record.docs
        if d.kind == "inspection" and d.framework == fw and d.published and d.published <= as_of
    ]
    c.verdict, c.explanation, c.evidence = N, "ilacs cannot tell which reports these are.", []
    if not docs or not c.facts.get("whens"):
        return
    first = min(docs, key=lambda d: (d.published, d.path))
    if all(_date_matches(w, first, None) for w in c.facts["whens"]):
        c.verdict = S
        c.explanation = f"The first {fw} reports were published on {first.published}."
        c.evidence = [_evidence(first, f"published {first.published}")]


# how long inspectors were there: "spent four weeks", "over two weeks", "a four-day visit", "a
# fortnight" (not "four weeks ago", "two weeks later")
_VISIT_LENGTH = lazyre.compile(
    r"\b(?:spent|spending|over|for|across|lasting|took)\s+(?P<q>more\s+than|almost|nearly|just\s+under|"
    r"less\s+than|just\s+over|about|around|some)?\s*(?P<n>\w+)\s+(?P<u>weeks?|days?)\b"
    r"(?!\s+(?:ago|later|earlier|before|after|previously))"
    r"|\b(?P<n2>\w+)[- ](?P<u2>week|day)(?:[- ]long)?\s+(?:\w+\s+)?(?:inspection|visit)\b",
    re.IGNORECASE,
)


def _check_visit_length(c: Claim, record: RecordView) -> None:
    """A date the record supports, said with how long inspectors were there ('spent four weeks
    with the council in June' where they were on site for twelve days, 13 to 24 June):
    contradicted when the days on site of the inspection or visit that supports the date lie
    clearly outside what the words allow."""
    if c.verdict != S or not c.evidence or not c.urns:
        return
    # the length said just before the date or just after it ("spent four weeks in the borough
    # in June"), not another's in a longer claim ("after a one-week inspection ..., repeating
    # the grade it achieved in 2022")
    whens = c.facts.get("whens") or []
    if not whens:
        return
    first, last = whens[0].start - c.start, whens[-1].end - c.start
    m = next(
        (
            x
            for x in _VISIT_LENGTH.finditer(c.text)
            if 0 <= first - x.end() <= 60 or 0 <= x.start() - last <= 30
        ),
        None,
    )
    if m is None:
        return
    if c.type in (Kind.GRADE, Kind.TREND) and re.search(
        r"\b(?:following|after)\s+(?:an?|its|their)\s+$", c.text[: m.start()], re.IGNORECASE
    ):
        # "judged to require improvement across all four judgements following a two-week
        # inspection in May": the spell is the date claim's after the grade, not the grade's
        return
    n = T.number(m.group("n") or m.group("n2") or "")
    unit = m.group("u") or m.group("u2") or ""
    if not n or n > 10:
        return
    path = c.evidence[0].path
    d = next((d for d in record.by_urn.get(c.urns[0], []) if d.path == path), None)
    if d is None or not d.inspection_start or not d.inspection_end:
        return
    # the date told with the length dates that inspection, not another the claim supports
    # ("a week-long inspection in November, down from the top grade it was awarded in 2022")
    near = [
        w
        for w in whens
        if 0 <= w.start - c.start - m.end() <= 60 or 0 <= m.start() - (w.end - c.start) <= 30
    ]
    on = [x for x in (d.inspection_start, d.inspection_end, d.published) if x]
    if near and not any(w.first <= x <= w.last for w in near for x in on):
        return
    told = re.match(
        rf"\s+(?:in|during)\s+(?:early\s+|late\s+|mid-?)?({T.MONTH_NAME})\b",
        c.text[m.end() :],
        re.I,
    )
    month = T.MONTHS.get(told.group(1).lower()) if told else None
    if month and month not in {d.inspection_start.month, d.inspection_end.month}:
        return
    # (an ILACS inspection's or a visit's days are all on site; a single inspection framework
    # inspection's four weeks were not: 'spent two weeks at the council' may be true of them)
    if not ((d.framework or "").startswith("ilacs") or d.kind in ("focused_visit",)):
        return
    days = (d.inspection_end - d.inspection_start).days + 1
    if days > 35:
        return  # an inspection paused and resumed: the words may tell one part of it
    lo, hi = on_site_band(n, unit, m.group("q") or "")
    if lo <= days <= hi:
        return
    c.verdict = C
    c.explanation = (
        f"The {_label(d)} was on site {d.inspection_start} to {d.inspection_end} ({days} days), "
        f"not {m.group(0).strip()}."
    )


# a visit of another kind, which ilacs may not hold the letter of
_OTHER_VISIT_SAID = lazyre.compile(
    r"\b(?:monitoring|focused|JTAI|joint\s+targeted|letter|progress|review|peer|short|"
    r"follow-?up|re-?visit|visits?)\b",
    re.IGNORECASE,
)


def _graded_elsewhen_that_year(c: Claim, graded: list, w0: T.When) -> bool:
    """'When inspectors returned in the spring of 2018, the grades were unchanged' where the
    council's only graded inspection of 2018 was in the autumn: the sentence grades the visit,
    so it is that inspection, at another time of the year (no visit of another kind named)."""
    if w0.precision not in ("month", "period", "season"):
        return False
    if w0.relative and str(w0.first.year) not in c.text:
        return False  # ("in the spring" with no year: the year is ilacs's guess)
    if w0.first.year != w0.last.year or c.date_role == "published":
        return False
    sentence = c.facts.get("sentence_before", "") + c.text + c.facts.get("sentence_after", "")
    if not T.GRADE_RE.search(sentence) or _OTHER_VISIT_SAID.search(sentence):
        return False
    that_year = [
        d for d in graded if d.inspection_start and d.inspection_start.year == w0.first.year
    ]
    if len(that_year) != 1:
        return False
    d = that_year[0]
    c.verdict = C
    c.explanation = (
        f"The {_label(d)} graded the inspection of {w0.first.year}, on site "
        f"{d.inspection_start} to {d.inspection_end}."
    )
    c.evidence = [_dates_evidence(d)]
    return True


# the single inspection framework's first inspections: ilacs holds every full inspection of
# every council since
_SIF_BEGAN = date(2013, 11, 1)
# a full inspection named ("inspectors returned", "a three-week inspection", "spent almost four
# weeks in the county")
_FULL_INSPECTION_SAID = lazyre.compile(
    r"\binspect(?:ion|ors|ed)\b|\b(?:Ofsted|the\s+watchdog|the\s+inspectorate)\s+"
    r"(?:returned|visited|came\s+back|went\s+in)\b",
    re.IGNORECASE,
)


def _no_inspection_then(c: Claim, graded: list, w0: T.When, as_of: date) -> bool:
    """'inspectors returned in January 2021', 'in May and June 2014 under the single inspection
    framework' where no full inspection of the council ilacs holds was within months of it:
    ilacs holds every full inspection since the single inspection framework began, so the month
    is wrong (a visit of another kind named, a month ilacs guessed the year of: not settled)."""
    if not graded or w0.precision not in ("month", "period", "season", "range", "day"):
        return False
    if w0.relative and str(w0.first.year) not in c.text:
        return False
    if w0.first < _SIF_BEGAN or w0.last > as_of:
        return False
    # (the sentence up to the claim's end)
    lead = c.facts.get("sentence_before") or c.facts.get("lead", "")
    said = lead + c.text
    if _OTHER_VISIT_SAID.search(said):
        return False
    # the inspection named before the month, nothing else's time between ("The 2022 inspection
    # followed a highly publicised court judgement in April 2021": the judgement's month)
    at = len(lead) + max(0, w0.start - c.start)
    named = list(_FULL_INSPECTION_SAID.finditer(said, 0, at))
    if not named or re.search(
        # ("inspectors found that plans had been held up by a cyberattack in February 2020":
        # the time of what they found)
        r"\b(?:follow\w*|after|before|since|when|judge?ment|ruling|case|review|death|found|"
        r"noted|said|reported|described)\b",
        said[named[-1].end() : at],
        re.IGNORECASE,
    ):
        return False
    c.verdict = C
    c.explanation = (
        f"ilacs holds every full inspection of this council since the single inspection "
        f"framework began, none near {w0.first.strftime('%B %Y')}: "
        + "; ".join(
            f"the {_label(d)}, on site {d.inspection_start} to {d.inspection_end}" for d in graded
        )
        + "."
    )
    c.evidence = [_dates_evidence(d) for d in graded]
    return True


def _check_dates(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    before = (c.verdict, c.explanation)
    _check_dates_of(c, record, as_of, texts)
    # (a date's own verdict: not one another kind of claim carries here)
    if c.type in (Kind.DATE, Kind.VISIT) and (c.verdict, c.explanation) != before:
        _check_visit_length(c, record)


# inspections in general ("The watchdog suspended all routine inspections on March 17"):
# a day of Ofsted's own calendar, not of an inspection of the council
_INSPECTIONS_IN_GENERAL = lazyre.compile(
    r"\b(?:all|routine|national)\s+(?:routine\s+|in-person\s+|on-site\s+)?inspections\b",
    re.IGNORECASE,
)


def _check_dates_of(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    if c.type == Kind.DATE and _FRAMEWORK_FIRSTS.search(c.text):
        _check_framework_firsts(c, record, as_of)
        return
    if c.type == Kind.DATE and _INSPECTIONS_IN_GENERAL.search(c.facts.get("lead", "") + c.text):
        c.verdict = N
        c.explanation = (
            "A date of inspections in general (Ofsted's own calendar), not of one of this "
            "council's: ilacs does not hold it."
        )
        return
    if not c.urns:
        return
    urn = c.urns[0]
    whens = c.facts["whens"]
    if c.type == Kind.VISIT:
        _check_visit_dates(c, record, urn, whens)
        if (
            c.verdict == C
            and texts is not None
            and _visit_dated_elsewhere(c, record, urn, whens, texts)
        ):
            return
        if c.verdict == N and _report_follows_visit(c, record, urn, whens, as_of):
            return
        if c.verdict == N and texts is not None:
            _visit_in_reports(c, record, urn, whens, as_of, texts)
        if c.verdict == S and texts is not None:
            # 'a focused visit to the council's care leavers' service in December 2019': the
            # letter of that month looked at another area
            from ilacs.claims.recs import _visit_area_swapped

            _visit_area_swapped(c, record, as_of, texts)
        return
    after = str(c.facts.get("sentence_after") or "")
    if _JOINT_INSPECTION.search(c.text) or _JOINT_AFTER.match(after):
        # 'since a joint inspection last year': a JTAI's date, never a full inspection's (and
        # "in June 2019, a joint inspection by Ofsted, the Care Quality Commission, ...")
        jtai = [d for d in _letters(record, urn) if d.kind == "jtai"]
        ok = [d for d in jtai if all(_date_matches(w, d, c.date_role) for w in whens)]
        w0 = whens[0]
        that_year = [
            d
            for d in jtai
            if d.inspection_start is not None
            and d.inspection_start.year == w0.first.year
            and len(whens) == 1
            and not w0.relative
            and w0.precision in ("month", "day", "range")
        ]
        if not ok and len(that_year) == 1:
            # the one JTAI ilacs holds of that year, its month given wrongly
            _visit_was_then(c, that_year[0])
            return
        if ok:
            d = ok[0]
            c.verdict, c.explanation = S, f"The {_label(d)} matches."
            c.evidence = [
                _evidence(
                    d,
                    f"visit {d.inspection_start} to {d.inspection_end}, published {_published(d)}",
                )
            ]
        else:
            c.verdict = N
            c.explanation = "ilacs holds no joint inspection letter of this council at that date."
            if texts is not None:
                # a later report that dates the JTAI ('the 2018 joint targeted area inspection')
                seen = replace(c, visit_kind="jtai")
                _visit_in_reports(seen, record, urn, whens, as_of, texts)
                if seen.verdict == S:
                    c.verdict, c.explanation, c.evidence = S, seen.explanation, seen.evidence
        return
    insp = [d for d in record.by_urn.get(urn, []) if d.kind == "inspection"]
    if c.facts.get("recent"):
        cur = _current(_inspections(record, urn), as_of)
        if cur and cur.inspection_end and (as_of - cur.inspection_end).days < 200:
            c.verdict = S
            c.explanation = (
                f"The {_label(cur)}: on site {cur.inspection_start} to {cur.inspection_end}."
            )
            c.evidence = [
                _evidence(cur, f"Inspection dates: {cur.inspection_start} to {cur.inspection_end}")
            ]
        else:
            c.verdict, c.explanation = (
                N,
                "ilacs holds no inspection of this council in the months before.",
            )
        return
    if not insp:
        c.verdict, c.explanation = N, "ilacs holds no inspection of this council."
        return
    held = [d for d in insp if not d.published or d.published <= as_of + timedelta(days=3)]
    if not held:
        c.verdict, c.explanation = N, "ilacs holds no inspection of this council published by then."
        return
    good = [d for d in held if all(_date_matches(w, d, c.date_role) for w in whens)]
    if not good and re.search(
        rf"\b(?:rated|judged|graded|branded)\s+['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s*$",
        c.facts.get("sentence_before", ""),
        re.IGNORECASE,
    ):
        # "Manchester, which was rated outstanding last November": a grade's own date, the
        # visit's or the report's
        good = [d for d in held if all(_date_matches(w, d, None) for w in whens)]
    graded_held = _inspections(record, urn)
    explicit = re.search(
        r"\b(?:its|the|their)\s+(?:previous|last)\s+(?:full\s+)?inspection,?\s+(?:was\s+)?in\s+(?P<y>20[0-3]\d)\b",
        c.facts.get("lead", "") + c.text,
        re.IGNORECASE,
    )
    if good and explicit:
        # "following its previous inspection in 2015": the one before the latest (or, in an
        # article written before a new report, the latest), not any inspection of that year
        year = int(explicit.group("y"))
        cur = _current(graded_held, as_of)
        meant = [d for d in (cur, _previous(graded_held, cur)) if d is not None]
        # "Kingston was rated outstanding in 2019, having been judged good at its previous
        # full inspection in 2015": the one before the inspection of the year named first
        lead = c.facts.get("lead", "")
        told = c.facts.get("sentence_before", "") + c.text[: max(0, explicit.start() - len(lead))]
        told_years = {int(y) for y in re.findall(r"\b20[0-3]\d\b", told)} - {year}
        if not told_years:
            told_years = {
                int(y) for y in re.findall(r"\b20[0-3]\d\b", c.facts.get("paragraph_before", ""))
            } - {year}
        for y in told_years:
            meant += [
                p for x in graded_held if y in _doc_years(x) if (p := _previous(graded_held, x))
            ]
            if not any(y in _doc_years(x) for x in graded_held):
                # "In December 2018, a focused visit found ... since the last inspection in
                # 2016": the last inspection by then, in a year with none of its own
                meant += [x for x in graded_held if x.published and x.published.year <= y][-1:]
        # ("Sefton had been rated requires improvement at its previous full inspection in
        # 2016", told after its 2022 inspection: the one before that, in the past perfect)
        pluperfect = bool(
            re.search(
                r"\bhad\s+(?:been|previously\s+been)\b",
                c.facts.get("sentence_before", "") + lead + c.text,
                re.IGNORECASE,
            )
        ) and any(year in _doc_years(x) for x in graded_held)
        if (
            meant
            and not any(year in _doc_years(d) for d in meant)
            and year >= 2014
            and not pluperfect
        ):
            prev = meant[-1]
            c.verdict = C
            c.explanation = (
                f"The inspection before the latest was the {_label(prev)}, not one in {year}."
            )
            c.evidence = [_dates_evidence(prev)]
            return
    if not good and _earlier_year_days(c, held, whens):
        return
    if not good and _letter_date(c, record, urn, whens, held):
        return
    if good:
        d = good[-1]
        c.verdict = S
        c.explanation = f"The {_label(d)}: on site {d.inspection_start} to {d.inspection_end}."
        c.evidence = [_dates_evidence(d)]
        return
    w0 = whens[0]
    graded = _inspections(record, urn)
    if len(whens) > 1 and all(w.precision == "year" for w in whens):
        # "at the previous inspections in 2016 and 2021": one inspection in each year
        each = [next((d for d in held if _date_matches(w, d, c.date_role)), None) for w in whens]
        if all(each):
            c.verdict = S
            c.explanation = "Inspections in each year named: " + "; ".join(
                f"the {_label(d)}" for d in dict.fromkeys(each)
            )
            c.evidence = [_dates_evidence(d) for d in dict.fromkeys(each) if d]
            return
    # "the last full inspection, in the summer of 2017", "in early 2015": a part of a year it
    # names, read as that year when no inspection ilacs holds was in it
    part_of_year = (
        w0.precision == "period"
        and len(whens) == 1
        and w0.first.year == w0.last.year
        and bool(re.search(rf"\b{w0.first.year}\b", c.text))
        and not any(w0.first.year in _doc_years(d) for d in graded)
    )
    if c.facts.get("previous_cue") and (
        (w0.precision == "year" and not w0.relative) or part_of_year
    ):
        # "since its last inspection in 2016": the inspection before the latest
        cur = _current(graded, as_of)
        prev = _previous(graded, cur)
        if prev is not None and w0.first.year in _doc_years(prev) and not part_of_year:
            c.verdict, c.explanation = (
                S,
                f"The inspection before the latest was the {_label(prev)}.",
            )
            c.evidence = [_dates_evidence(prev)]
            return
        # a year after ilacs's first inspections, or before the previous inspection it holds
        # ("its last inspection in 2012" when that was in 2016)
        if (
            prev is not None
            and (w0.first.year >= 2014 or w0.first.year < min(_doc_years(prev)))
            and not any(w0.first.year in _doc_years(d) for d in graded)
            # a date of the inspection before ("its last inspection in 2012"), not "the first
            # time since 2013"
            # ("identified at a previous inspection in 2012": one of the earlier ones)
            and re.search(
                rf"(?<!\ba\s)\b(?:last|previous|prior)\b[^.;]{{0,60}}\b(?:in|of)\s+(?:\w+\s+)?"
                rf"{w0.first.year}",
                c.facts.get("lead", "")[-40:] + c.text,
                re.IGNORECASE,
            )
            # (not "the previous inspections, in 2010 and 2012": the several inspections a
            # single-framework report replaced, before any report ilacs holds)
            and not re.search(r"\b(?:last|previous|prior)\s+inspections\b", c.text, re.IGNORECASE)
        ):
            if (
                w0.first.year < min(_doc_years(graded[0]))
                and texts is not None
                and _year_told_in_reports(c, record, urn, w0.first.year, texts)
            ):
                # "since the previous visit in 2012" in a story of the council's first report
                # ilacs holds (2015): an inspection before the record, which that report tells
                # of ('from when they were last inspected by Ofsted in 2012')
                return
            c.verdict = C
            c.explanation = f"The inspection before the latest was the {_label(prev)}; ilacs holds none in {w0.first.year}."
            c.evidence = [_dates_evidence(prev)]
            return
    if (
        c.facts.get("previous_cue")
        and w0.precision == "month"
        and not w0.relative
        and re.search(
            r"\b(?:last|previous|prior)\s+(?:full\s+)?inspect(?:ion|ed)\b|\blast inspected\b",
            c.facts.get("lead", "") + c.text,
            re.IGNORECASE,
        )
    ):
        # "its last inspection, published in January 2022": the one before the latest
        cur = _current(graded, as_of)
        prev = _previous(graded, cur)
        if prev is not None and not any(
            _date_matches(w0, d, role) for d in held for role in ("published", "visit", None)
        ):
            c.verdict = C
            c.explanation = (
                f"The inspection before the latest was the {_label(prev)}; ilacs holds none "
                f"in {w0.first.strftime('%B %Y')}."
            )
            c.evidence = [_dates_evidence(prev)]
            return
    if w0.precision == "year" and not w0.relative and c.facts.get("inspection_year") and graded:
        first = min(_doc_years(graded[0]))
        if first < w0.first.year <= as_of.year and not any(
            w0.first.year in _doc_years(d) for d in record.by_urn.get(urn, [])
        ):
            c.verdict = C
            c.explanation = (
                f"ilacs holds no inspection of this council in {w0.first.year}: "
                + ", ".join(_label(d) for d in graded)
                + "."
            )
            c.evidence = [
                _evidence(d, f"Inspection dates: {d.inspection_start} to {d.inspection_end}")
                for d in graded
            ]
            return
    # which inspection the clause means: the one nearest its dates (within 80 days)
    near = [
        d
        for d in held
        if any(
            x and min(abs((x - w0.first).days), abs((x - w0.last).days)) < 100
            for x in (d.inspection_start, d.inspection_end, d.published)
        )
    ]
    early = min(
        (d.inspection_start or d.published) for d in held if (d.inspection_start or d.published)
    )
    # before the first inspection ilacs holds: an older one ilacs lacks, unless it is after
    # the single inspection framework began (ilacs holds every full inspection since)
    cur = _current(graded, as_of)
    fresh = bool(
        cur is not None
        and cur.published
        and cur.inspection_start
        and timedelta(0) <= as_of - cur.published <= timedelta(days=30)
        and timedelta(0) <= cur.inspection_start - w0.last <= timedelta(days=100)
        and not c.facts.get("previous_cue")
    )
    # (unless the article is about a report just out, whose visit the date is near: "in a
    # report published today ... Inspectors were with the council's teams in September")
    if w0.last < early - timedelta(days=31) and w0.last.year < 2014 and not fresh:
        if texts is not None and _before_sif_in_reports(c, record, urn, whens, texts):
            return
        c.verdict, c.explanation = (
            N,
            "That date is before the first inspection ilacs holds for this council.",
        )
        return
    if not near:
        if c.facts.get("previous_cue") and w0.precision == "year":
            c.verdict = C
            c.explanation = (
                "No inspection of this council ilacs holds was in "
                + str(w0.first.year)
                + ": "
                + ", ".join(str(d.inspection_start or d.published) for d in held)
                + "."
            )
            c.evidence = [_dates_evidence(d) for d in held[-2:]]
            return
        if _fresh_report_date(c, record, urn, whens, graded, as_of):
            return
        if _graded_elsewhen_that_year(c, graded, w0):
            return
        if _no_inspection_then(c, graded, w0, as_of):
            return
        c.verdict, c.explanation = N, "ilacs holds no inspection of this council near that date."
        return
    d = min(near, key=lambda d: abs(((d.day or w0.first) - w0.first).days))
    if w0.precision == "year" and not c.facts.get("previous_cue"):
        c.verdict, c.explanation = (
            N,
            "The year does not match an inspection ilacs holds; it may be another event.",
        )
        return
    c.verdict = C
    c.explanation = f"The {_label(d)} was on site {d.inspection_start} to {d.inspection_end} and published {d.published}."
    c.evidence = [_dates_evidence(d)]


# what a single-inspection report says of the inspections before it ("The previous inspection of
# the local authority's arrangements for the protection of children was in February 2013. The
# local authority was judged to be adequate.")
_SIF_PREVIOUS = lazyre.compile(
    r"\bprevious\s+inspection\s+of\s+(?P<what>[^.]{0,120}?)\s+(?:was|were)\s+(?:published\s+)?in\s+"
    rf"(?P<when>(?:{T.MONTH_NAME}\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PROTECTION = lazyre.compile(r"\bprotect\w*|\bsafeguard\w*|\bchild\s+protection\b", re.IGNORECASE)
_IN_CARE = lazyre.compile(r"\blooked[- ]after\b|\bin\s+care\b|\bfostering\b|\badoption\b", re.I)


def _year_told_in_reports(c: Claim, record: RecordView, urn: int, year: int, texts: Any) -> bool:
    """Whether the council's first reports ilacs holds tell of an inspection or visit in `year`
    ('from when they were last inspected by Ofsted in 2012'): supported, with the page."""
    told = re.compile(
        rf"\b(?:inspect\w*|visit\w*)\b[^.]{{0,60}}?\b{year}\b|\b{year}\b[^.]{{0,40}}?\binspect\w*",
        re.IGNORECASE,
    )
    for d, i, flat in _first_pages(texts, _reports(record, urn)[:2], 12):
        m = told.search(flat)
        if m:
            c.verdict = S
            c.explanation = (
                f"Before the first report ilacs holds; the {_label(d)} tells of it: '{m.group(0)}'."
            )
            c.evidence = [Evidence(d.path, i + 1, m.group(0))]
            return True
    return False


def _first_pages(texts: Any, docs: list[Any], most: int) -> Iterator[tuple[Any, int, str]]:
    """The first `most` pages of each of `docs`, in order: (document, page index, its text
    on one line with curly apostrophes made straight)."""
    for d in docs:
        for i, page in enumerate(texts.pages(d.id)[:most]):
            yield d, i, " ".join(page.replace("’", "'").split())


def _before_sif_in_reports(c: Claim, record: RecordView, urn: int, whens: list, texts: Any) -> bool:
    """'At the last inspection of child protection arrangements, in February 2013, the council
    was judged adequate', 'judged adequate when last inspected, in 2013': an inspection before
    the single inspection framework, which ilacs holds no report of, dated by the council's
    single-inspection report ('The previous inspection of the local authority's arrangements
    for the protection of children was in February 2013'): supported when it gives that date
    (of the services the article names, if it names them)."""
    words = c.facts.get("lead", "") + c.text
    if not re.search(r"\b(?:last|previous|prior|earlier)\b", words, re.IGNORECASE):
        return False
    protection, in_care = bool(_PROTECTION.search(words)), bool(_IN_CARE.search(words))
    sif = [d for d in _reports(record, urn) if (d.framework or "") == "sif"]
    # (the same month of another year, as the report dates the inspection before it)
    other: list[tuple[Any, int, str]] = []
    for d, i, flat in _first_pages(texts, sif[:2], 16):
        for m in _SIF_PREVIOUS.finditer(flat):
            what = m.group("what")
            if protection != in_care and (
                (protection and not _PROTECTION.search(what))
                or (in_care and not _IN_CARE.search(what))
            ):
                continue
            said = [x for x in T.dates(m.group("when"), d.published or date.today())]
            if not said or said[0].relative:
                continue
            x = said[0]
            if all(
                w.precision in ("month", "year")
                and x.first <= w.first
                and w.last <= x.last
                or (w.precision == "year" and w.first.year == x.first.year)
                for w in whens
            ):
                c.verdict = S
                c.explanation = f"The {_label(d)} dates the inspection before it: '{m.group(0)}'."
                c.evidence = [Evidence(d.path, i + 1, m.group(0))]
                return True
            if (
                len(whens) == 1
                and whens[0].precision == x.precision == "month"
                and whens[0].first.month == x.first.month
                and 1 <= abs(whens[0].first.year - x.first.year) <= 2
            ):
                other.append((d, i, m.group(0)))
    if other:
        # "When Southampton's services were last inspected, in April 2011, they were judged
        # adequate", where the report has "The previous inspection of Southampton's
        # safeguarding and looked after children's service was in April 2012"
        d, i, told = other[0]
        c.verdict = C
        c.explanation = f"The {_label(d)} dates the inspection before it otherwise: '{told}'."
        c.evidence = [Evidence(d.path, i + 1, told)]
        return True
    return False


# a year the article says near its days ("last year", "this year"): not left to its context
_YEAR_SAID = lazyre.compile(r"\b(?:last|this|previous|following|that)\s+year\b", re.IGNORECASE)


def _earlier_year_days(c: Claim, held: list[Any], whens: list) -> bool:
    """Days on site said without a year ("It is a long way from 2017. That summer inspectors
    spent from 20 June to 13 July in the borough"): the year is the context's, not always the
    article's own. The very days of an earlier inspection of the council (the same days and
    months, a whole number of years before) are that inspection's: supported, not the latest
    inspection's days given wrongly."""
    if not whens or not all(
        w.relative
        and w.precision in ("day", "range")
        and c.start <= w.start < c.end
        and re.search(r"\d", c.text[w.start - c.start : w.end - c.start])
        for w in whens
    ):
        return False
    if _YEAR_SAID.search(c.facts.get("lead", "") + c.text):
        return False
    for back in range(1, 16):
        try:
            ws = [
                replace(
                    w,
                    first=w.first.replace(year=w.first.year - back),
                    last=w.last.replace(year=w.last.year - back),
                )
                for w in whens
            ]
        except ValueError:
            continue  # 29 February
        if any(w.precision == "day" for w in ws) and len(ws) == 1:
            # one day alone matches any day of a long inspection: not enough to tell
            continue
        ok = [d for d in held if all(_date_matches(w, d, c.date_role) for w in ws)]
        if ok:
            d = ok[-1]
            c.verdict = S
            c.explanation = (
                f"The {_label(d)}: on site {d.inspection_start} to {d.inspection_end} (the "
                "article leaves the year to its context)."
            )
            c.evidence = [_dates_evidence(d)]
            return True
    return False


# the words of a full inspection or of its report ("Inspectors spent a week with the council's
# social workers", "a two-week inspection", "The report was published on")
_INSPECTION_WORDS = lazyre.compile(
    r"\b(?:inspect\w*|report|on\s+site|visited|spent\s+(?:a|two|three|most|much))\b", re.IGNORECASE
)
# the words of another kind of visit or of a thing the record may not hold
_OTHER_VISIT_WORDS = lazyre.compile(
    r"\b(?:monitoring|focused|JTAI|joint|targeted|SEND|area|letter|improvement\s+board|"
    r"commissioner|peer|review|audit|self-?evaluation|annual\s+conversation|consultation|"
    # ("since the appointment of a permanent director of children's services in December 2023")
    r"appointment|appointed|took\s+up\s+(?:the\s+)?post|recruited|arrival)\b",
    re.IGNORECASE,
)


def _fresh_report_date(
    c: Claim, record: RecordView, urn: int, whens: list, graded: list[Any], as_of: date
) -> bool:
    """A month or day of the inspection of a report just out (published in the two months before the
    article), none of the council's documents ilacs holds near it: with words of an inspection,
    its visit or its report and none in the sentence of another kind of visit, and a date after
    the report before it came out, the date is that report's, said wrong ("Inspectors visited in February" where they were on site in October)."""
    cur = _current(graded, as_of)
    if (
        cur is None
        or not cur.published
        or not cur.inspection_start
        or not cur.inspection_end
        or not timedelta(days=-3) <= as_of - cur.published <= timedelta(days=62)
        or c.facts.get("previous_cue")
        or c.facts.get("other_visit", True)
        or c.type != Kind.DATE
    ):
        return False
    if not all(w.precision in ("day", "range", "month") for w in whens):
        return False
    words = c.facts.get("lead", "") + c.text
    if not (_INSPECTION_WORDS.search(words) or c.date_role in ("visit", "published")):
        return False
    if _OTHER_VISIT_WORDS.search(words):
        return False
    # "In a report published in September 2017, Sulke advised": a report, not the one out now
    if re.search(
        r"\b(?:a|an|another|one|earlier|separate|second)\s+(?:[\w-]+\s+){0,2}?(?:report|review)s?\b",
        words,
        re.IGNORECASE,
    ):
        return False
    if re.search(r"\b(?:last|previous|prior|earlier|first|original)\b", words, re.IGNORECASE):
        return False
    # after the report before it came out, and not after the article
    prev = _previous(graded, cur)
    floor = _published(prev) if prev is not None else None
    for w in whens:
        if floor is not None and w.first <= floor:
            return False
        # (a day after the article's own only as a thing done: "was published on 13 May")
        if w.first > as_of + timedelta(days=3) and re.search(
            r"\b(?:will|would|due|expected|next|to\s+be|plans?|planned)\b", words, re.IGNORECASE
        ):
            return False
    # no document of the council ilacs holds, of any kind, at that date
    for d in record.by_urn.get(urn, []):
        if any(_date_matches(w, d, role) for w in whens for role in ("published", "visit", None)):
            return False
    c.verdict = C
    c.explanation = (
        f"The {_label(cur)} was on site {cur.inspection_start} to {cur.inspection_end} and "
        f"published {cur.published}; ilacs holds nothing of this council at that date."
    )
    c.evidence = [_dates_evidence(cur)]
    return True


# "The report, published today, follows a visit by inspectors from 16 to 20 March": the visit
# of the report the sentence says is out
_REPORT_FOLLOWS = lazyre.compile(
    r"\breport\b[^.;]{0,60}?\b(?:follow(?:s|ed|ing)?|came\s+after|comes\s+after)\s+(?:an?|the|its)\s+"
    r"(?:(?:two|three|one)[- ]week\s+|recent\s+)?visit\b",
    re.IGNORECASE,
)


def _report_follows_visit(c: Claim, record: RecordView, urn: int, whens: list, as_of: date) -> bool:
    """'The report, published today, follows a visit by inspectors from 16 to 20 March', no
    kind of visit named: the days on site of the full report just out (published within 45
    days before the day the article speaks from), contradicted when they are other days and
    ilacs holds no letter of the council within 100 days of those named."""
    kind = (c.visit_kind or "").lower()
    if (
        re.search(r"focus|monitor|joint|jtai|letter", kind)
        or c.date_role == "published"
        or not _REPORT_FOLLOWS.search(c.text)
        or not whens
        or not all(w.precision in ("day", "range") for w in whens)
    ):
        return False
    cur = _current(_reports(record, urn), as_of)
    if (
        cur is None
        or cur.published is None
        or cur.inspection_start is None
        or not timedelta(0) <= as_of - cur.published <= timedelta(days=45)
    ):
        return False
    if all(_date_matches(w, cur, "visit") for w in whens):
        c.verdict, c.explanation = S, f"The {_label(cur)} had inspectors on site then."
        c.evidence = [_dates_evidence(cur)]
        return True
    w0 = whens[0]
    if any(
        (g := _gap_days(w0, d)) is not None and g <= 100 for d in _letters(record, urn)
    ) or not timedelta(0) <= cur.published - w0.last <= timedelta(days=200):
        return False
    c.verdict = C
    c.explanation = f"The {_label(cur)} was on site {cur.inspection_start} to {cur.inspection_end}."
    c.evidence = [_dates_evidence(cur)]
    return True


def _letter_matches(c: Claim, d: Any) -> None:
    """The claim's dates are those of letter `d`: supported, with its visit and publication."""
    c.verdict, c.explanation = S, f"The {_label(d)} matches."
    c.evidence = [
        _evidence(d, f"visit {d.inspection_start} to {d.inspection_end}, published {_published(d)}")
    ]


def _letter_date(c: Claim, record: RecordView, urn: int, whens: list, held: list[Any]) -> bool:
    """A day no full inspection was on that names no visit ("Two inspectors spent two days
    ... on December 12 and 13 last year"): a letter's visit or publication day, when a letter
    ilacs holds gives it; in an article about a letter, another day of its visit (weeks from
    it, no full inspection near) is contradicted."""
    if c.facts.get("previous_cue") or not all(
        w.precision in ("day", "range", "period", "month") for w in whens
    ):
        return False
    # "The full inspection in October 2019 confirmed the decline", "a two-week standard
    # inspection in June": a graded inspection's date, never a focused visit's or a monitoring
    # visit's (one rule from fix23c and fix23d, which both wrote it)
    said = c.facts.get("lead", "") + c.text
    if re.search(
        r"\b(?:full|standard|graded|main|short|SIF|ILACS)\s+(?:Ofsted\s+)?(?:re-?)?inspection\b",
        said,
        re.IGNORECASE,
    ) and not re.search(r"\b(?:focused|monitoring|joint|JTAI|letter)\b", said, re.IGNORECASE):
        return False
    if (
        all(w.relative and w.precision == "month" for w in whens)
        and not re.search(r"\b(?:focused|monitoring|joint|JTAI|letter)\b", said, re.IGNORECASE)
        and held
        and (last := held[-1].published) is not None
        and all(w.first <= last and (last - w.last).days < 180 for w in whens)
    ):
        # "Sandwell's services were judged to require improvement in a report published on
        # Tuesday. Inspectors, who visited in March, ...": a bare month of this year before
        # the report just out is that report's visit, not a letter's of the year before
        return False
    trial = replace(c, facts=dict(c.facts), evidence=[])
    if re.search(r"\b(?:re-?)?inspect(?:ion|ed)\b", c.text, re.IGNORECASE):
        # "an inspection in March": a full inspection's, or a focused visit's (a short
        # inspection), not that of one of the monitoring visits that come every few months
        trial.visit_kind = "focused visit"
    _check_visit_dates(trial, record, urn, whens)
    if trial.verdict == C:
        w0 = whens[0]
        near = any(
            x and min(abs((x - w0.first).days), abs((x - w0.last).days)) < 100
            for d in held
            for x in (d.inspection_start, d.inspection_end, d.published)
        )
        if near or not c.facts.get("letter_context"):
            return False
    elif trial.verdict != S:
        return False
    c.verdict, c.explanation, c.evidence = trial.verdict, trial.explanation, trial.evidence
    return True


_DAYS_LONG = lazyre.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b", re.I
)


def _on_site_then(c: Claim, d: Any) -> None:
    """Supported: a full inspection, `d`, had inspectors on site at the time told."""
    c.verdict, c.explanation = S, f"The {_label(d)} had inspectors on site then."
    c.evidence = [_evidence(d, f"on site {d.inspection_start} to {d.inspection_end}")]


def _visit_was_then(c: Claim, d: Any, more: str = "") -> None:
    """Contradicted: the visit meant, `d`, was on its own days (and `more` says why it is the
    one meant)."""
    c.verdict = C
    c.explanation = (
        f"The {_label(d)} was a visit on {d.inspection_start} to {d.inspection_end}{more}."
    )
    c.evidence = [_evidence(d, f"visit {d.inspection_start} to {d.inspection_end}")]


def _days_long_inspection(c: Claim, record: RecordView, urn: int, whens: list, kind: str) -> bool:
    """'a three-day visit by inspectors in June', of a council with no letter ilacs holds: the
    one full inspection of that year on site that many days is the visit meant, and a month
    told that is not its month is contradicted."""
    days = _DAYS_LONG.search(kind)
    if days is None or len(whens) != 1 or whens[0].precision not in ("month", "day", "range"):
        return False
    n = T.number(days.group("n")) if not days.group("n").isdigit() else int(days.group("n"))
    w = whens[0]
    same = [
        d
        for d in _reports(record, urn)
        if d.inspection_start
        and d.inspection_end
        and (d.inspection_end - d.inspection_start).days + 1 == n
        and d.inspection_start.year == w.first.year
    ]
    if len(same) != 1:
        return False
    d = same[0]
    _on_site_then(c, d)
    if not _date_matches(w, d, "visit"):
        c.verdict = C
        c.explanation = (
            f"The {_label(d)}, the one {n}-day inspection of that year, was on site "
            f"{d.inspection_start} to {d.inspection_end}."
        )
    return True


def _check_visit_dates(c: Claim, record: RecordView, urn: int, whens: list) -> None:
    """The dates of a focused visit, JTAI, monitoring visit or letter: its visit days, or the day
    its letter was published (the day in its Ofsted title)."""
    docs = _letters(record, urn)
    kind = (c.visit_kind or "").lower()
    if "focus" in kind:
        docs = [d for d in docs if d.kind == "focused_visit"]
    elif "monitor" in kind:
        docs = [d for d in docs if d.kind == "monitoring_visit"]
    elif "joint" in kind or "jtai" in kind:
        docs = [d for d in docs if d.kind == "jtai"]
    elif not re.search(r"letter", kind):
        # "a report published in April, following a visit in March": a visit of no kind named
        # may be a full inspection's days on site, and "The report, published on Friday,
        # followed a visit" a full report's day (supported only: never a contradiction)
        as_told = "published" if c.date_role == "published" else "visit"
        full = [
            d
            for d in _reports(record, urn)
            if (d.inspection_start or as_told == "published")
            and whens
            and all(_date_matches(w, d, as_told) for w in whens)
        ]
        if full:
            d = full[-1]
            if as_told == "published":
                c.verdict, c.explanation = S, f"The {_label(d)} was published then."
                c.evidence = [_evidence(d, f"published {d.published}")]
            else:
                _on_site_then(c, d)
            return
    if not docs:
        if _other_kind_then(c, record, urn, whens):
            return
        if _days_long_inspection(c, record, urn, whens, kind):
            return
        what = re.sub(r"^(?:an?|the)\s+", "", kind) or "visit"
        c.verdict, c.explanation = (N, f"ilacs holds no {what} letter for this council.")
        return
    role = c.date_role if c.date_role in ("visit", "published") else None
    readings = [whens]
    if any(w.relative and w.precision == "month" for w in whens):
        readings.append(
            [_year_before(w) if w.relative and w.precision == "month" else w for w in whens]
        )
    ok = [d for d in docs if any(all(_date_matches(w, d, role) for w in ws) for ws in readings)]
    if ok:
        d = ok[0]
        _letter_matches(c, d)
        return
    held = ", ".join(
        f"{d.kind.replace('_', ' ')} of {d.inspection_start or _published(d)}" for d in docs
    )
    # a focused visit or JTAI ilacs holds within weeks of the dates named: the one meant, on
    # other days (they come a year or more apart; monitoring visits come every few months)
    near = [
        d
        for d in docs
        if d.kind in ("focused_visit", "jtai")
        and role != "published"
        and all(w.precision in ("day", "range", "month") for w in whens)
        and (g := _gap_days(whens[0], d)) is not None
        and (
            0 < g <= 45
            # "on March 3 and 4" of a visit on 4 and 5 March: its days given wrongly (days
            # that overlap the visit's without holding all of them)
            or (
                g == 0
                and whens[0].precision == "range"
                and (whens[0].last - whens[0].first).days <= 14
                and d.inspection_start is not None
                and d.inspection_end is not None
                and not (whens[0].first <= d.inspection_start and d.inspection_end <= whens[0].last)
            )
        )
    ]
    if near:
        _visit_was_then(c, near[0])
        return
    # "In July 2024, inspectors made a focused visit" of the one of July 2023: a council has one
    # focused visit or JTAI between two full inspections, so the same month a year or a few
    # off, with no full inspection between them, is that visit's date given wrongly
    full = [d.inspection_start for d in record.by_urn.get(urn, []) if d.kind == "inspection"]
    w0 = whens[0]
    wrong_year = [
        d
        for d in docs
        if d.kind in ("focused_visit", "jtai")
        and d.inspection_start is not None
        and role != "published"
        and len(whens) == 1
        and not w0.relative
        and w0.precision in ("month", "day", "range")
        and w0.first.month == d.inspection_start.month
        # (or two or three years off: "a JTAI in May 2021" of the one of May 2023)
        and 1 <= abs(w0.first.year - d.inspection_start.year) <= 3
        and not any(
            f and min(w0.first, d.inspection_start) <= f <= max(w0.last, d.inspection_start)
            for f in full
        )
    ]
    # "a focused visit in March 2023" of the one of July 2023: the one focused visit between
    # two full inspections, its month given wrongly (a focused visit named as such)
    # (and a JTAI named as one: "in June 2019, a joint inspection by Ofsted, the Care Quality
    # Commission, HMI Constabulary and HMI Probation" of the one of March 2019)
    named_kind = (
        "focused_visit" if "focus" in kind else "jtai" if re.search(r"joint|jtai", kind) else None
    )
    wrong_month = [
        d
        for d in docs
        if named_kind is not None
        and d.kind == named_kind
        and d.inspection_start is not None
        and role != "published"
        and len(whens) == 1
        # ("a focused visit carried out remotely in June last year": the year said too; "a
        # focused visit last October": the October before the article's day)
        and (
            not w0.relative
            or re.search(rf"\b(?:last|this)\s+(?:year|{T.MONTH_NAME})\b", c.text, re.IGNORECASE)
            # ("carried out on 24 and 25 June" of the visit of 24 and 25 April: its very days)
            or (w0.precision in ("day", "range") and w0.first.day == d.inspection_start.day)
        )
        and w0.precision in ("month", "day", "range")
        and w0.first.year == d.inspection_start.year
        and abs(w0.first.month - d.inspection_start.month) >= 2
        # (the one focused visit ilacs holds, or the very days of one: a council may have had
        # two in a year, St Helens in July and November 2018)
        and (
            # (the one focused visit ilacs holds of that year)
            len(
                [
                    x
                    for x in docs
                    if x.kind == named_kind
                    and x.inspection_start
                    and x.inspection_start.year == w0.first.year
                ]
            )
            == 1
            or (w0.precision in ("day", "range") and w0.first.day == d.inspection_start.day)
        )
        and not any(
            f and min(w0.first, d.inspection_start) <= f <= max(w0.last, d.inspection_start)
            for f in full
        )
    ]
    if wrong_year or wrong_month:
        _visit_was_then(
            c,
            (wrong_year or wrong_month)[0],
            "; no full inspection came between it and the date named",
        )
        return
    if _other_kind_then(c, record, urn, whens):
        return
    # ilacs may not hold every letter: never a contradiction
    c.verdict = N
    c.explanation = (
        f"ilacs holds this council's {held}, none at that date (ilacs may not hold every letter)."
    )
    c.evidence = [
        _evidence(d, f"{d.kind} {d.inspection_start} to {d.inspection_end}") for d in docs
    ]


def _other_kind_then(c: Claim, record: RecordView, urn: int, whens: list) -> bool:
    """'a joint targeted area inspection in December 2019' when the letter ilacs holds of that
    month is a focused visit's (or a focused visit's month a JTAI's): a council has no two such
    visits in one month, so the kind or the date is given wrongly. True when it sets C."""
    other = {"focused_visit": "jtai", "jtai": "focused_visit"}.get(
        letter_kind(c.visit_kind or "") or ""
    )
    if other is None or len(whens) != 1 or c.date_role == "published":
        return False
    w0 = whens[0]
    if w0.relative or w0.precision not in ("month", "day", "range"):
        return False
    then = [
        d
        for d in _letters(record, urn)
        if d.kind == other
        and d.inspection_start is not None
        and (d.inspection_start.year, d.inspection_start.month) <= (w0.last.year, w0.last.month)
        and (w0.first.year, w0.first.month)
        <= ((e := d.inspection_end or d.inspection_start).year, e.month)
    ]
    if not then:
        return False
    d = then[0]
    c.verdict = C
    c.explanation = (
        f"The visit ilacs holds at that date is the {_label(d)}, on {d.inspection_start} to "
        f"{d.inspection_end}: not a {c.visit_kind}."
    )
    c.evidence = [_evidence(d, f"{d.kind} {d.inspection_start} to {d.inspection_end}")]
    return True


_PRIORITY_TOLD = lazyre.compile(
    rf"\b(?P<n>\d+|{T.NUMBER})\s+(?:areas?\s+(?:for|of|requiring)\s+priority\s+action|"
    r"priority\s+actions?)\b",
    re.IGNORECASE,
)


def _visit_dated_elsewhere(c: Claim, record: RecordView, urn: int, whens: list, texts: Any) -> bool:
    """A visit said to be on a date that ilacs holds no letter of, where a later report or letter
    of the council names a visit of that kind on that date ("Two focused visits in March 2019 and
    October 2019"; "the second visit following the focused visit to the front door in March
    2019"): ilacs does not hold every letter, so the date is that visit's, supported, whatever a
    rule that takes the letter ilacs holds for the one meant says; contradicted only when such a
    sentence gives another number of areas for priority action than the claim's. True when it
    sets a verdict."""
    if not whens or any(w.relative for w in whens):
        return False
    kind = (c.visit_kind or "").lower()
    own = (
        "jtai"
        if ("joint" in kind or "jtai" in kind)
        else "focus"
        if "focus" in kind
        else "monitor"
        if "monitor" in kind
        else None
    )
    if own is None:
        return False
    first = min(w.first for w in whens)
    docs = [
        d
        for d in list(_reports(record, urn)) + list(_letters(record, urn))
        if (d.inspection_start or d.published) and (d.inspection_start or d.published) > first
    ]
    hits: list[tuple[Any, int, str, str]] = []
    for d in docs:
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            for m in _VISIT_WORDS.finditer(flat):
                word = m.group(0).lower()
                mine = (
                    "jtai"
                    if ("joint" in word or "jtai" in word)
                    else "focus"
                    if "focus" in word
                    else "monitor"
                )
                if mine != own:
                    continue
                around = flat[max(0, m.start() - 60) : m.end() + 80]
                said = [x for x in T.dates(around, d.published or first) if not x.relative]
                if all(
                    any(
                        x.first <= w.last
                        and w.first <= x.last
                        and x.precision != "year"
                        and (x.last - x.first).days <= 45
                        for x in said
                    )
                    for w in whens
                ):
                    rest = flat[m.start() : m.end() + 200].split(". ")[0]
                    hits.append((d, i + 1, around.strip(), rest.strip()))
    if not hits:
        return False
    d, page_no, around, _ = hits[0]
    c.verdict = S
    c.explanation = (
        f"The {_label(d)} names a visit of that kind at that date (ilacs holds no letter of it)."
    )
    c.evidence = [Evidence(d.path, page_no, around)]
    # what the visit found, told in the same sentence of a report or letter: "the focused
    # visit to the front door in March 2019, where inspectors identified three areas for
    # priority action" (the article's "five areas" is given wrongly)
    said_n = c.facts.get("priority_n")
    for d, page_no, _, rest in hits if said_n else ():
        counts = list(_PRIORITY_TOLD.finditer(rest))
        told = counts[0] if len(counts) == 1 else None  # ("two of the three priority actions")
        if told and T.number(told.group("n")) not in (None, said_n):
            c.verdict = C
            c.explanation = f"The {_label(d)} says that visit set {told.group(0)}, not {said_n}."
            c.evidence = [Evidence(d.path, page_no, rest)]
            break
    return True


_VISIT_WORDS = lazyre.compile(
    r"focused\s+visits?|monitoring\s+visits?|joint\s+targeted\s+area\s+inspections?|JTAI",
    re.IGNORECASE,
)


def _visit_in_reports(
    c: Claim, record: RecordView, urn: int, whens: list, as_of: date, texts: Any
) -> None:
    """A visit ilacs holds no letter of, dated by a later report of the council ("Two focused
    visits, in April 2019 and August 2021"): supported when its words give each date."""
    held = [
        d for d in _reports(record, urn) if d.published and d.published <= as_of + timedelta(days=3)
    ]
    kind = (c.visit_kind or "").lower()
    # (a monitoring visit's claim is not weighed against the report's dates here)
    own = letter_kind(kind) if letter_kind(kind) in ("jtai", "focused_visit") else None
    other: list[tuple[Any, int, str]] = []  # the same kind of visit, dated otherwise
    insp = _inspections(record, urn)
    full = [d.inspection_start for d in insp]
    gaps: list[int] = []
    years: set[int] = set()
    # the last two reports, and the first after the visit (a retrospective's "a focused visit
    # in January 2019" is told by the report of later that year, not by today's)
    since = [d for d in held if whens and d.published > min(w.first for w in whens)]
    for d in reversed(list(dict.fromkeys([*since[:1], *held[-2:]]))):
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            for m in _VISIT_WORDS.finditer(flat):
                around = flat[max(0, m.start() - 100) : m.end() + 100]
                said = T.dates(around, d.published or as_of)
                # (a year alone does not date a visit said by its month: "since the JTAI in
                # 2016" is no word that the JTAI was in March 2016)
                if whens and all(
                    any(
                        x.first <= w.last
                        and w.first <= x.last
                        and (x.precision != "year" or w.precision == "year")
                        for x in said
                        if not x.relative
                    )
                    for w in whens
                ):
                    c.verdict = S
                    c.explanation = f"The {_label(d)} dates the visit."
                    c.evidence = [Evidence(d.path, i + 1, around.strip())]
                    return
                word = m.group(0).lower()
                # ("monitoring visits" are neither: not a focused visit's date)
                mine = letter_kind(word)
                # (the report the article is about, or the first after the date named: the
                # one that tells of the visits since the inspection before it)
                if own != mine or not whens or (d is not held[-1] and d not in since[:1]):
                    continue
                # the date right after the words ("the JTAI in May 2023")
                after = flat[m.end() : m.end() + 40]
                for x in T.dates(after, d.published or as_of):
                    if (
                        not x.relative
                        and x.precision in ("day", "range", "month", "year")
                        and (x.precision == "year") == all(w.precision == "year" for w in whens)
                        # ("the focused visit undertaken in February 2019")
                        and re.fullmatch(
                            r"\W*(?:\(\w+\)\s*)?(?:(?:which\s+was\s+|that\s+was\s+)?(?:undertaken|"
                            r"carried\s+out|conducted|held|completed)\s+)?"
                            # ("the focused visit to the integrated front door in March 2023")
                            r"(?:(?:to|of|into|on)\s+(?:[\w'’-]+\s+){1,6}?)?(?:in|on|of)\s+",
                            after[: x.start],
                        )
                    ):
                        w0 = whens[0]
                        gap = min(abs((x.first - w0.last).days), abs((w0.first - x.last).days))
                        # the report the article is about, or the first after the date named
                        # (one visit named as such, another date of it, not the month after
                        # the visit's, which may be its letter's: "a focused visit in March
                        # 2019" of one on site in late February)
                        recent = (
                            d is held[-1]
                            and d.published is not None
                            and (
                                d.published >= as_of - timedelta(days=120)
                                # (or an older latest report, of a visit said to come before
                                # it: the one that tells of the visits since the inspection
                                # before it)
                                or all(w.last < d.published for w in whens)
                            )
                        )
                        months = (w0.first.year * 12 + w0.first.month) - (
                            x.last.year * 12 + x.last.month
                        )
                        first_after = (
                            d in since[:1]
                            # (or the same month a year off: "October 2019" of the report's
                            # "the focused visit in October 2020")
                            and (
                                gap <= 200
                                or (
                                    gap <= 400
                                    and x.precision == w0.precision == "month"
                                    and x.first.month == w0.first.month
                                )
                            )
                            and len(whens) == 1
                            and not (x.first <= w0.last and w0.first <= x.last)
                            and not 0 <= months <= 1
                            and c.type == Kind.VISIT
                            and re.search(r"\bvisit|\bJTAI\b|\bjoint\b", c.text, re.I) is not None
                        )
                        if not (recent or first_after):
                            continue
                        # (the same month two or three years off, with no full inspection
                        # between: "a JTAI in May 2021" of the report's "the JTAI in May 2023";
                        # or both between this report's inspection and the one before, which
                        # the report tells the visits of: "a focused visit in 2021" of its
                        # "the focused visit in 2019")
                        if (
                            recent
                            and gap > 400
                            and not w0.relative
                            and len(whens) == 1
                            and (
                                (
                                    x.precision == w0.precision == "month"
                                    and x.first.month == w0.first.month
                                    and gap <= 1100
                                    and not any(
                                        f and min(w0.first, x.first) <= f <= max(w0.last, x.last)
                                        for f in full
                                    )
                                )
                                # (a year named only: a month named two years off may be
                                # another visit the report does not tell of)
                                or (
                                    w0.precision == x.precision == "year"
                                    and _in_window(w0, d, insp)
                                    and _in_window(x, d, insp)
                                )
                            )
                        ):
                            gap = 400
                        gaps.append(gap)
                        other.append((d, i + 1, around.strip()))
                        years.add(x.first.year)
    # the report the article is about dates this JTAI or focused visit months from the date
    # named, and none of its words give that date: another date of the same visit (a year
    # only when the report dates that kind of visit by one year alone: "the JTAI in 2018")
    if (
        other
        and (
            all(w.precision in ("day", "range", "month") for w in whens)
            or (all(w.precision == "year" and not w.relative for w in whens) and len(years) == 1)
        )
        and min(gaps) <= 400
    ):
        last = held[-1]
        if (
            not _VISIT_WORDS.search(c.text)
            and re.search(r"\bvisits?\b", c.text, re.I) is None
            and last.inspection_start
            and last.inspection_end
            and all(w.precision in ("day", "range") for w in whens)
            and all(
                last.inspection_start <= w.first <= w.last <= last.inspection_end for w in whens
            )
        ):
            # "The inspection, which ran from 27 November to 8 December, found a focused visit
            # in March 2023 had ...": words that name no visit, on the days of the full
            # inspection, are its dates; the visit is one it tells of
            c.verdict = S
            c.explanation = (
                f"The {_label(last)}: on site {last.inspection_start} to {last.inspection_end}."
            )
            c.evidence = [
                Evidence(last.path, 1, f"on site {last.inspection_start} to {last.inspection_end}")
            ]
            return
        d, page_no, around = other[0]
        c.verdict = C
        c.explanation = f"The {_label(d)} dates this visit otherwise: '{around}'."
        c.evidence = [Evidence(d.path, page_no, around)]


def _in_window(w: Any, d: Any, insp: list[Any]) -> bool:
    """Whether the time `w` lies between the full inspection before the report `d` (among the
    council's inspections `insp`) and `d`'s own days on site: the span whose visits `d` tells
    of."""
    before = _previous(insp, d) if d in insp else None
    end = before.inspection_end if before is not None else None
    return bool(end and d.inspection_start and end < w.first and w.last < d.inspection_start)


_WORD = lazyre.compile(r"[a-z0-9]+")
# a date in a report's sentence: 'in September 2021', 'since 2018', 'on 3 May 2022'
_DATE_IN_REPORT = lazyre.compile(
    rf"\b(?:in|on|since|from|during|by|of)\s+(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{T.MONTH_NAME})"
    r"\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# words that say who says it, not what happened
_SAYING = frozenset(
    """inspectors inspector ofsted report reports said says noted note notes recognised
    recognized found find finds highlighted praised welcomed acknowledged members told
    also that which their the including despite such""".split()
)


_OF_INSPECTIONS = frozenset(
    w[:5]
    for w in """inspection inspected visit visited report published judged rated graded
    monitoring focused framework ilacs jtai""".split()
)


def dated_in_reports(c: Claim, article: str, record: RecordView, texts: Any, as_of: date) -> None:
    """A date ilacs holds no inspection at, in a sentence that says what the report dates
    ('inspectors recognised the appointment of a new director of children's services in
    September 2022'): the council's reports, published by the article's date, that print the
    article's words just before the date, and a date after them. Supported when one of them
    dates it the same; contradicted when every one dates it otherwise, all alike; else left."""
    if c.verdict != N or not c.urns or texts is None:
        return
    at = c.start
    if c.dates:
        said, precision = c.dates[0]
        if c.facts.get("event"):
            at = c.facts["whens"][0].start  # the claim holds the event's words before it
    elif c.facts.get("appointed"):
        # 'a new director of children's services was appointed in May 2018'
        month, year = c.facts["appointed"]
        m = re.search(rf"\b{re.escape(month)}\s+{year}\b", c.text, re.IGNORECASE)
        if m is None or month.lower() not in T.MONTHS:
            return
        said, precision = date(int(year), T.MONTHS[month.lower()], 1), "month"
        at = c.start + m.start()
    else:
        return
    # a date the article gives with its year ('in September 2021'), not 'in the autumn'
    if not re.match(r"[^.;]{0,24}?\b(?:19|20)\d\d\b", article[at : at + 40]):
        return
    cut = max(article.rfind(x, 0, at) for x in (". ", "\n", "? ", "! ", "; "))
    lead = _WORD.findall(article[cut + 1 : at].lower())[-10:]
    content = [w for w in lead if len(w) > 2 and not w.isdigit() and w not in _SAYING]
    content = [w for w in content if w not in SMALL_WORDS]
    # an inspection's, a visit's or a report's own date is the record's, read above
    if len(content) < 3 or any(w[:5] in _OF_INSPECTIONS for w in content):
        return
    # the words of the event itself, just before its date ('Southend became a city council')
    content = content[-4:]
    keys = [w[:4] for w in content]
    need = max(3, -(-7 * len(keys) // 10))
    found: list[tuple[tuple[int, ...], Any, int, str]] = []
    for d in record.by_urn.get(c.urns[0], []):
        if d.published and d.published > as_of + timedelta(days=3):
            continue
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            for m in _DATE_IN_REPORT.finditer(flat):
                before = _WORD.findall(flat[max(0, m.start() - 240) : m.start()].lower())[-14:]
                have = {w[:4] for w in before}
                if sum(k in have for k in keys) < need:
                    continue
                # the article's last words before the date are the report's too, just before it
                if not {keys[-1], keys[-2]} & {w[:4] for w in before[-4:]}:
                    continue
                month = m.group("month")
                when = (int(m.group("year")),) + (
                    (T.MONTHS[month.lower()],) if month and precision != "year" else ()
                )
                found.append((when, d, i + 1, flat[max(0, m.start() - 120) : m.end()]))
    if not found:
        return
    mine = (said.year, said.month)

    def same(when: tuple[int, ...]) -> bool:
        return when == mine[: len(when)]

    hit = [f for f in found if same(f[0])]
    if hit:
        when, d, page, words = hit[0]
        c.verdict = S
        c.explanation = f"The {_label(d)} dates this the same, on page {page}."
        c.evidence = [Evidence(d.path, page, words)]
        return
    if len({f[0] for f in found}) > 1:
        return
    when, d, page, words = found[0]
    if d.published and said > d.published:
        # "has been in post since August 2023" against a 2017 report's "in post since March
        # 2014": a date after the report, which it cannot have told (another appointment)
        return
    # a year alone in the report against a month in the article: the year must differ
    c.verdict = C
    told = f"{calendar.month_name[when[1]]} {when[0]}" if len(when) > 1 else str(when[0])
    c.explanation = f"The {_label(d)} dates this to {told}, on page {page}."
    c.evidence = [Evidence(d.path, page, words)]
