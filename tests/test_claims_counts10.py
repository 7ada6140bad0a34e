"""`ilacs check`: a count followed by the list of the councils it counts ('Three councils in
all received the top grade: A, B and C') is checked against that list: each council named must
hold the grade, and the number must be the list's."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    ("listed", "verdict"),
    [
        ("Leicestershire, Northumberland and Telford & Wrekin", "supported"),
        ("Leicestershire, Northumberland and Halton", "contradicted"),  # Halton: inadequate
        ("Leicestershire and Northumberland", "not_in_record"),  # two named, three counted
    ],
)
def test_a_count_with_its_list_of_councils(tmp_path, corpus_db, listed, verdict):
    # 12 July 2024: Leicestershire, Northumberland and Telford & Wrekin outstanding overall
    text = (
        "Ofsted published ten reports on Friday. Three councils in all received the top grade: "
        f"{listed}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-15")
    c = _claim(claims, "Three councils in all")
    assert (c["type"], c["verdict"]) == ("count", verdict), c
