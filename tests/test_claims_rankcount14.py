"""`ilacs check`, round 14 ranks and counts: 'X, which was rated good in 2021, is one of two
councils whose outstanding reports were published today, alongside Y' (the main verb after a
relative clause starts a claim of its own; the grade is the reports'; the others named after
it are checked with the rank's words); '... to 32 - almost a third of the 106 councils
inspected under it so far' (how many the framework has reported on, and the share the count
before makes of them); 'Eleven have been judged inadequate' and ', while 11 have been judged
inadequate' (within the group counted before); 'joining neighbours including A, B and C' (some
of the others, read); 'three areas for the council to focus on', 'six things the partnership
must improve' (counts of recommendations)."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims.extract import extract
from ilacs.claims.model import Kind
from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim

# Walsall and Derby: ILACS 2023 reports published 8 July 2025, both outstanding overall; by that
# day 106 councils had ILACS 2023 reports published, 32 of them outstanding, 11 inadequate.
_DAY = "2025-07-08"


@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("four", "contradicted")])
def test_one_of_n_whose_reports_were_published_today(tmp_path, corpus_db, n, verdict):
    text = (
        "Walsall Council has been rated outstanding by Ofsted.\n\n"
        f"Walsall, which was rated good in 2021, is one of {n} councils whose outstanding reports "
        "were published today, alongside Derby.\n"
    )
    claims = _check(tmp_path, corpus_db, text, _DAY)
    c = _claim(claims, f"one of {n} councils whose outstanding reports")
    assert c["verdict"] == verdict, c
    # the relative clause is a claim of its own, which does not run on into the count
    g = _claim(claims, "which was rated good in 2021")
    assert "one of" not in g["text"] and g["verdict"] == "supported", g
    # the others named after it are no contradiction of their own
    assert not any(
        x["verdict"] == "contradicted" and x["text"].startswith("alongside") for x in claims
    ), claims


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        ("almost a third of the 106 councils", "supported"),
        ("almost half of the 106 councils", "contradicted"),
    ],
)
def test_a_share_of_the_councils_inspected_under_it(tmp_path, corpus_db, words, verdict):
    text = (
        "That brings the number of councils rated outstanding under Ofsted's current inspection "
        f"framework, introduced in 2023, to 32 – {words} inspected under it so far.\n"
    )
    claims = _check(tmp_path, corpus_db, text, _DAY)
    c = _claim(claims, words)
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("Eleven", "supported"), ("Seven", "contradicted")])
def test_a_bare_count_after_the_councils_inspected(tmp_path, corpus_db, n, verdict):
    text = (
        "That brings the number of councils rated outstanding under Ofsted's current inspection "
        "framework, introduced in 2023, to 32 – almost a third of the 106 councils inspected "
        f"under it so far. {n} have been judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, _DAY)
    c = _claim(claims, f"{n} have been judged inadequate")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("11", "supported"), ("14", "contradicted")])
def test_a_later_bare_count_in_the_sentence(tmp_path, corpus_db, n, verdict):
    text = (
        "Nationally, 32 of the 106 councils inspected under the framework introduced in 2023 are "
        f"now rated outstanding, while {n} have been judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, _DAY)
    c = _claim(claims, f"{n} have been judged inadequate")
    assert c["verdict"] == verdict, c


def test_a_later_bare_count_within_a_group_ilacs_sizes_otherwise(tmp_path, corpus_db):
    # (100 is not the record's 106: the group is another day's, so the count is not judged)
    text = (
        "Nationally, 30 of the 100 councils inspected under the framework introduced in 2023 are "
        "now rated outstanding, while 14 have been judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, _DAY)
    c = _claim(claims, "14 have been judged inadequate")
    assert c["verdict"] == "not_in_record", c


@pytest.mark.parametrize(("place", "verdict"), [("sixth", "supported"), ("fourth", "contradicted")])
def test_joining_neighbours_including(tmp_path, corpus_db, place, verdict):
    # Darlington: ILACS 2023 outstanding, published 24 March 2026, the sixth in the North East
    # (Hartlepool, Durham and Sunderland among those before it)
    text = (
        "Darlington Borough Council's children's services have been judged outstanding.\n\n"
        f"The borough is the {place} council in the North East to be rated outstanding under "
        "the current framework, joining neighbours including Hartlepool, Durham and "
        "Sunderland.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-25")
    c = _claim(claims, f"the {place} council in the North East")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("The watchdog set out three areas for the council to focus on.", 3),
        ("The joint inspection letter lists six things the partnership must improve.", 6),
        ("Inspectors named two areas the safeguarding partners should improve.", 2),
    ],
)
def test_counts_of_things_to_improve(sentence, n):
    claims = extract(f"Windsor and Maidenhead\n\n{sentence}\n", date(2022, 7, 6))
    counts = [c for c in claims if c.type == Kind.RECOMMENDATION and c.facts.get("what") == "count"]
    assert [c.number for c in counts] == [n], claims


def test_areas_for_the_council_to_focus_on(tmp_path, corpus_db):
    # Leeds: ILACS 2025 (published 12 August 2025) lists two areas for improvement
    text = (
        "Leeds City Council has been rated outstanding by Ofsted.\n\n"
        "Ofsted has identified two areas for the council to focus on.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-12")
    c = _claim(claims, "two areas for the council to focus on")
    assert c["verdict"] == "supported", c


@pytest.mark.parametrize(
    ("n", "verdict"), [("one other area", "supported"), ("two other areas", "contradicted")]
)
def test_improvements_in_n_other_areas(tmp_path, corpus_db, n, verdict):
    # Leeds: ILACS 2025 (published 12 August 2025), two areas for improvement: the quality and
    # accuracy of children's records, and the consistency of the response to neglect
    text = (
        "Leeds City Council has been rated outstanding by Ofsted.\n\n"
        f"Ofsted wants to see more accurate records for children, and improvements in {n}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-12")
    c = _claim(claims, f"improvements in {n}")
    assert c["verdict"] == verdict, c
