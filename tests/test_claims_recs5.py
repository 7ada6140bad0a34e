"""`ilacs check` on what the press says Ofsted wants improved (round 5): lists parted with
semicolons, a gloss ('especially ...') of the thing before, ages written '19-year-old', a count
that is not a thing named, and a count set against another council's. Real values from the
corpus; the articles are written here."""

from __future__ import annotations

import json
import shutil

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught
from tests.conftest import LETTERS


def test_a_list_parted_with_semicolons(tmp_path, corpus_db):
    # Kent, 2 February 2026: support to care leavers ('In particular, care leavers who are
    # vulnerable to exploitation and/or are in custody'), their accommodation, caseloads
    text = (
        "Kent County Council's children's services have been inspected by Ofsted.\n\n"
        "The council must now improve three areas: help given to care leavers, particularly "
        "those vulnerable to exploitation or in custody; the quality and choice of their "
        "accommodation; and making sure social workers have manageable caseloads.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-02-03")
    assert _claim(claims, "help given to care leavers")["verdict"] == "supported"


def test_the_count_and_ages_in_the_articles_words(tmp_path, corpus_db):
    # Staffordshire, 21 March 2014: 'Further improve the proportion of care leavers aged 19 in
    # education, employment or training'; North East Lincolnshire, 26 November 2021: nine
    # recommendations, among them 'The quality and effectiveness of managerial oversight and
    # supervision'
    text = (
        "Staffordshire County Council's children's services were rated good.\n\n"
        "Ofsted listed eight areas for improvement, including raising the proportion of "
        "19-year-old care leavers in education, employment or training.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2014-03-21")
    assert _claim(claims, "19-year-old")["verdict"] == "supported"
    text = (
        "North East Lincolnshire Council's children's services were rated inadequate.\n\n"
        "Inspectors said the council must improve nine areas, among them permanence planning, "
        "the response to allegations against professionals and the quality of managers' "
        "oversight and supervision.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2021-11-27")
    assert _claim(claims, "permanence planning")["verdict"] == "supported"


def test_a_count_set_against_another_councils(tmp_path, corpus_db):
    # Worcestershire, 29 July 2019: eight recommendations; Wirral, the same day: five
    text = (
        "Worcestershire and Wirral are no longer rated inadequate.\n\n"
        "Worcestershire now requires improvement in every judgement.\n\n"
        "The council must improve its early help. It was given eight recommendations, "
        "compared with five for Wirral.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2019-07-30", "eight recommendations", altered=("eight", "six")
    )


def test_a_quotation_with_a_word_changed_inside_the_reports_words(tmp_path, corpus_db):
    # Leicestershire, 12 July 2024, page 8: 'Care leavers in Leicestershire benefit from advice
    # and support from a stable, committed and passionate group of PAs.'
    text = (
        "Leicestershire County Council's children's services have been rated outstanding.\n\n"
        "Inspectors said care leavers benefit from advice and support from a "
        '"weary but committed group of PAs".\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-13")
    assert _claim(claims, "weary but")["verdict"] == "contradicted"
    # the report's words, some left out: true
    true = _check(tmp_path, corpus_db, text.replace("weary but", "stable,"), "2024-07-13")
    assert _claim(true, "stable, committed")["verdict"] == "supported"
    # words that match nothing there: not in the record
    other = text.replace(
        "advice and support from a", "a team with a good record, which the council called a"
    )
    other = _check(tmp_path, corpus_db, other, "2024-07-13")
    assert _claim(other, "weary but")["verdict"] == "not_in_record"


def test_areas_for_the_council_to_improve(tmp_path, corpus_db):
    # Southwark, 11 November 2022: 'Safeguarding for children who are living in private
    # fostering arrangements', 'Foster carer recruitment', 'The timeliness of life-story work'
    text = (
        "Southwark Council's children's services have been rated good.\n\n"
        "Inspectors named three areas for the council to improve: the timeliness of life-story "
        "work for children, recruiting more foster carers, and safeguarding for children in "
        "private fostering arrangements.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2022-11-12",
        "life-story work",
        altered=("foster carers", "adopters"),
        caught="adopters",
    )


REDCAR = "80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf"


def test_two_quoted_words_read_with_the_letters_words_around_them(corpus_db, tmp_path):
    # Redcar and Cleveland focused visit letter, 8 August 2023: '... senior leaders have
    # responded swiftly to the areas for improvement'
    from ilacs.ingest import ingest

    db = tmp_path / "redcar.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / REDCAR, pdfs / REDCAR)
    assert ingest(pdfs, db).failed == 0
    text = (
        "Redcar and Cleveland Council's children's services had a focused visit in July.\n\n"
        'Inspectors found that senior leaders had "responded sluggishly" to the areas for '
        "improvement from the last inspection.\n"
    )
    claims = _check(tmp_path, db, text, "2023-08-09")
    assert _claim(claims, "responded sluggishly")["verdict"] == "contradicted"
    true = _check(tmp_path, db, text.replace("sluggishly", "swiftly"), "2023-08-09")
    assert _claim(true, "responded swiftly")["verdict"] == "supported"


def test_words_the_report_prints_of_something_else(tmp_path, corpus_db):
    # North Somerset, 25 August 2017: 'Services for children adopted and to care leavers are
    # now consistently good' (page 3); 'services for children are not yet consistently good
    # enough' (page 2)
    text = (
        "North Somerset Council's children's services require improvement, Ofsted says.\n\n"
        "The report praised its counselling service but said services for children adopted "
        'and to care leavers "are not yet consistently good".\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2017-08-26")
    assert _claim(claims, "not yet consistently")["verdict"] == "contradicted"
    true = _check(tmp_path, corpus_db, text.replace("not yet", "now"), "2017-08-26")
    assert _claim(true, "are now consistently")["verdict"] == "supported"


def test_a_list_in_minutes_that_name_no_council(tmp_path, corpus_db):
    # Southwark, 11 November 2022: the three recommendations, in minutes that say 'the Council'
    text = (
        "5. INSPECTION OUTCOME\n\n"
        "The Committee noted the outcome of the inspection of the Council's children's "
        "services. The report said the Council must improve: the timeliness of life-story "
        "work for children; foster carer recruitment; and safeguarding for children living in "
        "private fostering arrangements.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2022-11-20")
    got = _claim(claims, "foster carer recruitment")
    assert got["verdict"] == "supported"
    assert "southwark" in json.dumps(got).lower()
