"""`ilacs check`: a count of every council holding a grade on a day since every council has had a
graded inspection ilacs holds ('43 councils in England now hold Ofsted's top rating') has no
slack beyond the counts of the days just before it and the councils ilacs does not hold (the
record holds all 153 councils of today): a number no such day gives is contradicted, not
called 'near'."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim

# Kent's ILACS 2026 report, published 2 February 2026, took it off outstanding. On 3 February
# 2026 the latest graded report of 41 councils (by publication) or 42 (by inspection end) gave
# outstanding overall; 43 is given by no day of the two months before.


@pytest.mark.parametrize(
    ("n", "verdict"),
    [("41", "supported"), ("42", "supported"), ("43", "contradicted"), ("45", "contradicted")],
)
def test_a_national_count_of_today_has_no_slack(tmp_path, corpus_db, n, verdict):
    text = (
        "Kent's children's services have lost their outstanding rating. The downgrade means "
        f"{n} councils in England now hold Ofsted's top rating for children's services.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2026-02-03"), f"{n} councils")
    assert c["verdict"] == verdict, c


# Bournemouth, Christchurch and Poole: inadequate in its ILACS 2018 report (11 February 2022),
# good in its ILACS 2023 report (29 January 2025), the fourth council under the 2023 framework
# to go from inadequate to good (after East Riding of Yorkshire, St Helens and Medway). 'The
# turnaround' names the move the rank reads; it is no test of its own.


@pytest.mark.parametrize(("place", "verdict"), [("fourth", "supported"), ("third", "contradicted")])
def test_the_turnaround_that_makes_a_rank_is_read(tmp_path, corpus_db, place, verdict):
    text = (
        "Bournemouth, Christchurch and Poole Council has been rated good by Ofsted. The "
        f"turnaround makes BCP only the {place} council to climb from 'inadequate' straight to "
        "'good' since Ofsted introduced its revised inspection framework in January 2023.\n"
    )
    c = _claim(_check(tmp_path, corpus_db, text, "2025-01-30"), f"the {place} council")
    assert c["verdict"] == verdict, c
