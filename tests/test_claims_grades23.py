"""`ilacs check` on grades (round 23): the SIF judgement "children looked after and achieving
permanence" is the children-in-care judgement (not care leavers, its sub-judgement); work "still
to do" for an area is not the graded area; a grade said of something no judgement names
("described corporate parenting as outstanding") is no judgement's grade. Real values from the
corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check23(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Bath and North East Somerset: sif published 7 July 2017 (good overall, leadership, children
# looked after and achieving permanence; help and protection and care leavers requires
# improvement; adoption outstanding).
BANES = date(2017, 7, 8)
# Bristol: sif published 5 December 2014 (requires improvement overall and for children looked
# after and achieving permanence; care leavers inadequate; adoption good).
BRISTOL = date(2014, 12, 6)
# Hillingdon: ilacs2023 published 20 November 2023 (good overall; leadership outstanding; care
# leavers good).
HILLINGDON = date(2023, 11, 21)


@pytest.mark.parametrize(
    "text, as_of, words",
    [
        (
            "Bath and North East Somerset's children's services were inspected. Inspectors "
            "judged the experiences and progress of children looked after and achieving "
            "permanence to be good.",
            BANES,
            "achieving permanence",
        ),
        (
            "Bath and North East Somerset council was rated good. Children looked after and "
            "achieving permanence was also rated good, as was leadership, management and "
            "governance.",
            BANES,
            "achieving permanence",
        ),
        (
            "Bristol City Council's services for children looked after and achieving "
            "permanence were judged to require improvement.",
            BRISTOL,
            "achieving permanence",
        ),
    ],
)
def test_looked_after_and_achieving_permanence_is_one_judgement(check23, text, as_of, words):
    assert verdicts(check23(text, as_of), words) == {"supported"}


def test_achieving_permanence_is_still_checked(check23) -> None:
    text = (
        "Bath and North East Somerset's services for children looked after and achieving "
        "permanence were rated inadequate."
    )
    assert verdicts(check23(text, BANES), "achieving permanence") == {"contradicted"}


@pytest.mark.parametrize(
    "text",
    [
        "Hillingdon's director said: \"Being judged outstanding for leadership tells us we are "
        'on the right path, but we know there is more to do for our care leavers."',
        "Hillingdon's leadership was rated outstanding, although there is still work to do "
        "for care leavers.",
        'Hillingdon council leader said: "To be rated outstanding for our leadership is '
        'wonderful, but there is further work to be done on care leavers."',
    ],
)
def test_work_still_to_do_is_not_the_graded_area(check23, text) -> None:
    assert verdicts(check23(text, HILLINGDON), "outstanding") == {"supported"}


# Bristol: ilacs2023 published 10 March 2023 (requires improvement overall, for leadership and
# for help and protection; good for children in care and for care leavers).
BRISTOL_2023 = date(2023, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors also described corporate parenting in Bristol as outstanding.",
        "Ofsted inspectors described the service that Bristol's care leavers receive as "
        "outstanding.",
        "The report described the city's fostering service as 'inadequate' in places.",
        "Inspectors called Bristol's multi-agency safeguarding hub outstanding.",
    ],
)
def test_a_grade_word_said_of_no_judgement_is_no_grade(check23, text) -> None:
    found = check23(text, BRISTOL_2023)
    assert not [v for k, _, v in found if k == "grade" and v == "contradicted"], found


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Ofsted described Bristol's children's services as inadequate.", "contradicted"),
        ("Inspectors described Bristol's services for care leavers as good.", "supported"),
        ("Inspectors described leadership in Bristol as outstanding.", "contradicted"),
    ],
)
def test_a_judgement_described_is_still_graded(check23, text, verdict) -> None:
    assert verdicts(check23(text, BRISTOL_2023), "described", "grade") == {verdict}


# Hounslow: ilacs2023 published 1 December 2023 (good overall; leadership outstanding).
HOUNSLOW = date(2023, 12, 2)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Ofsted praises 'inspirational' leaders as Hounslow children's services rated good",
            "rated good",
        ),
        (
            "Inspectors hail strong leadership as Hounslow council is rated good by Ofsted.",
            "rated good",
        ),
        ("Praise for leaders as Hounslow's services for children judged good.", "judged good"),
        ("Leadership was rated outstanding as Hounslow was judged good overall.", "outstanding"),
    ],
)
def test_an_area_praised_before_another_subject_is_graded_is_not_the_graded_area(
    check23, text, words
) -> None:
    assert verdicts(check23(text, HOUNSLOW), words, "grade") == {"supported"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 inspectors examined Bristol's services for looked after children and found "
        "them to require improvement, with its capacity to improve also judged inadequate.",
        "Bristol City Council's capacity for improvement was rated good.",
        "Ofsted judged Bristol City Council's capacity to improve to be outstanding.",
        "Inspectors rated Bristol City Council inadequate for its capacity to improve.",
    ],
)
def test_capacity_to_improve_is_no_judgement_the_record_holds(check23, text) -> None:
    found = check23(text, BRISTOL_2023)
    assert not [v for k, _, v in found if k == "grade" and v == "contradicted"], found


def test_a_judgement_beside_capacity_to_improve_is_still_graded(check23) -> None:
    text = (
        "Bristol City Council's capacity to improve was judged good, and leadership was rated "
        "outstanding."
    )
    assert verdicts(check23(text, BRISTOL_2023), "leadership", "grade") == {"contradicted"}


# South Gloucestershire: ilacs2023 published 23 July 2024, good (Gloucestershire: requires
# improvement, 2022). North Somerset: ilacs2023 published 11 May 2023, requires improvement
# (Somerset: good, 2022).
@pytest.mark.parametrize(
    "text, as_of, words",
    [
        (
            "SOUTH Gloucestershire Council's children's services have been rated good by Ofsted.",
            date(2024, 7, 24),
            "rated good",
        ),
        (
            "NORTH Somerset Council's children's services still require improvement, Ofsted says.",
            date(2023, 5, 12),
            "require improvement",
        ),
        (
            "Friday, 12 May 2023\n\nNORTH Somerset's children's services have again been "
            "judged to require improvement.",
            date(2023, 5, 12),
            "require improvement",
        ),
    ],
)
def test_a_council_named_in_a_story_s_opening_capitals(check23, text, as_of, words) -> None:
    assert verdicts(check23(text, as_of), words) == {"supported"}


# Sunderland: sif published 20 July 2015 (inadequate); ilacs2018 published 20 August 2021 and
# ilacs2023 published 11 March 2025 (both outstanding).
SUNDERLAND = date(2025, 3, 12)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Sunderland's children's services have climbed three grades in a decade, Ofsted's "
            "latest report shows.",
            "three grades",
        ),
        ("Sunderland has risen three grades in less than ten years.", "three grades"),
        ("Sunderland's services have jumped three grades since 2015.", "three grades"),
    ],
)
def test_a_move_over_a_span_counts_from_the_span_s_start(check23, text, words) -> None:
    assert verdicts(check23(text, SUNDERLAND), words, "trend") == {"supported"}


def test_a_move_over_a_span_is_still_checked(check23) -> None:
    found = check23("Sunderland has risen two grades in a decade.", SUNDERLAND)
    assert verdicts(found, "two grades", "trend") == {"contradicted"}


# Surrey: sif published 16 May 2018 (inadequate overall); ilacs2023 published 9 May 2025, good
# in every judgement. Torbay: sif published 24 August 2018 (inadequate overall); ilacs2023
# published 24 February 2026, good in every judgement.
@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        (
            "When Ofsted published its verdict on Surrey's children's services in May 2018, the "
            'language was stark. Inspectors found "widespread and serious failures" and rated '
            "the county inadequate overall.",
            date(2025, 5, 10),
            "inadequate overall",
            "supported",
        ),
        (
            "When the watchdog issued its damning report on Torbay in August 2018, it made grim "
            "reading for councillors. Inspectors rated the council inadequate.",
            date(2026, 2, 25),
            "rated the council inadequate",
            "supported",
        ),
        (
            "When Ofsted published its verdict on Surrey's children's services in May 2018, the "
            "language was stark. Inspectors rated the county good overall.",
            date(2025, 5, 10),
            "good overall",
            "contradicted",
        ),
    ],
)
def test_a_report_published_in_a_year_sets_the_narrative(check23, text, as_of, words, verdict):
    assert verdicts(check23(text, as_of), words, "grade") == {verdict}


# Surrey: sif on site from 26 February 2018, published 16 May 2018 (inadequate overall);
# ilacs2023 published 9 May 2025, good. Sunderland: sif on site in April 2018, published 25 July
# 2018 (inadequate overall); ilacs2023 published 11 March 2025, outstanding.
@pytest.mark.parametrize(
    "text, as_of, words",
    [
        (
            "Things have changed since 2018, when inspectors visited in February and rated "
            "Surrey's children's services inadequate.",
            date(2025, 5, 10),
            "inadequate",
        ),
        (
            "It is a significant turnaround from 2018, when inspectors visited between February "
            "and March and rated Surrey's services as inadequate overall.",
            date(2025, 5, 10),
            "inadequate overall",
        ),
        (
            "It is a far cry from 2018, as inspectors spent April in Sunderland and judged its "
            "children's services inadequate.",
            SUNDERLAND,
            "inadequate",
        ),
    ],
)
def test_a_month_after_a_year_told_is_of_that_year(check23, text, as_of, words) -> None:
    assert verdicts(check23(text, as_of), words, "grade") == {"supported"}


# Surrey: sif reports published 3 June 2015 and 16 May 2018 (inadequate); ilacs2018 on site from
# 17 January 2022 (requires improvement); ilacs2023 published 9 May 2025 (good).
SURREY = date(2025, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Surrey's long road\n\n2022: a step forward\n\nWhen inspectors returned in January "
        "2022, they found progress. Services were judged to require improvement overall – the "
        "first time since 2014 that the council had been rated requires improvement.",
        "In 2019 Ofsted made a focused visit to Surrey's children's services. Two years later, "
        "in January 2022, inspectors returned for a full inspection. The council was judged to "
        "require improvement overall – the first time since 2014 that it had been rated "
        "requires improvement.",
    ],
)
def test_a_first_time_since_a_year_is_of_the_inspection_the_narrative_set(check23, text):
    assert verdicts(check23(text, SURREY), "first time since 2014", "rank") == {"supported"}


def test_a_first_time_since_a_year_in_a_narrative_is_still_checked(check23) -> None:
    text = (
        "Surrey's long road\n\n2022: a step forward\n\nWhen inspectors returned in January "
        "2022, they found progress. Services were judged good overall – the first time since "
        "2014 that the council had been rated good."
    )
    assert verdicts(check23(text, SURREY), "first time since 2014", "rank") == {"contradicted"}


@pytest.mark.parametrize(
    "text, words, later",
    [
        (
            "Surrey was rated inadequate overall in 2018, before climbing to requires "
            "improvement at its following inspection.",
            "inadequate overall in 2018",
            "climbing",
        ),
        (
            "Surrey's children's services were judged inadequate in 2018, before improving to "
            "requires improvement four years later.",
            "judged inadequate in 2018",
            "improving",
        ),
        (
            "Surrey was rated inadequate in 2015, before being judged inadequate again in 2018.",
            "inadequate in 2015",
            "being judged",
        ),
    ],
)
def test_a_later_event_after_before_is_a_claim_of_its_own(check23, text, words, later) -> None:
    found = check23(text, SURREY)
    assert verdicts(found, words, "grade") == {"supported"}
    assert not [t for _, t, _ in found if words in t and later in t], found


# Reports published 12 July 2024: Leicestershire, Northumberland, Telford & Wrekin outstanding;
# Halton inadequate. 16 May 2024: Brighton and Hove and Hartlepool outstanding; Cheshire East
# inadequate.
@pytest.mark.parametrize(
    "text, as_of, words",
    [
        (
            "Two other councils, Northumberland and Telford & Wrekin, were rated outstanding on "
            "the same day as Halton.",
            date(2024, 7, 13),
            "outstanding",
        ),
        (
            "Three councils - Leicestershire, Northumberland and Telford & Wrekin - were also "
            "judged outstanding.",
            date(2024, 7, 13),
            "outstanding",
        ),
        (
            "Two councils, Brighton and Hove and Hartlepool, were rated outstanding on the same "
            "day as Cheshire East.",
            date(2024, 5, 17),
            "outstanding",
        ),
    ],
)
def test_councils_named_after_a_number_are_graded_not_counted(check23, text, as_of, words):
    found = check23(text, as_of)
    assert verdicts(found, words) == {"supported"}


def test_councils_named_after_a_number_are_still_graded(check23) -> None:
    text = (
        "Two councils, Northumberland and Halton, were rated outstanding on the same day as "
        "Leicestershire."
    )
    assert "contradicted" in verdicts(check23(text, date(2024, 7, 13)), "outstanding")


@pytest.mark.parametrize(
    "text",
    [
        "Ofsted praises 'inspirational' leaders as Hounslow children's services rated "
        "requires improvement",
        "Inspectors hail strong leadership as Hounslow council is rated inadequate by Ofsted.",
    ],
)
def test_the_grade_after_an_area_praised_is_still_checked(check23, text) -> None:
    assert verdicts(check23(text, HOUNSLOW), "rated", "grade") == {"contradicted"}
