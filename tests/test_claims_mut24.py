"""`ilacs check` on altered facts it let through (round 24): a grade, an aside of the same
report's grades after 'with', then the one time of both ending the sentence ("rated good, with
outstanding services for care leavers, in 2016", "rated good overall, with outstanding
leadership, when it was last inspected in 2019") is that year's grade, not the first grade alone
matched on any report. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check24(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Sunderland: sif published 20 July 2015 (inadequate everywhere); sif published 25 July 2018
# (inadequate overall, leadership, help and protection; adoption good); ilacs2018 published
# 20 August 2021 (outstanding overall and leadership); ilacs2023 published 11 March 2025.
SUNDERLAND = date(2025, 3, 12)
HEAD = "Sunderland's children's services have been rated outstanding by Ofsted.\n\n"


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        (
            "Sunderland was rated outstanding, with outstanding leadership, in 2018.",
            "Sunderland was rated outstanding",
            "contradicted",
        ),
        (
            "Sunderland was rated outstanding, with outstanding leadership, in 2021.",
            "Sunderland was rated outstanding",
            "supported",
        ),
        (
            "The council was judged outstanding overall, with outstanding leaders, when it was "
            "inspected in 2015.",
            "judged outstanding overall",
            "contradicted",
        ),
        (
            "Sunderland was judged inadequate, with inadequate help and protection, in "
            "summer 2021.",
            "judged inadequate",
            "contradicted",
        ),
        (
            "Sunderland was judged inadequate, with inadequate help and protection, in July 2015.",
            "judged inadequate",
            "supported",
        ),
    ],
)
def test_grade_with_aside_then_year(check24, text, words, verdict):
    assert verdicts(check24(HEAD + text, SUNDERLAND), words) == {verdict}
