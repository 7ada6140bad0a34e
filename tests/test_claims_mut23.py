"""`ilacs check` on altered facts it let through (round 23): each grade told with a year of its
own ("in 2018 it was judged good, having been rated inadequate in 2015", "inadequate in 2015
and requires improvement in 2018") is the overall grade of that year's inspection, not one of
several judgements any of which may hold it. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check23(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Sunderland: sif published 20 July 2015 (inadequate everywhere); sif published 25 July 2018
# (inadequate overall, leadership, help and protection; adoption good); ilacs2018 published
# 20 August 2021 (outstanding overall and leadership); ilacs2023 published 11 March 2025.
SUNDERLAND = date(2025, 3, 12)
HEAD = "Sunderland's children's services have been rated outstanding by Ofsted.\n\n"


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        (
            "Before that, in 2018, the council was judged to be good, having been rated "
            "inadequate in 2015.",
            "judged to be good",
            "contradicted",
        ),
        (
            "Sunderland was found to be good in 2018 after being rated inadequate in 2015.",
            "found to be good in 2018",
            "contradicted",
        ),
        (
            "It was judged inadequate in 2015 and requires improvement in 2018.",
            "requires improvement in 2018",
            "contradicted",
        ),
        (
            "In 2021 the council was rated outstanding, having been judged inadequate in 2018.",
            "rated outstanding, having",
            "supported",
        ),
        (
            "It was judged inadequate in 2015 and outstanding in 2021.",
            "outstanding in 2021",
            "supported",
        ),
    ],
)
def test_grade_with_its_own_year(check23, text, words, verdict):
    assert verdicts(check23(HEAD + text, SUNDERLAND), words, "grade") == {verdict}


# Surrey: ilacs2018 on site January 2022 (requires improvement in every judgement); ilacs2023 on
# site 17 to 28 March 2025, published 9 May 2025, good in every judgement.
SURREY = date(2025, 5, 10)


@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        # the visit told by its month alone sets the inspection the grades after it are of:
        # the latest such month by the article's day, not any earlier inspection
        (
            HEAD + "Inspectors, who visited Sunderland from 27 to 31 January, judged the impact "
            "of leaders outstanding. Help and protection was rated good.",
            SUNDERLAND,
            "Help and protection was rated good",
            "contradicted",
        ),
        (
            HEAD + "Ofsted inspected the council in January. Help and protection was judged "
            "good, inspectors said.",
            SUNDERLAND,
            "Help and protection was judged good",
            "contradicted",
        ),
        (
            HEAD + "The inspection, between 27 and 31 January, praised leaders. Care leavers' "
            "experiences were rated good.",
            SUNDERLAND,
            "Care leavers' experiences were rated good",
            "supported",
        ),
        (
            "Surrey's children's services have been rated good by Ofsted.\n\nInspectors "
            "visited the county in March. Help and protection was judged to require improvement.",
            SURREY,
            "Help and protection was judged to require",
            "contradicted",
        ),
        (
            "Surrey's children's services have been rated good by Ofsted.\n\nInspectors "
            "visited the county in March. Children in care were rated good.",
            SURREY,
            "Children in care were rated good",
            "supported",
        ),
        # a year told in the paragraph keeps its own scene
        (
            "Surrey's children's services have been rated good by Ofsted.\n\nIn 2022, "
            "inspectors visited in January. Help and protection was judged to require "
            "improvement.",
            SURREY,
            "Help and protection was judged to require",
            "supported",
        ),
    ],
)
def test_visit_month_sets_the_inspection(check23, text, as_of, words, verdict):
    assert verdicts(check23(text, as_of), words, "grade") == {verdict}


# Rutland: sif on site November to December 2016, published 13 February 2017; ilacs2018 on site
# March 2020, published 15 April 2020 (both requires improvement); ilacs2023 published 12 July
# 2024, good.
RUTLAND = date(2024, 7, 15)


@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        # each month told of a grade is an inspection of its own, each to hold
        (
            "Rutland was rated requires improvement in December 2016 and again in March 2019.",
            RUTLAND,
            "again in March 2019",
            "contradicted",
        ),
        (
            "Rutland was rated requires improvement in December 2016 and again in March 2020.",
            RUTLAND,
            "again in March 2020",
            "supported",
        ),
        (
            HEAD + "Sunderland was judged inadequate in July 2015 and again in March 2020.",
            SUNDERLAND,
            "again in March 2020",
            "contradicted",
        ),
        (
            HEAD + "It was rated inadequate in July 2015 and in June 2021.",
            SUNDERLAND,
            "in June 2021",
            "contradicted",
        ),
        (
            HEAD + "Ofsted judged the council inadequate in July 2015 and then in July 2021.",
            SUNDERLAND,
            "then in July 2021",
            "contradicted",
        ),
        (
            HEAD + "Sunderland was rated inadequate in June 2015 and again in May 2018.",
            SUNDERLAND,
            "again in May 2018",
            "supported",
        ),
    ],
)
def test_each_month_its_own_inspection(check23, text, as_of, words, verdict):
    assert verdicts(check23(text, as_of), words) == {verdict}


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        # a month without a year, in a sentence that opened on one inspection's year, is of
        # that year (not the latest such month by the article's day)
        (
            "The 2018 inspection, carried out over four weeks between April and May, judged "
            "leadership inadequate.",
            "judged leadership inadequate",
            "supported",
        ),
        (
            "Its 2021 inspection, held in June and July, rated leadership outstanding.",
            "rated leadership outstanding",
            "supported",
        ),
        (
            "The 2021 inspection in July found leadership outstanding.",
            "found leadership outstanding",
            "supported",
        ),
        (
            "In 2018, inspectors visited in April and judged leadership inadequate.",
            "judged leadership inadequate",
            "supported",
        ),
        (
            "The 2018 inspection, carried out between April and May, judged leadership good.",
            "judged leadership good",
            "contradicted",
        ),
    ],
)
def test_month_of_the_year_told(check23, text, words, verdict):
    assert verdicts(check23(HEAD + text, SUNDERLAND), words, "grade") == {verdict}


# North East Lincolnshire: sif on site July 2017; focused visit 22 to 23 October 2019; ilacs2018
# on site 4 to 15 October 2021 (inadequate); ilacs2023 published 3 September 2025 (good).
NE_LINCS = date(2025, 9, 4)
NE_HEAD = "North East Lincolnshire's children's services have been rated good by Ofsted.\n\n"


@pytest.mark.parametrize(
    "text, words, held",
    [
        # a full inspection's date is never a focused visit's
        ("The full inspection in October 2019 confirmed the decline.", "October 2019", False),
        ("A standard inspection in October 2019 found services inadequate.", "October 2019", False),
        ("Ofsted's full inspection in October 2019 was damning.", "October 2019", False),
        ("The full inspection in October 2021 confirmed the decline.", "October 2021", True),
    ],
)
def test_full_inspection_not_a_visit(check23, text, words, held):
    # (a full inspection in a month with none is contradicted as a date, a claim that may take
    # in the grade the sentence gives it)
    found = verdicts(check23(NE_HEAD + text, NE_LINCS), words)
    assert (found == {"supported"}) == held, found
