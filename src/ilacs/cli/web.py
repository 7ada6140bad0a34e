"""`ilacs serve` (the record in a browser) and `ilacs site` (the same pages as static files)."""

from __future__ import annotations

from pathlib import Path

import click

from ilacs.cli.common import db_option, friendly_errors


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port (0: any free).")
@friendly_errors
def serve(db: Path, host: str, port: int) -> None:
    """Serve the web pages over the database (read-only) until Ctrl-C or SIGTERM.

    One process (waitress, keep-alive, timeouts for slow clients). For a public site, run
    `ilacs.web:create_app()` under gunicorn or granian behind a reverse proxy (README).
    """
    import errno

    from ilacs import web
    from ilacs.store import Store

    Store.open_readonly(db).close()  # a missing or broken database: the store's one line

    def ready(h: str, p: int) -> None:
        click.echo(f"ilacs: serving {db} at http://{h}:{p}/ (read-only; Ctrl-C stops)")
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(
                f"warning: listening on {host}: other machines can reach these pages", err=True
            )

    try:
        web.serve(db, host, port, ready=ready)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            raise click.ClickException(
                f"port {port} on {host} is taken (another server is using it); "
                f"choose another with --port, e.g. --port {port + 1 if port else 8001}"
            ) from e
        if e.errno in (errno.EACCES, errno.EADDRNOTAVAIL):
            raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror}") from e
        raise
    except KeyboardInterrupt:
        pass  # Ctrl-C or SIGTERM before the server was up: a normal stop


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
