"""`ilacs history`, `snapshot`, `transitions`, `timing`, `firsts`, `trend`: answers from the record.

Each command parses its options, calls a function of `ilacs.analyse` and prints the rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import click

from ilacs.analyse.common import FRAMEWORK_CHOICES
from ilacs.cli.common import db_option, emit, format_option, friendly_errors, output_option
from ilacs.cli.explain import AREA_WORDS, GRADE_WORDS, framework_words, why_none
from ilacs.model import JUDGEMENT_AREAS

judgement_option = click.option(
    "--judgement",
    type=click.Choice(list(JUDGEMENT_AREAS)),
    default="overall",
    show_default=True,
    help="Which judgement (columns as in the export; SIF and ILACS map onto them).",
)
chart_option = click.option(
    "--chart",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also draw a chart to this .png or .svg file.",
)
by_option = click.option(
    "--by",
    type=click.Choice(["england", "region"]),
    default="england",
    show_default=True,
    help="England only, or England and each of the nine regions.",
)
framework_option = click.option(
    "--framework",
    type=click.Choice(list(FRAMEWORK_CHOICES)),
    default="any",
    show_default=True,
    help="Only inspections of this framework: any, sif, ilacs (any ILACS framework), pre_sif,"
    " ilacs2018, ilacs2023 or ilacs2026.",
)
rule_option = click.option(
    "--rule",
    type=click.Choice(["ofsted", "published"]),
    default="ofsted",
    show_default=True,
    help="ofsted: inspected by the date and published within a month (Ofsted's statistics); "
    "published: published by the date.",
)


def _record(db: Path):
    """The database read once into the analysis' record."""
    from ilacs.analyse.record import Record

    return Record.load(db)


def _check_chart(chart: Path | None) -> None:
    """Refuse a chart file of the wrong kind before any work is done."""
    if chart is not None:
        from ilacs.analyse.charts import check_path

        check_path(chart)


def _why(record, judgement: str, framework: str = "any", grade: str | None = None) -> str:
    """Why no inspection matched these options ("" if some did), from the record's documents."""
    return why_none(record.docs, judgement, framework, grade)


def _under(framework: str) -> str:
    return "" if framework == "any" else f" under {framework_words(framework)}"


def _note(lines: Iterable[str]) -> None:
    """Notes go to stderr so csv/json on stdout stay clean."""
    for line in lines:
        click.echo(line, err=True)


HISTORY_COLUMNS = (
    "date",
    "la_name",
    "kind",
    "framework",
    *JUDGEMENT_AREAS,
    "change",
    "days_since",
    "visits_since",
    "published",
    "path",
)


@click.command()
@click.argument("la")
@db_option
@format_option()
@output_option
@chart_option
@click.option(
    "--follow-up",
    is_flag=True,
    help="Each recommendation instead, with what the next inspection or visit said about its "
    "theme (date, grade of the judgement covering it, best passages with page numbers).",
)
@friendly_errors
def history(
    la: str, db: Path, fmt: str, output: Path | None, chart: Path | None, follow_up: bool
) -> None:
    """An LA's journey: every inspection and visit in date order, across boundary changes."""
    _check_chart(chart)
    if follow_up:
        from ilacs.cli.themes import show_follow_up

        show_follow_up(_record(db), db, la, fmt, output)
        return
    from ilacs.analyse.history import history as run

    h = run(_record(db), la)
    rows = [s.as_dict() for s in h.steps]
    columns: Sequence[str] = HISTORY_COLUMNS
    if fmt == "table":
        columns = [c for c in HISTORY_COLUMNS if c != "path" and any(r[c] for r in rows)]
        columns = columns or ["date", "kind"]
    notes = h.notes()
    nothing = None
    if not h.steps:
        nothing = " ".join(notes) or f"No documents of {h.la.label} in {db}."
        notes = []
    emit(rows, columns, fmt, output, title=f"{h.la.label}: journey", nothing=nothing)
    _note(notes)
    if chart:
        from ilacs.analyse.charts import journey_chart

        click.echo(f"chart: {journey_chart(h, chart)}", err=True)


@click.command()
@db_option
@click.option("--at", "at", default=None, help="The date, YYYY-MM-DD (default: today).")
@judgement_option
@by_option
@framework_option
@rule_option
@click.option("--las", is_flag=True, help="List each LA and the inspection counted for it.")
@format_option()
@output_option
@chart_option
@friendly_errors
def snapshot(
    db: Path,
    at: str | None,
    judgement: str,
    by: str,
    framework: str,
    rule: str,
    las: bool,
    fmt: str,
    output: Path | None,
    chart: Path | None,
) -> None:
    """The picture on a date: each LA's latest judgement as it stood, counts and percentages."""
    _check_chart(chart)
    from ilacs.analyse.snapshot import snapshot as run

    record = _record(db)
    snap = run(record, at, judgement=judgement, by=by, framework=framework, rule=rule)
    if las:
        rows = [dict(s.__dict__) for s in snap.las]
        cols: tuple[str, ...] = (
            "urn",
            "name",
            "region",
            "status",
            "grade",
            "framework",
            "inspection_end",
            "published",
            "path",
        )
        if fmt == "table":
            cols = cols[:-1]
        emit(rows, cols, fmt, output, title=f"LAs at {snap.at.isoformat()}")
    else:
        rows = [r.as_dict() for r in snap.rows]
        nothing = None
        if not any(r.denominator for r in snap.rows):
            why = _why(record, judgement, framework) or (
                f"no LA's inspection{_under(framework)} with a judgement of "
                f"{AREA_WORDS[judgement]} counts by that date under the {rule} rule (see below)"
            )
            nothing = (
                f"No LA has a grade for {AREA_WORDS[judgement]} on {snap.at.isoformat()}: {why}."
            )
        emit(
            rows,
            ("scope", "judgement", "grade", "count", "denominator", "percent"),
            fmt,
            output,
            title=f"{judgement} at {snap.at.isoformat()}",
            nothing=nothing,
        )
    _note(snap.notes())
    if chart:
        from ilacs.analyse.charts import snapshot_chart

        click.echo(f"chart: {snapshot_chart(snap, chart)}", err=True)


@click.command()
@db_option
@judgement_option
@click.option(
    "--from-framework",
    type=click.Choice(list(FRAMEWORK_CHOICES)),
    default="any",
    show_default=True,
    help="The framework of the earlier inspection of each pair (as --framework elsewhere).",
)
@click.option(
    "--to-framework",
    type=click.Choice(list(FRAMEWORK_CHOICES)),
    default="any",
    show_default=True,
    help="The framework of the later inspection of each pair.",
)
@click.option("--pairs", is_flag=True, help="List each pair of inspections instead of the matrix.")
@format_option()
@output_option
@friendly_errors
def transitions(
    db: Path,
    judgement: str,
    from_framework: str,
    to_framework: str,
    pairs: bool,
    fmt: str,
    output: Path | None,
) -> None:
    """How LAs moved between consecutive inspections: grade matrix, improved / same / declined."""
    from ilacs.analyse.transitions import transitions as run
    from ilacs.constants import FOUR_POINT

    record = _record(db)
    t = run(record, judgement=judgement, from_framework=from_framework, to_framework=to_framework)
    title = f"{judgement}: {from_framework} -> {to_framework}, {len(t.pairs)} pairs"
    nothing = None
    if not t.pairs:
        why = (
            _why(record, judgement, from_framework)
            or _why(record, judgement, to_framework)
            or f"no LA has an inspection{_under(from_framework)} followed by one"
            f"{_under(to_framework)}, both judging {AREA_WORDS[judgement]}"
        )
        nothing = (
            f"No pairs of consecutive inspections judged {AREA_WORDS[judgement]} "
            f"({from_framework} -> {to_framework}): {why}."
        )
    if pairs:
        rows = [p.as_dict() for p in t.pairs]
        cols: tuple[str, ...] = (
            "la_name",
            "region",
            "from_date",
            "from_framework",
            "from_grade",
            "to_date",
            "to_framework",
            "to_grade",
            "change",
            "days",
            "urn",
        )
        if fmt == "table":  # people: the name is enough
            cols = cols[:-1]
        emit(rows, cols, fmt, output, title=title, nothing=nothing)
        return
    emit(
        t.matrix(), ("from_grade", *FOUR_POINT, "total"), fmt, output, title=title, nothing=nothing
    )
    if nothing:
        return
    if fmt == "table" and output is None:
        emit(t.summary(), ("change", "count", "total", "percent"), fmt, None)
    else:
        _note(f"{s['change']}: {s['count']} of {s['total']} ({s['percent']}%)" for s in t.summary())


@click.command()
@db_option
@judgement_option
@click.option(
    "--measure",
    type=click.Choice(["inadequate_to_good", "between_inspections"]),
    default=None,
    help="Only one measure (default: both).",
)
@click.option("--intervals", "each", is_flag=True, help="List each interval instead.")
@format_option()
@output_option
@friendly_errors
def timing(
    db: Path, judgement: str, measure: str | None, each: bool, fmt: str, output: Path | None
) -> None:
    """Time from inadequate to good or better, and between inspections, by framework and region."""
    from ilacs.analyse.timing import intervals
    from ilacs.analyse.timing import timing as run

    record = _record(db)
    if each:
        rows = [
            x.as_dict() for x in intervals(record, judgement) if not measure or x.measure == measure
        ]
        cols: tuple[str, ...] = (
            "measure",
            "la_name",
            "region",
            "framework",
            "start",
            "end",
            "days",
            "urn",
        )
        if fmt == "table":
            cols = cols[:-1]
        emit(
            rows,
            cols,
            fmt,
            output,
            title="intervals",
            nothing=_no_intervals(record, judgement, measure, rows),
        )
        return
    rows = run(record, judgement=judgement, measure=measure)
    if any(r["count"] or r.get("still_waiting") for r in rows):
        rows_found = rows
    else:
        rows_found = []
    cols = (
        "measure",
        "group_by",
        "group",
        "count",
        "still_waiting",
        "median_days",
        "median_months",
        "mean_days",
        "min_days",
        "max_days",
    )
    emit(
        rows,
        cols,
        fmt,
        output,
        title=f"timing ({judgement})",
        nothing=_no_intervals(record, judgement, measure, rows_found),
    )


def _no_intervals(record, judgement: str, measure: str | None, found: list) -> str | None:
    """Why timing found no interval (None when it found some)."""
    if found:
        return None
    area = AREA_WORDS[judgement]
    if measure != "between_inspections":
        why = (
            _why(record, judgement, grade="inadequate")
            or f"no LA was ever judged inadequate for {area}"
        )
    else:
        why = _why(record, judgement) or f"no LA has two inspections that judged {area}"
    return f"No intervals to time for {area}: {why}."


@click.command()
@db_option
@click.option(
    "--grade",
    type=click.Choice(
        ["outstanding", "good", "requires_improvement", "inadequate", "good_or_outstanding"]
    ),
    default="outstanding",
    show_default=True,
    help="The grade reached (good_or_outstanding: either).",
)
@judgement_option
@framework_option
@click.option(
    "--order",
    type=click.Choice(["published", "inspection"]),
    default="published",
    show_default=True,
    help="Rank by publication date or by the last day on site.",
)
@click.option(
    "--all-judgements",
    is_flag=True,
    help="Count an inspection only when every judgement it makes has the grade"
    " (e.g. outstanding in every judgement); --judgement is then ignored.",
)
@format_option()
@output_option
@friendly_errors
def firsts(
    db: Path,
    grade: str,
    judgement: str,
    framework: str,
    order: str,
    all_judgements: bool,
    fmt: str,
    output: Path | None,
) -> None:
    """LAs in the order they first reached a grade, with dates."""
    from ilacs.analyse.firsts import firsts as run

    record = _record(db)
    rows = [
        f.as_dict()
        for f in run(
            record,
            grade=grade,
            judgement=judgement,
            framework=framework,
            order=order,
            all_judgements=all_judgements,
        )
    ]
    cols: tuple[str, ...] = (
        "rank",
        "la_name",
        "region",
        "grade",
        "framework",
        "published",
        "inspection_end",
        "urn",
        "path",
    )
    if fmt == "table":  # people: no URN or file path
        cols = cols[:-2]
    nothing = None
    if not rows and all_judgements:
        why = why_none(record.docs, None, framework) or (
            f"no inspection{_under(framework)} was judged {GRADE_WORDS[grade]} "
            "in every judgement it made"
        )
        nothing = (
            f"No LA was judged {GRADE_WORDS[grade]} in every judgement{_under(framework)}: {why}."
        )
    elif not rows:
        why = why_none(record.docs, judgement, framework, grade) or "no inspection matched"
        nothing = (
            f"No LA was judged {GRADE_WORDS[grade]} for {AREA_WORDS[judgement]}"
            f"{_under(framework)}: {why}."
        )
    what = "every judgement" if all_judgements else judgement
    emit(rows, cols, fmt, output, title=f"first {grade} ({what}, {framework})", nothing=nothing)


@click.command()
@db_option
@judgement_option
@click.option(
    "--every",
    type=click.Choice(["month", "quarter", "year"]),
    default="quarter",
    show_default=True,
    help="A point at the end of every month, quarter or year.",
)
@by_option
@framework_option
@rule_option
@click.option("--from", "start", default=None, help="First date (default 2014-03-31).")
@click.option("--to", "end", default=None, help="Last date (default today).")
@click.option("--all-grades", is_flag=True, help="Every grade, not only good or outstanding.")
@format_option()
@output_option
@chart_option
@friendly_errors
def trend(
    db: Path,
    judgement: str,
    every: str,
    by: str,
    framework: str,
    rule: str,
    start: str | None,
    end: str | None,
    all_grades: bool,
    fmt: str,
    output: Path | None,
    chart: Path | None,
) -> None:
    """Grade shares over time, nationally and per region."""
    _check_chart(chart)
    from ilacs.analyse.trend import trend as run

    record = _record(db)
    rows = run(
        record,
        judgement=judgement,
        every=every,
        by=by,
        framework=framework,
        rule=rule,
        start=start,
        end=end,
    )
    shown = [r.as_dict() for r in rows if all_grades or r.grade == "good_or_outstanding"]
    cols = ("date", "scope", "judgement", "grade", "count", "denominator", "percent", "lacking")
    nothing = None
    if not any(r.denominator for r in rows):
        why = _why(record, judgement, framework) or (
            f"no LA's inspection{_under(framework)} with a judgement of {AREA_WORDS[judgement]} "
            f"counts in these dates under the {rule} rule"
        )
        nothing = f"No LA has a grade for {AREA_WORDS[judgement]} on any of these dates: {why}."
    emit(
        shown,
        cols,
        fmt,
        output,
        title=f"{judgement}: share of LAs by grade, every {every}",
        nothing=nothing,
    )
    if any(r.lacking for r in rows):
        _note(["lacking: LAs of that date with no reports in the database (abolished councils)."])
    if chart:
        from ilacs.analyse.charts import trend_chart

        click.echo(f"chart: {trend_chart(rows, chart)}", err=True)


commands = [history, snapshot, transitions, timing, firsts, trend]
