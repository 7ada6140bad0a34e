"""`ilacs serve` (the record in a browser) and `ilacs site` (the same pages as static files)."""

from __future__ import annotations

from pathlib import Path

import click

from ilacs.cli.common import db_option, friendly_errors


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port (0: any free).")
@click.option(
    "--processes",
    type=click.IntRange(1, 32),
    default=None,
    help="Server processes sharing the port (default: one per core).",
)
@friendly_errors
def serve(db: Path, host: str, port: int, processes: int | None) -> None:
    """Serve the web pages over the database (read-only) until Ctrl-C."""
    import os

    from ilacs import web

    def ready(h: str, p: int) -> None:
        click.echo(f"ilacs: serving {db} at http://{h}:{p}/ (read-only; Ctrl-C stops)")
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(
                f"warning: listening on {host}: other machines can reach these pages", err=True
            )

    web.serve(db, host, port, processes or os.cpu_count() or 1, ready)


@click.command()
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly_errors
def site(outdir: Path, db: Path, quiet: bool) -> None:
    """Write the web pages into OUTDIR as a static site (links work from files or any host)."""
    import time

    from ilacs.cli.progress import progress_bar
    from ilacs.web.data import quarter_ends
    from ilacs.web.site import build_site

    start = time.perf_counter()
    dates = quarter_ends()
    with progress_bar("pages", unit="pages", enabled=not quiet) as advance:
        written = build_site(
            db, outdir, dates=dates, on_progress=lambda path, done, total: advance(done, total)
        )
    click.echo(
        f"{written} files written to {outdir} in {time.perf_counter() - start:.1f} s; "
        f"open {outdir / 'index.html'}"
    )


commands = [serve, site]
