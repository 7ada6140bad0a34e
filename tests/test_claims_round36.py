"""`ilacs check`: rules of the language of local news found while reading round 36's batches.

Real values from the letters in ../shared: Peterborough's focused visit of 22-23 June 2021
("children in care experience stable placements"), Hartlepool's of 4-5 March 2020 ("has
continued to improve the quality of social work practice for children who are subject to ...
child protection plans") and Halton's of July 2018 ("The quality of work in responding
effectively to contacts has improved since the last inspection")."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with, corpus_with_letters, held_then_caught

PETERBOROUGH_FV = "80537_peterborough__children's_services_focused_visit_-_02_august_2021.pdf"
HARTLEPOOL_FV = "80473_hartlepool__children's_services_focused_visit_-_27_march_2020.pdf"
HALTON_FV = "80471_halton__children's_services_focused_visit_-_16_august_2018.pdf"


@pytest.fixture(scope="module")
def letters_db(corpus_db, tmp_path_factory):
    return corpus_with_letters(
        corpus_db,
        tmp_path_factory.mktemp("round36"),
        (PETERBOROUGH_FV, HARTLEPOOL_FV, HALTON_FV),
    )


@pytest.fixture(scope="module")
def letters_db_durham(corpus_db, tmp_path_factory):
    return corpus_with_letters(
        corpus_db,
        tmp_path_factory.mktemp("round36_jtai"),
        ("80465_durham__joint_area_child_protection_inspection_-_24_august_2018.pdf",),
    )


def test_a_visit_finding_said_the_other_way_round(tmp_path, letters_db):
    # the letter of June 2021: "children in care experience stable placements"
    held_then_caught(
        tmp_path,
        letters_db,
        "Peterborough City Council's services for children were judged inadequate overall. "
        "That marked a sharp change from a focused visit in June 2021, when inspectors found "
        "that children in care experienced stable placements.\n",
        "2024-05-17",
        "visit in June 2021",
        altered=("experienced stable placements", "experienced unstable placements"),
        caught="children in care experienced unstable placements",
    )


def test_a_visit_finding_of_change_said_the_other_way_round(tmp_path, letters_db):
    # Hartlepool, March 2020: practice for children on child protection plans "continued to
    # improve"; the article's "deteriorated" is weighed against what the letter says of change
    held_then_caught(
        tmp_path,
        letters_db,
        "Hartlepool's children's services have been rated outstanding. Inspectors also carried "
        "out a focused visit in March 2020, and found practice with children on child "
        "protection plans had continued to improve.\n",
        "2024-05-16",
        "visit in March 2020",
        altered=("had continued to improve", "had deteriorated"),
        caught="plans had deteriorated",
    )
    # Halton, July 2018: "The quality of work in responding effectively to contacts has improved
    # since the last inspection" (an article's 'handling of contacts' is the letter's response)
    held_then_caught(
        tmp_path,
        letters_db,
        "Halton's children's services have been rated inadequate. The picture is in stark "
        "contrast to an earlier visit in July 2018, when inspectors found the council's "
        "handling of contacts and referrals had improved.\n",
        "2024-07-13",
        "visit in July 2018",
        altered=("referrals had improved", "referrals had deteriorated"),
        caught="referrals had deteriorated",
    )


def test_the_councils_a_move_rank_names_before_it_must_be_those_the_record_gives(
    tmp_path, corpus_db
):
    # Wakefield (January 2022) is the third council in Yorkshire and the Humber to go from
    # inadequate straight to good, after Doncaster and Rotherham; Leeds was never inadequate
    text = (
        "Wakefield Council's children's services have been rated good. The council is the "
        "third in Yorkshire and the Humber to move from an inadequate rating straight to good, "
        "after Doncaster and Rotherham.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-01-06",
        "the third in Yorkshire",
        altered=("Doncaster and Rotherham", "Doncaster and Leeds"),
        kind="rank",
    )
    claims = check_text(tmp_path, corpus_db, text.replace("Rotherham.", "Leeds."), "2022-01-06")
    assert "not after Leeds" in claim_with(claims, "the third in Yorkshire")["explanation"]


def test_the_councils_a_count_of_moves_names_must_have_made_the_move(tmp_path, corpus_db):
    # inadequate to outstanding by 13 January 2025, over more than one inspection: Sunderland,
    # Bromley and Tower Hamlets (inadequate 2017, good 2019, outstanding 2025); Hackney never
    # inadequate
    held_then_caught(
        tmp_path,
        corpus_db,
        "Tower Hamlets is now one of only three councils in England to have gone from "
        "'Inadequate' to 'Outstanding', following Sunderland and Bromley.\n",
        "2025-01-13",
        "one of only three",
        altered=("Sunderland and Bromley", "Sunderland and Hackney"),
        caught="one of only three",
    )
    # inadequate straight to good in reports of 12 January 2026: Herefordshire and Solihull
    text = (
        "Solihull is one of two West Midlands councils, alongside Herefordshire, to have "
        "climbed from inadequate to good in reports published today.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-01-12",
        "one of two West Midlands councils",
        altered=("alongside Herefordshire", "alongside Walsall"),
        caught="one of two West Midlands councils",
    )
    claims = check_text(tmp_path, corpus_db, text.replace("Herefordshire", "Walsall"), "2026-01-12")
    c = claim_with(claims, "one of two West Midlands councils")
    assert c["explanation"].startswith("Walsall made no such move"), c


def test_the_councils_a_count_names_among_those_counted(tmp_path, corpus_db):
    # London on 1 February 2024: four councils require improvement overall (Barking and
    # Dagenham, Ealing, Hackney, Lambeth); Southwark was good (November 2022)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Lewisham has been rated good. The result leaves just four London boroughs, including "
        "Lambeth and Hackney, with a 'requires improvement' rating.\n",
        "2024-02-01",
        "just four London boroughs",
        altered=("including Lambeth", "including Southwark"),
        kind="count",
        caught="just four London boroughs",
    )


def test_two_judgements_each_with_its_own_grade_after_it(tmp_path, corpus_db):
    # Wokingham, March 2023: requires improvement overall, children in care good, care leavers
    # requires improvement
    held_then_caught(
        tmp_path,
        corpus_db,
        "At our last full inspection, in March 2023, Ofsted rated Wokingham's children's "
        "services as requires improvement to be good overall, with services for children in "
        "care judged good and support for care leavers judged to require improvement.\n",
        "2025-01-29",
        "services for children in care judged good",
        altered=("care judged good", "care judged outstanding"),
        caught="services for children in care judged outstanding",
    )


def test_what_else_inspectors_said_is_a_clause_of_its_own(tmp_path, corpus_db):
    # Sandwell, January 2018: children in care and adoption inadequate; "the 2015 inspection"
    # in the clause after 'and said' does not date the grades before it
    text = (
        "Sandwell has been rated good. It is a remarkable turnaround for a service that was "
        "rated inadequate in 2015 and again in January 2018.\n\nIn that report, inspectors "
        "judged services for children looked after and adoption to be inadequate and said most "
        "of the recommendations from the 2015 inspection had not been fully met.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-12-03",
        "adoption to be inadequate",
        altered=("adoption to be inadequate", "adoption to be good"),
    )


def test_a_run_told_after_an_earlier_grade_is_that_grades(tmp_path, corpus_db):
    # Torbay: inadequate in January 2016 and August 2018, good in May 2022
    claims = check_text(
        tmp_path,
        corpus_db,
        "Torbay Council's children's services have been rated good by Ofsted, four years after "
        "inspectors judged them inadequate for the second time in a row.\n",
        "2022-05-18",
    )
    assert claim_with(claims, "rated good by Ofsted")["verdict"] == "supported"
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_first_rated_is_when_not_a_place(tmp_path, corpus_db):
    # Tameside: inadequate in December 2016 (its first), requires improvement in July 2019
    held_then_caught(
        tmp_path,
        corpus_db,
        "Tameside's children's services have been rated inadequate again.\n\nOfsted first rated "
        "the borough inadequate in 2016, before it climbed to requires improvement at its next "
        "inspection in 2019.\n",
        "2024-02-13",
        ("first rated the borough inadequate in 2016", "before it climbed"),
        altered=("in 2016,", "in 2017,"),
        caught="first rated the borough inadequate in 2017",
        still_held=("before it climbed",),
    )


def test_a_relative_clause_takes_the_date_of_the_inspection_it_hangs_on(tmp_path, corpus_db):
    # Stoke-on-Trent: requires improvement in November 2022; 'on Tuesday' is the cabinet's day
    held_then_caught(
        tmp_path,
        corpus_db,
        "Stoke-on-Trent City Council is making progress. A report to the council's cabinet on "
        "Tuesday set out progress since last year's inspection, which rated services as "
        "requires improvement.\n",
        "2023-06-14",
        "which rated services as requires improvement",
        altered=("as requires improvement", "as inadequate"),
        caught="which rated services as inadequate",
    )


def test_climbing_out_of_a_grade_in_a_year(tmp_path, corpus_db):
    # Dudley: inadequate in April 2016, requires improvement (leadership and children in care
    # good) in December 2018
    held_then_caught(
        tmp_path,
        corpus_db,
        "It was a setback for Dudley, a council that had climbed out of the 'inadequate' "
        "category in 2018, when inspectors rated its leadership and its services for children "
        "in care as good.\n",
        "2024-05-21",
        "climbed out of the 'inadequate' category",
        altered=("category in 2018", "category in 2016"),
        caught="when inspectors rated its leadership",
    )


def test_a_team_counted_with_an_hmi_designate(tmp_path, corpus_db):
    # Essex, March 2014: "seven of Her Majesty's Inspectors (HMI) from Ofsted, one of Her
    # Majesty's Inspectors (HMI) designate and one Associate Inspector": nine
    held_then_caught(
        tmp_path,
        corpus_db,
        "Essex County Council's children's services have been rated good. A team of nine "
        "inspectors, led by Ian Young, spent more than three weeks in the county.\n",
        "2014-03-24",
        "A team of nine inspectors",
        altered=("team of nine", "team of ten"),
    )


def test_a_grade_word_inside_a_quotation_found_in_the_report_is_no_grade(tmp_path, corpus_db):
    # Lewisham, January 2024: "Children and young people now benefit from good, high-quality
    # help and support"; the sentence also names the leadership team
    claims = check_text(
        tmp_path,
        corpus_db,
        "Lewisham's children's services have been rated good for the first time.\n\nThe latest "
        "report credits “the experienced Executive Director for Children & Young People (DCS) "
        "and his highly effective leadership team”, and says children and young people “now "
        "benefit from good … help and support”.\n",
        "2024-02-01",
    )
    assert claim_with(claims, "now benefit from good")["verdict"] == "supported"
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_care_leaver_services_is_the_care_leavers_judgement(tmp_path, corpus_db):
    # by 2 February 2018, ten councils' SIF reports had judged care leavers outstanding
    # (Rotherham, 29 January 2018, the tenth)
    held_then_caught(
        tmp_path,
        corpus_db,
        "It makes Rotherham one of only ten councils in England to have had care leaver "
        "services rated outstanding under the current inspection framework.\n",
        "2018-02-02",
        "one of only ten councils",
        altered=("only ten", "only six"),
        kind="rank",
    )


def test_a_move_told_with_words_between_its_grades(tmp_path, corpus_db):
    # Bexley (August 2018): the first council to go from requires improvement straight to
    # outstanding
    held_then_caught(
        tmp_path,
        corpus_db,
        "The London Borough of Bexley has become the first council in England to move from a "
        "‘requires improvement’ rating for children’s services straight to ‘outstanding’.\n",
        "2018-08-21",
        "the first council in England",
        altered=("the first council", "the second council"),
        kind="rank",
    )


def test_up_from_a_grade_at_an_inspection_is_a_claim_of_its_own(tmp_path, corpus_db):
    # Sunderland: help and protection good in August 2021, outstanding in March 2025
    held_then_caught(
        tmp_path,
        corpus_db,
        "Sunderland's children's services have been rated outstanding again. Help and "
        "protection is rated outstanding for the first time, up from good at the 2021 "
        "inspection.\n",
        "2025-03-12",
        ("for the first time", "up from good at the 2021 inspection"),
        altered=("up from good", "up from requires improvement"),
        caught="up from requires improvement at the 2021 inspection",
    )


def test_a_number_changed_in_a_paraphrase_of_directors(tmp_path, corpus_db):
    # Halton, July 2024: "with four DCSs and five assistant directors in the last 12 months"
    held_then_caught(
        tmp_path,
        corpus_db,
        "Halton's children's services have been rated inadequate. The report blames the "
        "instability, noting that Halton had had four directors of children's services and "
        "five assistant directors in the 12 months before the inspection.\n",
        "2024-07-13",
        "four directors of children's services",
        altered=("had had four directors", "had had two directors"),
        caught="two directors of children's services",
        none_contradicted=False,
    )


def test_a_quotation_with_its_judgement_and_joining_word_turned(tmp_path, corpus_db):
    # Bexley, August 2018: "forward thinking and inspirational leadership"
    held_then_caught(
        tmp_path,
        corpus_db,
        "Bexley's children's services have been rated outstanding. Their report praises "
        "‘forward thinking and inspirational leadership’.\n",
        "2018-08-21",
        "forward thinking and inspirational leadership",
        altered=("and inspirational", "but inconsistent"),
        kind="quote",
    )


def test_the_one_thing_a_report_asks_named_as_another(tmp_path, corpus_db):
    # Kingston upon Thames, January 2025: one recommendation, "Clarity of pre-proceedings
    # letters for parents, so that they are clear about what needs to change ..."
    held_then_caught(
        tmp_path,
        corpus_db,
        "Kingston upon Thames has been rated outstanding. The report makes just one "
        "recommendation: that pre-proceedings letters for parents are clearer about what "
        "needs to change.\n",
        "2025-01-30",
        "pre-proceedings letters for parents",
        altered=("pre-proceedings letters for parents", "pathway plans for care leavers"),
        caught="pathway plans for care leavers",
    )


def test_two_places_given_one_test(tmp_path, corpus_db):
    # care leavers outstanding under the 2023 framework by 5 September 2023: Bexley, Essex,
    # North Yorkshire, then St Helens (the first in the North West)
    held_then_caught(
        tmp_path,
        corpus_db,
        "St Helens is only the fourth council in England, and the first in the North West, to "
        "have its care leavers service judged outstanding under the new inspection framework.\n",
        "2023-09-05",
        "only the fourth council in England, and the first in the North West",
        altered=("the fourth council", "the second council"),
        kind="rank",
    )


def test_the_subject_of_a_joint_inspection(tmp_path, letters_db_durham):
    # Durham's JTAI of 9-13 July 2018: "the multi-agency response to domestic abuse"
    held_then_caught(
        tmp_path,
        letters_db_durham,
        "Durham's children's services have been rated outstanding. A joint inspection of the "
        "response to domestic abuse in Durham in 2018, carried out by Ofsted with police, "
        "health and probation inspectors, found strong partnership working.\n",
        "2025-05-13",
        "response to domestic abuse",
        altered=("response to domestic abuse", "response to child sexual exploitation"),
        caught="response to child sexual exploitation",
    )


def test_a_visit_dated_before_the_relative_clause_of_what_it_looked_at(tmp_path, corpus_db):
    # Lewisham's focused visit of 21-22 July 2021 looked at children in care
    (tmp_path / "db").mkdir()
    db = corpus_with_letters(
        corpus_db,
        tmp_path / "db",
        ("80508_lewisham__children's_services_focused_visit_-_31_august_2021.pdf",),
    )
    claims = check_text(
        tmp_path,
        db,
        "Lewisham has been rated good. The improvements build on the findings of Ofsted’s "
        "focused visit in July 2020, which looked at services for children in care and found "
        "that the senior leadership team had “improved and strengthened services for children "
        "in care” despite the pandemic.\n",
        "2024-01-31",
    )
    # (one claim: the date and what the visit looked at, not a true subject beside a false date)
    c = claim_with(claims, "looked at services for children in care")
    # (from the visit's noun phrase, its kind with it: round 45)
    assert c["text"].startswith("Ofsted’s focused visit in July 2020"), c
    assert c["verdict"] == "contradicted", c
    assert "2021-07-21" in c["explanation"]


def test_some_judgements_graded_with_the_one_left_out(tmp_path, corpus_db):
    # Redbridge, November 2016: good in all but care leavers (requires improvement)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Redbridge was rated good in four of the five areas judged, with care leavers "
        "requiring improvement.\n",
        "2016-11-25",
        "four of the five areas judged, with care leavers",
        altered=("with care leavers", "with adoption performance"),
        caught="four of the five areas judged, with adoption performance",
    )


def test_a_grade_in_an_aside_is_not_of_the_time_the_main_clause_gives(tmp_path, corpus_db):
    # Dudley: requires improvement (January 2023) when its focused visit of October 2025 came
    held_then_caught(
        tmp_path,
        corpus_db,
        "Sandwell has been rated good. Neighbouring Dudley, still rated requires improvement, "
        "had a focused visit in October.\n",
        "2025-12-04",
        "still rated requires improvement",
        altered=("still rated requires improvement", "still rated inadequate"),
        caught="still rated inadequate",
    )


def test_a_date_inside_a_graded_aside_is_that_grades(tmp_path, corpus_db):
    # Coventry: inadequate in March 2014; outstanding overall, help and protection good, in May
    # 2026 (published the same day as Norfolk's)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Norfolk has been rated outstanding. The same day, Coventry – rated inadequate in 2014 – "
        "was also judged outstanding overall, though its help and protection services were "
        "rated good.\n",
        "2026-05-19",
        ("rated inadequate in 2014", "was also judged outstanding overall"),
        altered=(
            "help and protection services were rated good",
            "help and protection services were rated outstanding",
        ),
        caught="help and protection services were rated outstanding",
    )


def test_a_judgement_graded_at_the_last_inspection_in_an_aside(tmp_path, corpus_db):
    # Wandsworth: care leavers inadequate in February 2016, good in July 2018
    held_then_caught(
        tmp_path,
        corpus_db,
        "Wandsworth is no longer rated inadequate. Services for care leavers, branded "
        "inadequate at the last inspection, were rated good.\n",
        "2018-07-24",
        "branded inadequate at the last inspection",
        altered=("branded inadequate at", "branded good at"),
        caught="branded good at the last inspection",
    )


def test_both_after_a_list_of_councils_is_those_councils(tmp_path, corpus_db):
    # Islington (29 January 2025) and Camden (15 April 2025): outstanding in every judgement;
    # Hackney good (August 2024)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Haringey has been rated outstanding for the first time. Haringey joins its neighbours "
        "Islington and Camden, both rated outstanding in every area last year.\n",
        "2026-02-25",
        "rated outstanding in every area last year",
        altered=("Islington and Camden", "Islington and Hackney"),
        caught="rated outstanding in every area last year",
    )


def test_every_judgement_but_one(tmp_path, corpus_db):
    # Rotherham, December 2025: outstanding in all but care leavers (good); November 2014:
    # inadequate in all but adoption (requires improvement)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Rotherham has been rated outstanding. To be judged outstanding today, in every area "
        "but one, is a remarkable achievement.\n",
        "2025-12-19",
        "in every area but one",
        altered=("every area but one", "every area but two"),
        caught="in every area but two",
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        "Rotherham was rated inadequate in all but one area.\n",
        "2014-11-20",
        "in all but one area",
        altered=("all but one area", "all but two areas"),
        caught="in all but two areas",
    )
