"""`ilacs check`: rules of the language of local news found while reading round 36's batches.

Real values from the letters in ../shared: Peterborough's focused visit of 22-23 June 2021
("children in care experience stable placements"), Hartlepool's of 4-5 March 2020 ("has
continued to improve the quality of social work practice for children who are subject to ...
child protection plans") and Halton's of July 2018 ("The quality of work in responding
effectively to contacts has improved since the last inspection")."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with, corpus_with_letters, held_then_caught

PETERBOROUGH_FV = "80537_peterborough__children's_services_focused_visit_-_02_august_2021.pdf"
HARTLEPOOL_FV = "80473_hartlepool__children's_services_focused_visit_-_27_march_2020.pdf"
HALTON_FV = "80471_halton__children's_services_focused_visit_-_16_august_2018.pdf"


@pytest.fixture(scope="module")
def letters_db(corpus_db, tmp_path_factory):
    return corpus_with_letters(
        corpus_db,
        tmp_path_factory.mktemp("round36"),
        (PETERBOROUGH_FV, HARTLEPOOL_FV, HALTON_FV),
    )


def test_a_visit_finding_said_the_other_way_round(tmp_path, letters_db):
    # the letter of June 2021: "children in care experience stable placements"
    held_then_caught(
        tmp_path,
        letters_db,
        "Peterborough City Council's services for children were judged inadequate overall. "
        "That marked a sharp change from a focused visit in June 2021, when inspectors found "
        "that children in care experienced stable placements.\n",
        "2024-05-17",
        "visit in June 2021",
        altered=("experienced stable placements", "experienced unstable placements"),
        caught="children in care experienced unstable placements",
    )


def test_a_visit_finding_of_change_said_the_other_way_round(tmp_path, letters_db):
    # Hartlepool, March 2020: practice for children on child protection plans "continued to
    # improve"; the article's "deteriorated" is weighed against what the letter says of change
    held_then_caught(
        tmp_path,
        letters_db,
        "Hartlepool's children's services have been rated outstanding. Inspectors also carried "
        "out a focused visit in March 2020, and found practice with children on child "
        "protection plans had continued to improve.\n",
        "2024-05-16",
        "visit in March 2020",
        altered=("had continued to improve", "had deteriorated"),
        caught="plans had deteriorated",
    )
    # Halton, July 2018: "The quality of work in responding effectively to contacts has improved
    # since the last inspection" (an article's 'handling of contacts' is the letter's response)
    held_then_caught(
        tmp_path,
        letters_db,
        "Halton's children's services have been rated inadequate. The picture is in stark "
        "contrast to an earlier visit in July 2018, when inspectors found the council's "
        "handling of contacts and referrals had improved.\n",
        "2024-07-13",
        "visit in July 2018",
        altered=("referrals had improved", "referrals had deteriorated"),
        caught="referrals had deteriorated",
    )


def test_the_councils_a_move_rank_names_before_it_must_be_those_the_record_gives(
    tmp_path, corpus_db
):
    # Wakefield (January 2022) is the third council in Yorkshire and the Humber to go from
    # inadequate straight to good, after Doncaster and Rotherham; Leeds was never inadequate
    text = (
        "Wakefield Council's children's services have been rated good. The council is the "
        "third in Yorkshire and the Humber to move from an inadequate rating straight to good, "
        "after Doncaster and Rotherham.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-01-06",
        "the third in Yorkshire",
        altered=("Doncaster and Rotherham", "Doncaster and Leeds"),
        kind="rank",
    )
    claims = check_text(tmp_path, corpus_db, text.replace("Rotherham.", "Leeds."), "2022-01-06")
    assert "not after Leeds" in claim_with(claims, "the third in Yorkshire")["explanation"]


def test_the_councils_a_count_of_moves_names_must_have_made_the_move(tmp_path, corpus_db):
    # inadequate to outstanding by 13 January 2025, over more than one inspection: Sunderland,
    # Bromley and Tower Hamlets (inadequate 2017, good 2019, outstanding 2025); Hackney never
    # inadequate
    held_then_caught(
        tmp_path,
        corpus_db,
        "Tower Hamlets is now one of only three councils in England to have gone from "
        "'Inadequate' to 'Outstanding', following Sunderland and Bromley.\n",
        "2025-01-13",
        "one of only three",
        altered=("Sunderland and Bromley", "Sunderland and Hackney"),
        caught="one of only three",
    )
    # inadequate straight to good in reports of 12 January 2026: Herefordshire and Solihull
    text = (
        "Solihull is one of two West Midlands councils, alongside Herefordshire, to have "
        "climbed from inadequate to good in reports published today.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-01-12",
        "one of two West Midlands councils",
        altered=("alongside Herefordshire", "alongside Walsall"),
        caught="one of two West Midlands councils",
    )
    claims = check_text(tmp_path, corpus_db, text.replace("Herefordshire", "Walsall"), "2026-01-12")
    c = claim_with(claims, "one of two West Midlands councils")
    assert c["explanation"].startswith("Walsall made no such move"), c


def test_the_councils_a_count_names_among_those_counted(tmp_path, corpus_db):
    # London on 1 February 2024: four councils require improvement overall (Barking and
    # Dagenham, Ealing, Hackney, Lambeth); Southwark was good (November 2022)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Lewisham has been rated good. The result leaves just four London boroughs, including "
        "Lambeth and Hackney, with a 'requires improvement' rating.\n",
        "2024-02-01",
        "just four London boroughs",
        altered=("including Lambeth", "including Southwark"),
        kind="count",
        caught="just four London boroughs",
    )
