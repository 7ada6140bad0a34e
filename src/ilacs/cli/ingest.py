"""`ilacs ingest`, `show`, `search` and `export`: the record itself."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ilacs.cli.common import db_option, emit, format_option, friendly_errors, output_option
from ilacs.errors import NotFound
from ilacs.model import JUDGEMENT_AREAS
from ilacs.store import EXPORT_COLUMNS, RECOMMENDATION_COLUMNS, Store


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

    summary = run(folder, db, workers=workers, force=force, progress=not quiet)
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


@click.command()
@click.argument("la")
@db_option
@format_option()
@output_option
@click.option("--recommendations/--no-recommendations", default=False, help="List each item.")
@friendly_errors
def show(la: str, db: Path, fmt: str, output: Path | None, recommendations: bool) -> None:
    """An LA's record, newest first. LA is a name (forgiving) or a URN."""
    with Store.open_readonly(db) as store:
        urn, name = resolve_la(la)
        rows = store.conn.execute(
            "SELECT * FROM documents WHERE urn = ? AND status = 'ok'"
            " ORDER BY COALESCE(inspection_end, published) DESC",
            (urn,),
        ).fetchall()
        if not rows:
            raise NotFound(f"{name} ({urn}) has no documents in {db}")
        table = [dict(r) for r in rows]
        columns = SHOW_COLUMNS
        if fmt == "table":  # people: only the judgements this LA has, no file paths
            columns = [c for c in SHOW_COLUMNS if c != "path" and any(r[c] for r in table)]
        emit(table, columns, fmt, output, title=f"{name} ({urn})", headers=SHOW_HEADERS)
        if recommendations and fmt == "table":
            for r in rows:
                recs = store.recommendations_of(r["id"])
                if recs:
                    click.echo(f"\n{r['inspection_end']} {r['kind']} {r['framework'] or ''}")
                    for rec in recs:
                        flag = "PRIORITY " if rec["priority_action"] else ""
                        click.echo(f"  {rec['section']} {rec['position']}. {flag}{rec['text']}")


@click.command()
@click.argument("query")
@db_option
@click.option("--la", default=None, help="Only this LA (name or URN).")
@click.option("--limit", default=20, show_default=True, help="At most this many documents.")
@format_option()
@output_option
@friendly_errors
def search(query: str, db: Path, la: str | None, limit: int, fmt: str, output: Path | None) -> None:
    """Full-text search across every document, with snippets."""
    with Store.open_readonly(db) as store:
        urn = resolve_la(la)[0] if la else None
        rows = store.search(query, limit=limit, urn=urn)
        if not rows and fmt == "table":
            click.echo(f"no document mentions {query!r}")
            return
        emit(rows, ("la_name", "inspection_end", "kind", "snippet", "path"), fmt, output)


@click.command()
@click.argument("what", type=click.Choice(["inspections", "recommendations"]))
@db_option
@format_option(default="csv", choices=("csv", "json", "xlsx", "table"))
@output_option
@friendly_errors
def export(what: str, db: Path, fmt: str, output: Path | None) -> None:
    """Every document (inspections) or every recommendation, one row each."""
    with Store.open_readonly(db) as store:
        if what == "inspections":
            emit(store.export_inspections(), EXPORT_COLUMNS, fmt, output, title=what)
        else:
            # the contract's columns first; `section` (la or lscb) after them
            cols = (*RECOMMENDATION_COLUMNS, "section")
            emit(store.export_recommendations(), cols, fmt, output, title=what)


commands = [ingest, show, search, export]
