"""`ilacs check` (round 8): dates of what is no inspection (the councils that replaced another,
a council's action plan), a council abolished since whose own reports ilacs lacks, an aside
that counts councils by something else than a grade, the pair 'both' names, the lead of a
visit, the day of a visit inside the words of its letter, and a date's noun phrase."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text, claim_with
from tests.conftest import LETTERS


def test_the_councils_that_replaced_another_and_the_council_before(tmp_path, corpus_db):
    # Westmorland and Furness: good overall in its first report (12 July 2024); the council
    # it replaced (Cumbria, abolished 31 March 2023) has no report in the corpus
    text = (
        "Westmorland and Furness Council, one of two unitary councils that replaced Cumbria "
        "County Council in April 2023, was rated good in its first inspection, in a report "
        "published on 12 July.\n\nChildren's services at Cumbria had been rated requires "
        "improvement to be good in November 2022.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-24")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert not [c for c in claims if c["type"] == "rank"], claims
    assert claim_with(claims, "was rated good in its first")["verdict"] == "supported"
    c = claim_with(claims, "Children's services at Cumbria")
    assert c["verdict"] == "not_in_record", c
    # the day of the replacing, as the report says it ('came into being on 1 April 2023')
    assert claim_with(claims, "replaced Cumbria County Council in April 2023")["verdict"] == (
        "supported"
    )


def test_a_councils_action_plan_is_no_inspection(tmp_path, corpus_db):
    # Stockport: on site 12-23 May 2025, published 15 July 2025
    text = (
        "Stockport's children's services were judged to require improvement in July. A "
        "post-inspection action plan was submitted to Ofsted in August.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-09-10")
    assert not [c for c in claims if "August" in c["text"]], claims


def test_both_names_a_pair_not_a_count_of_councils(tmp_path, corpus_db):
    # Richmond upon Thames and Kingston upon Thames: both outstanding in 2025 (39 councils
    # outstanding then): 'both' is no count of councils in England
    text = "Both boroughs served by the trust are now rated outstanding.\n"
    claims = check_text(tmp_path, corpus_db, text, "2025-08-20")
    assert not [c for c in claims if c["type"] == "count"], claims


def test_a_date_from_its_noun_phrase(tmp_path, corpus_db):
    # South Tyneside: on site 15-26 June 2026 (two weeks), published 4 August 2026
    text = (
        "South Tyneside's children's services have improved. The report, published yesterday, "
        "follows a two-week inspection in {month}.\n"
    )
    for month, verdict in (("June", "supported"), ("May", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(month=month), "2026-08-05")
        c = claim_with(claims, f"a two-week inspection in {month}")
        assert c["verdict"] == verdict, (month, claims)


GLOUCESTERSHIRE = "80470_gloucestershire__children's_services_focused_visit_-_20_november_2020.pdf"


@pytest.fixture(scope="module")
def with_gloucestershire(corpus_db, tmp_path_factory):
    """The corpus plus Gloucestershire's focused-visit letter (visit 6-8 October 2020, led by
    Nigel Parkes; the full report of 2017 was led by Emmy Tomsett)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("dates8")
    db = tmp / "dates8.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / GLOUCESTERSHIRE, pdfs / GLOUCESTERSHIRE)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


VISIT = (
    "Progress in Gloucestershire's children's services has been slow in places, Ofsted has "
    "said.\n\nThe visit, led by {name}, looked at the help given to children in care.\n"
)


def test_the_lead_of_a_visit_is_its_letters(tmp_path, corpus_db, with_gloucestershire):
    claims = check_text(
        tmp_path, with_gloucestershire, VISIT.format(name="Nigel Parkes"), "2020-11-24"
    )
    assert claim_with(claims, "led by Nigel Parkes")["verdict"] == "supported", claims
    claims = check_text(
        tmp_path, with_gloucestershire, VISIT.format(name="Emmy Tomsett"), "2020-11-24"
    )
    assert claim_with(claims, "led by Emmy Tomsett")["verdict"] == "contradicted", claims
    # without the letter: not the full report's lead, but a letter ilacs does not hold
    claims = check_text(tmp_path, corpus_db, VISIT.format(name="Nigel Parkes"), "2020-11-24")
    assert claim_with(claims, "led by Nigel Parkes")["verdict"] == "not_in_record", claims


def test_the_day_of_a_visit_inside_the_words_of_its_letter(tmp_path, with_gloucestershire):
    text = (
        "Three inspectors carried out a focused visit to Gloucestershire on {day}, looking at "
        "the help given to children in care and care leavers.\n"
    )
    for day, verdict in (("October 6", "supported"), ("November 6", "contradicted")):
        claims = check_text(tmp_path, with_gloucestershire, text.format(day=day), "2020-11-24")
        c = claim_with(claims, f"visit to Gloucestershire on {day}, looking")
        assert c["verdict"] == verdict, (day, claims)


def test_the_number_rated_a_grade_under_a_framework_named_by_its_year(tmp_path, corpus_db):
    # 12 August 2025: 117 councils with a 2023-framework report, 35 of them outstanding (39
    # councils' latest overall grade outstanding, by any framework)
    text = (
        "The three results take the number of councils rated outstanding under the inspection "
        "framework introduced in January 2023 to {n}.\n"
    )
    for n, verdict in (("35", "supported"), ("38", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2025-08-13")
        c = claim_with(claims, "the number of councils rated outstanding")
        assert (c["type"], c["verdict"]) == ("count", verdict), (n, claims)
