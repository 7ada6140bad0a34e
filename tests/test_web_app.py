"""`ilacs serve` over real HTTP on 127.0.0.1: every page type, JSON twins, errors, escaping,
read-only access and downloads. The database holds hand-checked labels of real reports (see
test_web_fixtures.py)."""

from __future__ import annotations

import inspect
import io
import sqlite3

import httpx
import pytest

from ilacs.web import App, make_server

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
def web_db(tmp_path_factory):
    return fx.session_db(tmp_path_factory)


@pytest.fixture(scope="module")
def web_server(web_db):
    return fx.session_server(web_db)


@pytest.fixture(scope="module")
def client(web_server):
    with httpx.Client(base_url=web_server, follow_redirects=False, timeout=30) as c:
        yield c


@pytest.mark.parametrize("name", PAGES)
def test_every_page_type_answers_with_html_and_its_date(client, name):
    r = client.get(PAGES[name])
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert "Data last updated: <strong>25 November 2026</strong>" in r.text
    assert '<meta name="viewport"' in r.text and '<html lang="en-GB">' in r.text


@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_a_json_twin(client, name):
    path = PAGES[name] or "index.html"
    base, _, query = path.partition("?")
    twin = client.get(base.removesuffix(".html") + ".json" + ("?" + query if query else ""))
    assert twin.status_code == 200
    assert twin.headers["content-type"] == "application/json; charset=utf-8"
    also = client.get(base, params=[*httpx.QueryParams(query).multi_items(), ("format", "json")])
    assert also.json() == twin.json()
    assert twin.json()["last_updated"] == "2026-11-25T09:00:00+00:00"


def _grade(client, day: str, judgement: str, name: str) -> str | None:
    data = client.get(f"england/{day}/{judgement}.json").json()
    return next(la["grade"] for la in data["las"] if la["name"] == name)


def test_england_replays_bromleys_grades_at_past_dates(client):
    # SIF 2016 (inadequate), ILACS 2018 published 7 Jan 2019 (good, leaders outstanding),
    # ILACS 2023 published 12 Jan 2024 (outstanding).
    assert _grade(client, "2018-08-31", "overall", "Bromley") == "inadequate"
    assert _grade(client, "2019-08-31", "overall", "Bromley") == "good"
    assert _grade(client, "2019-08-31", "leaders", "Bromley") == "outstanding"
    assert _grade(client, "2024-03-31", "care_leavers", "Bromley") == "outstanding"
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
    assert '<a href="https://files.ofsted.gov.uk/v1/file/50048227" rel="external">' in page
    assert "The take-up of return home interviews and the effective use" in page
    assert "<td>The effectiveness of the LSCB</td>" in page  # SIF 2016: requires improvement
    data = client.get("la/bromley.json").json()
    sif = next(d for d in data["documents"] if d["framework"] == "sif")
    assert sif["grades"] == {
        "overall": "inadequate",
        "leaders": "inadequate",
        "help_protection": "inadequate",
        "in_care": "inadequate",
        "care_leavers": "inadequate",
        "adoption": "inadequate",
        "lscb": "requires_improvement",
    }
    assert "<svg" in page and "Overall effectiveness: Good (2018-11-30)" in page


def test_la_page_follows_predecessors(client):
    data = client.get("la/north-northamptonshire.json").json()
    assert data["predecessors"] == ["Northamptonshire"]
    page = client.get("la/north-northamptonshire.html").text
    assert 'href="../la/northamptonshire.html">Northamptonshire</a>' in page


def test_report_text_with_markup_is_escaped_everywhere(client):
    for path in ("la/bromley.html", "search.html?q=zebracorn"):
        page = client.get(path).text
        assert "window.pwned" in page
        assert "<script>window.pwned" not in page and "<img src=x" not in page
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    # The JSON twin carries the text as data, unchanged.
    docs = client.get("la/bromley.json").json()["documents"]
    assert any(d["theme"] == HOSTILE_MARKUP for d in docs)


def test_search_finds_recommendations_with_filters(client):
    q = {"q": "return home interviews", "scope": "recommendations", "region": "London"}
    found = client.get("search.json", params=q).json()["recommendations"]
    assert [(r["la"], r["inspection_end"]) for r in found] == [("Bromley", "2018-11-30")]
    assert found[0]["snippet"] == "The take-up of [return home interviews] and the effective use"
    q["grade"] = "outstanding"  # Bromley's 2018 inspection was good overall
    assert client.get("search.json", params=q).json()["recommendations"] == []
    q.update(grade="good", framework="ilacs2018", kind="inspection", **{"from": "2018-01-01"})
    assert len(client.get("search.json", params=q).json()["recommendations"]) == 1
    q["to"] = "2018-06-30"
    assert client.get("search.json", params=q).json()["recommendations"] == []


def test_search_text_of_reports_marks_matches(client):
    page = client.get("search.html", params={"q": "return home interviews"}).text
    assert "<mark>return home interviews</mark>" in page


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
    assert client.get("download/document_text.xlsx").status_code == 404  # CSV only


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


def test_serve_command_on_a_missing_database(tmp_path):
    from click.testing import CliRunner

    from ilacs.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and "Traceback" not in result.output


def test_pages_follow_a_new_ingest(web_db, tmp_path):
    import shutil

    from ilacs.store import Store

    db = tmp_path / "copy.db"
    with sqlite3.connect(web_db) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    shutil.copystat(web_db, db)
    app = App(db)
    before = app.get("/la/bromley.json").body
    assert b'"last_updated": "2026-11-25T09:00:00+00:00"' in before
    with Store(db) as store:  # what an ingest does while the server runs
        store.set_meta("last_update", "2026-11-26T08:00:00+00:00")
    after = app.get("/la/bromley.json").body
    assert b'"last_updated": "2026-11-26T08:00:00+00:00"' in after


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
