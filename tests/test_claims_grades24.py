"""`ilacs check` on grades (round 24): an area a sentence opens with behind words such as
"Services for ...", "Its work with ..." and an aside ("however", "though") is the area the grade
is said of. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check24(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Bath and North East Somerset: sif published 7 July 2017 (good overall; help and protection and
# care leavers requires improvement).
BANES = date(2017, 7, 8)
# Bristol: sif published 5 December 2014 (requires improvement overall; care leavers inadequate).
BRISTOL = date(2014, 12, 6)


@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        (
            "Bath and North East Somerset council was rated good overall. Services for care "
            "leavers, however, were judged to require improvement to be good.",
            BANES,
            "require improvement",
            "supported",
        ),
        (
            "Bristol City Council was rated requires improvement. Its work with care leavers, "
            "though, was judged inadequate.",
            BRISTOL,
            "judged inadequate",
            "supported",
        ),
        (
            "Bath and North East Somerset council was rated good overall. The council's services "
            "for care leavers, however, were rated requires improvement.",
            BANES,
            "rated requires improvement",
            "supported",
        ),
        (
            "Bristol City Council was rated requires improvement. Its work with care leavers, "
            "though, was judged good.",
            BRISTOL,
            "judged good",
            "contradicted",
        ),
    ],
)
def test_area_opened_behind_services_for_and_an_aside(check24, text, as_of, words, verdict):
    assert verdicts(check24(text, as_of), words, "grade") == {verdict}


# Dorset ilacs2023 published 9 May 2025, Essex 11 August 2023, Wiltshire 12 December 2023,
# Cornwall 5 November 2019 and Essex 7 January 2019, Kent 5 July 2022: all outstanding.
# Gloucestershire ilacs2023 published 4 August 2025 and Somerset ilacs2018 21 September 2022: good.
@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "Neighbouring Dorset was rated outstanding last May, as were Essex and Wiltshire in "
            "2023.",
            "supported",
        ),
        ("Gloucestershire was judged good in August 2025, as was Somerset in 2022.", "supported"),
        ("Kent was rated outstanding in 2022, as were Cornwall and Essex in 2019.", "supported"),
        ("Kent was rated outstanding in 2022, as were Cornwall and Essex in 2024.", "contradicted"),
        (
            "Gloucestershire was judged good in August 2025, as was Somerset in 2024.",
            "contradicted",
        ),
    ],
)
def test_councils_after_as_were_have_their_own_date(check24, text, verdict):
    assert verdicts(check24(text, date(2026, 1, 20)), "as w", "grade") == {verdict}


@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "Bath and North East Somerset's overall effectiveness was judged good in a report "
            "published on Friday, even though services for children who need help and protection "
            "and for care leavers were both rated as requiring improvement.",
            "supported",
        ),
        (
            "Bath and North East Somerset was rated good overall in a report published this "
            "week, even though the services for care leavers and for children who need help and "
            "protection were found to require improvement.",
            "supported",
        ),
        (
            "Bath and North East Somerset's overall effectiveness was judged good in a report "
            "published on Friday, even though services for children who need help and protection "
            "and for care leavers were both rated outstanding.",
            "contradicted",
        ),
    ],
)
def test_areas_after_even_though_are_not_the_grade_before(check24, text, verdict):
    assert verdicts(check24(text, BANES), "even though", "grade") == {verdict}


@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "Bath and North East Somerset council was inspected again. Help and protection has "
            "got better since 2017, when Ofsted found it to require improvement to be good.",
            "supported",
        ),
        (
            "Bath and North East Somerset council was inspected again. Help and protection has "
            "got better since 2017, when Ofsted considered it to require improvement to be good.",
            "supported",
        ),
        (
            "Bath and North East Somerset council was inspected again. Its work with care leavers "
            "has improved since 2017, when inspectors judged it to require improvement.",
            "supported",
        ),
        (
            "Bath and North East Somerset council was inspected again. Help and protection has "
            "got better since 2017, when Ofsted found it to be inadequate.",
            "contradicted",
        ),
    ],
)
def test_it_judged_to_grade_is_the_area_before(check24, text, verdict):
    assert verdicts(check24(text, date(2023, 1, 10)), "when ", "grade") == {verdict}


# Hillingdon: ilacs2023 published 20 November 2023 (good overall; leadership outstanding).
@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            'Hillingdon praised for "outstanding" leadership as Ofsted rates children\'s services '
            "good",
            "supported",
        ),
        (
            "Hillingdon hails 'outstanding' leaders as inspectors judge its children's services "
            "good",
            "supported",
        ),
        (
            'Hillingdon praised for "outstanding" leadership as Ofsted rates children\'s services '
            "inadequate",
            "contradicted",
        ),
    ],
)
def test_headline_praise_before_present_tense_rating(check24, text, verdict):
    assert verdicts(check24(text, date(2023, 11, 22)), "Hillingdon", "grade") == {verdict}


WAKEFIELD = (
    "Wakefield's long road to good\n\nWakefield Council's children's services have been "
    "inspected four times since 2016.\n\n2016: Requires improvement\n\nThe single inspection, "
    "published in September 2016, judged Wakefield to require improvement.\n\n2018: "
    "Inadequate\n\nTwo years later, inspectors rated the council {g18}.\n\n2022: Good\n\nFour "
    "years later, Ofsted rated Wakefield good.\n"
)
YORK = (
    "York's children's services: a timeline\n\n2017: Good\n\nThe single inspection, published "
    "in February 2017, rated York good.\n\n2022: Requires improvement\n\nFive years later, "
    "inspectors rated the council {g22}.\n"
)


# Wakefield: sif 2016 requires improvement, ilacs2018 17 July 2018 inadequate, 5 January 2022
# good, ilacs2023 18 July 2025 good. York: sif 2017 good, ilacs2018 4 May 2022 requires
# improvement, ilacs2023 15 April 2025 outstanding.
@pytest.mark.parametrize(
    "text, words, verdict",
    [
        (WAKEFIELD.format(g18="inadequate"), "Two years later", "supported"),
        (WAKEFIELD.format(g18="inadequate"), "Four years later", "supported"),
        (WAKEFIELD.format(g18="good"), "Two years later", "contradicted"),
        (YORK.format(g22="as requiring improvement"), "Five years later", "supported"),
        (YORK.format(g22="outstanding"), "Five years later", "contradicted"),
    ],
)
def test_years_later_under_a_year_heading_is_the_heading_year(check24, text, words, verdict):
    assert verdicts(check24(text, date(2025, 9, 1)), words) == {verdict}


@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "Wakefield's children's services have been rated good again, completing a two-grade "
            "climb from the inadequate verdict the council received in 2018.",
            "supported",
        ),
        (
            "York's children's services have been rated outstanding, a rise of one grade from the "
            "good rating it received in 2017.",
            "supported",
        ),
        (
            "Wakefield's children's services have been rated good again, completing a "
            "three-grade climb from the inadequate verdict the council received in 2018.",
            "contradicted",
        ),
    ],
)
def test_climb_from_the_verdict_of_a_year_counts_from_that_year(check24, text, verdict):
    assert verdicts(check24(text, date(2025, 9, 1)), "grade", "trend") == {verdict}
