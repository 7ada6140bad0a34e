"""Claim + record -> verdict with evidence.

`check(claims, record, texts)` gives each claim a verdict, a one-sentence explanation and the
evidence (a report's page and words, or a computation over the record). A claim the record cannot
settle is `not_in_record`; a claim is `contradicted` only when the record plainly holds the fact
and it differs, never because something could not be read or found.

`check_article(text, db, as_of)` is what the CLI and the web call: extract, check, wrap.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ilacs import register
from ilacs.claims.model import CheckResult, Claim, Evidence, Kind, Verdict

log = logging.getLogger(__name__)

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_RECORD
MAIN_AREAS = ("overall", "leaders", "help_protection", "in_care", "care_leavers")
AREA_WORDS = {
    "overall": "overall effectiveness",
    "leaders": "leadership",
    "help_protection": "help and protection",
    "in_care": "children in care",
    "care_leavers": "care leavers",
    "adoption": "adoption",
    "lscb": "the safeguarding children board",
}


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
    """Read the record for checking (one read-only pass over the database)."""
    from ilacs.analyse import records

    docs = list(records.load(db))
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    try:
        inspector, rec_count = {}, {}
        for i, lead, n in conn.execute("SELECT id, lead_inspector, rec_count FROM documents"):
            inspector[i] = lead
            rec_count[i] = n
        recs: dict[int, list[str]] = {}
        for d, t in conn.execute(
            "SELECT document_id, text FROM recommendations ORDER BY document_id, section, position"
        ):
            recs.setdefault(d, []).append(t)
    finally:
        conn.close()
    by: dict[int, list[Any]] = {}
    for d in docs:
        if d.urn is not None:
            by.setdefault(d.urn, []).append(d)
    for v in by.values():
        v.sort(key=lambda d: (d.published or d.day or date.max, d.path))
    return RecordView(docs, by, inspector, recs, rec_count, source=db)


class Texts:
    """Page texts of stored documents, read when first asked for."""

    def __init__(self, db: Path | str | None):
        self.db = db
        self._pages: dict[int, list[str]] = {}
        self._conn = None

    def pages(self, document_id: int) -> list[str]:
        if document_id not in self._pages:
            if self.db is None:
                return []
            if self._conn is None:
                self._conn = sqlite3.connect(f"file:{Path(self.db).resolve()}?mode=ro", uri=True)
            row = self._conn.execute(
                "SELECT text FROM document_text WHERE rowid = ?", (document_id,)
            ).fetchone()
            self._pages[document_id] = row[0].split("\f") if row and row[0] else []
        return self._pages[document_id]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _inspections(record: RecordView, urn: int) -> list[Any]:
    """The LA's graded full inspections (and its lineage's), in order of publication."""
    out = []
    try:
        la = register.by_urn(urn)
        urns = {x.urn for x in register.lineage(la) if x.urn} | {urn}
    except Exception:  # noqa: BLE001 - a URN outside the register still has its own documents
        urns = {urn}
    for u in urns:
        for d in record.by_urn.get(u, []):
            if d.kind == "inspection" and d.grades.get("overall"):
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
    pub = d.published.strftime("%-d %B %Y") if d.published else "date unknown"
    return f"{d.la_name} {d.framework or d.kind} report published {pub}"


def _grades_text(d: Any) -> str:
    return "; ".join(
        f"{AREA_WORDS[a]}: {_grade_words(g)}" for a, g in d.grades.items() if g and a in AREA_WORDS
    )


def _evidence(d: Any, what: str) -> Evidence:
    return Evidence(d.path, 1, what)


# --- grades -------------------------------------------------------------------------------------


def _graded_areas(d: Any) -> dict[str, str]:
    return {a: g for a, g in d.grades.items() if g and a != "lscb"}


def _check_grade_item(d: Any, item: dict, scope_all: bool) -> bool | None:
    """Whether doc `d` gives `item['grade']` to the item's areas (None: cannot tell)."""
    g = item["grade"]
    areas = item["areas"]
    graded = _graded_areas(d)
    if scope_all and len(areas) <= 1:
        main = [a for a in MAIN_AREAS if a in graded]
        if not main:
            return None
        return all(graded[a] == g for a in main)
    if not areas:
        areas = ["overall"]
    vals = []
    for a in areas:
        if a == "overall" and "overall" not in graded:
            return None
        if a not in d.grades:
            continue
        have = d.grades.get(a)
        if have is None:
            # SIF's looked-after judgement holds adoption and care leavers; ILACS 2018 has no
            # care-leavers judgement of its own: read them from the judgement that holds them
            if a in ("adoption", "care_leavers") and d.grades.get("in_care"):
                have = (
                    d.grades["in_care"]
                    if d.framework == "ilacs2018" and a == "care_leavers"
                    else None
                )
            if have is None:
                continue
        vals.append(have == g)
    if not vals:
        return None
    return all(vals)


def _count_ok(d: Any, grade: str, n: int, total: int | None) -> bool | None:
    graded = _graded_areas(d)
    main = {a: g for a, g in graded.items() if a in MAIN_AREAS}
    if not main:
        return None
    with_overall = sum(1 for g in main.values() if g == grade)
    without = sum(1 for a, g in main.items() if g == grade and a != "overall")
    sub = sum(1 for a, g in graded.items() if g == grade)
    totals = {len(main), len(main) - 1, len(graded)}
    if total is not None and total not in totals and total not in (4, 5, 6, 7):
        return None
    return n in (with_overall, without, sub)


def _pick_doc(
    insp: list[Any], as_of: date, role: str, whens: list, current: Any | None
) -> Any | None:
    years = {
        w.first.year
        for w in whens
        if w.precision in ("year", "month", "day", "range") and not w.relative
    } | {w.first.year for w in whens if w.relative and w.precision != "year"}
    if years:
        cands = [
            d
            for d in insp
            if {
                y
                for y in (
                    d.inspection_start and d.inspection_start.year,
                    d.inspection_end and d.inspection_end.year,
                    d.published and d.published.year,
                )
                if y
            }
            & years
        ]
        cands = [d for d in cands if not d.published or d.published <= as_of + timedelta(days=3)]
        if cands:
            return cands[-1] if role == "current" else cands[0]
        return None
    if role == "previous":
        return _previous(insp, current)
    return current


def _check_grades(c: Claim, record: RecordView, as_of: date) -> None:
    if not c.urns:
        return
    urn = c.urns[0]
    insp = _inspections(record, urn)
    current = _current(insp, as_of)
    if current is None:
        c.verdict, c.explanation = (
            N,
            "ilacs holds no graded inspection of this council published by then.",
        )
        return
    items = c.facts["grades"]
    whens = c.facts.get("whens", [])
    results = []
    for it in items:
        d = _pick_doc(insp, as_of, it["role"], whens, current)
        if d is None:
            if it["role"] == "previous" and whens:
                results.append((None, it, None))
            else:
                results.append((None, it, None))
            continue
        if c.number is not None and c.grade_scope != "all":
            ok = _count_ok(d, it["grade"], c.number, c.total)
            if ok is False and len(items) > 1:
                ok = _check_grade_item(d, it, False)
        else:
            ok = _check_grade_item(d, it, c.grade_scope == "all")
        # no cue said which inspection: any of the article's plausible ones (the latest, the
        # one before) settles a match, but only the latest can contradict
        if ok is False and it["role"] == "current" and not whens:
            prev = _previous(insp, current)
            if (
                prev is not None
                and c.facts.get("previous_cue")
                and _check_grade_item(prev, it, c.grade_scope == "all")
            ):
                d, ok = prev, True
        results.append((d, it, ok))
    judged = [r for r in results if r[2] is not None]
    if not judged:
        c.verdict, c.explanation = (
            N,
            "the record does not say which inspection this is, or does not grade that judgement.",
        )
        return
    bad = [r for r in judged if r[2] is False]
    docs = list(dict.fromkeys(r[0] for r in judged))
    c.evidence = [_evidence(d, _grades_text(d)) for d in docs]
    if bad:
        d, it, _ = bad[0]
        c.verdict = C
        what = (
            "every judgement"
            if c.grade_scope == "all"
            else (", ".join(AREA_WORDS[a] for a in it["areas"]) or "overall effectiveness")
        )
        if c.number is not None:
            what = f"{c.number} judgement(s)"
        c.explanation = f"The {_label(d)} does not give {_grade_words(it['grade'])} for {what}: {_grades_text(d)}."
    else:
        c.verdict = S
        c.explanation = "; ".join(f"The {_label(d)}: {_grades_text(d)}." for d in docs)


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
    s, e, p = d.inspection_start, d.inspection_end, d.published
    visit_ok = pub_ok = False
    if s and e:
        if w.precision == "range":
            visit_ok = (w.first == s and w.last == e) or (
                w.relative and s <= w.first <= e + timedelta(days=3)
            )
        elif w.precision == "day":
            visit_ok = s <= w.first <= e
        elif w.precision == "month":
            visit_ok = (w.first.year, w.first.month) in _months(s, e)
        else:
            visit_ok = w.first.year in (s.year, e.year)
    if p:
        if w.precision == "day":
            pub_ok = w.first == p
        elif w.precision == "range":
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


def _check_dates(c: Claim, record: RecordView, as_of: date) -> None:
    if not c.urns:
        return
    urn = c.urns[0]
    whens = c.facts["whens"]
    if c.type == Kind.VISIT:
        docs = _letters(record, urn)
        kind = (c.visit_kind or "").lower()
        if "focus" in kind:
            docs = [d for d in docs if d.kind == "focused_visit"]
        elif "monitor" in kind:
            docs = [d for d in docs if d.kind == "monitoring_visit"]
        elif "joint" in kind or "jtai" in kind:
            docs = [d for d in docs if d.kind == "jtai"]
        if not docs:
            c.verdict, c.explanation = (
                N,
                f"ilacs holds no {kind or 'visit'} letter for this council.",
            )
            return
        ok = [d for d in docs if any(_date_matches(w, d, None) for w in whens)]
        if ok:
            c.verdict, c.explanation = S, f"The {_label(ok[0])} matches."
            c.evidence = [
                _evidence(
                    ok[0],
                    f"visit {ok[0].inspection_start} to {ok[0].inspection_end}, published {ok[0].published}",
                )
            ]
        elif "focus" in kind or "jtai" in kind or "joint" in kind:
            c.verdict = C
            c.explanation = (
                "ilacs holds this council's "
                + ", ".join(
                    f"{d.kind.replace('_', ' ')} of {d.inspection_start or d.published}"
                    for d in docs
                )
                + ", none at that date."
            )
            c.evidence = [
                _evidence(d, f"{d.kind} {d.inspection_start} to {d.inspection_end}") for d in docs
            ]
        else:
            c.verdict, c.explanation = N, "Monitoring visit letters are not all in the record."
        return
    insp = [d for d in record.by_urn.get(urn, []) if d.kind == "inspection"]
    if not insp:
        c.verdict, c.explanation = N, "ilacs holds no inspection of this council."
        return
    held = [d for d in insp if not d.published or d.published <= as_of + timedelta(days=3)]
    if not held:
        c.verdict, c.explanation = N, "ilacs holds no inspection of this council published by then."
        return
    good = [d for d in held if all(_date_matches(w, d, c.date_role) for w in whens)]
    if good:
        d = good[-1]
        c.verdict = S
        c.explanation = f"The {_label(d)}: on site {d.inspection_start} to {d.inspection_end}."
        c.evidence = [
            _evidence(
                d,
                f"Inspection dates: {d.inspection_start} to {d.inspection_end}; published {d.published}",
            )
        ]
        return
    # which inspection the clause means: the one nearest its dates (within 15 months)
    w0 = whens[0]
    near = [d for d in held if d.day and abs((d.day - w0.first).days) < 460]
    early = min(
        (d.inspection_start or d.published) for d in held if (d.inspection_start or d.published)
    )
    if w0.last < early - timedelta(days=31):
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
            c.evidence = [
                _evidence(
                    d,
                    f"Inspection dates: {d.inspection_start} to {d.inspection_end}; published {d.published}",
                )
                for d in held[-2:]
            ]
            return
        c.verdict, c.explanation = N, "ilacs holds no inspection of this council near that date."
        return
    d = min(near, key=lambda d: abs((d.day - w0.first).days))
    if w0.precision == "year" and not c.facts.get("previous_cue"):
        c.verdict, c.explanation = (
            N,
            "The year does not match an inspection ilacs holds; it may be another event.",
        )
        return
    c.verdict = C
    c.explanation = f"The {_label(d)} was on site {d.inspection_start} to {d.inspection_end} and published {d.published}."
    c.evidence = [
        _evidence(
            d,
            f"Inspection dates: {d.inspection_start} to {d.inspection_end}; published {d.published}",
        )
    ]


# --- inspectors, recommendation counts ----------------------------------------------------------


def _norm_name(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _check_inspector(c: Claim, record: RecordView, as_of: date) -> None:
    if not c.urns:
        return
    name = _norm_name(c.inspector or "")
    docs = [
        d
        for d in record.by_urn.get(c.urns[0], [])
        if not d.published or d.published <= as_of + timedelta(days=3)
    ]
    for d in reversed(docs):
        lead = record.inspector.get(d.id)
        if lead and name in _norm_name(lead):
            c.verdict, c.explanation = S, f"The lead inspector of the {_label(d)} was {lead}."
            c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
            return
    insp = _inspections(record, c.urns[0])
    cur = _current(insp, as_of)
    lead = record.inspector.get(cur.id) if cur else None
    if cur and lead:
        c.verdict, c.explanation = C, f"The lead inspector of the {_label(cur)} was {lead}."
        c.evidence = [_evidence(cur, f"Lead inspector: {lead}")]
    else:
        c.verdict, c.explanation = (
            N,
            "ilacs does not hold a lead inspector for this council's reports.",
        )


def _check_rec_count(c: Claim, record: RecordView, as_of: date) -> None:
    if not c.urns:
        return
    cur = _current(_inspections(record, c.urns[0]), as_of)
    if cur is None:
        return
    n = record.rec_count.get(cur.id)
    if not n:
        n = len(record.recs.get(cur.id, [])) or None
    if n is None:
        c.verdict, c.explanation = N, "ilacs holds no count of this report's recommendations."
        return
    recs = record.recs.get(cur.id, [])
    c.evidence = [_evidence(cur, f"{n} recommendations: " + " | ".join(recs[:12]))]
    if n == c.number:
        c.verdict, c.explanation = S, f"The {_label(cur)} makes {n} recommendations."
    else:
        c.verdict, c.explanation = (
            C,
            f"The {_label(cur)} makes {n} recommendations, not {c.number}.",
        )


# --- quotes (the passage finder is quotes.py's) -------------------------------------------------


def _check_quote(c: Claim, record: RecordView, texts: Texts, as_of: date) -> None:
    try:
        from ilacs.claims.quotes import find_passage
    except ImportError:
        return
    match = find_passage(record, texts, c.urns, c.passage or "", as_of)
    if match is None:
        if c.facts.get("ofsted"):
            c.verdict, c.explanation = (
                N,
                "These words were not found in the reports ilacs holds for this council.",
            )
        return
    c.verdict = Verdict(match.verdict)
    c.evidence = [Evidence(match.path, match.page, match.quote)]
    diffs = getattr(match, "differences", None)
    c.explanation = (
        f"Found on page {match.page} of {match.path}"
        + (f"; differences: {diffs}" if diffs else ", word for word")
        + "."
    )


# --- the whole check ----------------------------------------------------------------------------


def check(claims: list[Claim], record: RecordView, texts: Texts, as_of: date) -> list[Claim]:
    """Give each claim a verdict, explanation and evidence; drop those that are not claims about
    the record after all (an unattributed quotation not found in any report)."""
    for c in claims:
        if c.type in (Kind.GRADE, Kind.TREND) and c.facts.get("grades"):
            _check_grades(c, record, as_of)
        elif c.type in (Kind.DATE, Kind.VISIT):
            _check_dates(c, record, as_of)
        elif c.type == Kind.INSPECTOR:
            _check_inspector(c, record, as_of)
        elif c.type == Kind.RECOMMENDATION and c.facts.get("what") == "count":
            _check_rec_count(c, record, as_of)
        elif c.type == Kind.QUOTE:
            _check_quote(c, record, texts, as_of)
    return [c for c in claims if c.verdict is not None]


def check_article(
    article: str,
    record: RecordView,
    texts: Texts,
    as_of: date,
    as_of_source: str,
    article_in_json: bool = False,
) -> CheckResult:
    """Extract and check every claim of `article` as of `as_of`."""
    from ilacs.claims.extract import extract

    claims = check(extract(article, as_of), record, texts, as_of)
    return CheckResult(
        as_of, as_of_source, article, _dedupe(claims), article_in_json=article_in_json
    )


def _dedupe(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per span and kind; where two claims share a span, a contradiction wins."""
    out: dict[tuple[int, int], Claim] = {}
    for c in claims:
        key = (c.start, c.end)
        held = out.get(key)
        if (
            held is None
            or (held.verdict != C and c.verdict == C)
            or (held.verdict == N and c.verdict == S)
        ):
            out[key] = c
    return sorted(out.values(), key=lambda c: (c.start, c.end))
