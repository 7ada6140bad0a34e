"""`ilacs check` on dates, visits and recommendations (round 20): a day of Ofsted's own
calendar ("The watchdog suspended all routine inspections on March 17") is no day of the
council's inspection; a focused visit's days given wrongly but overlapping its own ("on March 3
and 4" of a visit on 4 and 5 March) are contradicted. Real values from the corpus in ../shared
and its letters."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker

HARTLEPOOL = "80473_hartlepool__children's_services_focused_visit_-_27_march_2020.pdf"


@pytest.fixture(scope="module")
def check20l(corpus_db, tmp_path_factory):
    """The corpus plus the Hartlepool focused-visit letter (visit 4 and 5 March 2020, published
    27 March 2020)."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("dates20"), (HARTLEPOOL,))
    with in_process_checker(db) as run:
        yield run


def _article(days: str) -> str:
    return (
        "Social workers in Hartlepool have been praised by Ofsted after a focused visit. Two "
        f"inspectors spent two days with the borough council's children's services on {days}, "
        "looking at its work with children in need. In a letter published on Friday, the lead "
        "inspector said practice was effective. The watchdog suspended all routine inspections "
        "on March 17 because of the Covid-19 pandemic."
    )


@pytest.mark.parametrize(
    ("days", "want"), [("March 4 and 5", "supported"), ("March 3 and 4", "contradicted")]
)
def test_focused_visit_days_overlapping(check20l, days: str, want: str) -> None:
    found = check20l(_article(days), date(2020, 3, 30))
    got = {v for k, t, v in found if days in t}
    assert want in got
    if want == "supported":
        assert "contradicted" not in got


def test_routine_inspections_suspended_is_no_council_date(check20l) -> None:
    found = check20l(_article("March 4 and 5"), date(2020, 3, 30))
    assert not [t for k, t, v in found if "March 17" in t and v == "contradicted"]


@pytest.fixture(scope="module")
def check20(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Oxfordshire: ilacs2023 published 9 April 2024, four things to improve, the first 'The
# timeliness of actions when decisions have been made for children to escalate to the
# pre-proceedings arrangements of the Public Law Outline.'
def test_recommendation_once_and_stage_are_rewording(check20) -> None:
    text = (
        "Oxfordshire County Council's children's services were judged good in all five areas "
        "in a report published by Ofsted on 9 April 2024. Ofsted identified four areas for "
        "improvement: the timeliness of actions once a decision has been made to escalate to "
        "the pre-proceedings stage of the Public Law Outline; multi-agency arrangements for "
        "care leavers who misuse drugs and alcohol; and the quality of direct work with "
        "disabled children who are in care."
    )
    found = check20(text, date(2024, 4, 10))
    got = {v for k, t, v in found if k == "recommendation" and "pre-proceedings" in t}
    assert got and "contradicted" not in got


# Wigan: ilacs2023 published 26 November 2025, page 9: 'Care leavers in Wigan receive
# exceptional support from personal advisers (PAs)'.
@pytest.mark.parametrize(
    ("words", "want"),
    [("get exceptional support", {"supported"}), ("get limited support", {"contradicted"})],
)
def test_quotation_get_for_receive(check20, words: str, want: set) -> None:
    text = (
        "Wigan Council's children's services have been rated good by Ofsted. The report said "
        f"\u201ccare leavers in Wigan {words} from their personal advisers\u201d."
    )
    found = check20(text, date(2025, 11, 27))
    got = {v for k, t, v in found if words in t}
    assert got == want


# North East Lincolnshire: ilacs2023 published 3 September 2025, page 10: 'In December 2023, a
# permanent and highly experienced DCS was appointed.'
@pytest.mark.parametrize(("year", "want"), [("2023", "supported"), ("2022", "contradicted")])
def test_paraphrase_year_of_the_same_month(check20, year: str, want: str) -> None:
    text = (
        "North East Lincolnshire Council's children's services are now rated good. Inspectors "
        "wrote that change was slow at first, but gathered pace after a permanent director of "
        f"children's services was appointed in December {year}."
    )
    found = check20(text, date(2025, 9, 3))
    got = {v for k, t, v in found if f"December {year}" in t}
    assert want in got
    if want == "supported":
        assert "contradicted" not in got


# Hartlepool's letter: 'The frequency of formal supervision to match the level of risk to
# children ...' among its areas for improvement.
@pytest.mark.parametrize(
    ("thing", "want"),
    [("formal supervision", {"supported"}), ("visits to children", {"contradicted"})],
)
def test_recommendation_thing_after_its_opening(check20l, thing: str, want: set) -> None:
    text = (
        "Hartlepool's children's services were praised by Ofsted after a focused visit in "
        "March. Inspectors asked the council to improve the frequency of "
        f"{thing} so that it matches the level of risk to children."
    )
    found = check20l(text, date(2020, 3, 30))
    assert {v for k, t, v in found if k == "recommendation" and thing in t} == want
