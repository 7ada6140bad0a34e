"""The themes on the web: tags on every recommendation, what the next inspection said under
each, the themes page and each theme's page. Values checked against Bromley's reports: the
2018 inspection (published January 2019) asked about information for homeless 16- and
17-year-olds; the 2023 report answers it on page 4 ("All children aged 16 and 17 who present as
homeless receive an excellent service")."""

from __future__ import annotations

import json

import pytest

from ilacs.web import App

from . import test_web_fixtures as fx


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def app(web_db):
    return App(web_db)


def _bromley_2018(app):
    page = json.loads(app.get("/la/bromley.json").body)
    return next(d for d in page["documents"] if d["inspection_end"] == "2018-11-30")


def test_what_the_next_inspection_said_of_bromleys_2018_recommendations(app):
    doc = _bromley_2018(app)
    homeless = next(r for r in doc["recommendations"] if "homeless" in r["text"])
    assert [t["id"] for t in homeless["themes"]][0] == "homeless_16_17"
    f = homeless["follow_up"]
    assert (f["date"], f["kind_name"], f["grade"]) == ("2023-11-17", "Inspection", "outstanding")
    best = f["passages"][0]
    assert best["page"] == 4
    assert "present as homeless receive an excellent service" in best["text"]
    assert best["url"].endswith("#page=4")
    # Every 2018 recommendation has the 2023 report's answer under it.
    assert all(r["follow_up"]["date"] == "2023-11-17" for r in doc["recommendations"])
    html = app.get("/la/bromley.html").body.decode()
    assert html.count("What the next inspection said") >= len(doc["recommendations"])
    assert "present as homeless receive an excellent service" in html
    assert 'href="../themes/homeless_16_17.html"' in html


def test_the_latest_inspection_has_no_follow_up_yet(app):
    page = json.loads(app.get("/la/bromley.json").body)
    latest = next(d for d in page["documents"] if d["inspection_end"] == "2023-11-17")
    assert latest["recommendations"] and all(
        r["follow_up"] is None for r in latest["recommendations"]
    )


def test_themes_page_and_a_theme(app):
    index = json.loads(app.get("/themes.json").body)
    assert len(index["themes"]) == 25
    eras = {e["id"]: e["documents"] for e in index["eras"]}
    assert eras["sif"] > 100 and eras["ilacs2018"] > 100
    missing = next(t for t in index["themes"] if t["id"] == "exploitation_missing")
    assert missing["recommendations"] > 100 and 0 < missing["shares"]["sif"] < 100
    html = app.get("/themes.html").body.decode()
    assert "What inspectors ask for" in html and 'href="themes/early_help.html"' in html
    page = json.loads(app.get("/themes/homeless_16_17.json").body)
    assert page["name"] == "Homeless 16- and 17-year-olds"
    assert sum(y["asking"] for y in page["by_year"]) == sum(r["asking"] for r in page["by_region"])
    assert any("homeless" in r["text"].lower() for r in page["recent"])
    html = app.get("/themes/homeless_16_17.html").body.decode()
    assert "Local authorities most often asked" in html and "<svg" in html
    assert app.get("/themes/happiness.html").status == 404


def test_search_by_theme(app, web_db):
    """'return home' in recommendations: the theme filter keeps those of a theme (return home
    interviews are exploitation_missing; the one about children returning home from care is
    not), on the web and in the store the CLI uses."""
    from ilacs.store import SearchFilters, Store

    with Store.open_readonly(web_db) as store:
        every = store.search("return home", scope="recommendations", limit=200)
        missing = store.search(
            "return home",
            SearchFilters(theme="exploitation_missing"),
            scope="recommendations",
            limit=200,
        )
        reports = store.search("return home", SearchFilters(theme="exploitation_missing"))
    assert 0 < missing.total < every.total
    assert all("exploitation_missing" in h["themes"] for h in missing.hits)
    assert reports.total > 0
    query = "q=return+home&scope=recommendations&theme=exploitation_missing"
    page = json.loads(app.get("/search.json", query).body)
    assert page["totals"]["recommendations"] == missing.total
    assert app.get("/search.html", "q=x&theme=happiness").status == 400
    html = app.get("/search.html").body.decode()
    assert '<select id="theme" name="theme">' in html
