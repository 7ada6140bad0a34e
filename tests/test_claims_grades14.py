"""`ilacs check`, round 14 grades, trends and moves: the inspection a grade is bound to when
its date is told elsewhere in the sentence ('In 2016, inspectors found ... and rated the
council inadequate'; 'a long way from 2017, when ..., with leadership ... judged inadequate';
'in August 2019, services were rated good overall and help and protection was found to ...';
'returned in 2019 and found ..., before rating them good in a report published in September
2022'; 'rated ... in 2019 after being judged inadequate three years earlier'); the council a
relative clause hangs on ('Kirklees, which was ..., alongside Leeds'); 'following two
successive inspections that found ...' (the inspections before the latest); 'an improvement
on the ... grade it received in 2019' (the same judgement's)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_a_date_opening_the_sentence_dates_a_later_clause(tmp_path, corpus_db, grade, verdict):
    # Kirklees: SIF published 25 November 2016, inadequate overall; ILACS 2024 good
    text = (
        "Kirklees Council's children's services have been rated good by Ofsted.\n\n"
        "In 2016, inspectors reported that the council was failing to protect many vulnerable "
        f"children across the district and rated the council {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-01")
    c = _claim(claims, f"rated the council {grade}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("outstanding", "contradicted")]
)
def test_a_when_clause_dates_the_grades_that_follow(tmp_path, corpus_db, grade, verdict):
    # Croydon: SIF published 4 September 2017, inadequate overall, leadership and children
    # looked after inadequate; ILACS 2024 good, leadership good, children in care good
    text = (
        "Croydon Council's children's services have kept their good rating.\n\n"
        "That is a long way from 2017, when the council was rated inadequate overall, with "
        f"leadership and children in care both judged {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-12-10")
    c = _claim(claims, f"both judged {grade}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("to require improvement", "supported"), ("outstanding", "contradicted")]
)
def test_a_grade_joined_to_a_dated_one(tmp_path, corpus_db, grade, verdict):
    # Sheffield: ILACS published 27 August 2019, good overall, help and protection requires
    # improvement; ILACS published 3 November 2023, help and protection good
    text = (
        "Sheffield's children's services have been rated good again.\n\n"
        "When Ofsted last reported on the city, in August 2019, services were rated good "
        f"overall and help and protection was found {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-05")
    c = _claim(claims, "help and protection was found")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_a_date_of_a_later_grade_leaves_the_earlier_to_the_sentence(
    tmp_path, corpus_db, grade, verdict
):
    # Newham: ILACS published 25 March 2019, inadequate; ILACS published 21 September 2022,
    # good; ILACS 2023 framework published 12 January 2026, outstanding
    text = (
        "Newham's children's services have been rated outstanding.\n\n"
        f"Inspectors came back in 2019 and found services {grade}, before rating them good in a "
        "report published in September 2022.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-01-15")
    c = _claim(claims, f"found services {grade}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("outstanding", "contradicted")]
)
def test_a_relative_clause_grade_is_its_councils(tmp_path, corpus_db, grade, verdict):
    # Kirklees: SIF published 25 November 2016 inadequate, ILACS published 5 August 2019
    # requires improvement; Leeds: outstanding in 2018 and 2022
    text = (
        "Kirklees, which was rated requires improvement in 2019 after being judged "
        f"{grade} three years earlier, has now been rated good, alongside Leeds.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-01")
    c = _claim(claims, "which was rated requires improvement in 2019")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("required improvement", "supported"), ("were inadequate", "contradicted")],
)
def test_successive_inspections_before_the_latest(tmp_path, corpus_db, grade, verdict):
    # Redcar and Cleveland: SIF 2017 and ILACS 2022 requires improvement; ILACS published 28
    # January 2026, good
    text = (
        "Redcar and Cleveland's children's services have been rated good by Ofsted, following "
        f"two successive inspections that found they {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-02-01")
    c = _claim(claims, "two successive inspections")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("'requires improvement'", "supported"), ("'good'", "contradicted")]
)
def test_an_improvement_on_a_grade_is_the_same_judgements(tmp_path, corpus_db, grade, verdict):
    # Sheffield: help and protection requires improvement (2019), good (3 November 2023);
    # overall good both times
    text = (
        "Sheffield City Council has been told its children's services remain good. In a report "
        "published today inspectors judged help and protection good, an improvement on the "
        f"{grade} grade it was given in 2019.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-03")
    c = _claim(claims, "an improvement on")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("year", "verdict"), [("2018", "supported"), ("2020", "contradicted")])
def test_the_same_grade_it_was_given_in_a_year(tmp_path, corpus_db, year, verdict):
    # Barnsley: ILACS published 19 November 2018, good; ILACS published 27 October 2023, good
    text = (
        "Barnsley Council's children's services have been inspected by Ofsted. The report rates "
        f"the service good overall, the same grade it was given in {year}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-10-30")
    c = _claim(claims, "the same grade it was given")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("move", "verdict"), [("improved", "supported"), ("declined", "contradicted")]
)
def test_a_move_since_a_dated_grade(tmp_path, corpus_db, move, verdict):
    # Oxfordshire: ILACS published 22 May 2018, help and protection requires improvement;
    # ILACS published 9 April 2024, help and protection good
    text = (
        "Oxfordshire County Council's children's services remain good, Ofsted has said.\n\n"
        f"Inspectors found that help and protection for children had {move} since 2018, when it "
        "was rated as requiring improvement.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-04-12")
    c = _claim(claims, f"had {move} since 2018")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_a_grade_told_with_the_latest_ones_is_the_latest(tmp_path, corpus_db, grade, verdict):
    # Peterborough: ILACS 2018 (published 6 August 2018) good in every judgement; ILACS
    # published 30 January 2024: care leavers inadequate, help and protection, children in care
    # and leadership requires improvement
    text = (
        "Peterborough City Council's children's services have been rated inadequate.\n\n"
        f"Support for care leavers was judged {grade}, while help and protection, children in "
        "care and leadership were all rated requires improvement.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-02-01")
    c = _claim(claims, f"judged {grade}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("three", "contradicted")])
def test_a_jump_beside_a_judgement_is_that_judgements(tmp_path, corpus_db, n, verdict):
    # Portsmouth: care leavers requires improvement (ILACS report published 3 July 2023),
    # outstanding (2026 framework report published 18 August 2026, which has no overall grade)
    text = (
        "Portsmouth's children's services have been rated outstanding in every area.\n\n"
        f'The report says managers have "turned round the service for care leavers", a rise of '
        f"{n} grades.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-08-20")
    c = _claim(claims, f"a rise of {n} grades")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("move", "verdict"), [("improved", "supported"), ("declined", "contradicted")]
)
def test_a_move_at_each_of_the_last_inspections(tmp_path, corpus_db, move, verdict):
    # Manchester: inadequate (2014), requires improvement (2017), good (2022), outstanding
    # (published 11 November 2025)
    text = (
        "Manchester's children's services have been rated outstanding by Ofsted.\n\n"
        f"The council has {move} at each of its last three inspections.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-11-12")
    c = _claim(claims, "each of its last three inspections")
    assert c["verdict"] == verdict, c


def test_no_move_since_a_dated_grade(tmp_path, corpus_db):
    # Oxfordshire: help and protection requires improvement (2018), good (9 April 2024): "had
    # not declined" says no move down, which is not a contradiction
    text = (
        "Oxfordshire County Council's children's services remain good, Ofsted has said.\n\n"
        "Inspectors found that help and protection for children had not declined since 2018, "
        "when it was rated as requiring improvement.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-04-12")
    c = _claim(claims, "when it was rated as requiring improvement")
    assert c["verdict"] == "supported", c


def test_an_event_after_the_grade_rating(tmp_path, corpus_db):
    # North East Lincolnshire: ILACS published 26 November 2021, inadequate; ILACS published
    # 3 September 2025, good
    text = (
        "North East Lincolnshire Council's children's services have been rated good by Ofsted.\n\n"
        "Monitoring visits followed after the inadequate rating.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-09-05")
    c = _claim(claims, "inadequate rating")
    assert c["verdict"] != "contradicted", c
