"""`ilacs check`: which council a relative clause speaks of, and spans of years that are not
the record's."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text, claim_with
from tests.conftest import LETTERS


def test_a_relative_clause_speaks_of_the_council_right_before_it(tmp_path, corpus_db):
    # Enfield: on site 22-26 July 2024 (published 4 September 2024); Ealing: on site April-May
    # 2024 (published 12 July 2024)
    text = (
        "Several London councils were rated good this summer, including Ealing and Enfield - "
        "whose inspection, in {m}, was led by Christine Kennet.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="July"), "2024-09-20")
    c = claim_with(claims, "inspection, in July")
    assert c["verdict"] == "supported", c
    assert "Enfield" in c["explanation"]
    claims = check_text(tmp_path, corpus_db, text.format(m="April"), "2024-09-20")
    c = claim_with(claims, "inspection, in April")
    assert c["verdict"] == "contradicted", c
    assert "Enfield" in c["explanation"]


def test_years_after_something_that_is_no_inspection(tmp_path, corpus_db):
    # Dorset: good in the report of 19 November 2021, outstanding in that of 9 May 2025; the
    # council's creation in 2019 is not in the record
    text = (
        "Dorset has been rated outstanding. It is a step up from the good rating the council "
        "received in 2021, two years after the new unitary authority replaced the county and "
        "district councils.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-05-20")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    # a span of years after an inspection is still checked
    text = "Dorset was rated outstanding in 2025, two years after it was judged good.\n"
    claims = check_text(tmp_path, corpus_db, text, "2025-05-20")
    assert claim_with(claims, "two years after")["verdict"] == "contradicted"


REDCAR = "80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf"


@pytest.fixture(scope="module")
def with_redcar(corpus_db, tmp_path_factory):
    """The corpus plus Redcar and Cleveland's focused-visit letter (visit 4-5 July 2023)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("dates5")
    db = tmp / "dates5.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / REDCAR, pdfs / REDCAR)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


def test_a_focused_visit_dated_a_year_off(tmp_path, with_redcar):
    # Redcar and Cleveland: full inspections of June-July 2022 and December 2025, a focused
    # visit on 4-5 July 2023 between them
    text = "In {when}, inspectors made a focused visit to Redcar and Cleveland's front door.\n"
    for when, verdict in (
        ("July 2023", "supported"),
        ("July 2024", "contradicted"),
        # another month: a visit ilacs may not hold
        ("March 2024", "not_in_record"),
    ):
        claims = check_text(tmp_path, with_redcar, text.format(when=when), "2025-01-10")
        assert claim_with(claims, when)["verdict"] == verdict, (when, claims)


def test_a_part_of_a_year(tmp_path, corpus_db):
    # Enfield: on site 20 January to 11 February 2015, published 27 March 2015
    text = "Inspectors spent more than three weeks in Enfield {when}.\n"
    for when, verdict in (("early this year", "supported"), ("late last year", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(when=when), "2015-03-27")
        assert claim_with(claims, when)["verdict"] == verdict, (when, claims)


def test_minutes_that_name_no_council(tmp_path, corpus_db):
    # Nottinghamshire: on site 7-18 October 2019, published 19 December 2019, led by Margaret
    # Burke; its 2024 inspection was led by another inspector
    text = (
        "The Service Director introduced the report on the Ofsted inspection of the Council's "
        "children's services carried out between 7 and 18 {m} 2019, the findings of which were "
        "published on 19 December 2019. The inspection was led by {who} HMI.\n"
    )
    claims = check_text(
        tmp_path, corpus_db, text.format(m="October", who="Margaret Burke"), "2020-01-20"
    )
    assert claim_with(claims, "7 and 18 October 2019")["verdict"] == "supported"
    assert "Nottinghamshire" in claim_with(claims, "Margaret Burke")["explanation"]
    claims = check_text(
        tmp_path, corpus_db, text.format(m="November", who="Margaret Burke"), "2020-01-20"
    )
    assert claim_with(claims, "7 and 18 November 2019")["verdict"] == "contradicted"
    claims = check_text(
        tmp_path, corpus_db, text.format(m="October", who="Nicki Shaw"), "2020-01-20"
    )
    assert claim_with(claims, "Nicki Shaw")["verdict"] == "contradicted"
    # one fact alone picks out no council
    claims = check_text(
        tmp_path,
        corpus_db,
        "The inspection report on the Council's children's services was published on 19 "
        "December 2019.\n",
        "2020-01-20",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_the_report_dates_the_joint_inspection_by_its_year(tmp_path, corpus_db):
    # Cornwall's report of 5 November 2019: 'Since the Joint Targeted Area Inspection (JTAI) in
    # 2018, the early help hub has developed further'
    text = (
        "Cornwall has been rated outstanding. Inspectors noted that the early help hub had "
        "developed further since a joint targeted area inspection in {y}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(y=2017), "2019-11-06")
    assert claim_with(claims, "inspection in 2017")["verdict"] == "contradicted"
    claims = check_text(tmp_path, corpus_db, text.format(y=2018), "2019-11-06")
    assert "contradicted" not in {c["verdict"] for c in claims}


def test_what_a_visit_is_is_no_theme_and_jtais_are_not_graded(tmp_path, corpus_db):
    # Newcastle upon Tyne: good, on site 29 November to 10 December 2021
    text = (
        "The focused visit - a shorter check carried out between full inspections - does not "
        "lead to a new grade, so Newcastle remains rated good, the rating it received after its "
        "last full inspection at the end of 2021. Joint targeted area inspections, as they are "
        "known, do not award a grade.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-10-26")
    assert not [c for c in claims if "between full inspections" in c["text"]], claims
    assert claim_with(claims, "at the end of 2021")["verdict"] == "supported"
    assert claim_with(claims, "do not award a grade")["verdict"] == "supported"


def test_led_by_one_of_her_majestys_inspectors(tmp_path, corpus_db):
    # North East Lincolnshire: report of 26 November 2021, lead inspector Matt Reed
    text = (
        "North East Lincolnshire's report follows a two-week inspection carried out from "
        "October 4 to October 15. It was led by {who}, one of Her Majesty's Inspectors.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(who="Matt Reed"), "2021-11-27")
    assert claim_with(claims, "Matt Reed")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="Nicki Shaw"), "2021-11-27")
    assert claim_with(claims, "Nicki Shaw")["verdict"] == "contradicted"


def test_published_since_a_month_and_a_frameworks_name(tmp_path, corpus_db):
    # Ealing: on site April-May 2024, published 12 July 2024; Enfield: published 4 September
    text = (
        "Several London authorities have been rated good in reports published since {m}, "
        "including Ealing and Enfield.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="July"), "2024-11-12")
    assert claim_with(claims, "published since July")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(m="August"), "2024-11-12")
    assert claim_with(claims, "published since August")["verdict"] == "contradicted"
    # North Yorkshire: published 6 August 2018 (on site in July)
    text = (
        "North Yorkshire was rated outstanding under the inspection of local authority "
        "children's services (ILACS) framework last month.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2018-09-04")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_the_councils_a_council_was_made_of_are_not_its_subject(tmp_path, corpus_db):
    # Bournemouth, Christchurch and Poole: inadequate in its report of 11 February 2022;
    # Dorset's report of 19 November 2021 was good
    text = (
        "In its first full inspection since the council was formed from the merger of "
        "Bournemouth, Poole and the former Dorset borough of Christchurch in 2019, Ofsted rated "
        "BCP inadequate in February 2022.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-01-31")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert "Dorset ilacs" not in " ".join(c["explanation"] for c in claims)
