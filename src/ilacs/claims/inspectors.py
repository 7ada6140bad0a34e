"""Inspector claims: who led an inspection or visit, and the size of the team."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence
from ilacs.claims.view import (
    C,
    N,
    RecordView,
    S,
    _current,
    _doc_years,
    _evidence,
    _inspector_docs,
    _label,
    _named_in,
    _norm_name,
    _published,
    _reports,
)
from ilacs.errors import NotFound


def _check_inspector(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    """The inspectors of the report or letter the sentence dates, else of the letter an article
    about a letter speaks of, else of the latest report: 'led by X' / 'lead inspector X' wants
    X to be its lead; 'Inspectors X and Y' wants each named in it."""
    if not c.urns:
        return
    first = c.urns
    lead = c.urns[:1]
    try:
        la = register.by_urn(c.urns[0])
    except NotFound:
        la = None
    if (
        la is not None
        and la.end is not None
        and not record.by_urn.get(la.urn or 0)
        and as_of > la.end
        and all(d > la.end for d, _ in c.dates)
    ):
        # a council abolished before the day, of whose own reports ilacs holds none ("...
        # replaced Cumbria County Council. Inspectors, led by X, said"): its successors'
        lead = [u for u in la.successors if _current(_reports(record, u), as_of)] or lead
    # the article's council, when the sentence names none: the reading whose record names them
    for urn in [*lead, *c.facts.get("other_urns", [])]:
        c.urns = [urn]
        _check_inspector_of(c, record, as_of, texts)
        if c.verdict == S:
            return
        if urn == lead[0]:
            held = (c.verdict, c.explanation, c.evidence)
    # "North Northamptonshire ..., alongside West Northamptonshire. The report, led by X": a
    # sentence naming no council may be of any council named whose report came out that day
    cur = _current(_reports(record, lead[0]), as_of)
    for urn in c.facts.get("same_day_urns", []):
        theirs = _current(_reports(record, urn), as_of)
        if cur is None or theirs is None or theirs.published != cur.published or c.dates:
            continue
        c.urns = [urn]
        _check_inspector_of(c, record, as_of, texts)
        if c.verdict == S:
            return
    c.urns = first
    c.verdict, c.explanation, c.evidence = held


# A letter's opening names its inspectors: "The inspectors were X, Her Majesty's Inspector,
# and Y, ...", "The visit was carried out by X, Y and Z, Her Majesty's Inspectors", "His
# Majesty's Inspectors for this visit were X and Y".
_TEAM_SAID = lazyre.compile(
    r"(?:\b[Ii]nspectors\s+(?:for\s+this\s+(?:focused\s+|monitoring\s+)?visit\s+)?were|"
    r"\b(?:(?:visit|inspection)\s+was\s+)?(?:carried\s+out|conducted|undertaken)\s+by)\s+"
    r"(?P<list>[^.]{5,400}?)\.(?:\s|$)"
)
_TEAM_TITLE = lazyre.compile(
    r"(?:\b(?:all\s+of\s+whom\s+are|(?:two|three|four|five|six)\s+of)\s+)?(?:\bSenior\s+)?"
    r"(?:(?:Her|His)\s+Majesty['’]s\s+Inspectors?|\bHMIs?\b|\b(?:Ofsted|Social\s+Care\s+Regulatory)\s+"
    r"Inspectors?|\b(?:the\s+)?lead\s+inspector\b)(?:\s*\(HMI\))?(?:\s+(?:Social\s+Care|designate)\b)?|"
    r"\(\s*(?:HMI\s+designate|lead(?:\s+inspector)?)\s*\)",
    re.IGNORECASE,
)
_TEAM_NAME = lazyre.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+")


def _team_of(d: Any, texts: Any) -> list[str] | None:
    """The inspectors a letter's opening names (None when it names them in no way ilacs reads)."""
    if texts is None or d.kind not in ("focused_visit", "monitoring_visit"):
        return None
    pages = texts.pages(d.id)
    if not pages:
        return None
    m = _TEAM_SAID.search(" ".join(pages[0].split()))
    if m is None:
        return None
    pieces = re.split(r"\s*(?:,|\band\b)\s*", _TEAM_TITLE.sub(",", m.group("list")))
    pieces = [p.strip() for p in pieces if p.strip()]
    if not pieces or not all(_TEAM_NAME.fullmatch(p) for p in pieces):
        return None
    return pieces


# A SIF report's team: "The inspection team consisted of six of Her Majesty's Inspectors (HMI)
# from Ofsted and one additional inspector", "... eight of Her Majesty's Inspectors (HMI) and one
# Social Care Regulatory Inspector from Ofsted", "... six of Her Majesty's Inspectors (HMI) from
# Ofsted, one Ofsted inspector (OI) and one senior Her Majesty's Inspector (SHMI)"
_TEAM_CONSISTED = lazyre.compile(
    r"\binspection\s+team\s+consisted\s+of\s+(?P<hmi>\w+)\s+(?:of\s+)?(?:Her|His)\s+Majesty['’]s\s+"
    r"Inspectors\b(?P<rest>[^.]*)\.",
    re.IGNORECASE,
)
_TEAM_MORE = lazyre.compile(
    # (", one of Her Majesty's Inspectors (HMI) designate": an apostrophe in the words)
    r"(?:,|\band\b)\s+(?P<n>an?|one|two|three|four|five|\d)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:inspectors?|HMI)\b",
    re.IGNORECASE,
)


def _report_team(d: Any, texts: Any) -> tuple[int, int, int, str] | None:
    """(HMI, whole team, page, sentence) of a report that says how its team was made up."""
    if texts is None or d.kind != "inspection":
        return None
    for i, page in enumerate(texts.pages(d.id)):
        flat = " ".join(page.split())
        m = _TEAM_CONSISTED.search(flat)
        if m is None:
            continue
        hmi = T.number(m.group("hmi"))
        if not hmi:
            return None
        more = 0
        for x in _TEAM_MORE.finditer(m.group("rest")):
            more += 1 if x.group("n").lower() in ("a", "an") else int(T.number(x.group("n")) or 0)
        return int(hmi), int(hmi) + more, i + 1, m.group(0)
    return None


def _check_team_size(c: Claim, d: Any, texts: Any) -> None:
    """'Five inspectors': as many as the letter names (after its names are checked), or as the
    report says its team was (its HMI, or the whole team)."""
    n = c.facts.get("count")
    if not n or c.verdict == C:
        return
    made_up = _report_team(d, texts)
    if made_up is not None:
        hmi, whole, page, sentence = made_up
        c.evidence = [Evidence(d.path, page, sentence)]
        if n in (hmi, whole):
            c.verdict = S
            c.explanation = f"The {_label(d)}: '{sentence}'"
        else:
            c.verdict = C
            c.explanation = f"The {_label(d)} had {whole} inspectors, not {n}: '{sentence}'"
        return
    team = _team_of(d, texts)
    if team is None:
        if not c.facts.get("names"):
            c.verdict = N
            c.explanation = f"ilacs does not read how many inspectors the {_label(d)} had."
        return
    said = f"{len(team)} inspectors: {', '.join(team)}"
    if len(team) == n:
        if c.verdict != S or not c.facts.get("names"):
            c.verdict, c.explanation = S, f"The {_label(d)} names {said}."
            c.evidence = [Evidence(d.path, 1, said)]
        else:
            c.explanation = f"{c.explanation} It names {said}."
        return
    c.verdict = C
    c.explanation = f"The {_label(d)} names {said}, not {n}."
    c.evidence = [Evidence(d.path, 1, said)]


def _led_earlier(c: Claim, record: RecordView, as_of: date, name: str, chosen: Any) -> Any:
    """Another report or letter of the council, out by the day, that `name` led, when the
    sentence gives no date of its own but its paragraph named a year of that one before it,
    and none of the one the checker chose (the latest, or the year the narrative set): an
    article's history of an earlier inspection ("When inspectors returned in July 2022, ...
    Lead inspector X noted ..."). A lead of another inspection named with no such year is
    still not this one's."""
    said = set(c.facts.get("para_years") or [])
    if c.dates or not name.strip() or not said or said & _doc_years(chosen):
        return None
    # (whether the years the paragraph told hold an inspection of the council)
    said_held = any(
        y in _doc_years(x)
        for x in record.by_urn.get(c.urns[0], [])
        if x.kind == "inspection"
        for y in said
    )
    for d in sorted(
        record.by_urn.get(c.urns[0], []), key=lambda d: _published(d) or date.min, reverse=True
    ):
        p = _published(d)
        if d is chosen or p is None or p > as_of + timedelta(days=3):
            continue
        lead = record.inspector.get(d.id) or ""
        if lead and _norm_name(name) in _norm_name(lead) and said & _doc_years(d):
            return d
        # (the lead's whole name, of a report a year off the one the paragraph told: "rated
        # inadequate in 2016 ... That inspection, led by Shirley Bailey", of November 2015)
        if (
            lead
            and _norm_name(name) == _norm_name(lead)
            and {y + k for y in said for k in (-1, 1)} & _doc_years(d)
            and not said_held
        ):
            return d
    return None


def _check_inspector_of(c: Claim, record: RecordView, as_of: date, texts: Any) -> None:
    if not c.facts.get("names") and c.facts.get("count"):
        docs = _inspector_docs(c, record, as_of)
        if not docs:
            c.verdict = N
            c.explanation = "ilacs does not hold the letter this article speaks of."
            return
        _check_team_size(c, docs[0], texts)
        return
    names = c.facts.get("names") or [c.inspector or ""]
    led = c.facts.get("led", bool(re.search(r"\b(?:lead|led)\b", c.text, re.IGNORECASE)))
    docs = _inspector_docs(c, record, as_of)
    if docs is None:
        c.verdict = N
        c.explanation = "ilacs does not hold the letter this article speaks of."
        return
    if not docs:
        c.verdict = N
        c.explanation = "ilacs does not hold a lead inspector for this council's reports."
        return
    # the document whose lead or text names the most of them
    best: tuple[int, Any, list[Any]] | None = None
    for d in docs:
        lead_of = record.inspector.get(d.id) or ""
        found: list[tuple[int, str] | None] = [
            (0, "lead") if _norm_name(n) in _norm_name(lead_of) else _named_in(n, d, texts)
            for n in names
        ]
        score = sum(f is not None for f in found)
        if best is None or score > best[0]:
            best = (score, d, found)
    assert best is not None
    _, d, found = best
    lead = record.inspector.get(d.id)
    if lead and _norm_name(names[0]) not in _norm_name(lead) and (led or found[0] is None):
        other = _led_earlier(c, record, as_of, names[0], d)
        if other is not None:
            # "Then in April 2023 the city was rated good. Lead inspector X's team found ...":
            # a sentence that dates nothing itself, of an earlier inspection X led
            d, lead = other, record.inspector.get(other.id)
            found = [(0, "lead"), *(_named_in(n, d, texts) for n in names[1:])]
    if (
        lead
        and led
        and c.facts.get("anaphor")
        and not c.dates
        and _norm_name(names[0]) != _norm_name(lead)
    ):
        # "In 2019 Cornwall became the first ..., having been judged good in 2016. That
        # inspection, led by Emmy Tomsett, ...": one the article told of before, which may be
        # any of its years (or one it dated a paragraph back): the council's report X led
        same = [
            x
            for x in _reports(record, c.urns[0])
            if x.published
            and x.published <= as_of + timedelta(days=3)
            and _norm_name(names[0]) == _norm_name(record.inspector.get(x.id) or "")
        ]
        if same:
            d = same[-1]
            lead = record.inspector.get(d.id)
            found = [(0, "lead"), *(_named_in(n, d, texts) for n in names[1:])]
    new = d.published is not None and as_of - timedelta(days=45) <= d.published
    if (
        lead
        and c.facts.get("by_report")
        and not c.dates
        and _norm_name(names[0]) != _norm_name(lead)
        # ("The report, by lead inspector X", in an article on a report just out: that one)
        and (c.facts.get("that_report") or not new or d.kind != "inspection")
    ):
        # "That report, by inspector Alison Smale, found ...", after a paragraph on an earlier
        # inspection: "the report by X" that dates nothing itself is the report X led, if X
        # led one of the council's reports out by then (a name another lead's only in part is
        # still that lead's, given wrongly)
        # (of the years the paragraph told, when it told any: "When inspectors returned in May
        # 2019 ... That report, by inspector X" is the 2019 report, whoever else X led)
        told_years = set(c.facts.get("para_years") or [])
        same = [
            x
            for x in _reports(record, c.urns[0])
            if x.published
            and x.published <= as_of + timedelta(days=3)
            and _norm_name(names[0]) == _norm_name(record.inspector.get(x.id) or "")
            and (not told_years or told_years & _doc_years(x))
        ]
        if same:
            d = same[0]
            lead = record.inspector.get(d.id)
            found = [(0, "lead"), *(_named_in(n, d, texts) for n in names[1:])]
    if led:
        # "led by X": X led it (a team inspector named with "led" did not)
        if lead and _norm_name(names[0]) in _norm_name(lead):
            c.verdict, c.explanation = S, f"The lead inspector of the {_label(d)} was {lead}."
            c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
            _check_team_size(c, d, texts)
        elif lead:
            c.verdict = C
            c.explanation = f"The lead inspector of the {_label(d)} was {lead}."
            if found[0] is not None:
                c.explanation += f" {names[0]} is named in it as another inspector."
            c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
        else:
            c.verdict = N
            c.explanation = f"ilacs holds no lead inspector for the {_label(d)}."
        return
    missing = [n for n, f in zip(names, found, strict=True) if f is None]
    where = [f for f in found if f is not None and f[0]]
    if not missing:
        c.verdict = S
        if len(names) == 1 and lead and _norm_name(names[0]) in _norm_name(lead):
            c.explanation = f"The lead inspector of the {_label(d)} was {lead}."
        else:
            c.explanation = (
                f"The {_label(d)} names {', '.join(names)} (its lead inspector: {lead})."
            )
        c.evidence = (
            [Evidence(d.path, p, around) for p, around in where[:1]]
            if where
            else [_evidence(d, f"Lead inspector: {lead}")]
        )
        _check_team_size(c, d, texts)
    elif (
        c.facts.get("by_report")
        and lead
        and not set(_norm_name(names[0]).split()) & set(_norm_name(lead).split())
    ):
        # "the report by X": X may be the author of another report (a commissioner's, a
        # review's), not an inspector named wrongly; but a name that shares a word with the
        # lead of another of its reports ("Mark Reed" for Matt Reed) is that lead's, given wrongly
        near = [
            x
            for x in _reports(record, c.urns[0])
            if x.published
            and x.published <= as_of + timedelta(days=3)
            and (lx := record.inspector.get(x.id))
            and set(_norm_name(names[0]).split()) & set(_norm_name(lx).split())
        ]
        told = set(c.facts.get("para_years") or [])
        same = [
            x
            for x in near
            if _norm_name(names[0]) in _norm_name(record.inspector.get(x.id) or "")
            and (not told or told & _doc_years(x))
        ]
        if same:
            # "When inspectors returned in March 2020 ... That report, by inspector Alison
            # Smale, found ...": the report of the narrative, an earlier one she led
            x = same[-1]
            c.verdict = S
            c.explanation = (
                f"The lead inspector of the {_label(x)} was {record.inspector.get(x.id)}."
            )
            c.evidence = [_evidence(x, f"Lead inspector: {record.inspector.get(x.id)}")]
            return
        if near:
            x = near[0]
            c.verdict = C
            c.explanation = (
                f"The lead inspector of the {_label(x)} was {record.inspector.get(x.id)}."
            )
            c.evidence = [_evidence(x, f"Lead inspector: {record.inspector.get(x.id)}")]
            return
        c.verdict = N
        c.explanation = (
            f"The lead inspector of the {_label(d)} was {lead}; {names[0]} may be the author of "
            "another report."
        )
    elif lead or len(missing) < len(names):
        # it names its inspectors, and not this one
        c.verdict = C
        c.explanation = (
            f"The {_label(d)} does not name {', '.join(missing)} among its inspectors"
            + (f" (its lead inspector: {lead})." if lead else ".")
        )
        c.evidence = [_evidence(d, f"Lead inspector: {lead}")]
    else:
        c.verdict = N
        c.explanation = "ilacs does not hold the inspectors of this council's reports."


def _check_addressee(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    """'In a letter to director of children's services Alison Hinds': supported when a letter
    (or report) of the council published by then names her on its first page; else not in the
    record (whom a letter is addressed to is read from its text only, never contradicted)."""
    c.verdict = N
    c.explanation = "ilacs holds no letter of this council addressed to that name."
    if not c.urns or texts is None:
        return
    name = _norm_name(c.facts["addressee"])
    first, _, last = name.partition(" ")
    # ('Cath McEvoy-Carr' for 'Catherine McEvoy-Carr': a first name shortened)
    named = re.compile(rf"\b{re.escape(first[:3])}\w*\s+{re.escape(last)}\b")
    docs = [
        d
        for urn in c.urns[:1]
        for d in record.by_urn.get(urn, [])
        if (_published(d) or date.min) <= as_of + timedelta(days=3)
    ]
    docs.sort(key=lambda d: _published(d) or date.min, reverse=True)
    for d in docs[:6]:
        pages = texts.pages(d.id)
        if not pages:
            continue
        head = " ".join(pages[0].replace("’", "'").split())
        hit = named.search(head.lower())
        if hit:
            at = hit.start()
            c.verdict = S
            c.explanation = f"The {_label(d)} is addressed to {c.facts['addressee']}."
            c.evidence = [Evidence(d.path, 1, head[max(0, at - 40) : at + len(name) + 60])]
            return


_SINCE_APPOINTMENT = lazyre.compile(
    rf"\b(?:since|in|from)\s+(?P<m>{T.MONTH_NAME})\s+(?P<y>20\d\d)\b[^.]{{0,60}}?\bappointment\s+of\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:DCS|director\s+of\s+children['’]s\s+services)\b",
    re.IGNORECASE,
)


def _said_of(m: re.Match[str], month: str, year: str | int) -> bool:
    """Whether a `_SINCE_APPOINTMENT` match is of that month and year."""
    return (m.group("m").lower(), m.group("y")) == (month.lower(), str(year))


def _check_appointed(c: Claim, record: RecordView, as_of: date, texts: Any = None) -> None:
    """'a permanent director of children's services was appointed in August 2023': supported
    when a report or letter of the council published by then says its DCS has been in post
    since (or was appointed in) that month; else not in the record (appointments are not in
    the record's data, and a report may not say)."""
    c.verdict = N
    c.explanation = (
        "Ofsted's inspection record does not hold this (appointments are not in it, and no "
        "report of this council ilacs holds says so)."
    )
    if not c.urns or texts is None:
        return
    month, year = c.facts["appointed"]
    said = re.compile(
        r"\b(?:DCS|director\s+of\s+children['’]s\s+services)\b[^.]{0,80}?\b(?:in\s+post|"
        r"appointed|started|took\s+up\s+(?:the\s+)?post)\s+(?:in|since|from)\s+"
        rf"{re.escape(month)}\s+{year}\b"
        r"|\bappointment\s+of\s+(?:a|an|the)\s+(?:new\s+|current\s+|permanent\s+|interim\s+)?"
        r"(?:DCS|director\s+of\s+children['’]s\s+services)\s+in\s+"
        rf"{re.escape(month)}\s+{year}\b",
        re.IGNORECASE,
    )
    docs = [
        d
        for d in record.by_urn.get(c.urns[0], [])
        if (_published(d) or date.min) <= as_of + timedelta(days=3)
    ]
    docs.sort(key=lambda d: _published(d) or date.min, reverse=True)
    # the same month of another year near it, where a report says the new director came
    other = re.compile(
        r"\b(?:(?:new|current|permanent)\s+)?(?:DCS|director\s+of\s+children['’]s\s+services)"
        r"(?:\s+\(DCS\))?\s+(?:took\s+up\s+(?:the\s+)?post|was\s+appointed|started)\s+in\s+"
        rf"{re.escape(month)}\s+(?P<y>20\d\d)\b",
        re.IGNORECASE,
    )
    elsewhen = None
    for d in docs[:4]:
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            # ("Since August 2023, with the appointment of the current director of children's
            # services, leadership has been more consistent": _SINCE_APPOINTMENT, of that month)
            sinces = list(_SINCE_APPOINTMENT.finditer(flat))
            hit = min(
                (
                    x
                    for x in [
                        said.search(flat),
                        *(x for x in sinces if _said_of(x, month, year)),
                    ]
                    if x is not None
                ),
                key=lambda x: x.start(),
                default=None,
            )
            if hit:
                c.verdict = S
                c.explanation = f"The {_label(d)} says so."
                c.evidence = [Evidence(d.path, i + 1, hit.group(0))]
                return
            near = other.search(flat)
            if elsewhen is None and near and 0 < abs(int(near.group("y")) - int(year)) <= 2:
                elsewhen = (d, i + 1, near)
            since = sinces[0] if sinces else None
            if (
                elsewhen is None
                and since
                and not _said_of(since, month, year)
                and abs(int(since.group("y")) - int(year)) <= 1
            ):
                # ("Since December 2023, with the appointment of a highly experienced and
                # permanent director of children's services": another month of the coming)
                elsewhen = (d, i + 1, since)
    if elsewhen is not None:
        # "a new director of children's services took up post in September 2020", where the
        # report says "The new director of children's services (DCS) took up post in September
        # 2021": the same coming, in another year
        d, page_no, near = elsewhen
        c.verdict = C
        when = " ".join(x for x in (near.groupdict().get("m") or month, near.group("y")))
        c.explanation = f"The {_label(d)} says the new director came in {when}."
        c.evidence = [Evidence(d.path, page_no, near.group(0))]
