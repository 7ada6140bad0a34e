"""The letters reader (parse/letters.py) on real letters from ../shared/letters: each kind and
each form of dates by name, then every labelled letter against labels.csv. Monitoring visit
letters are not in the sample: their tests use texts composed here (marked as such)."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from ilacs.errors import ParseError
from ilacs.parse import letters, parse_text
from ilacs.parse.common import clean
from tests.conftest import SHARED, corpus_text, letter_text

BIRMINGHAM_2024 = "80429_birmingham__children's_services_focused_visit_-_24_october_2024.pdf"
CHESHIRE_EAST_2021 = "80447_cheshire_east__children's_services_focused_visit_-_08_december_2021.pdf"
GATESHEAD_2018 = "80469_gateshead__children's_services_focused_visit_-_09_may_2018.pdf"
GLOUCESTERSHIRE_2020 = (
    "80470_gloucestershire__children's_services_focused_visit_-_20_november_2020.pdf"
)
NE_LINCS_2019 = (
    "80526_north_east_lincolnshire__children's_services_focused_visit_-_18_december_2019.pdf"
)
SOUTHAMPTON_2018 = "80558_southampton__children's_services_focused_visit_-_15_june_2018.pdf"
SUNDERLAND_FV_2023 = "80566_sunderland__children's_services_focused_visit_-_29_november_2023.pdf"
BRADFORD_JTAI = "80449_bradford__joint_area_child_protection_inspection_-_21_april_2017.pdf"
DURHAM_JTAI = "80465_durham__joint_area_child_protection_inspection_-_24_august_2018.pdf"
GREENWICH_JTAI = "80495_greenwich__joint_area_child_protection_inspection_-_09_may_2018.pdf"
PLYMOUTH_JTAI = "80538_plymouth__joint_area_child_protection_inspection_-_08_january_2020.pdf"
WINDSOR_JTAI = (
    "80546_windsor___maidenhead__joint_area_child_protection_inspection_-_04_july_2022.pdf"
)
STOKE_SEND = "80564_stoke-on-trent__area_send_full_inspection_-_03_april_2024.pdf"
HERTS_SEND = "80475_hertfordshire__area_send_full_inspection_-_10_november_2023.pdf"
HARINGEY_2009 = "80498_haringey__joint_area_review_-_progress_inspection___pdf_-_03_july_2009.pdf"


def read(name: str):
    text = clean(letter_text(name))
    assert letters.claims(text), name
    return letters.parse(text)


def texts(report, priority: bool | None = None) -> list[str]:
    return [
        r.text for r in report.recommendations if priority is None or r.priority_action == priority
    ]


# --- focused visits -------------------------------------------------------------------------


def test_focused_visit_birmingham_2024():
    r = read(BIRMINGHAM_2024)
    assert (r.kind, r.framework, r.judgements) == ("focused_visit", None, ())
    assert r.la_name == "Birmingham"
    # "on 24 and 25 September 2024"
    assert (r.inspection_start, r.inspection_end) == (date(2024, 9, 24), date(2024, 9, 25))
    assert r.lead_inspectors == ("Rebecca Quested",)
    # the theme runs on into the bulleted list its sentence introduces
    assert r.theme.startswith(
        "the local authority's arrangements for children in care, with a particular focus on "
        "the: • Quality of matching, placement and decision-making for children in care."
    )
    assert r.theme.endswith("living in supported accommodation or an unregistered children's home")
    assert texts(r) == [
        "The strategic and managerial oversight of children living in unregistered children's "
        "homes.",
        "The pace with which decisions are made and action is taken to change the legal status "
        "of children living in permanent stable homes, reflecting their needs.",
    ]
    assert (r.rec_count, r.priority_action_count) == (2, 0)


def test_focused_visit_dates_with_to_cheshire_east_2021():
    r = read(CHESHIRE_EAST_2021)
    # "on 3 to 4 November 2021"
    assert (r.inspection_start, r.inspection_end) == (date(2021, 11, 3), date(2021, 11, 4))
    assert r.lead_inspectors == ("Kathryn Grindrod",)
    assert r.theme == (
        "the local authority's arrangements for children in need or subject to a protection plan"
    )
    assert r.rec_count == 3
    assert r.recommendations[0].text == (
        "The identification of contingency arrangements in child-in-need plans."
    )


def test_focused_visit_one_day_gateshead_2018():
    r = read(GATESHEAD_2018)
    assert r.la_name == "Gateshead Council"
    # "on 20 March 2018": one day, both ends equal
    assert r.inspection_start == r.inspection_end == date(2018, 3, 20)
    # "The inspectors were Jan Edwards, HMI, and Ian Young, HMI." and she signs the letter
    assert r.lead_inspectors == ("Jan Edwards",)
    assert r.theme == "the local authority's arrangements for care leavers"
    # heading "What needs to improve in this area of practice", items of several sentences
    assert r.rec_count == 3
    assert r.recommendations[0].text.startswith(
        "Most pathway plans written by personal advisers could be better. Plans need to: be "
        "strengthened to be outcome focused;"
    )


def test_focused_visit_between_dates_and_no_theme_gloucestershire_2020():
    r = read(GLOUCESTERSHIRE_2020)
    # "between 6 and 8 October 2020"; five inspectors named, the first signs
    assert (r.inspection_start, r.inspection_end) == (date(2020, 10, 6), date(2020, 10, 8))
    assert r.lead_inspectors == ("Nigel Parkes",)
    # a COVID-19 visit whose letter names no area of focus
    assert r.theme is None
    # lower-case items with no full stops: "What needs to improve in this area of ... practice:"
    assert texts(r) == [
        "the use and tracking of pre-proceedings to bring about change effectively and to "
        "prevent drift and delay",
        "services for children and families at the edge of care",
        "the number and choice of suitable placements for children to meet their needs and "
        "reduce the risk of placement disruption",
        "personal education plans to be more ambitious, specific and measurable.",
    ]


def test_focused_visit_priority_actions_north_east_lincolnshire_2019():
    r = read(NE_LINCS_2019)
    # "on 22–23 October 2019"
    assert (r.inspection_start, r.inspection_end) == (date(2019, 10, 22), date(2019, 10, 23))
    assert r.lead_inspectors == ("Rachel Holden",)
    # the second "Inspectors looked at" sentence is about evidence, not the theme
    assert r.theme == (
        "the local authority's arrangements for children in need, children subject to a child "
        "protection plan and children subject to pre-proceedings"
    )
    assert texts(r, priority=True) == [
        "Visits to children proportionate to the level of risk and need.",
        "The quality of planning for children.",
        "The frequency and effectiveness of multi-agency reviews.",
        "Swift and effective remedial action following case file audit and child protection "
        "conference chair challenge.",
        "Timely escalation to pre-proceedings.",
    ]
    assert (r.rec_count, r.priority_action_count) == (4, 5)
    # the last item runs into the next page's "Findings" heading ("...leaders.\fFindings")
    assert texts(r, priority=False)[-1] == (
        "The challenge and scrutiny of performance data and the effectiveness of services by "
        "senior leaders."
    )
    assert [r.position for r in r.recommendations] == list(range(1, 10))


def test_focused_visit_dates_before_carried_out_by_southampton_2018():
    r = read(SOUTHAMPTON_2018)
    # "on 22 and 23 May 2018 carried out by Linda Steele and Donna Marriott, Her Majesty's ..."
    assert (r.inspection_start, r.inspection_end) == (date(2018, 5, 22), date(2018, 5, 23))
    assert r.lead_inspectors == ("Linda Steele",)
    assert r.theme == (
        "the local authority's arrangements to support care leavers and children looked after "
        "who are eligible for care leaving services"
    )


def test_focused_visit_dates_before_the_la_sunderland_2023():
    r = read(SUNDERLAND_FV_2023)
    # "the focused visit on 25 and 26 October 2023 to Together for Children"
    assert (r.inspection_start, r.inspection_end) == (date(2023, 10, 25), date(2023, 10, 26))
    assert r.la_name == "Sunderland"
    assert r.lead_inspectors == ("Catherine Heron",)


def test_regression_sentence_starting_areas_for_improvement_is_no_heading():
    # Wolverhampton 2024: "Areas for improvement raised in the ILACS inspection in 2022 and
    # considered in this visit have been advanced..." opens a paragraph, not a list; the
    # Ofsted address block follows the one real item.
    r = read("80583_wolverhampton__children's_services_focused_visit_-_01_november_2024.pdf")
    assert texts(r) == ["Quality and consistency of supervision."]


def test_regression_address_block_after_the_list_redcar_2023():
    r = read("80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf")
    assert texts(r) == [
        "Wider partnership understanding of threshold for referral to children's social care.",
        "Work with the Police to address the volume of inappropriate police protection "
        "notifications to children's social care.",
    ]
    assert r.theme == "the local authority's arrangements for front door"


def test_regression_two_bullets_on_one_line_telford_2018():
    # "...analyse cases that include complex issues. • Auditing of practice ..." on one line
    r = read("80570_telford___wrekin__children's_services_focused_visit_-_11_october_2018.pdf")
    assert r.la_name == "Telford & Wrekin"
    assert r.inspection_start == r.inspection_end == date(2018, 9, 18)
    assert r.rec_count == 6
    assert texts(r)[4] == (
        "Opportunities for social workers to reflect on and analyse cases that include complex "
        "issues."
    )
    assert texts(r)[5].startswith("Auditing of practice and measurement of performance")


def test_focused_visit_without_a_list_st_helens_2024():
    r = read("80560_st_helens__children's_services_focused_visit_-_12_july_2024.pdf")
    assert r.recommendations == ()
    assert (r.inspection_start, r.inspection_end) == (date(2024, 4, 24), date(2024, 4, 25))


# --- joint targeted area inspections --------------------------------------------------------


def test_jtai_dates_across_months_bradford_2017():
    r = read(BRADFORD_JTAI)
    assert (r.kind, r.framework) == ("jtai", None)
    assert r.la_name == "Bradford Metropolitan District Council"
    # "Between 27 February and 3 March 2017, Ofsted, the Care Quality Commission ..."
    assert (r.inspection_start, r.inspection_end) == (date(2017, 2, 27), date(2017, 3, 3))
    assert r.theme == "the multi-agency response to abuse and neglect"
    # signed by the inspectorates' directors: no lead inspector is named
    assert r.lead_inspectors == ()
    # the list runs over sub-headings ("Response to children living with domestic abuse")
    assert r.rec_count == 21
    assert r.recommendations[0].text.startswith(
        "There has been no dedicated health professional in the MASH for the past 12 months."
    )
    assert not any("Response to children living with domestic abuse" in t for t in texts(r))


def test_jtai_area_for_priority_action_durham_2018():
    r = read(DURHAM_JTAI)
    assert r.la_name == "Durham"
    assert (r.inspection_start, r.inspection_end) == (date(2018, 7, 9), date(2018, 7, 13))
    assert r.theme == "the multi-agency response to domestic abuse"
    assert r.priority_action_count == 1
    assert r.recommendations[0].priority_action
    assert r.recommendations[0].text.startswith(
        "This is a multi-agency area for priority action. Strategy meetings are not always "
        "being held where the threshold is met"
    )
    assert r.recommendations[1].text.startswith(
        "When professionals make decisions on thresholds, children's history and cumulative "
        "risk are not fully considered."
    )
    # regression: the page's footnotes ("5 Operation Encompass is a project whereby...") sat
    # inside the item that ran over the page break
    assert not any("Operation Encompass is a project" in t for t in texts(r))
    assert any("to MARAC appropriately. GPs are not currently asked" in t for t in texts(r))


def test_jtai_three_line_title_without_area_greenwich_2018():
    r = read(GREENWICH_JTAI)
    # the area comes from "the work of individual agencies in Greenwich local authority."
    assert r.la_name == "Greenwich"
    assert r.theme == (
        "the multi-agency response to child sexual exploitation, children associated with "
        "gangs and at risk of exploitation and children missing from home, care or education"
    )
    assert (r.inspection_start, r.inspection_end) == (date(2018, 2, 12), date(2018, 2, 16))


def test_jtai_dates_with_both_months_plymouth_2020():
    r = read(PLYMOUTH_JTAI)
    # "Between 18 November 2019 and 22 November 2019"
    assert (r.inspection_start, r.inspection_end) == (date(2019, 11, 18), date(2019, 11, 22))
    assert r.la_name == "Plymouth"
    assert r.theme == "the multi-agency response to children's mental health"


def test_jtai_newer_template_windsor_and_maidenhead_2022():
    r = read(WINDSOR_JTAI)
    assert r.la_name == "Royal Borough of Windsor and Maidenhead"
    # "This inspection took place from 9 May to 13 May 2022."
    assert (r.inspection_start, r.inspection_end) == (date(2022, 5, 9), date(2022, 5, 13))
    assert r.theme == "the multi-agency response to identification of initial need and risk"
    # "What needs to improve?" with six items, then "Strengths"
    assert r.rec_count == 6
    assert texts(r)[0] == "Monitoring and oversight of safeguarding practice in adult services."
    assert texts(r)[-1] == "Appropriate health representation at strategy meetings."


def test_regression_jtai_list_of_paragraphs_peterborough_2017():
    # No bullets: each paragraph is an item. A full stop at the end of a full-width line
    # ("...is not being achieved." / "This means that some children...") continues the
    # paragraph; one where the next word would have fitted ends it.
    r = read("80537_peterborough__joint_area_child_protection_inspection_-_11_august_2017.pdf")
    assert r.la_name == "Peterborough City Council"
    assert (r.inspection_start, r.inspection_end) == (date(2017, 6, 26), date(2017, 6, 30))
    assert texts(r)[0] == (
        "Social work decision-making in the MASH is not always informed by the effective "
        "evaluation of children's history or consideration of their lived experience. This "
        "means that some older children suffering neglect do not have their needs fully "
        "considered."
    )
    assert texts(r)[1].startswith("In some less high-risk cases, key information")
    health = next(t for t in texts(r) if t.startswith("Health visitors carry out"))
    assert health.endswith(
        "This means that some children of school age do not have their health and well-being "
        "needs identified and met in a timely way."
    )
    # the sub-headings between the paragraphs are not items
    assert "Response to children living with neglect" not in " ".join(texts(r))


# --- area SEND and other documents ----------------------------------------------------------


def test_area_send_kept_and_dated_stoke_2024():
    r = read(STOKE_SEND)
    assert (r.kind, r.framework, r.judgements, r.recommendations) == ("area_send", None, (), ())
    # "Inspection dates: 29 January 2024 to 02 February 2024"
    assert (r.inspection_start, r.inspection_end) == (date(2024, 1, 29), date(2024, 2, 2))
    # "Chris Pollitt, Ofsted lead inspector Claire Mason, CQC lead inspector"
    assert r.lead_inspectors == ("Chris Pollitt",)


def test_area_send_hertfordshire_2023():
    r = read(HERTS_SEND)
    assert r.kind == "area_send"
    assert r.la_name == "Hertfordshire"
    assert (r.inspection_start, r.inspection_end) == (date(2023, 7, 10), date(2023, 7, 14))
    assert r.lead_inspectors == ("Katherine Douglas",)


def test_other_progress_inspection_haringey_2009():
    r = read(HARINGEY_2009)
    assert (r.kind, r.framework) == ("other", None)
    assert r.la_name == "London Borough of Haringey"
    assert r.theme == "progress made in the provision of safeguarding services"
    # the document gives its publication date only, not the dates of fieldwork
    assert (r.inspection_start, r.inspection_end) == (None, None)
    # "Priorities for further improvement": eleven bullets over a page break and its header
    assert r.rec_count == 11
    assert texts(r)[0] == (
        "The council and its partners should take immediate action to ensure that all children "
        "and young people are adequately safeguarded."
    )
    assert texts(r)[-1].startswith("The NHS provider trusts should improve their collection")


# --- monitoring visits (texts composed here: none is in the sample) -------------------------

# COMPOSED for this test from the structure of Ofsted's monitoring visit letters (2019-): the
# names, places and findings are invented; no real letter is quoted.
COMPOSED_MONITORING_LETTER = """Ofsted
Piccadilly Gate
Store Street
Manchester
M1 2WD
T 0300 123 1231
Textphone 0161 618 8524
enquiries@ofsted.gov.uk
www.gov.uk/ofsted
14 August 2023
Jane Example
Director of Children's Services
Exampleshire County Council
County Hall
Exampletown
EX1 1AA
Dear Ms Example
Monitoring visit to Exampleshire children's services
This letter summarises the findings of the monitoring visit to Exampleshire children's
services on 11 and 12 July 2023. This was the third monitoring visit since the local
authority was judged inadequate in March 2022. His Majesty's Inspectors for this visit
were Alex Sample and Sam Placeholder.
Areas covered by the visit
Inspectors reviewed the progress made in the quality and impact of practice for children
in need of help and protection, including:
\u25fc the timeliness and quality of child protection enquiries
\u25fc the quality of assessments and plans for children in need.
This visit was carried out in line with the inspection of local authority children's
services (ILACS) framework.
Headline findings
Leaders have made steady progress since the last monitoring visit. Most children now
receive a timely response when concerns about them are raised.
\fPriority actions
\u25fc The timeliness of strategy discussions when children are at risk of significant
harm.
\u25fc The quality of management oversight of children subject to child protection plans.
What needs to improve
\u25fc The recording of children's wishes and feelings in their plans.
Main findings
Most children are seen regularly by their social workers.
Ofsted will take the findings from this monitoring visit into account when planning your
next inspection or visit.
Yours sincerely
Alex Sample
His Majesty's Inspector
"""

# COMPOSED likewise on the older (2017-2018) wording: "the fourth monitoring visit", the
# inspectors named with their titles, and no list of what needs to improve.
COMPOSED_MONITORING_LETTER_2017 = """5 January 2018
Mr John Sample
Director of Children's Services
Sample Borough Council
Town Hall
Sampleton SA1 1AA
Dear Mr Sample
Monitoring visit of Sample Borough Council children's services
This letter summarises the findings of the fourth monitoring visit to Sample Borough
Council children's services under the single inspection framework, on 30 November and
1 December 2017. The inspectors were Pat Example, Her Majesty's Inspector, and Lee
Template, Her Majesty's Inspector.
Areas covered by the visit
During the visit, inspectors reviewed the progress made in the local authority's
arrangements for children at risk of sexual exploitation and children who go missing.
Overview
The local authority has made progress in its response to children who go missing.
Yours sincerely
Pat Example
Her Majesty's Inspector
"""


def test_composed_monitoring_visit_letter():
    text = clean(COMPOSED_MONITORING_LETTER)
    assert letters.claims(text)
    r = letters.parse(text)
    assert (r.kind, r.framework, r.judgements) == ("monitoring_visit", None, ())
    assert r.la_name == "Exampleshire"
    assert (r.inspection_start, r.inspection_end) == (date(2023, 7, 11), date(2023, 7, 12))
    assert r.lead_inspectors == ("Alex Sample",)
    assert r.visit_number == 3
    assert r.theme == (
        "the progress made in the quality and impact of practice for children in need of help "
        "and protection, including: • the timeliness and quality of child protection enquiries "
        "• the quality of assessments and plans for children in need"
    )
    assert texts(r, priority=True) == [
        "The timeliness of strategy discussions when children are at risk of significant harm.",
        "The quality of management oversight of children subject to child protection plans.",
    ]
    assert texts(r, priority=False) == [
        "The recording of children's wishes and feelings in their plans."
    ]
    assert (r.rec_count, r.priority_action_count) == (1, 2)
    # and the dispatcher hands it to this module
    assert parse_text(COMPOSED_MONITORING_LETTER).kind == "monitoring_visit"


@pytest.mark.parametrize(
    "printed, start, end",
    [
        ("on 11 and 12 July 2023", date(2023, 7, 11), date(2023, 7, 12)),
        ("on 11 July 2023", date(2023, 7, 11), date(2023, 7, 11)),
        ("on 11–13 July 2023", date(2023, 7, 11), date(2023, 7, 13)),
        ("between 11 and 13 July 2023", date(2023, 7, 11), date(2023, 7, 13)),
        ("on 31 July and 1 August 2023", date(2023, 7, 31), date(2023, 8, 1)),
        ("on 28, 29 and 30 June 2023", date(2023, 6, 28), date(2023, 6, 30)),
        ("on Tuesday 11 and Wednesday 12 July 2023", date(2023, 7, 11), date(2023, 7, 12)),
        ("on 29 December 2022 to 3 January 2023", date(2022, 12, 29), date(2023, 1, 3)),
        ("on the 11th and 12th July 2023", date(2023, 7, 11), date(2023, 7, 12)),
    ],
)
def test_composed_visit_dates_of_several_forms(printed, start, end):
    text = COMPOSED_MONITORING_LETTER.replace("on 11 and 12 July 2023", printed)
    r = letters.parse(clean(text))
    assert (r.inspection_start, r.inspection_end) == (start, end)


def test_composed_monitoring_visit_title_with_ordinal():
    text = COMPOSED_MONITORING_LETTER.replace(
        "Monitoring visit to Exampleshire", "Third monitoring visit to Exampleshire"
    )
    r = letters.parse(clean(text))
    assert (r.kind, r.la_name) == ("monitoring_visit", "Exampleshire")


def test_composed_monitoring_visit_letter_2017_wording():
    r = letters.parse(clean(COMPOSED_MONITORING_LETTER_2017))
    assert r.kind == "monitoring_visit"
    assert r.la_name == "Sample Borough Council"
    # "on 30 November and 1 December 2017": the days borrow the month printed after them
    assert (r.inspection_start, r.inspection_end) == (date(2017, 11, 30), date(2017, 12, 1))
    assert r.visit_number == 4
    assert r.lead_inspectors == ("Pat Example",)
    assert r.theme == (
        "the progress made in the local authority's arrangements for children at risk of "
        "sexual exploitation and children who go missing"
    )
    assert r.recommendations == ()


# COMPOSED from the structure of the 2016-2022 joint local area SEND letters (invented names).
COMPOSED_SEND_LETTER_2017 = """Ofsted
Agora
6 Cumberland Place
Nottingham NG1 6HJ
12 October 2017
Ms Pat Example
Director of Children's Services
Dear Ms Example
Joint local area SEND inspection in Exampleshire
Between 4 September 2017 and 8 September 2017, Ofsted and the Care Quality Commission (CQC)
conducted a joint inspection of the local area of Exampleshire to judge the effectiveness of
the area in implementing the special educational needs and disability reforms.
Yours sincerely
Ofsted Care Quality Commission
Sam Director
Regional Director
Lee Deputy
Deputy Chief Inspector
Alex Sample
HMI Lead Inspector
Robin Template
CQC Inspector
"""

# COMPOSED from the structure of the 2009-2013 letters on contact, referral and assessment.
COMPOSED_UNANNOUNCED_LETTER = """Dear Mr Example
Unannounced inspection of contact, referral and assessment arrangements within
local authority children's services
Introduction
This letter summarises the findings of the unannounced inspection of contact, referral and
assessment arrangements within local authority children's services in Exampleshire, which
took place on 3 and 4 November 2010.
Yours sincerely
Alex Sample
Her Majesty's Inspector
"""


def test_composed_area_send_letter_2017():
    r = letters.parse(clean(COMPOSED_SEND_LETTER_2017))
    assert (r.kind, r.la_name, r.recommendations) == ("area_send", "Exampleshire", ())
    assert (r.inspection_start, r.inspection_end) == (date(2017, 9, 4), date(2017, 9, 8))
    assert r.lead_inspectors == ("Alex Sample",)


def test_composed_unannounced_inspection_letter():
    r = letters.parse(clean(COMPOSED_UNANNOUNCED_LETTER))
    assert (r.kind, r.la_name) == ("other", "Exampleshire")
    assert r.theme == (
        "contact, referral and assessment arrangements within local authority children's services"
    )
    assert r.inspection_start == date(2010, 11, 3) and r.inspection_end == date(2010, 11, 4)
    assert r.lead_inspectors == ("Alex Sample",)


# --- printed visit dates that need care (issue 14; neither letter is in ../shared) ----------

# COMPOSED in the layout of the autumn 2020 focused visit letters (as Stoke-on-Trent's of
# 13 November 2020 in ../shared/letters/pdfs): Ofsted's address block, the letter's date, the
# addressee, the title, the COVID-19 paragraph, then the summary sentence with the dates. Bury's
# letter of 13 November 2020 prints its three days this way; the other words are invented.
COMPOSED_BURY_2020 = """Ofsted
Piccadilly Gate
Store Street
Manchester
M1 2WD
T 0300 123 1231
Textphone 0161 618 8524
enquiries@ofsted.gov.uk
www.gov.uk/ofsted
13 November 2020
Pat Example
Executive Director of Children's Services
Bury Council
Town Hall
Knowsley Street
Bury
BL9 0SW
Dear Pat Example,
Focused visit to Bury children's services
Her Majesty's Chief Inspector of Education, Children's Services and Skills is leading
Ofsted's work into how England's social care system has delivered child-centred
practice and care within the context of the restrictions placed on society during the
COVID-19 (Coronavirus) pandemic.
This letter summarises the findings of a focused visit to Bury children's services on 29
and 30 September, and 1 October 2020. The inspectors were Alex Sample HMI and Sam
Placeholder HMI.
This visit looked at the quality and impact of key decision-making across help and
protection, children in care and care leavers' services, together with the impact of
leadership on service development.
Overview
Leaders have responded well to the challenges of the pandemic.
What needs to improve in this area of social work practice?
◼ The quality of written plans for children in care.
Ofsted will take the findings from this focused visit into account at your next
inspection.
Yours sincerely
Alex Sample
Her Majesty's Inspector
"""

# COMPOSED in the layout of the 2023 focused visit letters (as Sunderland's of 29 November 2023
# in ../shared/letters/pdfs). Darlington's letter of 28 November 2023 prints its two-day visit
# as "24 October 2022 to 25 October 2023"; the other words are invented.
COMPOSED_DARLINGTON_2023 = """28 November 2023
Pat Example
Director of Children's Services
Darlington Borough Council
Town Hall
Feethams
Darlington
DL1 5QT
Dear Pat Example
Focused visit to Darlington children's services
This letter summarises the findings of the focused visit to Darlington children's
services on 24 October 2022 to 25 October 2023. His Majesty's Inspectors for this
visit were Alex Sample and Sam Placeholder.
Inspectors looked at the local authority's arrangements for children in care.
This visit was carried out in line with the inspection of local authority children's
services (ILACS) framework.
Headline findings
Most children in care live in homes that meet their needs.
What needs to improve in this area of social work practice?
◼ The timeliness of reviews of children's plans.
Main findings
Social workers know their children well.
Yours sincerely
Alex Sample
His Majesty's Inspector
"""


def test_issue_14_bury_2020_three_days_over_two_months():
    r = parse_text(COMPOSED_BURY_2020)
    assert (r.kind, r.la_name) == ("focused_visit", "Bury")
    assert (r.inspection_start, r.inspection_end) == (date(2020, 9, 29), date(2020, 10, 1))
    assert r.note is None
    assert r.lead_inspectors == ("Alex Sample",)


def test_issue_14_darlington_2023_misprinted_start_year_is_corrected_with_a_note():
    r = parse_text(COMPOSED_DARLINGTON_2023)
    assert (r.kind, r.la_name) == ("focused_visit", "Darlington")
    assert (r.inspection_start, r.inspection_end) == (date(2023, 10, 24), date(2023, 10, 25))
    assert r.note == (
        "the letter prints the visit dates as '24 October 2022 to 25 October 2023' (a visit of"
        " 367 days); stored as 2023-10-24 to 2023-10-25, the reading that fits"
    )


@pytest.mark.parametrize(
    "printed, start, end, note",
    [
        # the days in the wrong order: no reading of the years helps, nothing is stored
        ("on 25 and 24 October 2023", None, None, "the first day is after the last"),
        # the year after the letter's (28 November 2023) for both days: a year too late
        ("on 24 and 25 October 2024", date(2023, 10, 24), date(2023, 10, 25), "after the letter"),
        # the end year misprinted instead of the start's
        ("on 24 October 2023 to 25 October 2022", date(2023, 10, 24), date(2023, 10, 25), "first"),
        # a span of weeks with every year right: no reading fits, nothing is stored
        ("on 1 September to 25 October 2023", None, None, "a visit of 55 days"),
        # three and a half weeks: long, but within what a visit can last; stored as printed
        ("on 2 October to 25 October 2023", date(2023, 10, 2), date(2023, 10, 25), None),
    ],
)
def test_composed_implausible_visit_dates_are_never_stored_silently(printed, start, end, note):
    text = COMPOSED_DARLINGTON_2023.replace("on 24 October 2022 to 25 October 2023", printed)
    r = letters.parse(clean(text))
    assert (r.inspection_start, r.inspection_end) == (start, end)
    if note is None:
        assert r.note is None
    else:
        assert note in r.note
        assert r.note.endswith("no dates stored" if start is None else "the reading that fits")


def _text_pdf(text: str) -> bytes:
    """A one-page PDF printing `text` line by line in Helvetica (ASCII), written by hand."""
    lines = [ln.replace("\\", "").replace("(", "[").replace(")", "]") for ln in text.split("\n")]
    ops = "BT /F1 8 Tf 9 TL 36 800 Td " + " ".join(f"({ln}) Tj T*" for ln in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_issue_14_a_corrected_date_reaches_the_database_and_the_export(tmp_path):
    """Through `ilacs ingest` of a PDF printing the composed letter: the dates stored are the
    corrected ones, and the note is in the `error` column of the (status ok) document, so it
    reaches the export, the analysis record and Datasette without a new column."""
    from ilacs.ingest import ingest
    from ilacs.store import Store

    folder = tmp_path / "reports" / "80458_darlington"
    folder.mkdir(parents=True)
    text = COMPOSED_DARLINGTON_2023.replace("\u25fc", "-")
    (folder / "focused visit - 28 november 2023.pdf").write_bytes(_text_pdf(text))
    summary = ingest(tmp_path / "reports", tmp_path / "ilacs.db", workers=1)
    assert summary.parsed == 1, summary.errors
    with Store.open_readonly(tmp_path / "ilacs.db") as store:
        (row,) = store.export_inspections()
    assert (row["kind"], row["la_name"]) == ("focused_visit", "Darlington")
    assert (row["inspection_start"], row["inspection_end"]) == ("2023-10-24", "2023-10-25")
    assert row["status"] == "ok" and row["error"] == parse_text(COMPOSED_DARLINGTON_2023).note
    assert "'24 October 2022 to 25 October 2023'" in row["error"]


# --- what is not a letter -------------------------------------------------------------------


@pytest.mark.parametrize(
    "relpath",
    [
        # full reports that speak of focused visits, monitoring visits and JTAIs on page 1
        "80567_surrey/children's services inspection - 16 may 2018.pdf",
        "80485_liverpool/children's services inspection - 02 july 2018.pdf",
        "80505_islington/children's services inspection - 15 april 2020.pdf",
        "80471_halton/children's services inspection - 15 april 2020.pdf",
        "80426_barnsley/children's services inspection - 27 october 2023.pdf",
        "80581_wirral/children's services inspection - 29 july 2019.pdf",
    ],
)
def test_full_reports_are_not_claimed(relpath):
    assert not letters.claims(clean(corpus_text(relpath)))


def test_parse_refuses_a_text_that_is_no_letter():
    with pytest.raises(ParseError):
        letters.parse("Inspection of Exampleshire local authority children's services\n" * 5)


# --- every labelled letter ------------------------------------------------------------------


def _labels() -> list[dict]:
    with open(SHARED / "letters" / "labels.csv", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("row", _labels(), ids=lambda row: row["path"][:60])
def test_every_labelled_letter(row):
    r = parse_text(letter_text(row["path"]))
    assert r.kind == row["kind"]
    assert r.framework is None and r.judgements == ()
    for column, got in (
        ("inspection_start", r.inspection_start),
        ("inspection_end", r.inspection_end),
    ):
        if row[column]:
            assert got == date.fromisoformat(row[column]), column
    if r.kind in ("focused_visit", "monitoring_visit"):
        # every visit letter in the sample is dated and signed by its lead inspector
        assert r.inspection_start and r.inspection_end and r.lead_inspectors
        assert r.inspection_start <= r.inspection_end
