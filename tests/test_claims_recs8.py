"""Recommendations (round 8): one thing of a list in a recommendation's own opening words with
its subject swapped, every other thing of the list found, is contradicted; a thing in the
writer's own words stays not_in_record."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with

# Merton ILACS report, 9 May 2022: 'The quality of work with some children by out-of-hours
# staff when children need to come into care.' and 'A flexible needs-led housing offer when
# young people leave care.'
ARTICLE = (
    "Ofsted rated Merton's children's services outstanding. The report said the council "
    "needs to improve {} and a flexible housing offer for young people leaving care.\n"
)


def test_swapped_subject_in_recommendations_frame(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        ARTICLE.format("the quality of work by youth justice staff with some children"),
        "2022-05-12",
    )
    assert claim_with(claims, "youth justice")["verdict"] == "contradicted"


def test_true_item_still_supported(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        ARTICLE.format("the quality of work with some children by out-of-hours staff"),
        "2022-05-12",
    )
    assert claim_with(claims, "out-of-hours")["verdict"] == "supported"


def test_own_words_without_the_frame_not_contradicted(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        ARTICLE.format("how night-time duty workers handle children entering care"),
        "2022-05-12",
    )
    assert claim_with(claims, "night-time")["verdict"] != "contradicted"
