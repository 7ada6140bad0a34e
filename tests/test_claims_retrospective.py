"""`ilacs check`: a visit ilacs holds no letter of, told in a retrospective years later, is
dated by the first report after it, not only by the last two reports of the council.

Durham (four reports: 16 May 2016, 21 October 2019, 5 July 2022, 13 May 2025); its 2019 report
(p1) says "A focused visit ... in January 2019 demonstrated some improvements, but weaknesses
remained". ilacs holds no letter of that visit. Real values from the corpus in ../shared."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with

_STORY = (
    "Durham's children's services were rated outstanding this week.\n\n"
    "It is a long way from 2016. Things got worse before they got better. {visit} found drift "
    "and delay for children.\n"
)


@pytest.mark.parametrize(
    "visit",
    ["A focused visit in January 2019", "Ofsted's focused visit of January 2019"],
)
def test_a_visit_years_ago_is_dated_by_the_report_after_it(tmp_path, corpus_db, visit):
    claims = check_text(tmp_path, corpus_db, _STORY.format(visit=visit), "2025-05-20")
    claim = claim_with(claims, "January 2019")
    assert claim["verdict"] == "supported", claim
    assert "21 october 2019" in claim["evidence"][0]["path"]


def test_a_wrong_month_of_such_a_visit_is_not_contradicted_by_an_old_report(tmp_path, corpus_db):
    # only the report the article is about may say the month is wrong: an older one may be
    # telling of another visit
    text = _STORY.format(visit="A focused visit in March 2019")
    claim = claim_with(check_text(tmp_path, corpus_db, text, "2025-05-20"), "March 2019")
    assert claim["verdict"] == "not_in_record", claim
