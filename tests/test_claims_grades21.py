"""`ilacs check` on grades and trends (round 21): the time a narrative sets for the sentences
after it. 'In 2015, inspectors judged the council inadequate overall', 'Seven years later, the
council moved up to requires improvement. Leadership still lagged behind at inadequate', 'By the
autumn of 2021 the picture had changed. A two-week inspection led by X rated the council good
overall', 'It is a long way from 2015. That autumn inspectors concluded ...': each grade is the
inspection of the year told before it (when ilacs holds one), not the latest. Real values from
the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check21(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str, kinds: tuple[str, ...] = ("grade", "trend")) -> list[str]:
    return [v for k, t, v in found if words in t and k in kinds]


# Doncaster: sif 27 November 2015 inadequate overall; sif 19 January 2018 good; ilacs2018 8
# April 2022 requires improvement overall, leadership inadequate; ilacs2023 18 March 2025 good.
@pytest.mark.parametrize(
    ("then", "later", "lead", "want"),
    [
        ("inadequate", "requires improvement", "inadequate", "none"),
        ("good", "requires improvement", "inadequate", "then"),
        ("inadequate", "good", "inadequate", "later"),
        ("inadequate", "requires improvement", "good", "lead"),
    ],
)
def test_a_year_that_opens_the_narrative(
    check21, then: str, later: str, lead: str, want: str
) -> None:
    text = (
        "Doncaster's children's services have been rated good by Ofsted.\n\n"
        f"In 2015, inspectors judged Doncaster {then} overall.\n\n"
        f"Seven years later, inspectors rated it {later} overall. Leadership was judged "
        f"{lead}.\n"
    )
    found = check21(text, date(2025, 3, 20))
    got = {
        "then": _of(found, "inspectors judged Doncaster"),
        "later": _of(found, "inspectors rated it"),
        "lead": _of(found, "Leadership was judged"),
    }
    for k, v in got.items():
        assert v == (["contradicted"] if k == want else ["supported"]), (k, got)


# Dorset: ilacs2018 19 November 2021 (on site 27 September to 8 October 2021, Steve Lowe) good
# overall, leadership outstanding; ilacs2023 9 May 2025 (a short inspection, Sarah Canto)
# outstanding.
@pytest.mark.parametrize(
    ("grade", "lead", "want"),
    [
        ("good", "Steve Lowe", ("supported", "supported")),
        ("outstanding", "Steve Lowe", ("contradicted", "supported")),
        # (the sentence's grade gives way to the inspector it names wrongly)
        ("good", "Sarah Canto", ("contradicted", "contradicted")),
    ],
)
def test_a_sentence_that_sets_the_time(
    check21, grade: str, lead: str, want: tuple[str, str]
) -> None:
    text = (
        "Dorset's children's services have been rated outstanding by Ofsted.\n\n"
        "By the autumn of 2021 the picture had changed. A two-week inspection led by "
        f"{lead} rated the council {grade} overall. Leadership was judged outstanding.\n"
    )
    found = check21(text, date(2025, 5, 12))
    assert _of(found, f"rated the council {grade} overall")[:1] == [want[0]]
    assert _of(found, f"led by {lead}", ("inspector",)) == [want[1]]
    assert _of(found, "Leadership was judged outstanding") == ["supported"]


# Torbay: sif 5 January 2016 (on site October to November 2015) inadequate, children in care
# requires improvement; ilacs2018 18 May 2022 good; ilacs2023 24 February 2026 good.
@pytest.mark.parametrize(("grade", "want"), [("inadequate", "supported"), ("good", "contradicted")])
def test_that_season_after_a_year(check21, grade: str, want: str) -> None:
    text = (
        "Torbay's children's services have kept their good rating.\n\n"
        "It is a long way from 2015. That autumn inspectors spent a month in the town and "
        f"concluded that services were {grade}.\n"
    )
    assert _of(check21(text, date(2026, 2, 26)), "concluded that") == [want]


def test_now_leaves_the_time_set_before(check21) -> None:
    # (Doncaster: good in 2025, inadequate in 2015) "is now rated": the latest report
    text = (
        "In 2015, inspectors judged Doncaster inadequate overall. The council is now rated "
        "inadequate."
    )
    assert _of(check21(text, date(2025, 3, 20)), "now rated") == ["contradicted"]


# Manchester: ilacs2023 11 November 2025 outstanding; Dorset: ilacs2023 9 May 2025 (on site
# 17 to 21 March) outstanding.
@pytest.mark.parametrize(("month", "want"), [("May", "supported"), ("August", "contradicted")])
def test_one_grade_each_council_its_own_month(check21, month: str, want: str) -> None:
    text = f"Manchester was rated outstanding last November and Dorset in {month} last year."
    assert _of(check21(text, date(2026, 1, 15)), "Manchester was rated") == [want]


# Dorset: ilacs2018 19 November 2021 (on site 27 September to 8 October 2021) good overall,
# leadership outstanding, children in care good; ilacs2023 9 May 2025 outstanding.
@pytest.mark.parametrize(
    ("grade", "want"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_a_month_told_before_the_grade_is_the_date_claims(check21, grade: str, want: str) -> None:
    text = (
        "Dorset's children's services have been rated outstanding.\n\n"
        "That previous inspection, carried out in August 2021, also found services "
        f"{grade} overall."
    )
    found = check21(text, date(2025, 5, 12))
    assert _of(found, "found services") == [want]
    assert _of(found, "carried out in August", ("date",)) == ["contradicted"]


@pytest.mark.parametrize(("grade", "want"), [("good", "supported"), ("inadequate", "contradicted")])
def test_that_report_after_a_dated_one(check21, grade: str, want: str) -> None:
    text = (
        "Dorset was first judged good under the framework in a report published in November "
        f"2021. That report was not without its weak spots: children in care were found to be "
        f"{grade}."
    )
    assert _of(check21(text, date(2025, 5, 12)), "children in care were found") == [want]


# Doncaster: sif 19 January 2018 good; ilacs2018 8 April 2022 requires improvement; ilacs2023
# 18 March 2025 good. Manchester: outstanding for the first time in November 2025.
@pytest.mark.parametrize(
    ("text", "as_of", "want"),
    [
        (
            "Doncaster's children's services are good again, Ofsted has ruled.",
            (2025, 3, 20),
            "supported",
        ),
        (
            "Manchester's children's services are outstanding again, Ofsted has ruled.",
            (2025, 11, 12),
            "contradicted",
        ),
    ],
)
def test_again_is_a_return_to_a_grade(check21, text: str, as_of: tuple, want: str) -> None:
    assert _of(check21(text, date(*as_of)), "again") == [want]


# Dorset: ilacs2023 9 May 2025 outstanding overall, care leavers good.
@pytest.mark.parametrize(("cl", "want"), [("good", "supported"), ("outstanding", "contradicted")])
def test_an_areas_service_is_the_subject_of_the_verb_after(check21, cl: str, want: str) -> None:
    text = f"Dorset children's services rated 'outstanding' as care leavers' support judged {cl}"
    assert _of(check21(text, date(2025, 5, 12)), "rated 'outstanding'") == [want]


# East Riding of Yorkshire: ilacs2018 13 March 2020, children in care (and care leavers) good;
# ilacs2023 24 March 2023 good overall, care leavers requires improvement. Doncaster: ilacs2018
# 8 April 2022 children in care requires improvement; ilacs2023 care leavers requires
# improvement.
@pytest.mark.parametrize(
    ("council", "as_of", "want"),
    [
        ("East Riding of Yorkshire", (2023, 3, 27), "supported"),
        ("Doncaster", (2025, 3, 20), "contradicted"),
    ],
)
def test_an_areas_service_marked_down(check21, council: str, as_of: tuple, want: str) -> None:
    text = (
        f"{council}'s children's services are good. But the care leavers' service, restructured "
        "in the past year, was marked down."
    )
    assert _of(check21(text, date(*as_of)), "marked down") == [want]


# Torbay: sif 24 August 2018 inadequate; ilacs2018 18 May 2022 (on site March 2022) good.
@pytest.mark.parametrize(
    ("grade", "want"), [("inadequate", "supported"), ("requires improvement", "contradicted")]
)
def test_the_date_of_the_inspection_that_lifted_it(check21, grade: str, want: str) -> None:
    text = (
        "Torbay's children's services have kept their good rating.\n\n"
        f"An inspection in March 2022 lifted the council out of {grade}."
    )
    assert _of(check21(text, date(2026, 2, 26)), "lifted the council") == [want]


# Blackpool: ilacs2026 28 July 2026 (no overall grade) leadership outstanding, help and
# protection good, children in care and care leavers outstanding; ilacs2018 1 February 2023.
@pytest.mark.parametrize(("grade", "want"), [("good", "supported"), ("inadequate", "contradicted")])
def test_a_framework_without_an_overall_grade(check21, grade: str, want: str) -> None:
    text = (
        "Under Ofsted's new inspection framework, which no longer gives a single overall grade, "
        "Blackpool was judged outstanding for the impact of leaders and for care leavers, and "
        f"{grade} for help and protection."
    )
    assert _of(check21(text, date(2026, 7, 30)), "Blackpool was judged") == [want]


# Doncaster: sif 27 November 2015 inadequate; sif 19 January 2018 good.
@pytest.mark.parametrize(("year", "want"), [("2015", "supported"), ("2016", "contradicted")])
def test_previous_to_the_inspection_the_sentence_names(check21, year: str, want: str) -> None:
    text = (
        "Doncaster was rated good in 2018, having been judged inadequate at its previous full "
        f"inspection in {year}."
    )
    assert _of(check21(text, date(2025, 3, 20)), "previous full", ("date",)) == [want]


# Dorset: outstanding in 2025; Doncaster: good in 2025, never outstanding.
@pytest.mark.parametrize(
    ("council", "want"), [("Doncaster", "supported"), ("Dorset", "contradicted")]
)
def test_a_grade_that_has_not_come(check21, council: str, want: str) -> None:
    text = f"{council} was judged good in 2018. The elusive outstanding grade has still not come."
    as_of = date(2025, 3, 20) if council == "Doncaster" else date(2025, 5, 12)
    if council == "Dorset":
        text = text.replace("2018", "2021")
    assert _of(check21(text, as_of), "has still not come") == [want]


# Havering: ilacs2018 23 July 2018 good; Rochdale: ilacs2018 12 March 2018 requires
# improvement; Herefordshire: ilacs2018 23 July 2018 requires improvement.
@pytest.mark.parametrize(
    ("grade", "want"), [("to require improvement", "supported"), ("to be good", "contradicted")]
)
def test_the_subject_before_a_relative_clause(check21, grade: str, want: str) -> None:
    text = (
        "Havering's children's services have been rated good.\n\nRochdale and Herefordshire, "
        "whose report was published on the same day as Havering's, were both judged "
        f"{grade}."
    )
    assert _of(check21(text, date(2018, 7, 25)), "were both judged") == [want]


# Torbay: ilacs2018 18 May 2022 good (none in 2019); Doncaster: ilacs2023 18 March 2025 good.
@pytest.mark.parametrize(
    ("years", "want"), [("2022 and 2025", "supported"), ("2019 and 2025", "contradicted")]
)
def test_a_year_for_each_council(check21, years: str, want: str) -> None:
    text = f"Two, Torbay and Doncaster, remain good, both rated in {years}."
    assert _of(check21(text, date(2025, 3, 20)), "remain good") == [want]


# Doncaster: sif 27 November 2015 inadequate; ilacs2018 8 April 2022 requires improvement,
# leadership inadequate; ilacs2023 18 March 2025 good, leadership good.
def test_a_jump_from_the_year_it_names(check21) -> None:
    text = "Doncaster's children's services have jumped two grades, from inadequate in 2015 to good now."
    assert _of(check21(text, date(2025, 3, 20)), "jumped two grades") == ["supported"]


@pytest.mark.parametrize(("move", "want"), [("rise", "supported"), ("drop", "contradicted")])
def test_a_grade_and_the_move_that_ends_its_clause(check21, move: str, want: str) -> None:
    text = f"Doncaster was rated good. This year's report puts leadership at good, a {move} of two grades."
    found = check21(text, date(2025, 3, 20))
    assert [v for k, t, v in found if "puts leadership" in t or "leadership at good" in t] == [want]


@pytest.mark.parametrize(("step", "want"), [("up", "supported"), ("down", "contradicted")])
def test_a_step_from_the_grade_of_the_last_inspection(check21, step: str, want: str) -> None:
    text = (
        f"Doncaster was rated good. It is a step {step} for Doncaster, whose services were rated "
        "requires improvement at their last full inspection, in a report published in 2022."
    )
    assert _of(check21(text, date(2025, 3, 20)), f"a step {step}") == [want]


# Brent: ilacs2026 17 June 2026 (no overall grade) good in every judgement; Somerset: ilacs2026
# 17 June 2026 requires improvement but for care leavers (good).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brent's children's services remain good, Ofsted has found.", ["supported"]),
        ("Somerset's children's services remain good, Ofsted has found.", ["not_in_record"]),
    ],
)
def test_a_framework_with_no_overall_grade_every_judgement(check21, text: str, want: list) -> None:
    assert _of(check21(text, date(2026, 6, 20)), "services remain good") == want


# Doncaster: sif 19 January 2018 good; ilacs2018 8 April 2022 requires improvement; ilacs2023
# 18 March 2025 good.
@pytest.mark.parametrize(
    ("grade", "want"), [("requires improvement", "supported"), ("outstanding", "contradicted")]
)
def test_the_grade_of_the_years_a_new_one_ended(check21, grade: str, want: str) -> None:
    text = (
        "Doncaster's children's services have been rated good, ending almost a decade in which "
        f"the council was stuck at '{grade}'."
    )
    assert _of(check21(text, date(2025, 3, 20)), "ending almost a decade") == [want]


# Calderdale: help and protection requires improvement in 2015 and 2018, good in May 2024;
# children in care outstanding in 2018.
@pytest.mark.parametrize(
    ("who", "want"),
    [
        ("children who need help and protection", "supported"),
        ("children in care", "contradicted"),
    ],
)
def test_first_time_better_than_a_grade(check21, who: str, want: str) -> None:
    text = (
        "Calderdale's children's services have been rated good. It is the first time since "
        f"Ofsted's single inspection framework began that services for {who} in Calderdale "
        "have been rated better than requires improvement."
    )
    assert _of(check21(text, date(2024, 5, 17)), "the first time", ("rank", "trend")) == [want]


# Blackpool: no outstanding judgement before its ilacs2026 report of 28 July 2026 (leadership,
# children in care and care leavers outstanding; no overall grade).
def test_first_time_a_grade_in_any_area(check21) -> None:
    text = (
        "It is the first time Blackpool has received an outstanding judgement in any area of its "
        "children's services since Ofsted introduced its single inspection framework."
    )
    assert _of(check21(text, date(2026, 7, 30)), "the first time", ("rank",)) == ["supported"]


def test_the_year_a_framework_came_in_sets_no_time(check21) -> None:
    # (Dorset: good in November 2021, outstanding in May 2025) the year of a change to the
    # framework is no inspection's: the latest report's grade
    text = (
        "Dorset's children's services have been rated outstanding.\n\nIn 2021, Ofsted introduced "
        "changes to its framework. Under them, inspectors rated the council good overall."
    )
    assert _of(check21(text, date(2025, 5, 12)), "Under them") == ["contradicted"]


# Doncaster: ilacs2023 18 March 2025 good.
@pytest.mark.parametrize(
    "text",
    [
        "Doncaster's children's services have been rated good.\n\nIn Yorkshire and the Humber, "
        "Doncaster becomes the fifth council rated good under the new framework. Across the "
        "region's 15 councils, taking each one's most recent inspection, eight are now good and "
        "three outstanding, with four requiring improvement.",
        "Doncaster back to 'good' - but the region still has no outstanding council",
    ],
)
def test_a_count_of_councils_is_no_grade_of_this_one(check21, text: str) -> None:
    found = check21(text, date(2025, 3, 20))
    assert not [t for k, t, v in found if k in ("grade", "trend") and v == "contradicted"]


# Cheshire West and Chester: ilacs2023 28 August 2024 requires improvement; leadership, help and
# protection and care leavers requires improvement, children in care good.
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "Help and protection, care leavers and the impact of leaders were all marked requires "
            "improvement.",
            "were all marked",
            "supported",
        ),
        ("Help and protection requires improvement.", "Help and protection", "supported"),
        ("Children in care requires improvement.", "Children in care", "contradicted"),
    ],
)
def test_a_judgement_with_the_grade_as_its_verb(check21, text: str, words: str, want: str) -> None:
    text = f"Cheshire West and Chester was rated requires improvement overall. {text}"
    assert _of(check21(text, date(2024, 8, 29)), words) == [want]


# Doncaster leadership: good in 2018 (sif), inadequate in 2022, good in 2025.
@pytest.mark.parametrize(("now", "want"), [("good", "supported"), ("outstanding", "contradicted")])
def test_a_judgements_history_to_now(check21, now: str, want: str) -> None:
    text = (
        "Doncaster was rated good. Leadership has followed a bumpy path, from good in 2018 to "
        f"inadequate in 2022 and {now} now."
    )
    assert _of(check21(text, date(2025, 3, 20)), "bumpy path") == [want]


# Doncaster: requires improvement in April 2022, good in March 2025.
@pytest.mark.parametrize(
    ("move", "want"), [("upgraded", "supported"), ("downgraded", "contradicted")]
)
def test_a_move_before_the_years_it_ended(check21, move: str, want: str) -> None:
    text = (
        f"Children's services in Doncaster have been {move} by Ofsted, ending more than five years "
        "in which the council was rated requires improvement."
    )
    assert _of(check21(text, date(2025, 3, 20)), f"been {move}") == [want]


def test_a_later_time_leaves_the_year_set_before(check21) -> None:
    # (Doncaster: requires improvement in 2022, good in 2025) "had improved": a later time
    text = (
        "Doncaster's services are good.\n\nIn 2022, Doncaster was rated requires improvement. "
        "Inspectors found leadership had improved and rated the council good."
    )
    assert _of(check21(text, date(2025, 3, 20)), "rated the council good") == ["supported"]
