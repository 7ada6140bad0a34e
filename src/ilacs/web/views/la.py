"""An LA: its journey chart and timeline, every judgement, recommendations, region, predecessors."""

from __future__ import annotations

from datetime import date

from ilacs.themes.classify import NAMES as THEME_NAMES
from ilacs.web import svg
from ilacs.web.data import (
    FRAMEWORK_NAMES,
    GRADE_NAMES,
    JUDGEMENT_NAMES,
    KIND_NAMES,
    LA,
    Data,
)
from ilacs.web.views import NotFoundError, Page, Redirect, Request

CHART_JUDGEMENTS = ("overall", "leaders", "help_protection", "in_care", "care_leavers")
VISIT_LETTERS = {"focused_visit": "F", "monitoring_visit": "M", "jtai": "J", "area_send": "S"}


def page_path(la: LA) -> str:
    return f"la/{la.slug}.html"


def find(data: Data, key: str) -> LA:
    la = data.find_la(key)
    if la is None:
        raise NotFoundError(
            f"No local authority called {key!r} is in the record.",
            [(n.name, page_path(n)) for n in data.nearest_las(key)]
            + [("Every local authority", "la/index.html")],
        )
    return la


def index(data: Data, req: Request) -> Page:
    regions: dict[str, list[LA]] = {}
    for la in data.las:
        regions.setdefault(la.region, []).append(la)
    return Page(
        "la_index.html",
        "la/index.html",
        "Local authorities",
        {"las": [_la_json(la) for la in data.las]},
        {"regions": sorted(regions.items()), "page_path": page_path},
    )


def successors(data: Data, la: LA) -> list[LA]:
    """The councils that took over from `la`, and those that took over from them."""
    out: dict[str, LA] = {}
    todo = [la]
    while todo:
        for name in todo.pop().successors:
            nxt = data.la_by_name.get(name)
            if nxt is not None and nxt.name not in out:
                out[nxt.name] = nxt
                todo.append(nxt)
    return list(out.values())


def own_history(data: Data, la: LA) -> tuple[list[dict], list[str]]:
    """An LA's documents (oldest first) and notes. A council that was abolished shows its own
    record (with the councils it came from), not its successors' inspections, which would
    otherwise read as its own under its old name; its successors are named instead."""
    docs, notes = data.history(la)
    later = successors(data, la)
    if not later:
        return docs, notes
    urns = {x.urn for x in later if x.urn is not None}
    names = [x.name for x in later]
    docs = [d for d in docs if d["urn"] not in urns]
    notes = [n for n in notes if not any(name in n for name in names)]
    ended = f" on {la.end.day} {la.end:%B %Y}" if la.end else ""
    direct = " and ".join(la.successors)
    notes.insert(
        0,
        f"{la.name} was abolished{ended}; {direct} took over its children's services. "
        f"This page shows {la.name}'s own record; the inspections since are on "
        f"{'their pages' if len(la.successors) > 1 else 'its page'}.",
    )
    return docs, notes


def la_page(data: Data, req: Request, key: str) -> Page:
    la = find(data, key)
    if key != la.slug:  # a URN or a near spelling: one address per LA
        raise Redirect(page_path(la))
    docs, notes = own_history(data, la)
    follow = data.follow_ups(la.slug)
    documents = [_document(d, follow) for d in docs]
    inspections = [d for d in documents if d["kind"] in ("inspection", "lscb_review")]
    latest = next(
        (d for d in reversed(inspections) if d["kind"] == "inspection" and d["grades"]), None
    )
    chart = journey([d for d in docs if d["status"] == "ok"])
    payload = {
        **_la_json(la),
        "latest_inspection": latest and {k: latest[k] for k in ("path", "date", "grades")},
        "notes": notes,
        "documents": documents,
    }
    related = [(name, data.find_la(name)) for name in (*la.predecessors, *la.successors)]
    return Page(
        "la.html",
        page_path(la),
        la.name,
        payload,
        {
            "la": la,
            "documents": documents,
            "notes": notes,
            "latest": latest,
            "journey_chart": chart,
            "related": related,
            "judgement_names": JUDGEMENT_NAMES,
            "chart_judgements": CHART_JUDGEMENTS,
            "page_path": page_path,
        },
    )


def _la_json(la: LA) -> dict:
    return {
        "urn": la.urn,
        "name": la.name,
        "slug": la.slug,
        "region": la.region,
        "predecessors": list(la.predecessors),
        "successors": list(la.successors),
    }


def _follow_up(f) -> dict | None:
    """What the next inspection or visit said of a recommendation's theme, for the page."""
    if f is None or f.next is None:
        return None
    nxt = f.next
    url = nxt.url if (nxt.url or "").startswith(("https://", "http://")) else None
    return {
        "theme": f.theme,
        "theme_name": THEME_NAMES.get(f.theme, f.theme),
        "kind_name": KIND_NAMES.get(nxt.kind, nxt.kind),
        "date": nxt.day.isoformat() if nxt.day else None,
        "path": nxt.path,
        "judgement": f.area,
        "judgement_name": JUDGEMENT_NAMES.get(f.area, f.area) if f.area else None,
        "grade": f.grade,
        "passages": [
            {"page": p.page, "text": p.text, "url": f"{url}#page={p.page}" if url else None}
            for p in f.passages
        ],
    }


def _document(d: dict, follow: dict | None = None) -> dict:
    return {
        "path": d["path"],
        "kind": d["kind"],
        "kind_name": KIND_NAMES.get(d["kind"], d["kind"]),
        "framework": d["framework"],
        "framework_name": FRAMEWORK_NAMES.get(d["framework"], d["framework"] or ""),
        "date": d["date"],
        "inspection_start": d["inspection_start"],
        "inspection_end": d["inspection_end"],
        "published": d["published"],
        # Only web addresses become links (a stored "javascript:" would otherwise run).
        "url": d["url"] if (d["url"] or "").startswith(("https://", "http://")) else None,
        "lead_inspector": d["lead_inspector"],
        "inspection_type": d["inspection_type"],
        "theme": d["theme"],
        "visit_number": d.get("visit_number"),
        "status": d["status"],
        "error": d["error"],
        "grades": {a: d[a] for a in JUDGEMENT_NAMES if d.get(a)},
        "judgements": [
            {
                "label": j["label"],
                "area": j["area"],
                "grade": j["grade"],
                "grade_name": GRADE_NAMES.get(j["grade"], j["grade"]),
                "grade_text": j["grade_text"],
            }
            for j in d["judgements"]
        ],
        "recommendations": [
            {
                "position": r["position"],
                "section": r["section"],
                "priority_action": bool(r["priority_action"]),
                "text": r["text"],
                "themes": [{"id": t, "name": THEME_NAMES.get(t, t)} for t in r.get("themes", ())],
                "follow_up": _follow_up((follow or {}).get(r.get("id"))),
            }
            for r in d["recommendations"]
        ],
    }


def journey(docs: list[dict], judgements=CHART_JUDGEMENTS) -> dict | None:
    """The journey chart: one line per judgement over time, frameworks shaded, visits marked."""
    inspections = [d for d in docs if d["kind"] == "inspection" and d["date"]]
    dated = [d for d in docs if d["date"]]
    if not dated:
        return None
    start = date(min(date.fromisoformat(d["date"]).year for d in dated), 1, 1)
    last = max(date.fromisoformat(d["date"]) for d in dated)
    end = date(max(last, date.today()).year + 1, 1, 1)
    series = []
    for j in judgements:
        points = [
            {
                "date": date.fromisoformat(d["date"]),
                "value": d[j],
                "title": f"{JUDGEMENT_NAMES[j]}: {GRADE_NAMES.get(d[j], d[j])} ({d['date']})"
                if d.get(j)
                else "",
            }
            for d in inspections
            if d["framework"] != "pre_sif"
        ]
        if any(p["value"] for p in points):
            series.append({"name": JUDGEMENT_NAMES[j], "points": points})
    bands = []
    for i, d in enumerate(inspections):
        nxt = inspections[i + 1]["date"] if i + 1 < len(inspections) else end.isoformat()
        bands.append(
            {
                "start": date.fromisoformat(d["date"]),
                "end": date.fromisoformat(nxt),
                "label": FRAMEWORK_NAMES.get(d["framework"], d["framework"] or ""),
            }
        )
    events = [
        {
            "date": date.fromisoformat(d["date"]),
            "label": VISIT_LETTERS.get(d["kind"], "I" if d["kind"] == "inspection" else "L"),
            "title": f"{KIND_NAMES.get(d['kind'], d['kind'])} ({d['date']})",
        }
        for d in dated
        if d["kind"] in (*VISIT_LETTERS, "lscb_review")
        or (d["kind"] == "inspection" and d["framework"] == "pre_sif")
    ]
    return svg.line_chart(series, start=start, end=end, bands=bands, events=events, title="Journey")
