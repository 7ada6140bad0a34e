"""Options and output shared by every command: --db, --format, tables for people, files for scripts."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

import click

from ilacs.errors import IlacsError

FORMATS = ("table", "csv", "json", "xlsx")

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("ilacs.db"),
    show_default=True,
    envvar="ILACS_DB",
    show_envvar=True,
    help="The SQLite database file.",
)


def format_option(default: str = "table", choices: Sequence[str] = FORMATS):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="table for people; csv, json or xlsx for scripts and spreadsheets.",
    )


output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output (required for xlsx).",
)


def friendly_errors(func: Callable) -> Callable:
    """Turn ilacs' own errors into one readable line and a non-zero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except IlacsError as e:
            raise click.ClickException(str(e)) from e

    return wrapper


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def emit(
    rows: Iterable[dict],
    columns: Sequence[str],
    fmt: str = "table",
    output: Path | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Write rows as a rich table, CSV, JSON (a list of objects) or an xlsx workbook.

    `headers` gives shorter column titles for the table only; files keep the field names.
    """
    rows = [{c: _plain(r.get(c)) for c in columns} for r in rows]
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx needs -o/--output FILE.xlsx")
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet((title or "data")[:31])
        ws.append(list(columns))
        for r in rows:
            ws.append([r[c] for c in columns])
        wb.save(output)
        return
    if fmt == "table":
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=title and escape(title), show_lines=False)
        for c in columns:
            table.add_column(headers.get(c, c) if headers else c)
        for r in rows:
            table.add_row(*("" if r[c] is None else escape(str(r[c])) for c in columns))
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                Console(file=fh, width=200).print(table)
        else:
            # Piped output is not cut to 80 columns: people paste it into notes.
            Console(width=None if sys.stdout.isatty() else 200).print(table)
        return
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "json":
        json.dump(rows, buf, indent=1, ensure_ascii=False)
        buf.write("\n")
    else:
        raise click.UsageError(f"unknown format {fmt}")
    if output:
        output.write_text(buf.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buf.getvalue())
