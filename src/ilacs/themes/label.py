"""Themes into the store: label every recommendation, again whenever the classifier changes.

The page text and parsed items stay in SQLite, so relabelling reads no PDF: `relabel` runs at
the end of every `ilacs ingest` and labels the new items, or all of them when the classifier
version recorded in `meta` is not this code's.
"""

from __future__ import annotations

import logging
import time

from ilacs.store import Store
from ilacs.themes.classify import VERSION, classify

log = logging.getLogger(__name__)

META_KEY = "themes_version"


def relabel(store: Store, force: bool = False) -> int:
    """Give themes to the recommendations that need them; return how many were labelled."""
    started = time.perf_counter()
    stale = force or store.meta(META_KEY) != VERSION
    rows = store.recommendation_texts(unlabelled_only=not stale)
    if not rows and not stale:
        return 0
    labels = [(";".join(classify(r["text"], r["section"], r["kind"])), r["id"]) for r in rows]
    store.set_themes(labels, {META_KEY: VERSION})
    log.info(
        "themes: %d recommendations labelled by classifier %s in %.2f s",
        len(labels),
        VERSION,
        time.perf_counter() - started,
    )
    return len(labels)
