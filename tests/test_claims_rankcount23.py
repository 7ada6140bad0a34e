"""`ilacs check`: counts, ranks and regions, round 23: "no North East council is rated
outstanding", "Not one North East council holds an outstanding rating" (none of a region's
councils: a count, not the grade of the council the article is about; a place ilacs cannot count
within gives no count); "X was rated good, joining A and B, while C remains the only ... rated
inadequate" (A and B share the grade said before them, not the one said after them of C)."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_no_council_of_a_region_is_a_count_of_none(tmp_path, corpus_db):
    # South East on 1 Jun 2024: no council rated inadequate (Calderdale, the subject, is good)
    text = (
        "Calderdale Council's children's services have been rated good by Ofsted.\n\n"
        "Elsewhere, no South East council is rated inadequate.\n\n"
        "Not one South East council holds an inadequate rating.\n\n"
        "But no South East authority is currently rated inadequate, figures show.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-06-01",
        ("no South East council", "Not one South East council", "no South East auth"),
        kind="count",
        altered="Calderdale Council's children's services have been rated good by Ofsted.\n\n"
        "Elsewhere, no South East council is rated good.\n",
    )


def test_none_of_a_place_ilacs_cannot_count_is_no_grade_and_no_count(tmp_path, corpus_db):
    # Tees Valley, the Black Country: places, not regions; Calderdale was good then
    text = (
        "Calderdale Council's children's services have been rated good by Ofsted.\n\n"
        "Not one Tees Valley council is rated outstanding.\n\n"
        "No Tees Valley authority is rated inadequate.\n\n"
        "No Black Country council holds a good rating.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-06-01")
    assert not _contradicted(claims), claims


def test_councils_joined_share_the_grade_said_before_them(tmp_path, corpus_db):
    # at 1 Sep 2025: Kirklees good (Aug 2024), Calderdale good (May 2024), Wakefield good (Jul
    # 2025), Bradford inadequate (Jan 2023), Leeds outstanding (Aug 2025)
    text = (
        "Wakefield Council's children's services were rated good in July.\n\n"
        "Kirklees was rated good, joining Calderdale and Wakefield, while Bradford is rated "
        "inadequate.\n\n"
        "Wakefield was rated good, alongside Calderdale and Kirklees, while Bradford is still "
        "rated inadequate.\n\n"
        "Calderdale is rated good, like Kirklees and Wakefield, while Leeds is outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-09-01",
        "joining Calderdale and Wakefield",
        kind="grade",
        altered="Wakefield Council's children's services were rated good in July.\n\n"
        "Kirklees was rated good, joining Calderdale and Bradford, while Leeds is rated "
        "outstanding.\n",
        caught="joining Calderdale and Bradford",
    )


_PORTSMOUTH = (
    "Portsmouth City Council's children's services have been rated outstanding in every area "
    "by Ofsted under its new framework.\n\n"
)


def test_a_group_before_this_council_is_the_reports_published_before_its_own(tmp_path, corpus_db):
    # ILACS 2026 reports by 19 Aug 2026: nine before Portsmouth's (18 Aug), one (Trafford, 3
    # Aug) with an area inadequate, three with leadership outstanding
    text = _PORTSMOUTH + (
        "Under the new framework, Portsmouth is the tenth council to be inspected. Of the nine "
        "councils to go before it, only one had an area rated inadequate.\n\n"
        "Under the new framework, Portsmouth's report is the tenth. Of the nine reports "
        "published before it, three had their leadership judged outstanding.\n\n"
        "Under the new framework, Portsmouth's report is the tenth. Of the nine councils "
        "inspected before it, two had their leadership judged requires improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-19",
        ("councils to go before it", "reports published before it"),
        kind="count",
        altered=_PORTSMOUTH
        + "Under the new framework, Portsmouth is the tenth council to be inspected. Of the "
        "nine councils to go before it, none had an area rated inadequate.\n",
        caught="to go before it",
    )


def test_a_reports_place_under_a_framework_is_a_rank(tmp_path, corpus_db):
    # Portsmouth's ILACS 2026 report (18 Aug 2026) was the tenth published
    text = _PORTSMOUTH + (
        "Portsmouth's report, published yesterday, is only the tenth under the new "
        "arrangements.\n\n"
        "It is the tenth report published under the revised framework.\n\n"
        "The council's inspection was the tenth since the new framework came in.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-19",
        ("only the tenth under the new", "the tenth report published"),
        kind="rank",
        altered=_PORTSMOUTH + "Portsmouth's report is only the sixth under the new arrangements.\n",
        caught="the sixth under",
    )


def test_a_number_that_had_a_judgement_graded_is_no_grade_of_the_council(tmp_path, corpus_db):
    # Portsmouth outstanding in every area; the others' grades are not its own
    text = _PORTSMOUTH + (
        "Of the councils inspected earlier, three had leadership judged inadequate.\n\n"
        "Elsewhere, four have had their help and protection rated requires improvement.\n\n"
        "Nationally, 12 had an area judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-08-19")
    assert not _contradicted(claims), claims


def test_the_councils_a_count_includes_hold_its_grade(tmp_path, corpus_db):
    # North East on 1 Jun 2024: good 5 (Gateshead, Durham, Darlington among them), requires
    # improvement 3 (Middlesbrough, Stockton-on-Tees, Redcar and Cleveland)
    text = (
        "Hartlepool Borough Council's children's services have been rated outstanding.\n\n"
        "Five North East councils are rated good, including Gateshead, Durham and Darlington.\n\n"
        "In the North East, three councils are rated requires improvement, among them "
        "Middlesbrough and Stockton-on-Tees.\n\n"
        "Five of the North East's 12 councils are rated good, including Gateshead.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-06-01")
    c = _claim(claims, "including Gateshead, Durham")
    assert (c["type"], c["verdict"]) == ("grade", "supported"), c
    c = _claim(claims, "Five North East councils are rated good")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    assert "including" not in c["text"], c
    assert not _contradicted(claims), claims
    # a count that is wrong is wrong on its own words, not on the councils it includes
    wrong = _check(
        tmp_path,
        corpus_db,
        "Hartlepool Borough Council's children's services have been rated outstanding.\n\n"
        "Nine North East councils are rated good, including Gateshead, Durham and Darlington.\n\n"
        "Five North East councils are rated good, including Gateshead and Middlesbrough.\n",
        "2024-06-01",
    )
    c = _claim(wrong, "Nine North East councils")
    assert (c["type"], c["verdict"]) == ("count", "contradicted"), c
    assert _claim(wrong, "including Gateshead, Durham")["verdict"] == "supported"
    assert _claim(wrong, "including Gateshead and Middlesbrough")["verdict"] == "contradicted"


def test_a_second_place_in_the_region_is_within_the_councils_own_region(tmp_path, corpus_db):
    # ILACS 2023 reports outstanding in every area by 20 Apr 2025: 11 (York and Camden on 15
    # Apr 2025); in Yorkshire and the Humber, North Yorkshire (Aug 2023) then York
    text = (
        "City of York Council's children's services have been rated outstanding in every "
        "area.\n\n"
        "Nationally it is one of 11 councils to achieve a clean sweep of outstanding grades "
        "since Ofsted's framework was updated in 2023, and only the second in the region after "
        "North Yorkshire.\n\n"
        "It is one of 11 councils to be rated outstanding in all five areas under the 2023 "
        "framework, and the second across the region.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-20",
        "only the second in the region",
        kind="rank",
        altered=("only the second in the region", "only the fourth in the region"),
    )


def test_the_revised_ilacs_by_its_long_name_is_the_newest_framework(tmp_path, corpus_db):
    # ILACS 2023 reports by 25 Mar 2023: six councils (Bexley's on 24 Mar); ILACS of any year:
    # about 150
    text = (
        "Bexley's children's services have been rated outstanding.\n\n"
        "Bexley is one of only six councils to have had reports published under the revised "
        "inspection of local authority children’s services (ILACS) arrangements.\n\n"
        "It is one of six councils to have received reports under the updated ILACS framework.\n\n"
        "Bexley is one of just six councils to have been inspected under the new ILACS.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-25",
        "one of only six councils",
        kind="count",
        altered=("one of only six", "one of only 12"),
        caught="one of only 12",
    )


def test_a_regions_total_before_a_count_and_none_after_it(tmp_path, corpus_db):
    # North East on 1 Jun 2019 (12 councils): good 5 (Gateshead, Hartlepool, North Tyneside,
    # South Tyneside, Stockton-on-Tees), outstanding none, inadequate one (Sunderland)
    text = (
        "Calderdale Council's children's services have been rated good.\n\n"
        "Across the North East's 12 councils, just five - Gateshead, Hartlepool, North "
        "Tyneside, South Tyneside and Stockton-on-Tees - are currently rated good. None is "
        "rated outstanding.\n\n"
        "Among the North East's 12 councils, only one - Sunderland - is rated inadequate.\n\n"
        "Gateshead sits among five North East councils rated good.\n\n"
        "Across the 12 councils in the North East, five are currently rated good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-06-01")
    c = _claim(claims, "just five")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    c = _claim(claims, "None is rated outstanding")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    c = _claim(claims, "among five North East councils")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    c = _claim(claims, "five are currently rated good")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    assert not _contradicted(claims), claims
    # "None ..." after a sentence that names no region nor the country: no scope to count in
    other = _check(
        tmp_path,
        corpus_db,
        "Calderdale Council's children's services have been rated good.\n\n"
        "In the old county, just three of the five councils are rated good. None is rated "
        "outstanding.\n",
        "2025-06-01",
    )
    assert not _contradicted(other), other
    # ... but Tyne and Wear is a group of councils a count can be of: on 1 June 2025 two of its
    # five (Newcastle upon Tyne, Gateshead) are rated good, and two outstanding (North Tyneside
    # and Sunderland)
    tyne = _check(
        tmp_path,
        corpus_db,
        "Calderdale Council's children's services have been rated good.\n\n"
        "In Tyne and Wear, just three of the five councils are rated good. None is rated "
        "outstanding.\n",
        "2025-06-01",
    )
    assert _claim(tyne, "just three of the five")["verdict"] == "contradicted"
    assert _claim(tyne, "None is rated outstanding")["verdict"] == "contradicted"


def test_the_number_of_councils_of_a_grade_in_a_region_is_a_count(tmp_path, corpus_db):
    # North East on 1 Jun 2023: outstanding 2 of 12; South West: good 7 of 15
    text = (
        "Calderdale Council's children's services have been rated good.\n\n"
        "The verdict takes the number of outstanding councils in the North East to two.\n\n"
        "It lifts the number of good authorities across the South West to seven, out of the "
        "region's 15.\n\n"
        "It brings the number of inadequate authorities in Greater Manchester to three.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-06-01",
        ("outstanding councils in the North East to two", "good authorities across the South West"),
        kind="count",
        altered=("North East to two", "North East to five"),
        caught="North East to five",
    )


def test_a_region_that_has_no_council_of_a_grade(tmp_path, corpus_db):
    # 17 Mar 2023: no North West council outstanding; North East: one inadequate (Middlesbrough)
    text = (
        "Calderdale Council's children's services have been rated good.\n\n"
        "The report is the latest blow for the North West, which now has no council rated "
        "outstanding.\n\n"
        "The county now has no council rated outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-17",
        "which now has no council rated outstanding",
        kind="count",
        altered="Calderdale Council's children's services have been rated good.\n\n"
        "The North East now has no council rated inadequate.\n",
        caught="no council rated inadequate",
    )


def test_the_capital_is_london(tmp_path, corpus_db):
    # London on 20 Apr 2025: 14 councils rated outstanding overall (Camden's report 15 Apr)
    text = (
        "Camden's children's services have been rated outstanding.\n\n"
        "Camden is one of 14 boroughs in the capital rated outstanding.\n\n"
        "Camden joins Westminster as one of 14 boroughs across the capital that currently hold "
        "the top grade.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-04-20",
        "one of 14 boroughs in the capital",
        kind="rank",
        altered=("one of 14 boroughs in", "one of 20 boroughs in"),
        caught="one of 20 boroughs",
    )


def test_a_rank_with_the_councils_ahead_named_in_an_aside(tmp_path, corpus_db):
    # single inspection framework reports in Yorkshire and the Humber: Sheffield, Bradford,
    # North Yorkshire, Barnsley, Rotherham (19 Nov 2014), Hull (10 Feb 2015)
    text = (
        "Rotherham's children's services have been rated inadequate.\n\n"
        "Rotherham is the fifth council in Yorkshire and the Humber, after Sheffield, Bradford, "
        "North Yorkshire and Barnsley, to be inspected under Ofsted's tougher new framework.\n\n"
        "It is the fifth council in the region, following Sheffield, Bradford, North Yorkshire "
        "and Barnsley, to have its report published under the single inspection framework.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2014-11-20",
        "is the fifth council in Yorkshire",
        kind="rank",
        altered=("is the fifth council in Y", "is the third council in Y"),
        caught="is the third council in Y",
    )


def test_a_share_told_a_grade(tmp_path, corpus_db):
    # single inspection framework reports by 1 Jun 2015: 53 councils, 29 requiring improvement
    # and 11 inadequate
    text = (
        "Sefton's children's services have been rated good.\n\n"
        "Nationally, more than half of the 53 councils whose reports have been published under "
        "the single inspection framework have been told they require improvement.\n\n"
        "Across England, a fifth of the 53 councils whose reports have been published under the "
        "single inspection framework have been told that they are inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2015-06-01",
        "told they require improvement",
        kind="count",
        altered=("more than half of the 53", "a third of the 53"),
        caught="a third of the 53",
    )
