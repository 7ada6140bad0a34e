"""`ilacs check` (round 8): dates of what is no inspection (the councils that replaced another,
a council's action plan), a council abolished since whose own reports ilacs lacks, an aside
that counts councils by something else than a grade, the pair 'both' names, the lead of a
visit, the day of a visit inside the words of its letter, and a date's noun phrase."""

from __future__ import annotations

import shutil

import pytest

from tests.claims_helpers import check_text, claim_with
from tests.conftest import LETTERS


def test_the_councils_that_replaced_another_and_the_council_before(tmp_path, corpus_db):
    # Westmorland and Furness: good overall in its first report (12 July 2024); the council
    # it replaced (Cumbria, abolished 31 March 2023) has no report in the corpus
    text = (
        "Westmorland and Furness Council, one of two unitary councils that replaced Cumbria "
        "County Council in April 2023, was rated good in its first inspection, in a report "
        "published on 12 July.\n\nChildren's services at Cumbria had been rated requires "
        "improvement to be good in November 2022.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-24")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert not [c for c in claims if c["type"] == "rank"], claims
    assert claim_with(claims, "was rated good in its first")["verdict"] == "supported"
    c = claim_with(claims, "Children's services at Cumbria")
    assert c["verdict"] == "not_in_record", c
    # the day of the replacing, as the report says it ('came into being on 1 April 2023')
    assert claim_with(claims, "replaced Cumbria County Council in April 2023")["verdict"] == (
        "supported"
    )


def test_a_councils_action_plan_is_no_inspection(tmp_path, corpus_db):
    # Stockport: on site 12-23 May 2025, published 15 July 2025
    text = (
        "Stockport's children's services were judged to require improvement in July. A "
        "post-inspection action plan was submitted to Ofsted in August.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-09-10")
    assert not [c for c in claims if "August" in c["text"]], claims


def test_both_names_a_pair_not_a_count_of_councils(tmp_path, corpus_db):
    # Richmond upon Thames and Kingston upon Thames: both outstanding in 2025 (39 councils
    # outstanding then): 'both' is no count of councils in England
    text = "Both boroughs served by the trust are now rated outstanding.\n"
    claims = check_text(tmp_path, corpus_db, text, "2025-08-20")
    assert not [c for c in claims if c["type"] == "count"], claims


def test_a_date_from_its_noun_phrase(tmp_path, corpus_db):
    # South Tyneside: on site 15-26 June 2026 (two weeks), published 4 August 2026
    text = (
        "South Tyneside's children's services have improved. The report, published yesterday, "
        "follows a two-week inspection in {month}.\n"
    )
    for month, verdict in (("June", "supported"), ("May", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(month=month), "2026-08-05")
        c = claim_with(claims, f"a two-week inspection in {month}")
        assert c["verdict"] == verdict, (month, claims)


GLOUCESTERSHIRE = "80470_gloucestershire__children's_services_focused_visit_-_20_november_2020.pdf"


@pytest.fixture(scope="module")
def with_gloucestershire(corpus_db, tmp_path_factory):
    """The corpus plus Gloucestershire's focused-visit letter (visit 6-8 October 2020, led by
    Nigel Parkes; the full report of 2017 was led by Emmy Tomsett)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("dates8")
    db = tmp / "dates8.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / GLOUCESTERSHIRE, pdfs / GLOUCESTERSHIRE)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


VISIT = (
    "Progress in Gloucestershire's children's services has been slow in places, Ofsted has "
    "said.\n\nThe visit, led by {name}, looked at the help given to children in care.\n"
)


def test_the_lead_of_a_visit_is_its_letters(tmp_path, corpus_db, with_gloucestershire):
    claims = check_text(
        tmp_path, with_gloucestershire, VISIT.format(name="Nigel Parkes"), "2020-11-24"
    )
    assert claim_with(claims, "led by Nigel Parkes")["verdict"] == "supported", claims
    claims = check_text(
        tmp_path, with_gloucestershire, VISIT.format(name="Emmy Tomsett"), "2020-11-24"
    )
    assert claim_with(claims, "led by Emmy Tomsett")["verdict"] == "contradicted", claims
    # without the letter: not the full report's lead, but a letter ilacs does not hold
    claims = check_text(tmp_path, corpus_db, VISIT.format(name="Nigel Parkes"), "2020-11-24")
    assert claim_with(claims, "led by Nigel Parkes")["verdict"] == "not_in_record", claims


def test_the_day_of_a_visit_inside_the_words_of_its_letter(tmp_path, with_gloucestershire):
    text = (
        "Three inspectors carried out a focused visit to Gloucestershire on {day}, looking at "
        "the help given to children in care and care leavers.\n"
    )
    for day, verdict in (("October 6", "supported"), ("November 6", "contradicted")):
        claims = check_text(tmp_path, with_gloucestershire, text.format(day=day), "2020-11-24")
        c = claim_with(claims, f"visit to Gloucestershire on {day}, looking")
        assert c["verdict"] == verdict, (day, claims)


def test_the_number_rated_a_grade_under_a_framework_named_by_its_year(tmp_path, corpus_db):
    # 12 August 2025: 117 councils with a 2023-framework report, 35 of them outstanding (39
    # councils' latest overall grade outstanding, by any framework)
    text = (
        "The three results take the number of councils rated outstanding under the inspection "
        "framework introduced in January 2023 to {n}.\n"
    )
    for n, verdict in (("35", "supported"), ("38", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2025-08-13")
        c = claim_with(claims, "the number of councils rated outstanding")
        assert (c["type"], c["verdict"]) == ("count", verdict), (n, claims)


def test_the_visit_of_a_report_just_out_before_ilacs_first_inspection(tmp_path, corpus_db):
    # Hillingdon: the first SIF report, on site 25 November - 18 December 2013, published
    # 11 February 2014
    text = (
        "Hillingdon's children's services were judged to require improvement in a report "
        "published today. Inspectors were with the council's social care teams in {months} "
        "last year.\n"
    )
    for months, verdict in (
        ("November and December", "supported"),
        ("September and October", "contradicted"),
    ):
        claims = check_text(tmp_path, corpus_db, text.format(months=months), "2014-02-11")
        c = claim_with(claims, f"teams in {months}")
        assert (c["type"], c["verdict"]) == ("date", verdict), (months, claims)


def test_a_count_of_the_capitals_councils(tmp_path, corpus_db):
    # 14 January 2025: 14 of London's 33 councils' latest overall grade outstanding
    text = "In London, {n} of the capital's 33 councils now hold the top rating.\n"
    for n, verdict in (("14", "supported"), ("16", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2025-01-14")
        c = claim_with(claims, f"{n} of the capital's")
        assert (c["type"], c["verdict"]) == ("count", verdict), (n, claims)


def test_how_many_reports_came_out_on_a_day(tmp_path, corpus_db):
    # Friday 12 July 2024: ten full inspection reports, Rutland's among them
    text = (
        "Rutland's children's services have been rated good, as the inspectorate published the "
        "outcomes of inspections at {n} local authorities on Friday.\n"
    )
    for n, verdict in (("ten", "supported"), ("eight", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2024-07-15")
        c = claim_with([x for x in claims if x["type"] == "count"], f"at {n} local authorities")
        assert c["verdict"] == verdict, (n, claims)


def test_the_move_a_rank_names_after_the_grades_of_its_sentence(tmp_path, corpus_db):
    # Medway (11 September 2023): the third council to move from inadequate to good under the
    # 2023 framework, after East Riding of Yorkshire and St Helens
    text = (
        "Children's services in Medway have been rated good by Ofsted, four years after they "
        "were judged inadequate, making the council the {nth} council to move straight from "
        "inadequate to good under the inspectorate's current framework.\n"
    )
    for nth, verdict in (("third", "supported"), ("second", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(nth=nth), "2023-09-12")
        c = claim_with(claims, f"the {nth} council")
        assert (c["type"], c["verdict"]) == ("rank", verdict), (nth, claims)


def test_the_only_council_of_a_region_still_rated_a_grade(tmp_path, corpus_db):
    # 16 March 2020: Newham (March 2019) the only London council rated inadequate; Tower
    # Hamlets good (July 2019)
    text = (
        "Croydon is only the fourth London borough to go straight from inadequate to good, "
        "after Bromley, Barnet and Tower Hamlets, and today's result leaves {who} as the only "
        "London borough still rated inadequate.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(who="Newham"), "2020-03-16")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    claims = check_text(tmp_path, corpus_db, text.format(who="Tower Hamlets"), "2020-03-16")
    c = [x for x in claims if x["text"].startswith("and today's result")]
    assert c and all(x["verdict"] == "contradicted" for x in c), claims
    # the list of the others ends where the next clause begins
    assert claim_with(claims, "after Bromley")["text"].endswith("Tower Hamlets")


def test_a_plain_national_count_on_a_day_ilacs_holds_whole(tmp_path, corpus_db):
    # 11 June 2019: 12 councils' latest overall grade outstanding
    text = "Across England, {n} councils now hold an outstanding rating for children's services.\n"
    for n, verdict in (("12", "supported"), ("15", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2019-06-11")
        c = claim_with(claims, f"{n} councils")
        assert (c["type"], c["verdict"]) == ("count", verdict), (n, claims)
    # a loose number keeps its slack
    claims = check_text(
        tmp_path,
        corpus_db,
        "Across England, about 14 councils now hold an outstanding rating.\n",
        "2019-06-11",
    )
    assert claim_with(claims, "14 councils")["verdict"] != "contradicted", claims


def test_a_grade_shaken_off_is_no_grade_held(tmp_path, corpus_db):
    # Solihull and Herefordshire: inadequate before, good in the reports of 12 January 2026
    text = (
        "Solihull was one of two West Midlands councils to shake off an inadequate rating on the "
        "same day, with Herefordshire also judged good.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-01-13")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_last_month_of_the_same_name_is_a_year_before(tmp_path, corpus_db):
    # Bromley: outstanding in the report of 12 January 2024
    text = "Bromley, rated outstanding last January, has kept its top grade.\n"
    claims = check_text(tmp_path, corpus_db, text, "2025-01-14")
    assert claim_with(claims, "rated outstanding last January")["verdict"] == "supported", claims


def test_the_month_of_the_councils_before_a_rank(tmp_path, corpus_db):
    # Bradford (21 May 2026): the third council in 2026 to move off inadequate, after
    # Herefordshire and Solihull (both 12 January 2026)
    text = (
        "Bradford is the third council this year to shake off an inadequate rating, after "
        "Herefordshire and Solihull in {month}.\n"
    )
    for month, verdict in (("January", "supported"), ("March", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(month=month), "2026-05-22")
        c = claim_with([x for x in claims if x["type"] == "rank"], "the third council")
        assert c["verdict"] == verdict, (month, claims)
        assert not [x for x in claims if x["type"] == "grade" and x["verdict"] == "contradicted"]


def test_inspectors_after_the_name_of_a_council_abolished_before(tmp_path, corpus_db):
    # Westmorland and Furness (12 July 2024): led by Kathryn Grindrod; Cumbria, the council it
    # replaced, has no report of its own in the corpus
    text = (
        "Meanwhile Westmorland and Furness Council, one of two unitary councils that replaced "
        "Cumbria County Council in April 2023, was rated good in its first inspection.\n\n"
        "Inspectors, led by {name}, said senior leaders had responded well to reorganisation.\n"
    )
    for name, verdict in (("Kathryn Grindrod", "supported"), ("Tracey Ledder", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(name=name), "2024-07-24")
        assert claim_with(claims, f"led by {name}")["verdict"] == verdict, (name, claims)


def test_a_visit_dated_by_the_report_that_says_when_it_was_undertaken(tmp_path, corpus_db):
    # Hackney (20 December 2019): 'A focused visit undertaken in February 2019 identified areas
    # for priority action'; the letter itself is not in the corpus
    text = (
        "Hackney's children's services now require improvement to be good, Ofsted said in a "
        "report published today. Inspectors said a focused visit in {month} this year had "
        "identified areas for priority action.\n"
    )
    for month, verdict in (("February", "supported"), ("June", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(month=month), "2019-12-20")
        c = claim_with(claims, f"visit in {month}")
        assert c["verdict"] == verdict, (month, claims)


def test_the_first_clean_sweep_by_a_council_that_never_made_one(tmp_path, corpus_db):
    # North Yorkshire (6 August 2018): outstanding in every judgement, the first; East Sussex
    # (4 September 2018): outstanding overall, help and protection good
    text = "{who} was the first council to achieve the clean sweep, in August 2018.\n"
    for who, verdict in (("North Yorkshire", "supported"), ("East Sussex", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(who=who), "2019-06-11")
        c = claim_with(claims, "the first council")
        assert (c["type"], c["verdict"]) == ("rank", verdict), (who, claims)


def test_a_count_within_a_metropolitan_county(tmp_path, corpus_db):
    # 8 May 2019: of Greater Manchester's ten councils, Trafford (that day) and Tameside
    # (December 2016) rated inadequate overall
    text = (
        "The verdict means Trafford is now one of {n} councils in Greater Manchester with an "
        "inadequate rating for children's services, alongside Tameside.\n"
    )
    for n, verdict in (("two", "supported"), ("three", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2019-05-08")
        c = claim_with([x for x in claims if x["type"] in ("rank", "count")], f"one of {n}")
        assert c["verdict"] == verdict, (n, claims)
    # the group named before its councils: Darlington (24 March 2026) and Hartlepool
    text = (
        "Darlington joins Hartlepool as one of only {n} Tees Valley councils to hold the top "
        "grade.\n"
    )
    for n, verdict in (("two", "supported"), ("three", "contradicted")):
        claims = check_text(tmp_path, corpus_db, text.format(n=n), "2026-03-24")
        c = claim_with([x for x in claims if x["type"] in ("rank", "count")], f"only {n}")
        assert c["verdict"] == verdict, (n, claims)
