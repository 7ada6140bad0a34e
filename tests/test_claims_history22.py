"""`ilacs check` on an article's history of earlier inspections (round 22): a lead inspector
named in a sentence that dates nothing itself, after its paragraph named the year of an earlier
inspection, is checked against that inspection, not only the latest; a month "that year" / "the following year" is of the year
the paragraph named before it. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check22(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Sunderland: sif 2015 (Fiona J Millns), sif 2018 (Lisa Summers), ilacs2018 published 20 August
# 2021 (Neil Penswick, outstanding), ilacs2023 published 11 March 2025 (Louise Walker).
# Stockport: sif published 25 August 2017 (Neil Penswick, good), ilacs2023 15 July 2025 (Lisa
# Summers, requires improvement).
@pytest.mark.parametrize(
    ("text", "as_of", "words"),
    [
        (
            "Sunderland's turnaround\n\nSunderland spent years at the bottom. Then, in 2021, "
            "the council's trust was rated outstanding. The inspection was led by Neil "
            "Penswick, who said the change was remarkable.\n\nThis year Sunderland was again "
            "rated outstanding.",
            date(2025, 4, 1),
            "led by Neil Penswick",
        ),
        (
            "Stockport's record\n\nStockport was first rated good in 2017, under the old "
            'framework. Lead inspector Neil Penswick\'s team found "strong leadership".\n\n'
            "Last month Stockport was told it requires improvement.",
            date(2025, 8, 1),
            "Lead inspector Neil Penswick",
        ),
        (
            "Ten years of Stockport inspections\n\n2017: good\n\nInspectors spent four weeks "
            "in the borough under the old framework and rated it good.\n\nLead inspector Neil "
            "Penswick said leaders knew their services well.\n\n2025: a step down\n\nThis "
            "summer the borough was told it requires improvement.",
            date(2025, 8, 1),
            "Lead inspector Neil Penswick",
        ),
        (
            "Sunderland was rated inadequate in 2015 and again in 2018. The second of those "
            "reports, by a team under lead inspector Lisa Summers, found some progress.",
            date(2025, 4, 1),
            "Lisa Summers",
        ),
    ],
)
def test_lead_of_an_earlier_inspection(check22, text: str, as_of: date, words: str) -> None:
    assert verdicts(check22(text, as_of), words, "inspector") == {"supported"}


@pytest.mark.parametrize(
    "text",
    [
        # of no inspection of the council
        "Stockport was told it requires improvement. Lead inspector Donna Marriott's team "
        "found weaknesses.",
        # of an earlier one, but nothing before it in its paragraph says so
        "Stockport was told it requires improvement. Lead inspector Neil Penswick's team "
        "found weaknesses.",
        "Stockport was rated good in 2017 and 2022.\n\nLead inspector Neil Penswick's team "
        "found weaknesses this time.",
    ],
)
def test_lead_of_no_inspection_the_paragraph_names(check22, text: str) -> None:
    assert verdicts(check22(text, date(2025, 8, 1)), "Lead inspector", "inspector") == {
        "contradicted"
    }


# Stockport sif: on site 12 June to 6 July 2017, published 25 August 2017. Hampshire ilacs2018:
# published 11 June 2019. Sunderland sif: published 20 July 2015.
@pytest.mark.parametrize(
    ("text", "as_of", "words", "verdict"),
    [
        (
            "Stockport children's services\n\nIn spring 2017, inspectors spent four weeks in "
            "Stockport under the old single inspection framework. Their report, published in "
            "August that year, rated the council good.",
            date(2025, 8, 1),
            "published in August",
            "supported",
        ),
        (
            "Stockport children's services\n\nIn spring 2017, inspectors spent four weeks in "
            "Stockport under the old single inspection framework. Their report, published in "
            "March that year, rated the council good.",
            date(2025, 8, 1),
            "published in March",
            "contradicted",
        ),
        (
            "Hampshire\n\nInspectors visited Hampshire in April 2019. The report was published "
            "in June of the same year and rated the county outstanding.",
            date(2024, 8, 1),
            "published in June",
            "supported",
        ),
        (
            "Sunderland\n\nInspectors spent two weeks in Sunderland in June 2014, and the "
            "report was published in July the following year.",
            date(2025, 4, 1),
            "published in July",
            "supported",
        ),
    ],
)
def test_month_of_a_year_said_before(
    check22, text: str, as_of: date, words: str, verdict: str
) -> None:
    assert verdicts(check22(text, as_of), words, "date") == {verdict}


def test_month_of_that_year_with_no_year_before(check22) -> None:
    text = (
        "Stockport children's services\n\nInspectors spent four weeks in Stockport. Their "
        "report, published in August that year, rated the council good."
    )
    found = check22(text, date(2025, 8, 1))
    assert not [f for f in found if "published in August" in f[1] and f[0] == "date"]


# Stockport ilacs2023: on site 12 to 23 May 2025, published 15 July 2025 (requires improvement).
# Hampshire ilacs2023: on site 10 to 14 June 2024, published 23 July 2024 (outstanding).
@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "When Ofsted rated Stockport's children's services requires improvement last month, "
            "it ended the borough's long run of good grades in the inspection system.",
            date(2025, 8, 10),
            "supported",
        ),
        (
            "Hampshire's children's services were rated outstanding by inspectors last month, "
            "after an inspection that found exceptional practice.",
            date(2024, 8, 5),
            "supported",
        ),
        (
            "When Ofsted rated Stockport's children's services requires improvement last month, "
            "it ended the borough's long run of good grades in the inspection system.",
            date(2025, 10, 10),
            "contradicted",
        ),
    ],
)
def test_grade_given_last_month_is_the_reports_day(
    check22, text: str, as_of: date, verdict: str
) -> None:
    # (a date claim of its own, or the grade claim that carries the month: merged with the
    # grade and move rules of the same round, the Stockport sentence is one grade claim)
    assert verdicts(check22(text, as_of), "last month") == {verdict}


# Westmorland and Furness ilacs2023 (published 12 July 2024): para 56 (page 9) ends "The senior
# management team is now permanently staffed."; para 66 (page 11): "Caseloads are generally
# manageable".
_WF = (
    "Westmorland and Furness children's services rated good\n\nWhen the council started life "
    "there were several social worker and manager vacancies, but the senior management team "
    'is now permanently staffed and caseloads are "{q}", the report says.'
)


@pytest.mark.parametrize(
    ("q", "verdict"),
    [("generally manageable", "supported"), ("wholly unmanageable", "contradicted")],
)
def test_quotation_printed_pages_from_the_sentence_it_is_joined_to(
    check22, q: str, verdict: str
) -> None:
    found = check22(_WF.format(q=q), date(2024, 7, 15))
    assert verdicts(found, f'"{q}"', "quote") == {verdict}


# Salford ilacs2023 (12 January 2024): 'Management oversight of pre-proceedings work to prevent
# unnecessary delays for children.' Hampshire ilacs2023 (23 July 2024): 'The quality of practice
# and senior management oversight of children living in private fostering arrangements.'
# Stockport ilacs2023 (15 July 2025): 'The quality of planning to address risk and need for
# children.'
@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Salford children's services rated good\n\nTellingly, it concerns an old problem: "
            "inspectors want better management oversight of pre-proceedings work to prevent "
            "unnecessary delays for children - the same court-stage tracking Ofsted asked "
            "Salford to tighten in 2015.",
            date(2024, 1, 15),
        ),
        (
            "Hampshire children's services rated outstanding\n\nOfsted wants the council to "
            "improve the quality of practice and senior management oversight of children "
            "living in private fostering arrangements – a problem inspectors also raised in "
            "2019.",
            date(2024, 7, 25),
        ),
        (
            "Stockport told it requires improvement\n\nOfsted said the council must improve the "
            "quality of planning to address risk and need for children — an issue inspectors "
            "first flagged in 2022.",
            date(2025, 7, 20),
        ),
    ],
)
def test_writers_comment_after_a_dash_is_no_recommendation(check22, text: str, as_of: date) -> None:
    assert verdicts(check22(text, as_of), "", "recommendation") == {"supported"}
