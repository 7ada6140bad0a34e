"""`ilacs check` on dates, recommendations and visits (round 21): days on site said without a
year are an earlier inspection's when they are its very days; a letter "dated" a day is the day
it went out; the article's own dateline is no claim; "in March, from 11 to 15 March" is one
date; the recommendations of a safeguarding board are not the council's. Real values from the
corpus in ../shared and its letters."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts

HALTON = "80471_halton__children's_services_focused_visit_-_16_august_2018.pdf"


@pytest.fixture(scope="module")
def check21(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Norfolk: sif on site 13 to 24 November 2017 (published 19 January 2018); ilacs2023 on site 23
# to 27 February 2026, published 18 May 2026, rated outstanding.
def _norfolk(days: str) -> str:
    return (
        "Norfolk County Council's children's services have been rated outstanding by Ofsted in "
        "a report published yesterday. It is a long way from 2017. That autumn inspectors spent "
        f"from {days} in the county under the old single inspection framework and found "
        "services that required improvement."
    )


def test_earlier_inspections_days_without_a_year(check21) -> None:
    found = check21(_norfolk("13 to 24 November"), date(2026, 5, 19))
    assert verdicts(found, "13 to 24 November", "date") == {"supported"}


def test_other_days_without_a_year_are_not_supported(check21) -> None:
    found = check21(_norfolk("14 to 25 November"), date(2026, 5, 19))
    assert "supported" not in verdicts(found, "14 to 25 November", "date")


def test_dateline_is_no_claim(check21) -> None:
    text = (
        "Norfolk rated outstanding by Ofsted\n\nPublished 19 May 2026\n\n"
        "Norfolk County Council's children's services have been rated outstanding by Ofsted in "
        "a report published yesterday, after inspectors visited from 23 to 27 February."
    )
    found = check21(text, date(2026, 5, 19))
    assert not [t for k, t, v in found if "19 May 2026" in t]
    assert verdicts(found, "23 to 27 February") == {"supported"}


# Norfolk again: the month named, then its days ("in February, from 23 to 27 February")
@pytest.mark.parametrize(
    ("days", "want"), [("23 to 27", "supported"), ("16 to 20", "contradicted")]
)
def test_month_then_its_days_is_one_date(check21, days: str, want: str) -> None:
    text = (
        "Norfolk County Council's children's services have been rated outstanding by Ofsted in "
        "a report published yesterday. Inspectors spent a week in the county in February, from "
        f"{days} February, led by one of His Majesty's Inspectors."
    )
    found = check21(text, date(2026, 5, 19))
    hits = [(t, v) for k, t, v in found if k == "date" and f"{days} February" in t]
    assert hits and all("in February" in t and v == want for t, v in hits), found


# Kent: sif published 13 June 2017 with ten recommendations; the Kent Safeguarding Children
# Board was reviewed beside it (requires improvement).
def test_no_recommendations_for_the_board(check21) -> None:
    text = (
        "Kent County Council's children's services are good, Ofsted has found. The Kent "
        "Safeguarding Children Board, reviewed at the same time, requires improvement, and "
        "Ofsted made no recommendations for it. The council's report makes ten "
        "recommendations."
    )
    found = check21(text, date(2017, 6, 14))
    assert not [t for k, t, v in found if "no recommendations" in t and v == "contradicted"]
    assert verdicts(found, "ten") == {"supported"}


@pytest.fixture(scope="module")
def check21l(corpus_db, tmp_path_factory):
    """The corpus plus the Halton focused-visit letter (visit 24 and 25 July 2018, letter 16
    August 2018)."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("dates21"), (HALTON,))
    with in_process_checker(db) as run:
        yield run


@pytest.mark.parametrize(("day", "want"), [("16 August", "supported"), ("9 August", None)])
def test_letter_dated_is_its_day_out(check21l, day: str, want: str | None) -> None:
    text = (
        "Ofsted inspectors carried out a focused visit to Halton's children's services on 24 "
        "and 25 July, looking at the council's front door. Their letter, dated "
        f"{day}, says leaders know their services well."
    )
    found = check21l(text, date(2018, 8, 20))
    got = {v for k, t, v in found if day in t}
    if want:
        assert got == {want}
    else:
        assert "supported" not in got


ROTHERHAM = "80543_rotherham__children's_services_focused_visit_-_04_december_2020.pdf"
GLOUCESTERSHIRE = "80470_gloucestershire__children's_services_focused_visit_-_20_november_2020.pdf"


@pytest.fixture(scope="module")
def check21v(corpus_db, tmp_path_factory):
    """The corpus plus two focused-visit letters of autumn 2020: Rotherham's (20 to 22 October,
    'carried out by remote means') and Gloucestershire's (6 to 8 October, 'carried out partly
    by remote means')."""
    db = corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("visits21"), (ROTHERHAM, GLOUCESTERSHIRE)
    )
    with in_process_checker(db) as run:
        yield run


@pytest.mark.parametrize(
    ("council", "how", "want"),
    [
        ("Rotherham", "remotely", {"supported"}),
        ("Rotherham", "in person", {"contradicted"}),
        ("Gloucestershire", "remotely", None),
        ("Gloucestershire", "in person", None),
    ],
)
def test_how_a_visit_was_done(check21v, council: str, how: str, want: set[str] | None) -> None:
    text = (
        f"{council} children's services are making progress, Ofsted has said. An Ofsted "
        f"focused visit in October 2020, carried out {how} during the pandemic, found that "
        "leaders had responded well to the challenges of Covid-19."
    )
    found = check21v(text, date(2020, 12, 10))
    got = {v for k, t, v in found if k == "visit" and f"carried out {how}" in t}
    if want:
        assert got == want
        # (what the visit found is no part of how it was done)
        assert not [t for k, t, v in found if k == "visit" and "found that leaders" in t]
    else:
        # (a visit done partly by remote means: neither way of saying it is wrong)
        assert "contradicted" not in got


# Harrow: ilacs2023 published 4 March 2025, which says leaders addressed the findings of the
# joint targeted area inspection (JTAI) in May 2023, and elsewhere 'the JTAI in 2023'.
@pytest.mark.parametrize(("month", "want"), [("May", "supported"), ("June", "contradicted")])
def test_a_year_alone_does_not_date_a_visit_said_by_month(check21, month: str, want: str) -> None:
    text = (
        "Harrow Council's children's services have been rated by Ofsted in a report published "
        "yesterday. Inspectors said leaders had acted on the weaknesses identified in a joint "
        f"targeted area inspection (JTAI) in {month} 2023."
    )
    found = check21(text, date(2025, 3, 5))
    assert verdicts(found, f"{month} 2023") == {want}


# Bath and North East Somerset: ilacs2018 published 19 April 2022, 'the learning from
# conversations held with them is not consistently well used to reduce the likelihood of them
# going missing again'.
@pytest.mark.parametrize(
    ("quote", "want"),
    [
        ("is not consistently well", "supported"),
        ("is consistently well", "contradicted"),
    ],
)
def test_quote_that_drops_the_reports_not(check21, quote: str, want: str) -> None:
    text = (
        "Bath and North East Somerset Council's children's services require improvement, Ofsted "
        "has said in a report published today. Inspectors found the learning from "
        f'conversations with children who go missing "{quote}".'
    )
    found = check21(text, date(2022, 4, 19))
    assert verdicts(found, quote, "quote") == {want}


# Cheshire East: ilacs2018 published 9 January 2020; among its recommendations 'Management
# oversight of cases in pre-proceedings, to avoid drift and delay for children', 'The quality
# and consistency of support and engagement with foster carers' and 'Consistent management
# oversight and supervision in the organisation ...'.
@pytest.mark.parametrize(
    ("who", "want"), [("foster carers", "supported"), ("special guardians", "contradicted")]
)
def test_recommendations_frame_with_other_things_named(check21, who: str, want: str) -> None:
    text = (
        "Cheshire East Council's children's services require improvement, Ofsted has said. "
        "Ofsted wants the council to improve management oversight of cases in pre-proceedings, "
        "to avoid drift and delay for children; the quality and consistency of support and "
        f"engagement with {who}; and consistent management oversight and supervision in the "
        "organisation."
    )
    found = check21(text, date(2020, 1, 10))
    assert verdicts(found, "pre-proceedings", "recommendation") == {want}


# Birmingham: sif published 25 November 2016, 'The local authority is in touch with 97% of care
# leavers, which is better than the England average of 88% in 2015–16.'
@pytest.mark.parametrize(
    ("share", "want"), [("97%", "supported"), ("92%", "contradicted"), ("about 92%", "supported")]
)
def test_figure_given_before_a_quote(check21, share: str, want: str) -> None:
    text = (
        "Birmingham City Council's children's services remain inadequate, Ofsted said in a "
        "report published yesterday. Inspectors found the council was in touch with "
        f'{share} of care leavers, "which is better than the England average of 88%", and '
        "that only 14 no longer have contact with the service."
    )
    found = check21(text, date(2016, 11, 26))
    assert verdicts(found, "England average of 88%", "quote") == {want}


# Norfolk: ilacs2023 published 18 May 2026.
@pytest.mark.parametrize(("as_of", "want"), [(date(2026, 5, 19), "supported")])
def test_published_its_report_on_the_council_yesterday(check21, as_of: date, want: str) -> None:
    text = (
        "Norfolk has become one of the few councils with children's services rated outstanding "
        "in every area, after Ofsted published its latest report on the county's social care "
        "department yesterday."
    )
    found = check21(text, as_of)
    assert verdicts(found, "yesterday", "date") == {want}


# Sandwell: sif published 5 June 2015, 'Of 174 care leavers, 21 are parents.'
@pytest.mark.parametrize(("n", "want"), [("21", "supported"), ("12", "contradicted")])
def test_one_number_changed_beside_another_the_reports(check21, n: str, want: str) -> None:
    text = (
        "Sandwell Council's children's services are inadequate, Ofsted said in a report "
        f"published yesterday. The report also reveals that of 174 care leavers, {n} are parents."
    )
    found = check21(text, date(2015, 6, 6))
    assert verdicts(found, f"{n} are parents") == {want}


# Hampshire: sif published 22 April 2014, 'Ensure that social workers' caseloads in the
# Referral and Assessment teams are manageable ...' and 'Ensure that all newly qualified
# social workers (NQSWs) have a protected and balanced case load ...'.
def test_and_inside_a_name_parts_no_things(tmp_path, corpus_db) -> None:
    from tests.claims_helpers import check_text, claim_with

    text = (
        "Hampshire County Council's children's services are good, Ofsted said in a report "
        "published today. Ofsted wants the council to keep caseloads in the Referral and "
        "Assessment Teams manageable and to give newly qualified social workers a protected "
        "caseload in their first year."
    )
    c = claim_with(check_text(tmp_path, corpus_db, text, "2014-04-22"), "Referral and")
    assert c["verdict"] == "supported"
    # two things named, the first with the teams' whole name
    assert "Referral and Assessment Teams" in c["explanation"].replace("…", "") or (
        "'Assessment Teams manageable'" not in c["explanation"]
    )


# Cheshire East again (ilacs2018 published 9 January 2020): 'Ofsted told the council to ...'
# introduces the list of what must improve as 'Ofsted asked the council to ...' does.
@pytest.mark.parametrize(("who", "want"), [("foster carers", "supported")])
def test_ofsted_told_the_council_to(check21, who: str, want: str) -> None:
    text = (
        "Cheshire East Council's children's services require improvement, Ofsted has said. "
        "Ofsted told the council to improve management oversight of cases in pre-proceedings, "
        f"make sure support and engagement with {who} is of consistent quality, and strengthen "
        "management oversight and supervision in the organisation."
    )
    found = check21(text, date(2020, 1, 10))
    assert verdicts(found, "pre-proceedings", "recommendation") == {want}


# Greenwich: sif published 5 August 2016, 'The previous inspection of the local authority's
# arrangements for the protection of children was in December 2012. The local authority was
# judged to be good.'; ilacs holds no report before it.
@pytest.mark.parametrize(
    ("words", "when"),
    [
        (
            "At the last inspection of child protection arrangements, in {when}, the council",
            "December 2012",
        ),
        (
            "Its arrangements for protecting children were judged good when last inspected, in {when}, and the council",
            "2012",
        ),
    ],
)
def test_inspection_before_the_first_held_dated_by_its_report(
    check21, words: str, when: str
) -> None:
    text = (
        "Greenwich's children's services are good, Ofsted has said in a report published "
        f"today. {words.format(when=when)} has kept its services steady since."
    )
    found = check21(text, date(2016, 8, 5))
    assert verdicts(found, when, "date") == {"supported"}


# Kingston upon Hull: ilacs2018 published 17 May 2019, 'A new director of children's services
# (DCS) was appointed in May 2017'.
@pytest.mark.parametrize(
    ("when", "want"), [("May 2017", "supported"), ("May 2016", "contradicted")]
)
def test_a_date_in_an_aside_of_what_the_report_said(check21, when: str, want: str) -> None:
    text = (
        "Hull City Council's children's services require improvement, Ofsted said in a report "
        "published yesterday. The report, led by Her Majesty's Inspector Jan Edwards, said the "
        f"director of children's services, appointed in {when}, had brought stability to the "
        "senior team."
    )
    found = check21(text, date(2019, 5, 18))
    assert verdicts(found, f"appointed in {when}", "date") == {want}


# Bath and North East Somerset: sif published 7 July 2017, 'The director of children's services
# (DCS) has been in post since September 2016'.
@pytest.mark.parametrize(("when", "want"), [("September 2016", False), ("September 2015", True)])
def test_how_long_a_leader_has_been_in_post(check21, when: str, want: bool) -> None:
    text = (
        "Bath and North East Somerset Council's children's services are good, Ofsted said in a "
        "report published yesterday. The director of children's services, who has been in post "
        f"since {when}, said the council would build on the result."
    )
    found = check21(text, date(2017, 7, 8))
    got = {v for k, t, v in found if f"since {when}" in t}
    assert got and ("contradicted" in got) == want
    assert want or got == {"supported"}
