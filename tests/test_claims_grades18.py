"""`ilacs check` on grades and the council and report a grade belongs to (round 18): a date the
grade came after ('rated outstanding, jumping two grades since inspectors last visited in 2019')
is not the grade's; 'the report, published today, found services had improved since the
previous inspection, when the council was rated X': the 'when' clause hangs on the previous
inspection, not on the day of publication; 'the second council after Tameside to fall a grade,
... since they were rated good': a council named to compare with is not what the pronoun stands
for; 'Inspectors rated leaders ... good. However, help and protection was judged ...': the same
telling of the latest report. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check18(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str, kinds: tuple[str, ...] = ("grade", "trend")) -> list[str]:
    return [v for k, t, v in found if words in t and k in kinds]


# Leicestershire: ilacs2018 4 November 2019 requires improvement overall; ilacs2023 12 July 2024
# outstanding overall (help and protection good).
@pytest.mark.parametrize(
    ("grade", "want"), [("outstanding", "supported"), ("good", "contradicted")]
)
def test_date_the_grade_came_after_is_not_its_own(check18, grade: str, want: str) -> None:
    text = (
        f"Children's services at Leicestershire County Council have been rated '{grade}' by "
        "Ofsted, jumping two grades since inspectors last visited in 2019."
    )
    found = check18(text, date(2024, 7, 12))
    assert set(_of(found, "have been rated")) == {want}


@pytest.mark.parametrize(
    ("grade", "want"),
    [("requires improvement to be good", "supported"), ("inadequate", "contradicted")],
)
def test_when_clause_hangs_on_the_previous_inspection(check18, grade: str, want: str) -> None:
    text = (
        "Leicestershire's children's services have been rated outstanding. The education "
        "watchdog's report, published today (Friday, July 12), found services had \"much "
        f"improved\" since the previous inspection, when the council was rated '{grade}'."
    )
    found = check18(text, date(2024, 7, 12))
    assert set(_of(found, "when the council was rated")) == {want}


# Stockport: ilacs2018 18 May 2022 good in every area; Tameside: ilacs2018 1 July 2019 requires
# improvement, ilacs2023 13 February 2024 inadequate.
@pytest.mark.parametrize(
    ("grade", "want"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_council_compared_with_is_not_the_pronoun(check18, grade: str, want: str) -> None:
    text = (
        "Children's services in Stockport have been downgraded by Ofsted, making it the second "
        "Greater Manchester council after Tameside to fall a grade, with inspectors finding "
        f"practice had deteriorated since they were rated {grade} three years ago."
    )
    found = check18(text, date(2025, 7, 17))
    assert set(_of(found, "since they were rated")) == {want}


# Sefton: ilacs2018 9 May 2022 inadequate in every area; ilacs2023 12 August 2025 good overall,
# help and protection requires improvement.
@pytest.mark.parametrize(
    ("grade", "want"), [("to require improvement", "supported"), ("inadequate", "contradicted")]
)
def test_however_continues_the_latest_report(check18, grade: str, want: str) -> None:
    text = (
        "Sefton Council's children's services have been rated good by Ofsted. Inspectors rated "
        "the impact of leaders, the experiences and progress of children in care and the "
        "experiences of care leavers as good. However, help and protection was judged "
        f"{grade}, with the report highlighting delay."
    )
    found = check18(text, date(2025, 8, 13))
    assert set(_of(found, "help and protection was judged")) == {want}


# Slough: ilacs2018 4 March 2019 requires improvement in every area; ilacs2023 17 March 2023
# requires improvement overall, leadership inadequate.
@pytest.mark.parametrize(
    ("grade", "want"),
    [("inadequate", "supported"), ("requires improvement to be good", "contradicted")],
)
def test_minutes_judgement_after_judgement_is_the_latest(check18, grade: str, want: str) -> None:
    text = (
        "Slough's children's services were inspected in January 2023. Overall effectiveness was "
        "judged 'requires improvement to be good', the same judgement as at the previous "
        f"inspection in 2019. The impact of leaders on social work practice was judged '{grade}'."
    )
    found = check18(text, date(2023, 4, 20))
    assert set(_of(found, "impact of leaders")) == {want}


def test_a_sentence_of_an_earlier_time_does_not_carry_on(check18) -> None:
    text = (
        "Sefton Council's children's services have been rated good by Ofsted. At the last "
        "inspection, the impact of leaders was judged inadequate. However, help and protection "
        "was judged inadequate too."
    )
    found = check18(text, date(2025, 8, 13))
    assert "contradicted" not in _of(found, "help and protection was judged")


# Plymouth: requires improvement overall in the sif report of 6 January 2015, the ilacs2018
# report of 7 January 2019 and the ilacs2023 report of 15 March 2024.
@pytest.mark.parametrize(("n", "want"), [("third", "supported"), ("second", "contradicted")])
def test_nth_consecutive_full_inspection_is_exact(check18, n: str, want: str) -> None:
    text = (
        "Plymouth's children's services were rated requires improvement in March 2024. Members "
        f"noted that this was the {n} consecutive full inspection at which Plymouth had been "
        "judged to require improvement overall."
    )
    found = check18(text, date(2024, 4, 18))
    assert set(_of(found, "consecutive full inspection")) == {want}


# Richmond upon Thames: ilacs2023 12 August 2025 outstanding overall, for leaders, children in
# care and care leavers; help and protection good.
@pytest.mark.parametrize(("grade", "want"), [("good", "supported"), ("inadequate", "contradicted")])
def test_list_set_off_by_dashes_is_the_grade_before(check18, grade: str, want: str) -> None:
    text = (
        "Richmond upon Thames's children's services were judged outstanding in three of the four "
        "areas inspected – leadership, children in care and care leavers – while help and "
        f"protection was rated {grade}."
    )
    found = check18(text, date(2025, 8, 12))
    assert set(_of(found, "while help and protection")) == {want}


# West Northamptonshire: ilacs2018 25 November 2022 requires improvement in every area; ilacs2026
# 7 July 2026 (no overall grade) leaders outstanding, the other judgements good.
@pytest.mark.parametrize(
    ("move", "want"),
    [("a marked improvement on", "supported"), ("a step down from", "contradicted")],
)
def test_move_with_no_overall_grade_by_every_judgement(check18, move: str, want: str) -> None:
    text = (
        "Children's services in West Northamptonshire have been judged good in three key areas by "
        f"Ofsted. It is {move} the authority's first inspection in 2022."
    )
    found = check18(text, date(2026, 7, 8))
    assert set(_of(found, f"It is {move}")) == {want}
