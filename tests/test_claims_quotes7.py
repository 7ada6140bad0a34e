"""`ilacs check` on what Ofsted wants improved (round 7): a thing named in the writer's own words
that matches no recommendation is not contradicted (ilacs cannot tell a rewording from a wrong
subject); a thing in one recommendation's frame with its subject swapped still is. Real values
from the corpus; the articles are written here."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim


def test_a_reworded_recommendation_is_not_contradicted(tmp_path, corpus_db):
    # Gloucestershire, 4 August 2025: 'The response to homeless 16- and 17-year-olds.' and
    # 'Support for care leavers not in employment, education or training.'
    text = (
        "Gloucestershire County Council's children's services have been rated good by Ofsted.\n\n"
        "Ofsted said the council should improve its response to homeless 16- and 17-year-olds "
        "and make sure the young people it looked after find jobs or college places.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-05")
    assert _claim(claims, "homeless")["verdict"] != "contradicted"
    swapped = text.replace(
        "make sure the young people it looked after find jobs or college places",
        "support for disabled children",
    )
    claims = _check(tmp_path, corpus_db, swapped, "2025-08-05")
    assert _claim(claims, "homeless")["verdict"] == "contradicted"


def test_a_recommendation_with_its_subject_swapped_is_contradicted(tmp_path, corpus_db):
    # Durham, 5 July 2022: 'The response to children who go missing from home or care.' and
    # 'Pathway assessments and planning for care leavers.'
    text = (
        "Durham County Council's children's services have been rated good by Ofsted.\n\n"
        "Ofsted said the council should improve pathway assessments and planning for care "
        "leavers and the response to children who go missing from home or care.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2022-07-06")
    assert _claim(claims, "go missing")["verdict"] == "supported"
    swapped = text.replace("from home or care", "from school lessons")
    claims = _check(tmp_path, corpus_db, swapped, "2022-07-06")
    assert _claim(claims, "go missing")["verdict"] == "contradicted"


def test_a_short_quotation_printed_as_it_stands_is_not_contradicted(tmp_path, corpus_db):
    # Croydon, 16 March 2020, page 5: 'services for children in care and care leavers are
    # improving well'; another sentence of the report reads 'are improving, although'
    text = (
        "Croydon's children's services have been rated good by Ofsted.\n\n"
        "Services for children in care and care leavers were judged to 'require improvement "
        'to be good\', but inspectors said they "are improving well".\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2020-03-17")
    assert _claim(claims, "improving well")["verdict"] == "supported"
