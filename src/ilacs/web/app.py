"""The web app: routes, rendering (HTML or the JSON twin), caching, and a WSGI entry point.

Paths are the same in the app and in the static site (`la/bromley.html`, `index.json`), and
every link is relative to the page it is on, so one rendering serves both. The database is
read-only here, so a rendered page is kept until the file changes.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ilacs import __version__
from ilacs.errors import InvalidOption, NotFound
from ilacs.web import http
from ilacs.web.cache import Lru
from ilacs.web.data import (
    FOUR_POINT,
    FRAMEWORK_NAMES,
    GRADE_NAMES,
    GRADE_SHORT,
    JUDGEMENT_NAMES,
    KIND_NAMES,
    LA,
    NOT_GRADED,
    Data,
    quarter_ends,
)
from ilacs.web.views import (
    BadRequest,
    HTTPError,
    NotFoundError,
    Page,
    Redirect,
    Request,
    ServerError,
    about,
    check,
    compare,
    download,
    england,
    firsts,
    la,
    search,
    themes,
)

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
STATIC = HERE / "static"
# (pattern, view): the pattern matches the path without ".html"/".json"; its groups are the
# view's arguments after (data, request).
ROUTES: list[tuple[re.Pattern[str], Callable[..., Page]]] = [
    (re.compile(r"index"), lambda d, r: england.england(d, r)),
    (re.compile(r"england"), england.form),
    (re.compile(r"england/latest/([a-z_]+)"), lambda d, r, j: england.england(d, r, None, j)),
    (
        re.compile(r"england/([^/]+)/([a-z_]+)"),
        lambda d, r, at, j: england.england(d, r, england.check_day(at), j),
    ),
    (re.compile(r"la/index"), la.index),
    (re.compile(r"la/([^/]+)"), la.la_page),
    (re.compile(r"compare"), compare.form),
    (re.compile(r"compare/([a-z_]+)/([^/]+)"), compare.compare),
    (re.compile(r"search"), search.search),
    (re.compile(r"download"), download.index),
    (re.compile(r"firsts"), firsts.form),
    (re.compile(r"firsts/([a-z0-9_]+)/([a-z_]+)/([a-z_]+)"), firsts.firsts),
    (re.compile(r"themes"), themes.index),
    (re.compile(r"themes/([a-z0-9_]+)"), themes.theme),
    (re.compile(r"about"), about.about),
    (re.compile(r"check"), check.form),
]
# The one page that takes a POST (of an article to check).
CHECK_PATHS = ("/check.html", "/check.json")
FILE_ROUTE = re.compile(r"download/([a-z_]+)\.(csv|xlsx)")
# Rendered pages kept in memory (least recently used dropped first).
CACHE_SIZE = 4096
CACHE_BYTES = 64 * 1024 * 1024
# Rendered parts of pages, by content: England's bodies (one per era of dates with the same
# picture and judgement, 5 kB deflated), region rows and tiles, chart panels. All of them for
# the corpus come to about 25 MB, counted in characters (bytes when deflated).
FRAGMENTS = 16384
FRAGMENT_CHARS = 64 * 1024 * 1024


# Keys of the page cache longer than this are not kept: no page has a longer address, and
# junk query strings must not fill the memory.
MAX_KEY = 1024
CHUNK = 256 * 1024  # bytes read at a time from a download file
SECURITY_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        "script-src 'self'; frame-ancestors 'none'",
    ),
]


@dataclass
class Response:
    """A status, headers and either `body` or bytes `span` (first, last) of a `file`."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""
    file: Path | None = None
    span: tuple[int, int] = (0, -1)
    size: int = 0  # of the file

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


STATUS_TEXT = {
    200: "OK",
    206: "Partial Content",
    303: "See Other",
    304: "Not Modified",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Payload Too Large",
    416: "Range Not Satisfiable",
    500: "Internal Server Error",
}


class App:
    """`App(db)` is a WSGI application; `app.get(path, query)` renders one response.

    Download files are built once per version of the database into `downloads` (default:
    `ilacs-downloads/` beside `ilacs.db`) and sent from there.
    """

    def __init__(
        self,
        db: Path | str,
        *,
        static: bool = False,
        static_dates=(),
        downloads: Path | str | None = None,
    ):
        self.db = Path(db)
        # The one record of the database the pages read; replaced when the file changes.
        self.data = Data.load(self.db)
        self.downloads = download.Downloads(self.db, downloads)
        self.static = static
        self.static_dates = tuple(static_dates)
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html", "svg"], default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
            # The templates ship with the package: no stat of each file on every render.
            auto_reload=False,
        )
        self.env.globals.update(
            grade_names=GRADE_NAMES,
            grade_short=GRADE_SHORT,
            judgement_names=JUDGEMENT_NAMES,
            kind_names=KIND_NAMES,
            framework_names=FRAMEWORK_NAMES,
            four_point=FOUR_POINT,
            not_graded=NOT_GRADED,
            version=__version__,
        )
        self.env.filters["day"] = _day
        self._new_caches()
        self._reload = threading.Lock()
        self.rendered = 0  # responses built rather than taken from the cache

    # -- WSGI ---------------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "POST" and environ.get("PATH_INFO") in CHECK_PATHS:
            resp = self.post(environ)
        elif method not in ("GET", "HEAD"):
            allow = "GET, HEAD, POST" if environ.get("PATH_INFO") in CHECK_PATHS else "GET, HEAD"
            resp = Response(405, [("Content-Type", "text/plain"), ("Allow", allow)], b"")
        else:
            path = environ.get("PATH_INFO", "/")
            try:
                resp = self.get(path, environ.get("QUERY_STRING", ""))
            except Exception:
                # A bug, not a bad request: the detail goes to the log, the reader gets a page.
                log.exception("error serving %s", path)
                page = self.error_page(
                    ServerError("Something went wrong on our side."), Request(path.lstrip("/"))
                )
                resp = self._html(page, 500)
            resp = _conditional(resp, environ)
        headers = resp.headers + SECURITY_HEADERS
        if resp.status == 304:
            # No body, and no headers describing one (RFC 9110 15.4.5).
            start_response("304 Not Modified", headers)
            return []
        if resp.file is None:
            headers.append(("Content-Length", str(len(resp.body))))
            start_response(f"{resp.status} {STATUS_TEXT.get(resp.status, '')}", headers)
            return [b"" if method == "HEAD" else resp.body]
        start, end = resp.span
        headers.append(("Content-Length", str(end - start + 1)))
        start_response(f"{resp.status} {STATUS_TEXT.get(resp.status, '')}", headers)
        if method == "HEAD":
            return []
        f = open(resp.file, "rb")  # noqa: SIM115 - closed by the server, through the iterable
        f.seek(start)
        wrapper = environ.get("wsgi.file_wrapper")
        if wrapper is not None and end == resp.size - 1:
            # The server sends it from the file itself (waitress from its event loop, so a
            # slow reader holds no worker), up to the Content-Length.
            return wrapper(f, CHUNK)
        return _chunks(f, end - start + 1)

    def post(self, environ) -> Response:
        """POST /check.html or /check.json: an article checked. Never cached, never kept."""
        path = environ.get("PATH_INFO", "")
        want_json = path.endswith(".json")
        req = Request(path.lstrip("/"))
        try:
            page = check.check(self.data, req, check.read_post(environ))
            resp = self._json(page) if want_json else self._html(page)
        except HTTPError as e:
            page = self.error_page(e, req)
            resp = self._json(page, e.status) if want_json else self._html(page, e.status)
        except Exception:
            log.exception("error checking an article")  # the article itself is not logged
            page = self.error_page(ServerError("Something went wrong on our side."), req)
            resp = self._json(page, 500) if want_json else self._html(page, 500)
        headers = [(k, v) for k, v in resp.headers if k != "ETag"]
        return Response(resp.status, [*headers, ("Cache-Control", "no-store")], resp.body)

    def _new_caches(self) -> None:
        # Replaced, not cleared, when the data changes: a render still running against the
        # old data fills the old maps, which nothing reads any more.
        self._cache: Lru[Response] = Lru(
            CACHE_SIZE, CACHE_BYTES, lambda r: len(r.body), key_size=len
        )
        self._fragments: Lru[Markup | bytes] = Lru(FRAGMENTS, FRAGMENT_CHARS)

    def get(self, path: str, query: str = "") -> Response:
        """The response for one GET, from the cache when the database has not changed."""
        self.refresh()
        cache = self._cache
        key = path + "?" + query
        hit = cache.get(key)
        if hit is not None:
            return hit
        resp = self._respond(path, query)
        self.rendered += 1
        # Not kept: 404s (anyone can ask for endless addresses that do not exist), files
        # (on disk already), addresses longer than any page's, and very large pages.
        if (
            resp.status in (200, 303, 400)
            and resp.file is None
            and len(key) <= MAX_KEY
            and len(resp.body) < 2_000_000
        ):
            cache.put(key, resp)
        return resp

    def refresh(self) -> bool:
        """Read the database again when its file changed (an ingest ran), with new caches;
        True when it did. A request already running keeps the data it started with."""
        if self.data.is_current():
            return False
        with self._reload:
            if self.data.is_current():
                return False
            data = Data.load(self.db)
            self._new_caches()
            self.data = data
        return True

    def warm(self) -> int:
        """Render the pages people open first (England today and at quarter ends, every LA),
        then the picture of every era of dates, so that England on any date only has its
        head to render; returns how many pages."""
        paths = ["/", "/la/index.html", "/compare.html", "/download.html"]
        paths += [f"/england/latest/{j}.html" for j in england.JUDGEMENTS if j != "overall"]
        paths += ["/" + la.page_path(x) for x in self.data.las]
        # The dates the England pages link to (quarter ends), in the five ILACS judgements.
        for day in reversed(quarter_ends()):
            paths += [f"/{england.page_path(day, j)}" for j in england.JUDGEMENTS[:5]]
        for p in paths:
            try:
                self.get(p)
            except Exception:  # a bug in one page: the others are still warmed (and it logged)
                log.exception("warm-up: %s failed", p)
        # One date of each era, newest first: its parts are kept, not the page (any other
        # date of the era differs in its head only).
        fragments = self._fragments
        days = self.data.era_days()
        for judgement in england.JUDGEMENTS:
            for day in reversed(days):
                if self._fragments is not fragments:
                    return len(paths)  # the data changed: a new warm-up is due, not this one
                path = england.page_path(day, judgement)
                self.render(england.england(self.data, Request(path), day, judgement))
                time.sleep(0)  # let requests in between
        return len(paths) + len(days) * len(england.JUDGEMENTS)

    # -- dispatch -----------------------------------------------------------------------------
    def _respond(self, path: str, query: str) -> Response:
        rel = path.lstrip("/")
        if rel in ("", "index"):
            rel = "index.html"
        q = parse_qs(query, keep_blank_values=False)
        want_json = q.pop("format", [""])[0] == "json"
        req = Request(rel, q, static=self.static, static_dates=self.static_dates)
        try:
            if rel.startswith("static/"):
                return self._static(rel.removeprefix("static/"))
            m = FILE_ROUTE.fullmatch(rel)
            if m or rel == f"download/{download.DB_NAME}":
                return self._file(rel.removeprefix("download/"))
            base, dot, ext = rel.rpartition(".")
            if not dot or ext not in ("html", "json"):
                # An address typed without its extension (la/bromley, about, la/): the page.
                bare = rel.rstrip("/")
                typed = "." not in bare.rpartition("/")[2]  # not a file of another type
                for candidate in (bare, bare + "/index") if typed else ():
                    if any(p.fullmatch(candidate) for p, _ in ROUTES):
                        raise Redirect(candidate + ".html" + ("?" + query if query else ""))
                raise NotFoundError(
                    f"There is no page at /{rel}.", [("England today", "index.html")]
                )
            want_json = want_json or ext == "json"
            for pattern, view in ROUTES:
                m = pattern.fullmatch(base)
                if m:
                    page = view(self.data, req, *m.groups())
                    break
            else:
                raise NotFoundError(
                    f"There is no page at /{rel}.", [("England today", "index.html")]
                )
            if page.path != base + ".html":
                # One address per page (links are relative to it): e.g. england/latest/overall
                # is the front page, compare/overall/a+a is compare/overall/a.
                raise Redirect(page.path + ("?" + query if query else ""))
        except InvalidOption as e:
            # The analyses' one error for a bad option: a bad request, said in one place.
            return self._error(BadRequest(e.message), req, want_json)
        except NotFound as e:
            return self._error(NotFoundError(e.message), req, want_json)
        except Redirect as r:
            target, sep, rest = r.path.partition("?")
            if want_json:
                target = target.removesuffix(".html") + ".json"
            return Response(303, [("Location", "/" + target + sep + rest)], b"")
        except HTTPError as e:
            return self._error(e, req, want_json)
        return self._json(page) if want_json else self._html(page)

    def _error(self, e: HTTPError, req: Request, want_json: bool) -> Response:
        page = self.error_page(e, req)
        return self._json(page, e.status) if want_json else self._html(page, e.status)

    def error_page(self, e: HTTPError, req: Request) -> Page:
        return Page(
            "error.html",
            req.path,
            f"{e.status} {e.reason}",
            {"error": e.reason, "status": e.status, "message": e.message},
            {"error": e, "suggestions": e.suggestions},
            status=e.status,
        )

    # -- rendering ----------------------------------------------------------------------------
    def render(self, page: Page) -> str:
        here = page.path
        # Every target is a path from the site's root, so climbing to the root from this
        # page's folder and going down again is always right (and cheap: pages have hundreds).
        up = "../" * here.count("/")

        def url(target: str, **params) -> str:
            """`target` (a site path) relative to this page; query parameters appended."""
            params = {k: v for k, v in params.items() if v not in (None, "")}
            return up + target + ("?" + urlencode(params, doseq=True) if params else "")

        fragments = self._fragments

        def fragment(name: str, key, compress: bool = False, **context) -> Markup:
            """A partial template rendered once per `key` (and folder depth) until the data
            changes: the caller promises the output depends on nothing else. With `compress`
            it is kept deflated: for large parts there are many of (England's body, one per
            era and judgement: 40 kB, 5 kB deflated, inflated in a tenth of a render)."""
            full = (name, up, key)
            out = fragments.get(full)
            if out is None:
                text = self.env.get_template(name).render(url=url, fragment=fragment, **context)
                fragments.put(full, zlib.compress(text.encode(), 1) if compress else Markup(text))
                return Markup(text)
            if isinstance(out, bytes):
                return Markup(zlib.decompress(out).decode())
            return out

        template = self.env.get_template(page.template)
        return template.render(
            fragment=fragment,
            page=page,
            title=page.title,
            url=url,
            static=self.static,
            json_path=here.removesuffix(".html") + ".json",
            last_updated=self.data.last_updated,
            data=page.data if isinstance(page.data, dict) else None,
            **page.context,
        )

    def _html(self, page: Page, status: int | None = None) -> Response:
        body = self.render(page).encode("utf-8")
        return Response(
            status or page.status,
            [("Content-Type", "text/html; charset=utf-8"), *self._etag(body)],
            body,
        )

    def _json(self, page: Page, status: int | None = None) -> Response:
        payload = {
            "title": page.title,
            "last_updated": self.data.last_updated,
            "html": page.path,
            **page.payload(),
        }
        body = json.dumps(payload, default=_jsonable, ensure_ascii=False, indent=1).encode()
        return Response(
            status or page.status,
            [("Content-Type", "application/json; charset=utf-8"), *self._etag(body)],
            body,
        )

    def _etag(self, body: bytes) -> list[tuple[str, str]]:
        # A checksum of the body: it changes when the page does (a cryptographic digest costs
        # four times as long, on every page rendered).
        return [("ETag", f'"{zlib.crc32(body):08x}-{len(body):x}"')]

    def _file(self, name: str) -> Response:
        f = self.downloads.get(name)
        st = f.path.stat()
        size = st.st_size
        return Response(
            200,
            [
                ("Content-Type", f.content_type),
                ("Content-Disposition", f'attachment; filename="{f.name}"'),
                # The version and the build: a file built again differs in its bytes (xlsx
                # holds the time it was written), so in its tag.
                ("ETag", f'"{f.version}-{st.st_mtime_ns:x}"'),
                ("Last-Modified", http.http_date(f.modified)),
                ("Accept-Ranges", "bytes"),
                ("Cache-Control", "no-cache"),  # kept, but asked again (304 if unchanged)
            ],
            file=f.path,
            span=(0, size - 1),
            size=size,
        )

    def _static(self, name: str) -> Response:
        target = (STATIC / name).resolve()
        if STATIC.resolve() not in target.parents or not target.is_file():
            raise NotFoundError(f"There is no file static/{name}.")
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("javascript"):
            ctype += "; charset=utf-8"
        body = target.read_bytes()
        return Response(
            200,
            [("Content-Type", ctype), ("Cache-Control", "max-age=3600"), *self._etag(body)],
            body,
        )


def _conditional(resp: Response, environ) -> Response:
    """The answer to a GET or HEAD given its conditions (RFC 9110 13) and Range (14): 304
    when the client's copy is current, a part of a file (206), or 416 for a range it lacks."""
    if resp.status != 200:
        return resp
    etag = resp.header("ETag")
    modified = resp.header("Last-Modified")
    none_match = environ.get("HTTP_IF_NONE_MATCH")
    if none_match is not None:
        if etag is not None and http.etag_matches(none_match, etag):
            return _not_modified(resp)
    elif modified is not None and "HTTP_IF_MODIFIED_SINCE" in environ:
        since = http.parse_http_date(environ["HTTP_IF_MODIFIED_SINCE"])
        last = http.parse_http_date(modified)
        if since is not None and last is not None and last <= since:
            return _not_modified(resp)
    asked = environ.get("HTTP_RANGE")
    if resp.file is None or not asked or environ.get("REQUEST_METHOD") != "GET":
        return resp
    if_range = environ.get("HTTP_IF_RANGE")
    if if_range and if_range not in (etag, modified):
        return resp  # the client's part is of another version: the whole file (13.1.5)
    try:
        span = http.byte_range(asked, resp.size)
    except http.RangeNotSatisfiable:
        headers = [h for h in resp.headers if h[0] not in ("Content-Type", "Content-Disposition")]
        return Response(
            416,
            [*headers, ("Content-Range", f"bytes */{resp.size}"), ("Content-Type", "text/plain")],
        )
    if span is None:
        return resp
    return replace(
        resp,
        status=206,
        headers=[*resp.headers, ("Content-Range", f"bytes {span[0]}-{span[1]}/{resp.size}")],
        span=span,
    )


def _not_modified(resp: Response) -> Response:
    keep = ("etag", "last-modified", "cache-control", "vary")
    return Response(304, [h for h in resp.headers if h[0].lower() in keep])


def _chunks(f, length: int):
    """`length` bytes of open file `f` from where it stands, a chunk at a time; closes it."""
    with f:
        while length > 0:
            chunk = f.read(min(CHUNK, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk


def _jsonable(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, LA):
        return {"urn": value.urn, "name": value.name, "region": value.region}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _day(value) -> str:
    """'2019-08-31' -> '31 August 2019' (what people read); blank stays blank."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {value:%B %Y}"


__all__ = ["App", "BadRequest", "NotFoundError"]
