"""`ilacs check` (round 11): a span of years is gainsaid only when both its ends are pinned (the
earlier by the grade or date named, any report of that grade; the later the report the article
is about); 'N years later' counts from an event ilacs does not pin; the framework's first
reports; an inspector named inside a date's sentence; a quotation with its judgement turned
round. Real values from the corpus in ../shared."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text, claim_with
from tests.conftest import LETTERS


def test_years_after_a_grade_named_run_from_any_report_of_that_grade(tmp_path, corpus_db):
    # Barnet: SIF published 7 July 2017 inadequate; ILACS 1 July 2019 good; ILACS 23 July 2024
    # good. The years run from the inadequate report, not from the report just before.
    text = (
        "Barnet Council's children's services have been rated good by Ofsted for the second "
        "time in a row, following the inspection in 2019, and the result comes {n} years after "
        "services were judged inadequate.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(n="seven"), "2024-07-25")
    assert claim_with(claims, "seven years after")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(n="three"), "2024-07-25")
    assert claim_with(claims, "three years after")["verdict"] == "contradicted"


def test_years_after_an_unnamed_event_are_never_gainsaid(tmp_path, corpus_db):
    # Redcar and Cleveland: ILACS 22 September 2022 requires improvement; a focused visit in
    # July 2023; ILACS 28 January 2026 good. 'A year later' counts from the inspection of the
    # sentence before, not from the report the article is about.
    text = (
        "Redcar and Cleveland Council's children's services have been rated good by Ofsted.\n\n"
        "At the last full inspection, in the summer of 2022, the council was judged to require "
        "improvement in every area. A year later a focused visit found that leaders had acted "
        "on the areas for improvement.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-01-30")
    assert all(c["verdict"] != "contradicted" for c in claims if "year later" in c["text"]), claims


def test_the_first_reports_of_the_new_framework(tmp_path, corpus_db):
    # the first ILACS 2026 reports (Brent, Somerset) were published on 17 June 2026; Portsmouth's
    # on 18 August 2026
    text = (
        "Portsmouth City Council's children's services have been rated outstanding for "
        "leadership by Ofsted.\n\nOfsted published its first reports under the new framework "
        "in {m}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="June"), "2026-08-20")
    assert claim_with(claims, "first reports")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(m="April"), "2026-08-20")
    assert claim_with(claims, "first reports")["verdict"] != "contradicted"


def test_an_inspector_named_in_a_dates_sentence_is_a_claim_of_its_own(tmp_path, corpus_db):
    # Bolton, ILACS published 27 October 2023: on site 11 to 15 September 2023, lead inspector
    # Lisa Walsh (Anna Gravelle led Barnsley's, published the same day)
    text = (
        "Bolton Council's children's services have been rated good by Ofsted.\n\n"
        "The inspection, led by {name}, took place over one week in September.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(name="Anna Gravelle"), "2023-10-30")
    assert claim_with(claims, "led by Anna Gravelle")["verdict"] == "contradicted"
    date_claim = claim_with(claims, "one week in September")
    assert "Gravelle" not in date_claim["text"]
    assert date_claim["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(name="Lisa Walsh"), "2023-10-30")
    assert claim_with(claims, "led by Lisa Walsh")["verdict"] == "supported"


def test_a_quotation_with_its_judgement_turned_round(tmp_path, corpus_db):
    # Nottingham, 5 September 2022: 'Weaknesses in the MASH are significant, widespread and
    # systemic.' Barnet, 23 July 2024: 'Children in the London Borough of Barnet receive strong
    # and effective services.'
    text = (
        "Nottingham City Council's children's services have been rated inadequate by Ofsted.\n\n"
        'Ofsted said the weaknesses it found were "significant, {w} and systemic".\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format(w="widespread"), "2022-09-07")
    assert claim_with(claims, "significant, widespread")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(w="isolated"), "2022-09-07")
    assert claim_with(claims, "significant, isolated")["verdict"] == "contradicted"
    text = (
        "Barnet Council's children's services have been rated good by Ofsted.\n\n"
        'Inspectors found that children in the borough "receive {w} services".\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format(w="strong and effective"), "2024-07-25")
    assert claim_with(claims, "receive strong")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(w="weak and ineffective"), "2024-07-25")
    assert claim_with(claims, "receive weak")["verdict"] == "contradicted"


def test_a_span_gainsaid_is_not_lost_in_a_rank(tmp_path, corpus_db):
    # Manchester: SIF 3 September 2014 inadequate, 21 December 2017 requires improvement,
    # ILACS 19 May 2022 good, 11 November 2025 outstanding
    text = (
        "Manchester City Council's children's services have been rated outstanding by Ofsted "
        "for the first time, {n} years after they were judged inadequate.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(n="11"), "2025-11-13")
    assert all(c["verdict"] != "contradicted" for c in claims), claims
    claims = check_text(tmp_path, corpus_db, text.format(n="eight"), "2025-11-13")
    assert any(
        c["verdict"] == "contradicted" for c in claims if "eight years after" in c["text"]
    ), claims


def test_a_recommendation_for_other_children(tmp_path, corpus_db):
    # Windsor and Maidenhead, 19 November 2024: 'The stability of the workforce to minimise
    # changes of social worker for children.' 'The consistency of practice and management
    # oversight for disabled children.' Oxfordshire, 9 April 2024: '... to increase the range
    # and take-up by care leavers of employment, education and training opportunities.' (and
    # 'The quality of direct work with disabled children who are in care.')
    text = (
        "Windsor and Maidenhead's children's services have been rated good by Ofsted.\n\n"
        "Inspectors identified two areas for improvement: the stability of the workforce, and "
        "the consistency of practice and management oversight for {g}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(g="disabled children"), "2024-11-21")
    assert claim_with(claims, "stability of the workforce")["verdict"] != "contradicted"
    claims = check_text(tmp_path, corpus_db, text.format(g="care leavers"), "2024-11-21")
    assert claim_with(claims, "stability of the workforce")["verdict"] == "contradicted"
    text = (
        "Oxfordshire County Council's children's services have been rated good by Ofsted.\n\n"
        "Ofsted highlighted four areas for the council to build on, including the range and "
        "take-up of employment, education and training opportunities for {g}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(g="care leavers"), "2024-04-11")
    assert claim_with(claims, "take-up of employment")["verdict"] != "contradicted"
    claims = check_text(tmp_path, corpus_db, text.format(g="children in care"), "2024-04-11")
    assert claim_with(claims, "take-up of employment")["verdict"] == "contradicted"


def test_the_days_inspectors_were_there_outweigh_a_paraphrase(tmp_path, corpus_db):
    # Calderdale, ILACS published 15 May 2024: on site 19 to 23 February 2024 (a 2015 report
    # says inspectors spent time with social work teams: a paraphrase that weighs no date)
    text = (
        "Children's services in Calderdale have been rated good in every area by Ofsted.\n\n"
        "Inspectors spent a week with the council's social work teams in {m}. Their report, "
        "published yesterday, judged the service good overall.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="February"), "2024-05-16")
    assert all(c["verdict"] != "contradicted" for c in claims), claims
    claims = check_text(tmp_path, corpus_db, text.format(m="March"), "2024-05-16")
    assert claim_with(claims, "in March")["verdict"] == "contradicted"


def test_a_grades_own_month_is_its_visits_or_its_reports(tmp_path, corpus_db):
    # Lancashire: SIF published 27 November 2015 inadequate; SIF on site 4 to 28 June 2018,
    # published 17 August 2018, requires improvement. Buckinghamshire: SIF on site 6 to 30
    # November 2017, published 29 January 2018, inadequate.
    text = (
        "Lancashire County Council's children's services have been rated good by Ofsted.\n\n"
        "Children's services had been judged 'Inadequate' in November 2015 and 'Requires "
        "Improvement to be Good' in {m}, so the council has moved up a grade at each of its "
        "last two inspections.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="August 2018"), "2023-01-28")
    assert all(c["verdict"] != "contradicted" for c in claims), claims
    claims = check_text(tmp_path, corpus_db, text.format(m="August 2019"), "2023-01-28")
    assert claim_with(claims, "August 2019")["verdict"] == "contradicted"
    text = (
        "Buckinghamshire Council's children's services still require improvement.\n\n"
        "In 2014 its children's services were rated inadequate, a verdict repeated by "
        "inspectors in {m}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="early 2018"), "2025-05-16")
    assert all(c["verdict"] != "contradicted" for c in claims), claims


NE_LINCS_2019 = (
    "80526_north_east_lincolnshire__children's_services_focused_visit_-_18_december_2019.pdf"
)


@pytest.fixture(scope="module")
def ne_lincs(corpus_db, tmp_path_factory):
    """The corpus with North East Lincolnshire's focused-visit letter of 18 December 2019."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("durations11")
    db = tmp / "durations11.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / NE_LINCS_2019, pdfs / NE_LINCS_2019)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


def test_priority_actions_of_an_earlier_visit_not_met(tmp_path, ne_lincs):
    # North East Lincolnshire, focused visit letter of 18 December 2019: five priority actions,
    # two of them the visit before's not yet addressed
    text = (
        "North East Lincolnshire Council's children's services have been rated good.\n\n"
        "A focused visit in October 2019 found that {n} priority actions from an earlier visit "
        "had not been dealt with.\n"
    )
    claims = check_text(tmp_path, ne_lincs, text.format(n="two"), "2025-06-01")
    assert claim_with(claims, "priority actions")["verdict"] != "contradicted"
    # the letter's own count is still checked
    text = (
        "North East Lincolnshire Council's children's services have been rated good.\n\n"
        "A focused visit in October 2019 set out {n} priority actions for the council.\n"
    )
    claims = check_text(tmp_path, ne_lincs, text.format(n="five"), "2020-01-10")
    assert claim_with(claims, "priority actions")["verdict"] == "supported"
    claims = check_text(tmp_path, ne_lincs, text.format(n="three"), "2020-01-10")
    assert claim_with(claims, "priority actions")["verdict"] == "contradicted"


def test_its_report_is_the_council_named_last(tmp_path, corpus_db):
    # Cumberland, ILACS published 26 November 2024; Westmorland and Furness, 12 July 2024
    text = (
        "Cumberland Council's children's services have been rated good by Ofsted.\n\n"
        "Cumberland's neighbour, Westmorland and Furness, was also rated good when its report "
        "was published in {m}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="July"), "2024-11-28")
    assert all(c["verdict"] != "contradicted" for c in claims), claims
    claims = check_text(tmp_path, corpus_db, text.format(m="March"), "2024-11-28")
    assert claim_with(claims, "published in March")["verdict"] == "contradicted"
