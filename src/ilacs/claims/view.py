"""The record as the claim checker sees it: every report and letter of every council, and the
small questions asked of it (a council's current and previous inspection, a report's label and
evidence, the framework in force on a day, a date's match). Every checking module reads this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Verdict
from ilacs.constants import AREA_WORDS as BASE_AREA_WORDS
from ilacs.constants import FOUR_POINT
from ilacs.errors import NotFound

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_RECORD
MAIN_AREAS = ("overall", "leaders", "help_protection", "in_care", "care_leavers")
# An article's readers know the board by its name more often than by "the LSCB".
AREA_WORDS = {**BASE_AREA_WORDS, "lscb": "the safeguarding children board"}


def _grade_words(g: str | None) -> str:
    return (g or "no grade").replace("requires_improvement", "requires improvement")


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


# a letter's kind as a visit claim names it
_LETTER_KIND = {
    "focus": "focused_visit",
    "monitor": "monitoring_visit",
    "joint": "jtai",
    "jtai": "jtai",
}


def letter_kind(words: str) -> str | None:
    """The kind of letter the words of a visit claim name ('focused visit' -> 'focused_visit',
    'joint targeted area inspection' -> 'jtai'), or None."""
    words = words.lower()
    return next((v for k, v in _LETTER_KIND.items() if k in words), None)


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


def _every_area(d: Any) -> list[str]:
    """The judgements "inadequate in every area", "good across the board" take in: the key
    ones, and a SIF report's adoption and care-leavers judgements too (a SIF report whose
    adoption was good is not "inadequate in every area"); not the LSCB review, a separate
    body's."""
    graded = _graded_areas(d)
    return [
        *_key_areas(d),
        *(a for a in ("care_leavers", "adoption") if a in graded and a not in _key_areas(d)),
    ]


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
    named_areas = [a for a in item["areas"] if a != "overall"]
    if item.get("except") and not (
        # ("help and protection, children looked after, care leavers and leadership were all
        # rated requires improvement, with only adoption judged good": the areas named, each
        # weighed; the exception is another's)
        named_areas
        and "unnamed" not in item["except"]
        and not set(named_areas) & set(item["except"])
    ):
        # "good on every measure except care leavers": every other main judgement has it
        if "unnamed" in item["except"] or named_areas:
            return None
        if item.get("except_strict") and any(d.grades.get(a) == g for a in item["except"]):
            return False
        rest = [a for a in _key_areas(d) if a not in item["except"]]
        return all(graded[a] == g for a in rest) if rest else None
    if scope_all and len(areas) <= 1 and not item.get("overall_only"):
        # ("in all four judgement areas": the key judgements that many; "in every area": every
        # one the report grades)
        main = _key_areas(d) if item.get("counted") else _every_area(d)
        if not main:
            return None
        # ... and an area named with it that the report grades apart ('inadequate in every
        # area, including services for care leavers' of a SIF report)
        named = [a for a in areas if a not in main and d.grades.get(a) is not None]
        return all(graded[a] == g for a in main) and all(d.grades[a] == g for a in named)
    if (
        (not areas or (areas == ["overall"] and d.framework == "ilacs2026"))
        and d.grades.get("overall") is None
        and not item.get("overall_only")
    ):
        # "Middlesbrough's children's services still require improvement", "Brent rated good
        # in first wave of Ofsted reports without overall grade" of a framework with no overall
        # grade: every judgement it gives has the grade (else the record cannot tell)
        main = [a for a in _key_areas(d) if a != "overall" and d.grades.get(a)]
        if main and all(d.grades[a] == g for a in main):
            return True
        if main and d.framework == "ilacs2026" and not any(d.grades[a] == g for a in main):
            return False  # (none of its judgements has that grade)
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


def count_readings(d: Any, grade: str, board: bool = True) -> set[tuple[int, int]] | None:
    """(how many judgements give `grade`, of how many) by each reading of a report's
    judgements: the key judgements with or without overall effectiveness; every judgement
    graded (SIF's adoption and care leavers too), with or without overall effectiveness and,
    with `board`, the LSCB review. None when the report grades no key judgement."""
    graded = _graded_areas(d)
    main = {a: graded[a] for a in _key_areas(d)}
    if not main:
        return None
    # (the LSCB's review is graded beside the SIF's judgements: "Three areas were outstanding:
    # leadership, management and governance; adoption performance; and the Local Safeguarding
    # Children Board"; dropping it gives every judgement graded without it)
    with_board = dict(graded)
    if board and d.grades.get("lscb") in FOUR_POINT:
        with_board["lscb"] = d.grades["lscb"]
    readings = set()
    for areas in (main, with_board):
        for drop in ((), ("overall",), ("lscb",), ("overall", "lscb")):
            kept = [g for a, g in areas.items() if a not in drop]
            readings.add((sum(1 for g in kept if g == grade), len(kept)))
    return readings


def _count_ok(
    d: Any, grade: str, n: int, total: int | None, sized: bool = True, at_least: bool = False
) -> bool | None:
    readings = count_readings(d, grade)
    if readings is None:
        return None
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
_LAST_ONE = lazyre.compile(
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
    said = [a for a in item.get("areas") or [] if a in ("adoption", "lscb")]
    if current is not None and said and not any(current.grades.get(a) for a in said):
        # "Adoption and services for care leavers were judged good", no time said, when the
        # latest report grades no adoption (a single-framework judgement): the latest report
        # that does
        before = insp[: insp.index(current)] if current in insp else []
        older = [x for x in before if any(x.grades.get(a) for a in said)]
        if older:
            return older[-1], False
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


def _year_before(w: Any) -> Any:
    """'last November' in December: the November before, the other reading."""

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


def _norm_name(s: str) -> str:
    """A name as compared: lower case, without middle initials ('Fiona J Millns') or a title
    before it ('Mr Anthony': the surname of the lead, Tom Anthony)."""
    words = s.lower().replace("’", "'").split()
    if len(words) > 1 and re.fullmatch(r"(?:mr|mrs|ms|miss|dr)\.?", words[0]):
        words = words[1:]
    return " ".join(w for i, w in enumerate(words) if not (0 < i and re.fullmatch(r"\w\.?", w)))


def _doc_years(d: Any) -> set[int]:
    return {x.year for x in (d.inspection_start, d.inspection_end, d.published) if x}


_PATH_DAY = lazyre.compile(r"[-_ ](\d{1,2})[_ ]([A-Za-z]+)[_ ](\d{4})\.pdf$")


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
    scene = c.facts.get("scene")
    if not years and scene and any(scene in _doc_years(d) for d in held if d.kind == "inspection"):
        # "By the autumn of 2021 the picture had changed. A two-week inspection led by X": the
        # inspection of the year the narrative set
        years = {scene}
    if years:
        dated = [
            d for d in held if (_doc_years(d) | {p.year for p in [_published(d)] if p}) & years
        ]
        dated = [d for d in dated if (_published(d) or date.min) <= as_of + timedelta(days=3)]
        if not dated:
            # "That 2013 report, led by Helen Cawston HMI": a report of the year said that grades
            # no area (a looked after children inspection before 2013's framework) is still the
            # report the sentence names, not the latest
            dated = [
                d
                for d in record.by_urn.get(urn, [])
                if d.kind == "inspection"
                and (_doc_years(d) | {p.year for p in [_published(d)] if p}) & years
                and (_published(d) or date.min) <= as_of + timedelta(days=3)
                and record.inspector.get(d.id)
            ]
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


_PREVIOUS_IN_TEXT = lazyre.compile(
    r"previous (?:\w+\s+){0,3}inspection[^.]{0,160}?(?:was|were|took place)\s+(?:carried out\s+)?in\s+"
    rf"(?P<month>{T.MONTH_NAME})"
    r"\s+(?P<year>20\d\d)",
    re.IGNORECASE,
)


_THEME_SMALL = frozenset(
    """a an the and or of to in on for with at by as how its their it is are was were be been
    that this those these who which what when where from into also well particular specific
    focus council local authority trust services service children child young people because
    due entirely fully wholly completely mainly largely mostly only just""".split()
)


RANK = {"outstanding": 0, "good": 1, "requires_improvement": 2, "inadequate": 3}


# The year each framework came in: "since the inspection framework was updated in 2023".
_INTRODUCED = {2013: "sif", 2014: "sif", 2018: "ilacs2018", 2023: "ilacs2023", 2026: "ilacs2026"}
# A framework with no overall effectiveness grade: "rated inadequate" under it means an
# inadequate judgement in some area.
_NO_OVERALL = ("ilacs2026",)
_AREAS = ("leaders", "help_protection", "in_care", "care_leavers")


def _first_inspections(view: RecordView) -> dict[str, Any]:
    """Each framework's first inspection ilacs holds (by its first day on site): when the
    framework came into use."""
    first: dict[str, Any] = {}
    for d in view.docs:
        if d.kind == "inspection" and d.inspection_start and d.framework in _FRAMEWORKS_DATED:
            if d.framework not in first or d.inspection_start < first[d.framework].inspection_start:
                first[d.framework] = d
    return first


_FRAMEWORKS_DATED = ("sif", "ilacs2018", "ilacs2023", "ilacs2026")


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
    own = re.search(
        r"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:full\s+|standard\s+)?(?:inspection|report)\b", c.text
    )
    if own and re.search(r"\bilacs\b|inspections?\s+of\s+local\s+authority", words):
        # "Rochdale's 2018 inspection was the first to be published under Ofsted's inspection
        # of local authority children's services (ILACS) framework": the ILACS of that year
        y = int(own.group(1))
        if y >= 2018:
            return "ilacs2026" if y >= 2026 else "ilacs2023" if y >= 2023 else "ilacs2018"
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
            then = (
                [w for w in T.dates(c.text, as_of) if not w.relative]
                if re.search(
                    r"\bthen[- ](?:new|latest|current|revised)\b|\bintroduced\s+(?:that|the\s+same)"
                    r"\s+year\b",
                    c.text,
                    re.I,
                )
                else []
            )
            # "in August 2018, it became the first council ... under the then-new inspection
            # regime", "the 2018 grade made Leeds the fourth ... under the inspection framework
            # introduced that year": the framework new on the day the sentence tells of
            return _framework_at(view, then[-1].last if then else as_of)
    if current is not None and current.framework:
        return current.framework  # "the framework": the one its latest report was under
    return "ilacs"


def _region_of(urn: int | None) -> str | None:
    try:
        return register.by_urn(urn).region if urn else None
    except NotFound:
        return None


_GOOD_OR_BETTER = lazyre.compile(
    r"\bgood\s+or\s+(?:better|above|outstanding)\b|\boutstanding\s+or\s+good\b", re.IGNORECASE
)


def view_doc(view: RecordView, path: str | None) -> Any | None:
    if path is None:
        return None
    by = getattr(view, "_by_path", None)
    if by is None:
        by = {d.path: d for d in view.docs}
        view._by_path = by  # type: ignore[attr-defined]
    return by.get(path)


def make_texts(db: Path | str) -> Any:
    """The page texts checking reads (quotes.ReportTexts: read from the store when first
    asked for, with a word index per report)."""
    from ilacs.claims.quotes import ReportTexts

    return ReportTexts(db)
