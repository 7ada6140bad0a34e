"""`ilacs check`: ranks and counts, round 18: "since Ofsted launched its new-style inspections
... last year" names the framework that came in that year, and "A and B are the only other
<region> councils rated <grade>" counts the councils named and the article's own one."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


def test_new_style_inspections_launched_last_year_is_that_framework(tmp_path, corpus_db):
    # ILACS (2018) reports with overall inadequate by 27 Aug 2019: Medway the ninth
    text = (
        "Medway council's children's services have been rated inadequate by Ofsted.\n\n"
        "It is the ninth council to be rated inadequate since Ofsted launched its new-style "
        "inspections of children's services last year.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-08-28")
    c = _claim(claims, "ninth council")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c
    wrong = _check(tmp_path, corpus_db, text.replace("ninth", "fifth"), "2019-08-28")
    assert _claim(wrong, "fifth council")["verdict"] == "contradicted"


def test_the_only_other_councils_named_count_with_the_articles_own(tmp_path, corpus_db):
    # 8 Jul 2025, latest overall outstanding in the East Midlands: Lincolnshire,
    # Leicestershire, Derby
    text = (
        "Derby City Council's children's services have been rated outstanding by Ofsted.\n\n"
        "Lincolnshire and Leicestershire are the only other East Midlands councils currently "
        "rated outstanding overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-07-08")
    c = _claim(claims, "only other")
    assert (c["type"], c["verdict"]) == ("rank", "supported"), c
    assert not [x for x in claims if x["verdict"] == "contradicted"], claims
