"""`ilacs check`: how many inspectors a SIF report's team had, a climb over several
inspections, and "require improvement, including X" (pool eb-ee).

- "a team of seven inspectors": a SIF report says "The inspection team consisted of six of Her
  Majesty's Inspectors (HMI) from Ofsted and one additional inspector" (Bradford 2014): seven
  in all, or six HMI; "ten" where Staffordshire's 2014 report had nine is contradicted;
- "It completes a climb of three grades across four inspections": from the first of the four
  (Coventry: inadequate 2014, requires improvement 2017, good 2022, outstanding 2026);
- "six are judged to require improvement, including Gloucestershire": a grade, not a list of
  what a report asks to improve.

Real values from the corpus in ../shared."""

from __future__ import annotations

from tests.claims_helpers import check_text, contradicted, held_then_caught


def test_a_sif_reports_team_size(tmp_path, corpus_db):
    held_then_caught(
        tmp_path,
        corpus_db,
        "Bradford's children's services require improvement, Ofsted has ruled. The report, published "
        "today after a team of seven inspectors spent more than three weeks in the district, "
        "was damning.\n",
        "2014-05-23",
        "a team of seven inspectors",
        altered=("seven", "eight"),
        kind="inspector",
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        "Staffordshire's children's services were rated good. A team of nine inspectors, led by "
        "Mary Candlin, spent more than three weeks in the county.\n",
        "2014-03-25",
        "A team of nine inspectors",
        altered=("nine", "ten"),
        kind="inspector",
        # (the lead is still right: how many is a claim of its own)
        still_held=("led by Mary Candlin",),
    )


def test_a_climb_across_several_inspections(tmp_path, corpus_db):
    text = (
        "This week the watchdog rated Coventry outstanding. It completes a climb of three grades "
        "across four inspections and more than a decade.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-05-20",
        "a climb of three grades",
        altered=("three grades", "two grades"),
        kind="trend",
    )


def test_require_improvement_including_a_council_is_no_list_of_recommendations(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        "In the South West, six councils are judged to require improvement, including "
        "Gloucestershire, which was rated requires improvement in a report published earlier "
        "this month.\n",
        "2022-04-21",
    )
    assert not [c for c in claims if c["type"] == "recommendation"], claims
    assert not contradicted(claims), claims
