"""`ilacs check`: a list of what must improve set out line by line is one claim per line, each
with its own verdict; a line with its subject changed is contradicted when the list's other
lines are the report's, and the other lines stay supported."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim

# Plymouth's report published 15 March 2024 lists eight things to improve, among them the
# response to concerns out of office hours, accommodation, and the timeliness of health
# assessments for children in care
_TEXT = (
    "Plymouth City Council's children's services were judged to require improvement by "
    "Ofsted.\n\n"
    "The Director set out the areas in which Ofsted said the council must improve:\n"
    "- the response to worries and concerns about children out of office hours;\n"
    "- the quality and availability of accommodation for children and young people;\n"
    "- the timeliness of health assessments for children in care;\n"
    "- planning for children's transition to adulthood, particularly those with additional "
    "needs.\n"
)


def test_each_line_of_a_list_is_a_claim(tmp_path, corpus_db):
    claims = _check(tmp_path, corpus_db, _TEXT, "2024-04-17")
    recs = [c for c in claims if c["type"] == "recommendation"]
    assert [c["text"] for c in recs] == [
        "the response to worries and concerns about children out of office hours",
        "the quality and availability of accommodation for children and young people",
        "the timeliness of health assessments for children in care",
        "planning for children's transition to adulthood, particularly those with additional needs",
    ]
    assert {c["verdict"] for c in recs} == {"supported"}, recs


def test_a_changed_line_is_contradicted_and_the_others_stand(tmp_path, corpus_db):
    text = _TEXT.replace("health assessments for children", "adoption for children")
    claims = _check(tmp_path, corpus_db, text, "2024-04-17")
    assert _claim(claims, "the timeliness of adoption")["verdict"] == "contradicted"
    assert _claim(claims, "out of office hours")["verdict"] == "supported"
    assert _claim(claims, "accommodation for children")["verdict"] == "supported"
