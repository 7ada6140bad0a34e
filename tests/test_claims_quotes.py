"""Quote and recommendation claims, checked against real reports of the corpus."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from ilacs.analyse import Record
from ilacs.claims.model import Verdict
from ilacs.claims.quotes import (
    ParaphraseSpan,
    ReportTexts,
    check_paraphrase,
    check_quote,
    check_recommendation,
    find_paraphrases,
    find_quotes,
    find_recommendations,
)
from ilacs.ingest import ingest, read_manifest

from .conftest import CORPUS, SHARED

ARTICLES = SHARED / "claims" / "articles"
BROMLEY, ESSEX, NEWHAM, CAMBRIDGESHIRE, WILTSHIRE, GLOUCESTERSHIRE = (
    80490,
    80468,
    80511,
    80445,
    80580,
    80470,
)
LAS = (
    "80490_bromley",
    "80468_essex",
    "80511_newham",
    "80445_cambridgeshire",
    "80580_wiltshire",
    "80470_gloucestershire",
)
BROMLEY_2019 = "80490_bromley/children's services inspection - 07 january 2019.pdf"
BROMLEY_2016 = "80490_bromley/children's services inspection - 27 june 2016.pdf"
BROMLEY_2024 = "80490_bromley/children's services inspection - 12 january 2024.pdf"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The reports of six LAs, ingested from the corpus with its publication dates."""
    root = tmp_path_factory.mktemp("reports")
    for name in LAS:
        shutil.copytree(CORPUS / name, root / name)
    path = root.parent / "quotes.db"
    summary = ingest(root, path, manifest=read_manifest(CORPUS))
    assert summary.failed == 0 and summary.parsed >= 19
    return path


@pytest.fixture(scope="module")
def texts(db):
    t = ReportTexts(db)
    yield t
    t.close()


@pytest.fixture(scope="module")
def record(db):
    return Record.load(db)


def article(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def labels(name: str, kind: str = "quote") -> list[dict]:
    with open(SHARED / "claims" / "claims.csv", newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["article"] == name and r["type"] == kind]


def check(span_or_text, body, urns, as_of, record, texts):
    if isinstance(span_or_text, str):
        return check_quote(span_or_text, None, urns, as_of, record, texts, context=span_or_text)
    s = span_or_text
    context = body[s.context[0] : s.context[1]]
    return check_quote(body[s.start : s.end], s, urns, as_of, record, texts, context=context)


def test_find_quotes_of_a_seed_keeps_inspectors_and_drops_councillors():
    body = article("000_0ff03608a3fc872b")
    spans = find_quotes(body)
    found = [s.text for s in spans]
    assert all(s.text == body[s.start : s.end] for s in spans)
    for label in labels("000_0ff03608a3fc872b"):
        start, end = int(label["start"]), int(label["end"])
        assert any(min(end, s.end) - max(start, s.start) > 0 for s in spans), label["text"]
    # "... inspectors said" runs over three paragraphs that open with a quotation mark
    assert (
        found[2]
        == "“Workers are skilled and creative, ensuring that children are at the heart of assessments and plans."
    )
    # the council leader's words are an opinion
    assert not any("extremely proud" in t for t in found)
    assert not any("pleased" in t for t in found)
    body = article("004_8b05f31b5b5446ea")
    found = [s.text for s in find_quotes(body)]
    assert not any("absolutely remarkable achievement" in t for t in found)
    assert "‘This has led to vastly improved services for children and families.’" in found
    # two quotations a few words apart make one claim
    assert "‘they are known’ and that there is a ‘huge’" in found


def test_councillors_named_by_title_are_left_out():
    body = (
        "Ofsted rated the service good.\n\n"
        "Cllr Jane Smith, cabinet member for children, said: “This is a fantastic result.”\n\n"
        "“Our staff work incredibly hard,” she added.\n\n"
        "Inspectors said leaders have “a clear understanding of strengths”.\n"
    )
    assert [s.text for s in find_quotes(body)] == ["“a clear understanding of strengths”"]


@pytest.mark.parametrize(
    "sentence, quoted",
    [
        ("According to Ofsted, leaders have “a clear understanding” of the service.", True),
        ("‘Children are safe,’ the report said.", True),
        ("Lead inspector Jane Smith wrote that the council made ‘significant progress’.", True),
        ("Ofsted found that the parents’ views were ‘routinely ignored’ by managers.", True),
        ("Ofsted's report said children's services had \"deteriorated\" since 2019.", True),
        ("“We are delighted,” said John Brown, director of children’s services.", False),
        ("Council leader Sarah Jones said Ofsted had recognised the ‘hard work’ of staff.", False),
        ("Campaigners said the report showed ‘a service in crisis’.", False),
        ("He added: “This is a great day for Bromley.”", False),
    ],
)
def test_who_is_quoted(sentence, quoted):
    assert bool(find_quotes(sentence)) == quoted


def test_grades_in_quotation_marks_are_not_quotes():
    body = "Inspectors rated the council ‘requires improvement to be good’ and said it was ‘good’."
    assert find_quotes(body) == []


def test_verbatim_quote_is_found_on_its_page(record, texts):
    body = article("001_810798ea347bbf28")
    span = next(s for s in find_quotes(body) if "making a profound difference" in s.text)
    verdict, why, evidence = check(span, body, [BROMLEY], date(2019, 1, 8), record, texts)
    assert verdict == Verdict.SUPPORTED
    assert evidence[0].path == BROMLEY_2019
    assert evidence[0].page == 10
    assert evidence[0].quote == (
        "making a profound difference to improving the lives of children in Bromley"
    )
    assert "page 10 of children's services inspection - 07 january 2019" in why


def test_quote_across_line_breaks_hyphens_and_curly_quotes(record, texts):
    # The PDF prints "whole-council investment" across a line break; the article says
    # "whole council investment" in single curly quotes.
    body = article("004_8b05f31b5b5446ea")
    span = next(s for s in find_quotes(body) if "whole council investment" in s.text)
    verdict, why, evidence = check(span, body, [BROMLEY], date(2019, 1, 9), record, texts)
    assert verdict == Verdict.SUPPORTED
    assert evidence[0].path == BROMLEY_2019


def test_ellipsis_and_editorial_insertion(record, texts):
    text = (
        "“Since the last inspection in 2016 … there has been a new and highly experienced "
        "senior leadership team [in Bromley] which has driven a rapid and sustained pace of "
        "improvement”"
    )
    verdict, why, evidence = check(text, text, [BROMLEY], date(2019, 1, 9), record, texts)
    assert verdict == Verdict.SUPPORTED, why
    assert evidence[0].page == 1


def test_older_report_of_the_la_is_searched_too(record, texts):
    body = article("001_810798ea347bbf28")
    span = next(s for s in find_quotes(body) if "widespread and serious failures" in s.text)
    verdict, why, evidence = check(span, body, [BROMLEY], date(2019, 1, 8), record, texts)
    assert verdict == Verdict.SUPPORTED
    assert evidence[0].path == BROMLEY_2016


def test_reworded_quote_is_supported_with_low_confidence(record, texts):
    text = "“widespread and serious failings”"  # the 2016 report: 'failures'
    verdict, why, _ = check(text, text, [BROMLEY], date(2019, 1, 8), record, texts)
    assert verdict == Verdict.SUPPORTED
    assert "low confidence" in why and "'failings' for 'failures'" in why


@pytest.mark.parametrize(
    "name, fragment, changed",
    [
        (
            "004_8b05f31b5b5446ea-m1",
            "modestly improved",
            "'modestly' where the report has 'vastly'",
        ),
        ("003_d6d1e56f746b979f-m2", "uneven corporate", "'uneven' where the report has 'strong'"),
        (
            "002_44c0c3f02cfdb10f-m1",
            "partial failure",
            "'partial' where the report has 'corporate'",
        ),
        ("000_0ff03608a3fc872b-m1", "improved steadily", "'steadily' where the report has"),
        ("004_8b05f31b5b5446ea-m2", "‘small’", "'huge' where the article quotes 'small'"),
    ],
)
def test_altered_quotes_are_contradicted(record, texts, name, fragment, changed):
    body = article(name)
    meta = {r["id"]: r for r in csv.DictReader(open(SHARED / "claims" / "articles.csv"))}
    as_of = date.fromisoformat(meta[name]["published"])
    span = next(s for s in find_quotes(body) if fragment in s.text)
    verdict, why, evidence = check(span, body, [BROMLEY], as_of, record, texts)
    assert verdict == Verdict.CONTRADICTED, why
    assert changed in why
    assert evidence and evidence[0].path.startswith("80490_bromley/")


def test_quote_from_a_letter_the_record_lacks_is_not_in_record(record, texts):
    body = article("002_44c0c3f02cfdb10f")
    span = next(s for s in find_quotes(body) if "substantive progress in improving" in s.text)
    verdict, why, _ = check(span, body, [BROMLEY], date(2017, 9, 15), record, texts)
    assert verdict == Verdict.NOT_IN_RECORD
    assert "not in the reports" in why


def test_stitched_quote_is_supported_with_low_confidence(record, texts):
    # Wiltshire 2023 prints these as two sentences of one paragraph, a few words apart.
    text = (
        "“political, corporate and children’s services leaders have focused on strengthening "
        "existing services further, with this investment, particularly in preventative "
        "services”"
    )
    verdict, why, _ = check(text, text, [WILTSHIRE], date(2023, 12, 13), record, texts)
    assert verdict == Verdict.SUPPORTED, why


@pytest.mark.parametrize(
    "name",
    ["000_0ff03608a3fc872b", "001_810798ea347bbf28", "02", "17", "26", "60"],
)
def test_labelled_quotes_of_real_articles(record, texts, name):
    body = article(name)
    meta = {r["id"]: r for r in csv.DictReader(open(SHARED / "claims" / "articles.csv"))}
    as_of = date.fromisoformat(meta[name]["published"])
    spans = find_quotes(body)
    for label in labels(name):
        start, end = int(label["start"]), int(label["end"])
        hit = [s for s in spans if min(end, s.end) - max(start, s.start) > 0]
        urns = [int(u) for u in label["urns"].split(";") if u]
        if not set(urns) <= {BROMLEY, ESSEX, NEWHAM, CAMBRIDGESHIRE, WILTSHIRE}:
            continue
        assert hit, label["text"]
        verdict, why, _ = check(hit[0], body, urns, as_of, record, texts)
        assert verdict.value == label["verdict"], (label["text"], why)


def published(name: str) -> date:
    meta = {r["id"]: r for r in csv.DictReader(open(SHARED / "claims" / "articles.csv"))}
    return date.fromisoformat(meta[name]["published"])


def rec_claim(name: str, fragment: str):
    body = article(name)
    span = next(s for s in find_recommendations(body) if fragment in s.text)
    assert span.text == body[span.start : span.end]
    return body, span


def test_recommendations_named_are_among_the_reports(record, texts):
    body, span = rec_claim("000_0ff03608a3fc872b", "homeless 16 and 17-year-olds")
    assert span.text.startswith("Ofsted said the council still needs to improve information")
    assert span.items[0] == "information provided to homeless 16 and 17-year-olds"
    verdict, why, evidence = check_recommendation(
        body, span, [BROMLEY], date(2019, 1, 8), record, texts
    )
    assert verdict == Verdict.SUPPORTED, why
    assert {e.quote for e in evidence} == {
        "Information provided to homeless 16- and 17-year-olds so that they understand the "
        "options available to them.",
        "School attendance levels and educational progress for secondary-aged children in care.",
    }
    assert {e.path for e in evidence} == {BROMLEY_2019}
    assert {e.page for e in evidence} == {2}


def test_recommendation_changed_is_contradicted(record, texts):
    # 'secondary' -> 'primary' in the altered copy
    body, span = rec_claim("000_0ff03608a3fc872b-m2", "homeless 16 and 17-year-olds")
    verdict, why, _ = check_recommendation(body, span, [BROMLEY], date(2019, 1, 8), record, texts)
    assert verdict == Verdict.CONTRADICTED
    assert "(primary)" in why
    # a thing the report never asked for, beside one it did
    body, span = rec_claim("77-m1", "homelessness")
    verdict, why, _ = check_recommendation(
        body, span, [GLOUCESTERSHIRE], published("77-m1"), record, texts
    )
    assert verdict == Verdict.CONTRADICTED and "disabled" in why
    body, span = rec_claim("77", "homelessness")
    verdict, why, _ = check_recommendation(
        body, span, [GLOUCESTERSHIRE], published("77"), record, texts
    )
    assert verdict == Verdict.SUPPORTED, why


def test_number_of_recommendations(record, texts):
    body, span = rec_claim("45", "recommendations")
    assert span.count == 5 and span.text == "the 5 recommendations made by Ofsted"
    verdict, why, _ = check_recommendation(
        body, span, [GLOUCESTERSHIRE], published("45"), record, texts
    )
    assert verdict == Verdict.SUPPORTED, why
    body, span = rec_claim("45-m1", "recommendations")
    verdict, why, _ = check_recommendation(
        body, span, [GLOUCESTERSHIRE], published("45-m1"), record, texts
    )
    assert verdict == Verdict.CONTRADICTED
    assert "makes 5 recommendations, not 7" in why


def test_no_recommendations_read_is_not_in_record(record, texts):
    # Bromley's 2012 report predates the record's reading of recommendations
    text = "Ofsted said the council needs to improve the timeliness of assessments."
    verdict, why, _ = check_recommendation(text, None, [BROMLEY], date(2013, 1, 1), record, texts)
    assert verdict == Verdict.NOT_IN_RECORD, why


def test_paraphrase_of_the_report_is_supported_with_low_confidence(record, texts):
    body = article("004_8b05f31b5b5446ea")
    span = next(s for s in find_paraphrases(body) if "improved dramatically" in s.text)
    assert span.text.startswith("Ofsted reported that services had improved dramatically")
    verdict, why, evidence = check_paraphrase(
        body[span.start : span.end], span, [BROMLEY], date(2019, 1, 9), record, texts
    )
    assert verdict == Verdict.SUPPORTED and "low confidence" in why
    assert evidence[0].path == BROMLEY_2019


def test_list_after_inspectors_criticised_is_read_item_by_item(record, texts):
    body = article("26")
    spans = find_paraphrases(body)
    assert "Neglecting their duties as corporate parents in Newham" in [s.text for s in spans]
    span = next(s for s in spans if s.text.startswith("Failing to actively listen"))
    verdict, _, evidence = check_paraphrase(
        span.text, span, [NEWHAM], date(2019, 3, 29), record, texts
    )
    assert verdict == Verdict.SUPPORTED
    assert evidence[0].path.startswith("80511_newham/")


def test_paraphrase_with_a_changed_number_is_left_alone(record, texts):
    # the altered copy's 'in 2014' is not what the report says; a paraphrase is never
    # contradicted, so ilacs says nothing rather than 'supported'
    text = "Ofsted recognised that services have improved since its last inspection in 2014"
    span = ParaphraseSpan(0, len(text), text, (len("Ofsted recognised that "), len(text)))
    assert check_paraphrase(text, span, [CAMBRIDGESHIRE], None, record, texts) is None
    # sentences about grades and what must improve are left to those claims
    assert find_paraphrases("Inspectors found the council was rated good in every area.") == []


def test_quote_of_an_article_that_names_no_council(record, texts):
    # found by full-text search across every report ilacs holds
    text = (
        "“Impressive strategic and operational leadership, allied with strong corporate and "
        "political commitment, has led to a shared vision”"
    )
    verdict, why, evidence = check_quote(text, None, [], date(2024, 1, 20), record, texts)
    assert verdict == Verdict.SUPPORTED, why
    assert evidence[0].path == BROMLEY_2024
    altered = text.replace("strong corporate", "uneven corporate")
    verdict, why, _ = check_quote(altered, None, [], date(2024, 1, 20), record, texts)
    assert verdict == Verdict.CONTRADICTED and "'uneven' where the report has 'strong'" in why
    verdict, why, _ = check_quote("“The moon is made of cheese.”", None, [], None, record, texts)
    assert verdict == Verdict.NOT_IN_RECORD


def test_quote_from_another_councils_report_says_whose_it_is(record, texts):
    # seed 001 quotes Essex's 2019 report in an article about Bromley
    verdict, why, evidence = check_quote(
        "“a well-trained, highly skilled workforce”",
        None,
        [BROMLEY],
        date(2019, 1, 8),
        record,
        texts,
    )
    assert verdict == Verdict.SUPPORTED
    assert why.startswith("Not in the reports of the council named, but in another council's")
    assert evidence[0].path.startswith("80468_essex/")
