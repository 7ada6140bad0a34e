"""The pre-SIF reader (parse/pre_sif.py) on the 2012-13 looked after children inspections of the
corpus, then every labelled one against the hand-checked labels."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from ilacs.model import JUDGEMENT_AREAS
from ilacs.parse import parse_text, pre_sif, sif
from ilacs.parse.common import clean
from tests.conftest import SHARED, corpus_text

KENT_2013 = "80476_kent/children's services inspection,  pdf - 23 august 2013.pdf"
MEDWAY_2013 = "80522_medway/children's services inspection,  pdf - 23 august 2013.pdf"
NORFOLK_2013 = "80418_norfolk/children's services inspection,  pdf - 16 august 2013.pdf"


def read(relpath: str):
    text = clean(corpus_text(relpath))
    assert pre_sif.claims(text) and not sif.claims(text), relpath
    return pre_sif.parse(text)


def test_looked_after_children_inspection_kent_2013():
    r = read(KENT_2013)
    assert (r.kind, r.framework) == ("inspection", "pre_sif")
    assert r.la_name == "Kent County Council"
    # "Inspection dates: 15 – 19 July 2013" / "Reporting inspector Helen Cawston HMI"
    assert (r.inspection_start, r.inspection_end) == (date(2013, 7, 15), date(2013, 7, 19))
    assert r.lead_inspectors == ("Helen Cawston",)
    # the record of main findings, on its own scale; no four-point column
    assert [(j.label, j.grade, j.grade_text, j.area) for j in r.judgements] == [
        ("Overall effectiveness", "adequate", "Adequate", None),
        ("Capacity to improve", "good", "Good", None),
        ("Outcomes for looked after children and young people", "adequate", "Adequate", None),
        ("Quality of provision", "adequate", "Adequate", None),
        ("Leadership and management", "adequate", "Adequate", None),
    ]
    assert all(r.grade(area) is None for area in JUDGEMENT_AREAS)
    # bullets under "Immediately:" (3), "Within three months:" (6), "Within six months:" (3)
    texts = [x.text for x in r.recommendations]
    assert len(texts) == 12 and r.rec_count == 12
    assert texts[0] == "improve the quality of supervision and management oversight in casework"
    assert texts[8] == "improve the timeliness of care proceedings."
    # the next section's heading ("Outcomes for looked after children and young / people",
    # "Grade 3 (Adequate)") is not part of the last item
    assert texts[-1] == (
        "review the arrangements for the independent reviewing services to ensure that the "
        "case loads of the independent reviewing officers (IROs) are manageable."
    )
    assert {x.section for x in r.recommendations} == {"la"}


def test_grade_numbers_in_the_record_medway_2013():
    r = read(MEDWAY_2013)
    # "Overall effectiveness Inadequate Grade 4", "Capacity to improve Adequate Grade 3"
    assert [(j.label, j.grade) for j in r.judgements][:2] == [
        ("Overall effectiveness", "inadequate"),
        ("Capacity to improve", "adequate"),
    ]
    assert r.judgements[0].grade_text == "Inadequate"
    assert (r.inspection_start, r.inspection_end) == (date(2013, 7, 15), date(2013, 7, 19))
    assert r.lead_inspectors == ("Sarah Urding",)
    assert len(r.recommendations) == 15
    # a running header "Medway Council Inspection of safeguarding and looked after children 8"
    # between two bullets stays out of the text
    assert "Medway Council" not in " ".join(x.text for x in r.recommendations)


def test_bullets_after_a_page_break_norfolk_2013():
    r = read(NORFOLK_2013)
    assert r.la_name == "Norfolk County Council"
    assert {j.grade for j in r.judgements} == {"inadequate"}
    assert len(r.recommendations) == 17
    assert r.recommendations[0].text.startswith(
        "ensure all elected members understand their corporate parenting duties"
    )


def _labelled() -> list[dict]:
    with open(SHARED / "corpus" / "labels.csv", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row["framework"] == "pre_sif"]


@pytest.mark.parametrize("row", _labelled(), ids=lambda row: row["path"])
def test_every_labelled_pre_sif_report_agrees_with_labels(row):
    r = parse_text(corpus_text(row["path"]))
    assert (r.kind, r.framework) == (row["kind"], row["framework"])
    assert str(r.inspection_start) == row["inspection_start"]
    assert str(r.inspection_end) == row["inspection_end"]
    assert "; ".join(r.lead_inspectors) == row["lead_inspector"]
    for area in JUDGEMENT_AREAS:
        assert (r.grade(area) or "") == row[area], area
