# ruff: noqa: F811  (pytest fixtures imported from tests/analyse_fixtures.py)
"""What the analyses keep between calls: the documents of a file per state of it, and what is
derived from a `Docs` list until the list changes. Held against Bromley's record: inspected
2016 (inadequate), 2018 (good, published 7 January 2019) and 2023 (outstanding)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta

from ilacs.analyse import history, load, snapshot
from ilacs.analyse.records import Docs, framework_matches, one_month_after
from tests.analyse_fixtures import small_db  # noqa: F401  (a fixture: the tests name it)


def _bromley(snap):
    return next(s for s in snap.las if s.name == "Bromley")


def test_a_file_is_read_once_per_state(small_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(small_db, db)
    first, again = load(db), load(db)
    assert isinstance(first, Docs) and first == again and first is not again
    assert first.grouped is again.grouped  # derived once, shared by both
    before = _bromley(snapshot(db, "2025-06-30"))
    assert (before.grade, before.inspection_end) == ("outstanding", date(2023, 11, 17))
    # The 2023 report stops being readable: the next call sees the file as it is now.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET status = 'failed' WHERE path = ?", (before.path,))
    assert len(load(db)) == len(first) - 1
    after = _bromley(snapshot(db, "2025-06-30"))
    assert (after.grade, after.inspection_end) == ("good", date(2018, 11, 30))
    assert [s.inspection_end for s in history(db, "bromley").inspections] == [
        date(2016, 5, 5),
        date(2018, 11, 30),
    ]


def test_a_changed_list_forgets_what_was_derived(small_db):
    docs = load(small_db)
    standing = _bromley(snapshot(small_db, "2025-06-30", docs=docs))
    docs.remove(next(d for d in docs if d.path == standing.path))
    assert _bromley(snapshot(small_db, "2025-06-30", docs=docs)).grade == "good"
    # The caller's list is its own: the file's documents are as they were.
    assert _bromley(snapshot(small_db, "2025-06-30")).grade == "outstanding"
    assert any(d.path == standing.path for d in load(small_db))


def _latest_admitted(held, day, rule, framework):
    """The standing inspection by its definition, document by document."""
    cutoff = one_month_after(day)
    admitted = []
    for i, d in enumerate(held):
        if d.kind != "inspection" or not framework_matches(d.framework, framework):
            continue
        if rule == "ofsted":
            ok = d.inspection_end is not None and d.inspection_end <= day
            ok = ok and (d.published is None or d.published <= cutoff)
        else:
            ok = (d.published or d.inspection_end or date.max) <= day
        if ok:
            admitted.append(((d.inspection_end or date.min, i), d))
    return max(admitted, key=lambda a: a[0])[1].path if admitted else None


def test_standings_on_every_day_follow_the_rules(small_db):
    docs = load(small_db)
    held = docs.grouped
    day, checked = date(2013, 1, 1), 0
    while day <= date(2026, 11, 1):
        for rule in ("ofsted", "published"):
            for framework in ("any", "sif", "ilacs"):
                snap = snapshot(small_db, day, rule=rule, framework=framework, docs=docs)
                for s in snap.las:
                    if s.status != "no_reports":
                        assert s.path == _latest_admitted(held[s.urn], day, rule, framework)
                        checked += 1
        day += timedelta(days=3)
    assert checked > 50_000  # some 1,700 dates x 6 ways x the LAs with reports
    # Bromley's 2018 inspection stands from 7 January 2019 under both rules: it was published
    # that day, and Ofsted's rule counts it once the month after the date reaches it (7 Dec).
    assert _bromley(snapshot(small_db, "2018-12-06")).inspection_end == date(2016, 5, 5)
    assert _bromley(snapshot(small_db, "2018-12-07")).inspection_end == date(2018, 11, 30)
    assert _bromley(snapshot(small_db, "2019-01-06", rule="published")).grade == "inadequate"
    assert _bromley(snapshot(small_db, "2019-01-07", rule="published")).grade == "good"
