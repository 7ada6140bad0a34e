"""`ilacs check`, round 9 dates: a day joined by 'and' to the days on site but named by the
verb after it ('... and today (15 December) published their report') is the report's day."""

from __future__ import annotations

from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught

# Isle of Wight: on site 30 October to 3 November 2023, report published 15 December 2023
_TEXT = (
    "Isle of Wight Council's children's services have again been rated good overall by "
    "Ofsted. Inspectors visited the Island from 30 October to 3 November and today "
    "({day} December) published their report.\n"
)


def test_a_day_named_by_the_verb_after_it_is_the_reports(tmp_path, corpus_db):
    held_then_caught(
        tmp_path,
        corpus_db,
        _TEXT.format(day=15),
        "2023-12-15",
        ("today (15 December)", "from 30 October to 3 November"),
        altered=_TEXT.format(day=12),
        caught="today (12 December)",
        still_held=("from 30 October to 3 November",),
    )


def test_last_week_then_the_days_on_site(tmp_path, corpus_db):
    # North Yorkshire: on site 3 to 7 July 2023, report published Friday 18 August 2023;
    # Essex, named only to compare, was on site 26 to 30 June
    text = (
        "North Yorkshire has become the second council to be rated outstanding in every area "
        "under Ofsted's updated inspection framework, following Essex earlier this month.\n\n"
        "The county's children's services were graded outstanding in a report published last "
        "week following an inspection from 3 to 7 {month}.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text.format(month="July"),
        "2023-08-21",
        ("from 3 to 7 July", "The county's children's services"),
        altered=text.format(month="June"),
        caught="from 3 to 7 June",
    )
    assert "North Yorkshire" in _claim(claims, "The county's children's services")["explanation"]
