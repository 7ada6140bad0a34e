"""`ilacs check`, round 10 grades and trends: an area that is the subject of the verb after it
('the judgement for children in care has remained good'); a list of areas takes the side of its
last member; the aside after an area's name is not the clause's subject; a date quoted, or one
the grade came after, is not the grade's; 'N years after it was judged X' dates the grade before
by the years between (a council made since has no grade then); 'respectively'; 'at least one
area'; a council named as another's neighbour is not the one graded; 'marked down one area' is
no move of the overall grade."""

from __future__ import annotations

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("good", "supported"), ("requires improvement to be good", "contradicted")],
)
def test_an_area_that_is_the_subject_of_the_verb_after_it(tmp_path, corpus_db, grade, verdict):
    # Hackney: requires improvement overall in December 2019 (children in care good), good
    # overall in August 2024 (children in care good)
    text = (
        "Hackney's children's services have been inspected by Ofsted. While the overall grade has "
        "moved from requires improvement to good, the judgement for children in care has "
        f"remained {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-01")
    c = _claim(claims, "has remained")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("areas", "verdict"),
    [
        ("help and protection and children in care", "supported"),
        ("help and protection and care leavers", "contradicted"),
    ],
)
def test_a_list_of_areas_takes_the_side_of_its_last_member(tmp_path, corpus_db, areas, verdict):
    # Tower Hamlets, 13 January 2025: leaders outstanding; help and protection good; children in
    # care good; care leavers outstanding
    text = (
        "Tower Hamlets' children's services have been rated outstanding. The impact of leaders "
        f"was judged outstanding, and {areas} were both rated good.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "were both rated good")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("requires improvement to be good", "supported"), ("inadequate", "contradicted")],
)
def test_an_aside_after_an_area_is_not_the_subject(tmp_path, corpus_db, grade, verdict):
    # Hackney, 20 August 2024: children in care good; care leavers requires improvement
    text = (
        "Hackney's children's services have been rated good. Children in care were judged good, "
        "but support for care leavers – judged apart from children in care under the new "
        f"framework – was rated {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-09-01")
    c = _claim(claims, f"was rated {grade}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_a_quoted_date_is_not_the_grades(tmp_path, corpus_db, grade, verdict):
    # Tower Hamlets: inadequate in April 2017, good in every judgement in July 2019
    text = (
        "Tower Hamlets' children's services have been inspected. Inspectors judged every area of "
        f'the service {grade} and said practice had "come a long way since the last full '
        'Ofsted inspection in 2017".\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2019-08-01")
    c = _claim(claims, "every area")
    assert c["verdict"] == verdict, c
    assert "22 July 2019" in c["explanation"]


def test_a_decade_after_dates_the_grade_before(tmp_path, corpus_db):
    # Sunderland: inadequate in July 2015, outstanding in March 2025
    text = (
        "Sunderland's children's services have been rated outstanding for the second time in a "
        "row – a decade after the council was judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-20")
    c = _claim(claims, "a decade after")
    assert c["verdict"] == "supported", c
    assert "20 July 2015" in c["explanation"]


@pytest.mark.parametrize(
    ("grade", "verdict"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_years_after_dates_the_grade_before(tmp_path, corpus_db, grade, verdict):
    # Luton: requires improvement in 2016, inadequate in February 2020, good in March 2026
    text = (
        "Luton's children's services have been rated good, six years after they were judged "
        f"{grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-20")
    c = _claim(claims, "six years after")
    assert c["verdict"] == verdict, c


def test_years_after_of_a_council_made_since_is_not_its_own(tmp_path, corpus_db):
    # West Northamptonshire (created 2021): requires improvement in 2022; the county before it
    # was judged inadequate in 2019, which ilacs does not hold
    text = (
        "West Northamptonshire has had its leadership rated outstanding – seven years after "
        "children's services in the county were judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-07-08")
    c = _claim(claims, "seven years after")
    assert c["verdict"] != "contradicted", c


@pytest.mark.parametrize(
    ("grades", "verdict"),
    [
        ("outstanding and requires improvement", "supported"),
        ("requires improvement and outstanding", "contradicted"),
    ],
)
def test_respectively(tmp_path, corpus_db, grades, verdict):
    # Essex, August 2023: leaders outstanding; Rochdale, March 2023: leaders requires improvement
    text = f"Essex and Rochdale had their leadership rated {grades} respectively.\n"
    claims = _check(tmp_path, corpus_db, text, "2023-09-01")
    c = _claim(claims, "respectively")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_at_least_one_area(tmp_path, corpus_db, grade, verdict):
    # Tower Hamlets, January 2025: outstanding overall; help and protection and children in
    # care good
    text = (
        "Tower Hamlets was judged outstanding overall on Monday, though it was graded "
        f"{grade} in at least one area.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "at least one area")
    assert c["verdict"] == verdict, c


def test_a_neighbour_named_is_not_the_council_graded(tmp_path, corpus_db):
    # Tower Hamlets, 13 January 2025: outstanding; Hackney, August 2024: good
    text = "Hackney's neighbour, Tower Hamlets, was also rated outstanding this month by Ofsted.\n"
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "rated outstanding")
    assert c["verdict"] == "supported", c


@pytest.mark.parametrize(
    ("n", "verdict"), [("one area", "supported"), ("two areas", "contradicted")]
)
def test_marked_down_areas_is_no_move(tmp_path, corpus_db, n, verdict):
    # Kensington and Chelsea: outstanding in 2019 and in January 2025 (children in care good in
    # 2025, the rest outstanding): no move of the overall grade, one judgement below it
    text = (
        "Children's services in Kensington and Chelsea have again been rated outstanding by "
        f"Ofsted, though inspectors marked down {n} of the council's work.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "marked down")
    assert c["verdict"] == verdict, c
    assert not [x for x in claims if x["verdict"] == "contradicted" and x is not c], claims


@pytest.mark.parametrize(("move", "verdict"), [("up", "supported"), ("down", "contradicted")])
def test_a_step_up_or_down(tmp_path, corpus_db, move, verdict):
    # Bromley: good in January 2019, outstanding in January 2024
    text = (
        "Bromley's children's services have been rated outstanding by Ofsted. The verdict is a "
        f"step {move} for the council.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-01-20")
    c = _claim(claims, f"step {move}")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("move", "verdict"), [("an improvement on", "supported"), ("a decline from", "contradicted")]
)
def test_an_improvement_on_the_previous_inspection(tmp_path, corpus_db, move, verdict):
    # Solihull: inadequate in January 2023, good in January 2026
    text = (
        "Solihull's children's services have been rated good. This represents "
        f"{move} the previous full inspection in 2023, when services were judged inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-01-20")
    c = _claim(claims, move)
    assert c["verdict"] == verdict, c


def test_an_improvement_in_some_judgements_with_the_same_overall_grade(tmp_path, corpus_db):
    # Doncaster: good overall in January 2018 (care leavers good); good overall in March 2025
    # with care leavers requires improvement: no judgement improved
    text = (
        "Doncaster's children's services have been rated good. The result is an improvement on "
        "the council's last full inspection in 2018.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-20")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


@pytest.mark.parametrize(("comp", "verdict"), [("better", "supported"), ("worse", "contradicted")])
def test_a_better_rating_than_that_year(tmp_path, corpus_db, comp, verdict):
    # Luton: inadequate in February 2020, requires improvement in September 2022, good in
    # March 2026
    text = (
        "Luton's services were rated good overall in a report published on Tuesday, a "
        f"{comp} rating than they were given in 2022.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-12")
    c = _claim([c for c in claims if c["type"] == "trend"], f"a {comp} rating than")
    assert c["verdict"] == verdict, c
    assert "2022" in c["explanation"]
    # the grade's claim, which holds it, is contradicted with it
    assert _claim(claims, "rated good overall")["verdict"] == verdict


@pytest.mark.parametrize(("year", "verdict"), [("2018", "supported"), ("2019", "contradicted")])
def test_the_same_verdict_it_had_been_given(tmp_path, corpus_db, year, verdict):
    # Rochdale: requires improvement in December 2014, March 2018 and March 2023 (none in 2019)
    text = (
        'At its inspection in 2023, Rochdale was told its services "require improvement to be '
        f'good" – the same verdict it had been given in {year}.\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2023-03-20")
    c = _claim(claims, "the same verdict")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("who", "verdict"), [("care leavers", "supported"), ("children in care", "contradicted")]
)
def test_areas_listed_after_overall(tmp_path, corpus_db, who, verdict):
    # Tower Hamlets, January 2025: outstanding overall, for leaders and care leavers; help and
    # protection and children in care good (all good in July 2019)
    text = (
        "Tower Hamlets was judged outstanding overall, for the impact of its leaders and for its "
        f"work with {who}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "outstanding overall")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_under_the_current_framework_is_the_latest(tmp_path, corpus_db, grade, verdict):
    # Lincolnshire: children in care and care leavers outstanding in June 2019 (ILACS 2018);
    # care leavers good in June 2023
    text = (
        "Lincolnshire's children's services have been rated outstanding again. Support for care "
        f"leavers, judged separately under the current framework, was graded {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-06-20")
    c = _claim(claims, f"was graded {grade}")
    assert c["verdict"] == verdict, c


def test_a_list_of_councils_is_the_subject_of_the_grade(tmp_path, corpus_db):
    # Essex (August 2023), Leeds (August 2025) and Westminster (January 2025): outstanding
    text = "Essex, Leeds and Westminster have all been rated outstanding by Ofsted.\n"
    claims = _check(tmp_path, corpus_db, text, "2025-09-01")
    c = _claim(claims, "rated outstanding")
    assert c["text"].startswith("Essex, Leeds and Westminster"), c
    assert c["verdict"] == "supported", c


@pytest.mark.parametrize(
    ("before", "verdict"), [("requires improvement", "supported"), ("inadequate", "contradicted")]
)
def test_one_of_ten_reports_is_no_count_of_areas(tmp_path, corpus_db, before, verdict):
    # Leicestershire: requires improvement in November 2019, outstanding in July 2024
    text = (
        f"Leicestershire has leapt from '{before}' to 'outstanding' in one of ten Ofsted "
        "verdicts announced on Friday.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-13")
    c = _claim(claims, "has leapt")
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(("n", "verdict"), [("three", "supported"), ("four", "not_in_record")])
def test_good_at_consecutive_inspections_of_the_council_compared_with_others(
    tmp_path, corpus_db, n, verdict
):
    # Nottinghamshire: good in 2015, 2019 and July 2024 (ilacs holds no earlier one); the
    # councils it is compared with are not 'the county'
    text = (
        "Nottinghamshire stands out among the good councils. Its leadership was judged "
        "outstanding, after Southampton, Hounslow and Salford.\n\n"
        f"The county, which has now been rated good at {n} consecutive inspections, was told to "
        "improve support for care leavers into employment.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-20")
    c = _claim(claims, "consecutive inspections")
    assert c["verdict"] == verdict, c
    if verdict == "supported":
        assert "Nottinghamshire" in c["explanation"]


def test_good_at_two_consecutive_inspections_contradicted(tmp_path, corpus_db):
    # Doncaster: requires improvement in April 2022, good in March 2025
    text = "Doncaster, which has now been rated good at two consecutive inspections, is pleased.\n"
    claims = _check(tmp_path, corpus_db, text, "2025-03-20")
    assert _claim(claims, "consecutive inspections")["verdict"] == "contradicted"


def test_a_quotation_printed_as_it_stands_is_not_changed_by_its_sentence(tmp_path, corpus_db):
    # Nottinghamshire, July 2024: 'The director of children's services and the highly
    # effective leadership team are aspirational for children and young people in
    # Nottinghamshire.'
    text = (
        "Nottinghamshire's children's services have been rated good. Inspectors said the "
        'county\'s "highly effective leadership team" was "aspirational for children and young '
        'people", and that a "relentless focus" on the working conditions of social workers had '
        '"created an environment where social work can flourish".\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-20")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


@pytest.mark.parametrize(
    ("grade", "verdict"),
    [("requires improvement to be good", "supported"), ("inadequate", "contradicted")],
)
def test_both_councils_are_the_two_named_last(tmp_path, corpus_db, grade, verdict):
    # West and North Northamptonshire: requires improvement, both published 25 November 2022
    text = (
        "West Northamptonshire's leadership was rated outstanding.\n\n"
        "In North Northamptonshire, too, inspectors praised leaders.\n\n"
        f"Both councils were rated '{grade}' when they were inspected in October 2022.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-07-08")
    c = _claim(claims, "Both councils")
    assert c["verdict"] == verdict, c
    assert "West Northamptonshire" in c["explanation"], c
    assert "North Northamptonshire" in c["explanation"], c


@pytest.mark.parametrize(
    ("council", "as_of", "verdict"),
    [("North Lincolnshire", "2026-05-01", "supported"), ("Luton", "2026-03-12", "contradicted")],
)
def test_rated_top_of_the_class(tmp_path, corpus_db, council, as_of, verdict):
    # North Lincolnshire: outstanding in 2017, 2022 and April 2026; Luton: good in March 2026
    text = f"{council}'s children's services rated top of the class for third time running.\n"
    claims = _check(tmp_path, corpus_db, text, as_of)
    c = _claim(claims, "top of the class")
    assert c["verdict"] == verdict, c


def test_the_council_named_before_the_verb_starts_the_claim(tmp_path, corpus_db):
    # Tower Hamlets, 13 January 2025: outstanding
    text = (
        "In a further boost for the inner London boroughs Hackney's closest neighbour, "
        "Tower Hamlets Council, was also rated outstanding this month.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "rated outstanding")
    assert c["text"].startswith("Tower Hamlets"), c
    assert c["verdict"] == "supported", c


def test_an_improvement_seen_by_inspectors_is_no_move_of_the_grade(tmp_path, corpus_db):
    # Leicester: good in November 2021, requires improvement in January 2025
    text = (
        "Leicester's children's services have been rated requires improvement to be good. "
        "Inspectors found an improvement on the position at the last inspection in some "
        "teams, and there had been a step up since the last monitoring visit.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-02-01")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


@pytest.mark.parametrize(
    ("who", "verdict"), [("care leavers", "supported"), ("children in care", "contradicted")]
)
def test_and_a_grade_for_more_areas_is_one_claim(tmp_path, corpus_db, who, verdict):
    # Tower Hamlets, January 2025: leaders and care leavers outstanding; help and protection
    # and children in care good
    text = (
        "Tower Hamlets was rated good for help and protection and for children in care, and "
        f"outstanding for {who}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-20")
    c = _claim(claims, "rated good for help")
    assert f"outstanding for {who}" in c["text"], c
    assert c["verdict"] == verdict, c


@pytest.mark.parametrize(
    ("grade", "verdict"), [("requires improvement", "supported"), ("good", "contradicted")]
)
def test_lifted_at_its_next_inspection_in_a_past_year(tmp_path, corpus_db, grade, verdict):
    # Luton: inadequate in February 2020 (help and protection inadequate); requires
    # improvement overall in September 2022 (leadership good)
    text = (
        "Ofsted judged Luton inadequate in 2020, citing weak help and protection, and at its "
        f"next inspection in 2022 the service was lifted to {grade}.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-12")
    c = _claim(claims, "lifted to")
    assert c["verdict"] == verdict, c
    if verdict == "contradicted":
        assert "for overall effectiveness" in c["explanation"], c


@pytest.mark.parametrize(("cmp", "verdict"), [("higher", "supported"), ("lower", "contradicted")])
def test_grades_compared_in_every_area(tmp_path, corpus_db, cmp, verdict):
    # Middlesbrough: inadequate in every judgement in January 2020, requires improvement in
    # every judgement in May 2023
    text = (
        "Middlesbrough's children's services were inspected this spring. Its grades were "
        f"{cmp} in every judgement than at its previous inspection in 2020.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-06-01")
    c = _claim(claims, f"grades were {cmp}")
    assert c["verdict"] == verdict, c
