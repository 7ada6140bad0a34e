"""`ilacs check`, round 13: ranks and counts. 'since Ofsted began grading care leavers
separately in 2023' is the year a way of grading came in (the framework of that year), not a
year of the council's own inspection; a count that names no scope of its own just after a
sentence counting within a group ('Of the 100 councils whose reports have been published under
the current framework, ...') is also read within that group."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text as _check
from tests.conftest import LETTERS


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


@pytest.mark.parametrize(("nth", "verdict"), [("first", "supported"), ("fifth", "contradicted")])
def test_a_rank_after_a_standard_inspection_counts_standard_inspections(
    tmp_path, corpus_db, nth, verdict
):
    # Leicestershire, 12 July 2024: the first ILACS 2023 report from a standard (two-week)
    # inspection to give outstanding overall (short inspections had given it before)
    text = (
        "Leicestershire County Council has been rated outstanding by Ofsted. It is the "
        f"{nth} council to be judged outstanding following a standard inspection under the "
        "new framework.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2024-09-01"), f"the {nth} council")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("nth", "verdict"), [("third", "supported"), ("second", "contradicted")])
def test_the_nth_consecutive_good_overall_judgement_counts_that_many(
    tmp_path, corpus_db, nth, verdict
):
    # Sutton: good overall in 2016 (SIF), 2022 and 2025 (ILACS)
    text = (
        "The London Borough of Sutton's children's services have been judged good by Ofsted. "
        f"This was the {nth} consecutive Good overall judgement for Sutton.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-09-18")
    hits = [c for c in claims if "consecutive" in c["text"]]
    assert hits and hits[0]["verdict"] == verdict, claims


@pytest.mark.parametrize(("n", "verdict"), [("three", "supported"), ("five", "contradicted")])
def test_areas_where_we_need_to_do_better_counts_what_must_improve(tmp_path, corpus_db, n, verdict):
    # Oldham (12 July 2024): three things to improve; the council speaking of itself
    text = (
        "Oldham Council said its children's services had been inspected. "
        f"Inspectors pointed to {n} areas where we need to do better, a spokesperson said.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-15")
    hits = [c for c in claims if c["type"] == "recommendation" and n in c["text"]]
    assert hits and hits[0]["verdict"] == verdict, claims


@pytest.mark.parametrize(
    ("share", "verdict"), [("almost three quarters", "supported"), ("about half", "contradicted")]
)
def test_a_share_of_a_group_after_its_counts(tmp_path, corpus_db, share, verdict):
    # 9 May 2025: of 100 councils with an ILACS 2023 report, 29 outstanding and 44 good overall
    text = (
        "Surrey County Council has been rated good in every area.\n\n"
        "Of the 100 councils with reports published under the current framework, 29 are "
        f"outstanding and 44 good, so {share} are good or outstanding.\n"
    )
    c = _rank(_check(tmp_path, corpus_db, text, "2025-05-09"), share)
    assert c["verdict"] == verdict, c


DUDLEY = (
    "80464_dudley__children's_services_focused_visit_-_16_may_2024.pdf",
    "80464_dudley__children's_services_focused_visit_-_20_november_2025.pdf",
)


@pytest.fixture(scope="module")
def with_dudley(corpus_db, tmp_path_factory):
    """The corpus plus Dudley's two focused-visit letters (visits of February 2024 and October
    2025, after its full inspection of autumn 2022)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("rankcount13")
    db = tmp / "rankcount13.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    for name in DUDLEY:
        shutil.copy(LETTERS / name, pdfs / name)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


@pytest.mark.parametrize(
    ("nth", "verdict"),
    [("second", "supported"), ("first", "contradicted"), ("fourth", "not_in_record")],
)
def test_the_nth_focused_visit_since_the_last_inspection_counts_letters(
    tmp_path, with_dudley, nth, verdict
):
    text = (
        "Ofsted inspectors returned to Dudley in October to look at its services for children "
        f"in need. This was the {nth} focused visit to the borough since its last full "
        "inspection.\n"
    )
    claims = _check(tmp_path, with_dudley, text, "2025-11-22")
    hits = [c for c in claims if c["type"] == "count" and nth in c["text"]]
    assert hits and hits[0]["verdict"] == verdict, claims
