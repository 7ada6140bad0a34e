"""What the pages read: one `Record` of the database, the LA register and the analysis.

A `Data` wraps one record (one version of the database file, read once) with what the pages
derive from it, so a page is built from Python objects, not from dozens of queries. The app
holds exactly one and replaces it when the file changes.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ilacs import analyse, register
from ilacs.analyse.common import check_date
from ilacs.analyse.record import Record, cached_method, one_month_after
from ilacs.analyse.trend import period_ends
from ilacs.constants import FIRST_DAY, FOUR_POINT, JUDGEMENT_AREAS
from ilacs.errors import InvalidOption, NotFound
from ilacs.store import Store

GRADE_NAMES = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires_improvement": "Requires improvement",
    "inadequate": "Inadequate",
    "not_judged": "Not judged",
    "adequate": "Adequate",
    None: "No grade",
}
GRADE_SHORT = {
    "outstanding": "Out",
    "good": "Good",
    "requires_improvement": "RI",
    "inadequate": "Inad",
    "not_judged": "NJ",
    "adequate": "Adeq",
    None: Markup("&ndash;"),  # an entity: ASCII pages take a byte a character in memory
}
JUDGEMENT_NAMES = {
    "overall": "Overall effectiveness",
    "leaders": "Impact of leaders",
    "help_protection": "Help and protection",
    "in_care": "Children in care",
    "care_leavers": "Care leavers",
    "adoption": "Adoption (SIF)",
    "lscb": "LSCB (SIF)",
}
KIND_NAMES = {
    "inspection": "Inspection",
    "lscb_review": "LSCB review",
    "focused_visit": "Focused visit",
    "monitoring_visit": "Monitoring visit",
    "jtai": "Joint targeted area inspection",
    "area_send": "Area SEND inspection",
    "other": "Other document",
    "not_a_report": "Not a report",
}
FRAMEWORK_NAMES = {
    "pre_sif": "2012-13 framework",
    "sif": "SIF (2013-18)",
    "ilacs2018": "ILACS 2018",
    "ilacs2023": "ILACS 2023",
    "ilacs2026": "ILACS 2026",
}
UNKNOWN_REGION = "Region not known"
# Why an LA of a date has no grade in a snapshot (the analysis' statuses), as people read it.
NOT_GRADED = {
    "no_judgement": "latest inspection has no such judgement",
    "not_inspected": "not inspected by then",
    "no_reports": "no reports in the database",
}
FIRST_DATE = FIRST_DAY


def slugify(name: str) -> str:
    """'Bournemouth, Christchurch & Poole' -> 'bournemouth-christchurch-and-poole'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", " and ")).strip("-")


def display_name(name: str) -> str:
    """Folder names are lower case; people read 'Bath and North East Somerset'."""
    small = {"and", "of", "upon", "on", "the", "in", "with"}
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if i and w in small:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


@dataclass(frozen=True)
class LA:
    """A council as the pages show it: the register's record with a slug for its address."""

    urn: int | None
    name: str
    slug: str
    region: str
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    record: register.LA | None = field(default=None, compare=False, repr=False)

    def exists_on(self, day: date) -> bool:
        return self.record.exists_on(day) if self.record else True


@dataclass
class Snapshot:
    """The analysis' snapshot with what the pages need: each LA's standing and its document,
    and counts per grade for England and each region."""

    at: date
    judgement: str
    rule: str
    rows: list[dict]  # one per LA: la, status, grade, document
    national: dict = field(default_factory=dict)
    regions: list[dict] = field(default_factory=list)
    # The span of dates with this picture (`analyse.era`): rows, national and regions are the
    # same objects for every date of an era, so anything made of them can be kept per era.
    era: int = 0
    analysis: analyse.Snapshot | None = field(default=None, repr=False)
    # The notes on which LAs are not counted: the same sentences for every date of the era.
    era_notes: list[str] = field(default_factory=list)

    @property
    def dated(self) -> analyse.Snapshot:
        """The analysis' snapshot of the era, as of this date (its rule names the date)."""
        assert self.analysis is not None, "a web snapshot is made from the analysis' own"
        return replace(self.analysis, at=self.at, cutoff=one_month_after(self.at))

    @property
    def rule_text(self) -> str:
        return self.dated.rule_text

    @property
    def notes(self) -> list[str]:
        return self.dated.notes()


class Data:
    """What every page reads: one `Record` (one version of the database) and what the pages
    derive from it, each made once (cached properties, and `cached` for the views' own parts).

    A `Data` never changes: when the database file changes the app loads a new one and drops
    this one with everything derived from it (`ilacs.web.app.App.data`). Each thread has its
    own read-only connection for the queries that stay in SQLite (full-text search,
    downloads).
    """

    def __init__(self, record: Record):
        if record.source is None:
            raise ValueError("the web's record must be read from a database file")
        self.record = record
        self.db: Path = record.source
        self._local = threading.local()
        self._views: dict = {}  # what the views derive (cached); cached methods keep their own

    @classmethod
    def load(cls, db: Path | str) -> Data:
        """The database read once (read-only; a missing or broken file raises StoreError)."""
        return cls(Record.load(db))

    def is_current(self) -> bool:
        return self.record.is_current()

    @property
    def store(self) -> Store:
        """This thread's read-only store of the database file."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open_readonly(self.db)
        return store

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    def pages(self, document_id: int) -> list[str]:
        """The text of each page of a document."""
        return self.store.pages(document_id)

    def cached(self, key, make):
        """A value the views derive from this version of the database, made once."""
        try:
            return self._views[key]
        except KeyError:
            return self._views.setdefault(key, make())

    # -- the record as the pages read it ------------------------------------------------------
    @cached_property
    def documents(self) -> list[dict]:
        """Every document as a dict (the templates' and the JSON twins' shape), by URN."""
        docs = [_as_dict(d) for d in self.record.documents]
        return sorted(docs, key=lambda d: (d["urn"] is None, d["urn"] or 0, d["path"]))

    @cached_property
    def by_path(self) -> dict[str, dict]:
        return {d["path"]: d for d in self.documents}

    @property
    def meta(self) -> dict[str, str]:
        return dict(self.record.meta)

    @property
    def last_updated(self) -> str | None:
        meta = self.record.meta
        return meta.get("last_update") or meta.get("last_ingest")

    @property
    def latest_date(self) -> date:
        return date.today()

    # -- LAs ----------------------------------------------------------------------------------
    @cached_property
    def las(self) -> list[LA]:
        out = []
        for rec in register.everything():
            out.append(
                LA(
                    urn=rec.urn,
                    name=rec.name,
                    slug=slugify(rec.name),
                    region=rec.region,
                    predecessors=tuple(p.name for p in register.predecessors(rec)),
                    successors=tuple(s.name for s in register.successors(rec)),
                    start=rec.start,
                    end=rec.end,
                    record=rec,
                )
            )
        # Documents of a URN the register does not know still get a page.
        known = {la.urn for la in out}
        for d in self.record.documents:
            if d.urn is not None and d.urn not in known and d.la_name:
                known.add(d.urn)
                name = display_name(d.la_name)
                out.append(LA(d.urn, name, slugify(name) + f"-{d.urn}", UNKNOWN_REGION))
        return sorted(out, key=lambda la: la.name)

    @cached_property
    def la_by_slug(self) -> dict[str, LA]:
        return {la.slug: la for la in self.las}

    @cached_property
    def la_by_urn(self) -> dict[int, LA]:
        return {la.urn: la for la in self.las if la.urn is not None}

    @cached_property
    def la_by_name(self) -> dict[str, LA]:
        return {la.name: la for la in self.las}

    @cached_property
    def regions(self) -> list[str]:
        regions = list(register.REGIONS)
        if any(la.region not in regions for la in self.las):
            regions.append(UNKNOWN_REGION)
        return regions

    def find_la(self, key: str) -> LA | None:
        """An LA by its slug, URN or name as people type it (the register's matching)."""
        key = key.strip()
        if key.lower() in self.la_by_slug:
            return self.la_by_slug[key.lower()]
        if key.isdigit() and int(key) in self.la_by_urn:
            return self.la_by_urn[int(key)]
        try:
            rec = register.find(key.replace("-", " "))
        except NotFound:
            return None
        return self.la_by_name.get(rec.name)

    def nearest_las(self, key: str, n: int = 5) -> list[LA]:
        return [
            self.la_by_name[r.name]
            for r in register.suggest(key.replace("-", " "), n)
            if r.name in self.la_by_name
        ]

    # -- the picture on a date ----------------------------------------------------------------
    def era(self, at: date, rule: str = "ofsted") -> int:
        """The span of dates `at` falls in (`ilacs.analyse.Calendar`): dates of one era have
        the same picture."""
        return self.record.calendar(rule, "any").era(at)

    def era_days(self, rule: str = "ofsted") -> list[date]:
        """The first day of every era, the first (the start of the record) included."""
        return [FIRST_DATE, *self.record.calendar(rule, "any").days]

    def snapshot(self, at: date, judgement: str = "overall", rule: str = "ofsted") -> Snapshot:
        """The analysis' snapshot (issue 6) with what the pages need, made once per era of
        dates with the same picture; only the date differs within an era."""
        shared = self._era_snapshot(self.era(at, rule), judgement, rule)
        return shared if shared.at == at else replace(shared, at=at)

    @cached_method
    def _era_snapshot(self, era: int, judgement: str, rule: str) -> Snapshot:
        at = self.record.calendar(rule, "any").era_start(era)
        snap = analyse.snapshot(self.record, at, judgement=judgement, by="region", rule=rule)
        rows = [self._row(st) for st in snap.las]
        scopes: dict[str, dict[str, dict]] = {}
        for r in snap.rows:
            scopes.setdefault(r.scope, {})[r.grade] = r.as_dict()
        out = Snapshot(
            at, judgement, rule, rows, era=era, analysis=snap, era_notes=snap.notes()[2:]
        )
        out.national = _counts(scopes.get("England", {}), rows)
        out.regions = [
            {
                "region": region,
                "counts": _counts(
                    scopes.get(region, {}), [r for r in rows if r["la"].region == region]
                ),
            }
            for region in self.regions
        ]
        return out

    @cached_method
    def _row(self, st: analyse.Standing) -> dict:
        # An LA's row is the same in every era until its standing changes: made once, so the
        # eras of every judgement share them.
        la = self.la_by_name.get(st.name) or LA(st.urn, st.name, slugify(st.name), st.region)
        return {
            "la": la,
            "status": st.status,
            "grade": st.grade,
            "document": self.by_path.get(st.path) if st.path else None,
            "tile": (la.slug, st.grade, st.status),  # what its tile shows
        }

    @cached_method
    def shares(self, judgement: str) -> dict[str, list[tuple[date, float | None]]]:
        """Share of LAs good or outstanding at each quarter end, for England and each region
        (the analysis' trend), oldest first."""
        out: dict[str, list] = {}
        for r in analyse.trend(self.record, judgement=judgement, every="quarter", by="region"):
            if r.grade == "good_or_outstanding":
                out.setdefault(r.scope, []).append((r.date, r.percent))
        return out

    def standing_doc(self, la: LA, day: date, rule: str = "ofsted") -> analyse.Doc | None:
        """The inspection of an LA that stood on `day` (the analysis' timeline)."""
        line = self.record.timelines(rule, "any").get(la.urn) if la.urn is not None else None
        return line.at(day) if line is not None else None

    # -- themes of recommendations ------------------------------------------------------------
    @cached_property
    def theme_items(self) -> tuple:
        """Every recommendation with its themes (`ilacs.themes.asked.items`); none when the
        database's recommendations were never labelled."""
        from ilacs.themes.asked import items

        try:
            return items(self.record)
        except NotFound:
            return ()

    @cached_method
    def follow_ups(self, slug: str) -> dict[int, object]:
        """What the next full inspection said of each recommendation of an LA (and of the
        councils it took over from), by recommendation id (`ilacs.themes.follow_up`)."""
        from ilacs.themes.follow_up import follow_up

        la = self.la_by_slug[slug]
        if la.record is None or not self.theme_items:
            return {}
        _, rows = follow_up(self.record, la.record, self.pages, kinds=("inspection",))
        return {f.item.id: f for f in rows}

    # -- an LA's record -----------------------------------------------------------------------
    def history(self, la: LA) -> tuple[list[dict], list[str]]:
        """Every document of an LA and of the councils before and after it, oldest first,
        with the analysis' notes on what the record lacks."""
        if la.record is None:
            docs = [d for d in self.documents if d["urn"] == la.urn]
            return sorted(docs, key=lambda d: (d["date"] or "", d["path"])), []
        hist = analyse.history(self.record, la.record)
        docs = [self.by_path[s.path] for s in hist.steps if s.path in self.by_path]
        # Files the analysis cannot use (not a report, unreadable) are the LA's documents
        # too: listed in their place, where the page says what is wrong with them.
        shown = {d["path"] for d in docs}
        unusable = [
            d
            for d in self.documents
            if d["urn"] == la.urn and d["status"] != "ok" and d["path"] not in shown
        ]
        for d in sorted(unusable, key=lambda d: (d["date"] or "", d["path"])):
            day = d["date"] or ""
            at = next((i for i, x in enumerate(docs) if (x["date"] or "") > day), len(docs))
            docs.insert(at, d)
        return docs, hist.notes()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _as_dict(d: analyse.Doc) -> dict:
    """A document as the templates read it: the documents table's columns, its date, its
    judgements and recommendations."""
    out: dict[str, Any] = {
        "id": d.id,
        "path": d.path,
        "sha256": d.sha256,
        "urn": d.urn,
        "la_name": d.la_name,
        "kind": d.kind,
        "framework": d.framework,
        "published": _iso(d.published),
        "ofsted_file_id": d.ofsted_file_id,
        "url": d.url,
        "event_type": d.event_type,
        "inspection_start": _iso(d.inspection_start),
        "inspection_end": _iso(d.inspection_end),
        "lead_inspector": d.lead_inspector,
        "inspection_type": d.inspection_type,
        **{a: d.grade(a) for a in JUDGEMENT_AREAS},
        "rec_count": d.rec_count,
        "priority_action_count": d.priority_action_count,
        "theme": d.theme,
        "visit_number": d.visit_number,
        "status": d.status,
        "error": d.error,
        "page_count": d.page_count,
    }
    out["date"] = out["inspection_end"] or out["inspection_start"] or out["published"]
    out["judgements"] = [
        {"label": j.label, "area": j.area, "grade": j.grade, "grade_text": j.grade_text}
        for j in d.judgements
    ]
    out["recommendations"] = [
        {
            "id": r.id,
            "document_id": r.document_id,
            "position": r.position,
            "section": r.section,
            "priority_action": r.priority_action,
            "text": r.text,
            "themes": list(r.themes),
        }
        for r in d.recommendations
    ]
    return out


def _counts(by_grade: dict[str, dict], rows: list[dict]) -> dict:
    """The analysis' counts for one scope, with the LAs it could not grade and why."""
    statuses = Counter(r["status"] for r in rows)
    denominator = next(iter(by_grade.values()), {}).get("denominator", 0)
    grades = [
        {
            "grade": g,
            "name": GRADE_NAMES[g],
            "count": by_grade.get(g, {}).get("count", 0),
            "percent": by_grade.get(g, {}).get("percent"),
        }
        for g in FOUR_POINT
    ]
    gob = by_grade.get("good_or_outstanding", {})
    return {
        "las": len(rows),
        "denominator": denominator,
        "grades": grades,
        "good_or_better": gob.get("count", 0),
        "good_or_better_percent": gob.get("percent"),
        "not_graded": {s: statuses.get(s, 0) for s in NOT_GRADED},
    }


def parse_day(text: str) -> date:
    """A date from a URL or a form (YYYY-MM-DD, 2012 to today); ValueError with a sentence."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None
    try:
        return check_date(day)
    except InvalidOption as e:
        raise ValueError(str(e)) from None


def quarter_ends(start: date = FIRST_DATE, end: date | None = None) -> list[date]:
    """The end of every quarter from `start` to `end` (today): the static site's dates."""
    return period_ends(start, end or date.today(), "quarter")


__all__ = ["Data", "LA", "Snapshot", "JUDGEMENT_AREAS", "GRADE_NAMES", "JUDGEMENT_NAMES"]
