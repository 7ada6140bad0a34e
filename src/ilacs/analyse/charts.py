"""Charts as PNG or SVG files (matplotlib, Agg backend: no display needed).

matplotlib is an optional extra (`pip install 'ilacs[charts]'`): it is imported when a chart is
drawn, never with `ilacs`. The format follows the file's suffix (.png or .svg). Each function
returns the path written.
"""

from __future__ import annotations

from pathlib import Path

from ilacs.analyse.history import History
from ilacs.analyse.snapshot import Snapshot
from ilacs.analyse.trend import TrendRow
from ilacs.constants import FOUR_POINT
from ilacs.errors import InvalidOption, MissingExtra

FORMATS = (".png", ".svg")
GRADE_LABELS = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires_improvement": "Requires improvement",
    "inadequate": "Inadequate",
}
# Ofsted's own colours are not a standard; these are distinguishable in grey scale too.
GRADE_COLOURS = {
    "outstanding": "#1b7837",
    "good": "#7fbf7b",
    "requires_improvement": "#f1a340",
    "inadequate": "#b2182b",
}
JUDGEMENT_LABELS = {
    "overall": "Overall effectiveness",
    "leaders": "Impact of leaders",
    "help_protection": "Help and protection",
    "in_care": "Children in care",
    "care_leavers": "Care leavers",
    "adoption": "Adoption",
    "lscb": "LSCB",
}


def check_path(path: Path | str) -> Path:
    """The chart file a user asked for, refused early unless it ends .png or .svg."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise InvalidOption(f"cannot draw {path.name}: give a file name ending .png or .svg")
    return path


def pyplot():
    """matplotlib's pyplot on the Agg backend (files, no display); MissingExtra when the
    charts extra is not installed."""
    try:
        import matplotlib
    except ImportError as e:
        raise MissingExtra(
            "drawing charts needs matplotlib: pip install 'ilacs[charts]' (or uv sync --extra charts)"
        ) from e
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _target(path: Path | str) -> Path:
    path = check_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    pyplot().close(fig)
    return path


def journey_chart(history: History, path: Path | str) -> Path:
    """Grades on a four-point axis over time, one line per judgement, frameworks marked."""
    path = _target(path)
    fig, ax = pyplot().subplots(figsize=(9, 4.5))
    inspections = [s for s in history.inspections if s.day]
    y_of = {g: 4 - i for i, g in enumerate(FOUR_POINT)}
    for i, (judgement, label) in enumerate(JUDGEMENT_LABELS.items()):
        # A small offset per judgement keeps equal grades from hiding each other's lines.
        nudge = (i - 3) * 0.05
        pts = [
            (s.day, y_of[grade] + nudge)
            for s in inspections
            if (grade := s.grades.get(judgement)) in y_of
        ]
        if pts:
            xs, ys = zip(*pts, strict=True)
            width = 2.6 if judgement == "overall" else 1.2
            ax.plot(xs, ys, marker="o", linewidth=width, label=label)
    for s in inspections:
        ax.axvline(s.day, color="#cccccc", linewidth=0.8, zorder=0)
        ax.annotate(
            s.framework or "",
            (s.day, 4.35),
            rotation=90,
            fontsize=7,
            ha="center",
            va="bottom",
            color="#555555",
        )
    for s in history.steps:
        if s.kind != "inspection" and s.day:
            ax.plot([s.day], [0.7], marker="v", color="#555555")
    ax.set_yticks([4, 3, 2, 1], [GRADE_LABELS[g] for g in FOUR_POINT])
    ax.set_ylim(0.5, 5.0)
    ax.set_title(f"{history.la.name}: inspection judgements")
    if inspections:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    else:
        ax.text(0.5, 0.5, "no inspections held", transform=ax.transAxes, ha="center")
    return _save(fig, path)


def snapshot_chart(snap: Snapshot, path: Path | str) -> Path:
    """Grade shares per scope (England and each region where the snapshot has them)."""
    path = _target(path)
    scopes = []
    for r in snap.rows:
        if r.scope not in scopes:
            scopes.append(r.scope)
    fig, ax = pyplot().subplots(figsize=(9, 0.5 * len(scopes) + 1.8))
    left = [0.0] * len(scopes)
    for g in FOUR_POINT:
        vals = []
        for s in scopes:
            row = next(r for r in snap.rows if r.scope == s and r.grade == g)
            vals.append(row.percent or 0.0)
        ax.barh(scopes, vals, left=left, color=GRADE_COLOURS[g], label=GRADE_LABELS[g])
        left = [a + b for a, b in zip(left, vals, strict=True)]
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of LAs graded")
    ax.set_title(
        f"{JUDGEMENT_LABELS[snap.judgement]} at {snap.at.isoformat()} ({snap.rule} rule)",
        fontsize=10,
    )
    ax.legend(fontsize=7, ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.18))
    return _save(fig, path)


def trend_chart(rows: list[TrendRow], path: Path | str, scope: str = "England") -> Path:
    """Share of LAs good or outstanding over time: `scope` bold, the other scopes thin."""
    path = _target(path)
    fig, ax = pyplot().subplots(figsize=(9, 4.5))
    scopes = []
    for r in rows:
        if r.scope not in scopes:
            scopes.append(r.scope)
    for s in scopes:
        pts = [
            (r.date, r.percent)
            for r in rows
            if r.scope == s and r.grade == "good_or_outstanding" and r.percent is not None
        ]
        if not pts:
            continue
        xs, ys = zip(*pts, strict=True)
        ax.plot(xs, ys, linewidth=2.6 if s == scope else 1.0, label=s)
    ax.set_ylim(0, 100)
    ax.set_ylabel("% good or outstanding")
    judgement = rows[0].judgement if rows else "overall"
    ax.set_title(f"{JUDGEMENT_LABELS[judgement]}: share of LAs good or outstanding")
    if rows:
        ax.legend(fontsize=7, ncol=2)
    return _save(fig, path)
