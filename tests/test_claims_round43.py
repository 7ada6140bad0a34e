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

from tests.claims_helpers import filled_held_then_caught, in_process_checker, verdicts


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
    filled_held_then_caught(
        check43, said, date(2025, 1, 29), ("2020", "focused visit in 2020"),
        ("2019", "focused visit in 2019"),
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
