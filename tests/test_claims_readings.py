"""`ilacs check`: a claim the first reading of its words contradicts is re-read under the other
plain readings its sentence allows (readings.py): the area a grade's subject names, the year
the sentence before gives, the council the clause names, the article's own council. It is
supported when one of them holds, and stays contradicted when none does, so an altered fact is
still caught. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims.extract import Reader, extract
from ilacs.claims.model import Kind
from ilacs.claims.readings import readings
from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Kent: sif published 13 June 2017 (care leavers good); ilacs2023 published 2 February 2026
# (good overall, care leavers requires improvement).
KENT = date(2026, 2, 3)
# Rochdale: sif published 5 December 2014, on site 30 September to 22 October 2014 (requires
# improvement overall, care leavers inadequate); ilacs2023 published 17 March 2023 (requires
# improvement in every judgement).
ROCHDALE = date(2023, 3, 18)
# Norfolk: ilacs2018 published 13 January 2023, on site 7 to 18 November 2022, lead inspector
# Margaret Burke, good in every judgement. Solihull's ilacs2018 report was published the same day:
# inadequate. Hertfordshire's latest report then was published in 2022 and Essex's in 2019.
NORFOLK = date(2023, 1, 14)


@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        # the area the sentence opens with is the subject of the second grade too
        (
            "Kent County Council keeps its good rating overall. Care leavers, rated good in "
            "2017, are now judged to require improvement to be good.",
            KENT,
            "Care leavers, rated good in 2017",
            "supported",
        ),
        (
            "Kent County Council keeps its good rating overall. Care leavers, rated good in "
            "2017, are now judged inadequate.",
            KENT,
            "Care leavers, rated good in 2017",
            "contradicted",
        ),
        # the year the sentence before gives, and the area named between the two grades
        (
            "Rochdale's first inspection under the single framework took place in autumn 2014. "
            "Inspectors concluded that services in Rochdale require improvement and went further "
            "on care leavers, rating that part of the service inadequate.",
            ROCHDALE,
            "rating that part of the service inadequate",
            "supported",
        ),
        (
            "Rochdale's first inspection under the single framework took place in autumn 2014. "
            "Inspectors concluded that services in Rochdale require improvement and went further "
            "on care leavers, rating that part of the service good.",
            ROCHDALE,
            "rating that part of the service good",
            "contradicted",
        ),
        # the council the clause names, not the one named in the possessive before it
        (
            "Norfolk County Council's children's services have been rated good by Ofsted. On the "
            "same day as Norfolk's report, Solihull was rated inadequate.",
            NORFOLK,
            "Solihull was rated",
            "supported",
        ),
        (
            "Norfolk County Council's children's services have been rated good by Ofsted. On the "
            "same day as Norfolk's report, Solihull was rated good.",
            NORFOLK,
            "Solihull was rated",
            "contradicted",
        ),
    ],
)
def test_a_grade_holds_under_another_plain_reading(check, text, as_of, words, verdict):
    assert verdicts(check(text, as_of), words, "grade") == {verdict}


def test_a_sentence_that_names_no_council_may_be_about_the_articles_own(check):
    # "The county follows Essex and Hertfordshire": the next sentence, which names no council,
    # is about Norfolk (whose report it gives the days, inspector and grades of), not Hertfordshire
    text = (
        "Norfolk County Council's children's services have been rated good by Ofsted. The county "
        "follows Essex and Hertfordshire. Published yesterday, the report rated all areas good "
        "after a two-week inspection between 7 and 18 November, led by inspector Margaret Burke."
    )
    found = check(text, NORFOLK)
    assert verdicts(found, "the report rated all areas good", "grade") == {"supported"}
    assert verdicts(found, "between 7 and 18 November", "date") == {"supported"}
    assert verdicts(found, "Margaret Burke", "inspector") == {"supported"}
    # an altered day is still wrong under every reading: not supported
    wrong = text.replace("between 7 and 18 November", "between 7 and 18 October")
    assert "supported" not in verdicts(check(wrong, NORFOLK), "between 7 and 18 October", "date")


def test_the_explanation_names_the_reading_that_holds(corpus_db):
    from ilacs.claims.check import check_article, load_record, make_texts

    record, texts = load_record(corpus_db), make_texts(corpus_db)
    try:
        text = (
            "Kent County Council keeps its good rating overall. Care leavers, rated good in "
            "2017, are now judged to require improvement to be good."
        )
        result = check_article(text, record, texts, KENT, "given")
    finally:
        texts.close()
    claim = next(c for c in result.claims if c.text.startswith("Care leavers"))
    assert claim.verdict == "supported"
    assert claim.explanation.startswith("With the grade read as of care leavers, it holds")
    # and what the first reading gave, so a reader can judge
    assert "Read the first way, it would not" in claim.explanation
    # the evidence is the two reports the reading that holds reads: 2017's and 2026's
    assert {e.path for e in claim.evidence} == {
        "80476_kent/children's services inspection - 13 june 2017.pdf",
        "80476_kent/children's services inspection - 02 february 2026.pdf",
    }


@pytest.mark.parametrize(
    "text, words",
    [
        # a grade named after the grade word is a grade of its own, not its area
        ("Kent was rated outstanding overall, with outstanding leadership.", "rated outstanding"),
        # "still", "now" and a year in the clause bind the grade; no other year is tried
        (
            "Rochdale was inspected in 2014. Its care leavers still require improvement.",
            "still require",
        ),
        ("Rochdale was inspected in 2014. In 2018 it was judged inadequate.", "judged inadequate"),
    ],
)
def test_readings_the_words_do_not_allow_are_not_tried(text, words):
    as_of = ROCHDALE
    r = Reader(text, as_of)
    claims = [c for c in extract(text, as_of, r) if words in c.text and c.type == Kind.GRADE]
    assert claims, [c.text for c in extract(text, as_of, r)]
    for c in claims:
        tried = [why for why, _ in readings(c, r, str)]
        assert not [w for w in tried if "leadership" in w or "2014" in w], tried


def test_years_come_from_the_sentence_before_only_when_its_own_gives_none():
    # a year the sentence gives itself binds its grades
    text = (
        "Rochdale was inspected in 2014. In the report published in March 2018, it was rated "
        "inadequate."
    )
    r = Reader(text, ROCHDALE)
    c = next(c for c in extract(text, ROCHDALE, r) if "rated inadequate" in c.text)
    assert not [why for why, _ in readings(c, r, str) if "2014" in why]
    # a month that names no year is of the year said before, and may be the latest such month
    # before the article: both readings are tried
    text = "Rochdale was inspected in 2014. In the report published in March, it was rated good."
    r = Reader(text, ROCHDALE)
    c = next(c for c in extract(text, ROCHDALE, r) if "rated good" in c.text)
    assert {w.first.year for it in c.facts["grades"] for w in it["whens"]} == {2014}
    assert [why for why, _ in readings(c, r, str) if "2023" in why]


# Swindon: sif published 23 May 2014, on site 11 March to 2 April 2014 (requires improvement
# overall and for help and protection); ilacs2018 published 12 August 2019 (good);
# ilacs2023 published 11 September 2023, on site 17 to 28 July 2023 (inadequate).
SWINDON = date(2024, 1, 5)


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        # "that year": the days are of the year the sentence before gives
        (
            "Back in 2014, Swindon was judged to require improvement overall. Inspectors, who "
            "were in the borough from 11 March to 2 April that year, rated help and protection "
            "as requiring improvement.",
            "rated help and protection as requiring improvement",
            "supported",
        ),
        (
            "Back in 2014, Swindon was judged to require improvement overall. Inspectors, who "
            "were in the borough from 11 March to 2 April that year, rated help and protection "
            "as good.",
            "rated help and protection as good",
            "contradicted",
        ),
        # a year services declined "since" is not the year of the grade the sentence gives
        (
            "Swindon's services were judged good in 2019. It is a marked change from the last "
            "full inspection, carried out in July 2023, when inspectors found services had "
            "deteriorated since 2019 and rated them inadequate.",
            "rated them inadequate",
            "supported",
        ),
        (
            "Swindon's services were judged good in 2019. It is a marked change from the last "
            "full inspection, carried out in July 2023, when inspectors found services had "
            "deteriorated since 2019 and rated them outstanding.",
            "rated them outstanding",
            "contradicted",
        ),
    ],
)
def test_that_year_and_since(check, text, words, verdict):
    assert verdicts(check(text, SWINDON), words) == {verdict}
