"""`ilacs check`, round 43: what a report asks for or found, told in the article's own words
with one of who-or-what swapped for another (care leavers for foster carers, private fostering
for pre-proceedings work), a list of areas 'to develop further', and a focused visit dated by
a report's words about a monitoring visit.

Real values from the corpus: Barnsley's report of 8 August 2014 ('32. The grant for care
leavers should be reviewed to bring it in line with recommended best practice'), Salford's of
12 January 2024 (its one recommendation: 'Management oversight of pre-proceedings work to
prevent unnecessary delays for children'), Milton Keynes' of 17 December 2024 (three:
consistency of assessments, placement sufficiency for children in care, the strategic needs
analysis of extra-familial harm) and Torbay's of 24 August 2018 ('since the Ofsted monitoring
visit in January 2017')."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import (
    check_text,
    claim_with,
    filled_held_then_caught,
    in_process_checker,
    verdicts,
)


@pytest.fixture(scope="module")
def check43(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# --- one who-or-what for another, in the article's words ----------------------------------


def test_a_paraphrase_of_a_recommendation_with_its_people_swapped(check43) -> None:
    # Barnsley 2014: 'The grant for care leavers should be reviewed ...'
    said = (
        "Barnsley Council's children's services require improvement, Ofsted has said.\n\n"
        "Inspectors said pathway planning needed to improve. It also said the grant given to "
        "{} should be reviewed.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2014, 8, 15),
        ("care leavers", "grant given to care leavers"),
        ("foster carers", "grant given to foster carers"),
    )


def test_a_recommendation_about_pre_proceedings_told_as_private_fostering(check43) -> None:
    # Salford 2024: one recommendation, on management oversight of pre-proceedings work
    said = (
        "Salford City Council's children's services have been rated good by Ofsted.\n\n"
        "The report's one recommendation is that managers improve their oversight of {} to "
        "prevent unnecessary delays for children.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2024, 1, 15),
        ("pre-proceedings work", "pre-proceedings work"),
        ("private fostering arrangements", "private fostering arrangements"),
    )


def test_areas_to_develop_further_are_what_the_report_asks(check43) -> None:
    # Milton Keynes 2024: the list after 'three areas to develop further:' is the report's
    # three recommendations, each weighed (one swapped for support for care leavers)
    said = (
        "Milton Keynes Council's children's services have been rated good.\n\n"
        "The report also highlights three areas to develop further: the consistency of "
        "assessments and contingency planning, {}, and the strategic needs analysis of "
        "children at risk of harm outside the family home.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2025, 1, 10),
        ("placement sufficiency for children in care", "placement sufficiency"),
        ("support for care leavers", "support for care leavers"),
        "recommendation",
    )


# --- a focused visit is not a monitoring visit ----------------------------------------------


def test_a_monitoring_visits_date_does_not_date_a_focused_visit(check43) -> None:
    # Torbay 2018: 'since the Ofsted monitoring visit in January 2017' (a monitoring visit);
    # ilacs holds no focused visit letter of Torbay, so a focused visit in March 2017 is not
    # the report's to contradict
    said = (
        "Ofsted has again rated Torbay Council's children's services inadequate.\n\n"
        "The report, published on Friday, follows an inspection in June and July. Inspectors "
        "had carried out a focused visit in March 2017, the council said.\n"
    )
    found = check43(said, date(2018, 8, 27))
    assert verdicts(found, "visit in March 2017") == {"not_in_record"}


# --- blind batch U: which inspection, which council, which framework ------------------------


def test_that_inspection_led_by_one_of_the_years_just_named(check43) -> None:
    # Cornwall: good in 2016 (SIF, Linda Steele), outstanding in 2019 (Emmy Tomsett); "That
    # inspection" may be either year the sentence before named
    said = (
        "Cornwall Council's children's services have been rated good.\n\n"
        "In 2019 Cornwall became the first council in the South West to be rated outstanding, "
        "having been judged good in 2016. That inspection, led by {}, rated leadership as "
        "outstanding.\n"
    )
    filled_held_then_caught(
        check43,
        said,
        date(2024, 8, 23),
        ("Emmy Tomsett", "led by Emmy Tomsett"),
        ("Neil Penswick", "led by Neil Penswick"),
    )


def test_a_regional_place_after_a_count_under_it(check43) -> None:
    # Calderdale, 19 December 2018: outstanding for children in care under the 2018 framework,
    # the second in Yorkshire and the Humber after North Yorkshire (6 August 2018)
    said = (
        "Calderdale Council's children's services have been rated good.\n\n"
        "Ofsted's new inspection framework came in at the start of the year. Calderdale is one "
        "of only five councils in England to have been rated outstanding for children in care "
        "under it, and the {} in Yorkshire after North Yorkshire.\n"
    )
    filled_held_then_caught(
        check43, said, date(2018, 12, 20), ("second", "after North Yorkshire"),
        ("third", "after North Yorkshire"), "rank",
    )  # fmt: skip


def test_a_grade_and_the_spell_after_it_are_two_claims(check43) -> None:
    # Stockton-on-Tees, 1 July 2019: requires improvement in every judgement, on site 20-24 May
    said = (
        "Stockton-on-Tees Borough Council's children's services were judged to require "
        "improvement to be good across all four judgements following a {} inspection in May.\n"
    )
    day = date(2019, 7, 17)
    found = check43(said.format("two-week"), day)
    assert verdicts(found, "across all four judgements", "grade") == {"supported"}
    assert verdicts(found, "two-week inspection", "date") == {"contradicted"}
    found = check43(said.format("one-week"), day)
    assert "contradicted" not in verdicts(found, "across all four judgements")


def test_it_is_a_span_since_a_grade_to_the_articles_day(check43) -> None:
    # Northumberland: outstanding overall in the report of 12 July 2024
    said = (
        "It is more than {} since Ofsted declared Northumberland County Council's children's "
        "services outstanding - and the council says the rating has helped it to recruit.\n"
    )
    filled_held_then_caught(
        check43, said, date(2025, 10, 15), ("a year", "more than a year"),
        ("three years", "more than three years"),
    )  # fmt: skip


def test_improvement_needed_before_a_grade_is_a_grade_not_held(check43) -> None:
    # Buckinghamshire, 11 February 2022: requires improvement to be good, so not yet good
    said = (
        "Buckinghamshire Council's children's services are no longer inadequate, although "
        "Ofsted says further improvement is needed before they can be judged good.\n"
    )
    found = check43(said, date(2022, 2, 14))
    assert verdicts(found, "before they can be judged good") == {"supported"}


def test_a_rank_of_a_grade_given_twice_under_a_framework(check43) -> None:
    # Slough: inadequate under the SIF in February 2014 and February 2016, the first council
    # with two
    said = (
        "Slough Borough Council's children's services have been rated inadequate again.\n\n"
        "It makes Slough the {} council in England to be rated inadequate twice under the "
        "tougher inspection regime Ofsted launched in November 2013.\n"
    )
    filled_held_then_caught(
        check43, said, date(2016, 2, 18), ("first", "to be rated inadequate twice"),
        ("second", "to be rated inadequate twice"), "rank",
    )  # fmt: skip


def test_a_count_of_recommendations_in_the_part_of_an_article_on_one_council(check43) -> None:
    # Derby, 8 July 2025: one thing to improve; Walsall's report of the same day: two
    said = (
        "Derby City Council has achieved a clean sweep of outstanding grades, while Walsall has "
        "been upgraded from good to outstanding.\n\n"
        "Inspectors rated Derby outstanding for overall effectiveness and in all four of the "
        "other judgements.\n\n"
        "It makes Derby the first in the East Midlands to do so.\n\n"
        "Derby was previously rated outstanding overall in 2022.\n\n"
        "The report, led by Margaret Burke, said the council had one of the most stable "
        "workforces in the country.\n\n"
        "Inspectors praised its family hubs.\n\n"
        "Ofsted identified just {} for improvement: management oversight of children at risk "
        "of prolonged neglect.\n"
    )
    filled_held_then_caught(
        check43, said, date(2025, 7, 9), ("one area", "Ofsted identified just one area"),
        ("two areas", "Ofsted identified just two areas"), "recommendation",
    )  # fmt: skip


def test_a_figure_of_a_report_told_of_another_year(check43) -> None:
    # Bournemouth, Christchurch and Poole, February 2022: 'In 2020, Ofsted conducted a focused
    # visit that resulted in two wide-reaching areas for priority action.'
    said = (
        "BCP Council's children's services have been rated good.\n\n"
        "The turnaround began after a focused visit in {} that resulted in two wide-reaching "
        "areas for priority action.\n"
    )
    # (the count's claim: the visit's own, 'a focused visit in 2019', is not_in_record, ilacs
    # holding no letter of that visit)
    filled_held_then_caught(
        check43, said, date(2025, 1, 29), ("2020", "began after a focused visit in 2020"),
        ("2019", "began after a focused visit in 2019"),
    )  # fmt: skip


def test_the_inspection_before_the_sif_dated_by_its_report(check43) -> None:
    # Southampton, September 2014: 'The previous inspection of Southampton's safeguarding and
    # looked after children's service was in April 2012' (page 13)
    said = (
        "Southampton City Council's children's services require improvement, Ofsted says.\n\n"
        "When Southampton's safeguarding and looked after children's services were last "
        "inspected, in {}, they were judged adequate.\n"
    )
    filled_held_then_caught(
        check43, said, date(2014, 9, 16), ("April 2012", "April 2012"),
        ("April 2011", "April 2011"),
    )  # fmt: skip


def test_an_improvement_notice_after_a_grade_is_not_the_records(check43) -> None:
    said = (
        "Wakefield Council's children's services have been rated good.\n\n"
        "Wakefield was placed under a Department for Education improvement notice after the "
        "inadequate judgement.\n"
    )
    found = check43(said, date(2022, 1, 6))
    assert verdicts(found, "improvement notice") == {"not_in_record"}


def test_a_directors_appointment_the_report_dates(check43) -> None:
    # Plymouth, March 2024: 'Since August 2023, with the appointment of the current director of
    # children's services, leadership has been more consistent'
    said = (
        "Plymouth City Council's children's services still require improvement.\n\n"
        "The report said there had been instability in senior leadership.\n\n"
        "But since a new director of children's services was appointed in August 2023, "
        'leadership had been "more consistent", it said.\n'
    )
    found = check43(said, date(2024, 3, 15))
    assert verdicts(found, "appointed in August 2023") == {"supported"}


def test_a_tally_under_the_framework_introduced_last_year(check43) -> None:
    # 17 July 2019: 17 of the 56 councils with ILACS reports out were requires improvement
    said = (
        "The two reports take the number of councils rated requires improvement under the "
        "inspection framework introduced last year to {}, out of 56 whose reports have been "
        "published so far.\n"
    )
    filled_held_then_caught(
        check43, said, date(2019, 7, 17), ("17", "the number of councils"),
        ("9", "the number of councils"), "count",
    )  # fmt: skip
    found = check43(said.format("17"), date(2019, 7, 17))
    assert verdicts(found, "introduced last year", "date") == {"supported"}


def test_a_move_with_a_judgements_grade(check43) -> None:
    # Bromley (January 2019) and Wakefield (January 2022): inadequate to good with outstanding
    # leadership at the next inspection
    said = (
        "Wakefield is only the {} council in the country to go from inadequate to good with "
        "outstanding leadership at its next inspection, after Bromley in 2019.\n"
    )
    filled_held_then_caught(
        check43, said, date(2022, 1, 6), ("second", "to go from inadequate to good"),
        ("third", "to go from inadequate to good"), "rank",
    )  # fmt: skip


def test_no_longer_an_overall_grade(check43) -> None:
    # the framework of 2026: no overall effectiveness grade (Brent's report of 17 June 2026)
    said = (
        "Brent Council's children's services have been judged outstanding in every area.\n\n"
        "Under the framework, councils no longer receive a single overall effectiveness grade.\n"
    )
    assert verdicts(check43(said, date(2026, 6, 20)), "no longer receive") == {"supported"}
    assert verdicts(check43(said, date(2025, 6, 20)), "no longer receive") == {"contradicted"}


# --- blind batch V: the councils a count names, visits, moves and sections --------------------

ST_HELENS_FV = "80560_st_helens__children's_services_focused_visit_-_12_july_2024.pdf"
WOKINGHAM_FV = "80582_wokingham__children's_services_focused_visit_-_09_november_2018.pdf"


@pytest.fixture(scope="module")
def check43v(corpus_db, tmp_path_factory):
    from tests.claims_helpers import corpus_with_letters

    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("round43v"), (ST_HELENS_FV, WOKINGHAM_FV)
    )
    with in_process_checker(db) as run:
        yield run


def test_the_councils_a_count_names_in_an_aside(check43) -> None:
    # 22 January 2016: Enfield and Kingston upon Thames the London boroughs rated good under
    # the SIF (Bexley: requires improvement)
    said = (
        "Lewisham's children's services require improvement, Ofsted says.\n\n"
        "In London only two boroughs, Enfield and {}, have so far been rated good under the "
        "regime.\n"
    )
    filled_held_then_caught(
        check43, said, date(2016, 1, 22), ("Kingston", "only two boroughs"),
        ("Bexley", "only two boroughs"), "count",
    )  # fmt: skip


def test_a_focused_visits_very_days_in_another_month(check43v) -> None:
    # St Helens' focused visit of 24 and 25 April 2024 (letter of 12 July 2024)
    said = (
        "St Helens Council's children's services have been praised by Ofsted.\n\n"
        "The letter follows a focused visit, carried out on 24 and 25 {}.\n"
    )
    found = check43v(said.format("April"), date(2024, 7, 15))
    assert "contradicted" not in verdicts(found, "carried out on 24 and 25 April")
    found = check43v(said.format("June"), date(2024, 7, 15))
    assert "contradicted" in verdicts(found, "carried out on 24 and 25 June", "visit")


def test_what_a_visit_looked_at_after_its_date_is_a_claim_of_its_own(check43v) -> None:
    # Wokingham's focused visit of 17-18 October 2018 looked at the front door
    said = (
        "Wokingham Borough Council's services for care leavers need to improve, Ofsted says.\n\n"
        "Ofsted's previous focused visit to Wokingham, in October 2018, examined {} and found "
        "a deterioration in services.\n"
    )
    found = check43v(said.format("the council's support for children in care"), date(2025, 1, 30))
    assert verdicts(found, "visit to Wokingham, in October 2018", "visit") >= {"supported"}
    assert "contradicted" in verdicts(found, "support for children in care")


def test_a_grade_so_many_years_after_the_year_told(check43) -> None:
    # Newcastle: requires improvement (SIF, 2017), good (ILACS, February 2022), then 2025
    said = (
        "Newcastle's children's services have been rated outstanding for help and protection.\n\n"
        "It is a far cry from 2017, when Ofsted said Newcastle's children's services required "
        "improvement. The council was upgraded to {} at its next inspection, four years later.\n"
    )
    filled_held_then_caught(
        check43, said, date(2025, 6, 26), ("good", "upgraded to good"),
        ("outstanding", "upgraded to outstanding"),
    )  # fmt: skip


def test_a_first_time_so_many_years_before(check43) -> None:
    # Leicester: good for the first time in November 2021; requires improvement in January 2025
    said = (
        "Leicester City Council's children's services have been downgraded by Ofsted, three "
        "years after they were rated {} for the first time.\n"
    )
    filled_held_then_caught(
        check43, said, date(2025, 1, 29), ("good", "for the first time"),
        ("outstanding", "for the first time"),
    )  # fmt: skip


def test_the_one_area_escaping_a_grade(check43) -> None:
    # Tameside, February 2024: inadequate but for care leavers (requires improvement)
    said = (
        "Tameside Council's children's services have been rated inadequate, with only its "
        "services for {} escaping the bottom grade.\n"
    )
    filled_held_then_caught(
        check43, said, date(2024, 2, 14), ("care leavers", "escaping the bottom grade"),
        ("children in care", "escaping the bottom grade"),
    )  # fmt: skip


def test_rated_one_grade_then_fell_to_another(check43) -> None:
    # Suffolk, 21 August 2024: outstanding (2019) to requires improvement, the first such fall
    said = (
        "Suffolk County Council's children's services have been rated requires improvement.\n\n"
        "Suffolk is the {} council rated outstanding to fall two grades, to requires "
        "improvement, at its next inspection.\n"
    )
    filled_held_then_caught(
        check43, said, date(2024, 8, 21), ("first", "rated outstanding to fall"),
        ("third", "rated outstanding to fall"), "rank",
    )  # fmt: skip


def test_a_councillor_in_the_part_under_another_councils_heading(check43) -> None:
    # South Gloucestershire, July 2024: good in every judgement (Suffolk, the article's first
    # council, requires improvement)
    said = (
        "Suffolk has fallen to requires improvement, while South Gloucestershire has reached "
        "good.\n\nSuffolk\n\nSuffolk County Council was rated requires improvement overall.\n\n"
        "A Suffolk County Council spokesperson said an improvement plan would go to cabinet.\n\n"
        "South Gloucestershire\n\nIn South Gloucestershire, inspectors found services had "
        "significantly improved.\n\nThe report praised its early help service.\n\n"
        'Cllr Owen Tarrant said: "To be rated {} in every area, including for our care leavers, '
        'shows what a stable leadership team and sustained investment can do."\n'
    )
    filled_held_then_caught(
        check43, said, date(2024, 8, 21), ("good", "in every area"),
        ("outstanding", "in every area"),
    )  # fmt: skip


def test_a_lead_named_by_title_and_surname(check43) -> None:
    # Wokingham, May 2023: lead inspector Tom Anthony
    said = (
        "Wokingham Borough Council's children's services require improvement.\n\n"
        "At that inspection, led by {}, services for care leavers were also judged to require "
        "improvement.\n"
    )
    filled_held_then_caught(
        check43, said, date(2023, 5, 12), ("Mr Anthony", "led by Mr Anthony"),
        ("Mr Gardner", "led by Mr Gardner"),
    )  # fmt: skip


def test_a_trust_named_in_an_aside_is_not_the_council_gone(tmp_path, corpus_db) -> None:
    # West Northamptonshire: leadership requires improvement (November 2022), outstanding (July
    # 2026); Northamptonshire County Council was abolished in 2021: "the council" is West
    # Northamptonshire, not the county its trust is named after (nor North Northamptonshire)
    said = (
        "West Northamptonshire Council's children's services have been judged outstanding for "
        "leadership.\n\nWest Northamptonshire, whose children's social care is delivered by "
        "Northamptonshire Children's Trust, was judged outstanding for the impact of leaders and "
        "good in the other three areas following an inspection from 11 to 22 May.\n\nIt is a "
        "big step up. At the council's first inspection, in 2022, all of its services were "
        "judged to require improvement, meaning the leadership grade has jumped {} notches.\n"
    )
    c = claim_with(check_text(tmp_path, corpus_db, said.format("two"), "2026-07-30"), "two notches")
    assert c["verdict"] == "supported" and c["urns"] == [2637548], c
    c = claim_with(
        check_text(tmp_path, corpus_db, said.format("three"), "2026-07-30"), "three notches"
    )
    assert c["verdict"] == "contradicted", c


def test_one_judgements_grade_and_the_other_areas(check43) -> None:
    # West Northamptonshire, July 2026: leaders outstanding; help and protection, children in
    # care and care leavers good
    said = (
        "West Northamptonshire Council was judged outstanding for the impact of leaders and {} "
        "in the other three areas following an inspection from 11 to 22 May.\n"
    )
    filled_held_then_caught(
        check43, said, date(2026, 7, 30), ("good", "in the other three areas"),
        ("outstanding", "in the other three areas"),
    )  # fmt: skip


def test_a_count_of_areas_follows_the_grade_it_counts(check43) -> None:
    # Suffolk, May 2019: outstanding overall, for leaders and for help and protection; children
    # in care good. August 2024: requires improvement
    said = (
        "Suffolk County Council, which was rated outstanding in {} areas in 2019, has been "
        "judged to require improvement to be good, in a report published on Wednesday.\n"
    )
    filled_held_then_caught(
        check43, said, date(2024, 8, 21), ("three of four", "outstanding in three of four"),
        ("all four", "outstanding in all four"),
    )  # fmt: skip


def test_every_area_of_a_sif_report_takes_in_adoption_and_care_leavers(check43) -> None:
    # Birmingham, May 2014: every judgement inadequate; Somerset, March 2015: inadequate but for
    # adoption (requires improvement)
    said = "{} children's services were rated inadequate across the board in {}.\n"
    found = check43(said.format("Birmingham's", "2014"), date(2016, 1, 1))
    assert verdicts(found, "across the board") == {"supported"}
    found = check43(said.format("Somerset's", "2015"), date(2016, 1, 1))
    assert verdicts(found, "across the board") == {"contradicted"}
