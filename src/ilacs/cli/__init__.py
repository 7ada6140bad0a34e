"""The `ilacs` command: a thin click layer over the library. Each module adds its commands."""

from __future__ import annotations

import click

from ilacs import __version__
from ilacs.cli import analyse, check, ingest, update, web


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ilacs")
def main() -> None:
    """Ofsted inspections of English local authority children's services, as data."""


for _module in (ingest, update, web, analyse, check):
    for _command in _module.commands:
        main.add_command(_command)
