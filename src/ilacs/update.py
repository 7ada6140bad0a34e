"""Keep a database current from Ofsted's report site: fetch -> ingest -> store.

    from ilacs.update import UpdateOptions, update
    summary = update("ilacs.db")                                   # the live site, ~1 request/s
    summary = update("ilacs.db", UpdateOptions(base_url=standin.url, rate=50))

Which providers to visit comes from the site's listing, the register's closed councils (on a
full run) and the providers an earlier run could not finish; ilacs.fetch.crawl visits them and
downloads every file id not yet held into the cache, each recorded in the `sources` table as it
arrives; ilacs.ingest then reads what arrived. A later run asks the listing only for providers
whose latest report is recent (since the last run that went through every provider, less a
week's overlap), so a run with nothing new costs one request.

A provider that fails (its page or one of its files, after the client's retries) costs only
itself: it is reported in `UpdateSummary.failures`, everything else is fetched and ingested,
and the next run visits it again whatever the listing says.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ilacs.errors import NotFound
from ilacs.fetch import site
from ilacs.fetch.client import Client, Download
from ilacs.fetch.crawl import (
    CrawlResult,
    Failure,
    Planned,
    Progress,
    ProgressCallback,
    Target,
    crawl,
    default_cache,
    list_providers,
    lock_cache,
)
from ilacs.store import Store, now

if TYPE_CHECKING:
    from ilacs.ingest import IngestSummary, Outcome

log = logging.getLogger(__name__)

# A report can appear on the site a little after the date it carries; look back this far.
OVERLAP = timedelta(days=7)
META_WATERMARK = "last_full_update"  # date of the last unrestricted run through every provider
META_CACHE = "update_cache"
META_RETRY = "update_retry"  # JSON list of URNs a run could not finish: the next run visits them

__all__ = [
    "Failure",
    "Planned",
    "Progress",
    "UpdateOptions",
    "UpdateSummary",
    "default_cache",
    "update",
]


@dataclass(frozen=True)
class UpdateOptions:
    """How to run an update. The defaults are polite to the live site."""

    cache: Path | None = None  # default: the last run's folder, else <db stem>-reports/
    base_url: str | None = None  # in place of https://reports.ofsted.gov.uk (and of FILES)
    files_url: str | None = None  # in place of https://files.ofsted.gov.uk
    las: tuple[str, ...] = ()  # only these LAs (names, aliases, ONS codes or URNs)
    since: date | None = None  # only documents published on or after this date
    full: bool = False  # every provider, even when a recent run allows asking about fewer
    dry_run: bool = False  # list what would be fetched; fetch and write nothing
    rate: float = 1.0  # requests per second
    concurrency: int = 2  # requests in flight
    timeout: float = 30.0  # seconds per request
    retries: int = 6  # attempts after the first, with exponential backoff
    backoff: float = 1.0  # seconds before the first retry
    ingest: bool = True  # ingest what arrived (else `ilacs ingest` of the cache later)
    workers: int | None = None  # ingest processes (default: one per core)


@dataclass
class UpdateSummary(CrawlResult):
    """What a run did (the crawl's counts, and more). `complete` is true when every provider
    was visited and every file fetched; `failure_lines()` says, per provider, what was not."""

    providers_listed: int = 0
    requests: int = 0
    bytes_received: int = 0  # pages and files, as they came over the wire
    retries: Counter = field(default_factory=Counter)
    ingest: IngestSummary | None = None  # when something was ingested
    dry_run: bool = False
    complete: bool = False
    seconds: float = 0.0
    cache: Path | None = None
    site_url: str = site.SITE  # the site asked (the live one, or a stand-in)

    def failure_lines(self) -> list[str]:
        """One line per provider with something not fetched: its URL, what and why."""
        by_urn: dict[int, list[Failure]] = {}
        for f in self.failures:
            by_urn.setdefault(f.urn, []).append(f)
        lines = []
        for urn, failures in by_urn.items():
            name = failures[0].name or "provider"
            page = [f for f in failures if f.planned is None]
            files = [f for f in failures if f.planned is not None]
            if page:
                f = page[0]
                lines.append(
                    f"{name} (URN {urn}): its page {f.url} could not be read ({f.reason});"
                    " none of its documents were checked, so any new ones were not fetched"
                )
            if files:
                of = sum(1 for p in self.planned if p.urn == urn)
                what = "; ".join(
                    f"{f.planned.publication.label} (file {f.planned.publication.file_id},"
                    f" {f.url}): {f.reason}"
                    for f in files
                    if f.planned is not None
                )
                lines.append(
                    f"{name} (URN {urn}): {len(files)} of its {of} new documents not fetched: {what}"
                )
        for t in self.not_visited:
            lines.append(
                f"{t.name or 'provider'} (URN {t.urn}): not visited"
                f" ({site.provider_url(t.urn, self.site_url)}): the run stopped before it"
            )
        return lines


def resolve_las(texts: Iterable[str | int]) -> list[int]:
    """URNs of the LAs a user named (names, aliases, ONS codes or URNs), via the register."""
    from ilacs import register

    urns: list[int] = []
    for item in texts:
        text = str(item).strip()
        try:
            urn = register.find(text).urn
            if urn is None:
                raise NotFound(f"{text!r}: the register has no Ofsted URN for this council")
            urns.append(urn)
        except NotFound:
            if text.isdigit():  # a provider the register does not know (yet): trust the URN
                urns.append(int(text))
            else:
                raise
    return list(dict.fromkeys(urns))


def closed_providers() -> dict[int, str]:
    """Abolished councils with a known URN (Northamptonshire, Cumbria, Poole...): visited on a
    full run even when the listing leaves closed providers out."""
    from ilacs import register

    return {la.urn: la.name for la in register.everything() if la.abolished and la.urn}


def update(
    db: Path | str,
    options: UpdateOptions | None = None,
    *,
    on_progress: ProgressCallback | None = None,
    stop: threading.Event | None = None,
) -> UpdateSummary:
    """Fetch what is new on the site into the cache and the database; see UpdateSummary.

    Raises FetchError when the listing cannot be read or no longer matches what
    ilacs.fetch.site expects, or when another run is using the same cache. Failures of single
    providers or files do not raise: they are in the summary, and the next run retries them.
    `stop` (set from another thread, or by Ctrl-C) ends the run with what was fetched kept.
    """
    o = options or UpdateOptions()
    started = time.perf_counter()
    run_day = datetime.now(UTC).date()
    db = Path(db)
    base = (o.base_url or site.SITE).rstrip("/")
    files_base = (o.files_url or o.base_url or site.FILES).rstrip("/")
    summary = UpdateSummary(dry_run=o.dry_run, site_url=base)
    stop = stop or threading.Event()

    lock = None
    store: Store | None
    if o.dry_run:
        store = Store.open_readonly(db) if db.exists() else None
    else:
        store = Store(db)
    try:
        stored_cache = store.meta(META_CACHE) if store else None
        cache_dir = Path(o.cache or stored_cache or default_cache(db))
        summary.cache = cache_dir
        if store is not None and not o.dry_run:
            lock = lock_cache(cache_dir)
            store.set_meta(META_CACHE, str(cache_dir.resolve()))
        known, taken = store.known_file_ids() if store else (set(), set())
        retry = _retry_list(store)
        client = Client(
            rate=o.rate,
            concurrency=o.concurrency,
            timeout=o.timeout,
            retries=o.retries,
            backoff=o.backoff,
            stop=stop,
        )
        with client:
            targets = _targets(o, store, client, base, retry, summary)

            def record(item: Planned, d: Download) -> None:
                if store is not None:
                    _record(store, item, d)

            result = crawl(
                targets,
                client,
                cache_dir=cache_dir,
                base=base,
                files_base=files_base,
                known=known,
                taken=taken,
                since=o.since,
                dry_run=o.dry_run,
                concurrency=o.concurrency,
                on_file=record,
                on_progress=on_progress,
                stop=stop,
            )
        _merge(summary, result)
        summary.requests = client.requests
        summary.bytes_received = client.bytes_received
        summary.retries = client.retried
        summary.complete = not stop.is_set() and not summary.failures and not summary.not_visited

        if not o.dry_run and store is not None:
            # What was not finished is visited again next time, whatever the listing says.
            left = retry | summary.missed
            if o.since is None:
                left -= (summary.checked - summary.missed) | {t.urn for t in summary.not_on_site}
            if not stop.is_set():
                store.set_meta(META_RETRY, json.dumps(sorted(left)))
            if o.ingest and (summary.downloaded or summary.adopted or store.uningested_count()):
                summary.ingest = _ingest(cache_dir, store, o.workers, on_progress)
            store.set_meta("last_update", now())
            # The next run may ask only about recent publications once a run has gone through
            # every provider; what failed is in the retry list, not a reason to list all again.
            if not o.las and o.since is None and not summary.halted and not stop.is_set():
                store.set_meta(META_WATERMARK, run_day.isoformat())
        return summary
    finally:
        summary.seconds = time.perf_counter() - started
        if lock is not None:
            lock.close()
        if store is not None:
            store.close()


def _retry_list(store: Store | None) -> set[int]:
    text = store.meta(META_RETRY) if store else None
    return set(json.loads(text)) if text else set()


def _targets(
    o: UpdateOptions,
    store: Store | None,
    client: Client,
    base: str,
    retry: set[int],
    summary: UpdateSummary,
) -> list[Target]:
    """The providers to visit: the LAs asked for, else the listing (every provider, or those
    with a recent report), the closed councils it leaves out, and what an earlier run missed."""
    if o.las:
        return [Target(u, _name(u)) for u in resolve_las(o.las)]
    watermark = store.meta(META_WATERMARK) if store and not o.full else None
    latest_from = o.since
    if latest_from is None and watermark:
        latest_from = date.fromisoformat(watermark[:10]) - OVERLAP
    links = list_providers(client, base, latest_from)
    summary.providers_listed = len(links)
    targets = [Target(p.urn, p.name) for p in links]
    listed = {t.urn for t in targets}
    closed = closed_providers()
    if latest_from is None:
        targets += [Target(u, n, closed=True) for u, n in closed.items() if u not in listed]
        listed |= set(closed)
    for urn in sorted(retry - listed):
        targets.append(Target(urn, _name(urn), closed=urn in closed))
    return targets


def _name(urn: int) -> str | None:
    from ilacs import register

    try:
        return register.by_urn(urn).name
    except NotFound:
        return None


def _merge(summary: UpdateSummary, result: CrawlResult) -> None:
    for name in CrawlResult.__dataclass_fields__:
        setattr(summary, name, getattr(result, name))


def _record(store: Store, item: Planned, d: Download) -> None:
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


def _ingest(
    cache_dir: Path, store: Store, workers: int | None, on_progress: ProgressCallback | None
) -> IngestSummary:
    """Ingest the cache (what arrived, and anything an interrupted run fetched but did not
    ingest); unchanged files are skipped by their sha256."""
    from ilacs.ingest import ingest

    def advance(outcome: Outcome, done: int, total: int) -> None:
        if on_progress is not None:
            on_progress(Progress("ingest", done, total, outcome.job.rel))

    return ingest(cache_dir, store, manifest={}, workers=workers, on_progress=advance)
