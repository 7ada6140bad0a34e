"""`ilacs check`: two readings found wrong on the first look at unseen articles after round 14
(set bb, read after it was scored). A grade clause with a time of its own after the grade ('has
not been rated good in any of its three full inspections since 2015') does not take a date from
earlier in the sentence; 'the only one of five councils whose reports were published on
Thursday to be rated inadequate' counts that day's reports and the grade among them, not the
councils rated inadequate nationally."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim

# Cheshire East: ILACS 2023 report published Thursday 16 May 2024, inadequate overall; its
# earlier full inspections (2015, 2020) were requires improvement. Reports published that day:
# Brighton and Hove, Hammersmith and Fulham, Hartlepool (outstanding), Cambridgeshire (requires
# improvement), Cheshire East (inadequate).
_DAY = "2024-05-17"


def test_a_grade_with_its_own_time_after_it_keeps_it(tmp_path, corpus_db):
    text = (
        "Cheshire East children's services have been rated inadequate by Ofsted. A focused visit "
        "in November 2021 looked at the council's work with children in need, and the borough "
        "has not been rated good in any of its three full inspections since 2015.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, _DAY), "has not been rated good")
    assert c["verdict"] == "supported", c


@pytest.mark.parametrize(
    ("who", "n", "grade", "verdict"),
    [
        ("Cheshire East", "five", "inadequate", "supported"),
        ("Cheshire East", "four", "inadequate", "contradicted"),
        ("Cheshire East", "six", "inadequate", "not_in_record"),  # ilacs may lack a report
        ("Hartlepool", "five", "outstanding", "contradicted"),  # two others were too
    ],
)
def test_the_only_one_of_a_days_reports_to_get_a_grade(tmp_path, corpus_db, who, n, grade, verdict):
    text = (
        f"{who} was the only one of {n} councils whose reports were published on Thursday to be "
        f"rated {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, _DAY)
    c = next(x for x in claims if x["type"] == "count" and f"only one of {n}" in x["text"])
    assert c["verdict"] == verdict, c
    assert not [x for x in claims if x["type"] == "rank"], claims
