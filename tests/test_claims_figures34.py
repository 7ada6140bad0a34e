"""`ilacs check`: a report's share that moved between two years, told in other words (pool
eb-ee).

"The proportion of children in care who had offended rose from eight per cent in 2012 to 17.2
per cent in 2013" where the report has "The number who have offended has increased from 8% in
2012 to 12.7% in 2013": the one sentence of the council's report with a share moving between
the same two years and a word of what is measured in common; one figure the report's and the
other not is contradicted (was no claim at all: 'per cent' and a decimal were not read). Real
values from the corpus in ../shared: Cambridgeshire 2014, Rotherham 2014, Hull 2015."""

from __future__ import annotations

import pytest

from tests.claims_helpers import held_then_caught


@pytest.mark.parametrize(
    ("text", "as_of", "words", "altered"),
    [
        (
            "Cambridgeshire's services require improvement. Inspectors noted that the "
            "proportion of looked after children gaining five good GCSEs had risen from 22 per "
            "cent in 2011 to 39 per cent in 2013.",
            "2014-08-10",
            "gaining five good GCSEs",
            ("39 per cent", "34 per cent"),
        ),
        (
            "Rotherham was rated inadequate. Inspectors said the proportion of looked after "
            "children gaining five or more good GCSEs dropped from 22 per cent in 2013 to 15 per "
            "cent in 2014.",
            "2014-11-25",
            "five or more good GCSEs",
            ("to 15 per", "to 19 per"),
        ),
        (
            "Hull was rated requires improvement. The report notes that the proportion of looked "
            "after children with a fixed term exclusion has fallen from 11.7 per cent in 2011 to "
            "7.2 per cent in 2014.",
            "2015-02-15",
            "fixed term exclusion",
            ("11.7 per cent", "17.1 per cent"),
        ),
    ],
)
def test_a_share_moved_between_two_years_in_other_words(
    tmp_path, corpus_db, text, as_of, words, altered
):
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        as_of,
        words,
        altered=altered,
        caught=words,
        none_contradicted=False,
    )
