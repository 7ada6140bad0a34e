"""`ilacs check`, round 40: altered facts that earlier sets' articles slipped past the checker.

Real values from the corpus and letters: Dudley's report of April 2016 ('Inspectors referred 21
cases ... back to the local authority'), Manchester's of September 2014 ('a large number of cases
(486) that had waited a considerable time'), Hampshire's of April 2014 (children adopted 'from 37
in 2011-12 to 62 in 2012-13'), Gateshead's of January 2025 ('Nine family hubs operate across
Gateshead') and its focused visit of March 2018 (care leavers), Lancashire's of November 2015
(five cases and 11 cases referred back), Peterborough's of January 2024 and Northumberland's of
March 2020 (their recommendations), and the Yorkshire and the Humber councils' grades in May 2026
(Bradford the one below good)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import (
    corpus_with_letters,
    filled_held_then_caught,
    in_process_checker,
    verdicts,
)

GATESHEAD_FV = "80469_gateshead__children's_services_focused_visit_-_09_may_2018.pdf"
GATESHEAD_FV21 = "80469_gateshead__children's_services_focused_visit_-_27_october_2021.pdf"


@pytest.fixture(scope="module")
def check40(corpus_db, tmp_path_factory):
    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("round40"), (GATESHEAD_FV, GATESHEAD_FV21)
    )
    with in_process_checker(db) as run:
        yield run


# --- a figure of the report's, told with another number --------------------------------------


def test_a_figure_of_the_report_told_otherwise(check40) -> None:
    # Dudley, April 2016: 'Inspectors referred 21 cases about which there were serious concerns
    # back to the local authority'
    said = (
        "Dudley Council's children's services have been rated inadequate by Ofsted. Inspectors "
        "spent four weeks in the borough and referred {} cases back to the council because of "
        "serious concerns.\n"
    )
    filled_held_then_caught(
        check40, said, date(2016, 4, 6), ("21", "21 cases back"), ("12", "12 cases back"), "count"
    )


def test_a_figure_the_report_gives_in_brackets(check40) -> None:
    # Manchester, September 2014: 'a large number of cases (486) that had waited a considerable
    # time for a social work assessment'
    # (with the report's words quoted inside the clause: the quotation holds, the figure not)
    said = (
        "Manchester City Council's children's services have been rated inadequate. The damning "
        'report, published today, found {} cases that had waited "a considerable time" for a '
        "social work assessment.\n"
    )
    filled_held_then_caught(
        check40, said, date(2014, 9, 4), ("486", "486 cases"), ("846", "846 cases"), "count"
    )


def test_a_figure_between_two_years_told_otherwise(check40) -> None:
    # Hampshire, April 2014: 'The number of children adopted increased from 37 in 2011–12 to 62
    # in 2012–13' (the article's hyphen for the report's dash)
    said = (
        "Hampshire County Council's children's services have been rated good, with outstanding "
        "leadership. Inspectors rated adoption outstanding, noting that the number of children "
        "adopted rose from 37 in 2011-12 to {} in 2012-13.\n"
    )
    filled_held_then_caught(
        check40, said, date(2014, 4, 23), ("62", "to 62 in"), ("82", "to 82 in"), "count"
    )


def test_a_figure_in_words_told_otherwise(check40) -> None:
    # Gateshead, January 2025: 'Nine family hubs operate across Gateshead'
    said = (
        "Gateshead Council's children's services have been rated good by Ofsted. The report "
        "praised early help, noting that {} family hubs now operate across the borough.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2025, 1, 30),
        ("nine", "family hubs"),
        ("twelve", "family hubs"),
        "count",
    )


def test_a_sum_or_a_rough_figure_is_not_a_figure_told_otherwise(check40) -> None:
    # Lancashire, November 2015: 'Inspectors referred back five cases ... and 11 cases ...':
    # sixteen in all; and Manchester's 486 cases are 'more than 400'
    found = check40(
        "Lancashire County Council's children's services have been rated inadequate. Inspectors "
        "referred 16 cases back to the council because of concerns.\n",
        date(2015, 11, 30),
    )
    assert not [t for k, t, v in found if "16 cases" in t and v == "contradicted"], found
    found = check40(
        "Manchester City Council's children's services have been rated inadequate. The report "
        "found more than 400 cases that had waited a considerable time for a social work "
        "assessment.\n",
        date(2014, 9, 4),
    )
    assert not [t for k, t, v in found if "400 cases" in t and v == "contradicted"], found


# --- a list of things to improve, one of them a service no recommendation names -------------------


def test_a_service_no_recommendation_names_in_a_list(check40) -> None:
    # Peterborough, January 2024: 'Service capacity, particularly in the safeguarding teams,
    # care leaver service and emergency duty service'; no recommendation speaks of fostering
    said = (
        "Peterborough City Council's children's services have been rated inadequate. Ofsted set "
        "out eight areas for improvement, including capacity in the safeguarding teams, the care "
        "leaver service and the {} service, and the quality of supervision.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2024, 1, 31),
        ("emergency duty", "safeguarding teams"),
        ("fostering", "safeguarding teams"),
        "recommendation",
        supported=False,
    )


def test_a_piece_of_work_no_recommendation_names_beside_one_found(check40) -> None:
    # Northumberland, March 2020: written plans, assessments, management oversight, later life
    # letters; none speaks of health
    said = (
        "Northumberland County Council's children's services have been rated good. Inspectors "
        "identified four areas for improvement, including the quality of written plans for "
        "children and {}.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2020, 3, 3),
        ("the way later life letters are written for adopted children", "written plans"),
        ("the timeliness of initial health assessments", "written plans"),
        "recommendation",
        supported=False,
    )


# --- a visit's subject -------------------------------------------------------------------------


def test_an_earlier_visit_and_what_it_looked_at(check40) -> None:
    # Gateshead's focused visit of 20-21 March 2018 looked at its arrangements for care leavers
    said = (
        "Gateshead Council's children's services have been rated good by Ofsted. An earlier "
        "visit in March 2018, which looked at services for {}, was more critical.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2025, 1, 30),
        ("care leavers", "looked at services"),
        ("disabled children", "looked at services"),
        supported=False,
    )


def test_one_of_two_visits_and_what_it_looked_at(check40) -> None:
    # the claim is over the words of the visit meant ('one in 2018 looking at ...'). (A guard:
    # in the full article this came from, another claim over 'visits since 2018' took the
    # verdict instead; that other claim needs the article's earlier paragraphs to appear)
    said = (
        "Gateshead Council's children's services have been rated good by Ofsted. Gateshead has "
        "also had two focused visits since 2018: one in 2018 looking at {}, and another in 2021 "
        "examining its front door.\n"
    )
    found = check40(said.format("children in care"), date(2025, 1, 30))
    assert verdicts(found, "one in 2018 looking at children in care") == {"contradicted"}
    found = check40(said.format("care leavers"), date(2025, 1, 30))
    assert "contradicted" not in verdicts(found, "2018")


# --- the only council of a region below a grade ---------------------------------------------------


def test_the_council_left_as_the_only_one_below_good(check40) -> None:
    # Yorkshire and the Humber on 19 May 2026: Bradford the one council not rated good or better
    said = (
        "Hull City Council's children's services have been rated good by Ofsted. Its upgrade "
        "leaves {} as the only council in the region not rated at least good.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2026, 5, 19),
        ("Bradford", "only council in the region"),
        ("Sheffield", "only council in the region"),
        "rank",
    )


# --- read off batch N (written after it was scored) -----------------------------------------------


def test_a_date_in_an_aside_before_the_clause_is_the_asides(check40) -> None:
    # Dorset, May 2025: outstanding; the council was created in 2019, a date of no inspection
    found = check40(
        "Dorset Council's children's services have been rated outstanding. The council, which "
        "was created as a unitary authority in 2019 when local government in the county was "
        "reorganised, was graded outstanding for overall effectiveness.\n",
        date(2025, 5, 12),
    )
    assert not [t for k, t, v in found if v == "contradicted"], found


def test_a_grade_after_one_told_in_the_present_perfect(check40) -> None:
    # Rotherham: inadequate in 2014; its report of 29 January 2018 good, care leavers outstanding
    said = (
        "Rotherham, rated inadequate in 2014, has been judged good, with its services for care "
        "leavers rated {}.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2018, 1, 30),
        ("outstanding", "care leavers rated"),
        ("requires improvement", "care leavers rated"),
        "grade",
    )


def test_a_bound_then_the_year_in_apposition(check40) -> None:
    # Sefton: single inspection framework report of June 2016, requires improvement overall
    said = (
        "Sefton Council's children's services have been rated good. When Ofsted last carried out "
        "a full inspection before 2022, in 2016, the council's children's services were judged "
        "to {}.\n"
    )
    filled_held_then_caught(
        check40,
        said,
        date(2025, 8, 12),
        ("require improvement", "were judged"),
        ("be outstanding", "were judged"),
    )


def test_a_time_in_an_aside_on_a_place_is_not_the_inspectors(check40) -> None:
    # Solihull: the 2022 inspection led by Victoria Horsefield, the report of 12 January 2026 by
    # Steve Bailey; 'In Solihull, where ... in 2022, inspectors led by Steve Bailey found ...'
    # is the new one (and, the sentence naming 2022, Horsefield is a reading ilacs lets hold)
    found = check40(
        "Solihull Council's children's services have been rated good. In Solihull, where "
        "services were found to be inadequate in every area following an inspection in 2022, "
        "inspectors led by Steve Bailey found that leaders had taken decisive action.\n",
        date(2026, 1, 13),
    )
    assert verdicts(found, "led by Steve Bailey", "inspector") == {"supported"}


def test_councils_that_climb_out_of_a_grade_are_not_its_holders(check40) -> None:
    # Herefordshire and Solihull, inadequate in 2022, both good in the reports of 12 January
    # 2026: no West Midlands council holds inadequate that day, and none is said to
    found = check40(
        "Two West Midlands councils climb out of 'inadequate'\n\nHerefordshire and Solihull "
        "councils have both had their children's services rated good by Ofsted.\n",
        date(2026, 1, 13),
    )
    assert "contradicted" not in verdicts(found, "climb out of")
