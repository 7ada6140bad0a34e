"""Claim + record -> verdict with evidence.

`check(claims, record, texts)` gives each claim a verdict, a one-sentence explanation and the
evidence (a report's page and words, or a computation over the record). A claim the record cannot
settle is `not_in_record`; a claim is `contradicted` only when the record plainly holds the fact
and it differs, never because something could not be read or found.

`check_article(text, db, as_of)` is what the CLI and the web call: extract, check, wrap.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ilacs import register
from ilacs.claims import text as T
from ilacs.claims.model import CheckResult, Claim, Evidence, Kind, Verdict
from ilacs.constants import AREA_WORDS as BASE_AREA_WORDS
from ilacs.errors import IlacsError, NotFound

if TYPE_CHECKING:
    from ilacs.claims.quotes import ReportTexts

log = logging.getLogger(__name__)

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_RECORD
MAIN_AREAS = ("overall", "leaders", "help_protection", "in_care", "care_leavers")
# An article's readers know the board by its name more often than by "the LSCB".
AREA_WORDS = {**BASE_AREA_WORDS, "lscb": "the safeguarding children board"}


def _grade_words(g: str | None) -> str:
    return (g or "no grade").replace("requires_improvement", "requires improvement")


# --- the record as the checker reads it ---------------------------------------------------------


@dataclass
class RecordView:
    """What checking reads: every ok document, grouped by URN, with lead inspectors and
    recommendations (read once)."""

    docs: list[Any]
    by_urn: dict[int, list[Any]]
    inspector: dict[int, str | None] = field(default_factory=dict)
    recs: dict[int, list[str]] = field(default_factory=dict)
    rec_count: dict[int, int | None] = field(default_factory=dict)
    source: Any = None


def load_record(db: Path | str) -> RecordView:
    """Read the record for checking: `Record.load` (one read-only pass over the database)."""
    from ilacs.analyse import Record

    return view_of(Record.load(db))


def view_of(record: Any) -> RecordView:
    """The checker's view of an analysis `Record`: graded documents by URN in order of
    publication, lead inspectors and recommendations by document id."""
    docs = list(record.docs)
    by: dict[int, list[Any]] = {}
    for d in docs:
        if d.urn is not None:
            by.setdefault(d.urn, []).append(d)
    for v in by.values():
        v.sort(key=lambda d: (d.published or d.day or date.max, d.path))
    return RecordView(
        docs,
        by,
        inspector={d.id: d.lead_inspector for d in record.documents},
        recs={d.id: [r.text for r in d.recommendations] for d in record.documents},
        rec_count={d.id: d.rec_count for d in record.documents},
        source=record,
    )


def _inspections(record: RecordView, urn: int) -> list[Any]:
    """The LA's graded full inspections (and its lineage's), in order of publication."""
    out = []
    try:
        la = register.by_urn(urn)
        urns = {x.urn for x in register.lineage(la) if x.urn} | {urn}
    except NotFound:  # a URN outside the register still has its own documents
        urns = {urn}
    for u in urns:
        for d in record.by_urn.get(u, []):
            # graded: an overall grade, or (from April 2026, when there is none) key judgements
            if d.kind == "inspection" and any(
                d.grades.get(a) for a in ("overall", "leaders", "help_protection", "in_care")
            ):
                out.append(d)
    own = [d for d in out if d.urn == urn]
    out = own or out
    out.sort(key=lambda d: d.published or d.day or date.max)
    return out


def _letters(record: RecordView, urn: int) -> list[Any]:
    return [
        d
        for d in record.by_urn.get(urn, [])
        if d.kind in ("focused_visit", "monitoring_visit", "jtai")
    ]


def _current(insp: list[Any], as_of: date) -> Any | None:
    """The LA's latest graded inspection published by `as_of` (a few days' grace: an article may
    be dated the day before the report appears)."""
    held = [d for d in insp if d.published and d.published <= as_of + timedelta(days=3)]
    return held[-1] if held else None


def _previous(insp: list[Any], current: Any | None) -> Any | None:
    if current is None:
        return None
    i = insp.index(current)
    return insp[i - 1] if i > 0 else None


def _label(d: Any) -> str:
    day = _published(d)
    pub = day.strftime("%-d %B %Y") if day else "date unknown"
    return f"{d.la_name} {d.framework or d.kind} report published {pub}"


def _grades_text(d: Any) -> str:
    return "; ".join(
        f"{AREA_WORDS[a]}: {_grade_words(g)}" for a, g in d.grades.items() if g and a in AREA_WORDS
    )


def _evidence(d: Any, what: str) -> Evidence:
    return Evidence(d.path, 1, what)


# --- grades -------------------------------------------------------------------------------------


def _dates_evidence(d: Any) -> Evidence:
    """A document's days on site and its day of publication, as evidence."""
    return _evidence(
        d, f"Inspection dates: {d.inspection_start} to {d.inspection_end}; published {d.published}"
    )


def _graded_areas(d: Any) -> dict[str, str]:
    return {a: g for a, g in d.grades.items() if g and a != "lscb"}


def _key_areas(d: Any) -> list[str]:
    """The judgements "all areas" means: SIF's adoption and care-leavers judgements sit inside
    its looked-after judgement, and the LSCB review is a separate body's."""
    graded = _graded_areas(d)
    keys = ["overall", "leaders", "help_protection", "in_care"]
    if d.framework not in ("sif", "pre_sif"):
        keys.append("care_leavers")
    return [a for a in keys if a in graded]


def _check_grade_item(d: Any, item: dict, scope_all: bool) -> bool | None:
    """Whether doc `d` gives `item['grade']` to the item's areas (None: cannot tell); for a
    grade said not to be held ("had not achieved good"), whether it does not."""
    held = _grade_item_held(d, item, scope_all)
    if item.get("negated") and held is not None:
        return not held
    return held


def _grade_item_held(d: Any, item: dict, scope_all: bool) -> bool | None:
    """Whether doc `d` gives `item['grade']` to the item's areas (None: cannot tell)."""
    g = item["grade"]
    areas = item["areas"]
    graded = _graded_areas(d)
    if item.get("except"):
        # "good on every measure except care leavers": every other main judgement has it
        if "unnamed" in item["except"] or [a for a in item["areas"] if a != "overall"]:
            return None
        if item.get("except_strict") and any(d.grades.get(a) == g for a in item["except"]):
            return False
        rest = [a for a in _key_areas(d) if a not in item["except"]]
        return all(graded[a] == g for a in rest) if rest else None
    if scope_all and len(areas) <= 1 and not item.get("overall_only"):
        main = _key_areas(d)
        if not main:
            return None
        return all(graded[a] == g for a in main)
    if not areas:
        areas = ["overall"]
    vals = []
    for a in areas:
        have = d.grades.get(a)
        if have is None:
            # ILACS 2018 has no care-leavers judgement of its own: it sits in children in care
            if a == "care_leavers" and d.framework == "ilacs2018":
                have = d.grades.get("in_care")
            if have is None:
                continue
        if a == "help_protection" and item.get("loose_protection") and have != g:
            have = d.grades.get("overall", have)
        vals.append(have == g)
    if not vals:
        return None
    return all(vals)


def _count_ok(
    d: Any, grade: str, n: int, total: int | None, sized: bool = True, at_least: bool = False
) -> bool | None:
    graded = _graded_areas(d)
    main = {a: graded[a] for a in _key_areas(d)}
    if not main:
        return None
    # the readings of "good in five areas": the key judgements with or without overall
    # effectiveness; every judgement graded (SIF's adoption and care leavers too), with or
    # without overall effectiveness and the LSCB review
    readings = set()
    for areas in (main, graded):
        for drop in ((), ("overall",), ("lscb",), ("overall", "lscb")):
            kept = [g for a, g in areas.items() if a not in drop]
            readings.add((sum(1 for g in kept if g == grade), len(kept)))
    # "three of the four judgements were good": of a reading with four judgements
    if at_least:
        # "good in at least one area": that many or more, by some reading
        return any(k >= n for k, _ in readings)
    of_total = {k for k, size in readings if size == total}
    if sized and total is not None and of_total:
        return n in of_total
    return n in {k for k, _ in readings}


def _years_doc(insp: list[Any], whens: list, as_of: date) -> Any | None:
    """The latest inspection a date names: by its year, or within a period ('three years ago',
    'last autumn')."""
    years = {w.first.year for w in whens if w.precision != "period"}
    periods = [w for w in whens if w.precision == "period"]

    def named(d: Any) -> bool:
        days = [x for x in (d.inspection_start, d.inspection_end, d.published) if x]
        return bool({x.year for x in days} & years) or any(
            w.first <= x <= w.last for w in periods for x in days
        )

    cands = [
        d
        for d in insp
        if named(d) and (not d.published or d.published <= as_of + timedelta(days=3))
    ]
    return cands[-1] if cands else None


# words for the inspection just before the latest (not "previously", which may be any earlier)
_LAST_ONE = re.compile(
    r"\b(?:previous (?:full )?(?:inspection|rating|judge?ment|report|grade)|last inspect\w*|"
    r"last (?:full )?(?:Ofsted )?inspection|last (?:rated|judged)|last time)\b",
    re.IGNORECASE,
)


def _pick_doc(
    insp: list[Any],
    as_of: date,
    item: dict,
    current: Any | None,
    from_to: bool,
    text: str = "",
) -> tuple[Any | None, bool]:
    """The inspection a grade speaks of, and whether a date pinned it."""
    whens = item["whens"]
    if whens:
        d = _years_doc(insp, whens, as_of)
        published = item.get("published_whens") or []
        if d is not None and published and d.published:
            # "published in January 2023": the month of publication, not of the visit
            if not any(
                w.first - timedelta(days=3) <= d.published <= w.last + timedelta(days=3)
                for w in published
            ):
                hit = [
                    x
                    for x in insp
                    if x.published
                    and any(
                        w.first - timedelta(days=3) <= x.published <= w.last + timedelta(days=3)
                        for w in published
                    )
                ]
                return (hit[-1] if hit else None), True
        if (
            d is not None
            and item["role"] == "previous"
            and item.get("left")
            and published
            and len(published) == len(whens)
            and not _LAST_ONE.search(text)
        ):
            # "have shaken off the 'inadequate' label ..., according to a report published
            # yesterday": the day is the new report's; the grade left is the one before it
            return _previous(insp, d), True
        if (
            d is not None
            and item["role"] == "previous"
            and from_to
            and not item.get("date_adjacent")
            # "up from good at its last inspection in 2019": the year dates the previous one
            and not _LAST_ONE.search(text)
        ):
            return _previous(insp, d), True
        return d, True
    if item["role"] == "previous":
        return _previous(insp, current), False
    return current, False


def _created_after(urn: int, year: int) -> bool:
    """Whether the council with `urn` came into being after `year`, or has been abolished
    (Cumbria, whose reports ilacs files under its successors): an inspection of that year may
    be of a council whose reports ilacs does not hold."""
    try:
        la = register.by_urn(urn)
    except (KeyError, LookupError, ValueError):
        return False
    return (la.start is not None and la.start.year > year) or la.end is not None


def _urn_name(record: RecordView, urn: int) -> str | None:
    docs = record.by_urn.get(urn) or ()
    return docs[0].la_name if docs else None


def _register_name(urn: int) -> str:
    try:
        return register.by_urn(urn).name
    except NotFound:
        return str(urn)


def _unheld_abolished(record: RecordView, urn: int, c: Claim, as_of: date) -> bool:
    """'Children's services at Cumbria had been rated requires improvement in November 2022':
    a council abolished since, of whose own inspections ilacs holds none, at a time before its
    end (the claim's dates, else the article's day): its successors' reports do not speak for it."""
    try:
        la = register.by_urn(urn)
    except NotFound:
        return False
    if la.end is None or record.by_urn.get(urn):
        return False
    days = [d for d, _ in c.dates]
    return all(d <= la.end for d in days) if days else as_of <= la.end


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
    verdicts = []
    for urn in c.urns:
        if urn not in gone:
            verdicts.append(_check_grades_one(c, record, as_of, urn))
    # "Medway's neighbour Kent has been rated outstanding": a council named only as the owner
    # of another is not the one graded
    owners = [
        i
        for i, urn in enumerate(c.urns)
        if verdicts[i][0] == C
        and (name := _urn_name(record, urn))
        and re.search(rf"\b{re.escape(name)}['’]s?\s+(?:\w+\s+){{0,2}}[A-Z]", c.text)
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


_AREA_CUE = re.compile(
    r"\b(?:protection|protect|care leavers?|leaving care|in care|looked[- ]after|leadership|"
    r"leaders|management|adoption|early help|front door|fostering|safeguarding board|LSCB)\b",
    re.IGNORECASE,
)
_LOOSE_SPAN = re.compile(
    rf"\b(?:just|a little|slightly|well)?\s*(?:over|more than|nearly|almost|about|around|"
    rf"some|roughly|approximately|less than|under|getting on for)\s+(?:a|an|\d+|{T.NUMBER})\s+"
    rf"(?:years?|decades?)\b|\b(?:before|after)\s+(?:that|this|then)\b",
    re.IGNORECASE,
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
        and _AREA_CUE.search(c.text)
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
    if c.number is not None and len({x[1]["grade"] for x in results}) > 1:
        return "the count of areas may belong to the other grade"
    return None


# words that say a grade is the latest inspection's
_NOW_SAID = re.compile(
    r"\b(?:under|in)\s+the\s+(?:current|new|latest|updated|revised)\s+(?:(?:Ofsted|ILACS|inspection)\s+)?"
    r"(?:framework|regime|inspection)\b",
    re.IGNORECASE,
)


def _check_grades_one(
    c: Claim, record: RecordView, as_of: date, urn: int
) -> tuple[Verdict, str, list[Evidence]]:
    insp = _inspections(record, urn)
    current = _current(insp, as_of)
    # "Rotherham rated good as Sandwell and Buckinghamshire remain inadequate": each council
    # its own grades
    items = [it for it in c.facts["grades"] if urn in it.get("urns", [urn])] or c.facts["grades"]
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
        if len(years) > 1 and it["whens"][0].precision == "year":
            split.extend(
                dict(it, whens=[w for w in it["whens"] if w.first.year == y]) for y in years
            )
        else:
            split.append(it)
    undecided = False  # a number of inspections the record cannot settle
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
            # ilacs holds every full inspection since 2014: fewer contradict only where the
            # record reaches back before then or the words keep to recent years
            window = bool(upto) and (
                upto[0].framework == "pre_sif"
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
        d, pinned = _pick_doc(insp, as_of, it, current, c.facts.get("from_to", False), c.text)
        months = [w for w in it["whens"] if w.precision == "month"]
        if d is not None and months and not any(_date_matches(w, d, None) for w in months):
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
        if recent and not (d.published and recent[0].first <= d.published <= recent[0].last):
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
        elif (
            c.number is not None and c.grade_scope != "all" and (it["role"] == "current" or pinned)
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
        if ok and c.facts.get("consecutive") and it["role"] == "current" and not pinned:
            n = c.facts["consecutive"]
            upto = insp[: insp.index(d) + 1][-n:]
            if len(upto) == n and it["areas"] and it["areas"] != ["overall"]:
                # "children in care were again judged to be good": that area's grades
                ok = all(_check_grade_item(x, it, False) is not False for x in upto)
                if not ok:
                    results.append((d, dict(it, what=f"{n} inspections in a row"), None))
                    continue
            elif len(upto) == n:
                # "the third inspection in a row in which it has fallen short of good": a grade
                # said not held, at each of them
                ok = all(
                    (x.grades.get("overall") == it["grade"]) != bool(it.get("negated"))
                    for x in upto
                )
                if not ok:
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
            # "care leavers, judged separately under the current framework, was graded ...":
            # the latest inspection, said so
            and not _NOW_SAID.search(c.text)
        ):
            prev = _previous(insp, current)
            if prev is not None and _check_grade_item(
                prev, it, it.get("all", c.grade_scope == "all")
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
        if ok is False and it["role"] == "previous" and not pinned:
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
            and re.search(
                r"\b(?:has|have)\s+(?:now\s+)?(?:lost|shed|been stripped of)\s+(?:its|their)\b",
                c.text,
                re.IGNORECASE,
            )
            and _check_grade_item(current, dict(it, negated=False), False) is True
        ):
            # "has lost its good Ofsted rating": the latest report no longer gives it
            words = ", ".join(AREA_WORDS[a] for a in it["areas"]) or "overall effectiveness"
            what = f"{words} (a grade the article says it has lost)"
            results.append((current, dict(it, negated=True, what=what), False))
            continue
        results.append((d, it, ok))
    judged = [x for x in results if x[2] is not None]
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
        elif c.number is not None:
            what = f"{c.number} judgement(s)"
        return (
            C,
            f"The {_label(d)} {'gives' if it.get('negated') else 'does not give'} "
            f"{_grade_words(it['grade'])} for {what}"
            f"{', which the article says it had not' if it.get('negated') else ''}: "
            f"{_grades_text(d)}.",
            evidence,
        )
    return S, " ".join(f"The {_label(d)}: {_grades_text(d)}." for d in docs), evidence


# --- dates --------------------------------------------------------------------------------------


def _months(a: date, b: date) -> set[tuple[int, int]]:
    out, y, m = set(), a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.add((y, m))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def _date_matches(w, d: Any, role: str | None) -> bool:
    s, e, p = d.inspection_start, d.inspection_end, _published(d)
    visit_ok = pub_ok = False
    if s and e:
        if w.precision == "period":
            visit_ok = w.first <= e and s <= w.last
        elif w.precision == "range":
            visit_ok = w.first == s and w.last == e
        elif w.precision == "day":
            visit_ok = s <= w.first <= e
        elif w.precision == "month":
            visit_ok = (w.first.year, w.first.month) in _months(s, e)
        else:
            visit_ok = w.first.year in (s.year, e.year)
    if p:
        if w.precision == "day":
            pub_ok = w.first == p
        elif w.precision in ("range", "period"):
            pub_ok = w.first <= p <= w.last
        elif w.precision == "month":
            pub_ok = (w.first.year, w.first.month) == (p.year, p.month)
        else:
            pub_ok = w.first.year == p.year
    if role == "visit":
        return visit_ok or (w.precision == "year" and pub_ok)
    if role == "published":
        return pub_ok
    return visit_ok or pub_ok


# A joint inspection (a JTAI, or the older joint area inspections): dated by its letter.
_JOINT_INSPECTION = re.compile(
    r"\bjoint\s+(?:(?:targeted\s+)?(?:area\s+)?(?:child\s+protection\s+)?|agency\s+|"
    r"multi-agency\s+)?inspections?\b|\bJTAI\b",
    re.IGNORECASE,
)


_BIRTH_IN_TEXT = re.compile(
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
_FRAMEWORK_FIRSTS = re.compile(
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


def _check_dates(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    if c.type == Kind.DATE and _FRAMEWORK_FIRSTS.search(c.text):
        _check_framework_firsts(c, record, as_of)
        return
    if not c.urns:
        return
    urn = c.urns[0]
    whens = c.facts["whens"]
    if c.type == Kind.VISIT:
        _check_visit_dates(c, record, urn, whens)
        if c.verdict == N and texts is not None:
            _visit_in_reports(c, record, urn, whens, as_of, texts)
        return
    if _JOINT_INSPECTION.search(c.text):
        # 'since a joint inspection last year': a JTAI's date, never a full inspection's
        jtai = [d for d in _letters(record, urn) if d.kind == "jtai"]
        ok = [d for d in jtai if all(_date_matches(w, d, c.date_role) for w in whens)]
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
        if meant and not any(year in _doc_years(d) for d in meant) and year >= 2014:
            prev = meant[-1]
            c.verdict = C
            c.explanation = (
                f"The inspection before the latest was the {_label(prev)}, not one in {year}."
            )
            c.evidence = [_dates_evidence(prev)]
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
    if c.facts.get("previous_cue") and w0.precision == "year" and not w0.relative:
        # "since its last inspection in 2016": the inspection before the latest
        cur = _current(graded, as_of)
        prev = _previous(graded, cur)
        if prev is not None and w0.first.year in _doc_years(prev):
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
            and re.search(
                rf"\b(?:last|previous|prior)\b[^.;]{{0,60}}\b(?:in|of)\s+(?:\w+\s+)?{w0.first.year}",
                c.text,
                re.IGNORECASE,
            )
        ):
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


def _letter_date(c: Claim, record: RecordView, urn: int, whens: list, held: list[Any]) -> bool:
    """A day no full inspection was on that names no visit ("Two inspectors spent two days
    ... on December 12 and 13 last year"): a letter's visit or publication day, when a letter
    ilacs holds gives it; in an article about a letter, another day of its visit (weeks from
    it, no full inspection near) is contradicted."""
    if c.facts.get("previous_cue") or not all(
        w.precision in ("day", "range", "period", "month") for w in whens
    ):
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


def _year_before(w: Any) -> Any:
    """'last November' in December: the November before, the other reading."""
    from dataclasses import replace

    try:
        return replace(
            w,
            first=w.first.replace(year=w.first.year - 1),
            last=w.last.replace(year=w.last.year - 1),
        )
    except ValueError:
        return w


def _gap_days(w: Any, d: Any) -> int | None:
    """Days between a date the article names and a letter's visit (0 when they overlap)."""
    s, e = d.inspection_start, d.inspection_end or d.inspection_start
    if s is None or e is None:
        return None
    if w.first <= e and s <= w.last:
        return 0
    return min(abs((w.first - e).days), abs((s - w.last).days))


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
    elif not re.search(r"letter", kind) and c.date_role != "published":
        # "a report published in April, following a visit in March": a visit of no kind named
        # may be a full inspection's days on site (supported only: never a contradiction)
        full = [
            d
            for d in _reports(record, urn)
            if d.inspection_start and whens and all(_date_matches(w, d, "visit") for w in whens)
        ]
        if full:
            d = full[-1]
            c.verdict, c.explanation = S, f"The {_label(d)} had inspectors on site then."
            c.evidence = [_evidence(d, f"on site {d.inspection_start} to {d.inspection_end}")]
            return
    if not docs:
        c.verdict, c.explanation = (
            N,
            f"ilacs holds no {kind or 'visit'} letter for this council.",
        )
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
        c.verdict, c.explanation = S, f"The {_label(d)} matches."
        c.evidence = [
            _evidence(
                d,
                f"visit {d.inspection_start} to {d.inspection_end}, published {_published(d)}",
            )
        ]
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
        and 0 < g <= 45
    ]
    if near:
        d = near[0]
        c.verdict = C
        c.explanation = (
            f"The {_label(d)} was a visit on {d.inspection_start} to {d.inspection_end}."
        )
        c.evidence = [_evidence(d, f"visit {d.inspection_start} to {d.inspection_end}")]
        return
    # "In July 2024, inspectors made a focused visit" of the one of July 2023: a council has one
    # focused visit or JTAI between two full inspections, so the same month a year off, with no
    # full inspection between them, is that visit's date given wrongly
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
        and abs(w0.first.year - d.inspection_start.year) == 1
        and not any(
            f and min(w0.first, d.inspection_start) <= f <= max(w0.last, d.inspection_start)
            for f in full
        )
    ]
    if wrong_year:
        d = wrong_year[0]
        c.verdict = C
        c.explanation = (
            f"The {_label(d)} was a visit on {d.inspection_start} to {d.inspection_end}; no full "
            "inspection came between it and the date named."
        )
        c.evidence = [_evidence(d, f"visit {d.inspection_start} to {d.inspection_end}")]
        return
    # ilacs may not hold every letter: never a contradiction
    c.verdict = N
    c.explanation = (
        f"ilacs holds this council's {held}, none at that date (ilacs may not hold every letter)."
    )
    c.evidence = [
        _evidence(d, f"{d.kind} {d.inspection_start} to {d.inspection_end}") for d in docs
    ]


_VISIT_WORDS = re.compile(
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
    own = "jtai" if ("joint" in kind or "jtai" in kind) else "focus" if "focus" in kind else None
    other: list[tuple[Any, int, str]] = []  # the same kind of visit, dated otherwise
    gaps: list[int] = []
    years: set[int] = set()
    for d in reversed(held[-2:]):
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            for m in _VISIT_WORDS.finditer(flat):
                around = flat[max(0, m.start() - 100) : m.end() + 100]
                said = T.dates(around, d.published or as_of)
                if whens and all(
                    any(x.first <= w.last and w.first <= x.last for x in said if not x.relative)
                    for w in whens
                ):
                    c.verdict = S
                    c.explanation = f"The {_label(d)} dates the visit."
                    c.evidence = [Evidence(d.path, i + 1, around.strip())]
                    return
                word = m.group(0).lower()
                mine = "jtai" if ("joint" in word or "jtai" in word) else "focus"
                if own != mine or d is not held[-1] or not whens:
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
                            r"carried\s+out|conducted|held|completed)\s+)?(?:in|on|of)\s+",
                            after[: x.start],
                        )
                    ):
                        w0 = whens[0]
                        gaps.append(
                            min(abs((x.first - w0.last).days), abs((w0.first - x.last).days))
                        )
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
        and held[-1].published
        and held[-1].published >= as_of - timedelta(days=120)
        and min(gaps) <= 400
    ):
        d, page_no, around = other[0]
        c.verdict = C
        c.explanation = f"The {_label(d)} dates this visit otherwise: '{around}'."
        c.evidence = [Evidence(d.path, page_no, around)]


# --- inspectors (counts of recommendations: quotes.py) ----------------------------------------------------------


def _norm_name(s: str) -> str:
    """A name as compared: lower case, without middle initials ('Fiona J Millns')."""
    words = s.lower().replace("’", "'").split()
    return " ".join(w for i, w in enumerate(words) if not (0 < i and re.fullmatch(r"\w\.?", w)))


def _doc_years(d: Any) -> set[int]:
    return {x.year for x in (d.inspection_start, d.inspection_end, d.published) if x}


_PATH_DAY = re.compile(r"[-_ ](\d{1,2})[_ ]([A-Za-z]+)[_ ](\d{4})\.pdf$")


def _published(d: Any) -> date | None:
    """A document's day of publication; a letter's is the day in its Ofsted title
    ("Children's services focused visit - 21 January 2020"), which its path keeps."""
    if d.published:
        return d.published
    m = _PATH_DAY.search(d.path or "")
    month = T.MONTHS.get(m.group(2).lower()) if m else None
    if m is None or month is None:
        return None
    try:
        return date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


def _reports(record: RecordView, urn: int) -> list[Any]:
    """The LA's full inspections, graded overall or not (ILACS 2026 gives no overall grade),
    in order of publication."""
    out = [d for d in record.by_urn.get(urn, []) if d.kind == "inspection" and _graded_areas(d)]
    return sorted(out, key=lambda d: d.published or d.day or date.max)


def _latest_letter(record: RecordView, urn: int, as_of: date, days: int = 120) -> Any | None:
    """The letter an article about a letter speaks of: the LA's latest letter published by
    `as_of` (a few days' grace) and at most `days` before it, and no full report since."""
    held = [
        (p, d)
        for d in _letters(record, urn)
        if (p := _published(d)) and as_of - timedelta(days=days) <= p <= as_of + timedelta(days=3)
    ]
    if not held:
        return None
    p, d = max(held, key=lambda x: x[0])
    if any(r.published and p < r.published <= as_of for r in _reports(record, urn)):
        return None
    return d


def _inspector_docs(c: Claim, record: RecordView, as_of: date) -> list[Any] | None:
    """The documents whose inspectors a claim names: those of the years the sentence gives,
    else the letter an article about a letter speaks of, else the latest full report (None
    when the article speaks of a letter ilacs does not hold)."""
    urn = c.urns[0]
    years = {d.year for d, _ in c.dates}
    held = [d for d in record.by_urn.get(urn, []) if d.kind != "inspection" or _graded_areas(d)]
    if years:
        dated = [
            d for d in held if (_doc_years(d) | {p.year for p in [_published(d)] if p}) & years
        ]
        dated = [d for d in dated if (_published(d) or date.min) <= as_of + timedelta(days=3)]
        if dated:
            return sorted(dated, key=lambda d: _published(d) or date.min, reverse=True)
    cur = _current(_reports(record, urn), as_of)
    if c.facts.get("letter"):
        letter = _latest_letter(record, urn, as_of)
        if letter is not None:
            return [letter]
        if c.facts.get("visit_led"):
            return None  # "The visit, led by X": a letter ilacs does not hold
        if cur is not None and cur.published and cur.published >= as_of - timedelta(days=120):
            return [cur]  # an article about a new report that names a visit or a letter too
        return None
    return [cur] if cur is not None else []


def _named_in(name: str, d: Any, texts: Any) -> tuple[int, str] | None:
    """Where a document's text names an inspector: (page, the words around)."""
    if texts is None:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in name.split()), re.IGNORECASE)
    for i, page in enumerate(texts.pages(d.id)):
        hit = pattern.search(page)
        if hit:
            return i + 1, " ".join(page[max(0, hit.start() - 60) : hit.end() + 20].split())
    return None


def _check_inspector(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    """The inspectors of the report or letter the sentence dates, else of the letter an article
    about a letter speaks of, else of the latest report: 'led by X' / 'lead inspector X' wants
    X to be its lead; 'Inspectors X and Y' wants each named in it."""
    if not c.urns:
        return
    first = c.urns
    lead = c.urns[:1]
    try:
        la = register.by_urn(c.urns[0])
    except NotFound:
        la = None
    if (
        la is not None
        and la.end is not None
        and not record.by_urn.get(la.urn or 0)
        and as_of > la.end
        and all(d > la.end for d, _ in c.dates)
    ):
        # a council abolished before the day, of whose own reports ilacs holds none ("...
        # replaced Cumbria County Council. Inspectors, led by X, said"): its successors'
        lead = [u for u in la.successors if _current(_reports(record, u), as_of)] or lead
    # the article's council, when the sentence names none: the reading whose record names them
    for urn in [*lead, *c.facts.get("other_urns", [])]:
        c.urns = [urn]
        _check_inspector_of(c, record, as_of, texts)
        if c.verdict == S:
            return
        if urn == lead[0]:
            held = (c.verdict, c.explanation, c.evidence)
    # "North Northamptonshire ..., alongside West Northamptonshire. The report, led by X": a
    # sentence naming no council may be of any council named whose report came out that day
    cur = _current(_reports(record, lead[0]), as_of)
    for urn in c.facts.get("same_day_urns", []):
        theirs = _current(_reports(record, urn), as_of)
        if cur is None or theirs is None or theirs.published != cur.published or c.dates:
            continue
        c.urns = [urn]
        _check_inspector_of(c, record, as_of, texts)
        if c.verdict == S:
            return
    c.urns = first
    c.verdict, c.explanation, c.evidence = held


# A letter's opening names its inspectors: "The inspectors were X, Her Majesty's Inspector,
# and Y, ...", "The visit was carried out by X, Y and Z, Her Majesty's Inspectors", "His
# Majesty's Inspectors for this visit were X and Y".
_TEAM_SAID = re.compile(
    r"(?:\b[Ii]nspectors\s+(?:for\s+this\s+(?:focused\s+|monitoring\s+)?visit\s+)?were|"
    r"\b(?:(?:visit|inspection)\s+was\s+)?(?:carried\s+out|conducted|undertaken)\s+by)\s+"
    r"(?P<list>[^.]{5,400}?)\.(?:\s|$)"
)
_TEAM_TITLE = re.compile(
    r"(?:\b(?:all\s+of\s+whom\s+are|(?:two|three|four|five|six)\s+of)\s+)?(?:\bSenior\s+)?"
    r"(?:(?:Her|His)\s+Majesty['’]s\s+Inspectors?|\bHMIs?\b|\b(?:Ofsted|Social\s+Care\s+Regulatory)\s+"
    r"Inspectors?|\b(?:the\s+)?lead\s+inspector\b)(?:\s*\(HMI\))?(?:\s+(?:Social\s+Care|designate)\b)?|"
    r"\(\s*(?:HMI\s+designate|lead(?:\s+inspector)?)\s*\)",
    re.IGNORECASE,
)
_TEAM_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+")


def _team_of(d: Any, texts: Any) -> list[str] | None:
    """The inspectors a letter's opening names (None when it names them in no way ilacs reads)."""
    if texts is None or d.kind not in ("focused_visit", "monitoring_visit"):
        return None
    pages = texts.pages(d.id)
    if not pages:
        return None
    m = _TEAM_SAID.search(" ".join(pages[0].split()))
    if m is None:
        return None
    pieces = re.split(r"\s*(?:,|\band\b)\s*", _TEAM_TITLE.sub(",", m.group("list")))
    pieces = [p.strip() for p in pieces if p.strip()]
    if not pieces or not all(_TEAM_NAME.fullmatch(p) for p in pieces):
        return None
    return pieces


def _check_team_size(c: Claim, d: Any, texts: Any) -> None:
    """'Five inspectors': as many as the letter names (after its names are checked)."""
    n = c.facts.get("count")
    if not n or c.verdict == C:
        return
    team = _team_of(d, texts)
    if team is None:
        if not c.facts.get("names"):
            c.verdict = N
            c.explanation = f"ilacs does not read how many inspectors the {_label(d)} had."
        return
    said = f"{len(team)} inspectors: {', '.join(team)}"
    if len(team) == n:
        if c.verdict != S or not c.facts.get("names"):
            c.verdict, c.explanation = S, f"The {_label(d)} names {said}."
            c.evidence = [Evidence(d.path, 1, said)]
        else:
            c.explanation = f"{c.explanation} It names {said}."
        return
    c.verdict = C
    c.explanation = f"The {_label(d)} names {said}, not {n}."
    c.evidence = [Evidence(d.path, 1, said)]


def _check_inspector_of(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    if not c.facts.get("names") and c.facts.get("count"):
        docs = _inspector_docs(c, record, as_of)
        if not docs:
            c.verdict = N
            c.explanation = "ilacs does not hold the letter this article speaks of."
            return
        _check_team_size(c, docs[0], texts)
        return
    names = c.facts.get("names") or [c.inspector or ""]
    led = c.facts.get("led", bool(re.search(r"\b(?:lead|led)\b", c.text, re.IGNORECASE)))
    docs = _inspector_docs(c, record, as_of)
    if docs is None:
        c.verdict = N
        c.explanation = "ilacs does not hold the letter this article speaks of."
        return
    if not docs:
        c.verdict = N
        c.explanation = "ilacs does not hold a lead inspector for this council's reports."
        return
    # the document whose lead or text names the most of them
    best: tuple[int, Any, list[Any]] | None = None
    for d in docs:
        lead_of = record.inspector.get(d.id) or ""
        found: list[tuple[int, str] | None] = [
            (0, "lead") if _norm_name(n) in _norm_name(lead_of) else _named_in(n, d, texts)
            for n in names
        ]
        score = sum(f is not None for f in found)
        if best is None or score > best[0]:
            best = (score, d, found)
    assert best is not None
    _, d, found = best
    lead = record.inspector.get(d.id)
    if led:
        # "led by X": X led it (a team inspector named with "led" did not)
        if lead and _norm_name(names[0]) in _norm_name(lead):
            c.verdict, c.explanation = S, f"The lead inspector of the {_label(d)} was {lead}."
            c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
            _check_team_size(c, d, texts)
        elif lead:
            c.verdict = C
            c.explanation = f"The lead inspector of the {_label(d)} was {lead}."
            if found[0] is not None:
                c.explanation += f" {names[0]} is named in it as another inspector."
            c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
        else:
            c.verdict = N
            c.explanation = f"ilacs holds no lead inspector for the {_label(d)}."
        return
    missing = [n for n, f in zip(names, found, strict=True) if f is None]
    where = [f for f in found if f is not None and f[0]]
    if not missing:
        c.verdict = S
        if len(names) == 1 and lead and _norm_name(names[0]) in _norm_name(lead):
            c.explanation = f"The lead inspector of the {_label(d)} was {lead}."
        else:
            c.explanation = (
                f"The {_label(d)} names {', '.join(names)} (its lead inspector: {lead})."
            )
        c.evidence = (
            [Evidence(d.path, p, around) for p, around in where[:1]]
            if where
            else [_evidence(d, f"Lead inspector: {lead}")]
        )
        _check_team_size(c, d, texts)
    elif lead or len(missing) < len(names):
        # it names its inspectors, and not this one
        c.verdict = C
        c.explanation = (
            f"The {_label(d)} does not name {', '.join(missing)} among its inspectors"
            + (f" (its lead inspector: {lead})." if lead else ".")
        )
        c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
    else:
        c.verdict = N
        c.explanation = "ilacs does not hold the inspectors of this council's reports."


_PREVIOUS_IN_TEXT = re.compile(
    r"previous (?:\w+\s+){0,3}inspection[^.]{0,160}?(?:was|were|took place)\s+(?:carried out\s+)?in\s+"
    rf"(?P<month>{T.MONTH_NAME})"
    r"\s+(?P<year>20\d\d)",
    re.IGNORECASE,
)


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
    if dur["u"].lower().startswith("year") and _created_after(c.urns[0], as_of.year - n):
        # "seven years after children's services in the county were judged inadequate", of a
        # council made since: the grade before is its predecessor's, which ilacs does not hold
        return
    dated = [
        dict(it, whens=it.get("later_base") or it["whens"])
        for it in c.facts.get("grades", [])
        if it.get("whens")
    ]
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
        if _check_named_duration(c, insp, cur, n, dur, named[0], pinned):
            return
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
    if miss > 1.5 and pinned:
        c.verdict = C
        c.explanation = f"Not {said}: from {lines} to the {_label(cur)}."
        c.evidence = [Evidence(cur.path, page_no, f"{said} after: {lines}")]


_FAILING = re.compile(r"\b(?:after|since)\s+(?:\w+\s+){0,4}?fail(?:ing|ed|ure)\b", re.I)
_PREVIOUS_NAMED = re.compile(
    r"\b(?:after|since)\s+(?:its|the|their|a|an)\s+(?:last|previous|prior|earlier)\s+"
    r"(?:full\s+|Ofsted\s+|standard\s+|graded\s+)*(?:inspection|report|rating)",
    re.I,
)
# "the result comes seven years after services were judged inadequate": the years run from a
# grade named to the report the article is about
_FROM_GRADE_DURATION = re.compile(
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


def _named_grade_docs(insp: list[Any], cur: Any, grade: str) -> list[Any]:
    """The inspections before `cur` that gave `grade`: overall, else in any judgement."""
    before = insp[: insp.index(cur)]
    overall = [d for d in before if d.grades.get("overall") == grade]
    return overall or [d for d in before if grade in d.grades.values()]


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
    c: Claim, insp: list[Any], cur: Any, n: int, dur: dict, grade: str, pinned: bool
) -> bool:
    """'seven years after services were judged inadequate': any inspection before the one
    reported that gave that grade may be the earlier end. Supported when one fits; contradicted
    only when the record holds such inspections and none fits (both ends pinned). Returns
    whether it settled the claim's duration."""
    docs = _named_grade_docs(insp, cur, grade)
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
                    f"{said!r} holds: from the {_label(d)} ({_grade_words(grade)}) to the "
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
            f"Not {said}: no {_grade_words(grade)} inspection of the record lies that long "
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


_VISIT_IN_TEXT = re.compile(
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


_THEME_SMALL = frozenset(
    """a an the and or of to in on for with at by as how its their it is are was were be been
    that this those these who which what when where from into also well particular specific
    focus council local authority trust services service children child young people because
    due entirely fully wholly completely mainly largely mostly only just""".split()
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
    from ilacs.claims.quotes import _key, _words

    words = [w for w in _words(c.facts["theme"]) if w not in _THEME_SMALL and len(w) > 2]
    if len(words) < 3:
        _check_short_theme(c, record, as_of, texts)
        return
    # "a focused visit in October last year to look at ...": the letters of that time (the
    # date before the subject is the visit's; one in it is of something else: "progress
    # since the 2015 inspection")
    at = c.text.find(c.facts["theme"].strip()[:30])
    whens = [
        w
        for w in T.dates(c.text[: max(0, at)], as_of)
        if w.precision in ("day", "range", "month", "year")
    ]
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


def _check_short_theme(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    """A visit's subject in few words ('the council's arrangements for children in care'):
    supported only when a letter of the council says it in these very words."""
    own = re.sub(
        r"^\s*(?:the\s+)?(?:council|local\s+authority|authority|borough)(?:['’]s)?\s+",
        "",
        c.facts["theme"].strip().rstrip(".").lower(),
    )
    own = " ".join(own.replace("’", "'").split())
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


_EARLIER_RECS = re.compile(
    r"\s*(?:(?:made|set(?:\s+out)?|raised|given|issued)\s+)?(?:from|of|at|after|by|in)\s+"
    r"(?:an?|the|its|their)\s+(?:earlier|previous|last|prior|former|first|preceding)\b",
    re.IGNORECASE,
)
_SOME_RECS_LEFT = re.compile(
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
    verdict, explanation, evidence = _rec_of_main(
        c.text, c.facts["rec_span"], c.urns, as_of, record, texts, c.facts.get("main")
    )
    c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
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
                c.verdict = S
                c.evidence = list(got[2])[-1:]
                said = c.evidence[0].quote if c.evidence else ""
                c.explanation = (
                    "Read with the list it is in (the other lines found as they are), a rewording "
                    f"of a recommendation (low confidence): '{said}'."
                )
    return out


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


def _check_jump(c: Claim, view: RecordView, as_of: date) -> None:
    """'jumped two grades': the steps between the overall grades of its last two inspections."""
    if not c.urns:
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
    if cur is None or prev is None:
        c.verdict, c.explanation = (
            N,
            "ilacs holds fewer than two graded inspections of this council by then.",
        )
        return
    area = c.facts.get("area") or "overall"
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
    if steps == c.facts["jump"]:
        c.verdict, c.explanation = S, f"Its {what}: {abs(steps)} grade(s)."
    else:
        c.verdict, c.explanation = C, f"Its {what}: {steps:+d} grade(s), not {c.facts['jump']:+d}."


RANK = {"outstanding": 0, "good": 1, "requires_improvement": 2, "inadequate": 3}


# --- ranks and counts among councils ------------------------------------------------------------


# The year each framework came in: "since the inspection framework was updated in 2023".
_INTRODUCED = {2013: "sif", 2014: "sif", 2018: "ilacs2018", 2023: "ilacs2023", 2026: "ilacs2026"}
# A framework with no overall effectiveness grade: "rated inadequate" under it means an
# inadequate judgement in some area.
_NO_OVERALL = ("ilacs2026",)
_AREAS = ("leaders", "help_protection", "in_care", "care_leavers")


def _framework_at(view: RecordView, day: date) -> str:
    """The newest framework with a report published by `day`: 'the new framework' then."""
    first: dict[str, date] = {}
    for d in view.docs:
        if d.kind == "inspection" and d.framework and d.published:
            first[d.framework] = min(first.get(d.framework, d.published), d.published)
    held = [(p, f) for f, p in first.items() if p <= day + timedelta(days=3)]
    return max(held)[1] if held else "sif"


def _framework_of(
    c: Claim, current: Any | None, as_of: date | None = None, view: RecordView | None = None
) -> str:
    """The framework a claim names: SIF or an ILACS by its name or the year it came in; 'the
    new (current, revised, updated) framework' is the newest one on the article's day."""
    words = (c.framework or "").lower()
    if not words:
        return "any"
    if "single inspection" in words or re.search(r"\bsif\b", words):
        return "sif"
    named = re.search(r"ilacs\s*(2018|2023|2026)", words)
    if named:
        return f"ilacs{named.group(1)}"
    year = c.facts.get("fw_year")
    dated = re.match(
        r"((?:19|20)\d\d)\s+(?:(?:ofsted|ilacs|inspection)\s+){0,2}(?:framework|regime)", words
    )
    if dated and int(dated.group(1)) in _INTRODUCED:
        return _INTRODUCED[int(dated.group(1))]  # "the 2023 framework"
    # "introduced by Ofsted in 2022": announced the year before it came in
    for y in (year, year + 1) if year else ():
        if y in _INTRODUCED:
            return _INTRODUCED[y]
    if view is not None and as_of is not None:
        if re.search(r"new|latest|current|revised|updated|tougher|chang|introduc|overhaul", words):
            return _framework_at(view, as_of)
    if current is not None and current.framework:
        return current.framework  # "the framework": the one its latest report was under
    return "ilacs"


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
    if re.search(r"\bpublished\b", c.text, re.IGNORECASE):
        orders = orders[:1]  # "the eighth to have its report published": by publication only
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
    if hold:
        c.verdict, c.explanation = S, f"It holds {', '.join(h[0] for h in hold)} (places: {lines})."
    else:
        c.verdict, c.explanation = (
            C,
            f"No order gives that place among {fw} reports (places: {lines}).",
        )


def _region_of(urn: int | None) -> str | None:
    try:
        return register.by_urn(urn).region if urn else None
    except NotFound:
        return None


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


_SAME_DAY = re.compile(
    r"\breports?\s+(?:were\s+|was\s+)?(?:came\s+out|published|released)\s+"
    r"(?:today|yesterday|on\s+the\s+same\s+day|the\s+same\s+day|that\s+day)\b",
    re.IGNORECASE,
)
_SO_FAR = re.compile(
    r"\bso\s+far\b|\bto\s+date\b|\bto\s+have\s+(?:achieved|been\s+rated|secured|received)\b",
    re.IGNORECASE,
)


_ONLY_REGION = re.compile(r"\bthe\s+only\s+(?:English\s+)?region\b", re.IGNORECASE)


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


_BECOMES = re.compile(r"\b(?:has|have)\s+(?:now\s+)?become\b|\bbecomes\b", re.IGNORECASE)
_GOOD_OR_BETTER = re.compile(
    r"\bgood\s+or\s+(?:better|above|outstanding)\b|\boutstanding\s+or\s+good\b", re.IGNORECASE
)
_UNCOUNTED_GROUP = re.compile(
    r"\bone\s+of\s+(?:only\s+)?(?:those|these|them)\b|\bone\s+of\s+the\s+(?:\w+\s+)?"
    r"(?!(?:English|London)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:authorities|councils|boroughs)\b"
)


_HOLD = re.compile(
    r"\bto\s+(?:currently\s+|now\s+)?hold\b|\bcurrently\s+(?:holds?|rated)\b"
    # "the 12th of London's 33 councils whose most recent overall rating is outstanding"
    r"|\bwhose\s+(?:most\s+recent|latest|current)\s+(?:overall\s+)?(?:rating|grade)\s+is\b",
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
    leavers looked after adoption services service social experiences progress impact need
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
    join joined among corporation noted notes note explained explains added adds stated states
    highlighted highlights pointed he she they we our us work
    recommendations priority actions
    lose loses losing lost shed escape escaped version inspecting inspect inspects
    combine combines combined combining pair pairs paired pairing consecutive successive running
    better above mean frameworks counting recent further another
    """.split()
)
_ORDINAL_OR_NUMBER = re.compile(
    r"\d+(?:st|nd|rd|th|s)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|"
    r"thirtieth|fortieth|\w+-\w+",
)


def _unread_words(text: str) -> list[str]:
    """The words of a rank or count's clause outside `_READ_WORDS` (names, numbers and
    ordinals aside): empty when ilacs reads the whole clause."""
    t = re.sub(r"[\u2019']s\b", "", text)
    # "the first to achieve that": a test named before the clause, which ilacs did not read
    t = re.sub(r"\b(?:achiev\w*|do|does|did|done|doing)\s+(?:that|this|it)\b", " that_test ", t)
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
_UNMODELLED = re.compile(
    r"\balong(?:side|\s+with)\b|\bjoins?\b|\bsame\s+(?:journey|day|path|route)\b"
    r"|\bonly\s+other\b|\b(?:replaced|replacing|succeeded)\b"
    r"|\bgood\s+or\s+(?:better|above)\b"
    r"|\bfirst\s+(?:\w+\s+){0,3}(?:inspection|visit|report|look)\s+(?:\S+\s+){0,6}since\b",
    re.IGNORECASE,
)
# a move "from" one grade: unmodelled only where it was read as a plain rank or count
_FROM_MOVE = re.compile(
    r"\b(?:climb\w*|rise|rose|risen|move[sd]?|moving|went|gone|go|jump\w*)\s+"
    r"(?:straight\s+|directly\s+)?from\b",
    re.IGNORECASE,
)
# "after North Yorkshire and York", "after Bromley, Barnet and Tower Hamlets": names, so case
_AFTER_LIST = re.compile(
    r"\b[Aa]fter\s+(?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*"
    r"(?:,\s+(?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*)*,?\s+and\s+[A-Z][\w'&-]*"
    r"(?:\s+[A-Z][\w'&-]*)*"
)
_ALONG_LIST = re.compile(
    r"\b(?:[Aa]long(?:side|\s+with))\s+((?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*"
    r"(?:,\s+(?:[A-Z][\w'&-]*\s+)*[A-Z][\w'&-]*)*(?:,?\s+and\s+[A-Z][\w'&-]*"
    r"(?:\s+[A-Z][\w'&-]*)*)?)"
)
_SUB_REGION = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+((?:[A-Z][\w'&-]*\s+){1,3})"
    r"(?:councils|authorities|boroughs|local\s+authorities)\b"
)


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


# where a rank or count's clause begins or ends in the words beside it: ", and" / ", but" / ";"
_CLAUSE_CUT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\b|;")


def _soften(c: Claim, words: str, how: str) -> None:
    """A contradicted rank or count that turned on `words` ilacs does not `how` ('read',
    'model') is not_in_record, its reading kept in the explanation."""
    c.verdict = N
    c.explanation = (
        f"ilacs does not {how} '{words}' in a rank or count; as it reads it: {c.explanation}"
    )


def _soften_unread(c: Claim) -> None:
    """A contradicted rank or count whose clause holds words ilacs does not read is
    not_in_record: the group or test it counts is one ilacs did not form."""
    if c.type not in (Kind.RANK, Kind.COUNT) or c.verdict != C:
        return
    if c.facts.get("members") or c.facts.get("of_those"):
        return  # ("The other five are A, B, ...", "most of those were awarded under ...": read whole)
    text = c.text
    phrase = str(c.facts.get("phrase") or "")
    if phrase and phrase.lower() not in text.lower():
        # "BANES is the second South West council in two days to be rated good, after
        # Gloucestershire on Monday": a span holding only the list after the place; the words
        # of the place's clause before it are the rank's too
        before = _CLAUSE_CUT.split(c.facts.get("before") or "")
        text = f"{before[-1]} {text}"
    unread = list(dict.fromkeys(_unread_words(text)))
    if c.facts.get("test_before"):
        # "rating leaders as outstanding - the second to achieve that": the test was read
        unread = [w for w in unread if w != "that_test"]
    if c.facts.get("both_read"):
        unread = [w for w in unread if w != "both"]
    if c.facts.get("named"):
        # "Of the 47, 38 - including Southend - have been rated good": the names read
        unread = [w for w in unread if w not in ("including", "-")]
    streak = re.search(r"\bin\s+a\s+row\b|\brunning\b|\bconsecutive\b", c.text, re.I)
    if streak and not c.facts.get("streak"):
        unread.append(streak.group(0))  # a run of grades ilacs counted as no run
    if unread:
        _soften(c, " ".join(unread[:4]), "read")


def _soften_unmodelled(c: Claim) -> None:
    """A rank or count that failed on a clause ilacs cannot fully read is not_in_record."""
    if c.verdict != C or c.facts.get("others_read"):
        return  # (a list of the councils before it, read whole: no feature left unread)
    # the clause around the claim: back to, and on to, the next ", and" / ", but" / ";"
    before = _CLAUSE_CUT.split(c.facts.get("before") or "")[-1]
    if re.match(r"\s*(?:and|but|while|whereas)\b", c.text, re.I):
        before = ""  # "..., alongside Hartlepool, and one of 37 across England": a new clause
    after = _CLAUSE_CUT.split(c.facts.get("after") or "")[0]
    clause = f"{before} {c.text}{after}"
    # a place ("the fifth", "only the third"), not "one of four": the others it lists are all
    # those before it
    phrase = str(c.facts.get("phrase") or "")
    number = c.number if c.number is not None else c.facts.get("n")
    if c.type != Kind.RANK or re.search(r"\bone\s+of\b", phrase or c.text, re.I):
        number = None
    named = len(c.facts.get("others") or [])
    feature = _unmodelled(c.text, number, named) or _unmodelled(clause, number, named)
    if feature is None and not (c.facts.get("from_to") or c.facts.get("off")):
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
_SHORT_PERIOD = re.compile(r"\b(?:this|that|the same)\s+(?:month|week|fortnight)\b", re.I)


def _ranks_short_period(c: Claim) -> bool:
    """Whether the words after a rank's place name a month or a week it is counted within."""
    phrase = str(c.facts.get("phrase") or "").lower()
    at = c.text.lower().find(phrase) if phrase else -1
    return bool(_SHORT_PERIOD.search(c.text[max(at, 0) :]))


def _check_rank(c: Claim, view: RecordView, as_of: date) -> None:
    """'only the third', 'the first in the region', 'the only outstanding authority in the
    region', 'one of two': each plausible reading (overall or every judgement; order of
    publication or of inspection) is computed, and the explanation says which hold."""
    from ilacs.analyse import firsts, snapshot

    record = view.source
    if record is None or not hasattr(record, "docs") or not c.urns:
        return
    urn = c.urns[0]
    if _ONLY_REGION.search(c.text):
        _check_only_region(c, view, as_of, urn)
        return
    if c.facts.get("first_time"):
        _check_first_time(c, view, as_of, urn)
        return
    if c.facts.get("from_to") or c.facts.get("off"):
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
    if c.facts.get("published_only") and (c.number is not None or c.facts.get("one_of_first")):
        _check_publication_rank(c, view, as_of, urn, fw, region)
        return
    if c.facts.get("streak") and (c.number is not None or c.facts.get("n")):
        _check_streak_rank(c, view, as_of, urn, grade)
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
                    elif mode in _AREAS:
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
                if c.facts.get("this_year") and mode != "any judgement":
                    # "the fifth council in the North West to be rated good this year": the
                    # year's reports that gave it, a council's first of them (not only the
                    # councils that gave it for the first time ever)
                    rows = _year_firsts(record, grade, mode, fw, order, as_of.year)
                    rows = [r for r in rows if r.published <= as_of + timedelta(days=3)]
                if region:
                    rows = [r for r in rows if r.region == region]
                day_of = (
                    (lambda r: r.published)
                    if order == "published"
                    else (lambda r: r.inspection_end or r.published)
                )
                place = _place(rows, urn, day_of)
                pos = place[0] if place else None
                if place and c.number is not None and place[0] <= c.number <= place[1]:
                    pos = c.number  # councils on the same day share the places

                what = {"overall": "overall effectiveness", "every": "every judgement"}.get(
                    mode, mode
                )
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
        hold = [
            x for x in hold if _others_hold(c, [(r.urn, r.published) for r in x[2][: x[1] - 1]])
        ]
        holders = _current_holders(c, view, as_of, grade, region) if not hold else None
        if holders is not None:
            held = ", ".join(holders[0])
            c.evidence.append(Evidence(None, None, f"holding {grade}{where} on {as_of}: {held}"))
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
    if n is None:
        return
    wanted = {"requires_improvement", "inadequate"} if c.facts.get("below_good") else {grade}
    if not grades and not c.facts.get("below_good"):
        # "one of only 11 councils to have been given a rating under the new regime": no grade
        # named, so no count of a grade to hold it to
        said = [T.grade_of(x.group(1)) for x in T.GRADE_RE.finditer(c.text)]
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
    if members is not None:
        where = f" in {group_name}"
    counts: list[tuple[str, list[str], bool]] = []
    days = [as_of]
    if current is not None and current.published and current.published < as_of:
        days.append(current.published)  # the day its report came out
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
                    if ok:
                        names.append(st.name)
                        member = member or st.urn == urn
                what = "every judgement" if every else "overall effectiveness"
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
                if every and said_overall:
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
                what = "every judgement" if every else "overall effectiveness"
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
                    if graded_only and not (
                        d.grades.get("overall") in wanted
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
    if held_by:
        c.verdict, c.explanation = S, f"{n} {what_grade}{where} by {', '.join(held_by)} ({lines})."
    elif (
        n == 1
        and region
        and current is not None
        and as_of >= date(2018, 3, 1)
        and not any(member for _, _, member in counts)
        and any(len(v) == 1 for _, v, _ in counts)
        and re.search(r"\b(?:still|currently|now)\s+(?:rated|judged|graded)\b", c.text, re.I)
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


_BOTH_AREAS = re.compile(r"\bboth\s+[^.;,]{3,60}?\s+and\s+[^.;,]{3,40}", re.IGNORECASE)


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


def _streak_firsts(view: RecordView, grade: str, k: int, as_of: date) -> list[Any]:
    """Councils in the order their k-th overall grade in a row of `grade` came out (full
    inspections under SIF and ILACS, published by the day)."""
    got: list[Any] = []
    for urn in {d.urn for d in view.docs if d.kind == "inspection"}:
        run = 0
        for d in _inspections(view, urn):
            if d.framework == "pre_sif" or not d.published or d.published > as_of + timedelta(3):
                continue
            g = d.grades.get("overall")
            if g is None:
                continue
            run = run + 1 if g == grade else 0
            if run == k:
                got.append(d)
                break
    return sorted(got, key=lambda d: (d.published, d.path))


def _check_streak_rank(c: Claim, view: RecordView, as_of: date, urn: int, grade: str) -> None:
    """'only the third council to be rated outstanding three times in a row': councils in the
    order they reached so many overall grades running."""
    k = c.facts["streak"]
    rows = _streak_firsts(view, grade, k, as_of)
    region = c.region or (_region_of(urn) if c.facts.get("in_region") else None)
    if region:
        # "the second council in the North West to ...": the region's councils
        rows = [d for d in rows if _region_of(d.urn) == region]
    place = _place(rows, urn, lambda d: d.published)
    names = ", ".join(f"{d.la_name} ({d.published})" for d in rows[:12]) or "none"
    what = f"{_grade_words(grade)} overall {k} times in a row"
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
    if place is None:
        c.verdict = N
        c.explanation = f"ilacs does not hold this council {what} by then."
    elif place[0] <= want <= place[1]:
        c.verdict, c.explanation = S, f"It is number {want} {what}: {names}."
    else:
        c.verdict = C
        c.explanation = f"It is number {place[0]}, not {want}, {what}: {names}."


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
    if current is None:
        c.verdict, c.explanation = N, "ilacs holds no graded inspection of this council by then."
        return
    grade, since = c.facts["grades"][0], c.facts.get("since")
    area = c.facts.get("area") or "overall"

    def has(d: Any) -> bool:
        if c.facts.get("off"):
            return d.grades.get(area) not in (None, grade)
        if c.facts.get("every"):
            return all(d.grades.get(a) == grade for a in _key_areas(d))
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
    if earlier:
        c.verdict = C
        c.explanation = f"Not the first time: the {_label(earlier[0])} was {what} too."
    else:
        c.verdict = S
        c.explanation = (
            f"The {_label(current)} is {what}, and no earlier report of it"
            f"{f' since {since}' if since else ''} was: "
            + "; ".join(f"{d.published}: {_grade_words(d.grades.get('overall'))}" for d in insp)
            + "."
        )


def _others_hold(c: Claim, before: list[tuple[int, date | None]]) -> bool:
    """Whether the councils a rank claim names as coming before it ('after Herefordshire and
    Solihull in January') do so in the record, in the month it names."""
    others = c.facts.get("others") or []
    when = c.facts.get("others_when")
    days = dict(before)
    for u in others:
        if u not in days:
            return False
        day = days[u]
        if when and day and not (date.fromisoformat(when[0]) <= day <= date.fromisoformat(when[1])):
            return False
    return True


def _moves(
    view: RecordView,
    old: str,
    new: str | None,
    by: date,
    fw: str,
    region: str | None = None,
    this_year: int | None = None,
    worse: bool = False,
) -> list[tuple[Any, ...]]:
    """Each council's first move of its overall grade from `old` to `new` (to any better grade
    when `new` is None, any worse one when `worse`) between consecutive graded inspections, in
    a report published by `by` under `fw` ('any': any framework): (published, last day on site,
    urn, report)."""
    from ilacs.analyse.record import framework_matches

    def moved(after: str | None) -> bool:
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
        for a, b in zip(insp, insp[1:], strict=False):
            if a.grades.get("overall") == old and moved(b.grades.get("overall")):
                if (
                    b.published
                    and b.published <= by
                    and (fw == "any" or framework_matches(b.framework, fw))
                    and (this_year is None or b.published.year == this_year)
                ):
                    moves.append((b.published, b.inspection_end or b.published, u, b))
                    break
    return moves


# "to lose an outstanding rating", "no longer rated good": off a grade to a worse one
_LOST = re.compile(r"\b(?:los(?:e|es|ing|t)|no\s+longer|drop(?:s|ped|ping)?)\b", re.IGNORECASE)


def _check_transition_rank(c: Claim, view: RecordView, as_of: date, urn: int) -> None:
    """'only the third to go from requires improvement to outstanding': councils in the order
    their overall grade first made that move (by publication, then by last day on site)."""

    grades = [g for g in c.facts.get("grades", []) if g]
    if c.number is None and not c.facts.get("one_of_first") and not c.facts.get("n"):
        return
    off = c.facts.get("off")
    worse = False
    if off:
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
    moves = _moves(
        view,
        old,
        new,
        as_of + timedelta(days=3),
        fw,
        region=region,
        this_year=as_of.year if c.facts.get("this_year") else None,
        worse=worse,
    )
    better = "a worse grade" if worse else "a better grade"
    if c.number is None and not c.facts.get("one_of_first"):
        # "one of only five councils to have done so": how many made the move by the day
        _check_transition_count(c, moves, urn, old, new, better)
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
        c.explanation = f"ilacs holds no move of this council from {_grade_words(old)} to {_grade_words(new) if new else better} by then."
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
            f"overall {_grade_words(old)} -> {_grade_words(new) if new else better[2:]} by {as_of}"
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
    c.verdict, c.explanation = C, f"No order gives that place (positions: {lines})."
    others = c.facts.get("others") or []
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
    if not ours:
        c.verdict = N
        c.explanation = f"ilacs holds no move of this council from {move} by then."
    else:
        _settle_tally(
            c,
            len(moves),
            n,
            f"{n} councils moved from {move}: {names}.",
            f"ilacs finds {len(moves)} such moves (it may lack one), not {n}: {names}.",
            f"{len(moves)} councils moved from {move} by then, not {n}: {names}.",
        )


_LOOSE_NUMBER = re.compile(
    rf"\b(?:about|around|nearly|almost|more than|over|some|roughly|approximately|fewer than|"
    rf"less than|under|at least|up to|close to|getting on for|an estimated|a dozen|dozens)\s+"
    rf"(?:\d+|{T.NUMBER})\b|\ba dozen\b|\bdozens\b",
    re.IGNORECASE,
)


_LIST_JOIN = re.compile(r"\s*(?:,\s*and|,|and|&)\s*", re.IGNORECASE)
# a relative clause after a name in the list ('Northumberland, which was rated good in 2020,
# and Telford & Wrekin'): it runs to the join before the next name
_LIST_RELATIVE = re.compile(r"\s*,?\s*\(?(?:which|who|whose|where)\b[^()]*?\)?", re.IGNORECASE)


def _list_after(c: Claim) -> str | None:
    """The words after a count's colon or dash, to the end of the sentence ('Three councils
    received the top grade: A, B and C' -> 'A, B and C')."""
    m = re.match(r"\s*[:–—-]\s*([^.;]+)", str(c.facts.get("after") or ""))
    return m.group(1) if m else None


def _listed_councils(c: Claim) -> list[int] | None:
    """The councils a count names right after it ('Three councils received the top grade:
    Leicestershire, Northumberland and Telford & Wrekin'), when the list is of councils only,
    each name perhaps with a relative clause of its own ('Northumberland, which was rated good
    in 2020, and Telford & Wrekin, which held on to its rating'); a name inside such a clause
    makes the list unread."""
    words = _list_after(c)
    if words is None:
        return None
    found = sorted(T.councils(words), key=lambda x: x.start)
    if not found:
        return None
    pos = 0
    for i, x in enumerate(found):
        gap = words[pos : x.start]
        if i == 0:
            if gap.strip():
                return None
        elif not re.fullmatch(
            rf"(?:{_LIST_RELATIVE.pattern})?{_LIST_JOIN.pattern}", gap, re.IGNORECASE
        ):
            return None
        pos = x.end
    if not re.fullmatch(rf"(?:{_LIST_RELATIVE.pattern})?\s*", words[pos:], re.IGNORECASE):
        return None
    return list(dict.fromkeys(x.la.urn for x in found if x.la.urn))


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
        (held if cur.grades.get("overall") == grade else lacked).append(cur)
    words = _grade_words(grade)
    c.evidence = [
        _evidence(d, f"overall effectiveness: {d.grades.get('overall')}") for d in held + lacked
    ]
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
    else:
        c.verdict = S
        c.explanation = (
            f"Each of the {n} councils it lists is rated {words}: "
            + "; ".join(_label(d) for d in held)
            + "."
        )


# words that count councils by every judgement, not the overall one
_EVERY_SAID = re.compile(
    r"\b(?:every|each|all|both)\b[^.;]{0,30}\b(?:areas?|judge?ments?|categor\w+|grades|ratings|"
    r"services|aspects|parts|headings)\b|\bacross the board\b|\bclean sweep\b|\bin every\b"
    r"|\bthroughout\b|\bwithout exception\b",
    re.IGNORECASE,
)


def _check_national_count(c: Claim, view: RecordView, as_of: date) -> None:
    """A count among all councils (or a region's): each plausible reading, and a contradiction
    only when none is within one of the article's number (ilacs may lack an abolished council)."""
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

    def compute(wanted: set[str]) -> list[tuple[str, int, int, list[str]]]:
        readings = []
        for family in dict.fromkeys(families):
            for rule in ("published", "ofsted"):
                try:
                    snap = snapshot(record, as_of, rule=rule, framework=family)
                except IlacsError:
                    continue
                graded = [
                    s
                    for s in snap.las
                    if s.status == "graded"
                    and (not c.region or (s.region == c.region) != bool(c.facts.get("outside")))
                ]
                for every in (False, True):
                    hits = []
                    for st in graded:
                        d = view_doc(view, st.path)
                        if d is None:
                            continue
                        if every:
                            ok = all(d.grades.get(a) in wanted for a in _key_areas(d))
                        else:
                            ok = d.grades.get("overall") in wanted
                        if ok:
                            hits.append(st.name)
                    what = f"{'every judgement' if every else 'overall'}, {family} reports, {rule} rule"
                    readings.append((what, len(hits), len(graded), hits))
        return readings

    readings = compute(wanted)
    if not readings:
        return
    where = f" {'outside' if c.facts.get('outside') else 'in'} {c.region}" if c.region else ""
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
    hold = [x for x in plain if x[1] == n and (total is None or x[2] == total)]
    # with the total named and matched, the record holds every council counted: no slack;
    # "takes the number of councils rated inadequate to 19": a tally on the day, slack of one
    # a plain number on a day since every council has had a graded inspection ilacs holds
    # (the SIF's round ended in 2017): the record's count, give or take a day's reports
    tight = c.facts.get("tally") or (
        as_of >= date(2018, 3, 1) and not c.region and not _LOOSE_NUMBER.search(c.text)
    )
    near = [
        x
        for x in readings
        if abs(x[1] - n) <= (1 if tight else max(1, round(0.2 * n)))
        and (total is None or x[2] != total)
    ]
    # "nine are rated good, eight require improvement and six are inadequate": the other
    # counts listed, by the reading that holds the first
    for k, g, *better in c.facts.get("more") or []:
        if not hold:
            break
        # "while eight are rated good or better": good and outstanding
        theirs = {w: x for w, x, *_ in compute({g, "outstanding"} if any(better) else {g})}
        got = [theirs.get(x[0]) for x in hold]
        if k in got:
            continue
        # with the total named and matched, the record holds every council counted
        slack = 0 if total is not None else max(1, round(0.2 * k))
        if all(x is not None and abs(x - k) > slack for x in got):
            c.verdict = C
            c.explanation = (
                f"{n} by reading {hold[0][0]}, but {got[0]} {_grade_words(g)}"
                f"{' or better' if any(better) else ''}, not {k} ({lines})."
            )
        else:
            c.verdict = N
            c.explanation = f"{n} by reading {hold[0][0]}; {k} {_grade_words(g)} not found."
        return
    if hold:
        c.verdict = S
        c.explanation = f"{n} by reading {hold[0][0]} ({lines})."
    elif near or (total is not None and any(x[1] == n for x in plain)):
        c.verdict = N
        c.explanation = (
            f"Near the record's count, which may lack a council or count another day ({lines})."
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
    else:
        c.verdict = C
        c.explanation = f"No reading of the record gives {n} ({lines})."


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
    if fw == "any" and since is None:
        return
    group = c.facts["group"]
    first: dict[int, Any] = {}
    for d in view.docs:
        if (
            d.kind == "inspection"
            and framework_matches(d.framework, fw)
            and d.framework != "pre_sif"
            and d.published
            and d.published <= as_of + timedelta(days=3)
            and (since is None or d.published >= since)
        ):
            if d.urn not in first or d.published < first[d.urn].published:
                first[d.urn] = d
    docs = sorted(first.values(), key=lambda d: (d.published, d.path))
    if not group["before"]:
        # the article may count up to its own day or the day before (a report published the
        # morning it went out is not in it): the cut-off that gives the group's size
        for cut in (as_of, as_of - timedelta(days=1)):
            upto = [d for d in docs if d.published <= cut]
            if len(docs) != group["size"] and len(upto) == group["size"]:
                docs = upto
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
    if group["first"] and len(docs) != group["size"]:
        c.verdict = C if abs(len(docs) - group["size"]) > 1 else N
        c.explanation = f"ilacs holds {len(docs)} such councils, not {group['size']}."
    elif len(hits) == n and not missing:
        c.verdict, c.explanation = S, f"{n} of the {len(docs)} were {what}."
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


def _check_graded_together(c: Claim, docs: list[Any], first: date, last: date) -> None:
    """'one of two to receive the accolade today, alongside Norfolk': the reports published
    then that gave the grade (in every judgement where the sentence says so)."""
    grade, n = c.facts["grades"][0], c.facts["n"]

    def gives(d: Any) -> bool:
        got = [g for g in d.grades.values() if g]
        if c.facts.get("every"):
            return bool(got) and all(g == grade for g in got)
        if d.framework in _NO_OVERALL:
            return grade in got
        return d.grades.get("overall") == grade

    hits = [d for d in docs if gives(d)]
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
    if len(urns) == n:
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


def view_doc(view: RecordView, path: str | None) -> Any | None:
    if path is None:
        return None
    by = getattr(view, "_by_path", None)
    if by is None:
        by = {d.path: d for d in view.docs}
        view._by_path = by  # type: ignore[attr-defined]
    return by.get(path)


# --- quotes and recommendations (quotes.py finds and matches the passages) ---------------------


def make_texts(db: Path | str) -> Any:
    """The page texts checking reads (quotes.ReportTexts: read from the store when first
    asked for, with a word index per report)."""
    from ilacs.claims.quotes import ReportTexts

    return ReportTexts(db)


_COUNT_CONTRAST = re.compile(
    r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|while|whereas)\s", re.I
)


def passage_claims(
    article: str,
    urns_at: Any,
    record: RecordView,
    texts: Any,
    as_of: date,
    main: int | None = None,
) -> list[Claim]:
    """Quotations attributed to the inspectors or the report, and what Ofsted said must improve,
    each found (or not) in the council's reports by quotes.py. A quotation not in the reports
    of the council its sentence is taken to be about (the last one named: 'after North
    Yorkshire earlier this month') is looked for in those of `main`, the council the article
    is about."""
    try:
        from ilacs.claims import quotes
    except ImportError:
        log.info("ilacs.claims.quotes is not there: quotations are not checked")
        return []
    out = []
    unsure: list[tuple[int, int]] = []  # sentences of quotations not found as they are
    sure: list[tuple[int, int]] = []  # ... and of quotations found
    for span in quotes.find_quotes(article):
        urns = urns_at(span.start)
        words = article[span.start : span.end]
        ctx = article[span.context[0] : span.context[1]] if getattr(span, "context", None) else None
        verdict, explanation, evidence = quotes.check_quote(
            words, span, urns, as_of, record, texts, context=ctx
        )
        elsewhere = Verdict(verdict) == S and explanation.startswith(
            "Not in the reports of the council named"
        )
        if (Verdict(verdict) in (N, C) or elsewhere) and main is not None and main not in urns:
            # not there, or there with words changed, in the reports of the council named
            # last: in those of the council the article is about word for word, they are its
            # ('North Northamptonshire ..., alongside neighbouring West Northamptonshire')
            again = quotes.check_quote(words, span, [main], as_of, record, texts, context=ctx)
            if Verdict(again[0]) == S or (Verdict(verdict) == N and Verdict(again[0]) != N):
                urns = [main]
                verdict, explanation, evidence = again
        q_start = span.start
        if (
            ctx
            and len(re.findall(r"\w+", words)) <= (4 if Verdict(verdict) == C else 2)
            # (a word or two that holds: what the clause says it is, 'described the work as
            # “excellent”', not a term of the report's, 'a focused visit to the "front door"')
            and (
                Verdict(verdict) == C
                or re.search(
                    r"\b(?:as|is|are|was|were|be|been|being|remains?|remained|had|has|have|"
                    r"called|described)\s*$",
                    article[span.context[0] : span.start],
                    re.IGNORECASE,
                )
            )
        ):
            # 'Care leavers' experiences had "slightly declined"': a word or two changed in
            # the report's sentence, the clause that says of what is the claim (and of a word
            # or two quoted, whatever the verdict: 'They described child protection work as
            # “excellent”')
            s0 = span.context[0]
            lead_in = article[s0 : span.start]
            cut = max(
                lead_in.rfind(","), lead_in.rfind(";"), lead_in.rfind(":"), lead_in.rfind("\u201d")
            )
            clause = lead_in[cut + 1 :] if cut >= 0 else lead_in
            # ('... a highly committed ‘corporate parent’ of children looked after and described
            # the improvements as ‘palpable’': the saying joined on is the clause)
            joined = list(quotes._NEW_SAYING.finditer(clause))
            if joined:
                clause = clause[joined[-1].start() :].split(None, 1)[1]
            if (
                clause.strip()
                and len(clause) <= 80
                and not re.search(r"[\"“”\d]", clause)
                # (no grade or date of its own in it, which is a claim of its own)
                and not re.search(
                    r"\b(?:good|outstanding|inadequate|requires?|improvement|rated|judged|"
                    r"graded|in\s+[A-Z][a-z]+)\b",
                    clause,
                )
            ):
                q_start = span.start - len(clause.lstrip())
        c = Claim(q_start, span.end, article[q_start : span.end], Kind.QUOTE, list(urns))
        c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
        out.append(c)
        if c.verdict != S and getattr(span, "context", None):
            unsure.append(span.context)
        elif getattr(span, "context", None):
            sure.append(span.context)
    finder = getattr(quotes, "find_recommendations", None)
    checker = getattr(quotes, "check_recommendation", None)
    if finder and checker:
        quoted = [(c.start, c.end) for c in out]
        for span in finder(article):
            # "the two recommendations" inside a quotation of the report: the quotation's claim
            if any(a <= span.start and span.end <= b for a, b in quoted):
                continue
            urns = list(urns_at(span.start))
            if span.count is not None and _COUNT_CONTRAST.match(article, span.end):
                # 'It received eight recommendations, against five for Wirral': the council
                # named after the contrast has the other count; 'It' is the one before
                head = max(article.rfind(". ", 0, span.start), article.rfind("\n", 0, span.start))
                own = article[head + 1 : span.start].split()[1:]
                if head > 0 and not any(w[:1].isupper() for w in own):
                    urns = list(urns_at(head - 1))
            words = article[span.start : span.end]
            verdict, explanation, evidence = _rec_of_main(
                words, span, urns, as_of, record, texts, main
            )
            if (
                span.count is not None
                and Verdict(verdict) == C
                and _earlier_or_unmet(article[span.end : span.end + 160])
            ):
                verdict, explanation, evidence = N, _EARLIER_OR_UNMET, []
            if getattr(span, "lines", ()):
                out.extend(
                    _rec_lines(
                        article,
                        span,
                        urns,
                        as_of,
                        record,
                        texts,
                        main,
                        Verdict(verdict),
                        explanation,
                    )
                )
                continue
            if (
                Verdict(verdict) == N
                and span.count is None
                and any(a <= span.start and span.end <= b for a, b in sure)
            ):
                # 'Areas flagged for improvement in 2022, including X and Y, had "been
                # responded to ..."': the things named are the subject of a quotation the
                # report prints, which speaks for the sentence
                continue
            c = Claim(span.start, span.end, words, Kind.RECOMMENDATION, list(urns))
            c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
            out.append(c)
    p_finder = getattr(quotes, "find_paraphrases", None)
    p_checker = getattr(quotes, "check_paraphrase", None)
    if p_finder and p_checker:
        for span in p_finder(article):
            overlapping = [o for o in out if o.start < span.end and span.start < o.end]
            # a recommendation claim ilacs cannot settle that runs on into a finding ('While no
            # formal recommendations were made, inspectors noted that leaders understand ...')
            # gives the finding its words, if the report says it
            before = [
                o
                for o in overlapping
                if o.type == Kind.RECOMMENDATION and o.verdict == N and o.start < span.start
            ]
            if len(before) < len(overlapping):
                continue
            # the words beside a quotation that is not the report's are no finding of it
            if any(a <= span.start and span.end <= b for a, b in unsure):
                continue
            urns = urns_at(span.start)
            words = article[span.start : span.end]
            got = p_checker(words, span, urns, as_of, record, texts)
            if got is None:
                continue  # not found in nearly the same words: left alone
            verdict, explanation, evidence = got
            for o in before:
                o.end = o.start + len(article[o.start : span.start].rstrip(" ,;:"))
                o.text = article[o.start : o.end]
            c = Claim(span.start, span.end, words, Kind.OTHER, list(urns))
            c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
            out.append(c)
    return out


# --- the whole check ----------------------------------------------------------------------------


def _check_visit_days(c: Claim, record: RecordView, as_of: date) -> None:
    """'after a two-day visit': the days on site of the council's latest letter, published in
    the four months before the article (none such: not in the record)."""
    if not c.urns:
        return
    kind = (c.visit_kind or "").lower()
    letters = [
        (p, d)
        for d in _letters(record, c.urns[0])
        if (p := _published(d)) is not None
        and as_of - timedelta(days=120) <= p <= as_of + timedelta(days=3)
        and d.inspection_start
        and d.inspection_end
        and (not kind or kind.split()[0] in d.kind)
    ]
    if not letters:
        c.verdict, c.explanation = N, "ilacs holds no recent letter of this council to compare."
        return
    _, d = max(letters, key=lambda x: x[0])
    days = sum(
        (d.inspection_start + timedelta(days=i)).weekday() < 5
        for i in range((d.inspection_end - d.inspection_start).days + 1)
    )
    c.evidence = [_evidence(d, f"visit {d.inspection_start} to {d.inspection_end}")]
    want = c.facts["visit_days"]
    c.verdict = S if days == want else C
    c.explanation = (
        f"The {_label(d)} was a visit on {d.inspection_start} to {d.inspection_end} "
        f"({days} day{'s' if days != 1 else ''} on site)."
    )


def _check_length(c: Claim, record: RecordView, as_of: date) -> None:
    """'a one-week short inspection': the latest inspection's days on site and its kind
    (ILACS short inspections last one week on site, standard ones two)."""
    if not c.urns:
        return
    cur = _current(_inspections(record, c.urns[0]), as_of)
    if cur is None or not (cur.inspection_start and cur.inspection_end):
        return
    want = c.facts["length"]
    days = (cur.inspection_end - cur.inspection_start).days + 1
    kind = getattr(cur, "inspection_type", None)
    c.evidence = [
        _evidence(
            cur,
            f"Inspection dates: {cur.inspection_start} to {cur.inspection_end}"
            + (f"; a {kind} inspection" if kind else ""),
        )
    ]
    said = []
    ok = True
    if want["weeks"]:
        said.append(f"{want['weeks']} week(s)")
        # on site Monday to Friday of each week: 5, 12, 19 days
        ok &= abs(days - (7 * want["weeks"] - 2)) <= 3
    if want["kind"]:
        said.append(f"a {want['kind']} inspection")
        if kind is None:
            c.verdict, c.explanation = N, "ilacs does not record the kind of this inspection."
            return
        ok &= kind == want["kind"]
    c.verdict = S if ok else C
    c.explanation = (
        f"The {_label(cur)} was on site {cur.inspection_start} to {cur.inspection_end} ({days} days)"
        + (f", a {kind} inspection" if kind else "")
        + ("." if ok else f": not {' and '.join(said)}.")
    )


def _check_framework_date(c: Claim, view: RecordView, as_of: date) -> None:
    """'the current framework, which was introduced in January 2023': the month its first
    inspection began. Contradicted only for another year when the words name the framework
    (by name, or as the current one on the day); a framework known only by the year said is
    not held to it."""
    from ilacs.analyse.record import framework_matches

    if not c.dates:
        return
    said, precision = c.dates[0]
    words = str(c.facts.get("fw_came_in") or "").lower()
    named = re.search(r"\b(?:sif|single inspection|ilacs\s*(?:2018|2023|2026))\b", words)
    fw: str | None = None
    if named:
        fw = _framework_of(replace(c, framework=named.group(0), facts={}), None, as_of, view)
    elif re.search(r"\b(?:new|latest|current|revised|updated|tougher)\b", words):
        fw = _framework_at(view, as_of)
    starts: dict[str, date] = {}
    for d in view.docs:
        if d.kind == "inspection" and d.framework and d.inspection_start:
            for f in ("sif", "ilacs2018", "ilacs2023", "ilacs2026"):
                if framework_matches(d.framework, f):
                    if f not in starts or d.inspection_start < starts[f]:
                        starts[f] = d.inspection_start
    candidates = [fw] if fw else list(starts)

    def fits(first: date) -> bool:
        if precision == "year":
            return said.year == first.year
        prev = first.replace(day=1) - timedelta(days=1)
        # in force from its first inspection's month, or the month before
        return (said.year, said.month) in {(first.year, first.month), (prev.year, prev.month)}

    ok = [f for f in candidates if f in starts and fits(starts[f])]
    if ok:
        f = ok[0]
        c.verdict = S
        c.explanation = f"The first {f} inspection began on {starts[f]}."
        c.evidence = [Evidence(None, None, f"first {f} inspection on site from {starts[f]}")]
    elif fw and fw in starts and said.year != starts[fw].year:
        c.verdict = C
        c.explanation = f"The first {fw} inspection began on {starts[fw]}, not in {said.year}."
        c.evidence = [Evidence(None, None, f"first {fw} inspection on site from {starts[fw]}")]
    else:
        c.verdict = N
        c.explanation = "ilacs cannot tell which framework's start this is, or it differs a little."


def _check_one(c: Claim, record: RecordView, texts: ReportTexts, as_of: date) -> None:
    """Give one claim its verdict, explanation and evidence, by its kind."""
    if c.type in (Kind.GRADE, Kind.TREND) and c.facts.get("grades"):
        _check_grades(c, record, as_of)
    elif c.type == Kind.VISIT and (c.facts.get("theme") or c.facts.get("ungraded")):
        _check_visit_theme(c, record, as_of, texts)
    elif c.facts.get("length"):
        _check_length(c, record, as_of)
    elif c.facts.get("visit_days"):
        _check_visit_days(c, record, as_of)
    elif c.facts.get("birth"):
        _check_birth(c, record, texts)
    elif c.facts.get("fw_came_in"):
        _check_framework_date(c, record, as_of)
    elif c.type in (Kind.DATE, Kind.VISIT):
        _check_dates(c, record, as_of, texts)
    elif c.type == Kind.INSPECTOR:
        _check_inspector(c, record, as_of, texts)
    elif c.type == Kind.TREND and "every_area_cmp" in c.facts:
        _check_every_area_cmp(c, record, as_of)
    elif c.type == Kind.TREND and c.facts.get("marked_down"):
        _check_marked_down(c, record, as_of)
    elif c.type == Kind.TREND and (c.facts.get("jump") or "direction" in c.facts):
        _check_jump(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("all_las"):
        _check_all_las(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("group"):
        _check_group_count(c, record, as_of)
        _soften_unmodelled(c)
    elif c.type == Kind.COUNT and c.facts.get("published_on"):
        _check_published_together(c, record, as_of)
    elif c.type == Kind.COUNT and "share" in c.facts:
        _check_national_share(c, record, as_of)
    elif (
        c.type == Kind.COUNT
        and c.facts.get("national")
        and c.facts.get("grades")
        and not c.facts.get("total")
        and (listed := _listed_councils(c))
    ):
        _check_listed_count(c, record, as_of, listed)
    elif c.type == Kind.COUNT and c.facts.get("of_those"):
        _check_of_those(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("national"):
        _check_national_count(c, record, as_of)
    elif c.type == Kind.RANK and c.facts.get("no_recs"):
        _check_no_recs_rank(c, record, as_of)
    elif c.type in (Kind.RANK, Kind.COUNT):
        _check_rank(c, record, as_of)
        _soften_unmodelled(c)
    elif c.type == Kind.RECOMMENDATION and c.facts.get("what") == "count":
        _check_rec_count(c, record, as_of, texts)
    elif c.type == Kind.OTHER and c.facts.get("outside"):
        c.verdict = N
        c.explanation = (
            f"Ofsted's inspection record does not hold this ({c.facts['outside']!r}: "
            "directions, commissioners, appointments and money are not in it)."
        )
    _soften_unread(c)
    if c.facts.get("duration"):
        _check_duration(c, record, as_of, texts)


# the days inspectors were there, which a paraphrase's words do not weigh
_INSPECTORS_WERE = re.compile(
    r"\b(?:spent|visited|were (?:in|at|on site)|was carried out|took place|on site)\b", re.I
)


def _gone_by_then(c: Claim, record: RecordView) -> bool:
    """The claim's council was abolished before every date the claim gives, and ilacs holds
    none of its documents."""
    if not c.urns or record.by_urn.get(c.urns[0]):
        return False
    try:
        la = register.by_urn(c.urns[0])
    except NotFound:
        return False
    days = [d for d, _ in c.dates] + [w.first for w in c.facts.get("whens") or []]
    return la.end is not None and bool(days) and all(d > la.end for d in days)


def check(claims: list[Claim], record: RecordView, texts: ReportTexts, as_of: date) -> list[Claim]:
    """Give each claim a verdict, explanation and evidence; drop those that are not claims about
    the record after all (an unattributed quotation not found in any report)."""
    for c in claims:
        _check_one(c, record, texts, as_of)
        alt = c.facts.get("alt_urns")
        if c.verdict in (C, N) and alt and alt != c.urns:
            # a clause that names no council was taken to be about one named before it; if it
            # holds of the council the article is about, that is the reading meant
            other = replace(
                c, urns=list(alt), verdict=None, explanation=None, evidence=[], facts=dict(c.facts)
            )
            _check_one(other, record, texts, as_of)
            if other.verdict == S or (
                other.verdict == C and c.verdict == N and _gone_by_then(c, record)
            ):
                # (or, contradicted, when the council taken had been abolished before the
                # dates the clause gives and ilacs holds none of its reports: "the council ...
                # at its first inspection in October 2021" is not the county abolished in April)
                c.urns, c.verdict, c.explanation, c.evidence = (
                    other.urns,
                    other.verdict,
                    other.explanation,
                    other.evidence,
                )
    claims = [c for c in claims if c.verdict is not None]
    claims = _within_ranks(claims)
    # a clause that holds a contradicted fact is contradicted too (a grade claim around
    # "a follow-up inspection in 2017")
    # (and a grade or trend claim that holds a contradicted date of an inspection: "improved to
    # requires improvement at its last inspection, published in January 2022")
    for c in claims:
        inner = [
            x
            for x in claims
            if x is not c
            and x.verdict == C
            and c.start <= x.start
            and x.end <= c.end
            and (
                c.verdict == N
                or (
                    c.verdict == S
                    and (
                        (
                            x.type == Kind.INSPECTOR
                            or (x.type == Kind.DATE and not _weighed_by_grade(c, x, record))
                        )
                        # "rated good, meaning it has jumped three grades since ...": the
                        # grades hold, the size of the move does not
                        or (
                            x.type == Kind.TREND
                            # (or its direction: "rated requires improvement, a better rating
                            # than they were given in 2022")
                            and (x.facts.get("jump") or "direction" in x.facts)
                            # of the inspection the grades are checked against, not of a
                            # later one ("first achieved in 2018, jumping two grades")
                            and bool(x.evidence)
                            and x.evidence[-1].path in {e.path for e in c.evidence}
                        )
                    )
                    and c.type in (Kind.GRADE, Kind.TREND)
                )
                or (
                    # "The report, published yesterday, sees Manchester climb two grades from
                    # ...": a date that holds, in a clause most of which is a grade that does not
                    c.verdict == S
                    and c.type == Kind.DATE
                    and x.type in (Kind.GRADE, Kind.TREND)
                    and x.end - x.start >= 0.6 * (c.end - c.start)
                )
                # "carried out a remote focused visit on November 20, speaking to ...": the
                # words of the visit are in its letter, its day is not
                or (
                    c.verdict == S
                    and c.type == Kind.VISIT
                    and "theme" in c.facts
                    and x.type in (Kind.DATE, Kind.VISIT)
                    and x.facts.get("whens")
                )
            )
        ]
        if inner:
            c.verdict, c.explanation, c.evidence = C, inner[0].explanation, inner[0].evidence
    return claims


def _weighed_by_grade(c: Claim, x: Claim, record: RecordView) -> bool:
    """Whether grade claim `c`, which holds, already held the date of the date claim `x` inside
    it: the date is a grade's own ("judged inadequate in November 2015 and requires improvement
    in August 2018", "Westmorland and Furness was also rated good when its report was
    published in July"), not an inspection's visit, and a report the grade was held against
    was published then; the date claim's other reading (the visit, another council's report)
    cannot overrule it."""
    if c.type not in (Kind.GRADE, Kind.TREND) or not x.facts.get("whens"):
        return False
    if re.search(
        r"\b(?:inspection|inspected|visit(?:s|ed)?|on site|came in|went in)\b", x.text, re.I
    ):
        return False  # "following an inspection in May and June": the visit's time
    mine = {(w.start, w.end) for it in c.facts.get("grades") or [] for w in it.get("whens", [])}
    if not all((w.start, w.end) in mine for w in x.facts["whens"]):
        return False
    docs = [d for e in c.evidence if (d := view_doc(record, e.path)) is not None]
    return all(
        any(d.published and w.first <= d.published <= w.last for d in docs)
        for w in x.facts["whens"]
    )


_FRAMEWORK_WORDS = re.compile(
    r"framework|regime|system|arrangements|inspects|SIF|ILACS", re.IGNORECASE
)


def _within_ranks(claims: list[Claim]) -> list[Claim]:
    """A rank or count among councils that holds speaks for the grade words inside it ('one of
    13 councils rated inadequate' is no grade of 13 councils, 'the eighth to be judged
    inadequate' is checked by its place) and for the year a framework came in ('since the
    framework was updated in 2023' is no inspection of the council in 2023)."""
    held = [
        c
        for c in claims
        if c.type in (Kind.RANK, Kind.COUNT) and c.verdict == S and "what" not in c.facts
    ]

    def core(x: Claim) -> int:
        # a grade's claim from its first grade word: its subject is no part of the count
        pos = [
            p
            for it in x.facts.get("grades") or []
            if isinstance(it, dict) and isinstance(p := it.get("pos"), int) and x.start <= p < x.end
        ]
        return min(pos) if pos else x.start

    def inside(x: Claim) -> bool:
        if x.facts.get("duration_gainsaid") and x.verdict == C and x.type == Kind.TREND:
            # "rated outstanding for the first time, eight years after they were judged
            # inadequate" (it was eleven): the span gainsaid is no part of the rank
            return False
        if x.type in (Kind.GRADE, Kind.TREND):
            # "while 14 found councils outstanding, 36 good and 31 requiring improvement": the
            # counts together cover the grade words
            covered = {
                i
                for c in held
                if c is not x
                for i in range(max(x.start, c.start), min(x.end, c.end))
            }
            if len(covered) >= 0.5 * (x.end - core(x)):
                return True
        for c in held:
            overlap = min(x.end, c.end) - max(x.start, c.start)
            if overlap <= 0 or c is x:
                continue
            if x.type in (Kind.GRADE, Kind.TREND) and overlap >= 0.5 * (x.end - core(x)):
                return True
            if (
                x.type == Kind.DATE
                and c.start <= x.start
                and x.end <= c.end
                and (_FRAMEWORK_WORDS.search(x.text) or c.facts.get("published_on"))
            ):
                return True
        return False

    for x in claims:
        if x.type not in (Kind.GRADE, Kind.TREND) or len(x.urns) != 1:
            continue  # (councils named after the cut would stay in the claim)
        pos = [it.get("pos") for it in x.facts.get("grades") or [] if isinstance(it, dict)]
        for c in held:
            if (
                x.start < c.start < x.end <= c.end
                and pos
                and all(isinstance(p, int) and p < c.start for p in pos)
            ):
                # "rated outstanding in every area, one of two councils to receive the accolade
                # today": the grade's claim ends where the count's begins
                cut = c.start
                while cut > x.start and x.text[cut - x.start - 1] in " ,;–—-":
                    cut -= 1
                x.text, x.end = x.text[: cut - x.start], cut
    return [x for x in claims if not inside(x)]


def _council_by_facts(claims: list[Claim], record: RecordView, as_of: date) -> int | None:
    """An article that names no council ('the inspection of the Council's children's services
    carried out between 7 and 18 October 2019 ... published on 19 December 2019 ... led by
    Margaret Burke HMI'): the council of the one report that at least two of its facts (days
    it was on site, its day of publication, its lead inspector) pick out, else None."""
    reports = [
        d
        for d in record.docs
        if d.kind == "inspection"
        and d.urn
        and d.published
        and d.published <= as_of + timedelta(days=3)
    ]
    hits: dict[int, int] = {}
    for c in claims:
        found: set[int] = set()
        if c.type == Kind.DATE:
            whens = [
                w
                for w in c.facts.get("whens", [])
                if not w.relative and w.precision in ("day", "range")
            ]
            if whens:
                found = {
                    d.id for d in reports if all(_date_matches(w, d, c.date_role) for w in whens)
                }
        elif c.type == Kind.INSPECTOR and c.facts.get("led"):
            names = {_norm_name(n) for n in c.facts.get("names", [])}
            found = {
                d.id
                for d in reports
                if d.lead_inspector and names & {_norm_name(x) for x in d.lead_inspector.split(";")}
            }
        # (a lead inspector leads a dozen inspections in ten years: with a day, one report)
        if 0 < len(found) <= (12 if c.type == Kind.INSPECTOR else 5):
            for i in found:
                hits[i] = hits.get(i, 0) + 1
    if not hits:
        return None
    best = max(hits.values())
    top = [i for i, n in hits.items() if n == best]
    if best < 2 or len(top) != 1:
        return None
    return next(d.urn for d in reports if d.id == top[0])


def check_article(
    article: str,
    record: RecordView,
    texts: Any,
    as_of: date,
    as_of_source: str,
    article_in_json: bool = False,
) -> CheckResult:
    """Extract and check every claim of `article` as of `as_of`."""
    from ilacs.claims.extract import Reader, extract

    reader = Reader(article, as_of)
    council_source = None
    if not any(m.la.urn for m in reader.mentions):
        # minutes that call it 'the Council': the council whose report its facts pick out
        urn = _council_by_facts(extract(article, as_of), record, as_of)
        if urn is not None:
            reader = Reader(article, as_of, main=urn)
            name = _urn_name(record, urn) or str(urn)
            council_source = (
                f"the article names no council; its facts (days on site, day published, lead "
                f"inspector) pick out one report of {name}, so it is read as about {name}"
            )
    passages = passage_claims(
        article, reader.urns_near, record, texts, as_of, main=getattr(reader, "main", None)
    )
    if reader.main is None and (found := _council_of_quotes(passages, record)):
        # committee minutes name no council ("the Council", "the County"): the one whose report
        # prints the article's quotations is the one it is about
        urn, council_source = found
        reader = Reader(article, as_of, main=urn)
        passages = passage_claims(article, reader.urns_near, record, texts, as_of, main=urn)
    claims = check(extract(article, as_of, reader), record, texts, as_of)
    # a paraphrase (a finding in nearly the report's words) gives way to an inspector it
    # names wrongly: names are checked letter for letter ('Fiona Mills' for 'Fiona Millns')
    # (and so does a visit's date it gives wrongly: 'visited the borough in March' of a JTAI
    # on site in February, which a paraphrase's words do not weigh)
    named = [
        c
        for c in claims
        if c.verdict == C
        and (
            c.type == Kind.INSPECTOR
            or (c.type == Kind.DATE and c.facts.get("letter_context"))
            # ('Inspectors spent three weeks in the borough late last year')
            or (c.type == Kind.DATE and c.date_role == "visit" and _INSPECTORS_WERE.search(c.text))
            or (c.type == Kind.VISIT and c.facts.get("whens"))
        )
    ]
    passages = [
        p
        for p in passages
        if not (
            p.type == Kind.OTHER
            # (the claim's closing stop is no part of it: 'in March.' in 'in March')
            and any(
                p.start <= c.start and c.start + len(c.text.rstrip(" .,;:")) <= p.end for c in named
            )
        )
    ]
    # a quotation's claim replaces any grade or date claim read inside its marks
    # (unless the passage is not the report's words: a councillor's facts are still checked)
    kept = [
        c
        for c in claims
        if not any(p.start <= c.start and c.end <= p.end and p.verdict != N for p in passages)
        and not _said_by_the_report(c, passages)
    ]
    # a sentence's claim that runs on over a quotation the article changed ('rated "inadequate"
    # after inspectors found "isolated but serious failures"') ends where the quotation begins:
    # the quotation's words are its own claim's
    for p in passages:
        if p.type != Kind.QUOTE or p.verdict != C:
            continue
        for c in kept:
            if c.verdict != C and c.type != Kind.QUOTE and c.start < p.start < c.end:
                cut = article[c.start : p.start].rstrip(" ,;:\"“‘'")
                if cut:
                    c.end = c.start + len(cut)
                    c.text = article[c.start : c.end]
    # "the first council whose report contains no list of what needs to improve": the rank's
    # reading replaces a recommendation passage that ilacs could not compare
    ranks = [c for c in kept if c.type == Kind.RANK and c.facts.get("no_list") and c.verdict != N]
    passages = [
        p
        for p in passages
        if not (
            p.type == Kind.RECOMMENDATION
            and p.verdict == N
            and any(p.start <= c.start < p.end for c in ranks)
        )
    ]
    result = _dedupe(_join_dated([*kept, *passages], article))
    return CheckResult(
        as_of,
        as_of_source,
        article,
        result,
        article_in_json=article_in_json,
        council_source=council_source,
    )


def _council_of_quotes(passages: list[Claim], record: RecordView) -> tuple[int, str] | None:
    """The council whose reports print an article's quotations (of five words or more): the
    one at least two of them are found in, and more than any other, with why."""
    by_urn: dict[int, list[Any]] = {}
    for p in passages:
        if p.type != Kind.QUOTE or p.verdict != S or len(re.findall(r"\w+", p.text)) < 5:
            continue
        held = [d for e in p.evidence if (d := view_doc(record, e.path)) is not None]
        for urn in {d.urn for d in held if d.urn}:
            by_urn.setdefault(urn, []).append(next(d for d in held if d.urn == urn))
    ranked = sorted(by_urn.items(), key=lambda kv: -len(kv[1]))
    if (
        not ranked
        or len(ranked[0][1]) < 2
        or (len(ranked) > 1 and len(ranked[1][1]) >= len(ranked[0][1]))
    ):
        return None
    urn, docs = ranked[0]
    name = docs[0].la_name
    days = sorted({day.isoformat() for d in docs if (day := _published(d))})
    return urn, (
        f"the article names no council; {len(docs)} of its quotations are in {name}'s "
        f"reports ({', '.join(days)}), so it is read as about {name}"
    )


# the words that may stand between an inspection's date and the grade it gave, in one claim:
# "At the previous inspection, in 2019, services were judged to be good"
_DATED_GAP = re.compile(r"[\s,'’\"”–—-]*(?:(?:the\s+)?(?:council|services?|it|they)\s+)?[\s,]*")


def _join_dated(claims: list[Claim], article: str) -> list[Claim]:
    """An inspection's date and the grade it gave, read as two claims side by side in one
    clause ("at its next inspection in 2022 | the service was lifted to good"), are one claim:
    the clause carries both, and it is false when either part is."""
    out = list(claims)
    for d in claims:
        if d.type != Kind.DATE or d.verdict not in (S, C) or d not in out:
            continue
        # "rated good, a jump of one grade from 2016": the date read over the whole clause
        # holds, the jump it ends with does not; the clause is false
        inner = next(
            (
                g
                for g in out
                if g.type == Kind.TREND
                and g.verdict == C
                and d.verdict == S
                and "jump" in g.facts
                and d.start <= g.start
                and d.end - 3 <= g.end <= d.end
                and set(g.urns) == set(d.urns)
            ),
            None,
        )
        if inner is not None:
            joined = replace(inner, start=d.start, end=d.end, text=d.text)
            out = [joined if x is inner else x for x in out if x is not d]
            continue
        for g in out:
            if g.type not in (Kind.GRADE, Kind.TREND) or g.verdict not in (S, C):
                continue
            if d.end <= g.start:
                gap = article[d.end : g.start]
            elif g.end <= d.start:
                gap = article[g.end : d.start]
            else:
                continue
            if not _DATED_GAP.fullmatch(gap) or set(g.urns) != set(d.urns):
                continue
            later = g if d.end <= g.start else d
            first = d if later is g else g
            if "\n" in gap or re.search(r"[.!?][’”'\"]?\s*$", first.text):
                continue  # "... from 2 to 6 June.\n\nWarwickshire is the fifth ...": two sentences
            if re.match(
                r"\W*(?:and|but|while|whilst|then|before|after|although|though|whereas)\b",
                later.text,
                re.IGNORECASE,
            ):
                continue  # "..., and judged every area good": a clause of its own
            if re.search(r"\bpublish", d.text, re.IGNORECASE):
                continue  # the report's day, not the inspection's
            if max(d.end, g.end) - min(d.start, g.start) > 160:
                continue  # a clause of its own with a list or reasons: each part is a claim
            bad = next((x for x in (g, d) if x.verdict == C), None)
            paths = {e.path for e in d.evidence}
            if bad is None and not paths & {e.path for e in g.evidence}:
                continue  # two inspections, each rightly named
            start, end = min(d.start, g.start), max(d.end, g.end)
            joined = replace(
                g,
                start=start,
                end=end,
                text=article[start:end],
                verdict=C if bad else S,
                explanation=(bad or g).explanation,
                evidence=list(
                    {(e.path, e.page, e.quote): e for e in [*g.evidence, *d.evidence]}.values()
                ),
            )
            out = [joined if x is g else x for x in out if x is not d]
            break
    return out


def _said_by_the_report(c: Claim, passages: list[Claim]) -> bool:
    """A fact 'outside the record' (chief executives, money) that the report itself states:
    the quotation or finding that holds it says so ('"significant leadership churn",
    including four directors of children's services and two chief executives since 2020')."""
    outside = c.facts.get("outside")
    if c.type != Kind.OTHER or c.verdict != N or not isinstance(outside, str):
        return False
    return any(
        p.verdict == S and p.start < c.end and c.start < p.end and outside.lower() in p.text.lower()
        for p in passages
    )


INFERRED_AS_OF = "inferred: a week after the first report published after the dates it prints"


def choose_as_of(article: Any, record: RecordView, given: date | None = None) -> tuple[date, str]:
    """The date an article speaks from, and how it was found: the one given, else a date
    printed in the article, else a week after the first report of its council published after
    the dates it prints, else today (the CLI and the web page both ask here)."""
    from ilacs.claims.article import AS_OF_TODAY, as_of_default

    day, source = as_of_default(article, given)
    if source == AS_OF_TODAY:
        guess = infer_as_of(article.text, record)
        if guess is not None:
            return guess, INFERRED_AS_OF
    return day, source


def infer_as_of(article: str, record: RecordView, today: date | None = None) -> date | None:
    """The day an undated article most likely speaks from: just after the first report of its
    council published on or after the latest full date it prints (None when nothing says)."""
    from ilacs.claims import text as T
    from ilacs.claims.extract import Reader

    today = today or date.today()
    reader = Reader(article, today)
    if reader.main is None:
        return None
    printed = [w.last for w in T.dates(article, today) if not w.relative and w.last <= today]
    if not printed:
        return None
    latest = max(printed)
    after = [
        d.published
        for d in _inspections(record, reader.main)
        if d.published and latest <= d.published <= latest + timedelta(days=550)
    ]
    if not after:
        return None
    return min(min(after) + timedelta(days=7), today)


# Where two kinds read the same words, the more specific names the claim.
_SPECIFIC = {Kind.RANK: 3, Kind.COUNT: 3, Kind.TREND: 2, Kind.GRADE: 1}


def _dedupe(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per span and kind; where two claims share a span, a contradiction wins."""
    out: dict[tuple[int, int], Claim] = {}
    claims = list(claims)
    # two readers of the same words (a count of recommendations read here and in quotes.py)
    for c in list(claims):
        for o in claims:
            if (
                o is not c
                and o.type == c.type
                and o.verdict == c.verdict
                and (o.end - o.start) > (c.end - c.start)
            ):
                if min(o.end, c.end) - max(o.start, c.start) >= 0.9 * (c.end - c.start):
                    claims.remove(c)
                    break
    for c in claims:
        key = (c.start, c.end)
        held = out.get(key)
        if (
            held is None
            or (held.verdict != C and c.verdict == C)
            or (held.verdict == N and c.verdict == S)
            or (
                held.verdict == c.verdict and _SPECIFIC.get(c.type, 0) > _SPECIFIC.get(held.type, 0)
            )
        ):
            out[key] = c
    return sorted(out.values(), key=lambda c: (c.start, c.end))
