"""What the pages read: the store opened read-only, the LA register and the analysis.

One `Data` object serves every request. It keeps the small tables (documents, judgements) in
memory and rebuilds them when the database file changes, so a page is built from Python lists,
not from dozens of queries. Each thread has its own read-only connection for the queries that
stay in SQLite (full-text search, downloads).
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from markupsafe import Markup

from ilacs import analyse, register
from ilacs.analyse import records
from ilacs.analyse.records import one_month_after
from ilacs.analyse.trend import period_ends
from ilacs.errors import NotFound
from ilacs.model import JUDGEMENT_AREAS
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
FOUR_POINT = records.FOUR_POINT
UNKNOWN_REGION = "Region not known"
# Why an LA of a date has no grade in a snapshot (the analysis' statuses), as people read it.
NOT_GRADED = {
    "no_judgement": "latest inspection has no such judgement",
    "not_inspected": "not inspected by then",
    "no_reports": "no reports in the database",
}
FIRST_DATE = date(2012, 1, 1)


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
        return replace(self.analysis, at=self.at, cutoff=one_month_after(self.at))

    @property
    def rule_text(self) -> str:
        return self.dated.rule_text

    @property
    def notes(self) -> list[str]:
        return self.dated.notes()


class Data:
    """The read-only view of one database that every page uses."""

    def __init__(self, db: Path | str):
        self.db = Path(db)
        Store.open_readonly(self.db).close()  # fail early, with the store's own message
        self._local = threading.local()
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self.load()

    # -- connections and freshness ------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = Store.open_readonly(self.db).conn
            self._local.conn = conn
        return conn

    def file_version(self) -> tuple:
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(str(self.db) + suffix)
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def refresh(self) -> bool:
        """Reload when the file changed (an ingest ran); True when it did."""
        version = self.file_version()
        if version == self._version:
            return False
        with self._lock:
            if version != self._version:
                self.load()
                return True
        return False

    def load(self) -> None:
        """Read the small tables in one read transaction, then swap them in at once, so a
        request never sees half of an old and half of a new database."""
        version = self.file_version()
        c = self.conn
        c.execute("BEGIN")
        try:
            docs = [dict(r) for r in c.execute("SELECT * FROM documents ORDER BY urn, path")]
            judgements: dict[int, list[dict]] = {}
            for r in c.execute("SELECT * FROM judgements ORDER BY document_id, position"):
                judgements.setdefault(r["document_id"], []).append(dict(r))
            recs: dict[int, list[dict]] = {}
            for r in c.execute(
                "SELECT id, document_id, position, section, priority_action, text"
                " FROM recommendations ORDER BY document_id, section, position"
            ):
                recs.setdefault(r["document_id"], []).append(dict(r))
            meta = {r["key"]: r["value"] for r in c.execute("SELECT key, value FROM meta")}
            docs_of_analysis = analyse.load(c)  # the analysis' own reading of the documents
        finally:
            c.execute("COMMIT")
        for d in docs:
            d["date"] = d["inspection_end"] or d["inspection_start"] or d["published"]
            d["judgements"] = judgements.get(d["id"], [])
            d["recommendations"] = recs.get(d["id"], [])
        las = self._las(docs)
        regions = list(register.REGIONS)
        if any(la.region not in regions for la in las):
            regions.append(UNKNOWN_REGION)
        self.__dict__.update(
            _version=version,
            documents=docs,
            by_path={d["path"]: d for d in docs},
            meta=meta,
            records=docs_of_analysis,
            records_by_urn=records.by_urn(docs_of_analysis),
            las=las,
            la_by_slug={la.slug: la for la in las},
            la_by_urn={la.urn: la for la in las if la.urn is not None},
            la_by_name={la.name: la for la in las},
            regions=regions,
            _snapshots={},
        )

    def cached(self, key, make):
        """A value computed once per version of the database file."""
        if key not in self._snapshots:
            self._snapshots[key] = make()
        return self._snapshots[key]

    @property
    def last_updated(self) -> str | None:
        return self.meta.get("last_update") or self.meta.get("last_ingest")

    @property
    def latest_date(self) -> date:
        return date.today()

    # -- LAs ----------------------------------------------------------------------------------
    def _las(self, docs: list[dict]) -> list[LA]:
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
        for d in docs:
            if d["urn"] is not None and d["urn"] not in known and d["la_name"]:
                known.add(d["urn"])
                name = display_name(d["la_name"])
                out.append(LA(d["urn"], name, slugify(name) + f"-{d['urn']}", UNKNOWN_REGION))
        return sorted(out, key=lambda la: la.name)

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
    def snapshot(self, at: date, judgement: str = "overall", rule: str = "ofsted") -> Snapshot:
        """The analysis' snapshot (issue 6), made once per era of dates with the same picture
        and kept in memory until the database changes; only the date differs within an era."""
        era = analyse.era(self.records, at, rule)
        key = ("era", era, judgement, rule)
        shared = self._snapshots.get(key)
        if shared is None:
            if len(self._snapshots) > 8192:
                self._snapshots.clear()
            shared = self._snapshots[key] = self._snapshot(at, judgement, rule, era)
        return shared if shared.at == at else replace(shared, at=at)

    def _snapshot(self, at: date, judgement: str, rule: str, era: int) -> Snapshot:
        snap = analyse.snapshot(
            self.conn, at, judgement=judgement, by="region", rule=rule, docs=self.records
        )
        # An LA's row is the same in every era until its standing changes: made once, so
        # the eras of every judgement kept in memory share them.
        made = self._snapshots.setdefault("rows", {})
        rows = []
        for st in snap.las:
            row = made.get(st)
            if row is None:
                la = self.la_by_name.get(st.name) or LA(
                    st.urn, st.name, slugify(st.name), st.region
                )
                row = made[st] = {
                    "la": la,
                    "status": st.status,
                    "grade": st.grade,
                    "document": self.by_path.get(st.path) if st.path else None,
                    "tile": (la.slug, st.grade, st.status),  # what its tile shows
                }
            rows.append(row)
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

    def shares(self, judgement: str) -> dict[str, list[tuple[date, float | None]]]:
        """Share of LAs good or outstanding at each quarter end, for England and each region
        (the analysis' trend), oldest first."""
        key = ("trend", judgement)
        if key not in self._snapshots:
            out: dict[str, list] = {}
            for r in analyse.trend(
                self.conn, judgement=judgement, every="quarter", by="region", docs=self.records
            ):
                if r.grade == "good_or_outstanding":
                    out.setdefault(r.scope, []).append((r.date, r.percent))
            self._snapshots[key] = out
        return self._snapshots[key]

    # -- an LA's record -----------------------------------------------------------------------
    def history(self, la: LA) -> tuple[list[dict], list[str]]:
        """Every document of an LA and of the councils before and after it, oldest first,
        with the analysis' notes on what the record lacks."""
        if la.record is None:
            docs = [d for d in self.documents if d["urn"] == la.urn]
            return sorted(docs, key=lambda d: (d["date"] or "", d["path"])), []
        hist = analyse.history(self.conn, la.record, docs=self.records)
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
        return analyse.check_date(day)
    except NotFound as e:
        raise ValueError(str(e)) from None


def quarter_ends(start: date = FIRST_DATE, end: date | None = None) -> list[date]:
    """The end of every quarter from `start` to `end` (today): the static site's dates."""
    return period_ends(start, end or date.today(), "quarter")


__all__ = ["Data", "LA", "Snapshot", "JUDGEMENT_AREAS", "GRADE_NAMES", "JUDGEMENT_NAMES"]
