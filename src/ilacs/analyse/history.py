"""An LA's journey: every inspection and visit in date order, across boundary changes.

The journey of North Northamptonshire starts with Northamptonshire's reports (held under the
old council's URN), that of Bournemouth, Christchurch and Poole with Bournemouth's and Poole's:
the register's predecessors and successors are followed both ways, siblings are not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ilacs import register
from ilacs.analyse.common import change, resolve
from ilacs.analyse.record import Doc, Record
from ilacs.constants import JUDGEMENT_AREAS


@dataclass(frozen=True)
class Step:
    """One document on an LA's journey. For inspections, `change` and `days_since` compare
    with the previous inspection (any council of the lineage); visits leave them None."""

    day: date | None
    urn: int | None
    la_name: str
    kind: str | None
    framework: str | None
    inspection_start: date | None
    inspection_end: date | None
    published: date | None
    grades: dict[str, str | None]
    change: str | None
    days_since: int | None
    visits_since: int
    path: str
    theme: str | None = None

    def as_dict(self) -> dict:
        out = {
            "date": self.day,
            "urn": self.urn,
            "la_name": self.la_name,
            "kind": self.kind,
            "framework": self.framework,
            "inspection_start": self.inspection_start,
            "inspection_end": self.inspection_end,
            "published": self.published,
        }
        out.update({a: self.grades.get(a) for a in JUDGEMENT_AREAS})
        out.update(
            change=self.change,
            days_since=self.days_since,
            visits_since=self.visits_since,
            theme=self.theme,
            path=self.path,
        )
        return out


@dataclass(frozen=True)
class History:
    """The journey of `la` and of the councils linked to it (`councils`, oldest first)."""

    la: register.LA
    councils: list[register.LA]
    steps: list[Step]

    @property
    def missing(self) -> list[register.LA]:
        """Councils of the lineage the database holds no documents of."""
        held = {s.urn for s in self.steps}
        return [c for c in self.councils if c.urn not in held]

    @property
    def inspections(self) -> list[Step]:
        return [s for s in self.steps if s.kind == "inspection"]

    def notes(self) -> list[str]:
        out = []
        if len(self.councils) > 1:
            out.append("Councils followed: " + "; ".join(_span(c) for c in self.councils) + ".")
        for c in self.missing:
            why = "abolished; the crawler can fetch its reports" if c.abolished else "none held"
            out.append(f"No reports of {c.label} in the database ({why}).")
        return out


def _span(la: register.LA) -> str:
    a = la.start.isoformat() if la.start else "…"
    b = la.end.isoformat() if la.end else "today"
    return f"{la.label} {a} to {b}"


def direct_line(la: register.LA) -> list[register.LA]:
    """`la`, the councils it came from and those that followed it (not its siblings)."""
    seen = {la.ons_code: la}
    for step in (register.predecessors, register.successors):  # ancestors, then descendants
        todo = [la]
        while todo:
            for c in step(todo.pop()):
                if c.ons_code not in seen:
                    seen[c.ons_code] = c
                    todo.append(c)
    return sorted(seen.values(), key=lambda c: (c.start or date.min, c.name))


def steps_of(docs: Iterable[Doc], names: dict[int | None, str] | None = None) -> list[Step]:
    """Documents (oldest first) as journey steps, each inspection compared with the one before."""
    names = names or {}
    out: list[Step] = []
    prev: Doc | None = None
    visits = 0
    for d in sorted(docs, key=lambda d: (d.day or date.max, d.path)):
        inspection = d.kind == "inspection"
        step_change = days = None
        if inspection and prev is not None:
            step_change = change(prev.grade("overall"), d.grade("overall"))
            if d.inspection_end and prev.inspection_end:
                days = (d.inspection_end - prev.inspection_end).days
        out.append(
            Step(
                day=d.day,
                urn=d.urn,
                la_name=names.get(d.urn, d.la_name or ""),
                kind=d.kind,
                framework=d.framework,
                inspection_start=d.inspection_start,
                inspection_end=d.inspection_end,
                published=d.published,
                grades=dict(d.grades),
                change=step_change,
                days_since=days,
                visits_since=visits if inspection else 0,
                path=d.path,
                theme=d.theme,
            )
        )
        if inspection:
            prev, visits = d, 0
        else:
            visits += 1
    return out


def history(record: Record, la: str | int | register.LA) -> History:
    """The journey of an LA (a name as people type it, a URN or a register record).

    Raises NotFound (with the nearest names) for an unknown LA.
    """
    council = resolve(la)
    councils = direct_line(council)
    mine = [d for c in councils for d in record.held(c.urn)]
    names: dict[int | None, str] = {c.urn: c.name for c in councils if c.urn is not None}
    return History(la=council, councils=councils, steps=steps_of(mine, names))
