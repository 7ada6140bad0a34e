"""`ilacs check`, round 43: what a report asks for or found, told in the article's own words
with one of who-or-what swapped for another (care leavers for foster carers, private fostering
for pre-proceedings work), a list of areas 'to develop further', and a focused visit dated by
a report's words about a monitoring visit.

Real values from the corpus: Barnsley's report of 8 August 2014 ('32. The grant for care
leavers should be reviewed to bring it in line with recommended best practice'), Salford's of
12 January 2024 (its one recommendation: 'Management oversight of pre-proceedings work to
prevent unnecessary delays for children'), Milton Keynes' of 17 December 2024 (three:
consistency of assessments, placement sufficiency for children in care, the strategic needs
analysis of extra-familial harm) and Torbay's of 24 August 2018 ('since the Ofsted monitoring
visit in January 2017')."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import filled_held_then_caught, in_process_checker, verdicts


@pytest.fixture(scope="module")
def check43(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# --- one who-or-what for another, in the article's words ----------------------------------


def test_a_paraphrase_of_a_recommendation_with_its_people_swapped(check43) -> None:
    # Barnsley 2014: 'The grant for care leavers should be reviewed ...'
    said = (
        "Barnsley Council's children's services require improvement, Ofsted has said.\n\n"
        "Inspectors said pathway planning needed to improve. It also said the grant given to "
        "{} should be reviewed.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2014, 8, 15),
        ("care leavers", "grant given to care leavers"),
        ("foster carers", "grant given to foster carers"),
    )


def test_a_recommendation_about_pre_proceedings_told_as_private_fostering(check43) -> None:
    # Salford 2024: one recommendation, on management oversight of pre-proceedings work
    said = (
        "Salford City Council's children's services have been rated good by Ofsted.\n\n"
        "The report's one recommendation is that managers improve their oversight of {} to "
        "prevent unnecessary delays for children.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2024, 1, 15),
        ("pre-proceedings work", "pre-proceedings work"),
        ("private fostering arrangements", "private fostering arrangements"),
    )


def test_areas_to_develop_further_are_what_the_report_asks(check43) -> None:
    # Milton Keynes 2024: the list after 'three areas to develop further:' is the report's
    # three recommendations, each weighed (one swapped for support for care leavers)
    said = (
        "Milton Keynes Council's children's services have been rated good.\n\n"
        "The report also highlights three areas to develop further: the consistency of "
        "assessments and contingency planning, {}, and the strategic needs analysis of "
        "children at risk of harm outside the family home.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2025, 1, 10),
        ("placement sufficiency for children in care", "placement sufficiency"),
        ("support for care leavers", "support for care leavers"),
        "recommendation",
    )


# --- a focused visit is not a monitoring visit ----------------------------------------------


def test_a_monitoring_visits_date_does_not_date_a_focused_visit(check43) -> None:
    # Torbay 2018: 'since the Ofsted monitoring visit in January 2017' (a monitoring visit);
    # ilacs holds no focused visit letter of Torbay, so a focused visit in March 2017 is not
    # the report's to contradict
    said = (
        "Ofsted has again rated Torbay Council's children's services inadequate.\n\n"
        "The report, published on Friday, follows an inspection in June and July. Inspectors "
        "had carried out a focused visit in March 2017, the council said.\n"
    )
    found = check43(said, date(2018, 8, 27))
    assert verdicts(found, "visit in March 2017") == {"not_in_record"}
