"""`ilacs check`: a thing the report asks to improve, told in its own frame with one term swapped
for another (who the work is for or by, the body, the harm, the key stage), is a changed fact;
the same thing in the writer's other words is not.

Real values from the corpus in ../shared: the recommendations of Lancashire (January 2023,
information to care leavers about their health histories), Birmingham (April 2023, earlier
engagement of personal advisers for children leaving care), Cornwall (June 2016, educational
attainment particularly at key stage 4), Wokingham (July 2019, requiring improvement; the corporate parenting board),
Herefordshire (January 2026, management oversight of the LADO), Bedford (January 2022, support
to disabled children) and the City of London (November 2024, exploitation and youth violence)."""

from __future__ import annotations

import pytest

from ilacs.claims import swaps
from tests.claims_helpers import check_text, claim_with, contradicted, held_then_caught

# (article, as of, words of the claim, the term, the term put in its place)
CASES = [
    (
        "Lancashire County Council's children's services were rated good. Ofsted said the "
        "council must improve the provision of information to care leavers about their health "
        "histories.\n",
        "2023-02-01",
        "information to care leavers about their health histories",
        "care leavers",
        "foster carers",
    ),
    (
        "Birmingham's children's services are now rated good, Ofsted said. Inspectors want "
        "earlier engagement of personal advisers for children leaving care.\n",
        "2023-04-25",
        "earlier engagement of personal advisers for children leaving care",
        "personal advisers",
        "independent reviewing officers",
    ),
    (
        "Cornwall Council's children's services were rated good. The report said the council "
        "should improve educational attainment for all children looked after, particularly at "
        "key stage 4.\n",
        "2016-07-01",
        "educational attainment for all children looked after, particularly at key stage 4",
        "key stage 4",
        "key stage 2",
    ),
    (
        "Wokingham Borough Council's children's services require improvement. Ofsted said the council "
        "must improve the oversight and impact of the corporate parenting board.\n",
        "2019-07-20",
        "the oversight and impact of the corporate parenting board",
        "corporate parenting board",
        "local safeguarding children board",
    ),
    (
        "Herefordshire Council's children's services were judged to be effective. Ofsted said "
        "the council needs to improve the management oversight of the local authority "
        "designated officer.\n",
        "2026-01-20",
        "the management oversight of the local authority designated officer",
        "local authority designated officer",
        "multi-agency safeguarding hub",
    ),
    (
        "Bedford Borough Council's children's services were rated good. Ofsted wants the "
        "council to improve the quality and timeliness of support to disabled children.\n",
        "2022-01-20",
        "the quality and timeliness of support to disabled children",
        "disabled children",
        "young carers",
    ),
    (
        "The City of London Corporation's children's services were rated outstanding. Ofsted "
        "said the corporation must improve the response to children who experience "
        "exploitation and youth violence.\n",
        "2024-11-10",
        "the response to children who experience exploitation and youth violence",
        "exploitation and youth violence",
        "neglect",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "words", "old", "new"), CASES)
def test_a_term_swapped_in_a_recommendations_frame(
    tmp_path, corpus_db, text, as_of, words, old, new
):
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        as_of,
        words,
        altered=(old, new),
        kind="recommendation",
    )


def test_the_same_people_in_other_words_are_no_swap(tmp_path, corpus_db):
    # 'care-experienced young people' and 'children in care' are the report's care leavers
    # and children looked after, in the press's words
    claims = check_text(
        tmp_path,
        corpus_db,
        "Lancashire County Council's children's services were rated good. Ofsted said the "
        "council must improve the information it gives care-experienced young people about "
        "their health histories.\n",
        "2023-02-01",
    )
    assert claim_with(claims, "health histories")["verdict"] == "supported"
    assert not contradicted(claims)


def test_swapped_compares_terms_not_words():
    # the same term is no swap, another in its place is, and a term added beside it is not
    assert (
        swaps.swapped(
            "the provision of information to care leavers about their health histories",
            "The provision of information to care leavers about their health histories.",
        )
        is None
    )
    swap = swaps.swapped(
        "the information given to foster carers about their health histories",
        "The provision of information to care leavers about their health histories.",
    )
    assert swap == swaps.Swap("foster carers", "care leavers")
    assert (
        swaps.swapped("support for care leavers", "Support from personal advisers for care leavers")
        is None
    )
    assert swaps.terms("looked-after children and care-experienced young people") == {
        "children in care",
        "care leavers",
    }
