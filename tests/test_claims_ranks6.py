"""`ilacs check`: counts and ranks among councils as the press writes them, round 6: a further
count after "while", a window ("so far this year"), a running tally ("takes the number ... to
19"), "one of four of those", a second place in the same sentence, and councils named by who
they are ("the trust's two councils") rather than counted."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_a_further_count_after_while_is_the_counts(tmp_path, corpus_db):
    # 12 August 2025: 39 of 153 councils' latest overall grade outstanding, 17 inadequate
    text = (
        "Richmond upon Thames has been rated outstanding. Nationally, 39 of the 153 councils "
        "are now rated outstanding, while 17 remain inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-08-12",
        "17 remain inadequate",
        kind="count",
        altered=("17 remain", "22 remain"),
    )


def test_a_group_published_so_far_this_year(tmp_path, corpus_db):
    # 1 January to 12 August 2025: 36 councils' full inspection reports, 16 outstanding
    text = (
        "Ofsted's current framework came in in 2023. Of the 36 reports published so far this "
        "year, 16 have been rated outstanding.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2025-08-12", "Of the 36", altered=("16 have", "11 have")
    )


def test_a_running_tally_is_a_count_not_a_grade(tmp_path, corpus_db):
    # 13 May 2025: Devon rated inadequate; 19 councils' latest overall grade inadequate
    text = "Devon's report takes the number of councils currently rated inadequate to 19.\n"
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-05-13",
        "number of councils",
        kind="count",
        altered=("to 19", "to 23"),
    )


def test_one_of_four_of_those_is_a_count_not_judgements(tmp_path, corpus_db):
    # 22 March 2014: 11 councils with single inspection framework reports, four (Bolton
    # among them) requiring improvement overall
    text = (
        "Bolton's children's services require improvement. Bolton is one of just 11 councils "
        "to have been inspected under Ofsted's single inspection framework so far, and one of "
        "four of those to be told it requires improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2014-03-22",
        "one of four of those",
        altered=("one of four", "one of six"),
    )


def test_a_second_place_keeps_its_framework_and_grade(tmp_path, corpus_db):
    # 15 April 2025: York the fourth council whose overall grade went from requires
    # improvement straight to outstanding (Bexley 2018, Telford & Wrekin 2020, Leicestershire
    # 2024), across frameworks; "judged good" is the grade a regional count counts
    text = (
        "York has been rated outstanding. York is only the fourth council in England to move "
        "straight from 'requires improvement' to 'outstanding', and one of just 11 councils to "
        "be rated outstanding across all five judgements under Ofsted's current framework.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-04-15")
    assert _claim(claims, "the fourth council")["verdict"] == "supported"
    assert not _contradicted(claims), claims
    # 15 February 2022: seven Yorkshire and the Humber councils good overall, three outstanding
    text = (
        "Wakefield has been rated good. Wakefield is now one of seven councils in Yorkshire and "
        "the Humber judged good, with a further three judged outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2022-02-15")
    assert _claim(claims, "one of seven")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_councils_named_by_who_they_are_are_not_counted(tmp_path, corpus_db):
    # 8 July 2026: North and West Northamptonshire, whose services the trust runs; five
    # councils with reports under the 2026 framework
    text = (
        "The two councils whose children's services are run by Northamptonshire Children's "
        "Trust have both been rated outstanding for leadership under Ofsted's new inspection "
        "framework. The framework no longer gives an overall grade. Five councils have now had "
        "reports published under it: Brent and Liverpool were judged good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-07-08")
    assert not _contradicted(claims), claims
    c = _claim(claims, "Five councils")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c


def test_one_of_n_to_have_made_the_move_the_sentence_before_names(tmp_path, corpus_db):
    # 10 July 2019: five councils' overall grade went straight from inadequate to good
    # (West Berkshire, Doncaster, Rotherham, Bromley, Barnet)
    text = (
        "Barnet's children's services were rated good. Barnet has gone straight from "
        "inadequate to good at a single inspection. It is one of only five councils to have "
        "done so.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-07-10",
        "one of only five",
        kind="rank",
        altered=("only five", "only three"),
    )


def test_a_move_ranked_within_a_region(tmp_path, corpus_db):
    # 10 July 2019: Bromley (January 2019) then Barnet the London councils whose overall grade
    # went straight from inadequate to good
    text = (
        "Barnet's children's services were rated good. Barnet has gone straight from "
        "inadequate to good at a single inspection. It is one of only five councils to have "
        "done so, and the second in London after Bromley earlier this year.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-07-10")
    assert _claim(claims, "the second in London")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_a_continued_rank_takes_the_sentences_framework(tmp_path, corpus_db):
    # 23 July 2024: Redbridge the sixth London borough rated outstanding overall under the
    # 2023 framework (Bexley, Hillingdon, Bromley, Hammersmith and Fulham, Greenwich)
    text = (
        "Redbridge has been rated outstanding. Redbridge is one of the councils rated "
        "outstanding overall under Ofsted's current framework, and the sixth London borough to "
        "receive the top grade.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-23")
    assert _claim(claims, "the sixth London borough")["verdict"] == "supported"
    assert not _contradicted(claims), claims


def test_a_grade_from_a_later_clause_does_not_make_a_count_contradicted(tmp_path, corpus_db):
    # 12 August 2025: "three councils" is not a count of councils by the grade named after it
    text = (
        "Leeds has been rated outstanding again. Three councils had their reports published "
        "today, and Leeds was rated outstanding for the second time.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-12")
    assert not [c for c in _contradicted(claims) if c["type"] == "count"], claims


def test_a_rank_whose_grade_is_in_a_later_clause_is_not_contradicted(tmp_path, corpus_db):
    # 12 August 2025: "one of 20 councils visited" is no count of outstanding councils
    text = (
        "Leeds has been rated outstanding again. Leeds is one of 20 councils visited by "
        "inspectors this summer, and it was rated outstanding for the second time.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-12")
    assert not [c for c in _contradicted(claims) if c["type"] in ("rank", "count")], claims
