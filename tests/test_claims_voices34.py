"""`ilacs check`: words read from the batch written after round 34 (pool ef-ei).

- "Lewisham rated good as London's outstanding tally reaches 11": a tally is no grade;
- "one of six West Midlands councils rated good, while four are outstanding": a count, not a
  grade of the council;
- "The first full inspection of the new authority came in autumn 2021. Inspectors led by Steve
  Lowe rated Dorset good overall": the year of the sentence before ("came in" is no framework's
  start);
- "good again, regaining the rating they lost in 2019": the year the grade was lost;
- "Inspectors led by Mary Candlin said that in 13 of the 18 cases ...": the finding begins
  after its speaker, and the lead is a claim of its own.

Real values from the corpus in ../shared."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with, contradicted, held_then_caught


def test_a_tally_is_no_grade(tmp_path, corpus_db):
    # Lewisham, 31 January 2024: good in every judgement
    held_then_caught(
        tmp_path,
        corpus_db,
        "Lewisham rated good as London's outstanding tally reaches 11\n",
        "2024-01-31",
        "Lewisham rated good",
        altered=("rated good", "rated inadequate"),
        kind="grade",
    )


def test_while_n_are_a_grade_is_a_count(tmp_path, corpus_db):
    # Wolverhampton, 18 June 2026: good overall; the West Midlands' outstanding councils then:
    # Coventry, Shropshire, Telford and Wrekin, Walsall
    claims = check_text(
        tmp_path,
        corpus_db,
        "Wolverhampton is now one of six West Midlands councils rated good, while four are "
        "outstanding.\n",
        "2026-06-19",
    )
    assert not contradicted(claims), claims


def test_the_year_of_the_sentence_before_that_came_in(tmp_path, corpus_db):
    # Dorset: good with outstanding leadership (19 November 2021, lead inspector Steve Lowe);
    # outstanding (9 May 2025)
    text = (
        "Dorset's children's services are outstanding. The first full inspection of the new "
        "authority came in autumn 2021. Inspectors led by Steve Lowe rated Dorset good overall, "
        "with outstanding leadership.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-05-12",
        "rated Dorset good overall",
        altered=("with outstanding leadership", "with inadequate leadership"),
        kind="grade",
    )


def test_the_year_a_grade_was_lost(tmp_path, corpus_db):
    # Derbyshire: good (2014), requires improvement (September 2019), good (12 January 2024)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Derbyshire County Council's children's services are good again, regaining the rating "
        "they lost in 2019, a report published by Ofsted today shows.\n",
        "2024-01-12",
        "are good again",
        altered=("are good again", "are outstanding again"),
    )


def test_a_finding_begins_after_its_speaker(tmp_path, corpus_db):
    # Surrey, 3 June 2015 (lead inspector Mary Candlin): "in 13 of the 17 cases"
    text = (
        "Surrey's children's services were rated inadequate. Inspectors led by Mary Candlin said "
        "that in 13 of the 18 cases they examined involving the risk of child sexual "
        "exploitation, children did not benefit from a co-ordinated response.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2015-06-04")
    assert claim_with(claims, "led by Mary Candlin")["verdict"] == "supported"
    finding = claim_with(claims, "13 of the 18 cases")
    assert finding["verdict"] == "contradicted"
    assert "Candlin" not in finding["text"]


def test_the_old_county_councils_grade_is_not_the_new_councils(tmp_path, corpus_db):
    # Dorset Council (from 2019): good (2021), outstanding (9 May 2025); Dorset County
    # Council's reports are not in the record
    held_then_caught(
        tmp_path,
        corpus_db,
        "Dorset Council's children's services have been rated outstanding by Ofsted, completing "
        "a turnaround that began when the old county council was told its services required "
        "improvement.\n",
        "2025-05-12",
        "rated outstanding by Ofsted",
        altered=("rated outstanding by Ofsted", "rated inadequate by Ofsted"),
    )


def test_a_move_of_the_work_with_children_who_need_help_and_protection(tmp_path, corpus_db):
    # Wolverhampton: help and protection good (2022) -> requires improvement (18 June 2026)
    held_then_caught(
        tmp_path,
        corpus_db,
        "Wolverhampton's children's services have held on to their good rating from Ofsted, but "
        "inspectors have downgraded the council's work with children who need help and "
        "protection.\n",
        "2026-06-19",
        "downgraded the council's work",
        altered=("downgraded the council's work", "upgraded the council's work"),
        kind="trend",
    )


def test_a_grade_said_of_two_councils_in_turn_is_read(tmp_path, corpus_db):
    # (one grade word for two councils: the predecessor's check stopped the whole article)
    # Leeds: outstanding (December 2018); North Yorkshire: outstanding (August 2018)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Three councils hold the top grade: Leeds, North Yorkshire and North Lincolnshire. Leeds "
        "was rated outstanding last December and North Yorkshire in August last year.\n",
        "2019-08-28",
    )
    assert claims
    assert not contradicted(claims), claims


def test_the_only_one_in_the_region_that_opens_the_sentence(tmp_path, corpus_db):
    # South West, 13 March 2023: Cornwall the only council rated outstanding (5 November 2019)
    held_then_caught(
        tmp_path,
        corpus_db,
        "In the South West, Bristol is one of five councils rated requires improvement, with "
        "Cornwall the only one rated outstanding.\n",
        "2023-03-13",
        "Cornwall the only one",
        altered=("Cornwall the only one", "Devon the only one"),
        kind="rank",
    )
