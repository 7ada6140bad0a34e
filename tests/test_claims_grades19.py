"""`ilacs check` on grades and trends (round 19): 'Blackpool, Lancashire's neighbour, was rated
...': a council named only as the owner of an appositive is not the one graded; 'both of which
were also once rated inadequate': a grade held at some time, not at the time told earlier in the
sentence; 'good overall, up from requires improvement in 2014 and 2018, with leadership also
judged good': the date of the grade a move left is not the date of the 'with' clause; 'marked
down the help given to children at risk of harm': the move of the judgement named; 'with
outstanding features': no judgement. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check19(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str, kinds: tuple[str, ...] = ("grade", "trend")) -> list[str]:
    return [v for k, t, v in found if words in t and k in kinds]


# Blackpool: ilacs2026 28 July 2026: leadership, children in care, care leavers outstanding, help
# and protection good. Lancashire: ilacs2026 20 August 2026: leadership and care leavers
# outstanding, help and protection and children in care good.
@pytest.mark.parametrize(
    ("areas", "want"), [("three of the four", "supported"), ("all four", "contradicted")]
)
def test_appositive_owner_is_not_the_council_graded(check19, areas: str, want: str) -> None:
    text = (
        "Lancashire County Council's children's services have been rated outstanding for "
        f"leadership. Blackpool, Lancashire's neighbour, was rated outstanding in {areas} areas "
        "last month."
    )
    found = check19(text, date(2026, 8, 21))
    assert set(_of(found, "Lancashire's neighbour")) == {want}


# Wandsworth: sif 16 February 2016 inadequate; ilacs2023 18 May 2026 outstanding. Haringey: no
# inspection ilacs holds rated it inadequate (sif 2014, ilacs2018 requires improvement; ilacs2023
# 2023 good, 2026 outstanding), but one before the record may have: not in the record.
@pytest.mark.parametrize(
    ("council", "told", "day", "want"),
    [
        ("Wandsworth", "Monday (18 May)", date(2026, 5, 19), "supported"),
        ("Haringey", "Tuesday (24 February)", date(2026, 2, 25), "not_in_record"),
    ],
)
def test_once_rated_is_any_time_before(
    check19, council: str, told: str, day: date, want: str
) -> None:
    text = (
        f"{council} Council was given the top grade in a report published on {told}, a "
        "council which was also once rated inadequate."
    )
    found = check19(text, day)
    assert set(_of(found, "once rated inadequate")) == {want}


# Haringey: sif 2014 and ilacs2018 (14 December 2018) requires improvement in every area;
# ilacs2023 11 April 2023 good overall, leadership, help and protection and care leavers good,
# children in care requires improvement.
@pytest.mark.parametrize(
    ("grade", "want"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_date_of_the_grade_risen_from_is_not_the_with_clause(
    check19, grade: str, want: str
) -> None:
    text = (
        "Ofsted's 2023 inspection rated Haringey Council good overall, up from requires "
        f"improvement in 2014 and 2018, with leadership and care leavers also judged {grade}."
    )
    found = check19(text, date(2025, 3, 17))
    assert set(_of(found, "also judged")) == {want}


# Croydon: ilacs2018 16 March 2020 good overall, help and protection good; ilacs2023 3 December
# 2024 good overall, help and protection requires improvement.
@pytest.mark.parametrize(
    ("verb", "want"), [("marked down", "supported"), ("upgraded", "contradicted")]
)
def test_move_of_the_judgement_named(check19, verb: str, want: str) -> None:
    text = (
        "Croydon Council's children's services have held on to their good rating, but "
        f"inspectors have {verb} the help given to children at risk of harm."
    )
    found = check19(text, date(2024, 12, 4))
    assert set(_of(found, verb)) == {want}


# Wakefield: ilacs2018 17 July 2018 inadequate; ilacs2023 18 July 2025 good overall, children in
# care outstanding.
def test_outstanding_features_are_no_judgement(check19) -> None:
    text = (
        "Wakefield Council's cabinet heard that the journey from inadequate to good, with "
        "outstanding features, in seven years was a credit to staff."
    )
    found = check19(text, date(2025, 7, 25))
    assert "contradicted" not in {v for _, _, v in found}
    assert set(_of(found, "journey from inadequate to good")) == {"supported"}


# South Tyneside: sif 24 November 2017 good overall (adoption outstanding); ilacs2018 10 May 2023.
def test_date_over_the_clause_and_its_grade_are_one_claim(check19) -> None:
    text = (
        "South Tyneside Council's children's services have been inspected again. Before the "
        "2023 inspection, the council's children's services had been rated {}, in 2017."
    )
    found = check19(text.format("good"), date(2023, 6, 1))
    assert set(_of(found, "had been rated good", ("grade", "trend", "date"))) == {"supported"}
    found = check19(text.format("outstanding"), date(2023, 6, 1))
    # the claim that reads the whole clause is the grade's, false
    assert set(_of(found, "Before the 2023 inspection, the council")) == {"contradicted"}
    assert "supported" not in _of(found, "rated outstanding, in 2017", ("grade", "trend", "date"))


# Dorset (created 1 April 2019): ilacs2018 19 November 2021 good overall, leadership outstanding;
# ilacs2023 9 May 2025 outstanding.
@pytest.mark.parametrize(("grade", "want"), [("Good", "supported"), ("Inadequate", "contradicted")])
def test_the_year_a_council_was_created_dates_no_inspection(check19, grade: str, want: str) -> None:
    text = (
        "Dorset Council's children's services have been rated outstanding. It is a step up "
        f"from 2021, when its services were rated '{grade}' overall, in the council's first "
        "inspection since it was created in 2019."
    )
    found = check19(text, date(2025, 5, 10))
    assert set(_of(found, f"rated '{grade}' overall", ("grade", "trend", "date"))) == {want}
    assert "contradicted" not in _of(found, "created in 2019", ("date",))


# East Riding of Yorkshire: ilacs2018 13 March 2020 inadequate; ilacs2023 24 March 2023 good
# overall (care leavers requires improvement).
@pytest.mark.parametrize(
    ("grade", "want"), [("good", "supported"), ("requires improvement", "contradicted")]
)
def test_grade_now_and_the_one_a_span_before_are_overall_grades(
    check19, grade: str, want: str
) -> None:
    text = (
        f"East Riding of Yorkshire Council's children's services have been rated {grade} by "
        "Ofsted, three years after they were judged to be inadequate."
    )
    found = check19(text, date(2023, 3, 24))
    assert set(_of(found, "three years after")) == {want}


# Merton: ilacs2023 27 August 2025 outstanding overall, leadership, children in care and care
# leavers outstanding, help and protection good.
@pytest.mark.parametrize(
    ("grade", "want"), [("good", "supported"), ("requires improvement", "contradicted")]
)
def test_with_an_area_judged_is_the_same_telling(check19, grade: str, want: str) -> None:
    text = (
        "Merton Council's children's services were judged outstanding overall. Leadership, "
        "children in care and care leavers were all judged outstanding, with help and "
        f"protection judged {grade}."
    )
    found = check19(text, date(2025, 9, 17))
    assert set(_of(found, "Leadership, children in care")) == {want}


# Sutton: ilacs2018 1 February 2022 leadership outstanding; ilacs2023 29 July 2025 leadership
# good (sif 2017 leadership good).
@pytest.mark.parametrize(
    ("grade", "want"), [("outstanding", "supported"), ("good", "contradicted")]
)
def test_grade_at_the_previous_inspection_is_that_one(check19, grade: str, want: str) -> None:
    text = (
        "Sutton Council's children's services have been rated good again, although its "
        f"leadership, rated {grade} at its previous inspection, slipped to good."
    )
    found = check19(text, date(2025, 8, 12))
    assert set(_of(found, "at its previous inspection")) == {want}


# Middlesbrough: ilacs2018 24 January 2020 inadequate; ilacs2023 25 May 2023 requires
# improvement.
@pytest.mark.parametrize(
    ("grade", "want"), [("inadequate", "supported"), ("requires improvement", "contradicted")]
)
def test_no_longer_rated_is_a_grade_the_latest_lacks(check19, grade: str, want: str) -> None:
    text = f"Middlesbrough Council's children's services are no longer rated {grade}."
    found = check19(text, date(2023, 5, 26))
    assert set(_of(found, "no longer rated")) == {want}


# Torbay: sif 24 August 2018 inadequate; ilacs2018 18 May 2022 good.
def test_no_longer_failing_after_a_new_grade_is_that_grade(check19) -> None:
    text = (
        "Children's services in Torbay are no longer failing after Ofsted rated them good in a "
        "report published today."
    )
    found = check19(text, date(2022, 5, 18))
    assert set(_of(found, "no longer failing")) == {"supported"}


# Kingston upon Thames: sif 3 August 2015 good; ilacs2018 19 December 2019 and ilacs2023 29
# January 2025 outstanding. Central Bedfordshire: good in 2017, 2022 and 2025 (the run may reach
# back before the record).
@pytest.mark.parametrize(
    ("council", "grade", "nth", "day", "want"),
    [
        ("Kingston upon Thames", "outstanding", "second", date(2025, 1, 30), "supported"),
        ("Kingston upon Thames", "outstanding", "fourth", date(2025, 1, 30), "contradicted"),
        ("Central Bedfordshire", "good", "fifth", date(2025, 4, 25), "not_in_record"),
    ],
)
def test_a_run_longer_than_the_record_holds(
    check19, council: str, grade: str, nth: str, day: date, want: str
) -> None:
    text = (
        f"{council} Council's children's services have been rated {grade} by Ofsted for the "
        f"{nth} inspection in a row."
    )
    found = check19(text, day)
    assert set(_of(found, "in a row")) == {want}
