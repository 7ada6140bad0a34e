"""Grades and moves between them in the language of local news (round 8): a span to the
article's own event, a time counted back from the one before, "last January" said in January,
"in every area" of the grade it stands by, the year that opens a move, shaking off a grade."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with


def test_span_to_the_articles_own_event_is_not_between_reports(tmp_path, corpus_db):
    # Plymouth ILACS report, 7 January 2019: requires improvement in all four judgements
    claims = check_text(
        tmp_path,
        corpus_db,
        "Plymouth's youth services were criticised in a letter from inspectors. The letter "
        "comes a year after Ofsted rated the city's children's services 'requires "
        "improvement' in every area.\n",
        "2020-01-09",
    )
    assert claim_with(claims, "a year after Ofsted")["verdict"] == "supported"


def test_span_to_the_articles_event_still_checks_its_grade(tmp_path, corpus_db):
    # Plymouth ILACS report, 7 January 2019: requires improvement, not outstanding
    claims = check_text(
        tmp_path,
        corpus_db,
        "Plymouth's youth services were criticised in a letter from inspectors. The letter "
        "comes a year after Ofsted rated the city's children's services outstanding in every "
        "area.\n",
        "2020-01-09",
    )
    assert claim_with(claims, "a year after Ofsted")["verdict"] == "contradicted"


def test_years_before_that_counts_back_from_the_date_before(tmp_path, corpus_db):
    # Durham: ILACS 2019 requires improvement; 2022 good; 2025 outstanding
    claims = check_text(
        tmp_path,
        corpus_db,
        "Durham's new rating is better than in 2022, when it was judged good, and much better "
        "than three years before that, when inspectors said its services required "
        "improvement.\n",
        "2025-05-20",
    )
    assert claim_with(claims, "required improvement")["verdict"] == "supported"


def test_last_month_of_the_same_name_is_a_year_back(tmp_path, corpus_db):
    # Bromley ILACS report, 12 January 2024: outstanding
    claims = check_text(
        tmp_path,
        corpus_db,
        "Bromley Council, rated outstanding last January, has kept its top grade.\n",
        "2025-01-14",
    )
    assert claim_with(claims, "rated outstanding last January")["verdict"] == "supported"


def test_every_area_is_the_grade_beside_it_only(tmp_path, corpus_db):
    # Wandsworth: SIF 16 February 2016 inadequate; ILACS 18 May 2026 outstanding throughout
    claims = check_text(
        tmp_path,
        corpus_db,
        "Wandsworth has been judged outstanding in every area by Ofsted, ten years after "
        "inspectors rated the borough inadequate.\n",
        "2026-05-20",
    )
    assert claim_with(claims, "ten years after")["verdict"] == "supported"


def test_year_that_opens_a_move_dates_its_end(tmp_path, corpus_db):
    # Wandsworth: SIF 2016 inadequate; SIF 20 July 2018 requires improvement
    text = "In 2018 Wandsworth's children's services climbed out of inadequate, to {}.\n"
    claims = check_text(tmp_path, corpus_db, text.format("requires improvement"), "2026-05-20")
    assert claim_with(claims, "climbed out of")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("good"), "2026-05-20")
    assert claim_with(claims, "climbed out of")["verdict"] == "contradicted"


def test_shaking_off_a_grade_is_the_grade_before(tmp_path, corpus_db):
    # Solihull: ILACS 13 January 2023 inadequate; 12 January 2026 good
    claims = check_text(
        tmp_path,
        corpus_db,
        "Solihull Council has shaken off the inadequate rating its children's services were "
        "given three years ago.\n",
        "2026-01-13",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_this_time_is_the_new_inspection_not_the_date_before(tmp_path, corpus_db):
    # Portsmouth care leavers: requires improvement (ILACS, 3 July 2023), outstanding (18
    # August 2026)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Portsmouth's care leavers have the most to celebrate. When inspectors last came in "
        "2023 their services required improvement; this time they were outstanding.\n",
        "2026-08-19",
    )
    assert claim_with(claims, "this time they were outstanding")["verdict"] == "supported"


def test_council_named_before_the_next_grade_owns_that_one_only(tmp_path, corpus_db):
    # reports of 12 July 2024: Leicestershire outstanding, Rutland good
    claims = check_text(
        tmp_path,
        corpus_db,
        "Of the councils whose reports came out on Friday, one - Leicestershire - was rated "
        "outstanding and several, among them Rutland, were rated good.\n",
        "2024-07-15",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_size_of_a_move_inside_a_grade_that_holds(tmp_path, corpus_db):
    # Solihull: ILACS 13 January 2023 inadequate; 12 January 2026 good (two grades up)
    text = (
        "Ofsted has now judged Solihull's children's services good, which means they have "
        "climbed {} since being rated inadequate in January 2023.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("three grades"), "2026-01-13")
    assert claim_with(claims, "three grades")["verdict"] == "contradicted"
    claims = check_text(tmp_path, corpus_db, text.format("two grades"), "2026-01-13")
    assert claim_with(claims, "two grades")["verdict"] == "supported"


def test_improved_to_a_grade_it_already_had(tmp_path, corpus_db):
    # Hackney: children in care good in the SIF report (2016) and the ILACS report (20
    # December 2019)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Hackney's overall grade fell, but its services for children in care improved to good.\n",
        "2019-12-21",
    )
    assert claim_with(claims, "improved to good")["verdict"] == "contradicted"


def test_a_move_overall_and_in_some_of_the_areas(tmp_path, corpus_db):
    # Southend-on-Sea: ILACS 2019 requires improvement; 3 December 2024 good, one grade up in
    # leadership, help and protection and care leavers (children in care stayed good)
    text = (
        "Southend-on-Sea's children's services have been rated good. This is a rise of one "
        "grade overall and in {} of the four judgement areas.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("three"), "2024-12-05")
    assert claim_with(claims, "a rise of one grade")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("all"), "2024-12-05")
    assert claim_with(claims, "a rise of one grade")["verdict"] == "contradicted"


def test_council_created_since_has_no_record_before_it(tmp_path, corpus_db):
    # Westmorland and Furness: created April 2023, first inspected (good) in a report of 12
    # July 2024 (filed under Cumbria, abolished 2023, whose own 2022 report ilacs does not hold)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Westmorland and Furness Council, which replaced Cumbria County Council in April 2023, "
        "was judged good at its first inspection. Before that, children's services at Cumbria "
        "had been judged to require improvement in November 2022.\n",
        "2024-07-20",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_the_one_area_that_escaped_the_grade(tmp_path, corpus_db):
    # Rotherham SIF report, 19 November 2014: inadequate but for adoption (requires
    # improvement); care leavers inadequate
    text = (
        "Rotherham's children's services were judged inadequate in four of the five areas "
        "inspected, with only {} escaping the lowest grade.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("adoption"), "2014-11-20")
    assert claim_with(claims, "four of the five")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("care leavers"), "2014-11-20")
    assert claim_with(claims, "four of the five")["verdict"] == "contradicted"


def test_the_second_time_after_an_inspection_of_a_year(tmp_path, corpus_db):
    # Knowsley: SIF report 30 June 2014 inadequate; ILACS report 20 January 2025 inadequate
    text = (
        "This is the second time Knowsley's children's services have been rated inadequate, "
        "after a critical inspection in {}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("2014"), "2025-01-21")
    assert claim_with(claims, "critical inspection")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("2016"), "2025-01-21")
    assert claim_with(claims, "critical inspection")["verdict"] == "contradicted"


def test_grades_set_against_each_other_are_one_claim(tmp_path, corpus_db):
    # Gateshead SIF report, 11 March 2016: good overall, leadership, help and protection,
    # children in care and adoption; care leavers requires improvement
    text = (
        "Leadership and help and protection in Gateshead were judged good, while adoption "
        "was rated {}.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format("good"), "2016-03-12")
    assert claim_with(claims, "while adoption")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format("outstanding"), "2016-03-12")
    claim = claim_with(claims, "while adoption")
    assert claim["verdict"] == "contradicted"
    assert "Leadership" in claim["text"]


def test_years_ago_before_the_grade_is_an_earlier_inspection(tmp_path, corpus_db):
    # Coventry: SIF report 21 March 2014 inadequate; ILACS report 18 May 2026 outstanding
    claims = check_text(
        tmp_path,
        corpus_db,
        "Coventry's director said: Twelve years ago inspectors told us we were failing.\n",
        "2026-05-20",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_both_of_which_are_the_councils_listed_before(tmp_path, corpus_db):
    # SIF reports: Birmingham 23 May 2014 and Coventry 21 March 2014 inadequate; Sandwell's
    # first SIF report 5 June 2015
    claims = check_text(
        tmp_path,
        corpus_db,
        "Sandwell now joins Birmingham and Coventry, both of which were judged inadequate "
        "last year.\n",
        "2015-06-06",
    )
    assert claim_with(claims, "judged inadequate last year")["verdict"] == "supported"


def test_which_after_the_previous_inspection_is_its_grade(tmp_path, corpus_db):
    # Waltham Forest: SIF report 20 January 2015 requires improvement in every area; ILACS
    # report 11 March 2019 good
    claims = check_text(
        tmp_path,
        corpus_db,
        "Waltham Forest has improved since the previous inspection, which had rated the "
        "Council's services as requires improvement in every area.\n",
        "2019-04-09",
    )
    assert claim_with(claims, "which had rated")["verdict"] == "supported"


def test_it_takes_the_area_named_before(tmp_path, corpus_db):
    # Portsmouth care leavers: requires improvement (ILACS, 3 July 2023); good overall then
    claims = check_text(
        tmp_path,
        corpus_db,
        "In Portsmouth, support for care-experienced young people improved the most: three years ago "
        "inspectors judged it as requiring improvement.\n",
        "2026-08-19",
    )
    assert claim_with(claims, "judged it as")["verdict"] == "supported"
