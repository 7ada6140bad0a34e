"""`ilacs check` (round 9): counts and ranks over groups the sentence before names (a framework
that scopes the next count), a part of the councils counted ('24 of them'), how many councils a
framework reported on in the year or 'among' which a council is, a place whose words sit before
its span, and the lead inspector of one of two councils whose reports came out the same day."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text, claim_with
from tests.conftest import LETTERS


def test_a_count_scoped_by_the_framework_of_the_sentence_before(tmp_path, corpus_db):
    # Liverpool: the one ILACS 2023 report rated inadequate overall by 21 August 2023 (13
    # councils were inadequate overall by their latest report of any framework)
    text = (
        "Of the 21 councils inspected under the revised framework, five have been judged "
        "outstanding overall. Liverpool is the only council judged inadequate.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-08-21")
    c = claim_with(claims, "Liverpool is the only council judged inadequate")
    assert c["verdict"] == "supported", c
    # with no framework the sentence before named, the count of every framework stands
    text = "Ofsted published its report on Liverpool. Liverpool is the only council judged inadequate.\n"
    claims = check_text(tmp_path, corpus_db, text, "2023-08-21")
    c = claim_with(claims, "Liverpool is the only council judged inadequate")
    assert c["verdict"] == "contradicted", c


def test_a_part_of_the_councils_counted_is_no_grade_of_a_council(tmp_path, corpus_db):
    # Central Bedfordshire: good in all five areas (24 April 2025); 32 councils had ILACS 2023
    # reports published from 1 January to 6 August 2025 (113 since 2023)
    text = (
        "Central Bedfordshire was judged good in all five areas in April.\n\n"
        "Across England 32 councils have had reports published under the current framework "
        "so far this year, and 20 of them were judged good or better - nine of those "
        "outstanding.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-08-06")
    assert not [c for c in claims if c["type"] == "grade" and "of them" in c["text"]], claims
    assert not [c for c in claims if c["type"] == "grade" and "of those" in c["text"]], claims
    c = claim_with(claims, "32 councils have had reports published")
    assert c["verdict"] == "supported", c
    claims = check_text(tmp_path, corpus_db, text.replace("32", "40"), "2025-08-06")
    assert claim_with(claims, "40 councils have had")["verdict"] == "contradicted"


def test_among_the_councils_a_framework_has_reported_on(tmp_path, corpus_db):
    # ILACS 2026 reports by 8 July 2026: Brent, Somerset, North and West Northamptonshire,
    # Liverpool
    text = (
        "The two Northamptonshire councils are among {n} councils to have had reports "
        "published under the new framework.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(n="five"), "2026-07-08")
    assert claim_with(claims, "among five councils")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(n="eight"), "2026-07-08")
    assert claim_with(claims, "among eight councils")["verdict"] == "contradicted"


def test_a_place_in_a_window_of_days_is_not_read(tmp_path, corpus_db):
    # Gloucestershire good (4 August 2025), Bath and North East Somerset good (5 August 2025):
    # 'in two days' is a window ilacs does not count within
    text = (
        "Bath and North East Somerset has been judged good. It became the second council in "
        "the South West in two days to be judged good, after Gloucestershire on Monday.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-08-06")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_the_lead_inspector_of_the_other_council_reported_that_day(tmp_path, corpus_db):
    # North Northamptonshire (lead inspector David Cohen) and West Northamptonshire (Rebecca
    # Dubbins): reports both published 7 July 2026
    text = (
        "North Northamptonshire has had the leadership of its children's services judged "
        "outstanding, alongside neighbouring West Northamptonshire.\n\n"
        "The report, led by {who} HMI, said the experiences of children had improved.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(who="David Cohen"), "2026-07-08")
    assert claim_with(claims, "led by David Cohen")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="Rebecca Dubbins"), "2026-07-08")
    assert claim_with(claims, "led by Rebecca Dubbins")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="Peter Green"), "2026-07-08")
    assert claim_with(claims, "led by Peter Green")["verdict"] == "contradicted"


def test_the_area_and_grade_just_before_a_place_to_achieve_that(tmp_path, corpus_db):
    # Salford (12 January 2024): leaders outstanding, the first in the North West under ILACS
    # 2023 (Rochdale, Liverpool, St Helens and Bolton before it gave leaders less)
    text = (
        "Salford stays good overall, and inspectors judged the impact of leaders as "
        "outstanding - the {place} North West authority to achieve that under the 2023 "
        "framework.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(place="first"), "2024-01-15")
    assert claim_with(claims, "the first North West")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(place="second"), "2024-01-15")
    assert claim_with(claims, "the second North West")["verdict"] == "contradicted"


def test_a_council_whose_name_has_commas_in_the_list_before_a_place(tmp_path, corpus_db):
    # Bury (29 July 2025) left inadequate after Bournemouth, Christchurch and Poole (29 January
    # 2025), the one council to do so before it that year: one name, not three
    text = (
        "This year Bury became the {place} council in England to shake off an inadequate "
        "rating this year, after Bournemouth, Christchurch and Poole.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(place="second"), "2025-07-29")
    assert claim_with(claims, "the second council")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(place="fourth"), "2025-07-29")
    assert claim_with(claims, "the fourth council")["verdict"] == "contradicted"


def test_a_place_this_year_is_by_the_day_reports_came_out(tmp_path, corpus_db):
    # Warwickshire (14 October 2025): the seventh ILACS 2023 report of 2025 rated requires
    # improvement overall by publication (the fifth by the days on site)
    text = (
        "Inspectors were on site from 2 to 6 June.\n\nWarwickshire becomes the {place} "
        "council this year to be judged requires improvement overall under the current "
        "framework.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(place="seventh"), "2025-10-14")
    assert claim_with(claims, "the seventh council")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(place="fifth"), "2025-10-14")
    c = claim_with(claims, "the fifth council")
    assert c["verdict"] == "contradicted", c
    # the date of the sentence before is no part of the place's claim
    assert not [x for x in claims if "June" in x["text"] and "fifth" in x["text"]], claims


def test_counts_of_what_must_improve_in_other_words(tmp_path, corpus_db):
    # North Yorkshire (18 August 2023): one recommendation; Oldham (12 July 2024): three;
    # Derbyshire (12 January 2024): four; Plymouth (15 March 2024): eight
    cases = [
        ("North Yorkshire", "2023-08-21", "Inspectors gave a single recommendation", "a single", "two"),
        ("Oldham", "2024-07-15", "Ofsted named three areas where the council could improve", "three", "five"),
        ("Derbyshire", "2024-01-15", "Supervision is one of the four improvements that inspectors listed", "four", "six"),
        (
            "Plymouth",
            "2024-03-18",
            "A plan covers the eight areas in which inspectors said the council must improve",
            "eight",
            "eleven",
        ),
    ]  # fmt: skip
    for council, day, words, n, wrong in cases:
        text = f"{council}'s children's services were inspected. {words}.\n"
        claims = check_text(tmp_path, corpus_db, text, day)
        hits = [c for c in claims if c["type"] == "recommendation" and n in c["text"]]
        assert hits and hits[0]["verdict"] == "supported", (council, claims)
        claims = check_text(tmp_path, corpus_db, text.replace(n, wrong), day)
        hits = [c for c in claims if c["type"] == "recommendation" and wrong in c["text"]]
        assert hits and hits[0]["verdict"] == "contradicted", (council, claims)


def test_a_visit_of_no_kind_is_a_full_inspections_days_on_site(tmp_path, corpus_db):
    # Central Bedfordshire: on site 10-14 March 2025, report published 24 April 2025 (no letter)
    text = (
        "Central Bedfordshire is good in every area, its report published in April said, "
        "following a visit in {month}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(month="March"), "2025-08-06")
    assert claim_with(claims, "visit in March")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(month="January"), "2025-08-06")
    assert claim_with(claims, "visit in January")["verdict"] != "contradicted"


WOKINGHAM = "80582_wokingham__children's_services_focused_visit_-_28_january_2025.pdf"


@pytest.fixture(scope="module")
def with_wokingham(corpus_db, tmp_path_factory):
    """The corpus plus Wokingham's focused-visit letter (visit 11-12 December 2024, published
    28 January 2025)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("counts9")
    db = tmp / "counts9.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / WOKINGHAM, pdfs / WOKINGHAM)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


def test_a_letters_day_after_what_the_visit_looked_at(tmp_path, with_wokingham):
    # Wokingham: focused visit 11-12 December 2024, letter published 28 January 2025
    text = (
        "Ofsted went to Wokingham in December to examine its services for care leavers, "
        "and a letter describing what inspectors found was published {day}.\n"
    )
    claims = check_text(tmp_path, with_wokingham, text.format(day="yesterday"), "2025-01-29")
    c = claim_with(claims, "published yesterday")
    assert c["verdict"] == "supported" and "examine" not in c["text"], c


def test_when_the_framework_came_in(tmp_path, corpus_db):
    # the first ILACS 2023 inspection began on 16 January 2023
    text = (
        "Halton was judged inadequate under the current inspection framework, which was "
        "introduced in {when}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(when="January 2023"), "2024-01-15")
    assert claim_with(claims, "introduced in January 2023")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(when="January 2021"), "2024-01-15")
    assert claim_with(claims, "introduced in January 2021")["verdict"] == "contradicted"
    text = (
        "Salford's care leavers were judged outstanding under the framework, which has graded "
        "care leavers on their own since it came into force in January 2023.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-01-15")
    assert claim_with(claims, "since it came into force in January 2023")["verdict"] == (
        "supported"
    )


def test_a_council_abolished_before_the_date_is_not_the_one_meant(tmp_path, corpus_db):
    # North Northamptonshire: requires improvement in every area, on site October 2022; the
    # county council it replaced was abolished on 31 March 2021
    text = (
        "North Northamptonshire Council has had the leadership of its children's services "
        "judged outstanding.\n\nA trust runs its services; it took over when the former "
        "county council's services were judged inadequate in 2019.\n\nThat is real progress "
        "for the council, which was found to require improvement in every area when first "
        "inspected in October {year}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(year="2022"), "2026-07-08")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    claims = check_text(tmp_path, corpus_db, text.format(year="2021"), "2026-07-08")
    assert [c for c in claims if "October 2021" in c["text"] and c["verdict"] == "contradicted"]
    c = claim_with(claims, "judged inadequate in 2019")
    assert c["verdict"] != "contradicted", c


def test_the_reports_day_before_what_another_body_did(tmp_path, corpus_db):
    # Bury: judged inadequate in a report published 17 December 2021
    text = (
        "Bury's children's services were judged inadequate in 2021. The report, published in "
        "{month} 2021, prompted ministers to send in a commissioner.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(month="December"), "2025-07-29")
    assert claim_with(claims, "published in December 2021")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(month="March"), "2025-07-29")
    c = claim_with(claims, "published in March 2021")
    assert c["type"] == "date" and c["verdict"] != "supported", c
