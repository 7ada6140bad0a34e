"""`ilacs check`: "rated good or outstanding" is either of two grades. A grade claim of the word
that comes last ("outstanding") called a council rated good contradicted; the words are no
claim of one grade."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check

# South Gloucestershire's ILACS 2023 report, published 23 July 2024: good overall and in every
# judgement. None of these sentences is false of it.


@pytest.mark.parametrize(
    "sentence",
    [
        "South Gloucestershire has been rated good or outstanding by Ofsted.",
        "South Gloucestershire is now among the councils rated good or outstanding.",
        "Ofsted's reports so far this year have rated councils 'good' or 'outstanding'.",
    ],
)
def test_good_or_outstanding_is_no_claim_of_outstanding(tmp_path, corpus_db, sentence):
    text = "South Gloucestershire's children's services were inspected in June.\n\n" + sentence
    found = _check(tmp_path, corpus_db, text + "\n", "2024-07-24")
    assert found  # the inspection's month is still read
    assert not [c for c in found if c["verdict"] == "contradicted"], found


def test_a_single_grade_is_still_read(tmp_path, corpus_db):
    # the same council, one grade: outstanding is contradicted, good supported
    for grade, verdict in (("outstanding", "contradicted"), ("good", "supported")):
        text = f"South Gloucestershire has been rated {grade} by Ofsted.\n"
        found = _check(tmp_path, corpus_db, text, "2024-07-24")
        grades = [c for c in found if c["type"] == "grade"]
        assert [c["verdict"] for c in grades] == [verdict], found
