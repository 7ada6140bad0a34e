"""`ilacs check`: the priority actions of a visit ilacs holds no letter of, as a later report
tells them (pools dt-dw, eb-ee).

"a focused visit in 2018 found services had deteriorated so far that no areas for priority
action were identified" where Swindon's 2019 report says the 2018 focused visit "found that
services had deteriorated to a point where several areas for priority action were identified":
a later report's sentence naming a visit of that kind and year, that it set areas for priority
action, decides (none against some is contradicted). Real values from the corpus in ../shared:
Nottingham's 2022 report (the February 2020 focused visit), St Helens' 2019 report (July
2018), Hackney's 2019 report (February 2019)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Nottingham was rated requires improvement. A focused visit in February 2020 found "
            "no areas for priority action.",
            "2022-09-10",
        ),
        (
            "St Helens was rated inadequate. A focused visit by Ofsted in July 2018 had "
            "identified no priority actions.",
            "2019-11-10",
        ),
        (
            "Hackney was praised. Its 2019 focused visit, inspectors noted, raised no areas "
            "for priority action.",
            "2019-12-22",
        ),
    ],
)
def test_no_priority_actions_where_a_later_report_says_the_visit_set_some(
    tmp_path, corpus_db, text, as_of
):
    c = claim_with(check_text(tmp_path, corpus_db, text, as_of), "priority action")
    assert c["verdict"] == "contradicted", c
    assert c["type"] == "recommendation", c


def test_a_visit_of_another_year_is_left_alone(tmp_path, corpus_db):
    # (Nottingham's report names its February 2020 focused visit, not one of 2018)
    text = (
        "Nottingham was rated requires improvement. A focused visit in 2018 found no areas "
        "for priority action."
    )
    c = claim_with(check_text(tmp_path, corpus_db, text, "2022-09-10"), "priority action")
    assert c["verdict"] != "contradicted", c
