"""`ilacs check`: a grade and the date of the inspection that gave it, read together."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ilacs.cli import main
from tests.claims_helpers import check_text, claim_with


def test_the_date_and_the_grade_of_one_inspection_are_one_claim(tmp_path, corpus_db):
    # Solihull: requires improvement at the inspection of November 2019 (published 9 January
    # 2020); the next report was published on 13 January 2023
    text = (
        "Solihull Council's children's services have been inspected by Ofsted again. At the "
        "previous inspection, in 2019, services were judged to require improvement to be good.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-06-01")
    c = claim_with(claims, "previous inspection, in 2019")
    assert c["verdict"] == "supported"
    assert "require improvement" in c["text"]
    claims = check_text(
        tmp_path,
        corpus_db,
        text.replace("to require improvement to be good", "to be good"),
        "2023-06-01",
    )
    c = claim_with(claims, "previous inspection, in 2019")
    assert c["verdict"] == "contradicted", c
    assert c["text"].endswith("judged to be good.")


def test_a_grade_dated_by_a_month(tmp_path, corpus_db):
    # Warrington: good, inspected 10-21 June 2024, published 30 July 2024
    text = "Warrington, rated good in {m}, was judged outstanding for the impact of its leaders.\n"
    for month, verdict in (("May", "contradicted"), ("June", "supported"), ("July", "supported")):
        claims = check_text(tmp_path, corpus_db, text.format(m=month), "2024-08-29")
        assert claim_with(claims, f"rated good in {month}")["verdict"] == verdict, month


def test_judged_inadequate_and_again_in_a_later_year(tmp_path, corpus_db):
    # Torbay: inadequate in the reports of 5 January 2016 and 24 August 2018
    text = "Torbay was judged inadequate in 2016 and again in {y}.\n"
    claims = check_text(tmp_path, corpus_db, text.format(y=2018), "2019-06-01")
    assert claim_with(claims, "again in 2018")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(y=2019), "2020-06-01")
    c = claim_with(claims, "again in 2019")
    assert c["verdict"] == "contradicted"
    # the record as the article's day knew it: no report published after it is named
    assert "2022" not in c["explanation"] and "2026" not in c["explanation"], c["explanation"]


def test_good_at_an_inspection_is_a_grade(tmp_path, corpus_db):
    # Shropshire: good overall in the SIF report of 24 November 2017 (on site September 2017)
    text = (
        "Shropshire was rated {g} at its single inspection in 2017. Its social workers are good "
        "at listening to children.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(g="good"), "2025-09-10")
    assert claim_with(claims, "rated good at its single")["verdict"] == "supported"
    assert not [c for c in claims if "listening" in c["text"]], claims
    claims = check_text(tmp_path, corpus_db, text.format(g="outstanding"), "2025-09-10")
    assert claim_with(claims, "rated outstanding at its single")["verdict"] == "contradicted"


def test_a_claim_holds_the_subject_of_its_clause(tmp_path, corpus_db):
    # South Gloucestershire: good in every judgement, published 23 July 2024
    text = (
        "South Gloucestershire Council's children's services have been rated good in every area "
        "by Ofsted.\n"
    )
    c = claim_with(check_text(tmp_path, corpus_db, text, "2024-07-23"), "rated good")
    assert c["text"].startswith("South Gloucestershire Council's children's services")
    assert c["verdict"] == "supported"


def test_a_grade_claim_ends_where_a_count_begins(tmp_path, corpus_db):
    # North Tyneside: outstanding in every judgement, one of two such reports on 13 January 2025
    text = (
        "North Tyneside Council's children's services have been rated outstanding in every area, "
        "one of two councils to receive the accolade today.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-01-13")
    grade = claim_with(claims, "rated outstanding in every area")
    assert (grade["type"], grade["verdict"]) == ("grade", "supported")
    assert grade["text"].endswith("in every area")
    count = claim_with(claims, "one of two councils")
    assert (count["type"], count["verdict"]) == ("count", "supported")


def test_minutes_that_name_no_council_are_read_by_their_quotations(tmp_path, corpus_db):
    # Nottinghamshire: on site 7-18 October 2019, published 19 December 2019, led by Margaret
    # Burke; the minutes call it only "the Council"
    text = (
        "The Committee noted the outcome of the Ofsted inspection, which was led by {name} HMI.\n\n"
        'Inspectors found that "political and corporate support has remained a strength for '
        'children\'s services" and that "children in need of urgent protection receive a swift '
        'and appropriate response".\n'
    )
    p = tmp_path / "minutes.txt"
    p.write_text(text.format(name="Margaret Burke"), encoding="utf-8")
    r = CliRunner().invoke(
        main, ["check", str(p), "--db", str(corpus_db), "--format", "json", "--as-of", "2020-01-20"]
    )
    assert r.exit_code == 0, r.output
    assert "read as about Nottinghamshire" in r.stderr
    out = json.loads(r.stdout)
    assert "Nottinghamshire" in out["council_source"]
    c = claim_with(out["claims"], "Margaret Burke")
    assert (c["verdict"], c["urns"]) == ("supported", [80534])
    claims = check_text(tmp_path, corpus_db, text.format(name="Nicki Shaw"), "2020-01-20")
    assert claim_with(claims, "Nicki Shaw")["verdict"] == "contradicted"
    # one quotation is not enough to say which council an article is about
    one = text.format(name="Nicki Shaw").split("\n\n")[0] + "\n"
    assert not [c for c in check_text(tmp_path, corpus_db, one, "2020-01-20") if c["urns"]]


def test_a_council_named_after_a_region_is_no_region(tmp_path, corpus_db):
    # North East Lincolnshire (Yorkshire and the Humber): inadequate (26 November 2021), good
    # (3 September 2025), the sixth by publication to move from inadequate to good under the
    # 2023 framework; "North East" in its name names no region to rank it in
    text = (
        "North East Lincolnshire is the {n} council to move from inadequate to good under the "
        "inspection framework introduced in 2023.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(n="sixth"), "2025-09-04")
    assert claim_with(claims, "the sixth council")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(n="fourth"), "2025-09-04")
    assert claim_with(claims, "the fourth council")["verdict"] == "contradicted"


def test_the_councils_own_review_is_no_inspection(tmp_path, corpus_db):
    # Tameside: on site 4-15 December 2023, published 13 February 2024
    text = (
        "Tameside was rated inadequate by Ofsted. A new leadership team was put in place after the "
        "council commissioned a peer review in August last year.\n\n"
        "Ofsted inspectors visited Tameside in {m} last year.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="December"), "2024-02-14")
    assert not [c for c in claims if "peer review" in c["text"]], claims
    assert claim_with(claims, "in December last year")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(m="August"), "2024-02-14")
    assert claim_with(claims, "visited Tameside in August")["verdict"] == "contradicted"
