"""`ilacs check`: counts and ranks among councils, round 7: a count "good or outstanding" over a
group counts either grade, and a rank or count that fails on a clause ilacs cannot fully read (a
sub-region, "along with", "joins", "after A and B", "the same journey") is not_in_record rather
than contradicted."""

from __future__ import annotations

from ilacs.claims.ranks import _unmodelled
from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_good_or_outstanding_over_a_group_counts_either_grade(tmp_path, corpus_db):
    # ilacs2023 reports published by 24 July 2024: 66 councils, 17 outstanding + 27 good overall
    text = (
        "Westmorland and Furness has been rated good. Of the 66 councils inspected under the "
        "current framework whose reports are out, 44 have been judged good or outstanding "
        "overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-07-24",
        "Of the 66",
        kind="count",
        altered=("44 have", "40 have"),
    )


def test_a_sub_region_is_not_counted_nationally(tmp_path, corpus_db):
    # 24 March 2026: Darlington and Hartlepool outstanding; nationally 43 councils are
    text = (
        "Darlington has been rated outstanding. With Hartlepool, it is one of only two Tees "
        "Valley councils to hold the top grade.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-24")
    c = _claim(claims, "Tees Valley")
    # (round 8: the Tees Valley's five councils are counted within, not nationally)
    assert c["verdict"] == "supported", c
    assert not _contradicted(claims), claims


def test_unmodelled_features_of_ranks_and_counts():
    assert _unmodelled("one of four in the region, along with North Lincolnshire") is not None
    assert _unmodelled("Manchester joins Leeds as the only two") is not None
    assert _unmodelled("the only other councils to have made the same journey") is not None
    assert _unmodelled("the first full inspection of the council's services since 2019")
    assert _unmodelled("the third, after North Yorkshire and York", 3) is not None
    # a list that does not fit the place is the article's own contradiction: the reading stands
    assert (
        _unmodelled("the fourth, after Hartlepool, Northumberland, Sunderland and Durham", 4)
        is None
    )
    assert _unmodelled("one of two West Midlands councils rated outstanding") is None
    assert _unmodelled("the third council in England to be rated outstanding") is None
