"""`ilacs update` (keep the database current from Ofsted's site) and `ilacs dev-server` (a local
stand-in for that site, for tests and offline work)."""

from __future__ import annotations

import sys
import threading
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ilacs.cli.common import db_option, emit, friendly_errors
from ilacs.errors import ParseError

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from ilacs.update import Progress as UpdateProgress
    from ilacs.update import UpdateSummary


def _date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        from ilacs.parse.common import parse_date

        try:
            return parse_date(value)
        except ParseError:
            raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)") from None


@click.command()
@db_option
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the PDFs, laid out <urn>_<name>/<file> [default: beside the database,"
    " e.g. ilacs-reports/, or the folder of the last run].",
)
@click.option("--la", "las", multiple=True, metavar="NAME|URN", help="Only this LA; repeatable.")
@click.option(
    "--since", callback=_date, metavar="DATE", help="Only documents published on or after DATE."
)
@click.option(
    "--full",
    is_flag=True,
    help="Visit every LA's page, not only those with reports since the last run.",
)
@click.option(
    "--dry-run", is_flag=True, help="List what would be fetched (see --format); fetch nothing."
)
@click.option("--rate", type=float, default=1.0, show_default=True, help="Requests per second.")
@click.option(
    "--concurrency",
    type=click.IntRange(1, 8),
    default=2,
    show_default=True,
    help="Requests in flight at once.",
)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per request.")
@click.option(
    "--base-url",
    default=None,
    help="Another server in place of reports.ofsted.gov.uk and files.ofsted.gov.uk"
    " (e.g. the one `ilacs dev-server` starts).",
)
@click.option("--no-ingest", is_flag=True, help="Download only; ingest later.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How --dry-run lists the documents: a table for people, csv or json for scripts.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
@friendly_errors
def update(
    db: Path,
    cache: Path | None,
    las: tuple[str, ...],
    since: date | None,
    full: bool,
    dry_run: bool,
    rate: float,
    concurrency: int,
    timeout: float,
    base_url: str | None,
    no_ingest: bool,
    fmt: str,
    quiet: bool,
) -> None:
    """Fetch new reports from Ofsted's site into the cache and the database.

    The first run visits every LA's page and fetches every published document (at the default
    1 request/s, expect well over ten minutes); later runs ask only about recent publications
    and never download a file id already stored. An LA whose page or files keep failing is
    reported at the end (with what was not fetched and why) and visited again by the next run;
    every other LA is fetched, and the exit status is then 1. Interrupted runs (Ctrl-C, kill)
    resume where they stopped.
    """
    from ilacs.update import UpdateOptions
    from ilacs.update import update as run

    options = UpdateOptions(
        cache=cache,
        base_url=base_url,
        las=las,
        since=since,
        full=full,
        dry_run=dry_run,
        rate=rate,
        concurrency=concurrency,
        timeout=timeout,
        ingest=not no_ingest,
    )
    stop = threading.Event()
    bars = _Bars(enabled=not quiet and not dry_run and sys.stderr.isatty())
    try:
        with bars:
            summary = run(db, options, on_progress=bars.show, stop=stop)
    except KeyboardInterrupt:
        click.echo("interrupted: run the same command again to resume", err=True)
        sys.exit(130)
    if dry_run:
        rows = [p.as_row() for p in summary.planned]
        columns = ("la_name", "published", "event_type", "ofsted_file_id", "path")
        if fmt != "table":  # the list alone, for scripts
            emit(rows, ("urn", *columns), fmt)
            return
        if rows:
            emit(rows, columns, title=f"{len(rows)} documents to fetch")
        click.echo(
            f"{len(rows)} to fetch, {summary.already_stored} already stored;"
            f" {summary.providers_checked} LAs checked with {summary.requests} requests"
        )
        _report_misses(summary)
        if not summary.complete:
            sys.exit(1)  # the list lacks what could not be read
        return
    for t in summary.not_on_site:
        click.echo(
            f"not on the site: {t.name or 'provider'} (URN {t.urn}, a closed council); skipped",
            err=True,
        )
    _report_misses(summary)
    ing = summary.ingest
    if ing is not None:
        for line in ing.errors:
            click.echo(f"ingest failed: {line}", err=True)
    retries = sum(summary.retries.values())
    size = f" ({summary.bytes_downloaded / 2**20:.1f} MiB)" if summary.downloaded else ""
    failed_las = len({f.urn for f in summary.failures} | {t.urn for t in summary.not_visited})
    click.echo(
        ("up to date: " if summary.complete and not summary.planned else "")
        + f"{summary.providers_checked} LAs checked"
        + (f" ({failed_las} with something not fetched)" if failed_las else "")
        + f", {summary.downloaded} downloaded{size}, {summary.adopted} found in the cache,"
        f" {summary.already_stored} already stored, {len(summary.failures)} failed;"
        f" {summary.requests} requests ({retries} retried) in {summary.seconds:.1f} s"
        + (f"; ingest: {ing.parsed} parsed, {ing.not_a_report} not a report" if ing else "")
        + f" -> {db} (files in {summary.cache})"
    )
    if not summary.complete or (ing is not None and ing.failed):
        sys.exit(1)


def _report_misses(summary: UpdateSummary) -> None:
    if summary.halted:
        click.echo(f"stopped early: {summary.halted}", err=True)
    for line in summary.failure_lines():
        click.echo(f"failed: {line}", err=True)
    if (summary.failures or summary.not_visited) and not summary.dry_run:
        click.echo("the next `ilacs update` tries these again", err=True)


class _Bars:
    """rich progress bars on stderr for the stages of an update (LAs, files, ingest)."""

    LABELS = {"providers": "LAs", "files": "files", "ingest": "ingest"}

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.progress: Progress | None = None
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> _Bars:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.progress = Progress(
                TextColumn("{task.description:<6}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=Console(stderr=True),
            )
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()

    def show(self, event: UpdateProgress) -> None:
        """Draw one ilacs.update.Progress event."""
        if self.progress is None:
            return
        if event.stage not in self.tasks:
            label = self.LABELS.get(event.stage, event.stage)
            self.tasks[event.stage] = self.progress.add_task(label, total=event.total)
        self.progress.update(self.tasks[event.stage], completed=event.done, total=event.total)


@click.command("dev-server")
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/corpus"),
    show_default=True,
    help="A folder with files.csv and reports/.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8044, show_default=True, help="0 picks a free port.")
@click.option(
    "--fault-rate",
    type=float,
    default=0.0,
    help="Answer this share of requests with a fault (429, 5xx, resets, timeouts, cut files,"
    " HTML as PDF).",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of the random faults (repeatable runs).",
)
@friendly_errors
def dev_server(corpus: Path, host: str, port: int, fault_rate: float, seed: int) -> None:
    """Serve a stand-in of Ofsted's report site built from a corpus folder.

    Point `ilacs update --base-url` at it. Faults and new publications are switched on over
    HTTP; fault kinds are 429 500 502 503 reset timeout truncate html layout.

    \b
    POST /_standin/faults   {"rules": [{"kind": "429", "times": 2, "match": "^/v1/file/"}]}
                            {"random": {"rate": 0.1}}  {"clear": true}  {"throttle": 500000}
    POST /_standin/publish  {"urn": 80490, "copy_of": "50048227", "published": "2026-11-25"}
    POST /_standin/withdraw {"urn": 121939}   (no page, not in the listing: as if never there)
    GET  /_standin/stats    requests, faults and file bytes sent
    """
    from ilacs.fetch.standin import StandIn

    site = StandIn(corpus, host, port)
    if fault_rate:
        site.random_faults(fault_rate, seed=seed)
    click.echo(
        f"stand-in of reports.ofsted.gov.uk on {site.url} ({len(site.providers)} providers,"
        f" {len(site.documents)} files); Ctrl-C stops",
        err=True,
    )
    try:
        site.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        site.server.server_close()


commands = [update, dev_server]
