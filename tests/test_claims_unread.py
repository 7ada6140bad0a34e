"""`ilacs check`: a rank or count is contradicted only when ilacs reads every word of its clause
(councils, regions, grades, areas, frameworks, dates, places, tallies, moves). A clause with
any other word ("at their previous inspections", "to achieve that", a run "in a row" that ilacs
did not count as one) counts a group or test ilacs did not form: not_in_record, with the words
named."""

from __future__ import annotations

import pytest

from ilacs.claims.ranks import _unread_words
from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    "clause",
    [
        "Slough Borough Council has become the second council in the country to be rated "
        "inadequate under the watchdog's tougher new inspection regime",
        "Nationally, it is the 29th authority to be judged outstanding overall under the "
        "framework, out of 123 whose reports have been published",
        "It also means that a third of the North East's 12 councils now hold the top rating "
        "for children's services.",
        "making it only the third council in England to go straight from inadequate to good "
        "under the current inspection regime.",
        "Across England, 39 of the 153 councils are now rated outstanding on their most recent "
        "inspection, while 23 remain inadequate.",
        "Nationally it is one of only three councils to have done so",
    ],
)
def test_the_words_of_a_plain_rank_or_count_are_all_read(clause):
    assert _unread_words(clause) == []


@pytest.mark.parametrize(
    ("clause", "unread"),
    [
        ("Two councils whose services are run by trusts are rated good", "trusts"),
        ("All three councils had been rated good at their previous inspections.", "previous"),
        ("the first North West authority to achieve that under the 2023 framework.", "that_test"),
        ("Both boroughs served by the trust are now rated outstanding", "served"),
        ("the second council in the region in two days to be rated good", "days"),
    ],
)
def test_a_word_outside_the_reading_is_named(clause, unread):
    assert unread in _unread_words(clause)


def test_a_count_over_a_group_ilacs_did_not_form_is_not_contradicted(tmp_path, corpus_db):
    # 12 August 2025: 39 councils rated outstanding overall, 13 in every judgement; the three
    # "kept for a third inspection in a row" is no count ilacs forms
    text = (
        "Richmond upon Thames has been rated outstanding by Ofsted. Three councils have kept "
        "their outstanding ratings for a third inspection in a row. It is one of 2 councils in "
        "England rated outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-12")
    kept = _claim(claims, "have kept")
    assert (kept["type"], kept["verdict"]) == ("count", "not_in_record"), kept
    assert "'in a row'" in kept["explanation"]
    # a plain count of the same kind, read in full, is still contradicted
    assert _claim(claims, "one of 2 councils")["verdict"] == "contradicted"
