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
GREENWICH_JTAI = "80495_greenwich__joint_area_child_protection_inspection_-_09_may_2018.pdf"


@pytest.fixture(scope="module")
def check(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus two letters (Southampton 2018, Greenwich JTAI)."""
    from ilacs.ingest import ingest

    tmp = tmp_path_factory.mktemp("para4")
    db = tmp / "para4.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    for name in (SOUTHAMPTON_LETTER, GREENWICH_JTAI):
        shutil.copy(LETTERS / name, pdfs / name)
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


def test_a_changed_number_beside_a_bounding_one_is_caught(check):
    # Medway, 27 August 2019: 'most social workers who met with inspectors being responsible
    # for over 40 children, and some as many as 55 children'
    text = (
        "Medway Council's children's services have been rated inadequate by Ofsted.\n\n"
        "The watchdog found some social workers were responsible for as many as 55 children, "
        "with most of those who met inspectors holding more than 40 cases.\n"
    )
    assert _verdict(check(text, date(2019, 8, 28)), "as many as 55") != "contradicted"
    wrong = check(text.replace("55", "65"), date(2019, 8, 28))
    assert _verdict(wrong, "as many as 65") == "contradicted"


def test_a_letters_areas_for_improvement_stated_as_findings(check):
    # Greenwich JTAI letter, 9 May 2018: 'The attendance of health practitioners at child
    # protection conferences is variable.' (under areas for improvement); 'Between 12 and 16
    # February 2018, Ofsted, the Care Quality Commission (CQC), ... undertook a joint inspection'
    text = (
        "Police analysis gaps hamper Greenwich, say inspectors.\n\n"
        "Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue "
        "Services and HM Inspectorate of Probation visited the Royal Borough of Greenwich in "
        "February to examine how agencies respond to children who go missing.\n\n"
        "Inspectors also found that health practitioners' attendance at child protection "
        "conferences was variable.\n"
    )
    found = check(text, date(2018, 5, 11))
    assert _verdict(found, "attendance at child protection") == "supported"
    assert _verdict(found, "Royal Borough of Greenwich in") == "supported"
    moved = check(text.replace("in February", "in March"), date(2018, 5, 11))
    assert _verdict(moved, "Royal Borough of Greenwich in") != "supported"


def test_a_quotation_after_a_campaigners_quotation_that_ends_its_sentence(check):
    # Nottingham, 5 September 2022: 'There has been a high level of staff turnover for
    # children in care.'
    text = (
        "Nottingham City Council's children's services require improvement, Ofsted has said.\n\n"
        "In a statement, a parents' campaign said: \"Carers have warned about this for years. "
        'We were right." The report notes a "high level of staff turnover for children in '
        'care".\n'
    )
    found = check(text, date(2022, 9, 7))
    assert _verdict(found, "high level of staff turnover") == "supported"
    assert _verdict(found, "Carers have warned") in (None, "not_in_record")


def test_a_committee_papers_numbered_paragraph_and_a_sum_in_figures(check):
    # Solihull, 13 January 2023: 'The service for care leavers has declined significantly since
    # 2019.'; Kirklees, 25 November 2016: 'The council also committed an additional four million
    # pounds to children's services.'
    text = (
        "Solihull children's services: Ofsted inspection outcome\n\n"
        "3.2 The report also records that the service for care leavers has declined "
        "significantly since 2019.\n"
    )
    found = check(text, date(2023, 1, 20))
    assert _verdict(found, "declined significantly") == "supported"
    text = (
        "Kirklees Council's children's services are inadequate, Ofsted has said.\n\n"
        "The council has committed an additional £4m to children's services, the report notes.\n"
    )
    assert _verdict(check(text, date(2016, 11, 30)), "£4m") == "supported"
    assert _verdict(check(text.replace("£4m", "£5m"), date(2016, 11, 30)), "£5m") != "supported"


def test_two_quotations_of_two_clauses_are_two_claims():
    from ilacs.claims.quotes import find_quotes

    two = find_quotes(
        'Inspectors found that the service "has significantly improved" and that advisers are '
        '"strong advocates for their young people".'
    )
    assert [q.text for q in two] == [
        '"has significantly improved"',
        '"strong advocates for their young people"',
    ]
    one = find_quotes(
        "Children told inspectors that they feel ‘they are known’ and that there is a ‘huge’ "
        "difference."
    )
    assert len(one) == 1


def test_the_next_sentence_of_a_paragraph_goes_on_reporting_the_letter(check):
    # Southampton's letter, 15 June 2018: 'Six care leavers are currently engaged in
    # apprenticeship schemes'
    text = (
        "Support for care leavers in Southampton has improved, Ofsted has said.\n\n"
        "But the letter warns that the number of care leavers in education, employment or "
        'training is "well below the national average". Six care leavers are engaged in '
        "apprenticeship schemes and 12 are at university.\n"
    )
    found = check(text, date(2018, 6, 18))
    assert _verdict(found, "apprenticeship schemes") == "supported"
