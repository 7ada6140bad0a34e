"""`ilacs check` on dates and inspectors (round 16): a date joined to the one before it by
'and' and followed by 'and published ...' is a day of the visit the verb before names, not
the day of publication; 'That visit was carried out by X and Y' names the inspectors of the
visit the sentence before dated; 'in 2017, in an inspection led by X, before jumping two
grades to good in 2020' is the 2017 inspection's lead, not the 2020 one's. Real values from
the corpus and a Sheffield letter in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker

SHEFFIELD = "80551_sheffield__children's_services_focused_visit_-_22_november_2018.pdf"
LEWISHAM = "80508_lewisham__children's_services_focused_visit_-_31_august_2021.pdf"


@pytest.fixture(scope="module")
def check16(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus two focused-visit letters (Sheffield 2018,
    Lewisham 2021)."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("dates16"), (SHEFFIELD, LEWISHAM))
    with in_process_checker(db) as run:
        yield run


def _verdicts(found: list[tuple[str, str, str]], words: str) -> set[str]:
    return {v for k, t, v in found if words in t}


# Ealing: ilacs2023 report on site 22 April to 3 May 2024, published Friday 12 July 2024.
@pytest.mark.parametrize(
    ("months", "want"), [("April and May", "supported"), ("May and June", "contradicted")]
)
def test_months_and_then_published_are_the_visit(check16, months: str, want: str) -> None:
    text = (
        "Children's services in Ealing have been rated good by Ofsted. Inspectors visited the "
        f"borough's social work teams over two weeks in {months} and published their findings "
        "on Friday."
    )
    found = check16(text, date(2024, 7, 15))
    assert "contradicted" not in _verdicts(found, "on Friday") - _verdicts(found, months)
    assert want in _verdicts(found, months)
    if want == "supported":
        assert "contradicted" not in {v for _, _, v in found}


# Sheffield: focused visit 30 October 2018 (letter 22 November 2018) carried out by Neil
# Penswick and Dawn Godfrey; the ilacs2023 report's lead inspector was Rachel Griffiths.
@pytest.mark.parametrize(
    ("name", "want"), [("Dawn Godfrey", "supported"), ("Tara Geere", "contradicted")]
)
def test_that_visit_was_carried_out_by(check16, name: str, want: str) -> None:
    text = (
        "Sheffield City Council's children's services have been judged good overall by Ofsted. "
        "Inspectors, led by Rachel Griffiths, visited the city in September.\n\n"
        "A focused visit in October 2018 looked at children in need. That visit was carried out "
        f"by inspectors Neil Penswick and {name}."
    )
    found = check16(text, date(2023, 11, 3))
    assert want in _verdicts(found, f"Neil Penswick and {name}")
    if want == "supported":
        assert "contradicted" not in {v for _, _, v in found}


# Croydon: sif report 4 September 2017 led by Marcie Taylor; ilacs2018 report 16 March 2020
# led by Tara Geere.
@pytest.mark.parametrize(
    ("name", "want"), [("Marcie Taylor", "supported"), ("Tara Geere", "contradicted")]
)
def test_lead_of_the_year_before_a_later_move(check16, name: str, want: str) -> None:
    text = (
        "Croydon's children's services were rated inadequate in 2017, in an inspection led by "
        f"{name}, before jumping two grades to good in 2020."
    )
    found = check16(text, date(2024, 12, 10))
    assert [v for k, t, v in found if k == "inspector"] == [want]


# Haringey: ilacs2023 report on site 12 to 16 January 2026, published 24 February 2026.
@pytest.mark.parametrize(("last", "want"), [("16", "supported"), ("23", "contradicted")])
def test_the_inspection_which_took_place(check16, last: str, want: str) -> None:
    text = (
        "Haringey Council's children's services have been rated outstanding by Ofsted.\n\n"
        f"The inspection, which took place between 12 and {last} January, found leadership "
        "and services for care leavers to be outstanding."
    )
    found = check16(text, date(2026, 2, 24))
    spans = [(k, v) for k, t, v in found if t.startswith("The inspection, which took place")]
    assert spans and all(v == want for _, v in spans)


# Southwark: ilacs2023 report on site 9 to 13 March 2026, published 18 May 2026.
@pytest.mark.parametrize(("days", "want"), [("9 to 13", "supported"), ("16 to 20", "contradicted")])
def test_report_follows_a_visit(check16, days: str, want: str) -> None:
    text = (
        "Southwark Council's children's services have been rated good in every area by "
        f"Ofsted.\n\nThe report, published today, follows a visit by inspectors from {days} "
        "March."
    )
    found = check16(text, date(2026, 5, 18))
    assert _verdicts(found, f"from {days} March") == {want}


# Lewisham: focused visit 21 and 22 July 2021 on arrangements for children in care (letter 31
# August 2021).
@pytest.mark.parametrize(
    ("who", "want"), [("children in care", "supported"), ("care leavers", "contradicted")]
)
def test_which_looked_at_ends_at_its_comma(check16, who: str, want: str) -> None:
    text = (
        "Lewisham Council's children's services have been rated good by Ofsted.\n\n"
        f"A focused visit in July 2021, which looked at {who}, had already noted progress."
    )
    found = check16(text, date(2024, 2, 2))
    assert [(k, v) for k, t, v in found if t.endswith(f"which looked at {who}")] == [
        ("visit", want)
    ]


# Hounslow: ilacs2023 report published Friday 1 December 2023.
@pytest.mark.parametrize(
    ("as_of", "want"), [(date(2023, 12, 4), "supported"), (date(2024, 1, 15), "contradicted")]
)
def test_published_last_friday(as_of: date, want: str) -> None:
    from ilacs.claims import text as T

    ws = T.dates("The verdict came in a report published last Friday.", as_of)
    assert len(ws) == 1
    hit = ws[0].first <= date(2023, 12, 1) <= ws[0].last
    assert hit == (want == "supported")
