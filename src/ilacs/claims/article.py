"""Read an article to check: a text file, a saved web page, or standard input.

`read_article(source)` returns an `Article`: the text exactly as read (claims' offsets are Python
string indices into it), its kind ('text', 'html' or 'stdin'), a title if the page has one, and
the date printed in the article (a byline, "Published 16/01/25", "published today
(28/10/19)"), which is the default `--as-of` (`as_of_default`).

Web pages go through trafilatura, which keeps the article and drops menus, comments and
adverts. It takes a third of a second to import, so it is imported only for HTML.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ilacs.claims import lazyre
from ilacs.constants import MONTHS
from ilacs.errors import ClaimError

log = logging.getLogger(__name__)


# What `as_of_source` says (the JSON contract of issue 10).
AS_OF_GIVEN = "given"
AS_OF_PRINTED = "printed in the article"
AS_OF_TODAY = "today"


@dataclass(frozen=True)
class Article:
    """An article as read: `text` is what claims' offsets index into."""

    text: str
    kind: str  # 'text', 'html' or 'stdin' (plain text on standard input)
    source: str  # the path, or '-' for standard input
    title: str | None = None
    date: date | None = None  # the date printed in the article, if any
    date_text: str | None = None  # the words it was read from


def read_article(source: str | Path, stdin: BinaryIO | None = None) -> Article:
    """Read a text file, a saved HTML page, or '-' (standard input). Raises ClaimError."""
    name = str(source)
    if name == "-":
        data = (stdin or sys.stdin.buffer).read()
        name = "<stdin>"
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except FileNotFoundError as e:
            raise ClaimError("no such file", name) from e
        except IsADirectoryError as e:
            raise ClaimError("is a directory, not an article", name) from e
        except OSError as e:
            raise ClaimError(f"cannot be read ({e.strerror})", name) from e
    text = _decode(data, name)
    if not text.strip():
        raise ClaimError("the article is empty", name)
    if _looks_like_html(text, name):
        return _from_html(text, name)
    day, words = find_printed_date(text)
    kind = "stdin" if name == "<stdin>" else "text"
    return Article(text=text, kind=kind, source=name, title=None, date=day, date_text=words)


def article_from_text(text: str, source: str = "<form>") -> Article:
    """An article given as a string (the web form): HTML is extracted, text kept as is."""
    if not text.strip():
        raise ClaimError("the article is empty", source)
    if _looks_like_html(text, source):
        return _from_html(text, source)
    day, words = find_printed_date(text)
    return Article(text=text, kind="text", source=source, date=day, date_text=words)


def as_of_default(article: Article, given: date | None = None, today: date | None = None):
    """The date an article speaks from, and where it came from: (date, as_of_source)."""
    if given is not None:
        return given, AS_OF_GIVEN
    if article.date is not None:
        return article.date, AS_OF_PRINTED
    return today or date.today(), AS_OF_TODAY


def _decode(data: bytes, name: str) -> str:
    head = data[:8192]
    if b"\x00" in head:
        raise ClaimError("is a binary file, not an article (text or HTML)", name)
    if head.startswith(b"%PDF"):
        raise ClaimError("is a PDF, not an article (text or HTML)", name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old pages saved from Windows; a binary file fails the control-character test below.
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text[:8192]) // 100):
        raise ClaimError("is a binary file, not an article (text or HTML)", name)
    return text


MIN_WORDS = 25

_HTML_START = lazyre.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--)", re.I)
_HTML_TAGS = lazyre.compile(r"<(?:p|div|article|body|br|span|h[1-6])\b[^>]*>", re.I)


def _looks_like_html(text: str, name: str) -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if name.lower().endswith(".txt"):
        return False
    return bool(_HTML_START.match(text)) or len(_HTML_TAGS.findall(text[:20000])) >= 3


def _from_html(html: str, name: str) -> Article:
    import trafilatura  # slow to import: only for web pages

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    n_words = len(text.split()) if text else 0
    # With no article in the page, trafilatura hands back whatever is left: a menu, a cookie
    # notice. Even a brief news item runs to a few sentences.
    if not text or n_words < MIN_WORDS:
        raise ClaimError(
            f"no article text found in this web page ({n_words} words outside menus and notices)",
            name,
        )
    title = getattr(doc, "title", None) or None
    day, date_text = find_printed_date(text)
    if day is None:
        # a byline the extraction left out ('By Jo Reporter. Published 08/01/19')
        from selectolax.lexbor import LexborHTMLParser

        body = LexborHTMLParser(html).body
        day, date_text = find_printed_date(body.text(separator="\n") if body else "")
    meta_date = getattr(doc, "date", None)
    if day is None and meta_date:
        try:
            day, date_text = date.fromisoformat(str(meta_date)[:10]), f"page date {meta_date}"
        except ValueError:
            log.info("%s: page date %r is not a date", name, meta_date)
    return Article(text=text, kind="html", source=name, title=title, date=day, date_text=date_text)


# Dates as articles print them: '09 January 2019', '16th May 2024', 'Tuesday, September 5,
# 2017', '16/01/25', '2019-01-09'.
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE = (
    rf"(?:{_WEEKDAY}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|{_WEEKDAY}{_MONTH.replace('month', 'month2')}\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>(?:19|20)?\d\d)(?!\d)"
    r"|(?P<y4>(?:19|20)\d\d)-(?P<m4>\d\d)-(?P<d4>\d\d))"
)
DATE_RE = lazyre.compile(rf"\b{_DATE}", re.I)
# A date said to be the article's own: 'Published 16/01/25', 'Posted on 3 May 2019', 'Last
# updated: ...', 'published today (28/10/19)', 'Date: ...'.
_MARKED = lazyre.compile(
    rf"(?:^|[|•·–—]|\.\s)[^\S\n]*(?:(?:first\s+)?published|posted|updated|last\s+updated|date(?:d)?|released)"
    rf"(?:\s+(?:on|at|today))?\s*[:\-–(]?\s*\(?\s*{_DATE}",
    re.I | re.M,
)
_TODAY = lazyre.compile(
    rf"\b(?:published|publishing|released|out)\b[^.\n]{{0,40}}?\btoday\s*\(\s*{_DATE}\s*\)", re.I
)


def _to_date(m: re.Match) -> date | None:
    g = m.groupdict()
    try:
        if g.get("d1"):
            return date(int(g["y1"]), MONTHS[g["month"].lower().rstrip(".")], int(g["d1"]))
        if g.get("d2"):
            return date(int(g["y2"]), MONTHS[g["month2"].lower().rstrip(".")], int(g["d2"]))
        if g.get("d3"):
            y = int(g["y3"])
            return date(y + 2000 if y < 100 else y, int(g["m3"]), int(g["d3"]))
        if g.get("y4"):
            return date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    except (ValueError, KeyError):
        return None
    return None


# A short line that mentions an inspection or report's date is news, not the dateline.
_TALKS_ABOUT = lazyre.compile(r"\b(?:report|inspect\w*|visit\w*|published on|rated|judged)\b", re.I)


def find_printed_date(text: str) -> tuple[date | None, str | None]:
    """The article's own date and the words it was read from, else (None, None).

    A date marked as the article's ('Published ...', 'published today (...)') anywhere, else a
    date on a short line near the top (a byline: 'William Eichler 09 January 2019'). Dates in
    the body ('the report, published on 12 July 2024') are what it talks about, not its date,
    so a marked date counts only at the start of a line or as 'today (...)'.
    """
    for pattern in (_MARKED, _TODAY):
        for marked in pattern.finditer(text):
            day = _to_date(marked)
            if day:
                return day, marked.group(0).strip(" .|•·–—\n")
    for line in text[:1500].splitlines()[:8]:
        m = DATE_RE.search(line)
        # a byline or dateline, not a sentence that mentions a date
        rest = (line[: m.start()] + line[m.end() :]).strip() if m else ""
        if (
            m
            and len(rest) <= 60
            and not rest.endswith((".", ","))
            and not _TALKS_ABOUT.search(rest)
            and (day := _to_date(m))
        ):
            return day, m.group(0).strip()
    return None, None
