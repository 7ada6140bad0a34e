"""`ilacs check`: ranks and counts among councils, read the way English local news and the trade
press write them (the framework of the article's day, ranks within a year, "one of N" with the
council among them, publication order, moves off a grade), checked against the corpus."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught


def test_the_new_framework_is_the_one_of_the_articles_day(tmp_path, corpus_db):
    # Halton, published 12 July 2024: every judgement inadequate, the first such report under
    # the 2023 framework and its eighth overall inadequate (Liverpool, May 2023, the first)
    text = (
        "Halton children's services failing\n\n"
        "Halton Borough Council is the first council to be judged inadequate in every area "
        "since Ofsted changed the way it inspects councils last year, and the eighth to be "
        "rated inadequate overall under the new framework.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-12",
        ("the eighth", "the first council"),
        kind="rank",
        altered=("the eighth", "the ninth"),
    )
    # the grade words inside a rank that holds are no grade claim of their own
    assert [c["type"] for c in claims if "eighth" in c["text"]] == ["rank"]


def test_one_of_n_councils_in_a_region_holds_the_council_among_them(tmp_path, corpus_db):
    # 12 July 2024: six North West councils' latest overall grade is inadequate, Halton's too
    text = "Halton is now one of six councils in the North West currently rated inadequate.\n"
    held_then_caught(
        tmp_path, corpus_db, text, "2024-07-12", "one of six", kind="rank", altered=("six", "nine")
    )


def test_making_it_one_of_is_a_claim_of_its_own(tmp_path, corpus_db):
    # Islington, 29 January 2025: outstanding in all five judgements, the ninth council to be so
    # under the 2023 framework
    text = (
        "Islington has been rated outstanding in every area by Ofsted, making it one of only "
        "nine councils to achieve a clean sweep of top grades since the inspection framework "
        "was updated in 2023.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-30",
        ("making it one of only nine", "Islington has been rated outstanding"),
        altered=("nine", "six"),
        caught="one of only six",
    )
    grade = _claim(claims, "Islington has been rated outstanding")
    rank = _claim(claims, "making it one of only nine")
    assert grade["end"] <= rank["start"]
    assert rank["type"] == "rank", rank


def test_the_third_this_year_to_shake_off_inadequate(tmp_path, corpus_db):
    # 2026: Herefordshire and Solihull (12 January) and Bradford (21 May) left inadequate
    text = (
        "Bradford is the third council this year to shake off an inadequate rating, after "
        "Herefordshire and Solihull in January.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-05-22",
        "the third council",
        kind="rank",
        altered=("January", "March"),
    )
    assert _claim(claims, "the third council")["urns"] == [80449]


def test_the_comparison_councils_are_not_the_subject(tmp_path, corpus_db):
    # SIF, inadequate -> good: West Berkshire (July 2017), Doncaster (19 January 2018),
    # Rotherham (29 January 2018); four reports came out on 29 January 2018
    text = (
        "Rotherham rated good\n\n"
        "Rotherham's children's services have been rated good by Ofsted.\n\n"
        "The council is only the third in England to move from an overall inadequate rating "
        "straight to good under the single inspection framework, following West Berkshire "
        "last July and Doncaster earlier this month.\n\n"
        "Its re-inspection was one of four published by the inspectorate today.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-01-29",
        "one of four published",
        kind="count",
        altered=("one of four", "one of six"),
    )
    third = _claim(claims, "only the third")
    assert (third["verdict"], third["urns"]) == ("supported", [80543])


def test_the_2026_framework_has_no_overall_grade(tmp_path, corpus_db):
    # Trafford, 3 August 2026: the eighth 2026-framework report, the first with an inadequate
    # judgement (the framework gives no overall grade)
    text = (
        "Trafford Council is the first local authority to receive an 'inadequate' judgement "
        "under Ofsted's new inspection framework.\n\n"
        "Trafford is the eighth council to have its report published under the revised "
        "framework.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-04",
        "the eighth council",
        kind="rank",
        altered=("eighth", "sixth"),
    )
    assert _claim(claims, "the first local authority")["verdict"] == "supported"


def test_councils_reported_on_under_a_framework_and_their_share(tmp_path, corpus_db):
    # 11 September 2023: 26 councils had 2023-framework reports, 14 of them good or outstanding
    text = (
        "Of the 26 councils whose reports have been published under the new framework, more "
        "than half have been rated good or better.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-09-11",
        ("Of the 26 councils", "more than half"),
        altered=("26", "36"),
    )
    assert _claim(claims, "Of the 26 councils")["end"] < _claim(claims, "more than half")["start"]


def test_counts_within_the_councils_just_counted(tmp_path, corpus_db):
    # 2026 framework: seven reports before Trafford's (3 August 2026), none with an inadequate
    # judgement; leaders outstanding in North and West Northamptonshire and Blackpool
    text = (
        "Trafford is the eighth council to have its report published under the revised "
        "framework. Of the seven before it, none received an inadequate grade in any area, and "
        "three – Blackpool and North and West Northamptonshire – were judged outstanding for "
        "the impact of leaders.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-04",
        ("Of the seven before it", "were judged outstanding for the impact of leaders"),
        kind="count",
        altered=("three –", "four –"),
        caught="four –",
    )
    # 25 May 2023: 15 councils had 2023-framework reports, two outstanding and four good
    text = (
        "Liverpool is the first council to be rated inadequate under Ofsted's updated framework. "
        "Of the 15 councils inspected under it so far, two have been rated outstanding and "
        "four good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-05-25")
    assert _claim(claims, "two have been rated outstanding")["verdict"] == "supported"
    assert _claim(claims, "four good")["verdict"] == "supported"


def test_the_first_time_a_council_had_a_grade(tmp_path, corpus_db):
    # Stockport: good (25 August 2017), good (18 May 2022), requires improvement (15 July 2025)
    text = "It is the first time since 2017 that Stockport has not been rated good.\n"
    c = _claim(_check(tmp_path, corpus_db, text, "2025-07-20"), "the first time since 2017")
    assert (c["type"], c["verdict"]) == ("rank", "supported")
    text = "It is the first time that Stockport children's services have been rated good.\n"
    c = _claim(_check(tmp_path, corpus_db, text, "2022-05-20"), "the first time")
    assert (c["type"], c["verdict"]) == ("rank", "contradicted")
    assert "25 August 2017" in c["explanation"]


def test_a_groups_noun_must_be_councils(tmp_path, corpus_db):
    # one council's areas or a count of ratings cut are no group of councils reported on
    text = (
        "Halton was inspected under the new framework. Of the five areas, four were rated "
        "inadequate and one requires improvement.\n\n"
        "Fifteen councils have now had their ratings cut under the new framework.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-12")
    assert not [c for c in claims if c["type"] == "count"]


def test_the_grade_it_first_achieved_in_a_year(tmp_path, corpus_db):
    # Hampshire: good overall in 2014 (SIF), outstanding from 11 June 2019
    text = "Hampshire County Council has kept the outstanding rating it first achieved in 2019.\n"
    c = _claim(_check(tmp_path, corpus_db, text, "2024-07-23"), "first achieved in 2019")
    assert (c["type"], c["verdict"]) == ("rank", "supported")
    text = text.replace("2019", "2014")
    c = _claim(_check(tmp_path, corpus_db, text, "2024-07-23"), "first achieved in 2014")
    assert c["verdict"] == "contradicted" and "11 June 2019" in c["explanation"]


def test_councils_on_the_same_day_share_a_place(tmp_path, corpus_db):
    # outstanding in every judgement under the 2023 framework: Westminster and North Tyneside
    # (13 January 2025) sixth and seventh, Islington and Kingston (29 January 2025) eighth and
    # ninth; "since 2023" names the framework of that year
    text = (
        "North Tyneside was rated outstanding across the board, becoming only the sixth "
        "authority nationally to do so since 2023.\n\n"
        "Kingston upon Thames is the eighth council to be rated outstanding in every area under "
        "the framework introduced in 2023.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-30",
        ("the eighth council", "becoming only the sixth"),
        altered=("the eighth", "the tenth"),
    )
    assert _claim(claims, "becoming only the sixth")["type"] == "rank"
    assert _claim(claims, "North Tyneside was rated outstanding")["type"] == "grade"


def test_a_place_that_is_no_region_is_not_counted_nationally(tmp_path, corpus_db):
    # 12 July 2024: Halton and Liverpool are inadequate; ilacs has no "Merseyside" to count in
    # ("one of two councils" is no count of judgements either)
    text = "Halton is one of two councils in Merseyside currently rated inadequate.\n"
    claims = _check(tmp_path, corpus_db, text, "2024-07-12")
    assert _claim(claims, "one of two councils")["verdict"] != "contradicted"
    assert not [c for c in claims if c["verdict"] == "contradicted"]


def test_a_unitary_in_a_county_and_the_others_named_after_the_rank(tmp_path, corpus_db):
    # Derby (8 July 2025) is the twelfth council outstanding in all five judgements under the
    # 2023 framework, after York and Camden (15 April 2025); "the Derbyshire unitary authority"
    # is Derby, not Derbyshire County Council; "introduced in January 2023" names the framework
    text = (
        "Derby City Council's children's services are outstanding.\n\n"
        "The Derbyshire unitary authority, whose report was published yesterday, is only the "
        "twelfth council to be judged outstanding in all five judgements under the inspection "
        "framework Ofsted introduced in January 2023, after York and Camden in April.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-07-09",
        ("after York and Camden in April", "the twelfth council"),
        kind="rank",
        altered=("in April", "in June"),
    )


def test_a_group_counted_up_to_the_day_before_the_article(tmp_path, corpus_db):
    # 12 January 2024: 33 councils had 2023-framework reports published before the day (7
    # outstanding, 14 good, 9 requires improvement, 3 inadequate); four more came out that day
    text = (
        "Nationally, of the 33 councils whose reports under the 2023 framework have been "
        "published, seven have been rated outstanding overall, 14 good, nine requires "
        "improvement and three inadequate.\n"
    )
    claims = held_then_caught(
        tmp_path, corpus_db, text, "2024-01-12", "14 good", altered=("14 good", "15 good")
    )
    counts = [c for c in claims if c["type"] == "count"]
    assert len(counts) == 4 and all(c["verdict"] == "supported" for c in counts), counts


def test_one_of_two_given_the_grade_on_the_day(tmp_path, corpus_db):
    # 13 January 2025: Westminster and North Tyneside both outstanding in every judgement
    text = (
        "North Tyneside Council's children's services have been rated outstanding in every "
        "area, one of two councils to receive the accolade today, alongside Westminster.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-13")
    c = _claim(claims, "one of two councils to receive the accolade today")
    assert (c["type"], c["verdict"]) == ("count", "supported")
    wrong = _check(tmp_path, corpus_db, text.replace("one of two", "one of three"), "2025-01-13")
    assert [
        c["verdict"] for c in wrong if "one of three" in c["text"] and c["type"] == "count"
    ] == ["contradicted"]


def test_a_share_of_a_regions_councils(tmp_path, corpus_db):
    # 18 May 2026: 18 of the 33 London councils' latest overall grade is outstanding; "32
    # boroughs" is the size of the group, not a count of outstanding councils
    text = "More than half of London's 32 boroughs are now rated outstanding.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-05-18",
        "More than half",
        kind="count",
        altered=("More than half", "A quarter"),
    )


def test_a_rank_with_the_grades_of_other_areas(tmp_path, corpus_db):
    # outstanding overall with care leavers good under the 2023 framework: Hertfordshire (10
    # March 2023) first, Lincolnshire (14 June 2023) second
    text = (
        "Lincolnshire is the second council under the framework introduced in 2023 to be rated "
        "outstanding overall while its services for care leavers were judged good.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-06-15",
        "the second council",
        kind="rank",
        altered=("second", "fourth"),
    )
    assert "care leavers were judged good" in _claim(claims, "the second council")["text"]


def test_and_the_only_one_in_a_region_reads_the_clause_before(tmp_path, corpus_db):
    # 21 July 2015: Sunderland (20 July) the North East's only council whose latest SIF overall
    # grade is inadequate; Darlington joined it on 1 September 2015 (checked the day after)
    text = (
        "Sunderland is one of the councils rated inadequate under the single inspection "
        "framework, and the only one in the North East.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2015-07-21"), "the only one in the North East")
    assert (c["type"], c["verdict"]) == ("rank", "supported")
    later = _check(tmp_path, corpus_db, text.replace("Sunderland", "Darlington"), "2015-09-02")
    # Sunderland too by then (and, in every judgement, not Darlington): no longer the only one
    assert _claim(later, "the only one in the North East")["verdict"] != "supported"


def test_the_first_report_with_no_list_of_what_needs_to_improve(tmp_path, corpus_db):
    # ILACS reports in which ilacs read no list of what needs to improve: North Lincolnshire
    # (25 November 2022, 2018 framework) and Thurrock (29 October 2024, 2023 framework)
    text = (
        "Thurrock Council's children's services are outstanding.\n\n"
        "Thurrock is the first council under the current framework whose report has no list of "
        "what needs to improve, and the second since 2018, after North Lincolnshire in 2022.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-10-30",
        ("the second since 2018", "the first council under the current framework"),
        kind="rank",
        altered=("the second", "the third"),
    )
    assert "after North Lincolnshire in 2022" in _claim(claims, "the second since 2018")["text"]
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-10-30",
        "the second since 2018",
        kind="rank",
        altered=("in 2022", "in 2020"),
    )


def test_the_others_of_a_later_one_of_n_are_not_the_ranks(tmp_path, corpus_db):
    # North Lincolnshire, 25 Nov 2022: the fifth ILACS report outstanding in every judgement
    # (North Yorkshire, Hampshire, Westminster, Kensington and Chelsea before it); Leeds and
    # North Yorkshire belong to the count that follows, not to the rank
    text = (
        "North Lincolnshire is the fifth council to be rated outstanding in all four "
        "judgements under the current framework, and one of just three in Yorkshire and the "
        "Humber, along with Leeds and North Yorkshire, to hold an outstanding rating.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2022-11-25", "the fifth", altered=("fifth", "third")
    )


def test_one_of_three_given_the_top_grade_on_the_same_day(tmp_path, corpus_db):
    # 16 May 2024: Brighton and Hove, Hammersmith and Fulham and Hartlepool outstanding
    text = (
        "Hartlepool was one of three councils to be awarded the top grade on the same day, "
        "alongside Brighton and Hove and Hammersmith and Fulham.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-05-20")
    c = _claim(claims, "one of three councils")
    assert (c["type"], c["verdict"]) == ("count", "supported")
    assert not [x for x in claims if x["verdict"] == "contradicted"]
    wrong = _check(tmp_path, corpus_db, text.replace("three", "five"), "2024-05-20")
    assert [x["verdict"] for x in wrong if x["type"] == "count"] == ["contradicted"]


def test_a_rank_in_one_judgement(tmp_path, corpus_db):
    # Hartlepool (16 May 2024): the sixth 2023-framework report outstanding for help and
    # protection (Lincolnshire, Portsmouth, Essex, North Yorkshire, Bromley before it)
    text = (
        "Hartlepool is only the sixth authority to be rated outstanding for help and "
        "protection under the new framework.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2024-05-20", "the sixth", altered=("sixth", "ninth")
    )


def test_the_nth_currently_rated_is_a_count_on_the_day(tmp_path, corpus_db):
    # 18 March 2020: Devon, Torbay and Gloucestershire the South West's inadequate councils
    text = (
        "The judgment makes Devon the third council in the South West currently rated "
        "inadequate, alongside Torbay and Gloucestershire.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2020-03-18", "the third", altered=("third", "fifth")
    )


def test_the_only_two_of_a_sub_regions_councils(tmp_path, corpus_db):
    # Greater Manchester is no region ilacs holds: not a count of one nationally
    text = (
        "The verdict leaves Bury and Trafford as the only two of Greater Manchester's ten "
        "councils currently rated inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2021-12-17")
    assert not [c for c in claims if c["verdict"] == "contradicted"]


def test_a_count_whose_total_is_englands_councils(tmp_path, corpus_db):
    text = (
        "An analysis of the latest judgements for each of England's 153 councils shows "
        "that 39 are now rated outstanding.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-08-13", "39 are", kind="count", altered=("39", "29")
    )


def test_one_of_n_of_the_councils_reported_on_under_a_framework(tmp_path, corpus_db):
    # 28-29 July 2026: seven councils with reports under the 2026 framework; Middlesbrough's
    # the only one requires improvement in every judgement
    text = (
        "Of the seven councils whose reports have been published under the new framework so "
        "far, Middlesbrough is the only one to be rated requires improvement in every "
        "judgement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-07-29",
        "the only one",
        kind="count",
        altered=("requires improvement", "good"),
    )


def test_the_third_to_be_rated_outstanding_three_times_in_a_row(tmp_path, corpus_db):
    # Leeds (12 Aug 2025) after Westminster and Kensington and Chelsea (13 Jan 2025)
    text = (
        "Leeds has become only the third council in England to be rated outstanding three "
        "times in a row. The only councils to have achieved the feat before are Westminster "
        "and Kensington and Chelsea.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-08-13",
        ("the third", "the feat before"),
        altered=("third", "fifth"),
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-08-13",
        "the feat before",
        altered=("Westminster", "Hackney"),
    )


def test_a_share_holding_the_top_rating(tmp_path, corpus_db):
    # 24 March 2026: six of the North East's 12 councils' latest overall grade is outstanding
    text = "Half of the North East's 12 councils now hold the top rating for children's services.\n"
    held_then_caught(
        tmp_path, corpus_db, text, "2026-03-24", "Half of", altered=("Half", "A third")
    )


def test_of_those_counts_within_the_reports_counted_before(tmp_path, corpus_db):
    # 18 March 2020: 95 ILACS reports; 14 inadequate, 14 outstanding, 36 good, 31 RI
    text = (
        "Across England, 95 ILACS reports have now been published since the framework was "
        "introduced in 2018. Of those, 14 have rated councils inadequate, while 14 found "
        "councils outstanding, 36 good and 31 requiring improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2020-03-18",
        ("36 good", "95 ILACS"),
        altered=("36 good", "46 good"),
    )


def test_n_of_the_councils_inspected_under_a_framework(tmp_path, corpus_db):
    # 20 May 2024: 51 councils with 2023-framework reports; 11 outstanding, 7 inadequate
    text = (
        "According to an analysis, 11 of the 51 councils inspected under the new framework so "
        "far have been rated outstanding overall. Seven have been judged inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-05-20",
        ("11 of the 51", "Seven have"),
        altered=("11 of", "14 of"),
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2024-05-20", "Seven have", altered=("Seven", "Nine")
    )


def test_a_count_within_the_councils_reported_on_since_a_month(tmp_path, corpus_db):
    # 13 August 2025: 36 councils with reports published since 1 January; 16 outstanding
    text = (
        "Of the 36 councils whose inspection reports have been published since January, 16 "
        "have been rated outstanding.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-08-13", "16 have", altered=("16 have", "12 have")
    )


def test_a_count_of_councils_with_the_top_rating(tmp_path, corpus_db):
    # 21 August 2018: five councils' latest overall grade outstanding (Westminster, Kensington
    # and Chelsea, North Lincolnshire, North Yorkshire, Bexley)
    text = (
        "Since the single inspection framework was introduced in 2013, only five councils have "
        "received the top overall rating.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-08-21",
        "five councils",
        kind="count",
        altered=("five", "nine"),
    )


def test_the_only_one_under_a_framework_with_no_overall_grade(tmp_path, corpus_db):
    # 6 August 2026: Trafford (3 Aug) the only 2026-framework report with an inadequate
    # judgement
    text = (
        "Trafford is so far the only council to receive an inadequate judgement under the new "
        "regime.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-08-06")
    c = _claim(claims, "the only council")
    assert (c["type"], c["verdict"]) == ("rank", "supported")
    wrong = _check(tmp_path, corpus_db, text.replace("Trafford", "Liverpool"), "2026-08-06")
    assert _claim(wrong, "the only council")["verdict"] != "supported"


def test_the_number_of_englands_councils(tmp_path, corpus_db):
    text = "We looked at the latest inspection of each of England's 153 councils with children's services.\n"
    held_then_caught(
        tmp_path, corpus_db, text, "2025-08-13", "153 councils", altered=("153", "163")
    )


def test_outside_a_region_counts_the_rest_of_england(tmp_path, corpus_db):
    text = "Outside London, just 20 of 120 councils are rated outstanding.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-17",
        "Outside London",
        altered=("20 of", "30 of"),
        caught="Outside",
    )


def test_in_the_region_is_the_region_named_before(tmp_path, corpus_db):
    text = (
        "No council in the North West is rated outstanding.\n\n"
        "Of the 23 councils in the region that currently hold a rating, nine are rated good.\n"
    )
    held_then_caught(tmp_path, corpus_db, text, "2024-08-29", "Of the 23", altered=("nine", "15"))


def test_taking_the_number_to_n_counts_the_total(tmp_path, corpus_db):
    text = (
        "Two councils have been rated outstanding in all five inspection judgements, taking "
        "the number of authorities to achieve a clean sweep under the current framework to 11.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-04-16", "taking the number", altered=("to 11", "to 19")
    )


def test_one_of_n_whose_reports_came_out_the_same_day(tmp_path, corpus_db):
    # 11 June 2019: Hampshire, Lincolnshire and Redbridge reports, all outstanding overall
    text = (
        "Hampshire is one of three councils rated outstanding in reports published today, "
        "alongside Lincolnshire and Redbridge.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2019-06-11"), "one of three")
    assert c["verdict"] == "supported", c
    wrong = _check(tmp_path, corpus_db, text.replace("three", "five"), "2019-06-11")
    assert _claim(wrong, "one of five")["verdict"] != "supported"


def test_the_only_one_so_far_counts_within_its_framework(tmp_path, corpus_db):
    # Camden, 15 April 2025: the 11th council with every judgement outstanding under the
    # 2023 framework (26 councils are outstanding overall on any framework)
    text = (
        "Camden is one of 11 councils to have achieved an outstanding grade in every "
        "judgement since Ofsted changed its framework in 2023.\n"
    )
    held_then_caught(tmp_path, corpus_db, text, "2025-04-17", "one of 11", altered=("11", "14"))


def test_no_council_in_a_region_is_a_count_of_none(tmp_path, corpus_db):
    # 29 August 2024: no North West council's latest overall grade is outstanding
    text = "None of the councils in the North West of England is rated outstanding.\n"
    c = _claim(_check(tmp_path, corpus_db, text, "2024-08-29"), "None of the councils")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    text = "No council in the North West is now rated good.\n"
    c = _claim(_check(tmp_path, corpus_db, text, "2024-08-29"), "No council")
    assert (c["type"], c["verdict"]) == ("count", "contradicted"), c


def test_one_of_n_with_a_rating_overall_is_no_every_judgement_count(tmp_path, corpus_db):
    # 16 April 2025: four Yorkshire and the Humber councils outstanding overall (Leeds, North
    # Lincolnshire, North Yorkshire, York), three of them in every judgement
    text = (
        "York has been rated outstanding. It is one of four councils in the region now "
        "holding an outstanding rating overall.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-04-16", "one of four", altered=("four", "three")
    )


def test_the_only_region_without_an_outstanding_council(tmp_path, corpus_db):
    # 29 August 2024: no North West council's latest overall grade is outstanding; every other
    # region has one at least
    text = (
        "Cheshire West and Chester was rated requires improvement, and none of the councils in "
        "the North West is rated outstanding, making it the only English region without a "
        "single top-rated authority.\n"
    )
    other = text.replace("Cheshire West and Chester", "Leeds").replace("North West", "Yorkshire")
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-29",
        "the only English region",
        kind="rank",
        altered=other,
    )


def test_the_new_arrangements_are_the_new_framework(tmp_path, corpus_db):
    # Portsmouth, 18 August 2026: the tenth report under the 2026 framework, and the only one
    # with every judgement outstanding
    text = (
        "Portsmouth was the tenth council to receive a report under the new arrangements, and "
        "the only one so far to be rated outstanding across the board.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-18",
        ("the tenth", "the only one so far"),
        altered=("tenth", "eighth"),
    )


def test_one_of_n_in_a_region_and_one_of_m_across_england(tmp_path, corpus_db):
    # 8 July 2025: Walsall and Telford and Wrekin the West Midlands' two councils outstanding
    # overall; 37 across England
    text = (
        "Walsall is now one of only two councils in the West Midlands to hold an outstanding "
        "rating, alongside Telford and Wrekin, and one of 37 across England.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-07-08", "one of 37", kind="rank", altered=("37", "29")
    )


def test_the_other_counts_listed_are_checked_too(tmp_path, corpus_db):
    # 29 August 2024, the 23 graded North West councils: nine good, eight requires
    # improvement, six inadequate
    text = (
        "No council in the North West is rated outstanding.\n\n"
        "Of the 23 councils in the region that currently hold a rating, nine are rated good, "
        "eight require improvement and six are inadequate.\n"
    )
    wrong = text.replace("eight require", "seven require").replace("six are", "seven are")
    # (each count of the tally is a claim of its own, checked by the reading that holds the
    # first)
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-29",
        ("Of the 23", "eight require improvement", "six are inadequate"),
        altered=wrong,
        caught=("seven require improvement", "seven are inadequate"),
    )


def test_london_councils_rated_below_good(tmp_path, corpus_db):
    # 17 April 2025: Barking and Dagenham and Lambeth require improvement, Harrow and
    # Havering inadequate
    text = "Only four London councils are rated below good.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-17",
        "London councils",
        altered=("four", "nine"),
        caught="nine",
    )


def test_the_first_to_achieve_the_clean_sweep(tmp_path, corpus_db):
    # North Yorkshire, 6 August 2018: the first ILACS report with every judgement outstanding
    text = "North Yorkshire was the first council to achieve the clean sweep, in August 2018.\n"
    c = _claim(_check(tmp_path, corpus_db, text, "2019-06-11"), "the first council")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c


def test_only_a_council_in_the_region_under_the_new_system(tmp_path, corpus_db):
    # 28 July 2026: Blackpool's report under the 2026 framework, leaders outstanding; the only
    # North West council so judged under it by then
    text = (
        "In the North West, only Blackpool had previously been rated outstanding for "
        "leadership under the new system.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-08-20")
    c = _claim(claims, "only Blackpool")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c
    assert not [x for x in claims if x["verdict"] == "contradicted"]


def test_four_in_ten_london_boroughs_is_a_share_not_a_count(tmp_path, corpus_db):
    text = (
        "More than four in 10 London boroughs are rated outstanding for children's social care.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-04-17")
    assert not [x for x in claims if x["verdict"] == "contradicted"], claims


def test_of_the_33_london_authorities_n_now_hold(tmp_path, corpus_db):
    # 17 April 2025: 14 of the 33 London councils' latest overall grade is outstanding
    text = (
        "Of the 33 London authorities responsible for children's social care, 14 now hold an "
        "outstanding rating from their most recent full inspection.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-04-17", "Of the 33", kind="count", altered=("14", "16")
    )
