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


# Essex: ilacs2023 report published 11 August 2023 (lead inspector Kendra Bell); ilacs2018 report
# published 7 January 2019 (Tara Geere).
@pytest.mark.parametrize(
    ("sentence", "name", "want"),
    [
        ('"Children in Essex are thriving," the report by Kendra Bell began.', "Kendra Bell", "S"),
        (
            "The report, written by His Majesty's Inspector Kendra Bell, praised leaders.",
            "Kendra Bell",
            "S",
        ),
        ('"Children in Essex are thriving," the report by Kendra Ball began.', "Kendra Ball", "C"),
        ("Its 2019 report, by Tara Gear, had also praised leaders.", "Tara Gear", "C"),
        (
            "The council's finances were reviewed last year, and the report by Andrew Smith was blunt.",
            "Andrew Smith",
            "N",
        ),
    ],
)
def test_the_report_by_its_lead_inspector(check23, sentence: str, name: str, want: str) -> None:
    text = (
        "Essex County Council's children's services have been rated outstanding by Ofsted for "
        "the second time. " + sentence
    )
    found = check23(text, date(2023, 8, 14))
    got = {v for k, t, v in found if name in t}
    if want == "S":
        assert got == {"supported"}, found
    elif want == "C":
        assert got == {"contradicted"}, found
    else:
        assert "contradicted" not in got, found


# Leeds: ilacs2018 report published 9 May 2022, two things to improve ('Contingency planning in
# children's written plans', 'Consistent decision-making for strategy discussions'); Kent:
# ilacs2018 report published 5 July 2022, three (the first 'The practice of conducting visits
# to children during school hours, resulting in them missing lessons').
@pytest.mark.parametrize(
    ("text", "as_of", "words"),
    [
        (
            "Leeds children's services remain outstanding, Ofsted has said. Ofsted asked for "
            "just two improvements: better contingency planning in children's written plans and "
            "consistent decision-making for strategy discussions.",
            date(2022, 5, 12),
            "contingency planning in children's written plans",
        ),
        (
            "Leeds children's services remain outstanding, Ofsted has said. Inspectors named "
            "only two areas - contingency planning in children's written plans and consistent "
            "decision-making for strategy discussions.",
            date(2022, 5, 12),
            "contingency planning",
        ),
        (
            "Kent's children's services are outstanding, Ofsted has said. The council has been "
            "asked to review the practice of visiting children during school hours, which means "
            "they miss lessons.",
            date(2022, 7, 8),
            "during school hours",
        ),
    ],
)
def test_things_to_improve_after_their_number(check23, text: str, as_of: date, words: str) -> None:
    found = check23(text, as_of)
    assert verdicts(found, words, "recommendation") == {"supported"}


# Leeds: sif report published 27 March 2015 (good), ilacs2018 report published 18 December
# 2018 (outstanding), then 9 May 2022 (outstanding).
@pytest.mark.parametrize(
    ("when", "want"),
    [
        ("in the autumn of 2018", "supported"),
        ("in late 2018", "supported"),
        ("in the summer of 2016", "contradicted"),
        ("in early 2020", "contradicted"),
    ],
)
def test_previous_inspection_in_part_of_a_year(check23, when: str, want: str) -> None:
    text = (
        "Leeds children's services have been rated outstanding by Ofsted again. At the "
        f"previous full inspection, {when}, inspectors also judged services outstanding."
    )
    found = check23(text, date(2022, 5, 12))
    got = {v for k, t, v in found if when.split()[-1] in t}
    if want == "contradicted":
        assert "contradicted" in got and "supported" not in got, found
    else:
        assert "contradicted" not in got, found


# North East Lincolnshire: the focused visit of 22 and 23 October 2019 (letter held); the full
# inspection was on site 4 to 15 October 2021.
@pytest.mark.parametrize(
    ("sentence", "words", "want"),
    [
        ("The full inspection in October 2019 confirmed the decline.", "October 2019", None),
        (
            "A standard inspection in October 2019 rated every area inadequate.",
            "October 2019",
            None,
        ),
        (
            "Ofsted's main inspection, in October 2019, found services inadequate.",
            "October 2019",
            None,
        ),
        ("The full inspection in October 2021 confirmed the decline.", "October 2021", "supported"),
    ],
)
def test_full_inspection_date_is_never_a_letters(
    check23l, sentence: str, words: str, want: str | None
) -> None:
    text = "North East Lincolnshire's children's services have been rated inadequate. " + sentence
    found = check23l(text, date(2021, 11, 28))
    got = {v for k, t, v in found if words in t and k in ("date", "visit")}
    if want:
        assert want in got, found
    else:
        assert "supported" not in got, found


# "a force for change": in Wolverhampton's report of 18 May 2022, in none of Kent's; "a
# well-trained, highly skilled workforce": in Essex's of 7 January 2019, in none of Kent's.
@pytest.mark.parametrize(
    ("quote", "want"),
    [
        ('described the virtual school as "a force for change"', {"not_in_record"}),
        ('called the virtual school "a force for change" in the county', {"not_in_record"}),
        ('praised "a well-trained, highly skilled workforce"', {"supported"}),
    ],
)
def test_stock_phrase_in_another_councils_report(check23, quote: str, want: set[str]) -> None:
    text = (
        "Kent County Council's children's services have been rated outstanding by Ofsted. "
        f"Inspectors {quote}."
    )
    found = check23(text, date(2022, 7, 10))
    assert {v for k, t, v in found if k == "quote"} == want, found
