"""`ilacs check` on what the press says Ofsted wants improved (round 4): the article's own
words for a recommendation, a letter that is the news though a full inspection is named, and
judgements listed after 'all five areas:'. Real values from the corpus and one letter in
../shared; the articles are written here."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from ilacs.claims.check import check_article, load_record, make_texts
from tests.conftest import LETTERS

SOUTHAMPTON_LETTER = "80558_southampton__children's_services_focused_visit_-_15_june_2018.pdf"


@pytest.fixture(scope="module")
def check(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus Southampton's focused-visit letter of June 2018."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("para4")
    db = tmp / "para4.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    shutil.copy(LETTERS / SOUTHAMPTON_LETTER, pdfs / SOUTHAMPTON_LETTER)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    record, texts = load_record(db), make_texts(db)

    def run(text: str, as_of: date) -> dict[str, str]:
        result = check_article(text, record, texts, as_of, "given")
        return {c.text: c.verdict.value for c in result.claims if c.verdict}

    yield run
    texts.close()


def _verdict(found: dict[str, str], words: str) -> str | None:
    hits = [v for t, v in found.items() if words in t]
    return hits[0] if hits else None


def test_a_recommendation_in_the_articles_own_words_is_not_contradicted(check):
    # Nottingham, 5 September 2022: 'Effectiveness and timeliness of responses to children's
    # needs when first presented to the multi-agency safeguarding hub (MASH).', 'The service
    # response to young people who are aged 16 and 17 who present as homeless.', 'The quality
    # and timeliness of return home interviews.'
    text = (
        "Nottingham City Council's children's services require improvement, Ofsted has said.\n\n"
        "Ofsted set out eight areas the council must improve, including how quickly the "
        "multi-agency safeguarding hub deals with referrals, the support offered to homeless 16 "
        "and 17-year-olds, and return home interviews for children who go missing.\n"
    )
    found = check(text, date(2022, 9, 7))
    assert _verdict(found, "multi-agency safeguarding hub") == "supported"
    # a thing changed is still caught: '18 and 19-year-olds' for '16 and 17'
    wrong = check(text.replace("16 and 17-year-olds", "18 and 19-year-olds"), date(2022, 9, 7))
    assert _verdict(wrong, "multi-agency safeguarding hub") != "supported"


def test_the_judgements_after_all_five_areas_are_not_recommendations(check):
    # Lewisham, 31 January 2024: good in all five judgements
    text = (
        "Lewisham children's services have been rated good by Ofsted.\n\n"
        "Inspectors spent two weeks in the borough in December and rated the council good in "
        "all five areas: overall effectiveness, leadership, help and protection, children in "
        "care and care leavers.\n"
    )
    found = check(text, date(2024, 2, 1))
    assert "contradicted" not in found.values(), found


def test_the_new_letter_is_the_news_though_an_old_full_inspection_is_named(check):
    # Southampton's focused visit letter of 15 June 2018 names three things to improve; its
    # 2014 full report many more
    text = (
        "Support for care leavers in Southampton has improved, Ofsted has said.\n\n"
        "Two inspectors spent two days looking at the council's services for care leavers in "
        "May, and their findings were published on Friday.\n\n"
        "When Ofsted carried out a full inspection of Southampton's children's services in "
        "2014, it rated the service as requiring improvement.\n\n"
        "Inspectors said the council needed to improve three things: the quality of needs "
        "assessments, including risk when young people are placed in unsuitable accommodation; "
        "care leavers' access to their health histories; and the take-up and quality of return "
        "home interviews when young people go missing.\n"
    )
    found = check(text, date(2018, 6, 18))
    assert _verdict(found, "improve three things") == "supported"
    assert _verdict(found, "health histories") == "supported"
    wrong = check(text.replace("three things", "five things"), date(2018, 6, 18))
    assert _verdict(wrong, "improve five things") == "contradicted"
