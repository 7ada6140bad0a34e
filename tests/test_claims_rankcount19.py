"""`ilacs check`: ranks and counts, round 19: a place among a metropolitan county's councils
("the first Greater Manchester council"), a place among the councils "downgraded to" a grade,
a leadership grade "without also being rated outstanding overall", a clause "and is the 29th"
that continues the sentence's subject, and a later clause's count within the group the
sentence opened with."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught


def test_a_place_among_a_metropolitan_countys_councils(tmp_path, corpus_db):
    # ilacs2023 reports of Greater Manchester councils by 2 Nov 2023: Rochdale (requires
    # improvement, 17 Mar 2023), then Bolton (good, 27 Oct 2023): the first rated good
    text = (
        "Bolton becomes the first Greater Manchester authority rated good under the new "
        "Ofsted framework.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-11-02",
        "first Greater Manchester",
        kind="rank",
        altered=("first", "second"),
    )


def test_a_place_among_the_councils_downgraded_to_a_grade(tmp_path, corpus_db):
    # ilacs2023 overall grades falling to requires improvement, by publication: Staffordshire
    # (good, 12 Jan 2024), Suffolk (outstanding, 21 Aug 2024), Cheshire West and Chester
    # (good, 28 Aug 2024): the third
    text = (
        "Cheshire West and Chester is the third council to be downgraded to requires "
        "improvement under the framework introduced in 2023.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-09-02",
        "third council",
        kind="rank",
        altered=("third", "fifth"),
    )


def test_a_leadership_grade_without_the_same_grade_overall(tmp_path, corpus_db):
    # ilacs2023 leaders outstanding: Hertfordshire, Bexley, Lincolnshire (all outstanding
    # overall), then Southampton (28 Jul 2023, good overall): the first without it overall
    text = (
        "Southampton is the first council under the new framework to have its leaders judged "
        "outstanding without being rated outstanding overall.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2023-08-01", "first council", altered=("first", "second")
    )


def test_a_clause_with_no_subject_continues_the_sentences_subject(tmp_path, corpus_db):
    # ilacs2023 overall outstanding by publication: Dorset (9 May 2025) the 29th; Wiltshire
    # (12 Dec 2023) the 7th
    text = (
        "Dorset joins Wiltshire as one of two South West councils rated outstanding, and is "
        "the 29th council in England to receive the top grade under the current framework.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-05-12")
    c = _claim(claims, "29th council")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c


def test_a_later_clause_counts_within_the_group_the_sentence_opened(tmp_path, corpus_db):
    # 86 councils with ilacs2023 reports by 20 Jan 2025: 61 good or outstanding overall, 9
    # inadequate (14+ among all councils' latest grades)
    text = (
        "Barnet's children's services were rated good by Ofsted.\n\n"
        "Of the 86 reports published under the revised framework so far, 61 have given an "
        "overall grade of good or outstanding, while 9 councils have been rated inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-20",
        ("9 councils", "61 have given"),
        altered=("9 councils", "15 councils"),
    )


def test_twice_in_a_row_is_a_run_of_two(tmp_path, corpus_db):
    # overall outstanding at two inspections running, by the day the second came out:
    # Westminster, Kensington and Chelsea (15 Oct 2019), Leeds, North Lincolnshire, then
    # Bexley (24 Mar 2023): the fifth
    text = (
        "Bexley has become only the fifth council in England to be rated outstanding by Ofsted "
        "twice in a row, after inspectors praised its work with care leavers.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-27",
        "fifth council",
        kind="rank",
        altered=("fifth", "third"),
    )


def test_a_count_after_meaning_has_its_own_clause(tmp_path, corpus_db):
    # 20 Aug 2024, latest overall grades of London's 33 authorities: 30 good or outstanding;
    # Waltham Forest good (report of that day)
    text = (
        "Waltham Forest was rated good, meaning 30 of London’s 33 children’s services "
        "authorities are now rated good or outstanding.\n"
    )
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-21",
        "30 of London",
        kind="count",
        altered=("30 of", "26 of"),
    )
    c = _claim(claims, "30 of London")
    assert c["text"].startswith("30 of London"), c
    g = _claim(claims, "Waltham Forest was rated good")
    assert (g["type"], g["verdict"]) == ("grade", "supported"), g


def test_a_regions_councils_are_the_registers(tmp_path, corpus_db):
    # 12 March 2025, latest overall grades of the North East's 12 councils: four outstanding
    text = "Four of the North East's 12 councils now hold the top grade.\n"
    claims = _check(tmp_path, corpus_db, text, "2025-03-12")
    assert _claim(claims, "Four of")["verdict"] == "supported"
    wrong = _check(tmp_path, corpus_db, text.replace("12 councils", "15 councils"), "2025-03-12")
    c = _claim(wrong, "Four of")
    assert c["verdict"] == "contradicted" and "12 councils" in c["explanation"], c
    # a part of the region's councils ("inspected so far") is no total of the region
    part = "Four of the 15 North East councils inspected so far now hold the top grade.\n"
    claims = _check(tmp_path, corpus_db, part, "2025-03-12")
    assert not [x for x in claims if x["verdict"] == "contradicted"], claims


def test_the_first_dozen_is_twelve(tmp_path, corpus_db):
    # ilacs2023 reports by publication: Stockton-on-Tees and Wokingham (9 May 2023) 10th/11th
    text = (
        "Stockton-on-Tees is one of the first dozen councils to be inspected under the revised "
        "framework introduced this year.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2023-05-12", "first dozen", altered=("dozen", "five")
    )


def test_one_of_the_councils_judged_under_the_new_system_counts_its_reports(tmp_path, corpus_db):
    # councils with ilacs2023 reports published by 12 May 2023: 13
    text = (
        "Stockton-on-Tees is one of only 13 councils to have been judged under the new "
        "framework so far.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-05-12",
        "one of only 13",
        kind="count",
        altered=("13", "20"),
    )


def test_a_relative_clause_of_the_framework_is_no_part_of_the_rank(tmp_path, corpus_db):
    # ilacs2026 reports by publication: Brent and Somerset (17 Jun 2026), then North
    # Northamptonshire, West Northamptonshire and Liverpool (7 Jul 2026)
    text = (
        "Brent and Somerset were the first two councils to have reports published under the new "
        "arrangements, which were introduced alongside the government's reforms.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2026-07-10", "first two", altered=("Somerset", "Liverpool")
    )


def test_a_rank_among_a_regions_councils_holds_their_number(tmp_path, corpus_db):
    # Yorkshire and the Humber has 15 councils; Leeds outstanding overall (May 2026)
    text = "Leeds is one of two of the 18 councils in Yorkshire and the Humber rated outstanding.\n"
    claims = _check(tmp_path, corpus_db, text, "2026-05-22")
    c = _claim(claims, "18 councils")
    assert c["verdict"] == "contradicted" and "15 councils" in c["explanation"], c
    right = _check(tmp_path, corpus_db, text.replace("18", "15"), "2026-05-22")
    assert "15 councils with" not in _claim(right, "15 councils")["explanation"]


def test_a_count_after_a_semicolon_is_no_part_of_the_rank_before(tmp_path, corpus_db):
    # 6 Mar 2024: 28 of London's 33 authorities good or outstanding overall, Lewisham good
    text = (
        "Officers said Lewisham was now one of 28 of London's 33 councils to be rated good or "
        "outstanding; only five were rated below good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-03-06")
    assert _claim(claims, "one of 28")["verdict"] == "supported"
