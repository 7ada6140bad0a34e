"""Findings reported in the article's own words, and quotations checked one by one, against
real reports of the corpus (Bromley's)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from types import SimpleNamespace

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
        # a number changed, the other the report's: the report's sentence with '16'
        "Inspectors found homeless 15 and 17-year-olds are given temporary accommodation "
        "swiftly while a social work assessment takes place."
    )
    got = verdicts(body, record, texts)
    assert not any("Colin Smith" in s or "£2m" in s for s in got)
    changed = {s: v for s, v in got.items() if "homeless 15" in s}
    assert [v[0] for v in changed.values()] == [Verdict.CONTRADICTED], got
    assert all(v is None for s, v in got.items() if s not in changed), got


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


def test_she_after_the_lead_inspector_is_the_inspector():
    body = (
        "In a letter published yesterday, lead inspector Jane Smith said most care leavers are "
        'seen regularly by personal advisers "who know them well".\n'
        'But she found there had been "significant gaps in management" since 2016.\n'
        "Council leader Colin Smith welcomed the letter. "
        '"We are proud of our staff, and we have "no complacency"," he said.'
    )
    quoted = [s.text for s in find_quotes(body)]
    assert '"significant gaps in management"' in quoted
    # after a councillor, 'he said' is still the councillor's
    assert not any("complacency" in q for q in quoted)
    # an 'x' of the article's own words is no quotation mark's mask ('executive member')
    body = (
        "Ofsted said services had improved.\n"
        "Jo Bloggs, the executive member for children, welcomed the findings. "
        "\"To go from inadequate to 'outstanding' leadership is unheard of,\" he said."
    )
    assert find_quotes(body) == []


def test_a_short_quotation_with_a_word_changed_is_placed_by_the_words_around_it(record, texts):
    # 'a new and highly experienced senior leadership team' is on page 1, after 'Since the
    # last inspection in 2016'; three words of the quotation alone could be anywhere
    body = (
        'The report found there had been "a new and inexperienced" senior team since the '
        "borough's last inspection in 2016, when children's services were judged inadequate."
    )
    [(verdict, why, evidence)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.CONTRADICTED and "inexperienced" in why
    assert evidence[-1].path == BROMLEY_2019 and evidence[-1].page == 1


def test_a_finding_with_its_number_changed_is_contradicted(record, texts):
    # 2016 report: 'Between November 2015 and January 2016, this service supported 29 young
    # people to attend initial or review child protection conferences.'
    body = (
        "Inspectors found the service had supported 19 young people to attend initial or "
        "review child protection conferences."
    )
    [(verdict, why, evidence)] = verdicts(body, record, texts).values()
    assert verdict == Verdict.CONTRADICTED and "'29'" in why and "'19'" in why
    assert evidence[0].path.endswith("27 june 2016.pdf")
    [got] = verdicts(body.replace("19", "29"), record, texts).values()
    assert got is not None and got[0] == Verdict.SUPPORTED
    [got] = verdicts(body.replace("19", "twenty-nine"), record, texts).values()
    assert got is None or got[0] != Verdict.CONTRADICTED
    # a round or bounding figure is not the report's count
    for rough in ("more than 19", "nearly 19", "almost 19"):
        [got] = verdicts(body.replace("19", rough), record, texts).values()
        assert got is None or got[0] != Verdict.CONTRADICTED, rough


def test_a_quotation_is_looked_for_in_the_reports_of_the_council_the_article_is_about(
    record, texts
):
    from ilacs.claims.check import passage_claims

    # the sentence is taken to be about another council (the last one named before it): the
    # quotation, with a word changed, is in the report of the council the article is about
    body = 'The report praised "direct work with children has become a minor strength in Bromley".'
    other = 80530  # here holding only Bromley's 2024 report, which does not print it
    docs = record.by_urn[BROMLEY]
    two = SimpleNamespace(
        by_urn={BROMLEY: docs, other: [d for d in docs if d.published.year == 2024]},
        by_id={d.id: d for d in docs},
    )
    [c] = passage_claims(body, lambda pos: [other], two, texts, AS_OF, main=BROMLEY)
    assert c.verdict == Verdict.CONTRADICTED and c.urns == [BROMLEY]
    [c] = passage_claims(body, lambda pos: [other], two, texts, AS_OF)
    assert c.verdict == Verdict.NOT_IN_RECORD


def test_the_words_beside_a_quotation_are_a_finding_of_their_own(record, texts):
    from ilacs.claims.check import passage_claims

    body = (
        'The report said the out-of-hours service "has greatly improved", with increased '
        "resources in relation to adult mental health provision releasing social work capacity."
    )
    got = passage_claims(body, lambda pos: [BROMLEY], record, texts, AS_OF)
    found = {c.text: c.verdict for c in got}
    assert found['"has greatly improved"'] == Verdict.SUPPORTED
    assert (
        found[
            "with increased resources in relation to adult mental health provision releasing "
            "social work capacity"
        ]
        == Verdict.SUPPORTED
    )
    # beside a quotation the report does not print, they are no finding of the report
    got = passage_claims(
        body.replace("greatly", "barely"), lambda pos: [BROMLEY], record, texts, AS_OF
    )
    assert [c.verdict for c in got] == [Verdict.CONTRADICTED]


def test_reported_speech_of_two_findings_joined_by_and(record, texts):
    body = (
        "The report, published on Monday, said the out-of-hours service had greatly improved "
        "since the last inspection and the work of the designated officer was a considerable "
        "strength."
    )
    got = verdicts(body, record, texts)
    for said in (
        "the out-of-hours service had greatly improved since the last inspection",
        "the work of the designated officer was a considerable strength",
    ):
        assert got[said] is not None and got[said][0] == Verdict.SUPPORTED, said


def test_a_finding_after_a_clause_about_recommendations():
    body = (
        "While no formal recommendations were made, inspectors noted that leaders understand "
        "their ongoing challenges, including sufficiency."
    )
    [span] = find_paraphrases(body)
    assert body[span.said[0] : span.said[1]] == (
        "leaders understand their ongoing challenges, including sufficiency"
    )


def test_a_fact_outside_the_record_that_the_report_states():
    from ilacs.claims.check import _said_by_the_report
    from ilacs.claims.model import Claim, Kind

    body = (
        'The report said "significant leadership churn", including two chief executives since '
        "2020, had contributed to the decline."
    )
    outside = Claim(0, len(body), body, Kind.OTHER, verdict=Verdict.NOT_IN_RECORD)
    outside.facts["outside"] = "chief executive"
    at = body.index("including")
    finding = Claim(at, at + 50, body[at : at + 50], Kind.OTHER, verdict=Verdict.SUPPORTED)
    assert _said_by_the_report(outside, [finding])
    finding.verdict = Verdict.NOT_IN_RECORD
    assert not _said_by_the_report(outside, [finding])


def test_a_fraction_in_words_is_the_percentage():
    from ilacs.claims.quotes import _fractions

    assert _fractions(["a", "quarter", "of", "them"]) == ["a", "25", "of", "them"]
    assert _fractions(["three", "quarters", "of"]) == ["75", "of"]
    assert _fractions(["the", "third", "inspection"]) == ["the", "third", "inspection"]
    body = (
        "Services remain inadequate, Ofsted has ruled, after inspectors found the authority "
        "had lost contact with a quarter of the young people leaving its care."
    )
    [span] = find_paraphrases(body)
    assert body[span.said[0] : span.said[1]].startswith("the authority had lost contact")


def test_he_after_a_mere_mention_of_ofsted_is_not_the_inspector():
    body = (
        "Director of children's services Tom Jones welcomed the report.\n"
        "Ofsted published its report on Monday.\n"
        '"There has been a significant improvement in the service," he said.'
    )
    assert find_quotes(body) == []
    # after the lead inspector, he is the inspector
    body = body.replace("Ofsted published its report", "Lead inspector Tom Smith said it")
    assert [s.text for s in find_quotes(body)] == [
        '"There has been a significant improvement in the service,"'
    ]


def test_quoted_words_the_article_puts_in_another_order_are_not_a_change(record, texts):
    # the report: 'a new and highly experienced senior leadership team which has driven a
    # rapid and sustained pace of improvement'
    body = (
        'Inspectors said the senior leadership team was "highly experienced" and has driven '
        "a rapid and sustained pace of improvement since 2016."
    )
    [(verdict, why, _)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.SUPPORTED, why
    # the same words with the quotation changed are still caught
    body = body.replace("highly experienced", "barely experienced")
    [(verdict, why, _)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.CONTRADICTED, why


def test_the_articles_own_words_around_a_quotation_are_not_its_words(record, texts):
    # 'help' is a word of the quotation, and the article's own 'help' (outside the marks)
    # stands where the report has 'children': no change to the quotation
    body = (
        'Inspectors said "early help" and family support services are highly effective, '
        "with workers skilled and creative, ensuring that help is at the heart of "
        "assessments and plans."
    )
    [(verdict, why, _)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.SUPPORTED, why


def test_they_said_after_the_inspectors_is_the_inspectors(record, texts):
    body = (
        "Inspectors found that children in need of help and protection now receive a timely "
        "response.\n"
        'They said services had improved "at pace" since the appointment of the director of '
        "children's services, and praised the staff."
    )
    assert [s.text for s in find_quotes(body)] == ['"at pace"']
    # after a councillor's words, 'they' are not the inspectors
    body = body.replace("Inspectors found", "Councillor Jane Smith said")
    assert find_quotes(body) == []


def test_a_changed_number_beside_one_the_report_gives_is_caught(record, texts):
    # the report: 'application conversion rates have increased from 2% to 11% following a
    # well-targeted advertising campaign'; the article's own words around it ('for foster
    # carers', 'had gone up steadily') leave less of it the report's, but its 2% is the
    # report's and its 15% counts the same thing as the report's 11%
    body = (
        "Inspectors found that application conversion rates for foster carers had gone up "
        "steadily from 2% to 15% following a well-targeted advertising campaign."
    )
    [(verdict, why, _)] = verdicts(body, record, texts).values()
    assert verdict == Verdict.CONTRADICTED and "'11'" in why, why
    body = body.replace("15%", "11%")
    assert all(
        v is None or v[0] != Verdict.CONTRADICTED for v in verdicts(body, record, texts).values()
    )
    # a number that counts something else is not the report's changed
    body = body.replace("11% following a", "15 weeks after a")
    assert all(
        v is None or v[0] != Verdict.CONTRADICTED for v in verdicts(body, record, texts).values()
    )


NORTH_LINCOLNSHIRE = 80527


@pytest.fixture(scope="module")
def north_lincs(tmp_path_factory):
    root = tmp_path_factory.mktemp("nlincs")
    shutil.copytree(CORPUS / "80527_north lincolnshire", root / "80527_north lincolnshire")
    path = root.parent / "nlincs.db"
    summary = ingest(root, path, manifest=read_manifest(CORPUS))
    assert summary.failed == 0
    t = ReportTexts(path)
    yield Record.load(path), t
    t.close()


def test_a_quotation_of_small_words_with_its_words_of_meaning_changed(north_lincs):
    # the 2022 report: help and protection 'has improved so that this is now outstanding';
    # only the run 'so that this is now' says where: 'good' is everywhere in the report
    record, texts = north_lincs
    body = (
        "In the report, help for children in need of protection "
        '"has worsened so that this is now good".'
    )
    [span] = find_quotes(body)
    got = check_quote(
        body[span.start : span.end], span, [NORTH_LINCOLNSHIRE], date(2022, 12, 1), record, texts
    )
    assert got[0] == Verdict.CONTRADICTED and "improved" in got[1], got[1]
    body = body.replace("worsened", "improved").replace("now good", "now outstanding")
    [span] = find_quotes(body)
    got = check_quote(
        body[span.start : span.end], span, [NORTH_LINCOLNSHIRE], date(2022, 12, 1), record, texts
    )
    assert got[0] == Verdict.SUPPORTED, got[1]


def test_the_reports_initials_for_the_articles_words_place_a_changed_quotation(record, texts):
    # the 2019 report: 'Partner agencies contribute effectively to decision-making in the
    # MASH by promptly responding to referrals which do not meet the social care threshold';
    # the article spells out MASH, one more of its words beside the passage
    body = (
        "Inspectors said in the multi-agency safeguarding hub partner agencies were "
        '"slowly, rarely responding to referrals" below the threshold.'
    )
    [(verdict, why, _)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.CONTRADICTED and "promptly" in why, why
    # without it, too few of the words around it are the report's to say it is this passage
    body = body.replace("multi-agency safeguarding hub", "new duty team")
    [(verdict, why, _)] = quote_verdicts(body, record, texts)
    assert verdict == Verdict.NOT_IN_RECORD, why


@pytest.fixture(scope="module")
def tameside(tmp_path_factory):
    root = tmp_path_factory.mktemp("tameside")
    shutil.copytree(CORPUS / "80569_tameside", root / "80569_tameside")
    path = root.parent / "tameside.db"
    summary = ingest(root, path, manifest=read_manifest(CORPUS))
    assert summary.failed == 0
    t = ReportTexts(path)
    yield Record.load(path), t
    t.close()


def test_a_short_finding_in_the_reports_order_before_a_quotation(tameside):
    # the 2024 report: 'caseloads in some areas of the service have increased'; three words
    # of meaning only, all there and in the report's order; the words the clause runs on
    # with before the quotation ('and there is') are none of it
    record, texts = tameside
    body = (
        'Inspectors noted caseloads in some areas have increased and there is "a lot still to do".'
    )
    got = [
        check_paraphrase(body[s.start : s.end], s, [80569], date(2024, 2, 20), record, texts)
        for s in find_paraphrases(body)
    ]
    assert [g and g[0] for g in got] == [Verdict.SUPPORTED], got
    body = body.replace("increased", "fallen")
    got = [
        check_paraphrase(body[s.start : s.end], s, [80569], date(2024, 2, 20), record, texts)
        for s in find_paraphrases(body)
    ]
    assert all(g is None for g in got), got


def test_a_finding_then_ofsted_has_said_as_inspectors_rated(record, texts):
    body = (
        "Children in need of help and protection now receive a timely and effective "
        "response, Ofsted has said, as inspectors rated help and protection good."
    )
    got = verdicts(body, record, texts)
    said = "Children in need of help and protection now receive a timely and effective response"
    assert got[said] is not None and got[said][0] == Verdict.SUPPORTED, got


def test_a_letters_address_and_next_page_number_do_not_split_its_sentence():
    from ilacs.claims.quotes import _DocIndex, _words

    # a letter's first page ends with Ofsted's address in the middle of a sentence, and the
    # next page begins with its number
    pages = [
        "Dear Director\r\nThe service for care leavers was found to be \r\nOfsted \r\n"
        "Piccadilly Gate \r\nStore Street\r\nManchester\r\nM1 2WD\r\nT 0300 123 1231\r\n"
        "enquiries@ofsted.gov.uk\r\nwww.gov.uk/ofsted",
        "2\r\nimproving steadily since the last visit.\r\n",
    ]
    index = _DocIndex(pages)
    found = index.find([_words("was found to be improving steadily since")])
    assert found is not None
    assert index.excerpt(*found).startswith("was found to be")
