"""Article text -> the claims it makes about the inspection record (pure: no database).

A claim is found in the clause that carries it (see `text.clauses`). Each detector reads one
kind of fact from a clause: a grade given to judgement areas, a date of an inspection or report,
a lead inspector, a number of recommendations, a rank or count among councils, a visit. The
council a clause is about is the one it names, else the one the sentence or the article last
named, else the article's main council.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ilacs.claims import text as T
from ilacs.claims.model import Claim, Kind

# --- cues ---------------------------------------------------------------------------------------

# A grade word is a grade when the clause speaks of rating: "rated good", "judged inadequate",
# "an 'outstanding' rating", "received good and outstanding ratings", "remains good".
_RATING_CUE = re.compile(
    r"\b(?:rat(?:ed|ing|ings|e)|judg(?:ed|ement|ements|ment|ments|e)|grad(?:ed|e|es|ing)|award(?:ed|s)?|"
    r"branded|deemed|found|given|received|receive|achiev(?:ed|e|ing)|secur(?:ed|e)|gain(?:ed)?|"
    r"Ofsted|inspectors?|inspection|verdict|categor(?:y|ies)|areas?|remains?|still|retain(?:ed)?|"
    r"maintain(?:ed)?|upgraded|downgraded|improved|moved|out of|no longer|once again|"
    r"singled out|recognised|recognized|as being|to be|as)\b",
    re.IGNORECASE,
)
# "good progress", "outstanding support": the grade word as an ordinary adjective.
_ADJECTIVE_NOUN = re.compile(
    r"\s+(?:progress|practice|work|support|knowledge|quality|news|job|start|example|"
    r"relationships?|services?|care|leadership|leaders|staff|people|team|help|outcomes?|"
    r"partnership|commitment|understanding|reason|deal|grasp|range|level|standard|evidence|"
    r"record|position|place|way|use|and\s+improving|to\s+great|achievements?|feedback)\b",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(
    r"\b(?:previous(?:ly)?|last (?:inspection|inspected|time|full inspection|rated|report)|"
    r"before|prior|formerly|had been|earlier|from|since|ago|historically|out of|no longer|"
    r"moved out|removed|was (?:rated|judged|graded)|were (?:rated|judged)|damning)\b",
    re.IGNORECASE,
)
_TREND = re.compile(
    r"\b(?:improv(?:ed|ement|ing)|upgraded|downgraded|jump(?:ed)?|rose|climbed|fell|dropped|"
    r"moved|out of|no longer|once again|again|consecutive|maintain(?:ed|s)?|retain(?:ed|s)?|"
    r"sustain(?:ed|s)?|remains?|still|previous(?:ly)?|deteriorat(?:ed|ion)|journey|turnaround|from)\b",
    re.IGNORECASE,
)
_ALL = re.compile(
    r"\b(?:in|across|for)\s+(?:all|every|each)\s+(?:(?:four|five|six|of the|the|its|key|main|inspection|"
    r"judgement|judgment|performance)\s+)*(?:areas?|categor(?:y|ies)|judgements?|judgments?|"
    r"sections?|benchmarks?|elements?|aspects?|measures?|fields?|services|parts)\b|"
    r"\bacross the board\b|\bin every (?:area|category|judgement|judgment|respect)\b|"
    r"\ball (?:four|five|six )?(?:areas|categories|judgements|judgments|elements|benchmarks|aspects)\b|"
    r"\bevery category\b|\ball elements\b",
    re.IGNORECASE,
)
_N_OF = re.compile(
    rf"\b(?:in\s+)?(?P<n>{T.NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?P<m>{T.NUMBER})\b"
    rf"|\bin\s+(?P<n2>{T.NUMBER})\s+(?:(?:other|more|further|key|main|inspection|performance)\s+)?"
    rf"(?:areas?|categories|judgements?|judgments?|benchmarks|elements|aspects|sections)\b"
    rf"|\b(?P<n3>{T.NUMBER})\s+(?:(?:other|more|further)\s+)(?:areas?|categories|judgements?)?",
    re.IGNORECASE,
)
_INSPECTOR = re.compile(
    r"(?:(?:lead|Lead|LEAD)\s+)?(?:[Ii]nspector|HMI|inspection team (?:was )?led by|team (?:was )?led by|"
    r"led by (?:lead )?inspector|[Ii]nspector,?)\s+(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})"
)
_RECOMMENDATIONS = re.compile(
    rf"\b(?P<n>{T.NUMBER}|\d+)\s+(?:(?:key|main|separate|specific|formal)\s+)?"
    rf"(?:recommendations|areas? (?:for|of|that need|needing|requiring) improvement|"
    rf"things? (?:that need|to) improve|priority actions)\b",
    re.IGNORECASE,
)
_VISIT = re.compile(
    r"\b(?:monitoring visits?|focused visits?|monitoring (?:report|letter)s?|joint targeted area "
    r"inspections?|JTAI|(?:a|the|an Ofsted)\s+visit\b)",
    re.IGNORECASE,
)
_DATE_ROLE_PUBLISHED = re.compile(
    r"\b(?:publish|released?|came out|report (?:is|was) out|issued)", re.IGNORECASE
)
_DATE_ROLE_VISIT = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|inspect(?:ed|ion|ions|ors)?|took place|spent|on site|between|carried out)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?P<q>less than|under|more than|over|almost|nearly|just over|just under|within)?\s*"
    rf"(?P<n>{T.NUMBER}|\d+)\s+(?P<u>years?|months?|weeks?)\s+(?P<rel>ago|after|later|since|earlier|before)?",
    re.IGNORECASE,
)
_RANK = re.compile(
    rf"\b(?:the\s+)?(?:only\s+)?(?:(?P<ord>{T.ORDINAL})|(?P<first>first))\b"
    rf"|\bthe only\b|\bnever (?:been )?(?:achieved|done|managed)\b|\bno other\b|\bunheard of\b"
    rf"|\bone of (?:only |just )?(?P<n>{T.NUMBER})\b|\bone of (?:only )?a handful\b",
    re.IGNORECASE,
)
_REGION_WORDS = {
    "north east": "North East",
    "north-east": "North East",
    "north west": "North West",
    "north-west": "North West",
    "yorkshire and the humber": "Yorkshire and The Humber",
    "yorkshire and humber": "Yorkshire and The Humber",
    "east midlands": "East Midlands",
    "west midlands": "West Midlands",
    "east of england": "East of England",
    "london": "London",
    "south east": "South East",
    "south-east": "South East",
    "south west": "South West",
    "south-west": "South West",
}
_REGION = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in _REGION_WORDS) + r")\b", re.IGNORECASE
)
_FRAMEWORK = re.compile(
    r"\b(?:new|latest|current|revised|updated|tougher)\s+(?:inspection\s+)?(?:framework|regime|system|criteria)|"
    r"single inspection framework|\bSIF\b|\bILACS\b|inspection of local authority children's services",
    re.IGNORECASE,
)
# Who speaks: a quotation is a claim about the record only when the report or inspectors say it.
_OFSTED_SAYS = re.compile(
    r"\b(?:Ofsted|OFSTED|inspectors?|the report|report (?:said|says|stated|found|noted)|the watchdog|"
    r"HMI|inspection (?:report|found|said))\b",
    re.IGNORECASE,
)


# --- helpers ------------------------------------------------------------------------------------


def _main_council(mentions: list[T.Mention]) -> int | None:
    """The council the article is about: the one it names most (first named wins a tie)."""
    if not mentions:
        return None
    count = Counter(m.la.urn for m in mentions if m.la.urn)
    if not count:
        return None
    best = max(count.values())
    for m in mentions:
        if m.la.urn and count[m.la.urn] == best:
            return m.la.urn
    return None


def _inside(spans: list[T.Span], pos: int) -> T.Span | None:
    for s in spans:
        if s.start <= pos < s.end:
            return s
    return None


def _words(n: int) -> int:
    return n


class _Reader:
    """State while reading one article: councils named so far, quotations, the as-of day."""

    def __init__(self, article: str, as_of: date):
        self.text = article
        self.as_of = as_of
        self.mentions = T.councils(article)
        self.main = _main_council(self.mentions)
        self.quotes = T.quote_spans(article)
        self.claims: list[Claim] = []

    def urns_at(self, sentence: T.Span, clause: T.Span) -> list[int]:
        """The councils a clause is about (see the module's docstring)."""
        inside = [
            m.la.urn for m in self.mentions if clause.start <= m.start < clause.end and m.la.urn
        ]
        if inside:
            return list(dict.fromkeys(inside))
        in_sentence = [
            m for m in self.mentions if sentence.start <= m.start < sentence.end and m.la.urn
        ]
        before = [m for m in in_sentence if m.start < clause.start]
        if before:
            return [before[-1].la.urn]
        if in_sentence:
            return [in_sentence[0].la.urn]
        earlier = [m for m in self.mentions if m.start < sentence.start and m.la.urn]
        # a council named in the previous paragraph or two carries on; otherwise the main one
        if earlier and sentence.start - earlier[-1].start < 600:
            return [earlier[-1].la.urn]
        return [self.main] if self.main else []

    def in_long_quote(self, pos: int) -> bool:
        q = _inside(self.quotes, pos)
        return q is not None and len(self.text[q.start : q.end].split()) > 3

    def add(self, clause: T.Span, kind: Kind, urns: list[int], **facts) -> Claim:
        c = Claim(
            clause.start,
            clause.end,
            self.text[clause.start : clause.end],
            kind,
            list(urns),
            **facts,
        )
        self.claims.append(c)
        return c


# --- detectors ----------------------------------------------------------------------------------


def _grade_mentions(r: _Reader, clause: T.Span) -> list[tuple[int, int, str]]:
    body = r.text[clause.start : clause.end]
    out = []
    if not _RATING_CUE.search(body):
        return out
    for m in T.GRADE_RE.finditer(body):
        pos = clause.start + m.start()
        word = m.group(1)
        if word == "RI" and not re.search(r"\bRI\b", word):
            continue
        if word.lower() == "ri" and word != "RI":
            continue
        if r.in_long_quote(pos):
            continue
        quoted = (
            pos > 0
            and r.text[pos - 1] in "'‘“\""
            and r.text[pos + len(word) : pos + len(word) + 1] in ("'", "’", "”", '"')
        )
        after = body[m.end() :]
        if not quoted and word.lower() in ("good", "outstanding") and _ADJECTIVE_NOUN.match(after):
            continue
        if (
            not quoted
            and word.lower() == "good"
            and re.match(r"\s+(?:at|for (?:children|young|the)|to see|news|enough)", after)
        ):
            continue
        before = body[: m.start()].lower()
        if re.search(r"(?:to be good|to good)\s*$", before) and word.lower() == "good":
            continue
        if word.lower() == "good" and re.search(r"improvement\s+to\s+be\s*$", before):
            continue
        out.append((pos, pos + len(word), T.grade_of(word)))
    return out


def _assign_areas(
    r: _Reader, clause: T.Span, grades: list[tuple[int, int, str]]
) -> dict[int, list[str]]:
    """Each grade mention -> the judgement areas the clause gives it (nearest grade wins)."""
    body = r.text[clause.start : clause.end]
    areas = T.areas_in(body, clause.start)
    # "in care" inside "children in care and care leavers" etc. is fine; "overall" inside a quote
    # of a long passage is not an area
    areas = [a for a in areas if not r.in_long_quote(a[0])]
    out: dict[int, list[str]] = {i: [] for i in range(len(grades))}
    for a_start, _a_end, area in areas:
        best, dist = None, None
        for i, (g_start, g_end, _) in enumerate(grades):
            d = a_start - g_end if a_start >= g_end else g_start - a_start
            # an area after "for"/"in" belongs to the grade before it; weigh ties to the one before
            if best is None or d < dist:
                best, dist = i, d
        if best is not None and area not in out[best]:
            out[best].append(area)
    return out


def _grade_claims(r: _Reader, sentence: T.Span, clause: T.Span) -> None:
    grades = _grade_mentions(r, clause)
    if not grades:
        return
    body = r.text[clause.start : clause.end]
    urns = r.urns_at(sentence, clause)
    areas = _assign_areas(r, clause, grades)
    scope_all = bool(_ALL.search(body))
    nm = _N_OF.search(body)
    n_of = None
    if nm:
        if nm.group("n"):
            n_of = (T.number(nm.group("n")), T.number(nm.group("m")))
        elif nm.group("n2"):
            n_of = (T.number(nm.group("n2")), None)
        elif nm.group("n3"):
            n_of = (T.number(nm.group("n3")), None)
    whens = [w for w in T.dates(body, r.as_of, clause.start)]
    before_first = body[: grades[0][0] - clause.start]
    previous = bool(_PREVIOUS.search(body))
    trend = bool(_TREND.search(body))
    # "from inadequate to good", "improved from RI two years ago": the first grade is the old one
    from_to = re.search(r"\bfrom\s+['‘“\"]?(?:" + T.GRADE_RE.pattern + r")", body, re.IGNORECASE)
    items = []
    for i, (gs, _ge, grade) in enumerate(grades):
        role = "current"
        local = r.text[max(clause.start, gs - 45) : gs].lower()
        if from_to and clause.start + from_to.start() <= gs < clause.start + from_to.end():
            role = "previous"
        elif re.search(
            r"\b(?:previously|was|were|had been|formerly|once|out of|no longer|last (?:rated|time))\b[^.]*$",
            local,
        ) and not re.search(r"\b(?:now|has been|have been|is|are)\b[^.]*$", local[-20:]):
            role = "previous"
        elif re.search(r"\b(?:which were|when (?:it|they) (?:was|were))\b", local):
            role = "previous"
        items.append(
            {
                "grade": grade,
                "areas": areas.get(i, []),
                "role": role,
                "pos": gs,
            }
        )
    kind = (
        Kind.TREND if trend and (previous or len({g["grade"] for g in items}) > 1) else Kind.GRADE
    )
    # a year or date in the clause pins the inspection ("inadequate in April 2016")
    r.add(
        clause,
        kind,
        urns,
        grade_scope="all" if scope_all else None,
        number=n_of[0] if n_of else None,
        total=n_of[1] if n_of else None,
        dates=[(w.first, w.precision) for w in whens],
        facts={"grades": items, "whens": whens, "previous_cue": previous, "before": before_first},
    )


def _date_claims(r: _Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    whens = [w for w in T.dates(body, r.as_of, clause.start) if not r.in_long_quote(w.start)]
    if not whens:
        return
    published = bool(_DATE_ROLE_PUBLISHED.search(body))
    visit = bool(_DATE_ROLE_VISIT.search(body))
    report = bool(
        re.search(
            r"\b(?:report|rated|rating|judged|Ofsted|inspect|grade|found|verdict|visit)",
            body,
            re.IGNORECASE,
        )
    )
    if not (published or visit or report):
        return
    if any(
        c.start == clause.start and c.type in (Kind.GRADE, Kind.TREND) for c in r.claims
    ) and not (published or visit):
        # the date is part of a grade claim ("inadequate in April 2016"): checked there
        return
    role = "published" if published and not visit else "visit" if visit and not published else None
    if published and visit:
        # "the report, published today, follows an inspection in April": the nearer cue wins per date
        role = "either"
    letter = _VISIT.search(body)
    previous = bool(
        re.search(
            r"\b(?:previous|last inspect|last inspection|last full|last time|since|prior)\b",
            body,
            re.IGNORECASE,
        )
    )
    dur = _DURATION.search(body)
    r.add(
        clause,
        Kind.VISIT if letter else Kind.DATE,
        r.urns_at(sentence, clause),
        date_role=role,
        visit_kind=letter.group(0).lower() if letter else None,
        dates=[(w.first, w.precision) for w in whens],
        facts={"whens": whens, "previous_cue": previous, "duration": dur.group(0) if dur else None},
    )


def _duration_claims(r: _Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    m = _DURATION.search(body)
    if not m or not m.group("u").lower().startswith("year"):
        return
    if not re.search(
        r"\b(?:inspect|rated|rating|judged|Ofsted|inadequate|outstanding|good|improvement|report)",
        body,
        re.IGNORECASE,
    ):
        return
    if any(c.start == clause.start for c in r.claims):
        c = next(c for c in r.claims if c.start == clause.start)
        c.facts["duration"] = m.groupdict()
        return
    r.add(
        clause,
        Kind.TREND,
        r.urns_at(sentence, clause),
        facts={"duration": m.groupdict(), "grades": [], "whens": []},
    )


def _inspector_claims(r: _Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    for m in _INSPECTOR.finditer(body):
        name = m.group("name").strip()
        if name.split()[0] in ("Ofsted", "The", "His", "Her", "Children", "Services"):
            continue
        if r.in_long_quote(clause.start + m.start()):
            continue
        r.add(clause, Kind.INSPECTOR, r.urns_at(sentence, clause), inspector=name)


def _recommendation_count_claims(r: _Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    m = _RECOMMENDATIONS.search(body)
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    n = T.number(m.group("n"))
    if n is None or n > 40 or m.group("n").lower() in ("a", "an"):
        return
    r.add(
        clause, Kind.RECOMMENDATION, r.urns_at(sentence, clause), number=n, facts={"what": "count"}
    )


def _rank_claims(r: _Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    m = _RANK.search(body)
    if not m:
        return
    if not re.search(
        r"\b(?:outstanding|good|inadequate|requir\w+ improvement|rating|rated|grade)",
        body,
        re.IGNORECASE,
    ):
        return
    if not re.search(
        r"\b(?:local authorit|councils?|authorit|in the (?:country|region)|in England|boroughs?)",
        body,
        re.IGNORECASE,
    ) and not m.group(0).lower().startswith(("the only", "never", "no other", "unheard")):
        return
    grades = [
        T.grade_of(g.group(1))
        for g in T.GRADE_RE.finditer(body)
        if g.group(1) != "good"
        or "'good'" in body
        or "‘good’" in body
        or "rated good" in body.lower()
        or "to good" in body.lower()
    ]
    region = _REGION.search(body)
    fw = _FRAMEWORK.search(body)
    ordinal = None
    if m.group("ord"):
        ordinal = T.number(m.group("ord"))
    elif m.group("first"):
        ordinal = 1
    r.add(
        clause,
        Kind.RANK,
        r.urns_at(sentence, clause),
        number=ordinal,
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        framework=fw.group(0) if fw else None,
        facts={
            "grades": grades,
            "phrase": m.group(0),
            "n": T.number(m.group("n")) if m.group("n") else None,
            "in_region": bool(re.search(r"\bin the region\b", body, re.IGNORECASE)),
        },
    )


def _quote_claims(r: _Reader) -> None:
    """Passages in quotation marks of more than three words, with who says them."""
    for q in r.quotes:
        words = r.text[q.start : q.end].split()
        if len(words) < 2:
            continue
        # who speaks: the 200 characters around the quotation
        around = r.text[max(0, q.start - 200) : q.start] + " " + r.text[q.end : q.end + 120]
        ofsted = bool(_OFSTED_SAYS.search(around))
        passage = r.text[q.start + 1 : q.end - 1]
        r.claims.append(
            Claim(
                q.start,
                q.end,
                r.text[q.start : q.end],
                Kind.QUOTE,
                [],
                passage=passage,
                facts={"ofsted": ofsted},
            )
        )


DETECTORS = (
    _grade_claims,
    _date_claims,
    _duration_claims,
    _inspector_claims,
    _recommendation_count_claims,
    _rank_claims,
)


def extract(article: str, as_of: date) -> list[Claim]:
    """Every claim about the inspection record that `article` makes, in order, unchecked."""
    r = _Reader(article, as_of)
    for sentence in T.sentences(article):
        for clause in T.clauses(article, sentence):
            for detect in DETECTORS:
                detect(r, sentence, clause)
    _quote_claims(r)
    for c in r.claims:
        if not c.urns and c.type == Kind.QUOTE and r.main:
            c.urns = [r.main]
    r.claims.sort(key=lambda c: (c.start, c.end))
    return r.claims
