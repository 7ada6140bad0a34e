"""The documentation keeps up with the commands: each has help text and a place in the README."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from ilacs.cli import main
from tests.conftest import REPO


def _commands() -> dict[str, click.Command]:
    ctx = click.Context(main)
    found = {name: main.get_command(ctx, name) for name in main.list_commands(ctx)}
    assert all(found.values()), found
    return {name: command for name, command in found.items() if command is not None}


def test_every_command_module_is_in_the_lazy_table():
    # a command a module lists but the group's table lacks would silently vanish
    import importlib

    from ilacs.cli import COMMANDS

    listed = {}
    for module in ("ingest", "update", "web", "analyse", "themes", "check"):
        for command in importlib.import_module(f"ilacs.cli.{module}").commands:
            listed[command.name] = command
    assert set(listed) == set(COMMANDS)
    commands = _commands()
    assert all(commands[name] is command for name, command in listed.items())


def test_every_command_has_help_and_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert len(commands) >= 16, "commands missing"
    for name, command in commands.items():
        assert command.help and command.help.strip(), f"`ilacs {name}` has no help text"
        assert f"ilacs {name}" in readme, f"`ilacs {name}` is not in the README"
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, f"`ilacs {name} {param.opts[0]}` has no help text"


def test_help_runs_for_every_command():
    runner = CliRunner()
    for name in _commands():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage: " in result.output


def test_ilacs_db_and_verbosity(corpus_db, tmp_path):
    """--db defaults to ILACS_DB when it is set; -v and -q are the group's options."""
    runner = CliRunner()
    result = runner.invoke(main, ["-q", "show", "bromley"], env={"ILACS_DB": str(corpus_db)})
    assert result.exit_code == 0, result.output
    assert "Bromley" in result.output
    missing = tmp_path / "none.db"
    result = runner.invoke(main, ["-v", "show", "bromley"], env={"ILACS_DB": str(missing)})
    assert result.exit_code == 1 and "none.db" in result.output


def test_the_readme_check_example_is_what_ilacs_check_prints(corpus_db):
    """The worked example of `ilacs check` in the README: its date line and every claim shown
    (span, kind, verdict, and the start of each line under it) are what the command prints."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = "$ uv run ilacs check ../shared/claims/articles/001_810798ea347bbf28.txt\n"
    assert command in readme
    example = readme.split(command, 1)[1].split("```", 1)[0]
    article = REPO / ".." / "shared" / "claims" / "articles" / "001_810798ea347bbf28.txt"
    if not article.exists():
        pytest.skip(f"{article} is not here (../shared)")
    r = CliRunner().invoke(main, ["check", str(article), "--db", str(corpus_db)])
    assert r.exit_code == 0, r.output
    printed = r.stdout.splitlines()
    for line in example.strip("\n").splitlines():
        if not line.strip():
            continue
        shown = line.removesuffix("...")
        assert any(p.startswith(shown) for p in printed), f"not printed: {line!r}"
