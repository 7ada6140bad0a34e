"""`ilacs check`: a grade told in the past ("had both been judged", "at the time", "back then")
whose inspection the words do not pin is not contradicted by the latest report when an earlier
inspection of the council gave it: not_in_record, naming why. Without such words, or when no
earlier inspection gave it, the latest report still decides."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim

# Southwark: SIF report of June 2017, children looked after and care leavers requires
# improvement (overall good); ILACS 2023 report of 18 May 2026, good in every judgement.


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        # told as the past, and the 2017 report gave it
        ("had both been judged to require improvement", "not_in_record"),
        ("had both been judged inadequate", "contradicted"),  # no report of Southwark did
        ("were both judged to require improvement", "contradicted"),  # the latest report's
    ],
)
def test_a_grade_told_in_the_past(tmp_path, corpus_db, said, verdict):
    text = (
        "Southwark Council's children's services have been rated good in every area by Ofsted. "
        "Leaders were praised, although services for children looked after and care leavers "
        f"{said}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-06-10")
    c = _claim(claims, said.split()[-1])
    assert c["verdict"] == verdict, c
    if verdict == "not_in_record":
        assert "an earlier inspection gave it" in c["explanation"]
