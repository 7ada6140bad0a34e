"""`ilacs check` on lists of what must improve, and on joint inspections, as the press words
them (round 4): real values from the corpus and the Southampton letter in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims.quotes import find_recommendations
from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts

SOUTHAMPTON = "80558_southampton__children's_services_focused_visit_-_15_june_2018.pdf"
LEWISHAM = "80508_lewisham__children's_services_focused_visit_-_31_august_2021.pdf"
GREENWICH = "80495_greenwich__joint_area_child_protection_inspection_-_09_may_2018.pdf"


@pytest.fixture(scope="module")
def check4(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus two focused-visit letters (Southampton 2018,
    Lewisham 2021) and a JTAI letter (Greenwich 2018)."""
    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("letters4"), (SOUTHAMPTON, LEWISHAM, GREENWICH)
    )
    with in_process_checker(db) as run:
        yield run


def test_a_list_of_the_judgements_is_no_list_of_recommendations(check4):
    # Lewisham, 31 January 2024: good in all five judgements, on site 4 to 15 December 2023
    text = (
        "Lewisham's children's services are good, Ofsted says. Inspectors spent a fortnight in "
        "the borough in December and judged the council good in all five areas: overall "
        "effectiveness, leadership, help and protection, children in care and care leavers.\n"
    )
    assert not find_recommendations(text)
    found = check4(text, date(2024, 1, 31))
    assert not [f for f in found if f[0] == "recommendation"]
    assert not [f for f in found if f[2] == "contradicted"], found


def test_recommendations_reworded_as_the_press_does(check4):
    # Nottingham, 5 September 2022: 'Effectiveness and timeliness of responses to children's
    # needs when first presented to the multi-agency safeguarding hub (MASH)', 'The service
    # response to young people who are aged 16 and 17 who present as homeless', 'The quality
    # and timeliness of return home interviews'
    text = (
        "Nottingham City Council's children's services were rated inadequate by Ofsted. The "
        "report names eight areas the council must improve, including how fast the "
        "multi-agency safeguarding hub deals with referrals, the support given to homeless 16 "
        "and 17-year-olds, and return home interviews for children who have gone missing.\n"
    )
    found = check4(text, date(2022, 9, 5))
    assert verdicts(found, "multi-agency safeguarding hub", "recommendation") == {"supported"}
    # Surrey, 3 June 2015 (priority actions): 'Undertake an immediate review of unallocated
    # cases held by assistant team managers ...'
    text = (
        "Surrey County Council's children's services were rated inadequate by Ofsted. The "
        "report sets out 11 priority actions, including an urgent review of cases held by "
        "assistant team managers which had not been allocated to a social worker.\n"
    )
    found = check4(text, date(2015, 6, 3))
    assert verdicts(found, "assistant team managers", "recommendation") == {"supported"}


def test_what_the_council_must_better_do(check4):
    # Lancashire, 20 August 2026: 'The recognition and reflection of the needs of young
    # carers ... in the child's assessments and plans', '... plans ... focused on addressing
    # the immediate risk of harm', 'The management oversight of children living in
    # unregistered children's homes and those who have their liberty restricted ...'
    text = (
        "Lancashire County Council's children's services were judged good by Ofsted. The "
        "report said the council must better recognise young carers' needs in assessments and "
        "plans, and strengthen oversight of children in unregistered children's homes.\n"
    )
    found = check4(text, date(2026, 8, 20))
    assert verdicts(found, "young carers", "recommendation") == {"supported"}
    # Tower Hamlets, 13 January 2025: two areas for improvement, the first 'Focus and in-depth
    # understanding of the impact of family culture on a child's lived experience'
    text = (
        "Tower Hamlets' children's services have been rated outstanding by Ofsted. Inspectors "
        "still found two areas for improvement. They said the council should get a better "
        "understanding of the impact of family culture on a child's lived experience.\n"
    )
    found = check4(text, date(2025, 1, 13))
    assert verdicts(found, "family culture", "recommendation") == {"supported"}


def test_a_letters_list_in_an_article_that_names_an_old_full_inspection(check4):
    # Southampton's focused visit letter, 15 June 2018: three things to improve; its full
    # inspection of 2014 made 30 recommendations
    text = (
        "Care leavers in Southampton get a better service, Ofsted said in a letter published "
        "on Friday after a focused visit.\n"
        "When Ofsted carried out a full inspection of the city's children's services in 2014, "
        "help for care leavers was judged inadequate.\n"
        "The letter said the council needed to improve three things: care leavers' access to "
        "their health histories; the quality of needs assessments; and the take-up and "
        "quality of return home interviews after young people go missing.\n"
    )
    found = check4(text, date(2018, 6, 15))
    assert verdicts(found, "three things", "recommendation") == {"supported"}
    assert verdicts(found, "health histories", "recommendation") == {"supported"}


def test_a_joint_inspection_is_dated_by_its_own_letter_or_not_at_all(check4):
    # Medway, 27 August 2019 (full inspections 2013, 2015, 2019): its report speaks of 'the
    # 2018 joint targeted area inspection'; ilacs holds no JTAI letter of Medway
    text = (
        "Medway Council's children's services were rated inadequate by Ofsted. The report said "
        "the front door had improved since a joint inspection last year.\n"
    )
    found = check4(text, date(2019, 8, 27))
    assert "contradicted" not in verdicts(found, "joint inspection")


def test_what_ofsted_asked_the_council_to_do(check4):
    # Nottingham, 5 September 2022: 'Placement sufficiency for children in care and those
    # with complex needs', 'The quality and timeliness of return home interviews'
    text = (
        "Nottingham City Council's children's services were rated inadequate by Ofsted. "
        "Ofsted has asked the council to strengthen placement sufficiency for children in care "
        "and to speed up return home interviews.\n"
    )
    found = check4(text, date(2022, 9, 5))
    assert verdicts(found, "placement sufficiency", "recommendation") == {"supported"}
    # a count, not a list
    spans = find_recommendations("Ofsted asked the council to improve three areas.")
    assert [s.items for s in spans] == [()]


def test_each_date_is_of_the_visit_named_before_it_and_a_short_theme(check4):
    # Lewisham's focused visit of July 2021 (letter of 31 August 2021): 'the local
    # authority's arrangements for children in care'
    text = (
        "Lewisham's children's services are good, Ofsted said. Between full inspections "
        "Ofsted made three monitoring visits between 2019 and 2020 and a focused visit in July "
        "2021, when inspectors looked at the council's {} for children in care.\n"
    )
    found = check4(text.format("arrangements"), date(2024, 1, 31))
    assert verdicts(found, "July 2021", "visit") == {"supported"}
    assert verdicts(found, "looked at the council's arrangements", "visit") == {"supported"}
    found = check4(text.format("plans"), date(2024, 1, 31))
    assert verdicts(found, "looked at the council's plans", "visit") == {"not_in_record"}


def test_a_joint_inspections_month_given_wrongly_in_a_finding(check4):
    # Greenwich's JTAI, on site 12 to 16 February 2018, letter of 9 May 2018
    text = (
        "Agencies in Greenwich work well together, a joint inspection has found.\n"
        "Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & "
        "Rescue Services and HM Inspectorate of Probation visited the Royal Borough of "
        "Greenwich in {} to examine how agencies respond to children who go missing.\n"
        "In a letter published this week, inspectors praised the partnership.\n"
    )
    found = check4(text.format("March"), date(2018, 5, 9))
    assert verdicts(found, "Greenwich in March") == {"contradicted"}
    found = check4(text.format("February"), date(2018, 5, 9))
    assert "contradicted" not in verdicts(found, "Greenwich in February")


def test_how_many_days_a_visit_lasted(check4):
    # Southampton's focused visit: on site 22 and 23 May 2018, letter of 15 June 2018
    text = (
        "Southampton's care leavers get a better service, Ofsted has said after a {}-day "
        "focused visit. The letter was published on Friday.\n"
    )
    assert verdicts(check4(text.format("two"), date(2018, 6, 15)), "-day") == {"supported"}
    assert verdicts(check4(text.format("three"), date(2018, 6, 15)), "-day") == {"contradicted"}


def test_the_first_of_the_actions_and_a_system_date():
    # Rochdale, 5 December 2014: 'Re-establish contact with the high proportion of 20- and
    # 21-year-olds not in contact with the service ...'
    text = (
        "Rochdale's children's services require improvement, Ofsted said. Ofsted listed 13 "
        "actions the council must take, the first of them to re-establish contact with the "
        "care leavers aged 20 and 21 it has lost touch with.\n"
    )
    (span,) = [s for s in find_recommendations(text) if s.items]
    assert span.items[0].startswith("re-establish contact")
    # 'Focused visits were introduced this year': no visit's date
    from ilacs.claims.extract import extract

    got = extract("Focused visits were introduced by Ofsted this year.\n", date(2018, 6, 15))
    assert not [c for c in got if c.type.value in ("visit", "date")]


def test_the_first_of_the_actions_is_checked(check4):
    text = (
        "Rochdale's children's services require improvement, Ofsted said. Ofsted listed 13 "
        "actions the council must take, the first of them to re-establish contact with the "
        "care leavers aged 20 and 21 it has lost touch with.\n"
    )
    found = check4(text, date(2014, 12, 5))
    assert verdicts(found, "re-establish contact", "recommendation") == {"supported"}


def test_another_events_date_in_a_letters_finding(check4):
    # Southampton's letter (15 June 2018): 'Care leavers and personal advisers report a
    # much-improved service over the past year'; no inspection of the council in January 2018
    text = (
        "Care leavers in Southampton get a better service, Ofsted said in a letter published "
        "on Friday after a focused visit.\n"
        'Care leavers told inspectors they had seen a "much-improved service" over the past '
        "year, especially since more staff joined the team in January.\n"
    )
    found = check4(text, date(2018, 6, 15))
    assert verdicts(found, "much-improved service") == {"supported"}
