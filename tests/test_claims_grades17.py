"""`ilacs check` on grades and the report a grade belongs to (round 17): in "X had been judged
Outstanding, Y had been judged Good", each judgement named before 'had been judged' is the
subject of its own grade ('the experiences and progress of children who need help and
protection had been judged ...'); 'rated good in 2017 before slipping to requires improvement' is
a move of one judgement; a bare 'that year' is the year the paragraph named before it, and
dates the clauses after it in the sentence; 'the only areas to escape the lowest grade' is a
grade not given; 'before its 2022 inspection' is the inspection before that year's. Real values
from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check17(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str) -> list[str]:
    return [v for k, t, v in found if words in t]


# Wigan: ilacs2023 26 November 2025 good overall; leadership good; help and protection requires
# improvement; children in care and care leavers outstanding. sif 31 March 2017 good overall;
# ilacs2018 5 July 2022 requires improvement.
@pytest.mark.parametrize(
    ("grade", "want"),
    [("Requires Improvement to be Good", "supported"), ("Outstanding", "contradicted")],
)
def test_each_judgement_had_been_judged(check17, grade: str, want: str) -> None:
    text = (
        "Members were informed that the overall effectiveness of Wigan's children's services had "
        "been judged Good. The experiences and progress of children in care had been judged "
        "Outstanding, the impact of leaders had been judged Good and the experiences and "
        f"progress of children who need help and protection had been judged {grade}."
    )
    got = _of(check17(text, date(2026, 1, 13)), "impact of leaders")
    assert got == [want]


@pytest.mark.parametrize(
    ("grade", "want"), [("Requires Improvement", "supported"), ("Inadequate", "contradicted")]
)
def test_rated_before_slipping_is_one_move(check17, grade: str, want: str) -> None:
    text = (
        "Wigan's children's services have been rated good by Ofsted. Wigan had previously been "
        f"rated Good in 2017 before slipping to {grade}."
    )
    got = _of(check17(text, date(2026, 1, 13)), "before slipping")
    assert got and set(got) == {want}


# Barnet: sif 7 July 2017 inadequate overall, adoption and care leavers requires improvement;
# ilacs2023 23 July 2024 good.
@pytest.mark.parametrize(("grade", "want"), [("inadequate", "supported"), ("good", "contradicted")])
def test_that_year_is_the_year_named_before(check17, grade: str, want: str) -> None:
    text = (
        "Barnet's children's services are outstanding. It is a far cry from 2017, when Ofsted "
        f"found serious failures in Barnet. The council was rated {grade} overall that year, "
        "with adoption and care leavers' services the only areas to escape the lowest grade."
    )
    found = check17(text, date(2024, 7, 24))
    assert _of(found, "overall that year") == [want]
    assert _of(found, "escape the lowest grade") == ["supported"]


# Kent: sif 13 June 2017 good overall; ilacs2018 5 July 2022 outstanding.
@pytest.mark.parametrize(("grade", "want"), [("good", "supported"), ("inadequate", "contradicted")])
def test_before_its_inspection_of_a_year(check17, grade: str, want: str) -> None:
    text = f"Kent has lost its outstanding rating. Before its 2022 inspection it had been rated {grade}."
    got = _of(check17(text, date(2026, 2, 2)), "it had been rated")
    assert got == [want]


# Wigan (as above): minutes reporting the latest report in the past perfect.
@pytest.mark.parametrize(
    ("grade", "want"), [("Outstanding", "supported"), ("Good", "contradicted")]
)
def test_minutes_past_perfect_is_the_latest_report(check17, grade: str, want: str) -> None:
    text = (
        "Members were informed that the overall effectiveness of Wigan's children's services had "
        "been judged Good. The experiences and progress of children in care and of care leavers "
        f"had both been judged {grade}."
    )
    got = _of(check17(text, date(2026, 1, 13)), "had both been judged")
    assert got == [want]


# Wirral: ilacs2018 29 July 2019 leadership good; ilacs2023 2 February 2024 leadership requires
# improvement.
@pytest.mark.parametrize(
    ("grade", "want"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_grade_at_the_last_inspection_in_a_year(check17, grade: str, want: str) -> None:
    text = (
        "Wirral's children's services still require improvement, Ofsted says. The report found "
        f"that the impact of leaders on practice had slipped from {grade} at the last "
        "inspection, in 2019, to requires improvement to be good."
    )
    got = _of(check17(text, date(2024, 2, 5)), "slipped from")
    assert got == [want]


# Doncaster: ilacs2018 8 April 2022 requires improvement overall, leadership inadequate;
# ilacs2023 18 March 2025 good in every judgement but care leavers.
@pytest.mark.parametrize(("grade", "want"), [("inadequate", "supported"), ("good", "contradicted")])
def test_and_found_shares_the_time_of_the_verb_before(check17, grade: str, want: str) -> None:
    text = (
        "Doncaster Council's children's services have been rated good by Ofsted, three years "
        f"after inspectors judged them to require improvement and found leadership {grade}."
    )
    got = _of(check17(text, date(2025, 3, 19)), "found leadership")
    assert got == [want]


# Bath and North East Somerset: sif 7 July 2017 good; ilacs2018 19 April 2022 good; ilacs2023
# 5 August 2025 good in all five judgements.
@pytest.mark.parametrize(
    ("rank", "want"), [("second-highest", "supported"), ("second-lowest", "contradicted")]
)
def test_second_highest_grade_is_good(check17, rank: str, want: str) -> None:
    text = (
        "Bath and North East Somerset's children's services have been inspected by Ofsted. "
        f"Inspectors gave the council the {rank} grade in all five areas they looked at."
    )
    assert _of(check17(text, date(2025, 8, 6)), "grade in all five") == [want]


# Doncaster (as above): the article gave leadership's grade at the inspection before the move;
# sif 27 November 2015 leadership requires improvement is not where the move counts from.
@pytest.mark.parametrize(
    ("steps", "want"), [("two grades", "supported"), ("one grade", "contradicted")]
)
def test_jump_from_the_grade_the_article_gave_before(check17, steps: str, want: str) -> None:
    text = (
        "Doncaster Council's children's services have been rated good by Ofsted, three years "
        "after inspectors judged them to require improvement and found leadership inadequate.\n\n"
        f"The judgement on the impact of leaders on social work practice jumped {steps} to good."
    )
    got = [v for k, t, v in check17(text, date(2025, 3, 19)) if k == "trend" and "jumped" in t]
    assert got == [want]


# Leeds: sif 27 March 2015; ilacs2018 18 December 2018 and 9 May 2022 outstanding; ilacs2023
# 12 August 2025 outstanding.
@pytest.mark.parametrize(("year", "want"), [("2022", "supported"), ("2021", "contradicted")])
def test_years_of_a_repeated_grade(check17, year: str, want: str) -> None:
    text = (
        "Leeds children's services were judged outstanding overall, repeating the top grade it "
        f"achieved in 2018 and again in {year}."
    )
    got = _of(check17(text, date(2025, 8, 13)), "repeating")
    assert got == [want]
