"""Recommendations (round 8): one thing of a list in a recommendation's own opening words with
its subject swapped, every other thing of the list found, is contradicted; a thing in the
writer's own words stays not_in_record."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with

# Merton ILACS report, 9 May 2022: 'The quality of work with some children by out-of-hours
# staff when children need to come into care.' and 'A flexible needs-led housing offer when
# young people leave care.'
ARTICLE = (
    "Ofsted rated Merton's children's services outstanding. The report said the council "
    "needs to improve {} and a flexible housing offer for young people leaving care.\n"
)


def test_swapped_subject_in_recommendations_frame(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        ARTICLE.format("the quality of work by youth justice staff with some children"),
        "2022-05-12",
    )
    assert claim_with(claims, "youth justice")["verdict"] == "contradicted"


def test_true_item_still_supported(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        ARTICLE.format("the quality of work with some children by out-of-hours staff"),
        "2022-05-12",
    )
    assert claim_with(claims, "out-of-hours")["verdict"] == "supported"


def test_own_words_without_the_frame_not_contradicted(tmp_path, corpus_db):
    claims = check_text(
        tmp_path,
        corpus_db,
        ARTICLE.format("how night-time duty workers handle children entering care"),
        "2022-05-12",
    )
    assert claim_with(claims, "night-time")["verdict"] != "contradicted"


GREENWICH = "80495_greenwich__joint_area_child_protection_inspection_-_09_may_2018.pdf"


def test_day_the_written_statement_of_action_is_due(corpus_db, tmp_path_factory):
    # Greenwich JTAI letter, 9 May 2018: 'should send the written statement of action to
    # ProtectionOfChildren@ofsted.gov.uk by 16 August 2018'
    import shutil
    from datetime import date

    from ilacs.claims.check import check_article, load_record, make_texts
    from ilacs.ingest import ingest
    from tests.conftest import LETTERS

    tmp = tmp_path_factory.mktemp("recs8")
    db = tmp / "recs8.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / GREENWICH, pdfs / GREENWICH)
    assert ingest(pdfs, db).failed == 0
    record, texts = load_record(db), make_texts(db)
    text = (
        "Inspectors visited Greenwich for a joint inspection. The council must send Ofsted a "
        "written statement of proposed action, agreed with its partners, by 16 {}.\n"
    )
    try:
        for month, want in (("August", "supported"), ("July", "contradicted")):
            result = check_article(text.format(month), record, texts, date(2018, 5, 10), "given")
            got = {c.verdict.value for c in result.claims if "statement of" in c.text}
            assert got == {want}, [(c.text, c.verdict) for c in result.claims]
    finally:
        texts.close()


# Lewisham ILACS report, 31 January 2024: 'Oversight arrangements to progress permanence for
# children in long-term foster care.' and "Personal advisers' (PAs) understanding of the
# discretionary payment offer for young people leaving care ..."
LEWISHAM = (
    "Ofsted rated Lewisham's children's services good. The report said the council needs to "
    "improve oversight of permanence for children {} and personal advisers' understanding of "
    "the discretionary payment offer for young people leaving care.\n"
)


def test_children_named_after_the_recommendations_words_swapped(tmp_path, corpus_db):
    claims = check_text(tmp_path, corpus_db, LEWISHAM.format("in secure units"), "2024-02-05")
    assert claim_with(claims, "secure units")["verdict"] == "contradicted"
    claims = check_text(
        tmp_path, corpus_db, LEWISHAM.format("in long-term foster care"), "2024-02-05"
    )
    assert claim_with(claims, "long-term foster care")["verdict"] == "supported"
