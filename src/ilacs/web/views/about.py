"""About: what the grades, frameworks, judgements and documents mean, and how LAs are counted.

The terms the other pages use link here (`about.html#grades`, `#framework-sif`, `#counting`,
...). The text is data, so the JSON twin carries the same definitions.
"""

from __future__ import annotations

from ilacs.web.data import FRAMEWORK_NAMES, GRADE_NAMES, JUDGEMENT_NAMES, KIND_NAMES, Data
from ilacs.web.views import Page, Request

PATH = "about.html"

GRADES = [
    ("outstanding", "The highest grade."),
    ("good", "Good or outstanding together are what the pages call 'good or better'."),
    (
        "requires_improvement",
        "Printed in reports as 'requires improvement to be good': not inadequate, not yet good.",
    ),
    (
        "inadequate",
        "The lowest grade. An LA judged inadequate overall gets monitoring visits "
        "until it is inspected again.",
    ),
    ("not_judged", "A judgement the report names but does not grade."),
    (
        "adequate",
        "A grade of the older scale of the 2012-13 inspections (no 'requires "
        "improvement'): those grades are shown but never counted with the four-point grades.",
    ),
]

FRAMEWORKS = [
    (
        "pre_sif",
        "Inspections of safeguarding and looked after children services, before the single "
        "inspection framework. They graded on another scale (outstanding, good, adequate, "
        "inadequate) and other questions (such as 'capacity to improve'), so none of their "
        "grades maps onto the later judgements: they appear on an LA's page and chart as "
        "marks, not in counts.",
    ),
    (
        "sif",
        "The single inspection framework, November 2013 to 2018: one inspection of services "
        "for children in need of help and protection, children looked after and care leavers, "
        "usually with a review of the Local Safeguarding Children Board (LSCB). Graded "
        "overall effectiveness and five sub-judgements: children who need help and "
        "protection; children looked after and achieving permanence (with adoption "
        "performance and the experiences and progress of care leavers); and leadership, "
        "management and governance.",
    ),
    (
        "ilacs2018",
        "Inspecting local authority children's services (ILACS), from January 2018: "
        "inspections (short or standard) graded overall effectiveness, the impact of leaders "
        "on social work practice, the experiences and progress of children who need help and "
        "protection, and of children in care and care leavers (one judgement). Between "
        "inspections come focused visits and, after an inadequate judgement, monitoring "
        "visits; neither gives grades.",
    ),
    (
        "ilacs2023",
        "ILACS as updated from January 2023: the experiences and progress of care leavers "
        "became a judgement of its own, beside children in care. Everything else as in 2018.",
    ),
    (
        "ilacs2026",
        "Reports of the framework used from 2026 grade four judgements (leaders, help and "
        "protection, children in care, care leavers) and print no overall effectiveness "
        "grade. An LA whose latest inspection is of this kind has no overall grade: the "
        "England pages count it under 'latest inspection has no such judgement', and the "
        "other four judgements count as before.",
    ),
]

JUDGEMENTS = [
    ("overall", "Overall effectiveness: SIF and ILACS 2018 and 2023."),
    (
        "leaders",
        "SIF 'Leadership, management and governance'; ILACS 'The impact of leaders on "
        "social work practice with children and families'.",
    ),
    (
        "help_protection",
        "SIF 'Children who need help and protection'; ILACS 'The experiences and progress of "
        "children who need help and protection'.",
    ),
    (
        "in_care",
        "SIF 'Children looked after and achieving permanence'; ILACS 2018 'The experiences "
        "and progress of children in care and care leavers'; from 2023 'The experiences and "
        "progress of children in care'.",
    ),
    (
        "care_leavers",
        "SIF 'Experiences and progress of care leavers' (a sub-judgement); not judged on its "
        "own by ILACS 2018; from 2023 'The experiences and progress of care leavers'.",
    ),
    ("adoption", "SIF only: 'Adoption performance'."),
    (
        "lscb",
        "SIF only: the review of the effectiveness of the Local Safeguarding Children "
        "Board, published with the inspection or on its own.",
    ),
]

KINDS = [
    ("inspection", "A graded inspection of the LA's children's services."),
    ("focused_visit", "An ILACS visit looking at one area of practice; a letter, no grades."),
    ("monitoring_visit", "A visit to an LA judged inadequate, between inspections; no grades."),
    ("jtai", "A joint targeted area inspection with other inspectorates, on a theme; no grades."),
    (
        "area_send",
        "An inspection of special educational needs and disabilities services in an "
        "area; no children's services grades.",
    ),
    ("lscb_review", "A SIF review of the Local Safeguarding Children Board published on its own."),
    ("other", "A document that was read but is none of the above."),
    (
        "not_a_report",
        "A file that is not an inspection report at all: for example a web page saying "
        "'Report not found', saved with a .pdf name, or a scan with no text. It is listed on "
        "its LA's page, with what is wrong with it, so nothing seems to be missing; it has no "
        "grades and is never counted.",
    ),
]

COUNTING = [
    "The England pages show each LA's most recent grade as it stood on the chosen date. By "
    "default they follow the rule of Ofsted's official statistics: an inspection counts from "
    "its last day on site, if it was published within a month of the date (figures 'as at 31 "
    "August 2019' count inspections published by 30 September 2019).",
    "Shares are of the LAs with a four-point grade in that judgement. LAs without one are "
    "listed, with the reason: their latest inspection has no such judgement (such as care "
    "leavers under ILACS 2018, or overall effectiveness in 2026 reports), they had not been "
    "inspected yet (councils formed since 2019), or the database holds no reports of them.",
    "Councils that were reorganised (Bournemouth, Christchurch and Poole; Dorset; the two "
    "Northamptonshires; Cumberland and Westmorland and Furness) count from the day they "
    "began; the councils before them count until the day they ended. A new council's page "
    "includes its predecessors' reports; an abolished council's page shows its own.",
    "Visits and other documents never count: only graded inspections do.",
]


def about(data: Data, req: Request) -> Page:
    sections = {
        "grades": [{"grade": g, "name": GRADE_NAMES[g], "text": t} for g, t in GRADES],
        "frameworks": [
            {"framework": f, "name": FRAMEWORK_NAMES[f], "text": t} for f, t in FRAMEWORKS
        ],
        "judgements": [
            {"judgement": j, "name": JUDGEMENT_NAMES[j], "text": t} for j, t in JUDGEMENTS
        ],
        "documents": [{"kind": k, "name": KIND_NAMES[k], "text": t} for k, t in KINDS],
        "counting": COUNTING,
    }
    return Page("about.html", PATH, "About the data", sections, sections)
