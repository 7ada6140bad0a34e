"""Everything ilacs knows about the shape of Ofsted's report site, in one place.

URL patterns, query parameters, CSS selectors and the file-naming rule of the cache live here
and nowhere else, so a change of the site is a change of this module. The parsers are pure
(HTML text in, plain dataclasses out) and fail loudly: a page that does not match raises
FetchError naming the URL and what was missing, never an empty result.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode, urljoin

from selectolax.lexbor import LexborHTMLParser

from ilacs.errors import FetchError, ParseError
from ilacs.parse.common import parse_date, squash

log = logging.getLogger("ilacs.fetch")

SITE = "https://reports.ofsted.gov.uk"
FILES = "https://files.ofsted.gov.uk"
PROJECT_URL = "https://github.com/ilacs/ilacs"

# Search facets: children's social care (level 1) / local authority children's services (level 2).
LEVEL_1_CHILDRENS_SOCIAL_CARE = "3"
LEVEL_2_LA_CHILDRENS_SERVICES = "12"
ROWS_MAX = 100  # the site caps `rows` at 100

# Selectors. Each one is named in the error when a page stops matching it.
RESULT_LINK = "ul.results-list > li > h3 > a"
RESULTS_LIST = "ul.results-list"
NEXT_PAGE = "a.pagination__next"
PROVIDER_NAME = "h1.heading--title"
TIMELINE = "ol.timeline"
EVENT = "ol.timeline > li.timeline__day"
PUBLICATION_LINK = "a.publication-link"
LINK_LABEL = "span.nonvisual"
EVENT_TIME = "time"

_PROVIDER_HREF = re.compile(r"/provider/44/(\d+)(?:[/?#]|$)")
_FILE_HREF = re.compile(r"/v1/file/(\d+)(?:[/?#]|$)")
# "<Event type>, PDF - <D Month YYYY>"; older labels say ",  PDF" or " as PDF".
_LABEL = re.compile(r"^(?P<prefix>.*?)\s+-\s+(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})$")
_PDF_SUFFIX = re.compile(r"(?:,\s*|\s+as\s+)PDF$", re.IGNORECASE)
# Ofsted answers a file id that no longer exists with this page (status 200, text/html).
_MISSING_DOCUMENT = (b"Report not found", b"the document you requested no longer exists")
_NO_REPORTS = re.compile(r"no (?:published )?(?:inspection )?reports", re.IGNORECASE)


# -- URLs ------------------------------------------------------------------------------------
def search_url(
    base: str = SITE,
    *,
    start: int = 0,
    rows: int = ROWS_MAX,
    latest_report_from: date | None = None,
    latest_report_to: date | None = None,
    open_only: bool = False,
) -> str:
    """The listing of LA children's services providers (open and closed unless open_only)."""
    params: list[tuple[str, str]] = [
        ("q", ""),
        ("location", ""),
        ("lat", ""),
        ("lon", ""),
        ("radius", ""),
        ("level_1_types", LEVEL_1_CHILDRENS_SOCIAL_CARE),
        ("level_2_types[]", LEVEL_2_LA_CHILDRENS_SERVICES),
    ]
    if open_only:
        params.append(("status[]", "1"))
    if latest_report_from:
        params.append(("latest_report_date_start", latest_report_from.strftime("%d-%m-%Y")))
    if latest_report_to:
        params.append(("latest_report_date_end", latest_report_to.strftime("%d-%m-%Y")))
    params += [("start", str(start)), ("rows", str(min(rows, ROWS_MAX)))]
    return f"{base.rstrip('/')}/search?{urlencode(params)}"


def provider_url(urn: int, base: str = SITE) -> str:
    return f"{base.rstrip('/')}/provider/44/{urn}"


def file_url(file_id: str, base: str = FILES) -> str:
    return f"{base.rstrip('/')}/v1/file/{file_id}"


def file_id_of(href: str) -> str | None:
    """The Ofsted file id in a file link, or None when the link is not to a file."""
    m = _FILE_HREF.search(href)
    return m.group(1) if m else None


# -- pages -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProviderLink:
    urn: int
    name: str
    url: str


@dataclass(frozen=True)
class ListingPage:
    providers: list[ProviderLink]
    next_url: str | None


@dataclass(frozen=True)
class Publication:
    """One published document of a provider: a file id and what its link says."""

    file_id: str
    url: str  # the link as published (https://files.ofsted.gov.uk/v1/file/<id> on the live site)
    event_type: str
    published: date
    label: str  # the link's text, e.g. "Children's services inspection, PDF - 7 January 2019"

    @property
    def filename(self) -> str:
        return filename_for(self.label, self.published)


@dataclass(frozen=True)
class ProviderPage:
    urn: int
    name: str
    publications: list[Publication]


def _parser(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def parse_listing(html: str, url: str) -> ListingPage:
    """Provider links and the next page's URL of one search results page."""
    tree = _parser(html)
    links = tree.css(RESULT_LINK)
    if not links and tree.css_first(RESULTS_LIST) is None:
        # No results list at all: either an empty search or a changed layout. An empty search
        # still names itself; anything else is a page we do not understand.
        if not re.search(r"\b0 results\b|no results", tree.text() or "", re.IGNORECASE):
            raise FetchError(
                f"the listing has no `{RESULT_LINK}` links and does not say it is empty", url
            )
    providers = []
    for a in links:
        href = a.attributes.get("href") or ""
        m = _PROVIDER_HREF.search(href)
        if not m:
            continue  # results of other kinds (none expected with these facets)
        name = squash(a.text() or "")
        if not name:
            raise FetchError(f"a provider link ({href}) in `{RESULT_LINK}` has no name", url)
        providers.append(ProviderLink(int(m.group(1)), name, urljoin(url, href)))
    if links and not providers:
        raise FetchError(f"no `{RESULT_LINK}` link points to /provider/44/<URN>", url)
    nxt = tree.css_first(NEXT_PAGE)
    next_href = nxt.attributes.get("href") if nxt is not None else None
    return ListingPage(providers, urljoin(url, next_href) if next_href else None)


def parse_provider(html: str, url: str, urn: int) -> ProviderPage:
    """The name and every published document of a provider page, newest first."""
    tree = _parser(html)
    h1 = tree.css_first(PROVIDER_NAME)
    name = squash(h1.text()) if h1 is not None else ""
    if not name:
        raise FetchError(f"no provider name (`{PROVIDER_NAME}`): has the page layout changed?", url)
    days = tree.css(EVENT)
    if not days:
        file_links = [a for a in tree.css("a") if file_id_of(a.attributes.get("href") or "")]
        if file_links or (
            tree.css_first(TIMELINE) is None and not _NO_REPORTS.search(tree.text() or "")
        ):
            raise FetchError(
                f"no events (`{EVENT}`) although the page "
                + ("links to files" if file_links else "does not say it has no reports")
                + ": has the page layout changed?",
                url,
            )
        return ProviderPage(urn, name, [])
    publications = []
    for day in days:
        links = day.css(PUBLICATION_LINK)
        stray = [
            a
            for a in day.css("a")
            if file_id_of(a.attributes.get("href") or "")
            and "publication-link" not in (a.attributes.get("class") or "").split()
        ]
        if stray:
            raise FetchError(
                f"an event links to a file outside `{PUBLICATION_LINK}`: has the layout changed?",
                url,
            )
        for a in links:
            publications.append(_publication(a, day, url))
    return ProviderPage(urn, name, publications)


def _publication(a, day, url: str) -> Publication:
    href = a.attributes.get("href") or ""
    fid = file_id_of(href)
    if fid is None:
        raise FetchError(f"a `{PUBLICATION_LINK}` does not point to /v1/file/<id>: {href!r}", url)
    span = a.css_first(LINK_LABEL)
    if span is None:
        raise FetchError(f"the link to file {fid} has no `{LINK_LABEL}` label", url)
    label = (span.text() or "").strip()
    m = _LABEL.match(label)
    if not m:
        raise FetchError(
            f"the label of file {fid} is not '<event type>, PDF - <date>': {label!r}", url
        )
    try:
        published = parse_date(m.group("date"))
    except ParseError as e:
        raise FetchError(f"the label of file {fid} has no date: {label!r}", url) from e
    event_type = squash(_PDF_SUFFIX.sub("", m.group("prefix")))
    if not event_type:
        raise FetchError(f"the label of file {fid} names no event type: {label!r}", url)
    time = day.css_first(EVENT_TIME)
    stamped = (time.attributes.get("datetime") or "")[:10] if time is not None else ""
    if stamped and stamped != published.isoformat():
        # The label is what names the file; a different <time> is worth knowing, not fatal.
        log.warning(
            "%s: file %s is labelled %s but its event's <time> says %s",
            url,
            fid,
            published,
            stamped,
        )
    return Publication(fid, href, event_type, published, label)


def is_missing_document(body: bytes) -> bool:
    """True for Ofsted's own 'Report not found' page, served in place of a withdrawn file."""
    head = body[:20000]
    return head.lstrip()[:1].startswith(b"<") and all(s in head for s in _MISSING_DOCUMENT)


# -- the cache layout --------------------------------------------------------------------------
def folder_for(urn: int, name: str) -> str:
    """The cache folder of a provider: '<urn>_<name lower-cased>', as in the corpus."""
    clean = squash(name.lower().replace("/", "-").replace("\\", "-")).strip(". ")
    return f"{urn}_{clean}"


def filename_for(label: str, published: date) -> str:
    """The cache file name of a link label, as in the corpus.

    'Children's services inspection, PDF - 7 January 2019'
        -> "children's services inspection - 07 january 2019.pdf"
    The label is lower-cased, a ', pdf' with one space before the date is dropped (older
    labels with two spaces or ' as PDF' keep it, as the corpus does) and the day has two digits.
    """
    m = _LABEL.match(label.strip())
    prefix = m.group("prefix") if m else label.strip()
    prefix = prefix.lower().replace("/", "-").replace("\\", "-")
    prefix = prefix.removesuffix(", pdf")
    return f"{prefix} - {published.strftime('%d %B %Y').lower()}.pdf"
