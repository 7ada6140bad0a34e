"""`ilacs ingest`, `show`, `search` and `export`: the record itself."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from ilacs.cli.common import (
    db_option,
    emit,
    format_option,
    friendly_errors,
    output_option,
    table_width,
)
from ilacs.cli.progress import progress_bar
from ilacs.errors import NotFound
from ilacs.model import FRAMEWORKS, GRADES, JUDGEMENT_AREAS, KINDS
from ilacs.register import REGIONS
from ilacs.store import (
    EXPORT_COLUMNS,
    QUERY_HELP,
    RECOMMENDATION_COLUMNS,
    SEARCH_SCOPES,
    SearchFilters,
    Store,
    datasette_metadata,
)
from ilacs.themes.classify import THEMES


@click.command()
@click.argument("folder", type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("--workers", type=int, default=None, help="Processes to use (default: one per core).")
@click.option("--force", is_flag=True, help="Re-read files even when unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly_errors
def ingest(folder: Path, db: Path, workers: int | None, force: bool, quiet: bool) -> None:
    """Read every PDF below FOLDER (recursively) into the database."""
    from ilacs.ingest import ingest as run

    with progress_bar("ingest", unit="files", enabled=not quiet) as advance:
        summary = run(
            folder,
            db,
            workers=workers,
            force=force,
            on_progress=lambda outcome, done, total: advance(done, total),
        )
    for line in summary.notes:
        click.echo(f"skipped, not a report: {line}", err=True)
    for line in summary.errors:
        click.echo(f"failed: {line}", err=True)
    click.echo(
        f"{summary.parsed} parsed, {summary.skipped_unchanged} unchanged, "
        f"{summary.not_a_report} skipped as not a report, {summary.failed} failed "
        f"in {summary.seconds:.1f} s -> {db}"
    )
    if summary.failed:
        sys.exit(1)


def resolve_la(text: str) -> tuple[int, str]:
    """URN and name of the LA a user typed (forgiving: see ilacs.register.find)."""
    from ilacs import register

    la = register.find(text)
    if la.urn is None:
        raise NotFound(f"Ofsted's URN of {la.name} is not known, so it has no reports here")
    return la.urn, la.name


SHOW_COLUMNS = (
    "inspection_end",
    "published",
    "kind",
    "framework",
    *JUDGEMENT_AREAS,
    "rec_count",
    "lead_inspector",
    "path",
)
SHOW_HEADERS = {
    "inspection_end": "on site until",
    "help_protection": "help & protection",
    "care_leavers": "care leavers",
    "in_care": "in care",
    "rec_count": "recs",
    "lead_inspector": "lead inspector",
}


# What --recommendations adds to each document (json) or each row (csv, xlsx).
REC_FIELDS = ("section", "position", "priority_action", "text")
# The recommendations sheet of an xlsx file: the document each one belongs to, then the item.
REC_SHEET_COLUMNS = ("inspection_end", "published", "kind", "framework", *REC_FIELDS, "path")


@click.command()
@click.argument("la")
@db_option
@format_option()
@output_option
@click.option(
    "--recommendations/--no-recommendations",
    default=False,
    help="List each recommendation too: after the table; in json as a list in each document; "
    "in csv as a row per recommendation (the document's columns repeated, then section, "
    "position, priority_action, text); in xlsx on a second sheet.",
)
@friendly_errors
def show(la: str, db: Path, fmt: str, output: Path | None, recommendations: bool) -> None:
    """An LA's record, newest first. LA is a name (forgiving) or a URN."""
    with Store.open_readonly(db) as store:
        urn, name = resolve_la(la)
        rows = store.documents_of(urn)
        if not rows:
            raise NotFound(f"{name} ({urn}) has no documents in {db}")
        table = [dict(r) for r in rows]
        recs = (
            {r["id"]: store.recommendations_of(r["id"]) for r in table} if recommendations else {}
        )
    title = f"{name} ({urn})"
    columns: Sequence[str] = SHOW_COLUMNS
    if fmt == "table":  # people: only the judgements this LA has, no file paths
        columns = [c for c in SHOW_COLUMNS if c != "path" and any(r[c] for r in table)]
        emit(table, columns, fmt, output, title=title, headers=SHOW_HEADERS)
        if recommendations:
            _print_recommendations(table, recs, output)
    elif not recommendations:
        emit(table, columns, fmt, output, title=title)
    elif fmt == "json":
        for r in table:
            r["recommendations"] = [
                {**{k: x[k] for k in REC_FIELDS}, "priority_action": bool(x["priority_action"])}
                for x in recs[r["id"]]
            ]
        emit(table, (*columns, "recommendations"), fmt, output, title=title)
    elif fmt == "csv":
        flat = [{**r, **x} for r in table for x in (recs[r["id"]] or [{}])]
        emit(flat, (*columns, *REC_FIELDS), fmt, output, title=title)
    else:
        items = [{**r, **x} for r in table for x in recs[r["id"]]]
        sheet = ("recommendations", REC_SHEET_COLUMNS, items)
        emit(table, columns, fmt, output, title=title, sheets=[sheet])


def _print_recommendations(documents: list[dict], recs: dict, output: Path | None) -> None:
    """Each document's recommendations, wrapped to the table's width with a hanging indent."""
    import textwrap

    width = table_width(output)
    lines = []
    for r in documents:
        if recs[r["id"]]:
            when = r["inspection_end"] or r["published"]
            lines.append(f"\n{when} {r['kind']} {r['framework'] or ''}".rstrip())
            for x in recs[r["id"]]:
                flag = "PRIORITY ACTION: " if x["priority_action"] else ""
                section = "LSCB " if x["section"] == "lscb" else ""
                head = f"  {section}{x['position']}. "
                lines.append(
                    textwrap.fill(
                        flag + x["text"],
                        width=max(width, 40),
                        initial_indent=head,
                        subsequent_indent=" " * len(head),
                        break_long_words=False,
                        break_on_hyphens=False,
                    )
                )
    text = "\n".join(lines) + "\n"
    if output:
        with open(output, "a", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


SEARCH_COLUMNS = {
    "documents": ("la_name", "inspection_end", "kind", "page", "snippet", "path", "link"),
    "recommendations": (
        "la_name",
        "inspection_end",
        "kind",
        "position",
        "priority_action",
        "snippet",
        "path",
        "link",
    ),
}


@click.command(
    help=f"""Full-text search across every report (or every recommendation), with snippets.

Each report found names its best page and links to that page of the PDF. The count of every
match goes to standard error; --offset pages through them.

\b
The query:
{QUERY_HELP}
"""
)
@click.argument("query")
@db_option
@click.option("--la", default=None, help="Only this LA (name or URN).")
@click.option(
    "--scope",
    type=click.Choice(SEARCH_SCOPES),
    default="documents",
    show_default=True,
    help="Search the reports' text or their recommendations.",
)
@click.option("--region", type=click.Choice(REGIONS), default=None, help="Only LAs of a region.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only documents of a kind.")
@click.option("--framework", type=click.Choice(FRAMEWORKS), default=None, help="Only a framework.")
@click.option("--grade", type=click.Choice(GRADES), default=None, help="Only reports so graded.")
@click.option(
    "--theme",
    type=click.Choice(THEMES),
    default=None,
    help="Only recommendations of a theme (see `ilacs themes`), or reports with one.",
)
@click.option(
    "--judgement",
    type=click.Choice(JUDGEMENT_AREAS),
    default="overall",
    show_default=True,
    help="The judgement --grade applies to.",
)
@click.option("--from", "date_from", default=None, help="On site until (or published) from day.")
@click.option("--to", "date_to", default=None, help="... up to this day (YYYY-MM-DD).")
@click.option("--limit", type=int, default=20, show_default=True, help="Hits to show.")
@click.option("--offset", type=int, default=0, show_default=True, help="Hits to skip first.")
@format_option()
@output_option
@friendly_errors
def search(
    query: str,
    db: Path,
    la: str | None,
    scope: str,
    region: str | None,
    kind: str | None,
    framework: str | None,
    grade: str | None,
    theme: str | None,
    judgement: str,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    offset: int,
    fmt: str,
    output: Path | None,
) -> None:
    filters = SearchFilters(
        urn=resolve_la(la)[0] if la else None,
        region=region,
        kind=kind,
        framework=framework,
        grade=grade,
        judgement=judgement,
        date_from=date_from,
        date_to=date_to,
        theme=theme,
    )
    with Store.open_readonly(db) as store:
        found = store.search(query, filters, scope=scope, limit=limit, offset=offset)
    what = "reports" if scope == "documents" else "recommendations"
    if not found.total:
        click.echo(f"no {what} match {query!r}", err=True)
        if fmt == "table":
            return
    elif found.hits:
        first, last = found.offset + 1, found.offset + len(found.hits)
        more = f" (--offset {last} for more)" if found.more else ""
        click.echo(f"{found.total} {what} match {query!r}: {first}-{last} shown{more}", err=True)
    else:
        click.echo(f"{found.total} {what} match {query!r}, none after {found.offset}", err=True)
    columns = SEARCH_COLUMNS[scope]
    if fmt == "table":  # people: no file paths or long links
        columns = tuple(c for c in columns if c not in ("path", "link"))
    emit(found.hits, columns, fmt, output)


@click.command()
@click.argument("what", type=click.Choice(["inspections", "recommendations", "datasette-metadata"]))
@db_option
@format_option(default="csv", choices=("csv", "json", "xlsx", "table"))
@output_option
@friendly_errors
def export(what: str, db: Path, fmt: str, output: Path | None) -> None:
    """Every document (inspections) or every recommendation, one row each; or Datasette's
    metadata for the database (JSON: `datasette ilacs.db --metadata metadata.json`)."""
    if what == "datasette-metadata":
        text = json.dumps(datasette_metadata(db.stem), indent=2, ensure_ascii=False) + "\n"
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
        return
    with Store.open_readonly(db) as store:
        if what == "inspections":
            emit(store.export_inspections(), EXPORT_COLUMNS, fmt, output, title=what)
        else:
            # the contract's columns first; `section` (la or lscb) and `themes` (ids of
            # ilacs.themes joined by ';', most important first) after them
            cols = (*RECOMMENDATION_COLUMNS, "section", "themes")
            emit(store.export_recommendations(), cols, fmt, output, title=what)


commands = [ingest, show, search, export]
