"""`ilacs check`: ranks and counts, round 21: a national tally within the reports a framework
has published ("X's report is among 44 published so far under the current framework. Of those,
18 ..."), a region's tally of its councils' latest grades ("Across the region's 10 councils, three
are now good ..."), "the only Greater Manchester council", "an overall rating of good", "The
region now has ...", "as a whole ..., including A and B", and years given councils in turn
("Sefton and Bury remain inadequate, rated in 2022 and 2021")."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


def _contradicted(claims: list[dict]) -> list[dict]:
    return [x for x in claims if x["verdict"] == "contradicted"]


def test_counts_within_the_reports_a_framework_has_published(tmp_path, corpus_db):
    # ilacs2023 reports published by 20 Mar 2024: 44; overall good 18, outstanding 8,
    # requires improvement 12, inadequate 6
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Derbyshire's report is among 44 published so far under the current framework. Of "
        "those, 18 councils have been judged good and 8 outstanding, while 12 require "
        "improvement and 6 are inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    assert _claim(claims, "among 44 published")["verdict"] == "supported"
    assert _claim(claims, "18 councils have been judged good")["verdict"] == "supported"
    assert _claim(claims, "8 outstanding")["verdict"] == "supported"
    assert not _contradicted(claims), claims
    wrong = _check(
        tmp_path, corpus_db, text.replace("8 outstanding", "11 outstanding"), "2024-03-20"
    )
    assert _claim(wrong, "11 outstanding")["verdict"] == "contradicted"


def test_a_regions_tally_of_its_councils_latest_grades(tmp_path, corpus_db):
    # East Midlands on 20 Mar 2024 (10 councils): good 3, outstanding 2, requires improvement
    # 4, inadequate 1
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Across the region's 10 councils, taking each one's latest inspection, three are now "
        "good and two outstanding, with four requiring improvement. One is inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    c = _claim(claims, "with four requiring improvement")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    assert _claim(claims, "two outstanding")["verdict"] == "supported"
    assert not _contradicted(claims), claims
    wrong = _check(
        tmp_path, corpus_db, text.replace("four requiring", "six requiring"), "2024-03-20"
    )
    assert _claim(wrong, "six requiring")["verdict"] == "contradicted"


def test_a_tally_named_by_region_and_none_after_it(tmp_path, corpus_db):
    # East Midlands on 20 Mar 2024: no council inadequate other than one; none outstanding in
    # every judgement; overall outstanding 2
    text = (
        "Derbyshire County Council's children's services were rated good.\n\n"
        "Across the 10 councils in the East Midlands, three are now rated good, four require "
        "improvement and two are outstanding. None is inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-20")
    assert _claim(claims, "three are now rated good")["verdict"] == "supported"
    c = _claim(claims, "None is inadequate")
    assert (c["type"], c["verdict"]) == ("count", "contradicted"), c
    ok = _check(
        tmp_path, corpus_db, text.replace("None is inadequate", "None is outstanding"), "2024-03-20"
    )
    assert _claim(ok, "None is outstanding")["verdict"] == "contradicted"


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
    claims = _check(tmp_path, corpus_db, text, "2024-06-01")
    c = _claim(claims, "one of three councils")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c
    assert not _contradicted(claims), claims
    wrong = _check(tmp_path, corpus_db, text.replace("one of three", "one of five"), "2024-06-01")
    assert _claim(wrong, "one of five councils")["verdict"] == "contradicted"


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
    claims = _check(tmp_path, corpus_db, text, "2025-11-27")
    assert _claim(claims, "five councils are rated")["verdict"] == "supported"
    wrong = _check(
        tmp_path, corpus_db, text.replace("five councils", "eight councils"), "2025-11-27"
    )
    assert _claim(wrong, "eight councils are rated")["verdict"] == "contradicted"


def test_years_given_councils_in_turn(tmp_path, corpus_db):
    # Sefton inadequate (inspected 2022, published 9 May 2022); Bury inadequate (inspected
    # 2021, published 17 Dec 2021)
    text = "Sefton and Bury remain inadequate, rated in 2022 and 2021.\n"
    claims = _check(tmp_path, corpus_db, text, "2023-06-01")
    assert _claim(claims, "Sefton and Bury")["verdict"] == "supported"
    wrong = _check(
        tmp_path, corpus_db, text.replace("2022 and 2021", "2020 and 2021"), "2023-06-01"
    )
    assert _claim(wrong, "Sefton and Bury")["verdict"] == "contradicted"
