"""Recommendation and visit-theme claims: what a report or letter asked a council to improve,
how many things it asked, and what a focused visit or JTAI looked at.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.view import (
    _THEME_SMALL,
    C,
    N,
    RecordView,
    S,
    _date_matches,
    _evidence,
    _framework_at,
    _label,
    _letters,
    _published,
    _reports,
    _year_before,
)
from ilacs.errors import NotFound

_DURING_VISIT = lazyre.compile(
    r"\s+(?:during|in|at|on)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}visit\b", re.IGNORECASE
)


def _check_visit_theme(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    """What a visit looked at, or how it was done: supported when a letter of the council says
    it in nearly the same words (most of the article's words are in its opening); a visit's
    subject may be put many ways, so never contradicted. A focused visit is not graded."""
    if c.facts.get("ungraded"):
        c.verdict = S
        c.explanation = (
            "Focused visits, monitoring visits and joint targeted area inspections are reported "
            "in letters that carry no "
            "judgements: a council's grades come from its full inspections."
        )
        return
    if not c.urns or texts is None:
        return
    if _check_visit_mode(c, record, as_of, texts):
        return
    if _visit_area_swapped(c, record, as_of, texts):
        return
    from ilacs.claims.quotes import _key, _words

    theme = c.facts["theme"]
    # ("its leaving care service during a focused visit last October": the subject, not the
    # visit's time after it)
    during = _DURING_VISIT.search(theme)
    words = [w for w in _words(theme) if w not in _THEME_SMALL and len(w) > 2]
    if during is not None:
        cut = [w for w in _words(theme[: during.start()]) if w not in _THEME_SMALL and len(w) > 2]
        words = cut if len(cut) >= 2 and len(words) - len(cut) <= 5 else words
    if len(words) < 3:
        _check_short_theme(c, record, as_of, texts)
        return
    # "a focused visit in October last year to look at ...": the letters of that time (the
    # date before the subject is the visit's; one in it is of something else: "progress
    # since the 2015 inspection")
    at = c.text.find(c.facts["theme"].strip()[:30])
    # (and the visit's time after the subject, when the article puts it there)
    said_at = c.text if during is not None else c.text[: max(0, at)]
    whens = [w for w in T.dates(said_at, as_of) if w.precision in ("day", "range", "month", "year")]
    # (a day is read to its month: 'on March 3 and 4' may be read otherwise)
    whens = [
        T.When(w.start, w.end, w.first.replace(day=1), w.last, "month", w.relative)
        if w.precision in ("day", "range")
        and (w.first.year, w.first.month) == (w.last.year, w.last.month)
        else w
        for w in whens
    ]
    readings = [whens]
    if any(w.relative and w.precision == "month" for w in whens):
        readings.append(
            [_year_before(w) if w.relative and w.precision == "month" else w for w in whens]
        )
    best: tuple[float, Any, int, str] | None = None
    themed: list[tuple[float, Any, int, str]] = []
    for d in _letters(record, c.urns[0]):
        p = _published(d)
        if p and p > as_of + timedelta(days=3):
            continue
        for i, page in enumerate(texts.pages(d.id)[:2]):
            keys = {_key(w) for w in _words(page)}
            share = sum(_key(w) in keys for w in words) / len(words)
            flat = " ".join(page.split())
            hit = re.search(r"(?:This visit|Inspectors)\s+(?:looked|was|were|used)[^.]*\.", flat)
            found = (share, d, i + 1, hit.group(0) if hit else flat[:200])
            if share >= 0.75:
                themed.append(found)
            if best is None or share > best[0]:
                best = found
    if whens and themed:
        dated = [
            t
            for t in themed
            if any(all(_date_matches(w, t[1], "visit") for w in ws) for ws in readings)
        ]
        if dated:
            best = max(dated, key=lambda t: t[0])
        else:
            # the letter that says so is of the year named, on other days: a council has one
            # focused visit (or JTAI) on a subject in a year, so the date is given wrongly
            years = {w.first.year for ws in readings for w in ws}
            same = [
                t
                for t in themed
                if t[1].kind in ("focused_visit", "jtai")
                and t[1].inspection_start is not None
                and t[1].inspection_start.year in years
                and all(w.precision in ("day", "range", "month") for w in whens)
                and re.search(
                    r"focused|joint|jtai", (c.visit_kind or "") + " " + c.text, re.IGNORECASE
                )
            ]
            if same:
                share, d, page_no, around = max(same, key=lambda t: t[0])
                c.verdict = C
                c.explanation = (
                    f"The {_label(d)} says so ({share:.0%} of the words named are in it), but "
                    f"its visit was on {d.inspection_start} to {d.inspection_end}."
                )
                c.evidence = [
                    _evidence(d, f"visit {d.inspection_start} to {d.inspection_end}"),
                    Evidence(d.path, page_no, around),
                ]
                return
            c.verdict = N
            c.explanation = (
                "ilacs holds no letter of this council of that time that says so in these words."
            )
            return
    if best is not None and best[0] >= 0.75:
        share, d, page_no, around = best
        c.verdict = S
        c.explanation = f"The {_label(d)} says so ({share:.0%} of the words named are in it)."
        c.evidence = [Evidence(d.path, page_no, around)]
    else:
        c.verdict = N
        c.explanation = "ilacs holds no letter of this council that says so in these words."


# How a visit was done, as an article says it: "carried out remotely during the pandemic",
# "carried out in person"
_MODE_SAID = lazyre.compile(
    r"\b(?:carried\s+out|conducted|done|held)\s+(?:(?P<part>partly|partially|largely|mostly)\s+|"
    r"(?:fully|entirely|wholly|completely)\s+)?(?:(?P<remote>remotely|virtually|online|by\s+"
    r"(?:remote\s+means|video(?:\s+calls?)?))|(?P<site>in\s+person|on\s+site|face[- ]to[- ]face))\b",
    re.IGNORECASE,
)
# How the letter says it was done (letters of 2020 and 2021: "This visit was carried out fully
# by remote means", "... carried out partly by remote means", "... carried out remotely")
_MODE_LETTER = lazyre.compile(
    r"\bThis\s+visit\s+was\s+carried\s+out\s+(?:(?P<part>partly|partially|largely|mostly)\s+|"
    r"(?:fully|entirely|wholly)\s+)?(?:by\s+remote\s+means|remotely)\b",
    re.IGNORECASE,
)


def _check_visit_mode(c: Claim, record: RecordView, as_of: date, texts: Any) -> bool:
    """'An Ofsted focused visit in March 2021, carried out in person during the pandemic': how
    the visit was done, told by the letter of the visit the date names ('This visit was carried
    out fully by remote means'). Remote against a wholly remote visit is supported; in person or
    on site against it is contradicted. A visit done partly by remote means, or a letter that
    does not say, leaves it open."""
    said = _MODE_SAID.search(c.text)
    if said is None or said.group("part"):
        return False
    at = said.start()
    whens = [
        w
        for w in T.dates(c.text[:at], as_of)
        if w.precision in ("day", "range", "month") and not w.relative
    ]
    if not whens:
        return False
    month = [
        T.When(w.start, w.end, w.first.replace(day=1), w.last, "month", w.relative) for w in whens
    ]
    docs = [
        d
        for d in _letters(record, c.urns[0])
        if d.inspection_start is not None and all(_date_matches(w, d, "visit") for w in month)
    ]
    if len(docs) != 1:
        return False
    d = docs[0]
    flat = " ".join(" ".join(texts.pages(d.id)[:2]).split())
    told = _MODE_LETTER.search(flat)
    if told is None or told.group("part"):
        return False
    c.evidence = [Evidence(d.path, 1, told.group(0))]
    if said.group("remote"):
        c.verdict = S
        c.explanation = f"The {_label(d)} says the visit was done by remote means."
    else:
        c.verdict = C
        c.explanation = (
            f"The {_label(d)} says the visit was carried out by remote means, not "
            f"{said.group('site')}."
        )
    return True


def _cohort_theme_swapped(c: Claim, record: RecordView, as_of: date, texts: Any, own: str) -> bool:
    """'A focused visit in July 2021, which looked at care leavers': the one focused visit of
    the month named, whose letter says 'Inspectors looked at the local authority's
    arrangements for children in care', looked at other children (each names children the
    other does not): contradicted."""
    from ilacs.claims.quotes import _cohorts

    said = _cohorts(own)
    if not said or not c.urns or not re.search(r"focused", c.visit_kind or c.text, re.I):
        return False
    at = c.text.find(c.facts["theme"].strip()[:30])
    whens = [
        w for w in T.dates(c.text[: max(0, at)], as_of) if w.precision in ("day", "range", "month")
    ]
    if len(whens) != 1:
        return False
    w = whens[0]
    month = T.When(w.start, w.end, w.first.replace(day=1), w.last, "month", w.relative)
    docs = [
        d
        for d in _letters(record, c.urns[0])
        if d.kind == "focused_visit" and _date_matches(month, d, "visit")
    ]
    if len(docs) != 1 or not texts.pages(docs[0].id):
        return False
    d = docs[0]
    flat = " ".join(texts.pages(d.id)[0].replace("’", "'").split())
    hit = re.search(r"\b(?:Inspectors|This visit|The visit)\s+looked\s+at\b[^.]*\.", flat)
    if hit is None:
        return False
    theirs = _cohorts(hit.group(0))
    if not theirs or said & theirs:
        return False
    c.verdict = C
    c.explanation = f"The {_label(d)} looked at {' and '.join(sorted(theirs))}."
    c.evidence = [Evidence(d.path, 1, hit.group(0))]
    return True


def _check_short_theme(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    """A visit's subject in few words ('the council's arrangements for children in care'):
    supported only when a letter of the council says it in these very words."""
    own = re.sub(
        r"^\s*(?:the\s+)?(?:council|local\s+authority|authority|borough)(?:['’]s)?\s+",
        "",
        c.facts["theme"].strip().rstrip(".").lower(),
    )
    own = " ".join(own.replace("’", "'").split())
    if _cohort_theme_swapped(c, record, as_of, texts, own):
        return
    if len(own.split()) < 3:
        return
    for d in _letters(record, c.urns[0]):
        p = _published(d)
        if p and p > as_of + timedelta(days=3):
            continue
        for i, page in enumerate(texts.pages(d.id)[:2]):
            flat = " ".join(page.replace("’", "'").split())
            at = flat.lower().find(own)
            if at >= 0:
                c.verdict = S
                c.explanation = f"The {_label(d)} says so in these words."
                c.evidence = [Evidence(d.path, i + 1, flat[max(0, at - 80) : at + len(own) + 40])]
                return
    c.verdict = N
    c.explanation = "ilacs holds no letter of this council that says so in these words."


_EARLIER_RECS = lazyre.compile(
    r"\s*(?:(?:made|set(?:\s+out)?|raised|given|issued)\s+)?(?:from|of|at|after|by|in)\s+"
    r"(?:an?|the|its|their)\s+(?:earlier|previous|last|prior|former|first|preceding)\b",
    re.IGNORECASE,
)
_SOME_RECS_LEFT = lazyre.compile(
    r"\b(?:had|have|has|were|was)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:dealt|addressed|"
    r"met|tackled|completed|implemented|resolved|acted)\b|\b(?:remain(?:ed)?|still)\s+"
    r"(?:outstanding|unmet|unresolved|open)\b",
    re.IGNORECASE,
)


_EARLIER_OR_UNMET = (
    "The count is of those an earlier visit or inspection set out, or of some of them (those "
    "not yet met): ilacs does not read which."
)


def _earlier_or_unmet(after: str) -> bool:
    """'two priority actions from an earlier visit had not been dealt with': the words after a
    count of recommendations make it those of another report, or some of them, not the count
    a report sets out."""
    return bool(_EARLIER_RECS.match(after) or _SOME_RECS_LEFT.search(after[:60].split(".")[0]))


def _check_rec_count(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    """A count of recommendations or priority actions: quotes.py checks it (the report or
    letter the article speaks of, its count as printed or as ilacs read its list)."""

    if not c.urns or texts is None:
        return
    # (not the article's main council when the sentence goes on about the council the article
    # last named as a subject: "Ofsted identified just two areas for improvement" in the part
    # of an article on Derby, after the part on Walsall)
    main = None if c.facts.get("own_subject") else c.facts.get("main")
    verdict, explanation, evidence = _rec_of_main(
        c.text, c.facts["rec_span"], c.urns, as_of, record, texts, main
    )
    c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
    if c.verdict == N and _visit_priority_told(c, record, as_of, texts):
        return
    if c.verdict == C and _earlier_or_unmet(str(c.facts.get("after") or "")):
        c.verdict, c.explanation, c.evidence = N, _EARLIER_OR_UNMET, []
        return
    try:
        la = register.by_urn(c.urns[0])
    except NotFound:
        return
    if c.verdict != N or la.end is None or la.end >= as_of or len(la.successors) < 2:
        return
    # "The two reports set out the same two areas for improvement", of a council abolished
    # before them ("Northamptonshire" for West and North Northamptonshire): its successors'
    # reports, each giving the same verdict
    got = [
        _rec_of_main(c.text, c.facts["rec_span"], [u], as_of, record, texts, None)
        for u in la.successors
    ]
    if (
        re.search(
            r"\b(?:the\s+two|both|each\s+of\s+the(?:\s+two)?)\s+(?:reports|councils|authorities)\b",
            str(c.facts.get("before") or ""),
            re.I,
        )
        and len({Verdict(v) for v, _, _ in got}) == 1
        and Verdict(got[0][0]) in (S, C)
    ):
        c.urns = list(la.successors)
        c.verdict = Verdict(got[0][0])
        c.explanation = " ".join(e for _, e, _ in got)
        c.evidence = [e for _, _, ev in got for e in ev]


def _rec_of_main(
    words: str,
    span: Any,
    urns: list[int],
    as_of: date,
    record: RecordView,
    texts: Any,
    main: int | None,
) -> tuple[Any, str, list[Evidence]]:
    """A claim about what must improve, checked against the report of the council its sentence
    is taken to be about (the last one named: 'ended its shared arrangement with Cambridgeshire
    County Council'); when that fails and the report of `main`, the council the article is
    about, bears it out, the claim is about `main` (its urns are changed in place)."""
    from ilacs.claims.quotes import check_recommendation

    got = check_recommendation(words, span, urns, as_of, record, texts)
    if Verdict(got[0]) == S or main is None or main in urns:
        return got
    again = check_recommendation(words, span, [main], as_of, record, texts)
    if Verdict(again[0]) == S:
        urns[:] = [main]
        return again
    return got


def _rec_lines(
    article: str,
    span: Any,
    urns: list[int],
    as_of: date,
    record: RecordView,
    texts: Any,
    main: int | None,
    whole: Verdict,
    whole_why: str = "",
) -> list[Claim]:
    """A list of what must improve set out line by line: each line a claim of its own. A line
    the report's recommendations hold is supported; a line they do not hold is contradicted
    only when the list read whole is (its other lines found, this one a changed copy of one),
    else not_in_record."""
    from ilacs.claims.quotes import RecSpan

    out = []
    for a, b in span.lines:
        words = article[a:b]
        one = RecSpan(a, b, words, (words,), letter=span.letter, years=span.years)
        mine = list(urns)
        verdict, explanation, evidence = _rec_of_main(words, one, mine, as_of, record, texts, main)
        v = Verdict(verdict)
        if v != S:
            if whole == C:
                v = C
                explanation = whole_why or explanation
            elif v == C:
                v = N
                explanation = f"Read with the list it is in, ilacs cannot tell: {explanation}"
        c = Claim(a, b, words, Kind.RECOMMENDATION, mine)
        c.verdict, c.explanation, c.evidence = v, explanation, list(evidence)
        out.append(c)
    # a line in the writer's own words for one recommendation ('make its local offer for care
    # leavers easier to access' for 'The accessibility of the local offer for care-experienced
    # young people'), read with the lines found as they are: a rewording, as in a sentence
    found = [c.text for c in out if c.verdict == S]
    if whole != C and found:
        for c in out:
            if c.verdict != N:
                continue
            both = RecSpan(
                c.start, c.end, c.text, (c.text, *found), letter=span.letter, years=span.years
            )
            got = _rec_of_main(c.text, both, list(c.urns), as_of, record, texts, main)
            if Verdict(got[0]) == S:
                c.evidence = list(got[2])[-1:]
                said = c.evidence[0].quote if c.evidence else ""
                if _frame_with_other_thing(c.text, said):
                    c.verdict = C
                    c.explanation = (
                        "Read with the list it is in (the other lines found as they are), this "
                        "line opens as a recommendation does but names another thing: "
                        f"'{said}'."
                    )
                    continue
                c.verdict = S
                c.explanation = (
                    "Read with the list it is in (the other lines found as they are), a rewording "
                    f"of a recommendation (low confidence): '{said}'."
                )
    return out


_FRAME_FILLER = frozenset(
    "that this these those their there with which from have has into onto upon when where "
    "ensure ensures ensuring local authority council make makes".split()
)


def _frame_with_other_thing(line: str, rec: str) -> bool:
    """A line of a list that opens as the recommendation it is read against ('how consistently
    it ensures social workers receive regular, reflective supervision' against 'How
    consistently the local authority ensures that social workers have manageable caseloads
    ...') but whose other words of meaning are none of the recommendation's: another thing put
    in the recommendation's frame, not a rewording of it."""
    from ilacs.claims.quotes import meaning_stems

    lw = re.findall(r"[a-z]+", line.lower())
    rw = re.findall(r"[a-z]+", rec.lower())
    if len(lw) < 4 or lw[:2] != rw[:2]:
        return False

    mine = list(dict.fromkeys(meaning_stems(lw, _FRAME_FILLER)))
    theirs = set(meaning_stems(rw, _FRAME_FILLER))
    # (the frame: the line's words of meaning, from its start, that the recommendation has)
    k = 0
    while k < len(mine) and mine[k] in theirs:
        k += 1
    tail = mine[k:]
    return k >= 2 and len(tail) >= 2 and not set(tail) & theirs


def _check_no_recs_rank(c: Claim, view: RecordView, as_of: date) -> None:
    """'the first council under the current framework whose report contains no
    recommendations', 'the second since 2018': its place among the full reports whose list of
    what needs to improve is empty (as ilacs counted it; a report it could not count is none)."""
    if not c.urns or not c.number:
        return
    by = as_of + timedelta(days=3)
    reports = [
        d
        for d in view.docs
        if d.kind == "inspection" and d.published and d.published <= by and d.framework
    ]
    fw = _framework_at(view, as_of) if c.facts.get("current") else None
    since = c.facts.get("since")
    scope = [
        d
        for d in reports
        if (fw is None or d.framework == fw)
        and (since is None or d.published.year >= since)
        and (fw is not None or since is not None or d.framework.startswith("ilacs"))
    ]
    # the council named, or the article's (the one whose report has none, if either)
    latest = [
        max(own, key=lambda d: d.published)
        for urn in dict.fromkeys([*c.urns[:1], *c.facts.get("alt_urns", [])])
        if (own := [d for d in scope if d.urn == urn])
    ]
    if not latest:
        c.verdict, c.explanation = N, "ilacs holds no report of this council in that scope."
        return
    subject = next((d for d in latest if view.rec_count.get(d.id) == 0), latest[0])
    n_recs = view.rec_count.get(subject.id)
    if n_recs is None:
        c.verdict, c.explanation = (
            N,
            f"ilacs did not count the recommendations of the {_label(subject)}.",
        )
        return
    if n_recs > 0:
        c.verdict = C
        c.explanation = f"The {_label(subject)} makes {n_recs} recommendations."
        c.evidence = [_evidence(subject, f"{n_recs} recommendations")]
        return
    none = sorted((d for d in scope if view.rec_count.get(d.id) == 0), key=lambda d: d.published)
    place = next(i for i, d in enumerate(none, 1) if d.id == subject.id)
    listed = "; ".join(_label(d) for d in none)
    ok = len(none) == 1 if c.facts.get("only") else place == c.number
    c.verdict = S if ok else C
    c.explanation = f"Reports with no recommendations in that scope, in order: {listed}."
    c.evidence = [_evidence(d, "no recommendations") for d in none]


# The areas a focused visit looks at, as its letter names them in its opening ("Inspectors
# looked at the local authority's arrangements for the 'front door'"; "... for children in need
# or subject to a protection plan"; "... for care leavers"): read generously in the letter, so
# that only an area it does not name at all is another
_VISIT_AREAS_LETTER = {
    "the front door": re.compile(
        r"front[- ]?door|contacts?\s+and\s+referrals?|\breferrals?\b|\bMASH\b|multi-agency\s+"
        r"safeguarding\s+hub|safeguarding\s+hub|\bi?CART\b|initial\s+respon|first\s+respon|"
        r"help\s+and\s+protection|duty\s+and\s+assessment",
        re.I,
    ),
    "children in need and child protection": re.compile(
        r"children\s+in\s+need|child(?:ren)?\s+protection|protection\s+plan|subject\s+to\s+(?:a\s+)?"
        r"plan|help\s+and\s+protection|edge\s+of\s+care|\bneglect\b",
        re.I,
    ),
    "children in care": re.compile(
        r"children\s+in\s+care|(?:children|young\s+people)\s+(?:who\s+are\s+)?looked\s+after|"
        r"looked[- ]after\s+children|children\s+(?:we|it)\s+looks?\s+after|permanen|"
        r"\bplacements?\b|fostering|corporate\s+parent",
        re.I,
    ),
    "care leavers": re.compile(
        r"care[- ]?leavers?|leaving\s+care|care[- ]leaving|care[- ]experienced|left\s+care|"
        r"into\s+adulthood",
        re.I,
    ),
    "disabled children": re.compile(r"\bdisab(?:led|ilit(?:y|ies))\b", re.I),
}
# ... and as an article names them: strictly, one name a reporter would use for each area
_VISIT_AREAS_SAID = {
    "the front door": re.compile(
        r"front[- ]?door|contacts?\s+and\s+referrals?|\bMASH\b|multi-agency\s+safeguarding\s+hub|"
        r"safeguarding\s+hub|initial\s+responses?",
        re.I,
    ),
    "children in need and child protection": re.compile(
        r"children\s+in\s+need|child\s+protection|protection\s+plans?", re.I
    ),
    "children in care": re.compile(
        r"children\s+in\s+(?:its\s+|the\s+council's\s+)?care|looked[- ]after\s+children|"
        r"children\s+looked\s+after|(?:children|young\s+people)\s+who\s+are\s+looked\s+after",
        re.I,
    ),
    "care leavers": re.compile(
        r"care[- ]?leavers?(?:['’]s?)?|leaving\s+care|care[- ]leaving|care[- ]experienced\s+"
        r"(?:young\s+people|adults)",
        re.I,
    ),
    "disabled children": re.compile(r"\bdisabled\s+children|children\s+with\s+disabilities", re.I),
}
# what a visit looked at, in an article: "a focused visit to the council's care leavers'
# service", "a focused visit in May 2022 looked at services for care leavers", "a focused
# visit, which examined the front door", "a focused visit focusing on children in need"
_VISIT_SUBJECT = lazyre.compile(
    r"\bvisits?\b(?:(?P<to>\s+(?:to|of|into|on)\s+)|[^.;]{0,80}?\b(?:looked\s+at|looking\s+at|"
    r"to\s+look\s+at|focus(?:s)?ed\s+on|focus(?:s)?ing\s+on|to\s+focus\s+on|concentrat(?:ed|ing)"
    r"\s+on|examin(?:ed|ing)|to\s+examine|consider(?:ed|ing)|review(?:ed|ing)|to\s+review|"
    r"assess(?:ed|ing)|to\s+assess|evaluat(?:ed|ing)|to\s+evaluate|scrutinis(?:ed|ing)|"
    r"cover(?:ed|ing)|into)\s+)(?P<subj>[^,.;:()]{3,120})",
    re.IGNORECASE,
)
# the subject ends where the visit's findings, or its date, begin
_SUBJECT_END = lazyre.compile(
    r"\s+(?:(?:and|but|which|that|where|who)\s+)?(?:found|finds|identified|praised|concluded|"
    r"noted|raised|highlighted|reported|said|says|saw|showed|revealed|judged|rated|told|warned|"
    r"criticised|described|welcomed|was|were|had|has)\b|\s+(?:in|on|during|last|this|earlier|"
    r"between|from)\s+(?:\d|[A-Z][a-z]+\s+\d{4}|(?:early|late|mid)|year|month|spring|summer|"
    r"autumn|winter|" + T.MONTH_NAME + r")",
    re.IGNORECASE,
)
# the letter's opening sentence of what it looked at (never "a range of evidence")
_LETTER_LOOKED_AT = lazyre.compile(
    r"\b(?:Inspectors|This\s+visit|The\s+visit)\s+(?:looked\s+at|considered|reviewed|evaluated|"
    r"focused\s+on)\s+(?!a\s+range|a\s+sample|children's\s+cases|cases)[^.]*\.",
    re.IGNORECASE,
)


# the words around an area that say no more than it ('the council's services for care leavers')
_AREA_FRAME = frozenset(
    """the a its their council s local authority authority's borough county services service
    work arrangements support provision practice for with to of and in at on into""".split()
)


def _areas_said(c: Claim) -> set[str]:
    """The areas the claim says a visit looked at: those its subject names ('to the council's
    care leavers' service'), or none when it names no subject."""
    m = _VISIT_SUBJECT.search(c.text)
    if m is None and not c.facts.get("theme"):
        return set()
    # (a theme read on its own: 'examined the front door', its subject the theme)
    subj = m.group("subj") if m is not None else str(c.facts["theme"])
    end = _SUBJECT_END.search(subj)
    if end is not None:
        subj = subj[: end.start()]
    # (not the council visited: 'a focused visit to Haringey')
    return {k for k, rx in _VISIT_AREAS_SAID.items() if rx.search(subj)}


def _letter_looked_at(page: str) -> str | None:
    """The sentence of a letter's first page that says what inspectors looked at."""
    hit = _LETTER_LOOKED_AT.search(" ".join(page.replace("’", "'").replace("‘", "'").split()))
    return hit.group(0) if hit else None


def _areas_named(text: str, areas: dict[str, Any]) -> set[str]:
    """The names of `areas` whose pattern `text` holds."""
    return {k for k, rx in areas.items() if rx.search(text)}


def _visit_area_swapped(c: Claim, record: RecordView, as_of: date, texts: Any) -> bool:
    """'A focused visit to the council's care leavers' service in December 2019', 'a focused
    visit in May 2022 looked at services for care leavers': the one focused visit letter of the
    month named says in its opening what the visit looked at ('Inspectors looked at the local
    authority's arrangements for the front door'); an area it does not name at all is
    contradicted, one it names supported. No letter of that month, no date, or a letter that
    does not say: no verdict (False)."""
    if not c.urns or texts is None:
        return False
    if not re.search(r"focus", (c.visit_kind or "") + " " + c.text, re.I):
        return False
    said = _areas_said(c)
    if not said:
        return False
    whens = [w for w in T.dates(c.text, as_of) if w.precision in ("day", "range", "month")]
    if not whens:
        # ('In November 2022, Ofsted carried out a focused visit that looked at ...': the one
        # date of the sentence's words before it)
        lead = str(c.facts.get("theme_lead") or "")
        whens = [w for w in T.dates(lead, as_of) if w.precision in ("day", "range", "month")]
        if len(whens) != 1:
            return False
    months = [
        T.When(w.start, w.end, w.first.replace(day=1), w.last, "month", w.relative)
        if (w.first.year, w.first.month) == (w.last.year, w.last.month)
        else w
        for w in whens
    ]
    readings = [months]
    if any(w.relative for w in months):
        readings.append([_year_before(w) if w.relative else w for w in months])
    docs = [
        d
        for d in _letters(record, c.urns[0])
        if d.kind == "focused_visit"
        and d.inspection_start is not None
        and any(all(_date_matches(w, d, "visit") for w in ws) for ws in readings)
    ]
    if len(docs) != 1 or not texts.pages(docs[0].id):
        return False
    d = docs[0]
    looked = _letter_looked_at(texts.pages(d.id)[0])
    if looked is None:
        return False
    theirs = _areas_named(looked, _VISIT_AREAS_LETTER)
    if not theirs:
        return False
    if said & theirs:
        # ("A focused visit in May 2022 looked at the 'front door'": the area it names, in no
        # words of the article's own beside it; 'the council's plans for children in care' says
        # more than the letter)
        m = _VISIT_SUBJECT.search(c.text)
        subj = m.group("subj") if m is not None else str(c.facts.get("theme") or "")
        for rx in _VISIT_AREAS_SAID.values():
            subj = rx.sub(" ", subj)
        if set(re.findall(r"[a-z]+", subj.lower())) - _AREA_FRAME:
            return False
        if c.verdict != S:
            c.verdict = S
            c.explanation = f"The {_label(d)} looked at {' and '.join(sorted(said & theirs))}."
            c.evidence = [Evidence(d.path, 1, looked)]
        return c.type == Kind.VISIT and "theme" in c.facts
    c.verdict = C
    c.explanation = (
        f"The {_label(d)} looked at {' and '.join(sorted(theirs))}, not "
        f"{' and '.join(sorted(said))}."
    )
    c.evidence = [Evidence(d.path, 1, looked)]
    return True


# a visit named before a count of priority actions: "a focused visit in 2018 found ... that no
# areas for priority action were identified"
_VISIT_NAMED = lazyre.compile(
    r"\b(?P<kind>focused\s+visit|monitoring\s+visit|joint\s+targeted\s+area\s+inspection|JTAI)"
    r"\b[^.;]{0,60}?\b(?P<year>(?:19|20)\d\d)\b|\b(?P<year2>(?:19|20)\d\d)\s+(?P<kind2>focused\s+"
    r"visit|monitoring\s+visit|joint\s+targeted\s+area\s+inspection|JTAI)\b",
    re.IGNORECASE,
)
# how a report tells that a visit set priority actions: "found that services had deteriorated
# to a point where several areas for priority action were identified", "identified areas for
# priority action", "resulting in priority action being required in a number of areas"
_PRIORITY_SET = lazyre.compile(
    r"\b(?:(?P<n>\d+|" + T.NUMBER + r"|several|a\s+number\s+of|some|many|multiple)\s+)?"
    r"(?:areas?\s+(?:for|of|requiring)\s+priority\s+action|priority\s+actions?)\b|"
    r"\bpriority\s+action\s+(?:being\s+|was\s+|were\s+)?required\b",
    re.IGNORECASE,
)
_PRIORITY_NOT = lazyre.compile(
    r"\b(?:no|not|nor|without|neither|none|never)\b|n't\b",
    re.IGNORECASE,
)


def _visit_priority_told(c: Claim, record: RecordView, as_of: date, texts: Any) -> bool:
    """'a focused visit in 2018 found services had deteriorated so far that no areas for priority
    action were identified' where ilacs holds no letter of the visit but a later report of the
    council says, in one sentence naming a visit of that kind and year, that it set areas for
    priority action ('the focused visit undertaken in 2018 found that services had deteriorated
    to a point where several areas for priority action were identified'): none against some is
    contradicted; a number against another number given is contradicted, against the same
    supported. Else False (no verdict)."""
    span = c.facts.get("rec_span")
    if span is None or not span.priority or span.count is None or not c.urns:
        return False
    said = _VISIT_NAMED.search(getattr(span, "head", "") or "")
    if said is None:
        return False
    kind = (said.group("kind") or said.group("kind2")).lower().split()[0]
    year = said.group("year") or said.group("year2")
    told: list[tuple[Any, int, str, int | None]] = []
    for d in _reports(record, c.urns[0]):
        p = _published(d)
        if p is None or p > as_of + timedelta(days=3) or p.year < int(year):
            continue
        for i, page in enumerate(texts.pages(d.id)[:4]):
            flat = " ".join(page.replace("’", "'").split())
            for s in re.split(r"(?<=[.!?])\s+", flat):
                if len(s) > 400 or year not in s or not re.search(kind, s, re.I):
                    continue
                m = _PRIORITY_SET.search(s)
                if m is None or _PRIORITY_NOT.search(s):
                    continue
                n = m.group("n")
                value = T.number(n) if n and T.number(n) is not None else None
                told.append((d, i + 1, s, int(value) if value is not None else None))
    if not told:
        return False
    d, page_no, sentence, value = told[0]
    if any(x[3] != value for x in told):
        return False
    said_n = span.count
    if said_n == 0 or (value is not None and value != said_n):
        c.verdict = C
        c.explanation = (
            f"The {_label(d)} says that visit set "
            f"{value if value is not None else 'areas for'} priority action"
            f"{'s' if value is not None and value != 1 else ''}, not {said_n or 'none'}."
        )
    elif value == said_n:
        c.verdict = S
        c.explanation = f"The {_label(d)} says that visit set {value} priority actions."
    else:
        return False
    c.evidence = [Evidence(d.path, page_no, sentence)]
    return True


# What a joint targeted area inspection looked at, as articles and letters name it.
_JTAI_TOPICS = {
    "domestic abuse": re.compile(r"\bdomestic\s+(?:abuse|violence)", re.I),
    "child sexual exploitation": re.compile(r"\bsexual\s+exploitation|\bCSE\b", re.I),
    "criminal exploitation": re.compile(r"\bcriminal\s+exploitation|\bcounty\s+lines\b", re.I),
    "neglect": re.compile(r"\bneglect", re.I),
    "mental health": re.compile(r"\bmental\s+health\b", re.I),
    "sexual abuse in the family": re.compile(r"\bsexual\s+abuse\b", re.I),
}
_JOINT = lazyre.compile(
    r"\bjoint\s+(?:targeted\s+)?(?:area\s+)?inspection|\bJTAI\b|\bjoint\s+(?:inspection\s+)?"
    r"(?:visit|review)\b",
    re.IGNORECASE,
)
# the subject an article gives a joint inspection: "a joint inspection of the response to child
# sexual exploitation", "which examined the multi-agency response to domestic abuse"
_JTAI_SUBJECT = lazyre.compile(
    r"\b(?:response|responses|respond(?:s|ed|ing)?|approach|work)\s+to\s+(?:the\s+)?"
    r"(?:children\s+(?:living\s+with|"
    r"affected\s+by|at\s+risk\s+of|experiencing)\s+)?(?P<t>[^,.;:()]{3,60})"
    r"|\b(?:into|examin\w+|looked\s+at|looking\s+at|focus\w*\s+on)\s+(?:the\s+)?(?:multi-agency\s+)?"
    r"(?:response\s+to\s+)?(?:how\s+[^,.;:()]{0,40}?\brespond\w*\s+to\s+(?:the\s+)?)?"
    r"(?:children\s+(?:living\s+with|affected\s+by|at\s+risk\s+of|experiencing)\s+)?"
    r"(?P<u>[^,.;:()]{3,60})",
    re.IGNORECASE,
)

# the deep dive an article names for a joint inspection: "with a focus on children at risk of
# criminal exploitation", "with a deep dive into child sexual abuse in the family environment"
_JTAI_FOCUS = lazyre.compile(
    r"\b(?:with\s+(?:a\s+|its\s+)?(?:particular\s+|specific\s+)?focus\s+on|focusing\s+on|"
    r"(?:with\s+)?(?:a\s+)?deep[\s-]+dive\s+(?:into|on))\s+(?:the\s+)?(?:response\s+to\s+)?"
    r"(?:children\s+(?:living\s+with|affected\s+by|at\s+risk\s+of|experiencing)\s+)?"
    r"(?P<t>[^,.;:()]{3,60})",
    re.IGNORECASE,
)


def _letter_topics(d: Any, texts: Any, topics: dict[str, Any], opening: Any) -> set[str]:
    """The subjects of `topics` a letter names where `opening` (its first page -> the words
    that say what it looked at, or None) finds them."""
    pages = texts.pages(d.id) if texts is not None else []
    said = opening(pages[0]) if pages else None
    return _areas_named(said, topics) if said else set()


def _jtai_opening(page: str) -> str:
    """A JTAI letter's opening, to its 'deep dive' (its theme, and the deep dive's subject)."""
    flat = " ".join(page.split())
    dive = re.search(r"deep\s+dive[^.]*\.", flat, re.I)
    return flat[: dive.end()] if dive else flat[:1200]


def _jtai_topics_of(d: Any, texts: Any) -> set[str]:
    """The subjects a JTAI letter names in its opening (its theme, and the 'deep dive')."""
    return _letter_topics(d, texts, _JTAI_TOPICS, _jtai_opening)


# (or, of a council's focused visits, "An earlier visit in March 2018, which looked at ...")
_FOCUSED = lazyre.compile(
    r"\bfocused\s+visit|\b(?:earlier|previous|first|second|third|later|latest|recent|last)\s+"
    r"visit\b",
    re.IGNORECASE,
)
# the subject an article gives a focused visit: "a focused visit in July 2023, when inspectors
# looking at the council's services for care leavers ...", "a focused visit on care leavers";
# or names it before: "The borough's front door had been the subject of a focused visit"
_FOCUSED_SUBJECT = lazyre.compile(
    r"\b(?:looked\s+at|looking\s+at|examin\w+|focus(?:ed|ing)\s+on|into|to\s+look\s+at|which\s+"
    r"covered)\s+(?P<t>[^,.;:()–—]{3,80})"
    r"|\bfocused\s+visits?\s+(?:on|of)\s+(?P<u>[^,.;:()–—]{3,60})",
    re.IGNORECASE,
)
_SUBJECT_BEFORE = lazyre.compile(
    r"(?P<t>[^,.;:()–—]{3,60})\s+(?:had\s+been|has\s+been|was|were)\s+(?:the\s+)?(?:subject|focus)"
    r"\s+of\s+(?:a|an|the|its)\s+(?:\w+\s+)?focused\s+visit",
    re.IGNORECASE,
)


def _visit_topics_of(d: Any, texts: Any) -> set[str]:
    """The areas a focused visit letter says in its opening inspectors looked at."""
    return _letter_topics(d, texts, _VISIT_AREAS_LETTER, _letter_looked_at)


def visit_subject_claims(
    article: str,
    claims: list[Claim],
    urns_at: Any,
    main: int | None,
    record: RecordView,
    texts: Any,
    as_of: date,
) -> list[Claim]:
    """'A joint inspection of the response to child sexual exploitation in Durham in 2018': the
    subject a joint targeted area inspection of the council looked at, against the openings of
    its JTAI letters (of the year named); and 'a focused visit in July 2023, when inspectors
    looking at the council's services for care leavers', against what its focused visit letters
    (of the month or year named) say inspectors looked at. Contradicted when every such letter
    names subjects and none of them is this one; a claim over the words already read takes the
    verdict, else a claim of its own. No letter held: nothing said (ilacs may not hold every
    letter)."""
    out = list(claims)
    for s in re.finditer(r"[^.!?\n]+[.!?]?", article):
        sentence = s.group(0)
        joint = _JOINT.search(sentence)
        focused = None if joint else _FOCUSED.search(sentence)
        if joint is not None:
            # (its 'deep dive', when the article names one: "how agencies responded to abuse and
            # neglect, with a focus on children at risk of criminal exploitation")
            subj = _JTAI_FOCUS.search(sentence, joint.end()) or _JTAI_SUBJECT.search(
                sentence, joint.end()
            )
            topics, kind, letter_topics = _JTAI_TOPICS, "jtai", _jtai_topics_of
            lead = joint
        elif focused is not None:
            subj = _FOCUSED_SUBJECT.search(sentence, focused.end())
            if subj is None or subj.start() - focused.end() > 60:
                subj = _SUBJECT_BEFORE.search(sentence)
            topics, kind, letter_topics = _VISIT_AREAS_SAID, "focused_visit", _visit_topics_of
            lead = focused
        else:
            continue
        if subj is None:
            continue
        group = "t" if subj.group("t") else "u"
        words = subj.group(group) or ""
        said = {k for k, rx in topics.items() if rx.search(words)}
        if len(said) != 1:
            continue
        topic = next(iter(said))
        hit = topics[topic].search(
            article, s.start() + subj.start(group), s.start() + subj.end(group)
        )
        if hit is None:
            continue
        at = s.start() + min(lead.start(), subj.start())
        end = max(hit.end(), s.start() + lead.end())
        dates = [
            w
            for w in T.dates(sentence, as_of)
            if w.precision in ("year", "month", "day", "range") and w.first.year == w.last.year
        ]
        years = {w.first.year for w in dates}
        months = {(w.first.year, w.first.month) for w in dates if w.precision != "year"}
        if kind == "focused_visit" and not dates:
            continue  # which visit: only one dated
        for urns in (urns_at(at), [main] if main else []):
            letters = [
                d
                for d in (_letters(record, urns[0]) if urns else [])
                if d.kind == kind
                and d.inspection_start is not None
                and (_published(d) or d.inspection_start) <= as_of + timedelta(days=3)
                and (not years or d.inspection_start.year in years)
                and (
                    not months
                    or (d.inspection_start.year, d.inspection_start.month) in months
                    or kind == "jtai"
                )
            ]
            if letters:
                break
        else:
            continue
        theirs = [letter_topics(d, texts) for d in letters]
        if any(topic in t for t in theirs) or not all(theirs):
            continue
        d = letters[0]
        named = " and ".join(sorted(set().union(*theirs)))
        explanation = (
            f"The {_label(d)} (on site from {d.inspection_start}) looked at {named}, not {topic}."
        )
        quote = (
            f"the multi-agency response to {named}"
            if kind == "jtai"
            else f"arrangements for {named}"
        )
        evidence = [Evidence(d.path, 1, quote)]
        # (the claims over the subject's words: not one of the visit's date alone, "Ofsted's
        # previous focused visit to Wokingham, in October 2018, | examined the council's
        # support for children in care", which holds)
        over = [
            c
            for c in out
            if c.start <= hit.start()
            and hit.end() <= c.end
            and c.type in (Kind.VISIT, Kind.DATE, Kind.OTHER)
        ]
        for c in over:
            c.verdict, c.explanation, c.evidence = C, explanation, evidence
        # (and a claim of its own over the words, when those claims read other words of the
        # sentence: 'two focused visits since 2018: one in 2018 looking at children in care'
        # read as 'visits since 2018')
        if not over:
            c = Claim(at, end, article[at:end], Kind.VISIT, list(urns))
            c.verdict, c.explanation, c.evidence = C, explanation, evidence
            out.append(c)
    return out
