"""The CLI as a user runs it: a real database file, readable errors. The commands run through
click's CliRunner; the installed `ilacs` script and `python -m ilacs` run as real processes."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from ilacs.cli import main
from ilacs.store import EXPORT_COLUMNS
from tests.conftest import CORPUS


def ilacs(*args, check=True) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    # Anything but a clean exit would reach a user as a traceback.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    if check and result.exit_code != 0:
        raise AssertionError(f"ilacs {args} exited {result.exit_code}: {result.stderr}")
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    for folder in ("80490_bromley", "80418_norfolk"):
        shutil.copytree(CORPUS / folder, root / folder)
    db = root.parent / "cli.db"
    out = ilacs("ingest", root, "--db", db, "-q")
    assert "skipped as not a report" in out.stdout
    return db


def test_ingest_summary_and_exit_code(tmp_path, db):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "half.pdf").write_bytes(
        (CORPUS / "80418_norfolk").glob("*.pdf").__next__().read_bytes()[:999]
    )
    out = ilacs("ingest", bad, "--db", tmp_path / "x.db", "-q", check=False)
    assert out.exit_code == 1
    assert "half.pdf" in out.stderr and "Traceback" not in out.stderr
    assert "1 failed" in out.stdout


def test_show_by_forgiving_name_and_urn(db):
    by_name = ilacs("show", "London Borough of BROMLY", "--db", db, "--format", "json")
    by_urn = ilacs("show", "80490", "--db", db, "--format", "json")
    rows = json.loads(by_name.stdout)
    assert rows == json.loads(by_urn.stdout)
    assert len(rows) == 3  # the saved 'Report not found' page is not part of the record
    dates = [r["inspection_end"] or r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_unknown_la_is_one_line_not_a_traceback(db):
    out = ilacs("show", "Atlantis", "--db", db, check=False)
    assert out.exit_code != 0
    assert "Atlantis" in out.stderr and "Traceback" not in out.stderr


def test_missing_database_is_a_clear_error(tmp_path):
    out = ilacs("show", "bromley", "--db", tmp_path / "none.db", check=False)
    assert out.exit_code != 0 and "ilacs ingest" in out.stderr


def test_search_prints_snippets(db):
    out = ilacs("search", '"return home interviews"', "--db", db, "--format", "csv")
    rows = list(csv.DictReader(out.stdout.splitlines()))
    assert rows and all("return home interview" in r["snippet"].lower() for r in rows)
    assert {r["la_name"] for r in rows} <= {"Bromley", "bromley", "Norfolk", "norfolk"}


def test_export_csv_json_xlsx_agree(db, tmp_path):
    ilacs("export", "inspections", "--db", db, "--format", "csv", "-o", tmp_path / "i.csv")
    ilacs("export", "inspections", "--db", db, "--format", "json", "-o", tmp_path / "i.json")
    ilacs("export", "inspections", "--db", db, "--format", "xlsx", "-o", tmp_path / "i.xlsx")
    with open(tmp_path / "i.csv", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == EXPORT_COLUMNS
        rows = list(reader)
    as_json = json.loads((tmp_path / "i.json").read_text())
    sheet = load_workbook(tmp_path / "i.xlsx").active
    values = list(sheet.values)
    assert tuple(values[0]) == EXPORT_COLUMNS
    assert len(rows) == len(as_json) == len(values) - 1 == 9
    assert [r["path"] for r in rows] == [r["path"] for r in as_json]


def test_export_recommendations(db, tmp_path):
    out = ilacs("export", "recommendations", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(out.stdout.splitlines()))
    assert list(rows[0]) == [
        "path",
        "urn",
        "la_name",
        "inspection_end",
        "position",
        "priority_action",
        "text",
        "section",
        "themes",
    ]


def test_installed_script_runs(db):
    """The `ilacs` entry point installed beside the interpreter, in a process of its own."""
    script = shutil.which("ilacs", path=str(Path(sys.executable).parent))
    assert script, "the ilacs script is not installed beside the interpreter"
    out = subprocess.run(
        [script, "show", "80490", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 3 and all(r["path"].startswith("80490_bromley/") for r in rows)


def test_python_m_ilacs_errors_in_one_line(db):
    """`python -m ilacs` in a process of its own: a bad name is one line, not a traceback."""
    out = subprocess.run(
        [sys.executable, "-m", "ilacs", "show", "Atlantis", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0
    assert "Atlantis" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
