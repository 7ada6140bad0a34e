"""`ilacs check`: an inspection before any report ilacs holds of a council, told as the
council's first reports tell its history, is supported by their words (never contradicted:
a report need not tell every inspection before it).

Real values from the corpus in ../shared."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with, contradicted


@pytest.mark.parametrize(
    ("as_of", "text", "words", "path"),
    [
        (
            # Havering, 9 December 2016 (p2): "Services for children in need of help and
            # protection and for children looked after were judged adequate when last
            # inspected in 2011 and 2013."
            "2024-02-20",
            "Havering was rated inadequate this week. Help and protection and children looked "
            "after had been judged adequate when last inspected in 2011 and 2013.",
            "2011 and 2013",
            "09 december 2016",
        ),
        (
            # Tower Hamlets, 7 April 2017: "... since the last inspection of children's
            # services published in 2012, when the local authority was found to be good
            # overall with outstanding features"
            "2025-01-20",
            "Tower Hamlets is outstanding. This was a council that had been found good overall "
            "with outstanding features in 2012.",
            "outstanding features in 2012",
            "07 april 2017",
        ),
    ],
)
def test_an_inspection_before_the_record_told_by_the_first_report(
    tmp_path, corpus_db, as_of, text, words, path
):
    claims = check_text(tmp_path, corpus_db, text, as_of)
    claim = claim_with(claims, words)
    assert claim["verdict"] == "supported", claim
    assert path in claim["evidence"][0]["path"]
    assert not contradicted(claims), claims


def test_a_grade_the_first_report_does_not_tell_stays_unsettled(tmp_path, corpus_db):
    # Tower Hamlets' 2017 report says good with outstanding features in 2012, not inadequate
    text = (
        "Tower Hamlets is outstanding. This was a council that had been found inadequate in 2012."
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-01-20")
    assert claim_with(claims, "inadequate in 2012")["verdict"] == "not_in_record"


def test_several_previous_inspections_before_the_record(tmp_path, corpus_db):
    # Wokingham, 5 January 2016 (SIF, on site in 2015): "Improvements achieved since the last
    # inspection of child protection services in 2012, and safeguarding and looked after
    # services in 2010"; its inspection before the latest (2023) is the 2019 report
    text = (
        "Wokingham's children's services are requires improvement. In 2015, the first "
        "inspection under the single framework, help and protection, children looked after, "
        "care leavers, leadership and the Local Safeguarding Children Board all required "
        "improvement. That was a small step on from the previous inspections, in 2010 and "
        "2012, which had judged services for looked after children and child protection "
        "arrangements adequate.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-01-30")
    assert not contradicted(claims), claims
    assert claim_with(claims, "in 2010 and 2012")["verdict"] == "supported"
