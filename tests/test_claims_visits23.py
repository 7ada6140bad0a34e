"""`ilacs check` on visits, dates and things that are no claim (round 23): a visit on a date
that ilacs holds no letter of, but that a later report of the council names, is that visit
(not the held letter's, dated wrongly); a grade said of councils in general, in a statement of
how inspection works ("monitoring visits follow only inadequate judgements"), is no claim about
the council. Real values from the corpus in ../shared and its letters."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts

NE_LINCS = "80526_north_east_lincolnshire__children's_services_focused_visit_-_18_december_2019.pdf"


@pytest.fixture(scope="module")
def check23(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


@pytest.fixture(scope="module")
def check23l(corpus_db, tmp_path_factory):
    """The corpus plus North East Lincolnshire's focused-visit letter (visit 22 and 23 October
    2019); its 2021 report (published 26 November 2021) says 'Two focused visits in March 2019
    and October 2019', and the letter itself 'the focused visit to the front door in March
    2019'."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("visits23"), (NE_LINCS,))
    with in_process_checker(db) as run:
        yield run


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "A focused visit to the council's front door in March 2019 found weaknesses serious "
            "enough for inspectors to set areas for priority action.",
            "March 2019",
        ),
        (
            "Things began to slip in March 2019, when Ofsted made a focused visit and found "
            "children at risk.",
            "March 2019",
        ),
        (
            "The first of two focused visits, in March 2019, looked at the multi-agency front "
            "door.",
            "March 2019",
        ),
    ],
)
def test_visit_a_later_report_names_is_not_the_held_letters(
    check23l, sentence: str, words: str
) -> None:
    text = (
        "North East Lincolnshire's children's services have been rated inadequate by Ofsted. "
        + sentence
    )
    found = check23l(text, date(2021, 11, 28))
    got = {v for k, t, v in found if words in t and k in ("visit", "date")}
    assert "contradicted" not in got, found
    assert got <= {"supported", "not_in_record"}


def test_a_visit_no_report_names_is_still_the_held_letters(check23l) -> None:
    # the letter's visit was on 22 and 23 October 2019: "November 2019" is given wrongly
    text = (
        "North East Lincolnshire's children's services have been rated inadequate by Ofsted. "
        "When inspectors returned for a second focused visit in November 2019, they found "
        "caseloads that were excessively high."
    )
    found = check23l(text, date(2021, 11, 28))
    assert verdicts(found, "November 2019") == {"contradicted"}


# Kent: ilacs2018 report published 5 July 2022, overall outstanding (sif 2017: good).
@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted has carried out no monitoring visits in Kent, since these follow only "
        "inadequate judgements.",
        "Monitoring visits are reserved for councils judged inadequate.",
        "Ofsted only makes monitoring visits when a council has been rated inadequate.",
        "Councils rated inadequate receive monitoring visits every few months.",
        "Unlike councils judged inadequate, Kent does not face monitoring visits.",
        "An inadequate judgement would have triggered a commissioner's review.",
        "Any council rated inadequate is issued with a statutory direction.",
    ],
)
def test_grade_of_councils_in_general_is_no_claim(check23, sentence: str) -> None:
    text = (
        "Kent County Council's children's services have been rated outstanding by Ofsted. "
        + sentence
    )
    found = check23(text, date(2022, 7, 10))
    assert verdicts(found, "rated outstanding by Ofsted") == {"supported"}
    assert not [t for k, t, v in found if "inadequate" in t and v == "contradicted"], found


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("An inadequate rating in 2017 was followed by monitoring visits.", "contradicted"),
        ("Services for children in care were judged outstanding.", "supported"),
        ("In 2017 the council was judged good.", "supported"),
    ],
)
def test_grades_of_the_council_are_still_read(check23, sentence: str, want: str) -> None:
    text = (
        "Kent County Council's children's services have been rated outstanding by Ofsted. "
        + sentence
    )
    found = check23(text, date(2022, 7, 10))
    assert want in verdicts(found, sentence[:-1][-20:]), found


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "A focused visit to the front door in March 2019 found weaknesses serious enough "
            "for inspectors to set five areas for priority action.",
            "contradicted",
        ),
        (
            "In March 2019 a focused visit identified two priority actions.",
            "contradicted",
        ),
        (
            "A focused visit in March 2019 set three areas for priority action.",
            "supported",
        ),
    ],
)
def test_priority_actions_of_a_visit_a_later_letter_tells(
    check23l, sentence: str, want: str
) -> None:
    # the October 2019 letter: 'the focused visit to the front door in March 2019, where
    # inspectors identified three areas for priority action'
    text = (
        "North East Lincolnshire's children's services have been rated inadequate by Ofsted. "
        + sentence
    )
    found = check23l(text, date(2021, 11, 28))
    assert {v for k, t, v in found if "March 2019" in t and k == "visit"} == {want}, found
