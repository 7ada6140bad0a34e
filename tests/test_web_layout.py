"""Layout in a real browser (Debian's chromium, headless): charts fit a phone, tables fit their
column, tile names break between syllables. Screenshots land in artefacts/web/."""

from __future__ import annotations

from datetime import date

import pytest

from . import test_web_fixtures as fx
from .test_web_fixtures import ARTEFACTS

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SIX = "bromley+dorset+hackney+leeds+wigan+york"


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


def open_page(browser, viewport: dict, url: str):
    context = browser.new_context(viewport=viewport)
    pg = context.new_page()
    pg.goto(url)
    return context, pg


# Each chart's box, and each of its visible labels: its box and its height on screen.
CHART_GEOMETRY = """[...document.querySelectorAll('figure.chart')].map(f => {
  const svg = f.querySelector(':scope > svg').getBoundingClientRect();
  const labels = [...f.querySelectorAll(':scope > svg text')]
    .filter(t => getComputedStyle(t).display !== 'none' && t.textContent.trim())
    .map(t => { const r = t.getBoundingClientRect();
                return {text: t.textContent.trim(), cls: t.getAttribute('class'),
                        left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                        height: r.height}; });
  return {left: svg.left, right: svg.right, scroll: f.scrollWidth - f.clientWidth, labels};
})"""


def overlaps(a: dict, b: dict) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and (a["top"] < b["bottom"] and b["top"] < a["bottom"])
    )


@pytest.mark.parametrize(
    "path", ["la/bromley.html", "la/birmingham.html", f"compare/overall/{SIX}.html"]
)
def test_charts_fit_a_phone_with_readable_labels(browser, web_server, path):
    context, pg = open_page(browser, PHONE, web_server + path)
    charts = pg.evaluate(CHART_GEOMETRY)
    assert charts
    for chart in charts:
        # The whole chart on screen: the latest inspections are not off to the right.
        assert 0 <= chart["left"] and chart["right"] <= PHONE["width"], (path, chart["right"])
        assert chart["scroll"] == 0
        labels = chart["labels"]
        assert labels
        small = [(x["text"], round(x["height"], 1)) for x in labels if x["height"] < 10]
        assert small == [], path
        for x in labels:
            assert chart["left"] <= x["left"] and x["right"] <= chart["right"] + 0.5, x
        years = [x for x in labels if "year" in x["cls"]]
        assert len(years) >= 4
        for a, b in zip(years, years[1:], strict=False):
            assert not overlaps(a, b), (a["text"], b["text"])
    pg.screenshot(path=str(ARTEFACTS / f"chart-phone-{path.split('/')[1]}.png"), full_page=True)
    context.close()


def test_desktop_charts_keep_every_year(browser, web_server):
    context, pg = open_page(browser, DESKTOP, web_server + "la/bromley.html")
    chart = pg.evaluate(CHART_GEOMETRY)[0]
    years = [x["text"] for x in chart["labels"] if "year" in x["cls"]]
    # Bromley's first readable report is of 2016; the axis runs to the end of this year.
    assert years == [str(y) for y in range(2016, date.today().year + 1)]
    context.close()


# Every table in the page's main column: how far its content reaches past its box.
TABLE_OVERFLOW = """[...document.querySelectorAll('main table')].map(t => {
  const box = t.parentElement.classList.contains('table-wrap') ? t.parentElement : t;
  const main = document.querySelector('main').getBoundingClientRect();
  return {caption: t.caption ? t.caption.textContent : t.className,
          hidden: box.scrollWidth - box.clientWidth,
          beyond: Math.max(t.getBoundingClientRect().right, box.getBoundingClientRect().right)
                  - main.right};
}).filter(t => t.hidden > 0 || t.beyond > 0)"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_table_overflows_its_column(browser, web_server, viewport):
    # Blackpool, Knowsley and Birmingham have "Requires improvement" grades in five columns
    # of their timelines; compare six LAs of five regions; England's regions; the downloads.
    paths = [
        "la/blackpool.html",
        "la/knowsley.html",
        "la/birmingham.html",
        "la/bromley.html",
        f"compare/overall/{SIX}.html",
        "compare/overall/poole+bournemouth-christchurch-and-poole.html",
        "",
        "england/2019-08-31/care_leavers.html",
        "download.html",
    ]
    context = browser.new_context(viewport=viewport)
    pg = context.new_page()
    for path in paths:
        pg.goto(web_server + path)
        assert pg.evaluate(TABLE_OVERFLOW) == [], (path, viewport)
    pg.goto(web_server + "la/birmingham.html")
    label = "desktop" if viewport is DESKTOP else "phone"
    pg.locator("table.timeline").screenshot(path=str(ARTEFACTS / f"timeline-{label}.png"))
    context.close()


# Where each tile name's lines break: the character before each break.
TILE_BREAKS = """[...document.querySelectorAll('.tile .name')].flatMap(el => {
  const node = el.firstChild, text = node.textContent, out = [];
  let top = null;
  for (let i = 0; i < text.length; i++) {
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    if (!rects.length) continue;
    // After a break at a soft hyphen chromium reports the next letter still on the line
    // before, so the letter before a break is given with the one before it.
    if (top !== null && rects[0].top > top + 2) out.push({name: text, before: text[i - 1],
                                                          earlier: text[i - 2]});
    top = rects[0].top;
  }
  const box = el.getBoundingClientRect(), tile = el.closest('a').getBoundingClientRect();
  if (box.right > tile.right + 0.5) out.push({name: text, before: 'overflow'});
  return out;
})"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_tile_names_break_between_words_or_syllables(browser, web_server, viewport):
    context, pg = open_page(browser, viewport, web_server)
    breaks = pg.evaluate(TILE_BREAKS)
    # Long names do break (Nottinghamshire in a phone's tile), only at a space, a hyphen of
    # the name or a soft hyphen (shown as a hyphen), never mid-syllable ("Nottinghamshi re").
    assert breaks
    bad = [b for b in breaks if b["before"] not in " -\u00ad" and b["earlier"] != "\u00ad"]
    assert bad == []
    label = "desktop" if viewport is DESKTOP else "phone"
    pg.locator(".tiles").nth(3).screenshot(path=str(ARTEFACTS / f"tiles-{label}.png"))
    context.close()
