"""`ilacs check`: dates of a visit told with the place's name (pool eb-ee).

"Inspectors, who were in Slough from January 23 to February 3": the inspectors were in a place
named, not only in "the borough" or "the county", and the days are the visit's. Real values
from the corpus in ../shared (Slough's 2023 report: on site 23 January to 3 February 2023)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import held_then_caught


@pytest.mark.parametrize(
    ("said", "days", "altered"),
    [
        (
            "who were in Slough from January 23 to February 3",
            "January 23 to February 3",
            ("January 23", "January 9"),
        ),
        (
            "who were in Slough between 23 January and 3 February",
            "23 January and 3 February",
            ("3 February", "13 February"),
        ),
        (
            "who spent two weeks in Slough from 23 January",
            "23 January",
            ("23 January", "16 January"),
        ),
    ],
)
def test_days_in_a_place_named_are_the_visits(tmp_path, corpus_db, said, days, altered):
    text = f"Inspectors, {said}, again set out seven things that must improve.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-04-01",
        said.split(" ", 4)[-1][:12],
        altered=altered,
        kind="date",
    )


def test_a_graded_visit_at_another_time_of_its_year(tmp_path, corpus_db):
    # Haringey: the only graded inspection of 2018 was on site 29 October to 9 November 2018
    text = (
        "When inspectors returned to Haringey in the autumn of 2018, the grades were unchanged: "
        "requires improvement across the board.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-01-10",
        "the grades were unchanged",
        altered=("the autumn of 2018", "the spring of 2018"),
        caught="returned to Haringey in the spring",
    )
