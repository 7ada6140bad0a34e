"""`ilacs check`: counts and ranks among councils written the way local news writes them ("one
of 26 London councils rated good or outstanding", "nine of the North East's 12 councils", "the
second in the South West to hold an outstanding rating"), checked against the corpus; and the
groups ilacs cannot count within are never contradicted."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_good_or_outstanding_counts_either_grade(tmp_path, corpus_db):
    # 11 November 2022: of the 33 London councils, 17 good and 9 outstanding; none inadequate
    text = (
        "Southwark's children's services were rated good. The borough is now one of 26 of "
        "London's 33 children's services authorities rated good or outstanding, and no London "
        "borough is currently rated inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-11-11",
        ("one of 26", "no London borough"),
        altered=("one of 26", "one of 20"),
    )


def test_n_of_the_regions_m_councils(tmp_path, corpus_db):
    # 28 January 2026: nine of the 12 North East councils' latest overall grade is good or
    # outstanding
    text = "Nine of the North East's 12 councils are now rated good or outstanding.\n"
    held_then_caught(
        tmp_path, corpus_db, text, "2026-01-28", "North East", kind="count", altered=("Nine", "Six")
    )


def test_a_good_rating_is_the_grade_counted(tmp_path, corpus_db):
    # 25 April 2025: 11 North West councils' latest overall grade is good, Blackburn with
    # Darwen's among them
    text = (
        "Blackburn with Darwen's children's services have been rated good. Blackburn with "
        "Darwen becomes one of 11 North West councils with a good rating.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-04-25")
    assert _claim(claims, "one of 11")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_the_second_to_hold_a_grade_counts_the_holders(tmp_path, corpus_db):
    # 9 May 2025: Wiltshire and Dorset are the South West councils whose latest overall grade
    # is outstanding (others reached it earlier and lost it)
    text = (
        "Dorset Council's children's services have been rated outstanding. The result makes "
        "Dorset only the second council in the South West to hold an outstanding rating, "
        "alongside Wiltshire.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-05-09")
    assert _claim(claims, "the second council")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_a_national_count_with_a_regional_part(tmp_path, corpus_db):
    # 29 July 2019: 17 councils' latest overall grade is inadequate, two of them (Sandwell,
    # Stoke-on-Trent) in the West Midlands
    text = (
        "Seventeen councils remain rated inadequate, including two in the West Midlands, "
        "Sandwell and Stoke-on-Trent.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-07-29")
    assert _claim(claims, "Seventeen")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_groups_ilacs_cannot_count_are_not_contradicted(tmp_path, corpus_db):
    text = (
        "Bracknell Forest's children's services were rated outstanding in July, and it is the "
        "only one of the six Berkshire authorities with that grade.\n\n"
        "Bolton's children's services are rated good. Bolton is one of only 11 councils "
        "to have been given a rating under Ofsted's tougher new inspection regime.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2022-09-21")
    assert not _contradicted(claims), claims


def test_a_second_place_after_a_count_in_the_same_sentence(tmp_path, corpus_db):
    # Salford, 12 January 2024: care leavers outstanding under the 2023 framework, the second
    # North West council so judged after St Helens (4 September 2023)
    text = (
        "Salford was one of only nine local authorities to have been judged outstanding for "
        "care leavers under the inspection framework introduced in 2023, and the second in the "
        "North West after St Helens.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-03-01",
        "the second in the North West",
        kind="rank",
        altered=("the second", "the third"),
        none_contradicted=False,  # "one of only nine" is contradicted: seven by then
    )


def test_has_become_the_nth_counts_by_publication(tmp_path, corpus_db):
    # ILACS 2018 outstanding, by publication: North Yorkshire (6 August 2018), Bexley (20
    # August), East Sussex (4 September; on site before Bexley, so second by inspection date)
    text = (
        "East Sussex County Council has become only the third local authority to be rated "
        "outstanding for its children's services under Ofsted's new inspection regime.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2018-09-05",
        "the third",
        kind="rank",
        altered=("third", "second"),
    )


def test_the_first_to_slip_from_good(tmp_path, corpus_db):
    # Bedford, 27 August 2025: good (2022) to requires improvement under the 2023 framework,
    # after four councils that made the same move before it
    text = (
        "Bedford is the first council to slip from good to requires improvement under the "
        "inspection framework Ofsted introduced in 2023.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2025-08-27"), "the first council")
    assert (c["type"], c["verdict"]) == ("rank", "contradicted"), c
    right = _check(tmp_path, corpus_db, text.replace("first", "fifth"), "2025-08-27")
    assert _claim(right, "the fifth council")["verdict"] == "supported"


def test_bring_to_n_the_number_moved_out_of_inadequate(tmp_path, corpus_db):
    # 29 July 2019: ten councils had an ILACS 2018 report better than an inadequate graded
    # inspection before it (Wirral and Worcestershire that day among them)
    text = (
        "Wirral and Worcestershire are no longer inadequate. The two councils bring to 10 the "
        "number of local authorities to have moved out of inadequate under Ofsted's current "
        "inspection framework.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-07-29",
        "bring to 10",
        kind="count",
        altered=("to 10", "to 14"),
    )


def test_none_in_the_region_holds_the_grade(tmp_path, corpus_db):
    # 12 July 2024: no North West council's latest overall grade is outstanding (23 graded)
    text = (
        "Westmorland and Furness in the North West was rated good. None in the region currently "
        "holds the top outstanding grade, and none of the region's councils is rated "
        "inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-12")
    c = _claim(claims, "None in the region")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c
    # six North West councils were inadequate that day
    assert _claim(claims, "none of the region's")["verdict"] == "contradicted"


def test_when_it_was_first_rated_is_an_earlier_report(tmp_path, corpus_db):
    # Kent: outstanding overall in 2022 (its first), good in the report of 2 February 2026
    text = (
        "Kent County Council's children's services have been rated good. It is a drop of one "
        "grade from 2022, when Ofsted judged the council outstanding for the first time.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-02-02")
    c = _claim(claims, "for the first time")
    assert c["verdict"] == "supported", c
