"""Answers from the record: journeys, the picture on a date, change, timing, firsts, trends.

Each analysis is a pure function of a `Record` (every document of one version of the
database, read once) and its options, and returns plain dataclasses or dicts;
`ilacs.cli.analyse` prints them and the web shows them. A bad option raises InvalidOption.

    >>> from ilacs.analyse import Record, snapshot
    >>> record = Record.load("ilacs.db")
    >>> snap = snapshot(record, "2019-08-31", by="region")
    >>> [r for r in snap.rows if r.scope == "London" and r.grade == "good_or_outstanding"]
"""

from ilacs.analyse.common import check_date
from ilacs.analyse.firsts import First, firsts
from ilacs.analyse.history import History, Step, history
from ilacs.analyse.record import Doc, Rec, Record
from ilacs.analyse.snapshot import Calendar, Snapshot, SnapshotRow, Standing, snapshot
from ilacs.analyse.timing import intervals, timing
from ilacs.analyse.transitions import Pair, Transitions, transitions
from ilacs.analyse.trend import TrendRow, trend

__all__ = [
    "Calendar",
    "Doc",
    "First",
    "History",
    "Pair",
    "Rec",
    "Record",
    "Snapshot",
    "SnapshotRow",
    "Standing",
    "Step",
    "Transitions",
    "TrendRow",
    "check_date",
    "firsts",
    "history",
    "intervals",
    "snapshot",
    "timing",
    "transitions",
    "trend",
]
