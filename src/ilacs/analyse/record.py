"""The record: every document of one version of the database, as frozen rows, and what the
analyses derive from it.

`Record.load(path)` reads the database once (documents, judgements, recommendations, meta) and
returns one frozen object. Everything derived from it (the documents of each URN, each LA's
timeline of standing inspections, the standings of a span of dates) is a cached property or a
cached method of the object that owns it, so it is made once per record and dropped with it.
Nothing is kept between records: a caller that wants a newer database loads a new record (the
web does when the file changes; see `Record.is_current`).

    >>> from ilacs.analyse import Record, snapshot
    >>> record = Record.load("ilacs.db")
    >>> snapshot(record, "2019-08-31", by="region").rows[0]
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ilacs.constants import ILACS_FRAMEWORKS, JUDGEMENT_AREAS
from ilacs.model import Judgement
from ilacs.store import Store, file_state

if TYPE_CHECKING:
    from ilacs.analyse.snapshot import Calendar

T = TypeVar("T")


def cached_method(func: Callable[..., T]) -> Callable[..., T]:
    """A method of a frozen object whose result is kept on the object, one per set of
    (positional, hashable) arguments: derived once, dropped with the object."""
    name = func.__name__

    @functools.wraps(func)
    def wrapper(self, *args):
        memo = self.__dict__.setdefault("_cached_methods", {})
        key = (name, *args)
        try:
            return memo[key]
        except KeyError:
            return memo.setdefault(key, func(self, *args))

    return wrapper


@dataclass(frozen=True)
class Rec:
    """One recommendation or priority action of a document, in printed order."""

    id: int
    document_id: int
    position: int
    section: str
    priority_action: bool
    text: str
    # ids of ilacs.themes (1-3, most important first); () until labelled (issue 11)
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Doc:
    """One stored document: an inspection, a review, a visit letter (or a file that is not a
    report, with `status` saying so)."""

    id: int
    path: str
    urn: int | None
    la_name: str | None
    kind: str | None
    framework: str | None
    inspection_start: date | None
    inspection_end: date | None
    published: date | None
    grades: Mapping[str, str | None] = field(default_factory=dict, compare=False, hash=False)
    theme: str | None = None
    url: str | None = None
    lead_inspector: str | None = None
    inspection_type: str | None = None
    rec_count: int | None = None
    priority_action_count: int | None = None
    status: str = "ok"
    error: str | None = None
    ofsted_file_id: str | None = None
    event_type: str | None = None
    page_count: int | None = None
    sha256: str | None = None
    visit_number: int | None = None
    judgements: tuple[Judgement, ...] = field(default=(), compare=False, hash=False)
    recommendations: tuple[Rec, ...] = field(default=(), compare=False, hash=False)

    @property
    def day(self) -> date | None:
        """The date the document is placed at: the last day on site, else publication."""
        return self.inspection_end or self.published

    def grade(self, judgement: str) -> str | None:
        return self.grades.get(judgement)


def _d(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def order(docs: Iterable[Doc]) -> tuple[Doc, ...]:
    """Documents oldest first: by the day they are placed at, then path."""
    return tuple(sorted(docs, key=lambda d: (d.day or date.max, d.path)))


def framework_matches(framework: str | None, wanted: str) -> bool:
    """Whether a document's framework is what a --framework option asked for."""
    if wanted == "any":
        return framework is not None
    if wanted == "ilacs":
        return framework in ILACS_FRAMEWORKS
    return framework == wanted


def one_month_after(day: date) -> date:
    """The same day a month later, kept within that month: 31 August -> 30 September."""
    import calendar

    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def first_day(d: Doc, rule: str = "ofsted") -> date | None:
    """The first date on which inspection `d` may stand under `rule` (None: never).

    Under `ofsted` that is its last day on site, or later the first date whose cutoff (a
    month on) reaches its publication; under `published`, its publication (else its last day
    on site). A document stands from that date on: the rules only admit more as dates pass.
    """
    if rule != "ofsted":
        return d.published or d.inspection_end
    if d.inspection_end is None:
        return None
    if d.published is None or d.published <= one_month_after(d.inspection_end):
        return d.inspection_end
    day = d.published - timedelta(days=31)  # a month on is at most 31 days on
    while one_month_after(day) < d.published:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class Timeline:
    """One LA's standing inspection under a rule and framework: `docs[i]` from `days[i]` on."""

    days: tuple[date, ...]
    docs: tuple[Doc, ...]

    def at(self, day: date) -> Doc | None:
        i = bisect_right(self.days, day)
        return self.docs[i - 1] if i else None


def timeline(held: Iterable[Doc], rule: str = "ofsted", framework: str = "any") -> Timeline:
    """When each of an LA's inspections (its documents, oldest first) took over as standing:
    the latest last day on site among those admitted, the later document on a tie."""
    admitted = []
    for i, d in enumerate(held):
        if d.kind == "inspection" and framework_matches(d.framework, framework):
            day = first_day(d, rule)
            if day is not None:
                admitted.append((day, i, d))
    admitted.sort(key=lambda a: (a[0], a[1]))
    days: list[date] = []
    docs: list[Doc] = []
    best_key: tuple | None = None
    best: Doc | None = None
    for day, i, d in admitted:
        key = (d.inspection_end or date.min, i)
        if best_key is None or key > best_key:
            best, best_key = d, key
        assert best is not None
        if days and days[-1] == day:
            docs[-1] = best
        else:
            days.append(day)
            docs.append(best)
    return Timeline(tuple(days), tuple(docs))


@dataclass(frozen=True, eq=False)
class Record:
    """Every document of one version of the database, oldest first, and what is derived
    from them (made once, on first use)."""

    documents: tuple[Doc, ...]
    meta: Mapping[str, str] = field(default_factory=dict)
    # Where and as what state of the file it was read (see `is_current`); None if built in code.
    source: Path | None = None
    version: tuple | None = None

    @classmethod
    def load(cls, db: Path | str) -> Record:
        """Read a database file (read-only) into a record."""
        path = Path(db)
        with Store.open_readonly(path) as store:
            # The state before reading: a write that lands while reading makes the record look
            # stale, never current when it is not.
            version = file_state(path)
            return cls.from_store(store, source=path, version=version)

    @classmethod
    def from_store(
        cls, store: Store, *, source: Path | None = None, version: tuple | None = None
    ) -> Record:
        """A record of what an open store holds, read in one read transaction."""
        with store.reading():
            rows = store.document_rows()
            judgements: dict[int, list[Judgement]] = {}
            for r in store.judgement_rows():
                judgements.setdefault(r["document_id"], []).append(
                    Judgement(r["label"], r["grade"], r["grade_text"] or "", r["area"])
                )
            recs: dict[int, list[Rec]] = {}
            for r in store.recommendation_rows():
                recs.setdefault(r["document_id"], []).append(
                    Rec(
                        r["id"],
                        r["document_id"],
                        r["position"],
                        r["section"],
                        bool(r["priority_action"]),
                        r["text"],
                        tuple(t for t in (r["themes"] or "").split(";") if t),
                    )
                )
            meta = store.all_meta()
        docs = [
            Doc(
                id=r["id"],
                path=r["path"],
                urn=r["urn"],
                la_name=r["la_name"],
                kind=r["kind"],
                framework=r["framework"],
                inspection_start=_d(r["inspection_start"]),
                inspection_end=_d(r["inspection_end"]),
                published=_d(r["published"]),
                grades={a: r[a] for a in JUDGEMENT_AREAS},
                theme=r["theme"],
                url=r["url"],
                lead_inspector=r["lead_inspector"],
                inspection_type=r["inspection_type"],
                rec_count=r["rec_count"],
                priority_action_count=r["priority_action_count"],
                status=r["status"],
                error=r["error"],
                ofsted_file_id=r["ofsted_file_id"],
                event_type=r["event_type"],
                page_count=r["page_count"],
                sha256=r["sha256"],
                visit_number=r["visit_number"] if "visit_number" in r.keys() else None,
                judgements=tuple(judgements.get(r["id"], ())),
                recommendations=tuple(recs.get(r["id"], ())),
            )
            for r in rows
        ]
        return cls(order(docs), meta, source, version)

    @classmethod
    def of(cls, documents: Iterable[Doc], meta: Mapping[str, str] | None = None) -> Record:
        """A record of documents made in code (tests, what-ifs): ordered, not tied to a file."""
        return cls(order(documents), dict(meta or {}))

    def is_current(self) -> bool:
        """Whether the file this record was read from is unchanged since (the one freshness
        rule: the modification time and size of the file and of its write-ahead log)."""
        return self.source is not None and file_state(self.source) == self.version

    # -- what the analyses read ---------------------------------------------------------------
    @cached_property
    def docs(self) -> tuple[Doc, ...]:
        """The readable documents (status ok), oldest first."""
        return tuple(d for d in self.documents if d.status == "ok")

    @cached_property
    def by_urn(self) -> dict[int, tuple[Doc, ...]]:
        """The readable documents of each URN, oldest first."""
        out: dict[int, list[Doc]] = {}
        for d in self.docs:
            if d.urn is not None:
                out.setdefault(d.urn, []).append(d)
        return {urn: tuple(held) for urn, held in out.items()}

    @cached_property
    def by_path(self) -> dict[str, Doc]:
        return {d.path: d for d in self.documents}

    @cached_property
    def by_id(self) -> dict[int, Doc]:
        return {d.id: d for d in self.documents}

    def held(self, urn: int | None) -> tuple[Doc, ...]:
        """The readable documents of one URN (none for an unknown or missing URN)."""
        return self.by_urn.get(urn, ()) if urn is not None else ()

    @cached_method
    def timelines(self, rule: str, framework: str) -> dict[int, Timeline]:
        """Each URN's timeline of standing inspections under `rule` and `framework`."""
        return {urn: timeline(held, rule, framework) for urn, held in self.by_urn.items()}

    @cached_method
    def calendar(self, rule: str, framework: str) -> Calendar:
        """The spans of dates with the same picture under `rule` and `framework`, and the
        standings of each (see `ilacs.analyse.snapshot.Calendar`)."""
        from ilacs.analyse.snapshot import Calendar

        return Calendar(self, rule, framework)
