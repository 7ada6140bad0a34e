"""`ilacs check` on quotations, lists of what must improve and visit subjects as the press words
them (round 13): a quotation with its quantifier changed ('all services' for 'most services'),
'must now improve', a report with no list of what must improve, 'X was the third area
inspectors want the council to look at', a list's ', including those placed outside the
county', 'quicker decisions', a list a speaker follows with a clause of their own, a number
changed in a finding the report's sentence before speaks on, and a visit's subject glossed
after a dash. Real values from the corpus and a Dudley letter in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts

DUDLEY = "80464_dudley__children's_services_focused_visit_-_20_november_2025.pdf"
WOLVERHAMPTON = "80583_wolverhampton__children's_services_focused_visit_-_01_november_2024.pdf"


@pytest.fixture(scope="module")
def check13(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus Dudley's focused-visit letter of November 2025
    (its subject: 'the local authority's arrangements for the 'front door'') and
    Wolverhampton's of November 2024 (addressed to Alison Hinds, Director of Children's
    Services)."""
    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("quotes13"), (DUDLEY, WOLVERHAMPTON)
    )
    with in_process_checker(db) as run:
        yield run


# Sandwell's report published 2 December 2025: 'Since the last inspection in 2022, when Sandwell
# children's services were judged as requires improvement to be good in all areas, most
# services have significantly improved.' Four things to improve, among them the timeliness of
# pathway plans and how well homeless 16- and 17-year-olds understand their rights.
_SANDWELL = (
    "Sandwell children's services rated good\n\n"
    "Ofsted has rated children's services in Sandwell good. The report says that "
    '"{q} services have significantly improved" since the last inspection.\n\n'
    'The director said: "Ofsted has identified four areas where we need to do better, '
    "including the quality and timeliness of pathway plans and how we support 16 and "
    '17-year-olds who are homeless, and we are already acting on them."\n'
)


def test_a_quotation_with_its_quantifier_changed_is_contradicted(check13):
    found = check13(_SANDWELL.format(q="all"), date(2025, 12, 3))
    assert verdicts(found, '"all services', "quote") == {"contradicted"}
    found = check13(_SANDWELL.format(q="most"), date(2025, 12, 3))
    assert verdicts(found, '"most services', "quote") == {"supported"}


def test_a_list_the_speaker_follows_with_a_clause_of_their_own(check13):
    found = check13(_SANDWELL.format(q="most"), date(2025, 12, 3))
    assert verdicts(found, "four areas where we need to do better", "recommendation") == {
        "supported"
    }
    assert verdicts(found, "timeliness of pathway plans", "recommendation") == {"supported"}
    assert not [t for k, t, v in found if k == "recommendation" and "acting on them" in t]


# Lambeth's report published 10 March 2026: three things to improve, the last 'The undertaking
# and quality of return home interviews for children who go missing from care.'
_LAMBETH = (
    "Lambeth children's services rated outstanding by Ofsted\n\n"
    "Inspectors found children in Lambeth receive highly effective help. The council must now "
    "improve screening and decision-making for children who come to the front door without "
    "identified safeguarding concerns, its response to homeless 16- and 17-year-olds, and the "
    "quality of return home interviews for children who go missing from {what}.\n"
)


def test_must_now_improve_is_a_list_of_what_must_improve(check13):
    found = check13(_LAMBETH.format(what="care"), date(2026, 3, 11))
    assert verdicts(found, "must now improve", "recommendation") == {"supported"}
    found = check13(_LAMBETH.format(what="education"), date(2026, 3, 11))
    assert verdicts(found, "must now improve", "recommendation") == {"contradicted"}


def test_a_report_with_no_list_of_what_must_improve(check13):
    # Thurrock's report published 29 October 2024 has no 'What needs to improve'
    text = (
        "Thurrock children's services rated outstanding\n\n"
        "Ofsted has rated Thurrock's children's services outstanding. Unusually, Ofsted did not "
        "list any areas for improvement.\n"
    )
    found = check13(text, date(2024, 10, 30))
    assert verdicts(found, "did not list any areas for improvement", "recommendation") == {
        "supported"
    }


# Gateshead's report published 29 January 2025: 'Consideration of the impact of being a young
# carer in wider child-in-need planning' is the second of three things to improve; 'Nine family
# hubs operate across Gateshead'.
_GATESHEAD = (
    "Gateshead keeps its good rating\n\n"
    "The Ofsted report says children in Gateshead receive good services.\n\n"
    "It praises the borough's early help, noting that {n} family hubs now operate across "
    "Gateshead.\n\n"
    "The impact of being a young carer was another area inspectors want the council to look at.\n"
)


def test_the_thing_named_before_the_area_inspectors_want_looked_at(check13):
    found = check13(_GATESHEAD.format(n="nine"), date(2025, 1, 30))
    assert verdicts(found, "impact of being a young carer", "recommendation") == {"supported"}


def test_a_number_changed_in_a_finding_the_report_goes_on_speaking(check13):
    found = check13(_GATESHEAD.format(n="five"), date(2025, 1, 30))
    assert verdicts(found, "five family hubs") == {"contradicted"}
    found = check13(_GATESHEAD.format(n="nine"), date(2025, 1, 30))
    assert verdicts(found, "nine family hubs") == {"supported"}


def test_including_those_placed_outside_the_county_is_of_the_thing_before(check13):
    # Surrey's report published 9 May 2025: '... protective responses to children who go
    # missing or are at risk of exploitation are effective for every child, including children
    # in care placed outside of Surrey.'
    text = (
        "Surrey children's services rated good\n\n"
        "Ofsted said Surrey still needs to improve collaborative safety planning with families, "
        "and the protective response to children who go missing or are at risk of "
        "exploitation, including those placed outside the county.\n"
    )
    found = check13(text, date(2025, 5, 10))
    assert verdicts(found, "collaborative safety planning", "recommendation") == {"supported"}


def test_quicker_decisions_are_their_timeliness(check13):
    # Stockport's report published 15 July 2025: 'The timeliness and monitoring of management
    # decision-making ... in decisions for children to come into care ...'
    text = (
        "Stockport children's services judged to require improvement\n\n"
        "Ofsted made six recommendations, including better supervision for social workers and "
        "quicker decisions about children coming into care.\n"
    )
    found = check13(text, date(2025, 7, 16))
    assert verdicts(found, "quicker decisions", "recommendation") == {"supported"}


def test_a_short_inflection_and_another_word_for_a_stage(check13):
    # Waltham Forest's report published 20 August 2024: 'The use of the pre-proceedings element
    # of the Public Law Outline (PLO) when children experience neglect.'
    text = (
        "Waltham Forest children's services rated good\n\n"
        "Ofsted set out three areas for improvement, including how the council uses the "
        "pre-proceedings stage of the Public Law Outline when children experience neglect, and "
        "the quality of supervision.\n"
    )
    found = check13(text, date(2024, 8, 21))
    assert verdicts(found, "pre-proceedings stage", "recommendation") == {"supported"}


def test_a_visit_subject_glossed_after_a_dash(check13):
    text = (
        "Ofsted visits Dudley's front door\n\n"
        "Inspectors carried out a two-day focused visit to Dudley Council's children's services "
        "last month, looking at the borough's 'front door' – the team that takes calls from "
        "people worried about a child. Their letter was published yesterday.\n"
    )
    found = check13(text, date(2025, 11, 21))
    assert verdicts(found, "looking at the borough's 'front door'", "visit") == {"supported"}


def test_whom_a_letter_is_addressed_to(check13):
    text = (
        "Wolverhampton's children's services praised\n\n"
        "Inspectors made a focused visit to Wolverhampton in October. In a letter to director "
        "of children's services {name}, published on Friday, the inspectors said children are "
        "seen regularly.\n"
    )
    found = check13(text.format(name="Alison Hinds"), date(2024, 11, 4))
    assert verdicts(found, "letter to director of children's services Alison Hinds") == {
        "supported"
    }
    found = check13(text.format(name="Alison Smith"), date(2024, 11, 4))
    assert verdicts(found, "letter to director of children's services Alison Smith") == {
        "not_in_record"
    }


def test_an_officer_citing_the_reports_view(check13):
    # Calderdale's report published 15 May 2024: '... small residual pockets of practice where
    # the change is not embedded'
    text = (
        "Calderdale scrutiny panel: minutes\n\n"
        "Members discussed the Ofsted inspection of Calderdale's children's services. The "
        "Director noted the report's view that the pandemic had left \"small residual pockets "
        'of practice where the change is not {word}".\n'
    )
    found = check13(text.format(word="embedded"), date(2024, 6, 25))
    assert verdicts(found, "small residual pockets", "quote") == {"supported"}


def test_when_the_director_came_into_post(check13):
    # Harrow's report published 4 March 2025: 'The current permanent DCS has been in post since
    # August 2023'
    text = (
        "Harrow children's services rated inadequate\n\n"
        "Ofsted has rated Harrow's children's services inadequate. The council leader said "
        "the council would spend more on its leaving care service and that a permanent "
        "director of children's services was appointed in {month} 2023.\n"
    )
    found = check13(text.format(month="August"), date(2025, 3, 5))
    assert verdicts(found, "was appointed in August 2023") == {"supported"}
    found = check13(text.format(month="May"), date(2025, 3, 5))
    assert verdicts(found, "was appointed in May 2023") == {"not_in_record"}
