"""Grades in the language of local news: a council's birth is no inspection date, a
predecessor council's grade is not this council's, losing a grade is a grade it had, a list of
areas takes its head's grade, and "three of the four" counts within four judgements."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check


def _verdict(claims: list[dict], words: str) -> str:
    hit = [c for c in claims if words in c["text"]]
    assert hit, (words, [c["text"] for c in claims])
    return hit[0]["verdict"]


def test_birth_of_a_council_and_its_predecessor(tmp_path, corpus_db):
    # Westmorland and Furness: created 1 April 2023; ILACS report of 12 July 2024 good overall
    claims = _check(
        tmp_path,
        corpus_db,
        "Children's services run by a council created just over a year ago have been rated "
        "good in their first Ofsted inspection at Westmorland and Furness Council.\n\n"
        "Children's services at the former county council had been judged as requiring "
        "improvement in November 2022.\n",
        "2024-07-12",
    )
    assert _verdict(claims, "rated good") == "supported"
    assert _verdict(claims, "requiring improvement") == "not_in_record"


def test_losing_a_grade_and_a_list_of_areas(tmp_path, corpus_db):
    # Kent: ILACS 2018 report of 5 July 2022 outstanding overall; 2 February 2026 good
    claims = _check(
        tmp_path,
        corpus_db,
        "Kent County Council loses 'outstanding' Ofsted rating for children's services.\n",
        "2026-02-02",
    )
    assert _verdict(claims, "loses") == "supported"
    # Merton, 27 August 2025: outstanding overall, for leaders, children in care and care
    # leavers; good for help and protection
    text = (
        "Merton was rated outstanding, with outstanding judgements for leaders, children in "
        "care and care leavers and a good grade for help and protection.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-27")
    assert _verdict(claims, "judgements for leaders") == "supported"
    claims = _check(
        tmp_path, corpus_db, text.replace("a good grade", "an inadequate grade"), "2025-08-27"
    )
    assert _verdict(claims, "judgements for leaders") == "contradicted"


@pytest.mark.parametrize(("words", "verdict"), [("Three", "contradicted"), ("All", "supported")])
def test_n_of_the_four_judgements(tmp_path, corpus_db, words, verdict):
    # Barnsley, ILACS 2018 report of 19 November 2018: good in all four judgements
    claims = _check(
        tmp_path,
        corpus_db,
        f"Barnsley's children's services have been rated good by Ofsted. {words} of the four "
        "judgements were 'good'.\n",
        "2018-11-19",
    )
    assert _verdict(claims, "of the four") == verdict


@pytest.mark.parametrize(
    ("moved", "verdict"),
    [
        ("fell from outstanding to good", "supported"),
        ("rose from good to outstanding", "contradicted"),
    ],
)
def test_a_grade_that_moved_after_a_dated_visit(tmp_path, corpus_db, moved, verdict):
    # Sutton: leadership outstanding in the ILACS 2018 report of 1 February 2022, good in the
    # ILACS 2023 report of 29 July 2025 (on site in June 2025)
    claims = _check(
        tmp_path,
        corpus_db,
        f"Neighbouring Sutton, inspected in June, remained good overall, but its leadership "
        f"grade {moved}.\n",
        "2025-09-03",
    )
    assert _verdict(claims, "leadership grade") == verdict


@pytest.mark.parametrize(
    ("order", "verdict"),
    [(("Hackney", "Ealing"), "supported"), (("Ealing", "Hackney"), "contradicted")],
)
def test_each_area_with_its_council(tmp_path, corpus_db, order, verdict):
    # ILACS 2023: Hackney (20 August 2024) care leavers requires improvement, help and
    # protection good; Ealing (12 July 2024) help and protection requires improvement, care
    # leavers good
    a, b = order
    claims = _check(
        tmp_path,
        corpus_db,
        f"However, care leavers' services in {a} and help and protection in {b} were found to "
        "require improvement.\n",
        "2024-11-05",
    )
    assert _verdict(claims, "require improvement") == verdict


def test_the_board_and_an_area_of_another_clause(tmp_path, corpus_db):
    # North Somerset SIF report of 25 August 2017: requires improvement overall; the Local
    # Safeguarding Children Board inadequate
    text = (
        "Services for vulnerable children in North Somerset are not yet good enough, Ofsted "
        "has said, and the board meant to oversee safeguarding in the district has been rated "
        "inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2017-08-26")
    assert _verdict(claims, "board meant") == "supported"
    claims = _check(tmp_path, corpus_db, text.replace("inadequate", "good"), "2017-08-26")
    assert _verdict(claims, "board meant") == "contradicted"
    # North East Lincolnshire, 3 September 2025: leaders outstanding, help and protection good
    claims = _check(
        tmp_path,
        corpus_db,
        "North East Lincolnshire Council has been rated good, with Ofsted rating the impact of "
        "its leaders as outstanding less than four years after finding failures in its help "
        "and protection services.\n",
        "2025-09-03",
    )
    assert _verdict(claims, "impact of its leaders") == "supported"


@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("one", "contradicted")])
def test_a_jump_of_n_grades(tmp_path, corpus_db, n, verdict):
    # Leicestershire: requires improvement overall (4 November 2019), outstanding (12 July 2024)
    claims = _check(
        tmp_path,
        corpus_db,
        f"Leicestershire's children's services were rated outstanding by Ofsted. This was a "
        f"jump of {n} grades since the previous inspection in 2019.\n",
        "2024-09-03",
    )
    assert _verdict(claims, "jump of") == verdict


@pytest.mark.parametrize(
    ("was", "verdict"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_years_after_a_grade_it_never_had(tmp_path, corpus_db, was, verdict):
    # North East Lincolnshire: SIF report of 25 September 2017 good overall (no judgement
    # outstanding); ILACS report of 26 November 2021 inadequate
    claims = _check(
        tmp_path,
        corpus_db,
        "Children's services in North East Lincolnshire have been rated inadequate by Ofsted, "
        f"four years after they were judged {was}.\n",
        "2021-11-26",
    )
    hit = [c for c in claims if c["type"] == "trend" and "four years" in c["text"]]
    assert hit and hit[0]["verdict"] == verdict


@pytest.mark.parametrize(("year", "verdict"), [("2022", "supported"), ("2017", "contradicted")])
def test_first_time_of_the_inspection_the_sentence_dates(tmp_path, corpus_db, year, verdict):
    # Kent: SIF 13 June 2017 good; ILACS 5 July 2022 outstanding; ILACS 2 February 2026 good
    claims = _check(
        tmp_path,
        corpus_db,
        "Kent County Council's children's services have been rated good. It is a drop of one "
        f"grade from {year}, when Ofsted judged the council outstanding for the first time.\n",
        "2026-02-02",
    )
    assert _verdict(claims, "for the first time") == verdict


@pytest.mark.parametrize(
    ("was", "verdict"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_a_step_up_from_a_dated_grade(tmp_path, corpus_db, was, verdict):
    # Dorset: ILACS report of 19 November 2021 good overall; 9 May 2025 outstanding. Dorset
    # Council replaced the county and district councils in 2019: no inspection's date
    claims = _check(
        tmp_path,
        corpus_db,
        "Dorset Council's children's services have been rated outstanding. It is a step up "
        f"from the '{was}' rating the council received in 2021, two years after the new "
        "unitary authority replaced the county and district councils.\n",
        "2025-05-09",
    )
    assert _verdict(claims, "step up") == verdict


@pytest.mark.parametrize(("n", "verdict"), [("third", "supported"), ("fourth", "not_in_record")])
def test_good_for_the_nth_inspection_in_a_row(tmp_path, corpus_db, n, verdict):
    # Central Bedfordshire: good overall in 2017 (SIF), 2022 and 24 April 2025, the three
    # graded inspections ilacs holds
    claims = _check(
        tmp_path,
        corpus_db,
        f"Central Bedfordshire, meanwhile, has been rated good for the {n} inspection in a row.\n",
        "2025-04-25",
    )
    assert _verdict(claims, "in a row") == verdict


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        ("slipped from outstanding to good, while help and protection remained good", "supported"),
        (
            "slipped from good to inadequate, while help and protection remained good",
            "contradicted",
        ),
    ],
)
def test_an_area_that_slipped_or_remained(tmp_path, corpus_db, words, verdict):
    # Kent: leadership outstanding (5 July 2022), good (2 February 2026); help and
    # protection good in both
    claims = _check(
        tmp_path,
        corpus_db,
        f"Kent County Council's children's services have been rated good. The impact of leaders "
        f"also {words}.\n",
        "2026-02-02",
    )
    assert _verdict(claims, "slipped") == verdict
    assert _verdict(claims, "remained good") == "supported"


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("requires improvement to be good", "supported"), ("good", "contradicted")],
)
def test_the_same_grade_for_other_areas(tmp_path, corpus_db, grade, verdict):
    # North Somerset SIF report of 25 August 2017: requires improvement overall, for help and
    # protection, children looked after and leadership
    claims = _check(
        tmp_path,
        corpus_db,
        f"They rated North Somerset Council's children's services '{grade}' overall, and gave "
        "the same grade for its help and protection of children, for children looked after and "
        "for leadership, management and governance.\n",
        "2017-08-26",
    )
    assert _verdict(claims, "the same grade") == verdict


def test_a_framework_year_earlier_in_the_sentence_is_no_inspection_date(tmp_path, corpus_db):
    # North East Lincolnshire, ILACS 2023 report of 3 September 2025: leadership outstanding
    claims = _check(
        tmp_path,
        corpus_db,
        "North East Lincolnshire is the sixth council to move from inadequate to good under the "
        "inspection framework introduced in 2023, and the first to do so with an outstanding "
        "leadership grade.\n",
        "2025-09-03",
    )
    assert _verdict(claims, "outstanding leadership grade") == "supported"


def test_a_grade_claim_starts_at_its_consequence(tmp_path, corpus_db):
    # Newcastle upon Tyne, ILACS 2018 report of 1 February 2022: good overall
    claims = _check(
        tmp_path,
        corpus_db,
        "Inspectors visited Newcastle City Council in September.\n\nThe focused visit - a "
        "shorter check carried out between full inspections - does not lead to a new grade, so "
        "the council remains rated good.\n",
        "2023-10-26",
    )
    hit = [
        c for c in claims if c["type"] in ("grade", "trend") and "remains rated good" in c["text"]
    ]
    assert hit and hit[0]["text"].startswith("the council remains")
    assert hit[0]["verdict"] == "supported"


def test_a_count_of_councils_is_no_grade_of_one(tmp_path, corpus_db):
    claims = _check(
        tmp_path,
        corpus_db,
        "City of London retained its outstanding rating. London now has 13 of its 33 "
        "children's services authorities rated outstanding.\n",
        "2024-11-05",
    )
    assert not [c for c in claims if c["type"] == "grade" and "13 of its 33" in c["text"]]
