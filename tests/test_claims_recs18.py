"""`ilacs check` on recommendations (round 18): an item that opens with five words or more of
one recommendation and goes on with other words ('the consistency of multi-agency participation
in children in care reviews' for '... in initial child protection strategy discussions') is
another thing in its frame, not a rewording. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check18(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Hammersmith and Fulham, 16 May 2024: 'The consistency of multi-agency participation in initial
# child protection strategy discussions' and 'The pace and timeliness of work from child
# protection strategy discussion to initial child protection conference'
@pytest.mark.parametrize(
    ("what", "want"),
    [
        ("initial child protection strategy discussions", "supported"),
        ("children in care reviews", "contradicted"),
    ],
)
def test_other_words_after_a_recommendations_opening(check18, what: str, want: str) -> None:
    text = (
        "Ofsted's report on Hammersmith and Fulham's children's services identified two areas "
        f"for improvement: the consistency of multi-agency participation in {what}; and the "
        "pace and timeliness of work from child protection strategy discussion to initial "
        "child protection conference."
    )
    found = check18(text, date(2024, 5, 20))
    assert [v for k, t, v in found if k == "recommendation" and "consistency" in t] == [want]
