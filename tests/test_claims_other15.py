"""`ilacs check` on the council an article is about (round 15): committee minutes under a heading
in capitals ('CENTRAL BEDFORDSHIRE COUNCIL') that name a neighbour first in passing are about
the council of the heading, so the lead inspector is read from its report, not the
neighbour's. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims import text as T
from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check15(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Central Bedfordshire's report published 24 April 2025: lead inspector Rebecca Quested (Bedford's
# of 14 January 2022: Margaret Burke).
_MINUTES = (
    "{heading}\n"
    "Minutes of the Children's Services Scrutiny Committee held on 10 June 2025\n\n"
    "The Director said the out-of-hours team was shared with Bedford Borough and that a review "
    "would report later. The lead inspector, Rebecca Quested, had praised the service. Members "
    "noted that Central Bedfordshire had thanked its staff.\n"
)


def test_a_heading_in_capitals_names_the_council(check15):
    found = check15(_MINUTES.format(heading="CENTRAL BEDFORDSHIRE COUNCIL"), date(2025, 6, 10))
    hits = {v for k, t, v in found if "Rebecca Quested" in t and k == "inspector"}
    assert hits == {"supported"}, found


def test_a_name_in_capitals_counts_only_as_a_council():
    def named(text: str) -> list[str]:
        return [m.la.name for m in T.councils(text)]

    assert named("CENTRAL BEDFORDSHIRE COUNCIL\nMinutes") == ["Central Bedfordshire"]
    assert named("THE NEWS\nCentral Bedfordshire") == ["Central Bedfordshire"]
    assert named("READING THE REPORT, BEDFORD STAFF SAID") == []


# West Northamptonshire's report published 7 July 2026: 'Workforce capacity has significantly
# improved since the last inspection.'
@pytest.mark.parametrize(
    ("words", "want"),
    [("previous", {"supported"}), ("last", {"supported"})],
)
def test_previous_for_last_in_a_quotation_is_no_change(check15, words, want):
    text = (
        "West Northamptonshire's children's services have been inspected by Ofsted. Inspectors "
        f'said workforce capacity has "significantly improved since the {words} inspection".'
    )
    found = check15(text, date(2026, 7, 20))
    hits = {v for k, t, v in found if "significantly improved" in t and k == "quote"}
    assert hits == want, found


# Hampshire's report published 23 July 2024: on site 10 to 14 June 2024; leadership outstanding.
@pytest.mark.parametrize(("month", "want"), [("June", "supported"), ("March", "contradicted")])
def test_a_visit_in_a_relative_clause_is_a_claim_of_its_own(check15, month, want):
    text = (
        "Hampshire County Council's children's services have kept their outstanding rating. "
        f"Inspectors, who visited in {month}, judged the council's leadership to be outstanding."
    )
    found = check15(text, date(2024, 7, 24))
    dated = {(k, t, v) for k, t, v in found if f"visited in {month}" in t}
    assert dated == {("date", f"visited in {month}", want)}, found


# Stockton-on-Tees' report published 9 May 2023 makes four recommendations (its focused visit of
# September 2022 is not in the corpus).
@pytest.mark.parametrize(("n", "want"), [("four", "supported")])
def test_an_opening_on_a_graded_report_is_no_letter(check15, n, want):
    text = (
        "It is a year this month since Ofsted published its report on Stockton-on-Tees Borough "
        "Council's children's services, rating them 'requires improvement to be good'. The "
        "report noted that a focused visit in September 2022 had identified areas for priority "
        f"action. Ofsted set {n} areas for improvement."
    )
    found = check15(text, date(2024, 5, 21))
    hits = {v for k, t, v in found if "areas for improvement" in t and k == "recommendation"}
    assert hits == {want}, found
