"""`ilacs check` on dates, recommendations and quotations (round 19): "since the first were
published in June" dates the first reports of a framework, not this council's; "the consistency
of social workers for families" is the report's "Consistency of practitioners for children and
families" put by who does the work, no other thing to improve; a quotation printed as it stands
a few sentences after the passage the article's sentence follows is the report's words, not a
changed one. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check19(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Lancashire: ilacs2026 on site 11 to 22 May 2026, published 20 August 2026; the first reports
# under that framework came out in June 2026.
def test_first_reports_date_is_no_council_date(check19) -> None:
    text = (
        "Lancashire County Council's services for care leavers were judged outstanding in a "
        "report published yesterday. Lancashire is one of 11 councils to have received reports "
        "under the new framework since the first were published in June."
    )
    found = check19(text, date(2026, 8, 21))
    assert not [t for k, t, v in found if "June" in t and v == "contradicted"]
    assert [v for k, t, v in found if k == "date" and "yesterday" in t] == ["supported"]


# Croydon: ilacs2023 published 3 December 2024, four things to improve, the second
# 'Consistency of practitioners for children and families.'
@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("the consistency of social workers for families", {"supported", "not_in_record"}),
        ("the consistency of foster carers for families", {"not_in_record", "contradicted"}),
    ],
)
def test_recommendation_social_workers_for_practitioners(check19, item: str, want: set) -> None:
    text = (
        "Croydon Council's children's services were rated good. Ofsted told the council to "
        f"improve four areas: services out of hours, {item}, the supply of homes for children "
        "in care and care leavers and waiting times for early help."
    )
    found = check19(text, date(2024, 12, 4))
    verdicts = [v for k, t, v in found if k == "recommendation" and "out of hours" in t]
    assert verdicts and set(verdicts) <= want
    if "social workers" in item:
        assert "contradicted" not in verdicts


# City of London: the 2024 report's 'This training, combined with moderate caseloads and
# regular, reflective supervision', two sentences after 'stable, committed and skilled
# workforce, often keeping the same social worker throughout their journey'.
def test_quotation_printed_a_few_sentences_on(check19) -> None:
    text = (
        "The City of London Corporation's children's services were rated outstanding. The "
        'report praised a "stable, committed and skilled workforce", with children often '
        "keeping the same social worker throughout their time with the service, and "
        '"moderate caseloads".'
    )
    found = check19(text, date(2024, 11, 5))
    assert [v for k, t, v in found if k == "quote" and "moderate" in t] == ["supported"]


# Wigan: ilacs2023 on site 6 to 17 October 2025, published 26 November 2025; the report before
# it published 5 July 2022.
@pytest.mark.parametrize(("month", "want"), [("October", "supported"), ("March", "contradicted")])
def test_month_of_a_report_just_out(check19, month: str, want: str) -> None:
    text = (
        "Wigan Council's children's services have been rated good by Ofsted. Inspectors spent "
        f"two weeks with the council's social workers in {month}, the report published "
        "yesterday says."
    )
    found = check19(text, date(2025, 11, 27))
    assert [v for k, t, v in found if k == "date" and month in t] == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors carried out a monitoring visit in March.",
        "In a report published in March, a review of the service found progress.",
    ],
)
def test_month_of_another_visit_or_report_is_left(check19, sentence: str) -> None:
    text = f"Wigan Council's children's services have been rated good by Ofsted. {sentence}"
    found = check19(text, date(2025, 11, 27))
    assert not [t for k, t, v in found if "March" in t and v == "contradicted"]


# Croydon: ilacs2023 on site 14 to 25 October 2024 (twelve days), published 3 December 2024.
@pytest.mark.parametrize(
    ("length", "want"),
    [("two weeks", "supported"), ("a fortnight", "supported"), ("four weeks", "contradicted")],
)
def test_length_of_the_visit_with_its_month(check19, length: str, want: str) -> None:
    text = (
        "Croydon Council's children's services have held on to their good rating from Ofsted. "
        f"Inspectors, who were in the borough for {length} in October, found help for some "
        "children was not good enough."
    )
    found = check19(text, date(2024, 12, 4))
    assert [v for k, t, v in found if k == "date" and "October" in t] == [want]


# Wakefield: ilacs2023 published 18 July 2025, lead inspector Christine Kennet.
@pytest.mark.parametrize(
    ("name", "want"), [("Christine Kennet", "supported"), ("Victoria Horsefield", "contradicted")]
)
def test_lead_inspector_had_been(check19, name: str, want: str) -> None:
    text = (
        "Wakefield Council's children's services were rated good. The director reported that "
        f"the lead inspector had been {name}, His Majesty's Inspector."
    )
    found = check19(text, date(2025, 7, 20))
    assert [v for k, t, v in found if k == "inspector"] == [want]
