"""`ilacs check` on grades and trends (round 20): spans said from a grade named. 'three years
after inspectors judged the leadership of the service to be inadequate': a grade of another
judgement than overall may be the earlier end; 'almost four years after the council climbed out
of inadequate': the span runs from the inspection that left the grade; 'had climbed to requires
improvement in 2017, three years after a 2014 inspection found it inadequate': the year before
the span dates its later end; 'after a week-long inspection in November, down from the top grade
it was awarded in 2022': the length is of the inspection the month dates. Real values from the
corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check20(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str, kinds: tuple[str, ...] = ("grade", "trend")) -> list[str]:
    return [v for k, t, v in found if words in t and k in kinds]


# Doncaster: sif 27 November 2015 inadequate overall; ilacs2018 8 April 2022 requires
# improvement overall, leadership inadequate; ilacs2023 18 March 2025 good.
@pytest.mark.parametrize(("n", "want"), [("three", "supported"), ("six", "contradicted")])
def test_span_from_a_judgement_other_than_overall(check20, n: str, want: str) -> None:
    text = (
        "Children's services in Doncaster have been rated good by Ofsted, "
        f"{n} years after inspectors judged the leadership of the service to be inadequate."
    )
    assert _of(check20(text, date(2025, 3, 20)), "rated good by Ofsted") == [want]


# Torbay: sif 24 August 2018 inadequate; ilacs2018 18 May 2022 good; ilacs2023 24 February
# 2026 good.
@pytest.mark.parametrize(("n", "want"), [("four", "supported"), ("seven", "contradicted")])
def test_span_from_the_inspection_that_left_a_grade(check20, n: str, want: str) -> None:
    text = (
        "Torbay's children's services have held on to their 'good' Ofsted rating, almost "
        f"{n} years after the council climbed out of 'inadequate'."
    )
    assert _of(check20(text, date(2026, 2, 26)), "held on to their") == [want]


# Manchester: sif 3 September 2014 inadequate; sif 21 December 2017 requires improvement;
# ilacs2023 11 November 2025 outstanding.
@pytest.mark.parametrize(("n", "want"), [("three", "supported"), ("six", "contradicted")])
def test_a_year_before_the_span_dates_its_later_end(check20, n: str, want: str) -> None:
    text = (
        "Manchester's children's services have been rated outstanding. The council had climbed "
        f'to "requires improvement" in 2017, {n} years after a 2014 inspection found it '
        "inadequate overall."
    )
    assert _of(check20(text, date(2025, 11, 12)), "climbed to") == [want]


# Kent: ilacs2018 on site 9 to 20 May 2022 (outstanding); ilacs2023 on site 3 to 7 November
# 2025 (good).
def test_length_is_of_the_inspection_the_month_dates(check20) -> None:
    text = (
        "Kent's children's services have been rated good. The education watchdog rated the "
        'service "good" overall after a week-long inspection in November, down from the top '
        "grade it was awarded in 2022."
    )
    found = check20(text, date(2026, 2, 4))
    assert "contradicted" not in _of(found, "week-long", ("grade", "trend", "date"))
    assert "supported" in _of(found, "week-long", ("grade", "trend", "date"))
    text = "Kent's children's services were rated outstanding after a week-long inspection in May 2022."
    assert "contradicted" in _of(check20(text, date(2022, 7, 6)), "week-long", ("grade", "date"))


# Stoke-on-Trent: ilacs2018 18 March 2019, children in care and care leavers inadequate;
# ilacs2018 25 November 2022, requires improvement overall, children in care and care leavers
# good.
def test_a_jump_of_the_joint_judgement_of_children_in_care_and_care_leavers(check20) -> None:
    text = (
        "Stoke-on-Trent's children's services now require improvement. The experiences and "
        "progress of children in care and care leavers were rated 'good', jumping {} grades."
    )
    assert _of(check20(text.format("two"), date(2022, 11, 28)), "jumping", ("trend",)) == [
        "supported"
    ]
    assert "supported" not in _of(
        check20(text.format("one"), date(2022, 11, 28)), "jumping", ("trend",)
    )


# Richmond upon Thames: ilacs2018 18 March 2022 good; ilacs2023 12 August 2025 outstanding.
@pytest.mark.parametrize(("was", "want"), [("good", "supported"), ("inadequate", "contradicted")])
def test_a_date_before_a_move_dates_the_grade_moved_to(check20, was: str, want: str) -> None:
    text = (
        "Richmond upon Thames has been rated outstanding. Richmond upon Thames joined the "
        f"outstanding councils earlier this month after being upgraded from {was}."
    )
    assert _of(check20(text, date(2025, 8, 20)), "upgraded from") == [want]


# Milton Keynes: ilacs2018 17 December 2021 requires improvement; ilacs2023 17 December 2024
# good.
@pytest.mark.parametrize(
    ("was", "want"), [("requires improvement", "supported"), ("inadequate", "contradicted")]
)
def test_after_two_grades_in_a_row_are_the_grades_before(check20, was: str, want: str) -> None:
    text = (
        "Milton Keynes has been rated good by Ofsted. After two "
        f"'{was}' judgements in a row, the council is proud of the result."
    )
    assert _of(check20(text, date(2024, 12, 18)), "in a row") == [want]


# Rochdale: ilacs2018 12 March 2018, children in care and care leavers good; ilacs2023 17 March
# 2023, requires improvement overall and for children in care.
@pytest.mark.parametrize(("was", "want"), [("good", "supported"), ("outstanding", "contradicted")])
def test_then_rated_is_the_grade_of_that_time(check20, was: str, want: str) -> None:
    text = (
        "Rochdale's children's services require improvement overall, and the experiences and "
        f"progress of children in care, then rated {was}, have slipped to requires improvement."
    )
    assert _of(check20(text, date(2023, 3, 18)), "then rated") == [want]


# Tower Hamlets: ilacs2018 22 July 2019 good; ilacs2023 13 January 2025 outstanding.
@pytest.mark.parametrize(
    ("moved", "want"), [("another grade", "supported"), ("two more grades", "contradicted")]
)
def test_a_move_of_another_grade(check20, moved: str, want: str) -> None:
    text = (
        "Tower Hamlets has been rated outstanding. In 2019 it was rated good. Since then the "
        f"borough has moved up {moved} overall."
    )
    assert _of(check20(text, date(2025, 1, 15)), "moved up", ("trend",)) == [want]
