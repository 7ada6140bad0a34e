"""`ilacs check` (round 10): quotations in an officer's mouth whose subject is the inspectors, a
word or two quoted read in its own clause, a date of a council that the report's words name
after it, a report cited by its title and day, a focused visit's subject and its date, and the
council of minutes that name none. Real values from the corpus and letters in ../shared."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from ilacs.claims.quotes import find_quotes
from tests.claims_helpers import check_text, claim_with, in_process_checker
from tests.conftest import LETTERS

HARINGEY_2025 = "80498_haringey__children's_services_focused_visit_-_14_march_2025.pdf"
HARINGEY_2020 = "80498_haringey__children's_services_focused_visit_-_21_january_2020.pdf"
GREENWICH = "80495_greenwich__joint_area_child_protection_inspection_-_09_may_2018.pdf"
LEICESTER = "80482_leicester__children's_services_focused_visit_-_30_january_2023.pdf"


def test_an_officer_citing_what_inspectors_found_in_their_words(tmp_path, corpus_db):
    # North Somerset, 11 May 2023: 'Inspectors did not identify any children at risk of
    # immediate harm.'
    text = (
        "North Somerset Council's children's services still require improvement, Ofsted said in "
        "a report published on 11 May 2023.\n\n"
        "The director noted, however, that inspectors {q}.\n"
    )
    said = text.format(q='"did not identify any children at risk of immediate harm"')
    assert [q.text for q in find_quotes(said)] == [
        '"did not identify any children at risk of immediate harm"'
    ]
    claims = check_text(tmp_path, corpus_db, said, "2023-06-29")
    assert claim_with(claims, "did not identify")["verdict"] == "supported"
    turned = text.format(q='"did identify some children at risk of immediate harm"')
    claims = check_text(tmp_path, corpus_db, turned, "2023-06-29")
    assert claim_with(claims, "did identify some")["verdict"] == "contradicted"
    # a councillor's own words are still opinions
    own = text.replace("The director noted, however, that inspectors", "Cllr Jones said")
    assert not find_quotes(own.format(q='"we did not identify any children at risk"'))


def test_a_word_quoted_is_read_in_its_own_clause(tmp_path, corpus_db):
    # North Lincolnshire, 30 April 2026: 'Child protection and child in need work is
    # excellent.' and 'The North Lincolnshire ‘one family’ approach is deeply embedded ...'
    text = (
        "North Lincolnshire's children's services have been judged outstanding by Ofsted for a "
        "third time.\n\n"
        "Inspectors described child protection and child in need work as “{w}” and said the "
        "council’s ‘one family’ approach is “deeply embedded and delivers consistently "
        "high-quality practice for children and young people”.\n"
    )
    said = text.format(w="excellent")
    spans = find_quotes(said)
    assert len(spans) == 2
    # (each its own claim, read in its own part of the sentence)
    assert spans[0].text == "“excellent”"
    assert said[spans[0].context[0] : spans[0].context[1]].startswith("Inspectors described")
    assert "one family" not in said[spans[0].context[0] : spans[0].context[1]]
    claims = check_text(tmp_path, corpus_db, text.format(w="excellent"), "2026-04-30")
    c = claim_with(claims, "as “excellent”")
    assert c["verdict"] == "supported" and c["text"].startswith("Inspectors described"), c
    claims = check_text(tmp_path, corpus_db, text.format(w="inconsistent"), "2026-04-30")
    c = claim_with(claims, "as “inconsistent”")
    assert c["verdict"] == "contradicted", c
    assert "excellent" in c["evidence"][0]["quote"], c


def test_a_council_the_reports_words_name_after_a_date_is_not_its_own(tmp_path, corpus_db):
    # Cambridgeshire, 16 May 2024: on site 4 to 15 March 2024 (Peterborough: 27 November to
    # 8 December 2023)
    text = (
        "Cambridgeshire County Council was judged to require improvement to be good.\n\n"
        "However, inspectors, who were on site from {d}, did find improvement helped by the "
        '"appropriate decision to decouple shared leadership and service arrangements from '
        'Peterborough".\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format(d="4 to 15 March"), "2024-05-17")
    c = claim_with(claims, "4 to 15 March")
    assert c["verdict"] == "supported" and "Cambridgeshire" in c["explanation"], c
    claims = check_text(tmp_path, corpus_db, text.format(d="11 to 22 March"), "2024-05-17")
    c = claim_with(claims, "11 to 22 March")
    assert c["verdict"] == "contradicted" and "Cambridgeshire" in c["explanation"], c


def test_a_report_cited_by_its_title_and_day(tmp_path, corpus_db):
    # Hillingdon: on site 2 to 6 October 2023, published 20 November 2023
    text = (
        "Hillingdon's children's services were judged outstanding.\n\n"
        "Ofsted, Inspection of Hillingdon local authority children's services, {d}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(d="20 November 2023"), "2023-12-05")
    assert claim_with(claims, "20 November 2023")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(d="27 November 2023"), "2023-12-05")
    assert claim_with(claims, "27 November 2023")["verdict"] == "contradicted"


@pytest.fixture(scope="module")
def haringey(corpus_db, tmp_path_factory):
    """The corpus with Haringey's focused-visit letters of 2020 (the front door) and 2025
    (permanence, on 11 and 12 February 2025), Greenwich's JTAI letter of 9 May 2018 (its
    written statement of action due by 16 August 2018) and Leicester's focused-visit letter of
    30 January 2023 ('The quality and effectiveness of management oversight in the duty and
    advice team.')."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("quotes10")
    db = tmp / "quotes10.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    for name in (HARINGEY_2025, HARINGEY_2020, GREENWICH, LEICESTER):
        shutil.copy(LETTERS / name, pdfs / name)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    with in_process_checker(db) as run:
        yield run


def test_a_focused_visits_subject_and_its_month(haringey):
    text = (
        "Haringey's children's services have been rated outstanding.\n\n"
        "Inspectors came back for a two-day focused visit in {m} last year to look at how the "
        "council plans permanent homes for children in care.\n"
    )
    found = haringey(text.format(m="February"), date(2026, 2, 25))
    assert {v for k, t, v in found if "to look at how" in t} == {"supported"}
    found = haringey(text.format(m="October"), date(2026, 2, 25))
    assert {v for k, t, v in found if "to look at how" in t} == {"contradicted"}
    # the subject of the letter of another year is no evidence for the date
    found = haringey(text.format(m="October").replace("last year", "2022"), date(2026, 2, 25))
    assert "contradicted" not in {v for k, t, v in found if "to look at how" in t}


def test_minutes_that_name_no_council_by_their_lead_inspector(tmp_path, corpus_db):
    # Staffordshire, published 12 January 2024 (as were Bromley's, Derbyshire's and
    # Salford's): on site 6 to 10 November 2023, led by Alison Smale, as in 2019; Bromley's
    # inspectors were on site 13 to 17 November 2023
    text = (
        "The Cabinet Member introduced the report on the Ofsted inspection of the County "
        "Council's children's services. The inspection took place between {d} November 2023 "
        "and the report was published on 12 January 2024.\n\n"
        "The Cabinet Member reminded the Committee that the lead inspector, Alison Smale, had "
        "also led the 2019 inspection.\n\n"
        'Inspectors found that "there is not a comprehensive approach to supervision and '
        'management oversight".\n\n'
        'The report added: "Since the last inspection, the quality of services to children '
        'in care has been sustained."\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format(d="6 and 10"), "2024-02-26")
    c = claim_with(claims, "between 6 and 10 November")
    assert c["verdict"] == "supported" and "Staffordshire" in c["explanation"], c
    claims = check_text(tmp_path, corpus_db, text.format(d="13 and 17"), "2024-02-26")
    c = claim_with(claims, "between 13 and 17 November")
    assert c["verdict"] == "contradicted" and "Staffordshire" in c["explanation"], c


def test_a_recommendation_with_other_people_in_its_own_words(tmp_path, corpus_db):
    # Leicester, 29 January 2025: 'Support for care leavers who may be more reluctant to
    # accept help, including those in custody and those facing homelessness.'
    text = (
        "Leicester City Council's children's services require improvement, Ofsted said.\n\n"
        "Ofsted said the council must improve support for {who} who may be reluctant to accept "
        "help, including those in custody and those facing homelessness.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(who="care leavers"), "2025-02-10")
    assert claim_with(claims, "reluctant to accept")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="foster carers"), "2025-02-10")
    assert claim_with(claims, "reluctant to accept")["verdict"] == "contradicted"


def test_a_whole_list_with_one_thing_for_other_people(tmp_path, corpus_db):
    # St Helens, 4 September 2023: five recommendations, neglect, pre-proceedings, homeless 16-
    # and 17-year-olds, the stability of social workers, safeguarding of disabled children
    text = (
        "St Helens Council's children's services have been rated good by Ofsted.\n\n"
        "The council has been told to improve in five areas – the response to neglect, how "
        "quickly families enter pre-proceedings, help for {who}, the stability of children's "
        "social workers and safeguarding of disabled children.\n"
    )
    claims = check_text(
        tmp_path, corpus_db, text.format(who="homeless 16- and 17-year-olds"), "2023-09-05"
    )
    assert claim_with(claims, "response to neglect")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="young carers"), "2023-09-05")
    c = claim_with(claims, "response to neglect")
    assert c["verdict"] == "contradicted" and "young carers" in c["explanation"], c
    # the writer's own words for the one left, no other people named: a rewording
    claims = check_text(
        tmp_path, corpus_db, text.format(who="teenagers with nowhere to live"), "2023-09-05"
    )
    assert claim_with(claims, "response to neglect")["verdict"] != "contradicted"


def test_a_lettered_list_with_one_thing_for_other_people(tmp_path, corpus_db):
    # Hillingdon, 20 November 2023: 'Services for 16- and 17-year-olds who present as
    # homeless.' and 'Keeping in touch with care leavers and ensuring that their rights and
    # entitlements are communicated effectively.'
    text = (
        "Ofsted has judged Hillingdon's children's services outstanding.\n\n"
        "5. Ofsted identified two areas for improvement:\n"
        "   (a) services for {who}; and\n"
        "   (b) keeping in touch with care leavers and ensuring that their rights and "
        "entitlements are communicated effectively.\n"
    )
    who = "16- and 17-year-olds who present as homeless"
    claims = check_text(tmp_path, corpus_db, text.format(who=who), "2023-12-05")
    assert claim_with(claims, "services for 16-")["verdict"] == "supported"
    who = "children who go missing from home or care"
    claims = check_text(tmp_path, corpus_db, text.format(who=who), "2023-12-05")
    assert claim_with(claims, "go missing")["verdict"] == "contradicted"


def test_areas_to_build_on_are_what_must_improve(tmp_path, corpus_db):
    # Southampton, 28 July 2023: four recommendations, the first 'An increase in placement
    # sufficiency, including short-breaks provision for disabled children.'
    text = (
        "Southampton City Council's children's services have been rated good.\n\n"
        "Ofsted identified four areas to build on, including increasing the number of "
        "placements for children in care and short-breaks provision for disabled children.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-08-01")
    assert claim_with(claims, "four areas to build on")["verdict"] == "supported"
    assert claim_with(claims, "short-breaks provision")["verdict"] == "supported"


def test_the_council_of_a_section_under_its_subheading(tmp_path, corpus_db):
    # 16 May 2024: Brighton and Hove's report makes two recommendations, Cambridgeshire's seven
    text = (
        "Brighton and Hove has been rated outstanding by Ofsted, in a report published "
        "yesterday. Inspectors made just two recommendations.\n\n"
        "'No overall improvement'\n\n"
        "Cambridgeshire County Council, meanwhile, was judged to require improvement to be "
        "good in all five judgements - the same overall grade it received in 2019.\n\n"
        "Lead inspector Lisa Walsh's team found there had been little improvement in services "
        "for vulnerable children since that inspection, and leadership, rated good five years "
        "ago, has slipped to requires improvement.\n\n"
        "However, inspectors did find significant improvement in recent months, initiated by a "
        "new chief executive and helped by the decision to end shared leadership and service "
        "arrangements with a neighbouring council, a change long called for.\n\n"
        "The council has been set seven areas for improvement.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-05-17")
    c = claim_with(claims, "seven areas for improvement")
    assert c["verdict"] == "supported" and "cambridgeshire" in c["evidence"][0]["path"], c


def test_a_statement_of_action_due_by_month_and_day(haringey):
    text = (
        "Agencies working to protect children in Greenwich share a real commitment to keeping "
        "them safe, a joint inspection has found.\n\n"
        "The council's director of children's services, Florence Kroll, must now send the "
        "inspectorates a written statement of action, drawn up with police, health and "
        "probation partners, by {d}.\n"
    )
    found = haringey(text.format(d="August 16"), date(2018, 5, 10))
    # (the director named is a claim of its own: what she must send is the letter's)
    assert {v for k, t, v in found if t.startswith("must now send")} == {"supported"}
    assert [t for k, t, v in found if k == "other" and "Florence Kroll" in t] == [
        "The council's director of children's services, Florence Kroll"
    ]
    found = haringey(text.format(d="June 16"), date(2018, 5, 10))
    assert {v for k, t, v in found if t.startswith("must now send")} == {"contradicted"}


def test_the_count_of_areas_the_last_inspection_identified(tmp_path, corpus_db):
    # Islington: one recommendation on 29 January 2025, two on 15 April 2020
    text = (
        "Islington's children's services have again been judged outstanding.\n\n"
        "The report says the three areas for improvement identified at the last inspection and "
        "a later focused visit have been addressed.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-01-30")
    assert claim_with(claims, "three areas for improvement")["verdict"] != "contradicted"
    # the new report's own count is still checked
    text = "Islington's children's services have again been judged outstanding. Ofsted made {n} recommendations.\n"
    claims = check_text(tmp_path, corpus_db, text.format(n="one"), "2025-01-30")
    assert claim_with(claims, "recommendations")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(n="three"), "2025-01-30")
    assert claim_with(claims, "recommendations")["verdict"] == "contradicted"


def test_areas_identified_by_inspectors_listed_after_a_colon(tmp_path, corpus_db):
    # Redcar and Cleveland, 28 January 2026: 'The sufficiency of homes for children in care.';
    # 'Consistency in the recording of contingency plans.'; 'The response to children who are
    # privately fostered.' (its previous inspection: June and July 2022)
    text = (
        "Redcar and Cleveland Council's children's services were judged good.\n\n"
        "Members noted the three areas for improvement identified by inspectors: the "
        "sufficiency of homes for children in care; consistency in the recording of "
        "contingency plans; and the response to children who are privately fostered.\n\n"
        "The Director reminded Members of the focused visit to the front door in July 2023, at "
        'which inspectors had found that senior leaders "have responded swiftly to the areas '
        'for improvement" identified in {y}.\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format(y="2022"), "2026-03-10")
    assert claim_with(claims, "privately fostered")["verdict"] == "supported"
    # the year the areas were identified is the inspection's, not the visit's
    c = claim_with(claims, "identified in 2022")
    assert c["type"] == "date" and c["verdict"] == "supported", c
    claims = check_text(tmp_path, corpus_db, text.format(y="2021"), "2026-03-10")
    assert claim_with(claims, "identified in 2021")["verdict"] != "supported"


def test_a_list_under_told_to_read_line_by_line(tmp_path, corpus_db):
    # Rochdale, 17 March 2023: eight recommendations, among them 'The response to disabled
    # children.' and 'The accessibility of the local offer for care-experienced young people.'
    text = (
        "Rochdale Borough Council's children's services require improvement, Ofsted said.\n\n"
        "The council was also told to:\n\n"
        "- improve its response to disabled children;\n"
        "- make its local offer for care leavers easier to access;\n"
        "- be clearer in its decisions when children are cared for by their wider family.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-03-20")
    assert claim_with(claims, "response to disabled children")["verdict"] == "supported"
    # the writer's own words for one, read with the lines found as they are
    c = claim_with(claims, "local offer for care leavers")
    assert c["verdict"] == "supported" and "local offer" in c["evidence"][0]["quote"], c


def test_a_recommendation_for_other_people_in_its_own_words(tmp_path, corpus_db):
    # Southampton, 28 July 2023: 'An increase in placement sufficiency, including short-breaks
    # provision for disabled children.'
    text = (
        "Southampton City Council's children's services have been rated good.\n\n"
        "Ofsted identified four areas to build on, including increasing the number of "
        "placements for children in care and short-breaks provision for {who}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(who="disabled children"), "2023-08-01")
    assert claim_with(claims, "short-breaks provision")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="care leavers"), "2023-08-01")
    assert claim_with(claims, "short-breaks provision")["verdict"] == "contradicted"


def test_quotations_printed_as_they_stand_beside_a_short_one(tmp_path, corpus_db):
    # Nottinghamshire, 12 July 2024: 'The director of children's services and the highly
    # effective leadership team are aspirational for children and young people in
    # Nottinghamshire.'; 'A relentless focus by leaders on improving the working conditions for
    # social workers has created an environment where social work can flourish.'
    text = (
        "Nottinghamshire County Council's children's services have been rated good.\n\n"
        'Inspectors said the county\'s "highly effective leadership team" was "aspirational for '
        'children and young people", and that a "relentless focus" on social workers\' working '
        'conditions had "created an environment where social work can flourish".\n'
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-13")
    assert claim_with(claims, "highly effective leadership team")["verdict"] == "supported"


def test_the_inspector_who_led_the_report_and_the_team_that_spent_a_fortnight(tmp_path, corpus_db):
    # Kingston upon Hull, 18 May 2026: lead inspector Rachel Fairhurst; Slough, 4 March 2019:
    # on site 21 January to 1 February 2019
    text = (
        "Hull's children's services have been rated good. The latest report, led by {name}, "
        'said care leavers benefited from "consistently relational and ambitious support and '
        'care".\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format(name="Rachel Fairhurst"), "2026-05-19")
    assert claim_with(claims, "led by Rachel Fairhurst")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(name="Rachel Griffiths"), "2026-05-19")
    assert claim_with(claims, "led by Rachel Griffiths")["verdict"] == "contradicted"
    text = (
        "Slough's children's services still require improvement, Ofsted says.\n\n"
        "A team led by Donna Marriott spent a fortnight in Slough, from {d}, looking at help "
        "and protection.\n"
    )
    claims = check_text(
        tmp_path, corpus_db, text.format(d="January 21 to February 1"), "2019-03-05"
    )
    assert claim_with(claims, "January 21 to February 1")["verdict"] == "supported"
    claims = check_text(
        tmp_path, corpus_db, text.format(d="January 14 to January 25"), "2019-03-05"
    )
    assert claim_with(claims, "January 14 to January 25")["verdict"] == "contradicted"


def test_the_date_of_another_event_in_a_quotations_sentence(tmp_path, corpus_db):
    # Hackney, 20 August 2024: 'despite a particularly challenging period for the council'
    text = (
        "Hackney's children's services have been rated good.\n\n"
        'The inspectors recognised that the improvements were made "despite a particularly '
        'challenging period for the council", pointing to the criminal cyber-attack of 2020.\n'
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-08-21")
    c = claim_with(claims, "despite a particularly challenging period")
    assert c["type"] == "quote" and c["verdict"] == "supported", c
    assert not [c for c in claims if c["type"] == "date"], claims


def test_what_ofsted_asked_a_council_to_improve_in_other_words(tmp_path, corpus_db):
    # Sunderland, 11 March 2025: 'The uptake of return home interviews and how the information
    # from these informs actions to mitigate risks.' (three recommendations); Nottinghamshire,
    # 12 July 2024: 'Consistency in convening and undertaking strategy meetings.', 'The quality
    # of target setting in personal education plans, ...'
    text = (
        "Sunderland's children's services are outstanding, Ofsted said.\n\n"
        "Ofsted asked Sunderland to improve the uptake of return home interviews for children "
        "who go missing.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-03-12")
    assert claim_with(claims, "uptake of return home interviews")["verdict"] == "supported"
    text = (
        "Nottinghamshire stands out among the councils Ofsted rated good. Its leadership was judged "
        "outstanding, making it only the fourth authority under the current framework to "
        "combine an overall good with outstanding leadership, after Southampton, Hounslow and "
        "Salford.\n\n"
        "The county was told to improve the consistency of strategy meetings and target "
        "setting in personal education plans.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-13")
    c = claim_with(claims, "consistency of strategy meetings")
    assert c["verdict"] == "supported" and "nottinghamshire" in c["evidence"][0]["path"], c


def test_a_recommendation_of_the_last_inspection_flagged_then(tmp_path, corpus_db):
    # Haringey, 11 April 2023: 'The effectiveness of permanence planning for children in care,
    # ...'; North Lincolnshire, 30 April 2026: one recommendation, 'The consistency
    # of approach in respect of the lifelong offer for care leavers who are in custody when
    # they reach 21.'
    text = (
        "Haringey's children's services are now outstanding.\n\n"
        "At its last full inspection, in February 2023, Haringey was rated good overall, but "
        "children in care were judged to require improvement – and permanence planning was "
        "flagged then as an area to improve.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-02-25")
    c = claim_with(claims, "permanence planning was flagged")
    assert c["verdict"] == "supported" and "11 april 2023" in c["evidence"][0]["path"], c
    text = (
        "North Lincolnshire's children's services are outstanding again.\n\n"
        "The report makes just one recommendation, about the consistency of the council's "
        "lifelong offer for care leavers who are in custody when they reach 21.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-04-30")
    assert claim_with(claims, "lifelong offer")["verdict"] == "supported"


def test_an_area_for_improvement_a_dated_visit_identified(haringey):
    text = (
        "Leicester's children's services require improvement, Ofsted said.\n\n"
        "Members will recall that Ofsted's focused visit to the 'front door' in December 2022 "
        "identified {what} in the duty and advice team as an area for improvement.\n"
    )
    found = haringey(text.format(what="management oversight"), date(2025, 2, 10))
    assert {v for k, t, v in found if k == "recommendation"} == {"supported"}, found


def test_an_officers_sentence_quoting_what_was_found(tmp_path, corpus_db):
    # North Somerset, 11 May 2023: 'care experienced young people who receive consistent
    # support and services that meets their needs'; 'A stable and experienced senior
    # leadership team, ...'
    text = (
        "North Somerset Council's children's services still require improvement, Ofsted said "
        "in a report published on 11 May 2023.\n\n"
        "The Assistant Director explained that practice with care-experienced young people had "
        'been found to provide "consistent support and services that meets their needs".\n\n'
        'She noted that inspectors "did not identify any children at risk of immediate harm", '
        'and had recognised that "a stable and experienced senior leadership team" was in '
        "place.\n"
    )
    spans = find_quotes(text)
    assert [s.text for s in spans] == [
        '"consistent support and services that meets their needs"',
        '"did not identify any children at risk of immediate harm"',
        '"a stable and experienced senior leadership team"',
    ]
    claims = check_text(tmp_path, corpus_db, text, "2023-06-29")
    assert claim_with(claims, "consistent support and services")["verdict"] == "supported"
    assert claim_with(claims, "a stable and experienced")["verdict"] == "supported"


def test_told_to_improve_a_list_with_a_possessive_in_it(tmp_path, corpus_db):
    # Westmorland and Furness, 12 July 2024: 'The quality of written records about child
    # protection enquiries.'; 'The quality of child in need, child protection, personal
    # education and pathway plans.'; 'The completion of life-story work for children in care.'
    text = (
        "Westmorland and Furness Council's children's services were rated good by Ofsted.\n\n"
        "The council was told to improve the quality of written records about child protection "
        "enquiries and of children's plans, and to complete life-story work for children in "
        "care.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-13")
    assert claim_with(claims, "written records")["verdict"] == "supported"


def test_the_lead_of_that_inspection_in_an_article_about_a_letter(tmp_path, corpus_db):
    # Stoke-on-Trent, 18 March 2019: lead inspector Neil Penswick
    text = (
        "Ofsted carried out its latest monitoring visit to Stoke-on-Trent City Council last "
        "month, and its letter was published yesterday.\n\n"
        "The council was rated inadequate after a full inspection in February 2019. That "
        "inspection, led by {name}, judged every area of the service inadequate.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(name="Neil Penswick"), "2021-06-10")
    assert claim_with(claims, "led by Neil Penswick")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(name="Sarah Jones"), "2021-06-10")
    assert claim_with(claims, "led by Sarah Jones")["verdict"] == "contradicted"
