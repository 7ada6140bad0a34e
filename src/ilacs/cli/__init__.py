"""The `ilacs` command: a thin click layer over the library. Each module of this package holds
some of its commands (its `commands` list); a command's module is imported only when that
command runs (or help lists it), so `ilacs check` does not load the ingest, analysis and theme
code (click's documented pattern for lazily loaded subcommands)."""

from __future__ import annotations

import importlib
import logging

import click

from ilacs import __version__

# each command's name -> "module:attribute" of its click command
COMMANDS = {
    "ingest": "ilacs.cli.ingest:ingest",
    "show": "ilacs.cli.ingest:show",
    "search": "ilacs.cli.ingest:search",
    "export": "ilacs.cli.ingest:export",
    "update": "ilacs.cli.update:update",
    "dev-server": "ilacs.cli.update:dev_server",
    "serve": "ilacs.cli.web:serve",
    "site": "ilacs.cli.web:site",
    "history": "ilacs.cli.analyse:history",
    "snapshot": "ilacs.cli.analyse:snapshot",
    "transitions": "ilacs.cli.analyse:transitions",
    "timing": "ilacs.cli.analyse:timing",
    "firsts": "ilacs.cli.analyse:firsts",
    "trend": "ilacs.cli.analyse:trend",
    "themes": "ilacs.cli.themes:themes",
    "check": "ilacs.cli.check:check",
}


class LazyGroup(click.Group):
    """A group whose commands (COMMANDS) are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attr = COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(module), attr)
            if not isinstance(command, click.Command):
                raise TypeError(f"{COMMANDS[cmd_name]} is not a click command")
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
