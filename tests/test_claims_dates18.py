"""`ilacs check` on dates (round 18): "from July 2022, when a report ... rated" dates the report the
"when" clause names; 'visited ... in April and today published their report'
gives the day of publishing the words of the publishing, not the clause of the visit before it;
'the appointment of a new director of children's services in 2023' dates a person's coming, no
inspection. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker


@pytest.fixture(scope="module")
def check18(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Wigan: ilacs2023 on site 6 to 17 October 2025, published 26 November 2025; ilacs2018 on site
# 9 to 20 May 2022, published 5 July 2022.
@pytest.mark.parametrize(
    ("month", "want"), [("October", "supported"), ("September", "contradicted")]
)
def test_visit_month_then_today_published(check18, month: str, want: str) -> None:
    text = (
        f"Inspectors visited Wigan for two weeks in {month} and today published their report, "
        "which rates its children's services good."
    )
    found = check18(text, date(2025, 11, 26))
    assert [v for k, t, v in found if k == "date" and month in t] == [want]
    assert [t for k, t, v in found if k == "date" and "published" in t] == [
        "today published their report"
    ]


def test_appointment_year_is_no_inspection(check18) -> None:
    text = (
        "Wigan's report says that after the 2022 inspection the service improved, before the "
        "appointment of a new director of children's services in 2024 brought stability."
    )
    found = check18(text, date(2025, 11, 26))
    assert not [t for k, t, v in found if "2024" in t and v == "contradicted"]
    assert [v for k, t, v in found if k == "date" and "2022" in t] == ["supported"]


# "from July 2022, when a report ... rated": the month is the report's, told by the 'when'
@pytest.mark.parametrize(("month", "want"), [("July", "supported"), ("June", "contradicted")])
def test_date_told_by_the_when_clause_after_it(check18, month: str, want: str) -> None:
    text = (
        f"Wigan's children's services are now good. It is a big turnaround from {month} 2022, "
        "when a report following an inspection in May 2022 rated the council requires "
        "improvement overall."
    )
    found = check18(text, date(2025, 11, 27))
    assert [v for k, t, v in found if k == "date" and t.startswith(month)] == [want]


REDCAR = "80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf"


@pytest.fixture(scope="module")
def check18l(corpus_db, tmp_path_factory):
    """The corpus plus the Redcar and Cleveland focused-visit letter (visit 4 and 5 July 2023)."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("dates18"), (REDCAR,))
    with in_process_checker(db) as run:
        yield run


# the one focused visit between two full inspections, its month given wrongly in its own year
@pytest.mark.parametrize(("month", "want"), [("July", "supported"), ("March", "contradicted")])
def test_focused_visit_month_of_the_one_visit(check18l, month: str, want: str) -> None:
    text = (
        "Redcar and Cleveland's children's services were praised in a focused visit in "
        f"{month} 2023, when inspectors looked at the council's front door arrangements."
    )
    found = check18l(text, date(2023, 9, 1))
    if want == "supported":
        assert "contradicted" not in {v for k, t, v in found}
    else:
        assert [v for k, t, v in found if k == "visit" and month in t] == [want]
