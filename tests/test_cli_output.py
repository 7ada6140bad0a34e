# ruff: noqa: F811  (pytest fixtures imported from tests/analyse_fixtures.py)
"""What leaves ilacs: workbooks, files named by their extension, tables that fit a terminal."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from ilacs.cli import main
from tests.analyse_fixtures import small_db  # noqa: F401  (a fixture: the tests name it)


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def ok(*args, env=None):
    r = run(*args, env=env)
    assert r.exit_code == 0, r.output
    return r


# ---- xlsx ------------------------------------------------------------------------------------

XLSX_COMMANDS = [
    ("history", "bromley"),
    ("transitions",),
    ("transitions", "--pairs"),
    ("trend", "--every", "year"),
    ("snapshot", "--at", "2019-08-31"),
    ("snapshot", "--at", "2019-08-31", "--las"),
    ("firsts",),
    ("timing",),
    ("timing", "--intervals"),
    ("show", "bromley"),
    ("export", "inspections"),
    ("export", "recommendations"),
]


@pytest.mark.parametrize("args", XLSX_COMMANDS, ids=" ".join)
def test_every_command_writes_a_valid_workbook(small_db, tmp_path, args):
    out = tmp_path / "out.xlsx"
    ok(*args, "--format", "xlsx", "-o", out, "--db", small_db)
    book = load_workbook(out)
    for ws in book.worksheets:
        assert len(ws.title) <= 31 and not set(ws.title) & set("[]:*?/\\")
        assert ws.freeze_panes == "A2"
        header = [c.value for c in ws[1]]
        assert all(isinstance(h, str) for h in header)
        for i, h in enumerate(header):
            letter = ws.cell(1, i + 1).column_letter
            assert ws.column_dimensions[letter].width >= len(h)
        # a column of dates holds dates, not text that looks like a date
        for i, h in enumerate(header):
            values = [row[i] for row in ws.iter_rows(min_row=2, values_only=True)]
            if any(isinstance(v, str) and len(v) == 10 and v[4] == "-" for v in values):
                pytest.fail(f"{ws.title}: {h} holds dates as text: {values[:3]}")


def test_history_workbook_dates_are_dates(small_db, tmp_path):
    # 'Bromley (80490): journey' was refused as a sheet title before
    out = tmp_path / "b.xlsx"
    ok("history", "bromley", "--format", "xlsx", "-o", out, "--db", small_db)
    ws = load_workbook(out).active
    assert ws.title == "Bromley (80490) journey"
    header = [c.value for c in ws[1]]
    first = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert first["date"].is_date and first["date"].value == datetime(2016, 5, 5)
    assert first["published"].value == datetime(2016, 6, 27)
    assert first["overall"].value == "inadequate"  # files keep the stored words


def test_sheet_titles_are_made_safe():
    from ilacs.cli.common import sheet_title

    taken: set[str] = set()
    assert sheet_title("overall: any -> any, 12 pairs", taken) == "overall any -> any, 12 pairs"
    assert sheet_title("a/b\\c[d]*e?", taken) == "a b c d e"
    long = sheet_title("x" * 40, taken)
    assert long == "x" * 31
    assert sheet_title("x" * 40, taken) == "x" * 27 + " (2)"
    assert sheet_title("'quoted'", taken) == "quoted"
    assert sheet_title(None, taken) == "data"
    assert sheet_title("History", taken) == "History (2)"


# ---- the format follows the file --------------------------------------------------------------


def test_format_follows_the_extension(small_db, tmp_path):
    ok("history", "bromley", "-o", tmp_path / "x.xlsx", "--db", small_db)
    assert load_workbook(tmp_path / "x.xlsx").active["A2"].is_date

    ok("snapshot", "--at", "2019-08-31", "-o", tmp_path / "s.csv", "--db", small_db)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text())))
    assert list(rows[0]) == ["scope", "judgement", "grade", "count", "denominator", "percent"]

    ok("firsts", "-o", tmp_path / "f.json", "--db", small_db)
    assert json.loads((tmp_path / "f.json").read_text())[0]["la_name"]

    ok("snapshot", "--at", "2019-08-31", "-o", tmp_path / "s.txt", "--db", small_db)
    assert "┃ scope" in (tmp_path / "s.txt").read_text()

    ok("export", "inspections", "-o", tmp_path / "i.JSON", "--db", small_db)
    assert json.loads((tmp_path / "i.JSON").read_text())[0]["path"]


def test_format_and_extension_that_disagree_are_a_usage_error(small_db, tmp_path):
    r = run("history", "bromley", "--format", "csv", "-o", tmp_path / "x.xlsx", "--db", small_db)
    assert r.exit_code == 2
    assert "--format csv does not match -o" in r.output and "xlsx" in r.output
    assert not (tmp_path / "x.xlsx").exists()
    r = run("export", "inspections", "--format", "json", "-o", tmp_path / "x.csv", "--db", small_db)
    assert r.exit_code == 2 and "a .csv file is csv" in r.output
    # the same format stated twice is fine
    ok("trend", "--format", "csv", "-o", tmp_path / "t.csv", "--db", small_db)


def test_xlsx_needs_a_file(small_db):
    r = run("firsts", "--format", "xlsx", "--db", small_db)
    assert r.exit_code == 2 and "needs -o" in r.output


# ---- show --recommendations in files ---------------------------------------------------------


def test_show_recommendations_json_nested(small_db):
    r = ok("show", "bromley", "--recommendations", "--format", "json", "--db", small_db)
    docs = json.loads(r.stdout)
    by_date = {d["inspection_end"]: d for d in docs}
    recs = by_date["2018-11-30"]["recommendations"]
    assert len(recs) == 4 == by_date["2018-11-30"]["rec_count"]
    assert recs[0]["position"] == 1 and recs[0]["priority_action"] is False
    assert recs[0]["text"].startswith("The take-up of return home interviews")
    sif = by_date["2016-05-05"]["recommendations"]
    assert [x["section"] for x in sif].count("lscb") == 5  # the LSCB's own list, beside 18
    assert all(
        sum(x["section"] == "la" for x in d["recommendations"]) == d["rec_count"] for d in docs
    )
    # without the flag, no recommendations key
    r = ok("show", "bromley", "--format", "json", "--db", small_db)
    assert "recommendations" not in json.loads(r.stdout)[0]


def test_show_recommendations_csv_a_row_each(small_db):
    r = ok("show", "bromley", "--recommendations", "--format", "csv", "--db", small_db)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0])[-4:] == ["section", "position", "priority_action", "text"]
    assert len(rows) == 1 + 4 + 18 + 5  # 2023: 1, 2019: 4, 2016: 18 and 5 to the LSCB
    ri2019 = [x for x in rows if x["inspection_end"] == "2018-11-30"]
    assert [x["position"] for x in ri2019] == ["1", "2", "3", "4"]
    assert "homeless 16- and 17-year-olds" in ri2019[1]["text"]


def test_show_recommendations_xlsx_second_sheet(small_db, tmp_path):
    out = tmp_path / "b.xlsx"
    ok("show", "bromley", "--recommendations", "-o", out, "--db", small_db)
    book = load_workbook(out)
    assert book.sheetnames == ["Bromley (80490)", "recommendations"]
    recs = list(book["recommendations"].values)
    assert recs[0][:4] == ("inspection_end", "published", "kind", "framework")
    assert len(recs) - 1 == 28
    assert any("return home interviews" in (row[-2] or "") for row in recs[1:])


# ---- terminal tables -------------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", ["show", "history"])
def test_tables_fit_the_terminal_without_cutting(small_db, width, command):
    r = ok(command, "bromley", "--db", small_db, env={"COLUMNS": str(width)})
    out = r.stdout
    assert "…" not in out and "..." not in out
    assert max(len(line) for line in out.splitlines()) <= width
    for day in ("2023-11-17", "2018-11-30", "2016-05-05"):
        assert day in out
    assert "Key: Outst = outstanding, RI = requires improvement, Inad = inadequate" in out
    assert "requires_improvement" not in out
    assert "help & protection" in out and "Claire Beckingham" in out or command == "history"


def test_grades_in_the_same_words_everywhere(small_db):
    wide = {"COLUMNS": "250"}
    show = ok("show", "bromley", "--db", small_db, env=wide).stdout
    history = ok("history", "bromley", "--db", small_db, env=wide).stdout
    for out in (show, history):
        assert "requires improvement" in out and "outstanding" in out
        assert "requires_improvement" not in out and " RI " not in out
        assert "…" not in out and "Key:" not in out
    snap = ok("snapshot", "--at", "2019-08-31", "--db", small_db, env=wide).stdout
    assert "requires improvement" in snap and "good or outstanding" in snap


@pytest.mark.parametrize("width", [60, 80, 120])
def test_analysis_tables_fit(small_db, width):
    for args in (
        ("snapshot", "--at", "2019-08-31", "--by", "region"),
        ("transitions",),
        ("transitions", "--pairs"),
        ("timing",),
        ("firsts",),
        ("trend", "--every", "year"),
    ):
        out = ok(*args, "--db", small_db, env={"COLUMNS": str(width)}).stdout
        assert "…" not in out, args
        assert max(len(line) for line in out.splitlines()) <= width, args


# ---- empty answers say why ---------------------------------------------------------------------

EMPTY = [
    (
        ("firsts", "--judgement", "care_leavers", "--framework", "ilacs2018"),
        "No LA was judged outstanding for care leavers under ILACS 2018: no ILACS 2018 "
        "inspection judged care leavers separately; inspections that do: SIF (2013-18), ILACS 2023",
    ),
    (
        ("firsts", "--judgement", "adoption", "--framework", "sif"),
        "No LA was judged outstanding for adoption under SIF (2013-18): none of the 7 SIF "
        "(2013-18) inspections that judged adoption judged it outstanding (",
    ),
    (
        ("firsts", "--all-judgements", "--grade", "inadequate", "--framework", "ilacs2026"),
        "No LA was judged inadequate in every judgement under ILACS 2026: no inspection under "
        "ILACS 2026 was judged inadequate in every judgement it made.",
    ),
    (
        ("transitions", "--judgement", "care_leavers", "--from-framework", "ilacs2018"),
        "No pairs of consecutive inspections judged care leavers (ilacs2018 -> any): "
        "no ILACS 2018 inspection judged care leavers separately",
    ),
    (
        ("transitions", "--pairs", "--judgement", "lscb", "--to-framework", "ilacs"),
        "no ILACS inspection judged the LSCB separately",
    ),
    (
        ("snapshot", "--at", "2020-01-01", "--judgement", "adoption", "--framework", "ilacs2018"),
        "No LA has a grade for adoption on 2020-01-01: no ILACS 2018 inspection judged adoption",
    ),
    (
        ("trend", "--judgement", "care_leavers", "--framework", "ilacs2018"),
        "No LA has a grade for care leavers on any of these dates: no ILACS 2018 inspection",
    ),
]


@pytest.mark.parametrize("args, sentence", EMPTY, ids=lambda x: " ".join(x)[:40])
def test_an_empty_answer_says_why(small_db, args, sentence):
    r = ok(*args, "--db", small_db)
    assert sentence in r.stdout
    assert "┏" not in r.stdout  # not a bare table
    # a file still gets its rows (none, or counts of zero); the reason goes to stderr
    r = ok(*args, "--format", "csv", "--db", small_db)
    assert sentence in r.stderr and sentence not in r.stdout


def test_an_empty_database_says_so(tmp_path):
    db = tmp_path / "empty.db"
    (tmp_path / "reports").mkdir()
    ok("ingest", tmp_path / "reports", "--db", db, "-q")
    for args in (("timing",), ("timing", "--intervals"), ("firsts",), ("transitions",), ("trend",)):
        out = ok(*args, "--db", db).stdout
        assert "the database holds no inspections: run ilacs ingest" in out, args
        assert "┏" not in out
    out = ok("history", "bromley", "--db", db).stdout
    assert out.startswith("No reports of Bromley (80490) in the database")
