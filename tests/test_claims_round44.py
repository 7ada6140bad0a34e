"""`ilacs check`, round 44: what a forty-eighth blind batch of articles showed.

'The City' of a story that has named the City of London; a council set against another ("the
mirror image of Kensington and Chelsea's"); a year in a headline's second clause ("as Ofsted
warns of 2023 'brake on progress'"); a council's journey told in one sentence; "five years
earlier" and "the regime Ofsted used until 2018"; a month of "the 2022 inspection, carried out
over two weeks in October" and of "an inspection that December"; "two years after" between
two years the sentence gives; the ILACS of a "2018 inspection"; "whose most recent overall
judgement is good"; a second test after a rank ("while requiring improvement in that area");
"inspectors went further in January last year, rating every judgement outstanding"; a plain
grade of a 2026 report (no overall grade); lists of what must improve after "compared with
nine in the 2022 inspection:", with unaccompanied children swapped for children in care, with
"turn 21" for "reach 21", and "The other areas flagged were ..." a paragraph after the count;
"a fortnight after Hertfordshire"; "Ten are rated good and four outstanding"; "13 are rated
outstanding" after "one of 17 London councils"; a framework "due to be used from this
spring"; "leaving no South East council in the inadequate category".

And what a forty-ninth batch showed, read after its first look: a headline's second council
("Wigan climbs to good as West Berkshire retains rating"); "within weeks of each other" (no
'other' areas); "every other area"; "the same overall grade ... at its previous inspection in
2018"; an opening "When ..." clause; another body's inquiry and its dates; a council's own
first report under a framework; "Seven councils have so far had reports published ..., and
Middlesbrough is the only one ..."; a count of the reports the sentence before counted; "this
is the first 'good' judgement for this area in more than a decade"; "two years before that";
"Ofsted wants TfC to improve"; "two areas for the council to develop: X, and Y"; "the first on
a North East authority".

And a fiftieth batch, read after its first look: a council named after 'than' ("inspected a
week earlier than Wirral"); "care leaver support" (not children in care); a participle of the
same report ("..., finding inadequate leadership"); the partners of an arrangement; a list of
councils between dashes below good; "two of six councils ... with an inadequate rating"; "only
one of them", "the only one of the four"; a rank's test after 'while'; "since the appointment
of a permanent director ... in December 2023".

Real values from the corpus (the reports' own words and grades): the City of London's reports
of 5 November 2024 (outstanding; help and protection good), 6 April 2020 (outstanding) and 20
September 2016 (good); West Berkshire's of 18 May 2015 (inadequate), 7 July 2017 (good), 4 May
2022 (good) and 28 October 2025 (good); Bracknell Forest's of 14 July 2017 (good; children
looked after, adoption and care leavers outstanding) and 29 July 2022; Darlington's of 2
December 2022 (on site 10 to 21 October 2022, good); Barnsley's of 8 August 2014 (requires
improvement; 'The previous inspection of Barnsley's safeguarding arrangements was in June
2012'); Rochdale's of 12 March 2018 (the first ILACS report); Kingston upon Thames' of 29
January 2025 (on site 2 to 6 December 2024, outstanding in every judgement); Brent's of 17
June 2026 (good in all four judgements, no overall grade; its four areas for improvement);
Solihull's of 12 January 2026 (seven areas for improvement); Sunderland's of 11 March 2025
(three); North Lincolnshire's of 30 April 2026 (one: care leavers in custody when they reach
21); Bexley's of 24 March 2023 (the second outstanding under the 2023 framework, after
Hertfordshire's of 10 March 2023); Birmingham's of 17 January 2019 (on site 3 to 14 December
2018, requires improvement)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import filled_held_then_caught, in_process_checker, verdicts


@pytest.fixture(scope="module")
def check44(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# --- whose grade ----------------------------------------------------------------------------

CITY = (
    "Kensington and Chelsea keeps Ofsted's top grade\n\n"
    "The Royal Borough of Kensington and Chelsea was judged outstanding in a report published "
    "on Monday.\n\n"
    "The City of London Corporation received its own outstanding verdict in November.\n\n"
    "{}\n"
)


def test_the_city_is_the_city_of_london(check44) -> None:
    filled_held_then_caught(
        check44,
        CITY.replace(
            "{}", "Kensington and Chelsea was also rated outstanding in 2016 and 2019.\n\n{}"
        ),
        date(2025, 1, 16),
        (
            "The City was also rated outstanding at its previous inspection in 2020.",
            "rated outstanding at its previous inspection in 2020",
        ),
        (
            "The City was also rated inadequate at its previous inspection in 2020.",
            "rated inadequate at its previous inspection in 2020",
        ),
    )


def test_its_profile_the_mirror_image_of_another_council(check44) -> None:
    filled_held_then_caught(
        check44,
        CITY,
        date(2025, 1, 16),
        (
            "Its profile is the mirror image of Kensington and Chelsea's: leadership, children "
            "in care and care leavers were all rated outstanding.",
            "care leavers were all rated outstanding",
        ),
        (
            "Its profile is the mirror image of Kensington and Chelsea's: leadership, children "
            "in care and care leavers were all rated good.",
            "care leavers were all rated good",
        ),
    )


# --- which inspection -----------------------------------------------------------------------


def test_a_year_in_the_headlines_second_clause_is_not_the_grades(check44) -> None:
    found = check44(
        "West Berkshire holds on to 'good' as Ofsted warns of 2023 'brake on progress'\n\n"
        "West Berkshire Council has retained its good Ofsted rating for children's services.\n",
        date(2025, 11, 4),
    )
    assert verdicts(found, "holds on to 'good'") == {"supported"}
    assert "contradicted" not in {v for _, _, v in found}


def test_a_journey_in_one_sentence_is_a_claim_a_step(check44) -> None:
    said = (
        "West Berkshire Council's children's services are good, Ofsted says.\n\n"
        "West Berkshire was judged inadequate in 2015, improved to {} two years later and "
        "kept that grade in 2022.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 11, 4),
        ("good", "improved to good two years later"),
        ("outstanding", "improved to outstanding two years later"),
    )
    found = check44(said.format("good"), date(2025, 11, 4))
    assert verdicts(found, "judged inadequate in 2015") == {"supported"}


def test_years_earlier_and_the_regime_used_until_2018(check44) -> None:
    said = (
        "Bracknell Forest has been rated outstanding by Ofsted.\n\n"
        "When Ofsted last came to Bracknell, in June 2022, the council was also rated "
        "outstanding overall. Five years earlier, under the inspection regime Ofsted used until "
        "2018, children's services in the borough were rated {} overall.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 2, 3),
        ("good", "were rated good overall"),
        ("inadequate", "were rated inadequate overall"),
    )


def test_the_month_of_the_2022_inspection(check44) -> None:
    said = (
        "Darlington's children's services are outstanding, Ofsted says.\n\n"
        "By the time Ofsted returned in 2018, services had improved, and the 2022 inspection, "
        "carried out over two weeks in {}, rated Darlington good overall.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 3, 26),
        ("October", "carried out over two weeks in October"),
        ("June", "carried out over two weeks in June"),
    )


def test_a_month_of_that_year(check44) -> None:
    said = (
        "Birmingham's children's trust is good, Ofsted says.\n\n"
        "Ofsted rated Birmingham inadequate in 2014. The trust took on children's social care "
        "in April 2018, and an inspection that {} found services required improvement to be "
        "good.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 10, 30),
        ("December", "an inspection that December"),
        ("October", "an inspection that October"),
    )


def test_two_years_between_the_years_it_gives(check44) -> None:
    found = check44(
        "Barnsley scrutiny committee: Ofsted report\n\n"
        "Members will recall that Barnsley's services were judged to require improvement in "
        "2014, two years after its safeguarding arrangements were found inadequate in 2012.\n",
        date(2023, 12, 5),
    )
    assert "contradicted" not in {v for _, _, v in found}


def test_the_ilacs_of_a_2018_inspection(check44) -> None:
    said = (
        "Rochdale Borough Council's children's services require improvement.\n\n"
        "Rochdale's 2018 inspection was the {} to be published under Ofsted's inspection of "
        "local authority children's services (ILACS) framework.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2023, 3, 17),
        ("first", "the first to be published"),
        ("second", "the second to be published"),
    )


def test_went_further_in_january_rating_every_judgement(check44) -> None:
    said = (
        "Kingston upon Thames's children's services are outstanding.\n\n"
        "In Kingston upon Thames inspectors went further in {} last year, rating every judgement "
        "outstanding.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 5, 20),
        ("January", "inspectors went further in January last year"),
        ("March", "inspectors went further in March last year"),
    )


def test_a_plain_grade_of_a_report_with_no_overall_grade(check44) -> None:
    said = "{} in first wave of Ofsted reports without overall grade\n\nBrent's report is out.\n"
    filled_held_then_caught(
        check44,
        said,
        date(2026, 6, 19),
        ("Brent rated good", "Brent rated good"),
        ("Brent rated outstanding", "Brent rated outstanding"),
        "grade",
    )


# --- ranks and counts -----------------------------------------------------------------------


def test_whose_most_recent_overall_judgement_is_good(check44) -> None:
    said = (
        "Salford City Council's children's services are good.\n\n"
        "Salford is one of {} North West authorities whose most recent overall judgement is "
        "good; no authority in the region currently holds an overall judgement of "
        "outstanding.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 3, 4),
        ("eight", "one of eight"),
        ("eleven", "one of eleven"),
    )


def test_a_second_test_after_an_only_is_not_read_as_none(check44) -> None:
    said = (
        "Ealing is back to good.\n\n"
        "{}Ealing is the only London council inspected under the current framework to be rated "
        "good overall while requiring improvement in that area.\n"
    )
    found = check44(said.format(""), date(2024, 9, 12))
    assert "contradicted" not in {v for _, _, v in found}
    # 'that area' is the judgement named before it
    found = check44(
        said.format("The inspection still judged help and protection to require improvement. "),
        date(2024, 9, 12),
    )
    assert verdicts(found, "while requiring improvement in that area") == {"supported"}


def test_a_fortnight_after_the_council_before(check44) -> None:
    said = (
        "Bexley's children's services are outstanding.\n\n"
        "That inspection rated Bexley outstanding, making Bexley only the {} council in "
        "England to receive the top grade under the 2023 framework, a fortnight after "
        "Hertfordshire.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 9, 12),
        ("second", "only the second council"),
        ("third", "only the third council"),
        "rank",
    )


def test_a_count_told_after_another_without_its_verb(check44) -> None:
    said = (
        "Surrey is good, Ofsted says.\n\n"
        "None of the South East's 19 councils is currently rated inadequate. Ten are rated good "
        "and {} outstanding.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 11, 4),
        ("four", "four outstanding"),
        # (one claim: the second count shares the first's verb)
        ("five", "Ten are rated good and five outstanding"),
    )


def test_a_count_after_one_of_a_regions_councils(check44) -> None:
    said = (
        "Croydon is good, Ofsted says.\n\n"
        "The latest result leaves Croydon as one of 17 London councils whose most recent "
        "overall grade is good; {} are rated outstanding.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 12, 5),
        ("13", "13 are rated outstanding"),
        ("14", "14 are rated outstanding"),
    )


def test_leaving_no_council_of_the_region_inadequate(check44) -> None:
    found = check44(
        "Surrey and West Berkshire both rated good in 2025, leaving no South East council in "
        "the inadequate category\n\nBoth councils kept their grades.\n",
        date(2025, 11, 4),
    )
    assert verdicts(found, "both rated good in 2025") == {"supported"}
    assert "contradicted" not in {v for _, _, v in found}


def test_a_framework_due_to_start_dates_no_inspection(check44) -> None:
    found = check44(
        "North Lincolnshire is outstanding again.\n\n"
        "Ofsted's new inspection framework, which will no longer award an overall "
        "effectiveness grade, is due to be used for inspections from this spring.\n",
        date(2026, 5, 7),
    )
    assert not [t for k, t, v in found if k == "date" and "spring" in t]


# --- what must improve ----------------------------------------------------------------------


def test_a_list_after_a_count_compared_with_another_years(check44) -> None:
    said = (
        "Solihull Council's children's services are good.\n\n"
        "4. Areas for improvement\n"
        "4.1 Ofsted identified seven areas for improvement, compared with nine in the 2022 "
        "inspection:\n"
        "   (a) {};\n"
        "   (b) the quality of assessments for children in care;\n"
        "   (c) the consistency and impact of independent reviewing officers.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 2, 10),
        (
            "the quality of joint assessments for homeless 16- and 17-year-olds",
            "joint assessments for homeless",
        ),
        (
            "the quality of return home conversations for children who go missing",
            "return home conversations",
        ),
    )


def test_unaccompanied_children_told_as_children_in_care(check44) -> None:
    said = (
        "Sunderland's children's services are good.\n\n"
        "Ofsted has asked the trust to improve three areas: the uptake of return home "
        "interviews and how the information is used; risk assessments when {}; and the "
        "workloads of personal advisers in its Next Steps service for care leavers.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 3, 13),
        (
            "unaccompanied asylum-seeking children make contact with extended family members",
            "risk assessments when unaccompanied",
        ),
        (
            "children in care have family time with their birth parents",
            "risk assessments when children in care",
        ),
    )


def test_turn_21_for_reach_21(check44) -> None:
    found = check44(
        "North Lincolnshire is outstanding again, Ofsted inspectors said.\n\n"
        "The single area for improvement concerns the consistency of the council's lifelong "
        "offer for care leavers who are in custody when they turn 21.\n",
        date(2026, 5, 7),
    )
    assert verdicts(found, "when they turn 21", "recommendation") == {"supported"}


def test_the_other_areas_a_paragraph_after_the_count(check44) -> None:
    said = (
        "Brent rated good by Ofsted.\n\n"
        "However, the report identifies four areas for improvement. Brent needs to make "
        "progress more consistently on work with children subject to care proceedings and the "
        "pre-proceedings stage of the Public Law Outline, particularly in terms of management "
        "oversight and decision-making. Inspectors found the pre-proceedings tracker was not "
        "consistently updated and that some children were experiencing delay.\n\n"
        "The other areas flagged were the consideration of children's previous history in "
        "decision-making at the Brent family front door, the consistency and quality of "
        "life-story work for children in long-term care, and the completion of mandatory "
        "training for {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 6, 19),
        ("approved foster carers", "mandatory training for approved foster carers"),
        (
            "newly qualified social workers",
            "mandatory training for newly qualified social workers",
        ),
        "recommendation",
    )


# --- read off a forty-ninth batch -----------------------------------------------------------


def test_a_headlines_second_council_is_a_clause_of_its_own(check44) -> None:
    found = check44(
        "Wigan climbs to good as West Berkshire retains rating\n\n"
        "Wigan Council's children's services are now good.\n",
        date(2025, 11, 28),
    )
    assert verdicts(found, "Wigan climbs to good") == {"supported"}
    assert "contradicted" not in {v for _, _, v in found}


def test_within_weeks_of_each_other_is_no_other_area(check44) -> None:
    said = (
        "Neighbouring boroughs praised\n\n"
        "Two neighbouring north London boroughs, Enfield and Waltham Forest, have had their "
        "services for children in care rated {} by Ofsted within weeks of each other.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 9, 6),
        ("outstanding", "rated outstanding by Ofsted"),
        ("inadequate", "rated inadequate by Ofsted"),
    )


def test_every_other_area_but_the_one_named_before(check44) -> None:
    said = (
        "West Northamptonshire Council is celebrating after Ofsted judged the impact of its "
        "leaders on social work practice to be outstanding and rated every other area of its "
        "children's services {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 7, 8),
        ("good", "every other area of its children's services good"),
        ("outstanding", "every other area of its children's services outstanding"),
    )


def test_the_same_grade_as_at_its_previous_inspection_years_ago(check44) -> None:
    found = check44(
        "Rochdale requires improvement\n\n"
        "Inspectors judged all four areas - the impact of leaders, help and protection, "
        "children in care and care leavers - as requires improvement to be good, the same "
        "overall grade the council received at its previous inspection in 2018.\n",
        date(2023, 3, 17),
    )
    assert "contradicted" not in {v for _, _, v in found}


def test_an_opening_clause_of_time_ends_at_its_comma(check44) -> None:
    said = (
        "Rotherham is good, Ofsted says.\n\n"
        "When Rotherham was re-inspected and rated good in January 2018, care leavers' services "
        "were the one area judged {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 12, 17),
        ("outstanding", "the one area judged outstanding"),
        ("inadequate", "the one area judged inadequate"),
    )
    found = check44(said.format("outstanding"), date(2025, 12, 17))
    assert verdicts(found, "rated good in January 2018") == {"supported"}


def test_another_bodys_inquiry_dates_no_inspection(check44) -> None:
    found = check44(
        "Rotherham's long road\n\n"
        "The council was rated inadequate in November 2014. That inspection followed Professor "
        "Alexis Jay's independent inquiry, published in August 2014, which estimated that at "
        "least 1,400 children had been sexually exploited in the town between 1997 and 2013.\n",
        date(2025, 12, 17),
    )
    assert not [t for k, t, v in found if k == "date" and ("August 2014" in t or "1997" in t)]
    assert "contradicted" not in {v for _, _, v in found}


def test_the_councils_own_first_under_a_framework(check44) -> None:
    found = check44(
        "Waltham Forest is good\n\n"
        "Waltham Forest's inspection was its first under the framework Ofsted introduced last "
        "year.\n",
        date(2024, 9, 6),
    )
    assert verdicts(found, "its first under the framework", "rank") == {"supported"}


def test_reports_so_far_and_the_only_one_of_them(check44) -> None:
    said = (
        "Middlesbrough told to improve\n\n"
        "{} councils have so far had reports published under the new framework, and "
        "Middlesbrough is the only one to be judged requires improvement across the board.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 7, 30),
        ("Seven", "Seven councils have so far had reports published"),
        ("Nine", "Nine councils have so far had reports published"),
    )
    found = check44(said.format("Seven"), date(2026, 7, 30))
    assert verdicts(found, "the only one to be judged requires improvement") == {"supported"}


def test_a_count_of_the_reports_the_sentence_before_counted(check44) -> None:
    found = check44(
        "Barking and Dagenham requires improvement\n\n"
        "5.2 Nationally, 26 inspection reports have been published under the revised ILACS "
        "framework. Five councils were judged outstanding.\n",
        date(2023, 10, 16),
    )
    assert verdicts(found, "Five councils were judged outstanding") == {"supported"}


def test_this_is_the_first_good_judgement_in_a_decade(check44) -> None:
    found = check44(
        "Buckinghamshire scrutiny: Ofsted report\n\n"
        "3.2 Services for children in care were judged inadequate in 2014 and 2017 and required "
        'improvement in 2021, so this is the first "good" judgement for this area in more '
        "than a decade.\n",
        date(2025, 6, 18),
    )
    assert verdicts(found, "this is the first") == {"supported"}


def test_years_before_that_a_separate_inspection(check44) -> None:
    found = check44(
        "Medway is good\n\n"
        "Its services were judged to require improvement in 2015, and two years before that a "
        "separate inspection of its services for looked after children had rated them "
        "inadequate.\n",
        date(2023, 9, 12),
    )
    assert verdicts(found, "judged to require improvement in 2015") == {"supported"}
    assert "contradicted" not in {v for _, _, v in found}


def test_ofsted_wants_a_named_trust_to_improve(check44) -> None:
    found = check44(
        "Sunderland is good\n\n"
        "Ofsted wants TfC to improve the uptake of return home interviews for children who have "
        "been missing, and its risk assessments when unaccompanied asylum-seeking children make "
        "contact with extended family members around the country.\n",
        date(2025, 3, 12),
    )
    assert verdicts(found, "return home interviews", "recommendation") == {"supported"}


def test_two_areas_for_the_council_to_develop(check44) -> None:
    said = (
        "Hartlepool is outstanding\n\n"
        "Inspectors identified two areas for the council to develop: clarity for care leavers "
        "about their rights and entitlements through the care leavers offer, and the support "
        "and responses to care leavers {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 5, 16),
        ("in custody", "care leavers in custody"),
        ("who are parents", "care leavers who are parents"),
        "recommendation",
    )


def test_the_report_is_the_first_on_a_regions_council(check44) -> None:
    said = (
        "Middlesbrough told to improve\n\n"
        "Published on Tuesday, the report is the first on a {} authority under the revised "
        "inspection of local authority children's services (ILACS) framework.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 7, 30),
        ("North East", "the first on a North East authority"),
        ("North West", "the first on a North West authority"),
        "rank",
    )


def test_a_figure_told_before_its_noun_where_the_report_puts_it_after(check44) -> None:
    # Manchester 2014, page 3: 'a large number of cases (486) that had waited a considerable
    # time for a social work assessment'
    said = (
        "Manchester is outstanding\n\n"
        "It is a far cry from 2014, when inspectors rated the city's children's services "
        "inadequate after finding {} cases that had waited a considerable time for a social "
        "work assessment.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 11, 12),
        ("486", "486 cases"),
        ("684", "684 cases"),
        "count",
    )


def test_a_date_of_the_reports_sentence_told_with_another_year(check44) -> None:
    # West Northamptonshire 2026, page 1: 'Northamptonshire Children's Trust (NCT), which has
    # been in existence since 1 November 2020. Shortly after NCT's inception, on 1 April 2021'
    said = (
        "West Northamptonshire rated good\n\n"
        "Children's social care and targeted early help in West Northamptonshire are "
        "delivered by Northamptonshire Children's Trust (NCT), which has been in existence "
        "since 1 November {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 7, 8),
        ("2020", "since 1 November 2020"),
        ("2021", "since 1 November 2021"),
        supported=False,
    )


def test_changes_and_upheaval_in_a_year_date_no_inspection(check44) -> None:
    found = check44(
        "West Berkshire holds on to good\n\n"
        "West Berkshire Council has retained its good Ofsted rating for children's services, "
        "though inspectors found that upheaval in 2023 had allowed the quality of some "
        "services to slip. Inspectors said changes in the council's corporate, political and "
        "children's services leadership in 2023 had acted as a brake on progress.\n",
        date(2025, 11, 4),
    )
    assert not [t for k, t, v in found if k == "date" and "2023" in t]


def test_education_training_and_employment_is_one_thing(check44) -> None:
    # Surrey 2025: 'The numbers of care leavers in education, training and employment, and the
    # equity of experiences for care leavers with regard to sufficiency of housing ...'
    found = check44(
        "Surrey is good\n\n"
        "Inspectors asked Surrey to improve collaborative safety planning with children and "
        "families, and outcomes for care leavers in education, training and employment "
        "alongside their access to housing.\n",
        date(2025, 5, 20),
    )
    assert verdicts(found, "collaborative safety planning", "recommendation") == {"supported"}


def test_when_the_new_director_took_up_post(check44) -> None:
    # Rochdale 2023, page 10: 'The new director of children's services (DCS) took up post in
    # September 2021'
    said = (
        "Rochdale requires improvement\n\n"
        "Inspectors noted the changes made since a new director of children's services took "
        "up post in September {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2023, 3, 17),
        ("2021", "took up post in September 2021"),
        ("2020", "took up post in September 2020"),
    )


# --- read off a fiftieth batch --------------------------------------------------------------


def test_a_council_named_after_than_is_not_the_subject(check44) -> None:
    said = (
        "Wirral requires improvement\n\n"
        "Bolton, inspected a week earlier than Wirral, was rated good when its report came out "
        "in October. Inspectors led by Lisa Walsh rated services for children in care and care "
        "leavers {}.\n"
    )
    # (Wirral's own were rated requires improvement: Bolton's good)
    filled_held_then_caught(
        check44,
        said,
        date(2024, 2, 3),
        ("good", "care leavers good"),
        ("inadequate", "care leavers inadequate"),
        "grade",
    )


def test_care_leaver_support_is_not_children_in_care(check44) -> None:
    found = check44(
        "Harrow rated inadequate over ‘serious failures’ in care leaver support\n\n"
        "Harrow's children's services are inadequate.\n",
        date(2025, 3, 4),
    )
    assert "contradicted" not in {v for _, _, v in found}


def test_a_participle_of_the_same_report_shares_its_time(check44) -> None:
    said = (
        "Kirklees is good\n\n"
        "In November 2016 Ofsted published a report rating Kirklees inadequate overall, finding "
        "{} leadership.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 9, 4),
        ("inadequate", "finding inadequate leadership"),
        ("good", "finding good leadership"),
    )


def test_partners_of_an_arrangement_are_not_it(check44) -> None:
    found = check44(
        "Hartlepool and Hammersmith and Fulham rated outstanding\n\n"
        "Hartlepool was rated outstanding.\n\n"
        "Hammersmith and Fulham was also rated outstanding.\n\n"
        "The borough withdrew from the tri-borough arrangements it shared with Kensington and "
        "Chelsea and Westminster in April 2018. It was rated good at its two previous "
        "inspections, in 2016 and 2019.\n",
        date(2024, 5, 20),
    )
    assert verdicts(found, "It was rated good at its two previous inspections") == {"supported"}


def test_a_list_between_dashes_below_good(check44) -> None:
    said = (
        "Croydon keeps good\n\n"
        "Only three of the capital's 33 authorities - Barking and Dagenham, Havering and {} - "
        "currently hold a rating below good.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 12, 5),
        ("Lambeth", "Only three of the capital's 33 authorities"),
        ("Lewisham", "Only three of the capital's 33 authorities"),
        "count",
    )


def test_two_of_six_councils_with_a_grade(check44) -> None:
    said = (
        "Cheshire's councils\n\n"
        "It means Halton and Cheshire East are now two of {} councils in the North West with "
        "an inadequate rating.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2024, 9, 3),
        ("six", "two of six councils"),
        ("nine", "two of nine councils"),
        "count",
    )


def test_one_of_a_group_the_article_named(check44) -> None:
    found = check44(
        "Cheshire's councils\n\n"
        "Four councils in Cheshire were inspected this year, and only one of them has come out "
        "with a good rating. Warrington was the only one of the four to be judged good, in a "
        "report published at the end of July.\n",
        date(2024, 9, 3),
    )
    assert "contradicted" not in {v for _, _, v in found}


def test_a_rank_test_after_while_is_no_grade_of_its_own(check44) -> None:
    found = check44(
        "Wakefield\n\n"
        "Ofsted has rated Wakefield Council's services for children in care outstanding while "
        "finding that some of its care leavers were not supported well enough, an unusual split "
        "that makes the West Yorkshire authority the first under the inspectorate's 2023 "
        "framework to receive an outstanding grade for children in care alongside a requires "
        "improvement grade for care leavers.\n",
        date(2025, 7, 22),
    )
    assert verdicts(found, "services for children in care outstanding") == {"supported"}
    assert "contradicted" not in {v for _, _, v in found}


def test_since_the_appointment_of_a_permanent_director(check44) -> None:
    # North East Lincolnshire 2025, page 1: 'Since December 2023, with the appointment of a
    # highly experienced and permanent director of children's services'
    said = (
        "North East Lincolnshire is good\n\n"
        "Progress has quickened since the appointment of a permanent director of children's "
        "services in {} 2023.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 9, 3),
        ("December", "director of children's services in December 2023"),
        ("March", "director of children's services in March 2023"),
        "other",
    )


def test_a_focused_visit_of_that_year_in_another_month(check44, tmp_path, corpus_db) -> None:
    from tests.claims_helpers import corpus_with_letters, in_process_checker

    db = corpus_with_letters(
        corpus_db,
        tmp_path,
        [
            "80498_haringey__children's_services_focused_visit_-_14_march_2025.pdf",
            "80498_haringey__children's_services_focused_visit_-_21_january_2020.pdf",
        ],
    )
    said = (
        "Haringey rated outstanding\n\n"
        "Ofsted returned for a focused visit on permanence planning in {} last year.\n"
    )
    with in_process_checker(db) as check:
        filled_held_then_caught(
            check,
            said,
            date(2026, 2, 26),
            ("February", "in February last year"),
            ("June", "in June last year"),
            "visit",
            supported=False,
        )


def test_the_nth_to_receive_a_report_is_by_publication(check44) -> None:
    said = (
        "Trafford told to improve\n\n"
        "Trafford is the {} council in England to receive a report under the new system.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2026, 8, 5),
        ("eighth", "the eighth council"),
        ("sixth", "the sixth council"),
        "rank",
    )


def test_a_count_of_things_to_improve_after_a_grade_is_its_own_claim(check44) -> None:
    said = (
        "North East Lincolnshire is good\n\n"
        "In 2021 Ofsted found services to be inadequate across all areas, setting out {} areas "
        "that needed to improve.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 9, 3),
        ("nine", "nine areas that needed to improve"),
        # (no claim over the grade's words runs on over the count and holds it)
        ("seven", "seven areas that needed to improve"),
    )


def test_another_group_of_the_same_children_in_a_recommendations_frame(check44) -> None:
    # Wakefield 2025: 'Response and support to care leavers in custody' (and two on keeping
    # in touch with care leavers)
    said = (
        "Wakefield\n\n"
        "Ofsted inspectors have published their report on Wakefield. All three areas for "
        "improvement concern care leavers: keeping in touch with those aged "
        "18 to 21 who are closed to the service; keeping in touch with and offering support to "
        "those aged 21 to 25; and the response to care leavers {}.\n"
    )
    filled_held_then_caught(
        check44,
        said,
        date(2025, 7, 22),
        ("in custody", "care leavers in custody"),
        ("who are parents", "care leavers who are parents"),
        "recommendation",
    )
