"""Charts of themes as PNG or SVG files (matplotlib, Agg backend), like ilacs.analyse.charts."""

from __future__ import annotations

from pathlib import Path

from ilacs.analyse.charts import check_path, pyplot
from ilacs.themes.asked import Asked, Frequency
from ilacs.themes.classify import NAMES, THEMES


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    pyplot().close(fig)
    return path


def _target(path: Path | str) -> Path:
    path = check_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def frequency_chart(rows: list[Frequency], path: Path | str, by: str = "theme") -> Path:
    """One group: a bar per theme (share of inspections asking for it). Several groups (years,
    frameworks, regions...): a grid of each theme's share of the group's recommendations."""
    path = _target(path)
    plt = pyplot()
    groups = sorted({r.group for r in rows})
    if len(groups) <= 1:
        ordered = sorted(rows, key=lambda r: r.share_of_inspections)
        fig, ax = plt.subplots(figsize=(9, 7))
        ax.barh(
            [NAMES.get(r.theme, r.theme) for r in ordered],
            [r.share_of_inspections for r in ordered],
            color="#4a6fa5",
        )
        ax.set_xlabel("% of inspections with recommendations that ask for it")
        ax.set_title("What inspectors ask for: themes of recommendations")
        ax.tick_params(axis="y", labelsize=7)
        return _save(fig, path)
    share = {(r.group, r.theme): r.share_of_recommendations for r in rows}
    themes = [t for t in THEMES if any((g, t) in share for g in groups)]
    grid = [[share.get((g, t), 0.0) for g in groups] for t in themes]
    fig, ax = plt.subplots(figsize=(max(6, 0.55 * len(groups) + 4), 8))
    im = ax.imshow(grid, aspect="auto", cmap="Blues")
    ax.set_xticks(range(len(groups)), groups, rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(themes)), [NAMES[t] for t in themes], fontsize=7)
    top = max((v for row in grid for v in row), default=0.0)
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v:
                ink = "white" if v > 0.6 * top else "black"  # readable on dark cells too
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=5.5, color=ink)
    fig.colorbar(im, ax=ax, label="% of the group's recommendations")
    ax.set_title(f"Themes of recommendations by {by}")
    return _save(fig, path)


def la_chart(rows: list[Asked], path: Path | str, title: str) -> Path:
    """An LA's themes, inspection by inspection: a dot per theme asked for (size: how many
    items), filled when the next inspection asks for it again."""
    path = _target(path)
    plt = pyplot()
    days = sorted({(r.day, r.path) for r in rows}, key=lambda x: (x[0] is None, x[0], x[1]))
    col = {d: i for i, d in enumerate(days)}
    themes = [t for t in THEMES if any(r.theme == t for r in rows)]
    line = {t: i for i, t in enumerate(themes)}
    fig, ax = plt.subplots(figsize=(max(5, 1.3 * len(days) + 4), 0.32 * len(themes) + 1.8))
    for r in rows:
        x, y = col[(r.day, r.path)], line[r.theme]
        filled = r.again is True
        ax.scatter(
            [x],
            [y],
            s=40 + 40 * r.count,
            facecolors="#b2182b" if filled else "none",
            edgecolors="#b2182b",
            linewidths=1.4,
        )
    ax.set_xticks(
        range(len(days)), [f"{d[0] or '?'}" for d in days], rotation=30, ha="right", fontsize=8
    )
    ax.set_yticks(range(len(themes)), [NAMES[t] for t in themes], fontsize=7)
    ax.set_ylim(len(themes) - 0.3, -0.7)  # the taxonomy's order, top down
    ax.set_xlim(-0.7, len(days) - 0.3)
    ax.set_title(f"{title} (filled: asked for again at the next inspection)", fontsize=9)
    return _save(fig, path)
