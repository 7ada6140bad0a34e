"""What inspectors ask for: how often each theme is asked for, an LA's themes inspection by
inspection, and the recommendations of one theme.

Every function is a pure function of the analysis record (`ilacs.analyse.Record`, whose
recommendations carry their themes) and its options, like the other analyses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from ilacs import register
from ilacs.analyse.common import check_choice, council, resolve
from ilacs.analyse.record import Record
from ilacs.errors import NotFound
from ilacs.themes.classify import NAMES, THEMES
from ilacs.themes.label import META_KEY

BY = ("theme", "year", "framework", "region", "grade", "section")


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


def items(record: Record) -> tuple[Item, ...]:
    """Every recommendation of a readable document with its themes, oldest document first.

    Raises NotFound for a database whose recommendations were never labelled (written before
    themes existed): `ilacs ingest` labels them, reading no PDF.
    """
    docs = [d for d in record.docs if d.recommendations]
    if docs and META_KEY not in record.meta:
        where = f"{record.source}: " if record.source else ""
        raise NotFound(
            f"{where}the recommendations have no themes yet: run `ilacs ingest` on the "
            "database once (no PDF is read again)"
        )
    regions: dict[int | None, str | None] = {}
    out = []
    for d in docs:
        if d.urn not in regions:
            regions[d.urn] = council(d.urn, d.la_name)[1] if d.urn is not None else None
        for r in d.recommendations:
            out.append(
                Item(
                    id=r.id,
                    document_id=d.id,
                    path=d.path,
                    urn=d.urn,
                    la_name=d.la_name,
                    region=regions[d.urn],
                    kind=d.kind or "",
                    framework=d.framework,
                    day=d.day,
                    grade=d.grade("overall"),
                    section=r.section,
                    position=r.position,
                    priority_action=r.priority_action,
                    text=r.text,
                    themes=r.themes,
                )
            )
    return tuple(out)


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


def frequency(record: Record, by: str = "theme") -> list[Frequency]:
    """How often each theme is asked for, overall or per group (`by` one of BY), most first."""
    check_choice(by, BY, "way to count themes")
    recs: Counter[str] = Counter()
    docs: dict[str, set[int]] = defaultdict(set)
    count: Counter[tuple[str, str]] = Counter()
    first: Counter[tuple[str, str]] = Counter()
    asked: dict[tuple[str, str], set[int]] = defaultdict(set)
    for it in items(record):
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
    next full inspection asks for it again (None when there is no later inspection)."""

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


def la_themes(record: Record, la: str | int | register.LA) -> tuple[register.LA, list[Asked]]:
    """An LA's themes, document by document (oldest first), each marked as asked for again or
    not by the LA's next full inspection (one that made no recommendation asks for nothing
    again; None when there is no later inspection). The LA's documents include those of the
    councils it took over from; visit letters with areas for improvement are listed too."""
    la = resolve(la)
    urns = _line(la)
    docs: dict[int, list[Item]] = {}
    for it in items(record):
        if it.urn in urns:
            docs.setdefault(it.document_id, []).append(it)
    asked_in = {d: {t for it in its for t in it.themes} for d, its in docs.items()}
    inspections = sorted(
        (d for urn in urns for d in record.held(urn) if d.kind == "inspection" and d.day),
        key=lambda d: (d.day, d.path),
    )
    ordered = sorted(docs.values(), key=lambda its: (its[0].day or date.min, its[0].path))
    rank = {t: j for j, t in enumerate(THEMES)}
    out = []
    for its in ordered:
        head = its[0]
        nxt = next((d for d in inspections if _after(d.day, head.day)), None)
        later = asked_in.get(nxt.id, set()) if nxt else set()
        counts = Counter(t for it in its for t in it.themes)
        for theme, n in sorted(counts.items(), key=lambda x: (-x[1], rank.get(x[0], 99))):
            out.append(
                Asked(
                    day=head.day,
                    kind=head.kind,
                    framework=head.framework,
                    grade=head.grade,
                    theme=theme,
                    count=n,
                    again=(theme in later) if nxt else None,
                    next_day=nxt.day if nxt else None,
                    path=head.path,
                )
            )
    return la, out


def _after(day: date | None, than: date | None) -> bool:
    return day is not None and than is not None and day > than


def theme_items(
    record: Record, theme: str, la: str | int | register.LA | None = None
) -> list[Item]:
    """The recommendations that ask for `theme` (of one LA's line if `la`), oldest first."""
    check_choice(theme, THEMES, "theme")
    urns = _line(resolve(la)) if la is not None else None
    return [it for it in items(record) if theme in it.themes and (urns is None or it.urn in urns)]
