"""Quotations with one word of judgement changed (round 8): a quoted phrase the reports do not
print, whose words they print with a word of another sign or degree in its place ('isolated'
for 'widespread', 'marginally' for 'significantly', 'good' for 'outstanding'), is contradicted;
so is a one-word quotation said of a thing the report names with a word of the other sign."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with


def test_extent_word_swapped_in_quote(tmp_path, corpus_db):
    # Kingston upon Hull ILACS report, 17 May 2019: 'There are widespread and serious failures
    # in the recognition of risk'
    claims = check_text(
        tmp_path,
        corpus_db,
        "Hull City Council's children's services were found to be inadequate. Inspectors "
        'said there were "isolated and serious failures" in how risk was recognised.\n',
        "2019-05-20",
    )
    c = claim_with(claims, "isolated and serious failures")
    assert c["type"] == "quote"
    assert c["verdict"] == "contradicted"
    claims = check_text(
        tmp_path,
        corpus_db,
        "Hull City Council's children's services were found to be inadequate. Inspectors "
        'said there were "widespread and serious failures" in how risk was recognised.\n',
        "2019-05-20",
    )
    assert claim_with(claims, "widespread and serious failures")["verdict"] == "supported"


def test_degree_word_swapped_in_short_quote(tmp_path, corpus_db):
    # Lambeth ILACS report, 10 March 2026: 'Children's services in Lambeth have been
    # significantly strengthened since the last inspection in 2022'
    claims = check_text(
        tmp_path,
        corpus_db,
        "Lambeth's children's services have been \"marginally strengthened\", Ofsted said, "
        'and leaders had "fostered a strong, family-focused, child-centred organisational '
        'culture".\n',
        "2026-03-12",
    )
    c = claim_with(claims, "marginally strengthened")
    assert c["verdict"] == "contradicted"


def test_sign_word_swapped_with_small_words_around(tmp_path, corpus_db):
    # Leicestershire ILACS report, 12 July 2024: 'Care leavers in Leicestershire benefit from
    # advice and support from a stable, committed and passionate group of PAs.'
    claims = check_text(
        tmp_path,
        corpus_db,
        'Leicestershire care leavers are supported by "a fragile but committed group of PAs", '
        "inspectors said.\n",
        "2024-07-20",
    )
    assert claim_with(claims, "fragile but committed")["verdict"] == "contradicted"


def test_one_word_quote_said_of_the_thing_the_report_praises(tmp_path, corpus_db):
    # Tower Hamlets ILACS report, 13 January 2025: 'An exemplary quality assurance framework
    # is a key function ...'
    text = (
        "Ofsted inspected Tower Hamlets children's services. Inspectors described the "
        'council\'s quality assurance framework as "{}".\n'
    )
    claims = check_text(tmp_path, corpus_db, text.format("weak"), "2025-01-20")
    assert claim_with(claims, '"weak"')["verdict"] == "contradicted"
    claims = check_text(tmp_path, corpus_db, text.format("exemplary"), "2025-01-20")
    assert claim_with(claims, '"exemplary"')["verdict"] == "supported"


def test_sentence_claim_ends_where_a_changed_quote_begins(tmp_path, corpus_db):
    # Hull, 17 May 2019: inadequate overall; the grade's claim does not run over the quote
    claims = check_text(
        tmp_path,
        corpus_db,
        "Hull City Council's children's services have been rated \"inadequate\" by Ofsted "
        'after inspectors found "isolated and serious failures" in the recognition of risk.\n',
        "2019-05-20",
    )
    quote = claim_with(claims, "isolated and serious failures")
    assert quote["type"] == "quote" and quote["verdict"] == "contradicted"
    assert all("isolated" not in c["text"] for c in claims if c["type"] != "quote"), [
        c["text"] for c in claims
    ]


GREENWICH = "80495_greenwich__joint_area_child_protection_inspection_-_09_may_2018.pdf"


def test_quote_said_of_another_service(corpus_db, tmp_path_factory):
    # Greenwich JTAI letter, 9 May 2018: 'When children are at risk of exploitation or are
    # missing from home and school, there are effective multi-agency arrangements to identify
    # and support them.'
    import shutil
    from datetime import date

    from ilacs.claims.check import check_article, load_record, make_texts
    from ilacs.ingest import ingest
    from tests.conftest import LETTERS

    tmp = tmp_path_factory.mktemp("quotes8")
    db = tmp / "quotes8.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / GREENWICH, pdfs / GREENWICH)
    assert ingest(pdfs, db).failed == 0
    record, texts = load_record(db), make_texts(db)
    text = (
        "A joint inspection of Greenwich found that for children who go missing from {}, "
        'there are "effective multi-agency arrangements to identify and support them", '
        "inspectors said.\n"
    )
    try:
        for place, want in (("hospital", "contradicted"), ("home and school", "supported")):
            result = check_article(text.format(place), record, texts, date(2018, 5, 10), "given")
            got = {c.verdict.value for c in result.claims if c.type.value == "quote"}
            assert got == {want}, [(c.text, c.verdict, c.explanation) for c in result.claims]
    finally:
        texts.close()
