"""The SIF reader (parse/sif.py) on real reports, 2013-2018: each template and each oddity by
name, then every labelled SIF report of the corpus against the hand-checked labels."""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from ilacs.model import JUDGEMENT_AREAS
from ilacs.parse import ilacs, letters, parse_text, pre_sif, sif
from ilacs.parse.common import clean, date_list, person_names
from tests.conftest import SHARED, corpus_text

BATH_2017 = "80427_bath and north east somerset/children's services inspection - 07 july 2017.pdf"
ISLE_OF_WIGHT_2014 = "80419_isle of wight/children's services inspection - 19 november 2014.pdf"
BIRMINGHAM_2016 = "80429_birmingham/children's services inspection - 25 november 2016.pdf"
SURREY_LSCB_2015 = "80567_surrey/children's services inspection - 03 august 2015.pdf"
REDBRIDGE_2016 = "80512_redbridge/children's services inspection - 25 november 2016.pdf"


def text_of(relpath: str) -> str:
    return clean(corpus_text(relpath))


def read(relpath: str):
    text = text_of(relpath)
    assert sif.claims(text), relpath
    assert not pre_sif.claims(text), relpath
    return sif.parse(text)


def grades(report) -> dict[str, str]:
    return {j.area: j.grade for j in report.judgements}


def section(report, name: str) -> list[str]:
    return [r.text for r in report.recommendations if r.section == name]


def test_combined_inspection_and_lscb_review_2017_bath():
    r = read(BATH_2017)
    assert (r.kind, r.framework) == ("inspection", "sif")
    assert r.la_name == "Bath and North East Somerset"
    assert (r.inspection_start, r.inspection_end) == (date(2017, 4, 24), date(2017, 5, 18))
    assert r.lead_inspectors == ("Donna Marriott",)  # "Donna Marriott, HMI"; deputy left out
    assert r.inspection_type is None
    assert [(j.area, j.label, j.grade, j.grade_text) for j in r.judgements] == [
        ("overall", "Overall effectiveness", "good", "good"),
        (
            "help_protection",
            "Children who need help and protection",
            "requires_improvement",
            "Requires improvement",
        ),
        # the label wraps: "Children looked after and achieving / permanence"
        ("in_care", "Children looked after and achieving permanence", "good", "Good"),
        ("adoption", "Adoption performance", "outstanding", "Outstanding"),
        (
            "care_leavers",
            "Experiences and progress of care leavers",
            "requires_improvement",
            "Requires improvement",
        ),
        ("leaders", "Leadership, management and governance", "good", "Good"),
        # stated at the head of the LSCB's section, not on page 1
        ("lscb", "The Local Safeguarding Children Board", "good", "good"),
    ]
    la = section(r, "la")
    assert len(la) == 8 and r.rec_count == 8 and r.priority_action_count == 0
    assert la[0] == (
        "Improve the quality of child in need, child protection and pathway plans so that they "
        "consistently set out specific measurable actions with timescales for delivery and "
        "clear contingencies."
    )
    assert la[-1] == (
        "Improve the proportion of 16- to 18-year-olds who are engaged in education, "
        "employment or training."
    )
    # the LSCB's items are numbered 86-88 in the report; positions restart at 1
    assert [(x.position, x.section) for x in r.recommendations[8:]] == [
        (1, "lscb"),
        (2, "lscb"),
        (3, "lscb"),
    ]
    assert section(r, "lscb")[0] == (
        "Strengthen the range of performance information provided to the board, to include the "
        "timeliness of visits to children following the point of referral, as well as the "
        "statutory visiting frequency."
    )


def test_2014_template_priority_actions_and_subheadings_isle_of_wight():
    r = read(ISLE_OF_WIGHT_2014)
    assert r.la_name == "Isle of Wight Council"
    assert (r.inspection_start, r.inspection_end) == (date(2014, 9, 16), date(2014, 10, 8))
    assert r.lead_inspectors == ("Jansy Kelly",)
    # "Require improvement" (sic) in the table; the LSCB's grade is a sentence on page 1
    assert r.judgements[1].grade_text == "Require improvement"
    assert set(grades(r).values()) == {"requires_improvement"}
    assert [j.area for j in r.judgements] == [
        "overall",
        "help_protection",
        "in_care",
        "adoption",
        "care_leavers",
        "leaders",
        "lscb",
    ]
    la = [x for x in r.recommendations if x.section == "la"]
    # "Priority and immediate action" items 1-4, then "Areas for improvement" 5-21
    assert [x.priority_action for x in la] == [True] * 4 + [False] * 17
    assert (r.priority_action_count, r.rec_count) == (4, 17)
    # the subheadings "Capacity", "Quality of practice" belong to no item
    assert la[3].text == "Ensure that all children looked after are registered with a dentist."
    assert la[4].text == (
        "Further improve the quality and consistency of social work assessment, analysis, "
        "direct work with children and young people, and recording."
    )
    assert len(section(r, "lscb")) == 12


def test_reinspection_without_lscb_birmingham_2016():
    r = read(BIRMINGHAM_2016)
    assert r.kind == "inspection"
    assert r.la_name == "Birmingham"
    # "Inspection dates: 12 September 2016 to 6 October 2016"
    assert (r.inspection_start, r.inspection_end) == (date(2016, 9, 12), date(2016, 10, 6))
    assert r.lead_inspectors == ("Peter McEntee",)
    assert r.grade("lscb") is None
    assert grades(r) == {
        "overall": "inadequate",
        "help_protection": "inadequate",
        "in_care": "requires_improvement",
        "adoption": "requires_improvement",
        "care_leavers": "requires_improvement",
        "leaders": "inadequate",
    }
    assert section(r, "lscb") == []
    assert r.rec_count == 17
    assert section(r, "la")[0].startswith(
        "Strengthen the management oversight, systems and processes in the MASH"
    )


def test_lscb_review_on_its_own_surrey_2015():
    r = read(SURREY_LSCB_2015)
    assert (r.kind, r.framework) == ("lscb_review", "sif")
    assert r.la_name == "Surrey Safeguarding Children Board"
    assert (r.inspection_start, r.inspection_end) == (date(2015, 6, 15), date(2015, 6, 17))
    assert r.lead_inspectors == ("Dominic Stevens",)
    assert [(j.area, j.grade, j.grade_text) for j in r.judgements] == [
        ("lscb", "requires_improvement", "requires improvement")
    ]
    # a bulleted list, the review's own: rec_count counts it
    assert [x.section for x in r.recommendations] == ["lscb"] * 8
    assert r.rec_count == 8
    assert r.recommendations[-1].text == (
        "Put in place a process for assessing the impact of training on improving the quality "
        "of practice (paragraph 15)."
    )


def test_numeric_dates_and_heading_printed_after_its_list_redbridge_2016():
    r = read(REDBRIDGE_2016)
    # "Inspection date: 12/09/2016 to 06/10/2016"
    assert (r.inspection_start, r.inspection_end) == (date(2016, 9, 12), date(2016, 10, 6))
    # the boxed "Recommendations" of the LSCB comes out of the PDF after items 123-125
    assert section(r, "lscb") == [
        "Extend the range of the performance data set to include data on child sexual "
        "exploitation, children missing and female genital mutilation, in order to better "
        "identify patterns and issues to be addressed.",
        "Strengthen the evaluation of training to ensure that it is longitudinal, robust and "
        "can evidence positive impact on outcomes for children and families.",
        "Embed the multi-agency audit programme in order for the board to have greater "
        "assurance of the quality of frontline safeguarding practice.",
    ]
    assert len(section(r, "la")) == 9


def test_numeric_dates_with_one_digit_day_stoke_2015():
    r = read("80564_stoke-on-trent/children's services inspection - 12 august 2015.pdf")
    # "Inspection date: 1/06/2015 – 25/06/2015"
    assert (r.inspection_start, r.inspection_end) == (date(2015, 6, 1), date(2015, 6, 25))


def test_abbreviated_month_bradford_2014():
    r = read("80449_bradford/children's services inspection - 23 may 2014.pdf")
    # "Inspection date: 18 Feb 2014 – 12 March 2014", no "Report published" line after it
    assert (r.inspection_start, r.inspection_end) == (date(2014, 2, 18), date(2014, 3, 12))
    assert r.la_name == "City of Bradford Metropolitan District Council"


def test_split_visits_and_a_numbered_no_action_line_sheffield_2014():
    r = read("80551_sheffield/children's services inspection - 21 february 2014.pdf")
    # "19 November-11 December 2013 and 28 – 30 / January 2014": first and last date
    assert (r.inspection_start, r.inspection_end) == (date(2013, 11, 19), date(2014, 1, 30))
    # "18. There are no areas for priority or immediate action." is not an item
    assert r.priority_action_count == 0
    assert section(r, "la")[0].startswith("Ensure that current management strategies")
    assert r.rec_count == 13


def test_lead_inspector_without_titles_and_deputies():
    # "Lead inspector: Ian Young HMI" / "Deputy lead inspectors: Emmy Tomsett HMI, Helen ..."
    k_and_c = "80544_kensington and chelsea/children's services inspection - 29 march 2016.pdf"
    assert read(k_and_c).lead_inspectors == ("Ian Young",)
    # "Deputy lead inspector: Cath McEvoy/Ian Young"
    wakefield = "80451_wakefield/children's services inspection - 20 september 2016.pdf"
    assert read(wakefield).lead_inspectors == ("Susan Myers",)
    # "Lead inspector on site: Pietro Battista" then "Report author: Sean Tarpey"
    hf = "80497_hammersmith and fulham/children's services inspection - 29 march 2016.pdf"
    assert read(hf).lead_inspectors == ("Pietro Battista",)
    # "Lead inspector: Lorna Schlechte, Her Majesty's Inspector"
    lancs = "80480_lancashire/children's services inspection - 17 august 2018.pdf"
    assert read(lancs).lead_inspectors == ("Lorna Schlechte",)
    # "Lead inspector: Marie McGuinness Senior HMI": "Senior HMI" is her title
    brum = "80429_birmingham/children's services inspection - 23 may 2014.pdf"
    assert read(brum).lead_inspectors == ("Marie McGuinness",)
    # a narrative line "lead inspector attended by both the director ..." comes first
    doncaster = "80462_doncaster/children's services inspection - 27 november 2015.pdf"
    assert read(doncaster).lead_inspectors == ("Janet Fraser",)


def test_two_lead_inspectors_in_one_line():
    # The shared helper on the one report of the corpus with two leads (an ILACS report).
    text = text_of("80564_stoke-on-trent/children's services inspection - 25 november 2022.pdf")
    line = re.search(r"Lead inspectors: (.+\n.+)", text).group(1)
    assert person_names(line) == ("Rebecca Quested", "Matthew Reed")


def test_judgement_table_running_on_to_page_2_oldham_2015():
    r = read("80535_oldham/children's services inspection - 03 august 2015.pdf")
    # rows 2.2 and 3 are on page 2; the narrative above the table also says "Leadership,
    # management and governance require improvement when ..."
    assert grades(r)["care_leavers"] == "requires_improvement"
    assert grades(r)["leaders"] == "requires_improvement"
    assert grades(r)["adoption"] == "good"


def test_misnumbered_table_row_wirral_2016():
    r = read("80581_wirral/children's services inspection - 20 september 2016.pdf")
    # "1. Leadership, management and governance Inadequate" (it is row 3)
    assert grades(r)["leaders"] == "inadequate"
    assert grades(r)["lscb"] == "inadequate"


def test_grades_split_over_three_lines_darlington_2018():
    r = read("80458_darlington/children's services inspection - 21 may 2018.pdf")
    assert r.judgements[1].grade_text == "Requires improvement to be good"
    assert r.judgements[0].grade_text == "require improvement to be good"
    assert grades(r)["leaders"] == "requires_improvement"
    assert r.grade("lscb") is None


def test_not_judged_isles_of_scilly_2016():
    r = read("80455_isles of scilly/children's services inspection - 27 june 2016.pdf")
    assert [grades(r)[a] for a in ("in_care", "adoption", "care_leavers")] == ["not_judged"] * 3
    assert r.judgements[2].grade_text == "Not Judged"


def test_lscb_review_printed_after_the_la_report_hull_2015():
    r = read(
        "80477_kingston upon hull/single inspection of la children's services as pdf"
        " - 10 february 2015.pdf"
    )
    # page 1 names the LA inspection only; the LSCB's review is a second report in the file
    assert grades(r)["lscb"] == "requires_improvement"
    lscb = section(r, "lscb")
    assert len(lscb) == 7
    # no running header ("4 Inspection of the effectiveness of the ...: Hull") in the text
    assert lscb[-1].endswith("lead to improvements in safeguarding services.")
    assert (r.priority_action_count, r.rec_count) == (5, 15)


def test_list_running_on_after_a_summary_numbered_on_barnsley_2014():
    r = read("80426_barnsley/children's services inspection - 08 august 2014.pdf")
    la = section(r, "la")
    # items 10-34: the strengths numbered 35-51 after "The local authority has the following
    # strengths:" are not in the list
    assert len(la) == 25
    assert la[-1] == (
        "Professional, reflective supervision and professional development needs to be "
        "embedded to support social workers in their current positions and future careers."
    )
    # the LSCB's list has no heading of its own: "Priority and immediate action" in Section 2
    lscb = section(r, "lscb")
    assert len(lscb) == 7
    assert lscb[0].startswith("Increase the influence of the Barnsley Safeguarding Children")


def test_wrapped_line_starting_like_a_heading_central_bedfordshire_2017():
    # "information about their entitlements ..." continues item 8; it is no "Information about"
    r = read("80446_central bedfordshire/children's services inspection - 25 august 2017.pdf")
    la = section(r, "la")
    assert len(la) == 9
    assert la[7] == (
        "Ensure that 16- and 17-year-old homeless children are provided with clear information "
        "about their entitlements to accommodation and support under section 20 of the "
        "Children Act 1989."
    )


def test_sub_bullets_stay_in_their_item_medway_2015():
    r = read("80522_medway/children's services inspection - 27 november 2015.pdf")
    la = section(r, "la")
    assert len(la) == 13
    # "5. Ensure that:" with two bullets across a page break; "Section 20 arrangement" is text
    assert la[4].startswith("Ensure that: • the senior management review of all children")
    assert la[4].endswith("pre-proceedings work is timely for all children (paragraph 41).")


def test_next_part_glued_to_the_last_item_calderdale_2015():
    r = read("80444_calderdale/children's services inspection - 20 march 2015.pdf")
    la = [x for x in r.recommendations if x.section == "la"]
    assert la[2].priority_action and la[2].text.endswith("missing from home and care.")
    # and the subheading after it ("Leadership, management and governance") does not end the
    # list: items 4-17 are the areas for improvement
    assert (r.priority_action_count, r.rec_count) == (3, 14)
    assert la[-1].text == (
        "Improve opportunities for care leavers to have access to apprenticeships."
    )


def test_subheading_before_the_first_item_leeds_2015():
    # "Areas for improvement" then "Leadership, Management and Governance" then "1. ..."
    r = read("80481_leeds/children's services inspection - 27 march 2015.pdf")
    assert r.rec_count == 15 and r.priority_action_count == 0
    assert section(r, "la")[0].startswith("Extend the reach of the outcomes-based accountability")


def test_numbered_themes_with_bullets_count_as_top_level_slough_2016():
    r = read("80553_slough/children's services inspection - 17 february 2016.pdf")
    la = section(r, "la")
    assert len(la) == 4
    assert la[1].startswith("Oversight and scrutiny by senior and political leaders • ")


def test_date_list_helper_on_printed_forms():
    assert date_list("6 to 30 July 2015") == [date(2015, 7, 6), date(2015, 7, 30)]
    assert date_list("20 June 2017 ─ 13 July 2017") == [date(2017, 6, 20), date(2017, 7, 13)]
    assert date_list("28 July 2016") == [date(2016, 7, 28)]


def test_claims_only_sif_reports():
    assert not sif.claims(
        text_of("80419_isle of wight/children's services inspection - 07 january 2019.pdf")
    )
    assert not sif.claims(
        text_of("80476_kent/children's services inspection,  pdf - 23 august 2013.pdf")
    )
    text = text_of(BATH_2017)
    assert not ilacs.claims(text) and not letters.claims(text)
    assert parse_text(corpus_text(BATH_2017)).framework == "sif"


def _labelled(framework: str) -> list[dict]:
    with open(SHARED / "corpus" / "labels.csv", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row["framework"] == framework]


# Labels that the report's own text contradicts (see the test above for the page).
LABEL_DOUBTS = {
    ("80429_birmingham/children's services inspection - 23 may 2014.pdf", "lead_inspector"): (
        "Marie McGuinness"
    ),
}


def _agrees(path: str, column: str, want: str, have: str) -> bool:
    return have == LABEL_DOUBTS.get((path, column), want)


@pytest.mark.parametrize("row", _labelled("sif"), ids=lambda row: row["path"])
def test_every_labelled_sif_report_agrees_with_labels(row):
    r = parse_text(corpus_text(row["path"]))
    path = row["path"]
    assert (r.kind, r.framework) == (row["kind"], row["framework"])
    assert str(r.inspection_start) == row["inspection_start"]
    assert str(r.inspection_end) == row["inspection_end"]
    assert _agrees(path, "lead_inspector", row["lead_inspector"], "; ".join(r.lead_inspectors))
    for area in JUDGEMENT_AREAS:
        assert (r.grade(area) or "") == row[area], area
    if row["rec_count"]:
        assert str(r.rec_count) == row["rec_count"]
