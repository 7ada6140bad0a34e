"""`ilacs check` (round 6): spans from events that are no full inspection, relative clauses
after a list of councils, dates of things that are no inspection, the making of councils as
their reports date it, and inspectors named council by council."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text, claim_with
from tests.conftest import LETTERS


def test_years_after_a_finding_that_is_no_full_inspection(tmp_path, corpus_db):
    # Shropshire: good in the report of 25 March 2022, outstanding in that of 12 August 2025
    # (41 months); the report dates a focused visit in November 2023 that found a decline
    text = (
        "Shropshire Council has been rated outstanding by Ofsted less than two years after "
        "inspectors raised concerns about a decline in its child protection practice.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-08-13")
    assert claim_with(claims, "less than two years")["verdict"] == "supported", claims
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    # from the last full inspection's grade, the span is still checked
    text = "Shropshire was rated outstanding less than two years after it was judged good.\n"
    claims = check_text(tmp_path, corpus_db, text, "2025-08-13")
    assert claim_with(claims, "two years after")["verdict"] == "contradicted", claims


def test_which_received_speaks_of_the_last_council_of_a_list(tmp_path, corpus_db):
    # Telford & Wrekin: outstanding, published 12 July 2024; Walsall: outstanding, published
    # 8 July 2025
    text = (
        "Shropshire is the third council in the West Midlands rated outstanding, after "
        "neighbouring Telford & Wrekin and Walsall, which received the top grade last month.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-08-13")
    c = claim_with(claims, "which received the top grade")
    assert c["verdict"] == "supported", c
    assert "Walsall" in c["explanation"]


def test_since_a_date_of_what_a_company_did(tmp_path, corpus_db):
    # Worcestershire: on site in June 2019 and May 2023; October 2019 is when its company took
    # over the services, which the record does not hold
    text = (
        "Children's services in Worcestershire have been rated good by Ofsted in a report "
        "published today. Inspectors spent two weeks in May looking at the work of the "
        "council-owned company that has delivered children's social care on behalf of "
        "Worcestershire County Council since October 2019.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-07-14")
    assert not [c for c in claims if c["type"] == "date" and "October 2019" in c["text"]]
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "two weeks in May")["verdict"] == "supported"


def test_the_making_of_a_council_as_its_report_dates_it(tmp_path, corpus_db):
    # Cumberland's report of 26 November 2024: 'came into being on 1 April 2023'
    text = (
        "Cumberland Council took over responsibility for children in Carlisle when Cumbria "
        "County Council was abolished in {when}.\n"
    )
    for when, verdict in (("April 2023", "supported"), ("April 2022", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(when=when), "2024-11-27")
        c = claim_with(claims, f"abolished in {when}")
        assert c["verdict"] == verdict, (when, claims)
        assert "April 2023" in c["explanation"]


def test_inspectors_named_council_by_council(tmp_path, corpus_db):
    # the reports of 7 July 2026: North Northamptonshire led by David Cohen, West
    # Northamptonshire by Rebecca Dubbins
    text = (
        "Both inspections took place in May, led by David Cohen in North Northamptonshire and "
        "{name} in West Northamptonshire.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(name="Rebecca Dubbins"), "2026-07-08")
    assert claim_with(claims, "David Cohen")["verdict"] == "supported"
    assert claim_with(claims, "Rebecca Dubbins in West")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(name="David Cohen"), "2026-07-08")
    assert claim_with(claims, "David Cohen in West")["verdict"] == "contradicted"


REDCAR = "80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf"


@pytest.fixture(scope="module")
def with_redcar(corpus_db, tmp_path_factory):
    """The corpus plus Redcar and Cleveland's focused-visit letter (visit 4-5 July 2023)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("dates6")
    db = tmp / "dates6.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / REDCAR, pdfs / REDCAR)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


def test_what_a_visit_looked_at_holds_the_date_before_it(tmp_path, with_redcar):
    text = (
        "Ofsted has published a letter after a focused visit to Redcar and Cleveland. In {when} "
        "inspectors looked at how the council helps children in care to find stable homes.\n"
    )
    claims = check_text(tmp_path, with_redcar, text.format(when="July 2024"), "2025-01-10")
    c = claim_with(claims, "July 2024 inspectors looked at")
    assert c["verdict"] == "contradicted", claims
    claims = check_text(tmp_path, with_redcar, text.format(when="July 2023"), "2025-01-10")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_the_last_full_inspection_named_beside_a_visit(tmp_path, corpus_db):
    # Lewisham: full inspection on site 8-19 July 2019 (published 19 August 2019), the one
    # before it in 2015; the focused-visit letter of August 2021 is not in the corpus
    text = (
        "In a letter published on Tuesday, inspectors who visited Lewisham's children's services "
        "for two days in July found that services had improved since the council's last full "
        "inspection in {year}.\n"
    )
    for year, verdict in (("2019", "supported"), ("2017", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(year=year), "2021-09-02")
        c = claim_with(claims, f"last full inspection in {year}")
        assert (c["type"], c["verdict"]) == ("date", verdict), (year, claims)


def test_a_reports_year_before_the_visits_it_names(tmp_path, corpus_db):
    # Herefordshire: inadequate in the report of 21 September 2022 (on site July 2022)
    text = (
        "Herefordshire was rated inadequate in 2022.\n\nThat 2022 report said focused visits "
        "in 2019 and 2021 had already identified poor practice.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-01-12")
    # the visits are dated by the report's words (their letters are not in the corpus)
    visits = [c for c in claims if c["type"] == "visit" and "2019 and 2021" in c["text"]]
    assert [c["verdict"] for c in visits] == ["supported"], claims
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_on_site_for_some_weeks(tmp_path, corpus_db):
    # Bromley: on site 19-30 November 2018 (published 7 January 2019), a standard inspection
    text = "Bromley's children's services were inspected. Inspectors were on site for {n} weeks.\n"
    for n, verdict in (("two", "supported"), ("four", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2019-01-10")
        assert claim_with(claims, f"on site for {n} weeks")["verdict"] == verdict, claims
