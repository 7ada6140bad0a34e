"""`ilacs check`: how a sentence pairs judgements with their grades, and grades that are aims,
each a rule of the language of local news drawn from the residue of every labelled batch.

Real values from the corpus in ../shared: Portsmouth (July 2023: good overall, help and
protection outstanding, children in care good, care leavers requires improvement); Walsall (September 2017: requires improvement in every
judgement but adoption); Lincolnshire (January 2015: good, adoption outstanding)."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with, contradicted, held_then_caught


def test_a_judgement_followed_by_its_own_bare_grade(tmp_path, corpus_db):
    # "with help and protection judged outstanding and services for children in care good": the
    # second judgement takes the bare grade after it, not the one before
    text = (
        "Portsmouth City Council's children's services have been rated good by Ofsted. The "
        "report rates the council good overall, with help and protection for children judged "
        "outstanding and services for children in care good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-07-04",
        "services for children in care good",
        altered=("children in care good", "children in care outstanding"),
        kind="grade",
    )
    # and with a verb of rating between the judgement and its grade
    held_then_caught(
        tmp_path,
        corpus_db,
        text.replace("in care good", "in care rated good"),
        "2023-07-04",
        "services for children in care rated good",
        altered=("in care rated good", "in care rated inadequate"),
        kind="grade",
    )


def test_grades_hoped_for_or_not_given_are_no_grades_given(tmp_path, corpus_db):
    # Walsall required improvement in 2017: a councillor "disappointed not to have been judged
    # good" and a timetable "for reaching good" are no claims that it is good
    text = (
        "Walsall Council's children's services require improvement, Ofsted has found. Cllr "
        'Jane Smith said: "We are disappointed not to have been judged good, but we are firmly '
        'on the road to good." Campaigners said the council must publish a timetable for '
        "reaching good.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2017-09-08")
    assert not contradicted(claims), claims
    assert claim_with(claims, "require improvement")["verdict"] == "supported"
    # said of a council rated good, "not to have been judged good" is caught
    wrong = text.replace("require improvement, Ofsted", "are good, Ofsted")
    claims = check_text(tmp_path, corpus_db, wrong, "2017-09-08")
    assert claim_with(claims, "are good")["verdict"] == "contradicted"


def test_the_words_of_adoption_are_no_grade_of_children_in_care(tmp_path, corpus_db):
    # Lincolnshire 2015: adoption outstanding, children in care good
    text = (
        "Lincolnshire County Council's services for vulnerable children are good, according to "
        "a major Ofsted inspection published yesterday - and the way it finds adoptive families "
        "for children in care has been singled out as outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2015-01-07",
        "the way it finds adoptive families for children in care has been singled out as outstanding",
        altered=("singled out as outstanding", "singled out as inadequate"),
        kind="grade",
    )


def test_grades_of_the_time_the_paragraph_set_two_sentences_before(tmp_path, corpus_db):
    # Dorset: outstanding in May 2025 bar care leavers; in November 2021 (on site from 27
    # September to 8 October 2021, led by Steve Lowe) good overall, leadership outstanding,
    # help and protection and children in care good. The sentence before gives grades but no
    # time; the time is the one the paragraph set before it
    text = (
        "Dorset's children's services have been rated outstanding by Ofsted.\n\n"
        "The council was last inspected between 27 September and 8 October 2021. Lead inspector "
        "Steve Lowe's team rated the council good overall, with the impact of leaders already "
        "judged outstanding. Help and protection was good, as were services for children in "
        "care and care leavers.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-05-12",
        "Help and protection was good",
        altered=("Help and protection was good", "Help and protection was inadequate"),
        kind="grade",
    )
    # a paragraph break between the time and the grades: the grades are today's
    split = text.replace("October 2021. Lead", "October 2021.\n\nLead")
    claims = check_text(tmp_path, corpus_db, split, "2025-05-12")
    assert claim_with(claims, "Help and protection was good")["verdict"] == "contradicted"


def test_councils_with_a_grade_of_their_own_after_with_are_no_others(tmp_path, corpus_db):
    # under the 2023 framework by 15 July 2024 the East Midlands' good councils were Derbyshire,
    # Nottinghamshire and Rutland; Lincolnshire and Leicestershire were outstanding
    text = (
        "Rutland County Council's children's services have been rated good by Ofsted. Under "
        "the updated inspection framework, Rutland is one of three East Midlands councils rated "
        "good, alongside Derbyshire and Nottinghamshire, with Lincolnshire and Leicestershire "
        "outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        ("one of three East Midlands councils rated good", "with Lincolnshire and Leicestershire"),
        altered=("one of three", "one of five"),
    )


def test_a_framework_named_with_the_service_s_name_between(tmp_path, corpus_db):
    # Hounslow (1 December 2023) was the eighth council with leadership outstanding under the
    # 2023 framework
    text = (
        "Hounslow has become one of only eight councils to be rated outstanding for leadership "
        "since Ofsted's updated children's services inspection framework came into force in "
        "January.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-12-01",
        "one of only eight councils",
        altered=("only eight", "only nine"),
    )


def test_a_count_that_goes_on_from_the_sentence_s_framework(tmp_path, corpus_db):
    # by 15 July 2024, of the councils reported on under the 2023 framework, 14 were outstanding
    # overall and 25 good
    text = (
        "Nationally, 61 inspections have now been published under the updated framework, with "
        "14 councils rated outstanding and 25 good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "with 14 councils rated outstanding",
        altered=("with 14 councils", "with 20 councils"),
        kind="count",
    )


def test_the_month_of_a_verdict_that_opens_the_sentence(tmp_path, corpus_db):
    # Surrey's re-inspection (on site 26 February to 22 March 2018, published 16 May 2018, led by
    # Nick Stacey) found it inadequate: "In May 2018 a re-inspection ... found" is the report's
    # month; a month of neither is caught
    text = (
        "Surrey's children's services are now rated good. It is a very different picture from "
        "four years ago. In May 2018 a re-inspection led by Nick Stacey found the council "
        "inadequate overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-06-01",
        "In May 2018 a re-inspection led by Nick Stacey found",
        altered=("In May 2018", "In June 2018"),
        caught="In June 2018",
    )


def test_areas_to_improve_are_no_count_of_judgements(tmp_path, corpus_db):
    # Peterborough, 30 January 2024: inadequate overall (leadership, help and protection and
    # children in care requiring improvement), eight areas to improve
    text = (
        "Peterborough City Council has been handed a list of eight areas to improve after "
        "Ofsted rated its children's services inadequate in a report published yesterday.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-01-31")
    assert not contradicted(claims), claims
    count = [c for c in claims if c["type"] == "recommendation"]
    assert [c["text"] for c in count] == ["eight areas to improve"], claims
    assert count[0]["verdict"] == "supported"
    wrong = check_text(tmp_path, corpus_db, text.replace("eight areas", "nine areas"), "2024-01-31")
    assert [c["verdict"] for c in wrong if c["type"] == "recommendation"] == ["contradicted"]
    assert claim_with(claims, "rated its children's services inadequate")["verdict"] == "supported"


def test_a_sentence_that_turns_to_other_councils_is_two_claims(tmp_path, corpus_db):
    # on 20 May 2026 Central Bedfordshire (April 2025) and Southend-on-Sea (December 2024) were
    # good; Luton had been judged good in March 2026, so the clause that says it requires
    # improvement is wrong, and the clause about the other two councils holds on its own
    text = (
        "Norfolk County Council's children's services have been rated outstanding. Central "
        "Bedfordshire and Southend are rated good, while Bedford, Cambridgeshire, Luton and "
        "Suffolk require improvement.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-05-20")
    right = claim_with(claims, "Central Bedfordshire and Southend are rated good")
    assert right["verdict"] == "supported", right
    assert "Luton" not in right["text"], right
    wrong = claim_with(claims, "Luton and Suffolk require improvement")
    assert wrong["verdict"] == "contradicted", wrong
    assert "Luton" in wrong["explanation"], wrong


def test_inspections_counted_in_a_run_are_no_visit(tmp_path, corpus_db):
    # Hampshire: outstanding in 2019 and in the report published 23 July 2024 (on site 10 to 14
    # June): "Last month" in August is the report's month, the run's inspections no visit
    text = (
        "Last month Ofsted rated Hampshire's children's services outstanding for the second "
        "inspection running. Inspectors visited for a week in June.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-06",
        "Last month Ofsted rated Hampshire's children's services outstanding",
        altered=("Last month Ofsted", "In May Ofsted"),
    )


def test_a_tally_that_says_what_it_counts(tmp_path, corpus_db):
    # London on 20 November 2023, each council's latest report: ten outstanding, 18 good, five
    # requiring improvement
    text = (
        "Hillingdon has been rated outstanding. Across London's 33 local authorities, including "
        "the City of London, ten are now rated outstanding, 18 good and five requires "
        "improvement, according to each council's latest published Ofsted report.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-11-20",
        ("ten are now rated outstanding", "18 good"),
        altered=("18 good", "21 good"),
        caught="21 good",
        kind="count",
    )


def test_this_time_against_the_inspection_before_is_the_paragraph_s_year(tmp_path, corpus_db):
    # Nottingham's 2014 report (led by Sheena Doyle) lists 26 areas for improvement; its 2022
    # report makes eight recommendations
    text = (
        "Nottingham City Council's children's services were rated inadequate by Ofsted this "
        "week. We look back at the three full inspections since 2014.\n\n"
        "2014: Requires improvement across the board\n"
        "Inspectors spent three weeks in the city in March and April 2014. At its previous "
        "safeguarding inspection, in December 2010, Nottingham had been judged good. This time "
        "every judgement was rated requires improvement. The report, led by Sheena Doyle, "
        "listed 26 areas for the council to improve.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-09-08",
        "26 areas for the council to improve",
        altered=("26 areas", "22 areas"),
        kind="recommendation",
    )


def test_judgements_that_go_on_from_a_dated_sentence(tmp_path, corpus_db):
    # Central Bedfordshire's SIF report (August 2017): good overall, children looked after
    # requiring improvement; good in every judgement in April 2025
    text = (
        "Central Bedfordshire's children's services have been rated good. The first inspection "
        "under the single framework, carried out in June and July 2017, rated it good overall, "
        "with good judgements for help and protection, leadership, adoption and care leavers. "
        "The weak spot was children looked after, which was judged to require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-28",
        "which was judged to require improvement",
        altered=("which was judged to require improvement", "which was judged inadequate"),
        kind="grade",
    )


def test_a_sentence_that_opens_on_who_led_the_team(tmp_path, corpus_db):
    # Manchester's SIF report of December 2017 was led by Brenda McLaughlin; Peter McEntee led
    # its 2014 inspection
    text = (
        "Manchester's children's services are no longer inadequate. Inspectors spent almost "
        "four weeks in the city in October and November. Led by Brenda McLaughlin, the team "
        "found good evidence of improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-01-10",
        "Led by Brenda McLaughlin",
        altered=("Brenda McLaughlin", "Peter McEntee"),
        kind="inspector",
    )


def test_a_count_of_judgements_that_takes_in_the_board(tmp_path, corpus_db):
    # Merton's SIF report (August 2017): leadership, adoption and the LSCB outstanding, the
    # rest good
    text = (
        "When Ofsted inspected Merton under the single inspection framework in June and July "
        "2017, it rated the council good overall. Three areas were outstanding: leadership, "
        "management and governance; adoption performance; and the Local Safeguarding Children "
        "Board.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2017-08-28",
        "Three areas were outstanding",
        altered=("Three areas", "Four areas"),
        kind="grade",
    )


def test_an_inspector_of_the_inspection_the_sentence_dates_first(tmp_path, corpus_db):
    # Southampton: Nick Stacey led the report of January 2020 (on site November 2019); Tom
    # Anthony led July 2023's; Southampton's 2014 SIF judged care leavers inadequate
    text = (
        "Southampton's children's services have been rated good. When Ofsted last "
        "inspected, in November 2019, every judgement was requires improvement to be good, and "
        "the lead inspector, Nick Stacey, wrote that progress had been slow. Care leavers were "
        "the weak spot for years. The 2014 inspection rated services for them inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-08-01",
        ("lead inspector, Nick Stacey", "The 2014 inspection rated services for them"),
        altered=("rated services for them inadequate", "rated services for them good"),
        caught="The 2014 inspection rated services for them good",
    )
    # a year a change is counted since is no time of the inspector's
    since = (
        "Southampton's children's services have been rated good. Since the inspection "
        "in 2019, lead inspector Nick Stacey found, services have improved.\n"
    )
    claims = check_text(tmp_path, corpus_db, since, "2023-08-01")
    assert claim_with(claims, "lead inspector Nick Stacey")["verdict"] == "contradicted"


def test_grades_under_two_frameworks_and_a_place_inspected_on_its_own(tmp_path, corpus_db):
    # Merton (outstanding, 27 August 2025); Greenwich (good, August 2016), whose children's home
    # Ofsted inspects on its own
    text = (
        "Merton has been rated outstanding. It is one of just 18 in England to have been rated "
        "outstanding under both the 2018 and 2023 versions of Ofsted's ILACS framework.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-09-03")
    assert not contradicted(claims), claims
    home = (
        "Greenwich's children's services have been rated good. The council's own children's "
        "home was judged outstanding at its most recent Ofsted inspection.\n"
    )
    claims = check_text(tmp_path, corpus_db, home, "2016-08-08")
    assert not contradicted(claims), claims
    assert not [c for c in claims if "children's home" in c["text"]], claims


def test_grades_in_both_of_two_years_are_two_inspections(tmp_path, corpus_db):
    # Telford & Wrekin was outstanding in 2020 and 2024 and required improvement in 2016; "in
    # both" names two inspections' years, not two frameworks'
    text = "Telford & Wrekin was rated outstanding in both 2020 and 2024.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-12-01",
        "Telford & Wrekin was rated outstanding in both 2020 and 2024",
        altered=("in both 2020", "in both 2016"),
    )


def test_good_again_with_no_earlier_good_held_is_not_settled(tmp_path, corpus_db):
    # Southwark's children in care and care leavers: requires improvement in 2017, good in
    # November 2022; ilacs holds no earlier report that judged them good (the article's 2012 is
    # before the record), so "again" is not settled and the claim is not contradicted
    text = (
        "Services for children in care and care leavers in Southwark are good again, Ofsted has "
        "said, five years after inspectors found they required improvement.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2022-11-14")
    assert not contradicted(claims), claims
    c = claim_with(claims, "are good again")
    assert c["verdict"] == "not_in_record", c
    assert "no earlier report" in c["explanation"] and c["evidence"], c
    wrong = check_text(
        tmp_path, corpus_db, text.replace("are good again", "are outstanding again"), "2022-11-14"
    )
    assert claim_with(wrong, "are outstanding again")["verdict"] == "contradicted"


def test_a_councillor_s_words_of_a_past_grade_and_of_protecting_children(tmp_path, corpus_db):
    # Lancashire: inadequate in November 2015, good in January 2023; Newcastle (June 2025):
    # good, with help and protection outstanding
    lancashire = (
        "Lancashire's children's services are good. The cabinet member for children said: "
        '"This is the result of years of hard work. When we were rated inadequate there were '
        'people who said Lancashire was too big to turn around."\n'
    )
    claims = check_text(tmp_path, corpus_db, lancashire, "2023-01-30")
    assert not contradicted(claims), claims
    held_then_caught(
        tmp_path,
        corpus_db,
        "Newcastle's children's services have been rated good. The council's cabinet member "
        'said: "Being judged outstanding for protecting children is a huge credit to our '
        'staff."\n',
        "2025-06-27",
        "Being judged outstanding for protecting children",
        altered=("judged outstanding for protecting", "judged inadequate for protecting"),
        caught="Being judged inadequate for protecting children",
    )


def test_a_place_among_councils_rated_one_grade_overall_and_another_for_leaders(
    tmp_path, corpus_db
):
    # good overall with leadership outstanding under the 2023 framework by 12 July 2024:
    # Southampton, Hounslow, Salford, then Nottinghamshire (the fourth); Sutton the eighth
    # under the 2018 framework (1 February 2022)
    text = (
        "Nottinghamshire County Council has become only the fourth council under Ofsted's "
        "updated inspection framework to be rated good overall while earning an outstanding "
        "grade for leadership.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "only the fourth council",
        altered=("the fourth", "the fifth"),
        kind="rank",
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        "Sutton is only the eighth council to be rated good overall with outstanding leadership "
        "under the inspection framework Ofsted introduced in 2018.\n",
        "2022-02-03",
        "only the eighth council",
        altered=("the eighth", "the sixth"),
        kind="rank",
    )
