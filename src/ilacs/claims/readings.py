"""The other plain readings of a claim called contradicted.

Extraction binds each grade, date and inspector to one council, one judgement area and one
inspection. When the words leave the binding open, that one reading can be wrong while the
claim is right: "Care leavers, rated good in 2017, are now judged to require improvement" (the
second grade is of care leavers, not overall); "The last inspection was in July 2014. Inspectors
... rated that part of the service inadequate" (of 2014, not the current report); "The council
follows Bolton and Salford. Published yesterday, the report rated all areas good" (the
article's council, not Salford); "On the same day as Norfolk's report, Solihull was rated
inadequate" (Solihull alone).

`settle` re-checks a contradicted claim under each other reading its sentence allows, one
change at a time and then two together. A claim true under a plain reading is supported, and the
explanation names the reading and what the first reading gave (as the issue asks for counts
and ranks whose convention an article leaves open). Readings are drawn only from the words:

- council: a clause that names councils is about those it names (not those named only in the
  possessive, "Norfolk's report"); a clause whose sentence names none may be about the
  article's own council;
- area: a grade with no area of its own may be of an area named before it in the sentence
  ("Care leavers, rated good ..., are now judged ...") but never of one named after it ("rated
  outstanding, with outstanding leadership" is a grade of its own);
- year: a grade (not a run, move or count of inspections) with no year of its own in its
  sentence may be of a year the sentence names, or, when it names none, of one the sentence
  before names if that one gives no grade and no year a framework came in (or if the
  sentence says "that year"); a month or day whose year ilacs supplied binds nothing; never
  when the clause gives its own year or says "still", "now", "no longer", or "also" of the
  grade just said.

A reading is only ever tried on a claim the first reading contradicts, so a true claim keeps
the explanation it had, and a claim no reading supports stays contradicted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Kind, Verdict

# words that tie a grade to now, or to the grade just said, not to another inspection
_NOW = lazyre.compile(
    r"\b(?:still|now|no longer|any ?more|remains?|currently|today|continues? to be)\b", re.I
)
_ALSO = lazyre.compile(r"\b(?:also|too|as well|likewise)\b", re.I)
_CAME_IN = lazyre.compile(
    r"\b(?:introduced|brought in|came in(?:to force)?|launched|changes? to (?:its|the))\b", re.I
)
_FRAMEWORK_WORDS = lazyre.compile(
    r"\b(?:framework|regime|system|ILACS|SIF|inspections?\s+of\s+local\s+authority|rules|"
    r"judge?ments?|grades?|ratings?)\b",
    re.I,
)
_THAT_YEAR = lazyre.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)
_SINCE = lazyre.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|end|spring|summer|autumn|winter)\s+(?:of\s+)?)?$", re.I
)
# a year a grade is said to have come before, after or up to, not the grade's own
_BEYOND = lazyre.compile(
    r"\b(?:before|after|until|till|by|from|since|between|prior\s+to|ahead\s+of)\s+"
    r"(?:(?:the\s+)?(?:start|end|spring|summer|autumn|winter|beginning)\s+(?:of\s+)?)?"
    r"(?:\w+\s+)?$",
    re.I,
)
_POSSESSIVE = lazyre.compile(r"\s*['’]s?\b")

# the facts of a claim that is only grades (a trend read from "rated ... as requiring
# improvement" has no more)
_GRADES_ONLY = {"grades", "whens", "from_to", "previous_cue", "several"}

# the kinds of claim about one council's inspections that other readings are tried on
_ONE_COUNCIL = (Kind.GRADE, Kind.TREND, Kind.DATE, Kind.INSPECTOR)

# at most this many other readings are tried for one claim
MAX_READINGS = 16

Change = tuple[str, Callable[[Claim], Claim]]


def _sentence(reader: Any, pos: int) -> tuple[T.Span, T.Span | None] | None:
    """The sentence holding `pos`, and the one before it (None for the first)."""
    sents = reader.sentence_spans
    for i, s in enumerate(sents):
        if s.start <= pos < s.end:
            return s, (sents[i - 1] if i else None)
    return None


def _council_changes(
    c: Claim, reader: Any, sent: T.Span, name: Callable[[int], str]
) -> list[Change]:
    named = [m for m in reader.mentions if c.start <= m.start < c.end and m.la.urn]
    in_sentence = any(sent.start <= m.start < sent.end for m in reader.mentions)
    options: list[list[int]] = []
    if len(c.urns) > 1:
        options.append([m.la.urn for m in named if m.la.urn in c.urns])
        options.append(
            [
                m.la.urn
                for m in named
                if m.la.urn in c.urns and not _POSSESSIVE.match(reader.text, m.end)
            ]
        )
    elif len(c.urns) == 1:
        options += [[m.la.urn] for m in named]
    if reader.main and not in_sentence:
        options.append([reader.main])
    out: list[Change] = []
    seen = [set(c.urns)]
    for urns in options:
        urns = list(dict.fromkeys(urns))
        if not urns or set(urns) in seen:
            continue
        seen.append(set(urns))

        def change(x: Claim, urns: list[int] = urns) -> Claim:
            grades = [
                dict(it, urns=[u for u in it["urns"] if u in urns] or urns)
                if isinstance(it, dict) and it.get("urns")
                else it
                for it in x.facts.get("grades") or []
            ]
            facts = dict(x.facts, grades=grades) if "grades" in x.facts else dict(x.facts)
            return replace(x, urns=list(urns), facts=facts)

        out.append((f"the claim read as of {' and '.join(name(u) for u in urns)}", change))
    return out


def _area_changes(c: Claim, reader: Any, sent: T.Span) -> list[Change]:
    items = c.facts["grades"]
    out: list[Change] = []
    for i, it in enumerate(items):
        if it.get("areas") or not isinstance(it.get("pos"), int) or it["pos"] <= sent.start:
            continue
        named = T.areas_in(reader.text[sent.start : it["pos"]], sent.start)
        for area in dict.fromkeys(a for _, _, a in named):
            # (an area named after an earlier grade word and before this one is this one's:
            # "require improvement and went further on care leavers, rating that part of the
            # service inadequate"; the earlier grade is then of the whole service)
            at = max(s for s, _, a in named if a == area)
            moved = {
                j
                for j, g in enumerate(items)
                if j != i
                and g.get("areas") == [area]
                and isinstance(g.get("pos"), int)
                and g["pos"] < at
            }

            def change(x: Claim, i: int = i, area: str = area, moved: set[int] = moved) -> Claim:
                grades = [
                    dict(g, areas=[area]) if j == i else dict(g, areas=[]) if j in moved else g
                    for j, g in enumerate(x.facts["grades"])
                ]
                return replace(x, facts=dict(x.facts, grades=grades))

            out.append((f"the grade read as of {area.replace('_', ' ')}", change))
    return out


# words that stand for a judgement named before: "services for them", "that part of the service"
_STANDS_FOR = lazyre.compile(
    r"\b(?:(?:services?|support|provision|work)\s+for\s+them|that\s+(?:service|area|judge?ment|"
    r"part\s+of\s+the\s+service)|the\s+same\s+(?:service|area|judge?ment))\b",
    re.I,
)


def _area_told_before(c: Claim, reader: Any, before: T.Span | None) -> list[Change]:
    """A grade with no judgement of its own whose words stand for one ("Care leavers were the
    weak spot for years. The 2014 inspection rated services for them inadequate"): the one
    judgement the sentence before names."""
    items = c.facts["grades"]
    if before is None or not _STANDS_FOR.search(c.text) or any(it.get("areas") for it in items):
        return []
    named = {a for _, _, a in T.areas_in(reader.text[before.start : before.end])} - {"overall"}
    if len(named) != 1:
        return []
    area = named.pop()

    def change(x: Claim) -> Claim:
        grades = [dict(g, areas=[area]) for g in x.facts["grades"]]
        return replace(x, facts=dict(x.facts, grades=grades))

    return [(f"the grade read as of {area.replace('_', ' ')}", change)]


def _year_changes(c: Claim, reader: Any, sent: T.Span, before: T.Span | None) -> list[Change]:
    items = c.facts.get("grades") or []
    # ("from 24 April to 11 May that year": days whose year is the one said before)
    that_year = before is not None and bool(_THAT_YEAR.search(reader.text, sent.start, sent.end))
    if (
        not items
        # (a run, a move or a count of inspections is counted over the record, not of one year)
        or any(
            it.get("times")
            or it.get("moved")
            or it.get("ever")
            or it.get("at_last")
            or it.get("left")
            or it.get("negated")
            for it in items
        )
        # (a trend read as grades only, "rated ... as requiring improvement", may be re-read;
        # one with a run, a streak or a move in it is counted over the record)
        or (c.type == Kind.TREND and not set(c.facts) <= _GRADES_ONLY)
        # (a grade whose move follows it, "rated requires improvement, up from ... in 2019":
        # the sentence's years are the grade before's)
        or c.facts.get("move_after")
        or _NOW.search(c.text)
        # (a year the sentence gives the grade binds it, but not one it came "since":
        # "found services had deteriorated since 2015 and rated them inadequate", nor a month
        # or day whose year ilacs supplied: "in September and October" in "In a report published
        # in November 2015, after inspectors spent four weeks in the borough in September and
        # October, Ofsted found ...")
        or any(
            sent.start <= w.start < sent.end
            and not w.relative
            and not _SINCE.search(reader.text, sent.start, w.start)
            for it in items
            for w in it.get("whens", [])
        )
    ):
        return []
    said = _told_dates(reader, sent)
    if before is not None and (that_year or not said):
        # ("Back in 2017, ... Newcastle was judged to require improvement. Inspectors, who were
        # in the city from 24 April to 11 May that year, rated ...": the year said before; and
        # the sentence before sets the scene for one that gives no year only when it gives no
        # grade of its own: "The inspection took place in July 2014. Inspectors ... rated that
        # part of the service inadequate", not "... the same judgement as at the previous
        # inspection in 2019. The impact of leaders was judged ...")
        scene = _scene_before(reader, before) if not that_year else None
        if scene is not None and not _ALSO.search(c.text):
            # ("The council was last inspected between 27 September and 8 October 2021. Lead
            # inspector Steve Lowe's team rated the council good overall, with .... Help and
            # protection was good, as were ...": the sentence before gives grades but no time of
            # its own; both are of the time the paragraph set one sentence earlier)
            before = scene
        elif not that_year and (
            (
                T.GRADE_RE.search(reader.text, before.start, before.end)
                and not _judgements_go_on(reader, before, items)
            )
            or _ALSO.search(c.text)
            or (
                # (a framework's start: "In 2021, Ofsted introduced changes to its framework";
                # not "The first full inspection of the new authority came in autumn 2021")
                _CAME_IN.search(reader.text, before.start, before.end)
                and _FRAMEWORK_WORDS.search(reader.text, before.start, before.end)
            )
        ):
            return []  # (nor "In 2021, Ofsted introduced changes to its framework")
        said = [
            w
            for w in T.dates(reader.text[before.start : before.end], reader.as_of, before.start)
            if not (w.relative and that_year)
        ]
    own = {w.first.year for it in items for w in it.get("whens", [])}
    out: list[Change] = []
    # ("Rochdale was inspected in 2014. In the report published in March, it was rated good":
    # a month that names no year, which extraction gave the year said before, may be the latest
    # such month before the article)
    for it in items:
        for w in it.get("whens", []):
            at = max(0, w.start - 12)  # (a bare month is a date after 'in', 'of', ...)
            latest = [
                x
                for x in T.dates(reader.text[at : w.end], reader.as_of, at)
                if x.start == w.start and x.end == w.end
            ]
            if (
                w.relative
                and len(latest) == 1
                and latest[0].precision == w.precision
                and latest[0].first.year != w.first.year
                and re.search(rf"\b(?:{T.MONTH})\b", reader.text[w.start : w.end], re.I)
            ):
                out.append((f"the grade read as of {latest[0].first.year}", _dated(latest[0])))
    in_claim = [w for w in said if c.start <= w.start < c.end]
    if in_claim:
        # ("The watchdog's May 2014 verdict was as bad as it gets: inadequate for help and
        # protection, inadequate for children looked after, ...": a year of the claim's own
        # words that extraction bound to none of its grades, when the claim has no time of its
        # own, and is no year the grades came "since", "before" or "after")
        if not own and not any(it.get("whens") for it in items):
            for year in dict.fromkeys(
                w.first.year
                for w in in_claim
                if not _SINCE.search(reader.text, sent.start, w.start)
                and not _BEYOND.search(reader.text, max(sent.start, w.start - 30), w.start)
            ):
                when = T.When(0, 0, date(year, 1, 1), date(year, 12, 31), "year")
                out.append((f"the grade read as of {year}", _dated(when)))
        return out
    for year in dict.fromkeys(w.first.year for w in said if w.first.year not in own):
        when = T.When(0, 0, date(year, 1, 1), date(year, 12, 31), "year")
        out.append((f"the grade read as of {year}", _dated(when)))
    return out


def _told_dates(reader: Any, span: T.Span) -> list[T.When]:
    """The dates `span` of the article names, not counted back from the article's day."""
    return [
        w
        for w in T.dates(reader.text[span.start : span.end], reader.as_of, span.start)
        if not w.relative
    ]


def _judgements_go_on(reader: Any, before: T.Span, items: list[dict[str, Any]]) -> bool:
    """Whether a sentence of grades of judgements goes on from the sentence before, which dated
    its grades ("The first inspection under the single framework, carried out in June and July
    2017, rated it good overall, with good judgements for help and protection, leadership,
    adoption and care leavers. The weak spot was children looked after, which was judged to
    require improvement"): each grade here is of a judgement the sentence before did not grade,
    and its year is not one of an inspection before ('the previous inspection in 2019')."""
    if not items or not all(it.get("areas") for it in items):
        return False
    said = T.areas_in(reader.text[before.start : before.end])
    if {a for it in items for a in it["areas"]} & {a for _, _, a in said}:
        return False
    dated = _told_dates(reader, before)
    return bool(dated) and not any(
        re.search(
            r"\b(?:previous|last|earlier|prior|since)\b[^.;]{0,40}$",
            reader.text[max(before.start, w.start - 50) : w.start],
            re.IGNORECASE,
        )
        for w in dated
    )


def _scene_before(reader: Any, before: T.Span) -> T.Span | None:
    """The sentence before `before`, in the same paragraph, when `before` gives grades but no
    date, and that one gives a date (not counted back from the article's day) and no grade."""
    if not T.GRADE_RE.search(reader.text, before.start, before.end) or _told_dates(reader, before):
        return None
    sents = reader.sentence_spans
    i = next((k for k, s in enumerate(sents) if s.start == before.start), None)
    if not i:
        return None
    scene = sents[i - 1]
    if "\n" in reader.text[scene.end : before.start] or T.GRADE_RE.search(
        reader.text, scene.start, scene.end
    ):
        return None
    return scene if _told_dates(reader, scene) else None


def _inspector_year_changes(c: Claim, reader: Any, sent: T.Span) -> list[Change]:
    """An inspector named in a sentence that dates an inspection outside the claim's words
    ("When Ofsted last inspected, in November 2019, every judgement was requires improvement,
    and the lead inspector, Nick Stacey, wrote ..."): the inspector of that year's report."""
    years = dict.fromkeys(
        w.first.year
        for w in _told_dates(reader, sent)
        if w.end <= c.start
        and w.precision != "period"
        # (a time the sentence sets before the inspector, not one a change is counted since:
        # "Lead inspector X found services had improved since the inspection in 2019")
        and not re.search(
            r"\bsince\b[^,;]{0,40}$", reader.text[max(sent.start, w.start - 45) : w.start], re.I
        )
    )
    out: list[Change] = []
    for year in years:

        def change(x: Claim, year: int = year) -> Claim:
            return replace(x, dates=[(date(year, 1, 1), "year")])

        out.append((f"the inspector read as of {year}", change))
    return out


def _dated(when: T.When) -> Callable[[Claim], Claim]:
    """A change that dates every grade of a claim `when`."""

    def change(x: Claim) -> Claim:
        grades = [dict(g, whens=[when]) for g in x.facts["grades"]]
        return replace(x, facts=dict(x.facts, grades=grades))

    return change


def readings(c: Claim, reader: Any, name: Callable[[int], str]) -> list[tuple[str, Claim]]:
    """The other plain readings of claim `c` (each a copy to check), one change first, then
    two together; at most MAX_READINGS."""
    found = _sentence(reader, c.start)
    if found is None:
        return []
    sent, before = found
    groups: list[list[Change]] = [_council_changes(c, reader, sent, name)]
    items = c.facts.get("grades")
    if (
        c.type in (Kind.GRADE, Kind.TREND)
        and items
        and all(isinstance(it, dict) and "areas" in it for it in items)
    ):
        groups += [
            _area_changes(c, reader, sent) or _area_told_before(c, reader, before),
            _year_changes(c, reader, sent, before),
        ]
    if c.type == Kind.INSPECTOR and not c.dates:
        groups.append(_inspector_year_changes(c, reader, sent))
    base = replace(c, verdict=None, explanation=None, evidence=[], facts=dict(c.facts))
    out: list[tuple[str, Claim]] = []
    singles = [ch for g in groups for ch in g]
    pairs = [
        (a, b) for g1, g2 in itertools.combinations(groups, 2) for a, b in itertools.product(g1, g2)
    ]
    for why, change in singles:
        out.append((why, change(base)))
    for (w1, c1), (w2, c2) in pairs:
        out.append((f"{w1} and {w2.removeprefix('the grade read ')}", c2(c1(base))))
    return out[:MAX_READINGS]


def settle(
    c: Claim,
    reader: Any,
    check_one: Callable[[Claim], None],
    name: Callable[[int], str],
) -> None:
    """A claim the first reading contradicts, supported under another plain reading of its
    words, is supported, and says under which."""
    # (a count or rank among councils is not one council's claim; and a claim the first
    # reading could not settle, "ilacs holds no inspection of this council near that date", may
    # be settled by another: supported, never contradicted)
    if c.type not in _ONE_COUNCIL or c.verdict not in (Verdict.CONTRADICTED, Verdict.NOT_IN_RECORD):
        return
    for why, other in readings(c, reader, name):
        check_one(other)
        if other.verdict == Verdict.SUPPORTED:
            c.urns, c.verdict, c.evidence = other.urns, Verdict.SUPPORTED, other.evidence
            c.explanation = (
                f"With {why}, it holds: {other.explanation} (Read the first way, it would not: "
                f"{c.explanation})"
            )
            return
