"""`ilacs check`: a recommendation a report writes with an acronym ('the EHaSH', 'IROs'') and
an article spells out ('the Early Help and Safeguarding Hub', 'independent reviewing officers')
is the same recommendation, found, not a thing ilacs could not match.

Real values from the corpus in ../shared."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with


@pytest.mark.parametrize(
    ("as_of", "text", "words"),
    [
        (
            # East Riding, 13 March 2020, p2: "The understanding and application of thresholds to
            # children's social care by partner agencies and the EHaSH."
            "2020-03-16",
            "East Riding of Yorkshire Council was rated requires improvement. Among 12 areas "
            "Ofsted says must improve are the understanding and application of thresholds by "
            "partner agencies and the Early Help and Safeguarding Hub, and the effectiveness "
            "of the designated officers.",
            "Early Help and Safeguarding Hub",
        ),
        (
            # Darlington, 21 May 2018: "Improve the effectiveness of managers' and IROs'
            # oversight and challenge ..."
            "2018-05-22",
            "Darlington Borough Council's children's services require improvement. Ofsted told "
            "the council to improve the effectiveness of oversight and challenge by managers "
            "and independent reviewing officers.",
            "independent reviewing officers",
        ),
        (
            # Bury, 29 July 2025: "The impact and effectiveness of child protection conference
            # chairs' and IROs' escalations"
            "2025-07-30",
            "Bury was rated good. Inspectors said the council should improve the impact and "
            "effectiveness of escalations by child protection conference chairs and "
            "independent reviewing officers.",
            "independent reviewing officers",
        ),
    ],
)
def test_an_acronym_spelt_out_is_the_recommendation(tmp_path, corpus_db, as_of, text, words):
    claim = claim_with(check_text(tmp_path, corpus_db, text, as_of), words)
    assert claim["type"] == "recommendation"
    assert claim["verdict"] == "supported", claim


def test_a_spelt_out_acronym_with_another_subject_is_not_the_recommendation(tmp_path, corpus_db):
    # Darlington 2018 asks about managers' and IROs' oversight; its report names no
    # multi-agency safeguarding hub, so the spelt-out words of another acronym match nothing
    text = (
        "Darlington Borough Council's children's services require improvement. Ofsted told "
        "the council to improve the effectiveness of oversight and challenge by managers "
        "and the Multi-Agency Safeguarding Hub.\n"
    )
    claim = claim_with(check_text(tmp_path, corpus_db, text, "2018-05-22"), "Safeguarding Hub")
    assert claim["verdict"] != "supported", claim
