"""Count and share claims among councils: "only eight local authorities have an outstanding
rating", "10 of the 127 inspected were inadequate", "none of the 24 councils in the North West".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence
from ilacs.claims.ranks import (
    _LIST_JOIN,
    _LIST_RELATIVE,
    _LOOSE_NUMBER,
    _PART_OF_REGION,
    _moves,
    _unread_words,
)
from ilacs.claims.view import (
    _GOOD_OR_BETTER,
    _NO_OVERALL,
    AREA_WORDS,
    C,
    N,
    RecordView,
    S,
    _current,
    _evidence,
    _framework_at,
    _framework_of,
    _grade_words,
    _inspections,
    _key_areas,
    _label,
    _region_of,
    _urn_name,
    view_doc,
)
from ilacs.constants import JUDGEMENT_AREAS
from ilacs.errors import IlacsError


def _list_after(c: Claim) -> str | None:
    """The words after a count's colon or dash, to the end of the sentence ('Three councils
    received the top grade: A, B and C' -> 'A, B and C')."""
    m = re.match(r"\s*[:–—-]\s*([^.;]+)", str(c.facts.get("after") or ""))
    # ("Four councils are rated inadequate (A, B, C and D).": the list in brackets)
    m = m or re.match(r"\s*\(([^().;]+)\)\W*$", str(c.facts.get("after") or ""))
    return m.group(1) if m else None


# the councils a count names in an aside, the grade after it: "Four of its 15 councils - Devon,
# Torbay and Swindon - are rated inadequate", "three councils (A, B and C) remain inadequate",
# "two councils, namely A and B, hold the top grade" (a hyphen is a dash only between spaces)
_ASIDE_LIST = lazyre.compile(
    r"(?:\s+[-–—]|\s*[–—])\s*(?P<d>[^–—.;:()]+?)(?:\s+[-–—]|\s*[–—])\s*(?=\w)"
    r"|\s*\((?P<b>[^().;:]+)\)\s*(?=\w)"
    r"|\s*,?\s+namely\s+(?P<n>[^.;:()]+?),\s*(?=\w)",
    re.IGNORECASE,
)


def _aside_list(words: str, pos: int = 0, search: bool = False) -> tuple[int, int, str] | None:
    """Where the aside list at `pos` in `words` (or, searching, the first after it) begins and
    ends, and its words: 'Four councils - A, B and C - are rated inadequate' -> 'A, B and C';
    None when there is no such aside."""
    m = _ASIDE_LIST.search(words, pos) if search else _ASIDE_LIST.match(words, pos)
    if m is None:
        return None
    g = next(k for k in ("d", "b", "n") if m.group(k) is not None)
    return m.start(g), m.end(), m.group(g)


def _council_list(words: str) -> list[int] | None:
    """The councils of `words` when they are a list of councils only ('Devon, Swindon, the
    Isles of Scilly and Bournemouth, Christchurch and Poole'), each name perhaps with a relative
    clause of its own ('Northumberland, which was rated good in 2020, and Telford & Wrekin');
    a name inside such a clause, or any other word between the names, makes the list unread."""
    found = sorted(T.councils(words), key=lambda x: x.start)
    if not found:
        return None
    pos = 0
    for i, x in enumerate(found):
        gap = words[pos : x.start]
        if i == 0:
            if not re.fullmatch(r"\s*(?:the\s+)?", gap, re.IGNORECASE):
                return None
        elif not re.fullmatch(
            rf"(?:{_LIST_RELATIVE.pattern})?{_LIST_JOIN.pattern}(?:the\s+)?", gap, re.IGNORECASE
        ):
            return None
        pos = x.end
    if not re.fullmatch(rf"(?:{_LIST_RELATIVE.pattern})?\s*", words[pos:], re.IGNORECASE):
        return None
    return list(dict.fromkeys(x.la.urn for x in found if x.la.urn))


def _listed_councils(c: Claim) -> list[int] | None:
    """The councils a count names right after it ('Three councils received the top grade:
    Leicestershire, Northumberland and Telford & Wrekin'), when the list is of councils only,
    each name perhaps with a relative clause of its own ('Northumberland, which was rated good
    in 2020, and Telford & Wrekin, which held on to its rating'); a name inside such a clause
    makes the list unread. The list may be an aside the count's span runs over ('Four of its
    15 councils - A, B and C - are rated inadequate': facts['list_words'])."""
    if c.facts.get("list_words"):
        return _council_list(str(c.facts["list_words"]))
    aside = re.match(r"\s*[–—-]\s*([^–—.;]{3,200}?)\s+[–—-]\s", str(c.facts.get("after") or ""))
    if aside and c.facts.get("below_good"):
        # ("Only three of the capital's 33 authorities - A, B and C - currently hold a rating
        # below good": the councils between the dashes, after the count's span)
        return _council_list(aside.group(1))
    words = _list_after(c)
    if words is None:
        # ("Two councils are rated outstanding (Derby and Lincolnshire).": the list in brackets
        # at the end of the count's own words, after its grade)
        m = re.search(r"\(([^().;]+)\)\W*$", c.text)
        words = m.group(1) if m and T.GRADE_RE.search(c.text, 0, m.start()) else None
    return None if words is None else _council_list(words)


def _region_holders(
    view: RecordView, region: str | None, grade: str | tuple[str, ...], as_of: date
) -> list[list[str]] | None:
    """The councils of `region` (None: of England) whose latest graded report gives `grade`
    overall, on each day of the week to `as_of` and by either rule of when a report counts
    (None if unknown)."""
    from ilacs.analyse import snapshot

    if view.source is None:
        return None
    out = []
    for back in range(8):
        for rule in ("published", "ofsted"):
            try:
                snap = snapshot(
                    view.source, as_of - timedelta(days=back), rule=rule, framework="any"
                )
            except IlacsError:
                return None
            names = []
            for st in snap.las:
                if st.status != "graded" or (region is not None and st.region != region):
                    continue
                d = view_doc(view, st.path)
                if d is not None and d.grades.get("overall") in (
                    (grade,) if isinstance(grade, str) else grade
                ):
                    names.append(st.name)
            out.append(names)
    return out


def _check_listed_count(c: Claim, view: RecordView, as_of: date, listed: list[int]) -> None:
    """'Three councils in all received the top grade: A, B and C': the list the article gives
    is the group counted; each council named must hold the grade (overall, its latest graded
    inspection by the day), and the number must be the list's."""
    grade = c.facts["grades"][0]
    n = c.facts["n"]
    held: list[Any] = []
    lacked: list[Any] = []
    for urn in listed:
        cur = _current([d for d in _inspections(view, urn) if d.grades.get("overall")], as_of)
        if cur is None:
            c.verdict = N
            c.explanation = "ilacs holds no graded inspection of a council the list names."
            return
        has = cur.grades.get("overall")
        if c.facts.get("below_good"):
            # ("Only three of the capital's 33 authorities - A, B and C - currently hold a
            # rating below good": each below good)
            (held if has in ("requires_improvement", "inadequate") else lacked).append(cur)
        else:
            (held if has == grade else lacked).append(cur)
    words = "below good" if c.facts.get("below_good") else _grade_words(grade)
    wanted: str | tuple[str, ...] = (
        ("requires_improvement", "inadequate") if c.facts.get("below_good") else grade
    )
    c.evidence = [
        _evidence(d, f"overall effectiveness: {d.grades.get('overall')}") for d in held + lacked
    ]
    if n == 0:
        # "None of the five North West councils to have had reports so far - A, B, C, D and E -
        # has been rated good": none it lists holds the grade
        total = c.facts.get("total")
        if held:
            c.verdict = C
            c.explanation = (
                f"Councils it lists are rated {words}: "
                + "; ".join(f"the {_label(d)}" for d in held)
                + "."
            )
        elif total and total != len(listed):
            c.verdict = N
            c.explanation = f"It lists {len(listed)} councils, not {total}; none is rated {words}."
        else:
            c.verdict = S
            c.explanation = (
                f"None of the {len(listed)} councils it lists is rated {words}: "
                + "; ".join(
                    f"the {_label(d)} gives {_grade_words(d.grades.get('overall') or '')}"
                    for d in lacked
                )
                + "."
            )
        return
    if lacked:
        c.verdict = C
        c.explanation = (
            "Not all the councils it lists are rated "
            + words
            + ": "
            + "; ".join(
                f"the {_label(d)} gives {_grade_words(d.grades.get('overall') or '')}"
                for d in lacked
            )
            + "."
        )
    elif len(listed) != n:
        c.verdict = N
        c.explanation = f"It lists {len(listed)} councils, not {n}; each is rated {words}."
        # (a count that names no region of its own, its councils all of one: that region's,
        # "Four of its 15 councils - Devon, Torbay and Bournemouth, Christchurch & Poole - are
        # currently rated inadequate", as long as England's count is no more the number)
        regions = {_region_of(d.urn) for d in held}
        region = c.region or (next(iter(regions)) if len(regions) == 1 else None)
        if (
            region
            and not c.facts.get("outside")
            and (not c.facts.get("total") or c.facts.get("list_words"))
        ):
            # "Five London authorities hold the top grade: Bexley, Westminster, Kensington and
            # Chelsea, and Redbridge": the four it lists are all the region's holders on the
            # day, and no day of the week before had five (the number is wrong, not the list)
            others = _region_holders(view, region, wanted, as_of)
            country = _region_holders(view, None, wanted, as_of) if not c.region else []
            if (
                others is not None
                and country is not None
                and set(others[0]) == {d.la_name for d in held}
                and all(len(x) != n for x in others + country)
            ):
                c.verdict = C
                c.explanation = (
                    f"It lists {len(listed)} councils, not {n}, and they are all the councils in "
                    f"{region} rated {words} (latest report published by {as_of}): "
                    + ", ".join(sorted(others[0]))
                    + "."
                )
    else:
        c.verdict = S
        c.explanation = (
            f"Each of the {n} councils it lists is rated {words}: "
            + "; ".join(_label(d) for d in held)
            + "."
        )
        if c.region and not c.facts.get("outside") and not c.facts.get("total"):
            # "two councils in the region are currently rated inadequate: Bradford and
            # Wakefield" when Hull is too: the count is the region's, the list not all of it
            others = _region_holders(view, c.region, wanted, as_of)
            if others is not None and all(len(x) > n for x in others):
                extra = sorted(set(others[0]) - {d.la_name for d in held})
                c.verdict = C
                c.explanation = (
                    f"Each council it lists is rated {words}, but {len(others[0])} councils in "
                    f"{c.region} are (latest report published by {as_of}): also "
                    + ", ".join(extra)
                    + "."
                )


# words that count councils by every judgement, not the overall one
_EVERY_SAID = lazyre.compile(
    r"\b(?:every|each|all|both)\b[^.;]{0,30}\b(?:areas?|judge?ments?|categor\w+|grades|ratings|"
    r"services|aspects|parts|headings)\b|\bacross the board\b|\bclean sweep\b|\bin every\b"
    r"|\bthroughout\b|\bwithout exception\b",
    re.IGNORECASE,
)


# "two of six councils in the North West with an inadequate rating": the second number is how
# many hold the grade (not the region's size)
_OF_THOSE_GRADED = lazyre.compile(
    rf"\b(?:both|two|three|four|\d+)\s+of\s+(?:the\s+|only\s+|just\s+)?(?:\d+|{T.NUMBER})\s+"
    # ("two of five West Midlands councils currently rated requires improvement")
    r"(?:(?-i:[A-Z])[\w-]+\s+){0,3}"
    r"(?:councils|authorities|local\s+authorities|boroughs)\b[^.;]{0,40}?\b(?:with\s+an?\s+"
    rf"['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+(?:rating|grade|judge?ment|verdict)|(?:currently\s+|now\s+)?"
    rf"(?:rated|judged)\s+['‘\"“]?(?:{T.GRADE_WORDS}))\b",
    re.IGNORECASE,
)


def _check_national_count(c: Claim, view: RecordView, as_of: date) -> None:
    """A count among all councils (or a region's): each plausible reading, and a contradiction
    only when none is within one of the article's number (ilacs may lack an abolished council).
    A count that names no scope of its own, just after a sentence counting within a group ("Of
    the 100 councils whose reports have been published under the current framework, 44 are
    rated good ... Ten councils have been rated inadequate."), is also read within that group:
    it holds if either reading does, and is contradicted only if both fail."""
    _check_national_reading(c, view, as_of)
    before = c.facts.get("group_before")
    if not before or c.verdict == S:
        return
    other = replace(
        c,
        framework=before["framework"],
        evidence=[],
        verdict=None,
        explanation=None,
        facts={
            **c.facts,
            "group": before["group"],
            "fw_year": before["fw_year"],
            "since": before["since"],
            "area": None,
            "any_area": False,
            "named": [],
        },
    )
    _check_group_count(other, view, as_of)
    if other.verdict == S:
        c.verdict, c.explanation, c.evidence = S, other.explanation, other.evidence
    elif c.verdict == C and other.verdict != C:
        c.verdict = N
        c.explanation = (
            f"Within the group the sentence before counts: {other.explanation or 'not read'}; "
            f"among all councils: {c.explanation}"
        )
    elif c.verdict == C and other.verdict == C:
        c.explanation = (
            f"Within the group the sentence before counts: {other.explanation}; among all "
            f"councils: {c.explanation}"
        )


# England's councils with children's services, and the days their number changed: 152 until
# Bournemouth, Poole and Dorset became two (April 2019), Northamptonshire two (April 2021) and
# Cumbria two (April 2023)
_COUNCILS_FROM = ((date(2023, 4, 1), 153), (date(2021, 4, 1), 152), (date(2019, 4, 1), 151))


def _councils_on(day: date) -> int:
    """How many councils England had on `day`."""
    return next((n for start, n in _COUNCILS_FROM if day >= start), 152)


def _window_days(view: RecordView, as_of: date, span: int = 60) -> list[date]:
    """The days a national count can change in the `span` days to `as_of`: each day a report
    was published or an inspection ended there, and the first day; oldest first."""
    start = as_of - timedelta(days=span)
    days = {start, as_of}
    for d in view.source.docs if view.source is not None else ():
        for day in (d.published, d.inspection_end):
            if isinstance(day, date) and start < day < as_of:
                days.add(day)
    return sorted(days)


def _check_national_reading(c: Claim, view: RecordView, as_of: date) -> None:
    """A count among all councils (or a region's), by each plausible reading."""
    from ilacs.analyse import snapshot

    record = view.source
    if record is None or not hasattr(record, "docs"):
        return
    n, total = c.facts["n"], c.facts.get("total")
    named = _framework_of(c, None, as_of, view)
    if c.facts.get("inspected"):
        _check_inspected_count(c, view, as_of, named)
        return
    if c.facts.get("moved_off"):
        _check_moved_off_count(c, view, as_of, named)
        return
    grade = c.facts["grades"][0]
    wanted = {grade, "outstanding"} if c.facts.get("either") and grade == "good" else {grade}
    if c.facts.get("below_good"):
        wanted = {"requires_improvement", "inadequate"}
    families = [
        "any",
        "sif" if c.framework and re.search(r"single|sif", c.framework, re.I) else "ilacs",
    ]
    if named != "any":
        families.append(named)  # "under the current framework": the one of the article's day

    from ilacs.claims.ranks import _subregion_urns

    sub = c.facts.get("subregion")
    sub_urns = _subregion_urns(sub) if sub else None
    # "among only 11 councils in England to be judged outstanding for leadership": a count by
    # the one judgement it names, not by the overall one or every one
    area = _count_area(c)

    def compute(wanted: set[str], day: date = as_of) -> list[tuple[str, int, int, list[str]]]:
        readings = []
        for family in dict.fromkeys(families):
            for rule in ("published", "ofsted"):
                try:
                    # (by the judgement counted: a council whose latest report grades no
                    # overall effectiveness, the 2026 framework's, still grades its leaders)
                    snap = snapshot(
                        record,
                        day,
                        rule=rule,
                        framework=family,
                        judgement=area if area in JUDGEMENT_AREAS else "overall",
                    )
                except IlacsError:
                    continue
                graded = [
                    s
                    for s in snap.las
                    if s.status == "graded"
                    and (not c.region or (s.region == c.region) != bool(c.facts.get("outside")))
                    # ("Across Greater Manchester's ten boroughs, four are rated good")
                    and (sub_urns is None or s.urn in sub_urns)
                ]
                if not graded:
                    # a framework with no reports yet on the day: no reading of a count ("Not
                    # one council has yet been rated inadequate" is not 0 of 0 ILACS reports)
                    continue
                for every in (False,) if area else (False, True):
                    hits = []
                    for st in graded:
                        d = view_doc(view, st.path)
                        if d is None:
                            continue
                        if area:
                            ok = d.grades.get(area) in wanted
                        elif every:
                            ok = all(d.grades.get(a) in wanted for a in _key_areas(d))
                        else:
                            ok = d.grades.get("overall") in wanted
                        if ok:
                            hits.append(st.name)
                    how = AREA_WORDS.get(area, area) if area else None
                    how = how or ("every judgement" if every else "overall")
                    what = f"{how}, {family} reports, {rule} rule"
                    readings.append((what, len(hits), len(graded), hits))
        return readings

    readings = compute(wanted)
    if not readings:
        return
    where = f" {'outside' if c.facts.get('outside') else 'in'} {c.region}" if c.region else ""
    if sub_urns is not None:
        where = f" in {str(sub).title()}"
    lines = "; ".join(f"{w}: {k} of {t}" for w, k, t, _ in readings)
    c.evidence = [Evidence(None, None, f"{' or '.join(sorted(wanted))}{where} on {as_of}: {lines}")]
    own = [x for x in readings if f", {named} reports," in x[0]]
    under = re.search(
        r"\bunder\s+(?:the\s+|its\s+|Ofsted['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:framework|regime|system)\b",
        c.text,
        re.IGNORECASE,
    )
    if c.facts.get("fw_year") and named != "any" and own and under:
        # "the number of councils rated outstanding under the inspection framework introduced
        # in January 2023": that framework's reports, not every council's latest grade
        readings = own
    if not _EVERY_SAID.search(c.text) and any(x[0].startswith("overall") for x in readings):
        # "seven of the 12 councils in the North East are now rated good or outstanding": a
        # plain grade is the overall one; every judgement is a reading only when the words say
        # every area (a reading that may still make a count near, not one that holds it)
        plain = [x for x in readings if not x[0].startswith("every")]
    else:
        plain = readings
    whole = _whole_group(c, as_of)
    graded_of = _OF_THOSE_GRADED.search(c.text)
    if (
        total is not None
        and graded_of is not None
        and re.search(
            r"\b(?:are|were|is|was)\s+(?:now\s+|currently\s+|both\s+)*$",
            c.text[: graded_of.start()],
        )
        and len({m.la.urn for m in T.councils(c.text[: graded_of.start()])}) == c.facts.get("n")
    ):
        # "Halton and Cheshire East are now two of six councils in the North West with an
        # inadequate rating": six is how many hold the grade, the two those the article names
        held = any(k == total for _, k, _, _ in plain)
        c.verdict = S if held else C
        c.explanation = (
            f"{total} councils hold that grade by the reading ({lines})."
            if held
            else f"No reading gives {total} councils with that grade ({lines})."
        )
        return
    if (
        total is not None
        and whole is not None
        and abs(total - whole) >= 2
        and all(abs(total - x[2]) >= 2 for x in readings)
    ):
        # "four of the region's 15 councils now hold the top grade" (the North East has 12):
        # the councils of a region, or of England, are the register's on the day
        c.verdict = C
        c.explanation = (
            f"{c.region or 'England'} has {whole} councils with children's services on "
            f"{as_of}, not {total} ({lines})."
        )
        return
    first = c.facts.get("tally_first")
    if first:
        # "Of the 19 councils across the South East, four are now outstanding, six are good and
        # eight require improvement": a later count of a tally, by the readings that hold its
        # first
        n0, g0 = first
        mine = {x[0]: x[1] for x in plain}
        firsts = [
            x[0]
            for x in compute({g0})
            if x[0] in mine and x[1] == n0 and (total is None or x[2] == total)
        ]
        if firsts:
            seen_then = [mine[w] for w in firsts]
            # (the first count holds on the day by these readings: the later ones are of the
            # same councils on the same day, with no slack)
            if n in seen_then:
                c.verdict = S
                c.explanation = (
                    f"{n} by reading {firsts[seen_then.index(n)]}, which gives the tally's first "
                    f"count too ({lines})."
                )
            else:
                c.verdict = C
                c.explanation = (
                    f"{seen_then[0]}, not {n}, by reading {firsts[0]}, which gives the tally's first "
                    f"count ({n0} {_grade_words(g0)}) ({lines})."
                )
            return
    hold = [x for x in plain if x[1] == n and (total is None or x[2] == total)]
    # with the total named and matched, the record holds every council counted: no slack;
    # "takes the number of councils rated inadequate to 19": a tally on the day, slack of one
    # a plain number on a day since every council has had a graded inspection ilacs holds
    # (the SIF's round ended in 2017): the record's count, give or take a day's reports
    # (a region's count too: "The region now has six councils rated outstanding", its
    # councils all graded by then)
    tight = c.facts.get("tally") or (
        as_of >= date(2018, 3, 1)
        and (not c.region or not c.facts.get("outside"))
        # (not the share a clause after it makes: "..., meaning nearly three quarters are
        # good or better")
        and not _LOOSE_NUMBER.search(
            re.split(r",\s+(?:meaning|which\s+means|so\s+that)\b", c.text, maxsplit=1)[0]
        )
    )
    near = [
        x
        for x in readings
        if abs(x[1] - n) <= (1 if tight else max(1, round(0.2 * n)))
        and (total is None or x[2] != total)
    ]
    # "nine are rated good, eight require improvement and six are inadequate": the other
    # counts listed, by the reading that holds the first
    for k, g, *rest in c.facts.get("more") or []:
        if not hold:
            break
        # "while eight are rated good or better": good and outstanding
        better = bool(rest and rest[0])
        # "and three - Bradford and North East Lincolnshire - remain inadequate": the councils
        # it names, as many as the record's count, are the count (the number is wrong)
        listed = rest[1] if len(rest) > 1 else []
        theirs = {w: x for w, x, *_ in compute({g, "outstanding"} if better else {g})}
        got = [theirs.get(x[0]) for x in hold]
        if listed and len(listed) != k and len(listed) in got:
            # (the number is not the list's, and the record's count is: the number is wrong)
            got = [len(listed)]
        elif k in got:
            continue
        # with the total named and matched, the record holds every council counted
        slack = (
            0 if total is not None or (listed and got == [len(listed)]) else max(1, round(0.2 * k))
        )
        if all(x is not None and abs(x - k) > slack for x in got):
            c.verdict = C
            c.explanation = (
                f"{n} by reading {hold[0][0]}, but {got[0]} {_grade_words(g)}"
                f"{' or better' if better else ''}, not {k}"
                f"{f', and it names {len(listed)}' if listed else ''} ({lines})."
            )
        else:
            c.verdict = N
            c.explanation = f"{n} by reading {hold[0][0]}; {k} {_grade_words(g)} not found."
        return
    members = _members_named(c)
    if hold and members:
        # "just four London boroughs, including Lambeth and Hackney, with a 'requires
        # improvement' rating": the councils it names are among those the reading counts
        member_names = {u: str(_urn_name(view, u)) for u in members}
        among = [x for x in hold if all(name in x[3] for name in member_names.values())]
        if not among:
            c.verdict = C
            out = [name for name in member_names.values() if name not in hold[0][3]]
            c.explanation = (
                f"{n} by reading {hold[0][0]}, but not {', '.join(out)}: "
                f"{', '.join(hold[0][3])} ({lines})."
            )
            return
        hold = among
    if hold:
        c.verdict = S
        c.explanation = f"{n} by reading {hold[0][0]} ({lines})."
    elif tight and near and total is None and not c.facts.get("tally"):
        # "43 councils in England now hold Ofsted's top rating" when the record gives 41 or 42:
        # the counts of the days just before the article's, and the councils of the day ilacs
        # holds no graded report of, are the only slack
        days = _window_days(view, as_of)
        # (each reading's own counts over those days: a number between two readings' counts,
        # 8 between 'every judgement' 2 and 'overall' 12, is near neither)
        by_reading: dict[str, set[int]] = {}
        for day in days:
            for x in compute(wanted, day):
                if x[0] in {r[0] for r in near}:
                    by_reading.setdefault(x[0], set()).add(x[1])
        seen = {v for vs in by_reading.values() for v in vs}
        # councils graded then that ilacs holds no report of (an abolished council's) can only
        # add to the count
        councils = (
            len([la for la in register.all_las(as_of) if la.region == c.region])
            if c.region
            else _councils_on(as_of)
        )
        extra = max(0, councils - max(x[2] for x in readings))
        if n in seen or any(min(vs) <= n <= max(vs) + extra for vs in by_reading.values()):
            c.verdict = N
            c.explanation = (
                f"Near the record's count, which may count another day or a council ilacs "
                f"does not hold ({lines})."
            )
        else:
            c.verdict = C
            c.explanation = (
                f"No reading of the record gives {n} on any day from {days[0]} to {as_of} "
                f"({lines})."
            )
    elif (
        (colon_n := _named_after_colon(c)) and n != colon_n and any(x[1] == colon_n for x in plain)
    ):
        # "seven of the South West's 15 councils are now rated good: Torbay, Dorset, Bath and
        # North East Somerset, Swindon, Wiltshire and the Isles of Scilly": the record's count
        # is the article's own list, not the number it gives
        c.verdict = C
        c.explanation = f"The record gives {colon_n}, the councils the article names after it, not {n} ({lines})."
    elif near or (total is not None and any(x[1] == n for x in plain)):
        c.verdict = N
        c.explanation = (
            f"Near the record's count, which may lack a council or count another day ({lines})."
        )
    elif total is not None and all(abs(x[2] - total) > max(2, round(0.1 * total)) for x in plain):
        # "eight of the 17 councils whose inspections ... have been published so far this year":
        # a group far from every group the record's readings count (a year's reports, a type of
        # council ilacs does not tell apart): not the group read
        c.verdict = N
        c.explanation = (
            f"It counts {n} of {total}, a group no reading of the record makes ({lines})."
        )
    elif not c.facts.get("plain", True):
        # the grade comes from later in the sentence: the clause may not count councils by it
        c.verdict = N
        c.explanation = f"No reading of the record gives {n}, if this counts councils ({lines})."
    elif total is None and T.councils(_list_after(c) or ""):
        # 'Three councils received the top grade: A, B, ... and C': it counts the councils it
        # lists (a list ilacs could not read), not every council in England
        c.verdict = N
        c.explanation = (
            f"It counts the councils it lists, which ilacs could not read; no reading of the "
            f"record's councils gives {n} ({lines})."
        )
    elif (
        total is None
        and n is not None
        and 2 <= n <= 3
        and not _COUNT_SCOPE.search(c.text)
        and not c.region
        # (every word read: a clause with words ilacs does not read is said so, below)
        and not _unread_words(c.text)
    ):
        # "Wakefield's leadership rated outstanding as two councils judged good": a few
        # councils with no place, time or whole named: the councils the story tells of
        c.verdict = N
        c.explanation = (
            f"It may count the councils the article tells of; no reading of all councils gives "
            f"{n} ({lines})."
        )
    elif _MOVED_OUT.search(c.text):
        # "Two West Midlands councils climb out of 'inadequate'": councils that moved out of
        # a grade, not councils holding it
        c.verdict = N
        c.explanation = (
            f"It counts councils that moved out of a grade, which ilacs does not count; no "
            f"reading of the councils holding it gives {n} ({lines})."
        )
    else:
        c.verdict = C
        c.explanation = f"No reading of the record gives {n} ({lines})."


_MOVED_OUT = lazyre.compile(
    r"\b(?:climb\w*|crawl\w*|lift\w*|mov(?:e|es|ed|ing)|get|gets|got|come|comes|came)\s+"
    r"out\s+of\b|\b(?:escap\w+|emerg\w+\s+from|sh(?:ake|akes|ook|aken)\s+off)\b",
    re.IGNORECASE,
)


# words that set a count's councils: a place, the country, a framework or a time, a whole
_COUNT_SCOPE = lazyre.compile(
    r"\b(?:england|english|nationally|national|nationwide|country|countrywide|across|all|only|"
    r"just|of\s+the|out\s+of|region\w*|county|counties|london|north|south|east|west|midlands|"
    r"yorkshire|framework|regime|system|since|now|currently|so\s+far|this\s+year|still|"
    r"remain\w*|other|more|fewer|less|number|total|among|"
    # (a run: "kept their outstanding ratings for a third inspection in a row")
    r"row|running|successive|consecutive|kept|keep|times?)\b",
    re.IGNORECASE,
)


# the councils a count names as some of those it counts: "four London boroughs, including
# Lambeth and Hackney, ...", "such as Devon and Torbay", "among them Slough"
_MEMBERS = lazyre.compile(
    r",?\s*\b(?:including|such\s+as|among\s+them|amongst\s+them|among\s+which)\s+"
    r"(?P<list>[^,.;:()–—]+(?:,\s*[^,.;:()–—]+?)*?)"
    r"(?=\s*(?:,\s+(?:with|are|were|which|who|that|rated|judged|now|still)\b|[.;:()–—]|$))",
    re.IGNORECASE,
)


# "only two boroughs, Enfield and Kingston, have so far been rated good": the councils counted,
# named in an aside right after them
_MEMBERS_ASIDE = lazyre.compile(
    r"\b(?:councils|boroughs|authorities|local\s+authorities|counties|cities|LAs)\s*,\s*"
    r"(?P<list>[^,.;:()–—]+(?:,\s*[^,.;:()–—]+?)*?)\s*,\s+(?:have|has|are|were|had|is|was)\b",
    re.IGNORECASE,
)


def _members_named(c: Claim) -> list[int]:
    """The councils the count's own words name as among those counted, when the words after
    the cue (or an aside right after the councils counted) are a list of councils only; else
    none."""
    for rx in (_MEMBERS, _MEMBERS_ASIDE):
        m = rx.search(c.text)
        if m is not None and (listed := _council_list(m.group("list"))):
            return listed
    return []


def _count_area(c: Claim) -> str | None:
    """The one judgement a count of councils by grade names ('11 councils judged outstanding for
    leadership', 'five with children in care rated outstanding', 'only five safeguarding boards
    rated outstanding'), when it names one and not the overall grade; None otherwise."""
    if c.facts.get("area") and c.facts["area"] != "overall":
        return str(c.facts["area"])
    found = {a for _, _, a in T.areas_in(c.text)}
    return found.pop() if len(found) == 1 and "overall" not in found else None


def _whole_group(c: Claim, as_of: date) -> int | None:
    """How many councils a count's total names when it names all of a region's, or England's
    ("four of the region's 12 councils", "Of the 153 local authorities in England"): the
    register's on the day; None when the total may be a part of them (or before every council
    had a graded inspection, spring 2018)."""
    if as_of < date(2018, 3, 1) or c.facts.get("outside") or _PART_OF_REGION.search(c.text):
        return None
    total = c.facts.get("total")
    if total is None or (not c.region and total < 140):
        return None
    return len([la for la in register.all_las(as_of) if not c.region or la.region == c.region])


def _check_of_those(c: Claim, view: RecordView, as_of: date) -> None:
    """'13 of the 33 London authorities now hold an outstanding rating, though most of those were
    awarded under the previous version of the framework': the holders on the day (latest graded
    report, published by then), and the framework of the report that gave each its grade."""
    from ilacs.analyse import snapshot

    if view.source is None:
        return
    held = c.facts["of_those"]
    try:
        snap = snapshot(view.source, as_of, rule="published", framework="any")
    except IlacsError:
        return
    docs = [
        d
        for st in snap.las
        if st.status == "graded" and (not c.region or st.region == c.region)
        if (d := view_doc(view, st.path)) is not None and d.grades.get("overall") == held["grade"]
    ]
    if len(docs) != held["n"]:
        c.verdict = N
        c.explanation = f"ilacs counts {len(docs)} such councils, not {held['n']}."
        return
    now = _framework_at(view, as_of)
    older = [d for d in docs if d.framework != now]
    k = len(older) if c.facts.get("older") else len(docs) - len(older)
    quant = c.facts["quant"]
    ok = {
        "most": k > len(docs) / 2,
        "all": k == len(docs),
        "none": k == 0,
        "half": abs(k - len(docs) / 2) <= 1,
    }[quant]
    c.evidence = [
        Evidence(
            None,
            None,
            f"{len(older)} of the {len(docs)} hold it from a report under an older framework "
            f"than {now}: " + ", ".join(f"{d.la_name} ({d.framework})" for d in older),
        )
    ]
    which = "an older framework" if c.facts.get("older") else now
    c.verdict = S if ok else C
    c.explanation = f"{k} of the {len(docs)} hold it from a report under {which}" + (
        "." if ok else f", not {quant}."
    )


def _check_moved_off_count(c: Claim, view: RecordView, as_of: date, fw: str) -> None:
    """'The two councils bring to 10 the number of local authorities to have moved out of
    inadequate under the current framework': the councils with a report under the framework
    (published by the day) whose overall grade is better than the graded inspection before it,
    which was inadequate."""

    off, n = c.facts["moved_off"], c.facts["n"]
    if fw == "any":
        c.verdict, c.explanation = N, "ilacs counts moves off a grade only under a framework."
        return
    names = [m[3].la_name for m in _moves(view, off, None, as_of, fw)]
    c.evidence = [
        Evidence(None, None, f"moved off {off} under {fw} by {as_of}: {', '.join(names)}")
    ]
    if len(names) == n:
        c.verdict = S
        c.explanation = f"{n} councils moved off {_grade_words(off)} under {fw} by then."
    elif abs(len(names) - n) > 1:
        c.verdict = C
        c.explanation = f"{len(names)} councils moved off {_grade_words(off)} under {fw}, not {n}."
    else:
        c.verdict = N
        c.explanation = f"ilacs finds {len(names)} such moves (it may lack a report), not {n}."


def _check_group_count(c: Claim, view: RecordView, as_of: date) -> None:
    """'Of the 15, two have been rated outstanding', 'Of the seven before it, none received an
    inadequate grade in any area': counts within the councils reported on under the framework
    by the day (or before this council's report)."""
    from ilacs.analyse.record import framework_matches

    fw = _framework_of(c, None, as_of, view)
    since = date.fromisoformat(c.facts["since"]) if c.facts.get("since") else None
    # "whose reports were published in 2024": the year's reports only
    until = date.fromisoformat(c.facts["until"]) if c.facts.get("until") else date.max
    if fw == "any" and since is None:
        return
    group = c.facts["group"]

    def reported(fw: str, latest: bool = False) -> list[Any]:
        first: dict[int, Any] = {}
        for d in view.docs:
            if (
                d.kind == "inspection"
                and framework_matches(d.framework, fw)
                and d.framework != "pre_sif"
                and d.published
                and d.published <= min(as_of + timedelta(days=3), until)
                and (since is None or d.published >= since)
                # "Of the 13 South West councils inspected under the SIF so far": the region's
                and (not group.get("region") or _region_of(d.urn) == group["region"])
            ):
                if (
                    d.urn not in first
                    or (d.published > first[d.urn].published) == latest
                    and d.published != first[d.urn].published
                ):
                    first[d.urn] = d
        docs = sorted(first.values(), key=lambda d: (d.published, d.path))
        if not group["before"]:
            # the article may count up to its own day or the day before (a report published
            # the morning it went out is not in it): the cut-off that gives the group's size
            for cut in (as_of, as_of - timedelta(days=1)):
                upto = [d for d in docs if d.published <= cut]
                if len(docs) != group["size"] and len(upto) == group["size"]:
                    docs = upto
        return docs

    docs = reported(fw)
    if fw == "ilacs" and group["first"] and len(docs) != group["size"]:
        # "under the ILACS framework that has been in use since 2023": a version ilacs could
        # not tell from the words; the one whose councils the group's size counts
        fit = [v for v in ("ilacs2023", "ilacs2018") if len(reported(v)) == group["size"]]
        if fit:
            fw, docs = fit[0], reported(fit[0])
    if group["before"]:
        own = next((d for d in docs if c.urns and d.urn == c.urns[0]), None)
        if own is None:
            return
        docs = [d for d in docs if d.published < own.published]
    grade, area, n = c.facts["grades"][0], c.facts.get("area"), c.facts["n"]
    # "44 are rated good or outstanding overall": either grade
    either = grade in ("good", "outstanding") and _GOOD_OR_BETTER.search(c.text)
    wanted = {"good", "outstanding"} if either else {grade}

    def has(d: Any) -> bool:
        if c.facts.get("every"):
            got = [g for g in d.grades.values() if g]
            return bool(got) and all(g in wanted for g in got)
        if area:
            return d.grades.get(area) in wanted
        if c.facts.get("any_area") or fw in _NO_OVERALL:
            return any(g in wanted for g in d.grades.values())
        return d.grades.get("overall") in wanted

    hits = [d for d in docs if has(d)]
    what = " or ".join(_grade_words(g) for g in sorted(wanted))
    what += f"{' for ' + area if area else ''}"
    c.evidence = [
        Evidence(
            None,
            None,
            f"{len(docs)} councils with {fw} reports{' before it' if group['before'] else ''} "
            f"by {as_of}; {what}: " + (", ".join(d.la_name for d in hits) or "none"),
        )
    ]
    missing = [u for u in c.facts.get("named", []) if u not in {d.urn for d in hits}]
    if c.facts.get("group_share") and docs:
        # "just over a fifth are now outstanding": the share of the group
        den, q = c.facts["group_share"]
        ratio, target = len(hits) / len(docs), 1 / den
        if q in ("just over", "over", "more than"):
            ok = ratio > target and (q != "just over" or ratio - target <= 0.05)
        elif q in ("just under", "under", "fewer than", "less than"):
            ok = ratio < target and (q != "just under" or target - ratio <= 0.05)
        elif q in ("nearly", "almost"):
            ok = target - 0.06 <= ratio <= target + 0.005
        else:
            ok = abs(ratio - target) <= 0.04
        if group["first"] and len(docs) != group["size"]:
            c.verdict, c.explanation = (
                N,
                f"ilacs holds {len(docs)} such councils, not {group['size']}.",
            )
        elif ok:
            c.verdict, c.explanation = S, f"{len(hits)} of the {len(docs)} were {what}."
        elif abs(ratio - target) > 0.1:
            c.verdict, c.explanation = C, f"{len(hits)} of the {len(docs)} were {what}."
        else:
            c.verdict = N
            c.explanation = f"{len(hits)} of the {len(docs)} were {what}: near that share."
        return
    if c.facts.get("group_share"):
        return
    if group.get("later") and len(docs) != group["size"]:
        # ("..., while 10 have been judged inadequate": within a group ilacs counts otherwise)
        c.verdict = N
        c.explanation = (
            f"ilacs holds {len(docs)} such councils, not {group['size']}; "
            f"{len(hits)} of them were {what}."
        )
    elif group["first"] and len(docs) != group["size"]:
        c.verdict = C if abs(len(docs) - group["size"]) > 1 else N
        c.explanation = f"ilacs holds {len(docs)} such councils, not {group['size']}."
    elif len(hits) == n and not missing:
        c.verdict, c.explanation = S, f"{n} of the {len(docs)} were {what}."
    elif (
        not group["before"]
        and not missing
        and len(
            latest := [
                d
                for d in reported(fw, latest=True)
                if d.published <= max(x.published for x in docs)
            ]
        )
        == len(docs)
        and len([d for d in latest if has(d)]) == n
    ):
        # "Of the 131 councils with published SIF reports, just 43 are rated good or
        # outstanding": by each one's latest report under it (re-inspections counted), not
        # its first
        c.verdict = S
        c.explanation = (
            f"{n} of the {len(docs)} were {what} by their latest report under it "
            f"({len(hits)} by their first)."
        )
    else:
        c.verdict = C
        c.explanation = f"{len(hits)} of the {len(docs)} were {what}, not {n}" + (
            f" (not {', '.join(register.by_urn(u).name for u in missing)})." if missing else "."
        )


def _check_all_las(c: Claim, view: RecordView, as_of: date) -> None:
    """'England's 153 councils with children's services': the local authorities on the day."""
    from ilacs.analyse import snapshot

    if view.source is None:
        return
    try:
        held = len(snapshot(view.source, as_of, rule="published", framework="any").las)
    except IlacsError:
        return
    n = c.facts["all_las"]
    c.evidence = [
        Evidence(None, None, f"{held} local authorities with children's services on {as_of}")
    ]
    if held == n:
        c.verdict, c.explanation = S, f"England has {held} such local authorities on that day."
    else:
        c.verdict = C if abs(held - n) > 2 else N
        c.explanation = f"England has {held} such local authorities on that day, not {n}."


def _check_published_together(c: Claim, view: RecordView, as_of: date) -> None:
    """'one of four published by the inspectorate today': the full inspection reports published
    in the days named, this council's among them."""
    if c.facts["published_on"][0] == "same day":
        # "... on the same day": the day this council's latest report came out
        current = _current(_inspections(view, c.urns[0]), as_of) if c.urns else None
        if current is None or not current.published:
            c.verdict, c.explanation = N, "ilacs holds no report of this council by then."
            return
        first = last = current.published
    else:
        first, last = (date.fromisoformat(x) for x in c.facts["published_on"])
    docs = [
        d
        for d in view.docs
        if d.kind == "inspection" and d.published and first <= d.published <= last
    ]
    names = ", ".join(f"{d.la_name} ({d.published})" for d in docs)
    c.evidence = [Evidence(None, None, f"inspection reports published {first} to {last}: {names}")]
    n = c.facts["n"]
    if c.facts.get("grades"):
        _check_graded_together(c, docs, first, last)
        return
    if c.facts.get("only_grade"):
        _check_only_one_graded(c, docs, n)
        return
    ours = any(d.urn in c.urns for d in docs)
    if not docs:
        c.verdict, c.explanation = (
            N,
            f"ilacs holds no inspection report published {first} to {last}.",
        )
    elif len(docs) == n and ours:
        c.verdict, c.explanation = S, f"{n} inspection reports were published then: {names}."
    elif len(docs) == n:
        c.verdict = N
        c.explanation = f"{n} reports were published then, but not this council's: {names}."
    elif len(docs) > n or (ours and not c.facts.get("at_least")):
        c.verdict = C
        c.explanation = f"{len(docs)} inspection reports were published then, not {n}: {names}."
    else:
        c.verdict = N
        c.explanation = (
            f"ilacs holds {len(docs)} reports published then (it may lack some): {names}."
        )


def _gives(d: Any, grade: str, every: bool = False) -> bool:
    """Whether report `d` gives `grade`: overall, in every judgement when `every`, or in some
    judgement under a framework with no overall grade."""
    got = [g for g in d.grades.values() if g]
    if every:
        return bool(got) and all(g == grade for g in got)
    if d.framework in _NO_OVERALL:
        return grade in got
    return d.grades.get("overall") == grade


def _check_only_one_graded(c: Claim, docs: list[Any], n: int) -> None:
    """'the only one of five councils whose reports were published on Thursday to be rated
    inadequate': n reports came out then, this council's among them, and only it gave the
    grade (overall, or in some judgement under a framework with no overall one)."""
    grade = c.facts["only_grade"]
    ours = [d for d in docs if d.urn in c.urns]
    hits = [d for d in docs if _gives(d, grade)]
    names = ", ".join(d.la_name for d in hits) or "none"
    what = _grade_words(grade)
    if not ours:
        c.verdict = N
        c.explanation = (
            f"ilacs holds no report of this council published then ({names} gave {what})."
        )
    elif len(docs) > n:
        c.verdict = C
        c.explanation = f"{len(docs)} inspection reports were published then, not {n}."
    elif hits != ours:
        c.verdict = C
        c.explanation = f"The reports published then that gave {what}: {names}."
    elif len(docs) < n:
        c.verdict = N
        c.explanation = (
            f"ilacs holds {len(docs)} reports published then (it may lack some), not {n}."
        )
    else:
        c.verdict = S
        c.explanation = f"{n} reports were published then, and only this council's gave {what}."


def _check_graded_together(c: Claim, docs: list[Any], first: date, last: date) -> None:
    """'one of two to receive the accolade today, alongside Norfolk': the reports published
    then that gave the grade (in every judgement where the sentence says so)."""
    grade, n = c.facts["grades"][0], c.facts["n"]
    hits = [d for d in docs if _gives(d, grade, bool(c.facts.get("every")))]
    names = ", ".join(d.la_name for d in hits) or "none"
    what = f"{_grade_words(grade)}{' in every judgement' if c.facts.get('every') else ''}"
    c.evidence = [
        Evidence(None, None, f"reports published {first} to {last} giving {what}: {names}")
    ]
    ours = any(d.urn in c.urns for d in hits)
    missing = [u for u in c.facts.get("others", []) if u not in {d.urn for d in hits}]
    if not docs:
        c.verdict = N
        c.explanation = f"ilacs holds no inspection report published {first} to {last}."
    elif len(hits) == n and ours and not missing:
        c.verdict, c.explanation = S, f"{n} reports published then gave {what}: {names}."
    elif len(hits) > n or ours:
        c.verdict = C
        c.explanation = f"{len(hits)} reports published then gave {what}, not {n}: {names}."
    else:
        c.verdict = N
        c.explanation = f"ilacs holds {len(hits)} reports published then giving {what}: {names}."


def _check_inspected_count(c: Claim, view: RecordView, as_of: date, fw: str) -> None:
    """'Fifteen councils have now received reports under the framework': councils with a
    report under the framework published by the day."""
    from ilacs.analyse.record import framework_matches

    if fw == "any":
        return
    n = c.facts["n"]
    # by the article's day (or the day before: a report out that morning may not be in it),
    # else a few days after (an article dated before the reports it speaks of came out)
    for cut in (as_of, as_of - timedelta(days=1), as_of + timedelta(days=3)):
        urns = {
            d.urn: d.la_name
            for d in view.docs
            if d.kind == "inspection"
            and framework_matches(d.framework, fw)
            and d.published
            and d.published <= cut
            and (not c.region or _region_of(d.urn) == c.region)
            # "so far this year": those published in the year
            and (not c.facts.get("year") or d.published.year == c.facts["year"])
        }
        if len(urns) == n:
            break
    if c.facts.get("year"):
        fw = f"{fw} (published in {c.facts['year']})"
    c.evidence = [Evidence(None, None, f"{fw} reports published by {as_of}: {len(urns)} councils")]
    share = c.facts.get("share_before")
    if len(urns) == n and share:
        # "to 35 - just under a third of the 117 councils inspected under it": the count
        # before, as a share of those
        lo, hi = _share_band(share["share"], share["qualifier"], share["phrase"])
        pct = 100 * share["k"] / n
        said = f"{share['k']} of {n} is {pct:.0f}%: {share['qualifier']} {share['phrase']}".replace(
            ":  ", ": "
        )
        if lo <= pct <= hi:
            c.verdict, c.explanation = S, f"{n} councils have {fw} reports by {as_of}; {said}."
        else:
            c.verdict = C if max(lo - pct, pct - hi) > 8 else N
            c.explanation = (
                f"{n} councils have {fw} reports by {as_of}, but {said} "
                f"(the words allow {lo:.0f}-{hi:.0f}%)."
            )
    elif len(urns) == n:
        c.verdict, c.explanation = S, f"{n} councils have {fw} reports published by {as_of}."
    elif abs(len(urns) - n) <= max(1, round(0.1 * n)):
        c.verdict = N
        c.explanation = f"ilacs holds {len(urns)} councils with {fw} reports by {as_of}: near."
    else:
        c.verdict = C
        c.explanation = f"ilacs holds {len(urns)} councils with {fw} reports by {as_of}, not {n}."


def _share_band(share: float, qualifier: str, phrase: str) -> tuple[float, float]:
    """The percentages a share as written allows: '44 per cent' 41.5-46.5, 'three quarters'
    70-80, 'almost a third' 25.3-33.8, 'more than half' 49.5-65."""
    pct = 100 * share
    exact = 2.5 if re.search(r"\d", phrase) else 5.0
    if qualifier in ("almost", "nearly", "just under"):
        return pct - 8, pct + 0.5
    if qualifier in ("about", "around", "roughly", "approximately", "some"):
        return pct - 6, pct + 6
    if qualifier in ("more than", "over", "just over", "at least", "well over"):
        return pct - 0.5, pct + 15
    if qualifier in ("under", "less than", "fewer than"):
        return pct - 15, pct + 0.5
    return pct - exact, pct + exact


def _share_families(c: Claim, as_of: date) -> list[str]:
    words = (c.framework or "").lower()
    if not words:
        return ["any"]
    if "single inspection" in words or "sif" in words:
        return ["any", "sif"]
    if as_of < date(2018, 4, 1) and "ilacs" not in words:
        return ["any", "sif"]
    latest = (
        "ilacs2026"
        if as_of >= date(2026, 4, 1)
        else "ilacs2023"
        if as_of >= date(2023, 1, 1)
        else "ilacs2018"
    )
    return ["any", "ilacs", latest]


def _check_national_share(c: Claim, view: RecordView, as_of: date) -> None:
    """A share of councils ('three quarters of authorities are below good', 'almost a third
    have had the new inspection'): the share by each plausible reading (framework named or any,
    publication or Ofsted's rule, of those graded or of every council), supported when one falls
    in the range the words allow, contradicted only when every reading is far from it."""
    from ilacs.analyse import snapshot

    record = view.source
    if record is None or not hasattr(record, "docs"):
        return
    wanted = set(c.facts["grades"])
    readings: list[tuple[str, float, int, int]] = []
    families = _share_families(c, as_of)
    if c.facts.get("of_framework"):
        # "Of the 26 councils reported on under the new framework, more than half...": of those
        families = [_framework_of(c, None, as_of, view)]
    for family in families:
        for rule in ("published", "ofsted"):
            try:
                snap = snapshot(record, as_of, rule=rule, framework=family)
            except IlacsError:
                continue
            las = [s for s in snap.las if not c.region or s.region == c.region]
            councils = [s for s in las if s.status != "no_reports"]
            graded = [s for s in las if s.status == "graded"]
            if c.facts["inspected"]:
                inspected = [s for s in councils if s.status in ("graded", "no_judgement")]
                pairs = [
                    (
                        f"{family} inspections, {rule} rule, of every council",
                        len(inspected),
                        len(councils),
                    )
                ]
            else:
                hits = [s for s in graded if s.grade in wanted]
                pairs = [
                    (f"{family} reports, {rule} rule, of those graded", len(hits), len(graded)),
                    (f"{family} reports, {rule} rule, of every council", len(hits), len(councils)),
                ]
            readings += [(w, 100 * k / t, k, t) for w, k, t in pairs if t]
    if not readings:
        return
    lo, hi = _share_band(c.facts["share"], c.facts["qualifier"], c.facts["phrase"])
    what = (
        "inspected"
        if c.facts["inspected"]
        else " or ".join(_grade_words(g) for g in sorted(wanted))
    )
    where = f" in {c.region}" if c.region else ""
    lines = "; ".join(f"{w}: {k} of {t} ({p:.0f}%)" for w, p, k, t in dict.fromkeys(readings))
    c.evidence = [Evidence(None, None, f"{what}{where} on {as_of}: {lines}")]
    hold = [x for x in readings if lo <= x[1] <= hi]
    gap = min(max(lo - x[1], x[1] - hi, 0) for x in readings)
    said = f"{c.facts['phrase']!r} ({lo:.0f}-{hi:.0f}%)"
    if hold:
        c.verdict = S
        c.explanation = f"{said} holds by reading {hold[0][0]}: {hold[0][2]} of {hold[0][3]}."
    elif gap > 8:
        c.verdict = C
        c.explanation = f"No reading of the record gives {said} ({lines})."
    else:
        c.verdict = N
        c.explanation = f"Near the record's share, which may count another day or set ({lines})."


def _check_nth_visit(c: Claim, view: RecordView, as_of: date) -> None:
    """'the second focused visit to Dudley since its last full inspection': the council's latest
    letter of that kind published by the day, and the letters of that kind ilacs holds from the
    last full inspection before it up to it. ilacs may not hold every letter: more than the
    article's number contradicts it, fewer is not_in_record."""
    from ilacs.claims.view import _letters

    if not c.urns:
        return
    kind, n = c.facts["nth_visit"], c.facts["n"]
    letters = sorted(
        (
            d
            for d in _letters(view, c.urns[0])
            if d.kind == kind
            and (day := d.published or d.inspection_start)
            and day <= as_of + timedelta(days=3)
        ),
        key=lambda d: (d.inspection_start or d.published, d.path),
    )
    if not letters:
        c.verdict = N
        c.explanation = "ilacs holds no such letter of this council by then."
        return
    this = letters[-1]
    on = this.inspection_start or this.published
    full = [
        d
        for d in _inspections(view, c.urns[0])
        if (d.inspection_end or d.published) and (d.inspection_end or d.published) < on
    ]
    if not full:
        c.verdict = N
        c.explanation = "ilacs holds no full inspection of this council before the visit."
        return
    last = full[-1]
    since = last.inspection_end or last.published
    held = [d for d in letters if since < (d.inspection_start or d.published) <= on]
    c.evidence = [_evidence(d, f"{kind.replace('_', ' ')} of {d.inspection_start}") for d in held]
    what = ", ".join(f"{d.inspection_start or d.published}" for d in held)
    base = (
        f"ilacs holds {len(held)} {kind.replace('_', ' ')}(s) since the {_label(last)} "
        f"(on site: {what})"
    )
    if len(held) == n:
        c.verdict, c.explanation = S, base + "."
    elif len(held) > n:
        c.verdict, c.explanation = C, base + f": not {n}."
    else:
        c.verdict = N
        c.explanation = base + f"; ilacs may not hold every letter, so not {n} cannot be told."


def _check_no_board(c: Claim, view: RecordView, as_of: date) -> None:
    """'No safeguarding board in the South West has yet been rated outstanding': the boards'
    judgements (made by single inspection framework reports) in the region, or England, by the
    day: any of them ('has yet been'), or each council's latest ('is rated')."""
    grade = c.facts["grades"][0]
    latest: dict[int, Any] = {}
    hits: dict[int, str] = {}
    for d in view.docs:
        if (
            d.kind != "inspection"
            or d.grades.get("lscb") in (None, "not_judged")
            or not d.published
            or d.published > as_of + timedelta(days=3)
            or (c.region and _region_of(d.urn) != c.region)
        ):
            continue
        if c.facts.get("ever") and d.grades.get("lscb") == grade:
            hits[d.urn] = f"{d.la_name} ({d.published})"
        if d.urn not in latest or d.published > latest[d.urn].published:
            latest[d.urn] = d
    if not c.facts.get("ever"):
        hits = {
            u: f"{d.la_name} ({d.published})"
            for u, d in latest.items()
            if d.grades.get("lscb") == grade
        }
    where = f" in {c.region}" if c.region else ""
    if not latest:
        c.verdict = N
        c.explanation = f"ilacs holds no judgement of a safeguarding board{where} by then."
        return
    c.evidence = [
        Evidence(
            None,
            None,
            f"{len(latest)} councils{where} with a board judged by {as_of}; "
            f"{_grade_words(grade)}: {', '.join(hits.values()) or 'none'}",
        )
    ]
    if hits:
        c.verdict = C
        c.explanation = (
            f"{len(hits)} safeguarding boards{where} were judged {_grade_words(grade)}: "
            f"{', '.join(hits.values())}."
        )
    else:
        c.verdict = S
        c.explanation = (
            f"None of the {len(latest)} safeguarding boards{where} judged by then was "
            f"{_grade_words(grade)}."
        )


def _named_after_colon(c: Claim) -> int:
    """How many councils the article lists after a colon right after the count ("...: Torbay,
    Dorset and Swindon"), 0 when it lists none."""
    after = str(c.facts.get("after") or "")
    if not re.match(r"\s*:", after):
        return 0
    listed = re.split(r"[.;]", after, maxsplit=1)[0]
    return len({m.la.urn for m in T.councils(listed) if m.la.urn})
