"""`ilacs check`, round 13 grades, trends, moves and durations: a council the subject is
decoupled from is not the one the minutes are about; a council brought in as an improvement
partner does not carry over to the next sentences; 'Seven years after Ofsted found ..., the
borough's care for children in its charge has been judged outstanding' (the grade is the later
end's); 'Two years later, in 2019, ...' (the year dates the later end); '..., when inspectors
rated the council good overall but said help and protection required improvement' (the same
inspection); 'jumped two grades' that holds from an inspection before the last; 'a two-grade
improvement'; 'falling three grades from the good rating' (good to inadequate is two)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("requires improvement to be good", "supported"), ("inadequate", "contradicted")],
)
def test_a_council_decoupled_from_is_not_the_minutes_council(tmp_path, corpus_db, grade, verdict):
    # Cambridgeshire: ILACS, on site 4 to 15 March 2024, published 16 May 2024, led by Lisa
    # Walsh, requires improvement overall; Peterborough: ILACS published 30 January 2024,
    # inadequate overall
    text = (
        "MINUTES OF THE COMMITTEE\n\n"
        "The Director presented the outcome of the inspection carried out between 4 and 15 March "
        "2024, led by Lisa Walsh HMI. Members noted that the overall judgement was "
        f"{grade}. Progress followed the decision to decouple shared services from "
        "Peterborough.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-06-11")
    c = _claim(claims, f"was {grade}.")
    assert c["verdict"] == verdict, c


def test_a_partner_brought_in_does_not_carry_over(tmp_path, corpus_db):
    # Kirklees: SIF 2016 inadequate, ILACS 2019 requires improvement, ILACS 2024 good; Leeds,
    # outstanding in 2018 and 2022, was its improvement partner
    text = (
        "Kirklees Council's children's services have been rated good by Ofsted.\n\n"
        "In 2016 inspectors rated Kirklees inadequate. Leeds City Council was brought in as an "
        "improvement partner.\n\n"
        'The council leader said: "Jumping two grades is a huge achievement."\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2024-08-29")
    c = _claim(claims, "Jumping two grades")
    # (from requires improvement in 2019 it is one grade; from inadequate in 2016, two)
    assert c["verdict"] != "contradicted", c


@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("one", "contradicted")])
def test_a_two_grade_improvement(tmp_path, corpus_db, n, verdict):
    # East Riding of Yorkshire: inadequate (published 13 March 2020), good (24 March 2023)
    text = (
        "East Riding of Yorkshire Council's children's services have been rated good by Ofsted. "
        f"It marks a {n}-grade improvement on the 2020 verdict.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-04-01")
    c = _claim(claims, f"{n}-grade improvement")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("three", "contradicted")])
def test_the_grades_a_fall_from_one_grade_to_another_spans(tmp_path, corpus_db, n, verdict):
    # Harrow: good (published 16 March 2020), inadequate (4 March 2025)
    text = (
        "Harrow Council's children's services have been rated \"inadequate\" by Ofsted, falling "
        f'{n} grades from the "good" rating they received five years ago.\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-05")
    c = _claim(claims, f"falling {n} grades")
    assert c["verdict"] == verdict, c


def test_the_grade_after_a_span_opening_the_sentence_is_the_later_ends(tmp_path, corpus_db):
    # Barnet: SIF published 7 July 2017 (inadequate), ILACS 1 July 2019 (good in every area),
    # ILACS 23 July 2024 (good overall, children in care outstanding)
    text = (
        "Seven years after Ofsted found that services in Barnet were failing, the borough's care "
        "for children in its charge has been judged outstanding.\n\n"
        "The 2017 inspection rated Barnet inadequate overall. Two years later, in 2019, "
        "inspectors rated the council good in every area.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-24")
    c = _claim(claims, "has been judged outstanding")
    assert c["verdict"] == "supported", c
    c = _claim(claims, "Two years later")
    assert c["verdict"] == "supported", c


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("required improvement", "supported"), ("was inadequate", "contradicted")],
)
def test_a_but_clause_is_the_same_inspections(tmp_path, corpus_db, grade, verdict):
    # Wolverhampton: SIF published 31 March 2017: good overall, help and protection requires
    # improvement; ILACS 18 May 2022: good, help and protection good
    text = (
        "Wolverhampton was rated good at its last full inspection in 2022. That was an "
        "improvement on 2017, when inspectors rated the council good overall but said help and "
        f"protection {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-11-05")
    c = _claim(claims, "help and")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_the_last_items_of_a_list_of_areas_are_checked(tmp_path, corpus_db, grade, verdict):
    # Merton, ILACS published 27 August 2025: outstanding overall and in every judgement but
    # help and protection (good)
    text = (
        "Merton Council's children's services have been rated outstanding overall, with the "
        "impact of leaders and the experiences of care leavers also outstanding, and help and "
        f"protection judged {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-28")
    c = _claim(claims, "impact of leaders")
    assert f"judged {grade}" in c["text"], c
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_a_list_of_areas_between_dashes_and_after_a_colon(tmp_path, corpus_db, grade, verdict):
    # Gateshead: ILACS 2019 good; ILACS 29 January 2025 good overall and in every judgement
    text = (
        "Gateshead Council has been inspected. All four areas they looked at – leadership, help "
        f"and protection, children in care and care leavers – were rated {grade}, the same "
        "overall verdict the borough received in 2019.\n\n"
        f"Inspectors had judged all five areas {grade}: the impact of leaders; children who need "
        "help and protection; children in care; care leavers; and overall effectiveness.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-30")
    c = _claim(claims, "leadership, help")
    assert c["verdict"] == verdict, c
    c = _claim(claims, "all five areas")
    assert "overall effectiveness" in c["text"], c
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("council", "as_of", "verdict"),
    [("Waltham Forest", "2024-08-22", "supported"), ("Oldham", "2024-07-20", "contradicted")],
)
def test_the_overall_grade_is_unchanged(tmp_path, corpus_db, council, as_of, verdict):
    # Waltham Forest: good in 2019 and 2024; Oldham: requires improvement (2019), good (2024)
    text = (
        f"{council} children's services have been inspected again. Leadership has changed "
        "since the last full inspection, although the overall grade is unchanged.\n"
    )
    claims = _check(tmp_path, corpus_db, text, as_of)
    c = _claim(claims, "overall grade is unchanged")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("n", "verdict"), [("two grades", "supported"), ("one grade", "contradicted")]
)
def test_a_move_after_the_previous_inspection_is_named_is_from_it(tmp_path, corpus_db, n, verdict):
    # Shropshire: SIF 2017 good (help and protection good); ILACS 2022 help and protection
    # requires improvement; ILACS 12 August 2025 help and protection outstanding
    text = (
        "Shropshire was rated good at its inspection in 2017. At the previous full inspection in "
        "2022 help and protection was judged to require improvement. Help and protection has "
        f"therefore risen by {n}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-09-10")
    c = _claim(claims, f"risen by {n}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("year", "verdict"), [("2018", "supported"), ("2019", "contradicted")])
def test_the_same_verdict_given_in_a_year_is_still_dated(tmp_path, corpus_db, year, verdict):
    # Lambeth: SIF published 9 May 2018 requires improvement; ILACS 16 December 2022 the same
    text = (
        "At the previous inspection, in the autumn of 2022, Lambeth was told its services "
        f'"require improvement to be good" – the same verdict it had been given in {year}.\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-01")
    c = _claim(claims, f"given in {year}")
    assert c["verdict"] == verdict, c
