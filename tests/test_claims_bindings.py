"""`ilacs check`: what a date, a place, an area or a name in a sentence binds to (pool dl-do).

- "The breakthrough came in 2022. After an inspection from 21 March to 1 April, Ofsted rated
  Torbay good": days with no year are of the year the sentence before set, not the latest such
  days before the article;
- "In 2020 the children in care judgement was requires improvement, so this year's result ...":
  what follows ", so" is a clause of its own, its "this year" not the grade's;
- "adoption was judged good and the experiences and progress of care leavers outstanding": the
  'of' is the judgement's name, not the grade's 'for';
- "The north London borough is one of only 21 councils ...": the place names the subject, not
  the councils counted;
- "Today inspectors say ...": today, or the day before, in an article dated the day after;
- "Leadership has declined from inadequate to requires improvement": the move's direction;
- "Lead inspector Tara Geere's team said ... 'deteriorated'": a wrong lead inspector in a quote;
- "after its inspection report last November": the report's month, not the visit's;
- "Among the North West's other 23 councils ... Manchester is the only one rated outstanding";
- "the fourth local safeguarding children board in England to get the top grade";
- "in July 2019 inspectors found that '...'": the quotation pins the letter, and its date.

Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts


@pytest.fixture(scope="module")
def run(corpus_db):
    with in_process_checker(corpus_db) as check:
        yield check


def _contradicted(found) -> list[str]:
    return [t for _, t, v in found if v == "contradicted"]


# Torbay: SIF inadequate (published 24 August 2018); ILACS on site 21 March to 1 April 2022,
# published 18 May 2022, good in every judgement; ILACS 2023 good, published 24 February 2026.
TORBAY = (
    "Torbay's children's services have been rated good again.\n\n"
    "The breakthrough came in 2022. After an inspection from 21 March to 1 April, Ofsted rated "
    "Torbay good in every judgement, a jump of two grades from inadequate.\n"
)


def test_days_with_no_year_take_the_year_the_sentence_before_set(run) -> None:
    found = run(TORBAY, date(2026, 2, 26))
    assert verdicts(found, "a jump of two grades") == {"supported"}
    assert verdicts(found, "from 21 March to 1 April", "date") == {"supported"}
    assert not _contradicted(found), found
    wrong = run(TORBAY.replace("two grades", "three grades"), date(2026, 2, 26))
    assert verdicts(wrong, "a jump of three grades") == {"contradicted"}


# Windsor and Maidenhead: ILACS 2018 (published 24 February 2020) children in care requires
# improvement; ILACS 2023 (19 November 2024) children in care good.
WINDSOR = (
    "Windsor and Maidenhead's children's services have been rated good.\n\n"
    "In 2020 the children in care judgement was requires improvement, so this year's result "
    "marks a step up for that service.\n"
)


def test_a_clause_after_so_keeps_its_own_time(run) -> None:
    found = run(WINDSOR, date(2024, 11, 20))
    assert verdicts(found, "In 2020 the children in care judgement", "grade") == {"supported"}
    assert not _contradicted(found), found
    wrong = run(WINDSOR.replace("was requires improvement", "was inadequate"), date(2024, 11, 20))
    assert verdicts(wrong, "In 2020 the children in care judgement") == {"contradicted"}


# Trafford SIF, published 12 May 2015: adoption good, care leavers outstanding
TRAFFORD = (
    "Trafford's children's services have been rated good by Ofsted.\n\n"
    "Within that, adoption performance was judged good and the experiences and progress of "
    "care leavers outstanding.\n"
)


def test_the_of_of_a_judgements_name_is_no_grades_for(run) -> None:
    found = run(TRAFFORD, date(2015, 5, 13))
    assert verdicts(found, "adoption performance was judged good", "grade") == {"supported"}
    assert not _contradicted(found), found
    wrong = run(
        TRAFFORD.replace("care leavers outstanding", "care leavers requires improvement"),
        date(2015, 5, 13),
    )
    assert verdicts(wrong, "adoption performance") == {"contradicted"}


# ILACS 2023 reports published by 5 September 2024 with children in care outstanding: 21
# (Enfield's, published 4 September 2024, among them); in London, 8
ENFIELD = (
    "Enfield's children's services have been rated good, with children in care outstanding.\n\n"
    "The north London borough is one of only 21 councils to have children in care judged "
    "outstanding since Ofsted's updated inspection framework came in.\n"
)


def test_a_place_that_names_the_subject_does_not_bound_the_count(run) -> None:
    found = run(ENFIELD, date(2024, 9, 5))
    assert verdicts(found, "one of only 21 councils", "rank") == {"supported"}
    wrong = run(ENFIELD.replace("only 21", "only 25"), date(2024, 9, 5))
    assert verdicts(wrong, "one of only 25 councils") == {"contradicted"}


# Liverpool ILACS 2026 report published 7 July 2026; the article is of 8 July
def test_today_in_an_article_of_the_day_after(run) -> None:
    text = (
        "Liverpool's children's services have been inspected again.\n\n"
        'The cabinet member said: "Three years ago our children were being let down. Today '
        'inspectors say most of them receive services that make a positive difference."\n'
    )
    found = run(text, date(2026, 7, 8))
    assert verdicts(found, "Today inspectors say", "date") == {"supported"}
    assert not _contradicted(found), found


# Devon: leadership inadequate (ILACS 2018, published 17 March 2020), requires improvement
# (ILACS 2023, published 13 May 2025)
@pytest.mark.parametrize(
    ("verb", "want"), [("improved", "supported"), ("declined", "contradicted")]
)
def test_the_way_a_move_went(run, verb: str, want: str) -> None:
    text = (
        "Devon's children's services remain inadequate.\n\n"
        f"Leadership has {verb} from inadequate to requires improvement to be good.\n"
    )
    assert verdicts(run(text, date(2025, 5, 14)), f"Leadership has {verb}") == {want}


# Bury ILACS 2018, published 17 December 2021, lead inspector Lorna Schlechte; page 1 says
# practice had "deteriorated"
@pytest.mark.parametrize(
    ("name", "want"), [("Lorna Schlechte", "supported"), ("Tara Geere", "contradicted")]
)
def test_a_lead_inspector_named_with_a_quotation(run, name: str, want: str) -> None:
    text = (
        "Bury's children's services have been rated inadequate.\n\n"
        f'Lead inspector {name}\'s team said the quality of practice had "deteriorated".\n'
    )
    assert verdicts(run(text, date(2021, 12, 18)), f"Lead inspector {name}") == {want}


# North West on 8 July 2026: Manchester (ILACS 2023, published 11 November 2025, on site 22
# September to 3 October 2025) the one council rated outstanding overall
MANCHESTER = (
    "Liverpool's children's services have been inspected.\n\n"
    "Among the North West's other 23 councils, the picture remains mixed. Manchester is the "
    "only one rated outstanding overall, after its inspection report last November.\n"
)


def test_the_only_one_of_the_councils_the_sentence_before_set_out(run) -> None:
    found = run(MANCHESTER, date(2026, 7, 8))
    assert verdicts(found, "the only one rated outstanding", "rank") == {"supported"}
    assert verdicts(found, "report last November", "date") == {"supported"}
    assert not _contradicted(found), found
    wrong = run(MANCHESTER.replace("last November", "last October"), date(2026, 7, 8))
    assert verdicts(wrong, "report last October", "date") == {"contradicted"}


# LSCBs judged outstanding under the SIF by 13 June 2017: London Corporation (20 September
# 2016), Hackney (21 September 2016), York (7 February 2017), Derby (13 June 2017)
@pytest.mark.parametrize(("nth", "want"), [("fourth", "supported"), ("third", "contradicted")])
def test_a_rank_of_safeguarding_boards(run, nth: str, want: str) -> None:
    text = (
        "Derby's children's services have been rated good.\n\n"
        "The Derby Safeguarding Children Board was judged outstanding, making it only the "
        f"{nth} local safeguarding children board in England to get the top grade.\n"
    )
    assert verdicts(run(text, date(2017, 6, 14)), f"only the {nth}", "rank") == {want}


NELINCS = "80526_north_east_lincolnshire__children's_services_focused_visit_-_18_december_2019.pdf"


@pytest.fixture(scope="module")
def run_letters(corpus_db, tmp_path_factory):
    """The corpus plus North East Lincolnshire's focused-visit letter (visit 22 and 23 October
    2019, published 18 December 2019)."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("bindings"), (NELINCS,))
    with in_process_checker(db) as check:
        yield check


@pytest.mark.parametrize(("month", "want"), [("October", "supported"), ("July", "contradicted")])
def test_a_quotation_pins_the_date_of_what_inspectors_found(run_letters, month, want) -> None:
    text = (
        "North East Lincolnshire's children's services were rated good.\n\n"
        f'In {month} 2019 inspectors found that "children were found to be at risk during this '
        'visit".\n'
    )
    found = run_letters(text, date(2025, 9, 15))
    assert verdicts(found, f"{month} 2019") == {want}


# Brent SIF: on site 14 September to 8 October 2015, published 30 November 2015; requires
# improvement overall and for help and protection, children looked after, care leavers and
# leadership; adoption good. ILACS 2026 (17 June 2026): help and protection good.
BRENT = (
    "Brent's children's services have come a long way.\n\n"
    "In a report published in November 2015, after inspectors spent almost four weeks in the "
    "borough in September and October, Ofsted found that children's services in Brent required "
    "improvement to be good. Help and protection, children looked after, care leavers and "
    "leadership were all rated requires improvement, with only adoption performance judged good.\n"
)


def test_months_with_no_year_after_the_report_a_sentence_names(run) -> None:
    found = run(BRENT, date(2026, 6, 24))
    assert verdicts(found, "children's services in Brent required improvement") == {"supported"}
    assert verdicts(found, "were all rated requires improvement") == {"supported"}
    assert not _contradicted(found), found
    wrong = run(
        BRENT.replace("all rated requires improvement", "all rated good"), date(2026, 6, 24)
    )
    assert verdicts(wrong, "were all rated good") == {"contradicted"}


# Leicester SIF: inadequate (published 20 March 2015); on site 19 June to 13 July 2017,
# published 4 September 2017
def test_a_year_quoted_of_the_last_inspection_does_not_date_this_visit(run) -> None:
    text = (
        "Leicester's children's services have improved.\n\n"
        '"Services for children have improved significantly since the last inspection in 2015, '
        'which judged them overall to be inadequate," states Ofsted in its inspection report '
        "following their visit in June and July.\n"
    )
    found = run(text, date(2017, 9, 5))
    assert verdicts(found, "June and July", "date") == {"supported"}


# Kent ILACS, outstanding, published 5 July 2022; Hampshire (11 June 2019) and East Sussex (4
# September 2018) outstanding; Surrey not
BRACKNELL = (
    "Bracknell Forest's children's services have been rated outstanding.\n\n"
    "Bracknell's grade puts it alongside Kent, whose own outstanding report came out in early "
    "July, Hampshire and East Sussex.\n"
)


def test_a_time_in_a_relative_clause_is_its_councils_alone(run) -> None:
    found = run(BRACKNELL, date(2022, 8, 2))
    assert verdicts(found, "alongside Kent", "grade") == {"supported"}
    assert verdicts(found, "in early July", "date") == {"supported"}
    assert not _contradicted(found), found
    wrong = run(BRACKNELL.replace("East Sussex", "Surrey"), date(2022, 8, 2))
    assert verdicts(wrong, "alongside Kent") == {"contradicted"}


# Blackburn with Darwen ILACS published 18 March 2022, Wigan 5 July 2022: both requires
# improvement overall
@pytest.mark.parametrize(("season", "want"), [("summer", "supported"), ("spring", "contradicted")])
def test_whose_report_came_out_is_of_the_council_before_it(run, season, want) -> None:
    text = (
        "Councils across the North West are still struggling.\n\n"
        f"Blackburn with Darwen requires improvement, as does Wigan, whose report came out last "
        f"{season}.\n"
    )
    found = run(text, date(2023, 2, 10))
    assert verdicts(found, "Blackburn with Darwen requires improvement", "grade") == {"supported"}
    assert verdicts(found, f"last {season}", "date") == {want}


# Newcastle upon Tyne help and protection: requires improvement (SIF, 7 July 2017), good
# (ILACS, 1 February 2022), outstanding (ILACS 2023, 25 June 2025)
@pytest.mark.parametrize(("n", "want"), [("two", "supported"), ("three", "contradicted")])
def test_a_jump_in_that_area_is_of_the_judgement_named_before(run, n, want) -> None:
    text = (
        "Newcastle's children's services have been inspected again.\n\n"
        "The report, published on Wednesday, keeps Newcastle good overall and awards outstanding "
        f"for children who need help and protection - a jump of {n} grades in that area since "
        "2017.\n"
    )
    assert verdicts(run(text, date(2025, 6, 27)), f"a jump of {n} grades", "trend") == {want}


# East Sussex SIF, published 21 March 2014: nine recommendations to the council, two to the
# local safeguarding children board
@pytest.mark.parametrize(("n", "want"), [("two", "supported"), ("nine", "contradicted")])
def test_the_boards_own_areas_for_improvement(run, n, want) -> None:
    text = (
        "East Sussex children's services have been rated good.\n\n"
        "Inspectors called it an effective board. The board was given "
        f"{n} areas for improvement, including measuring the impact of training.\n"
    )
    assert verdicts(run(text, date(2014, 3, 22)), f"{n} areas for improvement") == {want}


# Greater Manchester on 18 December 2021: Bolton, Salford, Stockport and Wigan good overall
# (four of the ten); Bury inadequate (ILACS, 17 December 2021)
@pytest.mark.parametrize(("n", "want"), [("four", "supported"), ("five", "contradicted")])
def test_a_tally_within_greater_manchester(run, n, want) -> None:
    text = (
        "Bury's children's services are inadequate.\n\n"
        f"Across Greater Manchester's ten boroughs, {n} are now rated good by Ofsted: Bolton, "
        "Salford, Stockport and Wigan.\n"
    )
    found = run(text, date(2021, 12, 18))
    assert verdicts(found, "Bury's children's services are inadequate", "grade") == {"supported"}
    assert verdicts(found, f"{n} are now rated good", "count") == {want}


@pytest.mark.parametrize(("n", "want"), [("four", "supported"), ("six", "contradicted")])
def test_a_count_of_greater_manchesters_councils(run, n, want) -> None:
    text = f"Of Greater Manchester's ten councils, {n} are rated good.\n"
    assert verdicts(run(text, date(2021, 12, 18)), f"{n} are rated good", "count") == {want}


# Blackburn with Darwen: ILACS 2018 requires improvement (on site January-February 2022,
# published 18 March 2022); ILACS 2023 good (published 23 April 2025)
@pytest.mark.parametrize(("year", "want"), [("2022", "supported"), ("2021", "contradicted")])
def test_a_grade_and_the_move_up_to_it_are_two_claims(run, year, want) -> None:
    text = (
        "Blackburn with Darwen Council's children's services have been rated good by Ofsted, up "
        f"from requires improvement at the last inspection in {year}.\n"
    )
    found = run(text, date(2025, 4, 24))
    assert verdicts(found, "have been rated good by Ofsted", "grade") == {"supported"}
    assert verdicts(found, f"up from requires improvement at the last inspection in {year}") == {
        want
    }


# Brent: ILACS on site 14 to 25 May 2018, published 2 July 2018: children in care outstanding
# (SIF, 2015: requires improvement); ILACS 2026 (17 June 2026): children in care good
@pytest.mark.parametrize(
    ("grade", "want"), [("outstanding", "supported"), ("good", "contradicted")]
)
def test_a_grade_the_narrative_dates_beside_the_year_of_the_one_before(run, grade, want) -> None:
    text = (
        "Brent's children's services are good.\n\n"
        "Less than three years later, the picture had changed sharply. Inspectors who visited in "
        "May 2018 rated the council good overall. Most striking was the care of children in "
        f"care, judged {grade}, a leap from requires improvement in 2015.\n"
    )
    assert verdicts(run(text, date(2026, 6, 24)), "Most striking was", "trend") == {want}


# Warrington SIF: on site 23 February to 20 March 2015, requires improvement; ILACS 2023
# (published 30 July 2024): good. "February" in 2024 ends on the 29th, in 2015 on the 28th.
def test_months_of_a_leap_year_given_a_year_that_is_not(run) -> None:
    text = (
        "Warrington's children's services have been rated good.\n\n"
        "It is a long way from spring 2015. Then, after a four-week inspection that ran from late "
        "February to 20 March, inspectors concluded that children's services \"require "
        'improvement".\n'
    )
    found = run(text, date(2024, 7, 31))
    assert verdicts(found, "inspectors concluded", "grade") == {"supported"}
    assert verdicts(found, "four-week inspection") == {"supported"}
    assert not _contradicted(found), found


# Durham: ILACS requires improvement overall, children in care and care leavers good (on site
# September 2019); ILACS 2023 outstanding (13 May 2025)
def test_a_sentence_that_opens_when_inspectors_returned_in_a_year(run) -> None:
    text = (
        "Durham's children's services are outstanding.\n\n"
        "When inspectors returned in September 2019, Durham was again rated requires improvement "
        "overall, although services for children in care and care leavers had improved to good.\n"
    )
    found = run(text, date(2025, 5, 14))
    assert verdicts(found, "had improved to good") == {"supported"}
    assert not _contradicted(found), found


# Dudley: SIF inadequate in every judgement (2016); ILACS on site to 9 November 2018: leaders
# good, help and protection requires improvement
def test_a_year_in_an_aside_on_the_lead_inspector(run) -> None:
    text = (
        "Inspectors led by Peter McEntee, who also led the 2016 inspection, judged the impact of "
        "leaders in Dudley good.\n"
    )
    assert verdicts(run(text, date(2019, 1, 10)), "judged the impact of leaders", "grade") == {
        "supported"
    }


# Ealing: SIF good (26 August 2016); ILACS requires improvement in every judgement (published
# 19 December 2019); ILACS 2023 good
def test_a_year_of_the_last_inspection_quoted_does_not_date_the_grade_after_it(run) -> None:
    text = (
        "Ealing's children's services.\n\n"
        "Three years later, in a report published in 2019, services were found to have "
        '"deteriorated since the last inspection in 2016" and were rated requires improvement to '
        "be good in every judgement.\n"
    )
    found = run(text, date(2024, 1, 10))
    assert verdicts(found, "rated requires improvement to be good in every judgement") == {
        "supported"
    }


# Wandsworth SIF re-inspection (on site May 2018, published 20 July 2018): requires improvement
# overall and in most judgements, inadequate in none
@pytest.mark.parametrize(
    ("grade", "want"), [("inadequate", "supported"), ("requires improvement", "contradicted")]
)
def test_no_part_of_the_service_is_a_grade_none_was_given(run, grade, want) -> None:
    text = (
        "Wandsworth's children's services are out of inadequate.\n\n"
        "A re-inspection carried out in May rated the council requires improvement to be good "
        f"overall. The report, published on Friday, found that no part of the service is now "
        f"{grade}.\n"
    )
    assert verdicts(run(text, date(2018, 7, 23)), "no part of the service") == {want}
