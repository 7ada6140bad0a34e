"""`ilacs check`: a quotation with one word of meaning put in another's place (pool dt-dw,
dx-ea).

The report's passage word for word, as long as the quotation, but for one word: the quotation
is changed, not some other passage ("have gradually deteriorated" where Havering's 2024 report
says the services "have significantly deteriorated"; "steady and too slow" where Southampton's
2020 report says progress "has been uneven and too slow"). Real values from the corpus in
../shared."""

from __future__ import annotations

import pytest

from tests.claims_helpers import held_then_caught


@pytest.mark.parametrize(
    ("text", "as_of", "quote", "altered"),
    [
        (
            "Havering's children's services were rated inadequate. Inspectors found that since "
            "the last inspection in June 2018, children's progress, their experiences and the "
            'quality of their services "have significantly deteriorated".\n',
            "2024-02-20",
            "have significantly deteriorated",
            ("significantly", "gradually"),
        ),
        (
            "When inspectors returned to Southampton for a full inspection in November 2019, "
            "services were again rated requires improvement, and progress since 2014 was "
            'described as "uneven and too slow".\n',
            "2020-01-20",
            "uneven and too slow",
            ("uneven", "steady"),
        ),
    ],
)
def test_one_word_changed_in_a_quotation_is_caught(
    tmp_path, corpus_db, text, as_of, quote, altered
):
    held_then_caught(tmp_path, corpus_db, text, as_of, quote, altered=altered, kind="quote")


def test_one_word_changed_in_a_short_quotation_of_common_words(tmp_path, corpus_db):
    # Windsor and Maidenhead, 24 February 2020, page 3: "Early help services in RBWM are a real
    # strength" (the words are common: the one window of the council's reports as long as the
    # quotation, one word inside it changed)
    text = (
        "Children's services in the Royal Borough of Windsor and Maidenhead have been rated good "
        "by Ofsted. Lead inspector Maire Atherton's team found that early help services \"are a "
        'real strength".\n'
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2020-02-24",
        "are a real strength",
        altered=("a real strength", "a clear strength"),
        kind="quote",
    )
