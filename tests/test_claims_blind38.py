"""`ilacs check`: what the blind batch ev-ey (pool /work/unseen21) found, each a rule of the
language of local news rather than of one article.

Real values from the corpus in ../shared: Westmorland and Furness (good, published Friday 12
July 2024, lead inspector Kathryn Grindrod) and Halton (inadequate, published the same day, led
by Lisa Summers); Stoke-on-Trent (inadequate in 2019, requires improvement in November 2022);
Southend-on-Sea (requires improvement in 2016 and 2019, good in December 2024 with good
leadership and help and protection); Bexley (outstanding in August 2018) and Bromley
(inadequate in 2016); Torbay (inadequate in 2018, good in 2022) and Plymouth (requires
improvement); Buckinghamshire (inadequate in 2014 and 2017, requires improvement in February
2022); Rotherham (outstanding in December 2025, the 38th under the 2023 framework; its focused
visit letter of December 2020: 'reacted rapidly and effectively'); Portsmouth (2023:
conferences 'well attended'); Coventry (2022: four recommendations); the North West on 13 July
2024 (ten councils good, seven requiring improvement, six inadequate); North Yorkshire (the first
outstanding under the 2018 framework, August 2018); Wakefield (leadership inadequate in 2018,
outstanding in January 2022); Stoke-on-Trent (15 recommendations in 2019, six in 2022); Leeds (the fourth outstanding under the
2018 framework); England on 17 December 2025 (16 councils inadequate, five in the North West);
the South West on 16 March 2024 (Cornwall and Wiltshire outstanding); Calderdale (December 2018:
leadership good, children in care outstanding); Halton (April 2020, led by Shabana Abasi, five
areas to improve); seven councils with leadership outstanding under the single framework on 31
March 2016; the South West on 19 May 2022 (six councils good); Bristol (December 2014, requires
improvement); Bury (inadequate in December 2021, requires improvement on 29 July 2025);
Derbyshire (good in February 2014; help and protection requires improvement, leadership good, in
September 2019)."""

from __future__ import annotations

from tests.claims_helpers import (
    check_text,
    claim_with,
    contradicted,
    corpus_with_letters,
    held_then_caught,
)

ROTHERHAM_FV = "80543_rotherham__children's_services_focused_visit_-_04_december_2020.pdf"


def test_the_lead_inspector_of_a_council_named_only_later_the_same_day(tmp_path, corpus_db):
    # Halton's report came out the same day, led by Lisa Summers, but the article turns to
    # Halton only after the inspector's sentence: the inspector is Westmorland and Furness's
    text = (
        "Westmorland and Furness Council's children's services have been rated good by Ofsted. "
        "The report, published on Friday, followed a visit by inspectors between April 22 and "
        "May 3. Lead inspector Kathryn Grindrod's team rated the service good overall.\n\n"
        "Two other North West councils received their reports on the same day. Halton was "
        "rated inadequate.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "Lead inspector Kathryn Grindrod",
        altered=("Kathryn Grindrod", "Lisa Summers"),
        kind="inspector",
    )
    # the report's day with no kind of visit named: the full report's
    c = claim_with(claims, "The report, published on Friday")
    assert c["verdict"] == "supported", c
    assert "published" in c["explanation"], c


def test_a_step_from_a_grade_of_a_year_is_a_move_since(tmp_path, corpus_db):
    text = (
        "Stoke-on-Trent's children's services are no longer rated inadequate, Ofsted has "
        "confirmed. In a report published yesterday, the watchdog rated the service as requires "
        "improvement to be good - a step up from the inadequate rating handed to the council in "
        "2019.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-11-26",
        "a step up from the inadequate rating handed to the council in 2019",
        altered=("a step up", "a step down"),
    )


def test_judgements_moved_a_grade_having_been_judged_before(tmp_path, corpus_db):
    text = (
        "Southend-on-Sea's children's services have been rated good. Leadership and help and "
        "protection have each moved up a grade, having been judged to require improvement in "
        "both 2016 and 2019.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-12-05",
        "moved up a grade",
        altered=("moved up", "moved down"),
    )


def test_a_council_in_an_aside_as_whose_neighbour_the_subject_is_told(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        "Bexley's children's services have been rated outstanding. Bromley, Bexley's neighbour "
        "to the south-west, is still rated inadequate following its 2016 inspection.\n",
        "2018-08-21",
    )
    c = claim_with(claims, "is still rated inadequate")
    assert c["verdict"] == "supported", c
    assert c["urns"] == [80490], c
    assert not contradicted(claims), claims


def test_a_relative_clause_naming_another_council_is_of_the_one_before(tmp_path, corpus_db):
    text = (
        "Plymouth's children's services require improvement. Neighbouring Torbay, which shares "
        "a safeguarding partnership with Plymouth, has also turned a corner, moving from "
        "inadequate to good in 2022.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-01-10",
        "moving from inadequate to good",
        altered=("from inadequate", "from requires improvement"),
    )


def test_not_once_rated_a_grade(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        "Buckinghamshire has now had four full inspections of its children's services since "
        "2014, and not once has it been rated good overall.\n",
        "2025-06-01",
    )
    assert not contradicted(claims), claims


def test_a_grade_shed_at_an_inspection_is_the_one_before_it(tmp_path, corpus_db):
    text = (
        "Buckinghamshire was judged inadequate in 2014 and again in 2017. It took until the "
        "inspection in December 2021 for the council to shed the inadequate label.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-06-01",
        "shed the inadequate label",
        altered=("shed the inadequate", "shed the requires improvement"),
    )


def test_the_years_a_report_brings_to_an_end(tmp_path, corpus_db):
    text = (
        "Southend's services for vulnerable children have been rated good by Ofsted. The "
        "report, published on Tuesday, brings to an end more than eight years in which the city "
        "council was stuck at 'requires improvement'.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-12-05",
        "stuck at 'requires improvement'",
        altered=("stuck at 'requires improvement'", "stuck at 'inadequate'"),
    )


def test_it_after_a_list_of_others_after_a_colon(tmp_path, corpus_db):
    # Rotherham, outstanding in December 2025: the 38th under the 2023 framework by
    # publication, and the only one in South Yorkshire; 'it' is no council of the list
    text = (
        "Rotherham has become the latest council to be rated outstanding for children's "
        "services. It is the only authority in South Yorkshire to hold the top grade: Barnsley, "
        "Doncaster and Sheffield are all rated good. By CYP Now's count it is the 38th council "
        "to be judged outstanding under the inspection framework introduced in 2023.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-12-17",
        "it is the 38th council",
        altered=("38th", "18th"),
        kind="rank",
    )
    c = claim_with(claims, "the only authority in South Yorkshire to hold the top grade")
    assert c["verdict"] == "supported", c


def test_a_short_quotation_with_its_judgement_words_turned(tmp_path, corpus_db):
    # Portsmouth's 2023 report: 'Initial and review child protection conferences are well
    # attended' (p4)
    text = (
        "Portsmouth City Council's children's services were rated good in a report published "
        'yesterday. Child protection plans are now described as "clear and focus on critical '
        'issues affecting children\'s lives", and conferences are "well attended".\n'
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-07-04",
        '"well attended"',
        altered=("well attended", "poorly attended"),
        kind="quote",
    )


def test_two_judgement_words_of_a_letters_quotation_turned(tmp_path, corpus_db):
    (tmp_path / "db").mkdir()
    db = corpus_with_letters(corpus_db, tmp_path / "db", (ROTHERHAM_FV,))
    # Rotherham's focused visit letter (December 2020): the council 'reacted rapidly and
    # effectively to the COVID-19 pandemic'
    text = (
        "Rotherham's children's services were rated good in 2017. During the pandemic, a "
        'focused visit found the council had "reacted rapidly and effectively" to Covid-19.\n'
    )
    held_then_caught(
        tmp_path,
        db,
        text,
        "2021-01-10",
        '"reacted rapidly and effectively"',
        altered=("rapidly and effectively", "slowly and ineffectively"),
        kind="quote",
    )


def test_a_count_of_what_to_improve_after_a_relative_clause(tmp_path, corpus_db):
    # Coventry's 2022 report (good) lists four things to improve
    text = (
        "Coventry's children's services have been rated outstanding. The 2022 report, which "
        "rated Coventry good, made four recommendations in all.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-05-20",
        "four recommendations",
        altered=("four recommendations", "six recommendations"),
        kind="recommendation",
    )


def test_bare_counts_after_a_place_among_a_regions_councils(tmp_path, corpus_db):
    # the North West on 13 July 2024: ten councils good, seven requiring improvement, six
    # inadequate (Bury, Cheshire East, Halton, Liverpool, Sefton and Tameside)
    text = (
        "Oldham has been rated good. Oldham's result makes it one of 10 councils in the North "
        "West now rated good. Seven require improvement and six - Bury, Cheshire East, Halton, "
        "Liverpool, Sefton and Tameside - are rated inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-13",
        "Seven require improvement",
        altered=("Seven require", "Nine require"),
        kind="count",
    )


def test_the_then_new_framework_of_the_time_told(tmp_path, corpus_db):
    # North Yorkshire (outstanding in August 2018): the first graded outstanding under the 2018
    # framework; told in 2023, 'the then-new inspection regime' is 2018's, not 2023's
    text = (
        "North Yorkshire has kept its outstanding rating. When Ofsted inspected the county in "
        "2014 under its old single inspection framework it was rated good. Four years later, in "
        "August 2018, it became the first council in England to be judged outstanding under the "
        "then-new inspection regime.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-08-18",
        "it became the first council in England",
        altered=("the first council", "the second council"),
        kind="rank",
    )


def test_a_move_of_grades_for_a_judgement_named_after_it(tmp_path, corpus_db):
    # Wakefield's leadership: inadequate (2018) to outstanding (January 2022), three grades;
    # its overall effectiveness moved two
    text = (
        "Wakefield's services were judged good overall, and the impact of leaders was rated "
        "outstanding - a jump of three grades for leadership in just over three years.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-01-10",
        "a jump of three grades",
        altered=("three grades", "two grades"),
        kind="trend",
    )


def test_a_tallys_first_count_with_the_grade_as_its_verb(tmp_path, corpus_db):
    # the North West on 15 July 2024: of 23 councils graded, seven require improvement and six
    # are inadequate
    text = (
        "Westmorland and Furness is rated good. Of the 23 North West councils with a current "
        "rating, seven require improvement and six are inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        "seven require improvement",
        altered=("seven require", "eight require"),
        kind="count",
    )


def test_the_time_a_council_was_replaced_dates_no_inspection(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        "Westmorland and Furness Council's children's services have been rated good by Ofsted "
        "in the new authority's first inspection since it replaced Cumbria County Council last "
        "year.\n",
        "2024-07-15",
    )
    assert claim_with(claims, "rated good by Ofsted")["verdict"] == "supported"
    assert not contradicted(claims), claims


def test_a_count_of_recommendations_set_beside_the_report_of_the_year_named(tmp_path, corpus_db):
    # Stoke-on-Trent's 2019 report lists 15 things to improve (14 on page 2, one on page 3);
    # its 2022 report six
    text = (
        "Stoke-on-Trent's children's services require improvement, Ofsted said yesterday. It is "
        "a far cry from early 2019, when Ofsted rated the council inadequate in every area. "
        "Inspectors listed {n} areas that needed to improve.\n"
    )
    c = claim_with(check_text(tmp_path, corpus_db, text.format(n=15), "2022-11-26"), "15 areas")
    assert c["verdict"] == "supported", c
    c = claim_with(check_text(tmp_path, corpus_db, text.format(n=14), "2022-11-26"), "14 areas")
    assert c["verdict"] == "contradicted", c
    assert "18 march 2019" in c["explanation"] and "15 recommendations" in c["explanation"], c


def test_the_framework_introduced_that_year_of_a_grade_told_by_a_spokesperson(tmp_path, corpus_db):
    # Leeds (outstanding, December 2018): the fourth outstanding under the 2018 framework
    text = (
        "Leeds has been rated outstanding again. A council spokesperson added that the "
        "authority's 2018 grade made Leeds the fourth council in England to be rated "
        "outstanding under the inspection framework introduced that year.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "the fourth council in England",
        altered=("the fourth council", "the fifth council"),
        kind="rank",
    )


def test_a_national_count_and_a_regions_part_of_it(tmp_path, corpus_db):
    # 17 December 2025: 16 councils in England inadequate, five of them in the North West
    text = (
        "Rotherham is rated outstanding. Nationally, the picture is less rosy. Some 16 councils "
        "in England are currently rated inadequate, five of them in the North West.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-12-17",
        ("Some 16 councils in England", "five of them in the North West"),
        altered=("five of them", "seven of them"),
        caught="seven of them in the North West",
        kind="count",
    )
    assert claim_with(claims, "Some 16 councils")["end"] < text.index("five of them"), claims


def test_they_after_a_sentence_naming_two_councils(tmp_path, corpus_db):
    # the South West on 16 March 2024: Cornwall and Wiltshire its only outstanding councils
    text = (
        "Plymouth's children's services require improvement. Cornwall, rated outstanding in "
        "2019, remains the region's standard bearer alongside Wiltshire, which was judged "
        "outstanding in December. They are the only two outstanding councils in the region.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-16",
        "They are the only two outstanding councils",
        altered=("only two", "only three"),
        kind="rank",
    )


def test_judgements_each_to_be_the_grade_after_them(tmp_path, corpus_db):
    # Calderdale (December 2018): leadership good, children in care outstanding
    text = (
        "Calderdale's children's services have been rated good. They judged the impact of "
        "leaders on social work practice to be good and the experiences and progress of "
        "children in care and care leavers to be outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-12-20",
        "They judged the impact of leaders",
        altered=("care leavers to be outstanding", "care leavers to be good"),
        caught="They judged the impact of leaders",
        kind="grade",
    )


def test_a_time_counted_back_opening_the_sentence(tmp_path, corpus_db):
    # Halton: its April 2020 report, led by Shabana Abasi, set five areas to improve; its July
    # 2024 report, led by Lisa Summers, twelve
    text = (
        "Halton's children's services have been rated inadequate. Four years ago, lead "
        "inspector Shabana Abasi set Halton five areas to improve.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-15",
        ("lead inspector Shabana Abasi", "five areas to improve"),
        altered=("five areas", "seven areas"),
        caught="seven areas to improve",
    )


def test_a_count_after_with_is_no_grade_of_the_council(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        "Enfield has been rated good. Of London's 33 councils, 30 are now rated good or "
        "outstanding, with 13 holding the top grade.\n",
        "2024-09-05",
    )
    assert not contradicted(claims), claims


def test_leadership_management_and_governance_is_a_judgement_read(tmp_path, corpus_db):
    # 31 March 2016: seven single-framework reports had rated leadership outstanding
    text = (
        "Hammersmith and Fulham's leadership was rated outstanding. H&F is now one of "
        "only seven councils in England whose leadership, management and governance has been "
        "rated outstanding under the single inspection framework.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2016-03-31",
        "one of only seven councils",
        altered=("only seven", "only four"),
        kind="rank",
    )


def test_a_count_beside_the_councils_it_lists_after_a_colon(tmp_path, corpus_db):
    # the South West on 19 May 2022: six councils good, the six named
    text = (
        "Torbay has been rated good. With Torbay's upgrade, six of the South West's 15 councils "
        "are now rated good: Torbay, Dorset, Bath and North East Somerset, Swindon, Wiltshire "
        "and the Isles of Scilly.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-05-19",
        "six of the South West's 15 councils",
        altered=("six of the", "seven of the"),
        kind="count",
    )


def test_what_ofsted_finds_after_as_is_no_judgement_graded(tmp_path, corpus_db):
    # Bristol (December 2014): requires improvement overall, care leavers requires improvement
    # too, but 'care leavers' here is what Ofsted found, not a judgement told
    claims = check_text(
        tmp_path,
        corpus_db,
        "Bristol children's services 'require improvement' as Ofsted finds council has lost "
        "touch with a quarter of care leavers\n\nBristol's children's services require "
        "improvement, Ofsted said.\n",
        "2014-12-06",
    )
    assert (
        claim_with(claims, "Bristol children's services 'require improvement'")["verdict"]
        == "supported"
    )
    assert not contradicted(claims), claims


def test_a_grade_no_longer_held_by_the_report_published_on_a_day(tmp_path, corpus_db):
    # Bury: inadequate in December 2021, requires improvement in the report of Tuesday 29
    # July 2025
    text = (
        "Bury Council's children's services are no longer rated inadequate, according to an "
        "Ofsted report published on Tuesday.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-07-30",
        "no longer rated inadequate",
        altered=("no longer rated inadequate", "no longer rated requires improvement"),
    )


def test_a_judgement_that_fell_to_a_grade(tmp_path, corpus_db):
    # Derbyshire: good in every judgement in February 2014; in September 2019 help and
    # protection requires improvement, leadership still good
    text = (
        "Derbyshire's children's services require improvement to be good overall. Help and "
        "protection fell to requires improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-09-20",
        "Help and protection fell to requires improvement",
        altered=("Help and protection fell", "Leadership fell"),
        caught="Leadership fell to requires improvement",
        kind="grade",
    )
