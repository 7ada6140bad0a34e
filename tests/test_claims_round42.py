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
MILTON_KEYNES_FV = "80524_milton_keynes__children's_services_focused_visit_-_13_january_2023.pdf"


@pytest.fixture(scope="module")
def check42(corpus_db, tmp_path_factory):
    db = corpus_with_letters(
        corpus_db,
        tmp_path_factory.mktemp("round42"),
        (DERBY_JTAI, BRADFORD_JTAI, SANDWELL_FV, MILTON_KEYNES_FV),
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


def test_a_move_ranked_after_the_councils_named_before_it(check42) -> None:
    # Newham, January 2026: inadequate overall (2022? no: 2019) and outstanding; before it in
    # London, by publication, Bromley and Tower Hamlets went from inadequate to outstanding
    said = (
        "Newham Council's children's services have been rated outstanding in every area.\n\n"
        "It is also the {}, to climb from inadequate to outstanding.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2026, 1, 13),
        ("third London borough, after Bromley and Tower Hamlets", "third London borough"),
        ("second London borough, after Bromley", "second London borough"),
        "rank",
    )


def test_a_judgements_move_ranked_after_the_council_named_before_it(check42) -> None:
    # Newham's leadership: inadequate, then outstanding; Bromley's went so before it in London,
    # Hillingdon's leadership was never inadequate
    said = (
        "Newham Council's children's services have been rated outstanding in every area.\n\n"
        "Newham is only the second London council, after {}, to move from an inadequate "
        "leadership judgement to outstanding at its next inspection.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2026, 1, 13),
        ("Bromley", "second London council"),
        ("Hillingdon", "second London council"),
        "rank",
    )


def test_a_finding_of_a_dated_letter_said_the_other_way(check42) -> None:
    # Milton Keynes' focused visit of 23-24 November 2022: 'The quality of practice for
    # children in care has improved since the last inspection in 2021.' The sentence names no
    # kind of visit: the letter of that month, as no inspection was then
    said = (
        "Milton Keynes City Council's children's services have been rated good.\n\n"
        "In November 2022 inspectors found the quality of practice for children in care had "
        "{}.\n"
    )
    found = check42(said.format("improved"), date(2024, 12, 19))
    assert "contradicted" not in {v for k, t, v in found if "November 2022" in t}
    assert verdicts(check42(said.format("deteriorated"), date(2024, 12, 19)), "deteriorated") == {
        "contradicted"
    }


# --- found reading a second blind batch (R) ----------------------------------------------------


@pytest.mark.parametrize(
    "text, day, words",
    [
        (
            # Surrey, May 2018: 'The interim director of children's services (DCS) has been in
            # post since October 2017': an arrival, no inspection's date
            "Surrey County Council's children's services have been rated inadequate.\n\nBut the "
            "inspection team, led by Nick Stacey, found the service had begun to change since "
            "the arrival of an interim director of children's services in October 2017.\n",
            date(2018, 5, 17),
            "October 2017",
        ),
        (
            # Tower Hamlets: the board set up in September 2016, the report out in April 2017
            "Tower Hamlets Council's children's services have been rated good.\n\nTower Hamlets "
            "set up an improvement and inspection board in September 2016, several months "
            "before the inadequate rating was published.\n",
            date(2019, 7, 23),
            "September 2016",
        ),
        (
            # Central Bedfordshire (good, August 2017), Luton and Bedford (requires improvement):
            # 'the county' names no county ilacs can count within
            "Central Bedfordshire Council's children's services have been rated good, making it "
            "the only council in the county to hold the rating.\n",
            date(2017, 8, 29),
            "in the county",
        ),
    ],
)
def test_events_and_places_the_record_cannot_settle(check42, text, day, words) -> None:
    found = check42(text, day)
    assert not [t for k, t, v in found if words in t and v == "contradicted"], found


def test_the_grades_given_to_a_council_likened_to_another(check42) -> None:
    # the City of London's report: published 5 November 2024 (on site 23-27 September), led by
    # Christine Kennet; good for help and protection, outstanding in every other area
    found = check42(
        "Merton and City of London hold on to 'outstanding' children's services\n\n"
        "Merton Council's children's services have kept their outstanding rating from Ofsted.\n\n"
        "The grades mirror those given last November to the City of London Corporation, whose "
        "children's services were inspected in September 2024. Like Merton, the City was judged "
        "good for help and protection and outstanding in every other area, under lead inspector "
        "Christine Kennet.\n",
        date(2025, 8, 28),
    )
    assert verdicts(found, "last November") == {"supported"}
    assert "contradicted" not in verdicts(found, "Christine Kennet")


def test_a_place_among_the_councils_of_a_group_of_so_many(check42) -> None:
    # Greater Manchester, by publication: Trafford, Salford, Wigan, then Stockport (25 August
    # 2017) rated good under the single inspection framework
    said = (
        "Stockport Council's children's services have been rated good.\n\n"
        "Stockport is now the {} of Greater Manchester's ten councils to be rated good under "
        "Ofsted's tougher inspection regime.\n"
    )
    filled_held_then_caught(
        check42, said, date(2017, 8, 29), ("fourth", "fourth"), ("third", "third"), "rank"
    )


def test_the_county_and_that_inspection_after_a_borough_named_to_compare(check42) -> None:
    # Lancashire: inadequate in November 2015 (lead inspector Shirley Bailey), which the
    # article puts in 2016; Blackpool, named before, is a borough
    found = check42(
        "Lancashire County Council's leadership has been rated outstanding.\n\n"
        "Lancashire is one of only five councils to be rated outstanding for leadership since "
        "the new inspections began this year, and the second in the North West after "
        "Blackpool.\n\n"
        "The county's services were rated inadequate in 2016, when inspectors found serious "
        "failures in the help given to children who need protection.\n\n"
        "That inspection, led by Shirley Bailey, took place as three children died in unrelated "
        "incidents.\n",
        date(2026, 8, 20),
    )
    assert verdicts(found, "Shirley Bailey") == {"supported"}


def test_a_section_under_a_heading_with_a_colon(check42) -> None:
    # Havering (lead inspector Claire Beckingham) and Tameside (Andy Waugh, 13 areas for
    # improvement), reports of 16 and 13 February 2024
    found = check42(
        "Two councils rated inadequate\n\n"
        "Havering's services have significantly deteriorated since its last inspection, while "
        "Tameside has been rated inadequate for the second time.\n\n"
        "The London Borough of Havering and Tameside Council were both judged inadequate.\n\n"
        "Havering: 'widespread drift and delay'\n\n"
        "For Havering, the judgement is a two-grade fall. Inspectors, led by Claire Beckingham, "
        "found that services in Havering had deteriorated.\n\n"
        "Tameside: 'ineffective senior leadership'\n\n"
        "In Tameside, which was inspected from 4 to 15 December, inspectors found there had been "
        "ineffective senior leadership since its previous inspection in 2019, when it was "
        "judged to require improvement.\n\n"
        "That 2019 inspection, led by Dominic Stevens, had found that after slow progress since "
        "2016, significant changes in senior leadership had quickened the pace of improvement. "
        "This time, inspectors said the quality of social work practice had declined, and that "
        "too many children waited too long for help.\n\n"
        "Not all the shortfalls identified in 2019, or at a focused visit in June 2022 that "
        "identified areas for priority action, had been addressed, the report said. Managers "
        "did not always know the quality of the work done with families, and plans for "
        "children were often too vague to drive change. Social workers said they felt "
        "supported by their managers, but supervision was too often a list of tasks rather "
        "than a reflection on what children needed, and records did not show why decisions "
        "had been made.\n\n"
        "Lead inspector Andy Waugh's team said children had been left at risk. The report lists "
        "13 areas for improvement.\n",
        date(2024, 2, 19),
    )
    assert verdicts(found, "Andy Waugh") == {"supported"}
    assert verdicts(found, "13 areas for improvement") == {"supported"}


def test_a_count_of_recommendations_dated_after_it(check42) -> None:
    # Camden: two recommendations in June 2022 (eight in 2017)
    found = check42(
        "Camden Council's children's services have been rated outstanding.\n\n"
        "The local authority designated officer and the emergency duty team, the subjects of "
        "Ofsted's two recommendations in 2022, are now highly effective.\n",
        date(2025, 4, 16),
    )
    assert verdicts(found, "two recommendations") == {"supported"}


def test_a_previous_inspection_in_the_past_perfect(check42) -> None:
    # Sefton: requires improvement (2016), inadequate (2022), good (2025)
    found = check42(
        "Sefton Council's children's services have been rated good.\n\n"
        "The borough was judged inadequate in every area in 2022.\n\nHow Sefton got here\n\n"
        "Sefton had been rated requires improvement at its previous full inspection in 2016.\n",
        date(2025, 8, 13),
    )
    assert "contradicted" not in verdicts(found, "previous full inspection in 2016")


def test_the_council_before_a_list_it_joins(check42) -> None:
    # Darlington, on site 9-13 February 2026; Sunderland named twice to compare with
    said = (
        "Darlington's children's services have been rated outstanding by Ofsted.\n\n"
        "Darlington becomes only the second council in the North East to have gone from "
        "inadequate to outstanding, after Sunderland. It joins Durham, Hartlepool, North "
        "Tyneside, Northumberland and Sunderland among the region's outstanding authorities.\n\n"
        "The inspection, led by Gareth Dakin, took place over one week from {}.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2026, 3, 25),
        ("February 9 to 13", "February 9"),
        ("February 2 to 6", "February 2"),
    )


def test_one_of_so_many_in_the_bottom_category(check42) -> None:
    # Havering, 16 February 2024: the only London council rated inadequate
    said = (
        "Havering's children's services have been rated inadequate.\n\n"
        "The verdicts mean 16 councils in England are rated inadequate, with Havering now {} in "
        "the bottom category.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2024, 2, 19),
        ("the only London borough", "the only London borough"),
        ("one of three London boroughs", "one of three London boroughs"),
        "rank",
    )


# --- found reading a third blind batch (T) -----------------------------------------------------


def test_a_piece_of_work_described_in_a_grades_word(check42) -> None:
    # Kirklees, November 2016 (inadequate overall): 'The strategic response to child sexual
    # exploitation is good'
    found = check42(
        "Kirklees Council's children's services have been rated inadequate.\n\n"
        "The area's strategic response to child sexual exploitation was described as good.\n",
        date(2016, 11, 25),
    )
    assert not [t for k, t, v in found if "strategic response" in t and v == "contradicted"]


def test_the_first_since_a_council_named(check42) -> None:
    # London reports rated inadequate overall, by publication: ... Croydon (2017), Newham (25
    # March 2019), then Havering (16 February 2024), none between
    said = (
        "Havering's children's services have been rated inadequate by Ofsted.\n\n"
        "Havering is the first London borough to be rated inadequate since {}.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2024, 2, 16),
        ("Newham in 2019", "since Newham"),
        ("Croydon in 2017", "since Croydon"),
        "rank",
    )


def test_the_councils_a_move_leaves_as_the_only_ones(check42) -> None:
    # South West, 5 April 2022: Devon, Torbay, and Bournemouth, Christchurch and Poole
    found = check42(
        "Gloucestershire County Council's children's services are no longer inadequate.\n\n"
        "Gloucestershire's move leaves Devon, Torbay and Bournemouth, Christchurch and Poole as "
        "the only councils in the South West still rated inadequate by Ofsted.\n",
        date(2022, 4, 5),
    )
    assert verdicts(found, "as the only councils") == {"supported"}


def test_the_council_of_the_part_before_another_councils_heading(check42) -> None:
    # Cheshire West and Chester, August 2024 (lead inspector Alison Smale, seven areas for
    # improvement); Nottinghamshire, July 2024 (Nicki Shaw, three), its leaders outstanding
    # like Leicestershire's in the reports of 12 July 2024
    said = (
        "Ofsted: Cheshire West and Chester slips to 'requires improvement' as Nottinghamshire "
        "leaders judged outstanding\n\n"
        "Cheshire West and Chester Council's children's services have dropped from good to "
        "requires improvement, after inspectors found over-optimism among leaders.\n\n"
        "In a report published this week following a one-week inspection in July, Ofsted said "
        "some key services had deteriorated since the council's last inspection in 2019.\n\n"
        "Inspectors judged the impact of leaders, help and protection, and the experiences and "
        "progress of care leavers to require improvement to be good. Services for children in "
        "care remained good, and there was praise for early help, which had been strengthened, "
        "and for a valued workforce culture.\n\n"
        '"Over-optimism by leaders means improvement plans have lacked pace," wrote lead '
        "inspector Alison Smale.\n\n"
        "Ofsted set out seven areas for improvement.\n\n"
        "Nottinghamshire\n\n"
        "Nottinghamshire County Council, meanwhile, has had the impact of its leaders rated "
        "outstanding. Nottinghamshire was rated good overall for the third inspection in a row. "
        "Nottinghamshire was one of two East Midlands councils, along with Leicestershire, whose "
        "leadership was rated outstanding in reports published on the same day.\n"
    )
    found = check42(said, date(2024, 8, 30))
    assert verdicts(found, "Alison Smale") == {"supported"}
    assert verdicts(found, "seven areas for improvement") == {"supported"}
    assert verdicts(found, "one of two East Midlands councils") == {"supported"}


def test_a_judgements_grade_in_the_past_tense_of_a_report_just_out(check42) -> None:
    # Hartlepool, 16 May 2024: care leavers good (the 2018 report's children in care and care
    # leavers, one judgement, outstanding)
    said = (
        "Hartlepool children's services rated outstanding for first time\n\n"
        "Children's services in Hartlepool have been rated outstanding by Ofsted for the first "
        "time.\n\nSupport for care leavers was rated {}.\n"
    )
    filled_held_then_caught(
        check42,
        said,
        date(2024, 5, 16),
        ("good", "care leavers was rated"),
        ("outstanding", "care leavers was rated"),
    )
