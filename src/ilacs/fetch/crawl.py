"""The crawl itself: list providers, read their pages, plan and download the documents not yet
held. It talks to Ofsted's site and the cache folder only; what to do with a file once it is in
place (record it, ingest it) is the caller's, through `on_file` (see ilacs.update).

    targets = [Target(80490, "Bromley")]
    with Client(rate=1.0) as client:
        result = crawl(targets, client, cache_dir=Path("ilacs-reports"), on_file=record)

Every provider is visited whatever happens to another: a page or file that still fails after the
client's retries is noted in `CrawlResult.failures` and the crawl moves on. A closed council
added from the register (not named by the listing) whose page answers 404 is noted in
`not_on_site`. Only a run of failures with nothing succeeding between them (the site has stopped
answering) halts the crawl early; what was not visited then is in `not_visited`.

Files are laid out as `<urn>_<name>/<file>` under the cache folder, like
../shared/corpus/reports, so `ilacs ingest` of the cache gives the same database.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from ilacs.errors import FetchError
from ilacs.fetch import site
from ilacs.fetch.client import Client, Download, GaveUp, Gone, Interrupted, fsync_and_hash

log = logging.getLogger("ilacs.fetch")

PARTIAL = ".partial"  # unfinished downloads, inside the cache; never a *.pdf
MAX_LISTING_PAGES = 20
# This many requests in a row failing after all their retries, with nothing succeeding between
# them, means the site is down rather than one provider broken: stop instead of spending the
# retries' backoff on every provider left.
MAX_FAILURES_IN_A_ROW = 5


@dataclass(frozen=True)
class Target:
    """A provider to visit. `closed` marks a closed council added from the register because the
    listing did not name it: if its page answers 404, it is simply not on the site."""

    urn: int
    name: str | None = None
    closed: bool = False


@dataclass(frozen=True)
class Planned:
    """A document to fetch: which provider, what the site says of it, where it will live."""

    urn: int
    la_name: str
    publication: site.Publication
    path: str  # relative to the cache, '<urn>_<name>/<file>'

    def as_row(self) -> dict:
        p = self.publication
        return {
            "urn": self.urn,
            "la_name": self.la_name,
            "published": p.published.isoformat(),
            "event_type": p.event_type,
            "ofsted_file_id": p.file_id,
            "path": self.path,
        }


@dataclass(frozen=True)
class Failure:
    """Something not fetched: a provider's page (`planned` None) or one of its files."""

    urn: int
    name: str | None
    url: str
    reason: str
    planned: Planned | None = None


@dataclass(frozen=True)
class Progress:
    """One step of a run, for a progress display: `done` of `total` (None: not known yet)."""

    stage: str  # 'providers' | 'files' | 'ingest'
    done: int
    total: int | None
    current: str | None = None


ProgressCallback = Callable[[Progress], None]


@dataclass
class CrawlResult:
    """What a crawl found and fetched; `failures` and `not_visited` are what it missed."""

    providers_checked: int = 0
    publications_seen: int = 0
    already_stored: int = 0
    planned: list[Planned] = field(default_factory=list)
    downloaded: int = 0
    bytes_downloaded: int = 0  # the size of the files downloaded (not of pages or retries)
    adopted: int = 0  # found complete in the cache (a run stopped before recording it)
    missing: int = 0  # Ofsted answered 'Report not found'; kept, ingest marks it not a report
    failures: list[Failure] = field(default_factory=list)
    not_on_site: list[Target] = field(default_factory=list)
    not_visited: list[Target] = field(default_factory=list)
    halted: str | None = None  # why the crawl stopped early (the site stopped answering)
    checked: set[int] = field(default_factory=set)  # URNs whose page was read

    @property
    def failed(self) -> list[str]:
        """One readable line per page or file that could not be fetched."""
        return [f"{f.url}: {f.reason}" for f in self.failures]

    @property
    def missed(self) -> set[int]:
        """URNs with something not fetched (a failed page or file, or not visited at all)."""
        return {f.urn for f in self.failures} | {t.urn for t in self.not_visited}


def default_cache(db: Path) -> Path:
    """The cache folder beside a database: ilacs.db -> ilacs-reports/."""
    return db.with_name(f"{db.stem}-reports")


def lock_cache(cache_dir: Path) -> IO[str]:
    """Hold an exclusive lock on the cache for a run (two runs would fetch the same files);
    released when the returned file is closed."""
    import fcntl

    (cache_dir / PARTIAL).mkdir(parents=True, exist_ok=True)
    fh = open(cache_dir / PARTIAL / "lock", "w")  # noqa: SIM115 - held open for the whole run
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        fh.close()
        raise FetchError("another `ilacs update` is using this cache folder", str(cache_dir)) from e
    return fh


def list_providers(
    client: Client, base: str = site.SITE, latest_from: date | None = None
) -> list[site.ProviderLink]:
    """Every LA children's services provider of the listing, following its pages."""
    url: str | None = site.search_url(base, latest_report_from=latest_from)
    found: dict[int, site.ProviderLink] = {}
    for _ in range(MAX_LISTING_PAGES):
        if url is None:
            break
        page = site.parse_listing(client.get_text(url), url)
        before = len(found)
        for p in page.providers:
            found.setdefault(p.urn, p)
        if len(found) == before:
            break  # a next link that brings nothing new: stop rather than loop
        url = page.next_url
    return list(found.values())


def crawl(
    targets: Sequence[Target],
    client: Client,
    *,
    cache_dir: Path,
    base: str = site.SITE,
    files_base: str = site.FILES,
    known: set[str] | None = None,
    taken: set[str] | None = None,
    since: date | None = None,
    dry_run: bool = False,
    concurrency: int = 2,
    on_file: Callable[[Planned, Download], None] | None = None,
    on_progress: ProgressCallback | None = None,
    stop: threading.Event | None = None,
) -> CrawlResult:
    """Visit each target's page and download its documents whose file id is not in `known`.

    Pages and downloads run with at most `concurrency` in flight, downloads first (so files
    arrive LA by LA). `on_file` is called in the calling thread as each file is in place;
    `known` and `taken` (file ids and cache paths already used) grow as files are planned.
    A dry run plans and downloads nothing.
    """
    result = CrawlResult()
    known = set() if known is None else known
    taken = set() if taken is None else taken
    stop = stop or threading.Event()
    progress = on_progress or (lambda _: None)
    providers = deque(targets)
    downloads: deque[Planned] = deque()
    running: dict[Future, tuple[str, Target | Planned]] = {}
    partial = cache_dir / PARTIAL
    in_a_row = 0  # failures after retries with no success between them
    providers_done = files_planned = files_done = 0
    progress(Progress("providers", 0, len(providers)))

    def fetch_provider(target: Target) -> site.ProviderPage:
        url = site.provider_url(target.urn, base)
        return site.parse_provider(client.get_text(url), url, target.urn)

    def fetch_file(item: Planned) -> Download:
        url = site.file_url(item.publication.file_id, files_base)
        dest = cache_dir / item.path
        adopted = _adopt(client, url, dest)
        if adopted:
            return adopted
        return client.download(url, dest, partial, item.publication.file_id)

    def failed(e: FetchError) -> None:
        nonlocal in_a_row
        log.warning("%s", e)
        if isinstance(e, GaveUp):
            in_a_row += 1
            if in_a_row >= MAX_FAILURES_IN_A_ROW and result.halted is None:
                result.halted = (
                    f"the site stopped answering ({in_a_row} requests in a row failed after"
                    f" every retry; the last: {e})"
                )
                log.error("%s", result.halted)

    pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="ilacs-fetch")
    try:
        while (providers or downloads or running) and not stop.is_set():
            while len(running) < concurrency and (downloads or providers) and not result.halted:
                if downloads:
                    item = downloads.popleft()
                    running[pool.submit(fetch_file, item)] = ("file", item)
                else:
                    target = providers.popleft()
                    running[pool.submit(fetch_provider, target)] = ("provider", target)
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                kind, what = running.pop(fut)
                if kind == "provider":
                    assert isinstance(what, Target)
                    try:
                        page = fut.result()
                    except Interrupted:
                        providers.appendleft(what)
                        continue
                    except Gone as e:
                        if what.closed:
                            log.info("%s: not on the site; skipped", e.source)
                            result.not_on_site.append(what)
                        else:
                            url = e.source or site.provider_url(what.urn, base)
                            result.failures.append(Failure(what.urn, what.name, url, e.message))
                            failed(e)
                    except FetchError as e:
                        url = e.source or site.provider_url(what.urn, base)
                        result.failures.append(Failure(what.urn, what.name, url, e.message))
                        failed(e)
                    else:
                        in_a_row = 0
                        result.providers_checked += 1
                        result.checked.add(what.urn)
                        for item in _plan(page, known, taken, since, result):
                            result.planned.append(item)
                            if not dry_run:  # a dry run lists, and fetches nothing
                                downloads.append(item)
                                files_planned += 1
                    providers_done += 1
                    progress(Progress("providers", providers_done, len(targets), what.name))
                    progress(Progress("files", files_done, files_planned))
                else:
                    assert isinstance(what, Planned)
                    try:
                        got = fut.result()
                    except Interrupted:
                        downloads.appendleft(what)
                        continue
                    except FetchError as e:
                        url = e.source or site.file_url(what.publication.file_id, files_base)
                        result.failures.append(
                            Failure(what.urn, what.la_name, url, e.message, what)
                        )
                        failed(e)
                    else:
                        in_a_row = 0
                        _count(result, got)
                        if on_file is not None:
                            on_file(what, got)
                    files_done += 1
                    progress(Progress("files", files_done, files_planned, what.path))
    except KeyboardInterrupt:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if result.halted:
        result.not_visited = list(providers)
        for item in downloads:
            url = site.file_url(item.publication.file_id, files_base)
            result.failures.append(
                Failure(item.urn, item.la_name, url, "not tried: the run stopped", item)
            )
    return result


def _plan(
    page: site.ProviderPage,
    known: set[str],
    taken: set[str],
    since: date | None,
    result: CrawlResult,
) -> list[Planned]:
    out = []
    folder = site.folder_for(page.urn, page.name)
    for pub in sorted(page.publications, key=lambda p: (p.published, int(p.file_id))):
        result.publications_seen += 1
        if since and pub.published < since:
            continue
        if pub.file_id in known:
            result.already_stored += 1
            continue
        path = f"{folder}/{pub.filename}"
        if path in taken:  # two documents with the same label and date: keep both
            path = f"{folder}/{pub.filename.removesuffix('.pdf')} ({pub.file_id}).pdf"
        taken.add(path)
        known.add(pub.file_id)
        out.append(Planned(page.urn, page.name, pub, path))
    return out


def _adopt(client: Client, url: str, dest: Path) -> Download | None:
    """A file already at `dest` was moved there whole by a run that stopped before recording
    it (or put there by hand): keep it if the server agrees on its length."""
    if not dest.is_file():
        return None
    with open(dest, "rb") as fh:
        head = fh.read(8)
    missing = not head.startswith(b"%PDF")
    if missing and not site.is_missing_document(dest.read_bytes()):
        return None
    length = client.head_length(url)
    if length is None or length != dest.stat().st_size:
        return None
    sha, size = fsync_and_hash(dest)
    return Download(dest, size, sha, missing, adopted=True)


def _count(result: CrawlResult, d: Download) -> None:
    if d.missing:
        result.missing += 1
    if d.adopted:
        result.adopted += 1
    else:
        result.downloaded += 1
        result.bytes_downloaded += d.size
