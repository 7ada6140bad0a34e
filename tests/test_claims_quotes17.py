"""`ilacs check` on quotations, dates, letters and recommendations (round 17): a short quotation
printed word for word in the report beside the article's own words of what it is said of is the
report's, whatever near sentence has another word there; 'last year' dates the months said near
it, not a day said well before it; 'a letter dated 1 November' is the letter's day, not the
visit's; 'the first response' is the report's 'initial response'. Real values from the corpus
and a Sheffield letter in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts

SHEFFIELD = "80551_sheffield__children's_services_focused_visit_-_22_november_2018.pdf"


@pytest.fixture(scope="module")
def check17(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus a focused-visit letter (Sheffield 2018)."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("quotes17"), (SHEFFIELD,))
    with in_process_checker(db) as run:
        yield run


# West Berkshire's report published 28 October 2025: page 1 'strengthened practice in several
# areas, including the multi-agency 'front door', work to tackle extra-familial harm and
# permanence planning' and later 'Permanence planning is very effective' (and elsewhere 'a very
# small number of children').
@pytest.mark.parametrize(("words", "want"), [("very effective", "supported")])
def test_short_quote_printed_beside_its_subject(check17, words: str, want: str) -> None:
    text = (
        "West Berkshire Council's children's services have been rated good by Ofsted. "
        "Strengths identified include the multi-agency front door, the response to "
        f'extra-familial harm and permanence planning, which inspectors describe as "{words}".'
    )
    found = check17(text, date(2025, 11, 3))
    assert verdicts(found, f'"{words}"', "quote") == {want}


def test_short_quote_changed_is_still_caught(check17) -> None:
    text = (
        "West Berkshire Council's children's services have been rated good by Ofsted. "
        'Inspectors said permanence planning is "rarely effective", with managers closely '
        "monitoring children's plans for permanence."
    )
    found = check17(text, date(2025, 11, 3))
    assert "supported" not in verdicts(found, '"rarely effective"')


# Wirral's report published Friday 2 February 2024 (on site 18 to 29 September 2023).
@pytest.mark.parametrize(
    ("day", "want"), [("2 February", "supported"), ("9 February", "contradicted")]
)
def test_last_year_dates_the_month_near_it(check17, day: str, want: str) -> None:
    text = (
        "Wirral Council's children's services still require improvement, Ofsted has said.\n\n"
        f"The report, published on Friday ({day}) following a two-week inspection in September "
        "last year, found that leadership had slipped."
    )
    found = check17(text, date(2024, 2, 12) if day.startswith("9") else date(2024, 2, 5))
    assert want in verdicts(found, f"({day})")
    assert "contradicted" not in verdicts(found, "September")


def test_dates_text_last_year_near_only() -> None:
    from ilacs.claims.text import dates

    said = "published on Friday (2 February) following a two-week inspection in September last year"
    ws = dates(said, date(2024, 2, 5))
    feb = [w for w in ws if w.precision == "day"]
    sep = [w for w in ws if w.precision == "month"]
    assert feb and feb[0].first == date(2024, 2, 2)
    assert sep and sep[0].first == date(2023, 9, 1)
    # "December 12 and 13 last year", "Earlier this year, in March": still that year
    assert dates("on December 12 and 13 last year", date(2024, 2, 5))[0].first.year == 2023
    ws = dates("Earlier this year, in March, inspectors visited", date(2024, 12, 5))
    assert [w.first for w in ws if w.precision == "month"] == [date(2024, 3, 1)]


# Sheffield: focused visit on 30 October 2018, letter published 22 November 2018.
@pytest.mark.parametrize(("day", "want"), [("22 November", True), ("30 November", False)])
def test_letter_dated_is_the_letters_day(check17, day: str, want: bool) -> None:
    text = (
        "Ofsted has praised Sheffield City Council's work with children in need.\n\n"
        "The one-day focused visit on 30 October looked at the council's arrangements for "
        f"children in need. In a letter dated {day}, inspectors said social workers know "
        "their children well."
    )
    found = check17(text, date(2018, 12, 3))
    got = verdicts(found, f"dated {day}")
    assert ("supported" in got) == want
    assert "contradicted" not in got


# Sutton's report published 29 July 2025: 'The effectiveness of the initial response to
# children who are at risk of physical harm (Outcome 1, National Framework).'
def test_first_response_is_the_initial_response(check17) -> None:
    text = (
        "Sutton Council's children's services have been rated by Ofsted. Inspectors said the "
        "council must improve the first response to children at risk of physical harm."
    )
    found = check17(text, date(2025, 8, 4))
    assert "contradicted" not in {v for k, _, v in found if k == "recommendation"}


# Torbay: sif report on site 11 June to 5 July 2018, published 24 August 2018 (inadequate).
@pytest.mark.parametrize(("month", "want"), [("August", True), ("March", False)])
def test_date_after_an_inspection_is_the_verdicts(check17, month: str, want: bool) -> None:
    text = (
        "Torbay Council's children's services were rated inadequate in a report published in "
        f"January 2016, and again in {month} 2018 after a second full inspection."
    )
    found = check17(text, date(2019, 3, 1))
    got = verdicts(found, f"{month} 2018")
    assert ("supported" in got) == want
    if want:
        assert "contradicted" not in got
