# ruff: noqa: F811  (pytest fixtures imported from tests/analyse_fixtures.py)
"""The analysis commands: files for scripts, one-line errors, charts that open as images."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from ilacs.cli import main
from tests.analyse_fixtures import small_db  # noqa: F401  (a fixture: the tests name it)


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def test_snapshot_csv_fields(small_db):
    r = run("snapshot", "--at", "2025-06-30", "--by", "region", "--format", "csv", "--db", small_db)
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == ["scope", "judgement", "grade", "count", "denominator", "percent"]
    london = {x["grade"]: x for x in rows if x["scope"] == "London"}
    assert london["outstanding"]["count"] == "2"
    assert london["outstanding"]["denominator"] == "2"
    assert {x["scope"] for x in rows} >= {"England", "Yorkshire and The Humber", "South West"}
    # Notes (the rule, what the database lacks) go to stderr, not into the file.
    assert "Ofsted's rule" in r.stderr and "lacks 143 LAs" in r.stderr


def test_snapshot_json_and_las(small_db):
    r = run("snapshot", "--at", "2019-08-31", "--format", "json", "--db", small_db)
    rows = json.loads(r.stdout)
    assert {x["grade"] for x in rows} == {
        "outstanding",
        "good",
        "requires_improvement",
        "inadequate",
        "good_or_outstanding",
    }
    r = run("snapshot", "--at", "2019-08-31", "--las", "--format", "json", "--db", small_db)
    las = {x["name"]: x for x in json.loads(r.stdout)}
    assert las["Bexley"]["grade"] == "outstanding"
    assert las["Dorset"]["status"] == "not_inspected"
    assert las["Northamptonshire"]["status"] == "no_reports"


@pytest.mark.parametrize(
    "args, message",
    [
        (("snapshot", "--at", "2009-05-01"), "before 2012"),
        (("snapshot", "--at", "2099-05-01"), "in the future"),
        (("snapshot", "--at", "not-a-date"), "not a date"),
        (("history", "Bromly Vale"), "nearest: "),
        (("history", "Kingston"), "Kingston upon Thames (80545)"),
        (("trend", "--from", "1999-01-01"), "before 2012"),
        (("history", "bromley", "--chart", "journey.gif"), ".png or .svg"),
    ],
)
def test_errors_are_one_line(small_db, args, message):
    r = run(*args, "--db", small_db)
    assert r.exit_code == 1
    assert message in r.output
    assert "Traceback" not in r.output


def test_missing_database_is_a_sentence(tmp_path):
    r = run("history", "bromley", "--db", tmp_path / "none.db")
    assert r.exit_code == 1 and "no such database" in r.output


def test_history_transitions_timing_firsts_trend_run(small_db):
    r = run("history", "west northamptonshire", "--format", "csv", "--db", small_db)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["framework"] for x in rows] == ["ilacs2018", "ilacs2026"]
    assert "Northamptonshire (121939)" in r.stderr
    r = run("transitions", "--from-framework", "sif", "--to-framework", "ilacs", "--db", small_db)
    assert r.exit_code == 0 and "5 pairs" in r.output
    r = run("timing", "--format", "json", "--db", small_db)
    assert json.loads(r.stdout)[0]["measure"] == "inadequate_to_good"
    r = run("firsts", "--framework", "ilacs2023", "--format", "csv", "--db", small_db)
    assert list(csv.DictReader(io.StringIO(r.stdout)))[0]["la_name"] == "Hertfordshire"
    r = run("trend", "--every", "year", "--format", "csv", "--db", small_db)
    assert r.exit_code == 0 and r.stdout.startswith("date,scope,judgement,grade,count")


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_charts_are_real_images(small_db, tmp_path, suffix):
    for command, extra in (
        ("history", ["bromley"]),
        ("snapshot", ["--at", "2024-06-30", "--by", "region"]),
        ("trend", ["--by", "region"]),
    ):
        out = tmp_path / f"{command}.{suffix}"
        r = run(command, *extra, "--chart", out, "--db", small_db)
        assert r.exit_code == 0, r.output
        data = out.read_bytes()
        assert len(data) > 5000
        if suffix == "png":
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
        else:
            assert b"<svg" in data[:2000] and data.rstrip().endswith(b"</svg>")
