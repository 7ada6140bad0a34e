"""`ilacs check` on grades and moves told in a history (round 22): a year heading over a
section ("2017: A turnaround") and a sentence telling of one inspection in a year ("When
inspectors returned in February 2017, ...", "A re-inspection in the autumn of 2016 found ...")
set the inspection the grades after them in the paragraph are of, moves and steps too; "no
'good'" is a grade not given. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check22(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Sunderland: sif published 20 July 2015 (inadequate everywhere); sif on site April 2018,
# published 25 July 2018 (inadequate overall, leadership, help and protection; adoption good);
# ilacs2018 published 20 August 2021 (outstanding overall and leadership); ilacs2023 published
# 11 March 2025 (outstanding; care leavers good).
SUNDERLAND = date(2025, 3, 12)
# Surrey: sif published 16 May 2018 (inadequate overall, leadership, help and protection);
# ilacs2023 published 9 May 2025, good in every judgement.
SURREY = date(2025, 5, 10)
# Torbay: sif published 24 August 2018 (inadequate overall; adoption good); ilacs2023 published
# 24 February 2026, good in every judgement.
TORBAY = date(2026, 2, 25)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Sunderland's decade of Ofsted verdicts\n\n2018: Still failing\n\n"
            "Help and protection was judged inadequate again, while adoption was rated good.",
            "Help and protection was judged inadequate",
        ),
        (
            "A look back at Sunderland's inspections.\n\n2015 - Inadequate\n\n"
            "Inspectors found widespread failures. Leadership was rated inadequate.",
            "Leadership was rated inadequate",
        ),
        (
            "When inspectors returned to Surrey in February 2018, they found too little progress. "
            "Leadership was still judged inadequate, as was help and protection.",
            "Leadership was still judged inadequate",
        ),
        (
            "A re-inspection of Torbay in the summer of 2018 found things had moved, but not "
            "enough. The council was still inadequate overall.",
            "still inadequate overall",
        ),
        (
            "The turning point for Sunderland came with the inspection of June 2021, published "
            "that August. Leadership was rated outstanding.",
            "Leadership was rated outstanding",
        ),
    ],
)
def test_history_grades_are_of_the_inspection_the_narrative_set(check22, text, words) -> None:
    as_of = TORBAY if "Torbay" in text else SURREY if "Surrey" in text else SUNDERLAND
    assert verdicts(check22(text, as_of), words) == {"supported"}


def test_a_grade_the_narrative_set_is_checked_against_that_inspection(check22) -> None:
    # (the latest gives Surrey's leadership good; the 2018 inspection gave it inadequate)
    text = (
        "When inspectors returned to Surrey in February 2018, they found too little progress. "
        "Leadership was rated good."
    )
    assert verdicts(check22(text, SURREY), "Leadership was rated good") == {"contradicted"}


def test_the_present_leaves_the_narrative(check22) -> None:
    text = (
        "When inspectors returned to Surrey in February 2018, they found too little progress. "
        "Today the council is rated good."
    )
    assert verdicts(check22(text, SURREY), "rated good") == {"supported"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Leadership jumped three grades from inadequate to outstanding.",
        "Leadership jumped three grades.",
    ],
)
def test_steps_are_of_the_inspection_the_narrative_set(check22, sentence) -> None:
    # (leadership inadequate in 2018, outstanding in 2021 and 2025)
    text = (
        "When inspectors returned to Sunderland in June 2021, they found a transformed service. "
        + sentence
    )
    assert "contradicted" not in verdicts(check22(text, SUNDERLAND), "three grades")
    assert "supported" in verdicts(check22(text, SUNDERLAND), "three grades")


@pytest.mark.parametrize(
    "text, as_of, words",
    [
        # Middlesbrough: requires improvement 2016, inadequate 2020, requires improvement 2023
        (
            "Eight years, three inspections, no 'good': Middlesbrough's long wait",
            date(2023, 5, 26),
            "no 'good'",
        ),
        ("A decade and no outstanding for Surrey children's services", SURREY, "no outstanding"),
        ("Still no “good” for Middlesbrough as Ofsted reports", date(2023, 5, 26), "good"),
    ],
)
def test_no_grade_is_a_grade_not_given(check22, text, as_of, words) -> None:
    # (no claim at all is safe too)
    assert "contradicted" not in {v for _, t, v in check22(text, as_of) if words in t}


@pytest.mark.parametrize(
    "text, as_of, words",
    [
        # Sunderland: inadequate (published 25 July 2018), outstanding (published 20 August 2021)
        ("Sunderland moved up from inadequate in August.", date(2021, 9, 10), "from inadequate"),
        # Torbay: inadequate (published 24 August 2018), good (published 18 May 2022)
        ("Torbay's rating improved from inadequate in May.", date(2022, 6, 1), "from"),
        # Surrey: requires improvement (published 9 March 2022), good (published 9 May 2025)
        (
            "Surrey's overall rating rose from requires improvement last month.",
            date(2025, 6, 2),
            "from requires improvement",
        ),
    ],
)
def test_a_move_from_a_grade_dated_with_no_to_may_be_dated_by_the_move(
    check22, text, as_of, words
) -> None:
    assert verdicts(check22(text, as_of), words) == {"supported"}


def test_a_move_from_a_grade_neither_inspection_gave_is_still_contradicted(check22) -> None:
    # (Surrey: requires improvement in 2022, good in May 2025: never inadequate then)
    found = check22("Surrey moved up from inadequate in May.", date(2025, 6, 2))
    assert verdicts(found, "from inadequate") == {"contradicted"}


@pytest.mark.parametrize(
    "text",
    [
        "By November 2012 Torbay's protection services had been upgraded to adequate.",
        "By 2011 Torbay's safeguarding services had improved to adequate.",
        "Torbay's child protection services were upgraded to adequate in 2012.",
    ],
)
def test_a_move_before_the_first_inspection_held_is_not_in_the_record(check22, text) -> None:
    # (Torbay: first held report published 5 January 2016; good in 2022 and in 2026)
    as_of = date(2026, 3, 1)
    assert "contradicted" not in {v for k, _, v in check22(text, as_of) if k in ("trend", "grade")}


@pytest.mark.parametrize(
    "system", ["inspection system", "inspection regime", "inspection framework"]
)
def test_the_inspection_system_is_no_visit(check22, system) -> None:
    # (Sunderland's latest report: on site from 27 January 2025, published 11 March 2025)
    text = (
        "When Ofsted rated Sunderland's children's services outstanding last month, it crowned "
        f"the council's long climb through the {system}."
    )
    assert "contradicted" not in {v for _, _, v in check22(text, date(2025, 4, 5))}


@pytest.mark.parametrize(
    "text, as_of",
    [
        # Blackpool: requires improvement (published 8 September 2014), inadequate (17 January
        # 2019), requires improvement (1 February 2023)
        (
            "Blackpool's children's services have shaken off their inadequate rating for the "
            "first time in four years.",
            date(2023, 2, 2),
        ),
        (
            "Blackpool is out of inadequate for the first time in more than three years.",
            date(2023, 2, 2),
        ),
        # Middlesbrough: requires improvement (19 February 2016), inadequate (24 January 2020),
        # requires improvement (25 May 2023)
        (
            "Middlesbrough has escaped the inadequate rating for the first time in almost four "
            "years.",
            date(2023, 5, 26),
        ),
    ],
)
def test_first_time_in_some_years_looks_back_those_years(check22, text, as_of) -> None:
    assert verdicts(check22(text, as_of), "first time") == {"supported"}


def test_first_time_in_more_years_than_the_last_such_report_is_contradicted(check22) -> None:
    text = "Blackpool is out of inadequate for the first time in ten years."
    assert verdicts(check22(text, date(2023, 2, 2)), "first time") == {"contradicted"}


@pytest.mark.parametrize(
    "text, as_of",
    [
        # Gloucestershire (published 4 August 2025): good overall, outstanding for leadership
        # and children in care; inadequate in 2017, requires improvement in 2022
        (
            "For the first time, Gloucestershire has been rated outstanding in two areas.",
            date(2025, 8, 5),
        ),
        (
            "Gloucestershire was judged outstanding across two judgements for the first time.",
            date(2025, 8, 5),
        ),
        # Blackpool (published 28 July 2026): no overall grade, outstanding for leadership,
        # children in care and care leavers
        (
            "Blackpool has been rated outstanding in three areas for the first time.",
            date(2026, 7, 29),
        ),
    ],
)
def test_first_time_a_grade_in_some_areas_is_a_count_of_judgements(check22, text, as_of) -> None:
    assert verdicts(check22(text, as_of), "first time") == {"supported"}


@pytest.mark.parametrize(
    "text, as_of",
    [
        # Torbay: good in 2022 (first time) and again in 2026
        (
            "And in 2022, under the ILACS framework, Torbay was rated good for the first time.",
            date(2026, 3, 1),
        ),
        # Sunderland: outstanding in 2021 (first time) and again in 2025
        ("In 2021 Sunderland was rated outstanding for the first time.", date(2025, 3, 12)),
        (
            "In 2021, inspectors spent two weeks in Sunderland. The council was judged "
            "outstanding for the first time.",
            date(2025, 3, 12),
        ),
    ],
)
def test_first_time_in_a_year_told_is_that_years_inspection(check22, text, as_of) -> None:
    assert verdicts(check22(text, as_of), "first time") == {"supported"}


@pytest.mark.parametrize(
    "text, as_of",
    [
        # Cumberland and Westmorland and Furness, created in April 2023 (Cumbria's successors):
        # their first reports published 26 November 2024 and 12 July 2024
        (
            "Cumberland Council's children's services have been rated good by Ofsted. Cumbria's "
            "children's services were last judged to require improvement to be good in November "
            "2022, so yesterday's verdict marks a step up.",
            date(2024, 11, 27),
        ),
        (
            "Cumberland Council has been rated good. Services in the county were last judged to "
            "require improvement in November 2022.",
            date(2024, 11, 27),
        ),
        (
            "It is the first time Westmorland and Furness Council, which took over from Cumbria "
            "County Council when it was abolished, has been inspected. Cumbria's children's "
            "services were last judged to require improvement in November 2022.",
            date(2024, 7, 13),
        ),
    ],
)
def test_a_grade_before_the_council_was_created_is_its_predecessors(check22, text, as_of) -> None:
    found = check22(text, as_of)
    assert "contradicted" not in {v for k, t, v in found if "2022" in t and k == "grade"}


@pytest.mark.parametrize(
    "text, as_of",
    [
        # Gloucestershire (published 4 August 2025) and Warrington (30 July 2024): good overall,
        # outstanding for the impact of leaders
        (
            "Gloucestershire children's services rated 'good' as Ofsted hails 'inspirational' "
            "leaders",
            date(2025, 8, 5),
        ),
        ("Gloucestershire rated good as inspectors praise strong leadership", date(2025, 8, 5)),
        (
            "Warrington's children's services rated good as watchdog highlights strong leadership",
            date(2024, 7, 31),
        ),
    ],
)
def test_areas_another_verb_praises_after_the_grade_are_not_graded(check22, text, as_of) -> None:
    assert verdicts(check22(text, as_of), "rated", "grade") == {"supported"}
