"""`ilacs check`: what a focused visit looked at (pool eb-ee).

A focused visit's letter says in its opening what the visit looked at ("Inspectors looked at the
local authority's arrangements for the front door"). An article that says the visit of that
month looked at another area ("a focused visit to the council's care leavers' service") is
contradicted; the area the letter names is supported or left alone. Real values from the corpus
in ../shared: Wokingham's December 2024 visit (care leavers), Sunderland's October 2023 visit
(children in need or subject to a child protection plan), Redcar and Cleveland's July 2023 visit
(the front door), Milton Keynes' November 2022 visit (children in care)."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims.check import check_article, load_record, make_texts
from tests.claims_helpers import claim_with, contradicted, corpus_with_letters

LETTER_FILES = (
    "80582_wokingham__children's_services_focused_visit_-_28_january_2025.pdf",
    "80566_sunderland__children's_services_focused_visit_-_29_november_2023.pdf",
    "80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf",
    "80524_milton_keynes__children's_services_focused_visit_-_13_january_2023.pdf",
)


@pytest.fixture(scope="module")
def check(corpus_db, tmp_path_factory):
    """The claims of an article, checked against the corpus plus four focused-visit letters."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("letters34"), LETTER_FILES)
    record, texts = load_record(db), make_texts(db)

    def run(text: str, as_of: str) -> list[dict]:
        got = check_article(text, record, texts, date.fromisoformat(as_of), "given")
        return got.as_json()["claims"]

    return run


@pytest.mark.parametrize(
    ("text", "as_of", "area", "other"),
    [
        (
            "Wokingham council welcomed the letter. A focused visit to the council's care "
            "leavers' service in December 2024 found young people were well supported.",
            "2025-03-01",
            "care leavers'",
            "children in care",
        ),
        (
            "Sunderland council was praised. A focused visit in October 2023, which examined "
            "services for children in need and child protection, found good practice.",
            "2024-01-20",
            "children in need and child protection",
            "care leavers",
        ),
        (
            "Redcar and Cleveland council was praised after inspectors made a focused visit to "
            "the front door in July 2023.",
            "2023-09-20",
            "the front door",
            "care leavers' services",
        ),
        (
            "Sunderland council was praised. A focused visit in October 2023 looked at the "
            "council's work with children subject to child protection plans.",
            "2024-01-20",
            "children subject to child protection plans",
            "looked-after children",
        ),
        (
            "Milton Keynes council was praised. In November 2022, Ofsted carried out a focused "
            "visit that looked at children in care, and found strong practice.",
            "2023-03-01",
            "children in care",
            "care leavers",
        ),
        (
            "Sunderland council was praised. Last October inspectors carried out a focused "
            "visit which examined work with children in need.",
            "2024-01-20",
            "work with children in need",
            "the front door",
        ),
    ],
)
def test_a_visit_said_to_look_at_another_area_is_contradicted(check, text, as_of, area, other):
    claims = check(text, as_of)
    assert not contradicted(claims), claims
    assert claim_with(claims, area)["verdict"] == "supported", claims
    altered = text.replace(area, other)
    claims = check(altered, as_of)
    c = claim_with(claims, other)
    assert c["verdict"] == "contradicted", c["explanation"]
    assert c["type"] == "visit", c


def test_a_visit_of_a_month_ilacs_holds_no_letter_of_is_left_alone(check):
    # (Sunderland's focused visit was in October 2023: ilacs holds no letter of 2019 or 2021,
    # and no report names a focused visit near May 2019)
    text = (
        "Sunderland council was praised. A focused visit in May 2019 looked at services for "
        "care leavers, and found good practice."
    )
    assert not contradicted(check(text, "2024-01-20"))
    # ... but the first report after May 2021 (on site in June and July 2021) names 'the
    # focused visit in March 2021': the visit, dated otherwise
    said = check(text.replace("May 2019", "May 2021"), "2024-01-20")
    assert claim_with(said, "May 2021")["verdict"] == "contradicted", said
