"""`ilacs check`: ranks and counts, round 18: "since Ofsted launched its new-style inspections
... last year" names the framework that came in that year, and "A and B are the only other
<region> councils rated <grade>" counts the councils named and the article's own one."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught


def test_new_style_inspections_launched_last_year_is_that_framework(tmp_path, corpus_db):
    # ILACS (2018) reports with overall inadequate by 27 Aug 2019: Medway the ninth
    text = (
        "Medway council's children's services have been rated inadequate by Ofsted.\n\n"
        "It is the ninth council to be rated inadequate since Ofsted launched its new-style "
        "inspections of children's services last year.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-08-28",
        "ninth council",
        kind="rank",
        altered=("ninth", "fifth"),
    )


def test_the_only_other_councils_named_count_with_the_articles_own(tmp_path, corpus_db):
    # 8 Jul 2025, latest overall outstanding in the East Midlands: Lincolnshire,
    # Leicestershire, Derby
    text = (
        "Derby City Council's children's services have been rated outstanding by Ofsted.\n\n"
        "Lincolnshire and Leicestershire are the only other East Midlands councils currently "
        "rated outstanding overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-07-08")
    c = _claim(claims, "only other")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c
    assert not [x for x in claims if x["verdict"] == "contradicted"], claims


def test_a_place_after_councils_that_all_came_before_it_is_checked(tmp_path, corpus_db):
    # ilacs2023, London, overall outstanding by publication: Bexley, Hillingdon, Bromley
    # (12 Jan 2024), then Hammersmith and Fulham (16 May 2024): the fourth
    text = (
        "Hammersmith & Fulham's children's services were rated outstanding in a report "
        "published on 16 May 2024.\n\n"
        "Hammersmith & Fulham is the fourth London borough to be rated Outstanding under the "
        "framework introduced in 2023, after Bexley, Hillingdon and Bromley.\n"
    )
    wrong = text.replace("fourth", "third").replace(
        "Bexley, Hillingdon and Bromley", "Bexley and Hillingdon"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-06-25",
        "fourth London",
        altered=wrong,
        caught="third London",
    )


def test_a_rank_of_that_leap_is_of_the_move_said_before(tmp_path, corpus_db):
    # inadequate -> good with the good grade under ilacs2023, by publication: East Riding,
    # St Helens, Medway, BCP, then Sefton (12 Aug 2025): the fifth
    text = (
        "Sefton council's children's services have been rated good by Ofsted, up from "
        "inadequate.\n\n"
        "Sefton has gone straight from inadequate to good at its next inspection. Nationally, "
        "it is the fifth council to make that leap since Ofsted's current framework was "
        "introduced in January 2023.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-08-13",
        "make that leap",
        kind="rank",
        altered=("fifth", "third"),
    )
