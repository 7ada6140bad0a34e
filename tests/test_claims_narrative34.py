"""`ilacs check`: grades and moves told in a narrative (pool eb-ee).

- "The watchdog's May 2014 verdict was as bad as it gets: inadequate for help and protection,
  inadequate for children looked after, inadequate for adoption ...": every grade of the list
  is of May 2014 ("looked after" is no time word);
- "management challenge of planning for children looked after is not consistently good",
  "inspectors said monitoring of the progress of privately fostered children required
  improvement": a part of the work, not a judgement's grade;
- "When inspectors returned in November 2021, Wakefield jumped two grades": the move of that
  inspection, not of the latest;
- "Trafford climbed out of inadequate a year ago": the grade left, with the time of the move;
- "slipped back from good, the first time any of Wirral's grades has fallen since 2016": the
  year is the other clause's;
- "When inspectors visited in February and March 2022 ... They found a significant
  deterioration since the previous inspection in 2016": the inspection before 2022's.

Real values from the corpus in ../shared."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with, contradicted, held_then_caught


def test_a_list_of_grades_is_all_of_the_time_said(tmp_path, corpus_db):
    # Birmingham, SIF report published 23 May 2014: every judgement inadequate; 2023: all good
    text = (
        "Ten years ago, I was a social worker in Birmingham. The watchdog's May 2014 verdict was "
        "as bad as it gets: inadequate for help and protection, inadequate for children looked "
        "after, inadequate for adoption and for care leavers, inadequate for leadership.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-11-06",
        "May 2014 verdict",
        altered=("May 2014", "May 2023"),
        kind="grade",
    )


def test_a_part_of_the_work_is_no_judgement(tmp_path, corpus_db):
    # Rotherham 2018 (children in care requires improvement); Enfield 2015 (overall good)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Rotherham was rated good. But the report warns that management challenge of planning "
        "for children looked after is not consistently good.\n",
        "2018-01-30",
    )
    assert not contradicted(claims), claims
    claims = check_text(
        tmp_path,
        corpus_db,
        "Enfield was rated good in 2015, when inspectors said monitoring of the progress of "
        "privately fostered children required improvement.\n",
        "2019-05-01",
    )
    assert not contradicted(claims), claims
    # Bradford 2014: overall requires improvement; a councillor's words on the work
    claims = check_text(
        tmp_path,
        corpus_db,
        'Bradford was rated requires improvement. "We are pleased inspectors recognised that so '
        'much of what we do is good, and the problems they found are being fixed," she said.\n',
        "2014-05-23",
    )
    assert not contradicted(claims), claims
    # a judgement still is one
    claims = check_text(
        tmp_path,
        corpus_db,
        "In Rotherham, children in care were judged good.\n",
        "2018-01-30",
    )
    assert claim_with(claims, "judged good")["verdict"] == "contradicted"


def test_a_jump_takes_the_time_of_the_clause_before(tmp_path, corpus_db):
    # Wakefield: inadequate (July 2018) -> good (January 2022, visit November 2021) -> good (2025)
    text = (
        "When inspectors returned in November 2021, Wakefield jumped two grades to good overall.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-07-18",
        "jumped two grades",
        altered=("two grades", "three grades"),
    )


def test_climbing_out_of_a_grade_at_a_time_told_after_it(tmp_path, corpus_db):
    # Trafford: inadequate (May 2019) -> requires improvement (January 2023)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Trafford climbed out of inadequate a year ago.\n",
        "2024-01-15",
        "climbed out of inadequate",
        altered=("a year ago", "in 2019"),
        kind="trend",
    )


def test_a_year_counted_since_in_another_clause(tmp_path, corpus_db):
    # Wirral: leadership good (2019) -> requires improvement (2024); inadequate in 2016
    text = (
        "That means Wirral's leadership grade has slipped back from good, the first time any of "
        "Wirral's grades has fallen since 2016.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-02-06",
        "slipped back from good",
        altered=("from good", "from outstanding"),
    )


def test_the_previous_inspection_of_the_time_the_sentence_before_set(tmp_path, corpus_db):
    # Sefton: requires improvement (2016) -> inadequate (2022, visit February-March) -> 2025
    text = (
        "When inspectors visited Sefton in February and March 2022 they rated the borough "
        "inadequate in every area. They found a significant deterioration since the previous "
        "inspection in 2016, when Sefton had been told it required improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-08-14",
        "previous inspection in 2016",
        altered=("in 2016", "in 2015"),
    )


def test_commissioners_sent_in_date_no_inspection(tmp_path, corpus_db):
    # Rotherham: SIF report published 19 November 2014 (on site September-October 2014);
    # commissioners are not in the inspection record
    claims = check_text(
        tmp_path,
        corpus_db,
        "Following Louise Casey's inspection of Rotherham council, the government sent in "
        "commissioners in February 2015 to run the authority.\n",
        "2018-01-30",
    )
    assert not contradicted(claims), claims


def test_a_grade_told_only_of_years_before_the_record(tmp_path, corpus_db):
    # Haringey: the first report ilacs holds is the SIF report of July 2014 (the 2009 progress
    # inspection is a letter); the 2008 joint area review is not held
    claims = check_text(
        tmp_path,
        corpus_db,
        "In Haringey, little progress was made after the joint area review of November 2008 "
        "judged safeguarding services inadequate.\n",
        "2026-03-01",
    )
    assert not contradicted(claims), claims
