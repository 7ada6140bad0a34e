"""ilacs.fetch.site: URLs, the naming rule of the cache, and parsing of listing and provider
pages (as the stand-in renders them from files.csv, and as the live site may change them)."""

from __future__ import annotations

import csv
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from ilacs.errors import FetchError
from ilacs.fetch import site
from ilacs.fetch.standin import ERROR_PAGE, StandIn
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def standin():
    # Pages are rendered without starting the server: parsing needs no HTTP.
    return StandIn(CORPUS.parent)


def test_search_url_asks_for_la_childrens_services_open_and_closed():
    url = site.search_url(start=100, latest_report_from=date(2026, 11, 18))
    assert url.startswith("https://reports.ofsted.gov.uk/search?")
    q = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert q["level_1_types"] == ["3"]
    assert q["level_2_types[]"] == ["12"]
    assert q["start"] == ["100"] and q["rows"] == ["100"]
    assert q["latest_report_date_start"] == ["18-11-2026"]
    assert "status[]" not in q  # closed providers (Northamptonshire...) must be listed too
    assert site.provider_url(80490) == "https://reports.ofsted.gov.uk/provider/44/80490"
    assert site.file_url("50048227") == "https://files.ofsted.gov.uk/v1/file/50048227"
    assert site.file_id_of("https://files.ofsted.gov.uk/v1/file/50048227") == "50048227"
    assert site.file_id_of("/provider/44/80490") is None


@pytest.mark.parametrize(
    "label, published, path",
    [
        (
            "Children's services inspection, PDF - 7 January 2019",
            date(2019, 1, 7),
            "80490_bromley/children's services inspection - 07 january 2019.pdf",
        ),
        (
            "Children's services inspection,  PDF - 23 August 2013",
            date(2013, 8, 23),
            "80476_kent/children's services inspection,  pdf - 23 august 2013.pdf",
        ),
        (
            "Single inspection of LA children's services as PDF - 10 February 2015",
            date(2015, 2, 10),
            "80477_kingston upon hull/single inspection of la children's services as pdf"
            " - 10 february 2015.pdf",
        ),
    ],
)
def test_file_names_follow_the_corpus(label, published, path):
    folder, name = path.split("/")
    urn, la = folder.split("_", 1)
    assert site.folder_for(int(urn), la.title()) == folder
    assert site.filename_for(label, published) == name
    assert (CORPUS / path).is_file()


def test_every_corpus_file_is_found_under_its_id_name_and_date(standin):
    """Provider pages of all 156 providers parse back to exactly the rows of files.csv."""
    with open(CORPUS.parent / "files.csv", newline="", encoding="utf-8") as fh:
        expected = {
            r["ofsted_file_id"]: (r["path"], r["published"], r["file_url"])
            for r in csv.DictReader(fh)
        }
    found = {}
    for urn in standin.providers:
        url = site.provider_url(urn)
        page = site.parse_provider(standin.provider_page(urn).decode(), url, urn)
        for p in page.publications:
            path = f"{site.folder_for(urn, page.name)}/{p.filename}"
            found[p.file_id] = (path, p.published.isoformat(), p.url)
    assert found == expected
    assert len(found) == 497


def test_event_types_and_dates_of_real_labels(standin):
    page = site.parse_provider(standin.provider_page(80477).decode(), "u", 80477)
    by_id = {p.file_id: p for p in page.publications}
    assert by_id["50000289"].event_type == "Single inspection of LA children's services"
    assert by_id["50000289"].published == date(2015, 2, 10)
    assert by_id["50078220"].event_type == "Children's services inspection"
    assert [p.published for p in page.publications] == sorted(
        (p.published for p in page.publications), reverse=True
    )


def test_listing_has_two_pages_and_the_closed_councils(standin):
    first = site.parse_listing(standin.listing({"start": ["0"], "rows": ["100"]}).decode(), "u")
    assert len(first.providers) == 100 and first.next_url
    q = parse_qs(urlsplit(first.next_url).query)
    second = site.parse_listing(
        standin.listing({k: v for k, v in q.items()}).decode(), first.next_url
    )
    assert len(second.providers) == 56 and second.next_url is None
    urns = {p.urn for p in first.providers + second.providers}
    assert len(urns) == 156
    assert {121939, 135513, 137316, 80490, 2532287} <= urns
    names = {p.urn: p.name for p in first.providers + second.providers}
    assert names[2532287] == "Bournemouth, Christchurch & Poole"
    assert names[121939] == "Northamptonshire"


def test_listing_filtered_by_latest_report_date(standin):
    html = standin.listing({"latest_report_date_start": ["01-08-2026"]}).decode()
    page = site.parse_listing(html, "u")
    # files.csv: the only publications from August 2026 on.
    latest = {p.urn for p in page.providers}
    with open(CORPUS.parent / "files.csv", newline="", encoding="utf-8") as fh:
        expected = {int(r["urn"]) for r in csv.DictReader(fh) if r["published"] >= "2026-08-01"}
    assert latest == expected and latest
    empty = standin.listing({"latest_report_date_start": ["01-01-2030"]}).decode()
    assert site.parse_listing(empty, "u").providers == []


def test_closed_council_page_has_no_events(standin):
    page = site.parse_provider(standin.provider_page(121939).decode(), "u", 121939)
    assert page.name == "Northamptonshire" and page.publications == []


def test_a_changed_provider_page_fails_loudly(standin):
    url = "https://reports.ofsted.gov.uk/provider/44/80490"
    html = standin.provider_page(80490, changed=True).decode()
    with pytest.raises(FetchError) as e:
        site.parse_provider(html, url, 80490)
    assert e.value.source == url
    assert "h1.heading--title" in str(e.value)


@pytest.mark.parametrize(
    "html, missing",
    [
        (  # the old timeline, but file links are no longer a.publication-link
            '<h1 class="heading--title">Bromley</h1><ol class="timeline">'
            '<li class="timeline__day"><a class="doc" href="https://files.ofsted.gov.uk/v1/file/1">'
            "x</a></li></ol>",
            "a.publication-link",
        ),
        (  # no timeline at all, and the page does not say there are no reports
            '<h1 class="heading--title">Bromley</h1><div class="events"></div>',
            "ol.timeline > li.timeline__day",
        ),
        (
            '<h1 class="heading--title">Bromley</h1><ol class="timeline">'
            '<li class="timeline__day"><a class="publication-link" '
            'href="https://files.ofsted.gov.uk/v1/file/1">Report</a></li></ol>',
            "span.nonvisual",
        ),
        (
            '<h1 class="heading--title">Bromley</h1><ol class="timeline">'
            '<li class="timeline__day"><a class="publication-link" '
            'href="https://files.ofsted.gov.uk/v1/file/1"><span class="nonvisual">'
            "Children's services inspection</span></a></li></ol>",
            "<event type>, PDF - <date>",
        ),
    ],
)
def test_what_is_missing_is_named(html, missing):
    with pytest.raises(FetchError) as e:
        site.parse_provider(html, "http://x/provider/44/80490", 80490)
    assert missing in str(e.value)
    assert e.value.source == "http://x/provider/44/80490"


def test_a_listing_without_results_list_fails_loudly():
    with pytest.raises(FetchError, match="ul.results-list > li > h3 > a"):
        site.parse_listing("<html><body><div class='cards'></div></body></html>", "u")


def test_report_not_found_page_is_recognised():
    gone = (
        CORPUS / "80490_bromley/children's services inspection - 17 august 2012.pdf"
    ).read_bytes()
    pdf = (
        CORPUS / "80490_bromley/children's services inspection - 07 january 2019.pdf"
    ).read_bytes()
    assert site.is_missing_document(gone)
    assert not site.is_missing_document(pdf)
    assert not site.is_missing_document(ERROR_PAGE)
