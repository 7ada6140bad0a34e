"""Compare: several LAs side by side over time, with their regions and England."""

from __future__ import annotations

from datetime import date

from ilacs.web import svg
from ilacs.web.data import GRADE_NAMES, JUDGEMENT_NAMES, Data, quarter_ends
from ilacs.web.views import BadRequest, Page, Redirect, Request
from ilacs.web.views.england import JUDGEMENTS, check_judgement
from ilacs.web.views.la import find, own_history

MAX_LAS = 6


def page_path(judgement: str, slugs: list[str]) -> str:
    return f"compare/{judgement}/{'+'.join(slugs)}.html"


def form(data: Data, req: Request) -> Page:
    """compare.html?la=bromley&la=bexley&judgement=overall: the choosing form, or a redirect."""
    judgement = check_judgement(req.arg("judgement", "overall"))
    keys = req.args("la")
    if keys and not req.static:
        las = [find(data, k) for k in keys]
        raise Redirect(page_path(judgement, _unique([la.slug for la in las])))
    return Page(
        "compare_form.html",
        "compare.html",
        "Compare local authorities",
        {"las": [{"slug": la.slug, "name": la.name} for la in data.las]},
        {
            "las": data.las,
            "judgements": [(j, JUDGEMENT_NAMES[j]) for j in JUDGEMENTS],
            "judgement": judgement,
            "page_path": page_path,
            "max_las": MAX_LAS,
        },
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def compare(data: Data, req: Request, judgement: str, slugs: str) -> Page:
    check_judgement(judgement)
    keys = _unique([s for s in slugs.split("+") if s])
    if not keys or len(keys) > MAX_LAS:
        raise BadRequest(f"Compare one to {MAX_LAS} local authorities at a time.")
    las = [find(data, k) for k in keys]
    dates = quarter_ends(end=data.latest_date)
    start, end = date(2012, 1, 1), date(data.latest_date.year + 1, 1, 1)
    grade_series = []
    for la in las:
        points = []
        # An abolished council's own inspections, never its successor's under its name.
        for d in own_history(data, la)[0]:
            if d["kind"] == "inspection" and d["date"] and d["framework"] != "pre_sif":
                grade = d.get(judgement)
                points.append(
                    {
                        "date": date.fromisoformat(d["date"]),
                        "value": grade,
                        "title": f"{la.name}: {GRADE_NAMES.get(grade)} ({d['date']})",
                    }
                )
        grade_series.append({"name": la.name, "points": points})
    scopes = _unique([la.region for la in las]) + ["England"]
    shares = data.shares(judgement)

    def share_chart() -> dict:
        series = [
            {
                "name": scope,
                "points": [
                    {"date": d, "value": pct, "title": f"{scope}: {pct}% good or better ({d})"}
                    for d, pct in shares.get(scope, [])
                ],
            }
            for scope in scopes
        ]
        return svg.line_chart(series, start=start, end=end, axis="percent", title="Shares")

    # The side-by-side table: each 31 March and today. Grades are the inspection that stood
    # on the date (the analysis' rule); shares come from the trend computed above.
    today = data.latest_date
    table_dates = [d for d in dates if d.month == 3] + [today]
    by_date = {scope: dict(shares.get(scope, [])) for scope in scopes}
    now = {scope: _scope_counts(data, today, judgement, scope) for scope in scopes}
    rows = []
    for day in table_dates:
        grades: list[str | None] = []
        for la in las:
            if not la.exists_on(day):
                grades.append("did_not_exist")
                continue
            doc = data.standing_doc(la, day)
            grades.append(doc.grade(judgement) if doc else None)
        rows.append(
            {
                "date": day.isoformat(),
                "las": grades,
                "shares": [
                    now[scope]["good_or_better_percent"]
                    if day == today
                    else by_date[scope].get(day)
                    for scope in scopes
                ],
            }
        )
    payload = {
        "judgement": judgement,
        "las": [{"urn": la.urn, "name": la.name, "region": la.region} for la in las],
        "scopes": scopes,
        "rows": rows,
        "note": "shares are the percentage of LAs judged good or outstanding at each date",
    }
    names = ", ".join(la.name for la in las)
    return Page(
        "compare.html",
        page_path(judgement, [la.slug for la in las]),
        f"Compare {names}",
        payload,
        {
            "las": las,
            "judgement": judgement,
            "judgement_name": JUDGEMENT_NAMES[judgement],
            "judgements": [(j, JUDGEMENT_NAMES[j]) for j in JUDGEMENTS],
            "grade_chart": svg.line_chart(grade_series, start=start, end=end, title="Grades"),
            # The same for every page with these regions: made and rendered once per set.
            "share_chart": lambda: data.cached(("share chart", judgement, *scopes), share_chart),
            "share_key": ("share chart", judgement, *scopes),
            "scopes": scopes,
            "rows": rows,
            "successors": {
                la.slug: [x for n in la.successors if (x := data.la_by_name.get(n))] for la in las
            },
            "grade_names": GRADE_NAMES,
            "page_path": page_path,
        },
    )


def _scope_counts(data: Data, day: date, judgement: str, scope: str) -> dict:
    snap = data.snapshot(day, judgement)
    if scope == "England":
        return snap.national
    for r in snap.regions:
        if r["region"] == scope:
            return r["counts"]
    return {"good_or_better_percent": None}
