"""`ilacs check`: what a report found, turned round in the article's own words (pool eb-ee).

"a focused visit in March 2021 had both identified clear strengths in child protection
practice" where the report says the visits "both identified serious weaknesses in child
protection practice": a paraphrase of one plain sentence of the report (no negation, no
contrast in either) with a word of what was found turned round before the same words is
contradicted, not a paraphrase. Real values from the corpus in ../shared: Birmingham's 2023
report, Lincolnshire's 2023 report, Sefton's 2022 report."""

from __future__ import annotations

import pytest

from tests.claims_helpers import held_then_caught


@pytest.mark.parametrize(
    ("text", "as_of", "words", "altered"),
    [
        (
            "Birmingham was rated requires improvement. Inspectors found that care-experienced "
            "young people benefit from a strong corporate commitment to help them fulfil their "
            "potential.",
            "2023-04-25",
            "benefit from a strong corporate",
            ("strong", "weak"),
        ),
        (
            "Lincolnshire council was praised. The report says children benefit from strong "
            "partnership working, which allows them to get extra support from universal "
            "services.",
            "2023-06-20",
            "benefit from strong partnership",
            ("strong", "poor"),
        ),
        (
            "Sefton was rated inadequate. Ofsted noted that a joint targeted area inspection "
            "in September 2019 and a focused visit in March 2021 had both identified serious "
            "weaknesses in child protection practice and management oversight.",
            "2022-05-20",
            "identified serious weaknesses",
            ("serious weaknesses", "clear strengths"),
        ),
    ],
)
def test_a_finding_turned_round_is_contradicted(tmp_path, corpus_db, text, as_of, words, altered):
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        as_of,
        words,
        altered=altered,
        caught=words.replace(*altered),
        none_contradicted=False,
    )
