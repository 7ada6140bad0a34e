"""`ilacs check`, round 10: ranks and counts among councils read as English local news writes
them (a counted list with relative clauses, 'the top grade' before a later 'good or better',
losing a grade, a report that combines two grades, 'alongside X', a run of inspections, a count
of the previous inspection's areas for improvement, one of the reports of a day)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


def _verdict(tmp_path, db, text: str, as_of: str, words: str) -> tuple[str, str]:
    c = _claim(_check(tmp_path, db, text, as_of), words)
    return c["type"], c["verdict"]


@pytest.mark.parametrize(
    ("listed", "verdict"),
    [
        # 12 July 2024: Leicestershire, Northumberland and Telford & Wrekin outstanding overall
        (
            "Leicestershire, Northumberland, which was rated good in 2020, and Telford & "
            "Wrekin, which held on to its rating",
            "supported",
        ),
        (
            "Leicestershire, Northumberland, which was rated good in 2020, and Halton",
            "contradicted",
        ),
        # a council inside a relative clause: the list is not read, and the count is no count
        # of every council in England
        (
            "Leicestershire, Northumberland, which overtook Durham, and Telford & Wrekin",
            "not_in_record",
        ),
    ],
)
def test_a_counted_list_with_relative_clauses(tmp_path, corpus_db, listed, verdict):
    text = f"Ofsted published ten reports on Friday. Three councils in all received the top grade: {listed}.\n"
    got = _verdict(tmp_path, corpus_db, text, "2024-07-15", "Three councils in all")
    assert got == ("count", verdict)


@pytest.mark.parametrize(("k", "verdict"), [("eight", "supported"), ("six", "contradicted")])
def test_the_top_grade_is_the_clauses_own_before_a_later_good_or_better(
    tmp_path, corpus_db, k, verdict
):
    # North East, 12 March 2025: Hartlepool, Northumberland, North Tyneside and Sunderland
    # outstanding; Darlington, Durham, Gateshead and Newcastle good
    text = (
        "Sunderland was rated outstanding again. In the North East, four of the region's 12 "
        f"councils now hold the top grade, while {k} are rated good or better.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2025-03-12", "four of the region")
    assert got == ("count", verdict)


@pytest.mark.parametrize(("place", "verdict"), [("fourth", "supported"), ("third", "contradicted")])
def test_losing_an_outstanding_rating_is_a_move_down(tmp_path, corpus_db, place, verdict):
    # ilacs2023: East Sussex, Suffolk and Cornwall lost outstanding before Kent (2 Feb 2026)
    text = (
        f"Kent is the {place} council to lose an outstanding rating under the current version "
        "of Ofsted's inspection framework.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2026-02-03", "to lose an outstanding")
    assert got == ("rank", verdict)


@pytest.mark.parametrize(("place", "verdict"), [("first", "supported"), ("second", "contradicted")])
def test_a_framework_for_inspecting_councils_is_read(tmp_path, corpus_db, place, verdict):
    # Hertfordshire (10 March 2023): the first outstanding under the 2023 framework
    text = (
        f"Hertfordshire has become the {place} council to be rated outstanding under Ofsted's "
        "updated framework for inspecting local authority children's services.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2023-03-10", "to be rated outstanding")
    assert got == ("rank", verdict)


@pytest.mark.parametrize(
    ("place", "verdict"), [("fourth", "supported"), ("second", "contradicted")]
)
def test_a_rank_of_reports_that_combine_two_grades(tmp_path, corpus_db, place, verdict):
    # ilacs2023, overall good with leaders outstanding: Southampton, Hounslow, Salford, then
    # Nottinghamshire (12 July 2024)
    text = (
        "Nottinghamshire was rated good. Its leadership was judged outstanding, making it only "
        f"the {place} authority under the current framework to combine an overall 'good' with "
        "an outstanding grade for the impact of leaders.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2024-07-15", "to combine an overall")
    assert got == ("rank", verdict)


@pytest.mark.parametrize(("k", "verdict"), [("two", "supported"), ("three", "contradicted")])
def test_alongside_names_a_fellow_holder(tmp_path, corpus_db, k, verdict):
    # South West, 9 May 2025: Dorset and Wiltshire outstanding overall
    text = (
        f"Dorset is now one of only {k} councils in the South West to hold an outstanding "
        "rating for children's services, alongside Wiltshire.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2025-05-09", "to hold an outstanding")
    assert got == ("rank", verdict)


@pytest.mark.parametrize(("k", "verdict"), [("four", "supported"), ("two", "contradicted")])
def test_one_of_the_councils_outstanding_at_consecutive_inspections(
    tmp_path, corpus_db, k, verdict
):
    # 30 April 2026: Westminster, Kensington and Chelsea, Leeds and North Lincolnshire
    text = (
        f"North Lincolnshire is now one of only {k} councils in England to have been rated "
        "outstanding at three consecutive inspections.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2026-04-30", "consecutive inspections")
    assert got == ("rank", verdict)


def test_a_count_of_the_previous_inspections_areas_is_not_the_new_reports(tmp_path, corpus_db):
    # Islington, 29 January 2025: one recommendation in the new report
    text = (
        "Islington's children's services were rated outstanding. Inspectors noted that the "
        "three areas for improvement identified at the last inspection have been addressed.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2025-01-29"), "three areas for improvement")
    assert c["verdict"] != "contradicted", c


def test_one_of_the_days_inspection_reports(tmp_path, corpus_db):
    # 12 July 2024: ten full reports published
    text = (
        "Leicestershire was rated outstanding in one of ten children's services inspection "
        "reports published by Ofsted on Friday.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2024-07-15", "one of ten")
    assert got == ("count", "supported")


def test_first_as_an_adverb_is_no_rank(tmp_path, corpus_db):
    text = (
        "West Northamptonshire was rated requires improvement to be good when it was first "
        "inspected as a unitary authority, in October 2022.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-07-08")
    assert not [c for c in claims if c["type"] == "rank"], claims


@pytest.mark.parametrize(("k", "verdict"), [("39", "supported"), ("30", "contradicted")])
def test_of_which_counts_within_the_councils_reported_on(tmp_path, corpus_db, k, verdict):
    # ilacs2023 reports published by 15 July 2024: 61 councils, 39 good or outstanding
    text = (
        "Friday's results mean that 61 councils have now had reports published under the 2023 "
        f"framework, of which {k} have been rated good or outstanding overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-15")
    assert _claim(claims, "61 councils")["verdict"] == "supported"
    c = _claim(claims, f"of which {k}")
    assert (c["type"], c["verdict"]) == ("count", verdict), c


@pytest.mark.parametrize(("place", "verdict"), [("fifth", "supported"), ("third", "contradicted")])
def test_a_rank_this_year_counts_the_years_reports(tmp_path, corpus_db, place, verdict):
    # North West, reports published in 2024 rating good overall: Salford, Oldham, Westmorland
    # and Furness, Warrington, then Cumberland (26 November 2024)
    text = (
        f"The result makes Cumberland the {place} council in the North West to be rated good "
        "this year.\n"
    )
    got = _verdict(tmp_path, corpus_db, text, "2024-11-26", "to be rated good this year")
    assert got == ("rank", verdict)


@pytest.mark.parametrize(("place", "verdict"), [("12th", "supported"), ("15th", "contradicted")])
def test_the_nth_of_a_regions_councils_whose_latest_rating_is(tmp_path, corpus_db, place, verdict):
    # London, 16 May 2024: 12 councils' latest overall grade outstanding, Hammersmith and
    # Fulham's among them
    text = (
        "Hammersmith and Fulham was rated outstanding. Counting all frameworks, Hammersmith and "
        f"Fulham becomes the {place} of London's 33 councils whose most recent overall rating is "
        "outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-05-17")
    c = _claim(claims, f"the {place} of London")
    assert (c["type"], c["verdict"]) == ("rank", verdict), c
    assert not [x for x in claims if x["type"] == "count"], claims


@pytest.mark.parametrize(("k", "verdict"), [("33", "supported"), ("30", "contradicted")])
def test_a_further_count_within_the_group_just_counted(tmp_path, corpus_db, k, verdict):
    # ilacs2023 reports by 6 November 2024: 76 councils; 19 outstanding, 33 good, 16 requires
    # improvement, 8 inadequate
    text = (
        "Of the 76 councils inspected under the current framework so far, 19 have been rated "
        f"outstanding. A further {k} were judged good, 16 require improvement and eight were "
        "rated inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-11-06")
    c = _claim(claims, f"A further {k}")
    assert (c["type"], c["verdict"]) == ("count", verdict), c
    assert _claim(claims, "eight were rated inadequate")["verdict"] == "supported"


@pytest.mark.parametrize(("k", "verdict"), [("Nine", "supported"), ("Twelve", "contradicted")])
def test_n_of_the_group_named_the_sentence_before(tmp_path, corpus_db, k, verdict):
    # ilacs2023 reports by 5 December 2023: 31 councils, 9 requires improvement, 3 inadequate
    text = (
        "Of the 31 local authorities inspected under the revised framework to date, Hillingdon "
        f"is one of six to have been judged outstanding. {k} of the 31 were judged to require "
        "improvement to be good and three were judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-12-05")
    c = _claim(claims, f"{k} of the 31")
    assert (c["type"], c["verdict"]) == ("count", verdict), c


def test_councils_that_have_had_their_services_inspected_and_of_these(tmp_path, corpus_db):
    # ilacs2023 reports by 26 November 2024: 78 councils, 35 good and 19 outstanding
    text = (
        "Nationally, 78 councils have now had their children's services inspected under the "
        "Ofsted framework introduced in January 2023. Of these, 35 have been rated good and 19 "
        "outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-11-26")
    assert _claim(claims, "78 councils")["verdict"] == "supported"
    assert _claim(claims, "35 have been rated good")["verdict"] == "supported"


@pytest.mark.parametrize(("none", "verdict"), [("none", "supported"), ("two", "contradicted")])
def test_but_none_is_rated_a_further_count(tmp_path, corpus_db, none, verdict):
    # North West, 26 November 2024: ten good, none outstanding
    text = (
        "In the North West, ten of the region's 24 councils now hold a good rating, but "
        f"{none} {'is' if none == 'none' else 'are'} rated outstanding.\n"
    )
    # (each count of the tally is a claim of its own)
    claims = _check(tmp_path, corpus_db, text, "2024-11-26")
    assert _claim(claims, "ten of the region")["verdict"] == "supported"
    c = _claim(claims, f"{none} {'is' if none == 'none' else 'are'} rated outstanding")
    assert (c["type"], c["verdict"]) == ("count", verdict), c


def test_the_number_of_councils_in_england_judged_outstanding(tmp_path, corpus_db):
    # 10 March 2023: 25 councils' latest overall grade outstanding
    text = (
        "Hertfordshire was rated outstanding. Hertfordshire's rating takes the number of "
        "councils in England judged outstanding to 25.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2023-03-10"), "the number of councils")
    assert (c["type"], c["verdict"]) == ("count", "supported"), c


@pytest.mark.parametrize(("k", "verdict"), [("11", "supported"), ("14", "contradicted")])
def test_taking_to_n_the_number_of_councils_given_the_top_rating(tmp_path, corpus_db, k, verdict):
    # ilacs2023 reports published by 16 May 2024: 11 outstanding overall
    text = (
        "Brighton and Hove and Hammersmith and Fulham were also judged outstanding overall, "
        f"taking to {k} the number of councils given the top rating since the inspection "
        "framework was updated in January 2023.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-05-16")
    c = _claim(claims, f"taking to {k}")
    assert (c["type"], c["verdict"]) == ("count", verdict), c
    g = _claim(claims, "were also judged outstanding overall")
    assert (g["type"], g["verdict"]) == ("grade", "supported"), g


@pytest.mark.parametrize(("k", "verdict"), [("nine", "supported"), ("five", "contradicted")])
def test_the_number_inspected_this_year_of_which(tmp_path, corpus_db, k, verdict):
    # ilacs2023 reports published 1 January - 25 April 2025: 17 councils, 9 outstanding
    text = (
        "The two results bring the number of councils inspected under the 2023 framework so "
        f"far this year to 17, of which {k} have been rated outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-04-25")
    assert _claim(claims, "so far this year to 17")["verdict"] == "supported"
    c = _claim(claims, f"of which {k}")
    assert (c["type"], c["verdict"]) == ("count", verdict), c


@pytest.mark.parametrize(("k", "verdict"), [("nine", "supported"), ("12", "contradicted")])
def test_only_n_of_the_group(tmp_path, corpus_db, k, verdict):
    # SIF reports published by 10 December 2014: 36 councils, 9 good, none outstanding
    text = (
        "Of the 36 councils inspected under Ofsted's tougher regime since last year, only "
        f"{k} have been rated good and none outstanding.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2014-12-10"), f"only {k} have")
    assert (c["type"], c["verdict"]) == ("count", verdict), c


@pytest.mark.parametrize(("k", "verdict"), [("nine", "supported"), ("five", "contradicted")])
def test_one_of_n_councils_to_have_had_reports_published(tmp_path, corpus_db, k, verdict):
    # ilacs2026 reports published by 4 August 2026: nine councils
    text = (
        f"South Tyneside is one of {k} councils to have had reports published under the new "
        "framework so far.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2026-08-04"), f"one of {k} councils")
    assert (c["type"], c["verdict"]) == ("count", verdict), c


@pytest.mark.parametrize(("place", "verdict"), [("first", "supported"), ("third", "contradicted")])
def test_the_grade_in_double_quotes_is_the_ranks(tmp_path, corpus_db, place, verdict):
    # SIF, London, 27 March 2015: Enfield the first borough rated good overall
    text = (
        "Enfield Council's children's services have been rated \"good\" by Ofsted, making it the "
        f"{place} London borough to achieve the grade under the watchdog's tougher inspection "
        "regime.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2015-03-27"), "to achieve the grade")
    assert (c["type"], c["verdict"]) == ("rank", verdict), c


@pytest.mark.parametrize(
    ("who", "as_of", "verdict"),
    [
        ("Brent and Somerset were", "2026-06-17", "supported"),
        ("Brent and Liverpool were", "2026-07-08", "contradicted"),  # Liverpool: 7 July
    ],
)
def test_the_first_two_councils_to_have_reports_published(tmp_path, corpus_db, who, as_of, verdict):
    # ilacs2026: Brent and Somerset published 17 June 2026, the next on 7 July
    text = f"{who} the first two councils to have reports published under the new arrangements.\n"
    c = _claim(_check(tmp_path, corpus_db, text, as_of), "the first two councils")
    assert (c["type"], c["verdict"]) == ("rank", verdict), c


def test_one_of_the_first_three_reports_to_be_issued(tmp_path, corpus_db):
    # SIF: Derbyshire, Hartlepool and Hillingdon published 11 February 2014, none earlier
    text = (
        "The report on Derbyshire, published on Tuesday, was one of the first three to be "
        "issued under the watchdog's new single inspection framework.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2014-02-13"), "one of the first three")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c


def test_a_council_abolished_before_the_framework_stands_for_its_successors(tmp_path, corpus_db):
    # ilacs2026 by 7 July 2026: Brent, Somerset, Liverpool, North and West Northamptonshire
    text = (
        "Northamptonshire County Council was judged inadequate in 2019. The two councils are "
        "among the first five to have reports published under the new arrangements.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2026-07-08"), "among the first five")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c


@pytest.mark.parametrize(("k", "verdict"), [("two", "supported"), ("three", "contradicted")])
def test_the_two_reports_of_an_abolished_councils_successors(tmp_path, corpus_db, k, verdict):
    # West and North Northamptonshire (7 July 2026): two areas for improvement each
    text = (
        "West Northamptonshire and North Northamptonshire were inspected in May. Their "
        "predecessor, Northamptonshire County Council, had been judged inadequate in 2019. "
        f"The two reports set out the same {k} areas for improvement.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2026-07-08"), f"{k} areas for improvement")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("named", "verdict"),
    [("Essex and Suffolk", "supported"), ("Essex and Norfolk", "contradicted")],
)
def test_joins_others_as_the_regions_only_holders(tmp_path, corpus_db, named, verdict):
    # East of England, 10 March 2023: Essex, Suffolk and Hertfordshire outstanding overall
    text = (
        "Hertfordshire was rated outstanding. In the East of England, it joins "
        f"{named} as the region's only outstanding authorities.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2023-03-10"), "as the region's only")
    assert (c["type"], c["verdict"]) == ("rank", verdict), c


@pytest.mark.parametrize(
    ("named", "verdict"),
    [
        ("Essex, North Yorkshire, Bromley, Redbridge and Thurrock", "supported"),
        ("Essex, North Yorkshire, Bromley, Redbridge and Camden", "contradicted"),
    ],
)
def test_the_other_members_of_a_group_just_counted(tmp_path, corpus_db, named, verdict):
    # ilacs2023 by 15 January 2025, outstanding in every judgement: Essex, North Yorkshire,
    # Bromley, Redbridge, Thurrock, Westminster and North Tyneside
    text = (
        "Westminster has become one of only seven councils rated outstanding in all five "
        "judgements under Ofsted's current inspection framework. North Tyneside, whose report "
        f"came out the same day, also achieved a clean sweep. The other five are {named}.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2025-01-15"), "The other five are")
    assert (c["type"], c["verdict"]) == ("rank", verdict), c


@pytest.mark.parametrize(("q", "verdict"), [("most", "supported"), ("all", "contradicted")])
def test_most_of_those_under_the_previous_framework(tmp_path, corpus_db, q, verdict):
    # London, 17 July 2024: 13 councils' latest overall grade outstanding, 8 of them from
    # ILACS 2018 reports
    text = (
        "Across the capital, 13 of the 33 London authorities now hold an outstanding rating, "
        f"though {q} of those were awarded under the previous version of the framework.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2024-07-17"), f"{q} of those were")
    assert (c["type"], c["verdict"]) == ("count", verdict), c
