"""`ilacs check` on facts, quotations and recommendations (round 17): a fact of a kind the
record does not hold (a company, a director) that the report states in nearly the same words is
the report's; 'changes in senior leadership in 2023' is no inspection's date; what a report is
said to acknowledge, run on into its own words quoted, is the quotation's; 'welcomed the
finding that "..."' quotes the report; 'They want the council to ...' lists what must improve;
a list item's gloss ('..., some of whom ...', '..., as some children ...') is no thing named;
'the response to children at risk from neglect' is the report's 'service to ...'. Real values
from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check17(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Worcestershire's report published 14 July 2023: 'Since October 2019, WCF has had operational
# responsibility for the delivery of children's services on behalf of Worcestershire County
# Council (WCC).'
def test_company_the_report_names_is_supported(check17) -> None:
    text = (
        "Worcestershire's children's services have been rated good by Ofsted.\n\n"
        "Since October 2019 services have been run by Worcestershire Children First, a "
        "company wholly owned by the county council."
    )
    found = check17(text, date(2023, 7, 20))
    assert verdicts(found, "Worcestershire Children First") == {"supported"}


def test_company_with_another_year_is_not_supported(check17) -> None:
    text = (
        "Worcestershire's children's services have been rated good by Ofsted.\n\n"
        "Since October 2015 services have been run by Worcestershire Children First, a "
        "company wholly owned by the county council."
    )
    found = check17(text, date(2023, 7, 20))
    assert "supported" not in verdicts(found, "Worcestershire Children First")


# West Berkshire's report published 28 October 2025: 'These changes in 2023, compounded by
# financial pressures ..., had acted as a brake on progress'.
def test_leadership_changes_in_a_year_are_no_inspection_date(check17) -> None:
    text = (
        "West Berkshire Council's children's services have been rated good by Ofsted.\n\n"
        "Inspectors acknowledged that changes in corporate, political and senior leadership "
        'in 2023, together with financial pressures, "had acted as a brake on progress".'
    )
    found = check17(text, date(2025, 11, 3))
    assert not [t for k, t, v in found if k == "date"]
    assert verdicts(found, "brake on progress", "quote") == {"supported"}


# Wirral's report published 2 February 2024: 'the budget has been protected, in a challenging
# financial environment'.
def test_report_acknowledged_run_on_into_its_quote(check17) -> None:
    text = (
        "Wirral Council's children's services still require improvement, Ofsted has said.\n\n"
        "The report acknowledged that the council had protected the children's services budget "
        '"in a challenging financial environment".'
    )
    found = check17(text, date(2024, 2, 5))
    assert not [t for k, t, v in found if k == "other" and v == "not_in_record"]
    assert verdicts(found, "financial environment", "quote") == {"supported"}


# Buckinghamshire's report published 14 May 2025 prints 'Unaccompanied asylum-seeking children
# receive sensitive and consistent support' and 'Workforce stability is improving'; among what
# must improve, the 'service to children at risk from neglect'.
def test_welcomed_the_finding_quotes_the_report(check17) -> None:
    text = (
        "Buckinghamshire Council's children's services still require improvement.\n\n"
        "The Cabinet Member for Children's Services welcomed the finding that \"Workforce "
        'stability is improving".'
    )
    found = check17(text, date(2025, 5, 20))
    assert verdicts(found, "Workforce stability", "quote") == {"supported"}


def test_response_is_the_reports_service(check17) -> None:
    text = (
        "Buckinghamshire Council's children's services still require improvement.\n\n"
        "The report set out areas for improvement, including management oversight and the "
        "response to children at risk from neglect."
    )
    found = check17(text, date(2025, 5, 20))
    assert "supported" in verdicts(found, "neglect", "recommendation")


# Cornwall's report published 22 August 2024: 'The timeliness of child protection strategy
# meetings.', 'The quality of Public Law Outline letters.'
def test_they_want_the_council_to(check17) -> None:
    text = (
        "Cornwall Council's children's services have been rated outstanding by Ofsted.\n\n"
        "Inspectors praised its work. They want the council to speed up child "
        "protection strategy meetings and improve the quality of Public Law Outline letters."
    )
    found = check17(text, date(2024, 8, 27))
    assert verdicts(found, "strategy meetings", "recommendation") == {"supported"}


# Windsor and Maidenhead's report published 19 November 2024: 'The stability of the workforce to
# minimise changes of social worker for children.', 'The consistency of practice and management
# oversight for disabled children.'
def test_gloss_of_a_list_item_is_no_thing_named(check17) -> None:
    text = (
        "Windsor and Maidenhead's children's services have been rated by Ofsted.\n\n"
        "Ofsted said the council must improve the stability of its workforce, as some children "
        "experience too many changes of social worker, and tighten management oversight of "
        "disabled children, some of whom were not having their needs reviewed often enough."
    )
    found = check17(text, date(2024, 11, 25))
    assert verdicts(found, "stability of its workforce", "recommendation") == {"supported"}


# Derbyshire's report published 12 January 2024: 'Effective and consistent provision of
# life-story work.' among what must improve.
def test_one_thing_more_after_the_list(check17) -> None:
    text = (
        "Derbyshire County Council's children's services have been rated good by Ofsted.\n\n"
        "Ofsted told the council it must improve management oversight and supervision. "
        "Life-story work for children in care should also be more consistent."
    )
    found = check17(text, date(2024, 1, 15))
    assert verdicts(found, "Life-story work", "recommendation") == {"supported"}


# West Berkshire (as above): a date with no word before it that says what it is of ('at the end
# of 2023') is claimed from the clause's last joint before it, not from the sentence's start.
def test_undated_event_date_spans_its_own_words(check17) -> None:
    text = (
        "West Berkshire Council's children's services have been rated good by Ofsted.\n\n"
        "The director drew attention to the inspectors' finding that the changes "
        '"had acted as a brake on progress", before the appointment of a dedicated director '
        "of children's services at the end of 2023 had helped."
    )
    found = check17(text, date(2025, 11, 3))
    assert not [t for k, t, v in found if k == "date" and t.startswith("The director")]
    assert verdicts(found, "brake on progress", "quote") == {"supported"}
