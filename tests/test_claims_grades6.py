"""Grades in the language of local news (round 6): the areas an exception leaves out, the area
named as what the council does ("helps and protects children"), a committee paper's previous
grade in brackets, a jump's date that is the old grade's, "two years later" after a dated
clause, and a county council abolished before this one."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with


def test_every_area_apart_from_and_the_way_it_helps_and_protects(tmp_path, corpus_db):
    # Wirral SIF report, 20 September 2016: inadequate overall, leaders, help and protection,
    # care leavers; requires improvement for children looked after and adoption
    claims = check_text(
        tmp_path,
        corpus_db,
        "Wirral's children's services have improved since 2016, when every area was judged "
        "inadequate apart from children in care and adoption.\n",
        "2019-08-01",
    )
    assert claim_with(claims, "apart from")["verdict"] == "supported"
    claims = check_text(
        tmp_path,
        corpus_db,
        "Wirral's children's services have improved since 2016, when every area was judged "
        "inadequate apart from adoption.\n",
        "2019-08-01",
    )
    assert claim_with(claims, "apart from")["verdict"] == "contradicted"
    # Newcastle upon Tyne, 25 June 2025: good overall, outstanding for help and protection
    claims = check_text(
        tmp_path,
        corpus_db,
        "Newcastle City Council's children's services are good, Ofsted says. The way the council "
        "helps and protects children was rated 'outstanding'.\n",
        "2025-06-26",
    )
    assert claim_with(claims, "helps and protects")["verdict"] == "supported"


def test_previous_grade_in_brackets(tmp_path, corpus_db):
    # Somerset SIF reports: 27 March 2015 inadequate throughout; 29 January 2018 requires
    # improvement throughout
    claims = check_text(
        tmp_path,
        corpus_db,
        "Report to the Scrutiny Committee: Somerset County Council Ofsted inspection outcome.\n"
        "Leadership, management and governance: requires improvement (2015: inadequate)\n"
        "Children who need help and protection: requires improvement (2015: good)\n",
        "2018-03-01",
    )
    assert claim_with(claims, "Leadership, management")["verdict"] == "supported"
    assert claim_with(claims, "(2015: good)")["verdict"] == "contradicted"


def test_a_jump_from_a_year_and_years_later(tmp_path, corpus_db):
    # Wirral: leadership inadequate (SIF 2016), good (ILACS report of 29 July 2019)
    text = (
        "Wirral Council's children's services now require improvement. Inspectors judged the "
        "impact of leaders as good, a jump of {} from 2016.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("two grades"), "2019-08-01")
    assert "contradicted" not in {c["verdict"] for c in claims}
    claims = check_text(tmp_path, corpus_db, text.format("one grade"), "2019-08-01")
    assert claim_with(claims, "one grade")["verdict"] == "contradicted"
    # Dudley: SIF report 5 April 2016 inadequate; ILACS report 10 December 2018 requires
    # improvement
    claims = check_text(
        tmp_path,
        corpus_db,
        "Dudley Council's children's services were judged inadequate in 2016 but had improved to "
        "'requires improvement to be good' two years later.\n",
        "2023-02-01",
    )
    assert claim_with(claims, "two years later")["verdict"] == "supported"


def test_the_county_council_abolished_before_this_one(tmp_path, corpus_db):
    # Westmorland and Furness: created 1 April 2023 when Cumbria County Council was abolished;
    # ilacs holds no report of Cumbria's
    claims = check_text(
        tmp_path,
        corpus_db,
        "Westmorland and Furness Council's children's services have been rated good.\n\n"
        "The new council began work when Cumbria County Council was abolished in April 2023. "
        "The county council's children's services had been rated requires improvement in "
        "2022.\n",
        "2024-07-13",
    )
    assert claim_with(claims, "county council's")["verdict"] == "not_in_record"


def test_a_sentence_dated_by_the_one_before(tmp_path, corpus_db):
    # Barnet: SIF report of July 2017 inadequate (help and protection, children looked after,
    # leadership); ILACS report of 1 July 2019 good throughout
    claims = check_text(
        tmp_path,
        corpus_db,
        "In July 2017 Ofsted judged Barnet's children's services to be inadequate. Help and "
        "protection, children looked after and leadership were all judged inadequate.\n",
        "2019-07-10",
    )
    assert claim_with(claims, "were all judged")["verdict"] == "supported"


def test_councils_set_aside_are_not_graded(tmp_path, corpus_db):
    # Brent, ILACS 2026 report of 17 June 2026: good throughout; North Northamptonshire (7 July
    # 2026) outstanding for leaders
    claims = check_text(
        tmp_path,
        corpus_db,
        "Besides North Northamptonshire, Brent was judged good on every measure.\n",
        "2026-07-08",
    )
    assert claim_with(claims, "good on every measure")["verdict"] == "supported"


def test_how_many_times_and_how_many_running(tmp_path, corpus_db):
    # Surrey: SIF reports of 3 June 2015 and 16 May 2018 inadequate; ILACS 2023 report of
    # 9 May 2025 good
    text = (
        "Surrey County Council's children's services are now rated good, after the department "
        "was {} judged inadequate in the past decade.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("twice"), "2025-05-10")
    assert claim_with(claims, "judged inadequate")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("three times"), "2025-05-10")
    assert claim_with(claims, "judged inadequate")["verdict"] == "contradicted"
    # Newcastle upon Tyne: SIF 2017 requires improvement, then good twice (ILACS reports of
    # 2019 and 25 June 2025)
    text = "Newcastle's children's services have been rated good for the {} inspection running.\n"
    claims = check_text(tmp_path, corpus_db, text.format("second"), "2025-06-26")
    assert claim_with(claims, "running")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("third"), "2025-06-26")
    assert claim_with(claims, "running")["verdict"] == "contradicted"


def test_counts_of_councils_are_no_grade_of_one(tmp_path, corpus_db):
    # Bolton, SIF report of 21 March 2014: requires improvement overall (and for leaders and
    # help and protection; good for children looked after)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Bolton Council was among the first councils inspected under the new regime, and one "
        "of four of those to be told it requires improvement, while 17 remain inadequate.\n",
        "2014-03-23",
    )
    assert "contradicted" not in {c["verdict"] for c in claims if c["type"] == "grade"}
    assert claim_with(claims, "requires improvement")["verdict"] == "supported"


def test_inadequate_overall_and_in_every_judgement_other_than_one(tmp_path, corpus_db):
    # Somerset SIF report of 27 March 2015: inadequate overall and in every judgement but
    # adoption (requires improvement)
    text = (
        "Somerset County Council's children's services were judged inadequate in 2015 overall "
        "and in every key judgement other than {}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("adoption"), "2015-04-01")
    assert claim_with(claims, "other than")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("care leavers"), "2015-04-01")
    assert claim_with(claims, "other than")["verdict"] == "contradicted"


def test_it_rates_good_overall_and_good_for_areas(tmp_path, corpus_db):
    # Cumberland, ILACS 2023 report of 26 November 2024: good overall, for leaders, children in
    # care and care leavers; requires improvement for help and protection
    text = (
        "The Ofsted report rates Cumberland Council good overall and good for the impact of its "
        "leaders, for children in care and for {}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("care leavers"), "2024-11-27")
    assert claim_with(claims, "rates Cumberland")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("help and protection"), "2024-11-27")
    assert claim_with(claims, "rates Cumberland")["verdict"] == "contradicted"
