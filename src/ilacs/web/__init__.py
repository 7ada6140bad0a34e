"""The record in a browser: `ilacs serve` (a local web app) and `ilacs site` (static files).

>>> from ilacs.web import App, build_site, make_server, serve
>>> make_server("ilacs.db", port=8000).serve_forever()   # one process
>>> serve("ilacs.db", port=8000, processes=2)             # one per core, as `ilacs serve`
>>> build_site("ilacs.db", "site/")
"""

from __future__ import annotations

from ilacs.web.app import App
from ilacs.web.server import make_server, serve
from ilacs.web.site import build_site

__all__ = ["App", "build_site", "make_server", "serve"]
