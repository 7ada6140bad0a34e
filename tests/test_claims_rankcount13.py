"""`ilacs check`, round 13: ranks and counts. 'since Ofsted began grading care leavers
separately in 2023' is the year a way of grading came in (the framework of that year), not a
year of the council's own inspection; a count that names no scope of its own just after a
sentence counting within a group ('Of the 100 councils whose reports have been published under
the current framework, ...') is also read within that group."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check


def _rank(claims: list[dict], words: str) -> dict:
    hits = [c for c in claims if words in c["text"] and c["type"] in ("rank", "count")]
    assert hits, f"no rank or count holds {words!r}: {[c['text'] for c in claims]}"
    return hits[0]


@pytest.mark.parametrize(("nth", "verdict"), [("36th", "supported"), ("30th", "contradicted")])
def test_since_ofsted_began_grading_an_area_is_the_frameworks_year(
    tmp_path, corpus_db, nth, verdict
):
    # Haringey, 24 February 2026: the 36th ILACS 2023 report with care leavers outstanding
    text = (
        "Haringey Council's children's services have been rated outstanding, with its support for "
        "care leavers judged outstanding.\n\n"
        f"Haringey is the {nth} authority to have care leavers rated outstanding since "
        "inspectors started judging care leavers separately in 2023.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-02-26")
    c = _rank(claims, nth)
    assert c["verdict"] == verdict, c
    assert not any(
        x["verdict"] == "contradicted" and x["type"] in ("grade", "trend") for x in claims
    ), claims


@pytest.mark.parametrize(("n", "verdict"), [("Ten", "supported"), ("Fourteen", "contradicted")])
def test_a_bare_count_after_a_groups_count_is_read_within_the_group(
    tmp_path, corpus_db, n, verdict
):
    # 9 May 2025: 100 councils with an ILACS 2023 report published, 10 inadequate overall
    text = (
        "Surrey County Council has been rated good in every area.\n\n"
        "Of the 100 councils with reports published under the current framework, 29 are rated "
        f"outstanding. {n} authorities have been judged inadequate.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2025-05-09"), f"{n} authorities")
    assert c["verdict"] == verdict, c
