"""Check an article: a form (GET), and the article shown back with its claims checked (POST).

The text is untrusted: the body is capped (`MAX_BYTES`, 413 over it), everything the reader
sent is escaped when shown, and nothing is kept: the response is not cached by the app or the
browser (`Cache-Control: no-store`) and the text is not logged. The JSON twin of a POST is the
`ilacs check --format json` contract (issue 10). A static site has no server to post to, and
says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qs

from markupsafe import Markup, escape

from ilacs.errors import ClaimError, IlacsError
from ilacs.web.data import Data
from ilacs.web.views import BadRequest, HTTPError, Page, Request

log = logging.getLogger(__name__)

PATH = "check.html"
MAX_BYTES = 100_000  # a long feature is 30 kB of text; a saved web page can be more
VERDICTS = {
    # word and symbol: the verdict is never told by colour alone
    "supported": ("✓", "Supported"),
    "contradicted": ("✗", "Contradicted"),
    "not_in_record": ("?", "Not in the record"),
}
TYPE_NAMES = {
    "grade": "grade",
    "date": "date",
    "trend": "trend",
    "count": "count",
    "rank": "rank",
    "quote": "quotation",
    "recommendation": "recommendation",
    "inspector": "inspector",
    "visit": "visit",
    "other": "other",
}


class PayloadTooLarge(HTTPError):
    status = 413
    reason = "Too large"


@dataclass
class Posted:
    """What the form sent: the article's text (or page) and the optional date."""

    text: str
    as_of: str = ""


def read_post(environ: dict) -> Posted:
    """The posted form (urlencoded or multipart-free) or a plain-text body, at most MAX_BYTES.

    Raises PayloadTooLarge before reading more than the cap, BadRequest for a body that is
    not text.
    """
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as e:
        raise BadRequest("The request's length is not a number.") from e
    if length > MAX_BYTES:
        raise PayloadTooLarge(
            f"An article can be at most {MAX_BYTES // 1000} kB; this is {length // 1000} kB."
        )
    stream = environ.get("wsgi.input")
    body = stream.read(length) if stream is not None and length else b""
    ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    query = parse_qs(environ.get("QUERY_STRING", ""))
    try:
        if ctype == "text/plain":
            return Posted(body.decode("utf-8"), (query.get("as_of") or [""])[0].strip())
        fields = parse_qs(body.decode("ascii"), keep_blank_values=True, max_num_fields=10)
    except (UnicodeDecodeError, ValueError) as e:
        raise BadRequest("The form could not be read as text.") from e
    return Posted(
        (fields.get("text") or [""])[0],
        ((fields.get("as_of") or query.get("as_of") or [""])[0]).strip(),
    )


def _parts(data: Data) -> tuple[Any, Any]:
    """The checker's view of the record and the report texts, made once per version of the
    database (a new `Data`). The texts are read on demand and hold no user data."""
    from ilacs.claims.check import make_texts, view_of

    return data.cached("check.parts", lambda: (view_of(data.record), make_texts(data.db)))


def form(data: Data, req: Request) -> Page:
    """GET: the empty form (or, in a static site, where checking can be done)."""
    return Page(
        "check.html",
        PATH,
        "Check an article",
        {
            "how": "POST the article as the form field 'text' (and optionally 'as_of', "
            "YYYY-MM-DD) to check.html or check.json, or as a text/plain body to "
            "check.json?as_of=YYYY-MM-DD",
            "max_bytes": MAX_BYTES,
            "needs_server": req.static,
        },
        {"posted": None, "result": None, "max_kb": MAX_BYTES // 1000},
    )


def check(data: Data, req: Request, posted: Posted) -> Page:
    """POST: the article checked, with its claims highlighted and their evidence."""
    from ilacs.claims.article import article_from_text
    from ilacs.claims.check import check_article, choose_as_of

    given = _as_of(posted.as_of)
    try:
        article = article_from_text(posted.text, source="pasted text")
    except ClaimError as e:
        raise BadRequest(str(e)) from e
    record, texts = _parts(data)
    day, source = choose_as_of(article, record, given)
    try:
        result = check_article(
            article.text, record, texts, day, source, article_in_json=article.kind == "html"
        )
    except IlacsError as e:
        raise BadRequest(str(e)) from e
    claims = [_claim_view(data, i, c) for i, c in enumerate(result.claims, 1)]
    counts = {
        v: sum(1 for c in result.claims if c.verdict is not None and c.verdict.value == v)
        for v in VERDICTS
    }
    return Page(
        "check.html",
        PATH,
        "Check an article",
        result.as_json,
        {
            "posted": posted,
            "result": result,
            "article": article,
            "claims": claims,
            "counts": counts,
            "marked": marked_text(result.article, claims),
            "max_kb": MAX_BYTES // 1000,
            "verdicts": VERDICTS,
        },
    )


def _as_of(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as e:
        raise BadRequest(f"The date {text!r} is not a date (use YYYY-MM-DD).") from e


def _claim_view(data: Data, number: int, c: Any) -> dict:
    verdict = c.verdict.value
    symbol, word = VERDICTS[verdict]
    evidence = []
    for e in c.evidence:
        doc = data.by_path.get(e.path) if e.path else None
        url = doc.get("url") if doc else None
        if url and e.page:
            url = f"{url}#page={e.page}"
        la = data.la_by_urn.get(doc["urn"]) if doc and doc.get("urn") else None
        evidence.append(
            {
                "path": e.path,
                "page": e.page,
                "quote": e.quote,
                "url": url,
                "la": la,
                "label": _doc_label(doc, e.path),
            }
        )
    return {
        "n": number,
        "id": f"claim-{number}",
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "type": TYPE_NAMES.get(c.type.value, c.type.value),
        "verdict": verdict,
        "symbol": symbol,
        "word": word,
        "explanation": c.explanation,
        "evidence": evidence,
    }


def _doc_label(doc: dict | None, path: str | None) -> str:
    if doc is None:
        return "computed from the record" if path is None else path
    name = doc.get("la_name") or ""
    day = doc.get("published") or doc.get("inspection_end") or ""
    return f"{name} report published {day}".strip()


def marked_text(text: str, claims: list[dict]) -> Markup:
    """The article, escaped, with each claim in a <mark> that names its verdict in words.

    A claim inside one already marked is listed beside the text but not marked again.
    """
    out: list[str] = []
    pos = 0
    for c in sorted(claims, key=lambda c: (c["start"], -c["end"])):
        if c["start"] < pos:
            continue
        out.append(str(escape(text[pos : c["start"]])))
        out.append(
            f'<mark class="claim v-{c["verdict"]}" id="{c["id"]}">'
            f'<span class="verdict">{c["symbol"]} {c["word"]}</span> '
            f"{escape(text[c['start'] : c['end']])}"
            f'<a class="ref" href="#{c["id"]}-why">[{c["n"]}]</a></mark>'
        )
        pos = c["end"]
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
