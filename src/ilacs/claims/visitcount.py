"""How many visits of a kind an article says came between inspections ("Between those two
inspections, Ofsted carried out four monitoring visits", "two focused visits in 2019 and 2020
raised serious concerns"), against the number the council's report tells of them ("Ofsted has
conducted seven monitoring visits since the previous inadequate judgement", "Three focused
visits during 2019 and 2020").

ilacs holds few monitoring-visit letters, but a report after an inadequate judgement or a run of
focused visits counts them. The report checked is the council's latest published by the article's
date that counts visits of that kind. Supported when that report gives the article's number
for that kind of visit; contradicted when it gives one other number for it, the article's words
are not rough ("more than", "at least") and name no years the report's words do not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.view import RecordView, _label, _reports

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_IN_RECORD

# "four monitoring visits", "three Ofsted focused visits", "two further focused visits"
_COUNTED = lazyre.compile(
    rf"\b(?P<n>\d+|{T.NUMBER})\s+(?:(?:further|more|separate|subsequent|Ofsted|full)\s+)?"
    r"(?P<kind>monitoring|focused)\s+visits\b",
    re.IGNORECASE,
)
_ROUGH = lazyre.compile(
    r"\b(?:more\s+than|at\s+least|over|nearly|almost|about|around|some|up\s+to|fewer\s+than)\s+$",
    re.IGNORECASE,
)
_YEAR = lazyre.compile(r"\b(?:19|20)\d\d\b")


_MONTH = lazyre.compile(T.MONTH, re.IGNORECASE)


def _months(words: str) -> set[int]:
    """The months of the year `words` name (capitalised: not "may")."""
    return {
        T.MONTHS[m.group(0).lower().rstrip(".")]
        for m in _MONTH.finditer(words)
        if m.group(0)[0].isupper()
    }


@dataclass(frozen=True)
class _Told:
    n: int
    kind: str
    doc: Any
    page: int
    text: str


def _told_in(doc: Any, texts: Any) -> list[_Told]:
    out = []
    for i, page in enumerate(texts.pages(doc.id)):
        flat = " ".join(page.split())
        for m in _COUNTED.finditer(flat):
            n = T.number(m.group("n"))
            if n is None or n < 1:
                continue
            # the sentence it is in
            start = max(flat.rfind(". ", 0, m.start()) + 2, 0)
            stop = flat.find(". ", m.end())
            said = flat[start : stop + 1 if stop >= 0 else len(flat)]
            out.append(_Told(n, m.group("kind").lower(), doc, i + 1, said.strip()))
    return out


def check_visit_counts(
    claims: list[Claim], article: str, record: RecordView, texts: Any, as_of: date
) -> list[Claim]:
    """Each count of monitoring or focused visits in the article, as a count claim over its
    clause, checked against the report of the council the sentence is about (see the module's
    docstring); a sentence's count no report tells is left as it was."""
    if texts is None:
        return claims
    out = list(claims)
    quoted = T.quote_spans(article)
    for sent in T.sentences(article):
        said = article[sent.start : sent.end]
        hits = list(_COUNTED.finditer(said))
        if len(hits) != 1:
            continue
        m = hits[0]
        n = T.number(m.group("n"))
        kind = m.group("kind").lower()
        if n is None or _ROUGH.search(said[: m.start()]):
            continue
        if any(q.start <= sent.start + m.start() < q.end for q in quoted):
            continue  # (the report's own words, quoted: the quotation's claim reads them)
        # the council the sentence's own claims are about, else that of the last claim before
        urns = {u for c in out if sent.start <= c.start < sent.end for u in c.urns}
        if not urns:
            before = sorted((c for c in out if c.end <= sent.start and c.urns), key=lambda c: c.end)
            urns = set(before[-1].urns) if before else set()
        if len(urns) != 1:
            continue
        urn = urns.pop()
        held = [
            d for d in _reports(record, urn) if d.published and d.published <= as_of + timedelta(3)
        ]
        if not held:
            continue
        # (the latest report that counts that kind of visit: "Between those two inspections,
        # Ofsted carried out four monitoring visits", of a report two back)
        told = next(
            (
                ts
                for d in reversed(held)
                if (ts := [t for t in _told_in(d, texts) if t.kind == kind])
            ),
            [],
        )
        if not told:
            continue
        # (the years told with the count: "two focused visits in 2019 and 2020")
        years = set(_YEAR.findall(said[m.start() : m.end() + 30]))
        same = [t for t in told if t.n == n]
        others = {t.n for t in told}
        # (the months told with it: "two focused visits that year, in March and November", the
        # report's "in March 2019 and October 2019")
        months = _months(said[m.end() : m.end() + 60].split(".")[0])
        if same and months and not months <= _months(same[0].text):
            if len(_months(same[0].text)) != n:
                continue
            verdict, t = C, same[0]
            why = f"The {_label(t.doc)} counts {n} {kind} visits, in other months: '{t.text}'."
        elif same:
            verdict, t = S, same[0]
            why = f"The {_label(t.doc)} counts {n} {kind} visits: '{t.text}'."
        elif len(others) == 1 and years <= set(_YEAR.findall(" ".join(t.text for t in told))):
            verdict, t = C, told[0]
            why = f"The {_label(t.doc)} counts {t.n} {kind} visits, not {n}: '{t.text}'."
        else:
            continue
        # the clause that carries the count: from the stop before it to the one after
        lo = max(said.rfind(";", 0, m.start()), said.rfind(":", 0, m.start()), -1) + 1
        hi_cut = re.search(r"[;:]|,\s+(?:and|but|while|which)\b", said[m.end() :])
        hi = m.end() + hi_cut.start() if hi_cut else len(said)
        text = said[lo:hi].strip().rstrip(" .,;:!?")
        start = sent.start + lo + (len(said[lo:hi]) - len(said[lo:hi].lstrip()))
        end = start + len(text)
        if verdict == S and any(
            c.verdict == C and c.start < end and start < c.end and c.type != Kind.COUNT for c in out
        ):
            continue  # (a claim of the clause found false speaks for it: the dates are wrong)
        # (a claim read over the same words that left them unsettled gives way)
        out = [c for c in out if not (c.verdict == N and start <= c.start and c.end <= end)]
        out.append(
            Claim(
                start,
                end,
                article[start:end],
                Kind.COUNT,
                urns=[urn],
                verdict=verdict,
                explanation=why,
                evidence=[Evidence(t.doc.path, t.page, t.text)],
            )
        )
    return out
