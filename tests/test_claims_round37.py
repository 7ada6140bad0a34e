"""`ilacs check`: what inspectors found, told in the article's own words and order, found in the
report by the weight of its words (quotes._sentence_found).

Real values from the corpus: West Sussex's report of May 2023 ("for some children there are
delays in strategy meetings taking place"), Oxfordshire's of June 2014 ("social work staff
turnover ... 9%", against 15% in England) and Trafford's of May 2019 ("no quality assurance
work had been undertaken in the team for more than a year")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check37(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _other(found, words: str) -> set[str]:
    return {v for k, t, v in found if k == "other" and words in t}


def test_three_words_of_meaning_in_one_sentence_of_the_report(check37) -> None:
    # 'for some children there are delays in strategy meetings taking place' (2023): three
    # words of meaning, all in one sentence, and a named speaker
    said = "West Sussex County Council's children's services are no longer inadequate. "
    found = check37(
        said + "Inspectors found delays in some strategy meetings.\n", date(2023, 5, 12)
    )
    assert verdicts(found, "delays in some strategy meetings", "other") == {"supported"}
    # ... a thing the report does not say of them is not found there
    other = check37(said + "Inspectors found delays in some adoption panels.\n", date(2023, 5, 12))
    assert "supported" not in _other(other, "adoption panels")


def test_a_finding_in_other_words_and_the_numbers_it_gives(check37) -> None:
    # Oxfordshire 2014: a stable workforce, social work staff turnover of 9% against 15%
    said = (
        "Oxfordshire County Council's children's services were rated good. The report also "
        "praised a stable workforce, with social work staff turnover of {} per cent against 15 "
        "per cent nationally.\n"
    )
    found = check37(said.format("nine"), date(2014, 7, 1))
    assert verdicts(found, "turnover of nine per cent", "other") == {"supported"}
    # a number the report's sentence does not give is not that sentence's fact
    altered = check37(said.format("19"), date(2014, 7, 1))
    assert "supported" not in _other(altered, "turnover of 19 per cent")


def test_a_finding_with_its_negation_in_other_words(check37) -> None:
    # Trafford 2019: 'no quality assurance work had been undertaken in the team for more than
    # a year'
    found = check37(
        "Trafford Council's children's services were rated inadequate. Inspectors found that no "
        "quality assurance work had been carried out in the team for more than a year.\n",
        date(2019, 5, 8),
    )
    assert verdicts(found, "no quality assurance work", "other") == {"supported"}
    assert not [t for k, t, v in found if v == "contradicted"]
