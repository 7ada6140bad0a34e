"""`ilacs check`: a count of recommendations the article bounds ("more than 20 areas for
improvement", "fewer than five") is checked as a bound, not as the number; and "we are no
longer inadequate" is a grade left, also when the sentence says when the news came ("Today");
and "a two-grade improvement from the last full inspection in 2019, when services were judged
inadequate" is one claim, false when the size of the move is; a dated clause that names the
lead inspector wrongly is false. Real values from the corpus in
../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims.quotes import within_bound
from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Medway: ilacs2018 published 27 August 2019 (inadequate); ilacs2023 published 11 September
# 2023 (good), whose "What needs to improve" lists four recommendations.
MEDWAY = date(2023, 9, 12)
LEAD = "Medway Council's children's services have been rated good. "


@pytest.mark.parametrize(
    "said, verdict",
    [
        ("more than three areas for improvement", "supported"),
        ("more than 20 areas for improvement", "contradicted"),
        ("fewer than five areas for improvement", "supported"),
        ("fewer than four areas for improvement", "contradicted"),
        ("at least four areas for improvement", "supported"),
        ("four areas for improvement", "supported"),
        ("five areas for improvement", "contradicted"),
    ],
)
def test_a_bounded_count_of_recommendations(check, said, verdict):
    found = check(LEAD + f"The report lists {said}.", MEDWAY)
    assert verdicts(found, said, "recommendation") == {verdict}


def test_bounds():
    assert within_bound("more", 20, 28) and not within_bound("more", 20, 20)
    assert within_bound("at_least", 20, 20) and not within_bound("at_least", 20, 19)
    assert within_bound("less", 5, 4) and not within_bound("less", 5, 5)
    assert within_bound("up_to", 5, 5) and not within_bound("up_to", 5, 6)
    assert within_bound("nearly", 20, 18) and not within_bound("nearly", 20, 21)
    assert within_bound("about", 20, 22) and not within_bound("about", 20, 25)


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Ofsted has confirmed the council is no longer inadequate.", "supported"),
        ("Today Ofsted has confirmed the council is no longer inadequate.", "supported"),
        ("Today Ofsted has confirmed the council is no longer good.", "contradicted"),
        ("Ofsted has confirmed the council is no longer rated inadequate.", "supported"),
    ],
)
def test_no_longer_a_grade(check, sentence, verdict):
    assert verdicts(check(LEAD + sentence, MEDWAY), "no longer") == {verdict}


# Middlesbrough: ilacs2018 published 24 January 2020 (inadequate; on site in December 2019),
# ilacs2023 published 25 May 2023 (requires improvement): a move of one grade.
MIDDLESBROUGH = date(2023, 5, 26)
RI = "Middlesbrough Council's children's services have been rated requires improvement to be good. "


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        (
            "It marks a one-grade improvement from the last full inspection in 2019, when "
            "services were judged inadequate.",
            "supported",
        ),
        (
            "It marks a two-grade improvement from the last full inspection in 2019, when "
            "services were judged inadequate.",
            "contradicted",
        ),
        (
            "It is a jump of two grades from the last full inspection, in December 2019, which "
            "rated services inadequate.",
            "contradicted",
        ),
        (
            "It is a jump of two grades since the last inspection in 2019, when all aspects of "
            "children's services were judged inadequate.",
            "contradicted",
        ),
    ],
)
def test_a_move_and_the_grade_it_is_counted_from_are_one_claim(check, sentence, verdict):
    found = [f for f in check(RI + sentence, MIDDLESBROUGH) if f[1] != RI.strip()]
    # one claim over the whole clause, its verdict the move's
    assert [(k, v) for k, t, v in found] == [("trend", verdict)], found
    assert found[0][1].rstrip(".") == sentence.rstrip(".")


# Norfolk: ilacs2018 published 13 January 2023 (lead inspector Margaret Burke, good);
# ilacs2023 published 18 May 2026, on site 23 to 27 February 2026 (Rodica Cobarzan, outstanding).
NORFOLK = date(2026, 5, 19)
OUT = "Norfolk County Council's children's services have been rated outstanding. "


@pytest.mark.parametrize(
    "sentence, words, verdict",
    [
        (
            "The 2026 inspection, carried out between 23 and 27 February by a team led by Rodica "
            "Cobarzan, graded every judgement outstanding.",
            "by a team led by Rodica",
            "supported",
        ),
        (
            "The 2026 inspection, carried out between 23 and 27 February by a team led by "
            "Margaret Burke, graded every judgement outstanding.",
            "by a team led by Margaret",
            "contradicted",
        ),
        (
            "In 2022 inspectors led by Rodica Cobarzan also rated Norfolk good in every area.",
            "In 2022 inspectors led by Rodica Cobarzan",
            "contradicted",
        ),
    ],
)
def test_an_inspector_named_wrongly_inside_a_dated_clause(check, sentence, words, verdict):
    # the clause that carries the dates (or the grades) and the inspector is false when the
    # inspector is
    assert verdicts(check(OUT + sentence, NORFOLK), words) == {verdict}
