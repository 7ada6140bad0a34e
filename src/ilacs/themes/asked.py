"""What inspectors ask for: how often each theme comes up, an LA's themes inspection by
inspection, and the recommendations of one theme.

Every function reads the stored recommendations and their themes (one read-only query, about
0.1 s for the corpus) and works in memory; `load` can be called once and its result passed as
`items=` to every call, as the web does with the analysis record.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ilacs import register
from ilacs.errors import NotFound
from ilacs.store import Store
from ilacs.themes.classify import NAMES, THEMES

BY = ("theme", "year", "framework", "region", "grade", "section")
Db = Path | str | Store | sqlite3.Connection


@dataclass(frozen=True)
class Item:
    """One recommendation with its themes and the facts of its document."""

    id: int
    document_id: int
    path: str
    urn: int | None
    la_name: str | None
    region: str | None
    kind: str
    framework: str | None
    day: date | None  # last day on site, else publication
    grade: str | None  # the document's overall effectiveness
    section: str
    position: int
    priority_action: bool
    text: str
    themes: tuple[str, ...]

    @property
    def year(self) -> int | None:
        return self.day.year if self.day else None

    def as_dict(self) -> dict:
        return {
            "date": self.day,
            "la_name": self.la_name,
            "region": self.region,
            "kind": self.kind,
            "framework": self.framework,
            "grade": self.grade,
            "section": self.section,
            "position": self.position,
            "priority_action": self.priority_action,
            "themes": ";".join(self.themes),
            "text": self.text,
            "urn": self.urn,
            "path": self.path,
        }


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def load(db: Db) -> tuple[Item, ...]:
    """Every recommendation of a readable document, oldest document first."""
    if isinstance(db, sqlite3.Connection):
        conn, own = db, None
    elif isinstance(db, Store):
        conn, own = db.conn, None
    else:
        own = Store.open_readonly(db)
        conn = own.conn
    try:
        cols = {r[1] for r in conn.execute("PRAGMA table_info(recommendations)")}
        if "themes" not in cols:
            raise NotFound(
                "the database has no themes yet: run `ilacs ingest` on it once (no PDF is re-read)",
                str(db) if own else None,
            )
        rows = conn.execute(
            """SELECT r.id, r.document_id, d.path, d.urn, d.la_name, d.kind, d.framework,
                      COALESCE(d.inspection_end, d.published) AS day, d.overall,
                      r.section, r.position, r.priority_action, r.text, r.themes
               FROM recommendations r JOIN documents d ON d.id = r.document_id
               WHERE d.status = 'ok'
               ORDER BY day, d.path, r.section, r.position"""
        ).fetchall()
    finally:
        if own:
            own.close()
    regions: dict[int | None, str | None] = {}
    items = []
    for r in rows:
        urn = r["urn"]
        if urn not in regions:
            regions[urn] = _region(urn)
        items.append(
            Item(
                id=r["id"],
                document_id=r["document_id"],
                path=r["path"],
                urn=urn,
                la_name=r["la_name"],
                region=regions[urn],
                kind=r["kind"],
                framework=r["framework"],
                day=_day(r["day"]),
                grade=r["overall"],
                section=r["section"],
                position=r["position"],
                priority_action=bool(r["priority_action"]),
                text=r["text"],
                themes=tuple(t for t in (r["themes"] or "").split(";") if t),
            )
        )
    return tuple(items)


def _region(urn: int | None) -> str | None:
    if urn is None:
        return None
    try:
        return register.by_urn(urn).region
    except NotFound:
        return None


def _group(item: Item, by: str) -> str:
    if by == "year":
        return str(item.year) if item.year else "undated"
    if by == "framework":
        return item.framework or item.kind
    if by == "region":
        return item.region or "unknown"
    if by == "grade":
        return item.grade or "ungraded"
    if by == "section":
        return item.section
    return "all"


@dataclass(frozen=True)
class Frequency:
    """How often one theme is asked for in one group (all recommendations when not grouped).

    `recommendations` and `inspections` are the group's totals: recommendations, and documents
    with at least one recommendation. Shares are percentages of those, one decimal.
    """

    group: str
    theme: str
    count: int  # recommendations with this theme
    first: int  # ... of which it is the first (main) theme
    recommendations: int
    inspections_asked: int  # documents with at least one recommendation of this theme
    inspections: int

    @property
    def share_of_recommendations(self) -> float:
        return round(100 * self.count / self.recommendations, 1) if self.recommendations else 0.0

    @property
    def share_of_inspections(self) -> float:
        return (
            round(100 * self.inspections_asked / self.inspections, 1) if self.inspections else 0.0
        )

    def as_dict(self) -> dict:
        return {
            "group": self.group,
            "theme": self.theme,
            "name": NAMES.get(self.theme, self.theme),
            "count": self.count,
            "first": self.first,
            "recommendations": self.recommendations,
            "share_of_recommendations": self.share_of_recommendations,
            "inspections_asked": self.inspections_asked,
            "inspections": self.inspections,
            "share_of_inspections": self.share_of_inspections,
        }


def check_by(by: str | None) -> str:
    by = by or "theme"
    if by not in BY:
        raise NotFound(f"cannot count themes by {by!r}: choose one of {', '.join(BY)}")
    return by


def check_theme(theme: str) -> str:
    if theme not in THEMES:
        raise NotFound(f"no theme {theme!r}: the themes are {', '.join(THEMES)}")
    return theme


def frequency(
    db: Db | None = None, by: str | None = None, items: tuple[Item, ...] | None = None
) -> list[Frequency]:
    """How often each theme is asked for, overall or per group (`by` one of BY), most first."""
    by = check_by(by)
    items = load(db) if items is None else items
    recs: Counter[str] = Counter()
    docs: dict[str, set[int]] = defaultdict(set)
    count: Counter[tuple[str, str]] = Counter()
    first: Counter[tuple[str, str]] = Counter()
    asked: dict[tuple[str, str], set[int]] = defaultdict(set)
    for it in items:
        g = _group(it, by)
        recs[g] += 1
        docs[g].add(it.document_id)
        for i, t in enumerate(it.themes):
            count[g, t] += 1
            first[g, t] += i == 0
            asked[g, t].add(it.document_id)
    rows = [
        Frequency(g, t, n, first[g, t], recs[g], len(asked[g, t]), len(docs[g]))
        for (g, t), n in count.items()
    ]
    order = {t: i for i, t in enumerate(THEMES)}
    rows.sort(key=lambda r: (r.group, -r.count, order.get(r.theme, 99)))
    return rows


@dataclass(frozen=True)
class Asked:
    """One theme in one of an LA's documents: how many items ask for it, and whether the LA's
    next document with recommendations asks for it again (None when there is no next one)."""

    day: date | None
    kind: str
    framework: str | None
    grade: str | None
    theme: str
    count: int
    again: bool | None
    next_day: date | None
    path: str

    def as_dict(self) -> dict:
        return {
            "date": self.day,
            "kind": self.kind,
            "framework": self.framework,
            "grade": self.grade,
            "theme": self.theme,
            "name": NAMES.get(self.theme, self.theme),
            "count": self.count,
            "asked_again": None if self.again is None else ("yes" if self.again else "no"),
            "next": self.next_day,
            "path": self.path,
        }


def _line(la: register.LA) -> set[int]:
    """URNs of `la` and of the councils it took over from (their reports are its history)."""
    urns, todo = set(), [la]
    while todo:
        cur = todo.pop()
        if cur.urn is not None and cur.urn not in urns:
            urns.add(cur.urn)
            todo.extend(register.predecessors(cur))
    return urns


def la_themes(
    db: Db | None, la: str | int | register.LA, items: tuple[Item, ...] | None = None
) -> tuple[register.LA, list[Asked]]:
    """An LA's themes, document by document (oldest first), marking those asked again next."""
    council = la if isinstance(la, register.LA) else register.find(str(la))
    items = load(db) if items is None else items
    urns = _line(council)
    docs: dict[int, list[Item]] = {}
    for it in items:
        if it.urn in urns:
            docs.setdefault(it.document_id, []).append(it)
    ordered = sorted(docs.values(), key=lambda its: (its[0].day or date.min, its[0].path))
    out = []
    for i, its in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        later = {t for it in nxt for t in it.themes} if nxt else set()
        counts = Counter(t for it in its for t in it.themes)
        order = {t: j for j, t in enumerate(THEMES)}
        for theme, n in sorted(counts.items(), key=lambda x: (-x[1], order.get(x[0], 99))):
            head = its[0]
            out.append(
                Asked(
                    day=head.day,
                    kind=head.kind,
                    framework=head.framework,
                    grade=head.grade,
                    theme=theme,
                    count=n,
                    again=(theme in later) if nxt else None,
                    next_day=nxt[0].day if nxt else None,
                    path=head.path,
                )
            )
    return council, out


def theme_items(
    db: Db | None,
    theme: str,
    la: str | int | register.LA | None = None,
    items: tuple[Item, ...] | None = None,
) -> list[Item]:
    """The recommendations that ask for `theme` (of one LA's line if `la`), oldest first."""
    check_theme(theme)
    items = load(db) if items is None else items
    urns = None
    if la is not None:
        urns = _line(la if isinstance(la, register.LA) else register.find(str(la)))
    return [it for it in items if theme in it.themes and (urns is None or it.urn in urns)]
