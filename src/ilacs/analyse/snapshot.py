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
a timeline (`timeline`: the day each inspection starts to stand) and the standing on a date is a
bisect. Between two days on which a standing changes or a council begins or ends, every date
has the same picture: with `Docs` (what `load` returns) the standings and counts of such a span
are made once and shared by every date in it.

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
from dataclasses import dataclass, field
from datetime import date, timedelta

from ilacs import register
from ilacs.analyse.records import (
    FOUR_POINT,
    GOOD_OR_BETTER,
    Db,
    Doc,
    Docs,
    as_docs,
    check_choice,
    check_date,
    check_framework,
    check_judgement,
    docs_of,
    framework_matches,
    one_month_after,
)

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

    days: list[date]
    docs: list[Doc]

    def at(self, day: date) -> Doc | None:
        i = bisect_right(self.days, day)
        return self.docs[i - 1] if i else None


def timeline(held: list[Doc], rule: str = "ofsted", framework: str = "any") -> Timeline:
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
    best = best_key = None
    for day, i, d in admitted:
        key = (d.inspection_end or date.min, i)
        if best_key is None or key > best_key:
            best, best_key = d, key
        if days and days[-1] == day:
            docs[-1] = best
        else:
            days.append(day)
            docs.append(best)
    return Timeline(days, docs)


def standing_doc(
    docs: list[Doc], at: date, rule: str = "ofsted", framework: str = "any"
) -> Doc | None:
    """The inspection of one LA (its documents, oldest first) that stood on `at`."""
    return timeline(docs, rule, framework).at(at)


def check_rule(rule: str) -> str:
    return check_choice(rule, RULES, "rule")


def check_by(by: str) -> str:
    return check_choice(by, BY, "grouping")


def standings(
    docs: list[Doc],
    at: date,
    judgement: str = "overall",
    rule: str = "ofsted",
    framework: str = "any",
) -> list[Standing]:
    """One Standing per LA that existed on `at`, in register order."""
    docs, era = _era(docs, at, rule, framework)
    return list(_standings(docs, era, at, judgement, rule, framework))


def era(docs: list[Doc], at: date, rule: str = "ofsted", framework: str = "any") -> int:
    """The number of the span of dates `at` falls in (see `_era`): two dates with the same
    number have the same standings and counts in every judgement, so what is made of one
    date's picture can be shared by the other."""
    return _era(docs, at, rule, framework)[1]


def era_days(docs: list[Doc], rule: str = "ofsted", framework: str = "any") -> list[date]:
    """The first day of every era but the first (which runs from the start of the record):
    the days on which some LA's standing changes or a council begins or ends."""
    docs = as_docs(docs)
    return list(docs.memo(("days", rule, framework), lambda: _change_days(docs, rule, framework)))


def _era(docs: list[Doc], at: date, rule: str, framework: str) -> tuple[Docs, int]:
    """The documents as `Docs` and the number of the span of dates `at` falls in: between
    two days on which an LA began or ceased to exist or an inspection began to stand, every
    date has the same standings."""
    docs = as_docs(docs)
    days = docs.memo(("days", rule, framework), lambda: _change_days(docs, rule, framework))
    return docs, bisect_right(days, at)


def timelines(docs: list[Doc], rule: str = "ofsted", framework: str = "any") -> dict[int, Timeline]:
    """Each URN's timeline (see `timeline`), made once per `Docs` (what `load` returns)."""
    return _timelines(as_docs(docs), rule, framework)


def _timelines(docs: Docs, rule: str, framework: str) -> dict[int, Timeline]:
    return docs.memo(
        ("timelines", rule, framework),
        lambda: {urn: timeline(held, rule, framework) for urn, held in docs.grouped.items()},
    )


def _change_days(docs: Docs, rule: str, framework: str) -> list[date]:
    out = {d for line in _timelines(docs, rule, framework).values() for d in line.days}
    for la in register.everything():
        if la.start is not None:
            out.add(la.start)
        if la.end is not None:
            out.add(la.end + timedelta(days=1))
    return sorted(out)


def _standings(
    docs: Docs, era: int, at: date, judgement: str, rule: str, framework: str
) -> list[Standing]:
    """The standings of an era (`at` is any date in it), made once per era."""

    def make() -> list[Standing]:
        lines = _timelines(docs, rule, framework)
        made: dict[tuple, Standing] = docs.memo(("standing", judgement), dict)
        out = []
        for la in register.all_las(at):
            line = lines.get(la.urn) if la.urn is not None else None
            doc = line.at(at) if line is not None else None
            key = (la.ons_code, doc.path if doc is not None else line is None)
            standing = made.get(key)
            if standing is None:
                standing = made.setdefault(key, _standing(la, line, doc, judgement))
            out.append(standing)
        return out

    return docs.memo(("standings", judgement, rule, framework, era), make)


def _standing(la: register.LA, line: Timeline | None, doc: Doc | None, judgement: str) -> Standing:
    base = {"urn": la.urn, "name": la.name, "region": la.region}
    if line is None:
        return Standing(status="no_reports", **base)
    if doc is None:
        return Standing(status="not_inspected", **base)
    grade = doc.grade(judgement)
    return Standing(
        status="graded" if grade in FOUR_POINT else "no_judgement",
        grade=grade if grade in FOUR_POINT else None,
        framework=doc.framework,
        inspection_end=doc.inspection_end,
        published=doc.published,
        path=doc.path,
        **base,
    )


def tally(standings_: list[Standing], judgement: str, by: str = "england") -> list[SnapshotRow]:
    """Counts and percentages per grade, for England and (by='region') each region."""
    england: Counter = Counter()
    regions = {r: Counter() for r in register.REGIONS} if by == "region" else {}
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


def picture(
    docs: list[Doc], at: date, judgement: str, rule: str, framework: str, by: str
) -> tuple[list[Standing], list[SnapshotRow]]:
    """The standings and the rows of a snapshot, made once per era of the documents (shared:
    copy before changing them)."""
    docs, era = _era(docs, at, rule, framework)
    st = _standings(docs, era, at, judgement, rule, framework)
    rows = docs.memo(
        ("rows", judgement, rule, framework, by, era), lambda: tally(st, judgement, by)
    )
    return st, rows


def snapshot(
    db: Db,
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
    check_rule(rule)
    check_by(by)
    st, rows = picture(docs_of(db, docs), day, judgement, rule, framework, by)
    return Snapshot(
        at=day,
        judgement=judgement,
        rule=rule,
        framework=framework,
        by=by,
        rows=list(rows),
        las=list(st),
        cutoff=one_month_after(day),
    )
