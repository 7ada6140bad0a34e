"""Findings reported in the article's own words, and quotations checked one by one, against
real reports of the corpus (Bromley's)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from ilacs.analyse import Record
from ilacs.claims.model import Verdict
from ilacs.claims.quotes import (
    ReportTexts,
    check_paraphrase,
    check_quote,
    find_paraphrases,
    find_quotes,
)
from ilacs.ingest import ingest, read_manifest

from .conftest import CORPUS

BROMLEY = 80490
BROMLEY_2019 = "80490_bromley/children's services inspection - 07 january 2019.pdf"
AS_OF = date(2019, 1, 10)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bromley")
    shutil.copytree(CORPUS / "80490_bromley", root / "80490_bromley")
    path = root.parent / "para.db"
    summary = ingest(root, path, manifest=read_manifest(CORPUS))
    assert summary.failed == 0
    return path


@pytest.fixture(scope="module")
def texts(db):
    t = ReportTexts(db)
    yield t
    t.close()


@pytest.fixture(scope="module")
def record(db):
    return Record.load(db)


def verdicts(body: str, record, texts) -> dict[str, tuple]:
    out = {}
    for span in find_paraphrases(body):
        got = check_paraphrase(body[span.start : span.end], span, [BROMLEY], AS_OF, record, texts)
        out[body[span.said[0] : span.said[1]]] = got
    return out


def test_findings_in_the_articles_own_words_are_supported(record, texts):
    body = (
        "Bromley's children's services have been praised. Inspectors found the out-of-hours "
        'service had improved greatly since the last inspection, while "direct work with '
        'children has become a significant strength". Homeless 16 and 17-year-olds are '
        "given temporary accommodation swiftly while a social work assessment takes place, "
        "the report said.\n"
        "Children in need of protection now get a timely analysis of risk through "
        "multi-agency strategy discussions."
    )
    got = verdicts(body, record, texts)
    # the cue ('Inspectors found', ', the report said') is not part of what was found
    for said in (
        "the out-of-hours service had improved greatly since the last inspection",
        "Homeless 16 and 17-year-olds are given temporary accommodation swiftly while a "
        "social work assessment takes place",
        # no speaker named: it must match more closely, and does
        "Children in need of protection now get a timely analysis of risk through "
        "multi-agency strategy discussions",
    ):
        verdict, why, evidence = got[said]
        assert verdict == Verdict.SUPPORTED and "low confidence" in why
        assert evidence[0].path == BROMLEY_2019 and evidence[0].page == 3
    # the quotation is the quote claim's
    assert not any("significant strength" in s for s in got)


def test_statements_the_report_does_not_make_are_left_alone(record, texts):
    body = (
        "Council leader Colin Smith said the out-of-hours service had improved greatly since "
        "the last inspection. The council said it would spend £2m more on social workers and "
        "the out-of-hours service next year.\n"
        # the report says they are NOT always explicit: a negation dropped is not the report's
        "Inspectors found assessments for homeless 16 and 17-year-olds are always explicit "
        "about becoming looked after.\n"
        # a number changed
        "Inspectors found homeless 15 and 17-year-olds are given temporary accommodation "
        "swiftly while a social work assessment takes place."
    )
    got = verdicts(body, record, texts)
    assert not any("Colin Smith" in s or "£2m" in s for s in got)
    assert all(v is None for v in got.values()), got


def test_a_finding_after_a_quotation_in_the_same_sentence(record, texts):
    body = (
        'Inspectors said direct work with children was "a significant strength" and that '
        "highly efficient systems mean no referrals or work are missed."
    )
    got = verdicts(body, record, texts)
    verdict, _, evidence = got["highly efficient systems mean no referrals or work are missed"]
    assert verdict == Verdict.SUPPORTED and evidence[0].path == BROMLEY_2019
    # the report's 'no' dropped: not the report's finding
    body = body.replace("mean no referrals or work are", "mean referrals and work are")
    assert all(v is None for v in verdicts(body, record, texts).values())


def quote_verdicts(body: str, record, texts) -> list[tuple]:
    out = []
    for span in find_quotes(body):
        context = body[span.context[0] : span.context[1]]
        claim = body[span.start : span.end]
        out.append(check_quote(claim, span, [BROMLEY], AS_OF, record, texts, context=context))
    return out


def test_a_short_changed_quotation_is_read_in_the_words_around_it(record, texts):
    # 'service has barely improved' alone is too little to say which passage it is; the
    # article's words after it are the rest of the report's sentence ('The out-of-hours service
    # has greatly improved since the last inspection')
    body = (
        'The report said the out-of-hours "service has barely improved" since the last '
        "inspection, with increased resources in relation to adult mental health provision "
        "releasing social work capacity."
    )
    [(verdict, why, evidence)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.CONTRADICTED and "'greatly'" in why and "'barely'" in why
    assert evidence[0].path == BROMLEY_2019 and evidence[0].page == 3
    [(verdict, _, _)] = quote_verdicts(body.replace("barely", "greatly"), record, texts)
    assert verdict == Verdict.SUPPORTED


def test_two_quotations_of_one_sentence_are_each_read_in_their_own_words(record, texts):
    # one claim (the quotations are a few words apart); the words between them are not the
    # first quotation's sentence going on
    body = (
        'Inspectors said "immediate safety plans are clear" and called direct work with '
        'children "a significant strength".'
    )
    [(verdict, _, evidence)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.SUPPORTED
    assert {e.path for e in evidence} == {BROMLEY_2019}


def test_a_councillor_citing_the_reports_words(record, texts):
    # the quotation and the finding are the report's, though a councillor cites them
    body = (
        "Councillor Jane Doe highlighted the inspectors' finding that the out-of-hours service "
        '"has greatly improved since the last inspection".\n'
        "The Executive Director said that the report recognised that highly efficient systems "
        "mean no referrals or work are missed."
    )
    [(verdict, _, evidence)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.SUPPORTED and evidence[0].path == BROMLEY_2019
    got = verdicts(body, record, texts)
    verdict, _, _ = got["highly efficient systems mean no referrals or work are missed"]
    assert verdict == Verdict.SUPPORTED
    # her own words are not checked
    assert find_quotes('Councillor Jane Doe said services had "greatly improved".') == []


def test_the_leader_of_a_named_council_is_a_councillor():
    assert (
        find_quotes(
            'The leader of Bradford Council said: "Three years ago we were told our services '
            'were failing children."'
        )
        == []
    )
