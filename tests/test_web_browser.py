"""The pages in a real browser: Debian's chromium, headless, driven by Playwright.

Screenshots of every page type, at desktop and phone widths, land in artefacts/web/.
"""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.web import build_site

from . import test_web_fixtures as fx
from .test_web_fixtures import ARTEFACTS

pytestmark = pytest.mark.browser

PAGES = {
    "england": ("", "England: overall effectiveness"),
    "england-2019": ("england/2019-08-31/overall.html", "England: overall effectiveness"),
    "la": ("la/bromley.html", "Bromley"),
    "la-index": ("la/index.html", "Local authorities"),
    "compare": ("compare/overall/bromley+dorset.html", "Compare: overall effectiveness"),
    "search": ("search.html?q=return+home+interviews", "Search the reports"),
    "download": ("download.html", "Download the data"),
    "about": ("about.html", "About the data"),
    "404": ("la/bromleigh-on-sea.html", "404: Not found"),
    "400": ("england/2019-02-30/overall.html", "400: Bad request"),
}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def web_server(web_db):
    with fx.running_server(web_db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with fx.headless_chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_each_page_type_renders_on_desktop_and_phone(browser, web_server, web_db, name):
    path, heading = PAGES[name]
    updated = fx.long_day(fx.last_updated(web_db))
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        pg.goto(web_server + path)
        assert heading in pg.locator("h1").inner_text().replace("\n", " ")
        assert f"Data last updated: {updated}" in pg.locator("footer").inner_text()
        # Usable on a phone: nothing wider than the screen but tables and charts, which scroll
        # inside their own boxes.
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name} is {width}px wide on a {label}"
        pg.screenshot(path=str(ARTEFACTS / f"{name}-{label}.png"), full_page=label == "desktop")
        assert errors == []
        context.close()


def test_date_control_replays_the_picture(page, web_server):
    page.goto(web_server)
    page.fill("#at", "2019-08-31")
    page.select_option("#judgement", "leaders")
    page.click("button:has-text('Show')")
    page.wait_for_url("**/england/2019-08-31/leaders.html")
    assert "on 31 August 2019" in page.locator("h1").inner_text()
    tile = page.locator(".tile", has_text="Bromley")
    assert tile.inner_text().replace("\n", " ") == "Bromley : Outstanding"
    page.click("a[rel=prev]")
    page.wait_for_url("**/england/2019-06-30/leaders.html")
    page.click("nav.tabs >> text=Overall effectiveness")
    page.wait_for_url("**/england/2019-06-30/overall.html")
    assert page.locator(".tile", has_text="Bromley").inner_text().endswith("Good")
    page.screenshot(path=str(ARTEFACTS / "date-control.png"))
    page.click(".tile >> text=Bromley")
    page.wait_for_url("**/la/bromley.html")
    assert page.errors == []


def test_search_with_filters(page, web_server):
    page.goto(web_server + "search.html")
    page.fill("#q", "return home interviews")
    page.select_option("#region", "London")
    page.select_option("#scope", "recommendations")
    page.select_option("#framework", "ilacs2018")
    page.select_option("#grade", "good")
    page.click("button:has-text('Search')")
    page.wait_for_url("**/search.html?*")
    results = page.locator("#h-recs + ol.results > li")
    # London's ILACS 2018 reports judged good overall that ask for better return home
    # interviews: Bromley (2018), Enfield and Hillingdon.
    assert results.count() == 3
    texts = results.all_inner_texts()
    for la in ("Bromley", "Enfield", "Hillingdon"):
        assert sum(la in t for t in texts) == 1, texts
    for i in range(3):
        assert results.nth(i).locator("mark").first.inner_text().lower() == "return home interviews"
    page.screenshot(path=str(ARTEFACTS / "search-results.png"), full_page=True)


def test_report_markup_does_not_run(page, web_server):
    for path in ("la/bromley.html", "search.html?q=zebracorn"):
        page.goto(web_server + path)
        assert page.evaluate("window.pwned") is None
        assert "<script>window.pwned = 1</script>" in page.locator("main").inner_text()
    page.screenshot(path=str(ARTEFACTS / "escaped-markup.png"))


def test_pages_work_without_javascript(browser, web_server):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    pg = context.new_page()
    pg.goto(web_server)
    pg.fill("#at", "2018-08-31")
    pg.click("button:has-text('Show')")
    pg.wait_for_url("**/england/2018-08-31/overall.html")
    assert pg.locator(".tile", has_text="Bromley").inner_text().endswith("Inadequate")
    pg.goto(web_server + "la/bromley.html")
    assert pg.locator("figure.chart svg polyline").count() >= 4  # the chart is server-drawn
    series = pg.evaluate(
        "[...document.querySelectorAll('figure.chart svg g.series > title')]"
        ".map(t => t.textContent)"
    )
    # SIF 2016 and ILACS 2023 judged care leavers; ILACS 2018 did not.
    assert series == [
        "Overall effectiveness",
        "Impact of leaders",
        "Help and protection",
        "Children in care",
        "Care leavers",
    ]
    points = pg.evaluate(
        "[...document.querySelectorAll('figure.chart svg g.series * > title')]"
        ".map(t => t.textContent)"
    )
    assert [p for p in points if p.startswith(("Overall", "Care leavers"))] == [
        "Overall effectiveness: Inadequate (2016-05-05)",
        "Overall effectiveness: Good (2018-11-30)",
        "Overall effectiveness: Outstanding (2023-11-17)",
        "Care leavers: Inadequate (2016-05-05)",
        "Care leavers: Outstanding (2023-11-17)",
    ]
    context.close()


def test_keyboard_reaches_the_skip_link_and_main(page, web_server):
    page.goto(web_server + "la/bromley.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "A"


def test_every_form_field_has_a_label(page, web_server):
    for path in ("", "search.html", "compare.html"):
        page.goto(web_server + path)
        unlabelled = page.evaluate(
            """[...document.querySelectorAll('main input, main select')]
               .filter(e => !(e.labels && e.labels.length)).map(e => e.name)"""
        )
        assert unlabelled == [], path


def test_static_site_from_files(browser, web_db, tmp_path):
    site = tmp_path / "site"
    build_site(web_db, site, dates=[date(2018, 9, 30), date(2019, 9, 30)])
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    pg.goto((site / "index.html").as_uri())
    pg.select_option("#at", "2019-09-30")
    pg.click("button:has-text('Show')")
    pg.wait_for_url("**/england/2019-09-30/overall.html")
    assert pg.locator(".tile", has_text="Bromley").inner_text().endswith("Good")
    pg.click("a[rel=prev]")
    pg.wait_for_url("**/england/2018-09-30/overall.html")
    pg.click(".tile >> text=Bromley")
    pg.wait_for_url("**/la/bromley.html")
    assert pg.locator("h1").inner_text() == "Bromley"
    pg.screenshot(path=str(ARTEFACTS / "static-la.png"))
    context.close()


CONTRAST_JS = (fx.REPO / "tests" / "contrast.js").read_text()


@pytest.mark.parametrize("name", PAGES)
def test_text_contrast_meets_wcag_aa(page, web_server, name):
    page.goto(web_server + PAGES[name][0])
    assert page.evaluate(CONTRAST_JS) == []


def test_colour_is_never_the_only_cue(page, web_server):
    # Six LAs in one chart, and an LA whose care leavers judgement stands alone (lone points,
    # no line to dash): every series still has a marker of its own.
    slugs = "bromley+dorset+hackney+leeds+wigan+york"
    for path in ("la/bromley.html", f"compare/overall/{slugs}.html"):
        page.goto(web_server + path)
        markers = page.evaluate(
            """[...document.querySelectorAll('figure.chart svg g.series')].map(g => {
                 const m = g.querySelector('circle, rect, polygon');
                 return m ? m.tagName + ' ' + m.getAttribute('points')?.split(' ').length
                            + ' ' + (m.getAttribute('fill') === '#fff') : null;
               })"""
        )
        assert markers and None not in markers
        first = page.evaluate(
            "document.querySelector('figure.chart').querySelectorAll('g.series').length"
        )
        assert len(set(markers[:first])) == first, (path, markers)
    page.goto(web_server)
    # Every tile and grade badge says its grade (or why there is none) in words.
    empty = page.evaluate(
        """[...document.querySelectorAll('.tile, .grade')]
           .filter(e => !e.innerText.trim()).length"""
    )
    assert empty == 0
    assert page.locator(".tile").count() >= 153
