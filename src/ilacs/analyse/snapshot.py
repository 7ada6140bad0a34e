"""The picture on any date: each LA's most recent judgement as it stood then, and grade shares.

Two rules say which inspection "stood" on a date:

- `ofsted` (the default) is the rule of Ofsted's official statistics: inspections that took
  place by the date (last day on site on or before it) and were published within a month of it
  ("as at 31 August 2019 and published by 30 September 2019"). The month runs to the same day
  of the next month, kept within that month (31 August -> 30 September).
- `published`: inspections published by the date, i.e. what a reader could see that day.

A document whose publication date is unknown (no files.csv or crawl record) counts from its
last day on site under either rule.

Both rules only ever admit more inspections as the date moves on, so each LA's documents become
a timeline (`ilacs.analyse.record.timeline`: the day each inspection starts to stand) and the
standing on a date is a bisect. Between two days on which a standing changes or a council
begins or ends, every date has the same picture: a record's `Calendar` of a rule and framework
makes the standings and counts of such a span (an era) once, for every date in it.

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

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from ilacs import register
from ilacs.analyse.common import (
    check_choice,
    check_date,
    check_framework,
    check_judgement,
)
from ilacs.analyse.record import Record, Timeline, cached_method, one_month_after
from ilacs.constants import FIRST_DAY, FOUR_POINT, GOOD_OR_BETTER

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


def check_rule(rule: str) -> str:
    return check_choice(rule, RULES, "rule")


def check_by(by: str) -> str:
    return check_choice(by, BY, "grouping")


@dataclass(frozen=True, eq=False)
class Calendar:
    """The picture of a record through time under one rule and framework.

    `days` are the first days of every era but the first (which runs from the start of the
    record): the days on which some LA's standing changes or a council begins or ends. Every
    date of an era has the same standings and counts, so they are made once per era.
    """

    record: Record
    rule: str
    framework: str

    @property
    def lines(self) -> dict[int, Timeline]:
        return self.record.timelines(self.rule, self.framework)

    @cached_property
    def days(self) -> tuple[date, ...]:
        out = {d for line in self.lines.values() for d in line.days}
        for la in register.everything():
            if la.start is not None:
                out.add(la.start)
            if la.end is not None:
                out.add(la.end + timedelta(days=1))
        return tuple(sorted(out))

    def era(self, at: date) -> int:
        """The number of the era `at` falls in."""
        return bisect_right(self.days, at)

    def era_start(self, era: int) -> date:
        return self.days[era - 1] if era else FIRST_DAY

    @cached_method
    def standings(self, era: int, judgement: str) -> tuple[Standing, ...]:
        """One Standing per LA that existed in the era, in register order."""
        at = self.era_start(era)
        lines = self.lines
        out = []
        for la in register.all_las(at):
            line = lines.get(la.urn) if la.urn is not None else None
            doc = line.at(at) if line is not None else None
            doc_id = doc.id if doc is not None else None
            out.append(self._standing(la.ons_code, line is not None, doc_id, judgement))
        return tuple(out)

    @cached_property
    def _councils(self) -> dict[str, register.LA]:
        return {la.ons_code: la for la in register.everything()}

    @cached_method
    def _standing(self, ons_code: str, held: bool, doc_id: int | None, judgement: str) -> Standing:
        # An LA's standing is the same in every era until its inspection changes: made once,
        # so the eras share them (the web keeps a row per standing).
        la = self._councils[ons_code]
        doc = self.record.by_id[doc_id] if doc_id is not None else None
        if not held:
            return Standing(la.urn, la.name, la.region, "no_reports")
        if doc is None:
            return Standing(la.urn, la.name, la.region, "not_inspected")
        grade = doc.grade(judgement)
        return Standing(
            la.urn,
            la.name,
            la.region,
            status="graded" if grade in FOUR_POINT else "no_judgement",
            grade=grade if grade in FOUR_POINT else None,
            framework=doc.framework,
            inspection_end=doc.inspection_end,
            published=doc.published,
            path=doc.path,
        )

    @cached_method
    def rows(self, era: int, judgement: str, by: str) -> tuple[SnapshotRow, ...]:
        return tuple(tally(self.standings(era, judgement), judgement, by))


def tally(standings_: Iterable[Standing], judgement: str, by: str = "england") -> list[SnapshotRow]:
    """Counts and percentages per grade, for England and (by='region') each region."""
    england: Counter = Counter()
    regions: dict[str, Counter] = {r: Counter() for r in register.REGIONS} if by == "region" else {}
    graded = Counter((s.region, s.grade) for s in standings_ if s.status == "graded")
    for (where, grade), n in graded.items():
        england[grade] += n
        if where in regions:
            regions[where][grade] += n
    rows = []
    for scope, c in [("England", england), *regions.items()]:
        n = c.total()
        c["good_or_outstanding"] = sum(c[g] for g in GOOD_OR_BETTER)
        for g in SNAPSHOT_GRADES:
            pct = round(100 * c[g] / n, 1) if n else None
            rows.append(SnapshotRow(scope, judgement, g, c[g], n, pct))
    return rows


def snapshot(
    record: Record,
    at: date | str | None = None,
    *,
    judgement: str = "overall",
    by: str = "england",
    framework: str = "any",
    rule: str = "ofsted",
) -> Snapshot:
    """The picture on date `at` (default today): see the module docstring for the rules.

    `by` is 'england' or 'region' (England first, then the nine ONS regions); `framework` is
    any, sif, ilacs (any ILACS), or one framework. Raises InvalidOption on a bad date or option.
    """
    day = check_date(at)
    check_judgement(judgement)
    check_framework(framework)
    check_rule(rule)
    check_by(by)
    cal = record.calendar(rule, framework)
    era = cal.era(day)
    return Snapshot(
        at=day,
        judgement=judgement,
        rule=rule,
        framework=framework,
        by=by,
        rows=list(cal.rows(era, judgement, by)),
        las=list(cal.standings(era, judgement)),
        cutoff=one_month_after(day),
    )
