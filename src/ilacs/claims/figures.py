"""A figure from a report or letter, as an article repeats it: "Inspectors referred 12 cases back
to the council because of serious concerns", "nine family hubs now operate across the borough",
"the number of children adopted rose from 37 in 2011-12 to 62 in 2012-13", "the number of
personal advisers has tripled".

The article's clause is compared with the sentence of the council's documents (published by the
article's date) that shares most of its other words. When that sentence says the same thing in
the same frame with another figure (the same word before or after it: "referred 21 cases",
"Nine family hubs", "to 62 in 2012-13", "has been tripled"), and no such sentence of any of the
council's documents gives the article's figure, the figure is contradicted; when one gives it,
supported. A figure ilacs finds in no such sentence is not a claim here (the article's own
sources: council data, national statistics).

Figures that other claims read (counts of councils, recommendations, inspectors, weeks, dates,
ages) are left to them."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.quotes import SMALL_WORDS
from ilacs.claims.reversed import _key, page_sentences
from ilacs.claims.view import RecordView, _published

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED

# a token: a year's span ("2011-12") whole, a figure ("1,400", "4.5", "82%"), a word
_TOKEN = lazyre.compile(
    r"(?:19|20)\d\d[-/–]\d\d\b|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?%?|"
    # ('twenty-one', whole)
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|"
    r"six|seven|eight|nine)\b|[A-Za-z]+(?:['’][a-z]+)?",
    re.IGNORECASE,
)
# how many times over, as a figure: "has doubled" / "has been tripled"
_TIMES = {
    "doubled": "x2",
    "tripled": "x3",
    "trebled": "x3",
    "quadrupled": "x4",
    "halved": "x0.5",
}
# ('x3' shown as 'tripled', the first of its words)
_TIMES_SHOWN = {figure: word for word, figure in reversed(_TIMES.items())}
_WORD_FIGURES = {k: str(v) for k, v in T.NUMBER_WORDS.items() if v >= 2 and " " not in k}
_WORD_FIGURES.pop("both", None)
_WORD_FIGURES.update({"sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"})
_MONTHS = frozenset(T.MONTHS) | {m[:3] for m in T.MONTHS}
# what a figure counts that other claims read, or that is no figure of a document: councils,
# recommendations, judgements, inspectors and their days, ages, dates, ranks
_LEFT_TO_OTHERS = frozenset(
    """council councils authority authorities local las la borough boroughs county counties
    area areas recommendation recommendations judgement judgements judgment judgments grade
    grades rating ratings category categories inspector inspectors inspection inspections
    visit visits week weeks day days month months year years time times olds old st nd rd th
    out report reports letter letters framework frameworks""".split()
)
# a figure in brackets after what it counts: 'a large number of cases (486)'
_BRACKETED = lazyre.compile(r"\b([A-Za-z]{3,}) \((\d[\d,]*)\)")
# where a sentence's clauses part
_CLAUSE_CUT = lazyre.compile(r";\s+|,\s+(?:and|but|while|whilst|which|who)\s+|\s+but\s+")
# and its parts between stops, then about 'and' too
_BREAKS = r";\s+|,\s+|\s+[-–—]\s+|:\s+"
_COMMA = lazyre.compile(
    # (and after whoever says it: 'Inspectors led by Mary Candlin said that | in 13 of ...')
    _BREAKS + r"|\s+(?:said|found|noted|reported|warned)\s+that\s+"
)
_AND = lazyre.compile(_BREAKS + r"|(?<!\d)\s+and\s+(?!\d)")
# a sentence that tells of a time after the document's, in the writer's own figures
_SINCE = lazyre.compile(
    r"\b(?:now\s+(?:stands?|is|are|has|have)|since\s+(?:then|the\s+inspection|the\s+report)|"
    r"latest\s+figures|currently|so\s+far\s+this\s+year|according\s+to\s+(?:the\s+)?council)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Tok:
    word: str  # lower case; a figure as its digits ("9", "x3")
    start: int
    end: int
    figure: bool


# a move told in other words: 'a 35 per cent rise in the number' / 'a 20% increase in the number'
_MOVES = {
    **dict.fromkeys(("rise", "increase", "growth", "jump"), "rise"),
    **dict.fromkeys(("fall", "decrease", "reduction", "drop", "decline"), "fall"),
}


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group(0).lower().replace("’", "'").replace("–", "-")
        fig = w in _WORD_FIGURES or w in _TIMES or w[:1].isdigit()
        if " " in w or ("-" in w and w[:1].isalpha()):
            w, fig = str(T.number(w)), True
        elif w in _WORD_FIGURES:
            w = _WORD_FIGURES[w]
        elif w in _TIMES:
            w = _TIMES[w]
        elif w in _MOVES:
            w = _MOVES[w]
        elif w[:1].isdigit():
            w = w.replace(",", "")
            # (a year, or a year's span, is a date, not a figure)
            if len(w) == 4 and w.isdigit() and 1990 <= int(w) <= 2039 or "-" in w or "/" in w:
                fig = False
        out.append(_Tok(w, m.start(), m.end(), fig))
    return _per_cent(out)


def _per_cent(toks: list[_Tok]) -> list[_Tok]:
    """'17 per cent' and '17 percent' as one figure, '17%'."""
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.figure and t.word[:1].isdigit() and not t.word.endswith("%"):
            nxt = [x.word for x in toks[k + 1 : k + 3]]
            skip = 2 if nxt == ["per", "cent"] else 1 if nxt[:1] == ["percent"] else 0
            if skip:
                end = toks[k + skip].end
                out.append(_Tok(t.word + "%", t.start, end, True))
                k += 1 + skip
                continue
        out.append(t)
        k += 1
    return out


def _content(toks: list[_Tok]) -> set[str]:
    return {
        _key(t.word)
        for t in toks
        if not t.figure and len(t.word) >= 4 and t.word not in SMALL_WORDS
    }


def _counted_elsewhere(toks: list[_Tok], i: int) -> bool:
    """Whether the figure toks[i] counts a thing other claims read, or is part of a date or an
    age ('30 September', '16 and 17-year-olds', 'one of 12 councils', 'four of the five
    judgements'; not '21 cases', 'nine family hubs', 'Key Stage 4', '82% of care leavers')."""
    after = [t.word for t in toks[i + 1 : i + 3]]
    before = toks[i - 1].word if i else ""
    if before in _MONTHS or (after and after[0] in _MONTHS):
        return True
    if after[:1] == ["of"] and not toks[i].word.endswith("%"):
        return True
    # (an age or a stage: 'post-16', 'the age of 21', 'aged 18', 'Key Stage 4')
    if before in ("post", "pre", "age", "aged", "ages", "stage", "stages", "under", "over"):
        return True
    # (past 'and', 'to' and other figures: '16 and 17-year-olds', 'between 15 and 18 cases')
    k = i + 1
    while k < len(toks) and (toks[k].figure or toks[k].word in ("and", "or", "to")):
        k += 1
    later = [t.word for t in toks[k : k + 2]]
    return any(w in _LEFT_TO_OTHERS for w in after + later)


@dataclass
class _DocSentence:
    doc: Any
    page: int
    text: str
    toks: list[_Tok]
    keys: set[str]


def _doc_sentences(doc: Any, texts: Any) -> list[_DocSentence]:
    """The sentences of a document that carry a figure (a figure in brackets put before what
    it counts: 'cases (486)' as '486 cases')."""
    out = []
    for page, s in page_sentences(doc, texts):
        s = _BRACKETED.sub(r"\2 \1", s)
        if not 20 <= len(s) <= 600:
            continue
        toks = _tokens(s)
        if any(t.figure for t in toks):
            out.append(_DocSentence(doc, page, s, toks, _content(toks)))
    return out


def _frame(a: list[_Tok], r: list[_Tok], i: int) -> tuple[str, str | None] | None:
    """How the document's sentence `r` tells the article's figure a[i]: ('same', None) when
    it gives the same figure in the same place, ('other', figure) when it gives another
    figure between the same neighbours (or beside the same noun, `_moved_figure`), None when
    it does not line up."""
    return _aligned(a, r, i) or _moved_figure(a, r, i)


def _aligned(a: list[_Tok], r: list[_Tok], i: int) -> tuple[str, str | None] | None:
    """`_frame` where the two sentences line up word for word around the figure."""
    aw, rw = [t.word for t in a], [t.word for t in r]
    sm = difflib.SequenceMatcher(None, aw, rw, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if not i1 <= i < i2:
            continue
        if tag == "equal":
            return ("same", None)
        if tag != "replace":
            return None
        # one figure for another, a word either side the same, not a small word only:
        # 'referred 12 cases' / 'referred 21 cases', 'to 82 in' / 'to 62 in'; the figure at
        # the edge of a run of other words ('noting that 12 family hubs' / 'Nine family hubs',
        # 'found 846 cases' / 'found a large number of 486 cases'): the neighbour that matches
        # is the figure's own
        ours = [k for k in range(i1, i2) if a[k].figure]
        theirs = [t for t in r[j1:j2] if t.figure]
        if ours != [i] or len(theirs) != 1 or i2 - i1 > 5 or j2 - j1 > 5:
            return None
        left = i > 0 and i == i1 and j1 > 0 and aw[i1 - 1] == rw[j1 - 1] and r[j1].figure
        right = (
            i2 < len(aw) and i == i2 - 1 and j2 < len(rw) and aw[i2] == rw[j2] and r[j2 - 1].figure
        )
        if not (
            (left and right)
            or (left and aw[i1 - 1] not in SMALL_WORDS)
            or (right and aw[i2] not in SMALL_WORDS)
        ):
            return None
        return ("other", theirs[0].word)
    return None


def _moved_figure(a: list[_Tok], r: list[_Tok], i: int) -> tuple[str, str | None] | None:
    """The article's figure and its noun told in another order ('found 684 cases that had
    waited' / 'found a large number of cases (486) that had waited'): ('other', figure) when
    the sentence gives one figure only, right beside the noun after the article's, and the
    words after the noun run on the same."""
    if i + 3 >= len(a) or a[i + 1].figure or a[i + 1].word in SMALL_WORDS:
        return None
    noun = a[i + 1].word
    figures = [t for t in r if t.figure]
    at = [k for k, t in enumerate(r) if t.word == noun]
    if len(figures) != 1 or len(at) != 1 or figures[0].word == a[i].word:
        return None
    k = at[0]
    near = [j for j in (k - 1, k + 1) if 0 <= j < len(r) and r[j].figure]
    # (the article's next words after the noun, then the sentence's after the figure)
    after = k + 2 if near and near[0] == k + 1 else k + 1
    run = [t.word for t in a[i + 2 : i + 5]]
    if near and [t.word for t in r[after : after + 3]] == run:
        return ("other", figures[0].word)
    return None


# words that make a figure a rough one: 'more than 4,500', 'nearly 60%', 'up to 30'
_ROUGH = frozenset("about around approximately almost nearly over under some roughly circa".split())
_ROUGH_TWO = frozenset({"more than", "less than", "fewer than", "up to", "well over", "in excess"})


def _rough(toks: list[_Tok], i: int) -> bool:
    one = toks[i - 1].word if i >= 1 else ""
    two = f"{toks[i - 2].word} {one}" if i >= 2 else ""
    return one in _ROUGH or two in _ROUGH_TWO


_PERIOD = {
    **dict.fromkeys(("year", "years", "annual", "annually", "yearly"), "year"),
    **dict.fromkeys(("month", "months", "monthly"), "month"),
    **dict.fromkeys(("week", "weeks", "weekly"), "week"),
    **dict.fromkeys(("quarter", "quarters", "quarterly"), "quarter"),
    **dict.fromkeys(("day", "days", "daily"), "day"),
}


def _periods(toks: list[_Tok]) -> set[str]:
    """The spans of time a sentence counts over ('in the six months prior' -> {'month'})."""
    return {_PERIOD[t.word] for t in toks if t.word in _PERIOD}


def _summed(figure: str, toks: list[_Tok]) -> bool:
    """Whether the figure is the sum of two or three of the sentence's figures ('referred 16
    cases' for 'five cases ... and 11 cases')."""
    try:
        want = float(figure)
        theirs = [float(t.word) for t in toks if t.figure and t.word[:1].isdigit()]
    except ValueError:
        return False
    theirs = theirs[:8]
    pairs = {a + b for k, a in enumerate(theirs) for b in theirs[k + 1 :]}
    threes = {
        a + b + c
        for k, a in enumerate(theirs)
        for m, b in enumerate(theirs[k + 1 :], k + 1)
        for c in theirs[m + 1 :]
    }
    return want in pairs | threes


def _pieces(sentence: str) -> list[tuple[int, str]]:
    """The sentence, its clauses and their parts about and around 'and', with their offsets
    in it (the best match may be any: 'referred 12 cases back to the council because of
    serious concerns' in '... spent four weeks in Dudley ... and referred 12 cases ...')."""
    out = [(0, sentence)]
    seen = {sentence}
    for cut in (_CLAUSE_CUT, _COMMA, _AND):
        at = 0
        for part in cut.split(sentence):
            k = sentence.find(part, at)
            if k < 0:
                continue
            at = k + len(part)
            if part and part not in seen:
                seen.add(part)
                out.append((k, part))
    return out


def _settled(claims: list[Claim], at: int) -> bool:
    """Whether a claim already contradicted, or a supported one that reads figures, reads the
    words at `at` (a figure inside a quotation or a recommendation is that claim's)."""
    return any(
        c.start <= at < c.end and (c.verdict == C or (c.verdict == S and c.type in _READS_FIGURES))
        for c in claims
    )


# the kinds of claim that read a figure of their own words
_READS_FIGURES = (Kind.COUNT, Kind.RANK, Kind.QUOTE, Kind.RECOMMENDATION, Kind.TREND, Kind.DATE)


def _told_later(figure: str, keys: set[str], s: _DocSentence, printed: list[_DocSentence]) -> bool:
    """Whether a document of the council published after `s`'s gives `figure` in a sentence
    sharing a word of meaning with the article's clause (`keys`)."""
    then = _published(s.doc)
    return any(
        (p := _published(x.doc)) is not None
        and then is not None
        and p > then
        and keys & x.keys
        and any(t.figure and t.word == figure for t in x.toks)
        for x in printed
    )


def _docs_of(record: RecordView, urns: set[int], as_of: date) -> list[Any]:
    out = []
    for u in sorted(urns):
        for d in record.by_urn.get(u, []):
            p = _published(d)
            if p is None or p <= as_of:
                out.append(d)
    return out


_YEAR = lazyre.compile(r"\b(?:19|20)\d\d\b(?![-/–]\d)")


def _year_changed(said: str, theirs: str, figure: str) -> tuple[str, str] | None:
    """The one year the article's clause gives and the one other year the document's sentence
    gives near the same figure (the article's, the document's), when the sentence does not
    give the article's (a page's opening lines run into its first sentence: only the words
    near the figure)."""
    at = next((t.start for t in _tokens(theirs) if t.figure and t.word == figure), None)
    if at is None:
        return None
    mine = set(_YEAR.findall(said))
    other = set(_YEAR.findall(theirs[max(0, at - 120) : at + 160]))
    if len(mine) != 1 or len(other) != 1 or mine == other or mine & set(_YEAR.findall(theirs)):
        return None
    return next(iter(mine)), next(iter(other))


def check_figures(
    claims: list[Claim],
    article: str,
    record: RecordView,
    texts: Any,
    urns: set[int],
    as_of: date,
    passages: list[Claim] | None = None,
) -> list[Claim]:
    """Each figure of the article that one of its councils' documents gives in the same frame
    (the same or another figure), as a count claim over its clause (not one that a quotation's
    or a recommendation's claim, among `passages`, reads)."""
    if texts is None or not urns:
        return claims
    docs = _docs_of(record, urns, as_of)
    if not docs:
        return claims
    printed: list[_DocSentence] | None = None
    out = list(claims)
    for sent in T.sentences(article):
        said = article[sent.start : sent.end]
        if len(said) > 400 or _SINCE.search(said):
            continue
        found: tuple[int, str, Verdict, _DocSentence, str, str | None] | None = None
        seen = [*out, *(passages or ())]
        spans = _periods(_tokens(said))
        # (the shortest piece first: the claim is the clause that carries the figure)
        for at, piece in sorted(_pieces(said), key=lambda p: len(p[1])):
            toks = _tokens(piece)
            figs = [
                i
                for i, t in enumerate(toks)
                if t.figure
                and not _counted_elsewhere(toks, i)
                and not _settled(seen, sent.start + at + t.start)
            ]
            keys = _content(toks)
            if not figs or len(keys) < 3:
                continue
            if printed is None:
                printed = [s for d in docs for s in _doc_sentences(d, texts)]
            near = [
                s
                for s in printed
                if len(keys & s.keys) >= 3 and len(keys & s.keys) >= 0.6 * len(keys)
            ]
            if not near:
                continue
            near.sort(key=lambda s: -len(keys & s.keys))
            held = None
            for i in figs:
                frames = [(s, _frame(toks, s.toks, i)) for s in near]
                same = [s for s, f in frames if f and f[0] == "same"]
                other = [(s, f[1]) for s, f in frames if f and f[0] == "other"]
                if same:
                    held = held or (at, piece, S, same[0], toks[i].word, None)
                elif (
                    other
                    and not _rough(toks, i)
                    and not any(toks[i].word == t.word for s, _ in other for t in s.toks)
                    # (nor a later document of the council, in other words: '163 children were
                    # in the council's care' of the 2017 report's 'At March 2017, 163 children
                    # were being looked after', beside the 2015 report's '134 children')
                    and not _told_later(toks[i].word, keys, other[0][0], printed)
                    and not any(_summed(toks[i].word, s.toks) for s, _ in other)
                    # (the document's figure is not another of the article's: '482 children
                    # were in care and 472 were the subject of a plan')
                    and not any(t.figure and t.word == other[0][1] for t in toks)
                    # (a share for a share, a number for a number: '71 per cent' is no
                    # figure of 'three quarters')
                    and toks[i].word.endswith("%") == str(other[0][1]).endswith("%")
                    # (over the same time: '17 ... in the past year' is not 'Seven ... in the
                    # six months prior to the inspection')
                    and _periods(other[0][0].toks) <= spans
                ):
                    # (one figure told otherwise is the claim's, beside others told right)
                    found = (at, piece, C, other[0][0], toks[i].word, other[0][1])
                    break
            found = found or held
            if found is not None:
                break
        if found is None:
            continue
        at, piece, verdict, s, mine, theirs = found
        start = sent.start + at
        text = piece.rstrip(" .,;:!?")
        end = start + len(text)
        name = s.doc.path.rsplit("/", 1)[-1].removesuffix(".pdf")
        shown = _shown(mine)
        year = _year_changed(text, s.text, mine) if verdict == S else None
        if year is not None:
            # "a focused visit in 2019 that resulted in two wide-reaching areas for priority
            # action", where the report says "In 2020, Ofsted conducted a focused visit that
            # resulted in two ...": the figure told right, of another year
            verdict, theirs = C, year[1]
        claim = Claim(
            start,
            end,
            article[start:end],
            Kind.COUNT,
            urns=[s.doc.urn],
            verdict=verdict,
            explanation=(
                f"Page {s.page} of {name} gives {shown}, but in {year[1]}, not {year[0]}."
                if year is not None
                else f"Page {s.page} of {name} gives {_shown(theirs)}, not {shown}."
                if verdict == C
                else f"Page {s.page} of {name} gives {shown}."
            ),
            evidence=[Evidence(s.doc.path, s.page, s.text)],
        )
        out = [
            x
            for x in out
            if not (
                verdict == C
                and x.verdict == S
                and start <= x.start
                and x.end <= end
                and x.type in (Kind.OTHER, Kind.QUOTE)
            )
        ]
        out.append(claim)
    return out


def _shown(figure: str | None) -> str:
    if figure is None:
        return "another figure"
    return _TIMES_SHOWN.get(figure, figure)
