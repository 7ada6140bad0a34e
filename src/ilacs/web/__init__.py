"""The record in a browser: `ilacs serve` (a web app) and `ilacs site` (static files).

>>> from ilacs.web import App, build_site, create_app, serve
>>> serve("ilacs.db", port=8000)        # waitress, until Ctrl-C or SIGTERM, as `ilacs serve`
>>> application = create_app()          # for gunicorn or granian: the db from $ILACS_DB
>>> build_site("ilacs.db", "site/")
"""

from __future__ import annotations

from ilacs.web.app import App
from ilacs.web.site import build_site
from ilacs.web.wsgi import Server, create_app, listen, serve

__all__ = ["App", "Server", "build_site", "create_app", "listen", "serve"]
