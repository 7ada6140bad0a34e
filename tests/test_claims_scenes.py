"""`ilacs check`: what a narrative's time, a move's inspection and a report's own judgements
bind to (pool dt-dw).

- "upgraded from good following a short inspection from 2 to 6 October": the inspection is the
  new grade's, not the one it left;
- "the only one of the four judgements below good", "the only inadequate grade in that report":
  one report's judgements, no rank among councils;
- "When inspectors returned that November, under lead inspector X": the lead of the report of
  the November the narrative set, not of the latest;
- "in December 2019 Hackney was one of seven London boroughs that required improvement": the
  count on that day.

Real values from the corpus in ../shared."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text, claim_with, contradicted, held_then_caught


@pytest.mark.parametrize(
    "said",
    [
        "The west London borough was upgraded from good following a short inspection carried "
        "out from 2 to 6 October",
        "Hillingdon has been upgraded from good after an inspection from 2 to 6 October",
    ],
)
def test_the_inspection_that_moved_a_grade_is_the_new_grades(tmp_path, corpus_db, said):
    # Hillingdon: good (30 May 2018), outstanding after a short inspection 2-6 October 2023
    # (published 20 November 2023)
    text = f"Hillingdon's children's services have been rated outstanding. {said}.\n"
    claims = check_text(tmp_path, corpus_db, text, "2023-11-21")
    assert not contradicted(claims), claims
    assert claim_with(claims, "upgraded from good")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("as_of", "text"),
    [
        (
            # Kent, 2 February 2026: care leavers requires improvement, the rest good or better
            "2026-02-10",
            "Kent's children's services were rated good. Services for care leavers were rated "
            "requires improvement to be good - the only one of the four judgements below good.",
        ),
        (
            # Havering, 9 December 2016 (SIF): care leavers inadequate, all else RI
            "2024-02-20",
            "Havering was rated inadequate this week. In the autumn of 2016 inspectors spent "
            "almost four weeks in the borough and concluded that services required improvement "
            "to be good. Services for care leavers were rated inadequate, the only inadequate "
            "grade in that report, while help and protection, children looked after, adoption "
            "and leadership required improvement.",
        ),
    ],
)
def test_the_only_judgement_of_a_report_is_no_rank(tmp_path, corpus_db, as_of, text):
    claims = check_text(tmp_path, corpus_db, text, as_of)
    assert not [c for c in claims if c["type"] == "rank"], claims
    assert not contradicted(claims), claims


_HACKNEY = (
    "Hackney's children's services are good again.\n\n"
    "Three years later the picture had changed. A focused visit in March 2019 identified areas "
    "for priority action. When inspectors returned that November, under lead inspector "
    "Brenda McInerney, they rated the council requires improvement overall.\n"
)


def test_a_lead_inspector_in_a_narratives_month(tmp_path, corpus_db):
    # Hackney: report of 20 December 2019 (on site in November 2019), lead inspector Brenda
    # McInerney; its latest, 20 August 2024, was led by Margaret Burke
    def lead(text: str) -> dict:
        claims = check_text(tmp_path, corpus_db, text, "2024-08-23")
        return next(c for c in claims if c["type"] == "inspector")

    held = lead(_HACKNEY)
    assert held["verdict"] == "supported", held
    assert "20 december 2019" in held["evidence"][0]["path"]
    assert not contradicted(check_text(tmp_path, corpus_db, _HACKNEY, "2024-08-23"))
    wrong = lead(_HACKNEY.replace("Brenda McInerney", "Lisa Walsh"))
    assert wrong["verdict"] == "contradicted", wrong


def test_a_count_on_the_day_a_sentence_names(tmp_path, corpus_db):
    # London at 31 December 2019: seven councils' latest reports gave requires improvement
    # overall (Barking and Dagenham, Ealing, Hackney, Haringey, Lambeth, Lewisham, Wandsworth);
    # two in August 2024
    text = (
        "Hackney's children's services are good again. In December 2019 Hackney was one of "
        "seven London boroughs that required improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-23",
        "one of seven",
        altered=("seven", "nine"),
        caught="one of nine",
    )


def test_a_time_inside_a_list_of_the_others_is_one_councils(tmp_path, corpus_db):
    # South East, SIF, good overall by publication: East Sussex (21 March 2014), Hampshire (22
    # April 2014), Oxfordshire (30 June 2014), Kent (13 June 2017), West Berkshire (7 July 2017)
    text = (
        "West Berkshire has been rated good. It is also only the fifth council in the South East "
        "to be rated good under the SIF, after East Sussex, Hampshire, Oxfordshire and, last "
        "month, Kent.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2017-07-07",
        "only the fifth council",
        altered=("fifth", "fourth"),
        caught="only the fourth council",
        kind="rank",
    )


_HEREFORDSHIRE = (
    "Herefordshire Council's children's services have been rated good by Ofsted.\n\n"
    "It is a jump of two grades from the inadequate rating handed down in 2022, and lead "
    "inspector Rebecca Dubbins's team said services had improved. On the same day, Ofsted "
    "published a report rating Solihull good, up from inadequate at its last inspection in "
    "2022, although children in care there still require improvement.\n"
)


def test_the_time_of_the_grade_a_move_left_is_not_the_new_reports(tmp_path, corpus_db):
    # Herefordshire, 12 January 2026: good, lead inspector Rebecca Dubbins (its 2022 report
    # was led by Lisa Summers); Solihull, 12 January 2026: good, children in care requires
    # improvement (its 2023 report: every judgement inadequate)
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        _HEREFORDSHIRE,
        "2026-01-13",
        ("lead inspector Rebecca Dubbins", "still require improvement"),
        altered=("children in care there", "care leavers there"),
        caught="still require improvement",
    )
    assert claim_with(claims, "Rebecca Dubbins")["type"] == "inspector"


def test_a_council_named_as_a_clauses_subject_takes_no_area_from_before(tmp_path, corpus_db):
    # Kent: 13 June 2017 (SIF) good, help and protection requires improvement; 5 July 2022
    # outstanding overall, help and protection good
    text = (
        "The 2017 inspection found children's services good, though help and protection still "
        "required improvement, and in 2022 Kent was rated outstanding, with its leadership and "
        "its work with children in care and care leavers also judged outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-02-10",
        "in 2022 Kent was rated outstanding",
        altered=("in 2022 Kent", "in 2017 Kent"),
        caught="in 2017 Kent was rated outstanding",
    )


_WARWICKSHIRE = (
    "Warwickshire's children's services are now good.\n\n"
    "The result closes a chapter that began in the summer of 2017. Inspectors who spent more "
    "than three weeks in the county in May that year found that some services had slipped "
    "since Warwickshire was judged good in 2011, and graded help and protection, children "
    "looked after, care leavers and leadership as requires improvement.\n"
)


def test_a_month_of_that_year_and_grades_after_a_since(tmp_path, corpus_db):
    # Warwickshire SIF report, published 14 July 2017, on site 2 to 25 May 2017: help and
    # protection, children looked after, care leavers and leadership requires improvement
    held_then_caught(
        tmp_path,
        corpus_db,
        _WARWICKSHIRE,
        "2022-02-02",
        "as requires improvement",
        altered=("in May that year", "in October that year"),
        caught="in October that year",
    )


def test_a_ranking_carried_into_the_next_sentence(tmp_path, corpus_db):
    # 2023 framework, inadequate overall by publication: Liverpool, the Isles of Scilly,
    # Swindon, Peterborough, then Tameside (13 February 2024), the second in the North West
    text = (
        "Tameside is only the fifth council to be rated inadequate under the inspection "
        "framework Ofsted brought in last year, following Liverpool, the Isles of Scilly, "
        "Swindon and Peterborough. It is the second in the North West under the new framework, "
        "after Liverpool.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-02-20",
        "It is the second",
        altered=("It is the second", "It is the third"),
        kind="rank",
    )


def test_councils_a_colon_lists_are_not_the_clauses_subject(tmp_path, corpus_db):
    # Kent, 2 February 2026: good overall, care leavers requires improvement; Bracknell Forest
    # (28 January 2026) outstanding in every judgement
    text = (
        "Kent was rated good this month. Three years ago care leavers were part of an "
        "outstanding judgement; now they are the weak link, and the county's drop to good "
        "leaves just three outstanding authorities in the region: Bracknell Forest, Brighton "
        "and Hove and Hampshire.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-02-10")
    assert not contradicted(claims), claims
    assert claim_with(claims, "drop to good")["urns"] == [80476]


def test_a_council_inside_anothers_relative_clause_is_not_graded(tmp_path, corpus_db):
    # Isle of Wight, 7 January 2019: good (19 November 2014: requires improvement); Hampshire,
    # 11 June 2019: outstanding
    text = (
        "Hampshire was rated outstanding. Among our closest neighbours, Portsmouth was rated "
        "good last October, and the Isle of Wight, whose children's services have been run in "
        "partnership with Hampshire since 2013, was rated good in January, up from requires "
        "improvement in 2014.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-06-12",
        "up from requires improvement in 2014",
        altered=("was rated good in January", "was rated good in March"),
        caught="Isle of Wight, whose",
    )


@pytest.mark.parametrize("opener", ["By my count", "By our reckoning,", "By my count,"])
def test_the_writers_own_count_opening_a_rank(tmp_path, corpus_db, opener):
    # inadequate then outstanding overall by publication: Sunderland (2021), Bromley (2024),
    # Tower Hamlets (13 January 2025) the third
    text = (
        f"{opener} Tower Hamlets is the third council in England to climb from inadequate to "
        "outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-03-01",
        "the third council",
        altered=("the third", "the first"),
        kind="rank",
    )
