"""`ilacs check`, round 15 ranks and counts: 'is only one of 16 in England to have received the
top grade for every judgement' (one of sixteen, not the only one); 'Solihull joins Herefordshire
as the only councils in the West Midlands whose children's services are currently rated
inadequate' (the councils named and this one, the grade a few words on); 'eight of the 17
councils whose inspections ... have been published so far this year' (a group no reading of the
record makes: not in the record, never contradicted); 'one of only 15 councils to receive the
top grade since the framework came into force last year' (every report since, not one day's)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


# By 19 May 2026, 16 councils had ILACS 2023 reports outstanding in every judgement, Essex one.
@pytest.mark.parametrize(("n", "verdict"), [("16", "supported"), ("12", "contradicted")])
def test_only_one_of_n_is_one_of_n(tmp_path, corpus_db, n, verdict):
    text = (
        "Essex County Council's children's services are outstanding.\n\n"
        f"The council is only one of {n} in England to have received the top grade for every "
        "judgement since the current inspection framework was introduced in 2023.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-05-19")
    c = _claim(claims, f"only one of {n} in England")
    assert c["verdict"] == verdict, c


# On 13 January 2023 Herefordshire and Solihull were the West Midlands' inadequate councils.
@pytest.mark.parametrize(("other", "verdict"), [("Herefordshire", "supported"), ("Dudley", None)])
def test_joins_x_as_the_only_councils_rated(tmp_path, corpus_db, other, verdict):
    text = (
        "Solihull Council's children's services have been rated inadequate.\n\n"
        f"Solihull joins {other} as the only councils in the West Midlands whose children's "
        "services are currently rated inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-01-13")
    c = _claim(claims, f"joins {other} as the only councils")
    if verdict:
        assert c["verdict"] == verdict, c
    else:
        assert c["verdict"] != "supported", c


def test_a_count_of_a_group_no_reading_makes_is_not_contradicted(tmp_path, corpus_db):
    text = (
        "Essex County Council's children's services are outstanding.\n\n"
        "Eight of the 17 councils whose inspections under the current framework have been "
        "published so far this year have been rated outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-05-19")
    c = _claim(claims, "Eight of the 17 councils")
    assert c["verdict"] == "not_in_record", c


# By 17 July 2024, 15 councils had ILACS 2023 reports outstanding overall, Greenwich (16 July) one.
@pytest.mark.parametrize(("n", "verdict"), [("15", "supported"), ("12", "contradicted")])
def test_one_of_n_to_receive_the_top_grade_since_the_framework(tmp_path, corpus_db, n, verdict):
    text = (
        "Greenwich Council's children's services have been rated outstanding by Ofsted.\n\n"
        f"Greenwich is one of only {n} councils to receive the top grade since Ofsted's revised "
        "inspection framework came into force last year.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-17")
    c = _claim(claims, f"one of only {n} councils")
    assert c["verdict"] == verdict, c
