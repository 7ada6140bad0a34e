"""Rank claims among councils ("only the third to be outstanding under the new framework", "the
first in the Midlands to go from RI to outstanding"), each checked under the readings an
article may mean, and the softening of a verdict for words the reader did not model.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.view import (
    _AREAS,
    _GOOD_OR_BETTER,
    _NO_OVERALL,
    AREA_WORDS,
    RANK,
    C,
    N,
    RecordView,
    S,
    _current,
    _doc_years,
    _evidence,
    _framework_of,
    _grade_words,
    _grades_text,
    _inspections,
    _key_areas,
    _label,
    _region_of,
    _register_name,
    _urn_name,
    view_doc,
)
from ilacs.errors import IlacsError, NotFound


def _any_judgement_firsts(record: Any, grade: str, fw: str, order: str) -> list[Any]:
    """Councils in the order one of their reports first gave `grade` in any judgement."""
    from ilacs.analyse import firsts

    best: dict[int, Any] = {}
    for area in ("overall", *_AREAS):
        for r in firsts(record, grade=grade, judgement=area, framework=fw, order=order):
            key = (
                (r.published, r.inspection_end)
                if order == "published"
                else (r.inspection_end, r.published)
            )
            held = best.get(r.urn)
            if held is None or key < held[0]:
                best[r.urn] = (key, r)
    return [
        r
        for _, r in sorted(
            best.values(), key=lambda x: (x[0][0] or date.max, x[0][1] or date.max, x[1].path)
        )
    ]


def _place(rows: list[Any], urn: int, day_of: Any) -> tuple[int, int] | None:
    """The places a council holds in `rows` (councils on the same day share them)."""
    i = next((i for i, r in enumerate(rows) if r.urn == urn), None)
    if i is None:
        return None
    same = [j for j, r in enumerate(rows) if day_of(r) == day_of(rows[i])]
    return min(same) + 1, max(same) + 1


def _check_publication_rank(
    c: Claim, view: RecordView, as_of: date, urn: int, fw: str, region: str | None
) -> None:
    """'the eighth council to have its report published under the revised framework', 'one of
    the first two to be inspected under it': councils in the order of their first report under
    the framework (by publication, then by last day on site)."""
    from ilacs.analyse.record import framework_matches

    if fw == "any":
        return
    first: dict[int, Any] = {}
    for d in view.docs:
        if (
            d.kind == "inspection"
            and framework_matches(d.framework, fw)
            and d.published
            and d.published <= as_of + timedelta(days=3)
            and (not region or _region_of(d.urn) == region)
        ):
            if d.urn not in first or d.published < first[d.urn].published:
                first[d.urn] = d
    want = c.number or 1
    limit = c.facts.get("first_n") or 5
    readings = []
    orders = [
        ("by publication", lambda d: d.published),
        ("by last day on site", lambda d: d.inspection_end or d.published),
    ]
    if re.search(
        r"\bpublished\b|\b(?:receive|received|get|got|have|had)\s+(?:a|an|its|their)\s+"
        r"(?:[\w-]+\s+)?report\b",
        c.text,
        re.IGNORECASE,
    ):
        # "the eighth to have its report published", "the sixth council in England to receive a
        # report under the new system": by publication only
        orders = orders[:1]
    try:
        la = register.by_urn(urn)
    except NotFound:
        la = None
    if urn not in first and la is not None and la.end is not None and la.end < as_of:
        # "The two councils are among the first five ...": a council abolished before the
        # framework reported, named for its successors ("Northamptonshire" for West and North
        # Northamptonshire): each successor must hold the place
        heirs = [u for u in la.successors if u in first]
        if heirs and len(heirs) == len(la.successors):
            by_day = sorted(first.values(), key=lambda d: (d.published, d.path))
            places = {u: _place(by_day, u, lambda d: d.published) for u in heirs}
            # the successor placed last stands for them all
            urn = max(heirs, key=lambda u: (places[u] or (0, 0))[0])
    for name, day_of in orders:
        rows = sorted(first.values(), key=lambda d: (day_of(d), d.path))
        readings.append((name, _place(rows, urn, day_of), rows))
    if all(p is None for _, p, _ in readings):
        own = _region_of(urn)
        if (
            region
            and own
            and own != region
            and any(
                d.urn == urn
                and framework_matches(d.framework, fw)
                and d.published
                and d.published <= as_of + timedelta(days=3)
                for d in view.docs
            )
        ):
            # "the report is the first on a North West authority", of a North East council
            c.verdict = C
            c.explanation = f"The council is in the {own}, not the {region}."
            return
        c.verdict = N
        c.explanation = f"ilacs holds no {fw} report of this council by then."
        return
    lines = "; ".join(
        f"{n}: {p[0]}" + (f"-{p[1]}" if p and p[1] != p[0] else "") if p else f"{n}: none"
        for n, p, _ in readings
    )
    rows = readings[0][2]
    c.evidence = [
        Evidence(
            None,
            None,
            f"{fw} reports by {as_of}, first of each council by publication: "
            + ", ".join(f"{d.la_name} ({d.published})" for d in rows[:15]),
        )
    ]
    hold = [
        r
        for r in readings
        if r[1] is not None
        and (r[1][0] <= limit if c.facts.get("one_of_first") else r[1][0] <= want <= r[1][1])
    ]
    if c.facts.get("first_set") and len(c.urns) == limit:
        # "Brent and Somerset were the first two councils to have reports published": the
        # councils named are the first so many, and no other shares their places
        def firsts_of(r: Any) -> set[int]:
            day_of = dict(orders)[r[0]]
            return {d.urn for d in r[2] if (p := _place(r[2], d.urn, day_of)) and p[0] <= limit}

        hold = [r for r in readings if firsts_of(r) == set(c.urns)]
    others = [u for u in c.facts.get("others") or [] if u not in c.urns]
    place = c.number
    if hold and others and place and not c.facts.get("one_of_first"):
        # "the second West Midlands authority to be inspected under the revised framework, after
        # Dudley": the councils named are among those before it, by the same order
        def before_it(r: Any) -> set[int]:
            day_of = dict(orders)[r[0]]
            return {d.urn for d in r[2] if (p := _place(r[2], d.urn, day_of)) and p[0] < place}

        held = [r for r in hold if set(others) <= before_it(r)]
        if not held:
            missing = [u for u in others if not any(u in before_it(r) for r in hold)]
            names = ", ".join(_register_name(u) for u in missing)
            before = ", ".join(
                f"{d.la_name} ({d.published})" for d in hold[0][2][: max(place - 1, 0)]
            )
            c.verdict = C
            c.explanation = (
                f"The place holds, but {names} came no earlier under {fw}: before it came "
                f"{before} (places: {lines})."
            )
            return
        hold = held
    if hold:
        c.verdict, c.explanation = S, f"It holds {', '.join(h[0] for h in hold)} (places: {lines})."
    else:
        c.verdict, c.explanation = (
            C,
            f"No order gives that place among {fw} reports (places: {lines}).",
        )


def _check_no_list_rank(c: Claim, view: RecordView, as_of: date, urn: int) -> None:
    """'the first council under the current framework whose report contains no list of what
    needs to improve', '... and only the second since 2018': full inspection reports in which
    ilacs read no list of what needs to improve (a count of none from a report whose grades it
    read), in order of publication."""
    from ilacs.analyse.record import framework_matches

    insp = _inspections(view, urn)
    current = _current(insp, as_of)
    since = c.facts.get("since_year")
    fw = "any" if since else _framework_of(c, current, as_of, view)
    docs = [
        d
        for d in view.docs
        if d.kind == "inspection"
        and d.published
        and d.published <= as_of + timedelta(days=3)
        and (since is None or d.published.year >= since)
        and framework_matches(d.framework, fw)
        and d.framework != "pre_sif"
    ]
    unread = [d for d in docs if getattr(d, "rec_count", None) is None or not d.grades]
    none = sorted(
        (d for d in docs if d not in unread and d.rec_count == 0),
        key=lambda d: (d.published, d.path),
    )
    own = next((k for k, d in enumerate(none, start=1) if d.urn == urn), None)
    names = ", ".join(f"{d.la_name} ({d.published})" for d in none) or "none"
    c.evidence = [
        Evidence(None, None, f"{fw} reports with no list of what needs to improve: {names}")
    ]
    if own is None:
        c.verdict = N
        c.explanation = (
            "ilacs read no report of this council without a list of what needs to improve."
        )
        return
    want = c.number or 1
    before = [(d.urn, d.published) for d in none[: own - 1]]
    if own == want and _others_hold(c, before):
        c.verdict, c.explanation = S, f"It is number {own} of the reports with no list: {names}."
    elif own > want or not unread:
        c.verdict = C
        c.explanation = f"It is number {own}, not {want}, of the reports with no list: {names}."
    else:
        c.verdict = N
        c.explanation = (
            f"ilacs holds it as number {own} ({len(unread)} reports it could not read): {names}."
        )


_SAME_DAY = lazyre.compile(
    r"\breports?\s+(?:were\s+|was\s+)?(?:came\s+out|published|released)\s+"
    r"(?:today|yesterday|on\s+the\s+same\s+day|the\s+same\s+day|that\s+day)\b",
    re.IGNORECASE,
)
_SO_FAR = lazyre.compile(
    r"\bso\s+far\b|\bto\s+date\b|\bto\s+have\s+(?:achieved|been\s+rated|secured|received)\b",
    re.IGNORECASE,
)


_ONLY_REGION = lazyre.compile(r"\bthe\s+only\s+(?:English\s+)?region\b", re.IGNORECASE)


def _check_only_region(c: Claim, view: RecordView, as_of: date, urn: int) -> None:
    """'making it the only English region without a single top-rated authority': the regions
    none of whose councils' latest overall grade is the grade, on the day."""
    from ilacs.analyse import snapshot

    m = _ONLY_REGION.search(c.text)
    rest = c.text[m.end() :] if m else ""
    # the grade after "without": "a single top-rated authority", "an inadequate council"
    said = [T.grade_of(x.group(1)) for x in T.GRADE_RE.finditer(rest)]
    if re.search(r"\btop[- ]rated\b|\btop (?:grade|rating)\b|\bhighest\b", rest, re.I):
        said.append("outstanding")
    grades = [g for g in said if g][:1]
    region = c.region or _region_of(urn)
    if not re.match(r"\s+(?:without|with\s+no|not\s+to\s+have|lacking)\b", rest) or not region:
        c.verdict, c.explanation = N, "ilacs reads only 'the only region without' a grade."
        return
    if not grades:
        c.verdict, c.explanation = N, "ilacs cannot tell which grade the region lacks."
        return
    grade = grades[0]
    try:
        snap = snapshot(view.source, as_of, rule="published", framework="any")
    except IlacsError:
        return
    held: dict[str, int] = {}
    for st in snap.las:
        if st.status != "graded" or not st.region:
            continue
        d = view_doc(view, st.path)
        held.setdefault(st.region, 0)
        if d is not None and d.grades.get("overall") == grade:
            held[st.region] += 1
    none = sorted(r for r, k in held.items() if k == 0)
    lines = "; ".join(f"{r}: {k}" for r, k in sorted(held.items()))
    c.evidence = [Evidence(None, None, f"{grade} overall by region on {as_of}: {lines}")]
    if none == [region]:
        c.verdict = S
        c.explanation = f"Only {region} has no council rated {grade} overall ({lines})."
    else:
        c.verdict = C
        c.explanation = (
            f"Regions with no council rated {grade} overall: {', '.join(none) or 'none'} ({lines})."
        )


_BECOMES = lazyre.compile(r"\b(?:has|have)\s+(?:now\s+)?become\b|\bbecomes\b", re.IGNORECASE)
_UNCOUNTED_GROUP = lazyre.compile(
    r"\bone\s+of\s+(?:only\s+)?(?:those|these|them)\b|\bone\s+of\s+the\s+(?:\w+\s+)?"
    r"(?!(?:English|London)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:authorities|councils|boroughs)\b"
)


_HOLD = lazyre.compile(
    r"\bto\s+(?:currently\s+|now\s+)?hold\b|\bcurrently\s+(?:holds?|rated)\b"
    # "the 12th of London's 33 councils whose most recent overall rating is outstanding"
    r"|\bwhose\s+(?:most\s+recent|latest|current)\s+(?:overall\s+)?(?:rating|grade)\s+is\b"
    # "the fourth council in the region with an outstanding rating", "the third authority
    # holding a good grade", "the second council that now has an outstanding rating": a grade
    # held on the day, not a first time of reaching it
    r"|\b(?:with|holding|(?:that|which)\s+(?:now\s+|currently\s+)?(?:has|holds))\s+"
    r"(?:an?\s+|the\s+)?(?:current\s+)?['‘\"“]?(?:outstanding|good|inadequate|requires?\s+"
    r"improvement(?:\s+to\s+be\s+good)?|top|lowest|highest)['’\"”]?\s+"
    r"(?:overall\s+)?(?:rating|grade|judge?ment|verdict)\b",
    re.I,
)


def _current_holders(
    c: Claim, view: RecordView, as_of: date, grade: str, region: str | None
) -> tuple[list[str], bool] | None:
    """'only the second council in the South West to hold an outstanding rating, alongside
    Wiltshire': the councils whose latest overall grade is the grade on the day (the words count
    holders, not the order of reaching it). None when the words do not say 'hold'."""
    from ilacs.analyse import snapshot

    if not (c.facts.get("hold") or _HOLD.search(c.text)) or c.facts.get("every") or not c.urns:
        return None
    area = c.facts.get("area") or "overall"
    try:
        snap = snapshot(view.source, as_of, rule="published", framework="any")
    except IlacsError:
        return None
    names, urns = [], set()
    for st in snap.las:
        if st.status != "graded" or (region and st.region != region):
            continue
        d = view_doc(view, st.path)
        if d is not None and d.grades.get(area) == grade:
            names.append(st.name)
            urns.add(st.urn)
    # the council and the others the words name ("alongside Wiltshire") among the holders
    return names, c.urns[0] in urns and all(u in urns for u in c.facts.get("others") or [])


# The words a rank or count is read in: what ilacs models (councils and regions, grades and
# areas, frameworks and dates, places and tallies, moves between grades, the lists that name
# the others) and the words news writes around them ("the result makes", "according to
# analysis", "the panel was informed"). A contradicted rank or count with any other word in its
# clause ("kept for a third inspection in a row", "served by", "at their previous inspections",
# "in two days", "less than good") was counted over a group or a test ilacs did not form:
# not_in_record, as the issue asks ("never contradicted because ilacs could not read it").
_READ_WORDS = frozenset(
    """
    the a an of to in is was be been being has have had are were it its their this these those
    there which who whose that only now currently still just also so far date yet ever than more
    as by for with and or out under since at on over across none no all every each any half
    third quarter per cent percent council councils local authority authorities la las borough
    boroughs county counties city cities unitary area areas country england english nationally
    national nation region regional regions capital north south east west midlands yorkshire
    humber london rated rating ratings judged judgement judgements judgment judgments graded
    grade grades become becomes became becoming hold holds held holding get gets got given
    achieve achieved achieves achieving receive received receives receiving awarded earn earned
    earns secure secured secures win won gain gained mark verdict top highest lowest best worst
    outstanding good requires require required requiring improvement inadequate failing
    overall effectiveness leadership leaders management help protection children child care
    leavers leaver looked after adoption services service social experiences progress impact need
    needs inspection inspections framework regime system ilacs single sif new current updated
    revised tougher tough latest introduced brought came come comes into force launched began
    begun start started late early ofsted watchdog inspectorate regulator arrangements january
    february march april may june july august september october november december year years
    month months week today yesterday number total takes take taking took brings bring
    bringing rises rise rising risen reports report published inspected assessed full most
    recent last remain remains remained retain retains retained move moves moved moving go goes
    going gone went straight directly from drop drops dropped slip slips slipped fall falls
    fell fallen shake shakes shook shaken off climb climbs climbed jump jumps jumped change
    changes changed status following joining times row clean sweep done do did result makes
    making made means meant leaves confirms confirmed according analysis figures show shows
    share about almost nearly around said says told informed panel responsible space
    outcomes results findings while whereas but quarters thirds fifths tenths majority minority
    proportion fraction percentage alongside along accolade feat before kept keep keeps same day
    time below above without single contains contain list lists what improve recommendation joins
    downgrade downgraded downgrades downgrading upgrade upgraded upgrades upgrading turnaround
    join joined among corporation noted notes note explained explains added adds stated states
    highlighted highlights pointed he she they we our us work
    recommendations priority actions
    lose loses losing lost shed escape escaped version inspecting inspect inspects
    combine combines combined combining pair pairs paired pairing consecutive successive running
    better above mean frameworks counting recent further another
    puts put putting end table
    wider places placed placing rate rates judge judges home next door meanwhile island isle
    town neighbours neighbouring neighbour then later spokesperson spokesman spokeswoman governance
    bottom handed branded reach reached reaches reaching standard leave performance
    category categories
    """.split()
)
_ORDINAL_OR_NUMBER = lazyre.compile(
    r"\d+(?:st|nd|rd|th|s)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|"
    r"thirtieth|fortieth|\w+-\w+",
)


def _unread_words(text: str) -> list[str]:
    """The words of a rank or count's clause outside `_READ_WORDS` (names, numbers and
    ordinals aside): empty when ilacs reads the whole clause."""
    t = re.sub(r"[\u2019']s\b", "", text)
    t = re.sub(r"\bthen-", "then ", t)  # ("the then-new inspection regime")
    # "the first to achieve that": a test named before the clause, which ilacs did not read
    t = re.sub(r"\b(?:achiev\w*|do|does|did|done|doing)\s+(?:that|this|it)\b", " that_test ", t)
    # "the fifth council to make that leap": the move said before (read when it is a move)
    t = re.sub(
        r"\b(?:make|made|making|take|taken|taking)\s+(?:that|this|the\s+same|such\s+an?)\s+"
        r"(?:leap|jump|move|step|climb|transition|turnaround)\b",
        " that_move ",
        t,
        flags=re.I,
    )
    # "the first authority judged good overall to achieve the feat": a grade that picks the
    # councils, and a feat named before that ranks them (two tests; ilacs reads one)
    t = re.sub(
        rf"\b(?:rated|judged|graded)\s+(?:as\s+)?['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?"
        r"(?:\s+overall)?\s+to\s+(?:achieve|do|manage|accomplish|pull\s+off)\s+"
        r"(?:the\s+feat|this|that|it|so)\b",
        " grade_and_feat ",
        t,
        flags=re.I,
    )
    # "..., joining neighbours including Hartlepool, Durham and Sunderland": some of the others,
    # named after the place (the councils it counts are the place's own)
    t = re.sub(
        r"\b(?:joining|joins?|joined|after|following|alongside)\s+(?:(?:its|their|the)\s+)?"
        r"(?:regional\s+|nearby\s+)?(?:neighbours|councils|authorities|local\s+authorities)\s+"
        r"(?:including|such\s+as|like)\s+(?=[A-Z])",
        " ",
        t,
    )
    # "to go from inadequate to outstanding between one full inspection and the next": the move
    # between consecutive inspections, as ilacs reads moves
    t = re.sub(
        r"\bbetween\s+(?:one|an?)\s+(?:full\s+|Ofsted\s+)?inspection\s+and\s+the\s+next\b|"
        r"\b(?:between|across|over)\s+(?:two\s+)?(?:consecutive|successive)\s+(?:full\s+)?inspections\b",
        " ",
        t,
        flags=re.I,
    )
    # "At the time of publication, 18 of the 28 ...": the day the count is of (the article's)
    t = re.sub(
        r"\b(?:at|by)\s+the\s+time\s+of\s+(?:(?:its|the\s+report)\s+)?(?:publication|writing)\b",
        " ",
        t,
        flags=re.I,
    )
    # "under the ILACS framework that has been in use since 2023": when the framework came in
    t = re.sub(r"\b(?:in\s+(?:use|place|force|operation)|used|operating)\s+(?=since\b)", " ", t)
    # "..., a fortnight after Hertfordshire": how long after the council named before it
    t = re.sub(
        r"\b(?:a|one|two|three|four|\d+|just|only|a\s+few)\s+(?:fortnight|weeks?|days?|months?)\s+"
        r"(?=after\s+[A-Z])",
        " ",
        t,
        flags=re.I,
    )
    # names (councils, regions, people, outlets): capitalised runs, with their small words
    t = re.sub(r"\b[A-Z][\w&-]*(?:\s+(?:and|upon|on|with|of|in|&)?\s*[A-Z][\w&-]*)*", " ", t)
    words = re.findall(r"[\w%-]+", t.lower())
    return [w for w in words if w not in _READ_WORDS and not _ORDINAL_OR_NUMBER.fullmatch(w)]


# Features of a rank or count that ilacs does not model: other councils listed with it ("along
# with North Lincolnshire", "after North Yorkshire and York"), a group of its own ("joins Leeds as
# the only two", "the only other councils to have made the same journey", "on the same day"), a
# sub-region ("Tees Valley councils"), councils that replaced another, a move "from" one grade
# read as a plain rank, "the first inspection since": when a reading fails on such a clause, the
# failure is of the reading, not of the article.
_UNMODELLED = lazyre.compile(
    r"\balong(?:side|\s+with)\b|\bjoins?\b|\bsame\s+(?:journey|day|path|route)\b"
    r"|\bonly\s+other\b|\b(?:replaced|replacing|succeeded)\b"
    r"|\bgood\s+or\s+(?:better|above)\b"
    # "the only council in the county to hold the rating": a county it does not name
    r"|\b(?:in|of|across)\s+the\s+(?:county|shire)(?:['’]s)?\b(?!\s+(?:council|councils|authority))"
    # "rated outstanding under both the 2018 and 2023 versions of the framework": a grade held
    # at two inspections of two frameworks
    r"|\bunder\s+both\s+(?:the\s+)?(?:(?:19|20)\d\d|old|new|SIF|ILACS|single)\b"
    r"|\bfirst\s+(?:\w+\s+){0,3}(?:inspection|visit|report|look)\s+(?:\S+\s+){0,6}since\b"
    # "to have its leadership rated outstanding without also being rated outstanding overall":
    # a second test, negated
    # (read when it is the overall grade: `_WITHOUT_OVERALL`)
    r"|\bwithout\s+(?:also\s+)?(?:being|having|getting|receiving)\b"
    rf"(?!\s+(?:rated|judged|graded)\s+['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+overall\b)",
    re.IGNORECASE,
)
# "the first council to have its leadership rated outstanding without also being rated
# outstanding overall": the reports whose overall grade is not that one
_WITHOUT_OVERALL = lazyre.compile(
    r"\bwithout\s+(?:also\s+)?(?:being|having\s+been)\s+(?:rated|judged|graded)\s+"
    rf"['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?\s+overall\b",
    re.IGNORECASE,
)
# a move "from" one grade: unmodelled only where it was read as a plain rank or count
_FROM_MOVE = lazyre.compile(
    r"\b(?:climb\w*|rise|rose|risen|move[sd]?|moving|went|gone|go|jump\w*)\s+"
    r"(?:straight\s+|directly\s+)?from\b"
    # "the third council to be downgraded to requires improvement": a move to a grade from any
    # better one
    r"|\b(?:down|up)-?grad(?:ed|ing)\s+to\b",
    re.IGNORECASE,
)
# "after North Yorkshire and York", "after Bromley, Barnet and Tower Hamlets": names, so case
_AFTER_LIST = lazyre.compile(
    r"\b[Aa]fter\s+(?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*"
    r"(?:,\s+(?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*)*,?\s+and\s+[A-Z][\w'&-]*"
    r"(?:\s+[A-Z][\w'&-]*)*"
)
_ALONG_LIST = lazyre.compile(
    r"\b(?:[Aa]long(?:side|\s+with))\s+((?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*"
    r"(?:,\s+(?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*)*(?:,?\s+and\s+[A-Z][\w'&-]*"
    r"(?:\s+[A-Z][\w'&-]*)*)?)"
)
_SUB_REGION = lazyre.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+((?:[A-Z][\w'&-]*\s+){1,3})"
    r"(?:councils|authorities|boroughs|local\s+authorities)\b"
)


# "the first London borough to be rated inadequate since Newham in 2019"
_FIRST_SINCE_NAMED = lazyre.compile(
    r"\bfirst\b[^.;]{0,120}?\bsince\s+(?P<name>[A-Z][\w'’&-]*(?:\s+(?:and\s+|upon\s+|on\s+)?"
    r"[A-Z][\w'’&-]*){0,3})\s+(?:(?:was|were)\s+\w+\s+)?in\s+(?P<y>(?:19|20)\d\d)\b"
)


def _first_since_named(name: str, year: int, readings: list[Any]) -> tuple[Verdict, str] | None:
    """Whether a council is the first since the one named: supported when that council's
    report of that year comes right before it in a reading's order; contradicted when it comes
    earlier in every reading that holds it, with other councils between; None when no reading
    holds that report."""
    try:
        named = register.find(name)
    except NotFound:
        return None
    between: list[str] = []
    for label, pos, rows, *_ in readings:
        if not pos:
            continue
        at = next(
            (
                i
                for i, r in enumerate(rows[: pos - 1])
                if r.urn == named.urn and r.published and r.published.year == year
            ),
            None,
        )
        if at is None:
            continue
        if at == pos - 2:
            return S, (
                f"It holds reading {label}: the {_label(rows[at])} came right before it, with "
                "no council between."
            )
        between = [r.la_name for r in rows[at + 1 : pos - 1]]
    if between:
        return C, (
            f"Other councils came between that council's report and this one: "
            f"{', '.join(between[:8])}."
        )
    return None


def _unmodelled(text: str, number: int | None = None, named: int = 0) -> str | None:
    """The feature of a rank or count claim that ilacs does not model, if any. A list after the
    place that does not fit it ("the fourth, after A, B, C and D") is no such feature: the
    article contradicts itself there, and the reading stands."""
    m = _UNMODELLED.search(text)
    if m and not m.group(0).lower().startswith("along"):
        return m.group(0)
    m = _AFTER_LIST.search(text)
    if m:
        names = re.split(r",\s+|\s+and\s+", m.group(0)[len("after") :].strip())
        # "after Bournemouth, Christchurch and Poole": one council, as ilacs read the names
        # (fewer councils than pieces between the commas)
        count = named if 0 < named < len(names) else len(names)
        if number is None or count == number - 1:
            return m.group(0)
    m = _ALONG_LIST.search(text)
    if m:
        # "the third ..., alongside Torbay and Gloucestershire": as "after A and B"
        names = re.split(r",\s+|\s+and\s+", m.group(1).strip())
        if number is None or len(names) == number - 1:
            return m.group(0)
    elif re.search(r"\balong(?:side|\s+with)\b", text, re.I):
        return "along with"
    regions = {r.lower() for r in register.REGIONS} | {"english", "london", "other"}
    for s in _SUB_REGION.finditer(text):
        words = " ".join(s.group(1).split())
        if words.lower() not in regions:
            return words
    return None


# a rank or count that ends on the framework it is counted under ("... under the new
# arrangements")
_FRAMEWORK_END = lazyre.compile(
    r"\b(?:framework|arrangements|regime|system|inspections)\W*$", re.IGNORECASE
)
# where a rank or count's clause begins or ends in the words beside it: ", and" / ", but" / ";"
_CLAUSE_CUT = lazyre.compile(r"[,;]\s+(?:and|but|while|whereas)\b|;")


def _soften(c: Claim, words: str, how: str) -> None:
    """A contradicted rank or count that turned on `words` ilacs does not `how` ('read',
    'model') is not_in_record, its reading kept in the explanation."""
    c.verdict = N
    c.explanation = (
        f"ilacs does not {how} '{words}' in a rank or count; as it reads it: {c.explanation}"
    )


_OWN_ANALYSIS = lazyre.compile(
    r"\b(?:an?\s+|our\s+|this\s+)?(?:analysis|review|count|tally|examination)\s+(?:of\s+[^,.;]{0,60}?\s+)?"
    r"(?:by|for)\s+(?:this|the|our)\s+(?:publication|paper|newspaper|website|magazine|site|title)\s+"
    r"(?:has\s+)?(?:found|finds|shows?|showed|shown|suggests?|suggested|reveals?|revealed)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _soften_unread(c: Claim) -> None:
    """A contradicted rank or count whose clause holds words ilacs does not read is
    not_in_record: the group or test it counts is one ilacs did not form."""
    if c.type not in (Kind.RANK, Kind.COUNT) or c.verdict != C:
        return
    if (
        c.facts.get("members")
        or c.facts.get("of_those")
        or c.facts.get("nth_visit")
        or c.facts.get("part_of")
    ):
        return  # ("The other five are A, B, ...", "most of those were awarded under ...": read whole)
    text = c.text
    phrase = str(c.facts.get("phrase") or "")
    if phrase and phrase.lower() not in text.lower():
        # "BANES is the second South West council in two days to be rated good, after
        # Gloucestershire on Monday": a span holding only the list after the place; the words
        # of the place's clause before it are the rank's too
        before = _CLAUSE_CUT.split(c.facts.get("before") or "")
        text = f"{before[-1]} {text}"
    if c.framework and len(c.framework) > 12 and c.framework in text:
        # "since Ofsted began grading care leavers separately in 2023": read as the framework
        text = text.replace(c.framework, " ")
    # ("An analysis of published reports by this publication found that Halton is ...": the
    # writer's own count, read)
    text = _OWN_ANALYSIS.sub(" ", text)
    # ("the revised ILACS framework that came into effect this year": when it began, read)
    text = re.sub(
        r"\b(?:that|which)\s+(?:came|comes|come)\s+into\s+(?:effect|force)\b", " ", text, flags=re.I
    )
    # ("By my count Thurrock is ...": how the writer counted, read)
    text = re.sub(
        # ("By CYP Now's count", "by the LGC's reckoning": a paper's own count, read)
        r"\bBy\s+(?:my|our|(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s)\s+(?:own\s+)?"
        r"(?:count|reckoning|calculations?|tally|estimate|analysis)\b",
        " ",
        text,
    )
    unread = list(dict.fromkeys(_unread_words(text)))
    if c.facts.get("test_before"):
        # "rating leaders as outstanding - the second to achieve that": the test was read
        unread = [w for w in unread if w != "that_test"]
    if c.facts.get("insp_kind"):
        # "after a full standard inspection": the kind of inspection was read
        unread = [w for w in unread if w not in ("standard", "short", "shorter", "inspection")]
    if c.facts.get("both_read"):
        unread = [w for w in unread if w != "both"]
    if c.facts.get("also"):
        # "... while having care leavers' services judged to require improvement": read
        unread = [w for w in unread if w not in ("having", "while", "whilst")]
    if c.facts.get("from_to") or c.facts.get("off"):
        unread = [w for w in unread if w != "that_move"]  # (a move, read from before)
    if c.facts.get("named"):
        # "Of the 47, 38 - including Southend - have been rated good": the names read
        unread = [w for w in unread if w not in ("including", "-")]
    if c.facts.get("others_read"):
        unread = [w for w in unread if w != "other"]  # ("joins 66 other councils": read)
    if c.facts.get("list_words"):
        # "Four of its 15 councils - A, B and C - are rated inadequate": the aside's councils,
        # read as the ones counted
        unread = [w for w in unread if w not in ("-", "namely")]
    if c.facts.get("n") == 0 and re.search(r"\bnot\s+(?:one|a\s+single)\b", text, re.I):
        # ("not one of its councils is currently rated outstanding": none, read)
        unread = [w for w in unread if w not in ("not", "single")]
    if any(len(it) > 3 and it[3] for it in c.facts.get("more") or []):
        # "..., and three - Bradford and North East Lincolnshire - remain inadequate": read
        unread = [w for w in unread if w != "-"]
    if c.facts.get("apposition"):
        unread = [w for w in unread if w != "-"]  # ("More than half ... - 17 of the 33 -": read)
    if c.type == Kind.COUNT and re.search(
        r",\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:just\s+|only\s+)?"
        rf"(?:\d+|{T.NUMBER})\s+(?:councils\s+|authorities\s+|others\s+)?(?:are\s+|now\s+)?"
        rf"(?:rated|judged|graded|holding|with)\b",
        text,
        re.I,
    ):
        # "19 councils now hold an inadequate rating, against 25 rated outstanding": a second
        # count set beside the first; the first stands on its own number and grade
        unread = [w for w in unread if w not in ("against", "compared", "with", "versus", "vs")]
    if c.type == Kind.COUNT and re.search(
        r",\s+(?:meaning|which\s+means|so\s+that)\s+(?:that\s+)?(?:(?:just\s+|nearly\s+|almost\s+|"
        r"more\s+than\s+|over\s+|under\s+|about\s+|around\s+)?(?:a|one|two|three|four|\d+)\s+"
        r"(?:in|out\s+of)\s+(?:\w+)|(?:just\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|under\s+|"
        r"about\s+|around\s+)?(?:a|one|two|three)?\s*(?:half|thirds?|quarters?|fifths?)|\d+\s*(?:%|per\s*cent))\b",
        text,
        re.I,
    ):
        # "43 of England's 153 councils are rated outstanding and 68 good, meaning two in three
        # councils are now good or better": the share after it is a claim of its own (read as
        # a share); the count stands on its numbers
        unread = [w for w in unread if w not in ("meaning", "means", "which", "so", "that")]
    if c.facts.get("of_reports"):
        # "28 of the 98 inspections published so far have resulted in an outstanding grade":
        # the reports and what they gave, read
        unread = [
            w
            for w in unread
            if w
            not in ("resulted", "ended", "produced", "issued", "handed", "down", "out", "brought")
        ]
    if re.search(
        r"\b(?:alongside|with|like|joining|after)\s+(?:its\s+|their\s+)?neighbou?r(?:s|ing)\s+[A-Z]",
        text,
    ):
        # "one of nine councils rated requires improvement, alongside neighbours Walsall and
        # ...": the councils named, not a group of neighbours counted within
        unread = [w for w in unread if w not in ("neighbour", "neighbours", "neighbouring")]
    if re.search(r"\bnot\s+(?:yet\s+)?(?:rated|judged|graded)\s+at\s+least\s+good\b", text, re.I):
        # ("the only council in the region not rated at least good": read as below good)
        unread = [w for w in unread if w not in ("not", "least")]
    if c.facts.get("share_before"):
        # "out of 117 whose reports have been published - nearly a third": the dash was read
        unread = [w for w in unread if w != "-"]
    if c.facts.get("area") == "lscb":
        # ("one of only five safeguarding boards nationally to achieve the top grade": the
        # judgement read)
        # ("the fourth such board in the North West": the boards of the sentence before)
        # ("Derby's old local safeguarding children board was ... only the second": the board
        # that was, read)
        unread = [
            w
            for w in unread
            if w not in ("safeguarding", "boards", "board", "such", "old", "former", "local")
        ]
    end_of = re.search(
        r"\bat\s+the\s+(?:other\s+end|top|bottom|foot|head)\s+of\s+the\s+"
        r"(table|scale|league|spectrum|ladder|rankings|pile)\b",
        text,
        re.I,
    )
    if end_of:
        # ("At the other end of the table, ...", "At the other end of the scale, 12 councils
        # are currently rated inadequate": where the count stands, said as a place on a scale)
        said = {"other", "top", "bottom", "foot", "head", end_of.group(1).lower()}
        unread = [w for w in unread if w not in said]
    if re.search(r"\bacross\s+the\s+board\b", text, re.I):
        unread = [w for w in unread if w != "board"]  # ("outstanding across the board": every)
    if re.search(r"\bas\s+a\s+whole\b", text, re.I):
        unread = [w for w in unread if w != "whole"]  # ("across the North West as a whole")
    if c.type == Kind.COUNT and re.search(
        r",\s+including\s+(?:[A-Z][\w'&-]*(?:,?\s+(?:and\s+|&\s+|upon\s+|on\s+|of\s+)?)?)+\W*$",
        text,
    ):
        # "seven councils are rated inadequate, including Liverpool, Knowsley and Cheshire
        # East": some of those counted, named after it (the count stands on its number)
        unread = [w for w in unread if w != "including"]
    if c.facts.get("first_n") == 12:
        unread = [w for w in unread if w != "dozen"]  # ("the first dozen": read as 12)
    if c.facts.get("streak") == 2:
        unread = [w for w in unread if w != "twice"]  # ("twice in a row": the run read)
    if c.facts.get("times") and c.facts.get("times_read"):
        # ("rated inadequate twice under the tougher regime": the grades counted)
        unread = [w for w in unread if w not in ("twice", "times", "time")]
    streak = re.search(r"\bin\s+a\s+row\b|\brunning\b|\bconsecutive\b", c.text, re.I)
    if streak and not c.facts.get("streak"):
        unread.append(streak.group(0))  # a run of grades ilacs counted as no run
    if unread:
        _soften(c, " ".join(unread[:4]), "read")


_WHILE_ALSO = lazyre.compile(
    r"\s*,?\s*(?:while|whilst|but)\s+(?:also\s+|still\s+)?(?:requiring|being|having|getting|"
    r"receiving|needing|remaining|holding|keeping)\b",
    re.IGNORECASE,
)


def _soften_unmodelled(c: Claim) -> None:
    """A rank or count that failed on a clause ilacs cannot fully read is not_in_record."""
    if c.verdict != C or c.facts.get("others_read"):
        return  # (a list of the councils before it, read whole: no feature left unread)
    # the clause around the claim: back to, and on to, the next ", and" / ", but" / ";"
    before = _CLAUSE_CUT.split(c.facts.get("before") or "")[-1]
    if re.match(r"\s*(?:and|but|while|whereas)\b", c.text, re.I):
        before = ""  # "..., alongside Hartlepool, and one of 37 across England": a new clause
    after = _CLAUSE_CUT.split(c.facts.get("after") or "")[0]
    if _FRAMEWORK_END.search(c.text) and re.match(r"\s*,?\s*(?:which|that)\b", after, re.I):
        # "... under the new arrangements, which were introduced alongside the government's
        # reforms": a relative clause of the framework, no part of the rank
        after = ""
    clause = f"{before} {c.text}{after}"
    if c.facts.get("others_before") and not _FROM_MOVE.search(clause):
        # (the councils named came before it by every reading, the place another: read whole,
        # unless the place is among councils that made a move no reading counts: "the second
        # London council, after Bromley, to move from an inadequate leadership judgement to
        # outstanding")
        return
    # a place ("the fifth", "only the third"), not "one of four": the others it lists are all
    # those before it
    phrase = str(c.facts.get("phrase") or "")
    number = c.number if c.number is not None else c.facts.get("n")
    if c.type != Kind.RANK or re.search(r"\bone\s+of\b", phrase or c.text, re.I):
        number = None
    named = len(c.facts.get("others") or [])
    feature = _unmodelled(c.text, number, named) or _unmodelled(clause, number, named)
    # "Warrington was the only one of the four to be judged good", "the only one of the three
    # where help and protection was also judged outstanding": a group the article named
    group = re.search(
        r"\bonly\s+one\s+of\s+(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight)\b",
        c.text,
        re.I,
    )
    if feature is None and group is not None:
        feature = group.group(0)
    # "the only London council ... to be rated good overall | while requiring improvement in
    # that area": a second test in the words after the claim
    cond = _WHILE_ALSO.match(c.facts.get("after") or "")
    if feature is None and cond is not None:
        feature = cond.group(0).strip()
    if feature is None and not (
        c.facts.get("from_to") or c.facts.get("off") or c.facts.get("to_move")
    ):
        m = _FROM_MOVE.search(clause)
        feature = m.group(0) if m else None
    if feature is not None and _SAME_DAY.search(clause):
        feature = None  # "one of three in reports published today, alongside A and B": counted
    if feature is not None:
        _soften(c, feature, "model")


# Groups of councils that local news counts within, fixed by law (the metropolitan counties, the
# Tees Valley): their councils, by name.
_SUBREGIONS = {
    "greater manchester": (
        "Bolton", "Bury", "Manchester", "Oldham", "Rochdale", "Salford", "Stockport",
        "Tameside", "Trafford", "Wigan",
    ),
    "merseyside": ("Knowsley", "Liverpool", "St Helens", "Sefton", "Wirral"),
    "south yorkshire": ("Barnsley", "Doncaster", "Rotherham", "Sheffield"),
    "west yorkshire": ("Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"),
    "tyne and wear": (
        "Gateshead", "Newcastle upon Tyne", "North Tyneside", "South Tyneside", "Sunderland",
    ),
    "tees valley": (
        "Darlington", "Hartlepool", "Middlesbrough", "Redcar and Cleveland", "Stockton-on-Tees",
    ),
    # the four metropolitan boroughs of the West Midlands' Black Country
    "black country": ("Dudley", "Sandwell", "Walsall", "Wolverhampton"),
    # the six unitary councils of the county abolished in 1998
    "berkshire": (
        "Bracknell Forest", "Reading", "Slough", "West Berkshire", "Windsor and Maidenhead",
        "Wokingham",
    ),
}  # fmt: skip


def _subregion_urns(place: str | None) -> set[int] | None:
    """The URNs of the councils of a group in `_SUBREGIONS` (None for any other place)."""
    names = _SUBREGIONS.get(" ".join((place or "").lower().split()))
    if not names:
        return None
    urns = set()
    for name in names:
        try:
            la = register.find(name)
        except NotFound:
            return None
        if la.urn is None:
            return None
        urns.add(la.urn)
    return urns


# "the second in the region this month", "the third this week": a ranking of a month's or a
# week's reports, which ilacs does not compute
# (after the place: "Last month Derby became the 10th" dates the event, it ranks no month)
_SHORT_PERIOD = lazyre.compile(
    r"\b(?:this|that|the same)\s+(?:month|week|fortnight)\b|"
    # "the second council in a week to go straight from inadequate to good"
    r"\b(?:in|within)\s+(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|fortnights?|months?)\b",
    re.I,
)


def _ranks_short_period(c: Claim) -> bool:
    """Whether the words after a rank's place name a month or a week it is counted within."""
    phrase = str(c.facts.get("phrase") or "").lower()
    at = c.text.lower().find(phrase) if phrase else -1
    return bool(_SHORT_PERIOD.search(c.text[max(at, 0) :]))


def _reading_name(c: Claim, every: bool) -> str:
    """What a count or rank's reading counts by: the judgement the claim names ("one of 18
    whose leadership is outstanding"), else every judgement or overall effectiveness."""
    if c.facts.get("area") not in (None, "overall"):
        return str(AREA_WORDS.get(c.facts["area"], c.facts["area"]))
    name = "every judgement" if every else "overall effectiveness"
    also = c.facts.get("also") or {}
    if also:
        # ("rated good overall while having care leavers' services judged to require
        # improvement": the second test, named)
        name += "".join(
            f", with {AREA_WORDS.get(a, a)} {_grade_words(g)}" for a, g in sorted(also.items())
        )
    return name


# "the only one of the region's 15 councils", "one of the 12 councils in the North East": all
# the councils of a region, their number named
_REGION_TOTAL = lazyre.compile(
    rf"\b(?:the\s+region['’]s\s+(?P<a>\d{{1,2}}|{T.NUMBER})|the\s+(?P<b>\d{{1,2}}|{T.NUMBER})\s+"
    r"(?:councils|local\s+authorities|authorities)\s+in\s+(?:the\s+)?(?P<r>region|[A-Z][\w ]+))"
    r"(?:\s+(?:councils|local\s+authorities|authorities))?",
)
# words that make a total a part of a region's councils, not all of them ("the 12 councils
# inspected so far", "the region's six unitary authorities")
_PART_OF_REGION = lazyre.compile(
    r"\b(?:inspect\w*|visit\w*|reports?|report\w+|published|under|since|so\s+far|to\s+date|"
    r"this\s+year|last\s+year|whose|unitary|county|counties|metropolitan|shire|"
    r"cit(?:y|ies)|rural|urban|largest|smallest|biggest|other|neighbour\w*|statistical|"
    r"comparator|similar|outside|beyond)\b",
    re.IGNORECASE,
)


def _region_total_wrong(c: Claim, as_of: date, urn: int) -> bool:
    """A rank among all of a region's councils whose number it names wrong ("the only one of
    the region's 18 councils", Yorkshire and the Humber having 15): contradicted (two or more
    off the register's number on the day; the total read only from spring 2018, when every
    council had had a graded inspection)."""
    m = _REGION_TOTAL.search(c.text)
    if m is None or as_of < date(2018, 3, 1) or _PART_OF_REGION.search(c.text):
        return False
    total = T.number(m.group("a") or m.group("b"))
    named = m.group("r")
    region = c.region
    if named and named.lower() != "region":
        region = next((r for r in register.REGIONS if named.lower().startswith(r.lower())), None)
    elif region is None:
        region = _region_of(urn)
    if total is None or region is None:
        return False
    whole = len([la for la in register.all_las(as_of) if la.region == region])
    if abs(total - whole) < 2:
        return False
    c.verdict = C
    c.explanation = (
        f"{region} has {whole} councils with children's services on {as_of}, not {total}."
    )
    return True


def _names_not_in(view: RecordView, urns: Any, names: Any) -> str:
    """The names of the councils `urns` that are not among `names`, joined by commas."""
    return ", ".join(str(_urn_name(view, u)) for u in urns if _urn_name(view, u) not in names)


# a sentence that opens on a time of its own: "In July 2018, ...", "In 2016, ..."
_SCENE = lazyre.compile(
    rf"^\W*In\s+(?:(?P<mon>{T.MONTH_NAME})\s+)?(?P<y>20[0-3]\d),\s", re.IGNORECASE
)


def _rank_scene_day(c: Claim, view: RecordView, as_of: date, urn: int) -> date | None:
    """The day a rank is of when its sentence opens on a past time of its own ('In July 2018,
    ... rated North Yorkshire outstanding, the first council to ...'): the publication of the
    council's inspection of that time (on site then, or published within four months), as long
    as the sentence says nothing of now. None otherwise."""
    sentence = f"{c.facts.get('before') or ''}{c.text}{c.facts.get('after') or ''}"
    m = _SCENE.match(str(c.facts.get("before") or ""))
    if m is None or re.search(r"\b(?:now|currently|today|still|remains?)\b", sentence, re.I):
        return None
    year = int(m.group("y"))
    mon = T.MONTHS.get(m.group("mon").lower()) if m.group("mon") else None
    start = date(year, mon or 1, 1)
    end = date(year + (mon or 12) // 12, (mon or 12) % 12 + 1, 1)
    hits = [
        d
        for d in _inspections(view, urn)
        if d.published
        and d.published <= as_of
        and d.grades.get("overall")
        and (
            (d.inspection_start and start <= d.inspection_start < end)
            or (d.published and start <= d.published < end + timedelta(days=120))
        )
    ]
    if not hits:
        return None
    day = min(d.published for d in hits)
    return day if day < as_of - timedelta(days=180) else None


def _check_rank(c: Claim, view: RecordView, as_of: date) -> None:
    """'only the third', 'the first in the region', 'the only outstanding authority in the
    region', 'one of two': each plausible reading (overall or every judgement; order of
    publication or of inspection) is computed, and the explanation says which hold."""
    from ilacs.analyse import firsts, snapshot

    record = view.source
    if record is None or not hasattr(record, "docs") or not c.urns:
        return
    whole_text = c.facts.get("rank_text")
    if whole_text and whole_text != c.text:
        # "..., alongside Derby": the others named after a rank are checked with the rank's
        # own words ("one of two councils whose reports were published today")
        facts = {k: v for k, v in c.facts.items() if k != "rank_text"}
        facts["before"], facts["after"] = c.facts.get("rank_before"), c.facts.get("rank_after")
        whole = replace(c, text=whole_text, facts=facts, evidence=[], verdict=None)
        _check_rank(whole, view, as_of)
        _soften_unmodelled(whole)
        c.verdict, c.explanation, c.evidence = whole.verdict, whole.explanation, whole.evidence
        said = [g for g in whole.facts.get("grades") or [] if g]
        others = [u for u in c.facts.get("others") or [] if u not in c.urns]
        # ("the second to rate a council good, after Oxfordshire and Hillingdon": the councils
        # named before it are one fewer than its place, or the number is the list's error)
        before_it = (
            c.number is not None
            and re.match(r"\W*(?:after|following|behind)\b", c.facts.get("rank_after") or "", re.I)
            and len(others) + 1 != c.number
        )
        if (
            c.verdict == C
            and others
            and len(set(said)) == 1
            and not whole.facts.get("every")
            and not before_it
            # (not when the names were read, and one is not where the words put it)
            and not whole.facts.get("others_read")
        ):
            # "one of nine councils rated requires improvement, alongside neighbours Walsall
            # and Solihull, Coventry ...": when each council named holds the grade on the day,
            # the number was wrong, not the names (the rank's own words carry it)
            latest = [_current(_inspections(view, u), as_of) for u in others]
            if all(d is not None and d.grades.get("overall") == said[0] for d in latest):
                c.verdict = S
                c.explanation = (
                    f"Each council it names is rated {_grade_words(said[0])} on the day: "
                    + "; ".join(_label(d) for d in latest if d is not None)
                    + "."
                )
        if whole.facts.get("others_before"):
            c.facts["others_before"] = True
        if whole.facts.get("others_read"):
            c.facts["others_read"] = True  # (the names after it read with the rank's words)
        if whole.facts.get("to_move"):
            c.facts["to_move"] = whole.facts["to_move"]  # (the move read: no clause unread)
        return
    urn = c.urns[0]
    if (then := _rank_scene_day(c, view, as_of, urn)) is not None:
        # "In July 2018, under the new ILACS framework, a team ... rated North Yorkshire
        # outstanding across the board, the first council in England to get the top grade
        # under the new regime": the rank of the report of that time, as of its publication
        as_of = then
    if _region_total_wrong(c, as_of, urn):
        return
    if _ONLY_REGION.search(c.text):
        _check_only_region(c, view, as_of, urn)
        return
    if c.facts.get("first_time"):
        _check_first_time(c, view, as_of, urn)
        return
    to_move = _TO_MOVE.search(c.text)
    if (
        to_move
        and not c.facts.get("to_move")
        and (c.number is not None or c.facts.get("one_of_first"))
    ):
        # "the third council in England to be downgraded to requires improvement"
        c.facts["to_move"] = (
            T.grade_of(to_move.group("g")),
            to_move.group(1).lower().startswith("down"),
        )
    if c.facts.get("from_to") or c.facts.get("off") or c.facts.get("to_move"):
        _check_transition_rank(c, view, as_of, urn)
        return
    if c.facts.get("no_list"):
        _check_no_list_rank(c, view, as_of, urn)
        return
    grades = [g for g in c.facts.get("grades", []) if g]
    grade = grades[0] if grades else "outstanding"
    region = c.region or (_region_of(urn) if c.facts.get("in_region") else None)
    insp = _inspections(view, urn)
    current = _current(insp, as_of)
    fw = _framework_of(c, current, as_of, view)
    where = f" in {region}" if region else ""
    # "the first Greater Manchester council to be rated good": a group ilacs knows the
    # councils of
    sub = (
        None
        if region
        else re.search(
            # ("the fourth of Greater Manchester's ten councils")
            rf"\b({'|'.join(_SUBREGIONS)})(?:['’]s)?\s+(?:(?:{T.NUMBER}|\d+)\s+)?(?:councils?|"
            r"authorit(?:y|ies)|local\s+authorit(?:y|ies)|boroughs?)\b",
            c.text,
            re.IGNORECASE,
        )
        # ("Within Greater Manchester, Oldham is the third council to be rated good")
        or re.match(
            rf"\W*(?:Within|In|Across|Among)\s+({'|'.join(_SUBREGIONS)})\s*,", c.text, re.IGNORECASE
        )
    )
    sub_urns = _subregion_urns(sub.group(1)) if sub else None
    if sub_urns is not None and sub is not None:
        where = f" in {sub.group(1)}"
    if (
        c.facts.get("published_only")
        and (c.number is not None or c.facts.get("one_of_first"))
        # ("..., the sixth to be inspected under it, and the first in the region to be rated
        # good under it": the second rank is of a grade)
        and not (
            T.GRADE_RE.search(c.text)
            and not re.search(r"\b(?:inspected|published|reports?)\b", c.text, re.IGNORECASE)
        )
    ):
        _check_publication_rank(c, view, as_of, urn, fw, region)
        return
    if c.facts.get("streak") and (c.number is not None or c.facts.get("n")):
        _check_streak_rank(c, view, as_of, urn, grade)
        return
    if (
        c.facts.get("times")
        and c.number is not None
        and not c.facts.get("area")
        and not c.region
        and fw in ("any", "sif", "ilacs2018", "ilacs2023")
    ):
        c.facts["times_read"] = True
        _check_streak_rank(c, view, as_of, urn, grade, fw)
        return
    if c.number is not None or c.facts.get("one_of_first"):
        readings = []
        modes: list[str] = ["overall", "every"]
        if fw in _NO_OVERALL:
            modes = ["any judgement", "every"]
        area = c.facts.get("area")
        if area and area != "overall" and not c.facts.get("every"):
            # "the sixth to be rated outstanding for help and protection": that judgement
            modes = [area]
        k_areas = c.facts.get("k_areas")
        if k_areas and not c.facts.get("every"):
            # "the first council to receive outstanding judgements in three areas": at least
            # that many judgements (the overall one counted, or not)
            modes = ["k areas", "k areas and overall"]
        without = _WITHOUT_OVERALL.search(c.text) if area and area != "overall" else None
        all_n = c.facts.get("all_n")
        if all_n and c.facts.get("every") and fw == "any":
            # "outstanding across all five areas": the framework that makes five judgements
            fw = {5: "ilacs2023"}.get(all_n, fw)
        orders = ["published", "inspection"]
        if _BECOMES.search(c.text):
            # "has become only the second to be rated outstanding": it became so when its
            # report came out, after every report published before it
            orders = ["published"]
        if c.facts.get("this_year") and not re.search(r"\b(?:inspected|visited)\b", c.text, re.I):
            # "the fifth council this year to be judged requires improvement": the judgements
            # of the year are its reports, in the order they came out
            orders = ["published"]
        for mode in modes:
            for order in orders:
                try:
                    if mode == "any judgement":
                        rows = _any_judgement_firsts(record, grade, fw, order)
                    elif mode.startswith("k areas"):
                        rows = _k_area_firsts(
                            record, grade, k_areas or 1, fw, order, mode.endswith("overall")
                        )
                    elif mode in _AREAS or mode in ("adoption", "lscb"):
                        rows = firsts(
                            record, grade=grade, judgement=mode, framework=fw, order=order
                        )
                    else:
                        rows = firsts(
                            record,
                            grade=grade,
                            framework=fw,
                            order=order,
                            all_judgements=mode == "every",
                        )
                except IlacsError:
                    continue
                rows = [r for r in rows if r.published and r.published <= as_of + timedelta(days=3)]
                also = c.facts.get("also") or {}
                if also:
                    # "... while its help and protection was good": the same report's grades
                    rows = [
                        r
                        for r in rows
                        if (d := view_doc(view, r.path)) is not None
                        and all(d.grades.get(a) == g for a, g in also.items())
                    ]
                if without is not None:
                    not_g = T.grade_of(without.group("g"))
                    rows = [
                        r
                        for r in rows
                        if (d := view_doc(view, r.path)) is not None
                        and d.grades.get("overall") not in (None, not_g)
                    ]
                kind = c.facts.get("insp_kind")
                if kind:
                    # "after a full standard inspection": reports of that kind of inspection
                    rows = [
                        r
                        for r in rows
                        if (d := view_doc(view, r.path)) is not None
                        and getattr(d, "inspection_type", None) == kind
                    ]
                if c.facts.get("this_year") and mode != "any judgement":
                    # "the fifth council in the North West to be rated good this year": the
                    # year's reports that gave it, a council's first of them (not only the
                    # councils that gave it for the first time ever)
                    rows = _year_firsts(record, grade, mode, fw, order, as_of.year)
                    rows = [r for r in rows if r.published <= as_of + timedelta(days=3)]
                if region:
                    rows = [r for r in rows if r.region == region]
                if sub_urns is not None:
                    rows = [r for r in rows if r.urn in sub_urns]
                day_of = (
                    (lambda r: r.published)
                    if order == "published"
                    else (lambda r: r.inspection_end or r.published)
                )
                place = _place(rows, urn, day_of)
                pos = place[0] if place else None
                if place and c.number is not None and place[0] <= c.number <= place[1]:
                    pos = c.number  # councils on the same day share the places

                what = {
                    "overall": "overall effectiveness",
                    "every": "every judgement",
                    "lscb": "the safeguarding children board",
                }.get(mode, mode)
                readings.append((f"{what}, by {order} date", pos, rows, mode))
        known: list[tuple[str, int, list[Any], str]] = [
            (a, p, rows, mode) for a, p, rows, mode in readings if p is not None
        ]
        if not known:
            c.verdict = N
            c.explanation = (
                f"ilacs holds no {grade} grade of this council under that framework by then."
            )
            return
        want = c.number or 1
        if c.facts.get("one_of_first"):
            hold = [x for x in known if x[1] <= (c.facts.get("first_n") or 5)]
        else:
            hold = [x for x in known if x[1] == want]
        lines = "; ".join(f"{n}: {p}" if p else f"{n}: not in the list" for n, p, _, _ in readings)
        best = (hold or known)[0]
        before = ", ".join(
            f"{r.la_name} ({r.published})" for r in best[2][: max(best[1] - 1, 0)][:12]
        )
        c.evidence = [
            Evidence(
                None,
                None,
                f"{grade} under {fw}{where}, as of {as_of}: {lines}. Before it: {before or 'none'}.",
            )
        ]
        # the reading the words name: every judgement ("in every category"), else overall (or
        # any judgement under a framework with no overall grade)
        main = [
            x for x in readings if (x[3] == "every") == bool(c.facts.get("every")) or x[3] in _AREAS
        ]
        placed = hold
        hold = [
            x for x in hold if _others_hold(c, [(r.urn, r.published) for r in x[2][: x[1] - 1]])
        ]
        earlier = [r.la_name for r in placed[0][2][: placed[0][1] - 1]] if placed else []
        # (each named came before it, but not in the time the words give: read below)
        missing = _names_not_in(view, c.facts.get("others") or [], earlier)
        if (
            placed
            and not hold
            and missing
            and c.number is not None
            and not c.facts.get("one_of_first")
            and not (c.facts.get("hold") or _HOLD.search(c.text))
        ):
            # "only the third council ... to have its care leavers service rated inadequate,
            # after Slough and Rotherham": the place holds, but a council it names did not come
            # before it (Birmingham did)
            c.facts["others_read"] = True
            c.verdict = C
            c.explanation = (
                f"It is number {c.number} reading {placed[0][0]}, after "
                f"{', '.join(earlier) or 'none'}; not after {missing} (positions: {lines})."
            )
            return
        if (
            c.facts.get("others")
            and c.number is not None
            and not hold
            and all(
                x[1] != c.number
                and _others_hold(c, [(r.urn, r.published) for r in x[2][: x[1] - 1]])
                for x in known
            )
        ):
            # "the third London borough to be rated outstanding, after Bexley and Hillingdon",
            # where every reading puts Bromley before it too: the councils named came before
            # it by each reading, and the place is not the one they give (the list is read)
            c.facts["others_before"] = True
        holds_now = bool(c.facts.get("hold") or _HOLD.search(c.text))
        holders = _current_holders(c, view, as_of, grade, region) if not hold or holds_now else None
        if holders is not None:
            held = ", ".join(holders[0])
            c.evidence.append(Evidence(None, None, f"holding {grade}{where} on {as_of}: {held}"))
        if (
            holds_now
            and holders is not None
            and holders[1]
            and fw == "any"
            and sub_urns is None
            and not c.facts.get("one_of_first")
            and not c.facts.get("also")
            and not c.facts.get("this_year")
            and not c.facts.get("k_areas")
            and not _ranks_short_period(c)
        ):
            # "the fourth council in the East of England with an outstanding rating, joining
            # Hertfordshire, Essex and Thurrock": a place among the councils that hold the grade
            # on the day (one that reached it once and has lost it since is not among them),
            # the council and the others named among them
            if len(holders[0]) == want:
                c.verdict = S
                c.explanation = (
                    f"{want} councils{where} hold {_grade_words(grade)} on the day, this one "
                    f"among them: {', '.join(holders[0])}."
                )
            else:
                c.verdict = C
                c.explanation = (
                    f"{len(holders[0])} councils{where}, not {want}, hold {_grade_words(grade)} "
                    f"on the day: {', '.join(holders[0])}."
                )
            c.facts["others_read"] = True  # (the list of holders is the reading: read whole)
            return
        since = _FIRST_SINCE_NAMED.search(c.text) if want == 1 else None
        if since is not None and not hold:
            # "the first London borough to be rated inadequate since Newham in 2019": the one
            # after that council, with none between (by a reading that holds them both)
            got = _first_since_named(since.group("name"), int(since.group("y")), main)
            if got is not None:
                c.verdict, c.explanation = got
            else:
                c.verdict = N
                c.explanation = (
                    "ilacs does not rank a place counted from another council's report "
                    f"(positions: {lines})."
                )
            return
        if hold:
            c.verdict = S
            c.explanation = (
                f"It holds reading {', '.join(x[0] for x in hold)} (positions: {lines})."
            )
        elif holders is not None and holders[1] and len(holders[0]) == want:
            c.verdict = S
            c.explanation = (
                f"{want} councils{where} hold {_grade_words(grade)} on the day, this one among "
                f"them: {', '.join(holders[0])}."
            )
        elif (
            main
            and all(x[1] is not None for x in main)
            and not c.facts.get("place")
            and not _ranks_short_period(c)
        ):
            c.verdict = C
            c.explanation = f"No reading gives that place (positions: {lines})."
        elif (
            # "the fourth of Greater Manchester's ten councils to be rated good": a group ilacs
            # knows the councils of, each plain reading placing it otherwise
            sub_urns is not None
            and (plain := [x for x in main if x[1] is not None])
            and len(plain) >= 2
            and all(x[1] != want for x in plain)
            and not _ranks_short_period(c)
        ):
            c.verdict = C
            c.explanation = f"No reading gives that place (positions: {lines})."
        elif (
            c.facts.get("every")
            and main
            and all(x[1] is None for x in main)
            and not c.facts.get("place")
            and not region
        ):
            # "the first council to achieve the clean sweep": its reports gave the grade, but
            # never in every judgement by the day
            c.verdict = C
            c.explanation = (
                f"No report of this council by then gives {_grade_words(grade)} in every "
                f"judgement (positions: {lines})."
            )
        else:
            c.verdict = N
            c.explanation = (
                f"The readings ilacs can compute do not give that place (positions: {lines})."
            )
        return
    n = 1 if c.facts.get("only") else c.facts.get("n")
    only_other = list(dict.fromkeys(c.urns))
    if not (
        c.facts.get("only")
        and len(only_other) >= 2
        and re.search(r"\b(?:are|were)\s+(?:now\s+)?the\s+only\s+other\b", c.text, re.I)
    ):
        only_other = []
    if only_other:
        # "Lincolnshire and Leicestershire are the only other East Midlands councils rated
        # outstanding": the councils named and the article's own one
        n = len(only_other) + 1
    elif (
        c.facts.get("only")
        and len(set(c.urns)) >= 2
        and (
            re.search(r"\bjoin(?:s|ing|ed)?\b[^.;]*?\bas\s+the\s+only\b", c.text, re.I)
            # "leaves Middlesbrough and Stockton-on-Tees as the only councils in the Tees
            # Valley still rated requires improvement": the councils named, each among them
            or re.search(
                r"\b(?:as|are|were|remain|remained)\s+(?:now\s+|still\s+)?the\s+only\s+"
                r"(?:(?:two|three|four)\s+)?(?:councils|authorities|local\s+authorities|boroughs|"
                r"counties|ones)\b",
                c.text,
                re.I,
            )
        )
    ):
        # "joins Sunderland and North Tyneside as the only councils in the region currently
        # holding the top grade": the council and those it joins, each among them
        only_other = list(dict.fromkeys(c.urns))
        n = len(only_other)
        if re.match(
            r"\W*(?:it|this|the\s+(?:council|authority|borough|county|city|local\s+authority))\s+"
            r"(?:now\s+|also\s+)?join",
            c.text,
            re.I,
        ):
            # "It joins North Tyneside and Sunderland as the only councils ...": those named
            # and the article's council, which the words do not name
            n += 1
    if n is None:
        return
    wanted = {"requires_improvement", "inadequate"} if c.facts.get("below_good") else {grade}
    if not grades and not c.facts.get("below_good"):
        # "one of only 11 councils to have been given a rating under the new regime": no grade
        # named, so no count of a grade to hold it to
        said = [T.grade_of(x.group(1)) for x in T.GRADE_RE.finditer(c.text)]
        lead = str(c.facts.get("before") or "")
        back = list(T.GRADE_RE.finditer(lead))
        if (
            not [g for g in said if g]
            and back
            and re.search(
                r"\b(?:holding|holds?|held|with|given|awarded|sharing|shares?)\s+(?:that|this|the\s+same)"
                r"\s+(?:grade|rating|judge?ment)\b",
                c.text,
                re.I,
            )
            and not re.search(r"\b(?:from|to)\s+\W?$", lead[: back[-1].start()], re.I)
            and len({T.grade_of(x.group(1)) for x in back}) == 1
        ):
            # "X's services are good again, making the borough one of 11 councils in the North
            # West now holding that grade": the one grade the sentence gave before it
            said = [T.grade_of(back[-1].group(1))]
        if not [g for g in said if g]:
            c.verdict = N
            c.explanation = "ilacs cannot tell which grade the councils are counted by."
            return
        grade = next(g for g in said if g)
        wanted = {grade}
    if (
        _GOOD_OR_BETTER.search(c.text)
        and not c.facts.get("below_good")
        and not re.search(r"\bnot\s+(?:rated\s+|judged\s+)?good\s+or\b", c.text, re.I)
    ):
        wanted = {"good", "outstanding"}  # "rated good or outstanding": either grade
    what_grade = " or ".join(_grade_words(g) for g in sorted(wanted))
    # "one of two councils in Greater Manchester": a group ilacs knows the councils of
    said = [
        m.group(1)
        for g in _SUBREGIONS
        if (
            m := re.search(
                rf"\b({g})(?:['’]s)?\s+(?:councils|authorities|local authorities|boroughs)\b",
                c.text,
                re.I,
            )
        )
    ]  # ("one of only two Tees Valley councils")
    group_name: str | None = c.facts.get("place") or (said[0] if said else None)
    members = None if region else _subregion_urns(group_name)
    if members is None and not region and sub_urns is not None and sub is not None:
        # "the only Greater Manchester council currently rated inadequate": the group named
        # before one council, as for a place among them
        members, group_name = sub_urns, sub.group(1)
    if members is not None:
        where = f" in {group_name}"
    counts: list[tuple[str, list[str], bool]] = []
    also_said: dict[str, str] = c.facts.get("also") or {}
    days = [as_of]
    if current is not None and current.published and current.published < as_of:
        days.append(current.published)  # the day its report came out
    one_of = re.search(r"\bone\s+of\b", c.text, re.I)
    for w in T.dates(c.text[: one_of.start()], as_of) if one_of else []:
        # "in December 2019 Hackney was one of seven London boroughs that required improvement":
        # the count on the last day of the time said (not "since 2023", "under the 2023 framework")
        if (
            not w.relative
            and w.last < as_of
            and not re.search(
                r"\b(?:since|under|introduced|from|framework)\b[^,;]{0,20}$", c.text[: w.start]
            )
        ):
            days.append(w.last)
    said_overall = bool(
        re.search(r"\boverall\b", c.text, re.IGNORECASE)
        and not c.facts.get("every")
        and c.facts.get("area") in (None, "overall")
        and fw not in _NO_OVERALL
    )
    families = ["any"]
    if current is not None and current.framework and current.framework.startswith("ilacs"):
        families.append("ilacs")
    if fw not in families:
        families.append(fw)
    for day in days:
        for family in families:
            try:
                snap = snapshot(record, day, rule="published", framework=family)
            except IlacsError:
                continue
            for every in (False, True):
                if every and said_overall:
                    continue  # "holding an outstanding rating overall": not every judgement
                if every and c.facts.get("area") not in (None, "overall"):
                    continue  # ("whose leadership is outstanding": that judgement, read once)
                names, member = [], False
                for st in snap.las:
                    # a report under a framework with no overall grade is "no_judgement" there
                    graded = st.status == "graded" or (
                        family in _NO_OVERALL and st.status == "no_judgement"
                    )
                    if (region and st.region != region) or not graded:
                        continue
                    if members is not None and st.urn not in members:
                        continue
                    d = view_doc(view, st.path)
                    if d is None:
                        continue
                    area = c.facts.get("area")
                    if area and area != "overall":
                        ok = d.grades.get(area) in wanted
                    elif family in _NO_OVERALL and not every:
                        # no overall grade: "an inadequate judgement" is one in any judgement
                        ok = any(d.grades.get(a) in wanted for a in _AREAS)
                    elif every:
                        ok = all(d.grades.get(a) in wanted for a in _key_areas(d))
                    else:
                        ok = d.grades.get("overall") in wanted
                    if ok and also_said:
                        # "... rated good overall while having care leavers' services judged
                        # to require improvement": the same report's grade for that judgement
                        ok = all(d.grades.get(a) == g for a, g in also_said.items())
                    if ok:
                        names.append(st.name)
                        member = member or st.urn == urn
                what = _reading_name(c, every)
                fw_words = "" if family == "any" else f", {family} reports only"
                counts.append((f"{what}{fw_words}, on {day}", names, member))
    both_m = _BOTH_AREAS.search(c.text)
    both = [a for _, _, a in T.areas_in(both_m.group(0))] if both_m else []
    if len(set(both)) == 2 and not c.facts.get("this_year") and "overall" not in both:
        # "one of only 25 councils to be rated outstanding for both children in care and care
        # leavers since the framework came in": councils whose report gave it in both
        counts = []
        fam = fw if fw != "any" else (current.framework if current is not None else "any")
        for ever in (True, False):
            names, member = [], False
            for urn_, held in record.by_urn.items():
                docs = [
                    d
                    for d in held
                    if d.kind == "inspection"
                    and d.published is not None
                    and d.published <= as_of
                    and (fam in ("any", None) or (d.framework or "").startswith(fam))
                ]
                if not ever:
                    docs = sorted(docs, key=lambda d: d.published)[-1:]
                if any(all(d.grade(a) in wanted for a in both) for d in docs):
                    if region and _region_of(urn_) != region:
                        continue
                    if members is not None and urn_ not in members:
                        continue
                    names.append(docs[-1].la_name)
                    member = member or urn_ == urn
            what = (
                f"both {' and '.join(both)}, {'ever under' if ever else 'latest report of'} {fam}"
            )
            counts.append((f"{what} by {as_of}", names, member))
        c.facts["both_read"] = True
    if c.facts.get("this_year") and not _SAME_DAY.search(c.text):
        # "one of 18 councils rated outstanding so far this year": the councils whose reports
        # published in the year (by the day) gave it, not the holders on the day
        counts = []
        for family in families:
            for every in (False, True):
                if every and (said_overall or c.facts.get("area") not in (None, "overall")):
                    continue
                names, member = [], False
                for d in view.docs:
                    if (
                        d.kind != "inspection"
                        or d.urn is None
                        or d.published is None
                        or d.published.year != as_of.year
                        or d.published > as_of
                        or (family != "any" and not (d.framework or "").startswith(family))
                    ):
                        continue
                    if region and _region_of(d.urn) != region:
                        continue
                    if members is not None and d.urn not in members:
                        continue
                    area = c.facts.get("area")
                    if area and area != "overall":
                        ok = d.grades.get(area) in wanted
                    elif d.framework in _NO_OVERALL and not every:
                        ok = any(d.grades.get(a) in wanted for a in _AREAS)
                    elif every:
                        ok = all(d.grades.get(a) in wanted for a in _key_areas(d))
                    else:
                        ok = d.grades.get("overall") in wanted
                    if ok and d.la_name not in names:
                        names.append(d.la_name)
                        member = member or d.urn == urn
                what = _reading_name(c, every)
                fw_words = "" if family == "any" else f", {family} reports only"
                counts.append(
                    (f"{what}{fw_words}, reports published in {as_of.year}", names, member)
                )
    # "one of two councils whose reports came out on the same day", "one of three councils
    # rated outstanding in reports published today": the reports of that day
    if _SAME_DAY.search(c.text):
        for day in dict.fromkeys(days):
            for graded_only in (True, False):
                names, member = [], False
                for d in view.docs:
                    if d.kind != "inspection" or d.published != day or d.urn is None:
                        continue
                    if region and _region_of(d.urn) != region:
                        continue
                    if members is not None and d.urn not in members:
                        continue
                    area = c.facts.get("area")
                    if graded_only and not (
                        # ("whose leadership was rated outstanding in reports published on the
                        # same day": that judgement's grade)
                        d.grades.get(area) in wanted
                        if area and area != "overall"
                        else d.grades.get("overall") in wanted
                        or (
                            d.framework in _NO_OVERALL
                            and any(d.grades.get(a) in wanted for a in _AREAS)
                        )
                    ):
                        continue
                    if d.la_name not in names:
                        names.append(d.la_name)
                    member = member or d.urn == urn
                what = what_grade if graded_only else "any grade"
                counts.append((f"reports published on {day}, {what}", names, member))
    # "one of only nine councils to achieve a clean sweep since the framework was updated",
    # "the only one so far to be rated outstanding across the board": every council that has
    # reached it under the framework (the council's own when the words name none), by the day
    if (
        fw == "any"
        and current is not None
        and current.framework
        and _SO_FAR.search(c.text)
        and not c.facts.get("region")
    ):
        fw = current.framework
    if (
        fw != "any"
        and (c.facts.get("to_achieve") or _SO_FAR.search(c.text))
        and not c.facts.get("below_good")
    ):
        for every in (False, True):
            try:
                rows = firsts(
                    record, grade=grade, framework=fw, all_judgements=every,
                    judgement=c.facts.get("area") or "overall",
                )  # fmt: skip
            except IlacsError:
                continue
            rows = [r for r in rows if r.published and r.published <= as_of + timedelta(days=3)]
            if region:
                rows = [r for r in rows if r.region == region]
            if members is not None:
                rows = [r for r in rows if r.urn in members]
            what = "every judgement" if every else (c.facts.get("area") or "overall effectiveness")
            counts.append(
                (
                    f"{what}, ever under {fw} by {as_of}",
                    [r.la_name for r in rows],
                    any(r.urn == urn for r in rows),
                )
            )
    if not counts:
        return
    lines = "; ".join(f"{k}: {len(v)}" for k, v, _ in counts)
    c.evidence = [
        Evidence(
            None,
            None,
            f"{what_grade}{where} on {as_of} (latest report published by then), {k}: {', '.join(v[:40])}",
        )
        for k, v, _ in counts
    ]
    held_by = [k for k, v, member in counts if len(v) == n and member]
    subjects = list(dict.fromkeys(c.urns))
    if (
        n is not None
        and n >= 2
        and len(subjects) == n
        and not only_other
        and re.search(
            rf"\b(?:are|were|remain|remained)\s+(?:now\s+|still\s+)?the\s+only\s+(?:{T.NUMBER}|\d+)\b",
            c.text,
            re.I,
        )
    ):
        # "Derby and Nottingham are the only two outstanding councils in the region": each of
        # the councils named is among the holders
        held_by = [
            k
            for k, v, _ in counts
            if k in held_by and all(_urn_name(view, u) in v for u in subjects)
        ]
        today = next((v for k, v, _ in counts if k.endswith(f"on {as_of}")), None)
        if not held_by and today is not None and len(today) == n:
            c.verdict = C
            c.explanation = (
                f"{n} {what_grade}{where} on {as_of}: {', '.join(today)}; not "
                + _names_not_in(view, subjects, today)
                + f" ({lines})."
            )
            return
    if only_other:
        held_by = [
            k
            for k, v, _ in counts
            if k in held_by and all(_urn_name(view, u) in v for u in only_other)
        ]
    # "it joins Essex and Suffolk as the region's only outstanding authorities": the others it
    # names must be among the holders too
    named_holders = [u for u in (c.facts.get("others") or []) if c.facts.get("hold") and region]
    # "The other five are Essex, North Yorkshire, ...": the members of the group just counted
    named_holders += list(c.facts.get("members") or [])
    if c.facts.get("members") and not held_by:
        c.verdict = N
        c.explanation = f"ilacs does not find the group counted before ({lines})."
        return
    if held_by and named_holders:
        held_all = [
            k
            for k, v, member in counts
            if k in held_by and all(_urn_name(view, u) in v for u in named_holders)
        ]
        if not held_all:
            c.facts["others_read"] = True  # the group is the one counted; a name is not in it
            c.verdict = C
            c.explanation = (
                f"{n} {what_grade}{where} by {held_by[0]} ({lines}), but not "
                + ", ".join(
                    str(_urn_name(view, u))
                    for u in named_holders
                    if _urn_name(view, u) not in next(v for k, v, _ in counts if k == held_by[0])
                )
                + "."
            )
            return
        held_by = held_all
    named_others = [*(c.facts.get("others") or []), *c.urns[1:]]
    others = [u for u in named_others if u in (members or ())]
    if members is not None and counts and others:
        # "..., alongside Tameside": the others named are among the group's holders by the
        # reading that counts the most (a list read whole, no feature left unread)
        widest = max(counts, key=lambda x: len(x[1]))[1]
        if all(_urn_name(view, u) in widest for u in others):
            c.facts["others_read"] = True
    elif region and members is None and counts and named_others:
        # "one of only two councils in the South West to hold an outstanding rating, alongside
        # Wiltshire": the others named are fellow members of the region's group, this one and
        # they among its holders by one reading (the group is the one ilacs counted)
        if any(
            member and all(_urn_name(view, u) in v for u in named_others) for _, v, member in counts
        ):
            c.facts["others_read"] = True
    # "the only one of the six Berkshire authorities", "the only one of those councils": a group
    # the words name but ilacs cannot count within
    group = not region and _UNCOUNTED_GROUP.search(c.text)
    # ("Stoke-on-Trent now joins Sandwell and Worcestershire as the third council in the West
    # Midlands currently rated inadequate": the councils it joins, as those alongside it)
    alongside = re.search(r"\balong(?:side|\s+with)\b|\bjoin(?:s|ing|ed)?\b", c.text, re.I)
    if (
        held_by
        # (a region, or a group of councils ilacs knows whose fellows the words name:
        # "one of three Merseyside councils holding an inadequate rating, alongside Liverpool
        # and Wirral")
        and (
            (region and members is None)
            or (members is not None and all(u in members for u in named_others))
        )
        and alongside
        and named_others
        and not c.facts.get("members")
        and not only_other
        and all(
            any(_urn_name(view, u) not in v for u in named_others)
            for k, v, _ in counts
            if k in held_by
        )
    ):
        # "one of four outstanding councils in the South East, alongside Hampshire, Surrey and
        # Bracknell Forest": the count holds, but a council it names among them does not
        first = next(v for k, v, _ in counts if k in held_by)
        c.facts["others_read"] = True
        c.verdict = C
        c.explanation = (
            f"{n} {what_grade}{where} by {held_by[0]} ({', '.join(first)}), but not "
            + _names_not_in(view, named_others, first)
            + f" ({lines})."
        )
        return
    if held_by:
        c.verdict, c.explanation = S, f"{n} {what_grade}{where} by {', '.join(held_by)} ({lines})."
    elif (
        n == 1
        and region
        and current is not None
        and as_of >= date(2018, 3, 1)
        and not any(member for _, _, member in counts)
        and any(len(v) == 1 for _, v, _ in counts)
        and (
            re.search(r"\b(?:still|currently|now)\s+(?:rated|judged|graded)\b", c.text, re.I)
            # ("Its upgrade leaves Sheffield as the only council in the region not rated at
            # least good": as things stand on the day)
            or re.search(r"\bleav(?:es|ing|e)\s+(?:\S+\s+){1,4}?as\s+the\s+only\b", c.text, re.I)
            # ("Rutland is the region's only inadequate council": its grade on the day)
            or c.facts.get("holds_now")
        )
    ):
        # "leaves Tower Hamlets as the only London borough still rated inadequate": the one
        # council of the region with that grade on the day is another
        c.verdict = C
        c.explanation = (
            f"This council is not {what_grade} on {as_of} by any reading; the one council"
            f"{where} that is: {next(v[0] for _, v, _ in counts if len(v) == 1)} ({lines})."
        )
    elif any(len(v) == n for _, v, _ in counts):
        c.verdict, c.explanation = (
            N,
            f"{n} {what_grade}{where} by some reading, but ilacs does not find this council "
            f"among them ({lines}).",
        )
    elif (c.facts.get("place") and members is None) or group:
        c.verdict = N
        c.explanation = (
            f"ilacs cannot count within {c.facts.get('place') or 'that group'} (not an English "
            "region); "
            f"nationally or in its region: {lines}."
        )
    elif not c.facts.get("plain", True):
        # the grade comes from a later clause: the rank may not be of councils by it
        c.verdict = N
        c.explanation = (
            f"Not {n} {what_grade}{where} by any reading, if that is the count ({lines})."
        )
    else:
        c.verdict, c.explanation = C, f"Not {n} {what_grade}{where} by any reading ({lines})."


_BOTH_AREAS = lazyre.compile(r"\bboth\s+[^.;,]{3,60}?\s+and\s+[^.;,]{3,40}", re.IGNORECASE)


def _settle_tally(c: Claim, got: int, n: int, held: str, near: str, wrong: str) -> None:
    """A tally of councils the record gives (`got`) against the article's `n`: supported when
    equal, not_in_record when one off (ilacs may lack a report), else contradicted."""
    if got == n:
        c.verdict, c.explanation = S, held
    elif abs(got - n) <= 1:
        c.verdict, c.explanation = N, near
    else:
        c.verdict, c.explanation = C, wrong


def _firsts_where(record: Any, grade: str, fw: str, order: str, gives: Any) -> list[Any]:
    """Councils in the order a full inspection report of theirs under `fw` first passed
    `gives(document)`, as `firsts` lists them (councils on the same day by path)."""
    from ilacs.analyse.firsts import First, _key
    from ilacs.analyse.record import framework_matches

    hits = []
    for urn, held in record.by_urn.items():
        matching = [
            d
            for d in held
            if d.kind == "inspection"
            and d.published is not None
            and framework_matches(d.framework, fw)
            and gives(d)
        ]
        if matching:
            first = min(matching, key=lambda d: _key(d, order))
            hits.append((_key(first, order), urn, first))
    hits.sort(key=lambda h: (h[0], h[2].path))
    return [
        First(
            rank=i + 1,
            urn=urn,
            la_name=d.la_name,
            region=_region_of(urn),
            grade=grade,
            framework=d.framework,
            inspection_end=d.inspection_end,
            published=d.published,
            path=d.path,
        )
        for i, (_, urn, d) in enumerate(hits)
    ]


def _k_area_firsts(
    record: Any, grade: str, k: int, fw: str, order: str, with_overall: bool
) -> list[Any]:
    """Councils in the order a report of theirs first gave `grade` in at least `k` judgements
    (the four areas, and the overall one if `with_overall`), under `fw`."""
    areas = (*_AREAS, "overall") if with_overall else _AREAS
    return _firsts_where(
        record, grade, fw, order, lambda d: sum(d.grade(a) == grade for a in areas) >= k
    )


def _year_firsts(record: Any, grade: str, mode: str, fw: str, order: str, year: int) -> list[Any]:
    """Councils in the order a report of theirs published in `year` first gave `grade` (overall,
    in every judgement, or in one area), under `fw`, as `firsts` lists them."""
    from ilacs.analyse.firsts import in_every_judgement

    def gives(d: Any) -> bool:
        if d.published.year != year:
            return False
        if mode == "every":
            return bool(in_every_judgement(d, (grade,)))
        return bool(d.grade(mode if mode in _AREAS else "overall") == grade)

    return _firsts_where(record, grade, fw, order, gives)


def _streak_firsts(
    view: RecordView, grade: str, k: int, as_of: date, fw: str | None = None
) -> list[Any]:
    """Councils in the order their k-th overall grade in a row of `grade` came out (full
    inspections under SIF and ILACS, published by the day); with `fw`, the k-th of that grade
    under that framework ('any': under any), running or not."""
    from ilacs.analyse.record import framework_matches

    got: list[Any] = []
    for urn in {d.urn for d in view.docs if d.kind == "inspection"}:
        run = 0
        for d in _inspections(view, urn):
            if d.framework == "pre_sif" or not d.published or d.published > as_of + timedelta(3):
                continue
            if fw is not None and not framework_matches(d.framework, fw):
                continue
            g = d.grades.get("overall")
            if g is None:
                continue
            run = run + 1 if g == grade else 0 if fw is None else run
            if run == k:
                got.append(d)
                break
    return sorted(got, key=lambda d: (d.published, d.path))


def _check_streak_rank(
    c: Claim, view: RecordView, as_of: date, urn: int, grade: str, fw: str | None = None
) -> None:
    """'only the third council to be rated outstanding three times in a row': councils in the
    order they reached so many overall grades running; with `fw` ('the first council to be
    rated inadequate twice under the single inspection framework'), so many of that grade
    under the framework, running or not."""
    k = c.facts["streak"] if fw is None else c.facts["times"]
    rows = _streak_firsts(view, grade, k, as_of, fw)
    region = c.region or (_region_of(urn) if c.facts.get("in_region") else None)
    if region:
        # "the second council in the North West to ...": the region's councils
        rows = [d for d in rows if _region_of(d.urn) == region]
    place = _place(rows, urn, lambda d: d.published)
    names = ", ".join(f"{d.la_name} ({d.published})" for d in rows[:12]) or "none"
    what = f"{_grade_words(grade)} overall {k} times" + (
        " in a row" if fw is None else "" if fw == "any" else f" under {fw}"
    )
    c.evidence = [Evidence(None, None, f"councils {what}, by the day the last came out: {names}")]
    if c.number is None and c.facts.get("n"):
        # "one of only four councils to have been rated outstanding at three consecutive
        # inspections": how many have by the day, this one among them (ilacs may lack one)
        n = 1 if c.facts.get("only") else c.facts["n"]
        if place is None:
            c.verdict, c.explanation = N, f"ilacs does not hold this council {what} by then."
        else:
            _settle_tally(
                c,
                len(rows),
                n,
                f"{n} councils {what} by then: {names}.",
                f"ilacs finds {len(rows)} councils {what} (it may lack one): {names}.",
                f"{len(rows)} councils {what} by then, not {n}: {names}.",
            )
        return
    want = c.number or 1
    named = c.facts.get("predecessors")
    if named and place is not None:
        before = {d.urn for d in rows if d.published < rows[place[0] - 1].published}
        if before == set(named):
            c.verdict, c.explanation = S, f"Those before it {what}: {names}."
        else:
            c.verdict, c.explanation = C, f"Not those before it {what}: {names}."
        return
    ahead = rows[: place[0] - 1] if place is not None else []
    if (
        place is not None
        and c.facts.get("others")
        and not _others_hold(c, [(d.urn, d.published) for d in ahead])
    ):
        # "the second council in the North East to be judged outstanding at two consecutive
        # inspections, after Northumberland": a council named before it is not among them
        names_ahead = [d.la_name for d in ahead]
        c.facts["others_read"] = True
        c.verdict = C
        c.explanation = (
            f"Before it {what}: {', '.join(names_ahead) or 'none'}; "
            f"not {_names_not_in(view, c.facts['others'], names_ahead)}."
        )
        return
    if place is None:
        c.verdict = N
        c.explanation = f"ilacs does not hold this council {what} by then."
    elif place[0] <= want <= place[1]:
        c.verdict, c.explanation = S, f"It is number {want} {what}: {names}."
    else:
        c.verdict = C
        c.explanation = f"It is number {place[0]}, not {want}, {what}: {names}."


# "for the first time in more than seven years", "for the first time in a decade": a span of
# years back, not the whole record
_FIRST_IN_YEARS = lazyre.compile(
    rf"\bfirst\s+time\s+in\s+(?P<loose>(?:more\s+than|over|almost|nearly|about|around|some|"
    rf"roughly|well\s+over|getting\s+on\s+for)\s+)?(?P<n>an?|\d+|{T.NUMBER})\s+"
    rf"(?P<unit>years?|decades?)\b",
    re.IGNORECASE,
)


# "three years after they were rated good for the first time": the first time was then
_YEARS_AFTER_FIRST = lazyre.compile(
    rf"\b(?P<n>\d+|{T.NUMBER})\s+years?\s+after\s+(?:they|it|the\s+(?:council|service|services|"
    r"authority)|services)\s+(?:were|was|had\s+been)\s+(?:first\s+)?(?:rated|judged|graded)\b"
    r"(?=[^.;]*\bfirst\s+time\b)",
    re.IGNORECASE,
)


def _check_first_time(c: Claim, view: RecordView, as_of: date, urn: int) -> None:
    """'the first time the council has been rated good overall (since 2013)', 'the first time
    since 2018 that it has escaped the lowest grade': its latest report has it, and no earlier
    one (published after that year) did."""
    insp = _inspections(view, urn)
    current = _current(insp, as_of)
    if current is not None and c.facts.get("at_year"):
        # "from 2022, when Ofsted judged the council outstanding for the first time"
        dated = [d for d in insp[: insp.index(current) + 1] if c.facts["at_year"] in _doc_years(d)]
        current = dated[-1] if dated else None
    after = _YEARS_AFTER_FIRST.search(c.text)
    if current is not None and not c.facts.get("at_year") and after is not None:
        # "downgraded by Ofsted, three years after they were rated good for the first time":
        # the report of about that many years before the article's day
        n = T.number(after.group("n")) or 0
        target = as_of - timedelta(days=round(365.25 * n))
        near = [
            d
            for d in insp[: insp.index(current) + 1]
            if d.published and abs((d.published - target).days) <= 400
        ]
        current = min(near, key=lambda d: abs((d.published - target).days)) if near else None
    if current is None:
        c.verdict, c.explanation = N, "ilacs holds no graded inspection of this council by then."
        return
    grade, since = c.facts["grades"][0], c.facts.get("since")
    area = c.facts.get("area") or "overall"

    # "the first time Lancashire has received an outstanding judgement in any area of its
    # children's services": any of a report's judgements; "the first time ... that help and
    # protection have been rated better than requires improvement": a grade above that one
    any_area = bool(c.facts.get("any_area")) or bool(
        re.search(
            r"\b(?:in|for)\s+any\s+(?:single\s+)?(?:area|judge?ment|part|aspect|category)\b",
            c.text,
            re.IGNORECASE,
        )
    )
    better = bool(c.facts.get("better")) or bool(
        re.search(
            rf"\b(?:better|higher)\s+than\s+(?:an?\s+)?['‘\"“]?(?:{T.GRADE_WORDS})\b", c.text, re.I
        )
    )

    # "For the first time, Salford has been rated outstanding in two areas": as many of a
    # report's judgements, not its overall grade
    in_n = re.search(
        rf"\b(?:in|for|across)\s+(?P<n>\d+|{T.NUMBER})\s+(?:of\s+(?:the|its)\s+(?:\d+|{T.NUMBER})\s+)?"
        r"(?:key\s+|judge?ment\s+)?(?:areas?|judge?ments?|categories|parts)\b",
        c.text,
        re.IGNORECASE,
    )
    in_areas = T.number(in_n.group("n")) if in_n and area == "overall" else None

    def has(d: Any) -> bool:
        if c.facts.get("every"):
            return all(d.grades.get(a) == grade for a in _key_areas(d))
        if in_areas:
            return (
                sum(1 for a, g in d.grades.items() if a not in ("overall", "lscb") and g == grade)
                >= in_areas
            )
        if any_area and area == "overall":
            # "an outstanding judgement in any area": any judgement it gives
            return any(g == grade for a, g in d.grades.items() if a != "lscb")
        if better:
            # "rated better than requires improvement"
            return d.grades.get(area) in RANK and RANK[d.grades[area]] < RANK[grade]
        if c.facts.get("off"):
            return d.grades.get(area) not in (None, grade)
        return d.grades.get(area) == grade

    if area != "overall" and current.grades.get(area) is None:
        c.verdict, c.explanation = N, f"The {_label(current)} gives no such judgement."
        return
    if c.facts.get("first_year"):
        # "the top rating it first achieved in 2019": its earliest report with the grade
        hits = [d for d in insp if has(d) and d.published and d.published <= as_of]
        if not hits:
            c.verdict, c.explanation = C, f"ilacs holds no {_grade_words(grade)} report of it."
            return
        c.evidence = [_evidence(hits[0], f"{_label(hits[0])}: {_grades_text(hits[0])}")]
        years = {hits[0].published.year} | (
            {hits[0].inspection_end.year} if hits[0].inspection_end else set()
        )
        if c.facts["first_year"] in years:
            c.verdict, c.explanation = (
                S,
                f"Its first {_grade_words(grade)} was the {_label(hits[0])}.",
            )
        else:
            c.verdict = C
            c.explanation = (
                f"Its first {_grade_words(grade)} was the {_label(hits[0])}, "
                f"not in {c.facts['first_year']}."
            )
        return

    what = f"{'out of ' if c.facts.get('off') else ''}{_grade_words(grade)}"
    if in_areas:
        what = f"{_grade_words(grade)} in {in_areas} judgements"
    elif better and not c.facts.get("off"):
        what = f"better than {_grade_words(grade)} for {AREA_WORDS.get(area, area)}"
    elif any_area:
        what = f"{_grade_words(grade)} in a judgement"
    c.evidence = [_evidence(current, f"{_label(current)}: {_grades_text(current)}")]
    earlier = [d for d in insp if has(d) and d.published and d.published < current.published]
    if not has(current) and re.match(r"\W*when\b", c.text, re.IGNORECASE):
        # "a drop from 2022, when Ofsted judged the council outstanding for the first time": an
        # earlier report, not its latest
        if earlier:
            c.evidence = [
                _evidence(earlier[0], f"{_label(earlier[0])}: {_grades_text(earlier[0])}")
            ]
            c.verdict = S
            c.explanation = f"Its first {what} report was the {_label(earlier[0])}."
        else:
            c.verdict = N
            c.explanation = f"ilacs holds no earlier {what} report of this council."
        return
    if not has(current):
        c.verdict = C
        c.explanation = f"The {_label(current)} is not {what}: {_grades_text(current)}."
        return
    earlier = [
        d
        for d in insp[: insp.index(current)]
        if has(d) and (since is None or (d.published and d.published.year > since))
    ]
    span = _FIRST_IN_YEARS.search(c.text)
    years_back = 0
    if span and current.published:
        # "for the first time in more than seven years", "the first time in a decade": the
        # first within those years, not ever (a loose span reaches a year short of it)
        years_back = 10 if span.group("unit").lower().startswith("decade") else 1
        k = span.group("n").lower()
        years_back *= 1 if k in ("a", "an") else (T.number(k) or 0)
        if span.group("loose"):
            years_back -= 1
        if years_back <= 0:
            earlier = []
        else:
            back = current.published.replace(year=current.published.year - years_back, day=1)
            earlier = [d for d in earlier if d.published and d.published >= back]
    if earlier:
        c.verdict = C
        c.explanation = f"Not the first time: the {_label(earlier[0])} was {what} too."
    else:
        c.verdict = S
        c.explanation = (
            f"The {_label(current)} is {what}, and no earlier report of it"
            f"{f' since {since}' if since else ''}"
            f"{f' in the {years_back} years before it' if years_back > 0 else ''} was: "
            + "; ".join(
                f"{d.published}: {_grade_words(d.grades.get(area))}"
                if not c.facts.get("any_area")
                else f"{d.published}: {_grades_text(d)}"
                for d in insp
            )
            + "."
        )


def _others_hold(c: Claim, before: list[tuple[int, date | None]]) -> bool:
    """Whether the councils a rank claim names as coming before it ('after Herefordshire and
    Solihull in January') do so in the record, in the month it names."""
    days = dict(before)
    return all(_did_then(u, c.facts.get("others_when"), days) for u in c.facts.get("others") or [])


def _did_then(urn: int, when: Any, days: dict[int, date | None]) -> bool:
    """Whether council `urn` is among `days` (council -> its day), on a day within `when` (a
    pair of ISO dates) when one is given."""
    if urn not in days:
        return False
    day = days[urn]
    return not (
        when and day and not (date.fromisoformat(when[0]) <= day <= date.fromisoformat(when[1]))
    )


def _moves(
    view: RecordView,
    old: str | None,
    new: str | None,
    by: date,
    fw: str,
    region: str | None = None,
    this_year: int | None = None,
    worse: bool = False,
    journey: bool = False,
    area: str = "overall",
    also: dict[str, str] | None = None,
) -> list[tuple[Any, ...]]:
    """Each council's first move of its overall grade from `old` to `new` (to any better grade
    when `new` is None, any worse one when `worse`) between consecutive graded inspections, in
    a report published by `by` under `fw` ('any': any framework): (published, last day on site,
    urn, report). With `old` None, a move to `new` from any better grade (`worse`: "downgraded
    to requires improvement") or any worse one ("upgraded to good")."""
    from ilacs.analyse.record import framework_matches

    def moved(before: str | None, after: str | None) -> bool:
        if old is None:
            if after != new or new not in RANK or before not in RANK:
                return False
            return RANK[before] < RANK[new] if worse else RANK[before] > RANK[new]
        if before != old:
            return False
        if new is not None:
            return after == new
        if after not in RANK:
            return False
        return RANK[after] > RANK[old] if worse else RANK[after] < RANK[old]

    moves = []
    for u in view.by_urn:
        if region and _region_of(u) != region:
            continue  # "the second in London after Bromley": the region's councils
        insp = _inspections(view, u)
        pairs = list(zip(insp, insp[1:], strict=False))
        if journey:
            # "to go from an inadequate rating to outstanding": the old grade at any earlier
            # inspection, through whatever grades lay between
            pairs = [(a, b) for i, b in enumerate(insp) for a in insp[:i]]
        for a, b in pairs:
            # ("from inadequate to good with outstanding leadership": the later report's
            # grade for that judgement too)
            if also and any(b.grades.get(x) != g for x, g in also.items()):
                continue
            if moved(a.grades.get(area), b.grades.get(area)):
                if (
                    b.published
                    and b.published <= by
                    and (fw == "any" or framework_matches(b.framework, fw))
                    and (this_year is None or b.published.year == this_year)
                ):
                    moves.append((b.published, b.inspection_end or b.published, u, b))
                    break
    return moves


# "to be downgraded to requires improvement", "upgraded to good": a move to a grade from any
# better (worse) one
_TO_MOVE = lazyre.compile(
    rf"\b(down|up)-?grad(?:ed|ing)\s+to\s+(?:an?\s+)?['‘\"“]?(?P<g>{T.GRADE_WORDS})",
    re.IGNORECASE,
)
# "to lose an outstanding rating", "no longer rated good": off a grade to a worse one
_LOST = lazyre.compile(r"\b(?:los(?:e|es|ing|t)|no\s+longer|drop(?:s|ped|ping)?)\b", re.IGNORECASE)


def _check_transition_rank(c: Claim, view: RecordView, as_of: date, urn: int) -> None:
    """'only the third to go from requires improvement to outstanding': councils in the order
    their overall grade first made that move (by publication, then by last day on site)."""

    grades = [g for g in c.facts.get("grades", []) if g]
    if c.number is None and not c.facts.get("one_of_first") and not c.facts.get("n"):
        return
    off = c.facts.get("off")
    worse = False
    to_move = c.facts.get("to_move")
    old: str | None
    if to_move:
        # "the third council to be downgraded to requires improvement": to that grade from
        # any better one
        old, new = None, to_move[0]
        worse = to_move[1]
    elif off:
        # "the third this year to shake off an inadequate rating": to any better grade;
        # "the fourth council to lose an outstanding rating": to any worse one
        old, new = off, None
        worse = _LOST.search(c.text) is not None and off in ("outstanding", "good")
        worse = worse or off == "outstanding"
    elif len(grades) < 2:
        return
    else:
        old, new = grades[0], grades[1]
    fw = _framework_of(c, None, as_of, view)

    region = c.region or (_region_of(urn) if c.facts.get("in_region") else None)
    find = partial(
        _moves,
        view,
        old,
        new,
        as_of + timedelta(days=3),
        fw,
        region=region,
        this_year=as_of.year if c.facts.get("this_year") else None,
        worse=worse,
        # "to go from inadequate to outstanding for leadership": that judgement's move
        area=str(c.facts["area"]) if c.facts.get("area") in _AREAS else "overall",
        also=c.facts.get("move_with") or None,
    )
    moves = find()
    if (
        old is not None
        and new is not None
        and not to_move
        and (c.number is not None or c.facts.get("n"))
        and not any(m[2] == urn for m in moves)
        and not re.search(
            r"\b(?:straight|directly|direct|consecutive|successive|in\s+one|single|leap|jump)\b",
            c.text,
            re.I,
        )
    ):
        # "only the third council in England to go from an inadequate rating to outstanding"
        # (inadequate, good, then outstanding): the journey, over more than one inspection
        moves = find(journey=True)
    better = "a worse grade" if worse else "a better grade"
    if old is None:
        if c.number is None and not c.facts.get("one_of_first"):
            return  # (a count of such moves: not read)
        old_words = "a better grade" if worse else "a worse grade"
    else:
        old_words = _grade_words(old)
    if c.number is None and not c.facts.get("one_of_first"):
        # "one of only five councils to have done so": how many made the move by the day
        assert old is not None
        _check_transition_count(c, view, moves, urn, old, new, better)
        return
    readings = []
    for name, key in (
        ("by publication", lambda m: (m[0], m[2])),
        ("by last day on site", lambda m: (m[1], m[2])),
    ):
        ordered = sorted(moves, key=key)
        pos = next((i + 1 for i, m in enumerate(ordered) if m[2] == urn), None)
        if pos is not None and c.number is not None:
            # councils on the same day share the places
            same = [i + 1 for i, m in enumerate(ordered) if key(m)[0] == key(ordered[pos - 1])[0]]
            if min(same) <= c.number <= max(same):
                pos = c.number
        readings.append((name, pos, ordered))
    if all(p is None for _, p, _ in readings):
        c.verdict = N
        c.explanation = f"ilacs holds no move of this council from {old_words} to {_grade_words(new) if new else better} by then."
        return
    lines = "; ".join(f"{n}: {p}" for n, p, _ in readings)
    best = readings[0]
    before = ", ".join(
        f"{m[3].la_name} ({m[0]})" for m in best[2][: max((best[1] or 1) - 1, 0)][:12]
    )
    c.evidence = [
        Evidence(
            None,
            None,
            f"overall {old_words} -> {_grade_words(new) if new else better[2:]} by {as_of}"
            f"{', ' + str(as_of.year) + ' only' if c.facts.get('this_year') else ''}"
            f"{', ' + fw + ' reports' if fw != 'any' else ''}: positions {lines}; "
            f"before it: {before or 'none'}",
        )
    ]
    want = c.number or 1
    hold = [
        r
        for r in readings
        if r[1] is not None
        and (r[1] <= 5 if c.facts.get("one_of_first") else r[1] == want)
        and _others_hold(c, [(m[2], m[0]) for m in r[2][: r[1] - 1]])
    ]
    if hold:
        c.verdict, c.explanation = (
            S,
            f"It holds {', '.join(h[0] for h in hold)} (positions: {lines}).",
        )
        return
    if _ranks_short_period(c):
        c.verdict = N
        c.explanation = (
            f"ilacs does not rank moves within a week or a month; over the record: {lines}."
        )
        return
    c.verdict, c.explanation = C, f"No order gives that place (positions: {lines})."
    others = c.facts.get("others") or []
    placed = [r for r in readings if r[1] == want and not c.facts.get("one_of_first")]
    if placed and others and not c.facts.get("others_when"):
        # "the third in Yorkshire and the Humber to move from an inadequate rating straight to
        # good, after Doncaster and Leeds": the place holds, but a council it names did not
        # make the move before it (Rotherham did)
        earlier = [m[3].la_name for m in placed[0][2][: want - 1]]
        missing = _names_not_in(view, others, earlier)
        if missing:
            c.facts["others_read"] = True
            c.explanation = (
                f"It is number {want} {placed[0][0]}, after {', '.join(earlier) or 'none'}; "
                f"not after {missing} (positions: {lines})."
            )
            return
    for r in readings:
        ahead = {m[2]: m[0] for m in r[2][: (r[1] or 1) - 1]}
        if r[1] == want and others and set(others) == set(ahead) and c.facts.get("others_when"):
            # "the third this year to shake off an inadequate rating, after Herefordshire and
            # Solihull in March": the place and the councils before it hold, their month not
            c.facts["others_read"] = True
            c.explanation = (
                "The councils before it made the move in reports published "
                + ", ".join(f"{_urn_name(view, u)} ({d})" for u, d in ahead.items())
                + f", not in the month named (positions: {lines})."
            )
            break


def _check_transition_count(
    c: Claim,
    view: RecordView,
    moves: list[tuple[Any, ...]],
    urn: int,
    old: str,
    new: str | None,
    better: str = "a better grade",
) -> None:
    """'one of only five councils to have moved straight from inadequate to good': the councils
    whose overall grade made that move between consecutive graded inspections by the day, this
    one among them (ilacs may lack a council: one either way is not a contradiction)."""
    n = c.facts["n"]
    names = ", ".join(f"{m[3].la_name} ({m[0]})" for m in sorted(moves, key=lambda m: m[0]))
    move = f"{_grade_words(old)} to {_grade_words(new) if new else better}"
    c.evidence = [Evidence(None, None, f"overall {move}: {names or 'none'}")]
    ours = any(m[2] == urn for m in moves)
    # the councils it names as the others that did so ('alongside Walsall', 'following
    # Sunderland and Bromley'): each must be among them
    # (in the time it gives them: 'in reports published today')
    when = c.facts.get("others_when")
    days = {m[2]: m[0] for m in moves}
    missing = [u for u in c.facts.get("others") or [] if u != urn and not _did_then(u, when, days)]
    if not ours:
        c.verdict = N
        c.explanation = f"ilacs holds no move of this council from {move} by then."
    elif missing:
        c.facts["others_read"] = True
        c.verdict = C
        c.explanation = (
            f"{_names_not_in(view, missing, ())} made no such move "
            f"{'in the time named' if when else 'by then'}; those that did: "
            f"{names}."
        )
    else:
        _settle_tally(
            c,
            len(moves),
            n,
            f"{n} councils moved from {move}: {names}.",
            f"ilacs finds {len(moves)} such moves (it may lack one), not {n}: {names}.",
            f"{len(moves)} councils moved from {move} by then, not {n}: {names}.",
        )


_LOOSE_NUMBER = lazyre.compile(
    rf"\b(?:about|around|nearly|almost|more than|over|some|roughly|approximately|fewer than|"
    rf"less than|under|at least|up to|close to|getting on for|an estimated|a dozen|dozens)\s+"
    rf"(?:\d+|{T.NUMBER})\b|\ba dozen\b|\bdozens\b",
    re.IGNORECASE,
)


_LIST_JOIN = lazyre.compile(r"\s*(?:,\s*and|,|and|&)\s*", re.IGNORECASE)
# a relative clause after a name in the list ('Northumberland, which was rated good in 2020,
# and Telford & Wrekin'): it runs to the join before the next name
_LIST_RELATIVE = lazyre.compile(r"\s*,?\s*\(?(?:which|who|whose|where)\b[^()]*?\)?", re.IGNORECASE)
