"""Keep a database current from Ofsted's report site: list providers, read their pages,
download the documents not yet stored, record where each came from, ingest.

    from ilacs.fetch.crawl import update
    summary = update("ilacs.db")                       # the live site, ~1 request/s
    summary = update("ilacs.db", base_url=standin.url, rate=50)

A later run asks the listing only for providers whose latest report is recent (since the last
complete run, less a week's overlap) and skips every file id already stored, so a run with
nothing new costs one request. Files are laid out as `<urn>_<name>/<file>` under the cache
folder, like ../shared/corpus/reports, so `ilacs ingest` of the cache gives the same database.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ilacs.errors import FetchError, NotFound
from ilacs.fetch import site
from ilacs.fetch.client import Client, Download, Interrupted, fsync_and_hash
from ilacs.store import Store, now

log = logging.getLogger("ilacs.fetch")

# A report can appear on the site a little after the date it carries; look back this far.
OVERLAP = timedelta(days=7)
PARTIAL = ".partial"  # unfinished downloads, inside the cache; never a *.pdf
META_WATERMARK = "last_full_update"  # date of the last complete, unrestricted run
META_CACHE = "update_cache"
MAX_LISTING_PAGES = 20


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


@dataclass
class UpdateSummary:
    """What a run did. `failed` holds one readable line per file that could not be fetched."""

    providers_listed: int = 0
    providers_checked: int = 0
    publications_seen: int = 0
    already_stored: int = 0
    planned: list[Planned] = field(default_factory=list)
    downloaded: int = 0
    adopted: int = 0  # found complete in the cache (a run stopped before recording it)
    missing: int = 0  # Ofsted answered 'Report not found'; kept, ingest marks it not a report
    failed: list[str] = field(default_factory=list)
    requests: int = 0
    bytes_received: int = 0
    retries: Counter = field(default_factory=Counter)
    ingest: object | None = None  # ilacs.ingest.IngestSummary when something was ingested
    dry_run: bool = False
    complete: bool = False  # every provider checked and every file fetched
    seconds: float = 0.0
    cache: Path | None = None


def default_cache(db: Path) -> Path:
    """The cache folder beside a database: ilacs.db -> ilacs-reports/."""
    return db.with_name(f"{db.stem}-reports")


def resolve_las(texts) -> list[int]:
    """URNs of the LAs a user named (names, aliases, ONS codes or URNs), via the register."""
    from ilacs import register

    urns = []
    for text in texts:
        text = str(text).strip()
        try:
            urns.append(register.find(text).urn)
            if urns[-1] is None:
                raise NotFound(f"{text!r}: the register has no Ofsted URN for this council")
        except NotFound:
            if text.isdigit():  # a provider the register does not know (yet): trust the URN
                urns.append(int(text))
            else:
                raise
    return list(dict.fromkeys(urns))


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


def closed_providers() -> dict[int, str]:
    """Abolished councils with a known URN (Northamptonshire, Cumbria, Poole...): visited on a
    full run even when the listing leaves closed providers out."""
    from ilacs import register

    return {la.urn: la.name for la in register.everything() if la.abolished and la.urn}


def update(
    db: Path | str,
    *,
    cache: Path | str | None = None,
    base_url: str | None = None,
    files_url: str | None = None,
    las: list[str] | tuple[str, ...] = (),
    since: date | None = None,
    full: bool = False,
    dry_run: bool = False,
    rate: float = 1.0,
    concurrency: int = 2,
    timeout: float = 30.0,
    retries: int = 6,
    backoff: float = 1.0,
    ingest: bool = True,
    workers: int | None = None,
    progress: bool = False,
    stop: threading.Event | None = None,
) -> UpdateSummary:
    """Fetch what is new on the site into the cache and the database; see UpdateSummary.

    `base_url` replaces https://reports.ofsted.gov.uk and, unless `files_url` is given, also
    https://files.ofsted.gov.uk (a stand-in serves both). `las` limits the run to some LAs,
    `since` to documents published on or after a date; `full` visits every provider even when
    an earlier complete run allows asking only about recent publications. Raises FetchError
    when a page no longer matches what ilacs.fetch.site expects (after saving what was already
    fetched) or when another run is using the same cache.
    """
    started = time.perf_counter()
    run_day = datetime.now(UTC).date()
    db = Path(db)
    base = (base_url or site.SITE).rstrip("/")
    files_base = (files_url or base_url or site.FILES).rstrip("/")
    summary = UpdateSummary(dry_run=dry_run)
    stop = stop or threading.Event()

    lock = None
    store: Store | None
    if dry_run:
        store = Store.open_readonly(db) if db.exists() else None
    else:
        store = Store(db)
    try:
        stored_cache = store.meta(META_CACHE) if store else None
        cache_dir = Path(cache or stored_cache or default_cache(db))
        summary.cache = cache_dir
        if not dry_run:
            lock = _lock(cache_dir)
            store.set_meta(META_CACHE, str(cache_dir.resolve()))
        known, taken = _known(store)
        client = Client(
            rate=rate,
            concurrency=concurrency,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            stop=stop,
        )
        with client, _Progress(progress) as bar:
            # 1. which providers to look at
            if las:
                targets = [(u, None) for u in resolve_las(las)]
            else:
                watermark = store.meta(META_WATERMARK) if store and not full else None
                latest_from = since
                if latest_from is None and watermark:
                    latest_from = date.fromisoformat(watermark[:10]) - OVERLAP
                links = list_providers(client, base, latest_from)
                summary.providers_listed = len(links)
                targets = [(p.urn, p.name) for p in links]
                if latest_from is None:
                    listed = {u for u, _ in targets}
                    targets += [(u, n) for u, n in closed_providers().items() if u not in listed]
            bar.providers(len(targets))

            # 2. provider pages and downloads, a few at a time
            fatal = _crawl(
                targets,
                client=client,
                base=base,
                files_base=files_base,
                cache_dir=cache_dir,
                known=known,
                taken=taken,
                since=since,
                dry_run=dry_run,
                store=store,
                summary=summary,
                concurrency=concurrency,
                stop=stop,
                bar=bar,
            )
        summary.requests = client.requests
        summary.bytes_received = client.bytes_received
        summary.retries = client.retried

        # 3. ingest what arrived (and anything an interrupted run fetched but did not ingest)
        if not dry_run and store is not None:
            if ingest and (summary.downloaded or summary.adopted or _uningested(store)):
                from ilacs.ingest import ingest as run_ingest

                summary.ingest = run_ingest(cache_dir, store, manifest={}, workers=workers)
            store.set_meta("last_update", now())
            if summary.complete and not las and since is None:
                store.set_meta(META_WATERMARK, run_day.isoformat())
        if fatal is not None:
            raise fatal
        return summary
    finally:
        summary.seconds = time.perf_counter() - started
        if lock is not None:
            lock.close()
        if store is not None:
            store.close()


def _lock(cache_dir: Path):
    """Hold an exclusive lock on the cache for the run: two runs would fetch the same files."""
    import fcntl

    (cache_dir / PARTIAL).mkdir(parents=True, exist_ok=True)
    fh = open(cache_dir / PARTIAL / "lock", "w")  # noqa: SIM115 - held open for the whole run
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        fh.close()
        raise FetchError("another `ilacs update` is using this cache folder", str(cache_dir)) from e
    return fh


def _known(store: Store | None) -> tuple[set[str], set[str]]:
    """File ids already stored (crawled or ingested with a files.csv) and paths in use."""
    if store is None:
        return set(), set()
    ids, paths = set(), set()
    for r in store.conn.execute("SELECT ofsted_file_id, path FROM sources"):
        ids.add(str(r[0]))
        if r[1]:
            paths.add(r[1])
    for r in store.conn.execute(
        "SELECT ofsted_file_id, path FROM documents WHERE ofsted_file_id IS NOT NULL"
    ):
        ids.add(str(r[0]))
        paths.add(r[1])
    return ids, paths


def _uningested(store: Store) -> int:
    return store.conn.execute(
        "SELECT COUNT(*) FROM sources s LEFT JOIN documents d"
        " ON d.path = s.path AND d.sha256 = s.sha256 WHERE d.id IS NULL"
    ).fetchone()[0]


def _crawl(
    targets,
    *,
    client: Client,
    base: str,
    files_base: str,
    cache_dir: Path,
    known: set[str],
    taken: set[str],
    since: date | None,
    dry_run: bool,
    store: Store | None,
    summary: UpdateSummary,
    concurrency: int,
    stop: threading.Event,
    bar,
) -> FetchError | None:
    """Run provider pages and downloads with at most `concurrency` in flight, downloads first
    (so files arrive LA by LA). The main thread alone writes to the database."""
    providers = deque(targets)
    downloads: deque[Planned] = deque()
    running: dict[Future, tuple[str, object]] = {}
    fatal: FetchError | None = None
    partial = cache_dir / PARTIAL

    def fetch_provider(urn: int) -> site.ProviderPage:
        url = site.provider_url(urn, base)
        return site.parse_provider(client.get_text(url), url, urn)

    def fetch_file(item: Planned) -> Download:
        url = site.file_url(item.publication.file_id, files_base)
        dest = cache_dir / item.path
        adopted = _adopt(client, url, dest)
        if adopted:
            return adopted
        return client.download(url, dest, partial, item.publication.file_id)

    pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="ilacs-fetch")
    try:
        while (providers or downloads or running) and not stop.is_set():
            while len(running) < concurrency and (downloads or providers):
                if downloads:
                    item = downloads.popleft()
                    running[pool.submit(fetch_file, item)] = ("file", item)
                else:
                    urn, _ = providers.popleft()
                    running[pool.submit(fetch_provider, urn)] = ("provider", urn)
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                kind, what = running.pop(fut)
                if kind == "provider":
                    try:
                        page = fut.result()
                    except Interrupted:
                        continue
                    except FetchError as e:
                        fatal = e
                        stop.set()
                        continue
                    summary.providers_checked += 1
                    bar.provider_done()
                    for item in _plan(page, known, taken, since, summary):
                        summary.planned.append(item)
                        if not dry_run:  # a dry run lists, and fetches nothing
                            downloads.append(item)
                            bar.file_planned()
                else:
                    try:
                        result = fut.result()
                    except Interrupted:
                        continue
                    except FetchError as e:
                        summary.failed.append(str(e))
                        log.warning("%s", e)
                        bar.file_done()
                        continue
                    _record(store, what, result, summary)
                    bar.file_done()
    except KeyboardInterrupt:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    finished = not (providers or downloads or running)
    summary.complete = finished and fatal is None and not summary.failed and not stop.is_set()
    return fatal


def _plan(
    page: site.ProviderPage,
    known: set[str],
    taken: set[str],
    since: date | None,
    summary: UpdateSummary,
) -> list[Planned]:
    out = []
    folder = site.folder_for(page.urn, page.name)
    for pub in sorted(page.publications, key=lambda p: (p.published, int(p.file_id))):
        summary.publications_seen += 1
        if since and pub.published < since:
            continue
        if pub.file_id in known:
            summary.already_stored += 1
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


def _record(store: Store | None, item: Planned, d: Download, summary: UpdateSummary) -> None:
    if d.missing:
        summary.missing += 1
    if d.adopted:
        summary.adopted += 1
    else:
        summary.downloaded += 1
    if store is None:
        return
    p = item.publication
    store.record_source(
        ofsted_file_id=p.file_id,
        urn=item.urn,
        path=item.path,
        url=p.url,
        event_type=p.event_type,
        published=p.published.isoformat(),
        size=d.size,
        sha256=d.sha256,
        fetched_at=now(),
    )


class _Progress:
    """Two rich bars on stderr, LAs and files; silent when progress is off."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.progress = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.progress = Progress(
                TextColumn("{task.description:<6}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=Console(stderr=True),
            )
            self.progress.start()
            self.la_task = self.progress.add_task("LAs", total=None)
            self.file_task = self.progress.add_task("files", total=0)
        return self

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()

    def providers(self, n: int) -> None:
        if self.progress:
            self.progress.update(self.la_task, total=n)

    def provider_done(self) -> None:
        if self.progress:
            self.progress.advance(self.la_task)

    def file_planned(self) -> None:
        if self.progress:
            task = self.progress.tasks[1]
            self.progress.update(self.file_task, total=(task.total or 0) + 1)

    def file_done(self) -> None:
        if self.progress:
            self.progress.advance(self.file_task)
