"""`ilacs check`, round 9 grades: a 'when' clause takes the time it hangs on ('a big step up
from 2015, when ... were rated requires improvement'); a grade said not to be held ('had not
achieved good overall') holds when the report gives another; a grade left behind named after
the new one takes the date after it ('requires improvement, down from good when Ofsted last
came in 2018')."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    ("grade", "verdict"), [("requires improvement", "supported"), ("inadequate", "contradicted")]
)
def test_a_when_clause_takes_the_time_it_hangs_on(tmp_path, corpus_db, grade, verdict):
    # Warrington: requires improvement overall in the report of 12 May 2015, good in 2024
    text = (
        "Warrington's children's services have been rated good. It is a big step up from "
        f"2015, when the borough's children's services were rated '{grade}'.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-31")
    c = _claim(claims, "when the borough's")
    assert c["verdict"] == verdict, c
    assert "12 May 2015" in c["explanation"]


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("requires improvement", "contradicted")]
)
def test_a_grade_said_not_to_be_held(tmp_path, corpus_db, grade, verdict):
    # Bristol, 10 March 2023: requires improvement overall
    text = (
        "Bristol City Council's children's services have been judged to require improvement "
        "by Ofsted. The Cabinet Member said that she was disappointed the service had not "
        f"achieved {grade} overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-04-24")
    assert _claim(claims, "had not achieved")["verdict"] == verdict


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_the_grade_left_behind_takes_the_date_after_it(tmp_path, corpus_db, grade, verdict):
    # Barnsley help and protection: good in the report of 19 November 2018, requires
    # improvement in that of 27 October 2023 (the report of August 2014 is not the one meant)
    text = (
        "Barnsley's children's services remain good. But the experiences of children who need "
        "help and protection were rated 'requires improvement to be good', down from "
        f"{grade} when Ofsted last came in 2018.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-10-27")
    c = _claim(claims, "down from")
    assert c["verdict"] == verdict, c
    assert "19 November 2018" in c["explanation"]


def test_no_longer_a_grade_is_a_move_not_a_grade_lacked(tmp_path, corpus_db):
    # Wirral: inadequate in the report of 20 September 2016, requires improvement in 2019
    text = (
        "Wirral Council's children's services are no longer rated inadequate, three years "
        "after a damning Ofsted report.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-10-01")
    assert _claim(claims, "no longer rated inadequate")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("requires improvement", "contradicted")]
)
def test_a_grade_shaken_off_is_the_one_before_the_report_just_out(
    tmp_path, corpus_db, grade, verdict
):
    # Blackpool: inadequate in the report of 17 January 2019, requires improvement in that of
    # 1 February 2023
    text = (
        f"Blackpool Council's children's services have shaken off the \"{grade}\" label that "
        "has hung over them for four years, according to an Ofsted report published yesterday.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-02-02")
    c = _claim(claims, "shaken off")
    assert c["verdict"] == verdict, c
    assert "17 January 2019" in c["explanation"]


@pytest.mark.parametrize(
    ("grade", "verdict"), [("requires improvement", "supported"), ("inadequate", "contradicted")]
)
def test_the_area_a_sentence_opens_with_before_an_aside(tmp_path, corpus_db, grade, verdict):
    # St Helens, 4 September 2023: good overall, help and protection requires improvement
    for sentence in (
        f"Help and protection, though, is still rated {grade}.",
        f"Help and protection – the council's front door and child protection work – is still rated {grade}.",
    ):
        text = (
            f"St Helens Council's children's services have been rated good by Ofsted. {sentence}\n"
        )
        claims = _check(tmp_path, corpus_db, text, "2023-09-05")
        assert _claim(claims, f"still rated {grade}")["verdict"] == verdict, claims


def test_a_decade_ago(tmp_path, corpus_db):
    # Lambeth: inadequate in the report of 12 May 2015, good in that of 10 March 2026
    text = (
        "Lambeth's children's services have been rated good by Ofsted.\n\n"
        '"A decade ago Ofsted told us our services were inadequate. Today we are proud," said '
        "the cabinet member.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-11")
    c = _claim(claims, "A decade ago")
    assert c["verdict"] == "supported", c
    assert "12 May 2015" in c["explanation"]


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_a_date_in_the_aside_of_the_grade_before_it(tmp_path, corpus_db, grade, verdict):
    # North Tyneside: good overall in the report of 13 June 2017, outstanding in April 2020
    text = (
        "North Tyneside Council's children's services have been rated outstanding. The council, "
        f"judged {grade} at its previous inspection in 2017, was rated outstanding overall, for "
        "the impact of leaders and for help and protection.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2020-04-16")
    assert _claim(claims, "The council, judged")["verdict"] == verdict


def test_the_opening_area_with_a_relative_clause_and_more_areas_after(tmp_path, corpus_db):
    # Sheffield help and protection: requires improvement in the report of 27 August 2019
    # (overall good), good in that of 3 November 2023; overall requires improvement in 2014
    text = (
        "Sheffield's children's services have been rated good.\n\n"
        "Help and protection, which was rated {g} when Ofsted last inspected in 2019, has now "
        "been judged good, as have care leavers' services and the impact of leaders.\n"
    )
    claims = _check(tmp_path, corpus_db, text.format(g="requires improvement"), "2023-11-03")
    c = _claim(claims, "which was rated")
    assert c["verdict"] == "supported", c
    assert "27 August 2019" in c["explanation"]
    claims = _check(tmp_path, corpus_db, text.format(g="inadequate"), "2023-11-03")
    assert _claim(claims, "which was rated")["verdict"] == "contradicted"


def test_n_more_before_a_list_of_councils_counts_councils(tmp_path, corpus_db):
    # 12 July 2024: Ealing, Nottinghamshire, Oldham, Rutland and Westmorland and Furness all
    # good overall (Ealing requires improvement for help and protection: no five judgements)
    text = (
        "Ofsted published ten reports on Friday. Five more were judged good - Ealing, "
        "Nottinghamshire, Oldham, Rutland and Westmorland and Furness.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-15")
    assert _claim(claims, "Five more were judged good")["verdict"] == "supported"
