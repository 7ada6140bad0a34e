"""`ilacs check`, round 11: ranks and counts. A rank whose subject is 'it' after 'X joins A, B
and C' is X's; 'so far this year' counts the year's reports; 'this month' and a place that is no
English region ('the second in Greater Manchester') are rankings ilacs does not compute; a count
of an earlier visit's priority actions is not held to the later letter's list; 'the feat' ranked
among councils a grade picks out is two tests; 'the 37th to achieve it' after 'with an
outstanding rating' ranks by that grade; 'outstanding judgements in three areas' is at least
three; 'across all five areas' is every judgement of the framework that makes five."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


def _rank(claims: list[dict], words: str) -> dict:
    hits = [c for c in claims if words in c["text"] and c["type"] in ("rank", "count")]
    assert hits, f"no rank or count holds {words!r}: {[c['text'] for c in claims]}"
    return hits[0]


@pytest.mark.parametrize(("nth", "verdict"), [("42nd", "supported"), ("40th", "contradicted")])
def test_it_after_joins_a_list_is_the_council_that_joins(tmp_path, corpus_db, nth, verdict):
    # Darlington, 24 March 2026: the 42nd ILACS 2023 report outstanding overall
    text = (
        "Darlington Borough Council's children's services have been rated outstanding.\n\n"
        "Darlington joins Durham, Hartlepool, North Tyneside, Northumberland and Sunderland. "
        f"Nationally, it is the {nth} council to be judged outstanding under the inspection "
        "framework Ofsted introduced in 2023.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2026-03-26"), nth)
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("18", "supported"), ("25", "contradicted")])
def test_so_far_this_year_counts_the_years_reports(tmp_path, corpus_db, n, verdict):
    # Manchester, 11 November 2025: 18 ILACS reports published in 2025 outstanding overall
    text = (
        "Manchester City Council's children's services have been rated outstanding by Ofsted. "
        f"It is one of {n} councils rated outstanding so far this year.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2025-11-11"), f"one of {n}")
    assert c["verdict"] == verdict, c


def test_a_ranking_of_the_month_in_a_sub_region_is_not_called_wrong(tmp_path, corpus_db):
    text = (
        "Wigan Council has been rated outstanding for children in care. It is the first "
        "council in the North West to be rated outstanding for children in care under Ofsted's "
        "current framework, and the second in Greater Manchester this month, after Manchester "
        "City Council.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-11-27")
    c = _rank(claims, "the second in Greater Manchester")
    assert c["verdict"] != "contradicted", c


def test_an_earlier_visits_priority_actions_are_not_the_letters(tmp_path, corpus_db):
    # North East Lincolnshire's focused visit letter of December 2019 sets out its own five
    text = (
        "North East Lincolnshire Council's children's services have been rated good. A focused "
        "visit in October 2019 found that two priority actions from an earlier visit had not "
        "been dealt with.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-01")
    hits = [c for c in claims if "two priority actions" in c["text"]]
    assert all(c["verdict"] != "contradicted" for c in hits), hits


@pytest.mark.parametrize(("nth", "verdict"), [("37th", "supported"), ("27th", "contradicted")])
def test_to_achieve_it_after_a_grade_ranks_by_that_grade(tmp_path, corpus_db, nth, verdict):
    text = (
        "Manchester City Council's children's services have been rated outstanding by Ofsted. "
        "Manchester is now one of 40 councils in England with an outstanding rating, and is "
        f"the {nth} to achieve it under the current inspection framework.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2025-11-11"), nth)
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("nth", "verdict"), [("fifth", "supported"), ("third", "contradicted")])
def test_a_rank_for_its_work_with_children_in_care(tmp_path, corpus_db, nth, verdict):
    # Sheffield, 3 November 2023: the fifth ILACS 2023 report with children in care outstanding
    text = (
        f"Sheffield City Council has become only the {nth} local authority to be rated "
        "outstanding for its work with children in care under Ofsted's updated inspection "
        "framework.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2023-11-03"), nth)
    assert c["verdict"] == verdict, c


def test_a_grade_that_picks_the_councils_and_a_feat_that_ranks_them(tmp_path, corpus_db):
    text = (
        "Sheffield City Council's children in care were judged outstanding. The other four "
        "councils to get the top grade for children in care under the framework were all rated "
        "outstanding overall, making Sheffield the first authority judged good overall to "
        "achieve the feat.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-03")
    hits = [c for c in claims if "the first authority" in c["text"] and c["type"] == "rank"]
    assert all(c["verdict"] != "contradicted" for c in hits), hits


@pytest.mark.parametrize(("nth", "verdict"), [("first", "supported"), ("third", "contradicted")])
def test_outstanding_judgements_in_three_areas(tmp_path, corpus_db, nth, verdict):
    # Blackpool, 28 July 2026: the first ILACS 2026 report with three outstanding judgements
    text = (
        f"Blackpool is the {nth} council to receive outstanding judgements in three areas "
        "under Ofsted's new inspection framework.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2026-07-28"), nth)
    assert c["verdict"] == verdict, c


def test_across_all_five_areas_is_every_judgement_of_ilacs_2023(tmp_path, corpus_db):
    text = (
        "Bracknell Forest Council has been rated outstanding by Ofsted. It is the first council "
        "in the South East to be judged outstanding across all five areas.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2026-01-28"), "across all five areas")
    assert c["verdict"] == "supported", c


def test_a_rank_the_corporation_noted(tmp_path, corpus_db):
    # the City of London Corporation, 5 November 2024: the 19th ILACS 2023 outstanding
    text = (
        "The City of London Corporation's children's services have been rated outstanding. "
        "The corporation is only the 17th council to be rated outstanding under Ofsted's "
        "current inspection framework.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2024-11-06"), "17th")
    assert c["verdict"] == "contradicted", c
    assert _claim(_check(tmp_path, corpus_db, text, "2024-11-06"), "17th")


@pytest.mark.parametrize(("n", "verdict"), [("nine", "supported"), ("seven", "contradicted")])
def test_a_plain_good_or_outstanding_count_is_the_overall_grade(tmp_path, corpus_db, n, verdict):
    # 28 January 2026: nine of the North East's 12 councils good or outstanding overall (seven
    # in every judgement, a reading the words do not name)
    text = (
        "Ofsted has published another report on a North East council. The rating means "
        f"{n} of the 12 councils in the North East are now rated good or outstanding.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2026-01-28"), f"{n} of the 12")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("25", "supported"), ("15", "contradicted")])
def test_a_count_of_councils_outstanding_in_both_areas(tmp_path, corpus_db, n, verdict):
    # 27 November 2025: 25 ILACS 2023 reports with children in care and care leavers outstanding
    text = (
        "Wigan Council's children's services have been judged good. It makes Wigan one of only "
        f"{n} councils in England to be rated outstanding for both children in care and care "
        "leavers since Ofsted's current inspection framework came in.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2025-11-27"), f"one of only {n}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("35", "supported"), ("38", "contradicted")])
def test_a_count_within_the_years_reports(tmp_path, corpus_db, n, verdict):
    # 1 January to 3 December 2024: 47 ILACS 2023 reports, 35 good or outstanding overall
    text = (
        "Southend-on-Sea City Council's children's services have been rated good. Of the 47 "
        "councils whose inspections have been published under Ofsted's current framework this "
        f"year, {n} - including Southend - have been rated good or outstanding.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2024-12-03"), f"{n} - including")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("35", "supported"), ("38", "contradicted")])
def test_of_these_after_one_of_the_councils_reported_on(tmp_path, corpus_db, n, verdict):
    text = (
        "Croydon Council's children's services have been rated good. Nationally, Croydon is one "
        "of 47 councils whose full inspection reports under the current ILACS framework have "
        f"been published so far this year. Of these, {n} were judged good or outstanding.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2024-12-03"), f"Of these, {n}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("three", "supported"), ("five", "contradicted")])
def test_the_top_grade_in_a_group_after_an_unread_item(tmp_path, corpus_db, n, verdict):
    # 14 July 2023: 18 ILACS 2023 reports published, three outstanding overall
    text = (
        "Worcestershire County Council's children's services have been rated good. Of the 18 "
        "councils whose reports have been published under the new framework so far, half have "
        f"been rated good or outstanding, while only {n} have received the top grade.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2023-07-14"), f"only {n} have received")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("three", "supported"), ("four", "contradicted")])
def test_a_count_within_berkshire(tmp_path, corpus_db, n, verdict):
    # 30 October 2025: of Berkshire's six unitary councils, Bracknell Forest, Windsor and
    # Maidenhead and West Berkshire good or outstanding overall
    text = (
        "West Berkshire Council's children's services have been rated good. Within Berkshire, "
        f"West Berkshire is one of {n} of the six unitary councils rated good or better, "
        "alongside outstanding Bracknell Forest and good Windsor and Maidenhead.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2025-10-30"), f"one of {n}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("share", "verdict"), [("just over a fifth", "supported"), ("two thirds", None)]
)
def test_a_share_of_the_group(tmp_path, corpus_db, share, verdict):
    # 12 July 2024 ... 51 councils with ILACS 2023 reports by 16 May 2024, 11 outstanding
    text = (
        "Brighton and Hove and Hammersmith and Fulham were also judged outstanding overall. Of "
        "the 51 councils whose reports have been published under the updated framework, "
        f"{share} are now outstanding, while seven have been rated inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-05-16")
    hits = [c for c in claims if share in c["text"] and c["type"] == "count"]
    if verdict is None:
        assert all(c["verdict"] != "supported" for c in hits), hits
    else:
        assert hits and hits[0]["verdict"] == verdict, claims
