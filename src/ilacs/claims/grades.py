"""Grade and trend claims: "rated good, with leadership outstanding", "inadequate in all areas",
"previously rated requires improvement", "jumped two grades", "marked down in every area".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Verdict
from ilacs.claims.view import (
    _LAST_ONE,
    AREA_WORDS,
    RANK,
    C,
    N,
    RecordView,
    S,
    _check_grade_item,
    _count_ok,
    _created_after,
    _current,
    _date_matches,
    _doc_years,
    _evidence,
    _grade_words,
    _graded_areas,
    _grades_text,
    _inspections,
    _key_areas,
    _label,
    _pick_doc,
    _previous,
    _register_name,
    _unheld_abolished,
    _urn_name,
    count_readings,
)


def _check_grades(c: Claim, record: RecordView, as_of: date) -> None:
    if not c.urns:
        return
    if c.facts.get("predecessor"):
        c.verdict, c.explanation, c.evidence = (
            N,
            "A grade of the council before this one: ilacs does not hold that council's record.",
            [],
        )
        return
    gone = [urn for urn in c.urns if _unheld_abolished(record, urn, c, as_of)]
    if len(gone) == len(c.urns):
        c.verdict, c.evidence = N, []
        c.explanation = (
            f"ilacs holds no inspection of {_register_name(gone[0])}, a council abolished "
            "since; its successors' reports are not its own."
        )
        return
    only = _ONLY_EVER.search(c.text)
    if only and len(c.urns) == 1:
        _check_only_ever(c, record, as_of, T.grade_of(only.group("g")))
        return
    # (each council ilacs can check, with its verdict: a council abolished unheld is left out,
    # "Cumbria and Lancashire were both rated requires improvement" is Lancashire's to settle)
    held = [urn for urn in c.urns if urn not in gone]
    # "Unlike neighbouring Sandwell, rated inadequate in January 2018, ..., Walsall never
    # faced ...": each grade is of the councils it was told of, not every council the clause
    # names
    owned = {
        u
        for it in c.facts.get("grades") or []
        if isinstance(it, dict)
        for u in it.get("urns") or []
    }
    if (
        len(held) > 1
        and owned
        and set(held) & owned
        # ("Kirklees was rated good, joining Calderdale and Wakefield": the councils joined
        # share the grade)
        and not re.search(
            r"\b(?:joining|joins|joined|alongside|like|as\s+(?:did|has|have|was|were|is|are))\b",
            c.text,
        )
    ):
        held = [urn for urn in held if urn in owned]
    verdicts = [_check_grades_one(c, record, as_of, urn) for urn in held]
    # "Medway's neighbour Kent has been rated outstanding", "Blackpool, Lancashire's
    # neighbour, was rated ...": a council named only as the owner of another is not the one
    # graded
    owners = [
        i
        for i, urn in enumerate(held)
        if verdicts[i][0] == C
        and (name := _urn_name(record, urn))
        and (
            re.search(rf"\b{re.escape(name)}['’]s?\s+(?:\w+\s+){{0,2}}[A-Z]", c.text)
            or re.search(rf",\s*{re.escape(name)}['’]s\s+\w+(?:\s+\w+)?\s*,", c.text)
        )
        and not re.search(rf"\b{re.escape(name)}\b(?!['’])", c.text)
    ]
    if owners and len(owners) < len(verdicts):
        verdicts = [v for i, v in enumerate(verdicts) if i not in owners]
    # every council named must hold; one that does not contradicts
    bad = [v for v in verdicts if v[0] == C]
    good = [v for v in verdicts if v[0] == S]
    pick = bad[0] if bad else good[0] if good and len(good) == len(verdicts) else None
    if pick is None:
        pick = next((v for v in verdicts if v[0] == N), verdicts[0])
        if good:
            pick = (
                N,
                pick[1] + " " + " ".join(v[1] for v in good),
                pick[2] + [e for v in good for e in v[2]],
            )
    c.verdict, c.explanation, c.evidence = (
        pick[0],
        " ".join(v[1] for v in verdicts if v[0] == pick[0]) or pick[1],
        [e for v in verdicts for e in v[2]],
    )
    _check_steps_said(c)
    _check_direction_said(c)
    _check_run_years(c, record, as_of)


_RUN_YEARS = lazyre.compile(
    r"\b(?:in|of)\s+(?P<a>(?:19|20)\d\d)\s*(?:,\s*|,?\s+and\s+(?:again\s+)?(?:in\s+)?)"
    r"(?P<b>(?:19|20)\d\d)\b(?!\s*[-–/])",
    re.IGNORECASE,
)


# "which remains the only outstanding judgement the borough has received in any of its three
# inspections": one judgement of that grade across the council's record
_ONLY_EVER = lazyre.compile(
    rf"\bthe\s+only\s+['‘“\"]?(?P<g>{T.GRADE_WORDS})['’”\"]?\s+(?:judge?ment|grade|rating)\s+"
    r"(?:that\s+)?(?:the\s+(?:council|borough|county|city|authority)|it|they)\s+"
    r"(?:has|have|had)\s+(?:ever\s+)?(?:received|had|been\s+given|been\s+awarded|achieved|won|got)\b",
    re.IGNORECASE,
)


def _check_only_ever(c: Claim, record: RecordView, as_of: date, grade: str) -> None:
    """The council's judgements of `grade` across the full inspections ilacs holds by `as_of`
    (its safeguarding board's apart): the claim holds when there is exactly one."""
    insp = [d for d in _inspections(record, c.urns[0]) if not d.published or d.published <= as_of]
    hits = [(d, a) for d in insp for a, g in d.grades.items() if a != "lscb" and g == grade]
    c.evidence = [_evidence(d, _grades_text(d)) for d in insp]
    words = "; ".join(f"{AREA_WORDS.get(a, a)} in the {_label(d)}" for d, a in hits) or "none"
    if len(hits) == 1:
        c.verdict = S
        c.explanation = (
            f"The one {_grade_words(grade)} judgement in its {len(insp)} inspections: {words}."
        )
    else:
        c.verdict = C
        c.explanation = f"Its {len(insp)} inspections give {len(hits)} {_grade_words(grade)} judgements: {words}."


def _gives_in_run(d: Any, grade: str, every: bool) -> bool:
    """Whether an inspection of a run gives `grade`: its overall grade, or every judgement when
    the words say every area or the report grades no overall effectiveness (2026 framework):
    "judged to require improvement in every area for the second inspection running"."""
    if every or d.grades.get("overall") is None:
        keys = [a for a in _key_areas(d) if a != "overall"]
        return bool(keys) and all(d.grades.get(a) == grade for a in keys)
    return bool(d.grades.get("overall") == grade)


_RUN_WORDS = lazyre.compile(
    r"\b(?:inspections?|times?|reports?)\s+(?:running|in\s+a\s+row)\b", re.IGNORECASE
)


# "rated outstanding in every area ..., the second time in a row that the council has received
# the top overall grade": the run is of the overall grade, not of every area
_RUN_OF_OVERALL = lazyre.compile(
    r"\b(?:in\s+a\s+row|running|consecutive|successive)\b[^.;]{0,80}?\b(?:top\s+|highest\s+|"
    r"best\s+|same\s+)?overall\s+(?:grade|rating|judge?ment|verdict)\b",
    re.IGNORECASE,
)


_GRADED_RUN = lazyre.compile(
    r"\b(?:consecutive|successive|straight)\s+['‘\"“]?(?:requires?\s+improvement(?:\s+to\s+be\s+"
    r"good)?|requiring\s+improvement|inadequate|good|outstanding)\b",
    re.IGNORECASE,
)


# words of an earlier time than the latest report's
_EARLIER_WORDS = lazyre.compile(
    r"\b(?:previous(?:ly)?|last|before|prior|formerly|had\s+been|earlier|from|since|ago|"
    r"historically|out\s+of|no\s+longer|moved|removed|damning|then|at\s+the\s+time|once|"
    r"already|still|again|too|also|likewise|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _count_but_ok(d: Any, grade: str, k: int) -> bool | None:
    """Whether report `d` gives `grade` in every judgement but `k` of them, by a reading of its
    judgements (view.count_readings, without the LSCB review)."""
    readings = count_readings(d, grade, board=False)
    if readings is None:
        return None
    return any(n == size - k for n, size in readings)


def _after_the_run(c: Claim, it: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """Whether a grade comes after the words of a run ('for a third inspection running') that an
    earlier grade of the claim carries."""

    def at(x: dict[str, Any]) -> int:
        pos = x.get("pos")
        return pos - c.start if isinstance(pos, int) else -1

    # "rated good, with care leavers judged outstanding, ending a run of two consecutive
    # 'requires improvement' verdicts": the run is the grade its own words name
    named = _GRADED_RUN.search(c.text)
    if named is not None and any(
        named.start() <= at(x) < named.end() for x in items if x is not it
    ):
        return not named.start() <= at(it) < named.end()
    run = _RUN_WORDS.search(c.text)
    if run is None:
        return False

    if at(it) >= run.end() and any(0 <= at(x) < run.start() for x in items if x is not it):
        return True
    # "rated good by Ofsted, four years after inspectors judged them inadequate for the second
    # time in a row": the run is the earlier grade's, told nearer the words of the run
    # ("To be outstanding in every area, and to have our leadership judged outstanding at two
    # inspections in a row": the run is the one judgement's named nearer it, not every area's)
    return 0 <= at(it) < run.start() and any(
        at(it) < at(x) < run.start()
        and (
            x.get("role") != it.get("role")
            or (bool(it.get("all")) and bool(x.get("areas")) and x.get("areas") != ["overall"])
        )
        for x in items
        if x is not it
    )


def _check_run_years(c: Claim, record: RecordView, as_of: date) -> None:
    """'repeating the top grade it achieved in 2018 and again in 2022', 'the third consecutive
    inspection at which it was judged good, following inspections in 2017 and 2022': the years
    of the run's earlier inspections, each a year of an inspection ilacs holds (it holds every
    full inspection since 2014)."""
    if c.verdict != S or not c.facts.get("consecutive") or len(c.urns) != 1:
        return
    m = _RUN_YEARS.search(c.text)
    if m is None:
        return
    insp = _inspections(record, c.urns[0])
    current = _current(insp, as_of)
    if current is None:
        return
    # ("inadequate in 2016 and again in 2018": the latest may be one of them)
    before = insp[: insp.index(current) + 1] if current in insp else []
    for y in (int(m.group("a")), int(m.group("b"))):
        if y < 2014 or y >= as_of.year or _created_after(c.urns[0], y):
            return
    for y in (int(m.group("a")), int(m.group("b"))):
        if not any(y in _doc_years(x) for x in before):
            held = ", ".join(_label(x) for x in before) or "none"
            c.verdict = C
            c.explanation = (
                f"ilacs holds no inspection of this council in {y} (it holds: "
                f"{held}). " + (c.explanation or "")
            )
            return


_STEPS_SAID = lazyre.compile(
    rf"\b(?:jump\w*|leap\w*|le[a]?pt|rose|risen|rising|climb\w*|improv\w*|fell|fallen|fall\w*|"
    # "rated the impact of leaders as good, up two grades from inadequate"
    rf"dropp\w*|drop|slump\w*|plummet\w*|slipp\w*|(?:went|moved|gone|stepped|gone)\s+(?:up|down)|(?:(?<=[,;–—(] )|^)(?:up|down))\s+"
    rf"(?:by\s+)?"
    rf"(?P<n>{T.NUMBER}|\d)\s+(?:grades?|levels?|notches)\b"
    rf"|\b(?P<n2>{T.NUMBER}|\d)[- ](?:grades?|levels?|notch)\s+(?:improvement|jump|rise|leap|"
    rf"fall|drop|decline)\b",
    re.IGNORECASE,
)


def _one_move(c: Claim) -> tuple[str, str] | None:
    """The grade before and the grade after of a supported claim that names one move between
    two grades of the same judgements ("from inadequate to requires improvement"), or None."""
    if c.verdict != S or not c.facts.get("from_to"):
        return None
    items = [it for it in c.facts.get("grades", []) if isinstance(it, dict)]
    was = [it for it in items if it.get("role") == "previous"]
    now = [it for it in items if it.get("role") == "current"]
    if len(was) != 1 or len(now) != 1 or was[0].get("areas") != now[0].get("areas"):
        return None
    a, b = was[0]["grade"], now[0]["grade"]
    return (a, b) if a in RANK and b in RANK else None


def _check_steps_said(c: Claim) -> None:
    """'falling three grades from the "good" rating': the grades a move from one named grade to
    another spans are the article's own words' (good to inadequate is two)."""
    move = _one_move(c)
    m = _STEPS_SAID.search(c.text) if move else None
    if not move or not m:
        return
    n = T.number(m.group("n") or m.group("n2"))
    a, b = move
    if not n:
        return
    steps = abs(RANK[a] - RANK[b])
    if steps and steps != n:
        c.verdict = C
        c.explanation = (
            f"From {_grade_words(a)} to {_grade_words(b)} is {steps} grade(s), not {n}. "
            + (c.explanation or "")
        )


# the way a move went, said before its 'from': "Leadership has declined from inadequate to ..."
_WENT_UP = lazyre.compile(
    r"\b(?:improv\w*|r[oi]se|risen|rising|climb\w*|jump\w*|leap\w*|le[a]?pt|upgraded|lifted|"
    r"(?:moved|went|gone|stepped)\s+up)\s+(?:\w+\s+){0,3}?from\s",
    re.IGNORECASE,
)
_WENT_DOWN = lazyre.compile(
    r"\b(?:declin\w*|fell|fallen|falling|dropp\w*|dropped|slipp\w*|slid|deteriorat\w*|"
    r"downgraded|slump\w*|plummet\w*|worsen\w*|(?:moved|went|gone|stepped)\s+down)\s+"
    r"(?:\w+\s+){0,3}?from\s",
    re.IGNORECASE,
)


def _check_direction_said(c: Claim) -> None:
    """'Leadership has declined from inadequate to requires improvement': a move the article
    says went one way between two grades it names that lie the other way is not so, whatever
    the record holds of the grades."""
    move = _one_move(c)
    if not move or RANK[move[0]] == RANK[move[1]]:
        return
    a, b = move
    up, down = _WENT_UP.search(c.text), _WENT_DOWN.search(c.text)
    if bool(up) == bool(down):
        return
    better = RANK[b] < RANK[a]  # (0 is outstanding)
    if (up and not better) or (down and better):
        said = (up or down).group(0).split()[0]  # type: ignore[union-attr]
        c.verdict = C
        c.explanation = (
            f"From {_grade_words(a)} to {_grade_words(b)} is "
            f"{'an improvement' if better else 'a decline'}, not a move that '{said}'. "
            + (c.explanation or "")
        )


_AREA_CUE = lazyre.compile(
    r"\b(?:protection|protect|care leavers?|leaving care|in care|looked[- ]after|leadership|"
    r"leaders|management|adoption|early help|front door|fostering|safeguarding board|LSCB)\b",
    re.IGNORECASE,
)
_LOOSE_SPAN = lazyre.compile(
    rf"\b(?:just|a little|slightly|well)?\s*(?:over|more than|nearly|almost|about|around|"
    rf"some|roughly|approximately|less than|under|getting on for)\s+(?:a|an|\d+|{T.NUMBER})\s+"
    rf"(?:years?|decades?)\b|\b(?:before|after)\s+(?:that|this|then)\b",
    re.IGNORECASE,
)


def _count_after(c: Claim, it: dict[str, Any]) -> bool:
    """Whether the claim's count of areas follows this grade's words ('outstanding in all four
    areas'): the count is this grade's."""
    at = it.get("pos")
    if not isinstance(at, int) or c.number is None:
        return False
    g = T.GRADE_RE.match(c.text, at - c.start) if 0 <= at - c.start < len(c.text) else None
    if g is None:
        return False
    return bool(
        re.match(
            r"[’'”\"]?\s+(?:overall\s+)?(?:in|across|for)\s+(?:all\s+|each\s+of\s+|every\s+one\s+of\s+)?"
            rf"(?:the\s+|its\s+)?(?:\d+|{T.NUMBER})\s+(?:key\s+|main\s+)?(?:areas|judge?ments|"
            r"categories)\b",
            c.text[g.end() :],
            re.IGNORECASE,
        )
    )


def _count_is_other(c: Claim, it: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """'outstanding in three of the four areas – leadership, children in care and care leavers
    – while help and protection was rated good': the count is the first grade's, which names
    that many areas; a later grade that names its own areas is checked by them."""
    if not it["areas"] or not items or items[0] is it or "overall" in it["areas"]:
        return False
    first = items[0]
    return (
        first["grade"] != it["grade"]
        and first.get("pos", 0) < it.get("pos", 0)
        and len(first["areas"]) == c.number
        and not set(first["areas"]) & set(it["areas"])
    )


def _fragile_grade(
    c: Claim, d: Any, it: dict[str, Any], results: list[Any], insp: list[Any], as_of: date
) -> str | None:
    """Why a grade that does not match `d` may be about another inspection or judgement.

    A contradiction needs the grade's inspection and judgement pinned; these readings are too
    loose for that, so they say not_in_record instead:
    - a loose span ("just over ten years ago", "three years before that") dates it;
    - an area's words ("help for children in need of protection") that no area was read from;
    - another grade of the same claim matches the same inspection for the same judgement
      ("rated good, seven years after inspectors branded them inadequate"): this one is the
      earlier inspection's, unless no earlier one gave it;
    - a count of areas with grades of its own ("good in all five areas ... inadequate").
    """
    if any(w.relative for w in it["whens"]) and _LOOSE_SPAN.search(c.text):
        return "the words date it only loosely"
    if any(
        w.relative
        and w.last - w.first > timedelta(days=60)
        # "just over ten years ago": long spans are written loosely, "four years ago" is not
        and as_of.year - w.last.year >= 8
        and (w.first.month, w.first.day, w.last.month, w.last.day) != (1, 1, 12, 31)
        for w in it["whens"]
    ):
        # "just over ten years ago": a span counted back, not a calendar year
        return "the words date it only loosely"
    at = it.get("pos", c.start) - c.start
    later = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", c.text[max(at, 0) :])}
    if (
        it["role"] == "previous"
        and it["whens"]
        and sum(1 for x in results if x[1]["whens"]) == 1
        and all(w.start < it.get("pos", 0) for w in it["whens"])
        and later - {w.first.year for w in it["whens"]}
    ):
        # "improved in 2018 from the Requires Improvement judgement of 2016": the year read
        # may be the change's, not the old grade's; the later year's inspection, if ilacs
        # holds one and it does not give the grade either, still contradicts
        other = later - {w.first.year for w in it["whens"]}
        held = [x for x in insp if other & set(_doc_years(x))]
        if not held or any(_check_grade_item(x, it, False) is not False for x in held):
            return "another year in the words may be this grade's"
    if it["role"] != "previous" and not it["whens"] and _LOOSE_SPAN.search(c.text):
        return "the words date it only loosely"
    if (
        it["role"] == "current"
        and not it["whens"]
        and it.get("past_context")
        and (d not in insp or not insp[: insp.index(d)])
    ):
        # "at the 2017 inspection it had been rated good overall, although care leavers had
        # both been judged to require improvement": the sentence's time may be this grade's,
        # an inspection before any ilacs holds (one it holds that gives the grade was taken)
        return "the sentence speaks of an earlier time, which may be this grade's"
    if (
        not it["areas"]
        and not it.get("all")
        and not it.get("rest")
        and c.grade_scope != "all"
        and c.number is None
        and not any(x[1]["areas"] for x in results)
        and any(
            # ("praises its leaders as Hertfordshire children's services rated good": the
            # leaders another verb's object, before the council's services the grade is of)
            not re.match(
                r"['’]?\s*,?\s+as\s+(?:the\s+|its\s+)?(?:[A-Z]|council|borough|county|city|"
                r"authority|children)",
                c.text[m.end() :],
            )
            for m in _AREA_CUE.finditer(c.text)
        )
        and not re.search(
            r"\b(?:overall|every|all|each|apart|except|other|rest)\b", c.text, re.IGNORECASE
        )
    ):
        return "the words may name one judgement that ilacs did not read"
    others = [x for x in results if x[1] is not it and x[2] and x[1]["grade"] != it["grade"]]
    if not it["whens"] and any(
        x[0] is d and set(x[1]["areas"]) == set(it["areas"]) for x in others
    ):
        if d in insp:
            earlier = insp[: insp.index(d)]
            if not earlier or any(_check_grade_item(x, it, False) is not False for x in earlier):
                return "another grade of these words is the same inspection's; this one is earlier"
            return None
    if (
        c.number is not None
        and len({x[1]["grade"] for x in results}) > 1
        and not _count_is_other(c, it, [x[1] for x in results])
        # ("outstanding for the impact of leaders and good in the other three areas": the count
        # is of the rest, which that grade's reading weighs; "rated outstanding in all four
        # areas in 2019, has been judged to require improvement": the grade it follows)
        and not any(x[1].get("rest") or _count_after(c, x[1]) for x in results)
    ):
        return "the count of areas may belong to the other grade"
    return None


# words that say a grade is the latest inspection's
_NOW_SAID = lazyre.compile(
    r"\b(?:under|in)\s+the\s+(?:current|new|latest|updated|revised)\s+(?:(?:Ofsted|ILACS|inspection)\s+)?"
    r"(?:framework|regime|inspection)\b",
    re.IGNORECASE,
)


# a move from a grade with no grade it moved to: "moved up from requires improvement in March"
_MOVED_FROM = lazyre.compile(
    r"\b(?:mov(?:ed|es|ing)|rose|risen|climb\w*|improv\w*|upgraded|fell|fallen|dropp\w*|"
    r"slipp\w*|downgraded|jump\w*|leapt|lifted)\s+(?:up\s+|down\s+|back\s+)?"
    r"(?:(?:a|one|two|three)\s+grades?\s+)?from\b(?![^.;]*\bto\b)",
    re.IGNORECASE,
)


def _whens_apart(c: Claim, whens: list[Any]) -> bool:
    """Whether months told of a grade ("in December 2016 and again in March 2020", "in May
    2015, and in June 2019") are each an inspection of its own: years at least two apart, told
    as a list ("and", "and again in", a comma), not a span ("between December 2016 and January
    2017", "from ... to ...")."""
    if len(whens) < 2 or not all(w.precision in ("month", "year") for w in whens):
        return False
    ws = sorted(whens, key=lambda w: w.start)
    if any(b.first.year - a.first.year < 2 for a, b in zip(ws, ws[1:], strict=False)):
        return False
    before = c.text[max(0, ws[0].start - c.start - 12) : ws[0].start - c.start]
    if re.search(r"\b(?:between|from|since|to|until)\s+(?:the\s+)?$", before, re.IGNORECASE):
        return False
    return all(
        re.fullmatch(
            r"\s*(?:,\s*|,?\s+and\s+(?:again\s+|then\s+|later\s+)?)(?:(?:once\s+)?more\s+)?"
            r"(?:in\s+)?",
            c.text[a.end - c.start : b.start - c.start],
            re.IGNORECASE,
        )
        for a, b in zip(ws, ws[1:], strict=False)
    )


def _unowned_grades(c: Claim, record: RecordView, urn: int) -> list[dict[str, Any]]:
    """The grades said of a council that no grade names as its own: "X was judged to require
    improvement, joining A, B and C, while T remains the only borough rated inadequate" (A, B
    and C share the grade said before them; a grade said after them of another council named
    after them is that council's, not theirs). Every grade when none is left."""
    items: list[dict[str, Any]] = c.facts["grades"]
    name = _urn_name(record, urn)
    at = re.search(rf"\b{re.escape(name)}\b", c.text) if name else None
    if at is None:
        return items
    pos = c.start + at.start()
    kept = [
        it for it in items if not (it.get("urns") and it.get("pos") is not None and it["pos"] > pos)
    ]
    return kept or items


def _listed_before(c: Claim, record: RecordView, urn: int, as_of: date) -> list[dict[str, Any]]:
    """The grade items of the council named next in a list with this one ("as were
    Cambridgeshire and Suffolk in 2024", "Leeds, Wakefield and York were rated good in 2023"): a
    council no item names shares the item (and its date) of the council the list goes on to,
    not the grade (or date) told of another council before the list."""
    name = _urn_name(record, urn)
    at = re.search(rf"\b{re.escape(name)}\b", c.text) if name else None
    if at is None:
        return []
    for it in c.facts["grades"]:
        pos = it.get("pos")
        if not it.get("urns") or pos is None or pos - c.start <= at.end():
            continue
        gap = c.text[at.end() : pos - c.start]
        if re.fullmatch(r"(?:\s*,\s*|,?\s+(?:and|&)\s+)(?:[A-Z][\w'’-]*\s*,?\s+(?:and\s+)?)*", gap):
            return [it]
    # "Gloucestershire was judged good in August 2025, as was Somerset in 2022": the grade told
    # before, with the date told after the council
    if re.search(
        r",?\s+(?:as|and\s+so)\s+(?:were|was|did|had|have|has)\s+"
        r"(?:(?:neighbouring|nearby)\s+)?(?:[A-Z][\w'’-]*(?:\s*,\s*|\s+and\s+|\s+))*$",
        c.text[: at.start()],
    ):
        told = [
            it
            for it in c.facts["grades"]
            if it.get("pos") is not None and it["pos"] < c.start + at.start() and it.get("whens")
        ]
        tail = re.split(r"[;:]|,\s+(?:while|but|whereas)\b", c.text[at.end() :])[0]
        whens = T.dates(tail, as_of, c.start + at.end())
        if told and whens:
            return [dict(told[-1], whens=whens, urns=[urn], pos=c.start + at.start())]
    return []


def _check_grades_one(
    c: Claim, record: RecordView, as_of: date, urn: int
) -> tuple[Verdict, str, list[Evidence]]:
    insp = _inspections(record, urn)
    current = _current(insp, as_of)
    # "Rotherham rated good as Sandwell and Buckinghamshire remain inadequate": each council
    # its own grades
    items = (
        [it for it in c.facts["grades"] if urn in it.get("urns", [urn])]
        or _listed_before(c, record, urn, as_of)
        or _unowned_grades(c, record, urn)
    )
    # "care leavers' services in Hackney and help and protection in Ealing": each council its
    # own areas
    mapped = []
    for it in items:
        owner = it.get("area_urns") or {}
        mine = [a for a in it["areas"] if owner.get(a, urn) == urn]
        if it["areas"] and not mine:
            continue
        mapped.append(dict(it, areas=mine) if mine != it["areas"] else it)
    items = mapped or items
    # "alongside Kent, whose own outstanding report came out in early July, Hampshire and East
    # Sussex": the time is Kent's, the others' grades are of now
    items = [
        dict(it, whens=[]) if it.get("when_urns") and urn not in it["when_urns"] else it
        for it in items
    ]
    # "Two, Herefordshire and Solihull, remain inadequate, both rated in 2022 and 2023": as
    # many years as councils named, each council's one of them: the year in its place (only
    # that one when the words say "respectively"), else a year it was inspected in
    resp = []
    for it in items:
        in_turn = list(dict.fromkeys(it.get("urns") or c.urns))
        years = list(dict.fromkeys(w.first.year for w in it["whens"]))
        if (
            len(in_turn) >= 2
            and urn in in_turn
            and len(years) == len(in_turn)
            and all(w.precision == "year" for w in it["whens"])
        ):
            order = years
            if not re.search(r"\brespectively\b", c.text, re.I):
                # a year each, in any order: the first order in which each was inspected then
                seen = [
                    {y for x in _inspections(record, u) for y in _doc_years(x)} for u in in_turn
                ]
                order = next(
                    (
                        list(p)
                        for p in itertools.permutations(years)
                        if all(y in seen[i] for i, y in enumerate(p))
                    ),
                    years,
                )
            mine = order[in_turn.index(urn)]
            it = dict(it, whens=[w for w in it["whens"] if w.first.year == mine])
        resp.append(it)
    items = resp
    if current is None:
        # "this week became the latest to be rated...": a council with no report by then, in a
        # week ilacs holds others' reports of
        for it in items:
            for w in it["whens"]:
                if w.precision == "period" and w.last - w.first < timedelta(days=8) and insp:
                    if any(x.published and w.first <= x.published <= w.last for x in record.docs):
                        return (
                            C,
                            f"ilacs holds no report of this council published {w.first} to {w.last}; "
                            f"its first is the {_label(insp[0])}.",
                            [_evidence(insp[0], _grades_text(insp[0]))],
                        )
        return N, "ilacs holds no graded inspection of this council published by then.", []
    # (inspection, grade item, whether it gives that grade: None when the record cannot tell)
    results: list[tuple[Any, dict[str, Any], bool | None]] = []
    # "previously handed out in 2015 and 2019": each year listed is an inspection of its own
    split: list[dict[str, Any]] = []
    for it in items:
        years = sorted({w.first.year for w in it["whens"]})
        if len(years) > 1 and len(years) == len(it.get("urns") or []) == len(c.urns):
            # "Herefordshire and Solihull remain inadequate, both rated in 2022 and 2023": a
            # year for each council, in one of which its inspection gave the grade
            split.append(it)
        elif len(years) > 1 and it["whens"][0].precision == "year":
            split.extend(
                dict(it, whens=[w for w in it["whens"] if w.first.year == y]) for y in years
            )
        elif len(years) > 1 and _whens_apart(c, it["whens"]):
            # "rated requires improvement in December 2016 and again in March 2020": each month
            # told is an inspection of its own, each to hold (not the first alone)
            split.extend(dict(it, whens=[w]) for w in it["whens"])
        else:
            split.append(it)
    undecided = False  # a number of inspections the record cannot settle
    # a grade said to be held "again" that ilacs holds no earlier report of: (report, item)
    again_unsettled: tuple[Any, dict[str, Any]] | None = None
    for it in split:
        if it.get("times") and not c.facts.get("consecutive"):
            # "twice judged inadequate", "inadequate for the second time": the inspections that
            # gave it (a window of years the words give may hold fewer, never more)
            n = it["times"]
            upto = [x for x in insp if not x.published or x.published <= as_of]
            if it["whens"]:
                last = max(w.last for w in it["whens"])
                upto = [x for x in upto if min(_doc_years(x)) <= last.year]
            gave = [x for x in upto if _check_grade_item(x, it, False)]
            told = [w for w in it["whens"] if w.precision in ("month", "day")]
            if (
                told
                and gave
                and not all(any(_date_matches(w, x, None) for x in gave) for w in told)
                and not any(_check_grade_item(x, it, False) is None for x in upto)
            ):
                # "Tameside was rated inadequate in February 2023, for the second time since
                # 2016": each month told is one of the inspections that gave it
                month = next(
                    f"{w.first:%B %Y}"
                    for w in told
                    if not any(_date_matches(w, x, None) for x in gave)
                )
                what = f"an inspection on site or published in {month}"
                results.append((gave[-1], dict(it, what=what), False))
                continue
            # ilacs holds every full inspection since 2014: fewer contradict only where the
            # record reaches back before then or the words keep to recent years
            window = bool(upto) and (
                upto[0].framework == "pre_sif"
                # (requires improvement is a grade of the single inspection framework and
                # after: every inspection that could give it is held)
                or it.get("grade") == "requires_improvement"
                or bool(
                    re.search(
                        rf"\b(?:in|within|over)\s+(?:the\s+)?(?:(?:last|past)\s+)?"
                        rf"(?:{T.NUMBER}\s+years|decade|\d+\s+years)\b|\bsince\s+20[12]\d\b",
                        c.text,
                        re.IGNORECASE,
                    )
                )
            )
            if (
                len(gave) < n
                and window
                and not any(_check_grade_item(x, it, False) is None for x in upto)
            ):
                what = f"{n} inspections (ilacs holds {len(gave)} that gave it)"
                results.append((upto[-1], dict(it, what=what), False))
            elif len(gave) == n:
                results.append((gave[-1], it, True))
            else:
                undecided = True
            continue
        if it.get("held_since") and current is not None:
            # "has been rated good since its last inspection in 2019": the inspection of that
            # year gave it, and so did every one after it (none held that year: not settled)
            y = it["held_since"]
            upto = [x for x in insp if not x.published or x.published <= as_of]
            then = [x for x in upto if y in _doc_years(x)]
            every = it.get("all", c.grade_scope == "all")
            if not then:
                # "Leeds has held an outstanding rating since 2016": no inspection that year,
                # but the report in force all through it (Leeds's good of 2015) did not give
                # the grade, so the run began later (inspections in force for part of the year
                # or graded in other words leave it unsettled)
                earlier = [x for x in upto if x.published and x.published.year < y]
                if not earlier:
                    results.append((None, it, None))
                    continue
                if _check_grade_item(earlier[-1], it, every) is False:
                    areas = ", ".join(AREA_WORDS[a] for a in it["areas"]) or "overall effectiveness"
                    what = f"{areas}, the grade in force all through {y}"
                    results.append((earlier[-1], dict(it, what=what), False))
                    continue
            run = upto[upto.index((then or earlier)[-1]) :]
            said = [_check_grade_item(x, it, every) for x in run]
            if False in said:
                x = run[said.index(False)]
                results.append((x, it, False))
            elif not then:
                # it held the grade in that year, but from an earlier inspection: whether the
                # article dates the run's start wrongly is not settled
                results.append((None, it, None))
            else:
                results.append((then[-1], it, True if all(said) else None))
            continue
        d, pinned = _pick_doc(insp, as_of, it, current, c.facts.get("from_to", False), c.text)
        moved_from = False
        if (
            pinned
            and d is not None
            and it["role"] == "previous"
            and not c.facts.get("from_to")
            and it["whens"]
            and _MOVED_FROM.search(c.text)
            and _check_grade_item(d, it, False) is False
            and (before := _previous(insp, d)) is not None
            and _check_grade_item(before, it, False) is True
        ):
            # "Doncaster moved up from requires improvement in March", "rose from inadequate in
            # 2019": with no 'to', the date may be the move's as well as the grade's (the
            # inspection before the one it names gave the grade)
            d, moved_from = before, True
        if (
            it.get("left_by_move")
            and pinned
            and d is not None
            and d in insp
            # (the report the date names, not one taken already as the one before it: "have
            # shaken off the 'inadequate' label ..., according to an Ofsted report published
            # yesterday")
            and (not it["whens"] or any(_date_matches(w, d, None) for w in it["whens"]))
        ):
            # "A re-inspection in June 2018 lifted the council out of inadequate": the grade
            # left is the inspection's before the one the date names
            d = _previous(insp, d)
        if it.get("reported") and current is not None:
            # "Members were informed that ... had been judged Good": the latest report
            d, pinned = current, True
        elif not pinned and it.get("scene") and not it["whens"]:
            # "In 2015, inspectors judged ...", "By the autumn of 2021 the picture had changed.
            # A two-week inspection ... rated the council good overall": the inspection of the
            # year the narrative set (none held that year: the latest, as before)
            then = [
                x
                for x in insp
                if it["scene"] in _doc_years(x) and (not x.published or x.published <= as_of)
            ]
            if then:
                d, pinned = then[-1], True
        elif not pinned and it.get("scene_loose") and not it["whens"]:
            # "... rated the council inadequate overall. / Help and protection and leadership
            # were both judged inadequate": the inspection of the year the paragraph before
            # told of, if it gives the grade (else the latest, as before)
            then = [
                x
                for x in insp
                if it["scene_loose"] in _doc_years(x)
                and (not x.published or x.published <= as_of)
                and x is not current
            ]
            if then and _check_grade_item(then[-1], it, it.get("all", c.grade_scope == "all")):
                d, pinned = then[-1], True
        before_it = [
            w
            for w in it["whens"]
            if c.start <= w.start <= c.start + len(c.text)
            and re.search(
                r"\b(?:before|prior\s+to)\s+(?:its|the|their)\s+$",
                c.text[max(0, w.start - c.start - 25) : w.start - c.start],
                re.IGNORECASE,
            )
            and re.match(r"\s+(?:full\s+|Ofsted\s+)?inspection\b", c.text[w.end - c.start :], re.I)
        ]
        if before_it and len(it["whens"]) == 1 and it["role"] == "previous":
            # "Before its 2022 inspection it had been rated good": the inspection before the one
            # of that year (none held: the record cannot say)
            y = before_it[0].first.year
            then = [x for x in insp if y in _doc_years(x)]
            d, pinned = (_previous(insp, then[0]) if then else None), True
        months = [w for w in it["whens"] if w.precision == "month"]
        if (
            d is not None
            and months
            and not any(_date_matches(w, d, None) for w in months)
            and not it.get("left_by_move")
            and not moved_from
        ):
            # "Warrington, rated good in May": the month of the visit or of the report
            dated = [x for x in insp if any(_date_matches(w, x, None) for w in months)]
            if (
                dated
                and it["role"] == "previous"
                and c.facts.get("from_to")
                and d is _previous(insp, dated[-1])
            ):
                pass  # "Last month its rating fell from good to ...": the month of the move
            elif dated:
                d = dated[-1]
            elif (
                near := [
                    x
                    for x in insp
                    if all(w.end <= c.start for w in months)
                    and any(
                        abs((day - w.first).days) <= 62 or abs((day - w.last).days) <= 62
                        for w in months
                        for day in (x.inspection_start, x.inspection_end, x.published)
                        if day
                    )
                ]
            ) and len(near) == 1:
                # "That previous inspection, carried out in November 2021, also found services
                # good overall" (on site in December): a month told before the grade's own
                # words is the date claim's, checked there; the grade is the inspection's it
                # names nearly
                d = near[0]
            else:
                month = f"{months[0].first:%B %Y}"
                results.append(
                    (d, dict(it, what=f"an inspection on site or published in {month}"), False)
                )
                continue
        if d is None and it.get("interval"):
            # "seven years after children's services in the county were judged inadequate":
            # no inspection of this council then (a predecessor's, or the years loosely told)
            results.append((None, it, None))
            continue
        if d is None and it["whens"]:
            # "the most recent one in 2020": no inspection that year, where ilacs holds the
            # council's inspections before and after it
            year = it["whens"][0].first.year
            held = [x for x in record.by_urn.get(urn, []) if x.kind == "inspection"]
            if (
                insp
                # ilacs holds every full inspection since the single inspection framework (2014)
                and (min(_doc_years(insp[0])) < year or year >= 2014)
                # (a council created since: "at Cumbria, in November 2022" is its predecessor's)
                and not _created_after(urn, year)
                and year <= as_of.year
                and not any(year in _doc_years(x) for x in held)
            ):
                what = ", ".join(_label(x) for x in insp if not x.published or x.published <= as_of)
                results.append(
                    (
                        current or insp[-1],
                        dict(it, what=f"an inspection in {year} (ilacs holds: {what})"),
                        False,
                    )
                )
                continue
            # "its previous rating, in 2013" / "when Ofsted last inspected in 2012": the
            # inspection just before the latest, which ilacs holds and which came later
            prev = _previous(insp, current)
            if (
                prev is not None
                and _LAST_ONE.search(c.text)
                and year < min(_doc_years(prev))
                and not any(year in _doc_years(x) for x in held)
                # ("Cumbria's children's services were last judged ... in November 2022": a
                # council created since, its predecessor's inspection)
                and not _created_after(urn, year)
            ):
                results.append(
                    (
                        prev,
                        dict(
                            it, what=f"an inspection in {year} (the one before the latest is this)"
                        ),
                        False,
                    )
                )
                continue
        recent = [
            w
            for w in it["whens"]
            if w.precision == "period" and w.last - w.first < timedelta(days=8)
        ]
        if d is None and recent and insp:
            w = recent[0]
            if any(x.published and w.first <= x.published <= w.last for x in record.docs):
                results.append(
                    (insp[-1], dict(it, what=f"a report published {w.first} to {w.last}"), False)
                )
                continue
        if d is None:
            results.append((None, it, None))
            continue
        recent = [
            w
            for w in it["whens"]
            if w.precision == "period" and w.last - w.first < timedelta(days=8)
        ]
        if (
            recent
            and not it.get("left_by_move")
            and not (d.published and recent[0].first <= d.published <= recent[0].last)
        ):
            # "this week became the latest to be rated...": a report of that week, if ilacs
            # holds any report published that week
            w = recent[0]
            if any(x.published and w.first <= x.published <= w.last for x in record.docs):
                results.append(
                    (d, dict(it, what=f"a report published {w.first} to {w.last}"), False)
                )
                continue
        ok: bool | None
        if c.facts.get("several"):
            ok = it["grade"] in _graded_areas(d).values()
        elif it.get("rest"):
            named = {a for x in items if x is not it for a in x["areas"]}
            rest = [a for a in _key_areas(d) if a not in named]
            ok = all(d.grades.get(a) == it["grade"] for a in rest) if rest else None
        elif c.facts.get("all_but"):
            # "outstanding in every area but one": that grade in all the key judgements but
            # that many, by a reading with or without overall effectiveness
            k = int(c.facts["all_but"])
            ok = _count_but_ok(d, it["grade"], k)
        elif (
            c.number is not None
            and c.grade_scope != "all"
            and (it["role"] == "current" or pinned)
            and not _count_is_other(c, it, items)
            # (not when another grade is 'the other three areas', or the count follows
            # another grade's words: the count is that one's)
            and not any(x.get("rest") or _count_after(c, x) for x in items if x is not it)
        ):
            # "outstanding overall and in three of the four individual areas": the writer's
            # own count of areas, which may not be ilacs's
            sized = not re.search(r"\b(?:overall|individual)\b", c.text, re.IGNORECASE)
            ok = _count_ok(d, it["grade"], c.number, c.total, sized, bool(c.facts.get("at_least")))
            if ok and it.get("except_strict") and "unnamed" not in it.get("except", []):
                # "inadequate in four of the five areas, with only adoption escaping it"
                ok = not any(d.grades.get(a) == it["grade"] for a in it["except"])
            if ok and it["areas"] and it["areas"] != ["overall"]:
                # "good in two more, including children in care": the named ones too
                ok = _check_grade_item(d, it, False) is not False
        else:
            ok = _check_grade_item(d, it, it.get("all", c.grade_scope == "all"))
        if (
            ok
            and c.facts.get("consecutive")
            # "after two successive inspections found they required improvement": the ones
            # before the latest
            and (
                it["role"] == "current"
                or (
                    it["role"] == "previous"
                    and d is not current
                    and re.search(
                        r"\b(?:after|following)\s+(?:two|three|four|both|\d)\s+(?:successive|"
                        r"consecutive|straight|previous)\b",
                        c.text,
                        re.IGNORECASE,
                    )
                )
                # "It was judged to require improvement for the third inspection running": the
                # run that ends at the inspection told, in the past tense too
                or (
                    it["role"] == "previous"
                    and re.search(
                        r"\b(?:inspections?|times?)\s+(?:running|in\s+a\s+row)\b",
                        c.text,
                        re.IGNORECASE,
                    )
                )
            )
            # "rated good for a third inspection running, with good services for care leavers":
            # the run is the grade's before it, not a later one's
            and not _after_the_run(c, it, items)
            # "the report, published today, is the third good rating in a row": a date that
            # names the latest report does not take it out of the run
            # (a run said in words: "again" may be another grade's)
            and (not pinned or (d is current and c.facts.get("consecutive_exact")))
        ):
            n = c.facts["consecutive"]
            upto = insp[: insp.index(d) + 1][-n:]
            if len(upto) == n and it["areas"] and it["areas"] != ["overall"]:
                # "children in care were again judged to be good": that area's grades
                ok = all(_check_grade_item(x, it, False) is not False for x in upto)
                if (
                    not ok
                    and c.facts.get("again")
                    and not it.get("negated")
                    and _check_grade_item(d, it, False) is True
                ):
                    if any(_check_grade_item(x, it, False) is True for x in insp[: insp.index(d)]):
                        # "Services for children in care and care leavers in Southwark are good
                        # again": back to a grade an earlier inspection gave that judgement
                        ok = True
                    else:
                        # (no inspection ilacs holds gave it before: the earlier one may be
                        # before the record, so the grade holds and "again" is not settled)
                        results.append((d, it, None))
                        again_unsettled = (d, it)
                        continue
                if not ok:
                    # (one of them grades that judgement otherwise: the run is broken)
                    results.append((d, dict(it, what=f"{n} inspections in a row"), False))
                    continue
            elif len(upto) == n:
                # "the third inspection in a row in which it has fallen short of good": a grade
                # said not held, at each of them
                every = bool(it.get("all", c.grade_scope == "all")) and not _RUN_OF_OVERALL.search(
                    c.text
                )
                ok = all(
                    _gives_in_run(x, it["grade"], every) != bool(it.get("negated")) for x in upto
                )
                if (
                    not ok
                    and c.facts.get("again")
                    and not it.get("negated")
                    and d.grades.get("overall") == it["grade"]
                    and any(x.grades.get("overall") == it["grade"] for x in insp[: insp.index(d)])
                ):
                    # "Blackburn with Darwen's children's services are good again" after a spell
                    # requiring improvement: back to a grade an earlier inspection gave
                    ok = True
                elif not ok:
                    results.append(
                        (d, dict(it, areas=["overall"], what=f"{n} inspections in a row"), False)
                    )
                    continue
                at = insp.index(d) - n
                if (
                    c.facts.get("consecutive_exact")
                    and at >= 0
                    and not it.get("negated")
                    and insp[at].grades.get("overall") == it["grade"]
                    and not re.search(
                        r"\b(?:framework|regime|under (?:the )?(?:ILACS|SIF)|since (?:19|20)\d\d)\b",
                        c.text,
                        re.IGNORECASE,
                    )
                ):
                    # "rated good for the second inspection in a row" when the one before those
                    # was good too: more than that many in a row
                    what = f"exactly {n} inspections in a row (the {_label(insp[at])} gave it too)"
                    results.append((d, dict(it, areas=["overall"], what=what), False))
                    continue
            else:
                # "the fourth inspection in a row rated outstanding" when ilacs holds fewer: the
                # run takes in every one it holds, and one of them that did not give the grade
                # breaks it (all giving it: the record cannot say how far back it goes)
                broke = [
                    x
                    for x in upto
                    if (
                        _check_grade_item(x, it, False) is False
                        if it["areas"] and it["areas"] != ["overall"]
                        else x.grades.get("overall") is not None
                        and (x.grades.get("overall") == it["grade"]) == bool(it.get("negated"))
                    )
                ]
                if n > len(upto) and broke and upto and upto[-1] is d:
                    words = ", ".join(AREA_WORDS.get(a, a) for a in it["areas"]) or (
                        "overall effectiveness"
                    )
                    what = f"{words}, which breaks a run of {n} inspections in a row"
                    results.append((broke[-1], dict(it, what=what), False))
                    continue
                if (
                    n > len(upto)
                    and not broke
                    and upto
                    and upto[-1] is d
                    and it["grade"] == "requires_improvement"
                    and not it.get("negated")
                ):
                    # "the fourth full inspection in a row to rate Wokingham requires improvement"
                    # with three held: requires improvement is a grade of 2013 and after, and
                    # ilacs holds every inspection since
                    what = (
                        f"{n} inspections in a row (ilacs holds {len(upto)}, every one since 2013)"
                    )
                    results.append((d, dict(it, what=what), False))
                    continue
                ok = None if n > len(insp) else ok
        # no cue said which inspection: one before the latest settles a match if the clause
        # speaks of the past, but only the latest can contradict
        # "its leadership grade rose from good to outstanding": the new grade is the latest
        # one, unless the clause is told in the past ("had improved from ... to ...")
        moved_now = c.facts.get("from_to") and not re.search(
            r"\b(?:had|previously|then|at the time|earlier|in (?:19|20)\d\d)\b",
            c.text,
            re.IGNORECASE,
        )
        if (
            ok is False
            and not pinned
            and it["role"] == "current"
            and (c.facts.get("previous_cue") or it.get("past_context"))
            and not moved_now
            # ("... to good in 2021 and outstanding now": now is the latest)
            and not it.get("now_said")
            # "care leavers, judged separately under the current framework, was graded ...":
            # the latest inspection, said so
            and not _NOW_SAID.search(c.text)
        ):
            prev = _previous(insp, current)
            # "Care leavers' experiences were judged good, while help and protection, children
            # in care and leadership were all rated requires improvement": another grade of the
            # same telling is the latest inspection's, and not the one before's
            told_now = (
                prev is not None
                and current is not None
                and not it.get("past_context")
                and any(
                    x is not it
                    and x["role"] == "current"
                    and not x["whens"]
                    and x["areas"]
                    and _check_grade_item(current, x, False) is True
                    and _check_grade_item(prev, x, False) is False
                    for x in items
                )
            )
            # "Neighbouring Slough was rated inadequate at its last inspection", said in 2022 of
            # a council whose latest report (2019) is no news: its latest, not the one before
            latest_meant = bool(
                current is not None
                and current.published is not None
                and current.published < as_of - timedelta(days=90)
                and re.search(
                    r"\bat\s+(?:its|their)\s+(?:last|latest|most\s+recent)\s+(?:full\s+)?"
                    r"(?:Ofsted\s+)?inspection\b",
                    c.text,
                    re.IGNORECASE,
                )
            )
            # "Support for care leavers was rated outstanding.", in an article on a report just
            # out, with no word of an earlier time: the new report's grade (a plain past tense
            # is how news tells the latest)
            fresh_plain = bool(
                current is not None
                and current.published is not None
                and timedelta(0) <= as_of - current.published <= timedelta(days=45)
                and not it.get("past_context")
                and bool(it["areas"])
                and "overall" not in it["areas"]
                and not _EARLIER_WORDS.search(c.text)
                and not re.search(r"\b(?:describ\w*|call\w*|prais\w*|singled)\b", c.text, re.I)
            )
            if (
                prev is not None
                and not told_now
                and not latest_meant
                and not fresh_plain
                and _check_grade_item(prev, it, it.get("all", c.grade_scope == "all"))
            ):
                d, ok = prev, True
            elif (
                it.get("past_context") or (c.facts.get("duration") or {}).get("to_event")
            ) and current in insp:
                # ("the result comes seven years after services were judged inadequate": a
                # grade dated by a span, which may reach past the inspection before)
                # "at the 2017 inspection it had been rated good overall, although care leavers
                # had both been judged to require improvement": any inspection before the latest
                hit = next(
                    (
                        x
                        for x in reversed(insp[: insp.index(current)])
                        if _check_grade_item(x, it, it.get("all", c.grade_scope == "all"))
                    ),
                    None,
                )
                span = (c.facts.get("duration") or {}) if not it.get("past_context") else {}
                span_n = T.number(str(span.get("n"))) if span.get("n") else None
                if (
                    hit is not None
                    and span.get("to_event")
                    and (
                        span_n is None
                        or str(span.get("u", "")).lower().startswith("decade")
                        or not hit.published
                        or abs((as_of - hit.published).days / 365.25 - span_n) > 1.5
                    )
                ):
                    hit = None  # "four years after it was judged inadequate": not that long ago
                if hit is not None:
                    d, ok = hit, True
        if ok is False and it["role"] == "previous" and not pinned and not it.get("at_last"):
            # "previously" without a date: any earlier inspection may be meant
            earlier = insp[: insp.index(current)] if current in insp else []
            hit = next(
                (
                    x
                    for x in reversed(earlier)
                    if _check_grade_item(x, it, it.get("all", c.grade_scope == "all"))
                ),
                None,
            )
            if hit is not None:
                d, ok = hit, True
            elif (
                it.get("weak_previous")
                and current is not None
                and _check_grade_item(current, it, it.get("all", c.grade_scope == "all"))
            ):
                # "Services had been judged good overall" in minutes of the meeting after the
                # report: the tense of the minutes, the latest inspection
                d, ok = current, True
        if ok is False and it.get("ever") and it["role"] == "previous" and not pinned:
            # "once rated inadequate" and no inspection ilacs holds gave it: one before the
            # record may have (ilacs holds none before the single inspection framework)
            results.append((None, it, None))
            continue
        if (
            ok
            and it.get("moved")
            and d in insp
            and len(c.urns) == 1  # (not "X climbs to good as Y holds its rating")
            # "its leadership, rated outstanding before, slipped to good": the area named with
            # the other grade, which this check does not guess
            and (it["areas"] or not T.areas_in(c.text))
        ):
            # "children in care improved to good": the inspection before had a worse grade
            before = _previous(insp, d)
            same = [
                a
                for a in (it["areas"] or ["overall"])
                if before is not None
                and before.grades.get(a)
                and d.grades.get(a)
                and (RANK[before.grades[a]] - RANK[d.grades[a]]) * it["moved"] <= 0
            ]
            if before is not None and same:
                words = ", ".join(AREA_WORDS.get(a, a) for a in same)
                results.append(
                    (
                        d,
                        dict(
                            it,
                            what=f"{words} as a move {'up' if it['moved'] > 0 else 'down'} "
                            f"(the {_label(before)} gave {_grades_text(before)})",
                        ),
                        False,
                    )
                )
                continue
        if (
            ok
            and it.get("left")
            and it["role"] == "previous"
            and not pinned
            and current is not None
            and d is not current
            and len(c.urns) == 1
            and (
                re.search(
                    r"\b(?:has|have)\s+(?:now\s+|finally\s+)?(?:lost|shed|shaken\s+off|been "
                    r"stripped of)\s+(?:its|their)\b|\b(?:loses|sheds|shakes\s+off)\s+"
                    # "Middlesbrough is no longer rated inadequate": a grade the latest lacks
                    r"(?:its|their)\b|\b(?:is|are)\s+no\s+longer\s+(?:rated|judged|graded|deemed)\b",
                    c.text,
                    re.IGNORECASE,
                )
                # "However, children in care lost an outstanding grade": told of this report
                # in the simple past (not "had lost", "when it lost")
                or (
                    re.search(r"\blost\s+(?:its|their|an?|the)\b", c.text, re.IGNORECASE)
                    and not re.search(
                        r"\b(?:had|when|after|since|before|once|until|previously|then|"
                        r"(?:19|20)\d\d|ago|last\s+time|earlier)\b",
                        c.text,
                        re.IGNORECASE,
                    )
                )
            )
            and _check_grade_item(current, dict(it, negated=False), False) is True
        ):
            # "has lost its good Ofsted rating": the latest report no longer gives it
            words = ", ".join(AREA_WORDS[a] for a in it["areas"]) or "overall effectiveness"
            what = f"{words} (a grade the article says it has lost)"
            results.append((current, dict(it, negated=True, what=what), False))
            continue
        if ok and it.get("since_moved") and pinned and current is not None and d in insp:
            # "help and protection had declined since 2018, when it was rated as requiring
            # improvement": the latest grade of that judgement is worse (better: improved)
            wrong = [
                a
                for a in (it["areas"] or ["overall"])
                if d is not current
                and d.grades.get(a) in RANK
                and current.grades.get(a) in RANK
                and (RANK[d.grades[a]] - RANK[current.grades[a]]) * it["since_moved"] < 0
            ]
            if wrong:
                words = ", ".join(AREA_WORDS.get(a, a) for a in wrong)
                now = ", ".join(_grade_words(current.grades[a]) for a in wrong)
                moved_to, moved_was = ("up", "down") if it["since_moved"] > 0 else ("down", "up")
                what = (
                    f"{words}, and the move since then is {moved_was}, not {moved_to} (the "
                    f"{_label(current)} gives {words} {now})"
                )
                results.append((d, dict(it, what=what, moved_wrong=True), False))
                continue
        results.append((d, it, ok))
    judged = [x for x in results if x[2] is not None]
    if not judged and again_unsettled is not None:
        d, it = again_unsettled
        return (
            N,
            f"The {_label(d)} gives {_grade_words(it['grade'])} for "
            f"{', '.join(AREA_WORDS[a] for a in it['areas'])}, but ilacs holds no earlier report "
            f"that gave it, so 'again' is not settled (an earlier one may be before the record): "
            f"{_grades_text(d)}.",
            [_evidence(d, _grades_text(d))],
        )
    if not judged:
        return (
            N,
            "The record does not say which inspection this is, or does not grade that judgement.",
            [],
        )
    bad = [x for x in judged if x[2] is False]
    docs = list(dict.fromkeys(x[0] for x in judged))
    evidence = [_evidence(d, _grades_text(d)) for d in docs]
    if undecided and not bad:
        return N, "The record does not settle how many inspections gave that grade.", evidence
    if bad and (why := _fragile_grade(c, bad[0][0], bad[0][1], results, insp, as_of)):
        return N, f"Not settled: {why}.", evidence
    if bad:
        d, it, _ = bad[0]
        what = (
            "every judgement"
            if c.grade_scope == "all"
            else (", ".join(AREA_WORDS[a] for a in it["areas"]) or "overall effectiveness")
        )
        if it.get("what"):
            what = it["what"]
        elif it.get("except") and "unnamed" not in it["except"] and not it["areas"]:
            what = "every judgement but " + ", ".join(AREA_WORDS.get(a, a) for a in it["except"])
        elif d.framework == "ilacs2026" and it["areas"] in ([], ["overall"]):
            what = "any of its judgements (it gives no overall grade)"
        elif c.number is not None:
            what = f"{c.number} judgement(s)"
        return (
            C,
            f"The {_label(d)} "
            f"{'gives' if it.get('negated') or it.get('moved_wrong') else 'does not give'} "
            f"{_grade_words(it['grade'])} for {what}"
            f"{', which the article says it had not' if it.get('negated') else ''}: "
            f"{_grades_text(d)}.",
            evidence,
        )
    return S, " ".join(f"The {_label(d)}: {_grades_text(d)}." for d in docs), evidence


def _check_every_area_cmp(c: Claim, view: RecordView, as_of: date) -> None:
    """'The grades are the same in every area as at the last inspection in 2023': each judgement
    graded both times, against the inspection before (of that year, when named)."""
    if not c.urns:
        return
    insp = _inspections(view, c.urns[0])
    cur = _current(insp, as_of)
    prev = _previous(insp, cur)
    year = c.facts.get("than_year")
    if year and cur is not None:
        then = [x for x in insp[: insp.index(cur)] if year in _doc_years(x)]
        prev = then[-1] if then else None
    if cur is None or prev is None:
        c.verdict = N
        c.explanation = (
            "ilacs holds no inspection of this council before the latest to compare with."
        )
        return
    keys = [
        a for a in _key_areas(cur) if a != "overall" and prev.grades.get(a) and cur.grades.get(a)
    ]
    if not keys:
        c.verdict = N
        c.explanation = "Its last two inspections do not grade the same judgements one for one."
        return
    said = c.facts["every_area_cmp"]
    moves = [RANK[prev.grades[a]] - RANK[cur.grades[a]] for a in keys]
    ok = all((m > 0) - (m < 0) == said for m in moves)
    c.evidence = [_evidence(prev, _grades_text(prev)), _evidence(cur, _grades_text(cur))]
    c.verdict = S if ok else C
    word = {1: "higher", -1: "lower", 0: "the same"}[said]
    c.explanation = (
        f"The {_label(prev)} gave {_grades_text(prev)}; the {_label(cur)} gives "
        f"{_grades_text(cur)}" + ("." if ok else f": not {word} in every judgement.")
    )


def _check_each_move(c: Claim, view: RecordView, as_of: date) -> None:
    """'The city has improved at each of its last three inspections': the overall grade of
    each of the last n inspections against the one before it."""
    if not c.urns:
        return
    insp = [x for x in _inspections(view, c.urns[0]) if not x.published or x.published <= as_of]
    n, way = c.facts["each_move"], c.facts["direction"]
    if len(insp) < n + 1:
        c.verdict = N
        c.explanation = (
            f"ilacs holds fewer than {n + 1} graded inspections of this council by then."
        )
        return
    pairs = list(zip(insp[-n - 1 : -1], insp[-n:], strict=True))
    c.evidence = [_evidence(x, _grades_text(x)) for x in insp[-n - 1 :]]
    told = "; ".join(
        f"{_label(b)}: {_grade_words(b.grades.get('overall')) if b.grades.get('overall') else 'no overall grade'}"
        for b in insp[-n - 1 :]
    )
    if any(
        a.grades.get("overall") not in RANK or b.grades.get("overall") not in RANK for a, b in pairs
    ):
        c.verdict = N
        c.explanation = f"One of those inspections has no overall grade ({told})."
        return
    wrong = [
        b for a, b in pairs if (RANK[a.grades["overall"]] - RANK[b.grades["overall"]]) * way <= 0
    ]
    if wrong:
        c.verdict = C
        c.explanation = (
            f"The {_label(wrong[0])} was not a move {'up' if way > 0 else 'down'} overall ({told})."
        )
    else:
        c.verdict, c.explanation = S, f"Overall, each a move {'up' if way > 0 else 'down'}: {told}."


def _check_marked_down(c: Claim, view: RecordView, as_of: date) -> None:
    """'rated outstanding, though inspectors marked down one area': the judgements of its latest
    inspection graded below its overall grade."""
    if not c.urns:
        return
    cur = _current(_inspections(view, c.urns[0]), as_of)
    if cur is None or not cur.grades.get("overall"):
        c.verdict = N
        c.explanation = "ilacs holds no overall grade of this council's latest inspection by then."
        return
    top = RANK[cur.grades["overall"]]
    below = [a for a in _key_areas(cur) if a != "overall" and RANK.get(cur.grades[a], 0) > top]
    n = c.facts["marked_down"]
    words = ", ".join(AREA_WORDS.get(a, a) for a in below) or "none"
    c.evidence = [_evidence(cur, _grades_text(cur))]
    c.verdict = S if len(below) == n else C
    c.explanation = (
        f"The {_label(cur)} grades {len(below)} judgement(s) below its overall "
        f"{_grade_words(cur.grades['overall'])} ({words})"
        + ("." if len(below) == n else f", not {n}.")
    )


def _span_start(c: Claim, insp: list, cur: Any, area: str, as_of: date) -> list:
    """The inspections a move "in a decade" or "since 2016" may count from whose grade for
    `area` is that many steps from the current one: the one in force when the span began and
    the first given in it."""
    if c.facts.get("since_year"):
        start = date(c.facts["since_year"], 1, 1)
    else:
        try:
            start = as_of.replace(year=as_of.year - int(c.facts["over_years"]))
        except ValueError:
            start = as_of.replace(year=as_of.year - int(c.facts["over_years"]), day=28)
    graded = [x for x in insp[: insp.index(cur)] if x.grades.get(area) in RANK and x.published]
    held = [x for x in graded if x.published <= start][-1:]
    first = [x for x in graded if x.published > start][:1]
    if c.facts.get("since_year"):
        # "since 2016": the inspection of that year too
        first = [x for x in graded if x.published.year >= start.year][:1]
    return [
        x
        for x in held + first
        if RANK[x.grades[area]] - RANK.get(cur.grades.get(area) or "", 0) == c.facts["jump"]
    ]


def _moved_from(d: Any, cur: Any, area: str, c: Claim, lead: str = "From") -> str:
    """'From the <report> (<grade>) to the <report> (<grade>): +2 grade(s)', and ', not +3'
    when the claim's jump is another."""
    shift = RANK[d.grades[area]] - RANK[cur.grades[area]]
    return (
        f"{lead} the {_label(d)} ({_grade_words(d.grades[area])}) to the {_label(cur)} "
        f"({_grade_words(cur.grades[area])}): {shift:+d} grade(s)"
        + ("." if shift == c.facts["jump"] else f", not {c.facts['jump']:+d}.")
    )


def _check_jump(c: Claim, view: RecordView, as_of: date) -> None:
    """'jumped two grades': the steps between the overall grades of its last two inspections."""
    if not c.urns:
        return
    if len(set(c.urns)) > 1 and re.search(r"\b(?:both|each|all)\b", c.text, re.IGNORECASE):
        # "and both have now jumped two grades": each council's move, all to hold
        parts = []
        for u in dict.fromkeys(c.urns):
            one = replace(c, urns=[u], evidence=[], verdict=None, explanation=None)
            _check_jump(one, view, as_of)
            parts.append(one)
        bad = next((x for x in parts if x.verdict == C), None)
        unsettled = next((x for x in parts if x.verdict != S), None)
        c.verdict = C if bad else (S if unsettled is None else N)
        c.explanation = " ".join(
            f"{_urn_name(view, x.urns[0])}: {x.explanation}" for x in ([bad] if bad else parts)
        )
        c.evidence = [e for x in parts for e in x.evidence]
        return
    insp = _inspections(view, c.urns[0])
    cur = _current(insp, as_of)
    prev = _previous(insp, cur)
    if c.facts.get("than_year") and cur is not None:
        # "a better rating than they were given in 2022": the inspection of that year
        year = c.facts["than_year"]
        then = [x for x in insp[: insp.index(cur)] if year in _doc_years(x)]
        prev = then[-1] if then else None
    if c.facts.get("at_year") and cur is not None:
        # "jumped two grades to good in March 2020": the move of that year's inspection
        year = c.facts["at_year"]
        then = [x for x in insp[: insp.index(cur) + 1] if x.published and x.published.year == year]
        if not then:
            c.verdict = N
            c.explanation = f"ilacs holds no report of this council published in {year}."
            return
        cur = then[-1]
        prev = _previous(insp, cur)
    elif (
        c.facts.get("scene")
        and not c.facts.get("than_year")
        # ("Both councils had been judged inadequate after inspections in 2022 ... and both
        # have now jumped two grades": the move to the latest)
        and not re.search(r"\b(?:now|today|this\s+(?:week|month|time))\b", c.text, re.IGNORECASE)
        and cur is not None
        and (then := [x for x in insp[: insp.index(cur) + 1] if c.facts["scene"] in _doc_years(x)])
    ):
        # "When inspectors returned in February 2017, they found services had improved ...
        # leadership jumped two grades": the move of the inspection of the year the narrative
        # set (none held then: the latest, as before)
        cur = then[-1]
        prev = _previous(insp, cur)
    years_told = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", c.text)}
    if (
        years_told
        and insp
        and not c.facts.get("at_year")
        and not c.facts.get("than_year")
        and all(y < min(_doc_years(insp[0])) for y in years_told)
    ):
        # "By November 2012 protection services had been upgraded to adequate": a move told of
        # a time before the first inspection ilacs holds of this council
        c.verdict, c.explanation = (
            N,
            f"ilacs holds no inspection of this council before the {_label(insp[0])}.",
        )
        return
    if cur is None or prev is None:
        c.verdict, c.explanation = (
            N,
            "ilacs holds fewer than two graded inspections of this council by then.",
        )
        return
    area = c.facts.get("area") or "overall"
    each = c.facts.get("each_area") or []
    each_moves = {
        a: RANK[prev.grades[a]] - RANK[cur.grades[a]]
        for a in each
        if prev.grades.get(a) in RANK and cur.grades.get(a) in RANK
    }
    if c.facts.get("jump") and each and len(each_moves) == len(each):
        # "Leadership and services for children in care were both rated good – a jump of two
        # grades": the move of each judgement named
        c.evidence = [_evidence(prev, _grades_text(prev)), _evidence(cur, _grades_text(cur))]
        each_told = ", ".join(f"{AREA_WORDS.get(a, a)} {m:+d}" for a, m in each_moves.items())
        each_said = f"From the {_label(prev)} to the {_label(cur)}: {each_told} grade(s)"
        if all(m == c.facts["jump"] for m in each_moves.values()):
            c.verdict, c.explanation = S, f"{each_said}."
        elif all(m != c.facts["jump"] for m in each_moves.values()):
            c.verdict, c.explanation = C, f"{each_said}, not {c.facts['jump']:+d}."
        else:
            c.verdict, c.explanation = N, f"{each_said}."
        return
    if (
        area == "overall"
        and c.facts.get("direction") in (1, -1)
        and not c.facts.get("jump")
        and not (prev.grades.get(area) and cur.grades.get(area))
    ):
        # "a marked improvement on its first inspection in 2022" when the later framework
        # grades no overall effectiveness: every judgement both grade moving that way (or
        # every one the other way) settles it
        pairs = [
            (a, RANK[prev.grades[a]] - RANK[cur.grades[a]])
            for a in _key_areas(cur)
            if a != "overall" and prev.grades.get(a) in RANK and cur.grades.get(a) in RANK
        ]
        said = c.facts["direction"]
        if len(pairs) >= 3 and (
            all(m * said > 0 for _, m in pairs) or all(m * said < 0 for _, m in pairs)
        ):
            ok = pairs[0][1] * said > 0
            c.evidence = [_evidence(prev, _grades_text(prev)), _evidence(cur, _grades_text(cur))]
            c.verdict = S if ok else C
            c.explanation = (
                f"With no overall grade in both, every judgement graded in both moved "
                f"{'up' if pairs[0][1] > 0 else 'down'} from the {_label(prev)} to the "
                f"{_label(cur)}."
            )
            return
    if c.facts.get("joint_care") and (
        prev.grades.get("care_leavers") or cur.grades.get("care_leavers")
    ):
        c.verdict = N
        c.explanation = (
            "Its children in care and care leavers are graded apart: which move is told?"
        )
        return
    if (
        area == "care_leavers"
        and prev.framework == "ilacs2018"
        and not prev.grades.get(area)
        and prev.grades.get("in_care")
    ):
        # "the care leavers' service ... was marked down": ILACS 2018 judged children in care
        # and care leavers as one
        prev = replace(prev, grades={**prev.grades, "care_leavers": prev.grades["in_care"]})
    if not (prev.grades.get(area) and cur.grades.get(area)):
        c.verdict = N
        c.explanation = (
            f"One of its last two inspections has no {AREA_WORDS.get(area, area)} grade "
            "(the 2026 framework has no overall one; ILACS 2018 none for care leavers)."
        )
        return
    steps = RANK.get(prev.grades.get(area), 0) - RANK.get(cur.grades.get(area), 0)
    c.evidence = [_evidence(prev, _grades_text(prev)), _evidence(cur, _grades_text(cur))]
    what = f"{AREA_WORDS.get(area, area)} went from {_grade_words(prev.grades.get(area))} ({prev.published}) to {_grade_words(cur.grades.get(area))} ({cur.published})"
    if "direction" in c.facts and c.facts.get("phrase") and steps == 0:
        # "The result is an improvement on the last inspection": the same overall grade, with
        # better ones in some judgements, is an improvement too
        moves = [
            RANK[prev.grades[a]] - RANK[cur.grades[a]]
            for a in _key_areas(cur)
            if a != "overall" and prev.grades.get(a) and cur.grades.get(a)
        ]
        said = c.facts["direction"]
        if any(m * said > 0 for m in moves) and not any(m * said < 0 for m in moves):
            c.verdict, c.explanation = S, f"Its {what}, and some judgements moved that way."
        else:
            c.verdict, c.explanation = N, f"Its {what}: the words may weigh other judgements."
        return
    if c.facts.get("direction") == 0:
        # "the overall grade is unchanged"
        c.verdict = S if steps == 0 else C
        c.explanation = f"Its {what}." if steps == 0 else f"Not unchanged: its {what}."
        return
    if "direction" in c.facts:
        ok = steps * c.facts["direction"] > 0
        c.verdict = S if ok else C
        c.explanation = (
            f"Its {what}."
            if ok
            else f"Not {'up' if c.facts['direction'] > 0 else 'down'}: its {what}."
        )
        return
    said = c.facts.get("in_areas")
    if steps == c.facts["jump"] and said is not None and area == "overall":
        # "one grade overall and in three of the four judgement areas": the areas that moved
        # by as much
        def before(a: str) -> str | None:
            # ILACS 2018 judged "children in care and care leavers" as one
            if a == "care_leavers" and prev.framework == "ilacs2018":
                return prev.grades.get(a) or prev.grades.get("in_care")
            return prev.grades.get(a)

        keys = [a for a in _key_areas(cur) if a != "overall" and before(a)]
        moved = [
            a
            for a in keys
            if RANK.get(before(a) or "", 9) - RANK.get(cur.grades[a], 9) == c.facts["jump"]
        ]
        total = re.search(
            rf"\b(?:of|all|each of)\s+(?:the\s+|its\s+)?(?P<t>{T.NUMBER})\b",
            c.text[c.text.lower().rfind("overall") :],
        )
        told = T.number(total.group("t")) if total else None
        if not keys or (told and told != len(keys)):
            c.verdict = N
            c.explanation = f"Its {what}; its judgements do not compare one for one."
            return
        if len(moved) == len(keys) if said == "all" else len(moved) == said:
            c.verdict = S
            c.explanation = f"Its {what}, and {len(moved)} of {len(keys)} judgements as much."
        else:
            c.verdict = C
            c.explanation = (
                f"Its {what}; but {len(moved)} of the {len(keys)} judgements graded both "
                f"times moved as much ({', '.join(AREA_WORDS.get(a, a) for a in moved) or 'none'})."
            )
        return
    k = c.facts.get("over_inspections")
    graded_to_cur = [x for x in insp[: insp.index(cur) + 1] if x.grades.get(area) in RANK]
    if k and k >= 2 and len(graded_to_cur) >= k and not c.facts.get("at_year"):
        # "a climb of three grades across four inspections": from the first of the four
        d = graded_to_cur[-k]
        shift = RANK[d.grades[area]] - RANK[cur.grades[area]]
        c.evidence = [_evidence(d, _grades_text(d)), _evidence(cur, _grades_text(cur))]
        c.verdict = S if shift == c.facts["jump"] else C
        c.explanation = _moved_from(d, cur, area, c, f"Over its last {k} inspections, from")
    elif (
        (g0 := c.facts.get("from_grade"))
        and prev.grades.get(area) != g0
        and not any(c.facts.get(k) for k in ("than_year", "at_year", "since_year", "over_years"))
        and (base := [d for d in insp[: insp.index(prev)] if d.grades.get(area) == g0])
    ):
        # "it has now jumped two grades since its inadequate rating": from the last inspection
        # that gave that grade, not the one before this
        d = base[-1]
        c.evidence = [_evidence(d, _grades_text(d)), _evidence(cur, _grades_text(cur))]
        c.verdict = S if RANK[g0] - RANK[cur.grades[area]] == c.facts["jump"] else C
        c.explanation = _moved_from(d, cur, area, c)
    elif steps == c.facts["jump"]:
        c.verdict, c.explanation = S, f"Its {what}: {abs(steps)} grade(s)."
    elif (
        (c.facts.get("over_years") or c.facts.get("since_year"))
        and not c.facts.get("at_year")
        and not c.facts.get("than_year")
        and (then := _span_start(c, insp, cur, area, as_of))
    ):
        # "climbed three grades in a decade", "two grades since 2016": from the grade it held
        # when the span began (or the first one given in it)
        d = then[0]
        c.evidence = [_evidence(d, _grades_text(d)), _evidence(cur, _grades_text(cur))]
        c.verdict = S
        c.explanation = (
            f"From the {_label(d)} ({_grade_words(d.grades[area])}) to the {_label(cur)} "
            f"({_grade_words(cur.grades[area])}): {c.facts['jump']:+d} grade(s)."
        )
    elif (
        (
            not any(c.facts.get(k) for k in ("than_year", "at_year", "after_previous"))
            # (the article gave this judgement the grade of the inspection before: from that one)
            and prev.grades[area] not in c.facts.get("told_area", [])
        )
        and (
            older := [
                d
                for d in insp[: insp.index(prev)]
                if d.grades.get(area)
                and d.grades[area] in c.facts.get("told", [])
                and d.grades[area] != prev.grades[area]
                and RANK.get(d.grades[area], 0) - RANK.get(cur.grades[area], 0) == c.facts["jump"]
            ]
        )
    ):
        # "Jumping two grades" of a council rated inadequate in 2016, requires improvement in
        # 2019 and good now: the move from an inspection before the last, which the words
        # may mean (ilacs cannot tell which inspection they count from)
        d = older[-1]
        c.verdict = N
        c.explanation = (
            f"Its {what}: {steps:+d} grade(s); from the {_label(d)} "
            f"({_grade_words(d.grades[area])}) it is {c.facts['jump']:+d}, and ilacs cannot "
            "tell which inspection the words count from."
        )
    else:
        c.verdict, c.explanation = C, f"Its {what}: {steps:+d} grade(s), not {c.facts['jump']:+d}."
