"""A local stand-in for Ofsted's report site, for tests, benches and offline development.

It serves the listing (/search), provider pages (/provider/44/<URN>) and files (/v1/file/<id>)
over real HTTP on 127.0.0.1, built from a corpus folder (files.csv + reports/). PDFs are read
from the corpus on each request; nothing is copied. The pages follow ilacs.fetch.site's
description of the live site, so the crawler runs unchanged against it (--base-url).

Faults are switched on per rule (`add_fault`) or at random (`random_faults`):
  429        status 429 with Retry-After
  500/502/503 a server error page
  reset      the connection is reset (RST) before any response
  timeout    the server says nothing for `delay` seconds, then hangs up
  truncate   a file's headers promise the whole file; the body stops part-way
  html       a file request answered 200 application/pdf with an HTML error page
  layout     a provider page in a changed layout (other class names)
New reports are published between two runs with `publish()` (or POST /_standin/publish); a
provider is taken off the site with `withdraw()` (POST /_standin/withdraw {"urn": 121939}).
Counters of requests and of file bytes sent are in `stats` (GET /_standin/stats).

    with StandIn(Path("../shared/corpus")) as site:
        update(db, base_url=site.url, ...)
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import random
import re
import socket
import struct
import threading
import time
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from ilacs.errors import FetchError

FAULTS = ("429", "500", "502", "503", "reset", "timeout", "truncate", "html", "layout")
# Links name the live file server, as the live pages do: the crawler keeps only the file id.
LIVE_FILES = "https://files.ofsted.gov.uk"
# The faults a crawler should ride out; a changed layout stops a run by design.
TRANSIENT = tuple(k for k in FAULTS if k != "layout")
SMALL_WORDS = {"and", "of", "upon", "on", "the", "in", "under", "le"}

ERROR_PAGE = (
    b"<!DOCTYPE html><html lang='en'><head><title>Sorry, there is a problem with the service"
    b"</title></head><body><h1>Sorry, there is a problem with the service</h1>"
    b"<p>Try again later.</p></body></html>"
)


@dataclass
class Document:
    file_id: str
    urn: int
    path: Path | None  # a corpus file, or None when `data` holds the bytes
    label: str
    event_type: str
    published: date
    data: bytes | None = None

    def body(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None  # a corpus document has a path, a published one data
        return self.path.read_bytes()


@dataclass
class Provider:
    urn: int
    name: str
    closed: bool = False
    documents: list[Document] = field(default_factory=list)

    @property
    def latest(self) -> date | None:
        return max((d.published for d in self.documents), default=None)


@dataclass
class Rule:
    kind: str
    match: re.Pattern
    times: int
    retry_after: int = 1
    delay: float = 3.0
    fraction: float = 0.5


@dataclass
class Stats:
    """What the stand-in answered. `file_bytes` counts real file bytes sent, per file id."""

    requests: Counter = field(default_factory=Counter)  # 'listing'|'provider'|'file'|'other'
    faults: Counter = field(default_factory=Counter)
    file_bytes: Counter = field(default_factory=Counter)
    complete_files: Counter = field(default_factory=Counter)  # whole bodies (200) sent, per id
    ranges: Counter = field(default_factory=Counter)  # resumed bodies (206) sent, per file id
    user_agents: Counter = field(default_factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    log: list[tuple[str, str, int, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def as_dict(self) -> dict:
        return {
            "requests": dict(self.requests),
            "total": self.total,
            "faults": dict(self.faults),
            "file_bytes": dict(self.file_bytes),
            "complete_files": dict(self.complete_files),
            "ranges": dict(self.ranges),
            "user_agents": dict(self.user_agents),
            "max_in_flight": self.max_in_flight,
        }


def title_case(name: str) -> str:
    """'bournemouth, christchurch & poole' -> 'Bournemouth, Christchurch & Poole'."""
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w in SMALL_WORDS:
            out.append(w)
        else:
            out.append(
                "-".join(p if p in SMALL_WORDS else p[:1].upper() + p[1:] for p in w.split("-"))
            )
    return " ".join(out)


def label_of(filename: str, published: date) -> tuple[str, str]:
    """The link label and event type the live site shows for a corpus file name.

    The inverse of ilacs.fetch.site.filename_for: "children's services inspection - 07 january
    2019.pdf" was published as "Children's services inspection, PDF - 7 January 2019".
    """
    stem = filename.removesuffix(".pdf")
    prefix = stem.rsplit(" - ", 1)[0]
    prefix = re.sub(r"\bla\b", "LA", re.sub(r"\bpdf$", "PDF", prefix))
    prefix = prefix[:1].upper() + prefix[1:]
    when = f"{published.day} {published.strftime('%B %Y')}"
    if re.search(r"(,\s*|\s+as\s+)PDF$", prefix):
        event_type = re.sub(r"(,\s*|\s+as\s+)PDF$", "", prefix)
        return f"{prefix} - {when}", event_type
    return f"{prefix}, PDF - {when}", prefix


class StandIn:
    """The stand-in site. Start with `start()` or `with StandIn(...) as site`; `site.url`."""

    def __init__(self, corpus: Path | str, host: str = "127.0.0.1", port: int = 0):
        self.corpus = Path(corpus)
        self.providers: dict[int, Provider] = {}
        self.documents: dict[str, Document] = {}
        self._load()
        self.rules: list[Rule] = []
        self.random: tuple[float, tuple[str, ...], random.Random] | None = None
        self.stats = Stats()
        self.throttle: float | None = None  # file bytes per second, to make downloads take time
        self.missing_status = 200  # status of the 'Report not found' pages saved in the corpus
        self.lock = threading.Lock()
        self.server = _Server((host, port), _Handler)
        self.server.site = self
        self.thread: threading.Thread | None = None

    # -- data ---------------------------------------------------------------------------------
    def _load(self) -> None:
        manifest = self.corpus / "files.csv"
        reports = self.corpus / "reports"
        if not manifest.is_file() or not reports.is_dir():
            raise FetchError("not a corpus folder (needs files.csv and reports/)", str(self.corpus))
        with open(manifest, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                folder, filename = row["path"].split("/", 1)
                urn = int(row["urn"])
                name = folder.split("_", 1)[1]
                provider = self.providers.setdefault(urn, Provider(urn, title_case(name)))
                published = date.fromisoformat(row["published"])
                label, event_type = label_of(filename, published)
                doc = Document(
                    row["ofsted_file_id"], urn, reports / row["path"], label, event_type, published
                )
                provider.documents.append(doc)
                self.documents[doc.file_id] = doc
        # Councils that no longer exist (Northamptonshire, Cumbria, Poole) are listed as closed
        # providers, as on the live site. Their reports are not in the corpus: no events.
        from ilacs import register

        for la in register.everything():
            if la.abolished and la.urn:
                self.providers.setdefault(la.urn, Provider(la.urn, la.name, closed=True))

    def publish(
        self,
        urn: int,
        data: bytes,
        *,
        event_type: str = "Children's services focused visit",
        published: date | None = None,
        file_id: str | None = None,
    ) -> str:
        """Publish a new document for a provider; returns its file id."""
        published = published or date.today()
        with self.lock:
            file_id = file_id or str(max(int(i) for i in self.documents) + 1)
            if file_id in self.documents:
                raise ValueError(f"file id {file_id} is already published")
            provider = self.providers[urn]
            label = f"{event_type}, PDF - {published.day} {published.strftime('%B %Y')}"
            doc = Document(file_id, urn, None, label, event_type, published, data=data)
            provider.documents.append(doc)
            self.documents[file_id] = doc
        return file_id

    def withdraw(self, urn: int) -> None:
        """Take a provider off the site: the listing no longer names it and its page answers
        404 (as an independent stand-in with no page for a closed council does)."""
        with self.lock:
            provider = self.providers.pop(urn)
            for doc in provider.documents:
                self.documents.pop(doc.file_id, None)

    # -- faults -------------------------------------------------------------------------------
    def add_fault(
        self,
        kind: str,
        match: str = r"^/v1/file/",
        times: int = 1,
        *,
        retry_after: int = 1,
        delay: float = 3.0,
        fraction: float = 0.5,
    ) -> None:
        """The next `times` requests whose path matches the regex `match` get fault `kind`."""
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; one of {', '.join(FAULTS)}")
        with self.lock:
            self.rules.append(Rule(kind, re.compile(match), times, retry_after, delay, fraction))

    def random_faults(self, rate: float, kinds: tuple[str, ...] = TRANSIENT, seed: int = 0) -> None:
        """Each request gets a fault from `kinds` with probability `rate` (0 switches off)."""
        self.random = (rate, tuple(kinds), random.Random(seed)) if rate else None

    def clear_faults(self) -> None:
        with self.lock:
            self.rules.clear()
            self.random = None

    def _fault_for(self, path: str, kind_of_page: str) -> Rule | None:
        with self.lock:
            for rule in self.rules:
                if rule.times > 0 and rule.match.search(path):
                    rule.times -= 1
                    return rule
            if self.random and kind_of_page in ("listing", "provider", "file"):
                rate, kinds, rng = self.random
                if rng.random() < rate:
                    usable = [k for k in kinds if _applies(k, kind_of_page)]
                    if usable:
                        return Rule(rng.choice(usable), re.compile(""), 1)
        return None

    # -- server -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}"

    def start(self) -> StandIn:
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- pages --------------------------------------------------------------------------------
    def listing(self, query: dict[str, list[str]]) -> bytes:
        def one(key: str) -> str:
            return (query.get(key) or [""])[0]

        start = int(one("start") or 0)
        rows = min(int(one("rows") or 10), 100)
        lo, hi = _dmy(one("latest_report_date_start")), _dmy(one("latest_report_date_end"))
        open_only = "1" in query.get("status[]", [])
        with self.lock:
            chosen = [
                p
                for p in sorted(self.providers.values(), key=lambda p: p.name)
                if (not open_only or not p.closed)
                and (lo is None or (p.latest is not None and p.latest >= lo))
                and (hi is None or (p.latest is not None and p.latest <= hi))
            ]
        page = chosen[start : start + rows]
        items = "".join(
            f'<li class="search-result"><h3><a href="/provider/44/{p.urn}">{html.escape(p.name)}'
            f'</a></h3><p class="search-result__provider-type">Local authority children\'s'
            f" services</p><p>URN: {p.urn}</p>"
            + (f"<p>Latest report: {_long(p.latest)}</p>" if p.latest else "")
            + ('<p class="search-result__status">Closed</p>' if p.closed else "")
            + "</li>"
            for p in page
        )
        nxt = ""
        if start + rows < len(chosen):
            params = [(k, v) for k, vs in query.items() for v in vs if k != "start"]
            qs = urlencode([*params, ("start", str(start + rows))])
            nxt = f'<a class="pagination__next" href="/search?{html.escape(qs)}">Next</a>'
        body = (
            f"<p class='results-count'>{len(chosen)} results</p>"
            + (f'<ul class="results-list">{items}</ul>' if page else "<p>No results found.</p>")
            + f'<nav class="pagination">{nxt}</nav>'
        )
        return _page("Search results - Find an Inspection Report - Ofsted", body)

    def provider_page(self, urn: int, changed: bool = False) -> bytes | None:
        with self.lock:
            p = self.providers.get(urn)
            if p is None:
                return None
            docs = sorted(p.documents, key=lambda d: (d.published, d.file_id), reverse=True)
        days: dict[date, list[Document]] = defaultdict(list)
        for d in docs:
            days[d.published].append(d)
        if changed:  # a redesign: other class names, a table instead of a timeline
            rows = "".join(
                f'<tr><td>{_long(d.published)}</td><td><a class="download" '
                f'href="{LIVE_FILES}/v1/file/{d.file_id}">'
                f"{html.escape(d.label)}</a></td></tr>"
                for d in docs
            )
            body = f'<h1 class="provider-title">{html.escape(p.name)}</h1><table>{rows}</table>'
            return _page(f"{p.name} - Ofsted", body)
        events = "".join(
            f'<li class="timeline__day"><p class="timeline__date">'
            f'<time datetime="{day.isoformat()}">{_long(day)}</time></p>'
            + "".join(
                f'<div class="event"><h3 class="event__title">{html.escape(d.event_type)}</h3>'
                f'<p class="event__meta">Published: <time datetime="{day.isoformat()}">'
                f"{_long(day)}</time></p>"
                f'<a class="publication-link" href="{LIVE_FILES}/v1/file/{d.file_id}">'
                f'<span class="icon icon--pdf"></span>{html.escape(d.event_type)}'
                f'<span class="nonvisual">{html.escape(d.label)}</span></a></div>'
                for d in day_docs
            )
            + "</li>"
            for day, day_docs in days.items()
        )
        status = "<p>This provider is closed.</p>" if p.closed else ""
        timeline = (
            f'<ol class="timeline">{events}</ol>' if events else "<p>There are no reports.</p>"
        )
        body = (
            f'<h1 class="heading--title">{html.escape(p.name)}</h1>'
            f"<p>Local authority children's services</p><p>URN: {urn}</p>{status}{timeline}"
        )
        return _page(f"{p.name} - Find an Inspection Report - Ofsted", body)


def _applies(kind: str, page: str) -> bool:
    if kind in ("truncate", "html"):
        return page == "file"
    if kind == "layout":
        return page == "provider"
    return True


def _dmy(text: str) -> date | None:
    if not text:
        return None
    d, m, y = (int(x) for x in text.split("-"))
    return date(y, m, d)


def _long(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def _page(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f'</title></head><body><main id="main-content">{body}</main></body></html>'
    ).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    site: StandIn

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.resets: weakref.WeakSet = weakref.WeakSet()

    def handle_error(self, request, client_address):
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that gave up (a timeout) or hung up: routine here
        super().handle_error(request, client_address)

    def shutdown_request(self, request):
        if request in self.resets:
            # Closing without a shutdown() first, with SO_LINGER 0, sends RST, not FIN.
            request.close()
            return
        super().shutdown_request(request)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ofsted-standin/1"

    def log_message(self, format, *args):  # quiet: the stats keep the record
        pass

    server: _Server

    @property
    def site(self) -> StandIn:
        return self.server.site

    def do_HEAD(self):
        self._dispatch(head=True)

    def do_GET(self):
        self._dispatch(head=False)

    def do_POST(self):
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        payload = json.loads(self.rfile.read(length) or b"{}")
        try:
            if path == "/_standin/publish":
                data = (
                    Path(payload["pdf"]).read_bytes()
                    if "pdf" in payload
                    else self.site.documents[payload["copy_of"]].body()
                )
                fid = self.site.publish(
                    int(payload["urn"]),
                    data,
                    event_type=payload.get("event_type", "Children's services focused visit"),
                    published=date.fromisoformat(payload["published"])
                    if payload.get("published")
                    else None,
                    file_id=payload.get("file_id"),
                )
                return self._json({"file_id": fid})
            if path == "/_standin/withdraw":
                self.site.withdraw(int(payload["urn"]))
                return self._json({"ok": True})
            if path == "/_standin/faults":
                if payload.get("clear"):
                    self.site.clear_faults()
                for rule in payload.get("rules", []):
                    self.site.add_fault(**rule)
                if "throttle" in payload:
                    self.site.throttle = payload["throttle"] or None
                if "random" in payload:
                    r = payload["random"]
                    self.site.random_faults(
                        r.get("rate", 0), tuple(r.get("kinds", TRANSIENT)), r.get("seed", 0)
                    )
                return self._json({"ok": True})
            if path == "/_standin/stats/reset":
                self.site.stats = Stats()
                return self._json({"ok": True})
        except (KeyError, ValueError, TypeError, OSError) as e:
            return self._send(400, json.dumps({"error": str(e)}).encode(), "application/json")
        self._send(404, b"not found", "text/plain")

    def _json(self, obj) -> None:
        self._send(200, json.dumps(obj).encode(), "application/json")

    def _dispatch(self, head: bool) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        if path == "/_standin/stats":
            return self._json(self.site.stats.as_dict())
        if path == "/search":
            kind = "listing"
        elif m := re.fullmatch(r"/provider/44/(\d+)", path):
            kind = "provider"
        elif m := re.fullmatch(r"/v1/file/(\d+)", path):
            kind = "file"
        else:
            kind = "other"
        stats = self.site.stats
        with self.site.lock:
            stats.requests[kind] += 1
            stats.user_agents[self.headers.get("User-Agent", "")] += 1
            stats.in_flight += 1
            stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
        rule = self.site._fault_for(path, kind)
        status = 0
        try:
            if rule and rule.kind != "layout":
                with self.site.lock:
                    stats.faults[rule.kind] += 1
                status = self._fault(rule, kind)
                return
            if kind == "listing":
                status = self._send(200, self.site.listing(parse_qs(parts.query, True)), head=head)
            elif kind == "provider":
                changed = rule is not None
                if changed:
                    with self.site.lock:
                        stats.faults["layout"] += 1
                assert m is not None
                body = self.site.provider_page(int(m.group(1)), changed=changed)
                status = (
                    self._send(200, body, head=head)
                    if body
                    else self._send(404, _page("Not found", "<h1>Page not found</h1>"))
                )
            elif kind == "file":
                assert m is not None
                status = self._file(m.group(1), head)
            else:
                status = self._send(404, _page("Not found", "<h1>Page not found</h1>"))
        finally:
            with self.site.lock:
                if not getattr(self, "_stalled", False):
                    stats.in_flight -= 1
                self._stalled = False
                stats.log.append((self.command, self.path, status, rule.kind if rule else ""))

    def _fault(self, rule: Rule, kind: str) -> int:
        if rule.kind == "429":
            return self._send(
                429,
                _page("Too many requests", "<h1>Too many requests</h1>"),
                extra={"Retry-After": str(rule.retry_after)},
            )
        if rule.kind in ("500", "502", "503"):
            return self._send(int(rule.kind), ERROR_PAGE)
        if rule.kind == "reset":
            self._reset()
            return 0
        if rule.kind == "timeout":
            # A stalled answer is one the client gives up on: it no longer counts as in flight,
            # so `max_in_flight` measures what the client keeps open, its concurrency cap.
            with self.site.lock:
                self.site.stats.in_flight -= 1
            self._stalled = True
            time.sleep(rule.delay)
            self.close_connection = True
            return 0
        if rule.kind == "html":
            # An error page with a PDF's content type, as proxies and CDNs sometimes answer.
            return self._send(200, ERROR_PAGE, "application/pdf")
        if rule.kind == "truncate":
            fid = urlsplit(self.path).path.rsplit("/", 1)[1]
            doc = self.site.documents.get(fid)
            if doc is None:
                return self._send(404, _page("Not found", "<h1>Page not found</h1>"))
            return self._file(fid, head=False, cut=rule.fraction)
        raise AssertionError(rule.kind)

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.server.resets.add(self.connection)
        self.close_connection = True

    def _file(self, fid: str, head: bool, cut: float | None = None) -> int:
        doc = self.site.documents.get(fid)
        if doc is None:
            return self._send(404, _page("Report not found", "<h1>Report not found</h1>"))
        body = doc.body()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        ctype = "application/pdf" if body.startswith(b"%PDF") else "text/html; charset=utf-8"
        start = 0
        rng = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if rng and (if_range is None or if_range == etag):
            m = re.fullmatch(r"bytes=(\d+)-", rng.strip())
            if m and int(m.group(1)) < len(body):
                start = int(m.group(1))
            elif m:
                return self._send(
                    416, b"", extra={"Content-Range": f"bytes */{len(body)}"}, head=True
                )
        part = body[start:]
        status = 206 if start else 200
        if not body.startswith(b"%PDF"):  # a 'Report not found' page in the corpus
            status = self.site.missing_status
        extra = {"ETag": etag, "Accept-Ranges": "bytes"}
        if start:
            extra["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
        if cut is not None:
            sent = part[: max(1, int(len(part) * cut))]
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(part)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            # (counted before the bytes go: a client that has them all may read the figures
            # before this thread would get to count them after)
            self._count(fid, len(sent), complete=False, resumed=bool(start))
            self.wfile.write(sent)
            self.wfile.flush()
            self.close_connection = True
            return status
        throttle = self.site.throttle
        if head or not throttle:
            if not head:
                self._count(fid, len(part), complete=True, resumed=bool(start))
            self._send(status, part, ctype, extra, head=head)
            return status
        # Throttled: the body goes out in small pieces, each counted as it is sent.
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(part)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        step = 16384
        for i in range(0, len(part), step):
            piece = part[i : i + step]
            self._count(fid, len(piece), complete=i + step >= len(part), resumed=bool(start))
            try:
                self.wfile.write(piece)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                self._uncount(fid, len(piece), complete=i + step >= len(part), resumed=bool(start))
                self.close_connection = True
                return status
            time.sleep(len(piece) / throttle)
        return status

    def _count(self, fid: str, n: int, complete: bool, resumed: bool, way: int = 1) -> None:
        with self.site.lock:
            self.site.stats.file_bytes[fid] += way * n
            if complete and resumed:
                self.site.stats.ranges[fid] += way
            elif complete:
                self.site.stats.complete_files[fid] += way

    def _uncount(self, fid: str, n: int, complete: bool, resumed: bool) -> None:
        """Take back a piece counted that did not go (the client hung up)."""
        self._count(fid, n, complete, resumed, way=-1)

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        extra: dict | None = None,
        head: bool = False,
    ) -> int:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if not head:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        return status


def serve(corpus: Path, host: str = "127.0.0.1", port: int = 8044) -> StandIn:
    """Start a stand-in in a background thread (the dev-server command waits on it)."""
    return StandIn(corpus, host, port).start()
