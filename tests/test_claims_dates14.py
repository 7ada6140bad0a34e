"""`ilacs check` on dates (round 14): a date the report gives to something other than an
inspection ('a new director of children's services was appointed in May 2018' where the report
says May 2017), read in the council's reports after the article's own words; and the date in a
finding after 'Inspectors, who visited in September, found that ...' begins at the finding's
verb, leaving the relative clause to the visit's date. Real values from the corpus in
../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check14(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Kingston upon Hull's report published 17 May 2019: 'A new director of children's services
# (DCS) was appointed in May 2017.'
_HULL = (
    "Hull City Council has published Ofsted's report on its children's services. In it, "
    "inspectors noted that a new director of children's services was appointed in {when}, "
    "and that progress had followed."
)


@pytest.mark.parametrize(
    ("when", "want"),
    [("May 2017", {"supported"}), ("May 2018", {"contradicted"}), ("May 2016", {"contradicted"})],
)
def test_a_date_the_report_gives_to_an_appointment(check14, when, want):
    found = check14(_HULL.format(when=when), date(2019, 5, 20))
    hits = {v for k, t, v in found if when in t}
    assert hits == want, found


def test_no_report_dates_it_is_not_in_record(check14):
    # nothing in Hull's reports about a new head of fostering: left alone
    text = (
        "Hull City Council has published Ofsted's report on its children's services. "
        "Inspectors noted that a new head of fostering recruitment was appointed in May 2018."
    )
    found = check14(text, date(2019, 5, 20))
    assert "contradicted" not in {v for k, t, v in found if "May 2018" in t}, found


# Barnsley's inspection was on site 11 to 15 September 2023 (report published 27 October 2023).
_BARNSLEY = (
    "Barnsley's children's services have been rated good by Ofsted. Inspectors, who visited in "
    "{month}, found that help and protection for children had stayed at requires improvement "
    "since 2018."
)


@pytest.mark.parametrize(
    ("month", "want"), [("September", "supported"), ("October", "contradicted")]
)
def test_inspectors_who_visited_then_found(check14, month, want):
    found = check14(_BARNSLEY.format(month=month), date(2023, 10, 30))
    assert {v for k, t, v in found if f"visited in {month}" in t} == {want}, found
    # the finding's date claim begins at 'found', not at 'who visited'
    since = [t for k, t, v in found if "since 2018" in t and k == "date"]
    assert since and all(t.startswith("found that") for t in since), found


# Hackney's report published 20 August 2024: 'A criminal cyber-attack in 2020 had a huge impact
# on the council's ability to manage its services.'
@pytest.mark.parametrize(("year", "bad"), [("2020", False), ("2019", True)])
def test_an_event_the_report_dates(check14, year, bad):
    text = (
        "Hackney's children's services are good, Ofsted says. The report notes how much the "
        f"council has coped with, such as a criminal cyber-attack in {year}, and praises its "
        "leaders."
    )
    found = check14(text, date(2024, 8, 25))
    verdicts = {v for k, t, v in found if f"cyber-attack in {year}" in t}
    assert ("contradicted" in verdicts) == bad, found
