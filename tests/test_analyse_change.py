# ruff: noqa: F811  (pytest fixtures imported from tests/analyse_fixtures.py)
"""Transitions, timing, firsts and trends from a small real database."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.analyse import firsts, intervals, timing, transitions, trend
from ilacs.analyse.trend import period_ends
from ilacs.errors import InvalidOption
from tests.analyse_fixtures import small_db, small_record  # noqa: F401  (fixtures)


def test_transitions_sif_to_ilacs(small_record):
    t = transitions(small_record, from_framework="sif", to_framework="ilacs")
    got = {(p.la_name, p.from_grade, p.to_grade, p.change) for p in t.pairs}
    assert got == {
        ("Bromley", "inadequate", "good", "improved"),
        ("Bexley", "requires_improvement", "outstanding", "improved"),
        ("Hertfordshire", "good", "good", "same"),
        ("Birmingham", "inadequate", "requires_improvement", "improved"),
        ("Buckinghamshire", "inadequate", "requires_improvement", "improved"),
    }
    matrix = {r["from_grade"]: r for r in t.matrix()}
    assert matrix["inadequate"]["requires_improvement"] == 2
    assert matrix["inadequate"]["total"] == 3
    summary = {s["change"]: (s["count"], s["percent"]) for s in t.summary()}
    assert summary == {"improved": (4, 80.0), "same": (1, 20.0), "declined": (0, 0.0)}


def test_transitions_any_counts_every_consecutive_pair(small_record):
    t = transitions(small_record)
    # Bromley 2, Bexley 2, Herts 2, Birmingham 3, Bucks 3, BCP 1, Dorset 1, N/W Northants 0
    # (the 2026 reports have no overall grade).
    assert len(t.pairs) == 14
    bucks = [p for p in t.pairs if p.la_name == "Buckinghamshire"]
    assert [p.change for p in bucks] == ["same", "improved", "same"]


def test_timing_inadequate_to_good(small_record):
    got = {
        (x.la_name, x.start, x.end, x.days)
        for x in intervals(small_record)
        if x.measure == "inadequate_to_good"
    }
    assert got == {
        ("Bromley", date(2016, 5, 5), date(2018, 11, 30), 939),
        ("Birmingham", date(2014, 4, 9), date(2023, 3, 3), 3250),
        ("Buckinghamshire", date(2014, 6, 25), None, None),
        ("Bournemouth, Christchurch & Poole", date(2021, 12, 17), date(2024, 12, 13), 1092),
    }
    rows = timing(small_record, measure="inadequate_to_good")
    england = rows[0]
    assert (england["group"], england["count"], england["still_waiting"]) == ("England", 3, 1)
    assert england["median_days"] == 1092
    london = next(r for r in rows if r["group"] == "London")
    assert (london["count"], london["median_days"]) == (1, 939)


def test_firsts_outstanding(small_record):
    got = [(f.rank, f.la_name, f.published) for f in firsts(small_record, framework="ilacs2023")]
    assert got == [
        (1, "Hertfordshire", date(2023, 3, 10)),
        (2, "Bexley", date(2023, 3, 24)),
        (3, "Bromley", date(2024, 1, 12)),
        (4, "Dorset", date(2025, 5, 9)),
    ]
    any_framework = firsts(small_record)
    assert [f.la_name for f in any_framework][:2] == ["Bexley", "Hertfordshire"]
    leaders = firsts(small_record, judgement="leaders", framework="ilacs2018")
    assert leaders[0].la_name == "Bexley"  # published 2018-08-20
    # North and West Northamptonshire published the same day: they share a rank.
    n = firsts(small_record, judgement="leaders", framework="ilacs2026")
    assert [(f.rank, f.la_name) for f in n] == [
        (1, "North Northamptonshire"),
        (1, "West Northamptonshire"),
    ]


def test_firsts_outstanding_in_every_judgement(corpus_record):
    """Bromley 2023: the eighth LA outstanding overall under the 2023 framework, and the third
    outstanding in every judgement (after Essex and North Yorkshire), by publication date."""
    overall = firsts(corpus_record, framework="ilacs2023")
    assert [f.la_name for f in overall].index("Bromley") == 7
    every = firsts(corpus_record, framework="ilacs2023", all_judgements=True)
    assert [(f.rank, f.la_name) for f in every[:3]] == [
        (1, "Essex"),
        (2, "North Yorkshire"),
        (3, "Bromley"),
    ]
    assert every[2].published == date(2024, 1, 12)
    # Essex's 2023 report: outstanding in each of its five judgements.
    essex = corpus_record.by_path[every[0].path]
    assert {essex.grade(a) for a in ("overall", "leaders", "help_protection", "in_care")} == {
        "outstanding"
    }


def test_trend(small_record):
    rows = trend(small_record, every="year", start="2019-01-01", end="2023-12-31")
    shares = [(r.date, r.count, r.denominator) for r in rows if r.grade == "good_or_outstanding"]
    assert [d for d, _, _ in shares] == [date(y, 12, 31) for y in range(2019, 2024)]
    # End of 2023: Bromley, Bexley, Herts, Birmingham, Dorset good or better; Bucks, BCP,
    # North and West Northants not; Cumberland not yet inspected.
    assert shares[-1][1:] == (5, 9)
    # LAs of each date with no reports in the small database (151 LAs in 2019, 153 in 2023).
    lacking = {r.date: r.lacking for r in rows}
    assert (lacking[date(2019, 12, 31)], lacking[date(2023, 12, 31)]) == (151 - 7, 153 - 10)


def test_period_ends():
    assert period_ends(date(2019, 8, 1), date(2020, 1, 1), "quarter") == [
        date(2019, 9, 30),
        date(2019, 12, 31),
    ]
    assert period_ends(date(2019, 1, 31), date(2019, 3, 31), "month") == [
        date(2019, 1, 31),
        date(2019, 2, 28),
        date(2019, 3, 31),
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda db: transitions(db, from_framework="nope"),
        lambda db: timing(db, measure="forever"),
        lambda db: firsts(db, grade="excellent"),
        lambda db: trend(db, every="decade"),
        lambda db: trend(db, start="2020-01-01", end="2019-01-01"),
        lambda db: trend(db, start="2001-01-01"),
    ],
)
def test_bad_options_are_sentences(small_record, call):
    with pytest.raises(InvalidOption):
        call(small_record)
