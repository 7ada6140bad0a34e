"""Claim + record -> verdict with evidence.

`check(claims, record, texts)` gives each claim a verdict, a one-sentence explanation and the
evidence (a report's page and words, or a computation over the record). A claim the record cannot
settle is `not_in_record`; a claim is `contradicted` only when the record plainly holds the fact
and it differs, never because something could not be read or found.

`check_article(text, db, as_of)` is what the CLI and the web call: extract, check, wrap.

Each kind of claim is checked in its own module over the same view of the record (view.py):
grades.py (grades, trends, moves), dates.py, inspectors.py, durations.py, recs.py
(recommendations and visit themes), ranks.py and counts.py (among councils); quotes.py finds and
matches passages of the reports. This module reads the article's claims, sends each to its
checker and wraps the result.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.counts import (
    _check_all_las,
    _check_group_count,
    _check_listed_count,
    _check_national_count,
    _check_national_share,
    _check_no_board,
    _check_nth_visit,
    _check_of_those,
    _check_published_together,
    _listed_councils,
)
from ilacs.claims.dates import _check_birth, _check_dates, dated_in_reports
from ilacs.claims.durations import _check_duration, on_site_band
from ilacs.claims.figures import check_figures
from ilacs.claims.grades import (
    _check_each_move,
    _check_every_area_cmp,
    _check_grades,
    _check_jump,
    _check_marked_down,
)
from ilacs.claims.inspectors import _check_addressee, _check_appointed, _check_inspector
from ilacs.claims.model import CheckResult, Claim, Evidence, Kind, Verdict
from ilacs.claims.presif import check_before_sif
from ilacs.claims.ranks import _check_rank, _soften_unmodelled, _soften_unread
from ilacs.claims.readings import settle
from ilacs.claims.recs import (
    _EARLIER_OR_UNMET,
    _check_no_recs_rank,
    _check_rec_count,
    _check_visit_theme,
    _earlier_or_unmet,
    _rec_lines,
    _rec_of_main,
    visit_subject_claims,
)
from ilacs.claims.reversed import check_reversed
from ilacs.claims.times import check_times
from ilacs.claims.turned import check_turned
from ilacs.claims.view import (
    _NO_OVERALL,
    C,
    N,
    RecordView,
    S,
    _current,
    _date_matches,
    _dates_evidence,
    _doc_years,
    _evidence,
    _first_inspections,
    _framework_at,
    _framework_of,
    _inspections,
    _label,
    _letters,
    _norm_name,
    _published,
    _register_name,
    _urn_name,
    letter_kind,
    load_record,
    make_texts,
    view_doc,
    view_of,
)
from ilacs.claims.visitcount import check_visit_counts
from ilacs.errors import NotFound

if TYPE_CHECKING:
    from ilacs.claims.quotes import ReportTexts

log = logging.getLogger(__name__)

# What the CLI, the web page, the bench and the tests call.
__all__ = [
    "check",
    "check_article",
    "choose_as_of",
    "infer_as_of",
    "load_record",
    "make_texts",
    "passage_claims",
    "view_of",
]


_COUNT_CONTRAST = lazyre.compile(
    r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|while|whereas)\s", re.I
)


def _sentence_bounds(article: str, start: int, end: int) -> tuple[int, int]:
    """Where the article's sentence (or sentences) that hold `start` to `end` begin and end
    (before the closing stop)."""
    before = [m.end() for m in re.finditer(r"[.!?]\s|\n", article[:start])]
    after = re.search(r"[.!?](?=\s|$)|\n", article[end:])
    return before[-1] if before else 0, end + after.start() if after else len(article)


def _sentence_around(article: str, start: int, end: int) -> str:
    """The article's sentence (or sentences) that hold `start` to `end`."""
    a, b = _sentence_bounds(article, start, end)
    return article[a:b]


def passage_claims(
    article: str,
    urns_at: Any,
    record: RecordView,
    texts: Any,
    as_of: date,
    main: int | None = None,
    own_subject: Any = None,
) -> list[Claim]:
    """Quotations attributed to the inspectors or the report, and what Ofsted said must improve,
    each found (or not) in the council's reports by quotes.py. A quotation not in the reports
    of the council its sentence is taken to be about (the last one named: 'after North
    Yorkshire earlier this month') is looked for in those of `main`, the council the article
    is about; what must improve is, unless the sentence goes on about the council the article
    last named as a subject (`own_subject(pos, urns)`)."""
    try:
        from ilacs.claims import quotes
    except ImportError:
        log.info("ilacs.claims.quotes is not there: quotations are not checked")
        return []
    out = []
    unsure: list[tuple[int, int]] = []  # sentences of quotations not found as they are
    sure: list[tuple[int, int]] = []  # ... and of quotations found
    for span in quotes.find_quotes(article):
        urns = urns_at(span.start)
        words = article[span.start : span.end]
        ctx = article[span.context[0] : span.context[1]] if getattr(span, "context", None) else None
        verdict, explanation, evidence = quotes.check_quote(
            words, span, urns, as_of, record, texts, context=ctx
        )
        elsewhere = Verdict(verdict) == S and explanation.startswith(
            "Not in the reports of the council named"
        )
        if (Verdict(verdict) in (N, C) or elsewhere) and main is not None and main not in urns:
            # not there, or there with words changed, in the reports of the council named
            # last: in those of the council the article is about word for word, they are its
            # ('North Northamptonshire ..., alongside neighbouring West Northamptonshire')
            again = quotes.check_quote(words, span, [main], as_of, record, texts, context=ctx)
            if Verdict(again[0]) == S or (Verdict(verdict) == N and Verdict(again[0]) != N):
                urns = [main]
                verdict, explanation, evidence = again
        if (
            Verdict(verdict) == S
            and explanation.startswith("Not in the reports of the council")
            and _AS_TO_IMPROVE.search(ctx or "")
        ):
            verdict, explanation = _words_of_unnamed(article, urns, explanation, evidence)
        q_start = span.start
        if (
            ctx
            and len(re.findall(r"\w+", words)) <= (4 if Verdict(verdict) == C else 2)
            # (a word or two that holds: what the clause says it is, 'described the work as
            # “excellent”', not a term of the report's, 'a focused visit to the "front door"')
            and (
                Verdict(verdict) == C
                or re.search(
                    r"\b(?:as|is|are|was|were|be|been|being|remains?|remained|had|has|have|"
                    r"called|described)\s*$",
                    article[span.context[0] : span.start],
                    re.IGNORECASE,
                )
            )
        ):
            # 'Care leavers' experiences had "slightly declined"': a word or two changed in
            # the report's sentence, the clause that says of what is the claim (and of a word
            # or two quoted, whatever the verdict: 'They described child protection work as
            # “excellent”')
            s0 = span.context[0]
            lead_in = article[s0 : span.start]
            cut = max(
                lead_in.rfind(","), lead_in.rfind(";"), lead_in.rfind(":"), lead_in.rfind("\u201d")
            )
            clause = lead_in[cut + 1 :] if cut >= 0 else lead_in
            # ('... a highly committed ‘corporate parent’ of children looked after and described
            # the improvements as ‘palpable’': the saying joined on is the clause)
            joined = list(quotes._NEW_SAYING.finditer(clause))
            if joined:
                clause = clause[joined[-1].start() :].split(None, 1)[1]
            if (
                clause.strip()
                and len(clause) <= 80
                and not re.search(r"[\"“”\d]", clause)
                # (no grade or date of its own in it, which is a claim of its own)
                and not re.search(
                    r"\b(?:good|outstanding|inadequate|requires?|improvement|rated|judged|"
                    r"graded|in\s+[A-Z][a-z]+)\b",
                    clause,
                )
            ):
                q_start = span.start - len(clause.lstrip())
        c = Claim(q_start, span.end, article[q_start : span.end], Kind.QUOTE, list(urns))
        c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
        out.append(c)
        if c.verdict != S and getattr(span, "context", None):
            unsure.append(span.context)
        elif getattr(span, "context", None):
            sure.append(span.context)
    finder = getattr(quotes, "find_recommendations", None)
    checker = getattr(quotes, "check_recommendation", None)
    if finder and checker:
        quoted = [(c.start, c.end) for c in out]
        for span in finder(article):
            # "the two recommendations" inside a quotation of the report: the quotation's claim
            if any(a <= span.start and span.end <= b for a, b in quoted):
                continue
            urns = list(urns_at(span.start))
            if span.count is not None and _COUNT_CONTRAST.match(article, span.end):
                # 'It received eight recommendations, against five for Wirral': the council
                # named after the contrast has the other count; 'It' is the one before
                head = max(article.rfind(". ", 0, span.start), article.rfind("\n", 0, span.start))
                own = article[head + 1 : span.start].split()[1:]
                if head > 0 and not any(w[:1].isupper() for w in own):
                    urns = list(urns_at(head - 1))
            words = article[span.start : span.end]
            verdict, explanation, evidence = _rec_of_main(
                words,
                span,
                urns,
                as_of,
                record,
                texts,
                None if own_subject is not None and own_subject(span.start, urns) else main,
            )
            if (
                span.count is not None
                and Verdict(verdict) == C
                and _earlier_or_unmet(article[span.end : span.end + 160])
            ):
                verdict, explanation, evidence = N, _EARLIER_OR_UNMET, []
            if getattr(span, "lines", ()):
                out.extend(
                    _rec_lines(
                        article,
                        span,
                        urns,
                        as_of,
                        record,
                        texts,
                        main,
                        Verdict(verdict),
                        explanation,
                    )
                )
                continue
            if (
                Verdict(verdict) == N
                and span.count is None
                and any(a <= span.start and span.end <= b for a, b in sure)
            ):
                # 'Areas flagged for improvement in 2022, including X and Y, had "been
                # responded to ..."': the things named are the subject of a quotation the
                # report prints, which speaks for the sentence
                continue
            c = Claim(span.start, span.end, words, Kind.RECOMMENDATION, list(urns))
            c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
            out.append(c)
    p_finder = getattr(quotes, "find_paraphrases", None)
    p_checker = getattr(quotes, "check_paraphrase", None)
    if p_finder and p_checker:
        for span in p_finder(article):
            overlapping = [o for o in out if o.start < span.end and span.start < o.end]
            # a recommendation claim ilacs cannot settle that runs on into a finding ('While no
            # formal recommendations were made, inspectors noted that leaders understand ...')
            # gives the finding its words, if the report says it
            before = [
                o
                for o in overlapping
                if o.type == Kind.RECOMMENDATION and o.verdict == N and o.start < span.start
            ]
            # ("In November 2022 inspectors found the quality of practice for children in care
            # had deteriorated": a date at the head of the finding, a claim of its own; the
            # finding is weighed only for being said the other way round)
            headed = [
                o
                for o in overlapping
                if o not in before
                and o.type in (Kind.DATE, Kind.VISIT)
                and o.start <= span.start + 3
                and (verb := _FOUND_VERB.search(article, o.end, span.end)) is not None
                and not article[o.end : verb.start()].strip(" ,").count(" ") > 2
            ]
            if len(before) + len(headed) < len(overlapping):
                continue
            # the words beside a quotation that is not the report's are no finding of it
            if any(a <= span.start and span.end <= b for a, b in unsure):
                continue
            urns = urns_at(span.start)
            words = article[span.start : span.end]
            said = article[span.said[0] : span.said[1]]
            around = _sentence_around(article, span.start, span.end)
            got = None if headed else p_checker(words, span, urns, as_of, record, texts)
            if headed:
                turned = check_turned(around, said, urns, as_of, record, texts)
                if turned is None or Verdict(turned[0]) != C:
                    continue
                got = turned
            elif got is None or got[0] == S:
                # 'a focused visit in June 2021, when inspectors found that children in care
                # experienced unstable placements': the dated letter says it the other way
                turned = check_turned(around, said, urns, as_of, record, texts)
                if turned is None and main is not None and main not in urns:
                    turned = check_turned(around, said, [main], as_of, record, texts)
                got = turned or got
            if got is None:
                continue  # not found in nearly the same words: left alone
            verdict, explanation, evidence = got
            for o in before:
                o.end = o.start + len(article[o.start : span.start].rstrip(" ,;:"))
                o.text = article[o.start : o.end]
            own_words = quotes.IN_OWN_WORDS in explanation
            c = Claim(span.start, span.end, words, Kind.OTHER, list(urns))
            c.verdict, c.explanation, c.evidence = Verdict(verdict), explanation, list(evidence)
            c.facts["own_words"] = own_words
            c.facts["paraphrase"] = verdict == S and "a paraphrase" in explanation
            out.append(c)
    return out


# the verb that reports a finding after its date ("In November 2022 inspectors found ...")
_FOUND_VERB = lazyre.compile(
    r"\b(?:found|noted|concluded|reported|said|judged|identified|highlighted|warned)\b",
    re.IGNORECASE,
)


# a quotation given as one of the things the report says must improve
_AS_TO_IMPROVE = lazyre.compile(
    r"\b(?:areas?|things?|points?)\s+(?:for\s+improvement|to\s+improve|(?:for\s+the\s+council\s+)?to\s+"
    r"(?:work\s+on|develop|address))\b|\brecommendations?\b|\b(?:needs?|must|should)\s+"
    r"(?:to\s+)?(?:now\s+|still\s+)?improve\b",
    re.IGNORECASE,
)


def _words_of_unnamed(
    article: str, urns: list[int], explanation: str, evidence: list[Evidence]
) -> tuple[Verdict, str]:
    """A quotation of what must improve not in the reports of the council it is said of, but in
    another council's: the other council's words when the article names it too (joint
    services, a neighbour it compares), else words put in the wrong council's mouth ('pointing
    to "the sufficiency of local placement options" as one of four areas to improve',
    Shropshire's words, in a story that names only Bolton). (Other quotations found only in
    another council's report stay supported, the explanation naming whose: a stock phrase
    may be printed in many reports.)"""
    whose = {int(m.group(1)) for e in evidence if (m := re.match(r"(\d+)_", e.path or ""))}
    named: set[int] = set(urns)
    for mention in T.councils(article):
        named.update(la.urn for la in register.lineage(mention.la) if la.urn is not None)
    if not whose or whose & named:
        return S, explanation
    other = " and ".join(sorted(_register_name(u) for u in whose))
    where = explanation.split(": ", 1)[-1].rstrip(".")
    return C, (
        f"Not in the reports of the council it is said of, but in {other}'s, a council the "
        f"article does not name: {where}."
    )


_LEADS_INTO = lazyre.compile(
    r",\s+[^,;:]{0,60}\b(?:found|said|described|noted|called|concluded|warned|praised|reported)"
    r"(?:\s+that)?$",
    re.IGNORECASE,
)


def _own_words_against(p: Claim, claims: list[Claim], article: str) -> bool:
    """`p` is a finding found by the weight of its words in a sentence that holds a claim the
    record contradicts, or a paraphrase over the words of a visit the record contradicts ('a
    joint inspection looked at how agencies responded to abuse and neglect, | with a focus on
    children at risk of criminal exploitation': the letter's words, another deep dive)."""
    if p.facts.get("paraphrase"):
        return any(
            c.verdict == C and c.type == Kind.VISIT and c.start < p.end and p.start < c.end
            for c in claims
        )
    if not p.facts.get("own_words"):
        return False
    start, end = _sentence_bounds(article, p.start, p.end)
    return any(c.verdict == C and c.start < end and start < c.end for c in claims)


def _beside_claims(p: Claim, claims: list[Claim], article: str) -> bool:
    """A finding found by the weight of its words (`own_words`) keeps out of the claims read
    inside its clause: it begins after one at its head ('inspectors, who were on site from 4 to
    15 March, did find improvement ...') and ends before one at its tail. False when too few
    words are left to be a finding."""
    if not p.facts.get("own_words"):
        return True
    start, end = p.start, p.end
    for c in sorted(claims, key=lambda c: c.start):
        if not (start <= c.start and c.end <= end):
            continue
        if c.start - start < end - c.end:
            start = c.end
        else:
            end = c.start
    while start < end and not article[start].isalnum():
        start += 1
    end = start + len(article[start:end].rstrip(" ,;:-–—"))
    if len(re.findall(r"\w+", article[start:end])) < 4:
        return False
    p.start, p.end, p.text = start, end, article[start:end]
    return True


def _check_visit_days(c: Claim, record: RecordView, as_of: date) -> None:
    """'after a two-day visit': the days on site of the council's latest letter, published in
    the four months before the article (none such: not in the record)."""
    if not c.urns:
        return
    kind = (c.visit_kind or "").lower()
    letters = [
        (p, d)
        for d in _letters(record, c.urns[0])
        if (p := _published(d)) is not None
        and as_of - timedelta(days=120) <= p <= as_of + timedelta(days=3)
        and d.inspection_start
        and d.inspection_end
        and (not kind or kind.split()[0] in d.kind)
    ]
    if not letters:
        c.verdict, c.explanation = N, "ilacs holds no recent letter of this council to compare."
        return
    _, d = max(letters, key=lambda x: x[0])
    days = sum(
        (d.inspection_start + timedelta(days=i)).weekday() < 5
        for i in range((d.inspection_end - d.inspection_start).days + 1)
    )
    c.evidence = [_evidence(d, f"visit {d.inspection_start} to {d.inspection_end}")]
    want = c.facts["visit_days"]
    c.verdict = S if days == want else C
    c.explanation = (
        f"The {_label(d)} was a visit on {d.inspection_start} to {d.inspection_end} "
        f"({days} day{'s' if days != 1 else ''} on site)."
    )


def _check_length(c: Claim, record: RecordView, as_of: date) -> None:
    """'a one-week short inspection': the latest inspection's days on site and its kind
    (ILACS short inspections last one week on site, standard ones two)."""
    if not c.urns:
        return
    insp = _inspections(record, c.urns[0])
    cur = _current(insp, as_of)
    scene = [c.facts["scene"]] if c.facts.get("scene") else []
    then = (
        [
            x
            for x in insp
            if scene and scene[0] in _doc_years(x) and x in insp[: insp.index(cur) + 1]
        ]
        if cur in insp
        else []
    )
    if then:
        # "By the autumn of 2021 the picture had changed. A two-week inspection ... rated the
        # council good": the inspection of the year the narrative set
        cur = then[-1]
    if cur is None or not (cur.inspection_start and cur.inspection_end):
        return
    want = c.facts["length"]
    days = (cur.inspection_end - cur.inspection_start).days + 1
    kind = getattr(cur, "inspection_type", None)
    c.evidence = [
        _evidence(
            cur,
            f"Inspection dates: {cur.inspection_start} to {cur.inspection_end}"
            + (f"; a {kind} inspection" if kind else ""),
        )
    ]
    said = []
    ok = True
    if want["weeks"]:
        said.append(f"{want['weeks']} week(s)")
        lo, hi = on_site_band(want["weeks"], "weeks")
        ok &= lo <= days <= hi
    if want["kind"]:
        said.append(f"a {want['kind']} inspection")
        if kind is None:
            c.verdict, c.explanation = N, "ilacs does not record the kind of this inspection."
            return
        ok &= kind == want["kind"]
    c.verdict = S if ok else C
    c.explanation = (
        f"The {_label(cur)} was on site {cur.inspection_start} to {cur.inspection_end} ({days} days)"
        + (f", a {kind} inspection" if kind else "")
        + ("." if ok else f": not {' and '.join(said)}.")
    )


def _check_no_overall(c: Claim, view: RecordView, as_of: date) -> None:
    """'councils are no longer given a single overall effectiveness grade': held from the first
    inspection of the framework that gives none (April 2026), by the article's day (a month's
    grace: the framework is in force a little before its first inspection)."""
    firsts = _first_inspections(view)
    first = min(
        (firsts[f] for f in _NO_OVERALL if f in firsts),
        key=lambda d: d.inspection_start,
        default=None,
    )
    if first is None:
        c.verdict, c.explanation = (
            N,
            "ilacs holds no report of a framework without an overall grade.",
        )
        return
    c.evidence = [_evidence(first, f"no overall effectiveness grade ({first.framework})")]
    if first.inspection_start <= as_of + timedelta(days=31):
        c.verdict = S
        c.explanation = (
            f"Reports under the {first.framework} framework give no overall effectiveness grade; "
            f"its first inspection ilacs holds (the {_label(first)}) began on "
            f"{first.inspection_start}."
        )
    else:
        c.verdict = C
        c.explanation = (
            f"Every inspection by the article's day gave an overall effectiveness grade; the "
            f"first without one (the {_label(first)}) began on {first.inspection_start}."
        )


def _check_framework_date(c: Claim, view: RecordView, as_of: date) -> None:
    """'the current framework, which was introduced in January 2023': the month its first
    inspection began. Contradicted only for another year when the words name the framework
    (by name, or as the current one on the day); a framework known only by the year said is
    not held to it."""
    if not c.dates:
        return
    said, precision = c.dates[0]
    words = str(c.facts.get("fw_came_in") or "").lower()
    named = re.search(r"\b(?:sif|single inspection|ilacs\s*(?:2018|2023|2026))\b", words)
    fw: str | None = None
    if named:
        fw = _framework_of(replace(c, framework=named.group(0), facts={}), None, as_of, view)
    elif re.search(r"\b(?:new|latest|current|revised|updated|tougher)\b", words):
        fw = _framework_at(view, as_of)
    starts = {f: d.inspection_start for f, d in _first_inspections(view).items()}
    candidates = [fw] if fw else list(starts)

    def fits(first: date) -> bool:
        if precision == "year":
            return said.year == first.year
        prev = first.replace(day=1) - timedelta(days=1)
        # in force from its first inspection's month, or the month before
        return (said.year, said.month) in {(first.year, first.month), (prev.year, prev.month)}

    ok = [f for f in candidates if f in starts and fits(starts[f])]
    if ok:
        f = ok[0]
        c.verdict = S
        c.explanation = f"The first {f} inspection began on {starts[f]}."
        c.evidence = [Evidence(None, None, f"first {f} inspection on site from {starts[f]}")]
    elif fw and fw in starts and said.year != starts[fw].year:
        c.verdict = C
        c.explanation = f"The first {fw} inspection began on {starts[fw]}, not in {said.year}."
        c.evidence = [Evidence(None, None, f"first {fw} inspection on site from {starts[fw]}")]
    else:
        c.verdict = N
        c.explanation = "ilacs cannot tell which framework's start this is, or it differs a little."


def _check_one(c: Claim, record: RecordView, texts: ReportTexts, as_of: date) -> None:
    """Give one claim its verdict, explanation and evidence, by its kind."""
    if c.type in (Kind.GRADE, Kind.TREND) and c.facts.get("grades"):
        _check_grades(c, record, as_of)
        if c.verdict == C:
            _care_leavers_in_words(c, record, texts)
        if c.verdict == N and c.facts.get("predecessor"):
            _predecessor_told(c, record, texts, as_of)
        if c.verdict == C and _only_before_the_record(c, record, as_of):
            c.verdict, c.evidence = N, []
            c.explanation = (
                "The words tell of a time before the first inspection ilacs holds of this council."
            )
    elif c.type == Kind.VISIT and (c.facts.get("theme") or c.facts.get("ungraded")):
        _check_visit_theme(c, record, as_of, texts)
    elif c.facts.get("length"):
        _check_length(c, record, as_of)
    elif c.facts.get("visit_days"):
        _check_visit_days(c, record, as_of)
    elif c.facts.get("birth"):
        _check_birth(c, record, texts)
    elif c.facts.get("fw_came_in"):
        _check_framework_date(c, record, as_of)
    elif c.facts.get("no_overall"):
        _check_no_overall(c, record, as_of)
    elif c.facts.get("event"):
        # read in the reports after the article's words (`dated_in_reports`), never against
        # the dates of inspections
        c.verdict = N
        c.explanation = "ilacs holds the dates of inspections and visits, not of this."
    elif c.type in (Kind.DATE, Kind.VISIT):
        _check_dates(c, record, as_of, texts)
    elif c.type == Kind.INSPECTOR:
        _check_inspector(c, record, as_of, texts)
    elif c.type == Kind.TREND and "every_area_cmp" in c.facts:
        _check_every_area_cmp(c, record, as_of)
    elif c.type == Kind.TREND and c.facts.get("each_move"):
        _check_each_move(c, record, as_of)
    elif c.type == Kind.TREND and c.facts.get("marked_down"):
        _check_marked_down(c, record, as_of)
    elif c.type == Kind.TREND and (c.facts.get("jump") or "direction" in c.facts):
        _check_jump(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("no_board"):
        _check_no_board(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("nth_visit"):
        _check_nth_visit(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("all_las"):
        _check_all_las(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("group"):
        _check_group_count(c, record, as_of)
        _soften_unmodelled(c)
    elif c.type == Kind.COUNT and c.facts.get("published_on"):
        _check_published_together(c, record, as_of)
    elif c.type == Kind.COUNT and "share" in c.facts:
        _check_national_share(c, record, as_of)
        if (app := c.facts.get("apposition")) and c.verdict != Verdict.CONTRADICTED:
            # "More than half ... - 17 of the 33 - ...": the count said beside the share
            sub = replace(c, facts=app, evidence=[])
            _check_national_count(sub, record, as_of)
            if sub.verdict == Verdict.CONTRADICTED or (
                sub.verdict == Verdict.NOT_IN_RECORD and c.verdict == Verdict.SUPPORTED
            ):
                c.verdict, c.explanation, c.evidence = sub.verdict, sub.explanation, sub.evidence
    elif (
        c.type == Kind.COUNT
        and c.facts.get("national")
        and c.facts.get("grades")
        and (not c.facts.get("total") or c.facts.get("list_words") or c.facts.get("below_good"))
        and (listed := _listed_councils(c))
    ):
        _check_listed_count(c, record, as_of, listed)
    elif c.type == Kind.COUNT and c.facts.get("of_those"):
        _check_of_those(c, record, as_of)
    elif c.type == Kind.COUNT and c.facts.get("national"):
        _check_national_count(c, record, as_of)
    elif c.type == Kind.RANK and c.facts.get("own_first"):
        _check_own_first(c, record, as_of)
    elif c.type == Kind.RANK and c.facts.get("no_recs"):
        _check_no_recs_rank(c, record, as_of)
    elif c.type in (Kind.RANK, Kind.COUNT):
        _check_rank(c, record, as_of)
        _soften_unmodelled(c)
    elif c.type == Kind.RECOMMENDATION and c.facts.get("what") == "count":
        _check_rec_count(c, record, as_of, texts)
    elif c.type == Kind.OTHER and c.facts.get("addressee"):
        _check_addressee(c, record, as_of, texts)
    elif c.type == Kind.OTHER and c.facts.get("appointed"):
        _check_appointed(c, record, as_of, texts)
    elif c.type == Kind.OTHER and c.facts.get("outside"):
        if not _outside_said(c, record, as_of, texts):
            c.verdict = N
            what = (
                "a child's death and what followed it are"
                if re.match(r"(?:murder|death)", str(c.facts["outside"]), re.IGNORECASE)
                else "directions, commissioners, appointments and money are"
            )
            c.explanation = (
                f"Ofsted's inspection record does not hold this ({c.facts['outside']!r}: "
                f"{what} not in it)."
            )
    _soften_unread(c)
    if c.facts.get("duration"):
        _check_duration(c, record, as_of, texts)
    if c.verdict == N and c.type in (Kind.GRADE, Kind.TREND, Kind.DATE):
        _told_of_earlier(c, record, texts, as_of)


def _care_leavers_in_words(c: Claim, record: RecordView, texts: ReportTexts) -> None:
    """'That report described the service that care leavers received as "outstanding"', of a
    2018-framework report, which grades care leavers only with children in care: the report's
    own words give care leavers that grade ('the service that care leavers receive is
    outstanding'), so the claim holds of its words, not of a judgement."""
    items = [it for it in c.facts.get("grades") or [] if isinstance(it, dict)]
    if len(items) != 1 or items[0].get("areas") != ["care_leavers"] or not c.evidence:
        return
    d = view_doc(record, c.evidence[-1].path)
    grade = str(items[0].get("grade") or "").replace("_", " ")
    if d is None or d.framework != "ilacs2018" or not grade:
        return
    said = re.compile(
        rf"care\s+leavers\b[^.;]{{0,80}}?\b(?:is|are|was|were|remains?)\s+(?:now\s+|also\s+)?"
        rf"{re.escape(grade)}\b",
        re.IGNORECASE,
    )
    for i, page in enumerate(texts.pages(d.id)):
        m = said.search(re.sub(r"\s+", " ", page))
        if m:
            c.verdict = S
            c.explanation = (
                f"The {_label(d)} grades care leavers only with children in care, but its own "
                f"words give care leavers that grade (page {i + 1}), as the article says."
            )
            c.evidence = [Evidence(d.path, i + 1, m.group(0))]
            return


def _check_own_first(c: Claim, record: RecordView, as_of: date) -> None:
    """'Both inspections were the councils' first under the framework Ofsted introduced last
    year': each council's latest report by the day is its first under that framework."""
    held, docs = [], []
    for urn in c.urns:
        insp = [d for d in _inspections(record, urn) if d.published and d.published <= as_of]
        cur = _current(insp, as_of)
        fw = _framework_of(c, cur, as_of, record)
        under = [d for d in insp if d.framework == fw]
        if cur is None or fw in ("any", "ilacs") or not under:
            return
        if under[-1] is not insp[-1]:
            return  # (the latest is under another framework: which inspection is meant?)
        held.append(len(under) == 1)
        docs += under
    if not held:
        return
    said = "; ".join(f"the {_label(d)}" for d in docs)
    c.verdict = S if all(held) else C
    c.explanation = (
        f"The only reports ilacs holds under that framework: {said}."
        if all(held)
        else f"Not each council's first under that framework: {said}."
    )
    c.evidence = [_evidence(d, f"published {d.published}") for d in docs[:4]]


def _inspections_held(record: RecordView, urn: int, as_of: date) -> list[Any]:
    """The council's full inspections, graded or not, out by `as_of`, oldest first."""
    return sorted(
        (
            d
            for d in record.by_urn.get(urn, [])
            if d.kind == "inspection" and d.published and d.published <= as_of + timedelta(days=3)
        ),
        key=lambda d: d.published,
    )


def _only_before_the_record(c: Claim, record: RecordView, as_of: date) -> bool:
    """A grade whose words name only years before the first inspection ilacs holds of its
    council, and that extraction bound to no time ('since the joint area review of November
    2008 judged safeguarding services inadequate'): of an inspection ilacs does not hold, not
    of the latest."""
    if len(set(c.urns)) != 1 or any(it.get("whens") for it in c.facts.get("grades") or []):
        return False
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", c.text)}
    docs = _inspections_held(record, c.urns[0], as_of)
    return bool(years) and bool(docs) and max(years) < min(_doc_years(docs[0]))


# the grades of before 2013 too ("adequate"), as a report's history of a council words them
_EARLIER_GRADE = lazyre.compile(
    r"\b(outstanding|good|adequate|inadequate|satisfactory|requires?\s+improvement)\b", re.I
)
_EARLIER_VERB = lazyre.compile(r"\b(?:inspect\w*|judged|rated|found|graded)\b", re.I)


def _earlier_grades(words: str) -> set[str]:
    """The grades of `words`, old scale too, one spelling each ('requires improvement')."""
    return {
        " ".join(g.lower().split()).replace("require ", "requires ")
        for g in _EARLIER_GRADE.findall(words)
    }


_TO_BE_GOOD = lazyre.compile(r"\s+to\s+be\s+good\b", re.IGNORECASE)


def _predecessor_told(c: Claim, record: RecordView, texts: ReportTexts, as_of: date) -> None:
    """A grade of the council before this one, told as the council's own report tells it
    ('Children's services in the predecessor authority, Cumbria County Council, were judged
    requires improvement to be good in November 2022'): supported when a sentence of one of
    its reports names that council with the claim's grade and month and year, contradicted when
    it names them with another month or year (ilacs holds no record of that council itself)."""
    if len(set(c.urns)) != 1:
        return
    said_when = [w for w in T.dates(c.text, as_of) if not w.relative]
    said = _earlier_grades(_TO_BE_GOOD.sub("", c.text))
    if len(said_when) != 1 or len(said) != 1:
        return
    w = said_when[0]
    try:
        la = register.by_urn(c.urns[0])
    except NotFound:
        return
    # (the claim read as of the abolished council itself, or of the one after it)
    after = register.successors(la)
    names = [la.name] if after else [p.name for p in register.predecessors(la)]
    holders = [x.urn for x in after if x.urn] if after else [c.urns[0]]
    if not names:
        return
    docs = [d for u in holders for d in _inspections_held(record, u, as_of)[-2:]]
    for d in sorted(docs, key=lambda d: d.published or date.min, reverse=True):
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", flat):
                if not any(n.lower() in sentence.lower() for n in names):
                    continue
                if _earlier_grades(_TO_BE_GOOD.sub("", sentence)) != said:
                    continue
                theirs = [x for x in T.dates(sentence, as_of) if not x.relative]
                if len(theirs) != 1 or theirs[0].precision != w.precision:
                    continue
                same = (theirs[0].first, theirs[0].last) == (w.first, w.last)
                c.verdict = S if same else C
                c.explanation = (
                    f"The {_label(d)} tells of the council before this one: "
                    f"'{sentence.rstrip('.')}'"
                    + ("." if same else ", not the date the article gives.")
                )
                c.evidence = [Evidence(d.path, i + 1, sentence)]
                return


def _told_of_earlier(c: Claim, record: RecordView, texts: ReportTexts, as_of: date) -> None:
    """An inspection before any report ilacs holds of the council, told as a report of it
    tells its history ('help and protection and children looked after had been judged adequate
    when last inspected in 2011 and 2013'; the report: 'Services for children in need of help
    and protection and for children looked after were judged adequate when last inspected in
    2011 and 2013'): supported when one of the council's first two reports has every year and
    grade the claim gives, in one sentence or two. Never contradicted: the report need not tell
    every inspection before it."""
    if len(set(c.urns)) != 1:
        return
    years = sorted({int(y) for y in re.findall(r"\b(20[01]\d)\b", c.text)})
    docs = _inspections_held(record, c.urns[0], as_of)
    if not years or not docs or any(y >= min(_doc_years(docs[0])) for y in years):
        return
    if any(w.precision != "year" or w.relative for w in T.dates(c.text, as_of)):
        return  # (a month or a time told beside it is a claim of its own: "in October that year")
    said = _earlier_grades(c.text)
    for d in docs[:2]:
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            sentences = re.split(r"(?<=[.;])\s+(?=[A-Z])", flat)
            for a, b in zip(sentences, [*sentences[1:], ""], strict=True):
                if not all(str(y) in a for y in years) or not _EARLIER_VERB.search(a + " " + b):
                    continue
                if said and not said <= _earlier_grades(a + " " + b):
                    continue
                # (the next sentence too when it holds a grade this one does not)
                told = (a + " " + b).strip() if said - _earlier_grades(a) else a
                c.verdict = S
                c.explanation = (
                    f"Before the first report ilacs holds of this council; the {_label(d)} "
                    f"tells of it: '{told}'."
                )
                c.evidence = [Evidence(d.path, i + 1, told)]
                return


# the days inspectors were there, which a paraphrase's words do not weigh
_INSPECTORS_WERE = lazyre.compile(
    r"\b(?:spent|visited|were (?:in|at|on site)|was carried out|took place|on site)\b", re.I
)


def _gone_by_then(c: Claim, record: RecordView) -> bool:
    """The claim's council was abolished before every date the claim gives, and ilacs holds
    none of its documents."""
    if not c.urns or record.by_urn.get(c.urns[0]):
        return False
    try:
        la = register.by_urn(c.urns[0])
    except NotFound:
        return False
    days = [d for d, _ in c.dates] + [w.first for w in c.facts.get("whens") or []]
    return la.end is not None and bool(days) and all(d > la.end for d in days)


def check(
    claims: list[Claim],
    record: RecordView,
    texts: ReportTexts,
    as_of: date,
    reader: Any = None,
) -> list[Claim]:
    """Give each claim a verdict, explanation and evidence; drop those that are not claims about
    the record after all (an unattributed quotation not found in any report). With the
    `reader` of the article, a claim contradicted under one reading of its words that holds
    under another plain reading is supported (readings.py)."""

    def check_one(x: Claim) -> None:
        _check_one(x, record, texts, as_of)

    def name(urn: int) -> str:
        return _urn_name(record, urn) or _register_name(urn)

    for c in claims:
        _check_one(c, record, texts, as_of)
        alt = c.facts.get("alt_urns")
        if c.verdict in (C, N) and alt and alt != c.urns:
            # a clause that names no council was taken to be about one named before it; if it
            # holds of the council the article is about, that is the reading meant
            other = replace(
                c, urns=list(alt), verdict=None, explanation=None, evidence=[], facts=dict(c.facts)
            )
            _check_one(other, record, texts, as_of)
            if other.verdict == S or (
                other.verdict == C and c.verdict == N and _gone_by_then(c, record)
            ):
                # (or, contradicted, when the council taken had been abolished before the
                # dates the clause gives and ilacs holds none of its reports: "the council ...
                # at its first inspection in October 2021" is not the county abolished in April)
                c.urns, c.verdict, c.explanation, c.evidence = (
                    other.urns,
                    other.verdict,
                    other.explanation,
                    other.evidence,
                )
        if reader is not None:
            settle(c, reader, check_one, name)
    claims = [c for c in claims if c.verdict is not None]
    claims = [part for c in claims for part in _split_councils(c, check_one)]
    claims = _within_ranks(claims)
    # a clause that holds a contradicted fact is contradicted too (a grade claim around
    # "a follow-up inspection in 2017")
    # (and a grade or trend claim that holds a contradicted date of an inspection: "improved to
    # requires improvement at its last inspection, published in January 2022")
    for c in claims:
        inner = [
            x
            for x in claims
            if x is not c
            and x.verdict == C
            and c.start <= x.start
            and x.end <= c.end
            and (
                c.verdict == N
                or (
                    c.verdict == S
                    and (
                        (
                            x.type == Kind.INSPECTOR
                            or (
                                x.type == Kind.DATE
                                and not _weighed_by_grade(c, x, record)
                                and not _spell_after(c, x)
                            )
                        )
                        # "rated good, meaning it has jumped three grades since ...": the
                        # grades hold, the size of the move does not
                        or (
                            x.type == Kind.TREND
                            # (or its direction: "rated requires improvement, a better rating
                            # than they were given in 2022")
                            and (x.facts.get("jump") or "direction" in x.facts)
                            # of the inspection the grades are checked against, not of a
                            # later one ("first achieved in 2018, jumping two grades")
                            and bool(x.evidence)
                            and x.evidence[-1].path in {e.path for e in c.evidence}
                        )
                    )
                    and c.type in (Kind.GRADE, Kind.TREND)
                )
                or (
                    # "The report, published yesterday, sees Manchester climb two grades from
                    # ...": a date that holds, in a clause most of which is a grade that does not
                    c.verdict == S
                    and c.type == Kind.DATE
                    and x.type in (Kind.GRADE, Kind.TREND)
                    and x.end - x.start >= 0.6 * (c.end - c.start)
                )
                # "The 2024 inspection, carried out between 22 January and 2 February by a team
                # led by Linda Steele": an inspector named wrongly inside a date's clause
                or (c.verdict == S and c.type == Kind.DATE and x.type == Kind.INSPECTOR)
                # "carried out a remote focused visit on November 20, speaking to ...": the
                # words of the visit are in its letter, its day is not
                or (
                    c.verdict == S
                    and c.type == Kind.VISIT
                    and "theme" in c.facts
                    and x.type in (Kind.DATE, Kind.VISIT)
                    and x.facts.get("whens")
                )
            )
        ]
        if inner:
            c.verdict, c.explanation, c.evidence = C, inner[0].explanation, inner[0].evidence
    return claims


# ", while", ", whereas", ", but": where a sentence turns from some councils' grades to others'
_TURN = lazyre.compile(r",?\s+(?=(?:while|whereas|but)\s)|;\s+")


def _split_councils(c: Claim, check_one: Any) -> list[Claim]:
    """A contradicted grade claim whose sentence turns, at 'while' ('whereas', 'but', a
    semicolon), from the grades of some councils to those of others ("Central Bedfordshire and
    Southend are rated good, while Bedford, Cambridgeshire, Luton and Suffolk require
    improvement") is two claims, one about each group of councils: the clause that is wrong is
    contradicted and the one that is right is supported."""
    items = c.facts.get("grades")
    if (
        c.type != Kind.GRADE
        or c.verdict != C
        or not items
        or not all(isinstance(it, dict) and isinstance(it.get("pos"), int) for it in items)
    ):
        return [c]
    for m in _TURN.finditer(c.text):
        cut = c.start + m.start()
        left = [it for it in items if it["pos"] < cut]
        right = [it for it in items if it["pos"] >= cut]
        lu = {u for it in left for u in it.get("urns") or []}
        ru = {u for it in right for u in it.get("urns") or []}
        if not left or not right or not lu or not ru or lu & ru:
            continue
        parts = []
        for start, end, its, urns in (
            (c.start, cut, left, lu),
            (c.start + m.end(), c.end, right, ru),
        ):
            text = c.text[start - c.start : end - c.start].rstrip(" ,;")
            part = replace(
                c,
                start=start,
                end=start + len(text),
                text=text,
                urns=[u for u in c.urns if u in urns] or sorted(urns),
                verdict=None,
                explanation=None,
                evidence=[],
                facts=dict(c.facts, grades=its),
            )
            check_one(part)
            parts.append(part)
        if {p.verdict for p in parts} == {C, S}:
            return parts
    return [c]


def _weighed_by_grade(c: Claim, x: Claim, record: RecordView) -> bool:
    """Whether grade claim `c`, which holds, already held the date of the date claim `x` inside
    it: the date is a grade's own ("judged inadequate in November 2015 and requires improvement
    in August 2018", "Westmorland and Furness was also rated good when its report was
    published in July"), not an inspection's visit, and a report the grade was held against
    was published then; the date claim's other reading (the visit, another council's report)
    cannot overrule it."""
    if c.type not in (Kind.GRADE, Kind.TREND) or not x.facts.get("whens"):
        return False
    if re.search(
        r"\b(?:inspection|inspected|visit(?:s|ed)?|on site|came in|went in)\b", x.text, re.I
    ):
        return False  # "following an inspection in May and June": the visit's time
    mine = {(w.start, w.end) for it in c.facts.get("grades") or [] for w in it.get("whens", [])}
    if not all((w.start, w.end) in mine for w in x.facts["whens"]):
        return False
    docs = [d for e in c.evidence if (d := view_doc(record, e.path)) is not None]
    return all(
        any(d.published and w.first <= d.published <= w.last for d in docs)
        for w in x.facts["whens"]
    )


_FRAMEWORK_WORDS = lazyre.compile(
    r"framework|regime|system|arrangements|inspects|SIF|ILACS", re.IGNORECASE
)


def _within_ranks(claims: list[Claim]) -> list[Claim]:
    """A rank or count among councils that holds speaks for the grade words inside it ('one of
    13 councils rated inadequate' is no grade of 13 councils, 'the eighth to be judged
    inadequate' is checked by its place) and for the year a framework came in ('since the
    framework was updated in 2023' is no inspection of the council in 2023)."""
    held = [
        c
        for c in claims
        if c.type in (Kind.RANK, Kind.COUNT)
        and "what" not in c.facts
        and (
            c.verdict == S
            # "Of the 136 reports published so far, 102 have given an overall grade of good or
            # outstanding": a count within a group (or among all councils) tests the councils
            # it counts by the grade, whatever its verdict; the grade is no council's own
            or (c.type == Kind.COUNT and (c.facts.get("group") or c.facts.get("national")))
        )
    ]

    def core(x: Claim) -> int:
        # a grade's claim from its first grade word: its subject is no part of the count
        pos = [
            p
            for it in x.facts.get("grades") or []
            if isinstance(it, dict) and isinstance(p := it.get("pos"), int) and x.start <= p < x.end
        ]
        return min(pos) if pos else x.start

    def inside(x: Claim) -> bool:
        if x.facts.get("duration_gainsaid") and x.verdict == C and x.type == Kind.TREND:
            # "rated outstanding for the first time, eight years after they were judged
            # inadequate" (it was eleven): the span gainsaid is no part of the rank
            return False
        if x.type in (Kind.GRADE, Kind.TREND):
            # "while 14 found councils outstanding, 36 good and 31 requiring improvement": the
            # counts together cover the grade words
            covered = {
                i
                for c in held
                if c is not x
                for i in range(max(x.start, c.start), min(x.end, c.end))
            }
            if len(covered) >= 0.5 * (x.end - core(x)):
                return True
        for c in held:
            overlap = min(x.end, c.end) - max(x.start, c.start)
            if overlap <= 0 or c is x:
                continue
            if x.type in (Kind.GRADE, Kind.TREND) and overlap >= 0.5 * (x.end - core(x)):
                return True
            if (
                x.type == Kind.DATE
                and c.start <= x.start
                and x.end <= c.end
                and (_FRAMEWORK_WORDS.search(x.text) or c.facts.get("published_on"))
            ):
                return True
        return False

    for x in claims:
        if x.type not in (Kind.GRADE, Kind.TREND) or len(x.urns) != 1:
            continue  # (councils named after the cut would stay in the claim)
        pos = [it.get("pos") for it in x.facts.get("grades") or [] if isinstance(it, dict)]
        for c in held:
            if (
                x.start < c.start < x.end <= c.end
                and pos
                and all(isinstance(p, int) and p < c.start for p in pos)
            ):
                # "rated outstanding in every area, one of two councils to receive the accolade
                # today": the grade's claim ends where the count's begins
                cut = c.start
                while cut > x.start and x.text[cut - x.start - 1] in " ,;–—-":
                    cut -= 1
                x.text, x.end = x.text[: cut - x.start], cut
    return [x for x in claims if not inside(x)]


def _council_by_facts(claims: list[Claim], record: RecordView, as_of: date) -> int | None:
    """An article that names no council ('the inspection of the Council's children's services
    carried out between 7 and 18 October 2019 ... published on 19 December 2019 ... led by
    Margaret Burke HMI'): the council of the one report that at least two of its facts (days
    it was on site, its day of publication, its lead inspector) pick out, else None."""
    reports = [
        d
        for d in record.docs
        if d.kind == "inspection"
        and d.urn
        and d.published
        and d.published <= as_of + timedelta(days=3)
    ]
    hits: dict[int, int] = {}
    for c in claims:
        found: set[int] = set()
        if c.type == Kind.DATE:
            whens = [
                w
                for w in c.facts.get("whens", [])
                if not w.relative and w.precision in ("day", "range")
            ]
            if whens:
                found = {
                    d.id for d in reports if all(_date_matches(w, d, c.date_role) for w in whens)
                }
        elif c.type == Kind.INSPECTOR and c.facts.get("led"):
            names = {_norm_name(n) for n in c.facts.get("names", [])}
            found = {
                d.id
                for d in reports
                if d.lead_inspector and names & {_norm_name(x) for x in d.lead_inspector.split(";")}
            }
        # (a lead inspector leads a dozen inspections in ten years: with a day, one report)
        if 0 < len(found) <= (12 if c.type == Kind.INSPECTOR else 5):
            for i in found:
                hits[i] = hits.get(i, 0) + 1
    if not hits:
        return None
    best = max(hits.values())
    top = [i for i, n in hits.items() if n == best]
    if best < 2 or len(top) != 1:
        return None
    return next(d.urn for d in reports if d.id == top[0])


def check_article(
    article: str,
    record: RecordView,
    texts: Any,
    as_of: date,
    as_of_source: str,
    article_in_json: bool = False,
) -> CheckResult:
    """Extract and check every claim of `article` as of `as_of`."""
    from ilacs.claims.extract import Reader, extract

    def in_the_news(urn: int) -> bool:
        # a report or letter of the council published in the six weeks before the article
        return any(
            d.published and as_of - timedelta(days=42) <= d.published <= as_of + timedelta(days=1)
            for d in record.by_urn.get(urn, [])
        )

    reader = Reader(article, as_of, in_the_news=in_the_news)
    council_source = None
    if not any(m.la.urn for m in reader.mentions):
        # minutes that call it 'the Council': the council whose report its facts pick out
        urn = _council_by_facts(extract(article, as_of), record, as_of)
        if urn is not None:
            reader = Reader(article, as_of, main=urn)
            name = _urn_name(record, urn) or str(urn)
            council_source = (
                f"the article names no council; its facts (days on site, day published, lead "
                f"inspector) pick out one report of {name}, so it is read as about {name}"
            )

    def passages_of(reader: Reader) -> list[Claim]:
        return passage_claims(
            article,
            reader.urns_near,
            record,
            texts,
            as_of,
            main=getattr(reader, "main", None),
            own_subject=reader.own_subject,
        )

    passages = passages_of(reader)
    if reader.main is None and (found := _council_of_quotes(passages, record)):
        # committee minutes name no council ("the Council", "the County"): the one whose report
        # prints the article's quotations is the one it is about
        urn, council_source = found
        reader = Reader(article, as_of, main=urn)
        passages = passages_of(reader)
    claims = check(extract(article, as_of, reader), record, texts, as_of, reader)
    for c in claims:
        if c.verdict == N and (c.type == Kind.DATE or c.facts.get("appointed")):
            # a date the report gives to something other than an inspection
            dated_in_reports(c, article, record, texts, as_of)
    # a paraphrase (a finding in nearly the report's words) gives way to an inspector it
    # names wrongly: names are checked letter for letter ('Fiona Mills' for 'Fiona Millns')
    # (and so does a visit's date it gives wrongly: 'visited the borough in March' of a JTAI
    # on site in February, which a paraphrase's words do not weigh)
    named = [
        c
        for c in claims
        if c.verdict == C
        and (
            c.type == Kind.INSPECTOR
            or (c.type == Kind.DATE and c.facts.get("letter_context"))
            # ('Inspectors spent three weeks in the borough late last year')
            or (c.type == Kind.DATE and c.date_role == "visit" and _INSPECTORS_WERE.search(c.text))
            or (c.type == Kind.VISIT and c.facts.get("whens"))
        )
    ]
    passages = [
        p
        for p in passages
        if not (
            p.type == Kind.OTHER
            # (the claim's closing stop is no part of it: 'in March.' in 'in March')
            and any(
                p.start <= c.start and c.start + len(c.text.rstrip(" .,;:")) <= p.end for c in named
            )
        )
    ]
    _quote_names_lead(claims, passages, record, article)
    # (nor is a date's own sentence a finding: 'The inspection took place between 6 and 10
    # November 2023' is the date claim's, not a paraphrase of 'Inspection dates: ...')
    passages = [
        p
        for p in passages
        if not (
            p.type == Kind.OTHER
            and p.verdict == S
            and any(
                c.type in (Kind.DATE, Kind.VISIT)
                and c.verdict in (S, C)
                and c.start <= p.start + 2
                and p.end <= c.end + 2
                and _INSPECTORS_WERE.search(c.text)
                for c in claims
            )
        )
    ]
    # "lists 15 areas the council and its partners need to improve, but praises ...": a list
    # ilacs could not match, read over a count of recommendations it settled, gives way to it
    passages = [
        p
        for p in passages
        if not (
            p.type == Kind.RECOMMENDATION
            and p.verdict == N
            and any(
                q is not p
                and q.type == Kind.RECOMMENDATION
                and q.verdict in (S, C)
                and p.start <= q.start
                and q.end <= p.end
                and _REC_COUNT.search(q.text)
                for q in passages
            )
        )
    ]
    for p in passages:
        # "Lead inspector Tara Geere's team said the quality of practice had 'deteriorated'":
        # the words are the report's, the inspector it names is not its lead
        wrong = [
            c for c in named if c.type == Kind.INSPECTOR and p.start <= c.start and c.end <= p.end
        ]
        if p.type == Kind.QUOTE and p.verdict == S and wrong:
            p.verdict = C
            p.explanation = f"{wrong[0].explanation} ({p.explanation})"
            p.evidence = [*wrong[0].evidence, *p.evidence]
    # a quotation's claim replaces any grade or date claim read inside its marks
    # (unless the passage is not the report's words: a councillor's facts are still checked)
    kept = [
        c
        for c in claims
        if not any(
            p.start <= c.start
            and c.end <= p.end
            and p.verdict != N
            # (one found by the weight of its words only what ilacs could not settle)
            and (not p.facts.get("own_words") or c.verdict == N)
            for p in passages
        )
        and not _said_by_the_report(c, passages)
        and not _grades_only_quoted(c, passages)
    ]
    passages = [p for p in passages if _beside_claims(p, kept, article)]
    # a sentence's claim that runs on over a quotation the article changed ('rated "inadequate"
    # after inspectors found "isolated but serious failures"') ends where the quotation begins:
    # the quotation's words are its own claim's (and so do a contradicted claim's over one
    # found as the report has it: 'judged inadequate after inspectors found "widespread or
    # serious failures ..."')
    for p in passages:
        if p.type != Kind.QUOTE or p.verdict not in (C, S):
            continue
        for c in kept:
            if (c.verdict == C) == (p.verdict == C):
                continue
            if c.type != Kind.QUOTE and c.start < p.start < c.end:
                whens = c.facts.get("whens") or []
                span_at = (c.facts.get("duration") or {}).get("pos")
                told_at: int | None = None
                if whens:
                    told_at = min(w.start for w in whens)
                elif isinstance(span_at, int) and not c.facts.get("grades"):
                    # ("Ofsted praises 'impressive' scale of improvement five years after
                    # finding leadership inadequate": the span of years, after the quotation)
                    told_at = span_at
                if c.verdict == C and told_at is not None and told_at >= p.end < c.end:
                    # ('a two-day focused visit to the council's "front door" services on
                    # October 14 and 15': the days, or the span of years, that are wrong come
                    # after the quotation, and the claim is the words after it)
                    tail = article[p.end : c.end]
                    c.start = p.end + len(tail) - len(tail.lstrip(" ,;:\"”’'"))
                    c.text = article[c.start : c.end]
                    continue
                cut = article[c.start : p.start].rstrip(" ,;:\"“‘'")
                # (and the clause that leads into it is the quotation's: '..., before a 2018
                # inspection found "significant progress"')
                lead = _LEADS_INTO.search(cut)
                if lead and c.verdict == C:
                    cut = cut[: lead.start()]
                if cut:
                    c.end = c.start + len(cut)
                    c.text = article[c.start : c.end]
    # "the first council whose report contains no list of what needs to improve": the rank's
    # reading replaces a recommendation passage that ilacs could not compare
    ranks = [c for c in kept if c.type == Kind.RANK and c.facts.get("no_list") and c.verdict != N]
    passages = [
        p
        for p in passages
        if not (
            p.type == Kind.RECOMMENDATION
            and p.verdict == N
            and any(p.start <= c.start < p.end for c in ranks)
        )
    ]
    _quote_pins_date(kept, passages, record, article)
    kept = visit_subject_claims(article, kept, reader.urns_near, reader.main, record, texts, as_of)
    kept = check_times(kept, article, record, as_of)
    check_before_sif(kept, article, record, texts, as_of)
    kept = check_visit_counts(kept, article, record, texts, as_of)
    urns = {u for c in kept for u in c.urns} | ({reader.main} if reader.main else set())
    kept = check_figures(kept, article, record, texts, urns, as_of, passages)
    # (a finding found by the weight of its words gives way to a claim of its sentence that the
    # record contradicts: 'The borough's front door had been the subject of a focused visit')
    passages = [p for p in passages if not _own_words_against(p, kept, article)]
    # claims read apart that one clause carries, joined (each joiner in turn, over the claims
    # the one before it left)
    joined = check_reversed([*kept, *passages], article, record, texts)
    for join in (
        _join_stay,
        _join_dated,
        _join_moves,
        _join_said_at,
        _join_counts,
        _join_team,
        _join_now,
        _join_again,
        _join_exception,
        _join_places,
    ):
        joined = join(joined, article)
    result = _dedupe(_own_grades(_cut_at_contradiction(joined, article), article))
    return CheckResult(
        as_of,
        as_of_source,
        article,
        result,
        article_in_json=article_in_json,
        council_source=council_source,
    )


# "in July 2019 inspectors found that 'children were found to be at risk'": the words between
# a date and the quotation it dates
_DATE_THEN_QUOTE = lazyre.compile(
    r"[\s,]*(?:(?:the\s+)?inspectors|Ofsted|the\s+(?:watchdog|regulator|report|letter)|they)\s+"
    r"(?:\w+\s+)?(?:found|said|wrote|noted|concluded|warned|reported|stated|observed)"
    r"(?:\s+that)?[\s,:]*$",
    re.IGNORECASE,
)


# what runs from a visit to the words it found, in one clause: ", when Ofsted found services
# were still", " that audits did not provide", " had found that", " " (no stop, quotation mark
# or new clause between them)
_VISIT_THEN_QUOTE = lazyre.compile(
    # (not a new clause: ", and that the borough had suffered ...")
    r"(?![\s,]*(?:and|but|while|whilst|whereas|although)\b)"
    r"(?:[\s,]*(?:when|which|where)\b)?[^.;:!?\n\"“”‘’()]{0,50}?\b(?:found|find|finds|said|"
    r"wrote|noted|concluded|warned|reported|stated|observed|described|identified|highlighted|"
    r"judged|that)\b[^.;:!?\n\"“”‘’()]{0,40}|\s*",
    re.IGNORECASE,
)


def _visit_quoted(c: Claim, p: Claim, record: RecordView, article: str) -> Any | None:
    """The letter of the visit claim `c` names, by the words it found: the one letter of its
    kind that quotation `p` (of four words or more, found right after the visit in its
    clause) is in; None when the words are in a report, in more than one document, or the
    clause runs on past the visit first."""
    if p.start < c.end or not _VISIT_THEN_QUOTE.fullmatch(article[c.end : p.start]):
        return None
    if len(re.findall(r"\w+", p.text)) < 4:
        return None
    docs = {e.path for e in p.evidence}
    d = view_doc(record, next(iter(docs))) if len(docs) == 1 else None
    want = letter_kind(c.visit_kind or "")
    if d is None or want is None or d.kind != want or d.urn not in c.urns:
        return None
    return d


# what runs from an inspector to the words quoted as theirs: " wrote: ", " said that ",
# "'s team found "
_SAYS_THEN_QUOTE = lazyre.compile(
    r"(?:['’]s\s+team)?[\s,]*(?:(?:also|then|had)\s+)?(?:wrote|said|says|noted|found|concluded|"
    r"warned|reported|stated|observed|added|described|praised)"
    # ("described a", "described services as")
    r"(?:\s+that|\s+(?:it|them|services|the\s+(?:council|service|services))\s+as|\s+(?:a|an|the))?"
    r"[\s,:]*",
    re.IGNORECASE,
)


def _quote_names_lead(
    claims: list[Claim], passages: list[Claim], record: RecordView, article: str
) -> None:
    """'Lead inspector Tracey Metcalfe wrote: "Since the last inspection in 2014, there has been
    a decline ..."': the lead named led an earlier report of the council, and the words quoted
    as hers are of another of its reports, led by someone else: the claim is false. And the
    lead of the report the words are from, named so after a paragraph on an earlier inspection
    ('Lead inspector Lorna Schlechte wrote: ...'), is that report's lead: the claim holds."""
    for c in claims:
        if c.type != Kind.INSPECTOR or c.verdict not in (S, C) or not c.evidence:
            continue
        led = view_doc(record, c.evidence[0].path)
        p = next(
            (
                p
                for p in passages
                if p.type == Kind.QUOTE
                and p.verdict == S
                and p.start >= c.end
                and _SAYS_THEN_QUOTE.fullmatch(article[c.end : p.start].rstrip("“\"‘'"))
            ),
            None,
        )
        if led is None or p is None or len(re.findall(r"\w+", p.text)) < 5:
            continue
        docs = [d for e in p.evidence if (d := view_doc(record, e.path)) is not None]
        if not docs or any(d.id == led.id or d.urn != led.urn for d in docs):
            continue
        lead = record.inspector.get(docs[0].id)
        names = c.facts.get("names") or [c.inspector or ""]
        if not lead or len(names) != 1:
            continue
        if _norm_name(names[0]) in _norm_name(lead):
            if c.verdict == C:
                c.verdict = S
                c.explanation = (
                    f"The quoted words are from the {_label(docs[0])}, whose lead inspector was "
                    f"{lead}."
                )
                c.evidence = [_evidence(docs[0], f"Lead inspector: {lead}")]
            continue
        if c.verdict != S:
            continue
        c.verdict = C
        c.explanation = (
            f"The quoted words are from the {_label(docs[0])}, whose lead inspector was {lead}; "
            f"{names[0]} led the {_label(led)}."
        )
        c.evidence = [_evidence(docs[0], f"Lead inspector: {lead}"), *c.evidence]


def _quote_pins_date(
    claims: list[Claim], passages: list[Claim], record: RecordView, article: str
) -> None:
    """'and in July 2019 inspectors found that "children were found to be at risk during this
    visit"': a date ilacs could not settle, said of a quotation found in one report or letter
    only, is that document's date or not so. And 'a focused visit in March 2021, when Ofsted
    found services were still "characterised by serious weaknesses in practice"': the visit
    whose letter prints the words is the one meant, and the clause is false when that visit
    was at another time (or when the visit's date is otherwise wrong)."""
    for c in claims:
        whens = c.facts.get("whens") or []
        if c.type == Kind.VISIT and whens and c.verdict in (N, C):
            after = [
                p for p in passages if p.type == Kind.QUOTE and p.verdict == S and p.start >= c.end
            ]
            p = min(after, key=lambda x: x.start) if after else None
            if p is None:
                continue
            if c.verdict == N:
                d = _visit_quoted(c, p, record, article)
                if d is None or any(_date_matches(w, d, None) for w in whens):
                    continue
                c.explanation = (
                    f"The quoted words are from the {_label(d)}, of a visit on "
                    f"{d.inspection_start} to {d.inspection_end}: not of the date named."
                )
                c.evidence = [_dates_evidence(d)]
            elif not _VISIT_THEN_QUOTE.fullmatch(article[c.end : p.start]) or re.search(
                r"[.!?]\s*$", c.text
            ):
                # (not the words of the sentence after: "... by inspectors in June. It concludes
                # that children ... 'are not receiving effective support'")
                continue
            # (one claim over the clause: the visit, its date, and the words it found)
            c.verdict, c.end = C, p.end
            c.text = article[c.start : c.end]
            c.evidence = [*c.evidence, *p.evidence]
            passages.remove(p)
            continue
        if c.type != Kind.DATE or c.verdict != N or not whens:
            continue
        after = [
            p for p in passages if p.type == Kind.QUOTE and p.verdict == S and p.start >= c.end
        ]
        if not after:
            continue
        p = min(after, key=lambda x: x.start)
        docs = {e.path for e in p.evidence}
        d = view_doc(record, next(iter(docs))) if len(docs) == 1 else None
        if d is None or not _DATE_THEN_QUOTE.fullmatch(article[c.end : p.start]):
            continue
        if any(_date_matches(w, d, None) for w in whens):
            continue
        # (one claim over the clause: the date and the words it dates)
        c.verdict, c.end = C, p.end
        c.text = article[c.start : c.end]
        c.explanation = (
            f"The quoted words are from the {_label(d)}, on site {d.inspection_start} to "
            f"{d.inspection_end}: not of that date."
        )
        c.evidence = [_dates_evidence(d), *p.evidence]
        passages.remove(p)


def _council_of_quotes(passages: list[Claim], record: RecordView) -> tuple[int, str] | None:
    """The council whose reports print an article's quotations (of five words or more): the
    one at least two of them are found in, and more than any other, with why."""
    by_urn: dict[int, list[Any]] = {}
    for p in passages:
        if p.type != Kind.QUOTE or p.verdict != S or len(re.findall(r"\w+", p.text)) < 5:
            continue
        held = [d for e in p.evidence if (d := view_doc(record, e.path)) is not None]
        for urn in {d.urn for d in held if d.urn}:
            by_urn.setdefault(urn, []).append(next(d for d in held if d.urn == urn))
    ranked = sorted(by_urn.items(), key=lambda kv: -len(kv[1]))
    if (
        not ranked
        or len(ranked[0][1]) < 2
        or (len(ranked) > 1 and len(ranked[1][1]) >= len(ranked[0][1]))
    ):
        return None
    urn, docs = ranked[0]
    name = docs[0].la_name
    days = sorted({day.isoformat() for d in docs if (day := _published(d))})
    return urn, (
        f"the article names no council; {len(docs)} of its quotations are in {name}'s "
        f"reports ({', '.join(days)}), so it is read as about {name}"
    )


# the words that may stand between an inspection's date and the grade it gave, in one claim:
# "At the previous inspection, in 2019, services were judged to be good"
_DATED_GAP = lazyre.compile(r"[\s,'’\"”–—-]*(?:(?:the\s+)?(?:council|services?|it|they)\s+)?[\s,]*")


def _dated_inside(d: Claim, g: Claim) -> bool:
    """A grade claim `g` inside the span of date claim `d`, of the same councils, whose grade
    is dated by the date claim's own words (one sentence of one clause, not a long list)."""
    if g.type not in (Kind.GRADE, Kind.TREND) or g.verdict not in (S, C) or g is d:
        return False
    if not (d.start <= g.start and g.end <= d.end) or set(g.urns) != set(d.urns):
        return False
    if "\n" in d.text or d.end - d.start > 160:
        return False
    d_at = {w.start for w in d.facts.get("whens") or [] if hasattr(w, "start")}
    g_at = {
        w.start
        for it in g.facts.get("grades") or []
        if isinstance(it, dict)
        for w in it.get("whens") or []
        if hasattr(w, "start")
    }
    return bool(d_at) and d_at <= g_at


def _joined(g: Claim, d: Claim, start: int, end: int, article: str) -> Claim:
    """Grade claim `g` and date claim `d` as one claim over article[start:end]: false when
    either is (with that one's explanation), else supported; the evidence of both."""
    bad = next((x for x in (g, d) if x.verdict == C), None)
    return replace(
        g,
        start=start,
        end=end,
        text=article[start:end],
        verdict=C if bad else S,
        explanation=(bad or g).explanation,
        evidence=list({(e.path, e.page, e.quote): e for e in [*g.evidence, *d.evidence]}.values()),
    )


def _join_moves(claims: list[Claim], article: str) -> list[Claim]:
    """A grade and the move that ends its clause, read as two claims that overlap ("puts
    leadership back at good | leadership back at good, a drop of one grade"), are one claim over
    both: false when either is (the move's 'a rise of one grade' is the clause's)."""
    out = list(claims)
    for t in claims:
        if t.type != Kind.TREND or "jump" not in t.facts or t.verdict not in (S, C) or t not in out:
            continue
        g = next(
            (
                g
                for g in out
                if g.type == Kind.GRADE
                and g.verdict in (S, C)
                and g.start < t.start < g.end < t.end
                and set(g.urns) == set(t.urns)
            ),
            None,
        )
        if g is not None:
            first, second = (t, g) if t.verdict == C else (g, t)
            joined = _joined(first, second, g.start, t.end, article)
            out = [joined if x is g else x for x in out if x is not t]
            continue
        # "It marks a two-grade improvement | from the last full inspection in 2019, when
        # services were judged inadequate": the move, then the grade it is counted from, is one
        # clause (false when the size of the move is)
        g = next(
            (
                g
                for g in out
                if g.type == Kind.GRADE
                and g.verdict in (S, C)
                and t.end <= g.start
                and set(g.urns) == set(t.urns)
                and g.start - t.end < 90
                and (
                    # the move ends, "from the last full inspection ..." runs into the grade
                    ((m := _MOVE_FROM.match(article, t.end)) and m.end() >= g.start)
                    # the move takes in its inspection, the grade follows after a comma
                    or (
                        _MOVE_FROM.search(t.text)
                        and re.fullmatch(r"\s*,\s*", article[t.end : g.start])
                    )
                )
            ),
            None,
        )
        if g is not None:
            first, second = (t, g) if t.verdict == C else (g, t)
            joined = replace(_joined(first, second, t.start, g.end, article), type=Kind.TREND)
            out = [joined if x is t else x for x in out if x is not g]
    return out


# the grade a move ends on, told after it: "and are now rated as good", "and is now good"
_AND_NOW = re.compile(
    r"and\s+(?:(?:is|are|has\s+been|have\s+been)\s+)?now\s+(?:(?:rated|judged|graded)\s+)?",
    re.IGNORECASE,
)


# "twelve areas for improvement", "8 recommendations": a count of the things to improve
_REC_COUNT = re.compile(
    rf"\b(?:\d+|{T.NUMBER})\s+(?:\w+\s+){{0,2}}?(?:areas?|things?|recommendations?|actions?|"
    r"improvements?|points?|issues?)\b",
    re.IGNORECASE,
)


def _join_next(
    claims: list[Claim],
    article: str,
    first: Callable[[Claim], bool],
    then: Callable[[Claim, Claim], bool],
    kind: Kind,
    told_by_second: bool = False,
) -> list[Claim]:
    """Each checked claim `first` picks and the checked claim after it, of the same councils,
    that `then` pairs with it, as one claim of `kind` over both: false when either is (with that
    one's explanation), else supported (explained by the first, or the second when
    `told_by_second`)."""
    out = list(claims)
    for t in claims:
        if t not in out or t.verdict not in (S, C) or not first(t):
            continue
        g = next(
            (
                g
                for g in out
                if g is not t
                and g.verdict in (S, C)
                and set(g.urns) == set(t.urns)
                and t.end <= g.start
                and then(t, g)
            ),
            None,
        )
        if g is not None:
            bad, good = (g, t) if g.verdict == C or (t.verdict != C and told_by_second) else (t, g)
            joined = replace(_joined(bad, good, t.start, g.end, article), type=kind)
            # (a claim of another kind read over the same words as either part gave way to it
            # there, unless it was the contradicted one: it gives way to the joined claim too)
            spans = {(t.start, t.end), (g.start, g.end)}
            out = [
                joined if x is t else x
                for x in out
                if x is not g and (x is t or (x.start, x.end) not in spans or x.verdict == C)
            ]
    return out


# "rated good in four of the five areas judged": a grade of some of the judgements
_SOME_AREAS = re.compile(
    r"\b(?:in|for|across)\s+(?:\w+|\d+)\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:\w+|\d+)\s+"
    r"(?:\w+\s+)?(?:areas?|judge?ments?|categor(?:y|ies))\b",
    re.IGNORECASE,
)


# a grade, as an article words it after a verb of rating
_A_GRADE = (
    r"(?:requiring\s+improvement|requir(?:es|ed|e)\s+improvement|good|outstanding|inadequate)"
)
# the one left out, plainly graded: "with care leavers requiring improvement", "with adoption
# judged good", "with only care leavers rated good" (not "with only adoption escaping the
# lowest grade")
_WITH_AREA_GRADE = re.compile(
    r"with\s+(?:(?:the|its|only)\s+)?[\w'’ -]{3,60}?\s+(?:(?:being|was|were|is|are)\s+)?"
    rf"(?:(?:rated|judged|graded)\s+(?:as\s+)?)?['‘\"“]?{_A_GRADE}\b['’\"”]?\W*$",
    re.IGNORECASE,
)
# the areas a clause's grade comes with, read as a claim of their own after "with" and the
# words that name them ("rated requires improvement, | with care for looked after children,
# adoption and support for care leavers all judged outstanding")
_WITH_GAP = re.compile(r"\s*,\s*with\s+(?:care|services|support|the\s+service)\s+for\s+")
_WITH_AREAS_JUDGED = re.compile(
    r"[\w'’ ,-]{3,120}?\s+(?:all|both|each)\s+(?:being\s+)?(?:rated|judged|graded)\s+"
    rf"(?:as\s+)?{_A_GRADE}\b\W*$",
    re.IGNORECASE,
)


def _join_exception(claims: list[Claim], article: str) -> list[Claim]:
    """A grade of some judgements and the one left out, read as two claims side by side
    ("Redbridge was rated good in four of the five areas judged, | with care leavers requiring
    improvement"), are one claim over both: false when either is."""
    return _join_next(
        claims,
        article,
        lambda t: t.type in (Kind.GRADE, Kind.TREND) and not _ENDS_SENTENCE.search(t.text),
        lambda t, g: (
            g.type in (Kind.GRADE, Kind.TREND)
            and (
                (
                    bool(re.fullmatch(r"\s*,\s*", article[t.end : g.start]))
                    and bool(_WITH_AREA_GRADE.match(g.text))
                    and (
                        bool(_SOME_AREAS.search(t.text))
                        or bool(re.match(r"with\s+only\b", g.text, re.IGNORECASE))
                    )
                )
                or (
                    bool(_WITH_GAP.fullmatch(article[t.end : g.start]))
                    and bool(_WITH_AREAS_JUDGED.match(g.text))
                )
            )
        ),
        Kind.GRADE,
    )


_ENDS_SENTENCE = re.compile(r"[.!?][’”'\"]?\s*$")


def _join_places(claims: list[Claim], article: str) -> list[Claim]:
    """Two places given one test ("only the fourth council in England, | and the first in the
    North West, to have its care leavers service judged outstanding") are one claim over both:
    false when either is."""
    from ilacs.claims.extract import _AND_PLACE_IN

    return _join_next(
        claims,
        article,
        lambda t: t.type == Kind.RANK and bool(t.facts.get("test_after")),
        lambda t, g: (
            g.type == Kind.RANK
            and bool(re.fullmatch(r"\s*,\s*", article[t.end : g.start]))
            and bool(_AND_PLACE_IN.match(g.text))
        ),
        Kind.RANK,
    )


def _join_now(claims: list[Claim], article: str) -> list[Claim]:
    """A move and the grade it ends on, read as two claims side by side ("Services for children
    in care, which were judged inadequate in 2014, have improved | and are now rated as
    requiring improvement"), are one claim over both: false when either is."""
    return _join_next(
        claims,
        article,
        lambda t: t.type == Kind.TREND,
        lambda t, g: (
            g.type == Kind.GRADE
            and not article[t.end : g.start].strip()
            and bool(_AND_NOW.match(g.text))
            and "\n" not in article[t.start : g.end]
        ),
        Kind.TREND,
        told_by_second=True,  # (the grade it is now)
    )


# a grade held again, and the earlier grade it repeats told in a relative clause after it
_AGAIN_WORDS = re.compile(
    r"\b(?:consecutive|successive|in\s+a\s+row|again|retain\w*|kept|keeps|maintain\w*)\b",
    re.IGNORECASE,
)
_WHICH_ALSO = re.compile(
    r"\W*(?:which|who)\s+(?:was|were|had)\s+(?:also|previously|last|been\s+also)\b", re.I
)


def _join_again(claims: list[Claim], article: str) -> list[Claim]:
    """A grade held again and the earlier grade it repeats, told in a relative clause right
    after it ("It is the second consecutive outstanding judgement for Camden, | which was also
    rated outstanding overall in 2022"), are one claim over both: false when either is."""
    return _join_next(
        claims,
        article,
        lambda t: t.type in (Kind.GRADE, Kind.TREND) and bool(_AGAIN_WORDS.search(t.text)),
        lambda t, g: (
            g.type in (Kind.GRADE, Kind.TREND)
            and re.fullmatch(r"\s*,?\s*", article[t.end : g.start]) is not None
            and bool(_WHICH_ALSO.match(g.text))
        ),
        Kind.TREND,
    )


# what runs between a move and the grade it is counted from: "from the last full inspection
# in 2019, when", "since the last inspection, in December 2018, which rated"
_MOVE_FROM = re.compile(
    r"\s*(?:,\s*)?(?:from|since|on)\s+(?:(?:the|its|their)\s+)?(?:last|previous)\s+"
    r"(?:(?:full|Ofsted|standard)\s+)*inspection",
    re.IGNORECASE,
)


_REC_COUNT_WORDS = lazyre.compile(
    rf"\W*(?:(?:the|its|their|only|just)\s+)*(?:\d{{1,2}}|{T.NUMBER})\s+(?:[\w-]+\s+)?(?:areas?|"
    r"recommendations?|things|priorit(?:y|ies))\b",
    re.IGNORECASE,
)


def _cut_at_contradiction(claims: list[Claim], article: str) -> list[Claim]:
    """A supported claim whose words run on over a contradicted visit, inspector or quotation
    of its sentence, or a contradicted claim of its own kind ("The turnaround comes less than
    five years after | a focused visit in March 2021, carried out in person during the
    pandemic, found ..."), ends where that one begins: the words after are the contradicted
    claim's (or, when those open it, begins where they end)."""
    wrong = [
        y
        for y in claims
        if y.verdict == C
        and (
            y.type in (Kind.VISIT, Kind.INSPECTOR, Kind.QUOTE, Kind.DATE, Kind.TREND, Kind.GRADE)
            # ("..., and setting out seven areas that needed to improve": a count of them)
            or (y.type == Kind.RECOMMENDATION and _REC_COUNT_WORDS.match(y.text) is not None)
        )
    ]
    out = []
    for x in claims:
        y = next(
            (
                y
                for y in wrong
                if x.verdict == S
                and x.type in (Kind.TREND, Kind.DATE, Kind.GRADE, Kind.OTHER)
                and (
                    y.type in (Kind.VISIT, Kind.INSPECTOR, Kind.QUOTE, Kind.RECOMMENDATION)
                    or y.type == x.type
                    # ("... across all four judgements | following a two-week inspection in
                    # May": the spell the grade came after)
                    or (
                        y.type == Kind.DATE
                        and x.type == Kind.GRADE
                        and _AFTER_SPELL.search(article, max(0, y.start - 12), y.end) is not None
                    )
                )
                and x.start <= y.start
                and y.end <= x.end
                and (x.start + 20 <= y.start or y.end + 20 <= x.end)
                and set(y.urns) <= set(x.urns)
            ),
            None,
        )
        if y is not None and x.start + 20 <= y.start:
            end = x.start + len(article[x.start : y.start].rstrip(" ,;:–—-"))
            if y.type == Kind.DATE and x.type == Kind.GRADE:
                # (not the word that leads to the spell: "... across all four judgements")
                lead = re.search(r"[\s,]*\b(?:following|after)\s*$", article[x.start : end])
                end = x.start + lead.start() if lead else end
            x = replace(x, end=end, text=article[x.start : end])
        elif y is not None:
            # (the contradicted words open the clause: what is left is the words after them,
            # "Inspectors who visited in June | found a 'significant deterioration' ... since 2019")
            tail = article[y.end : x.end]
            start = y.end + len(tail) - len(tail.lstrip(" ,;:–—-"))
            x = replace(x, start=start, text=article[start : x.end])
        out.append(x)
    return out


def _join_said_at(claims: list[Claim], article: str) -> list[Claim]:
    """Words quoted from a visit and the visit they were said at, read as two claims side by
    side ('about which there had been "serious concerns" | at a focused visit in December
    2021'), are one claim over both when the visit is not as told: the words were said at
    another visit."""
    return _join_next(
        claims,
        article,
        lambda t: t.type == Kind.QUOTE and t.verdict == S,
        lambda t, g: (
            g.type == Kind.VISIT
            and g.verdict == C
            and bool(_SAID_AT.fullmatch(article[t.end : g.start]))
        ),
        Kind.VISIT,
    )


_SAID_AT = re.compile(
    # (the visit's claim may begin at its noun phrase: '"serious concerns" at | a focused visit')
    r"\s*(?:at|during|in|after|following|by)\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3})?",
    re.IGNORECASE,
)


def _join_counts(claims: list[Claim], article: str) -> list[Claim]:
    """A count and a second count told in its words with the verb left out ("Ten are rated
    good | and four outstanding") are one claim over both when the second is false."""
    return _join_next(
        claims,
        article,
        lambda t: t.type == Kind.COUNT and t.verdict == S,
        lambda t, g: (
            g.type == Kind.COUNT
            and g.verdict == C
            and bool(re.fullmatch(r"\s*,?\s*and\s+", article[t.end : g.start]))
            and bool(_ELLIPTIC_COUNT.fullmatch(g.text.rstrip(" .,;")))
        ),
        Kind.COUNT,
    )


_ELLIPTIC_COUNT = lazyre.compile(
    rf"(?:\d{{1,3}}|{T.NUMBER}|none)\s+(?:(?:are|were|is)\s+)?(?:{T.GRADE_WORDS})",
    re.IGNORECASE,
)


def _join_team(claims: list[Claim], article: str) -> list[Claim]:
    """How many inspectors came and a lead who did not lead them, read as two claims side by
    side ("A team of seven inspectors, | led by Lynn Radley"), are one false claim over both.
    (A wrong count beside the right lead stays a claim of its own: the lead still holds.)"""
    return _join_next(
        claims,
        article,
        lambda t: t.type == Kind.INSPECTOR and bool(t.facts.get("count")) and t.verdict == S,
        lambda t, g: (
            g.type == Kind.INSPECTOR
            and g.verdict == C
            and bool(g.facts.get("led"))
            and bool(re.fullmatch(r"\s*,?\s*", article[t.end : g.start]))
            and bool(re.match(r"led\s+by\b", g.text, re.IGNORECASE))
        ),
        Kind.INSPECTOR,
    )


def _join_stay(claims: list[Claim], article: str) -> list[Claim]:
    """How long inspectors stayed and when, read as two date claims side by side ("on site for
    a week | in late January"), are one claim over both: false when either is."""
    return _join_next(
        claims,
        article,
        lambda t: t.type == Kind.DATE and bool(re.search(r"\bfor\s+\w+\s+weeks?\b", t.text, re.I)),
        lambda t, g: (
            g.type == Kind.DATE
            and bool(re.fullmatch(r"\s*", article[t.end : g.start]))
            and bool(re.match(r"(?:in|on|between|from|during)\b", g.text, re.I))
        ),
        Kind.DATE,
    )


def _spell_after(c: Claim, x: Claim) -> bool:
    """`x`, a date in `c`, is how long inspectors were there, told after the grade ("judged to
    require improvement across all four judgements following a two-week inspection in May"):
    a claim of its own, which the grade does not carry."""
    return x.start > c.start and bool(_AFTER_SPELL.search(c.text, max(0, x.start - c.start - 12)))


# "following a two-week inspection", "after a week-long visit": a spell on site
_AFTER_SPELL = lazyre.compile(
    r"\W*(?:following|after)\s+(?:an?|its|their)\s+(?:[\w-]+[- ])?(?:week|day|fortnight)",
    re.IGNORECASE,
)


def _join_dated(claims: list[Claim], article: str) -> list[Claim]:
    """An inspection's date and the grade it gave, read as two claims side by side in one
    clause ("at its next inspection in 2022 | the service was lifted to good"), are one claim:
    the clause carries both, and it is false when either part is."""
    out = list(claims)
    for d in claims:
        if d.type != Kind.DATE or d.verdict not in (S, C) or d not in out:
            continue
        # "rated good, a jump of one grade from 2016": the date read over the whole clause
        # holds, the jump it ends with does not; the clause is false
        inner = next(
            (
                g
                for g in out
                if g.type == Kind.TREND
                and g.verdict == C
                and d.verdict == S
                and "jump" in g.facts
                and d.start <= g.start
                and d.end - 3 <= g.end <= d.end
                and set(g.urns) == set(d.urns)
            ),
            None,
        )
        if inner is not None:
            joined = replace(inner, start=d.start, end=d.end, text=d.text)
            out = [joined if x is inner else x for x in out if x is not d]
            continue
        inside = next((g for g in out if _dated_inside(d, g)), None)
        if inside is not None:
            # "Before the 2023 inspection, South Tyneside's services had been rated
            # outstanding, in 2017": the date read over the whole clause and the grade at its
            # end, dated by the same words, are one claim (false when the grade is)
            joined = _joined(inside, d, d.start, d.end, article)
            out = [joined if x is inside else x for x in out if x is not d]
            continue
        for g in out:
            if g.type not in (Kind.GRADE, Kind.TREND) or g.verdict not in (S, C):
                continue
            if d.end <= g.start:
                gap = article[d.end : g.start]
            elif g.end <= d.start:
                gap = article[g.end : d.start]
            else:
                continue
            if not _DATED_GAP.fullmatch(gap) or set(g.urns) != set(d.urns):
                continue
            later = g if d.end <= g.start else d
            first = d if later is g else g
            if "\n" in gap or _ENDS_SENTENCE.search(first.text):
                continue  # "... from 2 to 6 June.\n\nWarwickshire is the fifth ...": two sentences
            if re.match(
                r"\W*(?:and|but|while|whilst|then|before|after|although|though|whereas)\b",
                later.text,
                re.IGNORECASE,
            ):
                continue  # "..., and judged every area good": a clause of its own
            if re.search(r"\bpublish", d.text, re.IGNORECASE):
                continue  # the report's day, not the inspection's
            if later is d and _AFTER_SPELL.match(d.text):
                # "judged to require improvement across all four judgements | following a
                # two-week inspection in May": how long inspectors were there is a claim of its
                # own, after the grade
                continue
            if (
                d.end <= g.start
                and re.search(
                    r",\s*(?:who|which)\s+$", article[max(0, d.start - 12) : d.start], re.I
                )
                # (a date claim of the grade's own words keeps the clause: one claim a span)
                and not any(
                    x.type == Kind.DATE and (x.start, x.end) == (g.start, g.end) for x in out
                )
            ):
                # "Inspectors, who visited in June, judged ... outstanding": the visit's day
                # in a clause of its own, set off by commas, is a claim of its own
                continue
            if max(d.end, g.end) - min(d.start, g.start) > 160:
                continue  # a clause of its own with a list or reasons: each part is a claim
            paths = {e.path for e in d.evidence}
            if C not in (g.verdict, d.verdict) and not paths & {e.path for e in g.evidence}:
                continue  # two inspections, each rightly named
            joined = _joined(g, d, min(d.start, g.start), max(d.end, g.end), article)
            out = [joined if x is g else x for x in out if x is not d]
            break
    return out


def _outside_said(c: Claim, record: RecordView, as_of: date, texts: ReportTexts | None) -> bool:
    """A fact of the kind the record does not hold (a company, a budget, a director) that a
    report of the council states in nearly the same words ('Since 2017 the council's social care
    functions have been run by Achieving for Children' where the report has 'Since 2017, the
    local authority has delegated its statutory children's social care functions to Achieving
    for Children'): supported as a paraphrase, every number the article gives in the report's
    passage too. Never contradicted: the words may be the writer's own."""
    if texts is None or not c.urns:
        return False
    # (a government direction, a commissioner, an intervention: outside the record however a
    # report mentions it)
    if re.search(r"direction|commissioner|intervention", str(c.facts.get("outside")), re.I):
        return False
    try:
        from ilacs.claims import quotes
    except ImportError:
        return False
    span = quotes.ParaphraseSpan(c.start, c.end, c.text, (c.start, c.end), attributed=True)
    got = quotes.check_paraphrase(c.text, span, c.urns[:1], as_of, record, texts)
    if got is None or got[0] != Verdict.SUPPORTED or not got[2]:
        return False
    numbers = set(re.findall(r"\d+", c.text)) | {
        w.lower()
        for w in re.findall(r"[A-Za-z]+", c.text)
        if len(w) > 2 and T.number(w.lower()) is not None
    }
    quoted = " ".join(e.quote or "" for e in got[2]).lower()
    if any(n not in quoted for n in numbers):
        return False
    c.verdict, c.explanation, c.evidence = got[0], got[1], list(got[2])
    return True


def _grades_only_quoted(c: Claim, passages: list[Claim]) -> bool:
    """'and says children and young people "now benefit from good ... help and support"': a
    grade claim whose every grade word is inside a quotation found in the report is the
    quotation's words, not a judgement the article gives."""
    if c.type not in (Kind.GRADE, Kind.TREND):
        return False
    at = [it.get("pos") for it in c.facts.get("grades") or [] if isinstance(it, dict)]
    quoted = [p for p in passages if p.type == Kind.QUOTE and p.verdict == S]
    return bool(at) and all(
        isinstance(pos, int) and any(p.start <= pos < p.end for p in quoted) for pos in at
    )


def _said_by_the_report(c: Claim, passages: list[Claim]) -> bool:
    """A fact 'outside the record' (chief executives, money) that the report itself states:
    the quotation or finding that holds it says so ('"significant leadership churn",
    including four directors of children's services and two chief executives since 2020')."""
    outside = c.facts.get("outside")
    if c.type != Kind.OTHER or c.verdict != N or not isinstance(outside, str):
        return False
    if any(
        p.verdict == S and p.start < c.end and c.start < p.end and outside.lower() in p.text.lower()
        for p in passages
    ):
        return True
    # 'The report acknowledged that the council had protected the children's services budget
    # "in a challenging financial environment"': what the report is said to say, run on into
    # the report's own words quoted
    return bool(_REPORT_SAID.match(c.text)) and any(
        p.type == Kind.QUOTE and p.verdict == S and 0 <= p.start - c.end <= 3 for p in passages
    )


_REPORT_SAID = lazyre.compile(
    r"(?:the\s+report|the\s+letter|inspectors|Ofsted|it|they)\s+(?:also\s+)?"
    r"(?:acknowledg|recognis|recogniz|not|said|found|highlight|prais|describ|observ)\w*\s+",
    re.IGNORECASE,
)


INFERRED_AS_OF = "inferred: a week after the first report published after the dates it prints"


def choose_as_of(article: Any, record: RecordView, given: date | None = None) -> tuple[date, str]:
    """The date an article speaks from, and how it was found: the one given, else a date
    printed in the article, else a week after the first report of its council published after
    the dates it prints, else today (the CLI and the web page both ask here)."""
    from ilacs.claims.article import AS_OF_TODAY, as_of_default

    day, source = as_of_default(article, given)
    if source == AS_OF_TODAY:
        guess = infer_as_of(article.text, record)
        if guess is not None:
            return guess, INFERRED_AS_OF
    return day, source


def infer_as_of(article: str, record: RecordView, today: date | None = None) -> date | None:
    """The day an undated article most likely speaks from: just after the first report of its
    council published on or after the latest full date it prints (None when nothing says)."""
    from ilacs.claims.extract import Reader

    today = today or date.today()
    reader = Reader(article, today)
    if reader.main is None:
        return None
    printed = [w.last for w in T.dates(article, today) if not w.relative and w.last <= today]
    if not printed:
        return None
    latest = max(printed)
    after = [
        d.published
        for d in _inspections(record, reader.main)
        if d.published and latest <= d.published <= latest + timedelta(days=550)
    ]
    if not after:
        return None
    return min(min(after) + timedelta(days=7), today)


# Where two kinds read the same words, the more specific names the claim.
_SPECIFIC = {Kind.RANK: 3, Kind.COUNT: 3, Kind.TREND: 2, Kind.GRADE: 1}


# a grade the council gave itself, or peers gave it: not Ofsted's
_OWN_VERDICT = lazyre.compile(
    r"\bself[- ]?(?:assess|evaluat)\w*|\b(?:rated|judged|graded|assessed)\s+itself\b|"
    r"\bpeer\s+review\w*|\bits\s+own\s+(?:assessment|evaluation|review)\b",
    re.IGNORECASE,
)


def _own_grades(claims: list[Claim], article: str) -> list[Claim]:
    """A grade or date claim contradicted in a sentence that tells of the council's own
    assessment ("In the council's own self-assessment, drawn up in June 2015, most services had
    been rated good") is `not_in_record`: the grade is the council's, not Ofsted's."""
    spans = [s for s in T.sentences(article) if _OWN_VERDICT.search(article, s.start, s.end)]
    for c in claims:
        if (
            c.verdict == C
            and c.type in (Kind.GRADE, Kind.DATE, Kind.TREND)
            and any(s.start <= c.start < s.end for s in spans)
        ):
            c.verdict = N
            c.explanation = (
                "A grade of the council's own assessment (or its peers'), not one Ofsted "
                f"gave; ilacs does not hold it. (Read against Ofsted's: {c.explanation})"
            )
    return claims


def _dedupe(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per span and kind; where two claims share a span, a contradiction wins."""
    out: dict[tuple[int, int], Claim] = {}
    claims = list(claims)
    # two readers of the same words (a count of recommendations read here and in quotes.py)
    for c in list(claims):
        for o in claims:
            if (
                o is not c
                and o.type == c.type
                and o.verdict == c.verdict
                and (o.end - o.start) > (c.end - c.start)
            ):
                if min(o.end, c.end) - max(o.start, c.start) >= 0.9 * (c.end - c.start):
                    claims.remove(c)
                    break

    # (a contradiction wins over a claim of the same words but a stop at the end, too)
    def words(c: Claim) -> tuple[int, int]:
        return c.start, c.start + len(c.text.rstrip(" .,;:!?"))

    wrong = {words(c) for c in claims if c.verdict == C}
    claims = [c for c in claims if c.verdict == C or words(c) not in wrong]
    for c in claims:
        key = (c.start, c.end)
        held = out.get(key)
        if (
            held is None
            or (held.verdict != C and c.verdict == C)
            or (held.verdict == N and c.verdict == S)
            or (
                held.verdict == c.verdict and _SPECIFIC.get(c.type, 0) > _SPECIFIC.get(held.type, 0)
            )
        ):
            out[key] = c
    return sorted(out.values(), key=lambda c: (c.start, c.end))
