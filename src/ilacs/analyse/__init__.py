"""Answers from the record: journeys, the picture on a date, change, timing, firsts, trends.

Each function reads the database (a path, a Store or a sqlite3 connection) and returns plain
dataclasses or dicts; `ilacs.cli.analyse` prints them and the web shows them.

    >>> from ilacs.analyse import snapshot
    >>> snap = snapshot("ilacs.db", "2019-08-31", by="region")
    >>> [r for r in snap.rows if r.scope == "London" and r.grade == "good_or_outstanding"]
"""

from ilacs.analyse.firsts import First, firsts
from ilacs.analyse.history import History, Step, history
from ilacs.analyse.records import Doc, check_date, load
from ilacs.analyse.snapshot import Snapshot, SnapshotRow, Standing, era, era_days, snapshot
from ilacs.analyse.timing import intervals, timing
from ilacs.analyse.transitions import Pair, Transitions, transitions
from ilacs.analyse.trend import TrendRow, trend

__all__ = [
    "Doc",
    "First",
    "History",
    "Pair",
    "Snapshot",
    "SnapshotRow",
    "Standing",
    "Step",
    "Transitions",
    "TrendRow",
    "check_date",
    "era",
    "era_days",
    "firsts",
    "history",
    "intervals",
    "load",
    "snapshot",
    "timing",
    "transitions",
    "trend",
]
