"""The ILACS reader (parse/ilacs.py) on real reports: each template and each oddity by name, then
every ILACS report of the corpus against the hand-checked labels."""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from ilacs.errors import ParseError
from ilacs.model import JUDGEMENT_AREAS
from ilacs.parse import ilacs
from ilacs.parse.common import clean, squash
from tests.conftest import SHARED, corpus_text, letter_text

DORSET_2021 = "2532283_dorset/children's services inspection - 19 november 2021.pdf"


def text_of(relpath: str) -> str:
    return clean(corpus_text(relpath))


def read(relpath: str):
    text = text_of(relpath)
    assert ilacs.claims(text), relpath
    return ilacs.parse(text)


def grades(report) -> dict[str, str]:
    return {j.area: j.grade for j in report.judgements}


def test_2018_template_isle_of_wight():
    r = read("80419_isle of wight/children's services inspection - 07 january 2019.pdf")
    assert r.kind == "inspection"
    assert r.framework == "ilacs2018"
    assert r.la_name == "Isle of Wight Council"
    assert (r.inspection_start, r.inspection_end) == (date(2018, 11, 19), date(2018, 11, 30))
    assert r.inspection_type == "standard"
    # "Lead inspector: Tracey Scott" with "Her Majesty's Inspector" on the next line
    assert r.lead_inspectors == ("Tracey Scott",)
    # label and grade on one line: "...with children \nand families Good"
    assert [(j.area, j.label, j.grade_text) for j in r.judgements] == [
        (
            "leaders",
            "The impact of leaders on social work practice with children and families",
            "Good",
        ),
        (
            "help_protection",
            "The experiences and progress of children who need help and protection",
            "Good",
        ),
        ("in_care", "The experiences and progress of children in care and care leavers", "Good"),
        ("overall", "Overall effectiveness", "Good"),
    ]
    assert [x.text for x in r.recommendations] == [
        "The quality and oversight of children subject to pre-proceedings plans and the "
        "accessibility and clarity of letters before proceedings.",
        "The response to 16- and 17-year-olds who are homeless.",
        "The sufficiency of suitable housing to meet the needs of all care leavers who wish or "
        "need to live on the island.",
        "The recording of reflective discussion and actions to progress plans in case "
        "supervision records.",
    ]
    assert [x.position for x in r.recommendations] == [1, 2, 3, 4]
    assert all(x.section == "la" and not x.priority_action for x in r.recommendations)


def test_2018_template_bromley_dash_between_dates():
    r = read("80490_bromley/children's services inspection - 07 january 2019.pdf")
    assert r.la_name == "London Borough of Bromley"
    # "Inspection dates: 19 November–30 November 2018"
    assert (r.inspection_start, r.inspection_end) == (date(2018, 11, 19), date(2018, 11, 30))
    # "Lead inspector: Dawn Godfrey, Her Majesty's Inspector"
    assert r.lead_inspectors == ("Dawn Godfrey",)
    assert grades(r) == {
        "leaders": "outstanding",
        "help_protection": "good",
        "in_care": "good",
        "overall": "good",
    }
    assert r.rec_count == 4
    assert r.recommendations[0].text.startswith("The take-up of return home interviews")


def test_2021_template_dorset():
    r = read(DORSET_2021)
    assert (r.framework, r.la_name) == ("ilacs2018", "Dorset")
    assert (r.inspection_start, r.inspection_end) == (date(2021, 9, 27), date(2021, 10, 8))
    assert r.inspection_type == "standard"
    assert r.lead_inspectors == ("Steve Lowe",)
    assert grades(r) == {
        "leaders": "outstanding",
        "help_protection": "good",
        "in_care": "good",
        "overall": "good",
    }
    # the "◼" bullet of this report's font
    assert [x.text for x in r.recommendations] == [
        "Oversight of arrangements when care leavers move in and out of emergency or "
        "temporary accommodation."
    ]


def test_2023_five_judgements_dorset():
    r = read("2532283_dorset/children's services inspection - 09 may 2025.pdf")
    assert r.framework == "ilacs2023"
    assert (r.inspection_start, r.inspection_end) == (date(2025, 3, 17), date(2025, 3, 21))
    assert r.inspection_type == "short"
    assert r.lead_inspectors == ("Sarah Canto",)  # "His Majesty's Inspector"
    assert grades(r) == {
        "leaders": "outstanding",
        "help_protection": "outstanding",
        "in_care": "outstanding",
        "care_leavers": "good",
        "overall": "outstanding",
    }
    assert [j.label for j in r.judgements][2:4] == [
        "The experiences and progress of children in care",
        "The experiences and progress of care leavers",
    ]
    assert [x.text for x in r.recommendations] == [
        "The clarity and detail of the care leaver offer, including for care leavers who are "
        "parents. (Outcome four, National Framework)"
    ]


def test_2026_no_overall_and_leaders_without_social_work():
    r = read("2637539_north northamptonshire/children's services inspection - 07 july 2026.pdf")
    assert r.framework == "ilacs2026"
    assert r.grade("overall") is None
    assert [(j.area, j.label, j.grade) for j in r.judgements] == [
        ("leaders", "The impact of leaders on practice with children and families", "outstanding"),
        (
            "help_protection",
            "The experiences and progress of children who need help and protection",
            "good",
        ),
        ("in_care", "The experiences and progress of children in care", "good"),
        ("care_leavers", "The experiences and progress of care leavers", "good"),
    ]
    assert (r.inspection_start, r.inspection_end) == (date(2026, 5, 11), date(2026, 5, 22))
    assert (r.inspection_type, r.lead_inspectors) == ("standard", ("David Cohen",))
    # "What needs to improve?1": the footnote it points to must not leak into the items
    assert [x.text for x in r.recommendations] == [
        "The quality of the support and plans for children in need, including disabled "
        "children. (outcome 1, national framework)",
        "Communication of the local offer for care-experienced young adults, including clarity "
        "on support for those aged over 21. (outcome 4, national framework)",
    ]


def test_2026_portsmouth_footnote_and_short_inspection():
    r = read("80539_portsmouth/children's services inspection - 18 august 2026.pdf")
    assert (r.framework, r.la_name) == ("ilacs2026", "Portsmouth City")
    assert (r.inspection_start, r.inspection_end, r.inspection_type) == (
        date(2026, 7, 6),
        date(2026, 7, 10),
        "short",
    )
    assert set(grades(r).values()) == {"outstanding"} and len(r.judgements) == 4
    assert [x.text for x in r.recommendations] == [
        "The consistency of identification and response to the underlying causes of neglect, "
        "where parental risk factors are less evident. (outcome 1, national framework)"
    ]


def test_children_care_leavers_misprint_and_trust_name():
    r = read("80449_bradford/children's services inspection - 21 may 2026.pdf")
    assert r.la_name == "Bradford Children and Families Trust"
    assert r.framework == "ilacs2023"
    leavers = [j for j in r.judgements if j.area == "care_leavers"]
    assert [(j.label, j.grade) for j in leavers] == [
        ("The experiences and progress of children care leavers", "good")
    ]
    assert r.grade("in_care") == "requires_improvement"
    assert r.rec_count == 5


def test_grades_split_over_lines_and_label_with_full_stop():
    r = read("80447_cheshire east/children's services inspection - 09 january 2020.pdf")
    # "Requires improvement\nto be good" under a label ending "children and families."
    assert r.judgements[0].label == (
        "The impact of leaders on social work practice with children and families."
    )
    assert [j.grade_text for j in r.judgements] == ["Requires improvement to be good"] * 4
    assert set(grades(r).values()) == {"requires_improvement"}
    assert r.rec_count == 5


def test_requires_improvement_spellings():
    r = read("80445_cambridgeshire/children's services inspection - 18 february 2019.pdf")
    assert [j.grade_text for j in r.judgements] == [
        "Good",
        "Requires improvement",
        "Requires improvement",
        "Requires improvement",
    ]
    assert r.grade("overall") == "requires_improvement"
    r = read("80455_isles of scilly/children's services inspection - 25 august 2023.pdf")
    in_care = [j for j in r.judgements if j.area == "in_care"][0]
    assert (in_care.grade_text, in_care.grade) == (
        "Requires Improvement to be good",
        "requires_improvement",
    )
    # three days on the islands
    assert (r.inspection_start, r.inspection_end) == (date(2023, 7, 11), date(2023, 7, 13))
    assert r.inspection_type == "short"


def test_split_visits_on_one_date_line():
    r = read("80460_derbyshire/children's services inspection - 19 september 2019.pdf")
    # "8 July 2019 to 12 July 2019 and 7 August 2019 to\n8 August 2019"
    assert (r.inspection_start, r.inspection_end) == (date(2019, 7, 8), date(2019, 8, 8))
    assert r.inspection_type is None
    r = read("80557_south tyneside/children's services inspection - 10 may 2023.pdf")
    # "5 to 9 December 2022 and 14 to 15 February 2023"
    assert (r.inspection_start, r.inspection_end) == (date(2022, 12, 5), date(2023, 2, 15))
    assert r.inspection_type is None
    assert r.lead_inspectors == ("Rebecca Quested",)


def test_split_visits_and_no_lead_inspector():
    r = read("80461_devon/children's services inspection - 13 may 2025.pdf")
    # "30 September to 11 October 2024 and 13 to 16 January 2025", and no lead inspector line
    assert (r.inspection_start, r.inspection_end) == (date(2024, 9, 30), date(2025, 1, 16))
    assert r.inspection_type is None
    assert r.lead_inspectors == ()
    assert r.framework == "ilacs2023"
    assert r.rec_count == 6


def test_no_lead_inspector():
    r = read("80576_warwickshire/children's services inspection - 14 october 2025.pdf")
    assert r.lead_inspectors == ()
    assert (r.inspection_start, r.inspection_end) == (date(2025, 6, 2), date(2025, 6, 6))
    assert r.inspection_type == "short"
    assert r.rec_count == 4


def test_two_lead_inspectors():
    r = read("80564_stoke-on-trent/children's services inspection - 25 november 2022.pdf")
    # "Lead inspectors: Rebecca Quested, His Majesty's Inspector, and Matthew Reed, \n His..."
    assert r.lead_inspectors == ("Rebecca Quested", "Matthew Reed")
    assert r.rec_count == 6


def test_hmi_after_the_name():
    r = read("80448_cheshire west and chester/children's services inspection - 08 may 2019.pdf")
    assert r.lead_inspectors == ("Mandy Nightingale",)  # "Mandy Nightingale HMI"


def test_heading_broken_across_lines():
    r = read("80470_gloucestershire/children's services inspection - 04 august 2025.pdf")
    # "...training. What needs to \nimprove?\nWhat Needs to Improve\n• The response..."
    assert [x.text for x in r.recommendations] == [
        "The response to homeless 16- and 17-year-olds. (outcome 1: national framework)",
        "Support for care leavers not in employment, education or training. (outcome 4, "
        "national framework)",
    ]


def test_no_list_of_what_needs_to_improve():
    # no heading at all
    r = read("80571_thurrock/children's services inspection - 29 october 2024.pdf")
    assert r.recommendations == ()
    assert set(grades(r).values()) == {"outstanding"}
    # a heading followed by a paragraph, not a list
    r = read("80527_north lincolnshire/children's services inspection - 25 november 2022.pdf")
    assert r.recommendations == ()
    assert r.framework == "ilacs2018"


def test_sub_items_stay_in_their_item():
    r = read("80521_manchester/children's services inspection - 19 may 2022.pdf")
    assert r.rec_count == 4
    assert r.recommendations[0].text == (
        "Practice around the care and protection of disabled children to demonstrate: - an "
        "understanding of the impact of the child's disability on their life and daily "
        "experiences and that of their family; - communication and direct work with disabled "
        "children, to gather their wishes and feelings and use these views to inform planning "
        "and next steps; - the ambition for disabled children to achieve to their potential."
    )
    # sub-item dashes that the font gives as a combining long stroke (U+0336)
    r = read("80454_cornwall/children's services inspection - 05 november 2019.pdf")
    assert r.rec_count == 3
    assert r.recommendations[0].text == (
        "The provision of suitable accommodation for 16- and 17-year-old homeless young people, "
        "including: – sufficiency of accommodation – assessment and support available to young "
        "people – management oversight of the use of any unregulated provision."
    )
    r = read("80461_devon/children's services inspection - 17 march 2020.pdf")
    assert r.rec_count == 8
    assert r.recommendations[0].text.startswith("Services to care leavers, including: − ")
    # the page number at the top of the next page is not part of the last item
    assert r.recommendations[-1].text.endswith("including case audits and supervision.")


def test_the_running_title_on_the_first_page_is_not_the_name():
    r = read("80538_plymouth/children's services inspection - 15 march 2024.pdf")
    assert r.la_name == "Plymouth City Council"
    assert (r.inspection_start, r.inspection_end) == (date(2024, 1, 22), date(2024, 2, 2))


def test_running_headers_are_left_out_of_the_body():
    text = text_of(DORSET_2021)
    body = "\n".join(ilacs._body_lines(text, 0))
    assert "27 September to 8 October 2021 2" not in body
    assert body.count("Inspection of Dorset local authority children's services") == 0
    # a paragraph running over a page break reads on
    assert "have now \nreturned to pre-pandemic levels" in body
    # 2018 template: the page number on its own line at the top of each page
    text = text_of("80419_isle of wight/children's services inspection - 07 january 2019.pdf")
    body = "\n".join(ilacs._body_lines(text, text.index("Overall effectiveness")))
    assert "adding value, capacity\nand expertise to the support" in body
    assert not re.search(r"^\s*\d{1,3}\s*$", body, re.M)


@pytest.mark.parametrize(
    "relpath",
    [
        "80506_lambeth/children's services inspection - 09 may 2018.pdf",  # SIF, 2018
        "80518_wandsworth/children's services inspection - 20 july 2018.pdf",  # SIF re-inspection
        "80567_surrey/children's services inspection - 03 august 2015.pdf",  # LSCB review
    ],
)
def test_not_claimed_sif(relpath):
    assert not ilacs.claims(text_of(relpath))


@pytest.mark.parametrize(
    "name",
    [
        "80429_birmingham__children's_services_focused_visit_-_24_october_2024.pdf",
        "80566_sunderland__joint_area_child_protection_inspection_-_16_march_2023.pdf",
        "80475_hertfordshire__area_send_full_inspection_-_10_november_2023.pdf",
    ],
)
def test_not_claimed_letters(name):
    assert not ilacs.claims(clean(letter_text(name)))


def test_malformed_reports_raise_parse_error():
    text = text_of(DORSET_2021)
    # no dates
    with pytest.raises(ParseError, match="inspection dates"):
        ilacs.parse(text.replace("Inspection dates: 27 September to 8 October 2021", ""))
    # a table with no rows
    table_end = text.index("Overall effectiveness Good") + len("Overall effectiveness Good")
    gutted = text[: text.index("Judgement Grade") + len("Judgement Grade")] + text[table_end:]
    with pytest.raises(ParseError, match="judgement table"):
        ilacs.parse(gutted)
    # a table without its help and protection row
    row = "The experiences and progress of \nchildren who need help and protection\nGood\n"
    assert row in text
    with pytest.raises(ParseError, match="help_protection"):
        ilacs.parse(text.replace(row, "", 1))
    # the list of what needs to improve cut off before any section
    cut = text[: text.index("temporary accommodation.") + len("temporary accommodation.")]
    with pytest.raises(ParseError, match="what needs to improve"):
        ilacs.parse(cut)


def _labels() -> dict[str, dict]:
    with open(SHARED / "corpus" / "labels.csv", newline="") as fh:
        return {row["path"]: row for row in csv.DictReader(fh)}


def _files_since_2018() -> list[str]:
    with open(SHARED / "corpus" / "files.csv", newline="") as fh:
        return [r["path"] for r in csv.DictReader(fh) if r["published"] >= "2018-01-01"]


def _quotes(s: str) -> str:
    return squash(s.replace("\u2019", "'").replace("\u2018", "'"))


def test_every_ilacs_report_of_the_corpus():
    """Every file published since 2018 goes through claims(); each ILACS report parses, the
    labelled ones agree with their labels and the others look sane."""
    labels = _labels()
    misses: list[str] = []
    claimed = 0
    for path in _files_since_2018():
        label = labels.get(path)
        is_ilacs = bool(label and label["framework"].startswith("ilacs"))
        text = text_of(path)
        if not ilacs.claims(text):
            if is_ilacs:
                misses.append(f"{path}: not claimed")
            continue
        claimed += 1
        if label and not is_ilacs:
            misses.append(f"{path}: claimed, but labelled {label['kind']}/{label['framework']}")
            continue
        r = ilacs.parse(text)
        got = {
            "kind": r.kind,
            "framework": r.framework,
            "inspection_start": r.inspection_start.isoformat(),
            "inspection_end": r.inspection_end.isoformat(),
            "lead_inspector": "; ".join(r.lead_inspectors),
            "inspection_type": r.inspection_type or "",
            "rec_count": str(r.rec_count),
            "priority_action_count": str(r.priority_action_count),
            "first_rec": r.recommendations[0].text[:60] if r.recommendations else "",
            **{a: r.grade(a) or "" for a in JUDGEMENT_AREAS},
        }
        if label:
            for column, have in got.items():
                want = label[column]
                if column == "first_rec":
                    want, have = _quotes(want), _quotes(have)
                if want != have and (want or column in JUDGEMENT_AREAS):
                    misses.append(f"{path}: {column} {have!r}, label {want!r}")
        else:
            if not date(2018, 1, 1) <= r.inspection_start <= r.inspection_end <= date(2027, 1, 1):
                misses.append(f"{path}: dates {r.inspection_start} {r.inspection_end}")
            if not r.la_name:
                misses.append(f"{path}: no LA name")
            for x in r.recommendations:
                if re.search(r"Inspection of|\d$|\f|•", x.text) or not 10 < len(x.text) < 800:
                    misses.append(f"{path}: odd item {x.position}: {x.text[:80]!r}")
    assert not misses, "\n".join(misses)
    assert claimed >= 300
