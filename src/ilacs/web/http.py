"""The HTTP rules the app applies to every answer (RFC 9110): validators and byte ranges.

Pure functions of header values, so each rule is tested on its own:

>>> etag_matches('W/"a1", "b2"', '"b2"')
True
>>> byte_range("bytes=-10", 100)
(90, 99)
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

# One entity tag of a list: optional weakness prefix, then a quoted opaque string.
_ETAG = re.compile(r'\s*(W/)?("[^"]*")\s*(?:,|$)')
_RANGE = re.compile(r"(\d*)-(\d*)")


class RangeNotSatisfiable(Exception):  # noqa: N818 - the name of the status it leads to
    """A Range header the file cannot answer (416)."""


def etag_matches(header: str, etag: str) -> bool:
    """Whether an If-None-Match value names `etag`, by weak comparison (RFC 9110 8.8.3.2):
    `W/"x"` and `"x"` match, a list matches if any member does, and `*` matches anything."""
    header = header.strip()
    if header == "*":
        return True
    mine = etag.removeprefix("W/")
    pos = 0
    while pos < len(header):
        m = _ETAG.match(header, pos)
        if m is None:
            return False  # not a list of entity tags: matches nothing
        if m.group(2) == mine:
            return True
        pos = m.end()
    return False


def http_date(when: float) -> str:
    """A POSIX time as an HTTP date: 'Fri, 04 Dec 2026 22:50:13 GMT'."""
    return format_datetime(datetime.fromtimestamp(int(when), UTC), usegmt=True)


def parse_http_date(text: str) -> float | None:
    """An HTTP date as a POSIX time; None when it is not a date."""
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The first and last byte (inclusive) a Range header asks of a file of `size` bytes.

    None means "send the whole file": another unit than bytes, or several ranges (which a
    server may answer in full). A malformed or unsatisfiable byte range raises
    RangeNotSatisfiable (416).
    """
    unit, eq, spec = header.partition("=")
    if not eq or unit.strip().lower() != "bytes":
        return None
    specs = [s.strip() for s in spec.split(",")]
    if len(specs) != 1:
        if all(_RANGE.fullmatch(s) for s in specs):
            return None
        raise RangeNotSatisfiable(header)
    m = _RANGE.fullmatch(specs[0])
    if m is None or m.group(0) == "-":
        raise RangeNotSatisfiable(header)
    first, last = m.groups()
    if not first:  # "-N": the last N bytes
        n = int(last)
        if n == 0 or size == 0:
            raise RangeNotSatisfiable(header)
        return max(size - n, 0), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if end < start or start >= size:
        raise RangeNotSatisfiable(header)
    return start, min(end, size - 1)
