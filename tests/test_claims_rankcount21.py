"""`ilacs check`: ranks and counts, round 21: a national tally within the reports a framework
has published ("X's report is among 44 published so far under the current framework. Of those,
18 ..."), a region's tally of its councils' latest grades ("Across the region's 10 councils, three
are now good ..."), "the only Greater Manchester council", "an overall rating of good", "The
region now has ...", "as a whole ..., including A and B", and years given councils in turn
("Sefton and Bury remain inadequate, rated in 2022 and 2021")."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_counts_within_the_reports_a_framework_has_published(tmp_path, corpus_db):
    # ilacs2023 reports published by 20 Mar 2024: 44; overall good 18, outstanding 8,
    # requires improvement 12, inadequate 6
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Derbyshire's report is among 44 published so far under the current framework. Of "
        "those, 18 councils have been judged good and 8 outstanding, while 12 require "
        "improvement and 6 are inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        ("8 outstanding", "among 44 published", "18 councils have been judged good"),
        altered=("8 outstanding", "11 outstanding"),
    )


def test_a_regions_tally_of_its_councils_latest_grades(tmp_path, corpus_db):
    # East Midlands on 20 Mar 2024 (10 councils): good 3, outstanding 2, requires improvement
    # 4, inadequate 1
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Across the region's 10 councils, taking each one's latest inspection, three are now "
        "good and two outstanding, with four requiring improvement. One is inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        ("with four requiring improvement", "two outstanding"),
        kind="count",
        altered=("four requiring", "six requiring"),
        caught="six requiring",
    )


def test_a_tally_named_by_region_and_none_after_it(tmp_path, corpus_db):
    # East Midlands on 20 Mar 2024: no council inadequate other than one; none outstanding in
    # every judgement; overall outstanding 2
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Across the 10 councils in the East Midlands, three are now rated good, four require "
        "improvement and two are outstanding. None is inadequate.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "three are now rated good",
        altered=("None is inadequate", "None is outstanding"),
        caught="None is outstanding",
        none_contradicted=False,
    )
    c = _claim(claims, "None is inadequate")
    assert (c["type"], c["verdict"]) == ("count", "contradicted"), c


def test_the_only_council_of_a_metropolitan_county(tmp_path, corpus_db):
    # Greater Manchester on 1 Jun 2023: Bury (Dec 2021) the one council rated inadequate
    text = (
        "Bury's children's services remain inadequate.\n\n"
        "Bury is the only Greater Manchester council currently rated inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-06-01")
    c = _claim(claims, "the only Greater Manchester council")
    assert c["verdict"] == "supported", c
    assert not _contradicted(claims), claims


def test_an_overall_rating_of_good_is_the_ranks_grade(tmp_path, corpus_db):
    # East Midlands good on 1 Jun 2024: Derbyshire, Leicester, Nottinghamshire; Lincolnshire
    # outstanding
    text = (
        "Derbyshire's children's services were rated good.\n\n"
        "Derbyshire is now one of three councils in the East Midlands with an overall rating "
        "of good, a grade below neighbouring Lincolnshire, which is rated outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-06-01",
        "one of three councils",
        kind="rank",
        altered=("one of three", "one of five"),
    )


def test_the_region_now_has(tmp_path, corpus_db):
    # East Midlands outstanding overall on 20 Mar 2024: 2 (among England's many more)
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands to "
        "be inspected.\n\n"
        "The region now has two councils rated outstanding overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    assert _claim(claims, "The region now has")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_a_count_as_a_whole_with_some_of_them_named(tmp_path, corpus_db):
    # North West inadequate on 27 Nov 2025: Cheshire East, Halton, Knowsley, Liverpool, Tameside
    text = (
        "Wigan's children's services were rated good.\n\n"
        "Across the North West as a whole, five councils are rated inadequate, including "
        "Halton and Tameside.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-11-27",
        "five councils are rated",
        altered=("five councils", "eight councils"),
    )


def test_years_given_councils_in_turn(tmp_path, corpus_db):
    # Sefton inadequate (inspected 2022, published 9 May 2022); Bury inadequate (inspected
    # 2021, published 17 Dec 2021)
    text = "Sefton and Bury remain inadequate, rated in 2022 and 2021.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-06-01",
        "Sefton and Bury",
        altered=("2022 and 2021", "2020 and 2021"),
    )


def test_a_regions_count_is_the_records_on_the_day(tmp_path, corpus_db):
    # East Midlands outstanding overall on 20 Mar 2024: 2, and no other number in the weeks
    # before; the news of the latest member after the count is no part of it
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands.\n\n"
        "The region now has two councils rated outstanding overall with Lincolnshire the most "
        "recent to join the list.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "The region now has two",
        altered=("now has two", "now has three"),
    )
    c = _claim(claims, "The region now has two")
    assert "Lincolnshire" not in c["text"], c


def test_a_regions_councils_with_a_plural_possessive_and_a_list(tmp_path, corpus_db):
    # East Midlands good on 20 Mar 2024: Derbyshire, Leicester, Nottinghamshire (of 10)
    text = (
        "Derbyshire's children's services were rated good.\n\n"
        "Three of the East Midlands' 10 councils are now rated good: Derbyshire, Leicester and "
        "Nottinghamshire.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    assert _claim(claims, "Three of the East Midlands")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_parts_of_a_count_after_a_colon(tmp_path, corpus_db):
    # East Midlands on 20 Mar 2024: good or outstanding 5, outstanding 2, good 3
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands.\n\n"
        "With its result, five of the region's councils are now rated good or outstanding: two "
        "outstanding - Lincolnshire and Derby - and three good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    assert _claim(claims, "five of the region's councils")["verdict"] == "supported"
    c = _claim(claims, "three good")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    assert not _contradicted(claims), claims


def test_one_of_the_councils_holding_that_grade(tmp_path, corpus_db):
    # East Midlands good on 20 Mar 2024: Derbyshire, Leicester, Nottinghamshire
    text = (
        "Derbyshire's services are rated good, Ofsted has ruled, making the county one of "
        "three councils in the East Midlands now holding that grade.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "now holding that grade",
        altered=("one of three", "one of six"),
    )


def test_the_first_outstanding_judgement_in_any_area(tmp_path, corpus_db):
    # Enfield 4 Sep 2024: good overall, children in care outstanding; no outstanding judgement
    # in its reports of 2015 and 2019
    text = (
        "Enfield's children's services were rated good, with children in care judged "
        "outstanding.\n\n"
        "It is the first time Enfield has received an outstanding judgement in any area of its "
        "children's services.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-05")
    assert _claim(claims, "in any area")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_a_council_named_alongside_must_hold_the_grade(tmp_path, corpus_db):
    # East Midlands outstanding overall on 20 Mar 2024: Derby, Lincolnshire
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands.\n\n"
        "Lincolnshire is one of two outstanding councils in the East Midlands, alongside Derby.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "alongside Derby",
        altered=("alongside Derby", "alongside Nottingham"),
    )


def test_the_nth_to_receive_a_good_overall_judgement(tmp_path, corpus_db):
    # North West, ilacs2023, overall good by 31 Jul 2024: Warrington (30 Jul 2024) the sixth
    text = (
        "Warrington's children's services were rated good.\n\n"
        "Warrington is the sixth North West council to receive a good overall judgement under "
        "the framework Ofsted introduced in 2023.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-31",
        "the sixth North West council",
        kind="rank",
        altered=("sixth", "ninth"),
    )


def test_how_many_a_framework_has_reported_on(tmp_path, corpus_db):
    # ilacs2018 reports by 23 May 2018: Rochdale, Oxfordshire; none outstanding overall;
    # ilacs2026 reports by 20 Jun 2026: two
    text = (
        "Oxfordshire was rated good.\n\n"
        "Oxfordshire is one of two councils to have had ILACS reports published so far.\n\n"
        "No council has yet been rated outstanding overall under ILACS.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-05-23",
        ("one of two councils to have had", "No council has yet been rated"),
        altered=("one of two", "one of nine"),
        caught="one of nine councils",
    )
    text = (
        "Somerset's children's services were judged under the framework introduced in 2026.\n\n"
        "Somerset is one of the first councils to be inspected under the new framework, and one "
        "of only two nationally to have had reports published under it so far.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-06-20",
        "one of only two nationally",
        altered=("only two", "only nine"),
    )


def test_out_of_so_many_inspected_so_far_after_a_rank(tmp_path, corpus_db):
    # ilacs2023 by 5 Sep 2024: 74 councils reported on; Enfield (4 Sep 2024) the 21st with
    # children in care outstanding
    text = (
        "Enfield's children in care were judged outstanding.\n\n"
        "Enfield is the 21st council to have children in care rated outstanding under the "
        "current framework, out of 74 inspected so far.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-09-05",
        "out of 74 inspected so far",
        kind="count",
        altered=("out of 74", "out of 90"),
        caught="out of 90 inspected",
    )
    assert _claim(claims, "the 21st council")["verdict"] == "supported"


def test_the_first_time_a_judgement_is_better_than_a_grade(tmp_path, corpus_db):
    # Haringey help and protection: requires improvement (2014, 2018), good (11 Apr 2023)
    text = (
        "Haringey's children's services were rated good.\n\n"
        "It is the first time since Ofsted's single inspection framework began that Haringey's "
        "services for children who need help and protection have been rated better than "
        "requires improvement.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-04-12")
    assert _claim(claims, "better than")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_a_region_that_has_no_council_with_a_grade(tmp_path, corpus_db):
    # North West on 1 Jun 2024: no council's latest overall grade outstanding
    text = (
        "Stockport rated good - but the North West still has no outstanding council\n\n"
        "Stockport's children's services are rated good, Ofsted has ruled.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-06-01",
        "has no outstanding council",
        kind="count",
        altered=("no outstanding", "no good"),
    )


def test_a_regions_count_with_a_list_that_leaves_one_out(tmp_path, corpus_db):
    # East Midlands requires improvement on 20 Mar 2024: Leicestershire, North
    # Northamptonshire, West Northamptonshire, Rutland
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands.\n\n"
        "At the other end of the table, three councils in the region are currently rated "
        "requires improvement: Leicestershire, North Northamptonshire and Rutland.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    c = _claim(claims, "three councils in the region")
    assert (c["type"], c["verdict"]) == ("count", "contradicted"), c
    full = text.replace("three", "four").replace(
        "North Northamptonshire and", "North Northamptonshire, West Northamptonshire and"
    )
    claims = _check(tmp_path, corpus_db, full, "2024-03-20")
    assert _claim(claims, "four councils in the region")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_the_regions_only_councils_with_a_grade(tmp_path, corpus_db):
    # East Midlands on 20 Mar 2024: Nottingham the one council inadequate; Derby and
    # Lincolnshire the two outstanding
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands.\n\n"
        "Nottingham is the region's only inadequate council. Derby and Lincolnshire, both "
        "rated outstanding, are the region's only two outstanding councils.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        ("the region's only inadequate", "the region's only two", "both rated outstanding"),
        altered=("Nottingham is", "Rutland is"),
    )
    c = _claim(claims, "the region's only two")
    assert "both rated" not in c["text"], c
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "the region's only two",
        altered=("Derby and Lincolnshire", "Derby and Rutland"),
    )


def test_each_council_named_as_the_only_ones_holds_the_grade(tmp_path, corpus_db):
    # East Midlands outstanding on 20 Mar 2024: Derby, Lincolnshire (Nottingham inadequate)
    text = (
        "Derbyshire's children's services were rated good, the latest in the East Midlands.\n\n"
        "Derby and Lincolnshire are the only two outstanding councils in the region.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-20",
        "the only two",
        altered=("Lincolnshire", "Nottingham"),
    )


def test_one_of_so_many_safeguarding_boards_with_the_top_grade(tmp_path, corpus_db):
    # SIF safeguarding children boards outstanding by 14 Jun 2017: London Corporation, Hackney,
    # York, Derby
    text = (
        "Derby's children's services were rated outstanding. The Derby Safeguarding Children "
        "Board was also judged outstanding. It is one of only four safeguarding boards "
        "nationally to achieve the top grade under the current inspection regime.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2017-06-14",
        "It is one of only four",
        kind="rank",
        altered=("only four", "only seven"),
        none_contradicted=False,  # its first sentence is contradicted: Derby was good in 2017
    )
