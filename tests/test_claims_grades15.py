"""`ilacs check` on grades, runs and the council a claim is bound to (round 15): a council
named in capitals in the heading of minutes ("CENTRAL BEDFORDSHIRE COUNCIL") is that council,
not a shorter name inside it; 'the third good rating in a row' is a run of ratings; a run told
as 'this was the third consecutive inspection at which the council had been judged good' ends
with this inspection; 'the same overall grade' is the last overall grade told, not an area's;
the date of a grade lost ('the outstanding rating it received in 2022') does not date the new
one; 'children in care lost an outstanding grade' says the latest report no longer gives it.
Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims import text as T
from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check15(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def test_council_in_capitals_heading() -> None:
    names = [m.la.name for m in T.councils("CENTRAL BEDFORDSHIRE COUNCIL\nMinutes of the")]
    assert names == ["Central Bedfordshire"]
    assert [m.la.name for m in T.councils("REDCAR AND CLEVELAND BOROUGH COUNCIL")] == [
        "Redcar and Cleveland"
    ]
    # words in capitals with no COUNCIL after them are no council
    assert T.councils("READING THE REPORT") == []


# West Berkshire: sif 18 May 2015 inadequate; sif 7 July 2017 good; ilacs 4 May 2022 good;
# ilacs 28 October 2025 good.
@pytest.mark.parametrize(("nth", "want"), [("third", "supported"), ("fourth", "contradicted")])
def test_nth_good_rating_in_a_row(check15, nth: str, want: str) -> None:
    text = (
        "West Berkshire Council's children's services have been judged good by Ofsted. "
        f"The report, published today, is the {nth} good rating in a row for the service."
    )
    got = [v for k, t, v in check15(text, date(2025, 10, 28)) if "in a row" in t]
    assert got == [want]


# Central Bedfordshire: sif 25 August 2017 good; ilacs 4 March 2022 good; ilacs 24 April 2025
# good (three in the record).
def test_run_told_in_minutes_ends_with_this_inspection(check15) -> None:
    text = (
        "CENTRAL BEDFORDSHIRE COUNCIL\nMinutes of the Children's Services Committee\n\n"
        "The Director said the inspection report had judged the Council's services good. "
        "She noted that this was the {n} consecutive inspection at which the Council had been "
        "judged good overall, following the inspections of 2017 and 2022."
    )
    third = check15(text.format(n="third"), date(2025, 6, 10))
    assert [v for k, t, v in third if "consecutive" in t] == ["supported"]
    second = check15(text.format(n="second"), date(2025, 6, 10))
    assert [v for k, t, v in second if "consecutive" in t] == ["contradicted"]


# Stoke-on-Trent: ilacs 25 November 2022 requires improvement overall, children in care good;
# ilacs 15 July 2025 requires improvement overall, children in care good.
def test_same_overall_grade_is_the_overall_one(check15) -> None:
    text = (
        "Stoke-on-Trent City Council's children's services have been rated 'requires "
        "improvement to be good' by Ofsted. Services for children in care were judged good. "
        "The verdict is the same overall grade the council received in 2022."
    )
    got = [v for k, t, v in check15(text, date(2025, 7, 16)) if "same overall" in t]
    assert "contradicted" not in got


# Kent: ilacs 5 July 2022 outstanding overall, children in care outstanding; ilacs 2 February
# 2026 good overall, children in care outstanding.
def test_grade_lost_keeps_its_date(check15) -> None:
    text = (
        "Kent County Council has lost the outstanding rating it received in 2022, with Ofsted "
        "downgrading its children's services to good. However, children in care {verb} an "
        "outstanding grade."
    )
    kept = check15(text.format(verb="retained"), date(2026, 2, 3))
    assert [v for k, t, v in kept if "downgrading" in t] == ["supported"]
    lost = check15(text.format(verb="lost"), date(2026, 2, 3))
    assert [v for k, t, v in lost if "children in care lost" in t] == ["contradicted"]


# Stockton-on-Tees: sif 5 August 2016 good; ilacs 1 July 2019 and 9 May 2023 requires
# improvement.
@pytest.mark.parametrize(("nth", "want"), [("second", "supported"), ("third", "contradicted")])
def test_run_of_the_grade_told_before(check15, nth: str, want: str) -> None:
    text = (
        "Ofsted rated Stockton-on-Tees Borough Council's children's services 'requires "
        "improvement to be good' in every area in a report published in May. "
        f"That was the {nth} time in a row the borough had received the grade."
    )
    got = [v for k, t, v in check15(text, date(2023, 6, 1)) if "in a row" in t]
    assert got == [want]


# Shropshire: help and protection requires improvement (ilacs 25 March 2022), outstanding
# (ilacs 12 August 2025); overall good, then outstanding.
@pytest.mark.parametrize(
    ("n", "want"), [("two grades", "supported"), ("one grade", "contradicted")]
)
def test_jump_after_dash_is_the_sentence_judgement(check15, n: str, want: str) -> None:
    text = (
        "Shropshire Council's children's services have been rated outstanding. Help and "
        "protection, which was rated 'requires improvement to be good' in 2022, is now judged "
        f"outstanding – jumping {n}."
    )
    got = [v for k, t, v in check15(text, date(2025, 8, 13)) if t.endswith(f"jumping {n}")]
    assert got == [want]


# Bradford: impact of leaders inadequate (ilacs 31 January 2023), good (ilacs 21 May 2026).
@pytest.mark.parametrize(
    ("n", "want"), [("two grades", "supported"), ("one grade", "contradicted")]
)
def test_up_n_grades_from_a_named_grade(check15, n: str, want: str) -> None:
    text = (
        "Ofsted has rated Bradford's children's services 'requires improvement to be good'. "
        f"Inspectors rated the impact of leaders as good, up {n} from inadequate three years ago."
    )
    got = [v for k, t, v in check15(text, date(2026, 5, 22)) if f"up {n}" in t]
    assert got == [want]


# Bedford: ilacs 14 January 2022 good; ilacs 27 August 2025 requires improvement in every
# judgement.
def test_same_grade_is_the_verdict_told_not_the_one_left(check15) -> None:
    text = (
        "Bedford Borough Council's children's services were rated \"requires improvement to be "
        'good" in a report published yesterday – a drop from the good rating they received at '
        "the last full inspection in November 2021.\n\nInspectors, who visited in July, gave the "
        "same grade to all four areas they assessed: leadership, help and protection, children "
        "in care and care leavers."
    )
    got = [v for k, t, v in check15(text, date(2025, 8, 28)) if "same grade" in t]
    assert "contradicted" not in got


# Cumberland: ilacs 26 November 2024: overall good, leaders good, help and protection requires
# improvement, children in care good, care leavers good.
@pytest.mark.parametrize(
    ("in_care", "want"),
    [("Good", "supported"), ("Requires Improvement to be Good", "contradicted")],
)
def test_list_of_judgements_with_dashes(check15, in_care: str, want: str) -> None:
    text = (
        "Ofsted inspected Cumberland Council's children's services in October 2024. Overall "
        "effectiveness was judged Good. The judgements were: impact of leaders – Good; "
        "experiences and progress of children who need help and protection – Requires "
        f"Improvement to be Good; children in care – {in_care}; care leavers – Good."
    )
    got = check15(text, date(2024, 12, 10))
    assert [v for k, t, v in got if t.startswith("children in care")] == [want]
    assert "contradicted" not in [v for k, t, v in got if "help and protection" in t]


# Oldham: ilacs 12 July 2024 good in every judgement.
def test_none_in_the_region_is_no_grade_of_the_council(check15) -> None:
    text = (
        "Oldham Council's children's services have been rated good by Ofsted, though none in "
        "the city region holds the top outstanding grade."
    )
    got = check15(text, date(2024, 7, 13))
    assert "contradicted" not in [v for k, t, v in got if "none in" in t]


# Rutland: sif 13 February 2017 and ilacs 15 April 2020 requires improvement; ilacs 12 July
# 2024 good.
@pytest.mark.parametrize(("year", "want"), [("2017", "supported"), ("2014", "contradicted")])
def test_a_rating_also_received_then(check15, year: str, want: str) -> None:
    text = (
        "Rutland County Council's children's services have been rated good. It is an "
        "improvement on the council's previous inspection in 2020, when services were judged to "
        f'"require improvement" – a rating they had also received in {year}.'
    )
    got = [v for k, t, v in check15(text, date(2024, 7, 13)) if "also received" in t]
    assert got == [want] or (want == "contradicted" and got in ([], ["not_in_record"]))
