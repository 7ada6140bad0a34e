"""`ilacs check`: how long inspectors were on site is judged by one rule
(`durations.on_site_band`) whether the words are "a two-week inspection" or "spent two weeks at
the council in July". The two had drifted apart: one allowed a five-day short inspection to be
"two weeks", the other called a 22-day single inspection framework inspection not "four weeks"."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check

# North Yorkshire: a short ILACS inspection on site 2 to 6 July 2018 (five days), published 6
# August 2018; a single inspection framework inspection 30 April to 21 May 2014 (22 days),
# published 30 June 2014.


def _verdicts(found, kind="date"):
    return [c["verdict"] for c in found if c["type"] == kind]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Inspectors spent two weeks at the council in July.", "contradicted"),
        ("Inspectors spent a week at the council in July.", "supported"),
        ("The council was rated after a two-week inspection in July.", "contradicted"),
        ("The council was rated after a one-week inspection in July.", "supported"),
    ],
)
def test_a_short_inspection_is_one_week_in_both_phrasings(tmp_path, corpus_db, sentence, verdict):
    text = f"North Yorkshire's children's services have been inspected by Ofsted. {sentence}\n"
    found = _check(tmp_path, corpus_db, text, "2018-08-08")
    assert verdict in _verdicts(found), found
    if verdict == "supported":
        assert "contradicted" not in _verdicts(found), found


def test_four_weeks_fits_a_22_day_sif_inspection(tmp_path, corpus_db):
    text = (
        "North Yorkshire's children's services were rated good after a four-week inspection "
        "which ended in May.\n"
    )
    found = _check(tmp_path, corpus_db, text, "2014-07-02")
    assert "contradicted" not in _verdicts(found), found
    assert "supported" in _verdicts(found), found
