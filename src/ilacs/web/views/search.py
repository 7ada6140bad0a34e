"""Search: full text across every report and recommendation, with snippets and filters.

The search itself is the store's (`Store.search`, shared with `ilacs search`); this view reads
the request into its filters and lays out the hits.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from ilacs.errors import InvalidQuery, StoreError
from ilacs.model import FRAMEWORKS, GRADES, JUDGEMENT_AREAS, KINDS
from ilacs.store import QUERY_HELP, SearchFilters, SearchResults, Store
from ilacs.themes.classify import NAMES as THEME_NAMES
from ilacs.web.data import FRAMEWORK_NAMES, GRADE_NAMES, JUDGEMENT_NAMES, KIND_NAMES, Data
from ilacs.web.views import BadRequest, Page, Request, ServerError
from ilacs.web.views.england import check_day

PER_PAGE = 20
SCOPES = {
    "all": ("documents", "recommendations"),
    "documents": ("documents",),
    "recommendations": ("recommendations",),
}
# Snippet markers no report contains; the text is escaped first, then they become <mark>.
OPEN, CLOSE = "\x02", "\x03"


def _filters(data: Data, req: Request) -> tuple[dict, SearchFilters]:
    f = {
        "q": req.arg("q"),
        "scope": req.arg("scope", "all"),
        "la": req.arg("la"),
        "kind": req.arg("kind"),
        "framework": req.arg("framework"),
        "region": req.arg("region"),
        "grade": req.arg("grade"),
        "judgement": req.arg("judgement", "overall"),
        "from": req.arg("from"),
        "to": req.arg("to"),
        "theme": req.arg("theme"),
    }
    if f["theme"] and f["theme"] not in THEME_NAMES:
        raise BadRequest(f"Unknown theme {f['theme']!r}.", [("Every theme", "themes.html")])
    if f["scope"] not in SCOPES:
        raise BadRequest(f"Unknown search scope {f['scope']!r}.")
    urn = None
    if f["la"]:
        la = data.find_la(f["la"])
        if la is None or la.urn is None:
            raise BadRequest(
                f"No LA called {f['la']!r} has reports here.",
                [(n.name, f"search.html?la={n.slug}") for n in data.nearest_las(f["la"])],
            )
        f["la"], urn = la.slug, la.urn
    for key in ("from", "to"):
        if f[key]:
            check_day(f[key])
    filters = SearchFilters(
        urn=urn,
        region=f["region"] or None,
        kind=f["kind"] or None,
        framework=f["framework"] or None,
        grade=f["grade"] or None,
        judgement=f["judgement"],
        date_from=f["from"] or None,
        date_to=f["to"] or None,
        theme=f["theme"] or None,
    )
    try:
        filters.sql()  # unknown values are a bad request even before there are words
    except InvalidQuery as e:
        raise BadRequest(_sentence(e.message)) from None
    return f, filters


def search(data: Data, req: Request) -> Page:
    f, filters = _filters(data, req)
    try:
        page = max(1, int(req.arg("page", "1")))
    except ValueError:
        raise BadRequest("page must be a number") from None
    found: dict[str, SearchResults] = {}
    if f["q"] and not req.static:
        store = Store.over(data.conn, data.db)
        for scope in SCOPES[f["scope"]]:
            try:
                found[scope] = store.search(
                    f["q"],
                    filters,
                    scope=scope,
                    limit=PER_PAGE,
                    offset=(page - 1) * PER_PAGE,
                    marks=(OPEN, CLOSE),
                )
            except InvalidQuery as e:
                raise BadRequest(_sentence(e.message)) from None
            except StoreError as e:  # a file made by an older ilacs, not yet upgraded
                raise ServerError(_sentence(e.message)) from None
    documents = [dict(h) for h in found["documents"].hits] if "documents" in found else []
    recommendations = (
        [dict(h) for h in found["recommendations"].hits] if "recommendations" in found else []
    )
    totals = {scope: r.total for scope, r in found.items()}
    more = any(r.more for r in found.values())
    for r in (*documents, *recommendations):
        la = data.la_by_urn.get(r["urn"])
        r["la"] = la.name if la else None
        r["la_slug"] = la.slug if la else None
        r["kind_name"] = KIND_NAMES.get(r["kind"], r["kind"])
    first = (page - 1) * PER_PAGE + 1
    payload = {
        "query": f,
        "page": page,
        "more": more,
        "totals": totals,
        "documents": [_json(r) for r in documents],
        "recommendations": [_json(r) for r in recommendations],
    }
    return Page(
        "search.html",
        "search.html",
        f"Search: {f['q']}" if f["q"] else "Search",
        payload,
        {
            "f": f,
            "page_number": page,
            "more": more,
            "first": first,
            "totals": totals,
            "documents": documents,
            "recommendations": recommendations,
            "query_help": QUERY_HELP.splitlines(),
            "las": [la for la in data.las if la.urn is not None],
            "kinds": [(k, KIND_NAMES[k]) for k in KINDS],
            "frameworks": [(k, FRAMEWORK_NAMES[k]) for k in FRAMEWORKS],
            "grades": [(g, GRADE_NAMES[g]) for g in GRADES],
            "judgements": [(j, JUDGEMENT_NAMES[j]) for j in JUDGEMENT_AREAS],
            "regions": data.regions,
            "themes": list(THEME_NAMES.items()),
            "highlight": highlight,
        },
    )


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def highlight(snippet: str) -> Markup:
    """Escape a snippet, then mark the matched words."""
    text = str(escape(" ".join(snippet.split())))
    return Markup(text.replace(OPEN, "<mark>").replace(CLOSE, "</mark>"))


def _json(r: dict) -> dict:
    out = {k: v for k, v in r.items() if k != "snippet"}
    out["snippet"] = " ".join(r["snippet"].split()).replace(OPEN, "[").replace(CLOSE, "]")
    return out
