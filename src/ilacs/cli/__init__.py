"""The `ilacs` command: a thin click layer over the library. Each module adds its commands."""

from __future__ import annotations

import logging

import click

from ilacs import __version__
from ilacs.cli import analyse, check, ingest, themes, update, web


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ilacs")
@click.option(
    "-v", "--verbose", count=True, help="Say more on stderr (-v: what is done, -vv: debugging)."
)
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr (no warnings).")
def main(verbose: int, quiet: bool) -> None:
    """Ofsted inspections of English local authority children's services, as data.

    Every command that reads or writes the database takes --db (default ilacs.db, or the
    ILACS_DB environment variable).
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO)[min(verbose, 1)]
    if verbose >= 2:
        level = logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _module in (ingest, update, web, analyse, themes, check):
    for _command in _module.commands:
        main.add_command(_command)
