"""The web's search is the store's: the same query language, totals, LA filter and page links
as `ilacs search`, over real HTTP on 127.0.0.1 (the corpus and letters, test_web_fixtures.py)."""

from __future__ import annotations

import html

import httpx
import pytest

from ilacs.store import SearchFilters, Store

from . import test_web_fixtures as fx


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def client(web_db):
    with httpx.Client(base_url=fx.session_server(web_db), timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def store(web_db):
    with Store.open_readonly(web_db) as s:
        yield s


def test_or_and_the_total_number_of_reports(client, store):
    q = {"q": "covid OR pandemic", "scope": "documents"}
    data = client.get("search.json", params=q).json()
    total = store.search("covid OR pandemic").total
    # Was nothing found ("covid OR pandemic" taken as one phrase), and "20+" at best.
    assert data["totals"] == {"documents": total} and total > 20
    assert len(data["documents"]) == 20 and data["more"] is True
    page = client.get("search.html", params=q).text
    assert f"Reports (1–20 of {total})" in page
    second = client.get("search.json", params={**q, "page": "2"}).json()
    assert not {d["path"] for d in second["documents"]} & {d["path"] for d in data["documents"]}


def test_la_filter_as_the_cli_has_it(client, store):
    q = {"q": '"return home interviews"', "la": "bromley", "scope": "all"}
    data = client.get("search.json", params=q).json()
    filters = SearchFilters(urn=80490)
    assert data["totals"] == {
        "documents": store.search(q["q"], filters).total,
        "recommendations": store.search(q["q"], filters, scope="recommendations").total,
    }
    assert data["totals"]["documents"] >= 3
    hits = data["documents"] + data["recommendations"]
    assert hits and {h["urn"] for h in hits} == {80490}
    assert fx.BROMLEY_2019 in {h["path"] for h in data["documents"]}
    page = client.get("search.html", params=q).text
    assert '<option value="bromley" selected>Bromley</option>' in page
    r = client.get("search.html", params={"q": "care", "la": "atlantis"})
    assert r.status_code == 400 and "No LA called &#39;atlantis&#39;" in r.text


def test_a_hit_links_to_its_page_of_the_pdf(client):
    q = {"q": '"take-up of return home interviews"', "la": "bromley", "scope": "documents"}
    data = client.get("search.json", params=q).json()
    hit = next(d for d in data["documents"] if d["path"] == fx.BROMLEY_2019)
    assert hit["page"] == 2
    assert hit["link"] == "https://files.ofsted.gov.uk/v1/file/50048227#page=2"
    page = client.get("search.html", params=q).text
    assert f'<a href="{hit["link"]}" rel="external">page 2 of the report (PDF)</a>' in page
    recs = client.get("search.json", params={**q, "scope": "recommendations"}).json()
    (rec,) = recs["recommendations"]
    assert (rec["path"], rec["position"], rec["page"]) == (fx.BROMLEY_2019, 1, 2)
    assert rec["link"] == hit["link"]


@pytest.mark.parametrize(
    ("q", "words"),
    [
        ('"return home', "a quote is not closed"),
        ("NOT covid", "not needs a word on each side"),
        ("(care", "a ( is not closed"),
    ],
)
def test_bad_syntax_is_a_clear_400(client, q, words):
    r = client.get("search.html", params={"q": q})
    assert r.status_code == 400
    assert words in html.unescape(r.text).lower() and "Traceback" not in r.text
    as_json = client.get("search.json", params={"q": q})
    assert as_json.status_code == 400 and words in as_json.text.lower()


def test_the_page_explains_the_query_language(client):
    page = client.get("search.html").text
    assert "How to search" in page
    for words in ("OR: either (covid OR pandemic)", "NOT: leave out", "prefix*"):
        assert words in html.unescape(page)
