"""`ilacs themes` through click's CliRunner, on a database of Bromley's real reports."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from ilacs.analyse.record import Record
from ilacs.cli import main
from ilacs.ingest import ingest
from ilacs.themes import asked

from .conftest import CORPUS
from .test_themes_store import _old_database


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    shutil.copytree(CORPUS / "80490_bromley", root / "80490_bromley")
    db = root.parent / "themes.db"
    summary = ingest(root, db, workers=1)
    assert summary.failed == 0
    return db


def run(*args):
    result = CliRunner().invoke(main, ["themes", *map(str, args)])
    return result


def test_la_themes_inspection_by_inspection(db):
    result = run("--la", "bromley", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    of_2018 = [
        (r["theme"], r["count"], r["asked_again"]) for r in rows if r["date"] == "2018-11-30"
    ]
    # the four areas for improvement of 2018; the 2023 report asks only about pre-proceedings
    assert sorted(of_2018) == [
        ("care_leavers", 1, "no"),
        ("education", 1, "no"),
        ("exploitation_missing", 1, "no"),
        ("health_wellbeing", 1, "no"),
        ("homeless_16_17", 1, "no"),
    ]
    assert {r["next"] for r in rows if r["date"] == "2018-11-30"} == {"2023-11-17"}
    # 2016's homeless 16-17-year-olds and education came back in 2018
    again_2016 = {
        r["theme"] for r in rows if r["date"] == "2016-05-05" and r["asked_again"] == "yes"
    }
    assert {"homeless_16_17", "education", "exploitation_missing", "care_leavers"} <= again_2016
    assert [(r["theme"], r["asked_again"]) for r in rows if r["date"] == "2023-11-17"] == [
        ("court_legal", None)
    ]


def test_theme_lists_its_recommendations(db):
    result = run("--theme", "homeless_16_17", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["date"], r["text"][:40]) for r in rows] == [
        ("2016-05-05", "Increase the range of suitable accommoda"),
        ("2018-11-30", "Information provided to homeless 16- and"),
    ]


def test_frequency_by_year_counts_and_shares(db):
    result = run("--by", "year", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(io.StringIO(result.output)) if r["group"] == "2018"]
    assert {r["recommendations"] for r in rows} == {"4"}
    assert {r["inspections"] for r in rows} == {"1"}
    edu = next(r for r in rows if r["theme"] == "education")
    assert (edu["count"], edu["share_of_recommendations"], edu["share_of_inspections"]) == (
        "1",
        "25.0",
        "100.0",
    )


def test_table_xlsx_and_chart(db, tmp_path):
    result = run("--db", db)
    assert result.exit_code == 0, result.output
    assert "Homeless 16- and 17-year-olds" in result.output
    out, chart = tmp_path / "themes.xlsx", tmp_path / "themes.png"
    result = run("--by", "framework", "--db", db, "--format", "xlsx", "-o", out, "--chart", chart)
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:3] == ["group", "theme", "name"]
    assert {r[0] for r in sheet.iter_rows(min_row=2, values_only=True)} == {
        "sif",
        "ilacs2018",
        "ilacs2023",
    }
    assert chart.read_bytes()[:4] == b"\x89PNG"
    la_chart = tmp_path / "bromley.svg"
    assert run("--la", "bromley", "--db", db, "--chart", la_chart).exit_code == 0
    assert la_chart.read_text().lstrip().startswith("<?xml")


def test_bad_input_is_one_line(db, tmp_path, monkeypatch):
    result = run("--chart", tmp_path / "x.txt", "--db", db)
    assert result.exit_code == 1
    assert "give a file name ending .png or .svg" in result.output
    assert run("--by", "colour", "--db", db).exit_code == 2
    # a database written before themes existed, opened read-only, says what to do
    result = run("--db", _old_database(tmp_path, monkeypatch))
    assert result.exit_code == 1
    assert "run `ilacs ingest` on the database once" in result.output
    assert "Traceback" not in result.output


def test_library_answers_from_the_record(db):
    record = Record.load(db)
    assert len(asked.items(record)) == 28
    top = asked.frequency(record)
    assert sum(r.first for r in top) == 28  # every item has exactly one first theme
    assert all(r.inspections == 3 for r in top)
