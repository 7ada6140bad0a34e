"""`ilacs check`, round 42: a joint inspection's deep dive and who it asked about, a visit dated
before the clause that names it, the months of a count of visits, and claims of one clause read
as parts (a grade with the areas it comes with, a date the record contradicts at a clause's
head); and true claims a new blind batch found called contradicted.

Real values from the corpus and letters: Derby's JTAI of 18-22 March 2019 (response to abuse
and neglect, deep dive on child sexual abuse in the family environment), Bradford's of February
2017 (domestic abuse), Sandwell's focused visit of 3-4 March 2021, North East Lincolnshire's
report of November 2021 ('Two focused visits in March 2019 and October 2019'), Plymouth's of
March 2024 (the focused visit of December 2022), Stoke-on-Trent's of 2015 and 2022, Bracknell
Forest's of 2017, Swindon's of 2023 and Nottinghamshire's of 2024."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import (
    corpus_with_letters,
    filled_held_then_caught,
    in_process_checker,
    verdicts,
)

DERBY_JTAI = "80459_derby__joint_area_child_protection_inspection_-_08_may_2019.pdf"
BRADFORD_JTAI = "80449_bradford__joint_area_child_protection_inspection_-_21_april_2017.pdf"
SANDWELL_FV = "80549_sandwell__children's_services_focused_visit_-_10_may_2021.pdf"


@pytest.fixture(scope="module")
def check42(corpus_db, tmp_path_factory):
    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("round42"), (DERBY_JTAI, BRADFORD_JTAI, SANDWELL_FV)
    )
    with in_process_checker(db) as run:
        yield run


# --- joint inspections: the deep dive, and whom agencies responded to -----------------------


def test_a_jtai_deep_dive_swapped(check42) -> None:
    # Derby 2019: abuse and neglect, deep dive on child sexual abuse in the family environment;
    # the letter's opening words (a paraphrase) give way to the wrong deep dive
    said = (
        "Derby City Council's children's services have been rated good by Ofsted.\n\n"
        "In 2019, a joint inspection by Ofsted, the Care Quality Commission, HMI Constabulary "
        "and HMI Probation looked at how agencies in Derby responded to abuse and neglect, with "
        "a focus on {}.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2019, 9, 1),
        ("child sexual abuse in the family environment", "joint inspection"),
        ("children at risk of criminal exploitation", "joint inspection"),
        supported=False,
    )


def test_a_jtai_of_how_agencies_respond_to_other_children(check42) -> None:
    # Bradford, February 2017: the response to children living with domestic abuse
    said = (
        "Bradford's children's services have been rated inadequate.\n\n"
        "A joint inspection by Ofsted, police, health and probation inspectors in early 2017, "
        "which looked at how agencies respond to children {}, had found many examples of "
        "agencies working well together.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2018, 10, 30),
        ("living with domestic abuse", "early 2017"),
        ("at risk of sexual exploitation", "joint inspection"),
        supported=False,
    )


# --- a visit dated before the clause that names it ------------------------------------------


def test_a_date_then_when_a_focused_visit(check42) -> None:
    # Sandwell's focused visit was on 3-4 March 2021 (letter of 10 May 2021): the date before
    # ', when a focused visit' is the visit's, one claim with what the visit found
    said = (
        "Sandwell Children's Trust has been rated good by Ofsted for the first time.\n\n"
        "It is a marked change from {}, when a focused visit carried out remotely during the "
        "pandemic found the trust still had serious weaknesses.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2025, 12, 2),
        ("March 2021", "when a focused visit carried out remotely"),
        ("September 2021", "when a focused visit carried out remotely"),
        "visit",
    )


def test_words_said_at_a_visit_of_another_month(check42) -> None:
    # Plymouth, March 2024: 'the multi-agency safeguarding hub (MASH), about which there were
    # serious concerns at the focused visit in December 2022'
    said = (
        "Plymouth City Council's children's services have been rated requires improvement.\n\n"
        "Inspectors found improvement in the multi-agency safeguarding hub, about which there "
        'had been "serious concerns" at a focused visit in {}.\n'
    )
    filled_held_then_caught(
        check42,
        said,
        date(2024, 3, 20),
        ("December 2022", "December 2022"),
        ("December 2021", '"serious concerns" at a focused visit in December 2021'),
    )


def test_the_months_of_a_count_of_focused_visits(check42) -> None:
    # North East Lincolnshire, November 2021: 'Two focused visits in March 2019 and October 2019'
    said = (
        "North East Lincolnshire Council's children's services have been judged inadequate.\n\n"
        "Ofsted made two focused visits in 2019, in March and {}, and both resulted in areas "
        "for priority action.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2021, 12, 1),
        ("October", "two focused visits"),
        ("November", "two focused visits"),
        "count",
    )


# --- one clause, read as parts ------------------------------------------------------------


def test_across_the_board_with_only_one_area_good(check42) -> None:
    # Stoke-on-Trent 2015: every judgement requires improvement but adoption (good)
    said = (
        "Stoke-on-Trent City Council's children's services have been told they require "
        "improvement.\n\nIn August 2015 services were judged to require improvement across the "
        "board, with only {} rated good.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2015, 8, 20),
        ("adoption", "with only adoption rated good"),
        ("care leavers", "across the board, with only care leavers rated good"),
    )


def test_a_grade_and_the_areas_it_comes_with(check42) -> None:
    # Bracknell Forest 2017: good overall; children in care, adoption, care leavers outstanding
    said = (
        "Bracknell Forest children's services have been rated outstanding by Ofsted.\n\n"
        "At Bracknell Forest's previous inspection in 2017 its services were rated {}, with "
        "care for looked after children, adoption and support for care leavers all judged "
        "outstanding.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2022, 8, 1),
        ("good", "all judged outstanding"),
        ("requires improvement", "all judged outstanding"),
    )


def test_a_clause_opened_by_a_date_the_record_contradicts(check42) -> None:
    # Swindon 2023: on site 17-28 July 2023; the rest of the sentence ('since 2019') holds
    said = (
        "Swindon Borough Council's children's services have been rated requires improvement.\n\n"
        'Inspectors who visited in {} found a "significant deterioration" in the quality of '
        "services since 2019.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2023, 9, 12),
        ("July", "visited in July"),
        ("June", "visited in June"),
        "date",
    )
    # (no claim over the contradicted words is left supported)
    found = check42(said.format("June"), date(2023, 9, 12))
    assert not [t for k, t, v in found if "visited in June" in t and v == "supported"]


def test_a_recommendation_for_care_leavers_about_another_thing(check42) -> None:
    # Nottinghamshire 2024: 'The effectiveness of support to care leavers to access and sustain
    # employment, education or training'
    said = (
        "Nottinghamshire County Council's leaders have won Ofsted's top grade.\n\n"
        "Nottinghamshire was asked to improve consistency in convening strategy meetings, target "
        "setting in children's personal education plans, and support for care leavers to {}.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2024, 7, 15),
        ("get into and stay in education, employment or training", "asked to improve"),
        ("find suitable accommodation", "asked to improve"),
        "recommendation",
    )


def test_a_jump_of_children_in_care_and_care_leavers(check42) -> None:
    # Stoke-on-Trent, November 2022: children in care (and care leavers, one judgement) good,
    # inadequate in 2019: two grades (overall effectiveness moved one)
    found = check42(
        "Stoke-on-Trent children's services climb out of inadequate.\n\n"
        "Services for children in care and care leavers were judged good - jumping two grades "
        "from the inadequate rating they received at the last full inspection.\n",
        date(2022, 11, 26),
    )
    assert verdicts(found, "jumping two grades") == {"supported"}


# --- found reading a new blind batch (Q): true claims no longer contradicted ----------------


def test_a_day_said_twice_is_of_the_relative_days_year(check42) -> None:
    # Staffordshire's report was published on Friday 12 January 2024; the article names 2023
    # before, but 'yesterday (Friday, January 12)' is one day
    found = check42(
        "Staffordshire County Council's children's services require improvement.\n\n"
        "Inspectors visited in November 2023. Their report, published yesterday (Friday, "
        "January 12), found that services for children in care were the only area to be "
        "judged good.\n",
        date(2024, 1, 13),
    )
    assert verdicts(found, "published yesterday") == {"supported"}


def test_a_childs_death_is_no_inspection_date(check42) -> None:
    found = check42(
        "Solihull Council's children's services have been rated inadequate.\n\n"
        'Inspectors said services had "significantly declined" since 2019.\n\n'
        "That inspection was ordered after the murder of six-year-old Arthur "
        "Labinjo-Hughes in Solihull in June 2020.\n",
        date(2023, 1, 20),
    )
    assert not [t for k, t, v in found if "June 2020" in t and v == "contradicted"]
    assert verdicts(found, "murder of") == {"not_in_record"}


def test_the_boards_own_priority_actions(check42) -> None:
    # Buckinghamshire 2014: fifteen priority actions for the council; the board's six are in
    # its own part of the report, which ilacs does not read as priority actions
    found = check42(
        "Buckinghamshire County Council's children's services have been rated inadequate.\n\n"
        "The local safeguarding children board was also judged inadequate. The board was given "
        "six priority actions of its own.\n",
        date(2014, 8, 12),
    )
    assert "contradicted" not in verdicts(found, "six priority actions")


def test_a_grade_skipped(check42) -> None:
    # Croydon: inadequate (2017), good (March 2020)
    found = check42(
        "Croydon Council's children's services have been rated good.\n\n"
        "The result means Croydon has jumped two grades in a single inspection, skipping "
        "'requires improvement' altogether.\n",
        date(2020, 3, 17),
    )
    assert "contradicted" not in verdicts(found, "skipping")


def test_a_run_ended_is_the_grade_its_words_name(check42) -> None:
    # Milton Keynes: requires improvement in 2016 and 2021, good in December 2024
    found = check42(
        "Milton Keynes City Council's children's services have been rated good by Ofsted, with "
        "support for care leavers judged outstanding, ending a run of two consecutive "
        "'requires improvement' verdicts.\n\n"
        "As well as the outstanding grade for care leavers, inspectors rated the impact of "
        "leaders, help and protection, and children in care as good.\n",
        date(2024, 12, 19),
    )
    assert verdicts(found, "ending a run") == {"supported"}
    assert verdicts(found, "inspectors rated the impact") == {"supported"}


def test_pathway_planning_is_for_care_leavers(check42) -> None:
    # Leeds, December 2018: 'Pathway planning to be better reflected in case records ...'
    found = check42(
        "Leeds City Council's children's services have been rated outstanding.\n\n"
        "However, inspectors said the council needed to improve the involvement of health "
        "agencies in strategy discussions, the quality of personal education plans for "
        "children in care and pathway planning for care leavers.\n",
        date(2018, 12, 18),
    )
    assert verdicts(found, "health agencies", "recommendation") == {"supported"}


def test_the_lead_of_a_report_the_paragraph_before_told_of(check42) -> None:
    # South Gloucestershire: Stephanie Murray led the report of February 2017; Anna Gravelle
    # the report of July 2024
    found = check42(
        "From 'inadequate' to 'good': how South Gloucestershire turned round its children's "
        "services\n\nNine years ago this month, Ofsted published a report that branded South "
        "Gloucestershire Council's children's services inadequate.\n\nInspectors, led by "
        "Stephanie Murray, found that disabled children had not had their needs assessed.\n",
        date(2026, 2, 12),
    )
    assert verdicts(found, "Stephanie Murray") == {"supported"}


def test_years_after_a_grade_told_in_the_clause_of_a_report_out(check42) -> None:
    # Gloucestershire: inadequate (June 2017), good (August 2025)
    said = (
        "Gloucestershire County Council's children's services were rated good.\n\n"
        "The report, published last August, found that services had improved to good overall, "
        "{} years after they were judged inadequate.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2026, 2, 10),
        ("eight", "years after they were judged inadequate"),
        ("five", "years after they were judged inadequate"),
    )
