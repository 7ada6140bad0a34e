"""Options and output shared by every command: --db, --format, tables for people, files for scripts.

One mechanism for every command's output: `format_option` and `output_option` give the
options, the format is resolved once (from `--format`, else from the extension of `-o`, else
the command's default) before the command runs, and `emit` writes the rows in that format.
Tables fit the terminal: cells wrap and never lose characters; when the columns cannot fit
side by side, the table drops its box, then grades take short forms (with a key printed under
the table), and at last each row is stacked as one block of "column: value" lines.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

import click

from ilacs.errors import IlacsError
from ilacs.model import GRADES, JUDGEMENT_AREAS

FORMATS = ("table", "csv", "json", "xlsx")
# What each file extension means when --format is not given.
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".json": "json",
    ".xlsx": "xlsx",
    ".txt": "table",
    ".html": "html",
    ".htm": "html",
}
# Width of a table written to a file or a pipe: wide enough that nothing needs to wrap.
FILE_WIDTH = 200

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("ilacs.db"),
    show_default=True,
    envvar="ILACS_DB",
    show_envvar=True,
    help="The SQLite database file.",
)


def resolve_format(
    fmt: str | None, output: Path | None, default: str = "table", choices: Sequence[str] = FORMATS
) -> str:
    """The format to write: `fmt` if given, else the one `output`'s extension names, else
    `default`. A format that contradicts the extension, or one the command does not write, is
    a usage error."""
    implied = SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    if output is not None and fmt is not None and implied is not None and fmt != implied:
        raise click.UsageError(
            f"--format {fmt} does not match -o {output}: a {output.suffix} file is {implied}; "
            f"give -o a .{'txt' if fmt == 'table' else fmt} file or drop --format"
        )
    chosen = fmt or implied or default
    if chosen not in choices:
        raise click.UsageError(
            f"-o {output}: this command writes {', '.join(choices)}, not {chosen}"
            if fmt is None
            else f"--format {fmt}: this command writes {', '.join(choices)}"
        )
    if chosen == "xlsx" and output is None:
        raise click.UsageError("--format xlsx needs -o/--output FILE.xlsx")
    return chosen


def format_option(
    default: str = "table", choices: Sequence[str] = FORMATS, describe: str | None = None
):
    """The --format option; with `output_option` (applied below it), the format follows -o's
    extension when --format is not given. The command receives the resolved format as `fmt`."""
    files = [f for f in choices if f != "table"]
    what = ("table for people; " if "table" in choices else "") + (
        f"{', '.join(files[:-1])} or {files[-1]}" if len(files) > 1 else "".join(files)
    )
    what += " for scripts and spreadsheets." if "xlsx" in files else " for scripts."
    what = describe or what

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            kwargs["fmt"] = resolve_format(
                kwargs.get("fmt"), kwargs.get("output"), default, choices
            )
            return func(*args, **kwargs)

        has_output = any(p.name == "output" for p in getattr(func, "__click_params__", ()))
        if has_output:
            suffixes = ", ".join(f"{s} {f}" for s, f in SUFFIX_FORMATS.items() if f in choices)
            when = f"Default: from -o's extension ({suffixes}), else {default}."
        else:
            when = f"Default: {default}."
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=None,
            help=f"{what} {when}",
        )(wrapper)

    return decorate


output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output (required for xlsx); "
    "its extension sets the format unless --format is given.",
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


# ---- grades in words -------------------------------------------------------------------------

# Columns whose values are grades (GRADES): the same words in every command's table.
GRADE_COLUMNS = frozenset({*JUDGEMENT_AREAS, "grade", "from_grade", "to_grade"})
GRADE_WORDS = {
    **{g: g.replace("_", " ") for g in GRADES},
    "good_or_outstanding": "good or outstanding",
    "adequate": "adequate",
}
# Short forms for narrow terminals; a table that uses them prints its key.
GRADE_SHORT = {
    "outstanding": "Outst",
    "good": "Good",
    "requires_improvement": "RI",
    "inadequate": "Inad",
    "not_judged": "NJ",
    "good_or_outstanding": "Good+",
    "adequate": "Adeq",
}


def grade_label(value: str | None, short: bool = False) -> str:
    """A stored grade as a table shows it: words (or their short form), never underscores."""
    if value is None:
        return ""
    if short and value in GRADE_SHORT:
        return GRADE_SHORT[value]
    return GRADE_WORDS.get(value, value)


def grade_key(used: Iterable[str | None]) -> str:
    """The key to the short forms among `used` (stored grades, None for none), e.g.
    'RI requires improvement'."""
    seen = set(used)
    parts = [
        f"{GRADE_SHORT[g]} = {GRADE_WORDS[g]}"
        for g in GRADE_SHORT
        if g in seen and GRADE_SHORT[g].lower() != GRADE_WORDS[g]
    ]
    return "Key: " + ", ".join(parts) if parts else ""


# ---- files -----------------------------------------------------------------------------------


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]+")


def sheet_title(title: str | None, taken: set[str] | None = None) -> str:
    """A title Excel accepts: none of []:*?/\\, no apostrophe at either end, 1 to 31 characters,
    unique among `taken` (compared as Excel does, ignoring case)."""
    text = re.sub(r"\s+", " ", _BAD_TITLE.sub(" ", title or "")).strip(" '") or "data"
    taken = taken if taken is not None else set()
    name, n = text[:31].strip(" '"), 1
    while name.lower() in taken or name.lower() == "history":  # 'History' is Excel's own
        n += 1
        stem = text[: 31 - len(str(n)) - 3].strip(" '")
        name = f"{stem} ({n})"
    taken.add(name.lower())
    return name


def _xlsx_value(value):
    """A cell value: ISO dates as dates, strings cleared of characters XML refuses."""
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str):
        if _ISO_DAY.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(_plain(value), ensure_ascii=False)
    return value


def _text_width(value) -> int:
    if isinstance(value, datetime | date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


Sheet = tuple[str | None, Sequence[str], Sequence[dict]]


def write_xlsx(output: Path, sheets: Sequence[Sheet]) -> None:
    """A workbook with one sheet per (title, columns, rows): bold header row frozen and
    filtered, columns as wide as their contents (within reason), dates as Excel dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    taken: set[str] = set()
    bold = Font(bold=True)
    for title, columns, rows in sheets:
        ws = wb.create_sheet(sheet_title(title, taken))
        values = [[_xlsx_value(r.get(c)) for c in columns] for r in rows]
        for i, c in enumerate(columns):
            longest = max([len(c), *(_text_width(v[i]) for v in values[:2000] if v[i] is not None)])
            ws.column_dimensions[get_column_letter(i + 1)].width = min(longest + 2, 60)
        ws.freeze_panes = "A2"
        if columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(values) + 1}"
        header = []
        for c in columns:
            cell = WriteOnlyCell(ws, value=c)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for v in values:
            row = []
            for x in v:
                if isinstance(x, str) and x.startswith("="):
                    # text that looks like a formula stays text
                    cell = WriteOnlyCell(ws, value=x)
                    cell.data_type = "s"
                    row.append(cell)
                elif isinstance(x, datetime | date):
                    cell = WriteOnlyCell(ws)
                    cell.value = x  # (the stubs' WriteOnlyCell(value=) leaves out date)
                    cell.number_format = "yyyy-mm-dd"
                    row.append(cell)
                else:
                    row.append(x)
            ws.append(row)
    wb.save(output)


def emit(
    rows: Iterable[dict],
    columns: Sequence[str],
    fmt: str | None = "table",
    output: Path | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    sheets: Sequence[Sheet] = (),
    nothing: str | None = None,
) -> None:
    """Write rows as a table for people, CSV, JSON (a list of objects) or an xlsx workbook.

    `fmt` None follows `output`'s extension (see `resolve_format`). `headers` gives shorter
    column titles for the table only; files keep the field names. `sheets` are further sheets
    of an xlsx workbook (title, columns, rows); other formats do not take them. `nothing`, when
    given, says why the answer is empty: a table is that sentence instead; a file still gets
    the (empty) rows, and the sentence goes to stderr.
    """
    fmt = resolve_format(fmt, output)
    rows = list(rows)
    if nothing is not None:
        if fmt == "table":
            if output:
                output.write_text(nothing + "\n", encoding="utf-8")
            else:
                click.echo(nothing)
            return
        click.echo(nothing, err=True)
    if fmt == "xlsx":
        assert output is not None  # resolve_format refuses xlsx without -o
        write_xlsx(output, [(title, columns, rows), *sheets])
        return
    if sheets:
        raise ValueError("only an xlsx workbook has further sheets")
    if fmt == "table":
        color = output is None and sys.stdout.isatty()
        text = render_table(rows, columns, title, headers, width=table_width(output), color=color)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
        return
    plain = [{c: _plain(r.get(c)) for c in columns} for r in rows]
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
        w.writeheader()
        w.writerows(plain)
    elif fmt == "json":
        json.dump(plain, buf, indent=1, ensure_ascii=False)
        buf.write("\n")
    else:
        raise click.UsageError(f"unknown format {fmt}")
    if output:
        output.write_text(buf.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buf.getvalue())


# ---- tables for people -----------------------------------------------------------------------


def table_width(output: Path | None = None) -> int:
    """Columns a table may use: COLUMNS when set, else the terminal's; files and pipes get
    FILE_WIDTH (people paste them into notes, where nothing should wrap)."""
    if output is None:
        env = os.environ.get("COLUMNS", "")
        if env.isdigit() and int(env) > 0:
            return int(env)
        if sys.stdout.isatty():
            import shutil

            return shutil.get_terminal_size().columns
    return FILE_WIDTH


# Column titles of tables (files keep the field names).
HEADERS = {"help_protection": "help & protection", "la_name": "LA"}


def _header(column: str, headers: dict[str, str] | None) -> str:
    if headers and column in headers:
        return headers[column]
    if column in HEADERS:
        return HEADERS[column]
    if column in GRADE_WORDS:  # a matrix of grades (transitions) has grades as columns
        return GRADE_WORDS[column]
    return column.replace("_", " ")


# Columns of stored words (monitoring_visit, inadequate_to_good) shown as words in tables.
WORD_COLUMNS = frozenset({"kind", "measure", "group_by", "status", "change", "event_type"})


def _cell(column: str, value, short: bool) -> str:
    if value is None:
        return ""
    if column in GRADE_COLUMNS and isinstance(value, str):
        return grade_label(value, short)
    if column in WORD_COLUMNS and isinstance(value, str):
        return value.replace("_", " ")
    return str(_plain(value))


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _fit(mins: list[int], maxes: list[int], room: int) -> list[int] | None:
    """Column widths within `room`: each at least its longest word, the widest shrunk first;
    None when even the longest words do not fit side by side."""
    if sum(mins) > room:
        return None
    widths = list(maxes)
    while sum(widths) > room:
        i = max(
            (i for i in range(len(widths)) if widths[i] > mins[i]),
            key=lambda i: widths[i] - mins[i],
        )
        widths[i] -= 1
    return widths


def render_table(
    rows: Sequence[dict],
    columns: Sequence[str],
    title: str | None = None,
    headers: dict[str, str] | None = None,
    width: int = 80,
    color: bool = False,
) -> str:
    """Rows as a table no wider than `width`, nothing cut (cells wrap at spaces): box-drawn if
    it fits, else without the box, else with short grade forms and their key, else each row
    stacked as a block of 'column: value' lines."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    heads = [_header(c, headers) for c in columns]
    used = {r.get(c) for r in rows for c in columns if c in GRADE_COLUMNS}
    used |= {c for c in columns if c in GRADE_WORDS}
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
    )
    n = len(columns)
    # (compact, short): a box costs 3 columns per column and 1 to close the row; compact
    # tables (no box, two spaces between columns) cost 2 per column but the last
    for compact, short in ((False, False), (True, False), (True, True)):
        cells = [[_cell(c, r.get(c), short) for c in columns] for r in rows]
        head = [
            grade_label(c, short) if c in GRADE_WORDS else h
            for c, h in zip(columns, heads, strict=True)
        ]
        mins = [
            max([_longest_word(h), *(_longest_word(row[i]) for row in cells)], default=1) or 1
            for i, h in enumerate(head)
        ]
        maxes = [
            max([_longest_line(h), *(_longest_line(row[i]) for row in cells)], default=1) or 1
            for i, h in enumerate(head)
        ]
        widths = _fit(mins, maxes, width - (2 * (n - 1) if compact else 3 * n + 1))
        if widths is None:
            continue
        table = Table(
            title=title and escape(title),
            box=box.SIMPLE_HEAD if compact else box.HEAVY_HEAD,
            show_edge=not compact,
            pad_edge=not compact,
            collapse_padding=compact,
        )
        for h, w in zip(head, widths, strict=True):
            table.add_column(escape(h), width=w, overflow="fold")
        for row in cells:
            table.add_row(*(escape(x) for x in row))
        console.print(table)
        key = grade_key(used) if short else ""
        if key:
            console.print(escape(key), overflow="fold")
        return buf.getvalue()
    return _stacked(rows, columns, heads, title, width, used, console)


def _stacked(rows, columns, heads, title, width, used, console) -> str:
    """Each row as a block: its first column, then 'column: value' for the rest, packed."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    first = [_cell(columns[0], r.get(columns[0]), True) for r in rows]
    # a run of two or more grade columns (an inspection's judgements) gets lines of its own
    graded = [c in GRADE_COLUMNS for c in columns]
    in_run = {
        c
        for i, c in enumerate(columns)
        if graded[i] and ((i and graded[i - 1]) or (i + 1 < len(columns) and graded[i + 1]))
    }
    key_w = min(max([_longest_word(heads[0]), *(_longest_line(x) for x in first)]), width // 3)
    room = max(width - key_w - 7, 10)
    table = Table(title=title and escape(title), show_lines=True)
    table.add_column(escape(heads[0]), width=key_w, overflow="fold")
    table.add_column("", width=room, overflow="fold")
    for r, label in zip(rows, first, strict=True):
        lines: list[Text] = []
        line = Text()
        was_grade = None
        for c, h in zip(columns[1:], heads[1:], strict=True):
            value = _cell(c, r.get(c), True)
            if not value:
                continue
            pair = Text.assemble((f"{h}: ", "dim"), value)
            # the grades start a line of their own, and what follows them another
            is_grade = c in in_run
            if line and (len(line) + 3 + len(pair) > room or is_grade != was_grade):
                lines.append(line)
                line = Text()
            if line:
                line.append("   ")
            line.append_text(pair)
            was_grade = is_grade
        if line:
            lines.append(line)
        table.add_row(escape(label), Text("\n").join(lines))
    console.print(table)
    key = grade_key(used)
    if key:
        console.print(escape(key), overflow="fold")
    return console.file.getvalue()
