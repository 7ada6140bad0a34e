"""The record in a browser: `ilacs serve` (a local web app) and `ilacs site` (static files).

>>> from ilacs.web import App, make_server, build_site
>>> make_server("ilacs.db", port=8000).serve_forever()
>>> build_site("ilacs.db", "site/")
"""

from __future__ import annotations

from ilacs.web.app import App, make_server
from ilacs.web.site import build_site

__all__ = ["App", "build_site", "make_server"]
