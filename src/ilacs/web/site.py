"""`ilacs site`: the same pages as static files, with relative links (file:// or any host).

The date control of a static site cannot ask a server, so the England pages are written for
the end of every quarter (and today) in every judgement; the control lists those dates.
Compare pages are written for each LA beside its region and England; search needs a server
and says so.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ilacs.web.app import STATIC, App
from ilacs.web.data import quarter_ends
from ilacs.web.views import compare, download, england, la


def site_paths(app: App) -> list[str]:
    """Every page of the static site (HTML; each also gets its JSON twin)."""
    data = app.data
    paths = ["index.html", "england.html", "la/index.html", "compare.html", "search.html"]
    paths.append("download.html")
    for j in england.JUDGEMENTS:
        if j != "overall":
            paths.append(england.page_path(None, j))
        paths += [england.page_path(d, j) for d in app.static_dates]
    paths += [la.page_path(x) for x in data.las]
    paths += [compare.page_path("overall", [x.slug]) for x in data.las]
    return paths


def build_site(
    db: Path | str,
    outdir: Path | str,
    *,
    dates: list[date] | None = None,
    progress: Callable[[str], None] | None = None,
) -> int:
    """Write the site into `outdir`; returns the number of files written."""
    out = Path(outdir)
    dates = dates if dates is not None else quarter_ends()
    app = App(db, static=True, static_dates=dates)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in site_paths(app):
        for target in (path, path.removesuffix(".html") + ".json"):
            resp = app.get("/" + target)
            if resp.status != 200:
                raise RuntimeError(f"{target}: {resp.status}")  # a page of our own list failed
            dest = out / target
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(resp.body)
            written += 1
        if progress:
            progress(path)
    (out / "download").mkdir(parents=True, exist_ok=True)
    for name in download.names():  # built once per version of the database, then copied
        shutil.copyfile(app.downloads.get(name).path, out / "download" / name)
        written += 1
    static = out / "static"
    if static.exists():
        shutil.rmtree(static)
    shutil.copytree(STATIC, static)
    return written + sum(1 for _ in static.iterdir())
