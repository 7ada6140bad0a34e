"""`ilacs site`: the same pages as static files whose every link resolves on disk."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from ilacs.cli import main
from ilacs.web import build_site

from . import test_web_fixtures as fx
from .test_web_fixtures import HOSTILE_MARKUP

DATES = [date(2018, 9, 30), date(2019, 9, 30)]
LINK = re.compile(r'(?:href|src|data-base)="([^"]*)"')


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def site(web_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build_site(web_db, out, dates=DATES)
    return out


def test_static_site_links_all_resolve(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 300
    checked = 0
    for page in pages:
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            parts = urlsplit(link.replace("&amp;", "&"))
            if parts.scheme in ("http", "https") or link.startswith("#"):
                continue
            assert not link.startswith("/"), f"{page}: absolute link {link}"
            assert not parts.query, f"{page}: a static page links to a query {link}"
            target = (page.parent / unquote(parts.path)).resolve()
            if link.endswith("/"):
                assert target.is_dir(), f"{page}: {link}"
            else:
                assert target.is_file(), f"{page.relative_to(site)} links to missing {link}"
            checked += 1
    assert checked > 5_000


def test_static_site_has_json_twins_dates_and_downloads(site):
    for page in site.rglob("*.html"):
        twin = page.with_suffix(".json")
        assert twin.is_file(), twin
    data = json.loads((site / "england" / "2019-09-30" / "leaders.json").read_text())
    assert next(la["grade"] for la in data["las"] if la["name"] == "Bromley") == "outstanding"
    for day, counted in (("2018-09-30", (65, 147, 152)), ("2019-09-30", (73, 147, 151))):
        data = json.loads((site / "england" / day / "overall.json").read_text())
        england = data["england"]
        assert (england["good_or_better"], england["denominator"], england["las"]) == counted
    assert next(la["grade"] for la in data["las"] if la["name"] == "Bromley") == "good"
    control = (site / "index.html").read_text()
    assert '<option value="2019-09-30">30 September 2019</option>' in control
    assert '<option value="2018-09-30">30 September 2018</option>' in control
    with sqlite3.connect(site / "download" / "ilacs.db") as conn:
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert n_docs == fx.N_REPORTS + fx.N_LETTERS + 1  # and the hostile document
    conn.close()
    assert (site / "download" / "recommendations.xlsx").stat().st_size > 0
    assert (site / "static" / "style.css").is_file()


def test_static_la_page_holds_the_real_record(site):
    page = (site / "la" / "bromley.html").read_text()
    assert "<dt>Lead inspector</dt><dd>Dawn Godfrey</dd>" in page
    assert "<dt>Lead inspector</dt><dd>Claire Beckingham</dd>" in page
    assert (
        '<li value="1"><p class="rec">The take-up of return home interviews and the effective '
        "use of information to identify and mitigate emerging risks.</p>"
    ) in page
    assert (
        '<dt>Note</dt><dd><a href="../about.html#not-a-report">not a report</a>: '
        "an HTML page saved with a .pdf name"
    ) in page
    data = json.loads((site / "la" / "bromley.json").read_text())
    assert [d["path"] for d in data["documents"] if d["kind"] == "inspection"] == [
        fx.BROMLEY_2016,
        fx.BROMLEY_2019,
        fx.BROMLEY_2024,
    ]


def test_static_site_escapes_report_text(site):
    page = (site / "la" / "bromley.html").read_text()
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert HOSTILE_MARKUP not in page


def test_static_search_page_says_it_needs_a_server(site):
    page = (site / "search.html").read_text()
    assert "Full-text search needs the database" in page
    assert "<form" not in page.split("<main", 1)[1]


def test_site_command(web_db, tmp_path):
    out = tmp_path / "published"
    result = CliRunner().invoke(main, ["site", str(out), "--db", str(web_db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "files written to" in result.output
    assert (out / "index.html").is_file() and (out / "la" / "bromley.html").is_file()
    # Every quarter end since 2012 has an England page in every judgement.
    assert (out / "england" / "2012-03-31" / "overall.html").is_file()


def test_site_command_on_a_missing_database(tmp_path):
    result = CliRunner().invoke(main, ["site", str(tmp_path / "o"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and "Traceback" not in result.output


def test_static_site_says_when_it_was_built(site):
    # A static page stays as it was written: it says "as built", not "today", and its date
    # list ends on the day its front page shows (not at the last quarter end).
    # The day it was built, as its front page's twin says (a run may cross midnight).
    built = date.fromisoformat(json.loads((site / "index.json").read_text())["at"])
    assert 0 <= (date.today() - built).days <= 1
    long = fx.long_day(built.isoformat())
    index = (site / "index.html").read_text()
    assert f"on {long} (when this site was built)" in index
    assert "(today)" not in index
    assert f"This site was built on <strong>{long}</strong>" in index
    assert f'<option value="{built}" selected>{long} (site built)</option>' in index
    assert (site / "england" / built.isoformat() / "overall.html").is_file()
    dates = json.loads((site / "england.json").read_text())["dates"]
    assert dates == [d.isoformat() for d in DATES] + [built.isoformat()]
    compare = (site / "compare" / "overall" / "bromley.html").read_text()
    assert "on 31 March of each year and on the day this site was built" in compare
    assert f"This site was built on <strong>{long}</strong>" in compare


def test_static_site_has_the_about_page(site):
    page = (site / "about.html").read_text()
    assert '<h2 id="frameworks">Frameworks</h2>' in page
    assert (site / "about.json").is_file()
    assert 'href="../about.html#framework-sif"' in (site / "la" / "bromley.html").read_text()
