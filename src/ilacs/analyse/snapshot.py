"""The picture on any date: each LA's most recent judgement as it stood then, and grade shares.

Two rules say which inspection "stood" on a date:

- `ofsted` (the default) is the rule of Ofsted's official statistics: inspections that took
  place by the date (last day on site on or before it) and were published within a month of it
  ("as at 31 August 2019 and published by 30 September 2019"). The month runs to the same day
  of the next month, kept within that month (31 August -> 30 September).
- `published`: inspections published by the date, i.e. what a reader could see that day.

A document whose publication date is unknown (no files.csv or crawl record) counts from its
last day on site under either rule.

Each LA that existed on the date (see `ilacs.register`) gets one `Standing`: graded, or not
counted because its latest inspection has no such judgement (e.g. 2026-framework reports have
no overall effectiveness grade), because it had not been inspected yet (new councils), or
because the database holds no reports of it at all (councils abolished before 2026 are not in
the corpus). Percentages are of the graded LAs; the snapshot says how many it lacks.

Judgements map across frameworks as in the export (SIF "Leadership, management and
governance" and ILACS "The impact of leaders ..." are both `leaders`, and so on). With
`framework="any"` an LA's latest inspection of any framework counts; `sif`, `ilacs` (any ILACS
framework) or one framework take its latest inspection of that kind only.

Ofsted's figures for 31 August 2019, reproduced from the corpus with the default rule:

- London 26 of 33 good or outstanding overall (79%), West Midlands 3 of 14 (21%): exact.
- Impact of leaders, England: 83 of 147 (56.5%, published as 56%): exact to the whole percent.
- Overall, England: 73 of 147 (49.7%) against the published 49%. The corpus lacks 2 of the 151
  LAs of that date (Northamptonshire and Cumbria, abolished since; their reports stay under
  their old URNs) and BCP and the new Dorset were not yet inspected. Ofsted's 49% is 73 of
  149, which is what these figures give if both missing councils were below good.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ilacs import register
from ilacs.analyse.records import (
    FOUR_POINT,
    GOOD_OR_BETTER,
    Doc,
    by_urn,
    check_date,
    check_framework,
    check_judgement,
    framework_matches,
    load,
    one_month_after,
)
from ilacs.errors import NotFound
from ilacs.store import Store

RULES = ("ofsted", "published")
# The grades a snapshot reports, with the share Ofsted quotes most.
SNAPSHOT_GRADES = (*FOUR_POINT, "good_or_outstanding")
BY = ("england", "region")


@dataclass(frozen=True)
class Standing:
    """One LA in a snapshot: the inspection counted for it and its grade for the judgement.

    `status` is `graded`, `no_judgement` (its latest inspection has no such judgement),
    `not_inspected` (no inspection counted by the date) or `no_reports` (the database holds
    nothing of this council: an abolished council not yet fetched).
    """

    urn: int | None
    name: str
    region: str
    status: str
    grade: str | None = None
    framework: str | None = None
    inspection_end: date | None = None
    published: date | None = None
    path: str | None = None


@dataclass(frozen=True)
class SnapshotRow:
    """One scope (England or a region) and grade: the csv/json record of a snapshot."""

    scope: str
    judgement: str
    grade: str
    count: int
    denominator: int
    percent: float | None

    def as_dict(self) -> dict:
        return {
            "scope": self.scope,
            "judgement": self.judgement,
            "grade": self.grade,
            "count": self.count,
            "denominator": self.denominator,
            "percent": self.percent,
        }


@dataclass(frozen=True)
class Snapshot:
    at: date
    judgement: str
    rule: str
    framework: str
    by: str
    rows: list[SnapshotRow]
    las: list[Standing]
    cutoff: date = field(default=date.min)

    @property
    def rule_text(self) -> str:
        if self.rule == "ofsted":
            return (
                f"inspections that took place by {self.at.isoformat()} and were published by "
                f"{self.cutoff.isoformat()} (Ofsted's rule)"
            )
        return f"inspections published by {self.at.isoformat()}"

    def of_status(self, status: str) -> list[Standing]:
        return [s for s in self.las if s.status == status]

    @property
    def lacking(self) -> list[Standing]:
        """LAs of that date the database holds no reports of (abolished councils)."""
        return self.of_status("no_reports")

    def notes(self) -> list[str]:
        """Sentences on what the figures leave out, for people and for files' footers."""
        out = [f"Rule: {self.rule_text}.", f"LAs on {self.at.isoformat()}: {len(self.las)}."]
        lack = self.lacking
        if lack:
            out.append(
                f"The database lacks {len(lack)} LA{'s' if len(lack) > 1 else ''} of that date "
                f"(no reports held; councils abolished since): "
                + ", ".join(s.name for s in lack)
                + "."
            )
        ni = self.of_status("not_inspected")
        if ni:
            out.append(
                f"Not inspected by then ({self.framework} framework), {len(ni)}: "
                + _names([s.name for s in ni])
            )
        nj = self.of_status("no_judgement")
        if nj:
            out.append(
                f"Latest inspection has no {self.judgement} judgement, {len(nj)}: "
                + _names([f"{s.name} ({s.framework})" for s in nj])
            )
        return out


def _names(names: list[str], most: int = 12) -> str:
    """A list for a sentence, cut after `most` names (the --las listing has them all)."""
    if len(names) <= most:
        return ", ".join(names) + "."
    return ", ".join(names[:most]) + f" and {len(names) - most} more (see --las)."


def standing_doc(
    docs: list[Doc], at: date, rule: str = "ofsted", framework: str = "any"
) -> Doc | None:
    """The inspection of one LA (its documents, oldest first) that stood on `at`."""
    cutoff = one_month_after(at)
    best = None
    for d in docs:
        if d.kind != "inspection" or not framework_matches(d.framework, framework):
            continue
        if rule == "ofsted":
            ok = d.inspection_end is not None and d.inspection_end <= at
            ok = ok and (d.published is None or d.published <= cutoff)
        else:
            ok = (d.published or d.inspection_end or date.max) <= at
        if ok and (
            best is None or (d.inspection_end or date.min) >= (best.inspection_end or date.min)
        ):
            best = d
    return best


def _check_rule(rule: str) -> str:
    if rule not in RULES:
        raise NotFound(f"no rule called {rule!r}; use one of {', '.join(RULES)}")
    return rule


def standings(
    docs: list[Doc],
    at: date,
    judgement: str = "overall",
    rule: str = "ofsted",
    framework: str = "any",
) -> list[Standing]:
    """One Standing per LA that existed on `at`, in register order."""
    grouped = by_urn(docs)
    out = []
    for la in register.all_las(at):
        held = grouped.get(la.urn, []) if la.urn is not None else []
        base = {"urn": la.urn, "name": la.name, "region": la.region}
        if not held:
            out.append(Standing(status="no_reports", **base))
            continue
        doc = standing_doc(held, at, rule, framework)
        if doc is None:
            out.append(Standing(status="not_inspected", **base))
            continue
        grade = doc.grade(judgement)
        out.append(
            Standing(
                status="graded" if grade in FOUR_POINT else "no_judgement",
                grade=grade if grade in FOUR_POINT else None,
                framework=doc.framework,
                inspection_end=doc.inspection_end,
                published=doc.published,
                path=doc.path,
                **base,
            )
        )
    return out


def tally(standings_: list[Standing], judgement: str, by: str = "england") -> list[SnapshotRow]:
    """Counts and percentages per grade, for England and (by='region') each region."""
    scopes: list[tuple[str, list[Standing]]] = [("England", standings_)]
    if by == "region":
        for region in register.REGIONS:
            scopes.append((region, [s for s in standings_ if s.region == region]))
    rows = []
    for scope, members in scopes:
        graded = [s for s in members if s.status == "graded"]
        counts = Counter(s.grade for s in graded)
        counts["good_or_outstanding"] = sum(counts[g] for g in GOOD_OR_BETTER)
        n = len(graded)
        for g in SNAPSHOT_GRADES:
            pct = round(100 * counts[g] / n, 1) if n else None
            rows.append(SnapshotRow(scope, judgement, g, counts[g], n, pct))
    return rows


def snapshot(
    db: Path | str | Store | sqlite3.Connection,
    at: date | str | None = None,
    *,
    judgement: str = "overall",
    by: str = "england",
    framework: str = "any",
    rule: str = "ofsted",
    docs: list[Doc] | None = None,
) -> Snapshot:
    """The picture on date `at` (default today): see the module docstring for the rules.

    `by` is 'england' or 'region' (England first, then the nine ONS regions); `framework` is
    any, sif, ilacs (any ILACS), or one framework. Raises NotFound on a bad date or option.
    """
    day = check_date(at)
    check_judgement(judgement)
    check_framework(framework)
    _check_rule(rule)
    if by not in BY:
        raise NotFound(f"no grouping called {by!r}; use one of {', '.join(BY)}")
    docs = load(db) if docs is None else docs
    st = standings(docs, day, judgement, rule, framework)
    return Snapshot(
        at=day,
        judgement=judgement,
        rule=rule,
        framework=framework,
        by=by,
        rows=tally(st, judgement, by),
        las=st,
        cutoff=one_month_after(day),
    )
