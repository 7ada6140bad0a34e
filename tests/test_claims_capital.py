"""`ilacs check`: numbers and places of national and London counts (pool dt-dw).

- "Twenty-eight councils are currently rated inadequate": a compound number is read whole, not
  as its "eight";
- "More than half the capital's councils", "Of the capital's 33 councils, 25 are ...": the
  capital is London;
- "25 are now rated good or outstanding, and Barnet is one of 21 ...": a tally of either grade,
  ending where a council's own clause begins.

Real values from the corpus in ../shared."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with, held_then_caught


@pytest.mark.parametrize(
    ("said", "altered"),
    [
        ("Twenty-eight councils", "Thirty-eight councils"),
        ("Twenty eight councils", "Thirty six councils"),
    ],
)
def test_a_compound_number_is_read_whole(tmp_path, corpus_db, said, altered):
    # 7 July 2017: the latest SIF grade of 28 of the 131 councils with a SIF report was
    # inadequate (overall effectiveness, by publication)
    text = f"{said} are currently rated inadequate.\n"
    held_then_caught(
        tmp_path, corpus_db, text, "2017-07-08", said, altered=(said, altered), kind="count"
    )


def test_the_capitals_councils_are_londons(tmp_path, corpus_db):
    # 12 March 2026: 17 of London's 33 councils rated outstanding overall (42 of 153 in England)
    text = "More than half the capital's councils - 17 of the 33 - are now rated outstanding.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-03-13",
        "More than half",
        altered=("More than half", "Under a third of"),
        kind="count",
    )
    # the count beside the share is the claim's too
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-03-13",
        "More than half",
        altered=("17 of the 33", "19 of the 33"),
        caught="More than half",
        kind="count",
    )


@pytest.mark.parametrize(
    "group",
    ["Of the capital's 33 councils", "Of London's 33 councils", "Across London's 33 boroughs"],
)
def test_a_london_tally_of_either_grade(tmp_path, corpus_db, group):
    # 4 July 2019 (Barnet's report of 1 July): 25 of London's 33 councils were good or
    # outstanding by their latest report's publication (26 by Ofsted's rule)
    text = f"{group}, 25 are now rated good or outstanding, and Barnet is one of 21 with a good rating.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-07-04",
        "25 are now rated",
        altered=("25 are", "29 are"),
        kind="count",
    )


def test_a_capital_budget_is_no_place(tmp_path, corpus_db):
    text = "Twenty-eight councils are rated inadequate, and the capital budget was cut.\n"
    claims = check_text(tmp_path, corpus_db, text, "2017-07-08")
    assert claim_with(claims, "Twenty-eight")["verdict"] == "supported"


def test_a_group_under_a_framework_counted_by_latest_reports(tmp_path, corpus_db):
    # SIF reports published by 10 July 2017: 131 councils; by each one's latest SIF report 41
    # good and 2 outstanding (43), by its first 42 (re-inspections moved some)
    text = (
        "Of the 131 councils with published SIF reports, just 43 are rated good or outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2017-07-10",
        "just 43 are rated",
        altered=("just 43", "just 47"),
        kind="count",
    )


def test_a_tally_whose_counts_name_their_councils(tmp_path, corpus_db):
    # West Midlands (14 councils) on 13 January 2026: outstanding Shropshire, Walsall, Telford
    # & Wrekin; seven good, Herefordshire (12 January 2026) among them
    text = (
        "Herefordshire has been rated good. Of the region's 14 councils, three are now "
        "outstanding - Shropshire, Walsall and Telford & Wrekin - while seven, including "
        "Herefordshire, Solihull, Birmingham and Sandwell, are good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-01-13",
        ("three are now outstanding", "are good"),
        altered=("three are now", "four are now"),
        kind="count",
    )


def test_the_black_country_is_a_group_ilacs_counts_in(tmp_path, corpus_db):
    # 10 July 2025: Walsall outstanding (report of 8 July), Wolverhampton good, Dudley and
    # Sandwell requires improvement
    text = (
        "Walsall has been rated outstanding. Wolverhampton is good, and Walsall's Black Country "
        "neighbours Dudley and Sandwell require improvement. That makes Walsall the only Black "
        "Country authority currently rated outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-07-10",
        "the only Black Country authority",
        altered=("the only Black Country", "the second Black Country"),
        caught="the second Black Country",
        kind="rank",
    )
