"""The pages' rough edges (issue 12, "Web pages"), each checked on the real corpus and letters
through the app itself (`App.get`, the same responses the server sends)."""

from __future__ import annotations

import re

import pytest

from ilacs.web import App

from . import test_web_fixtures as fx


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def app(web_db):
    return App(web_db)


def text(app: App, path: str) -> str:
    r = app.get(path)
    assert r.status == 200, (path, r.status)
    return r.body.decode()


@pytest.mark.parametrize(
    ("typed", "page"),
    [
        ("/la/bromley", "/la/bromley.html"),
        ("/la/bromley/", "/la/bromley.html"),
        ("/la", "/la/index.html"),
        ("/la/", "/la/index.html"),
        ("/compare/overall/bromley+dorset", "/compare/overall/bromley+dorset.html"),
        ("/england/2019-08-31/overall", "/england/2019-08-31/overall.html"),
        ("/search", "/search.html"),
        ("/about", "/about.html"),
    ],
)
def test_addresses_typed_without_html_land_on_the_page(app, typed, page):
    r = app.get(typed)
    assert (r.status, dict(r.headers)["Location"]) == (303, page)
    json_twin = page.removesuffix(".html") + ".json?format=json"
    assert app.get(typed, "format=json").headers == [("Location", json_twin)]
    assert app.get(page).status == 200


def test_a_query_survives_the_redirect_and_unknown_paths_stay_404(app):
    r = app.get("/search", "q=return+home")
    assert dict(r.headers)["Location"] == "/search.html?q=return+home"
    assert app.get("/no/such/page").status == 404
    assert app.get("/la/bromley.pdf").status == 404


def tile_names(page: str, region: str) -> list[str]:
    block = page[page.index(f">{region}</h3>") :].split("</ul>")[0]
    return [n.replace("\u00ad", "") for n in re.findall(r'<span class="name">(.*?)</span>', block)]


def test_tiles_are_in_order_of_name(app):
    page = text(app, "/england/2019-08-31/overall.html")
    london = tile_names(page, "London")
    # In URN order Kensington and Chelsea and Kingston upon Thames came last.
    assert london == sorted(london)
    assert london[:3] == ["Barking and Dagenham", "Barnet", "Bexley"]
    assert london.index("Kensington and Chelsea") < london.index("Lambeth")
    assert tile_names(page, "East Midlands") == sorted(tile_names(page, "East Midlands"))


def test_tile_names_break_only_between_syllables(app):
    page = text(app, "/")
    names = re.findall(r'<span class="name">(.*?)</span>', page)
    assert "Not\u00adting\u00adham\u00adshire" in names
    assert "Christ\u00adchurch" in " ".join(names)  # not the dictionary's "Christ-ch-urch"
    assert "Bromley" in names  # short names stay whole


def test_compare_form_offers_as_many_las_as_it_says(app):
    page = text(app, "/compare.html")
    assert "Choose up to 6 local authorities" in page
    assert len(re.findall(r'<select id="la\d" name="la">', page)) == 6
    assert '<option value="poole">Poole (abolished 2019)</option>' in page
    r = app.get("/compare.html", "la=bromley&la=hackney&la=leeds&la=wigan&la=york&la=dorset")
    assert (
        dict(r.headers)["Location"]
        == "/compare/overall/bromley+hackney+leeds+wigan+york+dorset.html"
    )


def test_an_abolished_council_shows_its_own_record_and_names_its_successor(app):
    # The corpus holds no report of Poole (abolished 31 March 2019); BCP's inspections of 2021
    # (inadequate) and 2024 (good) are BCP's, never Poole's.
    page = text(app, "/compare/overall/poole+bromley.html")
    assert "Poole: Inadequate" not in page and "Poole: Good" not in page
    assert (
        'abolished on 31 March 2019, replaced by <a href="../../la/'
        'bournemouth-christchurch-and-poole.html">Bournemouth, Christchurch &amp; Poole</a>'
    ) in page
    assert "Bromley: Outstanding (2023-11-17)" in page
    la = text(app, "/la/poole.html")
    assert "none graded in the record" in la and "ILACS 2023" not in la
    assert "Poole was abolished on 31 March 2019; Bournemouth, Christchurch &amp; Poole took" in la
    # The successor still carries its predecessors' line and its own inspections.
    bcp = text(app, "/la/bournemouth-christchurch-and-poole.html")
    assert "13 December 2024" in bcp and "17 December 2021" in bcp
    index = text(app, "/la/index.html")
    assert 'Poole</a> <span class="muted">(abolished 2019)</span>' in index
    northants = text(app, "/la/northamptonshire.html")
    assert "North Northamptonshire and West Northamptonshire took over" in northants


def test_about_page_explains_the_terms(app):
    page = text(app, "/about.html")
    for anchor in (
        "grades",
        "grade-requires_improvement",
        "frameworks",
        "framework-sif",
        "framework-ilacs2018",
        "framework-ilacs2023",
        "framework-ilacs2026",
        "judgements",
        "judgement-care_leavers",
        "counting",
        "not-a-report",
    ):
        assert f'id="{anchor}"' in page, anchor
    # What changed: care leavers judged on their own from 2023, no overall grade in 2026.
    assert "care leavers became a judgement of its own" in page
    assert "print no overall effectiveness grade" in page
    assert "published by 30 September 2019" in page  # Ofsted's counting rule
    assert "Report not found" in page
    assert '<a href="about.html" aria-current="page">About</a>' in page
    data = app.get("/about.json").body.decode()
    assert '"framework": "ilacs2026"' in data and '"counting": [' in data


def test_each_term_links_to_its_explanation(app):
    about = "../about.html#"
    england = text(app, "/england/2019-08-31/care_leavers.html")
    for anchor in ("judgement-care_leavers", "counting", "grades"):
        assert f'href="../../about.html#{anchor}"' in england, anchor
    assert 'href="about.html#counting"' in text(app, "/")
    bromley = text(app, "/la/bromley.html")
    for anchor in (
        "framework-sif",
        "framework-ilacs2018",
        "framework-ilacs2023",
        "frameworks",
        "judgements",
        "grades",
        "not-a-report",
    ):
        assert f'href="{about}{anchor}"' in bromley, anchor
    compare = text(app, "/compare/overall/bromley+dorset.html")
    for anchor in ("grades", "judgement-overall", "counting"):
        assert f'href="../../about.html#{anchor}"' in compare, anchor
    assert 'href="../about.html">About</a>' in bromley  # in every page's navigation
