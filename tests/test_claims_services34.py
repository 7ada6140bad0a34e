"""`ilacs check`: a named service put in place of another in a report's sentence told in other
words (pool eb-ee).

"It also wants allegations against professionals ... to be progressed more quickly, with more
capacity in the fostering service" where the report asks for "sufficient capacity within the
LADO service, so that allegations against professionals progress in a timely way": one named
service (LADO, fostering, adoption, emergency duty, youth offending ...) in place of another
before the same word (service, team, hub ...), neither naming the other's, is contradicted, not
a paraphrase. Real values from the corpus in ../shared: Staffordshire 2024, Birmingham 2019 and
2023, Bradford 2014."""

from __future__ import annotations

import pytest

from tests.claims_helpers import held_then_caught


@pytest.mark.parametrize(
    ("text", "as_of", "words", "altered"),
    [
        (
            "Staffordshire was rated good. Inspectors found senior managers did not have an "
            "accurate oversight of the quality and performance of the LADO team.",
            "2024-01-20",
            "senior managers did not have",
            ("LADO team", "fostering team"),
        ),
        (
            "Birmingham was rated requires improvement. Inspectors said gaps remain in the "
            "trust's understanding of the effectiveness of the fostering service.",
            "2019-01-25",
            "gaps remain",
            ("fostering service", "adoption service"),
        ),
        (
            "Birmingham was rated requires improvement. Inspectors found that the emergency "
            "duty service responds to children's needs in a timely and proportionate way.",
            "2023-04-20",
            "responds to children",
            ("emergency duty service", "youth offending service"),
        ),
        (
            "Bradford requires improvement. The report said the council must ensure sufficient "
            "capacity within the LADO service so that allegations against professionals "
            "progress in a timely way.",
            "2014-05-25",
            "sufficient capacity",
            ("LADO service", "adoption service"),
        ),
    ],
)
def test_a_service_named_in_place_of_another_is_contradicted(
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
