"""`ilacs check` on recommendations (round 16): 'the first of which concerns X' names X, not
'concerns X'; children named after 'children' ('children at risk of exploitation') in place of
those named before it ('disabled children') in a recommendation's own words are a changed
thing; 'four areas for improvement, covering: X; Y' is a list of recommendations; 'care
leavers' in place of 'children aged 16 and 17' is other children. Real values from the corpus
in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check16(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _recs(found: list[tuple[str, str, str]], words: str) -> list[str]:
    return [v for k, t, v in found if k == "recommendation" and words in t]


# North East Lincolnshire, 3 September 2025: three recommendations, the first 'The response to
# disabled children in need of help and protection.'
@pytest.mark.parametrize(
    ("who", "want"),
    [("disabled children", "supported"), ("children at risk of exploitation", "contradicted")],
)
def test_the_first_of_which_concerns(check16, who: str, want: str) -> None:
    text = (
        "North East Lincolnshire Council's children's services have been rated good by Ofsted. "
        "Ofsted made three recommendations, the first of which concerns the response to "
        f"{who} in need of help and protection."
    )
    assert _recs(check16(text, date(2025, 9, 5)), "first of which") == [want]


# Oxfordshire, 9 April 2024: four recommendations, the fourth 'The quality of direct work with
# disabled children who are in care.'
@pytest.mark.parametrize(
    ("who", "want"), [("disabled", "supported"), ("unaccompanied", "contradicted")]
)
def test_areas_for_improvement_covering(check16, who: str, want: str) -> None:
    text = (
        "Oxfordshire County Council's children's services have been rated good by Ofsted. The "
        "report contained four areas for improvement, covering: the timeliness of actions when "
        "children escalate to pre-proceedings under the Public Law Outline; employment, "
        f"education and training for care leavers; and the quality of direct work with {who} "
        "children in care."
    )
    assert _recs(check16(text, date(2024, 5, 15)), "direct work") == [want]


# Merton, 27 August 2025: two recommendations, the second 'The quality of assessment and
# support to children aged 16 and 17 who present as homeless.'
@pytest.mark.parametrize(
    ("who", "want"), [("16 and 17 year olds", "supported"), ("care leavers", "contradicted")]
)
def test_care_leavers_for_16_and_17_year_olds(check16, who: str, want: str) -> None:
    text = (
        "Merton Council's children's services have been rated outstanding by Ofsted. Ofsted "
        "made two recommendations: escalation and action for the small number of children "
        "whose circumstances are not improving quickly enough, and the quality of assessment "
        f"and support to {who} who present as homeless."
    )
    assert _recs(check16(text, date(2025, 9, 17)), "homeless") == [want]


# Cheshire West and Chester, August 2024: 'Services for children in care continue to be
# good'; a few words of a Havering or Herefordshire report of 2018, some left out, are no
# finding of another council's.
def test_a_rewording_in_another_councils_report_is_no_support(check16) -> None:
    text = (
        "Cheshire West and Chester Council's children's services have been rated requires "
        "improvement to be good by Ofsted. Inspectors said services for children in care "
        '"are no longer good".'
    )
    found = check16(text, date(2024, 8, 29))
    assert [v for k, t, v in found if k == "quote"] in ([], ["not_in_record"])
