"""`ilacs check`: rules of the language of local news found while reading round 35's batches.

Real values from the corpus in ../shared: Leeds (good in March 2015; outstanding overall in
December 2018, May 2022 and August 2025)."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with


def test_a_grade_held_since_a_year_the_record_gives_another(tmp_path, corpus_db):
    # Leeds was good from March 2015 and outstanding from December 2018: no inspection in 2016,
    # and the report in force all through that year (2015's) gave good, so "outstanding since
    # 2016" is wrong; "since 2018" names the inspection that gave it
    claims = check_text(
        tmp_path,
        corpus_db,
        "Leeds City Council has held an outstanding rating from Ofsted since 2018.\n",
        "2025-08-20",
    )
    assert claim_with(claims, "since 2018")["verdict"] == "supported"
    claims = check_text(
        tmp_path,
        corpus_db,
        "Leeds City Council has held an outstanding rating from Ofsted since 2016.\n",
        "2025-08-20",
    )
    c = claim_with(claims, "since 2016")
    assert c["verdict"] == "contradicted"
    assert "in force all through 2016" in c["explanation"]
    assert "27 March 2015" in c["explanation"]
    # good since 2016: the 2015 report gave good, but December 2018's did not
    claims = check_text(
        tmp_path, corpus_db, "Leeds has been judged good ever since 2016.\n", "2025-08-20"
    )
    c = claim_with(claims, "since 2016")
    assert c["verdict"] == "contradicted"
    assert "18 December 2018" in c["explanation"]
    # held from December 2018: whether "since 2019" misdates the start is not settled
    claims = check_text(
        tmp_path, corpus_db, "Leeds has been rated outstanding since 2019.\n", "2025-08-20"
    )
    assert claim_with(claims, "since 2019")["verdict"] == "not_in_record"
