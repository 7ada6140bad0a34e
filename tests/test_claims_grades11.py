"""`ilacs check`, round 11 grades and trends: a sentence told of an earlier time ('at the 2017
inspection it had been rated good overall, although care leavers had both been judged ...') may
be about that inspection; the grade left behind ('rated good, having been judged outstanding at
the previous inspection') and 'when it was judged' take the judgement named before them; 'fallen
short of good at three inspections in a row' is a grade not held at each; the date a grade claim
already held against its own report is not overruled by the date reader; 'the outstanding
judgement' is whichever judgement is outstanding; 'only three have received the top grade' counts
councils; 'for eight years it could point to a good rating' is a past span."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("to require improvement", "supported"), ("inadequate", "contradicted")],
)
def test_a_sentence_told_of_an_earlier_inspection(tmp_path, corpus_db, grade, verdict):
    # Tower Hamlets: SIF, 7 April 2017: inadequate overall, children in care and care leavers
    # requires improvement; ILACS, 13 January 2025: children in care good, care leavers
    # outstanding
    text = (
        "Tower Hamlets has been rated outstanding by Ofsted. Officers reminded members that at the "
        "2017 inspection the borough had been rated inadequate overall, although children in care "
        f"and care leavers had both been judged {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-02-01")
    c = _claim(claims, "had both been judged")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("to require improvement", "supported"), ("outstanding", "contradicted")],
)
def test_the_grade_left_behind_is_the_same_judgements(tmp_path, corpus_db, grade, verdict):
    # Sheffield: ILACS 2018, 27 August 2019: good overall, help and protection requires
    # improvement; ILACS 2023, 3 November 2023: help and protection good
    text = (
        "Sheffield's children's services have been inspected. Help and protection was rated good, "
        f"having been judged {grade} at the previous inspection in 2019.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-10")
    c = _claim(claims, "having been judged")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("to require improvement", "supported"), ("inadequate", "contradicted")],
)
def test_when_it_was_judged_is_the_judgement_before(tmp_path, corpus_db, grade, verdict):
    text = (
        "Sheffield's children's services have been rated good. Inspectors said that help and "
        "protection has improved since the last inspection in 2019, when it was judged "
        f"{grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-10")
    c = _claim(claims, "when it was judged")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("council", "verdict"), [("Rochdale", "supported"), ("Oxfordshire", "contradicted")]
)
def test_short_of_good_at_inspections_in_a_row(tmp_path, corpus_db, council, verdict):
    # Rochdale: requires improvement overall in 2014, 2018 and 2023; Oxfordshire: good overall
    # in 2014, 2018 and 2024
    text = (
        f"{council}'s children's services have been inspected by Ofsted. It is the third "
        f"inspection in a row in which {council} has fallen short of a good rating.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-06-01")
    c = _claim(claims, "fallen short")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("council", "verdict"), [("Sheffield", "supported"), ("Hackney", "contradicted")]
)
def test_the_outstanding_judgement_is_any_judgement(tmp_path, corpus_db, council, verdict):
    # Sheffield, 3 November 2023: children in care outstanding (good overall); Hackney, 20 August
    # 2024: no judgement outstanding
    text = (
        f"{council}'s children's services have been inspected. The council said the outstanding "
        "judgement was a credit to its foster carers.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-01")
    c = _claim(claims, "outstanding judgement")
    assert c["verdict"] == verdict, c


def test_only_three_have_received_the_top_grade_counts_councils(tmp_path, corpus_db):
    text = (
        "Sheffield's children's services have been rated good. Of the 20 councils inspected under "
        "the new framework so far, half have been rated good, while only three have received "
        "the top grade.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-10")
    hits = [c for c in claims if "top grade" in c["text"] and c["type"] in ("grade", "trend")]
    assert not any(c["verdict"] == "contradicted" for c in hits), hits


def test_a_past_span_of_a_grade_is_not_the_grade_now(tmp_path, corpus_db):
    # Hackney: good in September 2016, requires improvement in December 2019
    text = (
        "Hackney's children's services have been rated requires improvement to be good. A "
        'councillor said: "For three years this council could point to a good Ofsted rating. '
        'That is now gone."\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2020-01-10")
    c = _claim(claims, "could point to")
    assert c["verdict"] != "contradicted", c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_a_date_the_grade_held_against_its_report(tmp_path, corpus_db, grade, verdict):
    # Lancashire: SIF published 27 November 2015, inadequate; SIF published 17 August 2018 (on
    # site in June), requires improvement
    text = (
        "Lancashire's children's services have been rated good. Children's services had been "
        f"judged {grade} in November 2015 and requires improvement to be good in August 2018.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-02-01")
    c = _claim(claims, "November 2015 and")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("requires improvement to be good", "supported"), ("outstanding", "contradicted")],
)
def test_which_was_after_an_area_is_that_areas_grade_now(tmp_path, corpus_db, grade, verdict):
    # Hackney, 20 August 2024: care leavers requires improvement (outstanding in 2016; ILACS
    # 2018 graded them with children in care, good, in 2019)
    text = (
        "Hackney's children's services have been rated good by Ofsted. There was less praise for "
        f"the council's work with care leavers, which was rated {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-01")
    c = _claim(claims, "which was rated")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("nth", "verdict"), [("third", "supported"), ("second", "contradicted")])
def test_the_nth_inspection_in_a_row_is_no_more(tmp_path, corpus_db, nth, verdict):
    # Oxfordshire: good overall in 2014, 2018 and April 2024
    text = (
        f"Oxfordshire's children's services have been rated good by Ofsted for the {nth} "
        "inspection in a row.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-05-01")
    c = _claim(claims, "in a row")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("to require improvement", "supported"), ("outstanding", "contradicted")]
)
def test_at_that_time_is_the_time_the_sentence_gave(tmp_path, corpus_db, grade, verdict):
    # Tower Hamlets: SIF, 7 April 2017: inadequate overall, care leavers requires improvement
    text = (
        "Tower Hamlets has been rated outstanding by Ofsted. The borough was rated inadequate "
        "when Ofsted inspected in 2017, although care leavers were judged "
        f"{grade} at that time.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-02-01")
    c = _claim(claims, "at that time")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("council", "as_of", "verdict"),
    [("Hackney", "2020-01-10", "supported"), ("Oxfordshire", "2024-05-01", "contradicted")],
)
def test_has_lost_its_good_rating_is_not_good_now(tmp_path, corpus_db, council, as_of, verdict):
    # Hackney: good in 2016, requires improvement in December 2019; Oxfordshire: good in 2018
    # and again in April 2024
    text = f"{council} has lost its good Ofsted rating.\n"
    claims = _check(tmp_path, corpus_db, text, as_of)
    c = _claim(claims, "has lost")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("three", "contradicted")])
def test_a_jump_to_a_grade_in_a_year_is_that_years_move(tmp_path, corpus_db, n, verdict):
    # Tower Hamlets: inadequate (SIF, April 2017), good (ILACS, July 2019), outstanding (January
    # 2025)
    text = (
        "Tower Hamlets has been rated outstanding by Ofsted. The borough was rated inadequate in "
        f"2017 and jumped {n} grades to good in July 2019.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-02-01")
    c = _claim(claims, "grades to good")
    assert c["verdict"] == verdict, c


def test_a_clause_dated_by_a_span_of_its_own(tmp_path, corpus_db):
    # Tower Hamlets: inadequate (SIF, April 2017), good (July 2019), outstanding (January 2025)
    text = (
        "Tower Hamlets has been rated outstanding by Ofsted. It follows a good rating at the "
        "inspection in 2019, and the result comes eight years after services were judged "
        "inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-02-01")
    c = _claim(claims, "eight years after")
    assert c["verdict"] == "supported", c
