"""The words of an article: sentences and clauses, councils named, dates, numbers, grades.

Pure functions of the text (and, for dates, of the day the article speaks from). They are the
vocabulary `extract` reads claims with; nothing here knows about the record.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ilacs import register
from ilacs.claims import lazyre

# --- sentences and clauses ----------------------------------------------------------------------

# A sentence ends at . ! ? (not after "St", "Mr", initials or inside a number) before a capital or
# an opening quote, or at a line break.
_SENTENCE_END = lazyre.compile(
    r"(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bMs)(?<!\b[A-Z])[.!?]+[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9])"
    r"|\n\s*(?![a-z])"
)
# Where one claim ends and the next begins inside a sentence: "rated good, with leadership
# outstanding"; "inadequate in 2016; good in 2019"; "outstanding - the highest grade".
_CLAUSE_END = lazyre.compile(
    r";|:\s|\s[–—-]\s|,\s(?=(?:and|but|while|whereas|with|although|though|after|following|"
    r"as well as|which|when|who|where|despite|however)\b)"
    # "Wigan climbs to good as West Berkshire retains rating": a headline's second council, a
    # clause of its own
    r"|\s(?=as\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+|upon\s+|on\s+)?(?-i:[A-Z])[\w'’-]+){0,3}\s+"
    r"(?:retains|keeps|holds|stays|remains|falls|drops|slips|climbs|rises|improves|moves|is|gets|"
    r"wins|earns|loses|sheds)\b)"
    # "West Berkshire holds on to 'good' as Ofsted warns of 2023 'brake on progress'": what
    # the inspectors say, in a headline's second clause, is not the grade's
    r"|\s(?=as\s+(?:Ofsted|[Ii]nspectors|the\s+(?:report|watchdog|inspectorate|regulator))\s+"
    r"(?:warns?|says?|finds?|notes?|flags?|highlights?|raises?|praises?|criticises?|calls?|"
    r"urges?|cites?|points?|questions?)\b)"
    # "In 2020 the children in care judgement was requires improvement, so this year's result
    # marks a step up": what follows from it is a clause of its own
    r"|,\s(?=so\s+(?!that\b|far\b|much\b|many\b|long\b)(?:this|that|the|its|it|they|there|[A-Z])\w*\b)"
    # "rated inadequate in 2018, before climbing to requires improvement": a later event
    r"|,\s(?=before\s+(?:climbing|rising|improving|moving|recovering|falling|dropping|slipping|"
    r"being\s+(?:rated|judged|upgraded|downgraded))\b"
    # "Ofsted first rated the borough inadequate in 2017, before it climbed to requires
    # improvement at its next inspection in 2019"
    r"|before\s+(?:it|they|the\s+(?:council|borough|county|city|authority|service))\s+"
    r"(?:climbed|rose|improved|moved|recovered|fell|dropped|slipped|was|were)\b)"
    # "the twelfth council in England to be rated outstanding in all four areas and the first
    # in the East Midlands to do so": a second place of the same test, a rank of its own
    r"|\s(?=and\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:council|authority|local\s+authority|borough)\s+)?"
    r"(?:in|across|outside)\s+[^,;.]{2,40}?\s+to\s+(?:do|have\s+done|achieve)\s+(?:so|this|that)\b)"
    # "rated outstanding for the first time, up from requires improvement at the 2021
    # inspection": the grade before, a claim of its own
    r"|,\s(?=(?:up|down)\s+from\s+(?:an?\s+|the\s+|its\s+)?['‘\"“]?(?:outstanding|good|"
    r"requires?\s+improvement|inadequate)\b[^.;,]{0,40}?\b(?:19|20)\d\d\b)"
    # (not "inadequate in all but two areas", "outstanding in every area but one")
    r"|(?<!\ball)\s(?=(?:while|whereas|but)\s)(?!but\s+(?:one|two|three)\b)"
    r"|\s(?=and (?:are|is|was|were|has|have|had|became|become|remains?|found|judged|rated|concluded) )"
    # "inspectors judged services for children looked after to be inadequate and said most of
    # the recommendations from the 2015 inspection had not been met": what else they said
    r"|\s(?=and (?:said|noted|warned|added|praised|highlighted|criticised|described) )"
    # "judged inadequate in 2015, improved to good two years later and kept that grade in
    # 2022": each step of the journey is a claim of its own
    r"|,\s(?=(?:improved|rose|climbed|jumped|moved\s+up|fell|dropped|slipped)\s+to\s+['‘\"“]?"
    r"(?:outstanding|good|requires?\s+improvement|inadequate)\b[^.;,]{0,40}?\b(?:later|after|"
    r"(?:19|20)\d\d)\b)"
    r"|\s(?=and\s+(?:kept|retained|held|maintained|held\s+on\s+to)\s+(?:that|the\s+same|this)\s+"
    r"(?:grade|rating|judge?ment|verdict)\b[^.;,]{0,30}?\b(?:19|20)\d\d\b)"
    # "Both councils had been judged inadequate in 2022 and both have now jumped two grades"
    r"|\s(?=and\s+(?:both|each|all\s+(?:three|four|five|of\s+them))\s+(?:now\s+)?(?:are|is|was|were|has|have|had)\s)"
    r"|,\s(?=(?:the\s+|lead\s+|Ofsted\s+)?[Ii]nspector\s+[A-Z])"
    # "rated the council's services as requires improvement in every area, the same overall
    # grade the borough received in 2017": the same grade at another time, a clause of its own
    r"|,\s(?=the\s+same\s+(?:overall\s+)?(?:grade|rating|verdict|judge?ment)\s+(?:that\s+|which\s+)?"
    r"(?:it|they|the\s+(?:council|borough|county|city|authority))\s+(?:had\s+)?(?:received|been\s+given|"
    r"got|was\s+given|were\s+given|earned|held)\b[^,.;]{0,50}?\b(?:19|20)\d\d\b)"
    # "judged to require improvement in every area, as it had been overall in 2016": the same
    # grade at another time, a clause of its own
    r"|,\s(?=as\s+(?:it|they)\s+(?:had\s+been|has\s+been|was|were)\b[^,.;]{0,40}?\b(?:19|20)\d\d\b)"
    # "rated outstanding in every area, making it one of only nine councils...": a rank claim
    r"|,\s(?=(?:making|leaving|putting)\s+(?:it|them|the\s+\w+|[A-Z][\w-]+)\s+(?:one|the|only|among)\b)"
    r"|,\s(?=becoming\s+(?:only\s+|just\s+)?(?:the|one)\s)"
    # "both rated good in 2025, leaving no South East council in the inadequate category": a
    # count of councils
    r"|,\s(?=(?:leaving|meaning|so\s+that)\s+(?:there\s+(?:is|are|was|were)\s+)?(?:no|none|only|just)\b)"
    # "rated inadequate in every area, prompting the government to install a commissioner":
    # what the government did after a report is a fact of its own, outside the record
    r"|,\s(?=(?:prompting|triggering|sparking|forcing|leading\s+to|resulting\s+in)\b[^.;,]{0,40}?"
    r"\b(?:government|DfE|Department\s+for\s+Education|ministers?|Secretary\s+of\s+State|"
    r"commissioners?|intervention|improvement\s+notice|statutory\s+direction)\b)"
    # "Leeds, which was first rated outstanding in 2018, is one of three councils whose ...": the
    # main verb after a relative clause starts the rank or count claim
    r"|,\s(?=(?:is|was|are|were)\s+(?:now\s+)?one\s+of\s+(?:only\s+|just\s+)?(?:the\s+)?\w+\s)"
    # "The 2022 report, which rated Coventry good, made six recommendations in all": the main
    # verb after a relative clause starts the count of what to improve
    r"|,\s(?=(?:made|makes|set\s+out|sets\s+out|listed|lists|identified|identifies|gave|gives|"
    r"raised|raises)\s+(?:just\s+|only\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\w+teen|twenty)\s+(?:\w+\s+)?(?:recommendations|areas|priorit))"
    r"|,\s(?=(?:the\s+)?(?:inspectors|Ofsted|report|watchdog|it|they)\s+(?:\w+\s+)?(?:said|say|says|found|concluded|"
    r"noted|added|praised|highlighted|described|stated|reported|judged)\b)"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n\u00a0,;:-–—":
        start += 1
    while end > start and text[end - 1] in " \t\r\n\u00a0,;:":
        end -= 1
    return start, end


def sentences(text: str) -> list[Span]:
    """The sentences of `text`, as spans (line breaks end a sentence too)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        # keep the full stop and closing quote inside the sentence
        s, e = _trim(text, start, end)
        if e > s:
            out.append(Span(s, e))
        start = m.end()
    s, e = _trim(text, start, len(text))
    if e > s:
        out.append(Span(s, e))
    return out


# "By my count", "By our reckoning,": how the writer counted, no part of the claim
_BY_MY_COUNT = lazyre.compile(
    r"By\s+(?:my|our|this\s+(?:paper|newspaper|website)['’]s)\s+(?:own\s+)?"
    r"(?:count|reckoning|calculations?|tally|estimate)\s*,?\s+(?=[A-Z])"
)


_WHEN_OPENING = lazyre.compile(
    r"\W*(?:When|Once|Whereas|Although|Though)\s+[^,;:]{10,120}?(?P<comma>,\s+)"
    r"(?=(?:[\w'’-]+\s+){1,5}?(?:was|were|is|are|had|has|have)\b)"
)


def clauses(text: str, sentence: Span) -> list[Span]:
    """The clauses of one sentence (see _CLAUSE_END), outside quotation marks."""
    body = text[sentence.start : sentence.end]
    quoted = quote_spans(body)
    cuts = [0]
    ends = [
        m
        for m in _CLAUSE_END.finditer(body)
        if not any(q.start < m.start() < q.end for q in quoted)
        # "The experiences and progress of children in care: Good" is one clause
        and not (m.group(0).startswith(":") and GRADE_RE.match(body, m.end()))
        # "impact of leaders – Good; children in care – Good": a list of judgements and their
        # grades, each one clause
        and not (
            m.group(0).strip() in ("–", "—")
            and (g := GRADE_RE.match(body, m.end()))
            and re.match(r"\s*(?:[;,.]|$)", body[g.end() :])
            and areas_in(body[max(0, m.start() - 80) : m.start()])
        )
    ]
    # "All four areas they looked at – leadership, help and protection, children in care and
    # care leavers – were rated good": a list of judgement areas between dashes is no clause
    dashes = [m for m in ends if m.group(0).strip() in ("–", "—", "-")]
    for d1, d2 in zip(dashes, dashes[1:], strict=False):
        inner = body[d1.end() : d2.start()]
        if areas_in(inner) and not re.sub(
            r"\b(?:and|the|of|its|their)\b|[\s,]", "", AREA_RE.sub("", inner), flags=re.IGNORECASE
        ):
            ends = [m for m in ends if m is not d1 and m is not d2]
    # "had judged all five areas good: the impact of leaders; children in care; care leavers;
    # and overall effectiveness": the list after the colon is the grade's
    for c in [m for m in ends if m.group(0).startswith(":")]:
        rest = body[c.end() :]
        if areas_in(rest) and not re.sub(
            r"\b(?:and|the|of|its|their|experiences?|progress|impact)\b|[\s,;.]",
            "",
            AREA_RE.sub("", rest),
            flags=re.IGNORECASE,
        ):
            ends = [m for m in ends if m.start() < c.start()]
            break
    for m in ends:
        cuts.append(m.start())
    # "When Rotherham was re-inspected and rated good in January 2018, care leavers' services
    # were the one area judged outstanding": the opening clause of time ends at its comma
    opening = _WHEN_OPENING.match(body)
    if opening and not any(q.start < opening.end() < q.end for q in quoted):
        cuts = sorted({*cuts, opening.end() - len(opening.group("comma"))})
    cuts.append(len(body))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        s, e = _trim(body, a, b)
        if a and (so := re.match(r"so\s+", body[s:e])):
            s += so.end()  # ", so the council remains rated good": the clause after 'so'
        if not a and (by := _BY_MY_COUNT.match(body, s, e)):
            s = by.end()  # "By my count Tower Hamlets is the first ...": the writer's aside
        if e > s:
            out.append(Span(sentence.start + s, sentence.start + e))
    return out


# --- quotations ---------------------------------------------------------------------------------

_QUOTES = lazyre.compile(
    r"“[^”“]{1,1500}”|\"[^\"\n]{1,1500}\"|‘[^’‘\n]{1,1500}’(?![a-z])|(?<![A-Za-z])'[^'\n]{1,1500}'(?![a-z])"
)
_QUOTES_ODD = lazyre.compile(r"”[^”“\n]{1,1500}”")


def quote_spans(text: str) -> list[Span]:
    """Passages in quotation marks (straight or curly, double or single), marks included."""
    out = [Span(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    # a quote opened with a closing mark by mistake (”The highly successful...”)
    for m in _QUOTES_ODD.finditer(text):
        if not any(q.start <= m.start() < q.end for q in out):
            out.append(Span(m.start(), m.end()))
    # a single-quoted word inside a double-quoted passage stays part of it
    out.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for s in out:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


# --- councils -----------------------------------------------------------------------------------


_PRESS_SHORT = {
    "Kingston": "Kingston upon Thames",
    "Barking": "Barking and Dagenham",
    "Redcar": "Redcar and Cleveland",
    "Hammersmith": "Hammersmith and Fulham",
    "Windsor": "Windsor & Maidenhead",
    # "Scilly is the 22nd council to ...", "the Scillies", "Cheshire West was rated good"
    "Scilly": "Isles of Scilly",
    "Scillies": "Isles of Scilly",
    "Cheshire West": "Cheshire West and Chester",
}


@functools.cache
def _la_pattern() -> tuple[re.Pattern, dict[str, register.LA]]:
    names: dict[str, register.LA] = {}
    spelt: dict[str, str] = {}
    for la in register.everything():
        if la.end is not None and la.name in ("Dorset County Council",):
            continue
        for name in (la.name, *la.aliases):
            for variant in {name, name.replace(" and ", " & "), name.replace(" & ", " and ")}:
                key = variant.lower()
                # today's council wins a shared name (Dorset)
                if key not in names or names[key].end is not None:
                    names[key] = la
                    spelt[key] = variant
    # the press's short names that the register leaves out as ambiguous for a command line
    # ("Kingston" is Kingston upon Thames in news: Hull is "Hull")
    for short, full in _PRESS_SHORT.items():
        known = names.get(full.lower())
        if known is not None and short.lower() not in names:
            names[short.lower()] = known
            spelt[short.lower()] = short
    # "Reading" the town, not "reading" the verb: council names are matched as the register
    # spells them (capitals, "BCP", "Stoke-on-Trent"), any spacing
    alts = sorted(names, key=len, reverse=True)
    parts = [r"\s+".join(re.escape(w) for w in spelt[a].split(" ")) for a in alts]
    pat = re.compile(r"(?<![A-Za-z])(?:" + "|".join(parts) + r")(?![A-Za-z])")
    return pat, names


@functools.cache
def _caps_pattern() -> re.Pattern:
    """A council's name in capitals as the heading of minutes or a press release spells it
    ("CENTRAL BEDFORDSHIRE COUNCIL", "CALDERDALE METROPOLITAN BOROUGH COUNCIL"): only with
    COUNCIL after it, so that no word in capitals elsewhere is read as a council."""
    _, names = _la_pattern()
    alts = sorted(names, key=len, reverse=True)
    parts = [r"\s+".join(re.escape(w.upper()) for w in a.split(" ")) for a in alts]
    return re.compile(
        r"(?<![A-Za-z])(?P<name>" + "|".join(parts) + r")(?=\s+(?:(?:METROPOLITAN|ROYAL)\s+)?"
        r"(?:(?:BOROUGH|COUNTY|CITY|DISTRICT)\s+)?COUNCIL\b)"
    )


# Words that make a council's name something else: "North Yorkshire Police", "Reading Football".
_NOT_COUNCIL_AFTER = lazyre.compile(
    r"\s+(?:Police|Football|FC|University|Hospital|NHS|Clinical|Fire|Road|Street)\b"
    # "the Essex unitary authority" is Thurrock or Southend, not Essex County Council
    r"|\s+unitar(?:y|ies)\b|-based\b"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    la: register.LA


# a person's title and first names before a surname that is also a council's name
_TITLED = lazyre.compile(
    r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|"
    r"Inspector|HMI)\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}$"
)


def councils(text: str) -> list[Mention]:
    """Every council named in `text` (by name or alias, capitalised), in order."""
    pat, names = _la_pattern()
    out = []
    for m in _caps_pattern().finditer(text):
        la = names.get(re.sub(r"\s+", " ", m.group("name")).lower())
        if la is not None:
            out.append(Mention(m.start(), m.end(), la))
    for m in pat.finditer(text):
        if _NOT_COUNCIL_AFTER.match(text, m.end()):
            continue
        key = re.sub(r"\s+", " ", m.group(0)).lower()
        la = names.get(key)
        # "Reading the report", "New York": a verb or another place
        if re.match(
            r"\s+(?:the|this|that|these|about|through|between|it|them)\b", text[m.end() :]
        ) and m.group(0) in ("Reading", "Bury"):
            continue
        if re.search(r"\bNew\s+$", text[max(0, m.start() - 5) : m.start()]):
            continue
        # "Greater Manchester", "Greater London": a region, not the council
        if re.search(r"\bGreater\s+$", text[max(0, m.start() - 9) : m.start()]):
            continue
        # "Cllr Mark Kent, portfolio holder for children's services": a person's name
        if _TITLED.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        key = re.sub(r"\s+", " ", m.group(0)).lower()
        la = names.get(key)
        if la is not None:
            # 'North and West Northamptonshire': the first, its place name left out, is named
            # too
            elided = re.search(
                r"\b(North|South|East|West)(?:\s+and\s+|,\s+)$",
                text[max(0, m.start() - 12) : m.start()],
            )
            # "NORTH Lincolnshire Council's children's services ...": a story's opening words in
            # capitals, the council's name begun in them
            lo = max(0, m.start() - 40)
            caps = re.search(
                r"(?<![A-Za-z])((?:[A-Z]{2,}\s+(?:(?:AND|and|&)\s+)?){1,3})$", text[lo : m.start()]
            )
            if caps:
                words = list(re.finditer(r"\S+", caps.group(1)))
                for k in range(len(words)):
                    lead = " ".join(w.group(0) for w in words[k:]).lower()
                    longer = names.get(f"{lead} {key}")
                    if longer is not None and longer.urn != la.urn:
                        at = lo + caps.start(1) + words[k].start()
                        out.append(Mention(at, m.end(), longer))
                        la = None
                        break
                if la is None:
                    continue
            head = re.match(r"(?:North|South|East|West)\s+(.+)", m.group(0))
            if elided and head:
                other = names.get(f"{elided.group(1)} {head.group(1)}".lower())
                if other is not None and other.urn != la.urn:
                    at = m.start() - len(elided.group(0))
                    out.append(Mention(at, at + len(elided.group(1)), other))
            out.append(Mention(m.start(), m.end(), la))
    return sorted(out, key=lambda x: x.start)


# --- numbers ------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12,
    "both": 2,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# (a compound first, whole: "Twenty-eight councils", not its "eight"; and never a unit after
# a word's hyphen)
NUMBER = (
    r"(?:\d{1,3}|(?:"
    + "|".join(_TENS)
    + r")[-\s](?:"
    + "|".join(_UNITS)
    + r")\b|(?<![A-Za-z]-)(?:"
    + "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
    + r"))"
)
ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"


def number(word: str) -> int | None:
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    tens, _, unit = re.sub(r"[-\s]+", " ", w).partition(" ")
    if tens in _TENS and unit in _UNITS:
        return _TENS[tens] + _UNITS.index(unit) + 1  # "twenty-eight"
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else None


# --- grades and judgement areas -----------------------------------------------------------------

# How journalists write the four grades: "requires improvement (to be good)", "requiring
# improvement", "RI"; "failing" is not a grade (it is used of councils under any grade).
GRADE_WORDS = (
    r"outstanding|good|inadequate|requir(?:es|ed|ing|e)\s+improvement(?:\s+to\s+be\s+good)?|RI"
)
GRADE_RE = lazyre.compile(rf"(?<![A-Za-z])({GRADE_WORDS})(?![A-Za-z])", re.IGNORECASE)
# a quotation that is only a grade: 'requires improvement to be good', "overall good"
GRADE_ONLY = lazyre.compile(rf"(?:overall\s+)?(?:{GRADE_WORDS})(?:\s+overall)?", re.IGNORECASE)


def grade_of(word: str) -> str:
    w = word.lower()
    if w.startswith("requir") or w == "ri":
        return "requires_improvement"
    return w


# The judgement areas as articles name them, in every framework's words. Order matters: longer
# phrases first. `overall` is the overall effectiveness judgement.
AREA_PHRASES: list[tuple[str, str]] = [
    (r"overall effectiveness|overall (?:rating|grade|judgement|judgment|verdict)|overall", "overall"),
    (r"leadership,? management and governance|impact of (?:the )?leaders(?:hip)?(?: on social work practice(?: with children and families)?)?|"
     r"leadership|leaders|management", "leaders"),
    (r"(?:children|those|young people) who need help and protection|help and protection|child protection|"
     r"protecting (?:children|vulnerable children|young people)|"
     r"need(?:ing)? protection|help(?:s|ing)? and protect(?:s|ing)?\b|"
     r"help (?:given |offered )?(?:to|for) children (?:who are )?at risk(?: of (?:significant )?harm)?", "help_protection"),
    # (before children in care: "children looked after for whom adoption is the plan", "the way
    # it finds adoptive families for children in care" are the adoption judgement's words)
    (r"(?:children|young people)(?: looked after| in care)? (?:for whom adoption is the plan|"
     r"with (?:a|the) plan (?:for|of) adoption|(?:who are )?waiting (?:for|to be) adopt\w*)|"
     r"adoptive (?:families|parents|homes|placements)(?: for (?:children|young people)"
     r"(?: in care| looked after| who are looked after)?)?|adopters", "adoption"),
    (r"(?:care (?:for|of) )?(?:the )?(?:children|young people) in (?:its|their|the (?:council|borough|county|city|authority)['’]s) (?:charge|care)|"
     r"(?:children|young people) looked after(?:,? and (?:(?:who are|those) )?achieving permanence)?|looked[- ]after children|looked after|"
     r"(?:children|young people|experiences? (?:and progress )?of children) in care|children's experience in care|in care(?![- ]leavers?\b)", "in_care"),
    # ("care leaver services rated outstanding": the singular before what is given them)
    (r"care leavers|care leaver(?=\s+(?:services?|support|provision|offer|team|work)\b)|care[- ]experienced (?:young people|young adults|adults)|(?:those|children|young people) (?:who )?leav(?:e|ing) (?:the\s+)?(?:council['’]?s\s+|local authority\s+)?care|leaving care|achieving permanence", "care_leavers"),
    (r"adoption(?: performance| support| services)?", "adoption"),
    (r"(?:local )?safeguarding (?:children(?:'s)? )?board|LSCB|"
     r"board\s+(?:meant|responsible|set up|charged|designed|intended|tasked|that is meant|which is meant)\s+"
     r"(?:to\s+|for\s+|with\s+)(?:\w+\s+){0,2}safeguarding|"
     # "(North Somerset joins Somerset and Devon as areas) whose boards have been judged
     # inadequate": boards Ofsted grades are the safeguarding boards
     r"(?<=whose\s)boards?(?=\s+(?:have\s+|has\s+|had\s+)?(?:(?:also|both|all|now|each)\s+)?"
     r"(?:been\s+|were\s+|was\s+)?(?:rated|judged|graded)\b)", "lscb"),
]  # fmt: skip
AREA_RE = lazyre.compile(
    "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(AREA_PHRASES)), re.IGNORECASE
)


def areas_in(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Judgement areas named in `text`: (start, end, area)."""
    out = []
    for m in AREA_RE.finditer(text):
        if re.match(r"\s+council\b", text[m.end() : m.end() + 9], re.IGNORECASE):
            continue  # ("the children in care council, CLICK": young people's own body)
        for i, (_, area) in enumerate(AREA_PHRASES):
            if m.group(f"a{i}"):
                out.append((offset + m.start(), offset + m.end(), area))
                break
    return out


# --- dates --------------------------------------------------------------------------------------

# A month's full name, as the patterns that need only full names spell it ("in January 2023")
MONTH_NAME = "(?:" + "|".join(m for m in calendar.month_name if m) + ")"
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# a whole word: "Mar" in "Mary", "Jun" in "Junior" and "May" in "Mayor" are no months
MONTH = (
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
    + r")(?![^\W\d_])\.?"
)
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:20[0-3]\d|19\d\d)"


@dataclass(frozen=True)
class When:
    """A date an article names, as precisely as it names it."""

    start: int
    end: int
    first: date
    last: date  # the same as first for a day
    precision: str  # 'day', 'month', 'year', 'range'
    relative: bool = False  # read relative to as-of ("last year", "today")


_DATE_ATOM = lazyre.compile(
    rf"(?P<d1>{DAY})(?:\s*(?:-|–|to|and)\s*(?P<d1b>{DAY}))?\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?:\s*(?:-|–)\s*(?P<d2b>{DAY})"
    # "December 12 and 13 last year" (not "May 2 and 15 June", "June 12 and 20 councils")
    rf"|\s+(?:and|to)\s+(?P<d2c>{DAY})(?![\d:]|\s+(?:{MONTH}|[a-z]+s\b)))?"
    rf"(?:,?\s+(?P<y2>{YEAR}))?(?![\d])"
    rf"|(?P<m3>{MONTH})(?:,?\s+(?P<y3>{YEAR}))?"
    rf"|(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<yy>\d{{2}}(?:\d{{2}})?)"
    rf"|(?<![\d£$])(?P<y4>{YEAR})(?![\d%])",
    re.IGNORECASE,
)
# "May" and "March" are words too: a bare month is a date only after 'in', 'of', 'since',
# 'between', 'and', 'from', 'until', 'during', 'last', 'this', 'early', 'late', 'end of'.
_MONTH_CONTEXT = lazyre.compile(
    r"(?:\bin|\bof|\bsince|\bbetween|\band|\bfrom|\buntil|\bduring|\blast|\bthis|\bearly|\blate|\bmid|\bby|\bon|\bto|\bor|,|\()\s*$",
    re.IGNORECASE,
)
_RELATIVE = lazyre.compile(
    r"\b(?P<rel>last year|this year|earlier this year|the previous year|last month|"
    r"(?:earlier |later |at the (?:start|end) of )?this month|the previous month|"
    r"this week|last week|today|yesterday|(?:on|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:(?:a|one|two|three|four|five|six|a few|several|\d)\s+(?:weeks|months|week|month) ago)|"
    r"(?:this|last|in the|the) (?:spring|summer|autumn|winter)(?:\s+of)?(?:\s+(?P<season_year>20[0-3]\d))?|"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago)|"
    r"(?:(?:a|one|two)\s+decades?\s+ago))\b",
    re.IGNORECASE,
)
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 12)}
# "late last year", "early 2015", "at the end of 2021": a part of a year (its months)
_PART_OF_YEAR = lazyre.compile(
    r"\b(?P<part>early|late|(?:at\s+|towards\s+)?the\s+(?:end|start|beginning|middle)\s+of|"
    r"mid-?)\s*(?P<year>last year|this year|the previous year|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PARTS = {"early": (1, 4), "start": (1, 3), "beginning": (1, 3), "mid": (4, 9), "middle": (4, 9)}
_PARTS_LATE = {"late": (9, 12), "end": (10, 12)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _safe_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _int_day(text: str) -> int:
    m = re.match(r"\d+", text)
    if m is None:
        raise ValueError(f"no day number at the start of {text!r}")
    return int(m.group(0))


# how far (characters) a month may be said before or after the "last year" that gives its year
REL_YEAR_BEFORE = 40
REL_YEAR_AFTER = 80


def _in_year(w: When, year: int) -> When:
    """A month or day read without its year, placed in the year the text gives it (no longer
    relative); unchanged when that year has no such day (29 February)."""
    try:
        return When(
            w.start,
            w.end,
            w.first.replace(year=year),
            w.last.replace(year=year),
            w.precision,
            False,
        )
    except ValueError:
        return w


def dates(text: str, as_of: date, offset: int = 0) -> list[When]:
    """Dates named in `text`: days, day ranges, months and years, and relative ones ("last
    year", "today", "on Friday"). A month without a year is the latest such month not after
    `as_of` (or of the year a relative phrase nearby names)."""
    out: list[When] = []
    # "last year", "this year": the year of the months said near it ("in September last
    # year", "Earlier this year, in March"), not of a day said well before it ("published on
    # Friday (2 February) following a two-week inspection in September last year")
    rel_years: list[tuple[int, int, int]] = []
    for m in _RELATIVE.finditer(text):
        r = m.group("rel").lower()
        if r in ("last year", "the previous year"):
            rel_years.append((m.start(), m.end(), as_of.year - 1))
        elif r in ("this year", "earlier this year"):
            rel_years.append((m.start(), m.end(), as_of.year))

    def year_near(a: int, b: int) -> int | None:
        near = [
            (a - e if e <= a else s - b, y)
            for s, e, y in rel_years
            if (e <= a and a - e <= REL_YEAR_AFTER) or (s >= b and s - b <= REL_YEAR_BEFORE)
        ]
        return min(near)[1] if near else None

    for m in _DATE_ATOM.finditer(text):
        g = m.groupdict()
        s, e = offset + m.start(), offset + m.end()
        month_word = g["m1"] or g["m2"] or g["m3"]
        if g["m3"] and not g["y3"]:
            before = text[max(0, m.start() - 12) : m.start()]
            word = month_word.rstrip(".").lower()
            if word in (
                "may",
                "march",
                "jan",
                "mar",
                "jun",
                "jul",
                "aug",
                "oct",
                "dec",
                "sep",
                "nov",
                "feb",
                "apr",
            ) and not _MONTH_CONTEXT.search(before):
                continue
            if word == "may" and text[m.start()] == "m":
                continue
            # "led by Jan Edwards": a short month before a capitalised word is a first name
            if word in MONTHS and len(word) <= 4 and word != "may":
                if re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
                    continue
        if g["y4"]:
            y = int(g["y4"])
            out.append(When(s, e, date(y, 1, 1), date(y, 12, 31), "year"))
            continue
        if g["dd"]:
            y = int(g["yy"])
            y = y + 2000 if y < 100 else y
            d = _safe_day(y, int(g["mm"]), int(g["dd"]))
            if d:
                out.append(When(s, e, d, d, "day"))
            continue
        mon = MONTHS[month_word.rstrip(".").lower()]
        year_text = g["y1"] or g["y2"] or g["y3"]
        relative = False
        if year_text:
            y = int(year_text)
        else:
            relative = True
            rel_year = year_near(m.start(), m.end())
            if rel_year is not None:
                y = rel_year
            else:
                y = as_of.year if mon <= as_of.month else as_of.year - 1
                if (
                    mon == as_of.month
                    and not (g["d1"] or g["d2"])
                    and re.search(r"\blast\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
                ):
                    y -= 1  # "rated outstanding last January", said in January: a year before
        d1 = g["d1"] or g["d2"]
        d1b = g["d1b"] or g["d2b"] or g["d2c"]
        if d1:
            a = _safe_day(y, mon, _int_day(d1))
            if a is None:
                continue
            if d1b:
                b = _safe_day(y, mon, _int_day(d1b))
                if b is None:
                    continue
                out.append(When(s, e, a, b, "range", relative))
            else:
                out.append(When(s, e, a, a, "day", relative))
        else:
            a, b = _month_span(y, mon)
            out.append(When(s, e, a, b, "month", relative))
    # "7th and 18th February 2022", "June 28 and July 9": a day without a year takes the
    # next date's year (the text names it once)
    fixed = []
    for i, w in enumerate(out):
        if (
            w.relative
            and i + 1 < len(out)
            and not out[i + 1].relative
            and out[i + 1].precision != "year"
            and out[i + 1].start - w.end < 12
        ):
            w = _in_year(w, out[i + 1].first.year)
        fixed.append(w)
    out = fixed
    # "The 2018 inspection, carried out over four weeks between April and May", "In 2017,
    # inspectors visited in June": a month without a year, in a sentence that opened on one
    # inspection's year, is of that year (not the latest such month)
    fixed = []
    for w in out:
        if w.relative and w.precision in ("month", "day", "range"):
            head = text[max(0, w.start - offset - 160) : w.start - offset]
            parts = re.split(r"[.;!?]\s|\n", head)
            head = parts[-1]
            # (a window cut mid-sentence is no sentence's opening: "..., which was judged
            # outstanding at its previous inspection in 2022, was rated ... in May")
            whole = len(parts) > 1 or w.start - offset <= 160
            opened = whole and re.match(
                r"\W*(?:(?:the|its|a|that)\s+(?P<y1>(?:19|20)\d\d)\s+(?:full\s+|standard\s+|"
                r"short\s+|SIF\s+|ILACS\s+)?(?:re-?)?(?:inspection|visit)\b|"
                r"in\s+(?P<y2>(?:19|20)\d\d)\s*,)",
                head,
                re.IGNORECASE,
            )
            years = re.findall(r"\b(?:19|20)\d\d\b", head)
            yr = int(opened.group("y1") or opened.group("y2")) if opened else 0
            if (
                yr
                and len(set(years)) == 1
                and yr <= as_of.year
                and yr != w.first.year
                and year_near(w.start - offset, w.end - offset) is None
                and not re.search(
                    r"\b(?:later|since|after|subsequent\w*|next|this|last)\b", head, re.I
                )
            ):
                w = _in_year(w, yr)
        fixed.append(w)
    out = fixed
    # a year right after a month ("September 2023") was read with it; drop lone years inside
    out = [
        w
        for w in out
        if not (
            w.precision == "year"
            and any(o is not w and o.start <= w.start and w.end <= o.end for o in out)
        )
    ]
    for m in _RELATIVE.finditer(text):
        r = m.group("rel").lower()
        s, e = offset + m.start(), offset + m.end()
        if r in ("today",):
            out.append(When(s, e, as_of, as_of, "day", True))
        elif r == "yesterday":
            d = as_of - timedelta(days=1)
            out.append(When(s, e, d, d, "day", True))
        elif r.startswith("last ") and r[5:] in WEEKDAYS:
            # "published last Friday": that weekday of this week gone or of the one before
            wd = WEEKDAYS.index(r[5:])
            back = (as_of.weekday() - wd) % 7 or 7
            d = as_of - timedelta(days=back)
            out.append(When(s, e, d - timedelta(days=7 if back < 7 else 0), d, "period", True))
        elif r.startswith("on "):
            wd = WEEKDAYS.index(r[3:])
            back = (as_of.weekday() - wd) % 7
            d = as_of - timedelta(days=back)
            out.append(When(s, e, d - timedelta(days=7 if back == 0 else 0), d, "period", True))
        elif r in ("last month", "the previous month"):
            first = (as_of.replace(day=1) - timedelta(days=1)).replace(day=1)
            out.append(When(s, e, first, _month_span(first.year, first.month)[1], "month", True))
        elif r.endswith("this month"):
            a, b = _month_span(as_of.year, as_of.month)
            out.append(When(s, e, a, b, "month", True))
        elif re.search(r"years? ago$", r):
            # "ten years ago": that year, give or take half a year (nine months from four years
            # on: "five years ago" of an inspection five years and seven months before)
            n = number(r.split()[0]) or 1
            mid = as_of - timedelta(days=round(365.25 * n))
            half = 270 if n >= 4 else 200
            out.append(
                When(s, e, mid - timedelta(days=half), mid + timedelta(days=half), "period", True)
            )
        elif re.search(r"decades? ago$", r):
            # "a decade ago": ten years back, said loosely (a year and a half either side)
            n = 10 * (number(r.split()[0]) or 1)
            mid = as_of - timedelta(days=round(365.25 * n))
            out.append(
                When(s, e, mid - timedelta(days=550), mid + timedelta(days=550), "period", True)
            )
        elif r.endswith(" ago"):
            # "a few weeks ago", "two months ago": a period around that many weeks or months back
            n_word, unit = (
                r.split()[0:-1]
                if len(r.split()) == 3
                else (r.split()[0] + " " + r.split()[1], r.split()[2])
            )
            n = {"a few": 3, "several": 4}.get(n_word) or number(n_word) or 1
            days = n * (7 if unit.startswith("week") else 30.44)
            slack = max(7.0, days * 0.5)
            a = as_of - timedelta(days=days + slack)
            b = min(as_of, as_of - timedelta(days=days - slack))
            out.append(When(s, e, a, b, "period", True))
        elif m.group("season_year") or r.split()[-1] in SEASONS or r.endswith(" of"):
            season = next(w for w in r.split() if w in SEASONS)
            y = as_of.year if r.startswith("this") else as_of.year - 1
            m1, m2 = SEASONS[season]
            if m.group("season_year"):
                y = int(m.group("season_year"))  # "the autumn of 2015"
            elif r.startswith(("in the", "the")):
                # the latest such season that has begun by as-of
                y = as_of.year if m1 <= as_of.month else as_of.year - 1
            elif r.startswith("last") and m1 > as_of.month:
                y = as_of.year - 1
            elif r.startswith("this") and m1 > as_of.month:
                y = as_of.year - 1
            out.append(When(s, e, date(y, m1, 1), _month_span(y, m2)[1], "period", True))
        elif r in ("this week", "last week"):
            d = as_of - timedelta(days=7 if r == "this week" else 14)
            out.append(When(s, e, d, as_of, "period", True))
        elif r in ("last year", "this year", "earlier this year", "the previous year"):
            if not any(o.relative and o.precision in ("month", "day", "range") for o in out):
                y = as_of.year - 1 if r in ("last year", "the previous year") else as_of.year
                out.append(When(s, e, date(y, 1, 1), date(y, 12, 31), "year", True))
    for m in _PART_OF_YEAR.finditer(text):
        words = m.group("part").lower().split()
        key = "mid" if words[0].startswith("mid") else words[-2] if len(words) > 1 else words[0]
        m1, m2 = {**_PARTS, **_PARTS_LATE}[key]
        yw = m.group("year").lower()
        relative = not yw[0].isdigit()
        y = int(yw) if not relative else as_of.year if yw == "this year" else as_of.year - 1
        s, e = offset + m.start(), offset + m.end()
        out = [w for w in out if not (w.precision == "year" and s <= w.start and w.end <= e)]
        out.append(When(s, e, date(y, m1, 1), _month_span(y, m2)[1], "period", relative))
    # "the autumn of 2015": the year was read inside the season
    out = [
        w
        for w in out
        if not (
            w.precision == "year"
            and any(o is not w and o.start <= w.start and w.end <= o.end for o in out)
        )
    ]
    out.sort(key=lambda w: w.start)
    return out
