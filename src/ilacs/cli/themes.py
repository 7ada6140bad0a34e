"""`ilacs themes`: what inspectors ask for, counted by theme (see ilacs.themes)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from ilacs.cli.common import db_option, emit, format_option, friendly_errors, output_option
from ilacs.themes.asked import BY
from ilacs.themes.classify import THEMES

FREQUENCY_COLUMNS = (
    "group",
    "theme",
    "name",
    "count",
    "first",
    "share_of_recommendations",
    "inspections_asked",
    "share_of_inspections",
    "recommendations",
    "inspections",
)
FREQUENCY_HEADERS = {
    "share_of_recommendations": "% of recs",
    "inspections_asked": "inspections asking",
    "share_of_inspections": "% of inspections",
    "recommendations": "recs",
}
LA_COLUMNS = (
    "date",
    "kind",
    "framework",
    "grade",
    "theme",
    "name",
    "count",
    "asked_again",
    "next",
    "path",
)
ITEM_COLUMNS = (
    "date",
    "la_name",
    "framework",
    "grade",
    "section",
    "position",
    "themes",
    "text",
    "region",
    "kind",
    "priority_action",
    "urn",
    "path",
)


@click.command()
@db_option
@click.option(
    "--by",
    type=click.Choice(list(BY)),
    default="theme",
    show_default=True,
    help="Count per year, framework, region, grade (overall effectiveness) or section (la/lscb).",
)
@click.option("--la", default=None, help="An LA's themes inspection by inspection (name or URN).")
@click.option(
    "--theme",
    type=click.Choice(list(THEMES)),
    default=None,
    help="List the recommendations of this theme (of --la's only, if given).",
)
@format_option()
@output_option
@click.option(
    "--chart",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also draw a chart to this .png or .svg file.",
)
@friendly_errors
def themes(
    db: Path,
    by: str,
    la: str | None,
    theme: str | None,
    fmt: str,
    output: Path | None,
    chart: Path | None,
) -> None:
    """What inspectors ask for: each theme's count and share of recommendations and inspections.

    Every recommendation has 1-3 themes of the taxonomy (README, "Themes"), labelled as it is
    ingested. --la marks the themes asked for again at the LA's next inspection.
    """
    from ilacs.analyse.record import Record
    from ilacs.themes import asked

    if chart is not None:
        from ilacs.analyse.charts import check_path

        check_path(chart)
    record = Record.load(db)
    if theme:
        recs = asked.theme_items(record, theme, la=la)
        cols: Sequence[str] = ITEM_COLUMNS
        if fmt == "table":
            cols = ("date", "la_name", "framework", "grade", "section", "themes", "text")
        title = f"{theme}: {len(recs)} recommendations" + (f" ({la})" if la else "")
        emit([r.as_dict() for r in recs], cols, fmt, output, title=title)
        if chart:
            from ilacs.themes.charts import frequency_chart

            shares = [r for r in asked.frequency(record, by="year") if r.theme == theme]
            click.echo(f"chart: {frequency_chart(shares, chart, by='year')}", err=True)
        return
    if la:
        council, themed = asked.la_themes(record, la)
        cols = LA_COLUMNS if fmt != "table" else LA_COLUMNS[:-1]
        emit([r.as_dict() for r in themed], cols, fmt, output, title=f"{council.label}: themes")
        if not themed:
            click.echo(f"No recommendations of {council.label} in {db}.", err=True)
        if chart:
            from ilacs.themes.charts import la_chart

            click.echo(f"chart: {la_chart(themed, chart, council.label)}", err=True)
        return
    counts = asked.frequency(record, by=by)
    cols = FREQUENCY_COLUMNS if by != "theme" else FREQUENCY_COLUMNS[1:]
    title = "themes of recommendations" + (f" by {by}" if by != "theme" else "")
    emit([r.as_dict() for r in counts], cols, fmt, output, title=title, headers=FREQUENCY_HEADERS)
    if chart:
        from ilacs.themes.charts import frequency_chart

        click.echo(f"chart: {frequency_chart(counts, chart, by=by)}", err=True)


FOLLOW_UP_COLUMNS = (
    "date",
    "section",
    "position",
    "text",
    "themes",
    "theme",
    "next_date",
    "next_kind",
    "next_framework",
    "judgement",
    "grade",
    "page",
    "passage",
    "more_passages",
    "next_path",
    "path",
)


def show_follow_up(record, db: Path, la: str, fmt: str, output: Path | None) -> None:
    """`ilacs history LA --follow-up`: each recommendation and what came of it."""
    from ilacs.store import Store
    from ilacs.themes.follow_up import follow_up

    with Store(db, readonly=True) as store:
        council, rows = follow_up(record, la, store.pages)
    if fmt != "table" or output is not None:
        title = f"{council.label}: follow-up"
        emit([r.as_dict() for r in rows], FOLLOW_UP_COLUMNS, fmt, output, title=title)
        return
    if not rows:
        click.echo(f"No recommendations of {council.label} in {db}.", err=True)
    shown = None
    for r in rows:
        it = r.item
        if it.path != shown:
            shown = it.path
            click.echo(f"\n{it.day} {it.kind} {it.framework or ''} ({it.grade or 'ungraded'})")
        flag = "PRIORITY " if it.priority_action else ""
        click.echo(f"  {it.section} {it.position}. {flag}{it.text}  [{';'.join(it.themes)}]")
        if r.next is None:
            click.echo("    next: no later inspection or visit in the database")
            continue
        grade = f", {r.judgement_label()}: {r.grade}" if r.grade else ""
        click.echo(f"    next: {r.next.day} {r.next.kind} {r.next.framework or ''}{grade}")
        for p in r.passages:
            click.echo(f"      p. {p.page}: {p.text}")
        if not r.passages:
            click.echo(f"      (no passage speaks to {r.theme})")


commands = [themes]
