"""Fetch: keep a database current from Ofsted's report site.

site.py     every URL pattern and CSS selector of the site, and the pure page parsers
client.py   polite HTTP: identified, rate-limited, retried, downloads checked before use
crawl.py    `update()`: listing -> provider pages -> new files -> sources -> ingest
standin.py  a local stand-in of the site (with faults) for tests, benches and `ilacs dev-server`
"""
