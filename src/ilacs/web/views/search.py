"""Search: full text across every report and recommendation, with snippets and filters."""

from __future__ import annotations

import sqlite3

from markupsafe import Markup, escape

from ilacs.model import FRAMEWORKS, GRADES, JUDGEMENT_AREAS, KINDS
from ilacs.store import fts_query
from ilacs.web.data import FRAMEWORK_NAMES, GRADE_NAMES, JUDGEMENT_NAMES, KIND_NAMES, Data
from ilacs.web.views import BadRequest, Page, Request
from ilacs.web.views.england import check_day

PER_PAGE = 20
# Snippet markers no report contains; the text is escaped first, then they become <mark>.
OPEN, CLOSE = "\x02", "\x03"


def _filters(data: Data, req: Request) -> tuple[dict, str, list]:
    f = {
        "q": req.arg("q"),
        "scope": req.arg("scope", "all"),
        "kind": req.arg("kind"),
        "framework": req.arg("framework"),
        "region": req.arg("region"),
        "grade": req.arg("grade"),
        "judgement": req.arg("judgement", "overall"),
        "from": req.arg("from"),
        "to": req.arg("to"),
    }
    where, args = [], []
    if f["scope"] not in ("all", "documents", "recommendations"):
        raise BadRequest(f"Unknown search scope {f['scope']!r}.")
    if f["kind"]:
        if f["kind"] not in KINDS:
            raise BadRequest(f"Unknown kind {f['kind']!r}.")
        where.append("d.kind = ?")
        args.append(f["kind"])
    if f["framework"]:
        if f["framework"] not in FRAMEWORKS:
            raise BadRequest(f"Unknown framework {f['framework']!r}.")
        where.append("d.framework = ?")
        args.append(f["framework"])
    if f["judgement"] not in JUDGEMENT_AREAS:
        raise BadRequest(f"Unknown judgement {f['judgement']!r}.")
    if f["grade"]:
        if f["grade"] not in GRADES:
            raise BadRequest(f"Unknown grade {f['grade']!r}.")
        # The column name comes from the fixed list above, never from the request.
        column = JUDGEMENT_AREAS[JUDGEMENT_AREAS.index(f["judgement"])]
        where.append(f"d.{column} = ?")
        args.append(f["grade"])
    if f["region"]:
        urns = [la.urn for la in data.las if la.region == f["region"]]
        if not urns:
            raise BadRequest(f"Unknown region {f['region']!r}.")
        where.append(f"d.urn IN ({', '.join('?' for _ in urns)})")
        args.extend(urns)
    for key, op in (("from", ">="), ("to", "<=")):
        if f[key]:
            check_day(f[key])
            where.append(f"COALESCE(d.inspection_end, d.published) {op} ?")
            args.append(f[key])
    return f, " AND ".join(where), args


def search(data: Data, req: Request) -> Page:
    f, where, args = _filters(data, req)
    try:
        page = max(1, int(req.arg("page", "1")))
    except ValueError:
        raise BadRequest("page must be a number") from None
    documents, recommendations = [], []
    if f["q"] and not req.static:
        match = fts_query(f["q"])
        extra = f" AND {where}" if where else ""
        offset = (page - 1) * PER_PAGE
        if f["scope"] in ("all", "documents"):
            # Rank first, then cut snippets for the page's rows only: a snippet of a long
            # report is the costly part.
            documents = _run(
                data,
                f"""WITH top AS (
                        SELECT d.id AS id, document_text.rank AS r
                        FROM document_text JOIN documents d ON d.id = document_text.rowid
                        WHERE document_text MATCH ?{extra}
                        ORDER BY document_text.rank LIMIT ? OFFSET ?)
                    SELECT d.id, d.path, d.urn, d.kind, d.framework, d.inspection_end,
                           d.published, d.url,
                           snippet(document_text, 0, '{OPEN}', '{CLOSE}', ' … ', 24) AS snippet
                    FROM top JOIN document_text ON document_text.rowid = top.id
                    JOIN documents d ON d.id = top.id
                    WHERE document_text MATCH ?
                    ORDER BY top.r""",
                [match, *args, PER_PAGE + 1, offset, match],
            )
        if f["scope"] in ("all", "recommendations"):
            recommendations = _run(
                data,
                f"""SELECT d.id, d.path, d.urn, d.kind, d.framework, d.inspection_end,
                           d.published, d.url, r.position, r.priority_action, r.section,
                           snippet(recommendations_fts, 0, '{OPEN}', '{CLOSE}', ' … ', 40)
                             AS snippet
                    FROM recommendations_fts
                    JOIN recommendations r ON r.id = recommendations_fts.rowid
                    JOIN documents d ON d.id = r.document_id
                    WHERE recommendations_fts MATCH ?{extra}
                    ORDER BY recommendations_fts.rank LIMIT ? OFFSET ?""",
                [match, *args, PER_PAGE + 1, offset],
            )
    more_documents, more_recommendations = (
        len(documents) > PER_PAGE,
        len(recommendations) > PER_PAGE,
    )
    more = more_documents or more_recommendations
    documents, recommendations = documents[:PER_PAGE], recommendations[:PER_PAGE]
    for r in (*documents, *recommendations):
        la = data.la_by_urn.get(r["urn"])
        r["la"] = la.name if la else None
        r["la_slug"] = la.slug if la else None
        r["kind_name"] = KIND_NAMES.get(r["kind"], r["kind"])
    payload = {
        "query": f,
        "page": page,
        "more": more,
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
            "more_documents": more_documents,
            "more_recommendations": more_recommendations,
            "documents": documents,
            "recommendations": recommendations,
            "kinds": [(k, KIND_NAMES[k]) for k in KINDS],
            "frameworks": [(k, FRAMEWORK_NAMES[k]) for k in FRAMEWORKS],
            "grades": [(g, GRADE_NAMES[g]) for g in GRADES],
            "judgements": [(j, JUDGEMENT_NAMES[j]) for j in JUDGEMENT_AREAS],
            "regions": data.regions,
            "highlight": highlight,
        },
    )


def _run(data: Data, sql: str, args: list) -> list[dict]:
    try:
        return [dict(r) for r in data.conn.execute(sql, args)]
    except sqlite3.OperationalError as e:
        raise BadRequest(f"The search could not be run ({e}).") from None


def highlight(snippet: str) -> Markup:
    """Escape a snippet, then mark the matched words."""
    text = str(escape(" ".join(snippet.split())))
    return Markup(text.replace(OPEN, "<mark>").replace(CLOSE, "</mark>"))


def _json(r: dict) -> dict:
    out = {k: v for k, v in r.items() if k != "snippet"}
    out["snippet"] = " ".join(r["snippet"].split()).replace(OPEN, "[").replace(CLOSE, "]")
    return out
