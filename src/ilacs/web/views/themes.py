"""Themes: what inspectors ask for, each theme's share of inspections over time, nationally and
by region, the LAs most often asked, and the recommendations of one theme."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from ilacs.constants import VISIT_KINDS
from ilacs.themes.classify import NAMES, THEMES
from ilacs.web import svg
from ilacs.web.data import FRAMEWORK_NAMES, KIND_NAMES, Data
from ilacs.web.views import NotFoundError, Page, Request

# The eras a theme's share is given for (the inspections of each framework), newest first.
ERAS = ("ilacs2026", "ilacs2023", "ilacs2018", "sif", "pre_sif")
RECENT = 25
TOP_LAS = 12


def page_path(theme: str | None = None) -> str:
    return f"themes/{theme}.html" if theme else "themes.html"


@dataclass
class Shares:
    """How many documents with recommendations there are in a group, and how many of them ask
    for each theme."""

    documents: int = 0
    asking: Counter = field(default_factory=Counter)

    def add(self, themes: set[str]) -> None:
        """Count one more document, asking for `themes`."""
        self.documents += 1
        self.asking.update(themes)

    def percent(self, theme: str) -> float | None:
        return round(100 * self.asking[theme] / self.documents, 1) if self.documents else None


@dataclass
class Stats:
    by_era: dict[str, Shares]
    by_year: dict[int, Shares]
    by_region: dict[str, Shares]
    by_la: dict[str, Counter]  # theme -> LA name -> documents asking
    recommendations: Counter  # theme -> recommendations
    items: dict[str, list]  # theme -> its recommendations, newest first


def _group(kind: str, framework: str | None) -> str | None:
    if kind == "inspection" and framework in ERAS:
        return framework
    if kind in VISIT_KINDS:
        return "letters"
    return None


def stats(data: Data) -> Stats:
    """Counts over every labelled recommendation, made once per version of the database."""

    def make() -> Stats:
        docs: dict[int, set[str]] = defaultdict(set)
        facts: dict[int, tuple] = {}
        recs: Counter = Counter()
        items: dict[str, list] = defaultdict(list)
        for it in data.theme_items:
            docs[it.document_id].update(it.themes)
            facts[it.document_id] = (it.kind, it.framework, it.year, it.region, it.urn)
            for t in it.themes:
                recs[t] += 1
                items[t].append(it)
        by_era: dict[str, Shares] = defaultdict(Shares)
        by_year: dict[int, Shares] = defaultdict(Shares)
        by_region: dict[str, Shares] = defaultdict(Shares)
        by_la: dict[str, Counter] = defaultdict(Counter)
        for doc_id, themes in docs.items():
            kind, framework, year, region, urn = facts[doc_id]
            era = _group(kind, framework)
            if era is not None:
                by_era[era].add(themes)
            if kind == "inspection":
                if year is not None:
                    by_year[year].add(themes)
                if region is not None:
                    by_region[region].add(themes)
            la = data.la_by_urn.get(urn)
            if la is not None:
                for t in themes:
                    by_la[t][la.slug] += 1
        for t in items:
            items[t].sort(key=lambda it: (it.day or date.min, it.path), reverse=True)
        return Stats(dict(by_era), dict(by_year), dict(by_region), dict(by_la), recs, items)

    return data.cached("theme stats", make)


def _era_names() -> list[tuple[str, str]]:
    return [(e, FRAMEWORK_NAMES[e]) for e in ERAS] + [("letters", "Letters (visits, JTAIs)")]


def index(data: Data, req: Request) -> Page:
    st = stats(data)
    eras = [(e, name) for e, name in _era_names() if e in st.by_era]
    rows = [
        {
            "id": t,
            "name": NAMES[t],
            "recommendations": st.recommendations[t],
            "shares": {e: st.by_era[e].percent(t) for e, _ in eras},
        }
        for t in THEMES
    ]
    payload = {
        "eras": [{"id": e, "name": n, "documents": st.by_era[e].documents} for e, n in eras],
        "themes": rows,
        "note": "shares are of the documents of each era with a list of recommendations that ask"
        " for the theme at least once",
    }
    return Page(
        "themes.html",
        page_path(),
        "What inspectors ask for",
        payload,
        {
            "rows": rows,
            "eras": eras,
            "era_counts": {e: st.by_era[e].documents for e, _ in eras},
            "labelled": bool(data.theme_items),
            "page_path": page_path,
        },
    )


def theme(data: Data, req: Request, theme_id: str) -> Page:
    if theme_id not in NAMES:
        raise NotFoundError(
            f"There is no theme called {theme_id!r}.", [("Every theme", page_path())]
        )
    st = stats(data)
    years = sorted(st.by_year)
    series = [
        {
            "name": "England",
            "points": [
                {
                    "date": date(y, 7, 1),
                    "value": st.by_year[y].percent(theme_id),
                    "title": f"{y}: {st.by_year[y].percent(theme_id)}% of "
                    f"{st.by_year[y].documents} inspections",
                }
                for y in years
            ],
        }
    ]
    chart = (
        svg.line_chart(
            series,
            start=date(years[0], 1, 1),
            end=date(years[-1] + 1, 1, 1),
            axis="percent",
            title="Share",
        )
        if years
        else None
    )
    regions = [
        {
            "region": r,
            "documents": st.by_region[r].documents,
            "asking": st.by_region[r].asking[theme_id],
            "percent": st.by_region[r].percent(theme_id),
        }
        for r in data.regions
        if r in st.by_region
    ]
    top_las = [
        (data.la_by_slug[slug], n)
        for slug, n in st.by_la.get(theme_id, Counter()).most_common(TOP_LAS)
    ]
    las = [{"la": la, "documents": n} for la, n in top_las]
    recent = [
        {
            "la": data.la_by_urn.get(it.urn),
            "la_name": it.la_name,
            "date": it.day.isoformat() if it.day else None,
            "kind_name": KIND_NAMES.get(it.kind, it.kind),
            "framework": it.framework,
            "priority_action": it.priority_action,
            "section": it.section,
            "text": it.text,
            "themes": [{"id": t, "name": NAMES.get(t, t)} for t in it.themes],
        }
        for it in st.items.get(theme_id, [])[:RECENT]
    ]
    payload = {
        "id": theme_id,
        "name": NAMES[theme_id],
        "recommendations": st.recommendations[theme_id],
        "by_year": [
            {
                "year": y,
                "inspections": st.by_year[y].documents,
                "asking": st.by_year[y].asking[theme_id],
                "percent": st.by_year[y].percent(theme_id),
            }
            for y in years
        ],
        "by_region": regions,
        "las": [{"name": la.name, "urn": la.urn, "documents": n} for la, n in top_las],
        "recent": [{k: v for k, v in r.items() if k != "la"} for r in recent],
    }
    return Page(
        "theme.html",
        page_path(theme_id),
        NAMES[theme_id],
        payload,
        {
            "theme_id": theme_id,
            "name": NAMES[theme_id],
            "count": st.recommendations[theme_id],
            "chart": chart,
            "by_year": payload["by_year"],
            "regions": regions,
            "las": las,
            "recent": recent,
            "page_path": page_path,
        },
    )
