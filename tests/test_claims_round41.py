"""`ilacs check`, round 41: visits told with another year or kind, and a council named as a
partner.

Real values from the corpus and letters: Windsor and Maidenhead's JTAI of 9-13 May 2022 (letter
of 4 July 2022), Haringey's JTAI of 4-8 December 2017 and focused visit of 17-18 December 2019,
and Harrow's report of March 2025 ('Following the joint targeted area inspection (JTAI) in May
2023')."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import (
    corpus_with_letters,
    filled_held_then_caught,
    in_process_checker,
    verdicts,
)

WINDSOR_JTAI = (
    "80546_windsor___maidenhead__joint_area_child_protection_inspection_-_04_july_2022.pdf"
)
HARINGEY_JTAI = "80498_haringey__joint_area_child_protection_inspection_-_30_january_2018.pdf"
HARINGEY_FV = "80498_haringey__children's_services_focused_visit_-_21_january_2020.pdf"


@pytest.fixture(scope="module")
def check41(corpus_db, tmp_path_factory):
    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("round41"), (WINDSOR_JTAI, HARINGEY_JTAI, HARINGEY_FV)
    )
    with in_process_checker(db) as run:
        yield run


def test_a_council_named_as_a_partner_is_not_the_subject(check41) -> None:
    # the sentence after one naming Richmond as a co-owner of Windsor and Maidenhead's company
    # is still Windsor and Maidenhead's (before, Richmond's: 'no JTAI letter for this council')
    said = (
        "Windsor and Maidenhead's services for care leavers are now rated outstanding by Ofsted.\n\n"
        "The council's children's social care is run by Achieving for Children, a company it "
        "co-owns with Kingston and Richmond councils.\n\n"
        "In May {}, a joint targeted area inspection found the borough's safeguarding "
        "partnership to be effective.\n"
    )
    filled_held_then_caught(
        check41, said, date(2025, 1, 10), ("2022", "May 2022"), ("2021", "May 2021"), "visit"
    )


def test_a_jtai_dated_at_a_focused_visit(check41) -> None:
    # Haringey: the JTAI on neglect was in December 2017; December 2019 was a focused visit
    said = (
        "Haringey Council's children's services have been rated good by Ofsted. The council "
        "was last examined in a joint targeted area inspection of the response to neglect in "
        "December {}, which found that partners worked well together.\n"
    )
    filled_held_then_caught(
        check41, said, date(2023, 4, 20), ("2017", "December 2017"), ("2019", "December 2019")
    )


def test_a_jtai_two_years_off_the_date_its_report_gives(check41) -> None:
    # Harrow, March 2025: 'Following the joint targeted area inspection (JTAI) in May 2023';
    # no full inspection between May 2021 and May 2023 (ilacs holds no letter of it)
    said = (
        "Harrow Council's children's services have been rated inadequate by Ofsted. The report "
        "credited the council with addressing most problems identified by a joint targeted "
        "area inspection in May {}, which had found areas for priority action in early help.\n"
    )
    filled_held_then_caught(
        check41, said, date(2025, 3, 5), ("2023", "May 2023"), ("2021", "May 2021")
    )


# --- a grade moved over more than one inspection -------------------------------------------


def test_a_jump_counted_from_the_grade_named(check41) -> None:
    # Kirklees: inadequate (November 2016), requires improvement (August 2019), good (August
    # 2024): two grades since its inadequate rating, one since the inspection before
    said = (
        "Kirklees Council's children's services have been rated good by Ofsted, and it has now "
        "jumped {} grades since its inadequate rating.\n"
    )
    filled_held_then_caught(
        check41, said, date(2024, 8, 29), ("two", "two grades"), ("three", "three grades"), "trend"
    )


# --- grades before the single inspection framework, as its reports tell them ---------------


def test_a_safeguarding_grade_before_the_sif_dated_otherwise(check41) -> None:
    # Nottinghamshire, July 2015: 'An inspection of safeguarding and arrangements for looked
    # after children took place in March 2010 and found overall effectiveness of safeguarding
    # services to be inadequate' (and a follow-up in September 2011 found it adequate): none in
    # 2012
    said = (
        "Nottinghamshire County Council's children's services have been rated good by Ofsted. "
        "An inspection in {} found the county's safeguarding services inadequate.\n"
    )
    filled_held_then_caught(
        check41, said, date(2015, 7, 21), ("2010", "in 2010"), ("2012", "in 2012"), "grade"
    )


def test_a_safeguarding_grade_before_the_sif_told_otherwise(check41) -> None:
    # North Yorkshire, June 2014: 'The previous inspection of North Yorkshire's safeguarding
    # arrangements was in October 2012. The local authority was judged to be adequate.'
    said = (
        "North Yorkshire County Council's children's services have been rated good by Ofsted. "
        "In 2012 inspectors judged the county's safeguarding arrangements to be {}.\n"
    )
    found = verdicts(
        check41(said.format("adequate"), date(2014, 7, 1)), "safeguarding arrangements"
    )
    assert "contradicted" not in found
    assert verdicts(
        check41(said.format("inadequate"), date(2014, 7, 1)), "to be inadequate", "grade"
    ) == {"contradicted"}


def test_both_grades_before_the_sif(check41) -> None:
    # Lambeth, May 2015: its safeguarding arrangements and its services for looked after
    # children were both last inspected in May 2012, and both judged outstanding
    said = (
        "Lambeth's children's services have been rated inadequate. When Ofsted last inspected "
        "the borough's safeguarding and looked after children services, in May 2012, both were "
        "judged {}.\n"
    )
    filled_held_then_caught(
        check41, said, date(2015, 5, 13), ("outstanding", "May 2012"), ("good", "May 2012"), "grade"
    )


# --- read off batch O ----------------------------------------------------------------------


def test_the_county_a_council_lies_in_is_no_council_of_its_own(check41) -> None:
    # Torbay: inadequate in January 2016 and August 2018 (Devon County Council: requires
    # improvement in 2015)
    said = (
        "Torbay Council's children's services have jumped two grades from inadequate to good, "
        "after the Devon authority was rated {} at its two previous inspections, in 2015 and "
        "2018.\n"
    )
    filled_held_then_caught(
        check41, said, date(2022, 5, 20), ("inadequate", "Devon"), ("good", "Devon"), "trend"
    )


_TWO_COUNCILS = (
    "Torbay Council's children's services have been rated good by Ofsted.\n\n"
    "Manchester City Council has also been rated good overall for the first time.\n\n"
    "The city, which was rated requires improvement at its previous inspection in 2017, was "
    "inspected over the same fortnight as Torbay, from 21 March to 1 April.\n\n"
    "Leadership was rated good. No council in the North West has yet been rated outstanding "
    "overall under the current framework.\n\n"
    "Care leavers in the city are supported well to become independent, the report says.\n\n"
    "Lead inspector {}'s team found that \"disabled children in receipt of statutory services "
    'do not receive an effective service".\n\n'
    "Inspectors noted that letters telling parents their cases were moving into "
    "pre-proceedings had improved since a focused visit in {}.\n"
)


def test_a_council_compared_with_and_the_city_after_it(check41) -> None:
    # Manchester, May 2022 (lead inspector Mandy Nightingale; 'Letters informing parents about
    # stepping into pre-proceedings ... since the focused visit in 2019'); Torbay's report of
    # the same days was led by Andy Whippey (a name of neither is contradicted)
    held = check41(_TWO_COUNCILS.format("Mandy Nightingale", "2019"), date(2022, 5, 20))
    assert verdicts(held, "Mandy Nightingale", "inspector") == {"supported"}
    assert verdicts(held, "previous inspection in 2017") == {"supported"}
    assert "contradicted" not in verdicts(held, "in 2019")
    caught = check41(_TWO_COUNCILS.format("Neil Penswick", "2021"), date(2022, 5, 20))
    assert verdicts(caught, "Neil Penswick", "inspector") == {"contradicted"}
    assert verdicts(caught, "in 2021", "visit") == {"contradicted"}


def test_a_grade_after_although_is_of_the_same_report(check41) -> None:
    # Dorset, May 2025: outstanding overall and for children in care, care leavers good (its
    # 2021 report: children in care good)
    said = (
        "Derby's result comes two months after Dorset Council was rated outstanding overall, "
        "although Dorset's services for {} were judged good rather than outstanding.\n"
    )
    filled_held_then_caught(
        check41,
        said,
        date(2025, 7, 9),
        ("care leavers", "care leavers were"),
        ("children in care", "children in care were"),
        "grade",
    )


def test_a_figure_of_a_rise_told_in_other_words(check41) -> None:
    # Coventry, March 2014: 'Between March 2012 and November 2013, there was a 20% increase in
    # the number of children and young people made subject to child protection plans'
    said = (
        "Coventry City Council's children's services have been rated inadequate. Between March "
        "2012 and November 2013 there was a {} per cent rise in the number of children on child "
        "protection plans.\n"
    )
    filled_held_then_caught(
        check41, said, date(2014, 3, 21), ("20", "20 per cent"), ("35", "35 per cent"), "count"
    )


def test_a_grade_held_again_and_the_date_of_the_first(check41) -> None:
    # Camden: outstanding in June 2022 and April 2025
    said = (
        "Camden Council's children's services have been rated outstanding in all five areas. "
        "It is the second consecutive outstanding judgement for Camden, which was also rated "
        "outstanding overall in {}.\n"
    )
    filled_held_then_caught(
        check41,
        said,
        date(2025, 4, 15),
        ("2022", "second consecutive"),
        ("2021", "second consecutive"),
    )


def test_words_that_are_no_ofsted_grade(check41) -> None:
    # Plymouth, March 2024: every judgement requires improvement; Wandsworth, February 2016:
    # inadequate overall, children in care requires improvement ('The children in care
    # council, known as CLICK, is outstanding'; 'There is good organisational support in place
    # for social workers, who have low caseloads'; its self-assessment of June 2015 'assessed
    # most services as good')
    plymouth = check41(
        "Plymouth City Council's children's services require improvement, but not one area was "
        "judged inadequate.\n",
        date(2024, 3, 15),
    )
    assert verdicts(plymouth, "not one area", "grade") == {"supported"}
    wandsworth = check41(
        "Wandsworth Council's children's services have been rated inadequate. Inspectors found "
        "social workers had low caseloads and good organisational support. The borough's "
        'children in care council, CLICK, was called "outstanding" in the report\'s summary '
        "for young people. In the council's own self-assessment, drawn up in June 2015, most "
        "services had been rated good.\n",
        date(2016, 2, 17),
    )
    for words in ("organisational support", "CLICK", "had been rated good"):
        assert "contradicted" not in {v for _, t, v in wandsworth if words in t}, words


def test_the_city_is_no_county_named_before(check41) -> None:
    # Coventry, March 2014: 'The previous inspection of Coventry Children's Services for
    # safeguarding and looked after children was in March 2011. The Local Authority was judged
    # to be good for safeguarding, adequate for looked after children's services'
    said = (
        "Coventry's children's services have been rated inadequate by Ofsted.\n\n"
        "On the same day, Staffordshire County Council became the first in the region to be "
        "rated good under the new framework.\n\n"
        "When Ofsted last inspected the city's safeguarding services, in {}, it rated them "
        "good.\n"
    )
    filled_held_then_caught(
        check41, said, date(2014, 3, 21), ("2011", "in 2011"), ("2012", "in 2012"), "grade"
    )


# --- how many visits came between two inspections --------------------------------------------


def test_a_count_of_monitoring_visits_a_report_gives(check41) -> None:
    # Bradford, January 2023: 'Ofsted has conducted seven monitoring visits since the previous
    # inadequate judgement' (its report of 2026 counts none: the count is the 2023 report's)
    said = (
        "Bradford's children's services are no longer rated inadequate. The council was judged "
        "inadequate in 2018 and again in 2023. Between those two inspections, Ofsted carried "
        "out {} monitoring visits.\n"
    )
    filled_held_then_caught(
        check41, said, date(2026, 5, 21), ("seven", "seven monitoring"), ("four", "four monitoring")
    )


def test_a_count_of_focused_visits_over_years_a_report_gives(check41) -> None:
    # Wigan, July 2022: 'Three focused visits during 2019 and 2020 raised serious concerns'
    said = (
        "Wigan Council's children's services have been rated requires improvement. The "
        "inspection found that practice had deteriorated after 2017, with {} focused visits in "
        "2019 and 2020 raising serious concerns about caseloads.\n"
    )
    filled_held_then_caught(
        check41, said, date(2022, 7, 6), ("three", "three focused"), ("two", "two focused")
    )


# --- read off batch P ----------------------------------------------------------------------


def test_the_report_just_out_is_the_one_its_inspector_led(check41) -> None:
    # Swindon: Emmy Tomsett led the 2019 inspection, Nick Bennison that of September 2023
    said = (
        "Services for vulnerable children in Swindon have been rated inadequate by Ofsted, four "
        "years after inspectors judged them to be good. The watchdog's report, published "
        "yesterday, found a significant deterioration since its last inspection in 2019.\n\n"
        "The report, by lead inspector {}, said too many children are left with unassessed "
        "needs.\n"
    )
    filled_held_then_caught(
        check41,
        said,
        date(2023, 9, 12),
        ("Nick Bennison", "Nick Bennison"),
        ("Emmy Tomsett", "Emmy Tomsett"),
        "inspector",
    )


def test_times_that_are_not_the_reports(check41) -> None:
    # Stoke-on-Trent: requires improvement in November 2022 and July 2025 (published 15 July);
    # Buckinghamshire's director 'has been in post since October 2017' (its report: on site in
    # November, published January 2018)
    stoke = check41(
        "When Ofsted published its latest verdict on Stoke-on-Trent City Council's children's "
        "services last week, the headline grade was the same as three years ago: requires "
        "improvement to be good.\n",
        date(2025, 7, 22),
    )
    assert "contradicted" not in {v for _, _, v in stoke}
    bucks = check41(
        "Buckinghamshire County Council's children's services have been rated inadequate. The "
        "council's director of children's services, who took up the post in October, said he "
        "had drawn up an action plan as soon as inspectors raised their concerns.\n",
        date(2018, 2, 1),
    )
    assert "contradicted" not in {v for _, t, v in bucks if "October" in t}


def test_a_quotation_after_an_abolished_council_is_its_successors(check41) -> None:
    # West Northamptonshire, July 2026: 'a greatly reduced number of agency workers being
    # used' (Northamptonshire County Council, abolished in 2021, has no report in the record)
    said = (
        "West Northamptonshire's children's services have been rated good, with outstanding "
        "leadership.\n\n"
        "Children's social care has been delivered by Northamptonshire Children's Trust since "
        "November 2020. The former Northamptonshire County Council's children's services were "
        "rated inadequate in 2019.\n\n"
        'The majority of staff are now permanent, with a "greatly {} number of agency workers '
        'being used", the report said.\n'
    )
    filled_held_then_caught(
        check41, said, date(2026, 7, 8), ("reduced", "reduced"), ("increased", "increased"), "quote"
    )


def test_every_other_area_is_the_next_grades(check41) -> None:
    # North Lincolnshire, September 2017: help and protection good, every other judgement
    # outstanding
    said = (
        "North Lincolnshire was rated outstanding in 2017, when help and protection was judged "
        "{} and every other area {}.\n"
    )
    for held in (("good", "outstanding"),):
        found = verdicts(check41(said.format(*held), date(2026, 5, 1)), "every other area")
        assert found == {"supported"}
    assert verdicts(
        check41(said.format("outstanding", "good"), date(2026, 5, 1)), "every other area"
    ) == {"contradicted"}
    also = (
        "North Lincolnshire was rated outstanding in 2017, when help and protection was judged "
        "good and outstanding in every other area.\n"
    )
    assert verdicts(check41(also, date(2026, 5, 1)), "every other area") == {"supported"}


def test_councils_inspected_at_the_same_time_are_not_the_subject(check41) -> None:
    # Liverpool, July 2026: leadership good, care leavers requires improvement (North
    # Northamptonshire's care leavers: good)
    said = (
        "North Northamptonshire and West Northamptonshire were rated good with outstanding "
        "leadership. Liverpool, inspected at the same time as the two Northamptonshire "
        "councils, was rated good for leadership but {} for care leavers.\n"
    )
    filled_held_then_caught(
        check41,
        said,
        date(2026, 7, 8),
        ("requires improvement", "for care leavers"),
        ("outstanding", "for care leavers"),
        "grade",
    )


def test_a_place_among_councils_that_made_a_move_no_reading_counts(check41) -> None:
    # Newham, September 2022: leadership inadequate (2019) to outstanding; Bromley's made the
    # same move in January 2019. No reading of the record counts leadership moves, so the place
    # is not contradicted (before: 'No reading gives that place', overall effectiveness putting
    # Newham seventh)
    said = (
        "Newham Council's children's services have been rated good, with outstanding "
        "leadership. Newham is only the second London council, after Bromley, to move from an "
        "inadequate leadership judgement to outstanding at its next inspection.\n"
    )
    found = check41(said, date(2022, 9, 22))
    assert "contradicted" not in {v for _, t, v in found if "only the second" in t}
