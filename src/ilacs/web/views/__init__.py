"""One module per page type. A view reads `Data` and returns a `Page`: the template to render,
the page's own path (links are made relative to it, so the same page works from a server, a
web host or file://) and `data`, the page's JSON twin.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Request:
    """What a view needs to know about the request: path, query, and server or static site."""

    path: str  # without the leading slash, e.g. "la/bromley.html"
    query: dict[str, list[str]] = field(default_factory=dict)
    static: bool = False
    # In a static site, the dates the England pages were written for (the date control's list).
    static_dates: tuple[date, ...] = ()

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0].strip() if values else default

    def args(self, name: str) -> list[str]:
        return [v.strip() for v in self.query.get(name, []) if v.strip()]


@dataclass
class Page:
    template: str
    path: str
    title: str
    data: dict | Callable[[], dict]  # the JSON twin, or a function building it when asked
    context: dict = field(default_factory=dict)
    status: int = 200

    def payload(self) -> dict:
        return self.data() if callable(self.data) else self.data


class HTTPError(Exception):
    """A page that cannot be served: shown as an error page (and as JSON for the JSON twin)."""

    status = 500
    reason = "Server error"

    def __init__(self, message: str, suggestions: list[tuple[str, str]] | None = None):
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions or []  # (label, path)


class BadRequest(HTTPError):
    status = 400
    reason = "Bad request"


class NotFoundError(HTTPError):
    status = 404
    reason = "Not found"


class ServerError(HTTPError):
    status = 500
    reason = "Server error"


class Redirect(Exception):  # noqa: N818 - control flow, not an error
    def __init__(self, path: str):
        super().__init__(path)
        self.path = path
