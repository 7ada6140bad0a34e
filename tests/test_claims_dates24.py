"""`ilacs check` on dates, inspectors and the council they are of (round 24): a council named
for the people or the arrangement it lent another ("Cambridgeshire's managers", "the
Cambridgeshire director", "the Cambridgeshire arrangement") is not what the article or its next
sentences are about; a month 'of that year' in a sentence that names no year is of the year
its paragraph named before it. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check24(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _verdict(found, kind: str, words: str) -> str:
    """The verdict of the claim of `kind` that holds `words` (an inspector's name may be held
    by the paraphrase of the report it is in, which then speaks for it)."""
    kinds = (kind, "other") if kind == "inspector" else (kind,)
    hits = [v for t, text, v in found if t in kinds and words in text]
    assert hits, f"no {kind} claim holds {words!r}: {found}"
    return hits[0]


# Peterborough: ilacs2018 report published 6 August 2018, led by Brenda McInerney, good;
# Cambridgeshire's nearest (published 18 February 2019) was led by Dominic Stevens
@pytest.mark.parametrize(
    "lent",
    [
        "Cambridgeshire's managers took over the running of the city's services in 2015, with "
        "the Cambridgeshire director overseeing both councils.",
        "Senior staff were shared under the Cambridgeshire arrangement, and Cambridgeshire "
        "County Council's chief executive chaired the joint board.",
        "For three years the Cambridgeshire leadership team ran the service, with Cambridgeshire "
        "officers in most senior posts.",
    ],
)
def test_a_council_named_for_what_it_lent_is_not_the_subject(check24, lent):
    text = (
        "Peterborough's children's services rated good\n\n"
        "Ofsted has rated Peterborough's children's services good.\n\n"
        f"{lent}\n\n"
        "This year's report, led by Her Majesty's Inspector Brenda McInerney, praises the "
        "city's social workers.\n"
    )
    found = check24(text, date(2018, 8, 10))
    assert _verdict(found, "inspector", "Brenda McInerney") == "supported"


def test_the_article_is_about_the_council_it_names_not_the_one_that_lent(check24):
    # Peterborough named three times, Cambridgeshire four, all for what it lent
    text = (
        "How Peterborough's children's services recovered\n\n"
        "Peterborough's children's services were rated good this week.\n\n"
        "Cambridgeshire's managers arrived in 2015, with the Cambridgeshire director "
        "overseeing both councils, and Cambridgeshire officers filled most senior posts. The "
        "city will leave the Cambridgeshire arrangement next year, Peterborough said.\n\n"
        "This year's report, led by Her Majesty's Inspector Brenda McInerney, praises the "
        "city's social workers.\n"
    )
    found = check24(text, date(2018, 8, 10))
    assert _verdict(found, "inspector", "Brenda McInerney") == "supported"


@pytest.mark.parametrize(
    "second",
    [
        "Ofsted's single inspection, led by Helen Cawston and published in August that year, "
        "rated the council good overall.",
        "The inspection, published in August of that year and led by Helen Cawston, rated the "
        "council good.",
        "That report, led by Helen Cawston and published in August the same year, rated the "
        "council good.",
    ],
)
@pytest.mark.parametrize("when", ["the summer of 2014", "2014"])
def test_a_month_of_that_year_takes_the_paragraphs_year(check24, second, when):
    # Cambridgeshire: sif report published 8 August 2014, lead inspector Helen Cawston (the
    # 2024 report, the article's year, was led by Lisa Walsh)
    text = (
        "Cambridgeshire's long road\n\n"
        "Ofsted has published its latest report on Cambridgeshire's children's services.\n\n"
        f"The first full test came in {when}. {second}\n"
    )
    found = check24(text, date(2024, 8, 20))
    assert _verdict(found, "inspector", "Helen Cawston") == "supported"
    assert _verdict(found, "grade", "good") == "supported"


# Medway: a looked after children inspection published 23 August 2013 (no area graded) led by
# Sarah Urding; its current report by 2016 (published 27 November 2015) was led by Stephanie
# Murray. Sandwell: 2 August 2013, Christopher Sands; then 5 June 2015, Mary Candlin.
@pytest.mark.parametrize(
    ("council", "sentence", "name"),
    [
        (
            "Medway",
            "That 2013 report, led by Sarah Urding HMI, found care planning weak.",
            "Urding",
        ),
        (
            "Medway",
            "The 2013 inspection of services for looked after children was led by Sarah Urding.",
            "Urding",
        ),
        (
            "Sandwell",
            "The 2013 report, by lead inspector Christopher Sands, found too many changes of "
            "social worker.",
            "Sands",
        ),
    ],
)
def test_an_inspector_of_the_year_said_is_of_that_years_ungraded_report(
    check24, council, sentence, name
):
    text = (
        f"{council}'s children's services\n\n"
        f"Ofsted's latest report on {council}'s children's services was published last year.\n\n"
        f"{sentence}\n"
    )
    found = check24(text, date(2016, 6, 1))
    assert _verdict(found, "inspector", name) == "supported"


# Windsor and Maidenhead, report published 19 November 2024: good in every area, care leavers
# outstanding; what needs to improve: the stability of the workforce to minimise changes of
# social worker for children, and the consistency of practice and management oversight for
# disabled children
@pytest.mark.parametrize(
    "sentence",
    [
        "The areas for improvement are the stability of the workforce, so that children in care "
        "have fewer changes of social worker, and management oversight for disabled children.",
        "Areas identified for improvement include fewer changes of social worker for children "
        "in care and care leavers, and more consistent practice for disabled children.",
        "The main areas needing improvement were workforce stability for children in care and "
        "the consistency of management oversight for disabled children.",
    ],
)
def test_a_list_of_things_to_improve_is_no_grade_of_the_areas_it_names(check24, sentence):
    text = (
        "Windsor and Maidenhead rated good\n\n"
        "Ofsted has rated Windsor and Maidenhead's children's services good.\n\n"
        f"{sentence}\n"
    )
    found = check24(text, date(2024, 11, 21))
    assert not [x for x in found if x[2] == "contradicted"], found


def test_areas_said_to_need_improvement_are_still_a_grade(check24):
    # Slough, report published 17 March 2023: children in care and care leavers require
    # improvement (leadership inadequate)
    text = (
        "Slough's children's services\n\n"
        "Ofsted published its report on Slough's children's services this week.\n\n"
        "Areas identified for improvement were children in care and care leavers.\n"
    )
    found = check24(text, date(2023, 3, 20))
    assert _verdict(found, "grade", "children in care and care leavers") == "supported"
