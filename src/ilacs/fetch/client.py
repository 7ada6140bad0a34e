"""Polite HTTP for the crawler: one identified client, a request rate, retries with backoff, and
downloads that reach their final path only when complete and checked.

A download goes to `<partial>/<file id>.part` first (resumed with a Range request after a cut
connection or a killed run, so no byte is fetched twice), is checked (a PDF, or Ofsted's own
'Report not found' page; exactly as long as the server said) and only then moved into place
with os.replace, so the cache never holds half a file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx

from ilacs import __version__
from ilacs.errors import FetchError
from ilacs.fetch import site

log = logging.getLogger("ilacs.fetch")

USER_AGENT = f"ilacs/{__version__} (+{site.PROJECT_URL}; Ofsted children's services reports)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class Interrupted(Exception):
    """The run was asked to stop (Ctrl-C); partial downloads stay for the next run."""


class Gone(FetchError):
    """The server answered 404 or 410: there is no such page or file (no retry helps)."""


class GaveUp(FetchError):
    """Every attempt failed (timeouts, refused connections, 429 or 5xx): the server may be down."""


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class RateLimiter:
    """At most `rate` request starts per second, shared by every thread of a client."""

    def __init__(self, rate: float):
        self.interval = 1.0 / rate if rate and rate > 0 else 0.0
        self.lock = threading.Lock()
        self.next = 0.0

    def wait(self, stop: threading.Event) -> None:
        with self.lock:
            now = time.monotonic()
            at = max(now, self.next)
            self.next = at + self.interval
        if at > now and stop.wait(at - now):
            raise Interrupted()

    def pause(self, seconds: float) -> None:
        """Hold every thread's next request back (the server asked us to slow down)."""
        with self.lock:
            self.next = max(self.next, time.monotonic() + seconds)


@dataclass(frozen=True)
class Download:
    """A file now in place: its size and sha256, and whether it is Ofsted's not-found page."""

    path: Path
    size: int
    sha256: str
    missing: bool = False
    adopted: bool = False  # already in place from an earlier run; nothing downloaded


class Client:
    """HTTP for one crawl. Thread-safe; counts requests, retries and bytes received."""

    def __init__(
        self,
        *,
        rate: float = 1.0,
        concurrency: int = 2,
        timeout: float = 30.0,
        retries: int = 6,
        backoff: float = 1.0,
        max_wait: float = 120.0,
        user_agent: str = USER_AGENT,
        stop: threading.Event | None = None,
    ):
        self.limiter = RateLimiter(rate)
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.stop = stop or threading.Event()
        self.http = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        )
        self._lock = threading.Lock()
        self.requests = 0
        self.bytes_received = 0
        self.retried: Counter[str] = Counter()

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the retry loop -----------------------------------------------------------------------
    def _attempts(self, url: str, attempt):
        last = "no attempt made"
        for n in range(self.retries + 1):
            if self.stop.is_set():
                raise Interrupted()
            self.limiter.wait(self.stop)
            with self._lock:
                self.requests += 1
            try:
                return attempt()
            except _Retry as e:
                last, wait = e.reason, e.wait
            except httpx.TimeoutException as e:
                last, wait = f"timed out ({type(e).__name__})", None
            except httpx.TransportError as e:
                last, wait = f"connection failed ({type(e).__name__}: {e})", None
            with self._lock:
                self.retried[last.split(" (")[0]] += 1
            if n == self.retries:
                break
            if wait is None:
                wait = min(60.0, self.backoff * 2**n) * random.uniform(0.5, 1.0)
            wait = min(wait, self.max_wait)
            log.info("%s: %s; retrying in %.1f s", url, last, wait)
            if last in ("HTTP 429", "HTTP 503"):
                self.limiter.pause(wait)  # the whole client slows down, not just this thread
            if self.stop.wait(wait):
                raise Interrupted()
        raise GaveUp(f"gave up after {self.retries + 1} attempts: {last}", url)

    def _check(self, r: httpx.Response, url: str) -> None:
        if r.status_code in RETRY_STATUSES:
            wait = (
                _retry_after(r.headers.get("Retry-After")) if r.status_code in (429, 503) else None
            )
            raise _Retry(f"HTTP {r.status_code}", wait)
        if r.status_code in (404, 410):
            raise Gone(f"not found (HTTP {r.status_code})", url)
        if r.status_code >= 400:
            raise FetchError(f"the server refused (HTTP {r.status_code})", url)

    # -- pages --------------------------------------------------------------------------------
    def get_text(self, url: str) -> str:
        """The text of a web page, with retries."""

        def attempt() -> str:
            r = self.http.get(url)
            self._check(r, url)
            with self._lock:
                self.bytes_received += len(r.content)
            return r.text

        return self._attempts(url, attempt)

    # -- files --------------------------------------------------------------------------------
    def head_length(self, url: str) -> int | None:
        """The length the server gives for a file (a HEAD request: no body), or None."""

        def attempt() -> int | None:
            r = self.http.head(url, headers={"Accept-Encoding": "identity"})
            self._check(r, url)
            value = r.headers.get("Content-Length", "")
            return int(value) if value.isdigit() else None

        try:
            return self._attempts(url, attempt)
        except FetchError:
            return None

    def download(self, url: str, dest: Path, partial: Path, key: str) -> Download:
        """Fetch `url` to `dest` through `partial/<key>.part`, resuming what an earlier try left."""
        partial.mkdir(parents=True, exist_ok=True)
        part = partial / f"{key}.part"
        meta = partial / f"{key}.part.json"

        def attempt() -> Download:
            return self._download_once(url, dest, part, meta)

        have = part.stat().st_size if part.exists() else 0
        if have and _read_json(meta).get("total") == have:
            # Received whole by a run that stopped before checking it: nothing to ask for.
            try:
                return self._finish(part, meta, dest, have)
            except _Retry:
                pass  # not a PDF after all (it has been discarded): fetch it again
        return self._attempts(url, attempt)

    def _download_once(self, url: str, dest: Path, part: Path, meta: Path) -> Download:
        have = part.stat().st_size if part.exists() else 0
        validator = _read_json(meta) if have else {}
        headers = {"Accept-Encoding": "identity"}
        if have and (validator.get("etag") or validator.get("last_modified")):
            headers["Range"] = f"bytes={have}-"
            headers["If-Range"] = validator.get("etag") or validator["last_modified"]
        with self.http.stream("GET", url, headers=headers) as r:
            if r.status_code == 416:  # nothing after what we hold: complete, or stale
                m = re.fullmatch(r"bytes \*/(\d+)", r.headers.get("Content-Range", ""))
                if m and int(m.group(1)) == have:
                    return self._finish(part, meta, dest, have)
                _discard(part, meta)
                raise _Retry("HTTP 416 on resume")
            if r.status_code in (404, 410):
                body = r.read()
                if not site.is_missing_document(body):
                    self._check(r, url)
                # Ofsted's 'Report not found' page: kept as the record that the file is gone.
                _write_json(meta, {"url": url, "total": len(body)})
                part.write_bytes(body)
                return self._finish(part, meta, dest, len(body))
            self._check(r, url)
            if r.status_code == 206:
                m = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", r.headers.get("Content-Range", ""))
                if not m or int(m.group(1)) != have:
                    _discard(part, meta)
                    raise _Retry("the server resumed at the wrong place")
                total: int | None = int(m.group(3))
                mode = "ab"
            else:
                have, mode = 0, "wb"
                length = r.headers.get("Content-Length")
                total = int(length) if length and length.isdigit() else None
                _write_json(
                    meta,
                    {
                        "url": url,
                        "etag": r.headers.get("ETag"),
                        "last_modified": r.headers.get("Last-Modified"),
                        "total": total,
                    },
                )
            # Unbuffered: what was received is on disk even if the process is killed.
            with open(part, mode, buffering=0) as fh:
                for chunk in r.iter_raw():
                    view = memoryview(chunk)
                    while view:
                        view = view[fh.write(view) :]
                    with self._lock:
                        self.bytes_received += len(chunk)
                    if self.stop.is_set():
                        raise Interrupted()
        return self._finish(part, meta, dest, total)

    def _finish(self, part: Path, meta: Path, dest: Path, total: int | None) -> Download:
        """Check a received file and move it into place."""
        size = part.stat().st_size
        if total is not None and size != total:
            _discard(part, meta)  # longer than promised: nothing in it can be trusted
            raise _Retry(f"got {size} bytes where the server promised {total}")
        with open(part, "rb") as fh:
            head = fh.read(8)
        missing = False
        if not head.startswith(b"%PDF"):
            if site.is_missing_document(part.read_bytes()):
                missing = True  # Ofsted's 'Report not found': kept as the record, like the corpus
            else:
                _discard(part, meta)
                raise _Retry("served a web page or other non-PDF where a PDF was expected")
        sha, size = fsync_and_hash(part)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, dest)
        _fsync_dir(dest.parent)
        meta.unlink(missing_ok=True)
        return Download(dest, size, sha, missing)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def _write_json(path: Path, obj: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj))
    os.replace(tmp, path)


def _discard(part: Path, meta: Path) -> None:
    part.unlink(missing_ok=True)
    meta.unlink(missing_ok=True)


def fsync_and_hash(path: Path) -> tuple[str, int]:
    """sha256 and size of a finished download, flushed to disk before it is moved into place."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename is still atomic
    finally:
        os.close(fd)
