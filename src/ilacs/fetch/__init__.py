"""Fetch: Ofsted's report site, and nothing else (no store, no ingest; see ilacs.update).

site.py     every URL pattern and CSS selector of the site, and the pure page parsers
client.py   polite HTTP: identified, rate-limited, retried, downloads checked before use
crawl.py    listing -> provider pages -> new files into the cache, one provider's failure
            costing only that provider
standin.py  a local stand-in of the site (with faults) for tests, benches and `ilacs dev-server`
"""
