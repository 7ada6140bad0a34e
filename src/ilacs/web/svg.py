"""Charts as data for an inline SVG template: positions computed here, markup in templates/.

Nothing here writes markup, so every label reaches the page through Jinja's autoescaping.
Lines differ in colour, dash pattern and marker shape, and each point carries a text title,
so colour is never the only cue.
"""

from __future__ import annotations

from datetime import date

from ilacs.web.data import FOUR_POINT, GRADE_NAMES

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 160, 16, 16, 60
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. Every series
# also has a marker of its own (filled or hollow), since a series of lone points (one grade,
# years apart) draws no line and shows no dash.
STYLES = (
    ("#0072b2", "", "circle", False),
    ("#d55e00", "6 3", "square", False),
    ("#009e73", "2 3", "triangle", False),
    ("#cc79a7", "8 3 2 3", "diamond", False),
    ("#6a4c93", "1 2", "circle", True),
    ("#56595c", "10 4", "square", True),
    ("#e69f00", "4 4", "triangle", True),
)


def _x_scale(start: date, end: date):
    span = max((end - start).days, 1)
    inner = WIDTH - LEFT - RIGHT

    def x(day: date) -> float:
        return round(LEFT + inner * (day - start).days / span, 1)

    return x


def line_chart(
    series: list[dict],
    *,
    start: date,
    end: date,
    axis: str = "grade",
    bands: list[dict] | None = None,
    events: list[dict] | None = None,
    title: str = "",
) -> dict:
    """Geometry of a chart over time.

    `series`: [{"name", "points": [{"date": date, "value": grade or number, "title": str}]}];
    a value of None breaks the line there.
    `axis`: "grade" (four-point scale, outstanding at the top) or "percent" (0-100).
    `bands`: [{"start", "end", "label"}] shaded spans (frameworks); `events`: [{"date",
    "label", "title"}] marks on the time axis (visits between inspections).
    """
    x = _x_scale(start, end)
    plot_h = HEIGHT - TOP - BOTTOM
    if axis == "grade":
        levels = []
        for i, g in enumerate(FOUR_POINT):
            label = GRADE_NAMES[g]
            # "Requires improvement" on two lines, so the labels fit the left margin in the
            # larger type a phone needs (style.css).
            lines = label.split(" ", 1) if len(label) > 12 else [label]
            levels.append({"y": TOP + plot_h * (i + 0.5) / 4, "label": label, "lines": lines})
        rank = {g: i for i, g in enumerate(FOUR_POINT)}

        def y(value, k):
            if value not in rank:
                return None
            # Small offsets keep equal grades of different lines visible side by side.
            return round(TOP + plot_h * (rank[value] + 0.5) / 4 + (k - len(series) / 2) * 3, 1)
    else:
        levels = [
            {"y": TOP + plot_h * (1 - p / 100), "label": f"{p}%", "lines": [f"{p}%"]}
            for p in (0, 25, 50, 75, 100)
        ]

        def y(value, k):
            if value is None:
                return None
            return round(TOP + plot_h * (1 - value / 100), 1)

    out_series = []
    for k, s in enumerate(series):
        colour, dash, marker, hollow = STYLES[k % len(STYLES)]
        pts: list[dict] = []
        segments: list[list[dict]] = []
        current: list[dict] = []
        for p in s["points"]:
            py = y(p["value"], k)
            if py is None or not (start <= p["date"] <= end):
                # A point without this judgement (e.g. care leavers in ILACS 2018) breaks the
                # line rather than joining grades across it.
                if current:
                    segments.append(current)
                current = []
                continue
            pt = {"x": x(p["date"]), "y": py, "title": p.get("title", "")}
            pts.append(pt)
            current.append(pt)
        if current:
            segments.append(current)
        out_series.append(
            {
                "name": s["name"],
                "colour": colour,
                "dash": dash,
                "marker": marker,
                "hollow": hollow,
                "points": pts,
                "polylines": [
                    " ".join(f"{p['x']},{p['y']}" for p in seg) for seg in segments if len(seg) > 1
                ],
            }
        )
    years = [
        {"x": x(date(yr, 1, 1)), "label": str(yr)}
        # Not the axis' last day when it is a 1 January: its label would hang off the edge.
        for yr in range(start.year + (start > date(start.year, 1, 1)), end.year + (end.month > 1))
    ]
    step = max(1, len(years) // 16)
    years = years[::-step][::-1]  # the latest year always labelled
    for i, yr in enumerate(reversed(years)):
        # On a phone (style.css) every other year's label is hidden: the type is larger there.
        yr["minor"] = i % 2 == 1
    out_bands = []
    for i, b in enumerate(bands or ()):
        bx0, bx1 = x(max(b["start"], start)), x(min(b["end"], end))
        if bx1 > bx0:
            w = round(bx1 - bx0, 1)
            # A label where it fits: `wide` ones also in a phone's larger type (style.css).
            out_bands.append(
                {
                    "x": bx0,
                    "w": w,
                    "label": b["label"],
                    "shade": i % 2,
                    "fits": w > 7 * len(b["label"]) + 8,
                    "wide": w > 13 * len(b["label"]) + 8,
                }
            )
    out_events = [
        {"x": x(e["date"]), "label": e["label"], "title": e.get("title", "")}
        for e in events or ()
        if start <= e["date"] <= end
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "bottom": HEIGHT - BOTTOM,
        "levels": levels,
        "years": years,
        "series": out_series,
        "bands": out_bands,
        "events": out_events,
        "title": title,
        "axis": axis,
        "r": 5.5 if axis == "grade" else 3,  # marker size: a quarterly series has many points
    }
