"""`ilacs check` on a grade claim that names a council abolished since, of which ilacs holds
no report, beside one it holds: the held council's grade is checked, and the check does not
fail. Real values from the corpus in ../shared (regression: an unseen article's sentence naming
two councils, one of them abolished, stopped `ilacs check` with an IndexError)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Lancashire: ilacs2018 published 17 August 2018, requires improvement (its next report, good,
# was published 26 January 2023). Cumbria was abolished on 31 March 2023; the corpus holds none
# of its reports.
DEC_2022 = date(2022, 12, 1)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Cumbria and Lancashire were both rated requires improvement.", "supported"),
        ("Lancashire and Cumbria were both rated requires improvement.", "supported"),
        ("Cumbria and Lancashire were both rated inadequate.", "contradicted"),
    ],
)
def test_an_abolished_council_beside_a_held_one(check, text, verdict):
    assert verdicts(check(text, DEC_2022), "rated", "grade") == {verdict}
