"""`ilacs check`: ranks and counts, round 22: a number of councils said to hold a grade is a
count, not a grade of the council the article is about ("Twelve North West authorities currently
require improvement", "Not one council in England has yet been rated outstanding", "with 12
requiring improvement"); a count of recommendations of the report of a year the article has
just named ("That first report ... the council was handed nine recommendations"); "the only
outstanding authority in West Yorkshire: ..." (the councils named after the colon are not its
subject), "the only one in West Yorkshire"."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_a_regions_number_of_councils_is_a_count(tmp_path, corpus_db):
    # North West on 13 Jun 2018 (22 graded): requires improvement 12, good 7
    text = (
        "Bolton Council's children's services have been rated good by Ofsted.\n\n"
        "Twelve North West authorities currently require improvement.\n\n"
        "Seven North West councils are rated good.\n\n"
        "In the North West, 12 councils currently require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-06-13",
        ("Twelve North West authorities", "Seven North West councils"),
        kind="count",
        altered=("Twelve North West", "Nine North West"),
        caught="Nine North West",
    )


def test_not_one_council_is_a_count_of_none(tmp_path, corpus_db):
    # single inspection framework reports published by 22 Jan 2016: none outstanding overall
    text = (
        "Lincolnshire County Council's children's services were rated good.\n\n"
        "Not one council in England has yet been rated outstanding under the regime.\n\n"
        "Not a single council in England has yet been rated outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2016-01-22",
        "Not one council",
        kind="count",
        altered="Lincolnshire County Council's children's services were rated good.\n\n"
        "Not one council in England has yet been rated inadequate under the regime.\n",
    )


def test_a_tally_with_a_bare_number_is_no_grade_of_the_council(tmp_path, corpus_db):
    # ilacs2023 reports published by 20 Mar 2024: 44; good 18, outstanding 8, requires
    # improvement 12, inadequate 6 (Derbyshire good)
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Derbyshire's report is among 44 published so far under the current framework. Of "
        "those, 18 have been rated good and 8 outstanding, with 12 requiring improvement and "
        "six judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    assert not _contradicted(claims), claims
    assert not [c for c in claims if c["type"] == "grade" and "12 requiring" in c["text"]]


def test_a_count_of_recommendations_of_a_year_named_before(tmp_path, corpus_db):
    # Derbyshire: 9 recommendations in 2014, 4 in 2024; Leeds: 15 in 2015, 2 in 2025; Wigan: 10
    # in 2017, 3 in 2025
    cases = [
        (
            "Derbyshire County Council's children's services have been rated good by Ofsted.\n\n"
            "It is a long way from 2014. That first single inspection report found much to "
            "praise, and the council was handed nine recommendations.\n",
            "2024-01-15",
            "nine recommendations",
        ),
        (
            "Leeds City Council's children's services have been rated outstanding by Ofsted.\n\n"
            "2015: Requires improvement\n\nIn 2015 inspectors found a service on the "
            "mend.\n\nThe report set out 15 areas for improvement.\n",
            "2025-08-15",
            "15 areas for improvement",
        ),
        (
            "Wigan Council's children's services have been rated good by Ofsted.\n\n"
            "Back in 2017, the picture was very different. Inspectors gave the council 10 "
            "recommendations.\n",
            "2025-11-30",
            "10 recommendations",
        ),
    ]
    text, day, words = cases[0]
    held_then_caught(
        tmp_path, corpus_db, text, day, words, altered=("nine", "12"), caught="12 recommendations"
    )
    for text, day, words in cases[1:]:
        claims = _check(tmp_path, corpus_db, text, day)
        assert _claim(claims, words)["verdict"] == "supported", claims
        assert not _contradicted(claims), claims


def test_the_only_one_in_a_place_and_councils_after_a_colon(tmp_path, corpus_db):
    # West Yorkshire on 1 Jun 2024: Leeds outstanding (2022), Calderdale and Wakefield good,
    # Bradford inadequate, Kirklees requires improvement
    for sentence in (
        "It is still the only outstanding authority in West Yorkshire: Calderdale and Wakefield "
        "are rated good, and Bradford is inadequate.",
        "It remains the only council in West Yorkshire rated outstanding: Bradford is still "
        "inadequate.",
        "The council is the only one in West Yorkshire rated outstanding.",
    ):
        text = (
            "Leeds City Council's children's services remain outstanding, Ofsted has said.\n\n"
            f"{sentence}\n"
        )
        claims = _check(tmp_path, corpus_db, text, "2024-06-01")
        assert _claim(claims, "West Yorkshire")["verdict"] == "supported", claims
        assert not _contradicted(claims), claims


def test_the_only_council_nationally_under_a_framework(tmp_path, corpus_db):
    # ilacs2023: care leavers outstanding first Bexley (24 Mar 2023), then Essex (11 Aug
    # 2023); outstanding overall first Hertfordshire (10 Mar 2023), then Bexley
    claims = _check(
        tmp_path,
        corpus_db,
        "Essex County Council's children's services have been rated outstanding.\n\n"
        "In England, only Bexley had previously been rated outstanding for care leavers under "
        "the new framework, making Essex the second.\n",
        "2023-08-12",
    )
    c = _claim(claims, "only Bexley had previously")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c
    assert not _contradicted(claims), claims
    claims = _check(
        tmp_path,
        corpus_db,
        "Bexley Council's children's services have been rated outstanding.\n\n"
        "Nationally, only Hertfordshire had already been rated outstanding overall under the "
        "new inspection framework.\n",
        "2023-03-25",
    )
    assert _claim(claims, "only Hertfordshire")["verdict"] == "supported", claims
    assert not _contradicted(claims), claims
    wrong = _check(
        tmp_path,
        corpus_db,
        "Portsmouth City Council's children's services have been rated good.\n\n"
        "Nationally, only Stockport had previously been rated outstanding for help and "
        "protection under the new framework.\n",
        "2023-07-05",
    )
    assert _claim(wrong, "only Stockport")["verdict"] == "contradicted"


def test_the_first_time_in_a_span_of_years(tmp_path, corpus_db):
    # Doncaster: good in January 2018 (SIF), requires improvement in 2022, good in March 2025
    text = (
        "Doncaster Council's children's services have been rated good for the first time in "
        "seven years.\n\n"
        "It is the first time in more than seven years that Doncaster has been judged good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-03-20",
        ("first time in seven years", "first time in more than seven"),
        altered="Doncaster Council's children's services have been rated good for the first time "
        "in 12 years.\n",
        caught="first time in 12 years",
    )


def test_one_of_a_number_of_councils_holds_the_grade_itself(tmp_path, corpus_db):
    # Lincolnshire outstanding (14 Jun 2023): "one of two councils ... rated requires
    # improvement" says its own grade too, and is contradicted
    claims = _check(
        tmp_path,
        corpus_db,
        "Lincolnshire County Council's children's services have been rated outstanding.\n\n"
        "Lincolnshire is one of just two councils in the East Midlands currently rated requires "
        "improvement, alongside Derby.\n",
        "2023-06-15",
    )
    assert _contradicted(claims), claims
