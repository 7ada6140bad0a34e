"""`ilacs check`: ranks and counts, round 20: "X joins Y as the only London boroughs rated
inadequate" (a place-word before the councils counted), and a continued rank ("..., and the
first in the region to ...") that names a judgement of its own."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught


def test_joins_another_as_the_only_councils_of_a_place(tmp_path, corpus_db):
    # London overall inadequate on 4 Mar 2025: Havering (16 Feb 2024) and Harrow (4 Mar 2025)
    text = (
        "Harrow Council's children's services have been rated inadequate by Ofsted.\n\n"
        "Harrow joins Havering as the only London boroughs currently rated inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-03-04",
        "joins Havering",
        kind="rank",
        altered=("Havering", "Croydon"),
    )


def test_a_continued_rank_that_names_its_own_judgement(tmp_path, corpus_db):
    # North West, leaders outstanding: Salford then Warrington (30 Jul 2024), the second;
    # children in care outstanding: Warrington the first
    text = (
        "Warrington's children's services were judged good.\n\n"
        "Warrington was the second local authority in the North West to be judged outstanding "
        "for the impact of leaders under the current framework, after Salford, and the first "
        "in the region to receive an outstanding judgement for children in care.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-30",
        "the first in the region",
        kind="rank",
        altered=("the first in the region", "the third in the region"),
    )


def test_a_rank_of_councils_to_go_from_one_grade_to_another_over_inspections(tmp_path, corpus_db):
    # overall inadequate at one inspection, outstanding at a later one (not the next): Sunderland
    # (Aug 2021), Bromley (Jan 2024), then Tower Hamlets (inadequate 2017, good 2019,
    # outstanding Jan 2025): the third; in London after Bromley, the second
    text = (
        "Tower Hamlets children's services have been rated outstanding.\n\n"
        "The turnaround makes Tower Hamlets only the third council in England to go from an "
        "inadequate rating to outstanding, after Sunderland and Bromley, and the second in "
        "London.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-14",
        ("the second in London", "only the third council"),
        altered=("second in London", "first in London"),
    )


def test_a_place_among_the_councils_judged_under_a_framework(tmp_path, corpus_db):
    # ilacs2023 reports by publication: Bristol and Hertfordshire (10 Mar 2023), then Rochdale
    # and Slough (17 Mar 2023): the third and fourth "to be judged under" it, i.e. inspected
    text = (
        "Rochdale and Slough are the third and fourth councils to be judged under the revised "
        "inspection of local authority children's services (ILACS) framework, introduced in "
        "January 2023.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-03-20",
        "third and fourth",
        kind="rank",
        altered=("third and fourth", "fifth and sixth"),
    )


def test_a_count_below_good_with_the_councils_named_between_dashes(tmp_path, corpus_db):
    # London latest overall on 4 Dec 2024 below good: Barking and Dagenham, Lambeth (requires
    # improvement), Havering (inadequate): three
    text = (
        "Lambeth's children's services have been rated good.\n\n"
        "Across London, only three councils – Barking and Dagenham, Lambeth and Havering – are "
        "currently rated below good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-12-04")
    c = _claim(claims, "only three councils")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    # (a wrong number: the grade after the list is not the clause's own, so no contradiction)
    wrong = _check(tmp_path, corpus_db, text.replace("three", "seven"), "2024-12-04")
    assert _claim(wrong, "only seven councils")["verdict"] != "supported"
