"""`ilacs serve` over real HTTP on 127.0.0.1: every page type, JSON twins, errors, escaping,
read-only access and downloads. The database is the real corpus and letters, ingested from the
PDFs (see test_web_fixtures.py); the values asserted were checked against the reports' text."""

from __future__ import annotations

import csv
import inspect
import io
import json
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from random import Random

import httpx
import pytest

from ilacs import analyse
from ilacs.web import App, make_server
from ilacs.web.views.england import JUDGEMENTS

from . import test_web_fixtures as fx
from .test_web_fixtures import HOSTILE_MARKUP

PAGES = {
    "england today": "",
    "england on a date": "england/2019-08-31/overall.html",
    "england dates": "england.html",
    "la index": "la/index.html",
    "la": "la/bromley.html",
    "compare form": "compare.html",
    "compare": "compare/overall/bromley+dorset.html",
    "search": "search.html?q=return+home+interviews",
    "download": "download.html",
}


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def stamp(web_db):
    return fx.last_updated(web_db)


@pytest.fixture(scope="module")
def web_server(web_db):
    return fx.session_server(web_db)


@pytest.fixture(scope="module")
def client(web_server):
    with httpx.Client(base_url=web_server, follow_redirects=False, timeout=30) as c:
        yield c


@pytest.mark.parametrize("name", PAGES)
def test_every_page_type_answers_with_html_and_its_date(client, stamp, name):
    r = client.get(PAGES[name])
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert f"Data last updated: <strong>{fx.long_day(stamp)}</strong>" in r.text
    assert f'<span class="muted">({stamp})</span>' in r.text
    assert '<meta name="viewport"' in r.text and '<html lang="en-GB">' in r.text


@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_a_json_twin(client, stamp, name):
    path = PAGES[name] or "index.html"
    base, _, query = path.partition("?")
    twin = client.get(base.removesuffix(".html") + ".json" + ("?" + query if query else ""))
    assert twin.status_code == 200
    assert twin.headers["content-type"] == "application/json; charset=utf-8"
    also = client.get(base, params=[*httpx.QueryParams(query).multi_items(), ("format", "json")])
    assert also.json() == twin.json()
    assert twin.json()["last_updated"] == stamp


def _grade(client, day: str, judgement: str, name: str) -> str | None:
    data = client.get(f"england/{day}/{judgement}.json").json()
    return next(la["grade"] for la in data["las"] if la["name"] == name)


def test_england_replays_bromleys_grades_at_past_dates(client):
    # SIF 2016 (inadequate), ILACS 2018 published 7 Jan 2019 (good, leaders outstanding),
    # ILACS 2023 published 12 Jan 2024 (outstanding in all five judgements).
    assert _grade(client, "2018-08-31", "overall", "Bromley") == "inadequate"
    assert _grade(client, "2018-08-31", "leaders", "Bromley") == "inadequate"
    # Ofsted's rule counts an inspection done by the date and published within a month after:
    # on 30 November 2018 (the last day on site) the report was not out until 7 January 2019.
    assert _grade(client, "2018-11-30", "overall", "Bromley") == "inadequate"
    assert _grade(client, "2018-12-31", "overall", "Bromley") == "good"
    assert _grade(client, "2019-08-31", "overall", "Bromley") == "good"
    assert _grade(client, "2019-08-31", "leaders", "Bromley") == "outstanding"
    assert _grade(client, "2019-08-31", "help_protection", "Bromley") == "good"
    assert _grade(client, "2019-08-31", "care_leavers", "Bromley") is None  # not in ILACS 2018
    for judgement in ("overall", "leaders", "help_protection", "in_care", "care_leavers"):
        assert _grade(client, "2024-03-31", judgement, "Bromley") == "outstanding"
    page = client.get("england/2019-08-31/overall.html").text
    assert 'href="../../la/bromley.html"><span class="name">Bromley</span>' in page


def test_england_counts_add_up_per_region(client):
    data = client.get("england/2019-08-31/overall.json").json()
    national = data["england"]
    assert sum(g["count"] for g in national["grades"]) == national["denominator"]
    assert sum(r["denominator"] for r in data["regions"]) == national["denominator"]
    assert national["las"] == 151  # councils in existence on 31 August 2019 (the register)
    assert data["rule"] == "ofsted"
    london = next(r for r in data["regions"] if r["region"] == "London")
    graded = [la for la in data["las"] if la["region"] == "London" and la["grade"]]
    assert london["denominator"] == len(graded)


def test_england_on_31_august_2019_from_the_reports(client):
    data = client.get("england/2019-08-31/overall.json").json()
    national = data["england"]
    counts = {g["grade"]: g["count"] for g in national["grades"]}
    assert counts == {"outstanding": 12, "good": 61, "requires_improvement": 57, "inadequate": 17}
    assert (national["good_or_better"], national["denominator"]) == (73, 147)
    assert national["good_or_better_percent"] == 49.7
    # 151 councils: Dorset and Bournemouth, Christchurch & Poole (new on 1 April 2019) not yet
    # inspected; Northamptonshire and Cumbria (abolished since) have no reports in the corpus.
    assert national["not_graded"] == {"no_judgement": 0, "not_inspected": 2, "no_reports": 2}
    regions = {r["region"]: r for r in data["regions"]}
    assert (regions["London"]["good_or_better"], regions["London"]["denominator"]) == (26, 33)
    assert regions["London"]["good_or_better_percent"] == 78.8
    wm = regions["West Midlands"]
    assert (wm["good_or_better"], wm["denominator"], wm["good_or_better_percent"]) == (3, 14, 21.4)
    page = client.get("england/2019-08-31/overall.html").text
    assert (
        '<tfoot><tr><th scope="row">Good or outstanding</th><td class="num">73</td>'
        '<td class="num">49.7%</td></tr></tfoot>'
    ) in page
    rows = {
        m[0]: m[1]
        for m in re.findall(
            r'<tr><th scope="row"><a href="#r-\d+">([^<]+)</a></th>(.*?)</tr>', page, re.S
        )
    }
    gob = '<td class="num" data-label="Good or outstanding">'
    assert gob + "79%</td>" in rows["London"]
    assert ('<td class="num" data-label="Good">3 <span class="muted">(21%)</span></td>') in rows[
        "West Midlands"
    ]
    assert gob + "21%</td>" in rows["West Midlands"]


def test_england_on_any_date_agrees_with_the_analysis(web_db):
    # Pages of dates in one era (the same picture) share their rendered body; every date still
    # gets its own counts, and they must be the analysis' own, made afresh from the database.
    app = App(web_db)
    record = analyse.Record.load(web_db)  # a record of its own: nothing shared with the app
    rng = Random(5)
    days = [date(2012, 1, 1) + timedelta(days=rng.randrange(5000)) for _ in range(40)]
    days += [date(2019, 8, 31), date(2019, 9, 1), date(2019, 9, 30), date(2019, 10, 1)]
    for day in days:
        for judgement in ("overall", "leaders"):
            page = app.get(f"/england/{day.isoformat()}/{judgement}.json")
            got = json.loads(page.body)
            fresh = analyse.snapshot(record, day, judgement=judgement, by="region")
            want = {(r.scope, r.grade): (r.count, r.denominator) for r in fresh.rows}
            assert got["at"] == day.isoformat()
            assert got["rule_text"] == fresh.rule_text
            assert got["notes"] == fresh.notes()
            for g in got["england"]["grades"]:
                assert (g["count"], got["england"]["denominator"]) == want[
                    ("England", g["grade"])
                ], (day, judgement)
            for r in got["regions"]:
                assert r["good_or_better"] == want[(r["region"], "good_or_outstanding")][0]
            graded = {la["name"]: la["grade"] for la in got["las"]}
            assert graded == {s.name: s.grade for s in fresh.las}, (day, judgement)


def test_england_dates_of_one_picture_differ_only_in_their_date(web_db):
    app = App(web_db)
    a, b = date(2019, 8, 31), date(2019, 9, 1)
    assert app.data.era(a) == app.data.era(b)
    page_a = app.get("/england/2019-08-31/overall.html").body.decode()
    page_b = app.get("/england/2019-09-01/overall.html").body.decode()
    assert "on 31 August 2019" in page_a and "on 31 August 2019" not in page_b
    assert "on 1 September 2019" in page_b
    body = re.compile(r'<section aria-labelledby="h-national">.*</main>', re.S)
    body_a, body_b = body.search(page_a).group(0), body.search(page_b).group(0)
    assert body_a == body_b
    # A later era (Bromley's 2018 inspection published 7 January 2019) is another picture.
    early = app.get("/england/2018-12-30/overall.json").body
    assert b'"name": "Bromley",' in early

    def bromley(body: bytes) -> dict:
        return next(la for la in json.loads(body)["las"] if la["name"] == "Bromley")

    assert bromley(early)["grade"] == "good"  # within the month's grace of 30 Nov 2018
    assert bromley(app.get("/england/2018-11-30/overall.json").body)["grade"] == "inadequate"


def test_after_warming_any_date_renders_from_kept_parts(web_db):
    # The warm-up renders one date of every era in every judgement; after it, England on a
    # date never asked for renders its head only: it adds no part to those kept.
    app = App(web_db)
    assert app.warm() > 0
    kept = len(app._fragments)
    rng = Random(11)
    for _ in range(60):
        day = date(2012, 1, 1) + timedelta(
            days=rng.randrange((date.today() - date(2012, 1, 1)).days)
        )
        judgement = rng.choice(JUDGEMENTS)
        page = app.get(f"/england/{day.isoformat()}/{judgement}.html")
        assert page.status == 200 and f"on {fx.long_day(day.isoformat())}" in page.body.decode()
    assert len(app._fragments) == kept


def test_date_control_redirects_to_the_dated_page(client):
    r = client.get("england.html", params={"at": "2019-08-31", "judgement": "leaders"})
    assert r.status_code == 303
    assert r.headers["location"] == "/england/2019-08-31/leaders.html"


@pytest.mark.parametrize(
    "path",
    [
        "england/2019-02-30/overall.html",
        "england/2011-12-31/overall.html",
        "england/2999-01-01/overall.html",
        "england/yesterday/overall.html",
        "england/2019-08-31/happiness.html",
        "england.html?at=31/08/2019",
        "search.html?q=care&from=soon",
        "search.html?q=care&region=Atlantis",
        "search.html?q=care&grade=superb",
        "compare.html?judgement=nope",
    ],
)
def test_bad_dates_and_options_give_a_400_page(client, path):
    r = client.get(path)
    assert r.status_code == 400
    assert "<h1>400: Bad request</h1>" in r.text
    assert "Traceback" not in r.text


def test_unknown_las_and_pages_give_a_404_page_with_suggestions(client):
    r = client.get("la/bromleigh-on-sea.html")
    assert r.status_code == 404
    assert "<h1>404: Not found</h1>" in r.text
    assert 'href="../la/bromley.html">Bromley</a>' in r.text  # the nearest name, linked
    assert client.get("la/bromleigh-on-sea.json").json()["status"] == 404
    assert client.get("compare/overall/bromley+atlantis.html").status_code == 404
    assert client.get("no/such/page.html").status_code == 404
    assert client.get("download/secrets.csv").status_code == 404


def test_near_names_and_urns_redirect_to_the_las_page(client):
    assert client.get("la/80490.html").headers["location"] == "/la/bromley.html"
    assert client.get("la/bromly.html").headers["location"] == "/la/bromley.html"


def test_la_page_shows_every_judgement_recommendation_and_report_link(client):
    page = client.get("la/bromley.html").text
    assert "Region</dt><dd>London" in page
    for file_id in (50004327, 50048227, 50237004):  # 2016, 2019 and 2024 reports (files.csv)
        assert f'<a href="https://files.ofsted.gov.uk/v1/file/{file_id}" rel="external">' in page
    # The 2019 report's first item under "What needs to improve", whole.
    assert (
        '<li value="1"><p class="rec">The take-up of return home interviews and the effective '
        "use of information to identify and mitigate emerging risks.</p>"
    ) in page
    # SIF 2016, page 35: "The Local Safeguarding Children Board requires improvement".
    assert (
        "<tr><td>The Local Safeguarding Children Board</td>"
        '<td><span class="grade g-requires_improvement">Requires improvement</span></td></tr>'
    ) in page
    data = client.get("la/bromley.json").json()
    assert data["latest_inspection"]["path"] == fx.BROMLEY_2024
    assert data["latest_inspection"]["date"] == "2023-11-17"
    sif = next(d for d in data["documents"] if d["framework"] == "sif")
    assert (sif["path"], sif["lead_inspector"]) == (fx.BROMLEY_2016, "Marcie Taylor")
    assert (sif["inspection_start"], sif["inspection_end"]) == ("2016-04-11", "2016-05-05")
    assert sif["grades"] == {
        "overall": "inadequate",
        "leaders": "inadequate",
        "help_protection": "inadequate",
        "in_care": "inadequate",
        "care_leavers": "inadequate",
        "adoption": "inadequate",
        "lscb": "requires_improvement",
    }
    first = sif["recommendations"][0]["text"]
    assert first.startswith("Ensure that the director of children's services has the authority")
    assert "<svg" in page and "Overall effectiveness: Good (2018-11-30)" in page
    assert "Overall effectiveness: Inadequate (2016-05-05)" in page
    assert "Overall effectiveness: Outstanding (2023-11-17)" in page


def test_la_page_lists_files_that_are_not_reports(client):
    # Bromley's "17 august 2012" file is Ofsted's "Report not found" web page saved as .pdf.
    data = client.get("la/bromley.json").json()
    assert [d["path"] for d in data["documents"]] == [
        fx.BROMLEY_2012,
        fx.BROMLEY_2016,
        fx.BROMLEY_2019,
        fx.HOSTILE_PATH,
        fx.BROMLEY_2024,
    ]
    saved = data["documents"][0]
    assert (saved["status"], saved["kind"], saved["grades"]) == ("not_a_report", "not_a_report", {})
    assert (saved["date"], saved["published"]) == ("2012-08-17", "2012-08-17")  # files.csv
    assert "'Report not found - Find an Inspection Report - Ofsted'" in saved["error"]
    page = client.get("la/bromley.html").text
    assert (
        '<dt>Note</dt><dd><a href="../about.html#not-a-report">not a report</a>: '
        "an HTML page saved with a .pdf name "
        "(&#39;Report not found - Find an Inspection Report - Ofsted&#39;), not a PDF</dd>"
    ) in page
    assert (
        '<tr><th scope="row">17 August 2012</th><td data-label="Document">'
        '<a href="#doc-1">Not a report</a></td>'
    ) in page


def test_la_page_follows_predecessors(client):
    data = client.get("la/north-northamptonshire.json").json()
    assert data["predecessors"] == ["Northamptonshire"]
    page = client.get("la/north-northamptonshire.html").text
    assert 'href="../la/northamptonshire.html">Northamptonshire</a>' in page


def test_compare_follows_two_las_through_time(client):
    data = client.get("compare/overall/bromley+dorset.json").json()
    assert [la["name"] for la in data["las"]] == ["Bromley", "Dorset"]
    assert data["scopes"] == ["London", "South West", "England"]
    rows = {r["date"]: r["las"] for r in data["rows"]}
    # Dorset council began on 1 April 2019; its first inspection (27 September to 8 October
    # 2021) was good, its second (17 to 21 March 2025, published 9 May 2025) outstanding.
    assert rows["2016-03-31"] == [None, "did_not_exist"]  # Bromley's SIF ended 5 May 2016
    assert rows["2017-03-31"] == ["inadequate", "did_not_exist"]
    assert rows["2019-03-31"] == ["good", "did_not_exist"]
    assert rows["2021-03-31"] == ["good", None]
    assert rows["2022-03-31"] == ["good", "good"]
    assert rows["2024-03-31"] == ["outstanding", "good"]
    assert rows["2025-03-31"] == ["outstanding", "good"]  # published after the month's grace
    assert rows["2026-03-31"] == ["outstanding", "outstanding"]
    page = client.get("compare/overall/bromley+dorset.html").text
    assert "<title>Dorset: Good (2021-10-08)</title>" in page
    assert "<title>Bromley: Inadequate (2016-05-05)</title>" in page


def test_compare_shares_chart_follows_the_regions_compared(client):
    london = client.get("compare/overall/bromley+bexley.html").text
    mixed = client.get("compare/overall/bromley+dorset.html").text
    south_west = client.get("compare/overall/dorset+devon.html").text
    assert "South West: " not in london and "London: " in london
    assert "South West: " in mixed and "London: " in mixed
    assert "South West: " in south_west and "London: " not in south_west
    # The chart of a set of regions is drawn once: the same for every pair in them.
    chart = re.compile(r'<h2 id="h-shares">.*?</section>', re.S)
    other = client.get("compare/overall/croydon+sutton.html").text
    assert chart.search(london).group(0) == chart.search(other).group(0)
    leaders = client.get("compare/leaders/bromley+bexley.html").text
    assert chart.search(leaders).group(0) != chart.search(london).group(0)


def test_report_text_with_markup_is_escaped_everywhere(client):
    for path in ("la/bromley.html", "search.html?q=zebracorn"):
        page = client.get(path).text
        assert "window.pwned" in page
        assert "<script>window.pwned" not in page and "<img src=x" not in page
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    # The JSON twin carries the text as data, unchanged.
    docs = client.get("la/bromley.json").json()["documents"]
    assert any(d["theme"] == HOSTILE_MARKUP for d in docs)


def _found(client, **q) -> list[tuple[str, str, int]]:
    data = client.get("search.json", params=q).json()
    assert data["more"] is False
    return sorted((r["la"], r["inspection_end"], r["position"]) for r in data["recommendations"])


def test_search_finds_recommendations_with_filters(client):
    q = {"q": "return home interviews", "scope": "recommendations", "region": "London"}
    # Every London ILACS 2018 report whose improvement list names return home interviews.
    assert _found(client, **q, framework="ilacs2018") == [
        ("Bexley", "2018-07-20", 1),  # overall outstanding
        ("Bromley", "2018-11-30", 1),  # good
        ("Enfield", "2019-03-15", 2),  # good
        ("Haringey", "2018-11-09", 8),  # requires improvement
        ("Hillingdon", "2018-04-27", 2),  # good
        ("Lambeth", "2022-11-04", 3),  # requires improvement
        ("Newham", "2019-02-22", 8),  # inadequate
    ]
    q.update(framework="ilacs2018", grade="good")
    assert _found(client, **q) == [
        ("Bromley", "2018-11-30", 1),
        ("Enfield", "2019-03-15", 2),
        ("Hillingdon", "2018-04-27", 2),
    ]
    assert _found(client, **{**q, "grade": "outstanding"}) == [("Bexley", "2018-07-20", 1)]
    q.update(kind="inspection", **{"from": "2018-07-01"})
    assert [la for la, _, _ in _found(client, **q)] == ["Bromley", "Enfield"]
    q["to"] = "2018-12-31"
    assert _found(client, **q) == [("Bromley", "2018-11-30", 1)]
    found = client.get("search.json", params=q).json()["recommendations"]
    assert found[0]["snippet"] == (
        "The take-up of [return home interviews] and the effective use of information to "
        "identify and mitigate emerging risks."
    )
    q["to"] = "2018-06-30"
    assert _found(client, **q) == []
    # Newham's eighth item repeats Bromley's first word for word.
    assert _found(client, q="mitigate emerging risks", scope="recommendations") == [
        ("Bromley", "2018-11-30", 1),
        ("Newham", "2019-02-22", 8),
    ]


def test_search_text_of_reports_marks_matches(client):
    page = client.get("search.html", params={"q": "return home interviews"}).text
    assert "<mark>return home interviews</mark>" in page
    q = {"q": "return home interviews", "scope": "documents", "region": "London"}
    q.update(framework="ilacs2018", **{"from": "2018-11-01", "to": "2018-11-30"})
    found = client.get("search.json", params=q).json()["documents"]
    assert any(d["path"] == fx.BROMLEY_2019 for d in found)


def test_search_input_is_data_not_sql(client):
    for q in ("'; DROP TABLE documents; --", 'NEAR("care" OR', "*", '"""', "care) OR (1=1"):
        r = client.get("search.html", params={"q": q})
        assert r.status_code in (200, 400) and "Traceback" not in r.text
    assert client.get("la/bromley.json").status_code == 200  # the tables are all there


def test_downloads_are_the_tables_and_the_database(client, web_db):
    with sqlite3.connect(web_db) as conn:
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    csv_text = client.get("download/documents.csv").text
    assert csv_text.splitlines()[0].startswith("id,path,sha256,")
    assert len(csv_text.strip().splitlines()) == n_docs + 1  # no newlines inside these cells
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(client.get("download/judgements.xlsx").content))
    ws = wb["judgements"]
    assert [c.value for c in ws[1]] == [
        "document_id",
        "path",
        "urn",
        "la_name",
        "position",
        "area",
        "label",
        "grade",
        "grade_text",
    ]
    db = client.get("download/ilacs.db")
    assert db.headers["content-disposition"] == 'attachment; filename="ilacs.db"'
    copy = sqlite3.connect(":memory:")
    copy.deserialize(db.content)
    assert copy.execute("SELECT count(*) FROM documents").fetchone()[0] == n_docs


def test_full_text_downloads_a_row_per_page(client, web_db):
    # Each page of a report is a row (a whole report overflows a spreadsheet cell): page 2 of
    # Bromley's 2019 report opens its list of what needs to improve.
    with sqlite3.connect(web_db) as conn:
        doc_id, pages = conn.execute(
            "SELECT id, page_count FROM documents WHERE path = ?", (fx.BROMLEY_2019,)
        ).fetchone()
    assert pages == 11
    from openpyxl import load_workbook

    r = client.get("download/document_text.xlsx")
    assert r.status_code == 200
    ws = load_workbook(io.BytesIO(r.content), read_only=True)["document_text"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("document_id", "path", "urn", "la_name", "page", "text")
    bromley = [row for row in rows if row[0] == doc_id]
    assert {row[1:4] for row in bromley} == {(fx.BROMLEY_2019, 80490, "Bromley")}
    assert [row[4] for row in bromley] == list(range(1, 12))
    # XML keeps a line end as "\n" (the CSV has pdfium's "\r\n").
    assert bromley[1][5].startswith("2\nWhat needs to improve\n")
    assert "The take-up of return home interviews" in bromley[1][5]
    listed = client.get("download.json").json()["tables"]
    text_table = next(t for t in listed if t["name"] == "document_text")
    assert text_table["rows"] == len(rows) - 1
    csv_rows = list(csv.reader(io.StringIO(client.get("download/document_text.csv").text)))
    assert len(csv_rows) == len(rows)
    page2 = [row[5] for row in csv_rows if row[0] == str(doc_id)][1]
    assert page2.replace("\r\n", "\n") == bromley[1][5]


def test_database_is_opened_read_only(web_db):
    app = App(web_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        app.data.conn.execute("CREATE TABLE intruder (x)")
    status = []
    body = app(
        {"REQUEST_METHOD": "POST", "PATH_INFO": "/la/bromley.html", "QUERY_STRING": ""},
        lambda s, h: status.append(s),
    )
    assert status == ["405 Method Not Allowed"] and body == [b""]


def test_binds_to_loopback_by_default():
    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"
    from ilacs.cli.web import serve

    assert next(p for p in serve.params if p.name == "host").default == "127.0.0.1"


def test_static_files_stay_inside_the_static_folder(web_db):
    app = App(web_db)
    assert app.get("/static/style.css").status == 200
    assert app.get("/static/../app.py").status == 404
    assert app.get("/static/%2e%2e/app.py").status == 404


def test_unchanged_pages_answer_304(client):
    r = client.get("la/bromley.html")
    again = client.get("la/bromley.html", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_serve_command_serves_until_stopped(web_db):
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "ilacs", "serve", "--db", str(web_db), "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"ilacs: serving {web_db} at http://127.0.0.1:")
        base = line.split(" at ", 1)[1].split()[0]
        r = httpx.get(base + "la/bromley.json", timeout=30)
        assert r.status_code == 200 and r.json()["urn"] == 80490
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_processes_share_the_port_and_stop_together(web_db):
    import os
    import subprocess
    import sys

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ilacs",
            "serve",
            "--db",
            str(web_db),
            "--port",
            "0",
            "--processes",
            "2",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base = proc.stdout.readline().split(" at ", 1)[1].split()[0]
        # connections are shared by the kernel: every one is answered, whichever process takes it
        for _ in range(20):
            r = httpx.get(base + "la/bromley.json", timeout=30)
            assert r.status_code == 200 and r.json()["urn"] == 80490
        children = [
            stat.parent.name
            for stat in Path("/proc").glob("[0-9]*/stat")
            if _ppid(stat) == proc.pid
        ]
        assert len(children) == 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    for pid in children:  # SIGTERM to the parent stops its children too
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            continue
        raise AssertionError(f"child {pid} outlived the server")


def _ppid(stat: Path) -> int | None:
    try:  # the fields after the command name, which may hold spaces, start with state, ppid
        return int(stat.read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def test_idle_connections_do_not_hold_up_the_workers(web_db):
    import socket
    import threading

    server = make_server(web_db, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    try:
        # More silent connections than workers (a browser's preconnects, a slow client)...
        idle = [socket.create_connection((host, port)) for _ in range(3 * server.workers)]
        # ...and others are still answered at once, each in turn.
        for _ in range(3):
            r = httpx.get(f"http://{host}:{port}/la/bromley.json", timeout=5)
            assert r.status_code == 200 and r.json()["urn"] == 80490
        # A silent connection that speaks at last is answered too.
        idle[0].sendall(b"GET /la/bromley.json HTTP/1.0\r\nHost: x\r\n\r\n")
        idle[0].settimeout(10)
        assert idle[0].recv(64).startswith(b"HTTP/1.0 200 OK")
        for s in idle:
            s.close()
    finally:
        server.shutdown()
        server.server_close()


def test_serve_command_on_a_missing_database(tmp_path):
    from click.testing import CliRunner

    from ilacs.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and "Traceback" not in result.output


def test_pages_follow_a_new_ingest(corpus_db, tmp_path):
    import json

    from ilacs.ingest import ingest

    db = fx.copy_db(corpus_db, tmp_path / "copy.db")  # the reports, not yet the letters
    letter = "80469_gateshead__children's_services_focused_visit_-_09_may_2018.pdf"
    app = App(db)
    before = json.loads(app.get("/la/gateshead.json").body)
    assert before["last_updated"] == fx.meta(corpus_db, "last_ingest")
    assert letter not in [d["path"] for d in before["documents"]]
    summary = ingest(fx.LETTERS / letter, db)  # what an ingest does while the server runs
    assert (summary.parsed, summary.failed) == (1, 0)
    after = json.loads(app.get("/la/gateshead.json").body)
    assert after["last_updated"] == fx.meta(db, "last_ingest")
    visit = next(d for d in after["documents"] if d["path"] == letter)
    # "a focused visit to Gateshead Council children's services on 20 March 2018. The
    # inspectors were Jan Edwards, HMI, and Ian Young, HMI. Inspectors looked at the local
    # authority's arrangements for care leavers."
    assert (visit["kind"], visit["inspection_start"], visit["inspection_end"]) == (
        "focused_visit",
        "2018-03-20",
        "2018-03-20",
    )
    assert visit["lead_inspector"] == "Jan Edwards"
    assert visit["theme"] == "the local authority's arrangements for care leavers"
    assert "arrangements for care leavers" in app.get("/la/gateshead.html").body.decode()


def test_a_bug_in_a_view_gives_a_500_page(web_db, monkeypatch):
    from ilacs.web import app as app_module

    def broken(data, req, key):
        raise ZeroDivisionError("a bug")

    routes = [(p, broken if p.pattern == r"la/([^/]+)" else v) for p, v in app_module.ROUTES]
    monkeypatch.setattr(app_module, "ROUTES", routes)
    status = []
    body = App(web_db)(
        {"REQUEST_METHOD": "GET", "PATH_INFO": "/la/bromley.html", "QUERY_STRING": ""},
        lambda s, h: status.append(s),
    )
    assert status == ["500 Internal Server Error"]
    page = body[0].decode()
    assert "<h1>500: Server error</h1>" in page and "ZeroDivisionError" not in page
    assert 'href="../la/index.html"' in page  # links still relative to the page asked for


def test_one_address_per_page(client):
    assert client.get("england/latest/overall.html").headers["location"] == "/index.html"
    r = client.get("england/latest/overall.html", params={"format": "json"})
    assert r.headers["location"] == "/index.json?format=json"
    r = client.get("compare/overall/bromley+bromley.html")
    assert r.headers["location"] == "/compare/overall/bromley.html"
