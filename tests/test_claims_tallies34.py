"""`ilacs check`: a region's tallies and bare grades (pool eb-ee).

- "Ten of the North West's 23 inspected councils are rated good": "inspected" councils are
  councils (was no claim, and with the region said as "the region's", a grade of the council
  named before, contradicted);
- "None is currently rated outstanding" after a count of the region's councils;
- "... are currently rated inadequate, while six are judged to require improvement": the second
  count is a claim too;
- "Knowsley requires improvement.": a council with the grade as its verb.

Real values from the corpus in ../shared (North West, 16 July 2024: 23 councils graded, 10
good, 7 requiring improvement, 6 inadequate, none outstanding; South West, 21 April 2022: 3
inadequate, 6 requiring improvement of 15)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, contradicted, held_then_caught


@pytest.mark.parametrize(
    "said",
    [
        "Ten of the North West's 23 inspected councils are rated good.",
        "Halton is in the North West. Ten of the region's 23 inspected councils are rated good.",
        "Ten of the 23 graded councils in the North West are rated good.",
    ],
)
def test_inspected_councils_are_counted(tmp_path, corpus_db, said):
    held_then_caught(
        tmp_path,
        corpus_db,
        said + "\n",
        "2024-07-16",
        "Ten of the",
        altered=("Ten of the", "Twelve of the"),
        kind="count",
    )


def test_none_is_currently_rated(tmp_path, corpus_db):
    text = "In the North West, ten councils are rated good. None is currently rated outstanding.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-16",
        "None is currently rated",
        altered=("rated outstanding.", "rated inadequate."),
        kind="count",
    )


def test_a_second_count_after_while(tmp_path, corpus_db):
    text = (
        "In the South West, three of its 15 councils are currently rated inadequate, while six "
        "are judged to require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-04-21",
        ("three of its 15", "six are judged"),
        altered=("while six", "while seven"),
        caught="seven are judged",
        kind="count",
    )


def test_a_council_with_the_grade_as_its_verb(tmp_path, corpus_db):
    # Knowsley: requires improvement (3 December 2021)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Halton is rated inadequate. Knowsley requires improvement.\n",
        "2024-07-16",
        "Knowsley requires improvement",
        altered=("Knowsley requires improvement", "Knowsley is rated good"),
        caught="Knowsley is rated good",
        kind="grade",
    )
    # what it must improve is no grade
    claims = check_text(
        tmp_path,
        corpus_db,
        "Knowsley requires improvement in how it supports care leavers.\n",
        "2024-07-16",
    )
    assert not contradicted(claims), claims


def test_none_after_a_count_in_a_region_not_named(tmp_path, corpus_db):
    # East Midlands, 13 May 2022: no council's latest grade inadequate; 19 in England (a
    # framework named a paragraph before gave the national count)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Derby's children's services were rated outstanding under the current framework last "
        "week.\n\nIn the East Midlands, the picture remains mixed. Of the eight councils in the "
        "region with a graded inspection, four are rated good or outstanding and four, including "
        "Derbyshire and Nottingham, require improvement. None is currently rated inadequate.\n",
        "2022-05-13",
    )
    assert not contradicted(claims), claims


def test_each_count_of_a_tally_is_its_own_claim(tmp_path, corpus_db):
    # North West, 12 July 2024: 23 councils graded, 10 good, 7 requiring improvement, 6
    # inadequate: the wrong "seven are inadequate" is caught, the others hold
    claims = check_text(
        tmp_path,
        corpus_db,
        "Halton was rated inadequate. It means ten of the North West's 23 inspected councils are "
        "now rated good, while seven are inadequate and seven require improvement.\n",
        "2024-07-12",
    )
    verdicts = {c["text"]: c["verdict"] for c in claims if c["type"] == "count"}
    assert verdicts == {
        "It means ten of the North West's 23 inspected councils are now rated good": "supported",
        "seven are inadequate": "contradicted",
        "seven require improvement": "supported",
    }, claims


def test_none_of_a_named_total(tmp_path, corpus_db):
    # North West, 27 January 2023: 22 councils graded, none outstanding, 10 requiring
    # improvement, 5 inadequate
    text = (
        "Lancashire was rated good. Across the North West's 22 councils, none holds the top "
        "outstanding grade, 10 require improvement and five are rated inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-01-27",
        ("none holds the top", "10 require improvement", "five are rated inadequate"),
        altered=("none holds", "one holds"),
        caught="one holds the top",
        kind="count",
    )
