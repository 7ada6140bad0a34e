# ruff: noqa: F811  (pytest fixtures imported from tests/analyse_fixtures.py)
"""The record: one frozen read of a database file, what is derived from it made once, and the
one rule that says when the file has changed. Held against Bromley's record: inspected 2016
(inadequate), 2018 (good, published 7 January 2019) and 2023 (outstanding)."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from ilacs.analyse import Record, history, snapshot
from ilacs.analyse.record import framework_matches, one_month_after
from tests.analyse_fixtures import small_db, small_record  # noqa: F401  (fixtures)


def _bromley(snap):
    return next(s for s in snap.las if s.name == "Bromley")


def test_a_record_is_one_version_of_the_file(small_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(small_db, db)
    record = Record.load(db)
    assert record.is_current()
    before = _bromley(snapshot(record, "2025-06-30"))
    assert (before.grade, before.inspection_end) == ("outstanding", date(2023, 11, 17))
    # The 2023 report stops being readable: the record read before still says what the file
    # held then, and knows it is no longer current; a new record reads the file as it is.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET status = 'failed' WHERE path = ?", (before.path,))
    assert not record.is_current()
    assert _bromley(snapshot(record, "2025-06-30")).grade == "outstanding"
    again = Record.load(db)
    assert again.is_current() and len(again.docs) == len(record.docs) - 1
    after = _bromley(snapshot(again, "2025-06-30"))
    assert (after.grade, after.inspection_end) == ("good", date(2018, 11, 30))
    assert [s.inspection_end for s in history(again, "bromley").inspections] == [
        date(2016, 5, 5),
        date(2018, 11, 30),
    ]


def test_a_record_is_frozen_and_derives_once(small_record):
    with pytest.raises(dataclasses.FrozenInstanceError):
        small_record.documents = ()
    assert small_record.by_urn is small_record.by_urn
    assert small_record.calendar("ofsted", "any") is small_record.calendar("ofsted", "any")
    cal = small_record.calendar("ofsted", "any")
    era = cal.era(date(2025, 6, 30))
    assert cal.standings(era, "overall") is cal.standings(era, "overall")
    # Two dates of one era share their standings; the era's first day starts a new picture.
    assert cal.era(cal.days[10]) == cal.era(cal.days[11] - timedelta(days=1))
    assert cal.era(cal.days[10] - timedelta(days=1)) == cal.era(cal.days[10]) - 1


def test_a_record_made_in_code_answers_what_if(small_record):
    """A record of other documents (here without Bromley's 2023 report) is just another record:
    the analyses take it as they take one read from a file."""
    latest = _bromley(snapshot(small_record, "2025-06-30"))
    fewer = Record.of(d for d in small_record.documents if d.path != latest.path)
    assert _bromley(snapshot(fewer, "2025-06-30")).grade == "good"
    assert _bromley(snapshot(small_record, "2025-06-30")).grade == "outstanding"
    assert not fewer.is_current()  # tied to no file


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


def test_standings_on_every_day_follow_the_rules(small_record):
    held = small_record.by_urn
    day, checked = date(2013, 1, 1), 0
    while day <= date(2026, 11, 1):
        for rule in ("ofsted", "published"):
            for framework in ("any", "sif", "ilacs"):
                snap = snapshot(small_record, day, rule=rule, framework=framework)
                for s in snap.las:
                    if s.status != "no_reports":
                        assert s.path == _latest_admitted(held[s.urn], day, rule, framework)
                        checked += 1
        day += timedelta(days=3)
    assert checked > 50_000  # some 1,700 dates x 6 ways x the LAs with reports
    # Bromley's 2018 inspection stands from 7 January 2019 under both rules: it was published
    # that day, and Ofsted's rule counts it once the month after the date reaches it (7 Dec).
    assert _bromley(snapshot(small_record, "2018-12-06")).inspection_end == date(2016, 5, 5)
    assert _bromley(snapshot(small_record, "2018-12-07")).inspection_end == date(2018, 11, 30)
    assert _bromley(snapshot(small_record, "2019-01-06", rule="published")).grade == "inadequate"
    assert _bromley(snapshot(small_record, "2019-01-07", rule="published")).grade == "good"
