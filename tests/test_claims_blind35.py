"""`ilacs check`: what the blind batch ej-em (pool /work/unseen18) found missing, each a rule of
the language of local news rather than of one article.

Real values from the corpus in ../shared: the West Midlands' two inadequate councils in July 2023
(Herefordshire and Solihull); the North West's six inadequate and eight requiring improvement
in November 2024; Somerset's 2015 single inspection report (nine priority actions); Knowsley
(leadership good in 2017, inadequate in 2025); Central Bedfordshire (on site January 2022);
Barnsley (a 2012 inspection told by its 2014 report; requires improvement in 2014, good in
November 2018); North Lincolnshire (help and protection good in 2017, outstanding in 2022); the
leadership grades of all 153 councils in July 2026, five of them from the 2026 framework, which
grades no overall effectiveness; London's one inadequate council in January 2025 (Havering);
Hartlepool (good in August 2018, outstanding for children in care); Hackney (good in 2016,
requires improvement in 2019, good in 2024); Rochdale (requires improvement in 2014, 2018 and
2023); Dudley (requires improvement in 2018 and 2023); Ealing (help and protection good in 2016,
requires improvement in 2019 and 2024)."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with, contradicted, held_then_caught


def test_a_count_with_the_grade_before_its_noun(tmp_path, corpus_db):
    text = (
        "Worcestershire is now rated good. Next door, the West Midlands is now home to two "
        "inadequate councils, Herefordshire and Solihull.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-07-21",
        "home to two inadequate councils",
        altered=("two inadequate", "three inadequate"),
        kind="count",
    )


def test_a_tally_after_a_count_that_holds_has_no_slack(tmp_path, corpus_db):
    text = (
        "Cumberland was rated good. In the North West, six councils in the region - Bury, Cheshire "
        "East, Halton, Liverpool, Sefton and Tameside - remain rated inadequate, and eight are "
        "judged to require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-11-26",
        "eight are judged to require improvement",
        altered=("and eight are", "and nine are"),
        caught="nine are judged to require improvement",
        kind="count",
    )


def test_recommendations_for_priority_and_immediate_action(tmp_path, corpus_db):
    text = (
        "Somerset County Council's children's services have been rated inadequate. Ofsted set "
        "out nine recommendations for priority and immediate action.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2015-04-01",
        "nine recommendations for priority and immediate action",
        altered=("nine recommendations", "eight recommendations"),
        kind="recommendation",
    )


def test_a_judgement_is_its_grade_without_a_verb_of_rating(tmp_path, corpus_db):
    text = (
        "Knowsley Council has been rated inadequate. Knowsley's leadership was good in 2017 and "
        "is now inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-25",
        "Knowsley's leadership was good in 2017",
        altered=("was good in 2017", "was outstanding in 2017"),
        kind="grade",
    )


def test_a_full_inspection_in_a_month_with_none(tmp_path, corpus_db):
    # ilacs holds every full inspection since the single inspection framework began
    text = "Inspectors returned to Central Bedfordshire in January 2022 and rated it good.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-03-10",
        "Inspectors returned to Central Bedfordshire in January 2022",
        altered=("January 2022", "January 2021"),
        kind="date",
    )


def test_a_previous_inspection_before_the_record(tmp_path, corpus_db):
    # Barnsley's 2014 report: "one area for improvement that was identified within the
    # previous inspection in 2012 that still has to be addressed"
    text = (
        "Barnsley was told in 2014 that it required improvement. The lead inspector also noted "
        "one area for improvement identified at a previous inspection in 2012 still had to be "
        "addressed.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-11-01")
    assert claim_with(claims, "previous inspection in 2012")["verdict"] == "supported"
    assert not contradicted(claims), claims


def test_that_area_is_the_judgement_named_before(tmp_path, corpus_db):
    text = (
        "When the watchdog last visited in 2017, North Lincolnshire was rated outstanding overall "
        "but help and protection for children was judged only good. That area has now moved up "
        "a grade.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-12-01",
        "That area has now moved up a grade",
        altered=("moved up a grade", "moved up two grades"),
        kind="trend",
    )


def test_a_count_of_one_judgement_takes_councils_with_no_overall_grade(tmp_path, corpus_db):
    text = (
        "Nationally, 57 of England's 153 councils now hold an outstanding grade for leadership "
        "at their latest inspection, while eight are rated inadequate for it.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-07-07",
        ("57 of England's 153 councils", "eight are rated inadequate"),
        altered=("while eight are", "while nine are"),
        caught="nine are rated inadequate",
        kind="count",
    )


def test_only_one_council_of_a_region(tmp_path, corpus_db):
    text = "Only one London council is currently rated inadequate.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-29",
        "Only one London council",
        altered=("rated inadequate", "rated outstanding"),
        kind="count",
    )


def test_outstanding_services_for_a_judgement(tmp_path, corpus_db):
    text = (
        "Hartlepool was rated good last summer with outstanding services for children in care "
        "and care leavers.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-07-03",
        "with outstanding services for children in care",
        altered=("with outstanding services", "with inadequate services"),
        kind="grade",
    )


def test_the_year_of_an_event_the_grade_came_after(tmp_path, corpus_db):
    text = "Hackney children's services back to 'good' after cyber attack and 2019 downgrade\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-21",
        "back to 'good'",
        altered=("'good'", "'outstanding'"),
        kind="grade",
    )


def test_without_once_being_judged(tmp_path, corpus_db):
    text = (
        "Rochdale Council's children's services still require improvement. That is three "
        "inspections, spanning more than eight years, without the borough once being judged "
        "good overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-20",
        ("still require improvement", "being judged good overall"),
        altered=("being judged good", "being judged requires improvement"),
        caught="being judged requires improvement",
        kind="grade",
    )


def test_requires_improvement_more_times_than_inspections(tmp_path, corpus_db):
    # requires improvement is a grade of 2013 and after: every inspection that gave it is held
    text = "Rochdale is rated requires improvement for the third time.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-20",
        "for the third time",
        altered=("third", "fourth"),
        kind="grade",
    )


def test_a_forecast_is_no_grade(tmp_path, corpus_db):
    text = (
        "A full inspection cannot be far away, and on the record so far Dudley will be lucky to "
        "escape requires improvement for a third time in a row.\n"
    )
    assert not contradicted(check_text(tmp_path, corpus_db, text, "2025-01-01"))


def test_it_after_a_judgement_and_a_run_in_the_past_tense(tmp_path, corpus_db):
    text = (
        "Ealing Council was rated good. But help and protection has not recovered. It was "
        "judged to require improvement for the second inspection running.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "for the second inspection running",
        altered=("second", "third"),
        kind="trend",
    )


def test_that_jump_is_the_move_told_before_not_a_neighbours(tmp_path, corpus_db):
    text = (
        "Barnsley was rated good for the first time in 2018. That was a one-grade jump overall, "
        "and it put the town alongside neighbours such as Rotherham.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-11-01",
        ("That was a one-grade jump", "for the first time in 2018"),
        altered=("one-grade", "two-grade"),
        kind=None,
    )
    assert claim_with(claims, "one-grade jump")["urns"] == [80426]


def test_the_first_time_in_a_year(tmp_path, corpus_db):
    text = "Barnsley was rated good for the first time in 2018.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-11-01",
        "for the first time in 2018",
        altered=("2018", "2023"),
        kind="rank",
    )


def test_the_only_judgement_of_a_grade_in_its_record(tmp_path, corpus_db):
    # Ealing: care leavers outstanding in 2016, no other outstanding judgement in 2016, 2019, 2024
    text = (
        "Ealing was rated good overall. Services for care leavers were rated outstanding in "
        "2016, which remains the only outstanding judgement the borough has received in any of "
        "its three inspections.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "the only outstanding judgement",
        altered=("the only outstanding judgement", "the only good judgement"),
        kind="grade",
    )


def test_the_current_version_of_the_framework(tmp_path, corpus_db):
    # 25 ILACS 2023 reports graded outstanding overall published by 29 January 2025
    text = (
        "Under the current version of the framework, introduced in January 2023, 25 councils "
        "have now been judged outstanding overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-30",
        "25 councils have now been judged outstanding",
        altered=("25 councils", "21 councils"),
        kind="count",
    )


def test_a_report_of_the_same_day_is_the_latest(tmp_path, corpus_db):
    # Camden's 2025 report (outstanding in every judgement) came out the day York's did
    text = (
        "York has been rated outstanding. York's result was published on the same day as "
        "Camden's, which was also outstanding across the board.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-16",
        "which was also outstanding across the board",
        altered=("also outstanding across", "also good across"),
        kind="grade",
    )


def test_the_lead_of_the_inspection_a_move_began_from(tmp_path, corpus_db):
    text = (
        "York has been rated outstanding. The result is a two-grade jump from the requires "
        "improvement rating York received in May 2022, when inspectors led by Matt Reed found a "
        "decline.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-16",
        "led by Matt Reed",
        altered=("Matt Reed", "Rachel Fairhurst"),
        kind="inspector",
    )


def test_a_count_including_its_named_neighbours(tmp_path, corpus_db):
    # the North East on 3 July 2019: seven of its 12 councils require improvement
    text = (
        "Stockton's downgrade means seven of the North East's 12 councils are now rated requires "
        "improvement, including neighbours Middlesbrough, Redcar and Cleveland and Darlington.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-07-03",
        "seven of the North East's 12 councils",
        altered=("seven of", "five of"),
        kind="count",
    )


def test_a_papers_own_count_is_read(tmp_path, corpus_db):
    # Manchester (report of 11 November 2025) is the 37th council rated outstanding under the
    # 2023 framework
    text = (
        "Manchester has been rated outstanding. By CYP Now's count it is the 37th council to "
        "achieve an outstanding rating under the 2023 version of the framework.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-11-12",
        "the 37th council",
        altered=("37th", "31st"),
        kind="rank",
    )


def test_a_regions_count_set_beside_englands(tmp_path, corpus_db):
    # 29 January 2025: 14 of London's 33 councils outstanding, 33 of England's 153; one London
    # council inadequate (Havering), 18 in England
    text = (
        "According to CYP Now's analysis of published reports, 14 of London's 33 councils now "
        "hold an outstanding rating, compared with 33 out of 153 councils across England as a "
        "whole. Only one London council is currently rated inadequate, against 18 nationally.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-30",
        ("14 of London's 33 councils", "33 out of 153 councils", "18 nationally"),
        altered=("compared with 33 out", "compared with 28 out"),
        caught="28 out of 153 councils",
        kind="count",
        still_held=("14 of London's 33 councils",),
    )


def test_days_take_the_year_the_sentence_opens_with(tmp_path, corpus_db):
    # Rochdale's single inspection: on site 30 September to 22 October 2014, published
    # 5 December 2014; no inspection of it in 2015
    text = (
        "Rochdale Council's children's services still require improvement. In December 2014, "
        "after an inspection that ran from 30 September to 22 October, Ofsted rated the "
        "council's children's services as requiring improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-20",
        "an inspection that ran from 30 September to 22 October",
        altered=("In December 2014", "In December 2015"),
        kind="date",
    )


def test_a_former_council_does_not_carry_on(tmp_path, corpus_db):
    # North Northamptonshire's 2026 report: on site 11 to 22 May 2026
    text = (
        "North Northamptonshire Council was rated outstanding for the impact of leaders in a "
        "report published yesterday. Services in the former Northamptonshire County Council were "
        "judged inadequate in 2019, and a trust was set up in November 2020.\n\nInspectors "
        "visited between 11 and 22 May.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-07-08",
        "between 11 and 22 May",
        altered=("between 11 and 22 May", "between 11 and 22 June"),
        kind="date",
    )


def test_the_first_time_since_a_season_of_a_year(tmp_path, corpus_db):
    # Ealing: good in 2016 (published August), requires improvement in 2019, good in 2024
    text = (
        "Ealing's children's services have been rated good. It is the first time since the "
        "summer of 2016 that Ealing has been judged good overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "the first time since the summer of 2016",
        altered=("judged good overall", "judged outstanding overall"),
        caught="the first time since the summer of 2016",
        kind="rank",
    )


# --- the blind batch en-eq (pool /work/unseen19), read after its first look ---


def test_none_of_the_councils_a_count_lists(tmp_path, corpus_db):
    # the North West's first five single-inspection reports, by 10 September 2014: Bolton,
    # Liverpool and Blackpool requires improvement, Knowsley and Manchester inadequate
    text = (
        "None of the five North West councils to have had reports so far - Bolton, Knowsley, "
        "Liverpool, Manchester and Blackpool - has been rated good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2014-09-10",
        "None of the five North West councils",
        altered=("has been rated good", "has been rated requires improvement"),
        kind="count",
    )


def test_the_year_a_when_clause_hangs_on_and_then(tmp_path, corpus_db):
    # Brighton and Hove: on site 14 April to 8 May 2015, requires improvement overall
    text = (
        "Brighton and Hove was rated good. It is a marked change from 2015, when inspectors who "
        "visited the city in April and May found the council was not yet delivering good "
        "protection. The overall judgement then was requires improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-08-22",
        "visited the city in April and May",
        altered=("in April and May", "in June and July"),
        caught="visited the city in June and July",
        kind=None,
    )

    def then(claims: list[dict]) -> str:
        return next(
            c["verdict"] for c in claims if c["type"] == "grade" and "then was" in c["text"]
        )

    assert then(check_text(tmp_path, corpus_db, text, "2018-08-22")) == "supported"
    wrong = text.replace("then was requires improvement", "then was inadequate")
    assert then(check_text(tmp_path, corpus_db, wrong, "2018-08-22")) == "contradicted"


def test_a_run_of_grades_ended(tmp_path, corpus_db):
    # Harrow: good in 2017 and 2020, inadequate in the report of 4 March 2025
    text = (
        "When Ofsted published its verdict on Harrow's children's services on Tuesday, it ended "
        "a run of good ratings stretching back eight years.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-03-06",
        "a run of good ratings",
        altered=("a run of good", "a run of outstanding"),
        kind="grade",
    )


def test_a_grade_since_left(tmp_path, corpus_db):
    # Lambeth: inadequate in 2015, good in 2026
    text = (
        "Lambeth's children's services are finally good. A look back at the long road since the "
        "borough was branded inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-03-16",
        "since the borough was branded inadequate",
        altered=("branded inadequate", "branded outstanding"),
        kind="grade",
    )


def test_the_time_of_an_aside_is_its_own(tmp_path, corpus_db):
    # West Berkshire: help and protection inadequate in 2015, requires improvement in July 2017
    text = (
        "West Berkshire's children's services have been rated good. Services for children who "
        "need help and protection, the area that sank the council two years ago, improved to "
        "requires improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2017-07-10",
        "improved to requires improvement",
        altered=("improved to requires improvement", "improved to outstanding"),
        caught="improved to outstanding",
        kind="trend",
    )


def test_a_lead_inspector_who_had_another_role_before(tmp_path, corpus_db):
    # West Berkshire 2017: lead inspector Steph Murray (2015: Linda Steele)
    text = (
        "West Berkshire's children's services have been rated good. The lead inspector, Steph "
        "Murray, had been deputy lead on the 2015 inspection.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2017-07-10",
        "Steph Murray",
        altered=("Steph Murray", "Linda Steele"),
        kind="inspector",
    )


def test_a_visit_before_the_record_told_by_its_first_report(tmp_path, corpus_db):
    # Lambeth's 2015 report: "... from when they were last inspected by Ofsted in 2012"
    text = (
        "Lambeth was rated inadequate. That report, published in May 2015, found that leadership "
        "had failed since the previous visit in 2012.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-03-16")
    assert claim_with(claims, "previous visit in 2012")["verdict"] == "supported"


def test_a_date_after_the_report_that_told_another(tmp_path, corpus_db):
    # Harrow's 2017 report tells of a director in post since March 2014; its 2025 report of
    # one in post since August 2023 (in words ilacs does not match)
    text = (
        "Harrow was rated inadequate. Harrow's permanent director of children's services has "
        "been in post since August 2023.\n"
    )
    assert not contradicted(check_text(tmp_path, corpus_db, text, "2025-03-06"))


def test_two_councils_both_rated_that_ilacs_did_not_name(tmp_path, corpus_db):
    text = (
        "Leicestershire was rated outstanding. The two Northamptonshire unitaries, North and "
        "West, are both rated requires improvement after their first inspections in 2022, and "
        "Nottingham City remains the region's only inadequate council.\n"
    )
    assert not contradicted(check_text(tmp_path, corpus_db, text, "2024-07-15"))


def test_it_after_a_list_with_a_relative_clause(tmp_path, corpus_db):
    # East of England, 2023 framework, outstanding by publication: Hertfordshire (March 2023),
    # Essex (August 2023), Thurrock (29 October 2024)
    text = (
        "Thurrock is now one of just three councils in the East of England rated outstanding, "
        "alongside our neighbours in Essex, who have held that grade since January 2019, and "
        "Hertfordshire. It is only the third council in the region to be judged outstanding "
        "under the inspection framework Ofsted introduced in 2023.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-10-30",
        "only the third council in the region",
        altered=("the third council", "the fourth council"),
        kind="rank",
    )


def test_a_grade_told_with_its_month_is_either_day(tmp_path, corpus_db):
    # Manchester: on site 22 September to 3 October 2025, published 11 November 2025
    text = (
        "Darlington was rated outstanding. Manchester, which was rated outstanding last "
        "November, is one of the region's best.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-03-26")
    assert not contradicted(claims), claims


# --- the blind batch er-eu (pool /work/unseen20), read after its first look ---


def test_a_grade_before_the_judgement_it_names(tmp_path, corpus_db):
    # Portsmouth, 3 July 2023: good overall, help and protection outstanding
    text = (
        "Our neighbours in Portsmouth, rated good earlier in July with outstanding help and "
        "protection, have shown what stability can achieve.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-08-10",
        "with outstanding help and protection",
        altered=("with outstanding help", "with inadequate help"),
        kind="grade",
    )


def test_an_area_with_its_own_verdict_after_as(tmp_path, corpus_db):
    # Wigan, 31 March 2017: good overall, adoption outstanding; "workforce stability is good"
    text = (
        "Wigan children's services rated 'good' as adoption team wins top marks\n\n"
        "Inspectors praised the council's leaders and said workforce stability was good.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2017-04-03")
    assert claim_with(claims, "rated 'good'")["verdict"] == "supported"
    assert not contradicted(claims), claims


def test_a_time_between_commas_before_one_of_a_list(tmp_path, corpus_db):
    # North East, 2023 framework: Hartlepool (May 2024), Northumberland (July 2024) and North
    # Tyneside (13 January 2025) outstanding
    text = (
        "Gateshead was rated good. Stockton-on-Tees and Middlesbrough were found to require "
        "improvement, while Hartlepool, Northumberland and, earlier this month, North Tyneside "
        "were all outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-31",
        "were all outstanding",
        altered=("were all outstanding", "were all inadequate"),
        kind="grade",
    )


def test_a_council_named_as_a_neighbour_is_not_the_inspected(tmp_path, corpus_db):
    # Cheshire West and Chester, 19 February 2016: lead inspector Sue Myers
    text = (
        "Cheshire West and Chester's children's services have been rated good.\n\nLead "
        "inspector Sue Myers and her team also noted that the director of children's services "
        "also holds the same post in neighbouring Halton.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2016-02-23",
        "Sue Myers",
        altered=("Sue Myers", "Dominic Stevens"),
        kind="inspector",
    )


def test_a_grade_of_the_council_compared_with(tmp_path, corpus_db):
    # Sandwell, 29 January 2018: inadequate; Walsall good in November 2021
    text = (
        "Walsall's children's services have been rated good. Unlike neighbouring Sandwell, rated "
        "inadequate in January 2018, whose services were moved into a trust, Walsall never faced "
        "intervention.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2021-11-29",
        "rated inadequate in January 2018",
        altered=("rated inadequate in January 2018", "rated good in January 2018"),
        kind="grade",
    )


def test_every_area_in_a_run_with_a_framework_of_no_overall_grade(tmp_path, corpus_db):
    # Middlesbrough: inadequate 2019, requires improvement in every judgement in 2023 and 2026;
    # its 2016 single inspection: adoption and care leavers good
    text = (
        "Middlesbrough's children's services have been judged to require improvement in every "
        "area for the second inspection running. In its 2016 report, adoption and services for "
        "care leavers were judged good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-03",
        ("for the second inspection running", "adoption and services for care leavers"),
        altered=("the second inspection running", "the third inspection running"),
        caught="the third inspection running",
        kind=None,
    )


def test_a_sif_judgement_with_no_time_is_the_last_report_that_grades_it(tmp_path, corpus_db):
    text = (
        "Middlesbrough's children's services still require improvement. Adoption and services "
        "for care leavers were judged good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-03",
        "Adoption and services for care leavers were judged good",
        altered=("were judged good", "were judged outstanding"),
        kind="grade",
    )


def test_a_frameworks_year_is_not_the_grades(tmp_path, corpus_db):
    # Gateshead, 29 January 2025: good, the first North East council rated good under the 2023
    # framework (after two requiring improvement and three outstanding)
    text = (
        "Gateshead has been rated good under Ofsted's 2023 framework. Gateshead is the sixth "
        "North East council to be inspected under the framework, and the first in the region to "
        "be rated good under it.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-31",
        ("rated good under Ofsted's 2023 framework", "the first in the region"),
        altered=("the first in the region", "the second in the region"),
        caught="the second in the region",
        kind=None,
    )


def test_those_counted_are_no_councils_grade(tmp_path, corpus_db):
    text = (
        "Of the 15 ILACS reports Ofsted has published so far, only those three have been "
        "outstanding, while one council, Wakefield, has been found inadequate.\n"
    )
    assert not contradicted(check_text(tmp_path, corpus_db, text, "2018-09-05"))


def test_a_rank_within_a_group_of_councils_opening_the_sentence(tmp_path, corpus_db):
    # Greater Manchester, 2023 framework, rated good by publication: Bolton, Salford, Oldham
    # (12 July 2024); a wrong place there is left unsettled (a group's count may differ)
    text = (
        "Within Greater Manchester, Oldham is the third council to be rated good under the 2023 "
        "framework, after Bolton and Salford.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-15")
    assert claim_with(claims, "Oldham is the third council")["verdict"] == "supported"


def test_a_run_of_requires_improvement_longer_than_the_record(tmp_path, corpus_db):
    # Wokingham: requires improvement in 2016, 2019 and 2023, its only full inspections since
    # the grade began (2013)
    text = (
        "Wokingham's children's services still require improvement. It is the third full "
        "inspection in a row to rate Wokingham requires improvement overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-05-10",
        "the third full inspection in a row",
        altered=("the third full", "the fourth full"),
        kind="trend",
    )


def test_a_grade_shared_with_councils_and_another_of_others(tmp_path, corpus_db):
    # North East, 29 January 2025: Gateshead, Newcastle, Durham and Darlington good;
    # Middlesbrough, Redcar and Cleveland and Stockton-on-Tees requiring improvement
    text = (
        "Gateshead shares its good rating with Newcastle, Durham and Darlington, while "
        "Middlesbrough, Redcar and Cleveland and Stockton-on-Tees all require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-30",
        "Gateshead shares its good rating",
        altered=("all require improvement", "all are outstanding"),
        # (the clause about the other councils is a claim of its own: the altered one is
        # caught, the one about Gateshead's neighbours still holds)
        caught="all are outstanding",
        still_held=("Gateshead shares its good rating",),
        kind="grade",
    )


def test_a_quotation_the_report_dates_otherwise(tmp_path, corpus_db):
    # Shropshire's 2025 report: "a focused visit in November 2023 ... identified a decline in
    # child protection practice"; Stockport's 2025 report: the focused visit of February 2024,
    # whose weaknesses "have not been addressed effectively"
    shropshire = (
        "Shropshire Council's children's services have been rated outstanding. The report records "
        "that "
        'a focused visit in November 2023 "identified a decline in child protection practice".\n'
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        shropshire,
        "2025-09-03",
        "identified a decline in child protection practice",
        altered=("November 2023", "November 2022"),
        kind="quote",
    )
    stockport = (
        "Stockport's children's services now require improvement. The report says practice "
        'weaknesses identified at a focused visit in February 2024 "have not been addressed '
        'effectively".\n'
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        stockport,
        "2025-07-22",
        "have not been addressed effectively",
        altered=("February 2024", "February 2023"),
        kind="quote",
    )
