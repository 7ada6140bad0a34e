"""Grades in the language of local news (round 7): readings too loose to pin the grade's
inspection or judgement say not_in_record rather than contradict, and "in good time" is no
grade."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with


def test_area_words_not_read_do_not_contradict_overall(tmp_path, corpus_db):
    # Cornwall SIF report, 27 June 2016: good overall, help and protection requires improvement
    claims = check_text(
        tmp_path,
        corpus_db,
        "Cornwall Council's children's services were last inspected in 2016, when help for "
        "children in need of protection was judged to require improvement.\n",
        "2017-01-01",
    )
    assert claim_with(claims, "in need of protection")["verdict"] != "contradicted"


def test_old_grade_beside_new_one_is_the_earlier_inspections(tmp_path, corpus_db):
    # Lambeth: SIF report 12 May 2015 inadequate; ILACS report 10 March 2026 good
    claims = check_text(
        tmp_path,
        corpus_db,
        "Children's services in Lambeth have been rated 'good' by Ofsted, more than a decade "
        "after inspectors judged them to be inadequate.\n",
        "2026-03-11",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_in_good_time_is_no_grade(tmp_path, corpus_db):
    # Sandwell SIF report, 29 January 2018: inadequate overall
    claims = check_text(
        tmp_path,
        corpus_db,
        "Sandwell Council was told by Ofsted that decisions were not made in good time.\n",
        "2018-02-01",
    )
    assert all(c["type"] != "grade" for c in claims)


def test_council_named_as_owner_of_another_is_not_graded(tmp_path, corpus_db):
    # Kent ILACS report, 5 July 2022: outstanding overall; Medway, 11 September 2023: good
    claims = check_text(
        tmp_path,
        corpus_db,
        "Medway Council's children's services are now good. Across the border, Medway's "
        "neighbour Kent remains rated outstanding.\n",
        "2023-09-20",
    )
    assert claim_with(claims, "neighbour Kent")["verdict"] == "supported"


def test_again_of_one_area_is_that_areas_previous_grade(tmp_path, corpus_db):
    # Cheshire West and Chester: children in care good in the 2019 and 2024 ILACS reports,
    # requires improvement overall in 2024
    claims = check_text(
        tmp_path,
        corpus_db,
        "Cheshire West and Chester Council's children's services require improvement, Ofsted "
        "says, although the experiences and progress of children in care were again judged to "
        "be good.\n",
        "2024-09-01",
    )
    assert claim_with(claims, "again judged")["verdict"] != "contradicted"


def test_a_span_counted_back_loosely_does_not_contradict(tmp_path, corpus_db):
    # Wirral SIF report, 20 September 2016: inadequate overall
    claims = check_text(
        tmp_path,
        corpus_db,
        "Wirral Council's leader said: \"Nearly seven years ago our children's services were "
        'judged inadequate."\n',
        "2023-06-01",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_old_grade_with_a_year_of_its_own_beside_the_changes(tmp_path, corpus_db):
    # Havering: SIF report December 2016 requires improvement; ILACS report July 2018 good
    claims = check_text(
        tmp_path,
        corpus_db,
        "Havering's children's services are good. They had got better in 2018 after the "
        "requires improvement grade of 2016.\n",
        "2019-01-01",
    )
    assert all(c["verdict"] != "contradicted" for c in claims)


def test_old_grade_checked_against_the_later_years_inspection(tmp_path, corpus_db):
    # Haringey: SIF report 18 July 2014 requires improvement; ILACS report December 2018
    # requires improvement
    claims = check_text(
        tmp_path,
        corpus_db,
        'Haringey\'s services were last judged "requires improvement to be good" in every area '
        "at an inspection late in 2018, an improvement on the inadequate grade it was given in "
        "2014.\n",
        "2019-03-01",
    )
    assert any(c["verdict"] == "contradicted" for c in claims)
