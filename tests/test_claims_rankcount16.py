"""`ilacs check`, round 16 ranks and counts: the others a rank names after 'after' end where a
clause of its own begins ('..., after Wiltshire, and it follows its neighbour Devon, which ... in
June': Wiltshire only, and not that clause's month); a second place named 'in England' after a
place in a region ('the first in the North West ..., and the 37th in England') is a place among
all councils, not among the region's."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


# South West councils rated outstanding under ILACS 2023 by 12 May 2025: Wiltshire (December
# 2023), then Dorset (9 May 2025); Somerset was never rated outstanding.
@pytest.mark.parametrize(("other", "verdict"), [("Wiltshire", "supported"), ("Somerset", None)])
def test_the_others_end_where_a_clause_of_its_own_begins(tmp_path, corpus_db, other, verdict):
    text = (
        "Dorset Council's children's services have been rated outstanding by Ofsted.\n\n"
        "The council is the second in the South West to be judged outstanding under the current "
        f"framework, after {other}, and it overtakes its neighbour Devon, which was rated good "
        "in June.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-05-12")
    c = _claim(claims, "the second in the South West")
    if verdict:
        assert c["verdict"] == verdict, c
    else:
        assert c["verdict"] != "supported", c


# Manchester (11 November 2025): the North West's first ILACS 2023 report outstanding overall, and
# the 37th in England.
@pytest.mark.parametrize(("n", "verdict"), [("37th", "supported"), ("30th", "contradicted")])
def test_a_second_place_in_england_is_national(tmp_path, corpus_db, n, verdict):
    text = (
        "Manchester City Council's children's services have been rated outstanding.\n\n"
        "Manchester is the first council in the North West to be rated outstanding overall under "
        f"the framework introduced in 2023, and the {n} in England.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-11-12")
    c = _claim(claims, f"the {n} in England")
    assert c["verdict"] == verdict, c


# ILACS 2023 reports published in 2024 by 15 July 2024: 28 councils, 18 good or outstanding.
@pytest.mark.parametrize(("n", "verdict"), [("18", "supported"), ("22", "contradicted")])
def test_a_group_of_the_reports_published_in_a_year(tmp_path, corpus_db, n, verdict):
    text = (
        "Nottinghamshire County Council's children's services have been rated good.\n\n"
        f"At the time of writing, {n} of the 28 councils whose reports were published in 2024 "
        "under the current framework had been judged good or outstanding overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-15")
    c = _claim(claims, f"{n} of the 28 councils")
    assert c["verdict"] == verdict, c


# Nottingham's ILACS report of 5 September 2022 lists eight things to improve.
@pytest.mark.parametrize(("n", "verdict"), [("eight", "supported"), ("12", "contradicted")])
def test_a_letter_named_after_since_is_not_the_article_s(tmp_path, corpus_db, n, verdict):
    text = (
        "Nottingham City Council's children's services have been rated inadequate by Ofsted.\n\n"
        "Inspectors said progress since a focused visit in February 2020 had been too slow.\n\n"
        f"The report, published on Monday, made {n} recommendations.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2022-09-07")
    c = _claim(claims, f"{n} recommendations")
    assert c["verdict"] == verdict, c


# Southampton's ILACS report of 28 July 2023 lists four things to improve.
@pytest.mark.parametrize(("n", "verdict"), [("four", "supported"), ("six", "contradicted")])
def test_a_count_of_points_listed_after_what_needs_to_improve(tmp_path, corpus_db, n, verdict):
    text = (
        "Southampton City Council's children's services have been rated good by Ofsted.\n\n"
        f"Inspectors said the council must still improve parts of its work, listing {n} points "
        "in the report.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-07-29")
    c = _claim(claims, f"listing {n} points")
    assert c["verdict"] == verdict, c


# By 15 July 2024, 18 ILACS 2023 reports rated leadership outstanding, Nottinghamshire's one.
def test_a_count_by_one_judgement_is_named_by_it(tmp_path, corpus_db):
    text = (
        "Nottinghamshire County Council's children's services have been rated good.\n\n"
        "Nottinghamshire is one of 18 councils whose leadership has been judged outstanding "
        "under the framework introduced in 2023.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-15")
    c = _claim(claims, "one of 18 councils")
    assert c["verdict"] == "supported", c
    assert "leadership, ilacs2023 reports only" in c["explanation"], c
    assert "overall effectiveness" not in c["explanation"], c


# Haringey's ILACS report of 24 February 2026 lists one thing to improve.
@pytest.mark.parametrize(("n", "verdict"), [("one", "supported"), ("three", "contradicted")])
def test_asked_for_n_improvements_is_a_count(tmp_path, corpus_db, n, verdict):
    text = (
        "Haringey Council's children's services have been rated outstanding by Ofsted.\n\n"
        f"Inspectors called for only {n} improvement{'s' if n != 'one' else ''} in the report.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-02-25")
    c = _claim(claims, f"for only {n} improvement")
    assert c["verdict"] == verdict, c


# St Helens' ILACS report of 4 September 2023 lists five things to improve.
@pytest.mark.parametrize(("n", "verdict"), [("five", "supported"), ("seven", "contradicted")])
def test_a_count_before_a_dash_is_a_claim_of_its_own(tmp_path, corpus_db, n, verdict):
    text = (
        "St Helens Council's children's services have been rated good by Ofsted.\n\n"
        f"Ofsted said the council must improve in {n} areas – the response to neglect and the "
        "stability of its social workers among them.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-09-05")
    c = _claim(claims, f"improve in {n} areas")
    assert c["verdict"] == verdict, c
    assert "response to neglect" not in c["text"], c


# Sheffield (3 November 2023) was the 29th council with an ILACS 2023 report; 17 of the 29 were
# good or outstanding overall.
@pytest.mark.parametrize(("n", "verdict"), [("17", "supported"), ("21", "contradicted")])
def test_of_those_after_the_nth_report_published(tmp_path, corpus_db, n, verdict):
    text = (
        "Sheffield City Council's children's services have been rated good by Ofsted.\n\n"
        "Sheffield is the 29th council to have its report published under the framework "
        f"introduced in 2023. Of those, {n} have been judged good or outstanding overall.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-04")
    c = _claim(claims, f"Of those, {n}")
    assert c["verdict"] == verdict, c


# Southampton's ILACS report of 28 July 2023 lists four things to improve.
@pytest.mark.parametrize(("n", "verdict"), [("four", "supported"), ("two", "contradicted")])
def test_the_n_areas_ofsted_highlighted(tmp_path, corpus_db, n, verdict):
    text = (
        "Southampton City Council's children's services have been rated good by Ofsted.\n\n"
        f"The council said it would now work on the {n} areas inspectors identified.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-07-29")
    c = _claim(claims, f"the {n} areas inspectors identified")
    assert c["verdict"] == verdict, c


def test_one_area_highlighted_as_a_strength_is_no_count(tmp_path, corpus_db):
    text = (
        "Southampton City Council's children's services have been rated good by Ofsted.\n\n"
        "The two areas inspectors highlighted as strengths were fostering and adoption.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-07-29")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
