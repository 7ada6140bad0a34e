"""`ilacs site`: the same pages as static files, with relative links (file:// or any host).

The date control of a static site cannot ask a server, so the England pages are written for
the end of every quarter and the day the site was built, in every judgement; the control lists
those dates, and the pages say when the site was built (its "today").
Compare pages are written for each LA beside its region and England; search needs a server
and says so.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ilacs.themes.classify import THEMES
from ilacs.web.app import STATIC, App
from ilacs.web.data import quarter_ends
from ilacs.web.views import compare, england, la, themes
from ilacs.web.views.download import DB_NAME, TABLES


def site_paths(app: App) -> list[str]:
    """Every page of the static site (HTML; each also gets its JSON twin)."""
    data = app.data
    paths = ["index.html", "england.html", "la/index.html", "compare.html", "search.html"]
    paths += ["download.html", "about.html"]
    for j in england.JUDGEMENTS:
        if j != "overall":
            paths.append(england.page_path(None, j))
        paths += [england.page_path(d, j) for d in app.static_dates]
    paths += [la.page_path(x) for x in data.las]
    paths += [compare.page_path("overall", [x.slug]) for x in data.las]
    paths += [themes.page_path()] + [themes.page_path(t) for t in THEMES]
    return paths


def build_site(
    db: Path | str,
    outdir: Path | str,
    *,
    dates: list[date] | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> int:
    """Write the site into `outdir`; returns the number of files written.
    `on_progress(path, done, total)` is called after each page (and its JSON twin)."""
    out = Path(outdir)
    built = date.today()
    # The site's pages say "as built" where a server says "today": a static page stays as it
    # was written. The build day is a date of the date control too (its latest), so the list
    # of dates ends where the front page's heading does.
    dates = sorted({*(dates if dates is not None else quarter_ends()), built})
    app = App(db, static=True, static_dates=dates)
    app.env.globals["built"] = built
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    paths = site_paths(app)
    for done, path in enumerate(paths, 1):
        for target in (path, path.removesuffix(".html") + ".json"):
            resp = app.get("/" + target)
            if resp.status != 200:
                raise RuntimeError(f"{target}: {resp.status}")  # a page of our own list failed
            dest = out / target
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(resp.body)
            written += 1
        if on_progress:
            on_progress(path, done, len(paths))
    for name in TABLES:
        for ext in ("csv", "xlsx"):
            resp = app.get(f"/download/{name}.{ext}")
            dest = out / "download" / f"{name}.{ext}"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(resp.body)
            written += 1
    (out / "download" / DB_NAME).write_bytes(app.get(f"/download/{DB_NAME}").body)
    static = out / "static"
    if static.exists():
        shutil.rmtree(static)
    shutil.copytree(STATIC, static)
    return written + 1 + sum(1 for _ in static.iterdir())
