"""`ilacs check`: which council a relative clause speaks of, and spans of years that are not
the record's."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with


def test_a_relative_clause_speaks_of_the_council_right_before_it(tmp_path, corpus_db):
    # Enfield: on site 22-26 July 2024 (published 4 September 2024); Ealing: on site April-May
    # 2024 (published 12 July 2024)
    text = (
        "Several London councils were rated good this summer, including Ealing and Enfield - "
        "whose inspection, in {m}, was led by Christine Kennet.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(m="July"), "2024-09-20")
    c = claim_with(claims, "inspection, in July")
    assert c["verdict"] == "supported", c
    assert "Enfield" in c["explanation"]
    claims = check_text(tmp_path, corpus_db, text.format(m="April"), "2024-09-20")
    c = claim_with(claims, "inspection, in April")
    assert c["verdict"] == "contradicted", c
    assert "Enfield" in c["explanation"]


def test_years_after_something_that_is_no_inspection(tmp_path, corpus_db):
    # Dorset: good in the report of 19 November 2021, outstanding in that of 9 May 2025; the
    # council's creation in 2019 is not in the record
    text = (
        "Dorset has been rated outstanding. It is a step up from the good rating the council "
        "received in 2021, two years after the new unitary authority replaced the county and "
        "district councils.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-05-20")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    # a span of years after an inspection is still checked
    text = "Dorset was rated outstanding in 2025, two years after it was judged good.\n"
    claims = check_text(tmp_path, corpus_db, text, "2025-05-20")
    assert claim_with(claims, "two years after")["verdict"] == "contradicted"
