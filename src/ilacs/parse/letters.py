"""Ofsted's letters and other documents about an LA between full inspections.

Focused visits and monitoring visits (letters to the director of children's services), joint
targeted area inspections (letters to every agency of the area), area SEND inspections (kept
and dated, not read further) and a few older documents such as the 2009 "Inspection of progress
made in the provision of safeguarding services". None carries judgements. What is read: the LA,
the visit dates as the letter states them, the lead inspector (the HMI who signs), what the
visit looked at (`theme`, in the letter's words) and the lists of what needs to improve, with
priority actions flagged.

Every kind is recognised by its own title standing at the start of a line on page 1; full
inspection reports mention focused and monitoring visits in their prose, never as a title.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ilacs.errors import ParseError
from ilacs.model import Recommendation, Report
from ilacs.parse.common import date_list, squash

# Titles, tried in order; each must open a line in the first part of page 1.
_TITLES = (
    (
        "monitoring_visit",
        re.compile(
            r"^[ \t]*(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+m|M)"
            r"onitoring\s+visit\s+(?:to|of)\s",
            re.M,
        ),
    ),
    ("focused_visit", re.compile(r"^[ \t]*Focused\s+visit\s+(?:to|of)\s", re.M)),
    ("jtai", re.compile(r"^[ \t]*Joint\s+targeted\s+area\s+inspection\s+of\s", re.M)),
    (
        "area_send",
        re.compile(
            r"^[ \t]*(?:(?:Joint\s+)?(?:[Ll]ocal\s+)?[Aa]rea\s+SEND\s+(?:full\s+|monitoring\s+)?"
            r"(?:inspection|revisit|re-visit)\s+(?:of|in)\s"
            r"|Joint\s+local\s+area\s+(?:SEND|special\s+educational\s+needs)\b)",
            re.M,
        ),
    ),
    (
        "other",
        re.compile(
            r"^[ \t]*(?:Inspection\s+of\s+progress\s+made\s+in\s+the\s+provision\s+of\s+safeguarding"
            # the 2009-2013 letters on contact, referral and assessment arrangements
            r"|Unannounced\s+inspection\s+of\s+(?:local\s+authority\s+)?contact,?\s+referral)",
            re.M,
        ),
    ),
)
# How much of page 1 a title may be preceded by: an address block and, in a JTAI, the list
# of every agency's leader (about 20 lines).
_TITLE_WINDOW = 3000

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# "Tuesday 5 March 2019": a weekday may stand before the day.
_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# "17 and 18 May 2023", "3 to 4 November 2021", "22–23 October 2019", "27 February and 3 March
# 2017", "18 November 2019 and 22 November 2019", "20 March 2018", and Bury's focused visit
# letter of 13 November 2020: "29 and 30 September, and 1 October 2020".
_RANGE = (
    rf"(?:{_DAY}(?:\s+{_MONTH})?(?:,?\s+{_YEAR})?\s*(?:,?\s*(?:and|to|until|–|—|-)|,)\s*"
    rf"(?:the\s+)?)*{_DAY}\s+{_MONTH},?\s+{_YEAR}"
)
# The letter's own date, alone on a line above its title ("13 November 2020").
_LETTER_DATE = re.compile(rf"^[ \t]*(?P<date>{_DAY}\s+{_MONTH},?\s+{_YEAR})[ \t]*$", re.M)
# A visit lasts days (a JTAI's fieldwork a week or two); its letter follows within weeks.
_MAX_SPAN = timedelta(days=28)
_MAX_LAG = timedelta(days=183)
_VISIT_DATES = re.compile(rf"\b(?:on|between|from|during)\s+(?:the\s+)?(?P<dates>{_RANGE})", re.I)
_JTAI_DATES = re.compile(
    rf"(?:\bBetween|\bbetween|took\s+place\s+(?:from|between|on)|\bfrom)\s+(?P<dates>{_RANGE})"
)
_SEND_DATES = re.compile(rf"Inspection\s+dates?\s*:?\s*(?P<dates>{_RANGE})", re.I)

_SUMMARY = re.compile(r"This\s+letter\s+summarises\s+the\s+findings", re.I)
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
}

# Headings that end the opening part of a letter (where the theme is stated).
_BODY_START = re.compile(
    r"^\s*(?:Headline\s+findings|Overview|Main\s+findings|Findings|Summary\s+of\s+findings"
    r"|Evaluation\s+of\s+progress|Key\s+strengths|What\s+needs\s+to\s+improve)\b",
    re.M | re.I,
)
_THEME_VERB = re.compile(
    r"(?:\b[Ii]nspectors|\bThis\s+visit|\bThe\s+visit)\s+"
    r"(?:looked\s+at|considered|reviewed|evaluated|focused\s+on)\s+"
    r"(?!(?:a|the)\s+range\s+of\s+evidence|evidence\b|a\s+sample\b)"
)
# The sentence ends at a full stop before a capital (bullets run on), or at a blank line.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"'(])|\n\s*\n|$")

# Section headings of the lists of what needs to improve.
_PRIORITY_HEAD = re.compile(
    r"^(?:Areas?\s+for\s+priority\s+action|Priority\s+actions?|Areas?\s+requiring\s+priority"
    r"\s+action)\s*:?\s*$",
    re.I,
)
_IMPROVE_HEAD = re.compile(
    r"^(?:What\s+needs\s+to\s+improve(?:\s+in\s+this\s+area(?:\s+of\s+(?:social\s+work\s+)?"
    r"practice)?)?|Areas?\s+for\s+(?:improvement|development)|Priorities\s+for\s+further"
    r"\s+improvement|Recommendations)\s*\??\s*:?\s*$",
    re.I,
)
# Headings that end a list (besides the two above).
_STOP_HEAD = re.compile(
    r"^(?:Main\s+findings|Findings|Headline\s+findings|Overview|Summary\b.*|Key\s+strengths"
    r"|Strengths|Early\s+help\s+strengths|(?:Case|Practice)\s+study\b.*|Next\s+steps"
    r"|Key\s+findings|Evaluation\s+of\s+progress|Areas\s+covered\s+by\s+the\s+visit"
    r"|Yours\s+(?:sincerely|faithfully))\s*:?\s*$",
    re.I,
)
# Page furniture: Ofsted's address blocks, page numbers, running headers.
_FURNITURE = re.compile(
    r"^(?:Ofsted|Piccadilly\s+Gate|Store\s+Street|Manchester(?:\s+M1\s+2WD)?|M1\s+2WD"
    r"|T\s+0300\s+123\s+\d+|Textphone\s+[\d ]+|enquiries@ofsted\.gov\.uk|www\.gov\.uk/ofsted\d*"
    r"|www\.ofsted\.gov\.uk|Clive\s+House|70\s+Petty\s+France,?|Westminster,?"
    r"|London\s+SW1H\s+9EX|Agora|6\s+Cumberland\s+Place|Nottingham,?\s+NG1\s+6HJ"
    r"|Aviation\s+House|125\s+Kingsway|London\s+WC2B\s+6SE|\d{1,3}"
    r"|Inspection\s+of\s+progress\s+made\s+in\s+the\s+provision\s+of\s+safeguarding\s+services"
    r"\s+\d+)$",
    re.I,
)
# \x83 is the bullet of the 2009 documents' symbol font as pdfium reads it.
_BULLET = re.compile(r"^[•◼▪●\x83\-–]\s*")
_SIGN_OFF = re.compile(r"^\s*Yours?\s+(?:sincerely|faithfully)\b.*$", re.M | re.I)
_HMI_TITLE = re.compile(
    r"^\s*(?:Senior\s+)?(?:H[ie][rs]\s+Majesty'?s\s+(?:Inspector|Chief\s+Inspector)\b|HMI\b)"
    r"(?!\s+(?:Constabulary|Probation))",
    re.I,
)
_LEAD_NAMED = re.compile(
    r"\b[Ll]ead\s+inspector(?:\s+(?:was|is|for\s+this\s+visit\s+was))?\s*[:,]?\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})"
)

_SEND_LEAD = re.compile(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr)[ \t]+)?(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,3}),"
    r"[ \t]+Ofsted[ \t]+(?:HMI,?[ \t]+)?lead[ \t]+inspector",
    re.M,
)

_SEND_LEAD_SIGNED = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,3})[ \t]*\n[ \t]*"
    r"(?:HMI,?[ \t]+)?[Ll]ead[ \t]+(?:[Ii]nspector|HMI)\b",
    re.M,
)

# Footnotes at the foot of a page (JTAI letters): a rule printed as a line holding one space,
# then "5 Operation Encompass is a project..." up to the end of the page.
_FOOTNOTES = re.compile(r"\n[ \t]+\n\d{1,2}[ \t]*[A-Z][^\f]*")


def claims(text: str) -> bool:
    """True for a letter or other non-report Ofsted document this module reads."""
    return _kind(text) is not None


def parse(text: str) -> Report:
    """Read a letter (text already through parse.common.clean, pages joined by form feeds)."""
    found = _kind(text)
    if found is None:
        raise ParseError("no title of an Ofsted letter (focused visit, monitoring visit, JTAI...)")
    kind, title_at = found
    after_title = text[title_at:]
    visit_number: int | None = None
    if kind in ("focused_visit", "monitoring_visit"):
        la = _visit_la(after_title)
        start, end, printed = _visit_dates(after_title)
        theme = _visit_theme(after_title)
        visit_number = _visit_number(after_title)
    elif kind == "jtai":
        title = _title_block(after_title)
        la, theme = _jtai_la_theme(title, after_title)
        start, end, printed = _first_range(_JTAI_DATES, after_title[:4000])
    elif kind == "area_send":
        la = _send_la(after_title)
        start, end, printed = _first_range(_SEND_DATES, after_title[:3000])
        if start is None:
            start, end, printed = _first_range(_JTAI_DATES, after_title[:3000])
        theme = None
    else:
        title = squash(_title_block(after_title))
        if title.startswith("Unannounced"):
            # "Unannounced inspection of contact, referral and assessment arrangements within
            # local authority children's services" in X, on <dates>
            theme = re.sub(r"^Unannounced\s+inspection\s+of\s+", "", title)
            m = re.search(
                r"children's\s+services\s+(?:in|of)\s+(?:the\s+)?([A-Z].+?)"
                r"(?:\s+(?:which|on|between|took|was|were)\b|[.,;])",
                squash(after_title[len(title) : 2500]),
            )
            la = _strip_la(m[1]) if m else None
            start, end, printed = _visit_dates(after_title)
        else:
            m = re.search(r"\bprovision\s+of\s+(.+?)\s+in\s+(?:the\s+)?(.+)$", title)
            la = m[2] if m else None
            theme = f"progress made in the provision of {m[1]}" if m else title
            start = end = printed = None
    start, end, note = _checked(start, end, printed, _letter_date(text[:title_at]))
    # Area SEND reports are kept and dated only; their recommendations are not the LA's list.
    recommendations = () if kind == "area_send" else _recommendations(after_title, kind)
    return Report(
        kind=kind,
        framework=None,
        la_name=la,
        inspection_start=start,
        inspection_end=end,
        lead_inspectors=_leads(kind, after_title),
        recommendations=recommendations,
        theme=theme,
        note=note,
        visit_number=visit_number,
    )


def _kind(text: str) -> tuple[str, int] | None:
    """(kind, offset of the title) when page 1 opens a line with one of the titles."""
    top = text.split("\f", 1)[0][:_TITLE_WINDOW]
    best = None
    for kind, pattern in _TITLES:
        m = pattern.search(top)
        if m and (best is None or m.start() < best[1]):
            best = (kind, m.start())
    return best


def _title_block(after_title: str) -> str:
    """The title's lines: they run until a line that starts a sentence or the salutation."""
    lines = after_title.split("\n")
    out = [lines[0]]
    for line in lines[1:6]:
        s = line.strip()
        if not s or re.match(
            r"(?:Between|This|These|From|On|In\s+\w+\s+20|Ofsted|Dear|The\s+inspection"
            r"|Local\s+area|Inspection\s+dates?|Published|Care\s+Quality|HM\s|Age\s+group"
            r"|Introduction|Overview|Headline|Summary|Contents)\b",
            s,
        ):
            break
        out.append(s)
    return "\n".join(out)


def _strip_la(name: str) -> str | None:
    name = squash(name).strip(" ,.:")
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    name = re.sub(r"'s$", "", name)
    name = re.sub(r"\s+local\s+authority$", "", name, flags=re.I)
    return name or None


def _visit_la(after_title: str) -> str | None:
    """'Focused visit to London Borough of Barking and Dagenham children's \\nservices'."""
    head = squash(after_title[:400])
    m = re.match(
        r"(?:\w+\s+)?(?:Focused|Monitoring)\s+visit\s+(?:to|of)\s+(.+?)\s*(?:children's\s+(?:social\s+care\s+)?"
        r"services|children's\s+trust|\bThis\s+letter\b|$)",
        head,
        re.I,
    )
    return _strip_la(m[1]) if m else None


def _visit_number(after_title: str) -> int | None:
    """'the fourth monitoring visit' -> 4 (the visit the letter reports, as it counts them)."""
    m = re.search(
        r"\b(?:the|this\s+(?:was|is)\s+the)\s+(" + "|".join(_ORDINALS) + r")\s+monitoring\s+visit",
        squash(after_title[:1500]),
        re.I,
    )
    return _ORDINALS[m[1].lower()] if m else None


Dates = tuple[date | None, date | None, str | None]  # first day, last day, as printed


def _first_range(pattern: re.Pattern, text: str) -> Dates:
    m = pattern.search(squash(text))
    if not m:
        return None, None, None
    days = date_list(m["dates"])
    return days[0], days[-1], m["dates"]


def _visit_dates(after_title: str) -> Dates:
    """The dates in 'This letter summarises the findings of the focused visit to X on 17 and
    18 May 2023'; when the letter has no such sentence, the first 'on/between <dates>'."""
    summary = _SUMMARY.search(after_title)
    if summary:
        found = _first_range(_VISIT_DATES, after_title[summary.start() : summary.start() + 600])
        if found[0]:
            return found
    return _first_range(_VISIT_DATES, after_title[:2500])


def _letter_date(before_title: str) -> date | None:
    """The date a letter is written on: the last line above its title that is a date alone."""
    found = list(_LETTER_DATE.finditer(before_title))
    if not found:
        return None
    days = date_list(found[-1]["date"])
    return days[0]


def _checked(
    start: date | None, end: date | None, printed: str | None, letter: date | None
) -> tuple[date | None, date | None, str | None]:
    """Visit dates that can be true, and a note when the printed ones could not.

    A visit lasts days, ends by the date of its letter and is written up within weeks. Printed
    dates that break this are a misprint: where one reading of the years fits (Darlington's
    focused visit letter of 28 November 2023 prints "24 October 2022 to 25 October 2023" for
    a two-day visit: 24 to 25 October 2023), it is stored with a note; where none or several
    do, no dates are stored, with a note. Never a range that cannot be right, silently.
    """
    if start is None or end is None or _fits(start, end, letter):
        return start, end, None
    years = {start.year, end.year} | ({letter.year, letter.year - 1} if letter else set())
    readings = set()
    for s_year in years:
        for e_year in years:
            s, e = _with_year(start, s_year), _with_year(end, e_year)
            if s and e and _fits(s, e, letter) and (letter is None or letter - e <= _MAX_LAG):
                readings.add((s, e))
    # The plain reading changes the fewest printed years; any other is a guess.
    changed = {r: (r[0].year != start.year) + (r[1].year != end.year) for r in readings}
    fewest = min(changed.values(), default=0)
    plain = [r for r, n in changed.items() if n == fewest]
    why = _why(start, end, letter)
    if len(plain) == 1:
        s, e = plain[0]
        return (
            s,
            e,
            (
                f"the letter prints the visit dates as {printed!r} ({why}); stored as"
                f" {s.isoformat()} to {e.isoformat()}, the reading that fits"
            ),
        )
    return (
        None,
        None,
        (
            f"the letter prints the visit dates as {printed!r} ({why}), and no single reading"
            " fits; no dates stored"
        ),
    )


def _fits(start: date, end: date, letter: date | None) -> bool:
    return start <= end and end - start <= _MAX_SPAN and (letter is None or end <= letter)


def _why(start: date, end: date, letter: date | None) -> str:
    if start > end:
        return "the first day is after the last"
    if end - start > _MAX_SPAN:
        return f"a visit of {(end - start).days + 1} days"
    return f"the visit ends after the letter's date, {letter.isoformat() if letter else '?'}"


def _with_year(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None


def _intro(after_title: str) -> str:
    """The opening of a letter, up to its first findings heading."""
    m = _BODY_START.search(after_title, 1)
    return after_title[: m.start()] if m else after_title[:3000]


def _visit_theme(after_title: str) -> str | None:
    """What inspectors looked at: 'Inspectors looked at the local authority's arrangements for
    care leavers.' -> "the local authority's arrangements for care leavers"."""
    intro = _intro(after_title)
    summary = _SUMMARY.search(intro)
    # The summary sentence names the dates and inspectors, never the theme.
    search_from = summary.end() if summary else 0
    m = _THEME_VERB.search(intro, search_from)
    if not m:
        return None
    rest = intro[m.end() :]
    end = _SENTENCE_END.search(rest)
    theme = squash(rest[: end.start()] if end else rest)
    return theme.rstrip(" .:;") or None


def _jtai_la_theme(title: str, after_title: str) -> tuple[str | None, str | None]:
    """'Joint targeted area inspection of the multi-agency response to abuse and neglect in
    Bristol City Council' -> ('Bristol City Council', 'the multi-agency response to abuse and
    neglect'). Newer letters title the area alone and state the theme in the first sentence."""
    flat = squash(re.sub(r"^\s*Joint\s+targeted\s+area\s+inspection\s+of\s+", "", title))
    la = theme = None
    if re.match(r"the\s+multi-agency\s+response\b", flat, re.I):
        theme, la = _split_in(flat)
    else:
        la = flat
        m = re.search(
            r"joint\s+targeted\s+area\s+inspection\s+(?:\(JTAI\)\s+)?of\s+(?:the\s+)?"
            r"(multi-agency\s+response\s+to\s+.+?)\.(?:\s|$)",
            squash(after_title[:2000]),
            re.I,
        )
        if m:
            theme = _split_in("the " + m[1])[0]
    if not la:
        m = re.search(r"work\s+of\s+individual\s+agencies\s+in\s+(.+?)\.", squash(after_title))
        la = m[1] if m else None
    return (_strip_la(la) if la else None), theme


def _split_in(phrase: str) -> tuple[str, str | None]:
    """'X in the Royal Borough of Y' -> ('X', 'Royal Borough of Y'); the last ' in ' before a
    capitalised name is where the area begins."""
    found = list(re.finditer(r"\s+in\s+(?=(?:the\s+)?[A-Z])", phrase))
    if not found:
        return phrase, None
    return phrase[: found[-1].start()], phrase[found[-1].end() :]


def _send_la(after_title: str) -> str | None:
    head = squash(after_title[:300])
    m = re.match(
        r"(?:Area\s+SEND\s+(?:full\s+|monitoring\s+)?(?:inspection|revisit)\s+(?:of|in)"
        r"|Joint\s+local\s+area\s+SEND\s+(?:inspection|revisit)\s+in)\s+(.+?)"
        r"\s*(?:Local\s+Area\s+Partnership\b|Inspection\s+dates?\b|Between\b|Dear\b|$)",
        head,
        re.I,
    )
    return _strip_la(m[1]) if m else None


def _leads(kind: str, after_title: str) -> tuple[str, ...]:
    if kind == "jtai":
        return ()  # signed by the inspectorates' national directors, no lead named
    if kind == "area_send":
        # 'Inspection team' table: "Chris Pollitt, Ofsted lead inspector Claire Mason, CQC ..."
        # (2016-2022 letters sign "Name / HMI Lead Inspector" in their table of signatories)
        m = _SEND_LEAD.search(after_title) or _SEND_LEAD_SIGNED.search(after_title)
        return (squash(m["name"]),) if m else ()
    return _lead_inspectors(after_title)


def _lead_inspectors(after_title: str) -> tuple[str, ...]:
    """The lead inspector where the letter names one as such, else the HMI who signs it."""
    named = _LEAD_NAMED.search(after_title)
    if named and not re.match(r"(?:And|The|Of|For)\b", named["name"]):
        return (squash(named["name"]),)
    signs = list(_SIGN_OFF.finditer(after_title))
    if not signs:
        return ()
    tail = after_title[signs[-1].end() :]
    lines = [ln.strip() for ln in re.split(r"[\n\f]", tail) if ln.strip()]
    # 'Yours sincerely' / name / 'His Majesty's Inspector' (sometimes the title on the name line)
    for i, line in enumerate(lines[:3]):
        same = re.match(
            r"(.+?),?\s+((?:Senior\s+)?(?:H[ie][rs]\s+Majesty'?s\s+Inspector|HMI))\b", line
        )
        if same and not _HMI_TITLE.match(line):
            return (squash(same[1]),)
        if i + 1 < len(lines) and _HMI_TITLE.match(lines[i + 1]) and not _HMI_TITLE.match(line):
            return (squash(line),)
    return ()


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in re.split(r"[\n\f]", text)]


def _recommendations(after_title: str, kind: str) -> tuple[Recommendation, ...]:
    """Every list of priority actions and of what needs to improve, in printed order."""
    lines = _lines(_FOOTNOTES.sub("\n", after_title))
    out: list[Recommendation] = []
    i = 0
    while i < len(lines):
        head, width = _section_head(lines, i)
        if not head:
            i += 1
            continue
        j = i + width
        body: list[str] = []
        while j < len(lines):
            s = lines[j]
            if _section_head(lines, j)[0] or _STOP_HEAD.match(s):
                break
            if kind != "jtai" and body and _is_heading(s, body):
                break
            body.append(s)
            j += 1
        for text in _items(body, kind):
            out.append(
                Recommendation(
                    position=len(out) + 1, text=text, priority_action=(head == "priority")
                )
            )
        i = j
    return tuple(out)


def _section_head(lines: list[str], i: int) -> tuple[str | None, int]:
    """('priority'|'improve', lines used) when a list heading starts at line i. The heading may
    be broken over two lines ('What needs to improve in this area of social work / practice')."""
    s = lines[i]
    if not s or len(s) > 90:
        return None, 0
    for width, cand in ((1, s), (2, f"{s} {lines[i + 1]}" if i + 1 < len(lines) else s)):
        if _PRIORITY_HEAD.match(cand):
            return "priority", width
        if _IMPROVE_HEAD.match(cand):
            return "improve", width
    return None, 0


def _is_heading(s: str, body: list[str]) -> bool:
    """A short capitalised line with no closing punctuation after a finished item: the next
    section's heading (in a letter, every list is followed by one)."""
    prev = next((b for b in reversed(body) if b and not _FURNITURE.match(b)), "")
    return bool(
        s
        and len(s) < 70
        and s[0].isupper()
        and not _BULLET.match(s)
        and not s.endswith((".", ",", ";", ":"))
        and not _FURNITURE.match(s)
        and re.search(r"[.?!)\d]$|^$", prev)
    )


def _items(body: list[str], kind: str) -> list[str]:
    """Bulleted items (continuation lines joined); lists without bullets are paragraphs."""
    body = [s for s in body if s and not _FURNITURE.match(s)]
    bullets = any(_BULLET.match(s) and len(s) > 2 for s in body)
    width = max((len(s) for s in body), default=0)
    items: list[list[str]] = []
    current: list[str] | None = None if bullets else []
    for k, s in enumerate(body):
        nxt = body[k + 1] if k + 1 < len(body) else ""
        if bullets and _BULLET.match(s) and len(s) > 2:
            current = [_BULLET.sub("", s, count=1)]
            items.append(current)
            continue
        prev = current[-1] if current else (items[-1][-1] if items and items[-1] else "")
        if _is_subheading(s, prev, nxt):
            # a JTAI sub-heading ('Response to children living with neglect') or, after the
            # bullets of a letter, the start of what follows the list
            if bullets:
                current = None
            continue
        if current is None:  # bullets: a line between lists, or after a sub-heading
            continue
        if bullets:
            current.append(s)
            continue
        current.append(s)
        # A paragraph ends on a full stop where the next line's first word would have fitted
        # on this line: the writer broke the line, not the column.
        first_word = nxt.split(" ", 1)[0]
        if re.search(r"[.!?]\d{0,2}$", s) and (not nxt or len(s) + 1 + len(first_word) <= width):
            items.append(current)
            current = []
    if not bullets and current and kind != "jtai":
        items.append(current)
    # A list printed as separate bullets inside one line ("complex issues. • Auditing ...").
    texts: list[str] = []
    for item in items:
        texts.extend(p for p in (squash(x) for x in re.split(r"\s•\s", " ".join(item))) if p)
    return texts


def _is_subheading(s: str, prev: str, nxt: str) -> bool:
    """A sub-heading inside a list ('Identifying and managing risk of harm at the front door'):
    a short line with no closing punctuation, after a finished sentence, before a new one."""
    return bool(
        len(s) < 72
        and s[0].isupper()
        and not re.search(r"[.,;:]$", s)
        and (not prev or re.search(r"[.!?)]\d{0,2}$", prev))
        and (not nxt or nxt[0].isupper() or _BULLET.match(nxt))
    )
