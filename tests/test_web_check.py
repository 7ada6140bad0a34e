"""/check over real HTTP on 127.0.0.1, and in Debian's chromium: an article pasted, its claims
shown back by verdict (in words and symbols, not colour alone) with links to the report pages.
The database holds the reports of Bromley and Essex, ingested from the corpus PDFs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import httpx
import pytest

from ilacs.ingest import ingest, read_manifest
from ilacs.web import build_site
from ilacs.web.views.check import MAX_BYTES

from . import test_web_fixtures as fx
from .conftest import CORPUS, SHARED
from .test_web_fixtures import ARTEFACTS, CHROMIUM, CHROMIUM_ARGS, need_chromium

ARTICLES = SHARED / "claims" / "articles"
SEED = "004_8b05f31b5b5446ea"  # LocalGov, 9 January 2019: Bromley rated good
BROMLEY_2019_PDF = "https://files.ofsted.gov.uk/v1/file/50048227"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("check-reports")
    for name in ("80490_bromley", "80468_essex"):
        shutil.copytree(CORPUS / name, root / name)
    path = root.parent / "check.db"
    summary = ingest(root, path, manifest=read_manifest(CORPUS))
    assert summary.failed == 0 and summary.parsed == 6
    return path


@pytest.fixture(scope="module")
def base(db):
    with fx.running_server(db) as url:
        yield url


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=60) as c:
        yield c


def seed(name: str = SEED) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def test_form(client):
    r = client.get("check.html")
    assert r.status_code == 200
    assert '<form class="check-form" action="check.html" method="post">' in r.text
    assert '<textarea id="text" name="text"' in r.text
    twin = client.get("check.json").json()
    assert twin["max_bytes"] == MAX_BYTES and "POST" in twin["how"]


def test_post_shows_each_claim_by_verdict_with_evidence(client):
    r = client.post("check.html", data={"text": seed("004_8b05f31b5b5446ea-m1"), "as_of": ""})
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    assert "etag" not in r.headers
    assert "As of <strong>9 January 2019</strong> (printed in the article" in r.text
    # the altered quote, marked in words and a symbol
    assert re.search(
        r'<mark class="claim v-contradicted" id="claim-\d+"><span class="verdict">✗ Contradicted'
        r"</span> ‘This has led to modestly improved services for children and families\.’",
        r.text,
    )
    assert (
        '<span class="verdict">✓ Supported</span> described the improvements as ‘palpable’'
        in r.text
    )
    # the evidence links to the report's page
    assert f'href="{BROMLEY_2019_PDF}#page=' in r.text
    assert "&#39;modestly&#39; where the report has &#39;vastly&#39;" in r.text


def test_json_twin_is_the_check_contract(client):
    text = seed()
    r = client.post("check.json", data={"text": text, "as_of": "2019-01-09"})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    out = r.json()
    assert out["as_of"] == "2019-01-09" and out["as_of_source"] == "given"
    assert all(c["text"] == text[c["start"] : c["end"]] for c in out["claims"])
    quote = next(c for c in out["claims"] if "vastly improved" in c["text"])
    assert quote["type"] == "quote" and quote["verdict"] == "supported"
    assert quote["evidence"][0]["path"].startswith("80490_bromley/")
    # a plain-text body, as curl --data-binary sends it
    r = client.post(
        "check.json?as_of=2019-01-09",
        content=text.encode(),
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert r.json()["claims"] == out["claims"]


def test_an_undated_paste_is_read_as_of_the_reports_it_describes(client):
    """Seed 001 prints no date: as the CLI does, the page checks it as of a week after the
    first report published after the dates it prints (Bromley's, 7 January 2019), not today,
    where "Inspector Dawn Godfrey" would no longer be the latest lead inspector."""
    r = client.post("check.json", data={"text": seed("001_810798ea347bbf28"), "as_of": ""})
    got = r.json()
    assert got["as_of_source"].startswith("inferred")
    assert got["as_of"].startswith("2019-01")
    godfrey = [c for c in got["claims"] if "Dawn Godfrey" in c["text"]]
    assert godfrey and all(c["verdict"] == "supported" for c in godfrey)


def test_a_saved_web_page_is_read_as_its_article(client):
    from .test_claims_article import PAGE

    r = client.post("check.json", data={"text": PAGE, "as_of": ""})
    assert r.status_code == 200
    out = r.json()
    assert out["as_of"] == "2019-01-08" and out["as_of_source"] == "printed in the article"
    assert "Reader123" not in out["article"] and "widespread and serious" in out["article"]
    assert all(c["text"] == out["article"][c["start"] : c["end"]] for c in out["claims"])
    assert any(c["type"] == "quote" and c["verdict"] == "supported" for c in out["claims"])


def test_untrusted_text_is_escaped(client):
    hostile = '<script>window.pwned = 1</script> Inspectors said services had "vastly improved".'
    r = client.post("check.html", data={"text": hostile, "as_of": "2019-01-09"})
    assert r.status_code == 200
    assert "<script>window.pwned" not in r.text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in r.text


def test_bad_posts(client):
    r = client.post("check.html", content=b"text=" + b"a" * MAX_BYTES)
    assert r.status_code == 413
    assert f"at most {MAX_BYTES // 1000} kB" in r.text
    r = client.post("check.html", data={"text": "   ", "as_of": ""})
    assert r.status_code == 400 and "the article is empty" in r.text
    r = client.post("check.json", data={"text": "Ofsted rated it good.", "as_of": "last week"})
    assert r.status_code == 400 and "'last week' is not a date" in r.json()["message"]
    r = client.post("index.html", data={"text": "x"})
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
    r = client.put("check.html", content=b"x")
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD, POST"


def test_static_site_says_checking_needs_a_server(db, tmp_path):
    out = tmp_path / "site"
    build_site(db, out, dates=[])
    page = (out / "check.html").read_text(encoding="utf-8")
    assert "Checking an article needs the database and a server" in page
    assert "ilacs serve" in page and "<form" not in page


@pytest.mark.browser
def test_browser_paste_a_seed_and_see_its_claims(base):
    need_chromium()
    from playwright.sync_api import sync_playwright

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(base + "check.html")
            page.fill("#text", seed("004_8b05f31b5b5446ea-m2"))
            page.click("button:has-text('Check')")
            page.wait_for_selector("mark.claim")
            marks = page.locator("mark.claim")
            assert marks.count() >= 8
            # the altered word, told by a word and a symbol, and styled apart from the others
            bad = page.locator("mark.v-contradicted")
            assert bad.count() == 1
            assert bad.inner_text().startswith("✗ Contradicted")
            assert "‘small’" in bad.inner_text()
            good = page.locator("mark.v-supported").first
            assert good.inner_text().startswith("✓ Supported")
            border = bad.evaluate("e => getComputedStyle(e).borderBottomStyle")
            assert border == "double"
            assert good.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
            # its explanation beside the text, with a link to the report page
            bad.locator("a.ref").click()
            why = page.locator("ol.claims > li.v-contradicted")
            assert "where the article quotes 'small'" in why.inner_text()
            link = why.locator("ul.evidence a[rel=external]").first
            assert link.get_attribute("href").startswith(BROMLEY_2019_PDF + "#page=")
            page.screenshot(path=str(ARTEFACTS / "check.png"), full_page=True)
            # on a phone: the claims follow the text, nothing wider than the screen
            page.set_viewport_size({"width": 390, "height": 844})
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            page.screenshot(path=str(ARTEFACTS / "check-phone.png"))
            assert errors == []
        finally:
            browser.close()
