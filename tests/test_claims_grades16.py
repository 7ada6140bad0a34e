"""`ilacs check` on grades, moves and the council and report a grade belongs to (round 16): the
date of the inspection a move is from ('a step up from the council's last full inspection in
2019') is not the new grade's; the date of a grade of the clause before is not that of a move
after it ('which was rated requires improvement in 2019 and has moved up to good'); 'across the
board' before 'a drop from the good rating' is the first grade's scope; 'that area' is the area
the sentence before named; a council named as the object of a preposition after the clause
('under the oversight of X Council') is not 'the council' of the clause; 'July of that year' is
of the year the sentence named; 'inadequate in all but two areas' is one clause; a span from a
grade to what was said ('have told councillors ..., two years after') runs to the article's
day. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims import text as T
from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check16(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str) -> list[str]:
    return [v for k, t, v in found if words in t]


# Oldham: ilacs2018 4 March 2019 requires improvement overall; ilacs2023 12 July 2024 good.
@pytest.mark.parametrize(
    ("move", "want"), [("step up", "supported"), ("step down", "contradicted")]
)
def test_step_up_from_inspection_in_year(check16, move: str, want: str) -> None:
    text = (
        f"Children's services in Oldham have been rated good by Ofsted, a {move} from the "
        "council's last full inspection in 2019."
    )
    found = check16(text, date(2024, 7, 15))
    got = _of(found, "rated good")
    assert got and all(v == want for v in got)


# Wigan: ilacs2018 5 July 2022 children in care requires improvement; ilacs2023 26 November
# 2025 children in care outstanding.
@pytest.mark.parametrize(
    ("grade", "want"), [("outstanding", "supported"), ("good", "contradicted")]
)
def test_move_after_dated_clause_is_now(check16, grade: str, want: str) -> None:
    text = (
        "Wigan's children's services have been rated good by Ofsted. There was a boost for "
        "children in care, which was rated 'requires improvement to be good' in 2022 and has "
        f"moved up to {grade}."
    )
    assert _of(check16(text, date(2025, 11, 28)), "moved up") == [want]


# Tameside: sif 9 December 2016 overall inadequate (children in care requires improvement);
# ilacs2018 1 July 2019 requires improvement in every judgement.
def test_across_the_board_is_the_first_grade_scope(check16) -> None:
    text = (
        "Tameside's children's services have been rated inadequate by Ofsted. The previous "
        "inspection, in 2019, had rated the council requires improvement across the board, a "
        "climb from the inadequate rating it held in 2016."
    )
    got = _of(check16(text, date(2024, 2, 20)), "across the board")
    assert got and set(got) == {"supported"}


# Salford: ilacs2018 12 November 2018 good overall, leadership good; ilacs2023 12 January 2024
# good overall, leadership outstanding.
@pytest.mark.parametrize(
    ("grade", "want"), [("outstanding", "supported"), ("good", "contradicted")]
)
def test_that_area_is_the_area_named_before(check16, grade: str, want: str) -> None:
    text = (
        "Salford's children's services have been judged good by Ofsted. At the previous "
        "inspection in 2018 inspectors rated the council good overall but wanted more from its "
        f"leadership. That area has now been upgraded to {grade}."
    )
    assert _of(check16(text, date(2024, 1, 15)), "That area") == [want]


# Tameside: sif 9 December 2016 inadequate overall; Stockport: no inspection in 2016.
def test_council_after_the_clause_as_an_object(check16) -> None:
    text = (
        "Tameside's children's services have been rated inadequate by Ofsted. In 2016 "
        "inspectors rated the council inadequate overall, and the Government placed services "
        "under the oversight of Stockport Council."
    )
    got = _of(check16(text, date(2024, 2, 20)), "In 2016")
    assert got == ["supported"]


# Sefton: ilacs2018 9 May 2022 inadequate overall (on site in March 2022).
def test_month_of_that_year(check16) -> None:
    text = (
        "It is three years since Ofsted rated Sefton Council's children's services inadequate. "
        "The report, published in May 2022 after inspectors visited in March of that year, "
        "found help and protection inadequate."
    )
    found = check16(text, date(2025, 5, 20))
    assert "contradicted" not in _of(found, "help and protection")
    assert "supported" in _of(found, "help and protection")


def test_all_but_is_one_clause() -> None:
    text = "Its services were rated inadequate in all but two areas in 2016."
    spans = T.clauses(text, T.Span(0, len(text)))
    assert len(spans) == 1


# Wirral: sif 20 September 2016 inadequate; ilacs2018 29 July 2019 requires improvement;
# ilacs2023 2 February 2024 requires improvement overall.
@pytest.mark.parametrize(("nth", "want"), [("second", "supported"), ("third", "contradicted")])
def test_span_to_what_was_said(check16, nth: str, want: str) -> None:
    text = (
        "Wirral's children's services bosses have told councillors they are making progress, "
        "two years after Ofsted rated the service 'requires improvement to be good' for the "
        f"{nth} inspection in a row."
    )
    found = check16(text, date(2026, 2, 10))
    assert _of(found, "two years after") == ["supported"]
    assert _of(found, "in a row") == [want]


# Wirral: ilacs2018 29 July 2019 requires improvement; ilacs2023 2 February 2024 requires
# improvement. Oldham: ilacs2018 4 March 2019 requires improvement; ilacs2023 12 July 2024 good.
@pytest.mark.parametrize(
    ("council", "grade", "as_of", "want"),
    [
        ("Wirral", "'requires improvement to be good'", date(2024, 2, 5), "contradicted"),
        ("Oldham", "good", date(2024, 7, 15), "supported"),
    ],
)
def test_improvement_on_the_grade_of_a_year(
    check16, council: str, grade: str, as_of: date, want: str
) -> None:
    text = (
        f"{council}'s children's services have been inspected by Ofsted. The overall judgement "
        f"was {grade}, an improvement on the grade the council received in 2019."
    )
    got = _of(check16(text, as_of), "improvement on the grade")
    assert got and set(got) == {want}


# Wigan: sif 31 March 2017 good overall, help and protection requires improvement, children in
# care good; ilacs2018 5 July 2022 requires improvement.
@pytest.mark.parametrize(
    ("area", "want"),
    [("children who need help and protection", "supported"), ("children in care", "contradicted")],
)
def test_at_that_inspection_is_the_one_dated_before(check16, area: str, want: str) -> None:
    text = (
        "Wigan's children's services have been rated requires improvement by Ofsted. "
        "Inspectors said services had declined since the previous inspection in 2017.\n\n"
        "At that inspection the council was rated good overall but told its work with "
        f"{area} required improvement."
    )
    assert _of(check16(text, date(2022, 7, 10)), "but told") == [want]


# Tameside: sif 9 December 2016 inadequate; ilacs2018 1 July 2019 requires improvement;
# ilacs2023 13 February 2024 inadequate.
@pytest.mark.parametrize(("year", "want"), [("2019", "supported"), ("2017", "contradicted")])
def test_last_inspection_dated_in_an_aside(check16, year: str, want: str) -> None:
    text = (
        "Tameside's children's services have been rated inadequate by Ofsted. Its last "
        f"inspection, in {year}, found services required improvement."
    )
    got = _of(check16(text, date(2024, 2, 20)), "found services")
    assert got and set(got) == {want}


# Warrington: ilacs2023 30 July 2024 good overall, leadership outstanding. Oldham: ilacs2023
# 12 July 2024 good in every judgement.
@pytest.mark.parametrize(
    ("council", "want"), [("Warrington", "supported"), ("Oldham", "contradicted")]
)
def test_with_a_grade_is_the_same_report(check16, council: str, want: str) -> None:
    text = (
        f"At the last inspection, in 2024, {council} was rated good overall, with outstanding "
        "leadership."
    )
    got = _of(check16(text, date(2025, 6, 1)), "rated good overall")
    assert got == [want]


# Wigan: ilacs2018 5 July 2022 children in care requires improvement; ilacs2023 26 November
# 2025 children in care outstanding.
@pytest.mark.parametrize(
    ("grade", "want"), [("outstanding", "supported"), ("good", "contradicted")]
)
def test_grade_at_the_last_inspection_set_against_now(check16, grade: str, want: str) -> None:
    text = (
        "Wigan's children's services have been rated good by Ofsted. But children in care, "
        "which was judged 'requires improvement to be good' at the last inspection, is now "
        f"rated {grade}."
    )
    assert _of(check16(text, date(2025, 11, 28)), "now rated") == [want]
