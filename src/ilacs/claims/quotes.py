"""Quote claims and recommendation claims: what an article says the report said.

A quote claim is a passage the article puts in quotation marks and attributes to the
inspectors, Ofsted or the report ("... inspectors said", "The report added: ..."). Quotes from
councillors and officers are opinions, not claims about the record, and are left out. A
recommendation claim names what Ofsted said must improve ("Ofsted said the council still needs
to improve information for homeless 16 and 17-year-olds"), or how many recommendations it made.

For the core (`ilacs.claims`, see `model.py`), the entry points are:

- `find_quotes(text) -> list[QuoteSpan]`: the attributed quotations of an article, one per
  sentence (a sentence's quoted fragments are checked together), with `start`/`end` offsets
  into the text and the `fragments` inside the marks.
- `check_quote(claim_text, span, urns, as_of, record, texts) -> (Verdict, explanation,
  [Evidence])`: `span` is a `QuoteSpan` (or the claim's quoted words as a str); `record` is
  the analysis record (`Record`, or the older `Docs` list); `texts` is a `ReportTexts` (or
  anything with `.pages(document_id) -> list[str]`).
- `find_recommendations(text) -> list[RecSpan]` and `check_recommendation(claim_text, span,
  urns, as_of, record, texts)`, the same shape.
- `find_paraphrases(text) -> list[ParaphraseSpan]` and `check_paraphrase(...)`, the same
  shape but returning None when ilacs cannot tell: "Ofsted reported that services had
  improved dramatically ...", or the items of a list after "Inspectors criticised leaders
  for:", found in nearly the same words are supported (low confidence); a paraphrase is
  never called contradicted, and sentences about grades or recommendations are left to
  those claims.

Names as agreed with the core: `check.passage_claims` calls the first two pairs (the second
and third through getattr), passing `context=` the sentence for `check_quote`, and
`check.make_texts` returns a `ReportTexts`. `record` is read only through `.by_urn` (a dict
of URN -> documents with `id`, `path`, `published`, `kind`) or, for a plain list, each
document's `urn`; a document's `recommendations` are used when it has them (the coming
`Record`), else they are read from SQLite.

Matching is on letters and digits only, lower-cased, so curly or straight quotes,
whitespace, line breaks, a PDF's hyphenation and punctuation never stop a match; ellipses,
[editorial] and (editorial) insertions split a quote into parts found in order. A passage not
found word for word is aligned word by word (difflib) against the best window of the LA's
reports; words the article changed decide the verdict: inflections and small words ('failings'
for 'failures', 'that' dropped) are rewording (supported, low confidence), another word in
place of the report's ('modestly' for 'vastly') is a contradiction, when most of the passage
matches and few of its words changed. A passage that cannot be found is `not_in_record`, never
contradicted. The LA's reports are searched, the one published nearest before the as-of date
first; for an article that names no council, the reports full-text search finds.
"""

from __future__ import annotations

import bisect
import difflib
import logging
import math
import re
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import accumulate, islice
from pathlib import Path
from typing import Any, Protocol

from ilacs import register
from ilacs.claims import lazyre, swaps
from ilacs.claims import text as T
from ilacs.claims.model import Evidence, Verdict
from ilacs.errors import NotFound
from ilacs.store import Store

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Report texts


class PageSource(Protocol):
    def pages(self, document_id: int) -> list[str]: ...


class ReportTexts:
    """Page texts and recommendations of stored documents, read from SQLite on demand.

    Pages come from the store (a row per page). The texts and searchable forms of the `keep` documents most recently searched are kept (a server
    checks articles for hours; a report's index is about a megabyte). Safe to share between
    threads.
    """

    def __init__(self, db: Path | str | Store, keep: int = 64):
        self.store = db if isinstance(db, Store) else Store.open_readonly(db)
        self.keep = keep
        self._lock = threading.Lock()
        self._pages: OrderedDict[int, list[str]] = OrderedDict()
        self._index: OrderedDict[int, _DocIndex] = OrderedDict()

    def close(self) -> None:
        self.store.close()

    def _kept(self, store: OrderedDict, key: int, make) -> Any:
        with self._lock:
            if key in store:
                store.move_to_end(key)
                return store[key]
        value = make()
        with self._lock:
            store[key] = value
            while len(store) > self.keep:
                store.popitem(last=False)
        return value

    def pages(self, document_id: int) -> list[str]:
        return self._kept(self._pages, document_id, lambda: self._read(document_id))

    def _read(self, document_id: int) -> list[str]:
        with self._lock:  # one sqlite3 connection, shared by the server's threads
            return self.store.pages(document_id)

    def recommendations(self, document_id: int) -> list[dict[str, Any]]:
        with self._lock:
            return self.store.recommendations_of(document_id)

    def documents(self, urn: int) -> list[_DocRow]:
        """The LA's readable documents, when no record is passed in."""
        with self._lock:
            rows = self.store.documents(urn=urn, status="ok")
        out = [
            _DocRow(
                r["id"],
                r["path"],
                r["urn"],
                r["kind"],
                date.fromisoformat(r["published"][:10]) if r["published"] else None,
                r["url"],
            )
            for r in rows
        ]
        return sorted(out, key=lambda d: (d.published or date.max, d.path))

    def documents_matching(self, fts: str, limit: int) -> list[int]:
        """Documents whose pages best match an FTS5 query (see Store.documents_matching)."""
        with self._lock:
            return self.store.documents_matching(fts, limit)

    def index(self, document_id: int) -> _DocIndex:
        return self._kept(self._index, document_id, lambda: _DocIndex(self.pages(document_id)))


@dataclass(frozen=True)
class _DocRow:
    id: int
    path: str
    urn: int | None
    kind: str
    published: date | None
    url: str | None


def _successors(urn: int) -> tuple[int, ...]:
    try:
        return register.by_urn(urn).successors
    except NotFound:
        return ()


def _la_docs(record: Any, texts: Any, urn: int) -> list[Any]:
    """The LA's documents from the record (`Record.by_urn`, or a list of `Doc`), else SQLite."""
    if record is not None:
        by_urn = getattr(record, "by_urn", None)
        if isinstance(by_urn, dict):
            return list(by_urn.get(urn, ()))
        return [d for d in record if getattr(d, "urn", None) == urn]
    if hasattr(texts, "documents"):
        return texts.documents(urn)
    return []


def _when(d: Any) -> date | None:
    """When a document came out: published, else (a letter ilacs holds without that date) its
    last day on site."""
    return d.published or getattr(d, "day", None) or getattr(d, "inspection_end", None)


def _in_order(docs: Sequence[Any], as_of: date | None) -> list[Any]:
    """The report published nearest before `as_of` first, then the others, nearest first."""
    if as_of is None:
        return sorted(docs, key=lambda d: _when(d) or date.min, reverse=True)

    def key(d: Any) -> tuple[int, int]:
        p = _when(d) or date.min
        return (0, (as_of - p).days) if p <= as_of else (1, (p - as_of).days)

    return sorted(docs, key=key)


# ---------------------------------------------------------------------------------------------
# Normalised text

# Words are runs of letters and digits: "children’s" is "children" "s" whichever apostrophe.
_WORD = lazyre.compile(r"[^\W_]+", re.UNICODE)


# Words whose change or omission does not change what a passage says.
SMALL_WORDS = frozenset(
    """a an the this that these those there their its it they them he she his her our we
    is are was were be been being has have had do does did will would can could may might
    of to in on at by for with from as and or but so also which who whom whose what when
    where while than then very now still such into about over among amongst
    within across through between towards upon via per""".split()
)
# Their insertion or removal reverses a passage.
NEGATIONS = frozenset("not no never none nor without lack lacks lacking un".split())
# How many of a thing: 'all services' and 'most services' say different things.
QUANTIFIERS = frozenset("all every each most many some several few majority minority".split())


def _negating(words: list[str]) -> bool:
    """Words that deny what follows without a negation word: 'has yet to create' for 'has
    created', 'failed to improve' for 'improved'."""
    return any(
        a in ("yet", "fail", "fails", "failed", "failing") and b == "to"
        for a, b in zip(words, words[1:], strict=False)
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


_SENTENCE_END = lazyre.compile(r"[.!?](?=[\s\"'”’)]|$)")
_PAGE_NUMBER = lazyre.compile(r"(?<![\w,])(\d{1,3})\s*$")
_TOP_NUMBER = lazyre.compile(r"\s*(\d{1,3})[ \t]*\r?\n")
_ADDRESS = lazyre.compile(
    r"\n[ \t]*Ofsted[ \t]*\r?\n(?:[^\n]*\n){1,12}?[^\n]*"
    r"(?:www\.gov\.uk/ofsted|enquiries@ofsted\.gov\.uk)[^\n]*\s*$"
)


_RUNNING_HEAD = lazyre.compile(
    r"\s*Inspection\s+of\s+[^\n]{3,120}?(?:children['’]s\s+services|local\s+authority)[^\n]{0,40}\r?\n"
    r"[^\n]{0,60}?(?P<n>\d{1,3})[ \t]*\r?\n"
)


class _DocIndex:
    """A document's words with their pages, for exact and word-by-word search."""

    def __init__(self, pages: list[str]):
        self.pages = pages
        words: list[str] = []
        self.page_start: list[int] = []  # index of each page's first word
        self.limits: list[int] = []  # where each page's words end (before its page number)
        self.begins: list[int] = []  # where they begin (after a page number at the top)
        for p, page in enumerate(pages):
            # The page number printed at the foot of a page sits between two sentences.
            number = _PAGE_NUMBER.search(page)
            limit = number.start() if number and int(number.group(1)) == p + 1 else len(page)
            # a letter's first page ends with Ofsted's address, in the middle of a sentence
            # ('Practice previously found to be variable | Ofsted Piccadilly Gate ... |
            # has not improved sufficiently')
            footer = _ADDRESS.search(page, 0, limit)
            if footer:
                limit = footer.start()
            # ... and a letter prints the next page's number at its top
            top = _TOP_NUMBER.match(page)
            begin = top.end() if top and int(top.group(1)) == p + 1 and p else 0
            # ... and a 2023-framework report heads each page after the first with its title,
            # its dates and the page's number ('Inspection of Westmorland and Furness local
            # authority children's services / 22 April to 3 May 2024 8'), in the middle of a
            # sentence ('as frequently as they | ... | need')
            head = _RUNNING_HEAD.match(page) if p else None
            if head and int(head.group("n")) == p + 1:
                begin = head.end()
            self.page_start.append(len(words))
            self.limits.append(limit)
            self.begins.append(begin)
            words.extend(_WORD.findall(page[begin:limit].lower()))
        self.words = words
        self.keys = [w[:4] for w in words]
        # letters-and-digits-only string; starts[i] is where word i begins in it
        self.chars = "".join(words)
        self.starts = list(accumulate((len(w) for w in words), initial=0))
        self._positions: dict[str, list[int]] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._weights: dict[str, float] | None = None

    @property
    def positions(self) -> dict[str, list[int]]:
        """Where each word's first four letters occur (made when first aligned)."""
        if self._positions is None:
            self._positions = {}
            for i, k in enumerate(self.keys):
                self._positions.setdefault(k, []).append(i)
        return self._positions

    def word_at(self, char: int) -> int:
        return bisect.bisect_right(self.starts, char) - 1

    def find(self, parts: list[list[str]], start_word: int = 0) -> tuple[int, int] | None:
        """Word range (first, last+1) where the parts occur in order, close together."""
        if not parts or not parts[0]:
            return None
        first = "".join(parts[0])
        pos = self.chars.find(
            first, self.starts[start_word] if start_word < len(self.starts) else 0
        )
        while pos >= 0:
            begin = pos
            end = pos + len(first)
            ok = True
            for part in parts[1:]:
                needle = "".join(part)
                nxt = self.chars.find(needle, end)
                # an ellipsis leaves out words, not pages
                if nxt < 0 or nxt - end > 3000:
                    ok = False
                    break
                end = nxt + len(needle)
            if ok:
                return self.word_at(begin), self.word_at(end - 1) + 1
            pos = self.chars.find(first, pos + 1)
        return None

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Word ranges (first, last+1) of the document's sentences, none across a page."""
        if self._sentences is None:
            self._sentences = []
            for p, page in enumerate(self.pages):
                ends = [m.end() for m in _SENTENCE_END.finditer(page, 0, self.limits[p])]
                k, first = 0, self.page_start[p]
                spans = _WORD.finditer(page, self.begins[p], self.limits[p])
                for i, m in enumerate(spans, start=self.page_start[p]):
                    while k < len(ends) and ends[k] <= m.start():
                        if i > first:
                            self._sentences.append((first, i))
                        first, k = i, k + 1
                last = self.page_start[p + 1] if p + 1 < len(self.pages) else len(self.words)
                if last > first:
                    self._sentences.append((first, last))
        return self._sentences

    def weight(self, key: str) -> float:
        """How seldom the document's sentences use a word (by its first four letters)."""
        if self._weights is None:
            df: Counter[str] = Counter()
            for a, b in self.sentences:
                df.update(set(self.keys[a:b]))
            n = len(self.sentences) + 1
            self._weights = {k: math.log(n / (c + 0.5)) for k, c in df.items()}
            self._weights[""] = math.log(n / 0.5)
        return self._weights.get(key, self._weights[""])

    def page_of(self, word: int) -> int:
        return bisect.bisect_right(self.page_start, word)

    def excerpt(self, first: int, last: int) -> str:
        """The page's own words from word `first` to word `last - 1` (within one page)."""
        p = self.page_of(first) - 1
        page = self.pages[p]
        i = first - self.page_start[p]
        spans = [
            m.span()
            for m in islice(
                _WORD.finditer(page, self.begins[p], self.limits[p]), last - self.page_start[p]
            )
        ]
        j = len(spans) - 1
        return re.sub(r"\s+", " ", page[spans[i][0] : spans[j][1]]).strip()


# ---------------------------------------------------------------------------------------------
# Finding attributed quotations in an article

_OPENERS = "“\"‘'"
_CLOSER_OF = {"“": '”"', '"': '"”', "‘": "’'", "'": "'’"}


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted fragments of one sentence attributed to the inspectors or the report."""

    start: int  # first quotation mark
    end: int  # after the last closing mark (or the end of an unclosed paragraph)
    fragments: tuple[tuple[int, int], ...]  # offsets of the words inside each pair of marks
    context: tuple[int, int]  # the sentence
    text: str  # text[start:end]

    def quoted(self, text: str) -> list[str]:
        return [text[a:b] for a, b in self.fragments]


# The inspectors or their report named as the source: 'inspectors said', 'the report added:',
# 'according to Ofsted', 'they concluded', 'were found to have'.
_SAYERS = (
    r"(?:ofsted|inspectors?|inspection|report|watchdog|hmi|it|they|ofsted's\s+report|"
    r"(?:her|his)\s+majesty's\s+inspectors?|lead\s+inspector(?:\s+[A-Z][a-z]+){0,2})"
)
_VERBS = (
    r"(?:said|says|say|added|adds|add|found|finds|find|stated|states|noted|notes|described|"
    r"describes|concluded|concludes|highlighted|highlights|praised|praises|criticised|"
    r"criticized|warned|warns|reported|reports|judged|observed|commented|continued|"
    r"recognised|identified|wrote|writes|told|explained|acknowledged|acknowledges)"
)
_OFSTED_SPEAKS = lazyre.compile(
    rf"\b{_SAYERS}\s+(?:[\w,]+\s+){{0,3}}?{_VERBS}\b|\b{_VERBS}\s+(?:\w+\s+){{0,2}}?{_SAYERS}\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:ofsted|inspectors?|report)"
    r"|\b(?:was|were|is|are|been|being|came)\s+(?:found|judged|described|praised|criticised|told|"
    r"rated|noted|recognised|highlighted|under\s+fire|singled\s+out|commended|hailed)\b",
    re.I,
)
# Any mention of Ofsted or a report, for a sentence with no speaker named.
_OFSTED = lazyre.compile(r"\b(?:ofsted|inspectors?|inspection|report|letter|watchdog)\b", re.I)
# Councillors, officers and others whose words are opinions: named anywhere in the sentence,
# or (officers, whose titles also come up as the subject of a report) next to a verb of saying.
_COUNCILLOR = lazyre.compile(
    r"\b(?:cllrs?|councill?ors?|council\s+leader|leader\s+of\s+the\s+council|cabinet\s+member|"
    r"leader\s+of\s+(?:[A-Z][\w-]+\s+){1,3}council|"
    r"portfolio\s+holder|lead\s+member|executive\s+member|mayor|MP)\b",
    re.I,
)
# 'Bromley council are ‘extremely proud’': the council's own words about itself.
_COUNCIL_FEELS = lazyre.compile(
    r"\b(?:council|councillors)\s+(?:is|are|was|were|feels?|felt)\s+"
    r"(?:\w+\s+)?[‘“'\"]",
    re.I,
)
_OFFICER = lazyre.compile(
    rf"\b(?:director|chief\s+executive|chief\s+officer|spokes(?:man|woman|person)|minister|"
    rf"commissioner|head\s+of|chair(?:man|woman)?|secretary\s+of\s+state|union|campaigners?|"
    rf"manager|officer|parents?)\b[^.:;]{{0,50}}?\b{_VERBS}\b"
    rf"|\b{_VERBS}\s+(?:[\w'’,-]+\s+){{0,6}}?(?:director|chief\s+executive|spokes\w+|"
    rf"minister|commissioner|head\s+of|chair\w*|manager|officer)\b",
    re.I,
)
_PRONOUN_SPEAKS = lazyre.compile(
    rf"\b(?:he|she|we|i)\s+(?:\w+\s+)?{_VERBS}\b|\b{_VERBS}\s+(?:he|she)\b", re.I
)

_THIRD_PERSON_SPEAKS = lazyre.compile(
    rf"\b(?:he|she)\s+(?:\w+\s+)?{_VERBS}\b|\b{_VERBS}\s+(?:he|she)\b", re.I
)
_FIRST_PERSON = lazyre.compile(r"\b(?:we|i)\b", re.I)


# Grades in quotation marks are grade claims, not quotes.
_GRADE_ONLY = lazyre.compile(
    r"^\s*(?:outstanding|good|inadequate|adequate|requires?\s+improvement(?:\s+to\s+be\s+good)?|"
    r"required\s+improvement(?:\s+to\s+be\s+good)?|requiring\s+improvement(?:\s+to\s+be\s+good)?|"
    r"good\s+overall|overall\s+good|outstanding\s+overall)\s*[.,!]?\s*$",
    re.I,
)


def _quote_pairs(par: str) -> list[tuple[int, int, int, int]]:
    """(open, inner_start, inner_end, close_end) of each quotation in a paragraph.

    A quotation left open at the end of a paragraph runs to its end: news style opens each
    paragraph of a long quote and closes only the last.
    """
    out = []
    i = 0
    n = len(par)
    while i < n:
        ch = par[i]
        # A closing mark used to open ('It also adds: ”The highly successful ...')
        if ch == "”" and (i == 0 or par[i - 1].isspace()) and par[i + 1 : i + 2].isalnum():
            ch = "“"
        if ch in '“"' or (ch in "‘'" and _opens_single(par, i)):
            closers = _CLOSER_OF[ch]
            j = i + 1
            while j < n:
                c = par[j]
                if c in closers and (ch in '“"' or _closes_single(par, j)):
                    break
                j += 1
            if j >= n:  # a mismatched closing mark ('‘This is a huge achievement ...," said')
                m = _ANY_CLOSE.search(par, i + 1)
                if m:
                    j = m.start()
            inner_end = j
            close_end = min(j + 1, n)
            if j >= n:  # left open
                inner_end = close_end = n
            out.append((i, i + 1, inner_end, close_end))
            i = close_end
        else:
            i += 1
    return out


_ANY_CLOSE = lazyre.compile(r"(?<=\S)[”\"’'](?=[\s,.;:!?)]|$)|(?<=[,.!?])[”\"’']")


def _opens_single(s: str, i: int) -> bool:
    before = s[i - 1] if i else " "
    after = s[i + 1] if i + 1 < len(s) else " "
    return not before.isalnum() and (after.isalnum() or after in "…[(")


def _closes_single(s: str, i: int) -> bool:
    after = s[i + 1] if i + 1 < len(s) else " "
    before = s[i - 1] if i else " "
    return not after.isalnum() and not before.isspace()


def _sentences(par: str, masked: str, quote_ends: bool = False) -> list[tuple[int, int]]:
    """Sentence ranges of a paragraph, split outside quotations only (`quote_ends`: and after
    a quotation whose own full stop ends the sentence)."""
    out = []
    start = 0
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+(?=[A-Z“\"‘'])", masked)]
    # a quotation that ends its sentence inside the marks ('... what we have been saying." The
    # report notes ...'): the masked text hides the full stop
    ends += [
        m.end()
        for m in re.finditer(r"(?<=x)[\"”’]\s+(?=[A-Z“\"‘'])", masked)
        if quote_ends and par[m.start() - 1] in ".!?"
    ]
    for end in sorted(set(ends)):
        out.append((start, end))
        start = end
    out.append((start, len(par)))
    return out


_VERB_RE = lazyre.compile(rf"\b{_VERBS}\b", re.I)
_COUNCIL_NAMES = (
    _COUNCILLOR,
    re.compile(
        r"\b(?:director|chief\s+executive|chief\s+officer|spokes(?:man|woman|person)|minister|"
        r"commissioner|head\s+of|chair(?:man|woman)?|secretary\s+of\s+state|union|"
        r"campaigners?|manager|officer|he|she|we|i)\b",
        re.I,
    ),
)


# ('But they said ...', 'However, they praised ...': the sentence opens on a conjunction)
_THEY_SPEAK = lazyre.compile(
    rf"^\W*(?:(?:but|and|yet|however|though|still)\W+)?(?:they|it)\s+(?:also\s+)?{_VERBS}\b",
    re.I,
)


def _attribution(
    outside: str, last: str | None = None, quoted_before: str | None = None
) -> str | None:
    """'ofsted', 'council' or None: whose words the quotations of a sentence are. `last` is
    whose words the sentence before quoted: 'she found' after 'lead inspector Anne Waterman
    said' is the inspector's. `quoted_before` is whose words the sentences before quoted at all:
    'They said improvements had been made "at pace" since the appointment of the director'
    after 'Inspectors found that ...' is the inspectors'."""
    if quoted_before == "ofsted" and _THEY_SPEAK.search(outside):
        return "ofsted"
    if (
        last == "ofsted"
        and _THIRD_PERSON_SPEAKS.search(outside)
        and not any(
            p.search(outside) for p in (_COUNCILLOR, _OFFICER, _COUNCIL_FEELS, _FIRST_PERSON)
        )
    ):
        return "ofsted"
    ofsted = _OFSTED_SPEAKS.search(outside)
    officer = _OFFICER.search(outside)
    if officer and re.search(
        rf"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?{_VERBS}$", officer.group(0), re.I
    ):
        # 'The trust's chief executive was described as a visible leader': spoken of, not
        # speaking
        officer = None
    council = (
        _COUNCILLOR.search(outside)
        or officer
        or _PRONOUN_SPEAKS.search(outside)
        or _COUNCIL_FEELS.search(outside)
    )
    if ofsted and council:
        # 'Council leader Sarah Jones said Ofsted had recognised the ‘hard work’': whoever is
        # named last before the first verb of saying speaks (else whoever is named first after
        # it: '... said Cllr Smith')
        verb = _VERB_RE.search(outside)
        if verb is None:
            return "council"
        named = [(m.start(), "council") for p in _COUNCIL_NAMES for m in p.finditer(outside)]
        named += [(m.start(), "ofsted") for m in _OFSTED.finditer(outside)]
        before = [n for n in named if n[0] < verb.start()]
        after = [n for n in named if n[0] >= verb.start()]
        if before:
            return max(before)[1]
        return min(after)[1] if after else "council"
    if council:
        return "council"
    if ofsted or _OFSTED.search(outside):
        return "ofsted"
    return None


# What someone else says the report found: 'the inspectors' finding that', 'Ofsted's
# conclusion that', 'the report's verdict that', 'inspectors had found that'.
_REPORT_CITED = lazyre.compile(
    r"\b(?:ofsted|inspectors?|the\s+report|the\s+inspection|the\s+letter)(?:['’]s?|['’])?\s+"
    r"(?:(?:finding|findings|conclusion|verdict|judgement|view|observation)\s+that|"
    r"(?:had\s+|has\s+|have\s+)?(?:found|concluded|noted|said|described|judged|recognised|"
    r"recognized|highlighted|acknowledged)\s+(?:that\s+)?)",
    re.I,
)


# ... in its own words: 'the inspectors' finding that', 'the report stated that' (not 'said
# Ofsted had recognised the "hard work" of staff', the councillor's words for it).
_REPORT_WORDS_CITED = lazyre.compile(
    r"\b(?:ofsted|inspectors?|the\s+report|the\s+inspection|the\s+letter)(?:['’]s?|['’])?\s+"
    r"(?:(?:finding|findings|conclusion|verdict|judgement|words|view|observation|assessment)\s+"
    r"that|(?:had\s+|has\s+)?(?:stated|concluded|wrote|found)\s+(?:that\s+)?)|"
    # 'welcomed the recognition of a "strong and clear vision ..."': the report's praise
    r"\b(?:welcom\w+|highlight\w+|pointed\s+to|noted)\s+(?:the\s+)?(?:(?:report|inspectors|"
    r"ofsted)(?:['’]s?|['’])?\s+)?(?:recognition|acknowledgement|praise)\s+(?:of|that|for)\s+|"
    # 'welcomed the finding that "Unaccompanied asylum-seeking children receive ..."'
    r"\b(?:welcom\w+|highlight\w+|pointed\s+to|noted|cited|quoted)\s+(?:the\s+)?(?:(?:report|"
    r"inspectors|ofsted)(?:['’]s?|['’])?\s+)?(?:finding|findings|conclusion)\s+that\s+",
    re.I,
)


# ... or the inspectors the subject of the quoted words themselves: 'She noted that inspectors
# "did not identify any children at risk of immediate harm"' (the words are the report's, in
# the officer's mouth).
_INSPECTORS_SUBJECT = lazyre.compile(
    r"\bthat\s+(?:the\s+)?(?:inspectors|ofsted|the\s+report|the\s+inspection|the\s+letter)\s*$"
    # ('practice had been found to provide "consistent support ..."': the finding's words)
    r"|\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:found|judged|described)\s+"
    r"(?:to\s+(?:be|have|provide|offer|give|show)|as)\s*$",
    re.I,
)


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


def _groups(par: str, pairs: list[tuple[int, int, int, int]]) -> list[list[tuple]]:
    """Quotations of a sentence a few words apart make one claim ('they feel ‘they are known’
    and that there is a ‘huge’ difference'); further apart, one claim each."""
    groups: list[list[tuple]] = []
    for p in pairs:
        gap = par[groups[-1][-1][3] : p[0]] if groups else ""
        if (
            groups
            and len(_words(gap)) <= MAX_GAP_WORDS
            # '"has significantly improved" and that personal advisers are "strong ..."':
            # a clause of its own, a claim of its own (not '‘they are known’ and that there
            # is a ‘huge’ difference': a word alone is checked with the words around it)
            and not (
                re.search(r"[;:]|\band\s+that\b", gap, re.I)
                and len(_words(par[groups[-1][-1][1] : groups[-1][-1][2]])) >= 3
                and len(_words(par[p[1] : p[2]])) >= 3
            )
            # 'described the work as “excellent” and said the approach is “deeply embedded”':
            # a verb of saying of its own starts a claim of its own
            and not _NEW_SAYING.search(gap)
        ):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


MAX_GAP_WORDS = 6
_NEW_SAYING = lazyre.compile(
    rf"\b(?:and|but)\s+(?:also\s+)?(?:had\s+|has\s+|have\s+)?(?:also\s+)?{_VERBS}\b", re.I
)


def find_quotes(text: str) -> list[QuoteSpan]:
    """The quotations an article attributes to the inspectors, Ofsted or the report.

    A sentence that names no speaker takes the last one named before it: news style runs a
    long quote over paragraphs of its own, and says "a damning Ofsted report has revealed"
    before quoting it.
    """
    spans: list[QuoteSpan] = []
    last: str | None = None  # whose words the last sentence that said so quoted
    inspector_named = False  # ... and it named an inspector
    offset = 0
    for par in text.split("\n"):
        pairs = _quote_pairs(par)
        masked = list(par)
        for a, _, _, d in pairs:
            for k in range(a + 1, max(a + 1, d - 1)):
                masked[k] = "x"
        masked_s = "".join(masked)
        for s_start, s_end in _sentences(par, masked_s, True) if par.strip() else ():
            in_sentence = [p for p in pairs if s_start <= p[0] < s_end]
            # (an 'x' of the text itself is kept: 'executive member')
            outside = "".join(
                ch
                for k, ch in enumerate(par[s_start:s_end], s_start)
                if masked_s[k] != "x" or ch == "x"
            )
            # 'she found' is the inspector's after a sentence that named one ('lead inspector
            # Anne Waterman said'), not after any mention of Ofsted
            attr = _attribution(outside, "ofsted" if inspector_named else None, last)
            if attr is None:
                attr = last
            else:
                last = attr
                inspector_named = attr == "ofsted" and bool(
                    _INSPECTOR_NAMED.search(outside) or _THIRD_PERSON_SPEAKS.search(outside)
                )
            if attr == "council" and in_sentence:
                # a councillor citing the report's words: 'highlighted the inspectors' finding
                # that leaders' ambition "permeates throughout the organisation"'
                lead = par[s_start : in_sentence[0][0]]
                cue = _last(_REPORT_WORDS_CITED.finditer(lead))
                if (
                    cue is not None
                    and not any(p.search(lead[cue.end() :]) for p in (_COUNCILLOR, _PRONOUN_SPEAKS))
                ) or _INSPECTORS_SUBJECT.search(lead):
                    attr = "ofsted"
            if attr != "ofsted" or not in_sentence:
                continue
            kept = [
                p
                for p in in_sentence
                if _words(par[p[1] : p[2]]) and not _GRADE_ONLY.match(par[p[1] : p[2]])
            ]
            groups = _groups(par, kept)
            lead_from = s_start
            for k, group in enumerate(groups):
                start, end = offset + group[0][0], offset + group[-1][3]
                # several claims in a sentence: each is read in its own part of it ('They
                # described the work as “excellent” and said the approach is “deeply
                # embedded”': the words around the second are not the first's)
                context = (
                    (
                        offset + lead_from,
                        offset + (groups[k + 1][0][0] if k + 1 < len(groups) else s_end),
                    )
                    if len(groups) > 1
                    else (offset + s_start, offset + s_end)
                )
                lead_from = group[-1][3]
                spans.append(
                    QuoteSpan(
                        start=start,
                        end=end,
                        fragments=tuple((offset + b, offset + c) for a, b, c, d in group),
                        context=context,
                        text=text[start:end],
                    )
                )
        offset += len(par) + 1
    return spans


# ---------------------------------------------------------------------------------------------
# Checking a quotation

_ELLIPSIS = lazyre.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]|\([^)]*\)")


def _parts(quoted: str) -> list[list[str]]:
    """The words of a quotation in the parts an ellipsis or an [insertion] leaves."""
    return [w for w in (_words(p) for p in _ELLIPSIS.split(quoted)) if w]


@dataclass
class _Match:
    doc: Any
    index: _DocIndex
    first: int
    last: int
    exact: bool
    changes: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    matched: int = 0
    # where each change's words begin in the passage aligned (for `_judge_in_context`)
    change_at: list[int] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.index.page_of(self.first)

    def evidence(self) -> Evidence:
        return Evidence(
            path=self.doc.path, page=self.page, quote=self.index.excerpt(self.first, self.last)
        )


# numbers in words beyond text.NUMBER_WORDS, for telling 'seventy' from 'seven' (words that
# share their first letters)
_BIG_NUMBERS = {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}


def _word_number(w: str) -> float | None:
    """The value of a number written in figures or in one word ('17', 'seventeen', 'third'),
    or None: text.number, but not for 'a', 'an' or 'both', words before they are numbers."""
    if w in ("a", "an", "both"):
        return None
    n = T.number(w)
    return n if n is not None else _BIG_NUMBERS.get(w)


def _same_word(a: str, b: str) -> bool:
    """An inflection of the same word: 'failings'/'failures', 'improve'/'improving'."""
    if a == b:
        return True
    # 'not in contact with seventeen care leavers' where the report has 'seven': a number
    # changed is a fact changed, whatever letters the two words share ('7' is 'seven')
    va, vb = _word_number(a), _word_number(b)
    if va is not None and vb is not None:
        return va == vb
    if any(ch.isdigit() for ch in a + b):  # 2021 is not 2022
        return False
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    # ('particularly' is not 'partnerships': four letters of twelve are another word's; nor
    # 'consistent' 'considerable': what follows five shared letters is no ending of one word)
    if n < 7 and max(len(a), len(b)) - n > 5:
        return False
    return (n >= 4 and 2 * n >= min(len(a), len(b))) or (n >= 3 and min(len(a), len(b)) <= 5)


# Words of one sense in a quotation ('since the previous inspection' for 'since the last
# inspection'): a reporter's slip, not a changed finding.
_SAME_SENSE = {
    w: set(g.split())
    for g in (
        "last previous prior preceding",
        # the verbs of being given a thing ('care leavers get exceptional support' for '...
        # receive exceptional support'): the same sense in a quotation's words
        "get gets getting got receive receives receiving received",
    )
    for w in g.split()
}


def _classify(
    changes: list[tuple[str, list[str], list[str]]],
) -> tuple[str, list[str]]:
    """'same', 'reworded' or 'changed', and the differences in words a reader understands."""
    worst = "same"
    notes: list[str] = []
    for tag, said, report in changes:
        said_content = [w for w in said if w not in SMALL_WORDS]
        report_content = [w for w in report if w not in SMALL_WORDS]
        negation = (set(said) ^ set(report)) & NEGATIONS or _negating(said) != _negating(report)
        if tag == "replace":
            unmatched = [
                w
                for w in said_content
                if not any(_same_word(w, r) or r in _SAME_SENSE.get(w, ()) for r in report_content)
            ]
            # a word of meaning in place of a small one ('rarely' for 'through') changes it too
            if negation or (unmatched and (report_content or report)):
                worst = "changed"
                notes.append(f"'{' '.join(said)}' where the report has '{' '.join(report)}'")
                continue
            notes.append(f"'{' '.join(said)}' for '{' '.join(report)}'")
        elif tag == "delete":  # words the article has and the report does not
            if negation:
                worst = "changed"
                notes.append(f"'{' '.join(said)}' added")
                continue
            notes.append(f"'{' '.join(said)}' added")
        else:  # words of the report the article leaves out
            if negation:
                worst = "changed"
                notes.append(f"'{' '.join(report)}' left out")
                continue
            notes.append(f"'{' '.join(report)}' left out")
        if worst == "same":
            worst = "reworded"
    return worst, notes


EDGE_WORDS = 2


def _key(word: str) -> str:
    """What aligning compares: a word's first four letters ('improve'/'improving')."""
    return word[:4]


def _align(words: list[str], index: _DocIndex) -> _Match | None:
    """The best window of a document for a passage not found word for word."""
    if not words or not index.words:
        return None
    keys = [_key(w) for w in words]
    votes: Counter[int] = Counter()
    n_doc = len(index.words)
    for i, (w, k) in enumerate(zip(words, keys, strict=True)):
        if w in SMALL_WORDS:
            continue
        where = index.positions.get(k, ())
        if len(where) > 60:  # a common word says little about where the passage is
            continue
        for p in where:
            votes[(p - i) // 8] += 1
    if len(votes) != 1:
        # a passage of small words whose words of meaning are changed or common ('has
        # declined so that this is now good' for 'has improved so that this is now
        # outstanding'): where a run of four of its words stands, if in few places
        for i in range(len(words) - 3):
            run = "".join(words[i : i + 4])
            places: list[int] = []
            at = index.chars.find(run)
            while at >= 0 and len(places) <= 3:
                places.append(index.word_at(at))
                at = index.chars.find(run, at + 1)
            if len(places) <= 3:
                for p in places:
                    if index.starts[p] == index.chars.find(run, index.starts[p]):
                        votes[(p - i) // 8] += 2
    if not votes:
        return None
    best: _Match | None = None
    for bucket, _ in votes.most_common(4):
        lo = max(0, bucket * 8 - 12)
        hi = min(n_doc, bucket * 8 + len(words) + 20)
        m = _align_window(words, index, lo, hi, best.matched if best is not None else 0)
        if m is not None:
            best = m
    return best


def _align_window(
    words: list[str], index: _DocIndex, lo: int, hi: int, beat: int = 0
) -> _Match | None:
    """The passage aligned word by word with index words lo:hi, if more than `beat` of its
    words match."""
    keys = [_key(w) for w in words]
    sm = difflib.SequenceMatcher(None, keys, index.keys[lo:hi], autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    if not blocks or matched <= beat:
        return None
    w_first = lo + blocks[0].b
    w_last = lo + blocks[-1].b + blocks[-1].size
    q_first = blocks[0].a
    q_last = blocks[-1].a + blocks[-1].size
    sm2 = difflib.SequenceMatcher(
        None, keys[q_first:q_last], index.keys[w_first:w_last], autojunk=False
    )
    changes: list[tuple[str, list[str], list[str]]] = []
    at: list[int] = []
    for tag, i1, i2, j1, j2 in sm2.get_opcodes():
        said = words[q_first + i1 : q_first + i2]
        report = index.words[w_first + j1 : w_first + j2]
        prev = words[q_first + i1 - 1] if q_first + i1 else ""
        if (
            tag == "insert"
            and report[-1] in QUANTIFIERS
            and prev in QUANTIFIERS
            and prev != report[-1]
        ):
            # 'all services' where the report has 'in all areas, most services': the
            # aligner matched the article's quantifier to an earlier one of the report's;
            # the thing counted has the report's other quantifier
            changes.append(("replace", [prev], [report[-1]]))
            at.append(q_first + i1 - 1)
            continue
        if tag != "equal":
            changes.append((tag, said, report))
            at.append(q_first + i1)
        elif said != report:  # 'improve' for 'improving': the same word, inflected
            for k, (x, y) in enumerate(zip(said, report, strict=True)):
                if x != y:
                    changes.append(("replace", [x], [y]))
                    at.append(q_first + i1 + k)
    # Words at the edges of the quote that the window does not match: a word or two
    # against the report's words beside the window ('partial failure' where the report
    # has 'corporate failure'), longer runs as the article's own words.
    first, last = w_first, w_last  # what the evidence shows: the edges' words too
    if q_first:
        before = index.words[max(0, w_first - q_first) : w_first]
        if q_first <= EDGE_WORDS and len(before) == q_first:
            changes.insert(0, ("replace", words[:q_first], before))
            first = w_first - q_first
        else:
            changes.insert(0, ("delete", words[:q_first], []))
        at.insert(0, 0)
    if q_last < len(words):
        n_after = len(words) - q_last
        after = index.words[w_last : w_last + n_after]
        if n_after <= EDGE_WORDS and len(after) == n_after:
            changes.append(("replace", words[q_last:], after))
            last = w_last + n_after
        else:
            changes.append(("delete", words[q_last:], []))
        at.append(q_last)
    return _Match(None, index, first, last, False, changes, matched, at)


def _inner(text: str) -> list[str]:
    pairs = _quote_pairs(text)
    return [text[b:c] for a, b, c, d in pairs] if pairs else [text]


def check_quote(
    claim_text: str,
    span: QuoteSpan | str | None,
    urns: Iterable[int],
    as_of: date | None,
    record: Any,
    texts: ReportTexts,
    context: str | None = None,
) -> tuple[Verdict, str, list[Evidence]]:
    """Find a quoted passage in the reports of the LA(s) and say whether the words match.

    `claim_text` is the claim's text (with its quotation marks); `span` the `QuoteSpan` that
    `find_quotes` gave for it (offsets into the article), the quoted words as a string, or None
    to take the words inside the marks of `claim_text`. `context` is the sentence around the
    quote: a one- or two-word quote ('huge') is read in it, so that a word changed inside a
    sentence the report prints is caught, not found somewhere else in the report.

    A quote not in the LA's reports is looked for in every report (joint services, a council
    the article names elsewhere): found there, it is supported, and the explanation says whose
    report it is; it is never contradicted from another council's report.
    """
    urns = list(urns)
    result = _check_quote(claim_text, span, urns, as_of, record, texts, context)
    if result[0] == Verdict.SUPPORTED and context and urns:
        figure = _figure_before_quote(claim_text, context, result[2], record, texts)
        if figure is not None:
            return figure
        dated = _date_before_quote(claim_text, context, result[2], record, texts)
        if dated is not None:
            return dated
    if result[0] != Verdict.NOT_IN_RECORD or not urns:
        return result
    negated = _negation_dropped(claim_text, span, urns, as_of, record, texts)
    if negated is not None:
        return negated
    elsewhere = _check_quote(claim_text, span, [], as_of, record, texts, context)
    # (a rewording found in another council's report is no finding of this one's: '"are no
    # longer good"' is not another report's words with some left out)
    if elsewhere[0] != Verdict.SUPPORTED or "(low confidence)" in elsewhere[1]:
        return result
    # (a stock phrase of four words or fewer, '"a force for change"', found in some other
    # council's report is no sign that the article meant that report: many reports print it)
    said = span.text if isinstance(span, QuoteSpan) else span if isinstance(span, str) else None
    inner = " ".join(_inner(said if said is not None else claim_text))
    if len(re.findall(r"[^\W_]+(?:['’][^\W_]+)?", inner)) <= 4:
        return result
    return (
        Verdict.SUPPORTED,
        "Not in the reports of the council named, but in another council's: "
        + elsewhere[1][0].lower()
        + elsewhere[1][1:],
        elsewhere[2],
    )


_NEGATION = r"(?:not|never|no\s+longer|not\s+yet)"

# A share the article gives right before a quotation ('finding that 76% of children are placed
# with adopters in under 14 months, "much better than the national average of 47%"'): the
# figure and the words after it, not said loosely ('around 60%', 'more than half')
_FIGURE_SAID = lazyre.compile(
    r"(?<![\w.£$])(?P<n>\d{1,3}(?:\.\d)?)\s*(?:%|per\s*cent\b)\s+(?P<rest>(?:[\w'’-]+,?\s+){2,7})",
    re.IGNORECASE,
)
_LOOSE_FIGURE = lazyre.compile(
    r"\b(?:about|around|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|some|"
    r"roughly|approximately|approaching|up\s+to|at\s+least|just|only|barely|close\s+to)\s+$",
    re.IGNORECASE,
)


_MONTH_YEAR = lazyre.compile(rf"\b(?P<m>{T.MONTH_NAME})\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


def _quoted_page(
    quoted: str, evidence: list[Evidence], record: Any, texts: ReportTexts
) -> tuple[str, int, str, re.Match[str]] | None:
    """The page (path, number, its flattened text) a quotation was found on, and where on it
    its first words are."""
    if len(evidence) != 1 or evidence[0].path is None or evidence[0].page is None:
        return None
    path, page = evidence[0].path, evidence[0].page
    docs = [d for d in getattr(record, "docs", ()) if d.path == path]
    if not docs:
        by_urn = getattr(record, "by_urn", None)
        if isinstance(by_urn, dict):
            docs = [d for ds in by_urn.values() for d in ds if d.path == path]
    if len(docs) != 1:
        return None
    pages = texts.pages(docs[0].id)
    if not 0 < page <= len(pages):
        return None
    flat = " ".join(pages[page - 1].replace("’", "'").split())
    head = " ".join(_words(quoted)[:4])
    spot = re.search(r"\W+".join(map(re.escape, head.split())), flat, re.IGNORECASE)
    if spot is None:
        return None
    return path, page, flat, spot


def _date_before_quote(
    quoted: str, context: str, evidence: list[Evidence], record: Any, texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A quotation found in the report, the article dating what it tells just before it ('a
    focused visit in November 2022 "identified a decline ..."', 'in June 2018 "a formal
    arrangement was implemented ..."'): when the report dates the same thing, in its words just
    before the passage, to another month, the date is changed: contradicted."""
    at = context.find(quoted)
    if at <= 0:
        return None
    lead = context[max(0, at - 90) : at]
    said = list(_MONTH_YEAR.finditer(lead))
    if not said or lead[said[-1].end() :].count(" ") > 4:
        return None
    mine = said[-1]
    noun = re.search(r"\b(visit|inspection|JTAI)\w*\b[^.;]{0,20}$", lead[: mine.start()], re.I)
    found = _quoted_page(quoted, evidence, record, texts)
    if found is None:
        return None
    path, page, flat, spot = found
    window = flat[max(0, spot.start() - 220) : spot.start()]
    theirs = list(_MONTH_YEAR.finditer(window))
    if not theirs:
        return None
    key = (mine.group("m").lower(), mine.group("y"))
    if any((x.group("m").lower(), x.group("y")) == key for x in _MONTH_YEAR.finditer(flat)):
        return None  # (the article's month is on the page: another reading of the words)
    near = theirs[-1]
    if noun is not None:
        # the report's date of the same kind of event, just before the passage
        if not re.search(
            rf"\b{noun.group(1)}", window[max(0, near.start() - 40) : near.end() + 25], re.I
        ):
            return None
    elif len(window) - near.end() > 14:
        return None  # ("In June 2017, a formal arrangement ...": the date right before it)
    return (
        Verdict.CONTRADICTED,
        f"The quoted words are the report's, but it dates them to {near.group(0)}, not "
        f"{mine.group(0)} (page {page} of {Path(path).stem}).",
        [
            Evidence(
                path,
                page,
                window[max(0, near.start() - 40) :] + flat[spot.start() : spot.start() + 80],
            )
        ],
    )


def _figure_before_quote(
    quoted: str, context: str, evidence: list[Evidence], record: Any, texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A quotation found in the report, the article's clause before it giving a share ('76% of
    children are placed with adopters'): when the report's words just before the quotation
    give the same thing ('67% are placed with adopters in under 14 months, much better than
    ...') with another figure, and not the article's anywhere near, the figure is changed:
    contradicted."""
    at = context.find(quoted)
    if at <= 0 or len(evidence) != 1 or evidence[0].path is None or evidence[0].page is None:
        return None
    lead = context[:at]
    lead = lead[max(lead.rfind(";"), lead.rfind(":"), lead.rfind("\u201d"), lead.rfind('"')) + 1 :]
    said = [m for m in _FIGURE_SAID.finditer(lead) if not _LOOSE_FIGURE.search(lead[: m.start()])]
    if len(said) != 1:
        return None
    m = said[0]
    n = float(m.group("n"))
    words = {w for w in _words(m.group("rest")) if w not in SMALL_WORDS and not w.isdigit()}
    if len(words) < 2:
        return None
    found = _quoted_page(quoted, evidence, record, texts)
    if found is None:
        return None
    path, page, flat, spot = found
    window = flat[max(0, spot.start() - 250) : spot.start()]
    figures = list(_FIGURE_SAID.finditer(window + " "))
    theirs = [
        f
        for f in figures
        if len(words & {w for w in _words(f.group("rest")) if w not in SMALL_WORDS}) >= 2
    ]
    if len(theirs) != 1 or any(float(f.group("n")) == n for f in figures):
        return None
    f = theirs[0]
    if float(f.group("n")) == n:
        return None
    around = window[max(0, f.start() - 40) :] + flat[spot.start() : spot.start() + 80]
    return (
        Verdict.CONTRADICTED,
        f"The quoted words are the report's, but it gives {f.group('n')}% "
        f"'{' '.join(f.group('rest').split()[:5])}', not {m.group('n')}% (page {page} of "
        f"{Path(path).stem}).",
        [Evidence(path, page, around)],
    )


def _quoted_parts(span: Any, claim_text: str) -> list[str]:
    """The words a claim puts in quotation marks: the fragments of its QuoteSpan, the string
    given, or the quoted passages of its text; only those that hold words."""
    if isinstance(span, QuoteSpan):
        quoted = [claim_text[a - span.start : b - span.start] for a, b in span.fragments]
    elif isinstance(span, str):
        quoted = [span]
    else:
        quoted = _inner(claim_text)
    return [q for q in quoted if _words(q)]


def _negation_dropped(
    claim_text: str,
    span: QuoteSpan | str | None,
    urns: list[int],
    as_of: date | None,
    record: Any,
    texts: ReportTexts,
) -> tuple[Verdict, str, list[Evidence]] | None:
    """'found services "are consistently strong"' where the council's letter says they 'are
    improving but are not consistently strong': the quoted words are the report's with its
    'not' (or 'never', 'no longer') left out, which says the opposite: contradicted. Only
    when the quote, three words or more, is nowhere in the council's reports as it stands."""
    quoted = _quoted_parts(span, claim_text)
    if len(quoted) != 1:
        return None
    said = _words(quoted[0])
    if not 3 <= len(said) <= 12 or any(re.fullmatch(_NEGATION, w) for w in said):
        return None
    pattern = re.compile(
        r"\b"
        + r"\s+".join(
            re.escape(w) + (rf"(?P<neg{i}>\s+{_NEGATION})?" if i < len(said) - 1 else "")
            for i, w in enumerate(said)
        )
        + r"\b",
        re.IGNORECASE,
    )
    docs = [d for urn in urns for d in _la_docs(record, texts, urn)]
    for d in _in_order(docs, as_of):
        p = _when(d)
        if as_of is not None and p is not None and p > as_of + timedelta(days=3):
            continue
        for i, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.replace("’", "'").split())
            for m in pattern.finditer(flat):
                if any(m.group(f"neg{k}") for k in range(len(said) - 1)):
                    around = flat[max(0, m.start() - 60) : m.end() + 40]
                    return (
                        Verdict.CONTRADICTED,
                        f"The report says '{m.group(0)}': the quote leaves out its negation "
                        f"(page {i + 1} of {Path(d.path).stem}).",
                        [Evidence(d.path, i + 1, around)],
                    )
    return None


def _check_quote(
    claim_text: str,
    span: QuoteSpan | str | None,
    urns: Iterable[int],
    as_of: date | None,
    record: Any,
    texts: ReportTexts,
    context: str | None = None,
) -> tuple[Verdict, str, list[Evidence]]:
    quoted = _quoted_parts(span, claim_text)
    docs = [d for urn in urns for d in _la_docs(record, texts, urn)]
    if not docs:
        # a council abolished, of which ilacs holds no report ("Northamptonshire Children's
        # Trust ... the report said"): the reports of the councils that took over its work
        docs = [d for urn in urns for s in _successors(urn) for d in _la_docs(record, texts, s)]
    if not quoted:
        return Verdict.NOT_IN_RECORD, "No quoted words to look for.", []
    if docs:
        docs = _in_order(docs, as_of)
    else:
        # An article that names no council: the reports that print the quote's words, the
        # likeliest first
        docs = _candidates(quoted, record, texts)
    if not docs:
        return (
            Verdict.NOT_IN_RECORD,
            "The quoted words are in none of the reports ilacs holds.",
            [],
        )
    short = any(len(_words(q)) <= 3 for q in quoted)

    # 1. The quoted words themselves, part by part (ellipses and insertions split them).
    found: list[_Match] = []
    missing: list[str] = []
    for q in quoted:
        hit = _find_exact(_parts(q), docs, texts)
        if hit:
            found.append(hit)
        else:
            missing.append(q)

    # 2. A short quote is read in its sentence: the report may print that sentence with
    # another word in the marks ('a huge difference' -> 'a small difference').
    if context and short:
        verdict = _judge_in_context(context, quoted, docs, texts)
        # a change read in a sentence of several quotations stands only if the changed
        # quotation's own part of the sentence shows it too: the words around another
        # quotation are that one's ('"... are transformed" and described the corporate
        # response as "impressive"')
        changed_q: str | None = None
        if verdict is not None and verdict[0] == Verdict.CONTRADICTED and len(quoted) > 1:
            verdict = None
            for q in quoted:
                own = _judge_in_context(_own_context(context, quoted, q), [q], docs, texts)
                if own is not None and own[0] == Verdict.CONTRADICTED:
                    verdict, changed_q = own, q
                    break
        # the quoted words printed as they stand in the report: a sentence of the report
        # like the article's but with another word there is some other sentence
        # ('they "are improving well"' where the report also says 'are improving, although')
        # (of three words or more: a word or two, 'small', is printed somewhere in any report;
        # of several quotations, the one read as changed: '"aspirational for children and
        # young people"' printed as it stands beside a '"relentless focus"')
        printed = not missing and (
            all(len(_words(q)) >= 3 for q in quoted)
            or (changed_q is not None and len(_words(changed_q)) >= 3)
        )
        if verdict is not None and not (verdict[0] == Verdict.CONTRADICTED and printed):
            return verdict
    if not missing:
        for q in quoted if context else []:
            own_context = _own_context(context or "", quoted, q)
            changed = (
                _setting_change(own_context, q, docs, texts)
                or _scale_said_of(own_context, q, docs, texts)
                or _subject_swap(own_context, q, docs, texts)
            )
            if changed is not None:
                return changed
        return _supported(found)

    # 3. Word by word: the best window of the LA's reports for each missing part.
    worst = "same"
    notes: list[str] = []
    for q in missing:
        words = [w for part in _parts(q) for w in part]
        swapped = _scale_swap(q, docs, texts)
        if swapped is not None:
            return swapped
        # (a short quotation whose words of meaning are few and common: every window of the
        # council's reports as long as it, looked for once)
        whole = len(_parts(q)) == 1
        one = _one_word_window(words, docs, texts) if whole else None
        if one is not None and _one_word_swapped(one, words):
            # ('"are a clear strength"' where the report has 'are a real strength': the one
            # window as long as the quotation, one word inside it changed)
            why = _classify(one.changes)[1]
            return _passage_changed(one, found, f"word for word but for one word: {why[0]}")
        best = _best_alignment(words, docs, texts)
        if best is not None and _clearly_there(best, words):
            matches = [best]
        else:
            # a quote stitched from two passages of the report, clause by clause
            matches = _clauses_found(q, docs, texts)
            if matches:
                notes.append("put together from separate passages of the report")
                worst = "reworded" if worst == "same" else worst
        if not matches:
            local = (
                _local_change(_own_context(context, quoted, q), q, docs, texts) if context else None
            )
            if local is not None:
                return local
            if best is None or not _one_word_swapped(best, words):
                best = one if whole else _one_word_window(words, docs, texts)
            if best is not None and _one_word_swapped(best, words):
                why = _classify(best.changes)[1]
                return _passage_changed(best, found, f"word for word but for one word: {why[0]}")
            if len(missing) == len(quoted) or len(words) > 3:
                return (
                    Verdict.NOT_IN_RECORD,
                    f"'{_short(q)}' is not in the reports ilacs holds for this council.",
                    [m.evidence() for m in found],
                )
            continue
        for m in matches:
            kind, why = _classify(m.changes)
            if kind == "changed" and not _surely_this_passage(m, words) and context:
                # too short to be sure alone: the article's words around it may show the
                # report's sentence ('"drift and delay affect some services" for children
                # who need help' where the report has 'Drift and delay permeate services
                # for children in need of help')
                verdict = _judge_in_context(
                    _own_context(context, quoted, q), [q], docs, texts, least=8
                )
                if verdict is not None and verdict[0] == Verdict.CONTRADICTED:
                    return verdict
                if _context_confirms(m, context, q):
                    # 'there had been "significant gaps in funding" since the last inspection
                    # in 2016' where the report has 'Since the last inspection in 2016, there
                    # have been significant gaps in management'
                    m.doc = m.doc if m.doc is not None else docs[0]
                    return (
                        Verdict.CONTRADICTED,
                        f"The passage is on {_where(m)}, beside the words the article puts "
                        f"around it, but with words changed: {'; '.join(why[:3])}.",
                        [*[f.evidence() for f in found], m.evidence()],
                    )
            if (
                kind == "changed"
                and not _surely_this_passage(m, words)
                and _judgement_turned(m, words)
            ):
                return _passage_changed(
                    m,
                    found,
                    f"word for word but for its judgement turned round: {'; '.join(why[:3])}",
                )
            if (
                kind == "changed"
                and not _surely_this_passage(m, words)
                and _one_word_swapped(m, words)
            ):
                return _passage_changed(m, found, f"word for word but for one word: {why[0]}")
            if kind == "changed" and not _surely_this_passage(m, words):
                local = (
                    _local_change(_own_context(context, quoted, q), q, docs, texts)
                    if context
                    else None
                )
                if local is not None:
                    return local
                # too little of it matches to say the article changed *this* passage
                return (
                    Verdict.NOT_IN_RECORD,
                    f"'{_short(q)}' is not in the reports ilacs holds "
                    f"(the nearest passage, {_where(m)}, differs too much).",
                    [m.evidence() for m in found],
                )
            found.append(m)
            notes.extend(why)
            if kind == "changed":
                worst = "changed"
            elif kind == "reworded" and worst == "same":
                worst = "reworded"
    if not found:
        return Verdict.NOT_IN_RECORD, "The quoted words are not in the reports ilacs holds.", []
    evidence = [m.evidence() for m in found]
    where = _where(found[-1])
    if worst == "changed":
        return (
            Verdict.CONTRADICTED,
            f"The passage is on {where}, but with words changed: {'; '.join(notes[:3])}.",
            evidence,
        )
    if worst == "reworded":
        return (
            Verdict.SUPPORTED,
            f"Reworded without changing the sense (low confidence), {where}: "
            f"{'; '.join(notes[:3])}.",
            evidence,
        )
    return _supported(found)


def _candidates(quoted: list[str], record: Any, texts: ReportTexts, limit: int = 5) -> list[Any]:
    """Documents whose text holds a run of the quote's words (full-text search), for a quote
    whose council the article does not name."""
    runs = []
    for q in quoted:
        for part in _parts(q):
            if len(part) >= 3:
                runs += [part[i : i + 5] for i in range(0, max(1, len(part) - 4), 5)][:4]
    if not runs:
        return []
    # runs of its words, and (for a quote put together from passages) all its longest words
    longest = sorted(
        {w for q in quoted for w in _words(q) if w not in SMALL_WORDS and not w.isdigit()},
        key=lambda w: (-len(w), w),
    )[:6]
    ids: list[int] = []
    for query in (
        " OR ".join('"' + " ".join(r) + '"' for r in runs),
        " AND ".join(f'"{w}"' for w in longest),
    ):
        try:
            found = texts.documents_matching(query, limit)
        except sqlite3.OperationalError as e:  # a word FTS reads as syntax
            log.info("full-text search for a quote failed: %s", e)
            continue
        ids += [i for i in found if i not in ids]
    by_id = getattr(record, "by_id", None)
    if not isinstance(by_id, dict):
        by_id = {d.id: d for d in getattr(record, "docs", record or ())}
    return [by_id[i] for i in ids if i in by_id]


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _doc_label(d: Any) -> str:
    """A document's file name, with its day of publication when ilacs holds it (or the day its
    letter's file name gives)."""
    published = getattr(d, "published", None) or _day_published(d)
    return f"{Path(d.path).stem}" + (f" (published {published})" if published else "")


def _where(m: _Match) -> str:
    label = Path(m.doc.path).stem if m.doc is not None else "the report"
    published = getattr(m.doc, "published", None)
    when = f" (published {published.isoformat()})" if published else ""
    return f"page {m.page} of {label}{when}"


def _supported(found: list[_Match]) -> tuple[Verdict, str, list[Evidence]]:
    places = sorted({_where(m) for m in found})
    return (
        Verdict.SUPPORTED,
        f"The quoted words are in the report: {'; '.join(places)}.",
        [m.evidence() for m in found],
    )


def _find_exact(parts: list[list[str]], docs: list[Any], texts: ReportTexts) -> _Match | None:
    if not parts:
        return None
    for d in docs:
        index = texts.index(d.id)
        hit = index.find(parts)
        if hit:
            first, last = hit
            return _Match(d, index, first, last, True, [], last - first)
    return None


def _best_alignment(
    words: list[str], docs: list[Any], texts: ReportTexts, enough: float = 0.9
) -> _Match | None:
    best: _Match | None = None
    for d in docs:
        m = _align(words, texts.index(d.id))
        # as many words matched in a tighter window is the nearer passage ('a complacent
        # corporate parent': a letter's 'A conscientious corporate parent' rather than a
        # report's 'a more robust approach to corporate parenting')
        if m is not None and (
            best is None
            or m.matched > best.matched
            or (m.matched == best.matched and m.last - m.first < best.last - best.first)
        ):
            m.doc = d
            best = m
            if m.matched >= enough * len(words):  # nearest report first: good enough
                break
    return best


_CLAUSE = lazyre.compile(r"[,;:–—]|\s-\s|\bwith\b|\band\b", re.I)


def _clauses_found(quoted: str, docs: list[Any], texts: ReportTexts) -> list[_Match]:
    """Each clause of a quote found (word for word or nearly) in one report, else []."""
    clauses = [c for c in (_words(c) for c in _CLAUSE.split(quoted)) if c]
    # short pieces join the clause before them
    merged: list[list[str]] = []
    for c in clauses:
        if merged and (len(c) < 3 or len(merged[-1]) < 3):
            merged[-1] = merged[-1] + c
        else:
            merged.append(c)
    if len(merged) < 2:
        return []
    for d in docs:
        index = texts.index(d.id)
        out = []
        for words in merged:
            m = _align(words, index)
            if m is None or m.matched < 3 or m.matched < 0.75 * len(words):
                break
            m.doc = d
            out.append(m)
        else:
            return out
    return []


def _surely_this_passage(m: _Match, words: list[str]) -> bool:
    """Enough of the passage matches, and few enough of its words changed, to call a change
    to it a contradiction rather than another passage."""
    changed = sum(len(said) for tag, said, _ in m.changes if tag != "insert")
    return m.matched >= 4 and m.matched >= 0.7 * len(words) and changed <= max(3, len(words) // 4)


def _judgement_turned(m: _Match, words: list[str]) -> bool:
    """The report's passage word for word, in a run as long as the quotation, but for a word
    or two of judgement turned to the opposite ('significant, isolated and systemic' for
    'significant, widespread and systemic'; 'receive patchy and ineffective services' for
    'receive strong and effective services'): every other word matched, the first and the
    last among them."""
    if len(words) < 4 or m.matched < 3 or m.matched + 2 < len(words):
        return False
    if m.last - m.first != len(words):
        return False
    changes = [ch for ch in m.changes if ch[0] != "equal"]
    if not changes or len(changes) > 2:
        return False
    # ('forward thinking but inconsistent leadership' for 'forward thinking and inspirational
    # leadership': the joining word turned with the judgement it joins)
    joins = {"and", "but", "yet"}
    turned = 0
    for tag, said, report in changes:
        if tag != "replace" or len(said) != 1 or len(report) != 1:
            return False
        if said[0] in joins and report[0] in joins:
            continue
        if not _opposed(_key(said[0]), _key(report[0])) and not _opposed(said[0], report[0]):
            return False
        turned += 1
    if not turned:
        return False
    keys = [_key(w) for w in words]
    changed = {_key(ch[1][0]) for ch in changes}
    return keys[0] not in changed and keys[-1] not in changed


def _passage_changed(
    m: _Match, found: list[_Match], how: str
) -> tuple[Verdict, str, list[Evidence]]:
    """A quotation contradicted: the report's passage `m`, and `how` the article changed it."""
    return (
        Verdict.CONTRADICTED,
        f"The passage is on {_where(m)}, {how}.",
        [*[f.evidence() for f in found], m.evidence()],
    )


def _one_word_window(words: list[str], docs: list[Any], texts: ReportTexts) -> _Match | None:
    """The one window of the reports, as long as a quotation of four to eight words, that
    matches it word for word but for one word inside it ('"are a clear strength"' where the
    report has 'are a real strength'), or None (none, or more than one)."""
    n = len(words)
    if not 4 <= n <= 8:
        return None
    keys = [_key(w) for w in words]
    hits: list[_Match] = []
    for d in docs:
        index = texts.index(d.id)
        doc_keys = index.keys
        anchor = keys[0]
        for p in index.positions.get(anchor, ()):
            if p + n > len(doc_keys) or doc_keys[p + n - 1] != keys[-1]:
                continue
            off = [i for i in range(1, n - 1) if doc_keys[p + i] != keys[i]]
            if len(off) != 1:
                continue
            i = off[0]
            m = _Match(d, index, p, p + n, False, [], n - 1)
            m.changes = [("replace", [words[i]], [index.words[p + i]])]
            m.change_at = [i]
            hits.append(m)
    # (the same words in two reports are one passage; two different words, no telling which)
    if len({h.changes[0][2][0] for h in hits}) != 1:
        return None
    return hits[0]


def _one_word_swapped(m: _Match, words: list[str]) -> bool:
    """The report's passage word for word, as long as the quotation, but for one word of
    meaning put in another's place ('"steady and too slow"' where the report has 'uneven and
    too slow'; '"have gradually deteriorated"' for 'have significantly deteriorated'): a
    quotation changed, not another passage. Three words at least, and of three the middle
    one, so that two words of the report's either side hold it in place."""
    if len(words) < 3 or m.matched != len(words) - 1 or m.last - m.first != len(words):
        return False
    changes = [ch for ch in m.changes if ch[0] != "equal"]
    if len(changes) != 1:
        return False
    tag, said, report = changes[0]
    if tag != "replace" or len(said) != 1 or len(report) != 1:
        return False
    a, b = said[0], report[0]
    if a in SMALL_WORDS or b in SMALL_WORDS or _same_word(a, b) or b in _SAME_SENSE.get(a, ()):
        return False
    if len(words) == 3 and _key(words[1]) != _key(a):
        return False
    return True


def _clearly_there(m: _Match, words: list[str]) -> bool:
    """Enough of the passage, in order, to say it is this one with some words changed."""
    if m.matched >= 3 and m.matched >= 0.6 * len(words):
        return True
    # 'relentless ambition' for 'relentless in their ambition': every word, a few apart
    return m.matched == len(words) and m.last - m.first <= len(words) + 4


CONTEXT_WORDS = 5  # the article's words of meaning either side of a quotation read as its setting
NEAR_WORDS = 15  # the report's words either side of a passage
WIDE_WORDS = 80  # the report's words of a paragraph either side of a passage


def _context_confirms(m: _Match, context: str, q: str) -> bool:
    """A short passage found with a word changed is the one the article quotes when the
    article's words just around the quotation are beside it in the report too: three of
    them at least, one a number, or four (words that say nothing of what was found, such as
    'children' or 'inspection', do not count)."""
    at = context.find(q)
    if at < 0:
        return False
    quoted = set(_words(q))

    def content(words: list[str]) -> list[str]:
        return [
            w
            for w in words
            if w not in _FINDING_FILLER and w not in quoted and (len(w) > 2 or w.isdigit())
        ]

    before = content(_words(context[:at]))[-CONTEXT_WORDS:]
    after = content(_words(context[at + len(q) :]))[:CONTEXT_WORDS]
    near = {_key(w) for w in before + after}
    index = m.index
    report = index.words[max(0, m.first - NEAR_WORDS) : m.last + NEAR_WORDS]
    shared = near & {_key(w) for w in report}
    # the report's initials for the article's words ('PAs' for 'personal advisers', 'MASH'
    # for 'multi-agency safeguarding hub'): one more word beside it
    spelt = _words(context[:at])[-8:] + _words(context[at + len(q) :])[:8]
    spelt = [w for w in spelt if w not in SMALL_WORDS]
    short = {
        w.removesuffix("s") for w in report if 2 <= len(w) <= 5 and w not in SMALL_WORDS
    } - SMALL_WORDS
    if any(
        "".join(w[0] for w in spelt[i : i + n]) in short
        for n in (2, 3, 4)
        for i in range(len(spelt) - n + 1)
    ):
        shared = shared | {"(initials)"}
    return len(shared) >= 4 or (len(shared) >= 3 and any(k.isdigit() for k in shared))


LOCAL_WORDS = 5  # the article's words either side of a quotation that place it in the report


def _local_change(
    context: str, q: str, docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A quotation read with the article's words just around it ('poor recording and practice
    found in "some 40 cases" had not been ...'): when the report prints those words around
    the quotation's with a word of meaning or a number inside the marks changed ('some 20
    cases'), the article changed the report's words. None unless the setting is plainly the
    report's: most of the words around matched on both sides, the rest of the quote too."""
    at = context.find(q)
    if at < 0:
        return None
    before = _words(context[:at])[-LOCAL_WORDS:]
    inside = _words(q)
    after = _words(context[at + len(q) :])[:LOCAL_WORDS]
    if not inside or len(before) + len(after) < 4:
        return None
    words = before + inside
    words += after
    best = _best_alignment(words, docs, texts, enough=0.8)
    if best is None or best.matched < max(7, 0.65 * len(words)):
        return None
    lo, hi = len(before), len(before) + len(inside)
    at_ = best.change_at if len(best.change_at) == len(best.changes) else []
    if not at_:
        return None
    sm = difflib.SequenceMatcher(
        None, [_key(w) for w in words], best.index.keys[best.first : best.last], autojunk=False
    )
    hits = [(b.a, b.size) for b in sm.get_matching_blocks() if b.size]
    matched_at = {a + k for a, n in hits for k in range(n)}
    # the setting: the article's words beside the marks matched, three at least, and a
    # neighbour of the quotation
    if len(matched_at - set(range(lo, hi))) < 3 or not {lo - 1, hi} & matched_at:
        return None
    # a fragile reading must not contradict: the report's passage hardly longer than the
    # article's words, and half the quotation's own words matched ('all care leavers
    # "irrespective of where they live"' is not '86 all 13 care leavers who spoke with
    # inspectors said ...')
    if best.last - best.first > len(words) + 4:
        return None
    if 2 * len(matched_at & set(range(lo, hi))) < len(inside):
        return None
    changed: list[tuple[list[str], list[str]]] = []
    for n, (tag, said, report) in enumerate(best.changes):
        start = at_[n]
        if start + len(said) <= lo or start >= hi:
            continue  # the article's own words outside the marks
        if tag == "insert" and not set(report) & NEGATIONS:
            continue  # the report's words the quotation leaves out
        if tag != "replace" or len(said) > 2 or not report or len(report) > 3:
            return None
        content = [w for w in said if w not in SMALL_WORDS or w in NEGATIONS]
        if not content or any(_same_word(w, r) for w in said for r in report):
            return None
        changed.append((said, report))
    if len(changed) != 1:
        return None
    said, report = changed[0]
    if len(inside) - len(said) < 1:
        return None
    return (
        Verdict.CONTRADICTED,
        f"The report prints the words around this quotation on {_where(best)} with "
        f"'{' '.join(report)}' where the article quotes '{' '.join(said)}'.",
        [best.evidence()],
    )


def _setting_change(
    context: str, q: str, docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """Words the report prints somewhere, quoted after the article's words that lead, in the
    report, to the same words with one changed ('services for children adopted and for care
    leavers "are not yet consistently good"' where the report has 'Services for children
    adopted and to care leavers are now consistently good' and says 'are not yet consistently
    good' of something else): the article changed what the report says of this."""
    at = context.find(q)
    inside = _words(q)
    if at < 0 or not 3 <= len(inside) <= 8:
        return None
    before = _words(context[:at])[-8:]
    if len(before) < 6:
        return None
    m = _best_alignment(before, docs, texts)
    if m is None or m.matched < max(5, 0.7 * len(before)):
        return None
    # the report's passage runs up to the article's last word before the quotation
    if m.index.keys[m.last - 1] != _key(before[-1]):
        return None
    follow = m.index.words[m.last : m.last + len(inside) + 2]
    sm = difflib.SequenceMatcher(
        None, [_key(w) for w in inside], [_key(w) for w in follow], autojunk=False
    )
    ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in sm.get_opcodes() if tag == "equal")
    if sm.get_opcodes()[0][0] != "equal" or equal < len(inside) - 2 or equal < 2:
        return None
    # the words after the quote's last may run on in the report
    ops = [o for o in ops if not (o[0] == "insert" and o[1] == len(inside))]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    said, report = inside[i1:i2], follow[j1:j2]
    if len(said) > 2 or len(report) > 2:
        return None
    if not [w for w in said + report if w not in SMALL_WORDS or w in NEGATIONS]:
        return None
    if any(_same_word(w, r) for w in said for r in report):
        return None
    # the quoted words printed as they stand within a sentence or two of the passage the
    # article's lead-in words were found in ('Likewise, children who arrive in Bristol as
    # unaccompanied asylum seekers benefit from effective support. There is more to be done to
    # make sure that children benefit from consistently good support'): the lead-in is the
    # article's own, matched loosely, and the report says the quoted words of it
    at_word = m.index.find([inside], max(0, m.first - 40))
    if at_word is not None and at_word[0] <= m.last + 40:
        return None
    m.last = m.last + len(follow)
    return (
        Verdict.CONTRADICTED,
        f"The report says this of what the article names on {_where(m)}, with "
        f"'{' '.join(report)}' where the article quotes '{' '.join(said)}'.",
        [m.evidence()],
    )


# Words that say how good, how much or how widespread: one of them in a quotation in place of
# the report's word of another sign or degree ('inconsistent' for 'relentless', 'slightly'
# for 'significantly', 'isolated' for 'widespread', 'good' for 'outstanding') changes what the
# report found. Their sign: +1 praise, -1 criticism.
_SIGN = {
    **dict.fromkeys(
        """good outstanding exemplary excellent exceptional strong effective effectively
        impressive robust stable consistent consistently relentless rigorous thorough secure
        carefully thoughtful skilled passionate sustained swift swiftly timely rapid rapidly
        quick quickly improved improving well inspirational inspiring""".split(),
        1,
    ),
    **dict.fromkeys(
        """inadequate poor poorly weak ineffective inconsistent inconsistently variable patchy
        stretched fragile unstable insufficient insufficiently superficial cursory
        fragmented deteriorating deteriorated declining declined failing unsafe slow
        slowly ineffectively worsened worsening""".split(),
        -1,
    ),
}
# Words on one scale, by degree: the Ofsted grades, how much, how widespread.
_LEVEL = {
    **{w: ("grade", 4) for w in "outstanding exemplary excellent exceptional".split()},
    "good": ("grade", 3),
    "adequate": ("grade", 2),
    **{w: ("grade", 1) for w in "inadequate poor".split()},
    **{
        w: ("degree", 1)
        for w in "slightly marginally somewhat partially partly modestly minimally".split()
    },
    **{
        w: ("degree", 2)
        for w in """significantly substantially considerably greatly markedly dramatically
        vastly hugely rapidly""".split()
    },
    **{w: ("extent", 1) for w in "isolated occasional occasionally rare rarely".split()},
    **{w: ("extent", 2) for w in "widespread systemic pervasive endemic entrenched".split()},
}


def _opposed(said: str, report: str) -> bool:
    """Two words of judgement that say different things ('good'/'outstanding',
    'inconsistent'/'relentless', 'slightly'/'significantly'); not an inflection."""
    if said == report or _same_word(said, report):
        return False
    if said in _SIGN and report in _SIGN and _SIGN[said] != _SIGN[report]:
        return True
    a, b = _LEVEL.get(said), _LEVEL.get(report)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def _scale_swap(
    q: str, docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A quotation the council's reports do not print, whose words they print with one word of
    judgement in another's place ('"isolated but serious failures"' where the report has
    'widespread and serious failures'; '"receive a good service"' for '... an outstanding
    service'): the article changed what the report found. Every other word of meaning of the
    quotation must stand in the report's passage, in order, and the passage be hardly longer
    than the quotation (its small words, 'a'/'an', 'but'/'and', may differ, and it may hold
    a word or two the quotation leaves out)."""
    parts = _parts(q)
    if len(parts) != 1:
        return None
    words = parts[0]
    if not 2 <= len(words) <= 16:
        return None
    slots = [i for i, w in enumerate(words) if w in _SIGN or w in _LEVEL]
    # (one word of judgement turned, or two of a short quotation: '"reacted slowly and
    # ineffectively"' where the report has 'reacted rapidly and effectively')
    if not slots or len(slots) > (2 if len(words) <= 6 else 1):
        return None
    for at in slots:
        found = _scale_swap_at(words, at, set(slots), docs, texts)
        if found is not None:
            return found
    return None


def _scale_swap_at(
    words: list[str], at: int, slots: set[int], docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """`_scale_swap` with the word at `at` the one turned (and any other of `slots` turned
    too)."""
    frame = [w for i, w in enumerate(words) if i != at and w not in SMALL_WORDS]
    if not frame or (len(frame) == 1 and len(frame[0]) < 6):
        return None
    keys = [_key(w) for w in words]
    # a frame of one word ('"slightly strengthened"') is read in the report the article is
    # about only: some other passage of an older report may have it
    for d in docs if len(frame) > 1 else docs[:1]:
        index = texts.index(d.id)
        anchor = _key(frame[0])
        for p in index.positions.get(anchor, ()):
            lo = max(0, p - len(words) - 2)
            hi = min(len(index.words), p + len(words) + 3)
            sm = difflib.SequenceMatcher(None, keys, index.keys[lo:hi], autojunk=False)
            blocks = [b for b in sm.get_matching_blocks() if b.size]
            if not blocks:
                continue
            j_first, j_last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
            a_first, a_last = blocks[0].a, blocks[-1].a + blocks[-1].size
            # the slot may open or close the quotation (with small words beside it: 'isolated
            # but serious'): as many of the report's words beside the passage
            if at < a_first and all(w in SMALL_WORDS for w in words[at + 1 : a_first]):
                a_first, j_first = 0, j_first - a_first
            if at >= a_last and all(w in SMALL_WORDS for w in words[a_last:at]):
                j_last, a_last = j_last + len(words) - a_last, len(words)
            if a_first != 0 or a_last != len(words) or j_first < 0:
                continue
            if j_last - j_first > len(words) + 2:
                continue
            report = index.words[j_first:j_last]
            sm2 = difflib.SequenceMatcher(None, keys, [_key(w) for w in report], autojunk=False)
            swap: tuple[list[str], list[str]] | None = None
            ok = True
            for tag, i1, i2, j1, j2 in sm2.get_opcodes():
                if tag == "equal":
                    continue
                said_w, report_w = words[i1:i2], report[j1:j2]
                turned = [k for k in range(i1, i2) if k in slots]
                if turned:
                    if tag != "replace" or len(report_w) > 3:
                        ok = False
                        break
                    if any(
                        w not in SMALL_WORDS for k, w in enumerate(said_w, i1) if k not in turned
                    ):
                        ok = False
                        break
                    if not all(any(_opposed(words[k], r) for r in report_w) for k in turned):
                        ok = False
                        break
                    swap = (
                        (swap[0] + said_w, swap[1] + report_w)
                        if swap is not None
                        else (said_w, report_w)
                    )
                elif tag == "insert" and len(report_w) <= 2 and not set(report_w) & NEGATIONS:
                    continue  # a word or two the quotation leaves out
                elif all(w in SMALL_WORDS and w not in NEGATIONS for w in said_w + report_w):
                    continue  # 'a' for 'an', 'but' for 'and'
                else:
                    ok = False
                    break
            if not ok or swap is None or words[at] not in swap[0]:
                continue
            m = _Match(d, index, j_first, j_last, False)
            return (
                Verdict.CONTRADICTED,
                f"The passage is on {_where(m)}, but with words changed: "
                f"'{' '.join(swap[0])}' where the report has '{' '.join(swap[1])}'.",
                [m.evidence()],
            )
    return None


_LINKING = frozenset(
    """as was were is are be been being remains remained remain described called labelled
    branded deemed found judged rated considered seen""".split()
)


def _scale_said_of(
    context: str, q: str, docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A one-word quotation of judgement said of a thing the article names just before it
    ('described the council's quality assurance framework as "inconsistent"'), where the
    report names that thing with a word of the other sign beside it ('An exemplary quality
    assurance framework') and never with the quoted word near it: the article changed what
    the report said of it."""
    inside = _words(q)
    if len(inside) != 1 or inside[0] not in _SIGN:
        return None
    word = inside[0]
    at = context.find(q)
    if at < 0:
        return None
    before = _words(context[:at])
    while before and before[-1] in _LINKING | SMALL_WORDS:
        before.pop()
    run: list[str] = []
    while before and before[-1] not in SMALL_WORDS and before[-1] not in _FINDING_FILLER:
        run.insert(0, before.pop())
    run = run[-3:]
    if len(run) < 2:
        return None
    needle = "".join(run)
    seen: list[tuple[Any, _DocIndex, int, str]] = []
    places = 0
    for d in docs:
        index = texts.index(d.id)
        c = index.chars.find(needle)
        while c >= 0:
            p = index.word_at(c)
            if index.starts[p] == c and index.words[p : p + len(run)] == run:
                places += 1
                near = index.words[max(0, p - 12) : p + len(run) + 12]
                if any(_same_word(word, w) for w in near):
                    return None  # the report says the quoted word of it too
                # the word before the thing, or after 'is'/'are'/'was'/'were' after it
                beside = index.words[max(0, p - 2) : p]
                after = index.words[p + len(run) : p + len(run) + 3]
                if after[:1] and after[0] in {"is", "are", "was", "were"}:
                    beside = beside + after[1:]
                for w in beside:
                    if _opposed(word, w):
                        seen.append((d, index, p, w))
            c = index.chars.find(needle, c + 1)
    # a thing the reports name often ('social work practice') is praised in one place and
    # criticised in another: only a thing named in a few places is read so
    if not seen or places > 3:
        return None
    d, index, p, w = seen[0]
    m = _Match(d, index, max(0, p - 2), p + len(run) + 2, False)
    return (
        Verdict.CONTRADICTED,
        f"The report calls the {' '.join(run)} '{w}' on {_where(m)}, where the article quotes "
        f"'{word}'.",
        [m.evidence()],
    )


# Words that name a service or agency: the thing a finding is about.
_SERVICE_WORDS = frozenset(
    """school schools nursing nurses health police youth offending yot camhs mash housing
    education fostering adoption foster disabled disability hospital hospitals probation
    court courts residential gp gps midwifery midwives""".split()
)


def _subject_swap(
    context: str, q: str, docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A quotation the report prints of one service, that the article says of another
    ('Arrangements for overseeing the school nursing service are "weak and require urgent
    attention"' where the report has 'The governance arrangements for the youth offending team
    (YOT) are weak and require urgent attention'): the services the article's words before it
    name are nowhere near the passage, and those the report's sentence names are nowhere in
    the article's sentence."""
    parts = _parts(q)
    if len(parts) != 1 or len(parts[0]) < 4:
        return None
    at = context.find(q)
    if at < 0:
        return None
    said = {w for w in _words(context[:at]) if w in _SERVICE_WORDS}
    if not said:
        return None
    for d in docs:
        index = texts.index(d.id)
        hits: list[tuple[int, int, int, int]] = []
        start = 0
        while (hit := index.find(parts, start)) is not None and len(hits) < 4:
            sentence = _sentence_at(index, hit[0])
            hits.append((*hit, *sentence))
            start = hit[1]
        if not hits:
            continue
        # (a letter's summary and its body print the same sentence: each must be of another
        # service than the article's)
        named: set[str] = set()
        for first, _last, s0, s1 in hits:
            words = set(index.words[s0:s1])
            own = set(index.words[s0:first]) & _SERVICE_WORDS
            if not own or said & words or own & set(_words(context)):
                return None
            named |= own
        first, last, s0, _ = hits[0]
        m = _Match(d, index, s0, last, True)
        return (
            Verdict.CONTRADICTED,
            f"The report says this on {_where(m)} of '{' '.join(sorted(named))}', not of "
            f"'{' '.join(sorted(said))}' as the article has it.",
            [m.evidence()],
        )
    return None


def _run_has(words: list[str], parts: list[list[str]]) -> bool:
    """The parts, in order, in a run of a document's words."""
    text = " " + " ".join(words) + " "
    at = 0
    for part in parts:
        i = text.find(" " + " ".join(part) + " ", at)
        if i < 0:
            return False
        at = i + 1
    return bool(parts)


def _own_context(context: str, quoted: list[str], q: str) -> str:
    """The part of the sentence around quotation `q` that no other quotation of it is in."""
    at = context.find(q)
    if at < 0:
        return context
    start, end = 0, len(context)
    for other in quoted:
        if other is q or other == q:
            continue
        i = context.find(other)
        if i < 0:
            continue
        if i + len(other) <= at:
            start = max(start, i + len(other) + 1)
        elif i >= at + len(q):
            end = min(end, max(0, i - 1))
    return context[start:end]


BESIDE_WORDS = 8  # the article's and the report's words either side of a quotation compared


def _printed_beside(context: str, q: str, docs: list[Any], texts: ReportTexts) -> bool:
    """The quotation's words printed as they stand in a report with two or more of the
    article's own words of meaning next to it there too (within a few words either side)."""
    at = context.find(q)
    parts = _parts(q)
    if at < 0 or not parts:
        return False

    def content(ws: list[str]) -> set[str]:
        return {_key(w) for w in ws if w not in SMALL_WORDS and len(w) > 2 and w not in inner}

    inner = {w for part in parts for w in part}
    near = content(
        _words(context[:at])[-BESIDE_WORDS:] + _words(context[at + len(q) :])[:BESIDE_WORDS]
    )
    if len(near) < 2:
        return False
    for d in docs:
        index = texts.index(d.id)
        start = 0
        for _ in range(50):
            hit = index.find(parts, start)
            if hit is None:
                break
            first, last = hit
            around = (
                index.words[max(0, first - BESIDE_WORDS) : first]
                + index.words[last : last + BESIDE_WORDS]
            )
            if len(near & content(around)) >= 2:
                return True
            start = first + 1
    return False


def _judge_in_context(
    context: str, quoted: list[str], docs: list[Any], texts: ReportTexts, least: int = 6
) -> tuple[Verdict, str, list[Evidence]] | None:
    """Read short quotes in their sentence; None when the report does not print it."""
    words = _words(context)
    quoted_words = {w for q in quoted for w in _words(q)}
    if len(words) < 6:
        return None
    # the article's own words around a quote are its paraphrase: 70% of them is the sentence
    best = _best_alignment(words, docs, texts, enough=0.7)
    if best is None or best.matched < max(least, 0.6 * len(words)):
        return None
    # the quoted words printed just beside the sentence: the article put them in another
    # order ('the hub was described as "highly effective"' where the report has 'A highly
    # effective multi-agency safeguarding hub')
    lo = max(0, best.first - NEAR_WORDS)
    near = best.index.words[lo : best.last + NEAR_WORDS]
    if all(_run_has(near, _parts(q)) for q in quoted):
        return None
    # which of the sentence's words are inside the quotation marks: the article's own words
    # around them are its paraphrase ('the "fewest and best" interventions delivered by the
    # professional who knows a family best')
    # the quoted words printed as they stand beside the words the article says them of
    # ('permanence planning, which inspectors describe as "very effective"' where the report
    # has 'Permanence planning is very effective'): the exact match wins over a near sentence
    if all(_printed_beside(context, q, docs, texts) for q in quoted):
        return None
    spans = [m.span() for m in _WORD.finditer(context.lower())]
    inside_at: set[int] = set()
    for q in quoted:
        a = context.find(q)
        if a < 0:
            inside_at = set(range(len(words)))
            break
        inside_at |= {i for i, (x, y) in enumerate(spans) if x >= a and y <= a + len(q)}
    at = best.change_at if len(best.change_at) == len(best.changes) else []
    for n, (tag, said, report) in enumerate(best.changes):
        if tag != "replace":
            continue
        if at:
            said = [w for k, w in enumerate(said, at[n]) if k in inside_at] or said[:0]
        inside = [w for w in said if w in quoted_words and w not in SMALL_WORDS]
        if inside and not any(_same_word(w, r) for w in inside for r in report):
            # the quotation printed as it stands a few sentences on: the article gathered the
            # report's words of a paragraph into one sentence ('a "stable, committed and
            # skilled workforce" ... and "moderate caseloads"'), it changed none
            wide = best.index.words[max(0, best.first - WIDE_WORDS) : best.last + WIDE_WORDS]
            if any(
                _run_has(wide, _parts(q))
                for q in quoted
                if set(inside) & set(_words(q)) and len(_words(q)) >= 2
            ):
                return None
            # the quotation printed as it stands pages on: the article joined a sentence of
            # one section to words of another ('the senior management team is now permanently
            # staffed and caseloads are "generally manageable"'), it changed none
            if any(
                _run_has(best.index.words, _parts(q))
                for q in quoted
                if set(inside) & set(_words(q)) and len(_words(q)) >= 2
            ):
                return None
            # (or word for word in another of the council's reports: 'have "significantly
            # deteriorated"', the new report's words, not a sentence of the one before it with
            # 'determination')
            if any(
                _find_exact(_parts(q), docs, texts) is not None
                for q in quoted
                if set(inside) & set(_words(q)) and len(_words(q)) >= 2
            ):
                return None
            return (
                Verdict.CONTRADICTED,
                f"The report prints this sentence on {_where(best)} with "
                f"'{' '.join(report)}' where the article quotes '{' '.join(said)}'.",
                [best.evidence()],
            )
    return None


# ---------------------------------------------------------------------------------------------
# Recommendation claims

_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBERS["single"] = 1  # 'Ofsted made a single recommendation'
_NUMBER = r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")"
# 'Ofsted made 11 recommendations', 'the 5 recommendations made by Ofsted', 'seven areas for
# improvement', 'four things that need to improve', 'five areas to improve', 'six things the
# council must improve', 'just one recommendation', 'nine priority actions', 'nine "priority and
# immediate" actions' (`pa`: a count of priority actions).
_REC_COUNT = re.compile(
    rf"\b{_NUMBER}\s+(?:(?:key|main|further|new|separate|specific|formal|other|more)\s+)?"
    r"(?:(?P<pa>priority\s+actions?|[\"“‘']?priority\s+and\s+immediate[\"”’']?\s+actions?|"
    r"areas?\s+for\s+priority\s+action|"
    # 'nine areas for priority and immediate action', 'six areas for urgent action'
    r"areas?\s+(?:for|requiring|needing)\s+(?:priority\s+and\s+immediate|immediate\s+and\s+priority|"
    r"urgent|immediate)\s+action|"
    # '12 actions the council must take as a priority', '13 actions it must take immediately'
    r"actions?\s+(?:(?:that|which)\s+)?(?:the\s+(?:council|authority|local\s+authority)|it)\s+"
    r"(?:must|should|needs?\s+to|needed\s+to|had\s+to|has\s+to)\s+take\s+(?:as\s+a\s+"
    r"(?:matter\s+of\s+)?priority|immediately|urgently|without\s+delay))|recommendations?|"
    r"areas?\s+(?:for|of)\s+(?:further\s+)?(?:improvement|development)|"
    r"(?:areas?|things?|issues?|aspects?)\s+(?:(?:that|which)\s+)?(?:still\s+)?"
    r"(?:need|needs|needed|must|should)\s+(?:to\s+)?(?:be\s+)?improv\w*|"
    r"(?:areas?|things?)\s+to\s+(?:improve|develop|address|work\s+on|build\s+on)|"
    # 'three areas for the council to improve'
    # ('three areas for the council to focus on'; 'six things the partnership must improve': a
    # joint inspection's letter)
    r"(?:areas?|things?)\s+for\s+(?:the\s+(?:council|authority|local\s+authority|trust|"
    r"partnership|partners)|it)\s+to\s+(?:improve|develop|address|work\s+on|focus\s+on)|"
    r"(?:areas?|things?)\s+(?:the\s+(?:council|authority|local\s+authority|trust|partnership|"
    # ('15 areas the council and its partners need to improve')
    r"partners|safeguarding\s+partners(?:hip)?)(?:\s+and\s+(?:its|their)\s+partners)?|it)\s+"
    r"(?:must|should|needs?\s+to|needed\s+to|has\s+to|"
    # ('15 areas the council had to put right')
    # ('two things the trust must do better')
    r"had\s+to)\s+(?:improve|put\s+right|address|fix|do\s+better)|"
    r"areas?\s+(?:needing|requiring)\s+(?:further\s+)?improvement|"
    # 'three areas where the council can improve further', 'the eight areas in which Ofsted
    # said the council must improve'
    r"(?:areas?|things?)\s+(?:where|in\s+which)\s+(?:(?:Ofsted|inspectors|the\s+report)\s+"
    r"(?:said|says|found|felt|thought)\s+)?(?:the\s+(?:council|authority|local\s+authority|"
    # ("four areas where we need to do better": the council speaking)
    r"trust|service|borough|county)|it|we)\s+(?:can|could|must|should|needs?\s+to|needed\s+to|"
    r"has\s+to|had\s+to|need\s+to)\s+"
    r"(?:still\s+)?(?:improve|do\s+better|develop)|"
    # 'the four improvements Ofsted listed'
    r"improvements\s+(?:(?:that|which)\s+)?(?:Ofsted|inspectors|the\s+(?:report|inspectors|"
    r"watchdog|regulator))\s+(?:has\s+|have\s+|had\s+)?(?:listed|set\s+out|identified|named|"
    r"called\s+for|asked\s+for|recommended|wants|requested))\b",
    re.I,
)
# 'asked the council to improve just one thing', 'to focus on three areas'
_REC_COUNT_AFTER = lazyre.compile(
    r"\b(?:improve|focus\s+on|work\s+on|address)\s+(?:in\s+)?(?:just\s+|only\s+)?"
    + _NUMBER
    + r"\s+(?:key\s+|main\s+|specific\s+)?(?:things?|areas?|issues?)\b",
    re.I,
)
# 'the four areas Ofsted has highlighted', 'the one area inspectors highlighted': the things to
# improve, all of them (not 'one area inspectors highlighted was ...', nor '... as strengths')
_REC_COUNT_HIGHLIGHTED = lazyre.compile(
    r"\bthe\s+"
    + _NUMBER
    + r"\s+(?:key\s+|main\s+)?(?:areas?|things?|issues?)\s+(?:(?:that|which)\s+)?"
    r"(?:Ofsted|inspectors|the\s+(?:report|inspectors|inspection))\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:highlighted|identified|flagged|raised|set\s+out|listed|picked\s+out)\b(?!\s+as\b)",
    re.I,
)
# 'Inspectors asked for just one improvement', 'called for three improvements'
_REC_COUNT_ASKED = lazyre.compile(
    r"\b(?:asked|called)\s+for\s+(?:just\s+|only\s+)?"
    + _NUMBER
    + r"\s+(?:further\s+|more\s+)?improvements?\b",
    re.I,
)
# 'the council still needs to improve some areas of practice, listing four points in its
# report': a count of the things to improve the clause before names
_REC_COUNT_LISTED = lazyre.compile(
    r"\b(?:(?:still\s+)?need(?:s|ed)?\s+to|must|should)\s+(?:still\s+)?(?:improve|address|"
    r"strengthen)\b"
    r"[^.;]{0,80}?,\s+(?P<verb>listing|setting\s+out|identifying|naming|with)\s+"
    + _NUMBER
    + r"\s+(?:(?:key|main|specific)\s+)?(?:points|areas|things|issues)\b"
    r"(?:\s+in\s+(?:its|the|their)\s+(?:report|letter))?",
    re.I,
)
# 'a better response to disabled children, and improvements in two other areas': the things
# named before, and that many more (`_REC_SAYER`: where the things named begin)
_REC_COUNT_OTHER = re.compile(
    r"\b(?:improvements?|progress|changes?|action|better\s+practice)\s+(?:in|on|across)\s+"
    + _NUMBER
    + r"\s+(?:other|further|more)\s+(?:areas?|things?|aspects?)\b",
    re.I,
)
_REC_SAYER = lazyre.compile(
    r"\b(?:wants?\s+to\s+see|wants?|wanted\s+to\s+see|asked\s+for|called\s+for|recommend(?:ed|s)|"
    r"(?:needs?|needed|must|should)\s+to\s+(?:see|improve|address)|(?:must|should)\s+(?:improve|"
    r"address|see)|to\s+(?:improve|address|focus\s+on))\s+",
    re.I,
)
# 'None of the problems required priority and immediate action', 'no priority actions', 'did
# not find any areas for priority action': none (SIF reports say so in these words).
_PRIORITY_NONE = re.compile(
    r"\b(?:no|none\b(?:\s+of\s+(?:the|its|these|them)\b)?|not\s+(?:\w+\s+){0,2}?any)"
    r"(?:\s+(?!(?:longer|since|from|after|previous|last|earlier|following)\b)[\w'’-]+){0,5}?\s+"
    r"[\"“‘']?priority(?:\s+(?:and|or)\s+immediate)?[\"”’']?\s+(?:actions?|areas?)\b",
    re.I,
)
# What the list of things to improve is introduced by, or followed by.
_REC_BEFORE = lazyre.compile(
    r"\b(?:still\s+)?need(?:s|ed)?\s+to\s+(?:improve|address|strengthen|work\s+on|"
    r"do\s+more\s+(?:on|to)|focus\s+on)|\b(?:must|should)\s+(?:now\s+|also\s+|still\s+|"
    r"further\s+|urgently\s+)?(?:improve|address|strengthen)|"
    # 'the council must better recognise ...', 'must get a better understanding of ...'
    r"\b(?:must|should)\s+(?:better(?=\s+\w+)|get\s+(?:a\s+)?better(?=\s+\w+\s+of\b))|"
    # 'the council must get better at identifying risk'
    r"\b(?:must|should|needs?\s+to)\s+get\s+better\s+at\b|"
    # 'three areas where the council can improve further: X, Y and Z'
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:key\s+|main\s+)?"
    r"(?:areas|things)\s+(?:where|in\s+which)\s+(?:the\s+(?:council|authority|local\s+"
    r"authority|trust)|it|leaders)\s+(?:can|could|should|must|needs?\s+to)\s+(?:improve|"
    r"develop|do\s+better)(?:\s+further)?\s*:|"
    r"\bask(?:s|ed|ing)?\s+(?:the\s+(?:council|authority|local\s+authority)|it)\s+to\s+"
    r"improve\b(?!\s+(?:just\s+|only\s+)?\w+\s+(?:things?|areas?)\b)|"
    # 'Ofsted asked Sunderland to improve X; Y; and Z', 'The council has been asked to
    # improve its response to neglect', 'was told to improve the consistency of ...'
    r"\b(?:Ofsted|inspectors|the\s+(?:report|watchdog|letter))\s+(?:has\s+|have\s+)?(?:also\s+)?"
    r"ask(?:s|ed)\s+(?:[A-Z][\w'’-]+\s+){1,4}to\s+improve\b(?!\s+(?:in\s+)?(?:just\s+|only\s+)?"
    r"\w+\s+(?:things?|areas?)\b)|"
    r"\b(?:been|was|were|is|are)\s+(?:also\s+)?(?:asked|told|urged|required)\s+to\s+improve\b"
    r"(?!\s+(?:in\s+)?(?:just\s+|only\s+)?\w+\s+(?:things?|areas?)\b)|"
    # 'asked the council to look at two things: X, and Y'
    r"\b(?:look\s+at|consider)\s+(?:just\s+|only\s+)?\w+\s+(?:key\s+)?(?:things?|areas?)\s*:|"
    r"\bareas?\s+(?:for|of|to|that\s+need(?:ed)?|needing|requiring)\s+(?:further\s+)?"
    r"(?:improvement|development|improve|develop)\w*(?:\s+further)?\s*"
    r"(?:for\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?"
    r"(?:include[sd]?|are|were|was|is|concern(?:s|ed)?|relate[sd]?\s+to|cover(?:s|ed)?|:)|"
    # 'the three areas for improvement identified by inspectors: X; Y; and Z'
    r"\bareas?\s+(?:for|of)\s+(?:further\s+)?(?:improvement|development)\s+(?:identified|set\s+"
    r"out|listed|raised|highlighted)\s+(?:by\s+(?:the\s+)?(?:inspectors|ofsted|report|"
    r"inspection))?\s*:|"
    # 'one area to work on: the quality and consistency of supervision', 'two areas for the
    # council to develop: X, and Y'
    r"\b(?:areas?|things?)\s+(?:for\s+(?:the\s+(?:council|authority|local\s+authority|trust|"
    r"borough|county)|it|leaders)\s+)?to\s+(?:work\s+on|address|focus\s+on|develop|improve|"
    r"strengthen)(?:\s+further)?\s*:|"
    # 'four areas for improvement, covering: X; Y; and Z'
    r"\b(?:areas?\s+(?:for|of)\s+(?:further\s+)?(?:improvement|development)|recommendations),?\s+"
    r"(?:covering|concerning|about|on)\s*:|"
    r"\bwhere\s+(?:further\s+)?improvement\s+(?:was|is)\s+(?:still\s+)?needed\s+include[sd]?|"
    r"\brecommendations?\s+(?:for\s+(?:further\s+)?improvements?\s+)?(?:which\s+|that\s+)?"
    r"(?:included?|includes|were|are|was|is|to|on|cover|covers|covered)\b|"
    # 'The report makes just one recommendation, about the consistency of ...'
    r"\brecommendations?,\s+(?:about|on|concerning|relating\s+to|covering)\b|"
    r"\bwhat\s+needs\s+to\s+improve\b:?|"
    # ('told to improve in five areas – the response to neglect, ...')
    r"\b(?:improve|focus\s+on|work\s+on|address)\s+(?:in\s+)?(?:just\s+|only\s+)?\w+\s+"
    r"(?:key\s+)?(?:things?|areas?)\s*(?::|\s[–—-]\s)|"
    # 'told to improve five areas, including X, Y and Z'
    r"\b(?:improve|focus\s+on|work\s+on|address)\s+(?:in\s+)?(?:just\s+|only\s+)?\w+\s+"
    r"(?:key\s+)?(?:things|areas|issues),?\s+(?:including|among\s+them|notably)\b|"
    # 'three areas for the council to improve: X, Y and Z'
    r"\b(?:areas?|things?)\s+for\s+(?:the\s+(?:council|authority|local\s+authority)|it)\s+to\s+"
    r"(?:improve|address|work\s+on)\s*:|"
    # (not the grade: "six are judged to require improvement, including Gloucestershire")
    r"\b(?:(?<!requires\s)(?<!require\s)(?<!required\s)(?<!requiring\s)improvements?|"
    r"recommendations?|actions|areas?\s+(?:for|of|to|where|that|which|needing|"
    r"requiring)\b[^.;:]{0,30}?\b(?:improv\w*|develop\w*|work(?:ing)?\s+on|build\s+on|"
    r"do\s+better))\b[^.;:]{0,40}?"
    r"\b(?:includ(?:e|es|ed|ing)|among\s+(?:them|which|these)|(?:starting|beginning)\s+with)\b:?|"
    r"\bneeds?\s+(?:further\s+)?improvement\s+(?:in|on)\b|"
    # '13 actions the council must take immediately, the first of them to re-establish ...'
    r"\b(?:recommendations|actions|areas|priorities|improvements)\b[^.;:]{0,60}?,\s+the\s+first"
    r"\s+(?:of\s+(?:them|which|these)\s+)?(?:being\s+)?(?:to\s+)?(?=\w)|"
    r"\b(?:ofsted|inspectors|the\s+(?:report|letter))\s+(?:also\s+)?(?:wants?|wanted)\b"
    # (not 'Ofsted wants TfC to improve ...': the body it asks, below)
    r"(?!\s+(?-i:[A-Z])[\w&]*(?:\s+(?-i:[A-Z])[\w&]*){0,3}\s+to\b)|"
    # 'Ofsted has asked the council to make sure ...', 'It also wants the council to ...'
    # ('They want the council to speed up ...': the inspectors the article spoke of)
    r"\b(?:ofsted|inspectors|the\s+(?:report|letter|watchdog)|it|they)\s+(?:has\s+|have\s+|"
    # ('Ofsted told the council to improve its response when children go missing, ...')
    r"had\s+)?(?:also\s+)?(?:asked|asks|wants?|wanted|urged|urges|told|tells)\s+(?:the\s+(?:council|"
    r"authority|local\s+authority|trust)|it|leaders|(?-i:[A-Z])[\w&]*(?:\s+(?-i:[A-Z])[\w&]*){0,3})"
    r"\s+to\b(?!\s+(?:improve|focus\s+on|work\s+on|"
    r"address)\s+"
    r"(?:just\s+|only\s+)?\w+\s+(?:things?|areas?)\b)|"
    # ('rated good in all five areas: overall effectiveness, ...': the judgements, not a list
    # of what must improve)
    r"(?<!of\sthe\s)(?<!\ball\s)(?<!\beach\sof\sthe\s)"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+single)\s+"
    r"(?:key\s+|main\s+)?(?:recommendations?|areas|things|priorities)\s*:|"
    # 'Ofsted asked for just one improvement: X', 'inspectors named a single area: X', 'called
    # for two changes: X and Y'
    r"\b(?:asked\s+for|called\s+for|wants?|wanted|named|identified|listed|set\s+out|made|"
    r"found|highlighted|flagged)\s+(?:just\s+|only\s+)?(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2}|a\s+single)\s+(?:key\s+|main\s+|further\s+|small\s+)?"
    r"(?:improvements?|changes?|areas?|things?|recommendations?|priorit(?:y|ies))\s*(?::|\s[–—-]\s)|"
    # 'The council has been asked to increase the capacity of ...', 'was told to make sure ...'
    r"\b(?:been|was|were|is|are)\s+(?:also\s+)?(?:asked|told|urged|required)\s+to\s+"
    r"(?=(?:increase|strengthen|ensure|make\s+sure|develop|review|reduce|speed\s+up|tackle)\b)",
    re.I,
)
_REC_AFTER = lazyre.compile(
    # 'identified management oversight in the duty and advice team as an area for improvement'
    r"(?<=\w)\s+as\s+(?:an?\s+)?(?:areas?|things?)\s+(?:for\s+(?:further\s+)?improvement|to\s+"
    r"improve)\b(?=[^.;]{0,3}$|[.;,])|"
    # 'permanence planning was flagged then as an area to improve'
    r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:flagged|identified|highlighted|named|listed)\s+"
    r"(?:then\s+|again\s+|by\s+(?:Ofsted|inspectors)\s+)?as\s+(?:an?\s+)?(?:areas?|things?)\s+"
    r"(?:for\s+improvement|to\s+improve|for\s+development|(?:that\s+)?needs?\s+to\s+improve)\b|"
    r"\b(?:was|were|is|are)\s+(?:found\s+)?(?:to\s+be\s+)?(?:lacking|(?:still\s+)?in\s+need\s+of\s+"
    r"improvement|(?:an\s+)?areas?\s+for\s+improvement|(?:still\s+)?needed\s+improv\w+|"
    # (not 'the overall judgement was requires improvement to be good': a grade)
    r"(?:still\s+)?requir\w+\s+improvement)\b(?!\s+to\s+be\s+good)|"
    # 'The impact of being a young carer was the third area inspectors want the council to look
    # at'
    r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:the|an?|another|one\s+of\s+the)\s+(?:(?:first|"
    r"second|third|fourth|fifth|sixth|final|last|other|remaining|main|key)\s+)?(?:areas?|things?|"
    r"issues?|points?)\s+(?:(?:that|which)\s+)?(?:ofsted|inspectors|the\s+(?:report|inspectors))\s+"
    r"(?:also\s+)?(?:wants?|wanted|asked|asks|told|urged)\s+(?:the\s+(?:council|authority|local\s+"
    r"authority|trust)|it|leaders)\s+to\s+(?:look\s+at|improve|address|focus\s+on|work\s+on|"
    r"consider)\b|"
    # 'Better life-story work for children in care was also among the four improvements'
    r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+|its\s+)?(?:\w+\s+)?"
    r"(?:improvements|recommendations|areas\s+(?:for|of)\s+improvement|areas\s+to\s+improve|"
    r"things\s+to\s+improve)\b",
    re.I,
)
# 'None of the Ofsted recommendations related to child sexual exploitation'
_REC_NONE = lazyre.compile(
    r"\b(?:none|no\s+one)\s+of\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}?recommendations\s+"
    r"(?:\w+\s+)?(?:related|relates|relating|referred|concerned|mentioned|covered|was|were|"
    r"addressed|dealt)\s+(?:to\s+|with\s+|about\s+)?(?P<topic>[^.;]+)",
    re.I,
)
# 'the report contains no list of recommendations', 'Ofsted made no recommendations'
_REC_NO_LIST = re.compile(
    r"\b(?:contains|contained|includes|included|has|had|makes|made|gives|gave|sets\s+out)\s+"
    r"no\s+(?:list\s+of\s+|formal\s+)?recommendations\b|"
    # 'Ofsted did not list any areas for improvement', 'the report does not set out any
    # recommendations'
    r"\b(?:did|does|do)\s*(?:not|n['’]t)\s+(?:list|set\s+out|identify|make|give|name|include)\s+"
    r"any\s+(?:formal\s+)?(?:recommendations|areas?\s+(?:for|of)\s+improvement|"
    r"areas?\s+(?:to|that\s+need\s+to)\s+improve|things?\s+to\s+improve)\b|"
    # 'inspectors identified no areas for improvement'
    r"\b(?:listed|set\s+out|identified|named|found)\s+no\s+(?:formal\s+)?(?:recommendations|"
    r"areas?\s+(?:for|of)\s+improvement|areas?\s+to\s+improve|things?\s+to\s+improve)\b",
    re.I,
)
_PREVIOUS = lazyre.compile(
    r"\b(?:previous|last|earlier|prior|former|2\d{3})\s+(?:ofsted\s+)?(?:inspection|report)", re.I
)
# 'rated ... good in all five areas:': the areas that follow are the judgements
_GRADED_BEFORE = lazyre.compile(
    r"\b(?:rated|judged|graded|good|outstanding|inadequate|requires?\s+improvement)\b", re.I
)
_OFSTED_NAMED = lazyre.compile(r"\b(?:ofsted|inspectors?|inspection|report|watchdog)\b", re.I)

# Words of a list of recommendations that say nothing about which one it is.
_REC_GENERIC = SMALL_WORDS | frozenset(
    """improve improving improvement improvements improved need needs needed council local
    authority authorities better make making use ensure ensuring further more work areas area
    including include includes included such well how way ways quality also number cases
    recommendations recommendation ofsted inspectors report said says found children child
    young people services service provision provided continue continued particularly
    especially aspects lacking year years olds aged sure improves listed identified outlined
    named front door strengthen strengthened strengthening stronger sharper clearer greater
    once""".split()
)


# The judgements' names: a list of them is a list of grades, not of what must improve.
_JUDGEMENT_AREA = lazyre.compile(
    r"(?:(?:and|the|for)\s+)*(?:(?:overall\s+)?effectiveness|leadership|leaders|"
    r"(?:the\s+)?(?:impact\s+of\s+)?leaders(?:hip)?(?:\s+and\s+management)?|"
    r"help\s+and\s+protection|(?:children\s+)?(?:who\s+need\s+)?help\s+and\s+protection|"
    r"children\s+in\s+care(?:\s+and\s+care\s+leavers)?|care\s+leavers|adoption|"
    r"(?:(?:and\s+)?(?:overall\s+effectiveness|leadership|help\s+and\s+protection|"
    r"children\s+in\s+care|care\s+leavers)\s*)+)",
    re.I,
)


@dataclass(frozen=True)
class RecSpan:
    """A claim about the report's recommendations: a list of things to improve, or a count."""

    start: int
    end: int
    text: str
    items: tuple[str, ...] = ()  # the things named, as the article words them
    count: int | None = None  # "made 11 recommendations"
    negated: bool = False  # "none of the recommendations related to ..."
    previous: bool = False  # "recommendations from the previous inspection"
    priority: bool = False  # "nine priority actions": a count of priority actions
    board: bool = False  # "The board was given two areas for improvement": the LSCB's list
    letter: bool = False  # the sentence or the article speaks of a letter (a focused visit)
    years: tuple[int, ...] = ()  # "rated inadequate in 2014, with ... six priority actions"
    # "must send Ofsted a written statement of action ... by 16 April": (month, day)
    deadline: tuple[int, int] | None = None
    # a list set out line by line: where each line's item is (each is a claim of its own)
    lines: tuple[tuple[int, int], ...] = ()
    # "more than 20 areas for improvement": how the count is bounded ('more', 'at_least',
    # 'less', 'up_to', 'nearly', 'about'), None for an exact count
    bound: str | None = None
    # a count whose sentence names no year: the years the article names just before it (its
    # paragraph and the two before, back to a heading): "That 2015 report ... the council was
    # handed eight recommendations"
    near_years: tuple[int, ...] = ()
    # the words of the count's sentence before it ("a focused visit in 2018 found services had
    # deteriorated so far that"): which visit or report set the count
    head: str = ""


# A letter's words (a focused visit, a monitoring visit, a JTAI), and a full report's.
_LETTER_WORDS = lazyre.compile(
    r"\b(?:focused\s+visits?|monitoring\s+visits?|joint\s+targeted\s+area\s+inspections?|JTAI|"
    r"(?:ofsted(?:'s|’s)?|the|a|new|its|inspectors['’]?)\s+letters?)\b",
    re.I,
)
# (not 'at its last full inspection, in November 2022': the inspection before the letter's visit)
_FULL_REPORT = lazyre.compile(
    r"(?<!last )(?<!previous )(?<!prior )(?<!next )"
    r"\b(?:full|graded|ILACS|standard|short)\s+inspection\b|\(ILACS\)|"
    r"\binspection\s+of\s+local\s+authority\s+children['’]s\s+services\b",
    re.I,
)
_YEAR = lazyre.compile(r"\b(?:19|20)\d\d\b")
_GRADED_IN_LEDE = lazyre.compile(
    r"\b(?:rating|rated|judging|judged|grading|graded)\s+(?:\w+\s+){0,3}?['‘\"“]?"
    r"(?:outstanding|good|inadequate|requires\s+improvement)\b",
    re.I,
)
_SINCE_YEAR = lazyre.compile(r"\b(?:since|last|previous|prior|before)\b[^.;]{0,40}$", re.I)


def _about_letter(text: str, sentence: str) -> bool:
    """The sentence, or the article's opening, speaks of a letter rather than a full report."""
    own = re.split(r"[“\"‘](?=\w)", sentence, maxsplit=1)[0]
    if _LETTER_WORDS.search(own):
        return True
    return _head_about_letter(text[:700])


def _head_about_letter(head: str) -> bool:
    """An article's opening speaks of a letter, and of no full report but a past one ('When
    Ofsted carried out a full inspection of Southampton's children's services in 2014, ...')."""
    if not any(
        # "progress since a focused visit in February 2020 had been slow": a letter before the
        # report the article speaks of
        not re.search(
            r"\bsince\s+(?:(?:a|an|the|its|their|last|previous|latest)\s+)*$",
            head[: m.start()],
            re.I,
        )
        for m in _LETTER_WORDS.finditer(head)
    ):
        return False
    # "It is a year since Ofsted published its report on X's children's services, rating them
    # 'requires improvement to be good'": an opening of a graded report, of no letter (a letter
    # named after it is one the report speaks of)
    lede = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])|\n", head.strip(), maxsplit=1)[0]
    if (
        not _LETTER_WORDS.search(lede)
        and re.search(r"\breport\b", lede, re.I)
        and _GRADED_IN_LEDE.search(lede)
    ):
        return False
    for m in _FULL_REPORT.finditer(head):
        a = max(head.rfind(". ", 0, m.start()), head.rfind("\n", 0, m.start())) + 1
        b = min(
            x for x in (head.find(". ", m.end()), head.find("\n", m.end()), len(head)) if x >= 0
        )
        if not _YEAR.search(head, a, b):
            return False
    return True


def _years_before(sentence: str, pos: int) -> tuple[int, ...]:
    """The years the sentence names before `pos` ("rated inadequate in 2014, with inspectors
    identifying six priority actions"), not "since its last inspection in 2019"."""
    return tuple(
        int(m.group(0))
        for m in _YEAR.finditer(sentence, 0, pos)
        if not _SINCE_YEAR.search(sentence[max(0, m.start() - 45) : m.start()])
        # ("seven areas for improvement, compared with nine in the 2022 inspection": the year
        # of a count to compare with)
        and not _COMPARED_YEAR.search(sentence[max(0, m.start() - 60) : m.start()])
    )


_COMPARED_YEAR = lazyre.compile(
    r"\b(?:compared\s+(?:with|to)|against|up\s+from|down\s+from)\s+(?:\w+\s+){0,3}?"
    r"(?:in|at)\s+(?:the|its)\s+$",
    re.IGNORECASE,
)


def _year_right_after(sentence: str, pos: int) -> tuple[int, ...]:
    """The year told right after a count ("the subjects of Ofsted's two recommendations in
    2022"): that report's."""
    m = re.match(r"\s+(?:in|from|of)\s+(?P<y>(?:19|20)\d\d)\b", sentence[pos:])
    return (int(m.group("y")),) if m else ()


# the safeguarding children board named as the one given the list counted: "The board was
# given two areas for improvement"
_BOARD_GIVEN = lazyre.compile(
    r"\b(?:the\s+board|(?:the\s+)?LSCB|(?:local\s+)?safeguarding\s+(?:children\s+)?board)"
    r"(?:['’]s)?\s+(?:was|were|has\s+been|had\s+been)?\s*(?:given|set|handed|told|asked|"
    r"received|got|has|had)\s+$",
    re.IGNORECASE,
)


def _count_spans(text: str, sentence: str, at: int) -> list[RecSpan]:
    """The counts of recommendations or priority actions a sentence gives, each its own claim:
    from the sayer ('Ofsted set out nine priority actions') to the count."""
    out = []
    letter = _about_letter(text, sentence)
    found = [(m, m.start("n"), m.end()) for m in _REC_COUNT.finditer(sentence)]
    found += [(m, m.start(), m.end()) for m in _REC_COUNT_AFTER.finditer(sentence)]
    found += [(m, m.start(), m.end()) for m in _REC_COUNT_ASKED.finditer(sentence)]
    found += [(m, m.start(), m.end()) for m in _REC_COUNT_HIGHLIGHTED.finditer(sentence)]
    # (the count's claim is the clause of its verb: the things named before are one of their own)
    found += [(m, m.start("verb"), m.end()) for m in _REC_COUNT_LISTED.finditer(sentence)]
    found += [(m, m.start(), m.end()) for m in _REC_COUNT_OTHER.finditer(sentence)]
    found += [(m, m.start(), m.end()) for m in _PRIORITY_NONE.finditer(sentence)]
    found += [(m, m.start(), m.end()) for m in _REC_NO_LIST.finditer(sentence)]
    for m, m_start, m_end in sorted(found, key=lambda x: x[1]):
        if _of_a_board(sentence, m_start, m_end):
            continue
        if m.re is _REC_NO_LIST:
            start = at + m_start
            lead = re.search(
                r"\b(?:the\s+report|it|ofsted|inspectors)\s+$", sentence[:m_start], re.I
            )
            if lead:
                start = at + lead.start()
            out.append(RecSpan(start, at + m_end, text[start : at + m_end], (), 0, letter=letter))
            continue
        if m.re is _PRIORITY_NONE:
            start = at + m_start
            out.append(
                RecSpan(
                    start,
                    at + m_end,
                    text[start : at + m_end],
                    (),
                    0,
                    priority=True,
                    head=sentence[:m_start],
                )
            )
            continue
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBERS[n]
        if m.re is _REC_COUNT_OTHER:
            named = _named_before(sentence, m_start)
            if named is None:
                continue
            start = at + m_start
            out.append(
                RecSpan(
                    start, at + m_end, text[start : at + m_end], (), count + named, letter=letter
                )
            )
            continue
        if count > 60:
            continue
        bound = _bound_before(sentence, m.start("n"))
        priority = bool(m.re is _REC_COUNT and m.group("pa"))
        # the clause, from the sayer if it is near ('The letter names four things ...')
        head = sentence[:m_start]
        lead = re.search(
            r"(?:\bthe\s+(?:\w+\s+)?(?:report|letter)|\bofsted|\binspectors?|\bit)\s+"
            r"(?:\w+\s+){0,4}$",
            head,
            re.I,
        )
        article_before = re.search(
            r"\b(?:the|its|all|each\s+of\s+the|all\s+of\s+the|along\s+with|with)\s+$", head, re.I
        )
        start = at + m_start
        if lead and not re.search(r"[,;:]", head[lead.start() :]):
            start = at + lead.start()
        elif article_before:
            start = at + article_before.start()
        end = at + m_end
        tail = re.match(r"\s+made\s+by\s+(?:ofsted|inspectors)", sentence[m_end:], re.I)
        if tail:
            end += tail.end()
        # "nine recommendations for priority and immediate action": the SIF's first list
        then = re.match(
            r"\s+(?:for|requiring|needing)\s+(?:urgent\s+|immediate\s+|priority\s+)"
            r"(?:and\s+(?:immediate|priority|urgent)\s+)?action\b",
            sentence[m_end:],
            re.I,
        )
        if then and not tail:
            priority = True
            end += then.end()
        out.append(
            RecSpan(
                start,
                end,
                text[start:end],
                (),
                count,
                priority=priority,
                # 'the three areas for improvement identified at the last inspection': that
                # report's count, not the new one's
                previous=bool(_OF_THE_LAST.match(sentence, m_end)),
                letter=letter,
                bound=bound,
                board=bool(_BOARD_GIVEN.search(head)),
                years=_years_before(sentence, m_start)
                or _year_right_after(sentence, m_end)
                or _years_of_that(text, at, head),
                near_years=_years_near(text, at),
                head=sentence[:m_start],
            )
        )
    return out


# the words that bound a count ("more than 20", "at least six", "nearly 30"), by what they mean
_BOUNDS = (
    ("more", r"more\s+than|over|upwards\s+of|in\s+excess\s+of"),
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than"),
    ("less", r"fewer\s+than|less\s+than|under"),
    ("up_to", r"up\s+to|at\s+most|no\s+more\s+than"),
    ("nearly", r"nearly|almost|just\s+under|close\s+to"),
    ("about", r"about|around|roughly|approximately|some|about\s+a|c\.|circa"),
)
_BOUND_BEFORE = lazyre.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _BOUNDS) + r")\s+$", re.I
)


def _bound_before(sentence: str, at: int) -> str | None:
    """How the words just before a count at `at` bound it (see `_BOUNDS`), or None."""
    m = _BOUND_BEFORE.search(sentence, max(0, at - 30), at)
    return next((name for name, _ in _BOUNDS if m and m.group(name)), None)


def within_bound(bound: str, said: int, actual: int) -> bool:
    """Whether `actual` is what "more than `said`" (or another bound) allows."""
    return {
        "more": actual > said,
        "at_least": actual >= said,
        "less": actual < said,
        "up_to": actual <= said,
        "nearly": said - max(2, round(0.15 * said)) <= actual <= said,
        "about": abs(actual - said) <= max(1, round(0.15 * said)),
    }[bound]


_BOUND_WORDS = {
    "more": "more than",
    "at_least": "at least",
    "less": "fewer than",
    "up_to": "at most",
    "nearly": "nearly",
    "about": "about",
}


# the report an article is about, named as the latest: "The latest inspection", "the new
# report", "this inspection", "the most recent verdict", "this time round"
_LATEST_NAMED = lazyre.compile(
    r"\b(?:the|this|its|Ofsted's|the\s+council's)\s+(?:latest|newest|new|most\s+recent|current|"
    r"this\s+year's|last\s+week's|last\s+month's)\s+(?:full\s+|ILACS\s+|Ofsted\s+)?"
    r"(?:inspection|report|verdict|judgement|judgment|assessment)\b(?!\s+(?:framework|regime|system|process))|"
    r"\bthis\s+(?:inspection|report)\b|\bthis\s+time(?:\s+round)?\b",
    re.IGNORECASE,
)


def _years_near(text: str, at: int) -> tuple[int, ...]:
    """The years the article names in the three paragraphs up to `at` (its own and the two
    before it), not those of 'since its last inspection in 2019'."""
    # (its own paragraph counts even when the count opens it: not the one three back, unless
    # the sentence opens on a report told of before, "That report, led by X, set out 12 areas
    # for improvement")
    *before, own = re.split(r"\n\s*\n", text[:at])
    back = (
        3
        if re.match(
            r"\s*(?:That|This|Those|The\s+(?:earlier|previous|same))\s+"
            r"(?:\w+\s+)?(?:report|inspection|visit|letter)s?\b",
            text[at - len(own) :],
        )
        else 2
    )
    paras = [*[p for p in before if p.strip()][-back:], own]
    near = "\n".join(paras)
    years = _years_before(near, len(near))
    # "By the time inspectors returned in June 2019 ... The latest inspection, carried out over
    # a fortnight in October, ...": the report the article is about named after the last year,
    # so a count with no time of its own is of that report, not of the year's
    last = [
        m.end()
        for m in _YEAR.finditer(near)
        if not _SINCE_YEAR.search(near[max(0, m.start() - 45) : m.start()])
    ]
    # (not words of the report quoted: 'senior leaders "did not know about the extent of the
    # failures ... until this inspection"')
    quoted = T.quote_spans(near)
    named = next(
        (
            m
            for m in (_LATEST_NAMED.finditer(near, last[-1]) if last else ())
            if not any(q.start < m.start() < q.end for q in quoted)
        ),
        None,
    )
    if named and not (
        # ("Inspectors spent three weeks in the city in March and April 2014. At its previous
        # safeguarding inspection, in December 2010, Nottingham had been judged good. This time
        # ...": the time set against the inspection before, the paragraph's year, not today's)
        named.group(0).lower().startswith("this time")
        and re.search(
            r"\b(?:previous|last|earlier|prior)\b[^.;]{0,60}$", near[: last[-1] - 4], re.IGNORECASE
        )
    ):
        return ()
    return years


_BOARD = (
    r"(?:(?:local\s+)?safeguarding\s+(?:children\s+)?(?:board|partnership)|LSCB|[A-Z]{2,4}SCB|"
    r"board|safeguarding\s+partners(?:hip)?)"
)
_FOR_BOARD = lazyre.compile(
    rf"\s+(?:for|to|of)\s+(?:(?:the|its|this)\s+(?:[\w-]+\s+){{0,2}}{_BOARD}|it|them)\b", re.I
)


def _of_a_board(sentence: str, m_start: int, m_end: int) -> bool:
    """'It is one of only five safeguarding boards nationally to achieve the top grade, and
    Ofsted made no recommendations for it': the count of a safeguarding board's recommendations
    (a review beside the council's inspection), not of the council's."""
    m = _FOR_BOARD.match(sentence, m_end)
    if m is None:
        return False
    if re.search(_BOARD, m.group(0), re.I) and not re.fullmatch(
        r"\s+(?:for|to|of)\s+(?:it|them)", m.group(0), re.I
    ):
        return True
    return bool(re.search(rf"\b{_BOARD}s?\b", sentence[:m_start], re.I))


def _named_before(sentence: str, pos: int) -> int | None:
    """How many things the sentence names between its sayer ('Ofsted wants to see') and `pos`
    (one between each comma: 'a better response to disabled children in need of help and
    protection, and'), or None when it is not plain."""
    sayers = list(_REC_SAYER.finditer(sentence, 0, pos))
    if not sayers:
        return None
    words = re.sub(r",?\s*(?:and|as\s+well\s+as|plus)?\s*$", "", sentence[sayers[-1].end() : pos])
    chunks = [x.strip() for x in re.split(r",\s+|;\s+", words)]
    if not chunks or any(not x or re.search(r"\d|[\"“”()]", x) for x in chunks) or len(chunks) > 5:
        return None
    return len(chunks)


_OF_THE_LAST = lazyre.compile(
    r"\s*,?\s*(?:(?:that\s+(?:were|was|had\s+been)\s+|which\s+were\s+)?(?:identified|made|"
    r"set(?:\s+out)?|raised|given|highlighted|found|listed)\s+)?(?:at|in|by|from|after|following|"
    # ("one area for improvement identified at a previous inspection in 2012")
    r"during)\s+(?:the|its|their|an?)\s+(?:(?:last|previous|prior|earlier|former)\s+"
    r"(?:full\s+|ofsted\s+|graded\s+)*|(?:19|20)\d\d\s+)(?:inspection|report|visit)\b",
    re.I,
)
_THAT_INSPECTION = lazyre.compile(
    # past tense, of 'the inspection' or 'that report' (not 'The report contains just one')
    r"\b(?:(?:the|that)\s+inspection|that\s+report)\s+(?:had\s+)?(?:made|set\s+out|gave|"
    r"included|listed|identified|raised|contained)\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?$",
    re.I,
)
_NEW_INSPECTION = lazyre.compile(r"\b(?:latest|new|newest|recent|current|this\s+year)", re.I)


def _years_of_that(text: str, at: int, head: str) -> tuple[int, ...]:
    """The years the paragraph's sentence before names, for a count of 'the inspection' that
    names none ('In July 2017 Ofsted judged Barnet inadequate, following an inspection in
    April and May 2017. ... and the inspection made 19 recommendations'): that inspection's.
    Nothing when the count speaks of a new one ('the latest inspection made four')."""
    if not _THAT_INSPECTION.search(head) or _NEW_INSPECTION.search(head):
        return ()
    par = text[:at].rsplit("\n", 1)[-1].rstrip()
    if not par:
        return ()
    before = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", par)
    last = before[-1] if before else ""
    if _NEW_INSPECTION.search(last):
        return ()
    return _years_before(last, len(last))


_MONTH_NAMES = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
# 'must now send Ofsted a written statement of action, drawn up with police, health and the
# youth offending team, by 16 March': when the statement a letter asks for is due
_DEADLINE = lazyre.compile(
    r"\bstatement\s+of\s+(?:proposed\s+)?action\b[^.\n]{0,160}?\bby\s+(?:(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?\s+"
    + _MONTH_NAMES
    + r"\b|"
    # ('by August 16')
    + _MONTH_NAMES.replace("?P<month>", "?P<month2>")
    + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)",
    re.I,
)
# Who must send it, as the claim begins: 'must now send the inspectorates a written statement
# of action' (not the director named before it, a claim of its own)
_MUST_SEND = lazyre.compile(
    r"\b(?:must|should|has\s+to|have\s+to|needs?\s+to|(?:is|are|was|were)\s+(?:required|"
    r"expected|told|asked)\s+to)\b(?!.*\b(?:must|should|has\s+to|have\s+to|needs?\s+to)\b)",
    re.I,
)
# ... and the letter's words: 'should send the written statement of action to
# ProtectionOfChildren@ofsted.gov.uk by 16 April 2020'
_DEADLINE_IN_REPORT = lazyre.compile(
    r"\bstatement\s+of\s+(?:proposed\s+)?action\b(?:[^.]|\.(?=\S)){0,200}?\bby\s+"
    r"(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r"\s+(?P<year>\d{4})",
    re.I,
)


def _check_deadline(
    span: RecSpan, docs: list[Any], as_of: date | None, texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]]:
    """The day the written statement of action is due, against the one the council's letter
    (or report) of the last six months sets, the newest first."""
    assert span.deadline is not None
    dated = [(p, d) for d in docs if (p := _day_published(d)) is not None]
    if as_of is not None:
        dated = [
            (p, d) for p, d in dated if as_of - timedelta(days=183) <= p <= as_of + timedelta(3)
        ]
    for _, d in sorted(dated, key=lambda x: x[0], reverse=True):
        pages = texts.pages(d.id)
        for n, page in enumerate(pages, 1):
            # (a sentence may run over a page's foot: the next page's words joined on)
            both = " ".join((page + " " + (pages[n] if n < len(pages) else "")).split())
            m = _DEADLINE_IN_REPORT.search(both)
            if m is None or m.start() > len(" ".join(page.split())):
                continue
            due = (_MONTHS[m.group("month").lower()], int(m.group("day")))
            said = f"{m.group('day')} {m.group('month')} {m.group('year')}"
            evidence = [Evidence(d.path, n, _short(m.group(0), 200))]
            label = Path(d.path).stem
            if due == span.deadline:
                return (
                    Verdict.SUPPORTED,
                    f"{label} asks for the written statement of action by {said}.",
                    evidence,
                )
            return (
                Verdict.CONTRADICTED,
                f"{label} asks for the written statement of action by {said}, not the day "
                "the article gives.",
                evidence,
            )
    return (
        Verdict.NOT_IN_RECORD,
        "ilacs holds no recent letter or report of this council that sets a day for a written "
        "statement of action.",
        [],
    )


# after 'the council should': words that ask nothing of it, or that the list cues read already
_NOT_ASKED = lazyre.compile(
    r"(?:be|been|have|has|had|keep|continue|remain|stay|feel|take\s+pride|celebrate|now|also|"
    r"improve|address|strengthen|better|get|do|make\s+sure|ensure|not)\b",
    re.I,
)


_ALSO_IMPROVE = lazyre.compile(
    r"\s*(?P<item>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,10}?)\s+(?:should|must|needs?\s+to)\s+also\s+"
    r"(?:be\s+)?(?:more\s+\w+|improved?|better|strengthened|quicker|faster|timelier)\s*\.?\s*$"
)


def find_recommendations(text: str) -> list[RecSpan]:
    """Claims that name what Ofsted said must improve, or how many recommendations it made."""
    out: list[RecSpan] = []
    offset = 0
    for par in text.split("\n"):
        counted = False
        for s_start, s_end in _sentences(par, par) if par.strip() else ():
            sentence = par[s_start:s_end]
            counts = _count_spans(text, sentence, offset + s_start)
            out.extend(counts)
            due = _DEADLINE.search(sentence)
            due_month = due and (due.group("month") or due.group("month2") or "").lower()
            if due is not None and due_month in _MONTHS:
                must = _MUST_SEND.search(sentence, 0, due.start())
                must_at = must.start() if must else 0
                out.append(
                    RecSpan(
                        offset + s_start + must_at,
                        offset + s_start + due.end(),
                        sentence[must_at : due.end()],
                        deadline=(
                            _MONTHS[due_month],
                            int(due.group("day") or due.group("day2")),
                        ),
                    )
                )
            # 'Ofsted made six recommendations. These concern: X; Y; Z.'
            these = re.match(
                r"\s*(?:these|they)\s+(?:concern|cover|relate\s+to|include|are|were)\w*\s*:?\s*",
                sentence,
                re.I,
            )
            after_count, counted = counted, bool(counts)
            # '... 13 areas for improvement, beginning with X. Others include Y and Z.'
            others = re.match(
                r"\s*(?:(?:others|(?:the\s+)?other\s+(?:areas|recommendations|issues|things|priorities)"
                r"(?:\s+(?:for|of)\s+improvement)?(?:\s+(?:flagged|highlighted|identified|named|"
                r"listed|raised))?)\s+(?:include[sd]?|were|are|cover(?:ed)?)|"
                r"(?:it|they|ofsted|inspectors|the\s+(?:report|letter))\s+also\s+"
                r"(?:flagged|highlighted|named|listed|identified|wants|wanted|called\s+for|"
                r"calls\s+for|asked\s+for|urged)(?!\s+(?:to|that)\b))\s*:?\s*",
                sentence,
                re.I,
            )
            # '... did find two areas for improvement. It said the council must get ...'
            must = re.match(
                r"\s*(?:it|they|ofsted|inspectors|the\s+(?:report|letter))\s+(?:said|says|wants?|wanted)"
                r"\s+(?:that\s+)?(?:the\s+)?(?:council|authority|local\s+authority|it)\s+"
                r"(?:must|should|needs?\s+to|needed\s+to|to)\s+",
                sentence,
                re.I,
            )
            if these is None and must and after_count and not counts:
                these = must
            # 'Ofsted said the council should act faster when ...': what it asks, in the
            # article's own verb (not 'should be proud', 'must continue')
            if (
                these is None
                and must
                and not counts
                and re.match(r"\s*(?:ofsted|inspectors|the\s+report)\b", sentence, re.I)
                and re.match(r"[a-z]+\b", sentence[must.end() :])
                and not _NOT_ASKED.match(sentence[must.end() :])
            ):
                these, after_count = must, True
            # '... the five areas for improvement. Officers explained that the most significant
            # related to X'
            chief = re.search(
                r"\bthe\s+(?:most\s+(?:significant|serious|important|pressing)|main|biggest)"
                r"(?:\s+(?:one|area|concern))?\s+(?:related|relates|concerned|concerns|was|is)"
                r"\s+(?:to\s+)?",
                sentence,
                re.I,
            )
            if others is None and chief and out and offset + s_start - out[-1].end < 300:
                others = chief
            # ("The other areas flagged were ...": a paragraph on from the count)
            reach = (
                800
                if re.match(r"\s*(?:the\s+)?other\s+(?:areas|recommendations)\b", sentence, re.I)
                else 300
            )
            if others and out and offset + s_start - out[-1].end < reach:
                these, after_count = others, True
            # 'But inspectors said ... . They asked the council to X and to Y': 'they' are the
            # inspectors the sentence before named as speaking
            asked = re.match(
                r"\s*they\s+(?:also\s+)?(?:asked|urged|told|want(?:ed)?)\s+(?:the\s+(?:council|"
                r"authority|local\s+authority|trust)|it|leaders)\s+to\s+(?!improve\s+(?:just\s+|"
                r"only\s+)?\w+\s+(?:things?|areas?)\b)",
                sentence,
                re.I,
            )
            if (
                these is None
                and asked
                and not counts
                and _INSPECTORS_SPOKE.search(_sentence_before(text, offset + s_start))
            ):
                these, after_count = asked, True
            if these and after_count and _rec_items(sentence[these.end() :]):
                start = offset + s_start + these.end()
                end = offset + s_start + len(sentence.rstrip().rstrip(".").rstrip())
                # '..., four areas for improvement in all': the list ends where its count begins
                later = [c.start for c in counts if start < c.start < end]
                if later:
                    end = start + len(text[start : min(later)].rstrip(" ,;"))
                # '..., which inspectors described as "variable"': the article's gloss
                gloss = re.search(r",\s+(?:which|who)\s", text[start:end])
                if gloss:
                    end = start + gloss.start()
                items = _rec_items(text[start:end])
                out.append(
                    RecSpan(
                        start,
                        end,
                        text[start:end],
                        tuple(items),
                        letter=_about_letter(text, sentence),
                    )
                )
                continue
            # 'Ofsted told the council it must improve X, Y and Z. Life-story work for children
            # in care should also be more consistent.': one thing more, right after the list
            also = _ALSO_IMPROVE.match(sentence)
            if (
                also
                and out
                and out[-1].items
                and not out[-1].negated
                and 0 <= offset + s_start - out[-1].end < 40
            ):
                start = offset + s_start + also.start("item")
                end = offset + s_start + len(sentence.rstrip().rstrip(".").rstrip())
                out.append(
                    RecSpan(
                        start,
                        end,
                        text[start:end],
                        (also.group("item"),),
                        letter=out[-1].letter,
                    )
                )
                continue
            none = _REC_NONE.search(sentence)
            if none:
                items = _rec_items(none.group("topic"))
                if items:
                    start, end = offset + s_start + none.start(), offset + s_start + none.end()
                    out.append(RecSpan(start, end, text[start:end], tuple(items), negated=True))
                    continue
            before = _REC_BEFORE.search(sentence)
            if before and re.search(r"\bno\s+(?:\w+\s+){0,2}$", sentence[: before.start()], re.I):
                before = None  # "While no formal recommendations were made, ...": no list
            if (
                before
                and re.match(r"\w+\s+(?:key\s+|main\s+)?areas\s*:", before.group(0))
                and _GRADED_BEFORE.search(sentence[: before.start()])
            ):
                before = None  # 'rated the council good in all five areas: ...': judgements
            after = _REC_AFTER.search(sentence)
            if before and after and after.start() <= before.start() < after.end():
                before = None  # '... was the third area inspectors want the council to look at'
            if before:
                list_start = before.end()
                # 'needed to improve three things: X; Y; Z': the list starts after the colon
                # ('keep improving in two areas: X and Y': the lead-in words are no item)
                lead_count = re.match(
                    r"\s*(?:[\w'’-]+\s+){0,4}?(?:just\s+|only\s+)?\w+\s+(?:key\s+|main\s+)?"
                    r"(?:things?|areas?|issues?|priorities)\s*(?::|[–—]|\s-)\s*",
                    sentence[list_start:],
                    re.I,
                )
                if lead_count:
                    list_start += lead_count.end()
                list_end = len(sentence.rstrip().rstrip(".").rstrip())
                claim_start = before.start()
                # 'Ofsted said the council still needs to improve ...': from the sayer on
                lead = re.search(
                    r"\b(?:ofsted|inspectors?|the\s+report|it)\b[^.;:]*$",
                    sentence[: before.start()],
                    re.I,
                )
                if lead:
                    claim_start = lead.start()
                # '... makes four recommendations, including X and Y': the count is a claim
                # of its own; the list's claim starts at 'including' (or after the colon)
                cue = re.search(
                    # ('told to improve in five areas – X, Y and Z': after the dash)
                    r"\b(?:includ\w*|among\s+\w+|(?:starting|beginning)\s+with|covering)\b|:"
                    r"|(?<=areas)\s+[–—]|(?<=things)\s+[–—]",
                    sentence[before.start() :],
                    re.I,
                )
                # (not '..., among five areas for improvement': the count after the list)
                if (
                    counts
                    and cue
                    and any(
                        c.start - offset - s_start < before.start() + cue.start() for c in counts
                    )
                ):
                    claim_start = before.start() + cue.start()
                    if cue.group(0).strip() in (":", "–", "—"):
                        claim_start = before.start() + cue.end()
                        while claim_start < len(sentence) and sentence[claim_start] == " ":
                            claim_start += 1
                        # 'needed to improve three things: X; Y; Z': the list is after the colon
                        list_start = max(list_start, claim_start)
            elif after:
                list_start, list_end = 0, after.end()
                if re.search(r"\b(?:among|one\s+of)\b", after.group(0), re.I) and counts:
                    # 'X is one of the four improvements that inspectors listed': the count is
                    # a claim of its own; the thing named ends where it begins
                    list_end = len(sentence[: after.start()].rstrip(" ,"))
                # '..., were judged to require improvement – and permanence planning was
                # flagged then as an area to improve': the clause of its own the verb is in
                clause = _last(
                    re.finditer(
                        r"(?:[–—;:]|\s-\s|,\s+(?=(?:but|while|although|though|whereas)\b))\s*"
                        r"(?:(?:and|but|while|although|though|whereas)\s+)?",
                        sentence[: after.start()],
                    )
                )
                if clause is not None:
                    list_start = clause.end()
                # ('Ofsted's focused visit ... identified X as an area for improvement': the
                # things after the verb)
                verb = _last(
                    re.finditer(
                        r"\b(?:identified|flagged|highlighted|named|listed|singled\s+out)\s+",
                        sentence[list_start : after.start()],
                    )
                )
                if verb is not None and after.group(0).lstrip().lower().startswith("as"):
                    claim_start = list_start + verb.start()
                    list_start += verb.end()
                else:
                    claim_start = list_start
                list_text = sentence[list_start : after.start()]
            else:
                continue
            if before:
                # a list ends where a count of its own begins ('..., along with 17 further areas
                # for improvement')
                later = [c.start - offset - s_start for c in counts]
                later = [x for x in later if list_start < x < list_end]
                if later:
                    list_end = len(sentence[: min(later)].rstrip(" ,;").rstrip())
                    list_end = re.sub(
                        r"[\s,;]+(?:along\s+with|as\s+well\s+as|and|plus|with|among|amongst)$",
                        "",
                        sentence[:list_end],
                        flags=re.I,
                    ).__len__()
                # 'Areas flagged for improvement in 2022, including X and Y, had "been responded
                # to"': the list ends where the sentence's verb (or a quotation) begins
                verb = re.search(
                    r",\s+(?:had|has|have|was|were)\s|\s[“\"]\w", sentence[list_start:list_end]
                )
                if verb and _rec_items(sentence[list_start : list_start + verb.start()]):
                    list_end = list_start + verb.start()
                own_clause = _OWN_CLAUSE.search(sentence, list_start, list_end)
                if own_clause and _rec_items(sentence[list_start : own_clause.start()]):
                    list_end = own_clause.start()
                list_text = sentence[list_start:list_end]
                if not _rec_items(list_text) and counts:
                    continue  # 'A further 12 areas for improvement are listed': the count's
                if not _rec_items(list_text):
                    # "stating that 'the quality ... for care leavers' needs to improve"
                    head = sentence[: before.start()]
                    if re.search(r"\b(?:what|where|how|which\s+\w+)\s*$", head, re.I):
                        continue  # "set out what must improve": nothing named
                    lead = re.search(r".*\b(?:that|said|says|found|:)\s+", head, re.I | re.S)
                    list_start = lead.end() if lead else 0
                    list_text, list_end = head[list_start:], before.end()
                    claim_start = list_start
            # the article has spoken of Ofsted or the report by this sentence
            if not _OFSTED_NAMED.search(text, 0, offset + s_end):
                continue
            if _COUNCILLOR.search(sentence):
                continue
            items = _rec_items(list_text)
            if not items or all(_JUDGEMENT_AREA.fullmatch(i.strip()) for i in items):
                continue  # 'good in five areas: overall effectiveness, leadership, ...'
            start = offset + s_start + claim_start
            end = offset + s_start + list_end  # after.end() when the list comes first
            previous = bool(_PREVIOUS.search(sentence))
            # '... must get better at X and Y, and must speed up Z': a second thing the council
            # must do, a claim of its own
            parts: list[tuple[int, int, list[str]]] = [(start, end, items)]
            again = next(
                (
                    k
                    for k, item in enumerate(items)
                    if k > 0 and re.match(r"(?:must|should|needs?\s+to|has\s+to)\s+\w", item)
                ),
                None,
            )
            at_again = text.find(items[again], start, end) if again is not None else -1
            if again is not None and at_again > start:
                first_end = start + len(
                    re.sub(r"[\s,;]*(?:\band)?[\s,;]*$", "", text[start:at_again])
                )
                second = [
                    re.sub(r"^(?:must|should|needs?\s+to|has\s+to)\s+", "", items[again]),
                    *items[again + 1 :],
                ]
                parts = [(start, first_end, items[:again]), (at_again, end, second)]
            for p_start, p_end, p_items in parts:
                out.append(
                    RecSpan(
                        p_start,
                        p_end,
                        text[p_start:p_end],
                        tuple(p_items),
                        None,
                        previous=previous,
                        letter=_about_letter(text, sentence),
                        years=_years_before(sentence, list_start)
                        or (
                            # 'At its last full inspection, in February 2023, ... X was
                            # flagged then as an area to improve': that inspection's
                            tuple(int(y.group(0)) for y in _YEAR.finditer(sentence, 0, list_start))
                            if after is not None
                            and not before
                            and re.search(r"\bthen\b|\bat\s+the\s+time\b", after.group(0), re.I)
                            else ()
                        ),
                    )
                )
        offset += len(par) + 1
    listed = _listed_below(text)
    if listed:
        out = [o for o in out if not any(b.start <= o.start < b.end for b in listed)]
        out = sorted([*out, *listed], key=lambda o: o.start)
    # "makes just one recommendation: that ...": the one thing the list after it names
    return [
        replace(o, head=one.group(0))
        if o.items
        and o.count is None
        and not o.head
        and (one := _ONE_THING.search(text, max(0, o.start - 90), o.start))
        else o
        for o in out
    ]


_ONE_THING = lazyre.compile(
    r"\b(?:one|a\s+single)\s+(?:recommendation|area\s+for\s+improvement|area\s+to\s+improve|"
    r"thing\s+to\s+improve|improvement)\b[^.;]{0,20}?[:–—-]\s*$",
    re.IGNORECASE,
)


# the sentence before says the inspectors or the report spoke ('But inspectors said ...')
_INSPECTORS_SPOKE = lazyre.compile(
    r"\b(?:ofsted|inspectors|the\s+(?:report|letter|inspection))\s+(?:also\s+)?(?:said|found|"
    r"noted|warned|judged|concluded|reported|highlighted|identified|says|finds|notes|warns)\b",
    re.I,
)


def _sentence_before(text: str, at: int) -> str:
    """The sentence before `at` (in this paragraph or the one before)."""
    head = text[:at].rstrip()
    cut = max(
        head.rfind(". ", 0, len(head) - 1),
        head.rfind("? ", 0, len(head) - 1),
        head.rfind("\n", 0, len(head) - 1),
    )
    return head[cut + 1 :]


_LIST_INTRO = lazyre.compile(
    r"\brecommendations?\b|\bareas?\s+(?:for|of)\s+(?:further\s+)?(?:improvement|development)|"
    # ('Kent must now improve:')
    r"\bneeds?\s+to\s+(?:now\s+|still\s+|also\s+)?improve\b|"
    r"\bmust\s+(?:now\s+|still\s+|also\s+)?improve\b|\bthings?\s+to\s+improve\b|"
    # 'Ofsted wants the corporation to improve:'
    r"\bto\s+improve\s*:\s*$|"
    # 'The council was also told to:'
    r"\b(?:(?:was|were|been|is|are|being)\s+(?:also\s+)?(?:told|asked|urged|required|"
    r"instructed)\s+to|must|should|needs?\s+to)\s*:\s*$",
    re.I,
)
_LIST_LINE = lazyre.compile(r"[ \t]*(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)|[-•*–—])[ \t]+(?=\S)")


def _listed_below(text: str) -> list[RecSpan]:
    """A list of what must improve set out line by line under a line that ends with a colon
    ('Ofsted identified four areas for improvement:' then '(a) ...;', '(b) ...;' or '- ...'):
    the whole list, checked as one (each line one thing named), with where each line's item
    is (`lines`): each line is then a claim of its own."""
    out = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    for i, (at, line) in enumerate(lines):
        intro = line.rstrip()
        if not intro.endswith(":") or not _LIST_INTRO.search(intro) or _COUNCILLOR.search(intro):
            continue
        if not _OFSTED_NAMED.search(text, 0, at + len(line)):
            continue
        items: list[str] = []
        at_items: list[tuple[int, int]] = []
        first = last = None
        for at2, line2 in lines[i + 1 :]:
            if not line2.strip():
                if items:
                    break
                continue
            m = _LIST_LINE.match(line2)
            if m is None:
                break
            item = re.sub(r"(?:[;,.]|;?\s+and|;?\s+or)\s*$", "", line2[m.end() :].rstrip())
            if not item:
                break
            items.append(item)
            at_items.append((at2 + m.end(), at2 + m.end() + len(item)))
            first = at2 + m.end() if first is None else first
            last = at2 + m.end() + len(item)
        if len(items) >= 2 and first is not None and last is not None:
            out.append(
                RecSpan(
                    first,
                    last,
                    text[first:last],
                    tuple(items),
                    letter=_about_letter(text, intro),
                    years=_years_before(intro, len(intro)),
                    lines=tuple(at_items),
                )
            )
    return out


# '..., and we are already acting on them': a clause of the speaker's own after a list
_OWN_CLAUSE = lazyre.compile(r",?\s+and\s+(?:we|they|he|she|I)\s+(?!(?:\w+\s+)?(?:to|of|for)\b)")


def _rec_items(list_text: str) -> list[str]:
    """The things a list names: split at commas, semicolons and 'and', short pieces joined;
    'from X to Y' names X and Y; an example ('– for example, ...') is not one of them."""
    list_text = re.split(r"\s[–—-]\s*(?:for\s+example|such\s+as|e\.g\.)\b", list_text)[0]
    # '... to prevent delays for children - the same court-stage tracking Ofsted asked for in
    # 2015', '... - a problem inspectors raised in 2019': the writer's comment on the thing
    # after a dash is no thing named
    gloss = re.search(
        r"\s[–—-]\s*(?:the\s+(?:same|very)|echoing|repeating|something|just\s+as|much\s+as|"
        r"as\s+(?:it|they|inspectors)\s+(?:did|had)|one\s+(?:that|which)|"
        r"an?\s+(?:(?:old|recurring|familiar|long-standing|persistent)\s+)?(?:problem|issue|"
        r"theme|concern|weakness|criticism|failing|complaint)s?)\b",
        list_text,
        re.IGNORECASE,
    )
    if gloss and len(_words(list_text[: gloss.start()])) >= 3:
        list_text = list_text[: gloss.start()]
    # '..., and said some children in care had seen their social worker change': the article
    # reports something else
    list_text = re.split(
        r",?\s+and\s+(?:also\s+)?(?:said|says|added|warned|noted|found|praised|highlighted)\b",
        list_text,
    )[0]
    list_text = _OWN_CLAUSE.split(list_text)[0]
    ends = re.match(
        r"[\s,;:]*from\s+(.+?)\s+to\s+((?:\w+ing|the|a|an)\b.+)$", list_text, re.I | re.S
    )
    if ends:
        list_text = f"{ends.group(1)}; {ends.group(2)}"
    # 'the one thing the council must improve is its arrangements ...': 'is' is no thing named
    # ('the first of which concerns the response to ...': nor is the verb that says what a
    # recommendation is about)
    list_text = re.sub(r"^[\s,;:]*(?:is|are|was|were)\s+(?=\w)", "", list_text, flags=re.I)
    list_text = re.sub(
        r"^[\s,;:]*(?:concern(?:s|ed)|relate[sd]?\s+to|cover(?:s|ed)|deal(?:s|t)\s+with|"
        r"(?:is|was)\s+about)\s+(?=(?:the|its|their|how|what|whether)\b)",
        "",
        list_text,
        flags=re.I,
    )
    # 'nine areas, among them X, Y and Z': the count is no thing named
    list_text = re.sub(
        r"^[\s,;:]*(?:[\w-]+\s+){1,3}?(?:areas|things|recommendations|improvements),?\s+"
        r"(?:among\s+them|including|notably|such\s+as)\s+",
        "",
        list_text,
        flags=re.I,
    )
    if ";" in list_text and not ends:
        # 'the support offered to care leavers, especially those at risk ...; the quality and
        # choice of their accommodation; and ...': a list the writer parts with semicolons
        # holds its commas and 'and's inside its things
        segments = [
            re.sub(r"^\s*(?:and|as\s+well\s+as)\s+", "", p, flags=re.I).strip(" ,;:.'‘’\"“”")
            for p in list_text.split(";")
        ]
        if len([p for p in segments if p]) >= 2 and all(
            len([w for w in _words(p) if w not in _REC_GENERIC]) >= 2 for p in segments if p
        ):
            return [p for p in segments if p]
    # 'clarity for care leavers about their rights and entitlements ..., and the support and
    # responses to care leavers in custody': two things, the one comma and 'and' between them
    # (the other 'and's inside them)
    pair = re.fullmatch(r"([^,;]+),\s+and\s+([^,;]+)", list_text.strip(" .;:"))
    if pair and all(
        len([w for w in _words(x) if w not in _REC_GENERIC]) >= 3 for x in pair.groups()
    ):
        return [x.strip(" ,;:.'‘’\"“”") for x in pair.groups()]
    # 'the Multi-Agency Safeguarding and Support Hub (MASSH)': an 'and' inside a name (a
    # capitalised word on each side of it) parts no things
    named_and = re.compile(r"\b([A-Z][\w-]{2,}) and (?=[A-Z][\w-]{2,}\b)")
    list_text = named_and.sub("\\1 \x00 ", list_text)
    # ('outcomes for care leavers in education, training and employment': one thing, EET)
    list_text = re.sub(
        r"\beducation,\s+(training|employment)\s+and\s+(employment|training)\b",
        "education\x01 \\1 \x00 \\2",
        list_text,
        flags=re.I,
    )
    pieces = [
        p.strip(" ,;:.'‘’\"“”").replace(" \x00 ", " and ").replace("\x01", ",")
        for p in re.split(r";|,|\band\b|\bas\s+well\s+as\b", list_text)
    ]
    items: list[str] = []
    carry = ""
    for p in pieces:
        if not p:
            continue
        # '... designated officer (LADO), who handles allegations against adults ...,': the
        # article's gloss of the thing before it
        if re.match(r"(?:who|which)\s", p, re.I) and items and not carry:
            continue
        # '... of disabled children, some of whom were not having their needs reviewed', '... its
        # workforce, as some children experience too many changes': the article's reason for
        # the thing before it, or which of it
        if (
            re.match(
                r"(?:(?:some|many|most|a\s+few|several)\s+of\s+(?:whom|which|them)|"
                r"as\s+(?:some|many|too|a\s+few|several)|because)\s",
                p,
                re.I,
            )
            and items
            and not carry
        ):
            continue
        # '..., especially those at risk of exploitation': which of the thing before
        # ('..., including those placed outside the county': which of the thing before)
        if (
            re.match(r"(?:especially|particularly|in\s+particular|notably|including)\s", p, re.I)
            and items
        ):
            items[-1] = f"{items[-1]}, {p}"
            carry = ""
            continue
        p = f"{carry} {p}".strip() if carry else p
        content = [w for w in _words(p) if w not in _REC_GENERIC]
        # ('the quality of supervision', 'improving the quality of plans': one thing named)
        if len(content) < 2 and not (content and len(_words(p)) >= 4):
            # '16 and 17-year-olds', 'advice and guidance': part of the thing before it
            if items:
                items[-1] = f"{items[-1]} and {p}"
                carry = ""
            else:
                carry = p
            continue
        carry = ""
        items.append(p)
    if carry:
        if items:
            items[-1] = f"{items[-1]} {carry}"
        elif [w for w in _words(carry) if w not in _REC_GENERIC]:
            items.append(carry)
    return items


def _latest_report(docs: list[Any], as_of: date | None) -> Any | None:
    """The latest full inspection published by `as_of`."""
    reports = [
        d
        for d in docs
        if getattr(d, "kind", "inspection") == "inspection"
        and (as_of is None or (d.published is not None and d.published <= as_of))
    ]
    return max(reports, key=lambda d: d.published or date.min) if reports else None


_LETTER_KINDS = ("focused_visit", "monitoring_visit", "jtai")
_PATH_DAY = lazyre.compile(r"[-_ ](\d{1,2})[_ ]([A-Za-z]+)[_ ](\d{4})\.pdf$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
}


def _day_published(d: Any) -> date | None:
    """A document's day of publication; a letter's is the day in its Ofsted title
    ("Children's services focused visit - 21 January 2020"), which its path keeps."""
    if getattr(d, "published", None):
        return d.published
    m = _PATH_DAY.search(getattr(d, "path", "") or "")
    if m is None or m.group(2).lower() not in _MONTHS:
        return None
    try:
        return date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None


def _subject_doc(docs: list[Any], as_of: date | None, span: RecSpan) -> Any | None:
    """The report or letter a claim about what must improve speaks of: the report of the
    years the sentence names; else, in an article about a letter, the council's latest letter
    (published within four months, no full report since), or a report that new; else the
    latest report published by `as_of`. None when the article's letter is not held."""
    reports = [
        d
        for d in docs
        if getattr(d, "kind", "inspection") == "inspection" and d.published is not None
    ]
    if span.years:
        dated = [
            d
            for d in reports
            if (as_of is None or d.published <= as_of)
            and {x.year for x in (d.inspection_start, d.inspection_end, d.published) if x}
            & set(span.years)
        ]
        if dated:
            return max(dated, key=lambda d: d.published)
        if span.letter:
            # 'Ofsted's focused visit ... in December 2022 identified ...': the letter of then
            dated = [
                d
                for d in docs
                if getattr(d, "kind", None) in _LETTER_KINDS
                and (p := _day_published(d)) is not None
                and (as_of is None or p <= as_of + timedelta(days=3))
                and {
                    x.year
                    for x in (
                        getattr(d, "inspection_start", None),
                        getattr(d, "inspection_end", None),
                    )
                    if x
                }
                & set(span.years)
            ]
            if len(dated) == 1:
                return dated[0]
    kind = _letter_kind_named(span.head) if span.letter and not span.years else None
    if kind is not None:
        # 'a joint targeted area inspection (JTAI) ... in May 2022. The JTAI found ... and
        # identified six areas for improvement': the one letter of that kind from a year the
        # paragraphs name
        dated = [
            d
            for d in docs
            if getattr(d, "kind", None) == kind
            and (p := _day_published(d)) is not None
            and (as_of is None or p <= as_of + timedelta(days=3))
            and {
                x.year
                for x in (getattr(d, "inspection_start", None), getattr(d, "inspection_end", None))
                if x
            }
            & set(span.near_years)
        ]
        if len(dated) == 1:
            return dated[0]
    latest = _latest_report(docs, as_of)
    if span.letter and as_of is not None:
        window = (as_of - timedelta(days=120), as_of + timedelta(days=3))
        letters = [
            (p, d)
            for d in docs
            if getattr(d, "kind", None) in _LETTER_KINDS
            and (p := _day_published(d)) is not None
            and window[0] <= p <= window[1]
        ]
        if letters:
            p, d = max(letters, key=lambda x: x[0])
            if latest is None or latest.published <= p:
                return d
        if latest is not None and latest.published >= window[0]:
            return latest  # an article about a new report that names a visit too
        return None
    if as_of is not None:
        # a letter out in the last month, newer than the latest report: the news is the letter
        # even when the article also speaks of a full inspection years before
        recent = [
            (p, d)
            for d in docs
            if getattr(d, "kind", None) in _LETTER_KINDS
            and (p := _day_published(d)) is not None
            and as_of - timedelta(days=31) <= p <= as_of + timedelta(days=3)
            and (latest is None or latest.published < p)
        ]
        if recent:
            return max(recent, key=lambda x: x[0])[1]
    return latest


def _letter_kind_named(head: str) -> str | None:
    """The kind of letter the words before a count name ('The JTAI found ...', 'the focused
    visit identified ...'), or None."""
    if re.search(r"\bJTAI\b|\bjoint\s+targeted\s+area\s+inspection\b", head, re.IGNORECASE):
        return "jtai"
    if re.search(r"\bfocused\s+visit\b", head, re.IGNORECASE):
        return "focused_visit"
    if re.search(r"\bmonitoring\s+visit\b", head, re.IGNORECASE):
        return "monitoring_visit"
    return None


_SWAP_FILLER = frozenset(
    "that this these those their there with which from have into when where particularly "
    "especially including ensure ensures local authority council".split()
)


def meaning_stems(words: list[str], filler: frozenset[str]) -> list[str]:
    """The first five letters of each word of meaning of `words` (four letters or more, not in
    `filler`), in order: what two wordings of one recommendation are compared by."""
    return [w[:5] for w in words if len(w) >= 4 and w not in filler]


def _middle_swapped(item: str, rec: str) -> bool:
    """A thing named that keeps a recommendation's words before and after the thing it names
    but puts three or more other words of meaning in place of three or more of the
    recommendation's, none shared: another thing in the same frame, not a rewording."""

    a = meaning_stems(re.findall(r"[a-z]+", item.lower()), _SWAP_FILLER)
    b = meaning_stems(re.findall(r"[a-z]+", rec.lower()), _SWAP_FILLER)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # (words of the frame said again inside the swapped part, 'children', are the frame's)
    anchors = {w for tag, i1, i2, _, _ in ops if tag == "equal" for w in a[i1:i2]}
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace":
            continue
        mine, theirs = set(a[i1:i2]) - anchors, set(b[j1:j2]) - anchors
        if len(mine) < 3 or len(theirs) < 3 or mine & set(b) or theirs & set(a):
            continue
        before = sum(x[2] - x[1] for x in ops[:k] if x[0] == "equal")
        after = sum(x[2] - x[1] for x in ops[k + 1 :] if x[0] == "equal")
        if before >= 1 and after >= 1 and before + after >= 3:
            return True
    return False


def _recs_of(doc: Any, texts: ReportTexts) -> list[str]:
    recs = getattr(doc, "recommendations", None)
    if recs is not None:
        return [r.text for r in recs if getattr(r, "section", "la") == "la"]
    return [r["text"] for r in texts.recommendations(doc.id) if r["section"] == "la"]


# The article's words for the report's ('teenagers' for 'adolescents').
_SYNONYMS = (
    (re.compile(r"\bteenagers?\b|\bteens\b", re.I), "adolescents"),
    (re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?(?:home|family)\b", re.I), "extra familial"),
    (re.compile(r"\bmaking\s+sure\b|\bmake\s+sure\b", re.I), "ensure"),
    (re.compile(r"\bkids\b", re.I), "children"),
    # 'pathway planning for care leavers': whom pathway plans are for goes without saying
    (
        re.compile(
            r"\b(pathway\s+plan\w*)\s+(?:for|of|with)\s+(?:care\s+leavers|young\s+people\s+"
            r"leaving\s+care|care-experienced\s+young\s+people)\b",
            re.I,
        ),
        r"\1",
    ),
    # 'housing for care leavers' for 'suitable accommodation for care leavers': one thing
    (re.compile(r"\bhousing\b", re.I), "accommodation"),
    # '19-year-old care leavers' for 'care leavers aged 19'
    (re.compile(r"\b(\d{1,2})[- ]years?[- ]olds?\b", re.I), r"aged \1"),
    (re.compile(r"\burgent\b", re.I), "immediate"),
    (
        re.compile(r"\b(?:(?:it\s+)?(?:has|have|had)\s+)?lost\s+touch\s+with\b", re.I),
        "not in contact with",
    ),
    (re.compile(r"\bspeed(?:s|ing)?\s+up\b", re.I), "timeliness of"),
    # 'quicker decisions about children coming into care'
    (
        re.compile(
            r"\b(?:quicker|faster|swifter|speedier|prompter|more\s+(?:timely|prompt|quickly|"
            r"swiftly|promptly))\b",
            re.I,
        ),
        "timeliness of",
    ),
    # 'return home interviews when young people go missing': what they are, not which ones
    (
        re.compile(
            r"\b(return\s+(?:home\s+)?interviews?)\s+(?:for|with|of|when|after)\s+"
            r"(?:(?:young\s+people|children|they|teenagers|a\s+child)\s+)?(?:who\s+)?"
            r"(?:go|goes|went|have\s+gone|has\s+gone|had\s+gone|going|run|runs)\s+"
            r"(?:missing|away)(?:\s+from\s+(?:home|care))?",
            re.I,
        ),
        r"\1",
    ),
    # 'look harder at what plans achieve': the impact of plans
    (re.compile(r"\blook\s+(?:harder|more\s+closely|again)\s+at\b", re.I), ""),
    (re.compile(r"\bwhat\s+(\w+)\s+achieves?\b", re.I), r"impact of \1"),
    (re.compile(r"\bhow\s+often\b", re.I), "frequency"),
    (re.compile(r"\bhow\s+(?:quickly|fast|promptly|swiftly|soon)\b", re.I), "timeliness"),
    (re.compile(r"\b(?:deals?|dealt|dealing)\s+with\b", re.I), "responds to"),
    # 'cases that had not been given to a social worker': unallocated cases
    (
        re.compile(
            r"\b(?:(?:that|which|who)\s+)?(?:had|have|has)?\s*not\s+(?:yet\s+)?(?:been\s+)?"
            r"(?:given|allocated|assigned|passed)\s+(?:to\s+)?(?:a\s+)?social\s+workers?\b|"
            r"\bwithout\s+(?:an?\s+)?(?:allocated\s+)?social\s+workers?\b",
            re.I,
        ),
        "unallocated",
    ),
    # 'when they first arrive': when, not which children
    (re.compile(r"\bfirst\s+(?=(?:arriv|enter|come|became|become)\w*\b)", re.I), ""),
    # a return home interview is for a child who went missing: the article's gloss
    (
        re.compile(
            r"(?<=\binterviews)\s+(?:for|when|after|with)\s+(?:children|young\s+people|"
            r"those|they)\s+(?:who\s+)?(?:have\s+)?(?:go|goes|went|gone)\s+missing"
            r"(?:\s+from\s+(?:home|care|home\s+or\s+care))?",
            re.I,
        ),
        "",
    ),
    # 'the first response to children at risk': the report's initial response (the first of
    # what is done for a child, not which children)
    (
        re.compile(
            r"\bfirst\s+(?=(?:responses?|contacts?|assessments?|(?:child\s+protection\s+)?"
            r"conferences?|enquir\w+|meetings?|reviews?|visits?|response)\b)",
            re.I,
        ),
        "initial ",
    ),
    # the emergency duty service is the out-of-hours one
    (re.compile(r"\bout[- ]of[- ]hours\s+(?=emergency)", re.I), ""),
)
# Words an article and a report use for the same thing: each counts as the others.
_ALIKE_GROUPS = (
    "homes placements accommodation",
    "supply sufficiency sufficient available availability",
    "especially particularly particular notably",
    "risk vulnerable",
    "involvement involving engagement engaging participation",
    "clearer clarity clear",
    "staff workforce practitioners",
    "account consideration",
    # ('the pre-proceedings stage of the Public Law Outline' for '... arrangements of')
    "stage element phase arrangements",
    "response service",
)
_ALIKE = {w: {_key(o) for o in g.split()} for g in _ALIKE_GROUPS for w in g.split()}
# Verbs an article adds when it rewords a recommendation.
_VERB_WORDS = frozenset(
    """held hold holds kept keep keeps made give gives given take takes taken taking seen see
    done do does go goes going gone get gets getting got can could being been be is are was
    were has have having had will would should must able enough sufficient sure together
    listed identified named set out outlined improves receive receives received sent handle handles
    stay stays remain remains spend spends find finds cut cuts reduce reduces tackle
    tackles increase increases raise raises boost boosts focus focuses helps enables assists
    turn turns turning reach reaches reaching""".split()
)
# Who does the work, which an article adds ('how often social workers receive supervision' for
# 'the frequency of supervision').
_WHO_WORDS = frozenset("social workers worker staff".split())
_WHO_ANY = _WHO_WORDS | frozenset("carers managers leaders practitioners workforce".split())
# Words that say which children or which service: never a rewording of another.
_CONTRASTS = frozenset(
    """primary secondary younger older young old boys girls disabled adopted fostered fostering
    adoption health police education housing schools school early late black white asian
    first second new newly unaccompanied excluded exploited looked asylum seeking missing
    homeless homelessness leaving under over foster kinship adopters residential custody
    custodial exploitation accommodation""".split()
)


def _plain(item: str) -> str:
    for pattern, word in _SYNONYMS:
        item = pattern.sub(word, item)
    return item


def _rewording(word: str) -> bool:
    """A word an article adds in rewording ('offered', 'held', 'going', 'making')."""
    if word in _CONTRASTS:
        return False
    return word in _VERB_WORDS or (len(word) > 5 and word.endswith(("ed", "ing")))


def _names_whom(word: str, item: str) -> bool:
    """A word that says which children (`_CONTRASTS`): 'under' and 'over' only before an age
    ('under 16', not 'placed at home under care orders')."""
    if word not in _CONTRASTS:
        return False
    if word in ("under", "over"):
        words = _words(_plain(item))
        at = words.index(word) if word in words else -1
        after = words[at + 1] if 0 <= at < len(words) - 1 else ""
        return bool(re.match(r"\d", after)) or after in _NUMBERS
    return True


def _word_in(word: str, keys: set[str], words: set[str]) -> bool:
    if any(ch.isdigit() for ch in word):
        return word in words
    # ('uses' for 'use': a short word's inflection is past its key of four letters)
    return (
        _key(word) in keys
        or (len(word) <= 5 and _key(re.sub(r"(?<=\w\w\w)(?:s|es|d|ed)$", "", word)) in keys)
        or bool(_ALIKE.get(word, set()) & keys)
    )


def check_recommendation(
    claim_text: str,
    span: RecSpan | None,
    urns: Iterable[int],
    as_of: date | None,
    record: Any,
    texts: ReportTexts,
) -> tuple[Verdict, str, list[Evidence]]:
    """Check the things an article says Ofsted wants improved (or their number) against the
    recommendations of the LA's latest report published by `as_of`.

    Supported when each thing named matches a recommendation; contradicted when a word that
    names a thing ('primary' for 'secondary', 'disabled children') is in none of them while
    the rest match; not_in_record when ilacs holds no recommendations to compare with.
    """
    if span is None:
        spans = find_recommendations(claim_text)
        span = spans[0] if spans else RecSpan(0, len(claim_text), claim_text, (claim_text,))
    docs = [d for urn in urns for d in _la_docs(record, texts, urn)]
    if span.deadline is not None:
        return _check_deadline(span, docs, as_of, texts)
    doc = _subject_doc(docs, as_of, span)
    if doc is None and span.letter:
        return Verdict.NOT_IN_RECORD, "ilacs does not hold the letter this article speaks of.", []
    if doc is None and not docs:
        found = _report_with_these(span, as_of, record, texts)
        if found is not None:
            return found
    if doc is None:
        return Verdict.NOT_IN_RECORD, "The record holds no inspection report of this council.", []
    if span.previous and doc.published is not None:
        # 'recommendations from the previous inspection': the report before the latest, and
        # no contradiction (which inspection is meant is the reader's guess)
        before = _latest_report(
            [d for d in docs if d.published and d.published < doc.published], as_of
        )
        verdict, why, evidence = _check_recs(span, before or doc, texts)
        if verdict == Verdict.CONTRADICTED:
            return (
                Verdict.NOT_IN_RECORD,
                (
                    "The previous report ilacs holds makes another number of recommendations "
                    "(the count may take in a visit's, or another report's)."
                    if span.count is not None
                    else "The things named are not all among the recommendations of the "
                    "previous report ilacs holds."
                ),
                evidence,
            )
        return verdict, why, evidence
    got = _check_recs(span, doc, texts)
    if got[0] == Verdict.CONTRADICTED and span.count is not None and not span.years:
        # "That 2015 report was not without blemishes ... and the council was handed eight
        # recommendations", "2020: Inadequate ... It set out eight areas for improvement": a
        # count the latest report does not give, of the report of a year named just before
        near: tuple[Verdict, str, list[Evidence]] | None = None
        # ("Four years ago, lead inspector X set Halton five areas to improve": the years a time
        # counted back from the article's day spans)
        ago: set[int] = set()
        if as_of is not None:
            ago = {
                y
                for w in T.dates(span.head, as_of)
                if w.relative and w.last < as_of - timedelta(days=300)
                for y in range(w.first.year, w.last.year + 1)
            }
        for d in sorted(docs, key=lambda d: d.published or date.min, reverse=True):
            if (
                d is doc
                or getattr(d, "kind", "inspection") != "inspection"
                or d.published is None
                or (as_of is not None and d.published > as_of)
                or not {x.year for x in (d.inspection_start, d.inspection_end, d.published) if x}
                & (set(span.near_years) | ago)
            ):
                continue
            other = _check_recs(span, d, texts)
            if other[0] == Verdict.SUPPORTED:
                return other
            if other[0] == Verdict.CONTRADICTED and near is None:
                near = other
        # (neither gives it: the count of the report of the year named, which the article
        # speaks of, is the one to set beside it)
        return near or got
    return got


def _report_with_these(
    span: RecSpan, as_of: date | None, record: Any, texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """A list of what must improve in an article that names no council (committee minutes of
    'the Council'): supported when the recommendations of one report published by `as_of`
    hold every thing named; None otherwise (never contradicted: which report is a guess)."""
    if span.count is not None or span.negated or span.letter or len(span.items) < 2:
        return None
    reports = [
        d
        for d in getattr(record, "docs", ())
        if getattr(d, "kind", None) == "inspection"
        and getattr(d, "recommendations", None)
        and (as_of is None or (_when(d) or date.max) <= as_of)
    ]
    items = [[w for w in _words(_plain(i)) if w not in _REC_GENERIC] for i in span.items]
    scored = []
    for d in reports:
        words = {_key(w) for r in _recs_of(d, texts) for w in _words(r)}
        score = sum(_key(w) in words for item in items for w in item)
        scored.append((score, _when(d) or date.min, d))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    total = sum(len(i) for i in items)
    for score, _, d in scored[:3]:
        if score < 0.8 * total:
            break
        verdict, why, evidence = _check_recs(span, d, texts)
        if verdict == Verdict.SUPPORTED:
            return verdict, f"The article names no council; {why[0].lower()}{why[1:]}", evidence
    return None


_ACRONYM = lazyre.compile(r"\b(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}\b")


def _spelt_out(rec: str, said: str) -> str:
    """The words of `said` that spell out an acronym of the recommendation `rec`, one each
    ('the Early Help and Safeguarding Hub' for 'the EHaSH', 'independent reviewing officers'
    for 'IROs'), joined by spaces; '' when none."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"[A-Za-z]+", said)]
    found: list[str] = []
    for a in _ACRONYM.findall(rec):
        short = a[:-1] if a.endswith("s") and a[:-1].isupper() else a
        for i in range(len(words) - len(short) + 1):
            run = words[i : i + len(short)]
            if len(short) >= 3 and "".join(w[0] for w, _ in run).lower() == short.lower():
                found += [w for w, _ in run]
                break
    return " ".join(found)


def _check_recs(span: RecSpan, doc: Any, texts: ReportTexts) -> tuple[Verdict, str, list[Evidence]]:
    recs = _recs_of(doc, texts)
    label = _doc_label(doc)
    if not recs and span.count == 0 and getattr(doc, "rec_count", None) == 0:
        return (
            Verdict.SUPPORTED,
            f"{label} lists no recommendations under 'What needs to improve'.",
            [Evidence(doc.path, None, "no recommendations")],
        )
    if not recs:
        return (
            Verdict.NOT_IN_RECORD,
            f"ilacs read no recommendations in {label} to compare with.",
            [],
        )
    index = texts.index(doc.id)
    if span.count is not None and span.priority:
        return _check_priority_count(span, doc, label, index, recs)
    if span.count is not None:
        page = _rec_page(index, recs[0])
        evidence = [Evidence(doc.path, page, f"{len(recs)} recommendations: {'; '.join(recs)}")]
        # with priority actions (SIF) a paper may count them in or leave them out
        readings = {len(recs)}
        own = getattr(doc, "recommendations", None) or ()
        readings.add(
            len([r for r in own if r.section == "la" and not r.priority_action]) or len(recs)
        )
        if getattr(doc, "rec_count", None):
            readings.add(doc.rec_count)
        board = [r for r in own if r.section == "lscb"]
        if board and span.board and not span.bound:
            # "The board was given two areas for improvement": the safeguarding children
            # board's own list in the report, not the council's
            same = span.count == len(board)
            return (
                Verdict.SUPPORTED if same else Verdict.CONTRADICTED,
                f"{label} makes {len(board)} recommendations to the safeguarding children board"
                + ("." if same else f", not {span.count}."),
                [
                    Evidence(
                        doc.path,
                        _rec_page(index, board[0].text),
                        "; ".join(r.text for r in board),
                    )
                ],
            )
        if span.bound:
            # "more than 20 areas for improvement": a bound, not a count
            words = f"{_BOUND_WORDS[span.bound]} {span.count}"
            held = sorted(n for n in readings if within_bound(span.bound, span.count, n))
            counts = " or ".join(map(str, sorted(readings)))
            if held:
                return (
                    Verdict.SUPPORTED,
                    f"{label} makes {held[0]} recommendations: {words}.",
                    evidence,
                )
            return (
                Verdict.CONTRADICTED,
                f"{label} makes {counts} recommendations, not {words}.",
                evidence,
            )
        if span.count in readings:
            return (
                Verdict.SUPPORTED,
                f"{label} makes {span.count} recommendations"
                + (
                    "."
                    if span.count == len(recs)
                    else f" besides its priority actions ({len(recs)} in all)."
                ),
                evidence,
            )
        counts = " or ".join(map(str, sorted(readings)))
        return (
            Verdict.CONTRADICTED,
            f"{label} makes {counts} recommendations, not {span.count}.",
            evidence,
        )
    if span.negated:
        return _check_none(span, recs, doc, label, index)
    about = _RECS_ABOUT.search(span.text)
    if about and (said := _cohorts(about.group("what"))):
        # 'the recommendations relate to children in care' where every one of them names care
        # leavers: the children they are about changed
        own = [_cohorts(r) for r in recs]
        if len(recs) >= 2 and all(own) and not said & set().union(*own):
            return (
                Verdict.CONTRADICTED,
                f"The recommendations of {label} are about "
                f"{' and '.join(sorted(set().union(*own)))}, not {' and '.join(sorted(said))}.",
                [Evidence(doc.path, _rec_page(index, r), r) for r in recs],
            )
    rec_words = [
        set(_words(r)) | set(_words(_plain(r))) | set(_words(_spelt_out(r, span.text)))
        for r in recs
    ]
    rec_keys = [{_key(w) for w in ws if not any(ch.isdigit() for ch in w)} for ws in rec_words]
    all_words = set().union(*rec_words)
    all_keys = set().union(*rec_keys)
    matched: list[tuple[str, str]] = []
    unmatched: list[tuple[str, list[str]]] = []
    changed: list[tuple[str, str]] = []
    loose: list[tuple[str, str]] = []
    reopened: list[tuple[str, str]] = []
    for item in span.items:
        # (not the 's' of a possessive: "and of children's plans" names no more)
        content = [w for w in _words(_plain(item)) if w not in _REC_GENERIC and len(w) > 1]
        if not content:
            continue
        scores = [
            sum(_word_in(w, keys, words) for w in content)
            for keys, words in zip(rec_keys, rec_words, strict=True)
        ]
        # (of recommendations that share as many words, the one that opens as the item does:
        # 'the response to care leavers who are parents' beside 'Response and support to care
        # leavers in custody' and two on keeping in touch with care leavers)
        opens = content[0]
        best = max(
            range(len(recs)),
            key=lambda i: (
                scores[i],
                any(_key(w) == _key(opens) for w in _words(_plain(recs[i]))[:2]),
            ),
        )
        if (term_swap := swaps.swap_in(item, recs)) is not None:
            # one recommendation's frame with another term in its place ('information given
            # to foster carers about their health histories' for '... to care leavers ...')
            swap, rec = term_swap
            unmatched.append((item, [f"{swap.said} for {swap.own}"]))
            changed.append((item, rec))
            continue
        # (a letter alone, the 's' of "children's", is never the word that is missing; nor a
        # word the recommendation's own words imply: 'return home interviews for children who
        # have been missing')
        implied = {
            w
            for rx, words in _IMPLIED.items()
            if rx.search(item) and rx.search(" ".join(recs))
            for w in words
        }
        missing = [
            w
            for w in content
            if len(w) > 1 and not _word_in(w, all_keys, all_words) and w not in implied
        ]
        # the article's own verbs ('offered', 'held', 'going') are rewording, and so is one
        # other word in a long item the report's recommendation otherwise holds, unless it
        # names which children or what ('primary' for 'secondary')
        # (two such words in an item of nine words or more: 'clearer about what needs to
        # change for children to stay safely at home' for '... can safely remain in their care')
        # (who does the work, when the recommendation names no one: a rewording too)
        anyone = bool(_WHO_ANY & rec_words[best])
        named = [w for w in missing if not _rewording(w) and (anyone or w not in _WHO_WORDS)]
        if (
            0 < len(named) <= (2 if len(content) >= 9 else 1)
            and len(content) >= 5
            and not any(w in _CONTRASTS for w in named)
            and not any(ch.isdigit() for w in named for ch in w)
            and scores[best] >= len(content) - len(missing)
            and not any(_swapped(item, recs[best], w) for w in named)
        ):
            named = []
        own = [w for w in content if w not in missing or w in named]
        if not named and scores[best] >= 0.5 * max(1, len(own)):
            if _group_swapped(item, recs[best]) or (
                scores[best] >= 2
                and _cohort_swapped(item, recs[best])
                # no recommendation about the children the item names comes near
                and all(
                    scores[i] <= scores[best] - 2
                    for i in range(len(recs))
                    if _cohorts(item) & _cohorts(recs[i])
                )
            ):
                # every word in some recommendation, but in this one's frame other people
                # ('short-breaks provision for care leavers' for '... for disabled children')
                unmatched.append((item, [w for w in _words(_plain(item)) if w in _GROUP_WORDS]))
                changed.append((item, recs[best]))
            else:
                matched.append((item, recs[best]))
        elif (
            # (three words of one recommendation and two in five of the item's: 'how it
            # consults other councils when children are placed outside the borough' for
            # 'Consultation and notification to host authorities of children placed at a
            # distance' is a rewording, too loose to contradict)
            (
                scores[best] >= max(3, 0.5 * len(content))
                or _near(content, rec_words) >= max(3, 0.4 * len(content))
                # a long clause of the writer's own with two of a recommendation's words
                or (len(content) >= 6 and _near(content, rec_words) >= 2)
            )
            and not any(_names_whom(w, item) or any(ch.isdigit() for ch in w) for w in named)
            and not any(_swapped(item, recs[best], w) for w in named)
            # (not other children in its words: 'support to care leavers who present as
            # homeless' for '... to children aged 16 and 17 who present as homeless')
            and not (
                _cohort_swapped(item, recs[best])
                and not any(_cohorts(item) & _cohorts(r) for r in recs)
            )
            and not (
                named == missing and len(named) == 1 and _swapped_last(item, recs[best], named[0])
            )
            and not _subgroup_swapped(item, recs[best], named)
        ):
            # most of one recommendation's words, the rest the article's own ('how quickly the
            # multi-agency safeguarding hub deals with referrals' for 'the timeliness of
            # responses to the MASH'): a rewording, never a thing the report does not ask
            if (
                len(named) >= 2
                and _opening_run(item, recs[best]) >= 4
                and (tail := _swapped_tail(item, [recs[best]], named)) is not None
            ):
                # ... unless the recommendation's own frame runs on to other things named in
                # place of its own ('the response to, and management oversight for, children
                # made subject to special guardianship orders' for '... children who are made
                # subject to police protection'): contradicted only when every other thing of
                # the list is found (below)
                unmatched.append((item, named))
                reopened.append((item, tail))
            else:
                loose.append((item, recs[best]))
        else:
            unmatched.append((item, missing or content))
            # one recommendation's words but for the children or the ages it names ('children
            # in care under 16' for 'care leavers over 21'): a thing changed
            if (
                scores[best] >= 2
                and [i for i in range(len(recs)) if scores[i] == scores[best]] == [best]
                and _cohort_swapped(item, recs[best])
                and not any(_cohorts(item) & _cohorts(r) for r in recs)
            ):
                # 'management oversight for care leavers' for '... for disabled children', and
                # no other recommendation about care leavers
                changed.append((item, recs[best]))
            elif (
                0 < len(named) <= 2
                and all(w in _CONTRASTS or any(ch.isdigit() for ch in w) for w in named)
                and scores[best] >= max(3, 0.6 * len(content))
                # the recommendation names other children or ages in their place ('care
                # leavers over 21'), not the same ones in other words ('young people leaving
                # care' for 'care-experienced young people')
                and any(
                    (w in _CONTRASTS or any(ch.isdigit() for ch in w))
                    and w not in _words(_plain(item))
                    for w in rec_words[best]
                )
            ):
                changed.append((item, recs[best]))
            elif (
                # a short item, every word but one the recommendation's and that one in place of
                # another of its kind ('progress for primary children in its care' for '...
                # for secondary-aged children in care')
                named == missing
                and len(named) == 1
                and named[0] in _CONTRASTS
                and scores[best] >= min(2, len(content) - 1)
                and scores[best] == len(content) - 1
                and len(
                    other := [
                        recs[i]
                        for i in range(len(recs))
                        if scores[i] == scores[best]
                        and any(
                            w in _CONTRASTS and w not in _words(_plain(item)) for w in rec_words[i]
                        )
                    ]
                )
                == 1
            ):
                changed.append((item, other[0]))
            elif (
                # a short item in one recommendation's frame, its subject other children ('support
                # for disabled children' for 'Support for care leavers not in employment ...')
                named
                and all(w in _CONTRASTS for w in named)
                and len(_words(_plain(item))) <= 5
                and len(frame := [r for r in recs if _opening(r) == _opening(item) and _opening(r)])
                == 1
            ):
                changed.append((item, frame[0]))
            elif (
                subject := _subject_swapped(item, recs, scores, best, content, missing)
            ) is not None:
                changed.append((item, subject))
            elif _subgroup_swapped(item, recs[best], named):
                # 'the response to care leavers who are parents' where the report asks for the
                # 'Response and support to care leavers in custody'
                changed.append((item, recs[best]))
            elif (
                len(named) == 1
                and _swapped(item, recs[best], named[0])
                and _after(item, named[0]) in {"of", "for", "on"}
            ):
                # one word in place of another between the same two words, the thing after
                # 'of', 'for' or 'on' ('the sufficiency of secure placements' for '... of
                # suitable placements'; not 'children who arrive at' for '... who present at')
                changed.append((item, recs[best]))
            elif named and (
                (framed := _framed_swap(item, recs, named)) is not None
                or (framed := _framed_swap_words(item, recs, named)) is not None
                or (framed := _cohort_moved(item, recs, named)) is not None
            ):
                changed.append((item, framed))
            elif (
                named
                and len(missing) >= 2
                and (
                    (opened := _same_opening(item, recs, missing)) is not None
                    or (opened := _swapped_tail(item, recs, missing)) is not None
                )
            ):
                # the recommendation's opening words, then another thing, or its words but the
                # ones after the children it names: contradicted only when every other thing of
                # the list is found (below)
                reopened.append((item, opened))
            elif (
                # the recommendation's words but its last, the thing it names, another ('the
                # quality and consistency of assessments' for '... of supervision')
                named == missing
                and len(named) == 1
                and scores[best] == len(content) - 1
                and _swapped_last(item, recs[best], named[0])
            ):
                changed.append((item, recs[best]))
    evidence = [Evidence(doc.path, _rec_page(index, r), r) for _, r in matched]
    # one thing of a list in a recommendation's own opening words with its subject swapped
    # ('the quality of work by early help staff ...' for 'The quality of work with some
    # children by out-of-hours staff ...'), every other thing of the list found closely: a
    # changed copy of the report's, not the writer's own words
    if (
        len(reopened) == 1
        and len(unmatched) == 1
        and matched
        and len(loose) < len(matched)
        and reopened[0][0] == unmatched[0][0]
    ):
        changed += reopened
    elif not changed and (left_over := _the_one_left(span, recs, matched, loose, unmatched)):
        changed.append(left_over)
    elif not changed and (stray := _named_by_none(recs, matched, loose, unmatched)):
        # "including capacity in the safeguarding teams, the care leaver service and the
        # fostering service": part of the list found, one thing of it no recommendation names
        return (
            Verdict.CONTRADICTED,
            f"Not among the recommendations of {label}: '{_short(stray, 60)}' "
            f"({', '.join(dict(unmatched)[stray])}); none of its {len(recs)} names it.",
            [Evidence(doc.path, _rec_page(index, r), r) for r in recs],
        )
    if changed:
        # only a thing that clearly takes one recommendation's frame with its subject swapped
        # is contradicted; an item that matches no recommendation may be the writer's own
        # rewording ('make sure young carers' needs are written into those plans'), which
        # ilacs cannot tell from a wrong subject
        odd = dict(unmatched)
        what = "; ".join(
            f"'{_short(i, 60)}' ({', '.join(odd.get(i, []))}) where it says '{_short(r, 80)}'"
            for i, r in changed
        )
        return (
            Verdict.CONTRADICTED,
            f"Not among the recommendations of {label}: {what}.",
            [Evidence(doc.path, _rec_page(index, r), r) for _, r in changed],
        )
    if loose and not unmatched and len(loose) <= len(matched):
        matched += loose
        evidence += [Evidence(doc.path, _rec_page(index, r), r) for _, r in loose]
    swapped = [(i, r) for i, r in matched if _middle_swapped(i, r)]
    if not unmatched and len(swapped) == 1:
        # "reducing the number of children waiting for a social work assessment, particularly
        # those experiencing neglect" for 'The number of children subject to repeat child
        # protection planning, particularly those children experiencing neglect'
        i, r = swapped[0]
        return (
            Verdict.CONTRADICTED,
            f"Not among the recommendations of {label}: '{_short(i, 60)}' keeps the words around "
            f"the thing named in '{_short(r, 80)}' but names another thing.",
            [Evidence(doc.path, _rec_page(index, r), r)],
        )
    if not unmatched and matched:
        return (
            Verdict.SUPPORTED,
            f"Each thing named is among the recommendations of {label}: "
            + "; ".join(f"'{_short(i, 50)}' ~ '{_short(r, 70)}'" for i, r in matched)
            + ".",
            evidence,
        )
    if matched and len(unmatched) <= len(matched):
        what = "; ".join(f"'{_short(i, 60)}' ({', '.join(m)})" for i, m in unmatched)
        return (
            Verdict.NOT_IN_RECORD,
            f"ilacs matched no recommendation of {label} to {what} (a rewording, or a thing "
            "the report does not ask: ilacs cannot tell); the others are among them.",
            evidence + [Evidence(doc.path, _rec_page(index, recs[0]), "; ".join(recs))],
        )
    if (
        len(recs) == 1
        and len(span.items) == 1
        and not matched
        and not loose
        and _ONE_THING.search(span.head)
    ):
        # a report with one thing to improve, and the article's one thing shares no word of
        # meaning with it ('that pathway plans for care leavers are clearer' where it asks for
        # clearer pre-proceedings letters to parents): no rewording, another thing
        # (its subject: the words before its verb, 'pathway plans for care leavers'; 'care'
        # is in nearly every recommendation)
        plain = _words(_plain(span.items[0]))
        verb = next(
            (i for i, w in enumerate(plain) if w in ("is", "are", "be", "should", "must", "so")),
            len(plain),
        )
        theirs = {_key(w) for w in _words(recs[0]) if w not in _REC_GENERIC}
        mine = {_key(w) for w in plain[:verb] if w not in _REC_GENERIC and w != "care"}
        if len(mine) >= 2 and not mine & theirs:
            return (
                Verdict.CONTRADICTED,
                f"{label} asks for one thing only, and not this: '{_short(recs[0], 120)}'.",
                [Evidence(doc.path, _rec_page(index, recs[0]), recs[0])],
            )
    return (
        Verdict.NOT_IN_RECORD,
        f"The things named do not match the recommendations ilacs read in {label}.",
        [Evidence(doc.path, _rec_page(index, recs[0]), "; ".join(recs))],
    )


# 'the recommendations all relate to children in care': whom the list is about
_RECS_ABOUT = lazyre.compile(
    r"\b(?:recommendations|areas\s+(?:for|of)\s+(?:improvement|development)|improvements)\s+"
    r"(?:all\s+)?(?:relate[sd]?\s+to|concern(?:s|ed)?|(?:are|were)\s+(?:all\s+)?about|"
    r"focus(?:es|ed)?\s+on)\s+(?P<what>[^,.;:]+)",
    re.I,
)


# Who a thing to improve is for: the children or the people it names (not 'young people',
# 'children at school': anyone).
_GROUP_WORDS = frozenset(
    """disabled adopted fostered fostering foster kinship adopters adoption unaccompanied asylum
    missing homeless homelessness excluded exploited custody custodial residential primary
    secondary boys girls leavers carers parents""".split()
)


# the children a thing to improve is for, by the names reports and the press give them
_COHORTS = {
    "care leavers": re.compile(
        r"\bcare[- ]?leavers?\b|\bleaving care\b|\bcare[- ]experienced\b|\bleft care\b", re.I
    ),
    "children in care": re.compile(
        r"\b(?:children|young people)(?: and young people)? (?:who are )?in (?:our |its |their )?"
        r"care\b|\blooked[- ]after children\b|\bchildren (?:we |it )?looked? after\b",
        re.I,
    ),
    "disabled children": re.compile(r"\bdisab(?:led|ilit(?:y|ies))\b", re.I),
    # ('risk assessments when unaccompanied asylum-seeking children make contact with family')
    "unaccompanied children": re.compile(r"\bunaccompanied\b|\basylum[- ]seeking\b|\bUASC\b", re.I),
    "young carers": re.compile(r"\byoung carers?\b", re.I),
    # ('homeless 16- and 17-year-olds', 'children aged 16 and 17 who present as homeless')
    "children aged 16 and 17": re.compile(r"\b16\b[\s-]*(?:and|or|to|-)\s*17\b", re.I),
}


def _cohorts(text: str) -> set[str]:
    """The children `text` names: care leavers, children in care, disabled children."""
    return {k for k, rx in _COHORTS.items() if rx.search(text)}


def _subgroup_swapped(item: str, rec: str, named: list[str]) -> bool:
    """The item opens as the recommendation does and names the same children, but another
    group of them that no recommendation names ('the response to care leavers who are parents'
    for 'Response and support to care leavers in custody')."""
    said = [w for w in _words(_plain(item)) if w not in SMALL_WORDS]
    own = [w for w in _words(_plain(rec)) if w not in SMALL_WORDS]
    return bool(
        named
        and all(w in _PEOPLE_WORDS for w in named)
        and said
        and own
        and _key(said[0]) == _key(own[0])
        and _cohorts(item)
        and _cohorts(item) == _cohorts(rec)
    )


def _cohort_swapped(item: str, rec: str) -> bool:
    """The item names children the recommendation does not, and the recommendation others
    ('opportunities for children in care' for '... by care leavers of ... opportunities')."""
    said, own = _cohorts(item), _cohorts(rec)
    return bool(said) and bool(own) and not said & own


def _group_swapped(item: str, rec: str) -> bool:
    """The recommendation's words, two at least with one of meaning, then other people in the
    item than in it ('short-breaks provision for care leavers' for 'short-breaks provision for
    disabled children'): each names someone the other does not."""
    said = _words(_plain(item))
    own = _words(_plain(rec))
    codes = difflib.SequenceMatcher(None, said, own, autojunk=False).get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag != "replace" or k == 0:
            continue
        prev = codes[k - 1]
        run = said[prev[1] : prev[2]]
        if prev[0] != "equal" or len(run) < 2 or all(w in SMALL_WORDS for w in run):
            continue
        # (not another form of the same word: 'homelessness' for 'homeless')
        theirs = [
            w for w in own[j1:j2] if w in _GROUP_WORDS and not any(_same_word(w, x) for x in said)
        ]
        ours = [
            w for w in said[i1:i2] if w in _GROUP_WORDS and not any(_same_word(w, x) for x in own)
        ]
        if theirs and ours:
            return True
    return False


# harms and services a report names as the subject of a thing to improve
_SUBJECT_WORDS = _GROUP_WORDS | frozenset(
    """exploitation neglect abuse trafficking radicalisation gangs education attendance health
    mental dental immunisations court proceedings guardianship kinship supervision caseloads
    recruitment retention workforce sufficiency""".split()
)
# and the pieces of work a report asks to improve, by name ('return home interviews', 'pathway
# plans', 'initial health assessments', 'later life letters', 'placements')
_TOPIC_WORDS = _SUBJECT_WORDS | frozenset(
    """placements placement interviews pathway histories assessments plans fostering adoption
    carers""".split()
)


def _the_one_left(
    span: RecSpan,
    recs: list[str],
    matched: list[tuple[str, str]],
    loose: list[tuple[str, str]],
    unmatched: list[tuple[str, list[str]]],
) -> tuple[str, str] | None:
    """A whole list, one thing for each recommendation (as many things as the report has),
    each but one found in a recommendation of its own: the one left over stands for the one
    recommendation left, and when it names other people than that one does, sharing no word
    of meaning with it ('help for young carers' where the fifth is 'The response to 16- and
    17-year-olds who are homeless'), or mostly things no recommendation names, the list has
    been changed."""
    if len(unmatched) != 1 or len(recs) < 2:
        return None
    # (a recommendation named in two pieces, 'homes for children in care | and care leavers',
    # is one recommendation found)
    found = list(dict.fromkeys(r for _, r in matched + loose))
    if len(found) != len(recs) - 1:
        return None
    left = [r for r in recs if r not in found]
    if len(left) != 1:
        return None
    item, rec = unmatched[0][0], left[0]
    said = set(_words(_plain(item)))
    own = set(_words(_plain(rec)))
    # ('its work with children experiencing criminal exploitation' where the one left is
    # 'Practice with children experiencing harm from neglect and/or domestic abuse')
    if _names_what_none_do(item, recs):
        return item, rec
    # (word for word: 'home' is no word of 'homeless')
    if {w.rstrip("s") for w in said - _REC_GENERIC} & {w.rstrip("s") for w in own - _REC_GENERIC}:
        return None
    # each names its own people: the item someone the recommendation does not, and the
    # recommendation children of an age or kind the item does not
    if not (said & _GROUP_WORDS) - own:
        return None
    if not any((w in _GROUP_WORDS or any(ch.isdigit() for ch in w)) and w not in said for w in own):
        return None
    return item, rec


# words a term of a recommendation implies, which an article may add as a gloss
_IMPLIED = {
    re.compile(r"\breturn[- ]home\b", re.I): frozenset({"missing", "go", "went", "gone"}),
}


def _named_by_none(
    recs: list[str],
    matched: list[tuple[str, str]],
    loose: list[tuple[str, str]],
    unmatched: list[tuple[str, list[str]]],
) -> str | None:
    """A list of which one thing is not found and the others are, each in a recommendation of
    its own: that thing, the list changed, when
    - two things or more are found among three recommendations or more, and it names mostly
      things no recommendation of the report names, one of them a harm, a service or a group a
      report would name as such ('the recruitment of foster carers' among three areas for
      improvement of six; the writer's own words for one are not enough: most of its words
      must be in none); or
    - it names a service, a harm, a group or a piece of work that no recommendation of the
      report names at all ('the care leaver service and the fostering service' where the
      report asks for capacity in its care leaver and emergency duty services; 'the timeliness
      of initial health assessments' beside written plans, where no recommendation speaks of
      health)."""
    if len(unmatched) != 1 or len(recs) < 2:
        return None
    found = list(dict.fromkeys(r for _, r in matched + loose))
    if not found:
        return None
    item = unmatched[0][0]
    if len(found) >= 2 and len(recs) >= 3 and _names_what_none_do(item, recs):
        return item
    # (beside a thing found closely, not only in the writer's own words; and a thing of its
    # own, not only the children a thing before it was for: 'for children in care and care
    # leavers')
    if not matched or not _own_words_left(item):
        return None
    return item if _odd_words(item, recs) & _TOPIC_WORDS else None


def _own_words_left(item: str) -> bool:
    """Whether the item names more than children ('care leavers', 'disabled children')."""
    rest = item
    for rx in _COHORTS.values():
        rest = rx.sub(" ", rest)
    return bool(_meaning(rest) - _PEOPLE_WORDS)


# the words of _GROUP_WORDS that name people, not a service ('fostering', 'adoption' are things)
_PEOPLE_WORDS = frozenset(
    """disabled adopted fostered unaccompanied asylum missing homeless excluded exploited boys
    girls leavers carers parents adopters primary secondary""".split()
)


def _names_what_none_do(item: str, recs: list[str]) -> bool:
    """The item names things no recommendation of the report names, two at least and most of
    its words, one of them a harm, a service or a group a report would name as such (not the
    writer's own words for one: 'how night-time duty workers handle children' for '...
    out-of-hours staff')."""
    odd = _odd_words(item, recs)
    return len(odd) >= 2 and 2 * len(odd) > len(_meaning(item)) and bool(odd & _SUBJECT_WORDS)


def _meaning(text: str) -> set[str]:
    """The words of meaning of a thing to improve: neither generic nor small, four letters or
    more."""
    return {w for w in set(_words(_plain(text))) - _REC_GENERIC - SMALL_WORDS if len(w) > 3}


def _odd_words(item: str, recs: list[str]) -> set[str]:
    """The item's words of meaning that no recommendation has (by their first four letters)."""
    keys = {_key(w) for r in recs for w in _words(_plain(r))}
    return {w for w in _meaning(item) if _key(w) not in keys}


def _framed_swap(item: str, recs: list[str], named: list[str]) -> str | None:
    """The one recommendation whose words the item repeats but for a run of up to three in
    the middle or at the end, where the item names something else ('the focus on attendance
    in personal education plans' for '... on reading in ...'; 'the sufficiency of foster
    carers across the safeguarding service' for '... of frontline workers across ...'): a
    thing changed in the report's own frame."""
    said = [_key(w) for w in _words(_plain(item))]
    if said and said[0] == "the":
        said = said[1:]
    hits = []
    for rec in recs:
        own = [_key(w) for w in _words(_plain(rec))]
        if own and own[0] == "the":
            own = own[1:]
        sm = difflib.SequenceMatcher(None, said, own, autojunk=False)
        codes = sm.get_opcodes()
        odd = [c for c in codes if c[0] != "equal"]
        if not codes or codes[0][0] != "equal" or len(odd) != 1 or odd[0][0] != "replace":
            continue
        _, i1, i2, j1, j2 = odd[0]
        if i2 - i1 > 3 or j2 - j1 > 3:
            continue
        # the swap at the end of the item: the recommendation may run on with its own words
        same = [w for w in said[:i1] + said[i2:] if w not in SMALL_WORDS]
        if len(same) < 2 and not (i1 >= 2 and i2 == len(said)):
            continue
        if not any(_key(w) in said[i1:i2] for w in named):
            continue
        if any(_key(w) in own[j1:j2] for w in said[i1:i2]):
            continue
        hits.append(rec)
    return hits[0] if len(hits) == 1 else None


def _cohort_moved(item: str, recs: list[str], named: list[str]) -> str | None:
    """The one recommendation whose words the item repeats but for the children it names, said
    before 'children' in one and after it in the other ('the response to children at risk of
    exploitation in need of help' for 'The response to disabled children in need of help'):
    with 'children' left out of both, a run of up to four words in place of another, each run
    naming which children (`_CONTRASTS`), at least three words of meaning the same."""
    cohort = {"children", "child", "young", "people"}
    said = [w for w in _words(_plain(item)) if w not in cohort]
    if said and said[0] == "the":
        said = said[1:]
    hits = []
    for rec in recs:
        own = [w for w in _words(_plain(rec)) if w not in cohort]
        if own and own[0] == "the":
            own = own[1:]
        sm = difflib.SequenceMatcher(None, said, own, autojunk=False)
        codes = sm.get_opcodes()
        odd = [c for c in codes if c[0] != "equal"]
        # (the recommendation may run on past the item's end with its own words)
        if odd and odd[-1][0] == "insert" and odd[-1][1] == len(said) and len(odd) > 1:
            odd = odd[:-1]
        if not codes or codes[0][0] != "equal" or len(odd) != 1 or odd[0][0] != "replace":
            continue
        _, i1, i2, j1, j2 = odd[0]
        if i2 - i1 > 4 or j2 - j1 > 4:
            continue
        mine, theirs = said[i1:i2], own[j1:j2]
        if not any(w in _CONTRASTS for w in mine) or not any(w in _CONTRASTS for w in theirs):
            continue
        if {_key(w) for w in mine} & {_key(w) for w in theirs}:
            continue
        if not any(w in mine for w in named):
            continue
        same = [w for w in said[:i1] + said[i2:] if w not in SMALL_WORDS]
        if len(same) < 3:
            continue
        hits.append(rec)
    return hits[0] if len(hits) == 1 else None


def _framed_swap_words(item: str, recs: list[str], named: list[str]) -> str | None:
    """As `_framed_swap`, word for word (not by stems: 'foster carers' for 'care leavers' is
    no rewording though 'carers' and 'care' share one) and past the small words the article
    leaves out ('who may be reluctant' for 'who may be more reluctant'): the one
    recommendation whose words, four of meaning at least, the item repeats but for a run of
    up to three where it names someone else ('support for foster carers who may be reluctant
    to accept help, including those in custody' for 'Support for care leavers who may be more
    reluctant to accept help, including those in custody')."""
    said = _words(_plain(item))
    if said and said[0] == "the":
        said = said[1:]
    hits = []
    for rec in recs:
        own = _words(_plain(rec))
        if own and own[0] == "the":
            own = own[1:]
        codes = difflib.SequenceMatcher(None, said, own, autojunk=False).get_opcodes()
        if not codes or codes[0][0] != "equal":
            continue
        swaps = [c for c in codes if c[0] == "replace"]
        others = [c for c in codes if c[0] in ("insert", "delete")]
        if len(swaps) != 1 or any(
            w not in _REC_GENERIC for c in others for w in said[c[1] : c[2]] + own[c[3] : c[4]]
        ):
            continue
        _, i1, i2, j1, j2 = swaps[0]
        if i2 - i1 > 3 or j2 - j1 > 3:
            continue
        frame = [w for w in said[:i1] + said[i2:] if w not in _REC_GENERIC]
        if len(frame) < 4:
            continue
        if not any(w in said[i1:i2] for w in named):
            continue
        if set(said[i1:i2]) & set(own[j1:j2]):
            continue
        hits.append(rec)
    return hits[0] if len(hits) == 1 else None


def _same_opening(item: str, recs: list[str], named: list[str]) -> str | None:
    """The one recommendation the item opens with the words of (two at least, one of them a
    word of meaning that is not generic, or three), the words the item names in place of the
    rest after them ('the frequency of visits to children ...' for 'The frequency of formal
    supervision ...'); `named` the item's words no recommendation holds (two at least, since
    one is often the writer's own wording: 'at every level' for 'at all levels')."""
    said = _words(_plain(item))
    if said and said[0] in {"the", "a", "an"}:
        said = said[1:]
    best: list[tuple[int, str]] = []
    for rec in recs:
        own = _words(_plain(rec))
        if own and own[0] in {"the", "a", "an"}:
            own = own[1:]
        n = 0
        while n < min(len(said), len(own)) and _key(said[n]) == _key(own[n]):
            n += 1
        if n < len(said):
            best.append((n, rec))
    if not best:
        return None
    n = max(k for k, _ in best)
    hits = [r for k, r in best if k == n]
    head = said[:n]
    if len(hits) != 1 or n < 2 or n >= len(said) - 1:
        return None
    if not (n >= 3 or any(w not in _REC_GENERIC for w in head)):
        return None
    if not any(w not in SMALL_WORDS for w in head):
        return None
    rest = said[n:]
    if not all(w in rest for w in named):
        return None
    # (only who does the work named otherwise: 'the consistency of social workers for
    # families' for 'Consistency of practitioners for children and families')
    if all(w in _WHO_ANY for w in named):
        return None
    own_keys = {_key(w) for w in _words(hits[0])}
    if any(_key(w) in own_keys for w in named):
        return None
    return hits[0]


def _opening_run(item: str, rec: str) -> int:
    """How many words the item and the recommendation open with alike ('the response to, and
    management oversight for, children ...'), an article ('the') aside."""
    said = _words(_plain(item))
    own = _words(_plain(rec))
    if said and said[0] in {"the", "a", "an"}:
        said = said[1:]
    if own and own[0] in {"the", "a", "an"}:
        own = own[1:]
    n = 0
    while n < min(len(said), len(own)) and _key(said[n]) == _key(own[n]):
        n += 1
    return n


def _swapped_tail(item: str, recs: list[str], named: list[str]) -> str | None:
    """The one recommendation whose words the item ends on another run after (up to five words,
    every word the item names that no recommendation holds among them), the words before that
    a run of the recommendation's, two at least with a word of meaning ('oversight of
    permanence for children placed for adoption' for '... permanence for children in
    long-term foster care'; 'social workers receive regular supervision' for '... social
    workers have manageable caseloads')."""
    said = _words(_plain(item))
    keys = [_key(w) for w in said]
    hits: list[tuple[int, str]] = []
    for rec in recs:
        own = _words(_plain(rec))
        own_keys = [_key(w) for w in own]
        for k in range(len(said) - 1, 1, -1):
            tail = said[k:]
            if len(tail) > 5 or not all(w in tail for w in named):
                continue
            # the run before the tail (three words or two), in the recommendation, followed
            # there by other words
            at: int | None = None
            run: list[str] = []
            for n in (3, 2):
                run = keys[max(0, k - n) : k]
                if len(run) < 2 or not any(w not in SMALL_WORDS for w in said[k - len(run) : k]):
                    continue
                at = next(
                    (
                        j
                        for j in range(len(own_keys) - len(run))
                        if own_keys[j : j + len(run)] == run
                    ),
                    None,
                )
                if at is not None:
                    break
            if at is None:
                continue
            rest = own[at + len(run) :]
            if not [w for w in rest if w not in _REC_GENERIC]:
                continue
            tail_keys = {_key(w) for w in tail if w not in SMALL_WORDS}
            if tail_keys & {_key(w) for w in rest}:
                continue
            hits.append((len(run), rec))
            break
    # the recommendation of the longest run ('permanence for children', not 'for children')
    longest = [r for n, r in hits if n == max((n for n, _ in hits), default=0)]
    return longest[0] if len(longest) == 1 else None


_SUBJECT_PREP = frozenset("for of on in".split())


def _subject_swapped(
    item: str,
    recs: list[str],
    scores: list[int],
    best: int,
    content: list[str],
    missing: list[str],
) -> str | None:
    """One recommendation's own words for what is to improve, then other children or another
    service after 'for' or 'of' ('cut waiting times for adoption' for 'Waiting time for early
    help support'; 'oversight of permanence for children in residential homes' for 'Oversight
    arrangements to progress permanence for children in long-term foster care'): the item names
    a service or children (`_CONTRASTS`) that no recommendation names, after every word it
    shares with the one recommendation that holds them, which names others there."""
    said = _words(_plain(item))
    swapped = [w for w in missing if w in _CONTRASTS and _names_whom(w, item)]
    if not swapped or len(missing) > 3 or scores[best] < 1:
        return None
    if [i for i in range(len(recs)) if scores[i] == scores[best]] != [best]:
        # (tied on four-letter keys, 'respite' and 'response': the one that holds the word)
        content_long = [w for w in content if w not in missing and len(w) >= 6]
        holders = [
            i
            for i, r in enumerate(recs)
            if content_long
            and all(w[:6] in {x[:6] for x in _words(r) + _words(_plain(r))} for w in content_long)
        ]
        if len(holders) != 1 or scores[holders[0]] != scores[best]:
            return None
        best = holders[0]
    first = min(said.index(w) for w in swapped)
    if said[first - 1] not in _SUBJECT_PREP | {"children"}:
        return None
    # before it, the recommendation's words, or the article's own verb ('cut')
    best_keys = {_key(w) for w in _words(recs[best]) + _words(_plain(recs[best]))}
    before = [w for w in said[:first] if w in content and len(w) > 1]
    shared = [w for w in before if _key(w) in best_keys]
    if any(w not in shared and not _rewording(w) for w in before):
        return None
    # two of its words, or one long word only this recommendation has ('advocacy')
    if len(shared) < 2 and not (
        shared
        and len(shared[0]) >= 6
        and sum(shared[0][:6] in {w[:6] for w in _words(r)} for r in recs) == 1
    ):
        return None
    # the recommendation names other children or another service, after the same words
    own = _words(recs[best])
    own_keys = [_key(w) for w in own]
    last = max(own_keys.index(_key(w)) for w in shared if _key(w) in own_keys)
    if not any(w in _CONTRASTS and w not in said for w in own[last + 1 :]):
        return None
    return recs[best]


def _after(item: str, word: str) -> str:
    """The word before `word` in the item ('' when none)."""
    words = _words(_plain(item))
    at = words.index(word) if word in words else 0
    return words[at - 1] if at > 0 else ""


def _opening(text: str) -> tuple[str, ...]:
    """The first two words of a thing named when the second is a small word ('support for')."""
    words = _words(_plain(text))
    if len(words) < 3 or words[0] in SMALL_WORDS or words[1] not in SMALL_WORDS:
        return ()
    return (_key(words[0]), words[1])


def _swapped_last(item: str, rec: str, word: str) -> bool:
    """The item ends with `word` where the recommendation ends with another word of meaning
    after the same word ('... of assessments' for '... of supervision')."""
    said, own = _words(_plain(item)), _words(rec)
    if len(said) < 3 or len(own) < 3 or said[-1] != word:
        return False
    last = own[-1]
    # every other word of meaning the recommendation's, two at least
    keys = {_key(w) for w in own}
    others = [w for w in said[:-1] if w not in SMALL_WORDS]
    if len(others) < 2 or any(_key(w) not in keys for w in others):
        return False
    return (
        _key(own[-2]) == _key(said[-2])
        and _key(last) not in {_key(w) for w in said}
        and last not in _REC_GENERIC
        and last not in SMALL_WORDS
    )


def _near(content: list[str], rec_words: list[set[str]]) -> int:
    """The most of the item's words one recommendation holds, a word of the same stem counted
    ('consults' for 'Consultation')."""

    def stem(w: str) -> str:
        return w[:6] if len(w) >= 6 else w

    return max(
        (sum(stem(w) in {stem(r) for r in words} for w in content) for words in rec_words),
        default=0,
    )


def _swapped(item: str, rec: str, word: str) -> str | None:
    """The recommendation's word that `word` stands in place of, between the same two words
    ('the focus on attendance in personal education plans' for '... on reading in ...'): a
    thing changed, not a rewording."""
    said = _words(_plain(item))
    own = _words(rec)
    keys = {_key(w) for w in said}
    for i in range(1, len(said) - 1):
        if said[i] != word:
            continue
        for j in range(1, len(own) - 1):
            if (
                _key(own[j - 1]) == _key(said[i - 1])
                and _key(own[j + 1]) == _key(said[i + 1])
                and _key(own[j]) not in keys
                and own[j] not in _REC_GENERIC
            ):
                return own[j]
    # the thing after the recommendation's own opening ('the frequency of visits to children
    # so that it matches the level of risk' for 'The frequency of formal supervision to
    # match the level of risk'), the item holding none of the two words the recommendation
    # has there
    rec_keys = {_key(w) for w in own}
    for i in range(2, len(said)):
        if said[i] != word or said[i - 1] != "of" or _key(word) in rec_keys:
            continue
        for j in range(2, len(own) - 1):
            if (
                own[j - 1] == "of"
                and _key(own[j - 2]) == _key(said[i - 2])
                and own[j - 2] not in SMALL_WORDS
                and own[j] not in _REC_GENERIC
                and own[j + 1] not in SMALL_WORDS
                and _key(own[j]) not in keys
                and _key(own[j + 1]) not in keys
            ):
                return own[j]
    return None


def _check_priority_count(
    span: RecSpan, doc: Any, label: str, index: _DocIndex, recs: list[str]
) -> tuple[Verdict, str, list[Evidence]]:
    """'nine priority actions': the report's priority actions (SIF: 'Priority and immediate
    action'), as it counts them or as ilacs read them."""
    own = getattr(doc, "recommendations", None) or ()
    if span.board:
        # "The board was given six priority actions of its own": the safeguarding children
        # board's part of the report (ilacs reads the board's list, not which are priorities)
        return (
            Verdict.NOT_IN_RECORD,
            f"ilacs does not read which of the safeguarding board's actions in {label} are "
            "priority actions.",
            [],
        )
    flagged = [r.text for r in own if getattr(r, "priority_action", False)]
    readings = {x for x in (getattr(doc, "priority_action_count", None), len(flagged)) if x}
    if span.count == 0 and not readings:
        hit = index.find([_words("did not find any areas for priority")]) or index.find(
            [_words("there are no areas for priority")]
        )
        if hit:
            return (
                Verdict.SUPPORTED,
                f"{label}: 'The inspection did not find any areas for priority and immediate "
                "action.'",
                [Evidence(doc.path, index.page_of(hit[0]), "no areas for priority action")],
            )
    if not readings:
        return (
            Verdict.NOT_IN_RECORD,
            f"ilacs read no priority actions in {label}.",
            [],
        )
    page = _rec_page(index, flagged[0]) if flagged else None
    evidence = [Evidence(doc.path, page, f"priority actions: {'; '.join(flagged) or readings}")]
    counts = " or ".join(map(str, sorted(readings)))
    if span.count in readings:
        return Verdict.SUPPORTED, f"{label} sets out {span.count} priority actions.", evidence
    return (
        Verdict.CONTRADICTED,
        f"{label} sets out {counts} priority actions, not {span.count}.",
        evidence,
    )


def _check_none(
    span: RecSpan, recs: list[str], doc: Any, label: str, index: _DocIndex
) -> tuple[Verdict, str, list[Evidence]]:
    """'None of the recommendations related to X': no recommendation names X's words."""
    content = [w for i in span.items for w in _words(i) if w not in _REC_GENERIC]
    keys = {_key(w) for w in content}
    hits = [r for r in recs if len(keys & {_key(w) for w in _words(r)}) >= max(1, len(keys) // 2)]
    if hits:
        return (
            Verdict.CONTRADICTED,
            f"{label} recommends: '{_short(hits[0], 120)}'.",
            [Evidence(doc.path, _rec_page(index, hits[0]), hits[0])],
        )
    return (
        Verdict.SUPPORTED,
        f"None of the {len(recs)} recommendations of {label} names {', '.join(content)}.",
        [Evidence(doc.path, _rec_page(index, recs[0]), "; ".join(recs))],
    )


def _rec_page(index: _DocIndex, rec: str) -> int | None:
    words = _words(rec)[:8]
    hit = index.find([words]) if words else None
    return index.page_of(hit[0]) if hit else None


# ---------------------------------------------------------------------------------------------
# What the article says the report found, in its own words

# 'Ofsted reported that services had improved ...', 'Inspectors praised the council for ...',
# 'The report found that ...', 'Inspectors also criticised leaders for:' (then a list).
_PARAPHRASE = lazyre.compile(
    r"\b(?:ofsted|inspectors?|the\s+(?:ofsted\s+|inspection\s+)?report|the\s+watchdog)\s+"
    r"(?:also\s+|further\s+|had\s+|has\s+|have\s+)?"
    r"(?:said|says|found|finds|reported|reports|praised|noted|notes|highlighted|highlights|"
    r"described|criticised|criticized|concluded|stated|states|recognised|observed|"
    r"identified|commended|judged)\b",
    re.I,
)
_GRADE_WORDS = lazyre.compile(
    r"\b(?:rated|rating|ratings|judged|judgements?|grades?|(?:up|down)?graded)\b|\b(?:as|be|"
    r"been|was|were|is|are|remains?|now|had|still|to)\s+[‘'\"“]?(?:outstanding|good|inadequate|"
    r"requires?\s+improvement)",
    re.I,
)
_BULLET = lazyre.compile(r"^\s*(?:[-–•*]|\d+[.)])\s+(?P<item>\S.*)$")
_INSPECTOR_NAMED = lazyre.compile(
    r"\b(?:[Ll]ead\s+[Ii]nspector|HMI|[Mm]ajesty['’]s\s+[Ii]nspectors?)\b"
    r"|\b[Ii]nspectors?,?\s+[A-Z][a-z]+\s+[A-Z]"
)
_NAME = lazyre.compile(r"(?<=[\w,] )[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# 'The council said it had recruited ...', 'the trust says': its own account.
_COUNCIL_SAYS = lazyre.compile(
    rf"\b(?:council|trust|authority|government|department)\s+(?:has\s+|have\s+|also\s+)?"
    rf"{_VERBS}\b",
    re.I,
)
_VERB_END = lazyre.compile(rf"\b{_VERBS}\W*$", re.I)
# A clause that gives a grade ('leadership all required improvement', 'good for children who
# need help and protection') or names a judgement ('The impact of leaders on ...'): grade claims.
_GRADE_CLAUSE = lazyre.compile(
    r"\b(?:outstanding|inadequate|requir\w*\s+improvement)\b|\bgood\s+(?:for|in|at|overall|across)\b|"
    r"\b(?:as|and|or|from|to)\s+good\b|^\W*the\s+(?:impact\s+of\s+leaders|experiences\s+and\s+progress)",
    re.I,
)

# Who says what a clause reports: 'inspectors found (that)', 'the report said', 'Lead inspector
# Jane Smith's team found', 'they warned', 'it added', 'with the report finding that'.
_FINDING_VERBS = (
    r"(?:said|says|say|added|adds|found|finds|stated|states|noted|notes|concluded|concludes|"
    r"reported|reports|warned|warns|observed|recognised|recognized|identified|acknowledged|"
    r"acknowledges|highlighted|highlights|judged|believed|considered|explained|wrote|writes|"
    r"finding|saying|warning|noting)"
)
_FINDING_SAYER = (
    r"(?:(?:the\s+)?(?:ofsted|inspectors?|inspection\s+team|watchdog|hmi)|"
    r"(?:her|his)\s+majesty['’]s\s+inspectors?(?:\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
    r"(?:\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)?|"
    r"lead\s+inspector(?:\s+[A-Z][\w-]+){0,2}(?:['’]s\s+team)?|"
    # ('This year's report says there has been an increase in foster homes')
    r"(?:(?:the|this|that|(?:this|last)\s+year['’]s)\s+)?(?:ofsted\s+|inspection\s+|latest\s+|"
    r"new\s+)?(?:report|letter)|"
    r"they|it)"
)
_LEAD_CUE = lazyre.compile(
    rf"^\s*(?:(?:and|but|while|however|though|after)\s*,?\s+)?(?:with\s+)?{_FINDING_SAYER}\s*"
    # 'The letter, published on Friday, said'
    r"(?:,\s+(?:published|issued|released|sent|out)\b[^,]{0,40},\s*)?\s"
    rf"(?:(?:also|further|then|had|has|have|did|previously|additionally|still)\s+)*"
    rf"{_FINDING_VERBS}\s+(?:that\s+)?",
    re.I,
)
_TRAIL_CUE = lazyre.compile(
    rf",?\s+(?:ofsted\s+)?{_FINDING_SAYER}\s+(?:(?:also|have|has|had)\s+)*"
    rf"{_FINDING_VERBS}\s*[.!]?\s*$|,?\s+(?:said|says|added|adds|found|noted|warned)\s+"
    rf"(?:the\s+)?(?:report|letter|inspectors|ofsted)\s*[.!]?\s*$",
    re.I,
)
# Where a sentence's findings part: 'X, and Y', 'X; Y', 'X but said Y', 'X, while Y'.
_FINDING_SPLIT = lazyre.compile(
    r";|:\s|\s[–—-]\s|,\s+(?:and|but|while|whereas|though|although|however)\b"
    r"|,\s+(?=with\s+(?:the\s+)?(?:report|letter|inspectors|ofsted)\b)"
    r"|,\s+(?=after\s+(?:the\s+)?(?:report|letter|inspectors|ofsted)\s+(?:had\s+)?"
    r"(?:found|said|concluded|warned|noted|reported)\b)"
    # '..., Ofsted has said, as inspectors rated the council's adoption performance inadequate'
    r"|,\s+(?=as\s+(?:the\s+)?(?:inspectors|ofsted|report|letter)\s)"
    r"|,\s+(?=(?:the\s+)?(?:inspectors|ofsted|report|letter)\s+(?:also\s+|had\s+|have\s+)?"
    r"(?:said|found|noted|reported|observed|concluded|recognised|acknowledged|added)\s)"
    r"|(?<=[”\"’'])\s+(?=(?:and|but|while|whereas|though|although|despite)\s)"
    r"|,?\s+according\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:report|letter|inspectors|ofsted)\b,?"
    r"|\s+(?:and|but)\s+(?=(?:that|said|says|found|warned|added|noted|also)\b)"
    # 'improvement work had continued ... and a permanent senior leadership team was ...'
    r"|(?<=\w)\s+and\s+(?=(?:a|an|the|its|their|this|these|some|many|most|all|no)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:was|were|had|has|have|is|are)\s)"
    r"|\s+(?:but|whereas|although|though)\s+",
    re.I,
)
_CONNECTIVE = lazyre.compile(
    r"^\s*(?:(?:and|but|that|while|whereas|though|although|however|also|then|said|says|found|"
    r"warned|added|noted)\b[\s,]*)+",
    re.I,
)
# Words that say nothing about what was found.
_FINDING_FILLER = SMALL_WORDS | frozenset(
    """said says found finds report reports letter inspection inspectors inspector ofsted also
    some all any s children child council councils authority local service services borough
    city county""".split()
)


@dataclass(frozen=True)
class ParaphraseSpan:
    """A sentence (or a list item) that says, without quotation marks, what the report found."""

    start: int
    end: int
    text: str
    said: tuple[int, int]  # the words that say what the report found
    attributed: bool = True  # the sentence names the inspectors, Ofsted or the report


def _masked(par: str) -> str:
    """The paragraph with the words inside its quotation marks replaced by 'x'."""
    masked = list(par)
    for a, _, _, d in _quote_pairs(par):
        for k in range(a + 1, max(a + 1, d - 1)):
            masked[k] = "x"
    return "".join(masked)


def _finding_clauses(sentence: str, masked: str) -> list[tuple[int, int, int]]:
    """(start, said_start, end) of each clause of a sentence that reports a finding in the
    article's own words: the cue ('inspectors found that') is in the span but not in `said`;
    the quotations of a clause are the quotation's claim, and the clause's words beside them
    ('a permanent senior leadership team was "now in place"', 'had "significantly
    deteriorated", with poor management oversight and a weak reviewing service leading to
    "..."') are a clause of their own."""
    out = []
    cuts = [0]
    for m in _FINDING_SPLIT.finditer(masked):
        cuts += [m.start(), m.end()]
    cuts.append(len(sentence))
    marks = [(q[0], q[3]) for q in _quote_pairs(sentence)]
    pieces = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        for qa, qb in marks:
            if a < qb and qa < b:
                pieces.append((a, max(a, qa)))
                a = min(b, max(a, qb))
        pieces.append((a, b))
    for a, b in pieces:
        piece = masked[a:b]
        if not piece.strip() or any(masked[k] == "x" and sentence[k] != "x" for k in range(a, b)):
            continue
        start = a + len(piece) - len(piece.lstrip(" ,;:–—-"))
        # a committee paper's paragraph number ('3.2 The report also records that ...')
        numbered = re.match(r"\(?\d{1,2}(?:\.\d{1,2})+\)?\s+(?=[A-Z])", masked[start:b])
        if numbered:
            start += numbered.end()
        said = start
        lead = _CONNECTIVE.match(masked[start:b])
        if lead:
            said = start = start + lead.end()
        cue = _LEAD_CUE.match(masked[said:b])
        if cue:
            said += cue.end()
        end = b
        trail = _TRAIL_CUE.search(masked[said:b])
        if trail:
            end = said + trail.start()
        end = said + len(masked[said:end].rstrip().rstrip(".,;:!?").rstrip())
        if end - said > 0:
            out.append((start, said, end))
    return out


# 'It singles out the borough's early help service ...', 'It also praises ...': the report
# the sentence before spoke of goes on speaking
_IT_GOES_ON = lazyre.compile(r"\s*It\s+(?:also\s+)?(?!is\b|was\b|has\b|had\b)[a-z]+(?:s|ed)\b")


def find_paraphrases(text: str) -> list[ParaphraseSpan]:
    """Unquoted statements of what the report found: clauses of sentences that name the
    inspectors, Ofsted or the report ('Inspectors found ...', '..., the report said'), or that
    name no speaker at all (those must match the report more closely); sentences whose
    speaker is a councillor or an officer are left out."""
    out: list[ParaphraseSpan] = []
    offset = 0
    lead_in = False  # the last line ended 'Inspectors also criticised leaders for:'
    before: str | None = None
    before_par: str | None = None
    for par in text.split("\n"):
        bullet = _BULLET.match(par)
        if bullet and lead_in:
            a = offset + bullet.start("item")
            b = offset + len(par.rstrip().rstrip(".;,"))
            if len(_words(text[a:b])) >= 4:
                out.append(ParaphraseSpan(a, b, text[a:b], (a, b)))
            offset += len(par) + 1
            continue
        if par.strip():
            lead_in = False
        masked_par = _masked(par)
        # whose words the paragraph's last sentence reported (the paragraph before's, for a
        # paragraph that opens 'It singles out ...': the report it ended on speaks on)
        if par.strip():
            before_par, before = before, None
        for k, (s_start, s_end) in enumerate(_sentences(par, masked_par) if par.strip() else ()):
            sentence = par[s_start:s_end]
            masked = masked_par[s_start:s_end]
            outside = "".join(
                ch for ch, m in zip(sentence, masked, strict=True) if m != "x" or ch == "x"
            )
            if k == 0 and before_par == "ofsted" and _IT_GOES_ON.match(sentence):
                before = "ofsted"
            # grades and what must improve are claims of their own kinds (the clauses that
            # say what must improve: 'While no formal recommendations were made, inspectors
            # noted that leaders understand ...' is a finding after the comma)
            recs = [
                m.span() for p in (_REC_BEFORE, _REC_AFTER, _REC_COUNT) for m in p.finditer(masked)
            ]
            m = _PARAPHRASE.search(sentence)
            if m and sentence.rstrip().endswith(":") and not _COUNCILLOR.search(sentence):
                lead_in = True
                continue
            attribution = _attribution(outside)
            # 'But the letter warns that ... . Six young people are on apprenticeships and 12
            # are at university.': the paragraph's next sentence goes on reporting the letter
            if attribution is None and before == "ofsted" and not _COUNCIL_SAYS.search(outside):
                attribution = "ofsted"
            before = attribution
            skip = 0
            if attribution == "council" or _COUNCIL_SAYS.search(outside):
                # only what it says the report found: 'The Executive Director said that the
                # report recognised the need to ...'
                cited = _last(_REPORT_CITED.finditer(masked))
                if cited is None or any(
                    p.search(masked[cited.end() :]) for p in (_COUNCILLOR, _PRONOUN_SPEAKS)
                ):
                    continue
                skip, attribution = cited.end(), "ofsted"
            for a, s, b in _finding_clauses(sentence, masked):
                if any(ra < b and a < rb for ra, rb in recs):
                    continue
                if a < skip:
                    if b <= skip:
                        continue
                    a = s = max(s, skip)
                if len([w for w in _words(sentence[s:b]) if w not in _FINDING_FILLER]) < 3:
                    continue
                if _GRADE_WORDS.search(sentence[a:b]) or _GRADE_CLAUSE.search(sentence[a:b]):
                    continue
                # only who speaks
                if _VERB_END.search(sentence[s:b]):
                    continue
                led = re.match(
                    r"(?:the\s+)?(?:inspectors|(?:an?\s+)?(?:Ofsted\s+)?team),?\s+led\s+by\s+"
                    r"(?:[\w'’-]+\s+){1,6}?(?:said|found|reported|noted|concluded|wrote|warned)"
                    r"\s+(?:that\s+)?",
                    sentence[a:b],
                    re.IGNORECASE,
                )
                if led and b - a - led.end() > 20:
                    # ("Inspectors led by Mary Candlin said that in 13 of the 18 cases ...": the
                    # lead is a claim of its own; the finding begins after its speaker)
                    a = s = max(s, a + led.end())
                out.append(
                    ParaphraseSpan(
                        offset + s_start + a,
                        offset + s_start + b,
                        text[offset + s_start + a : offset + s_start + b],
                        (offset + s_start + s, offset + s_start + b),
                        attribution == "ofsted",
                    )
                )
        offset += len(par) + 1
    return out


@dataclass
class _Finding:
    """Where a report says what a clause says: its words' window and how much of it matched."""

    doc: Any
    index: _DocIndex
    first: int
    last: int
    hits: int  # the clause's words of meaning found in the window
    content: int  # the clause's words of meaning
    rare: int  # of the hits, words the report seldom uses
    loose: bool = False  # found by weight of meaning in a sentence, in words of its own

    @property
    def share(self) -> float:
        return self.hits / self.content if self.content else 0.0

    def evidence(self) -> Evidence:
        return _Match(self.doc, self.index, self.first, self.last, False).evidence()


def _findings_in(words: list[str], index: _DocIndex, doc: Any, most: int = 6) -> list[_Finding]:
    """The windows of a document (about as long as the clause) that hold most of the clause's
    words of meaning, matched on their first four letters in any order: the shortest window
    ending at each place, those with the most words first."""
    content = list(dict.fromkeys(_key(w) for w in words if w not in _FINDING_FILLER))
    if not content or not index.words:
        return []
    events = sorted((p, k) for k, key in enumerate(content) for p in index.positions.get(key, ()))
    span = max(12, int(1.5 * len(words)) + 4)
    counts: Counter[int] = Counter()
    windows: list[tuple[int, int, int]] = []  # -hits, first, last
    lo = 0
    for pos, k in events:
        counts[k] += 1
        # the window ends here and holds each word once at least, and no more than that
        while events[lo][0] <= pos - span or counts[events[lo][1]] > 1:
            counts[events[lo][1]] -= 1
            if not counts[events[lo][1]]:
                del counts[events[lo][1]]
            lo += 1
        if len(counts) >= 2:
            windows.append((-len(counts), events[lo][0], pos + 1))
    windows.sort(key=lambda w: (w[0], w[2] - w[1]))
    n = len(index.words)
    out = []
    for minus_hits, first, last in windows[:most]:
        seen = set(index.keys[first:last])
        rare = sum(
            1 for k in content if k in seen and len(index.positions.get(k, ())) * 2000 < 3 * n
        )
        out.append(_Finding(doc, index, first, last, -minus_hits, len(content), rare))
    return out


_ASKS = frozenset("ensure ensuring should must need needs ought".split())
# a sentence that states what is so, not what is to be done
_STATES = frozenset("is are was were has have".split())
# ... and what an article says the report asks for
_ASKED = _ASKS | frozenset("want wants wanted asked asks improve improves recommended".split())


def _asked(f: _Finding, texts: ReportTexts) -> bool:
    """The window is in what the report asks for: one of its recommendations, or a sentence
    that says what should be done (for a window found by the weight of its words, only a
    recommendation: 'know ... their individual needs' is no sentence that asks)."""
    window = "".join(f.index.words[f.first : f.last])
    for r in _recs_of(f.doc, texts):
        for part in re.split(r"(?<=[.!?])\s+", r):
            said = _words(part)
            if window not in "".join(said):
                continue
            # an 'area for improvement' a letter states as a finding ('The attendance of
            # health practitioners at child protection conferences is variable.') is one
            if set(said) & _STATES and not set(said) & _ASKS:
                continue
            return True
    if f.loose:
        return False
    page = f.index.page_of(f.first) - 1
    before = f.index.excerpt(max(f.index.page_start[page], f.first - 10), f.last)
    sentence = re.split(r"[.!?◼•]\s", before)[-1]
    return bool(set(_words(sentence)) & _ASKS)


def _negated(words: Iterable[str]) -> bool:
    return any(w in NEGATIONS or w.startswith("lack") for w in words)


# words that say a thing is not as it should be, as a report's 'not' does ('support for care
# leavers was failing' for 'too many young people do not receive the support they need')
_ADVERSE = ("fail", "poor", "weak", "inadequa", "insufficien", "unsafe", "lack", "shortfall")


def _adverse(words: Iterable[str]) -> bool:
    return any(w.startswith(_ADVERSE) for w in words)


def _fractions(words: list[str]) -> list[str]:
    """The words with a fraction as the percentage it is ('a quarter of the young people'
    is 25% of them), for a finding in other words; 'the third inspection' is no fraction."""
    out = list(words)
    for i, w in enumerate(words):
        before = words[i - 1] if i else ""
        if w == "quarter" and before in ("a", "one"):
            out[i] = "25"
        elif w == "quarters" and before == "three":
            out[i - 1], out[i] = "", "75"
        elif w == "third" and before in ("a", "one"):
            out[i] = "33"
        elif (money := re.fullmatch(r"(\d{1,2})(m|bn)", w)) and int(money.group(1)) <= 20:
            # '£4m' as a report prints it: 'four million pounds'
            n = next(k for k, v in _NUMBERS.items() if v == int(money.group(1)))
            out[i] = f"{n} {'million' if money.group(2) == 'm' else 'billion'} pounds"
    return [x for w in out if w for x in w.split()]


def _clause_found(said: str, docs: list[Any], texts: ReportTexts, strict: bool) -> _Finding | None:
    """The report's passage that says what the clause says, or None. Most of its words of
    meaning within a sentence's length, at least two of them words the report seldom uses,
    the same negations and the same numbers; `strict` (a clause that names no speaker) asks
    for more of them."""
    words = _fractions(_words(said))
    need = 0.8 if strict else 0.6
    least = 5 if strict else 4
    # the words left before a quotation the clause runs into ('caseloads in some areas have
    # increased and there is "an over-reliance on ..."') are none of its finding
    while len(words) > 3 and words[-1] in SMALL_WORDS and words[-1] not in NEGATIONS:
        words = words[:-1]
    for f in (f for d in docs[:4] for f in _findings_in(words, texts.index(d.id), d)):
        index = f.index
        # two words the report seldom uses, or one and nearly every word
        if f.hits < least or f.share < need:
            # a short clause: every word of meaning, and nearly all its words in the
            # report's order ('caseloads in some areas have increased' for 'caseloads in
            # some areas of the service have increased')
            if strict or f.hits < 3 or f.share < 1 or f.rare < 2:
                continue
            m = _align_window(words, index, max(0, f.first - 5), f.last + 5)
            if m is None or m.matched < 5 or m.matched < 0.9 * len(words):
                continue
        if f.rare < 2 and not (
            f.rare == 1
            and f.hits >= 4
            and f.share >= 0.75
            # within one sentence of the report
            and not re.search(r"[.!?]\s+[A-Z]", f.evidence().quote)
        ):
            # or nearly all its words in the report's order ('a permanent senior leadership
            # team was' for 'A permanent senior leadership team is'), common as they may be
            # (a clause that names who says it)
            m = None if strict else _align_window(words, index, max(0, f.first - 5), f.last + 5)
            if m is None or m.matched < 5 or m.matched < 0.8 * len(words):
                continue
        if not _same_facts(f, words, said, texts):
            continue
        return f
    return None


def _same_facts(f: _Finding, words: list[str], said: str, texts: ReportTexts) -> bool:
    """The report's window says the clause's facts: the same negations and numbers, what it
    found rather than what it asks for, and the inspector the clause names."""
    index = f.index
    lo, hi = max(0, f.first - 3), f.last + 1
    report_words = set(index.words[lo:hi]) | set(_fractions(index.words[lo:hi]))
    if (_negated(words) or (f.loose and _adverse(words))) != _negated(report_words):
        return False
    # a number the report does not print is a fact changed, or not the report's
    if any(w.isdigit() and w not in report_words for w in words):
        return False
    # ... and so is a sum the report prints in other words ('£5m' for 'four million')
    if any(
        f"{n}{unit}" not in report_words
        and next(k for k, v in _NUMBERS.items() if v == int(n)) not in report_words
        for n, unit in re.findall(r"\b(\d{1,2})(m|bn)\b", said)
        if int(n) <= 20
    ):
        return False
    # what the report asks for ('Ensure that care leavers have access to ...') is not
    # what it found, unless the article says so too
    if not set(words) & _ASKED and _asked(f, texts):
        return False
    # so is an inspector's name ('led by Jane Smith')
    if _INSPECTOR_NAMED.search(said) and any(
        w.lower() not in report_words for w in _NAME.findall(said)
    ):
        return False
    return True


# Words that say who found a thing, or that they said it, and none of what was found.
_SAYING = frozenset(
    """praised praise praises praising recognised recognises recognising highlighted highlights
    highlighting noted notes noting singled singles out criticised criticises criticising
    described describes identified identifies raised raises concerns concern warned warns
    watchdog team judged felt stated states added adds commended commends welcomed inspected
    visited last time latest previous""".split()
)


# how a finding found by the weight of its words is told: check.py lets it stand beside the
# claims read inside its sentence rather than over them
IN_OWN_WORDS = "in words of its own"
# the names of the judgements: a list of them is what was graded, no finding
_JUDGEMENT_WORDS = frozenset(
    """leadership leaders help protection care leavers adoption overall effectiveness
    experiences progress impact management""".split()
)
# what government did (a direction, a commissioner): outside the record however a report tells
# of it, and no finding of the report's
_GOVERNMENT = lazyre.compile(
    r"\b(?:Department\s+for\s+Education|DfE|government|minister|commissioner|secretary\s+of"
    r"\s+state|direct(?:ed|ion)|intervention)",
    re.IGNORECASE,
)
# the share of a clause's weight of meaning a sentence must hold: named speaker, none
_SENTENCE_NEED = {False: 0.4, True: 0.8}
_SENTENCE_DOCS = 6


def _sentence_found(
    said: str, docs: list[Any], texts: ReportTexts, strict: bool
) -> _Finding | None:
    """The report's sentence, or two running on, that holds most of what a clause says told
    in other words and another order ('Inspectors praised the council for building a stable,
    mostly permanent workforce' for '... building a more stable workforce ... permanent'):
    its words of meaning weighed by how seldom the document's sentences use them, and the
    same facts (negations, numbers) as the clause. The nearest document that has one."""
    if _GOVERNMENT.search(said):
        return None
    words = _fractions(_words(said))
    # (the council's own name is no word of what was found: 'Middlesbrough also has no bespoke
    # services for young carers' for 'There are no bespoke services for young carers')
    # (unless without it too few words are left: 'demand for children's services in Rochdale
    # has increased')
    named = {w for m in T.councils(said) for w in _words(said[m.start : m.end])}
    meaning = [w for w in words if w not in _FINDING_FILLER and w not in _SAYING]
    if len({_key(w) for w in meaning if w not in named}) >= 4:
        meaning = [w for w in meaning if w not in named]
    if len({w for w in meaning if w not in _JUDGEMENT_WORDS}) < 2:
        return None  # the judgements' names, and what they were graded: no finding
    content = list(dict.fromkeys(_key(w) for w in meaning))
    # three words of meaning are enough only when a named speaker says them and one sentence
    # holds all three ('Inspectors found delays in some strategy meetings')
    least = 3 if not strict and len(content) == 3 else 4
    if len(content) < least:
        return None
    need = _SENTENCE_NEED[strict]
    for d in docs[:_SENTENCE_DOCS]:
        index = texts.index(d.id)
        sentences = index.sentences
        if not sentences:
            continue
        starts = [a for a, _ in sentences]
        weight = {k: index.weight(k) for k in content}
        total = sum(weight.values())
        where: dict[int, set[str]] = {}
        for k in content:
            for pos in index.positions.get(k, ()):
                where.setdefault(bisect.bisect_right(starts, pos) - 1, set()).add(k)
        best: tuple[float, int, int, int] | None = None
        for i in sorted(where):
            for j in (i, i + 1):
                if j >= len(sentences) or (j > i and j not in where):
                    continue
                lo, hi = sentences[i][0], sentences[j][1]
                if hi - lo > max(40, 3 * len(words)):
                    continue
                got = where[i] | where.get(j, set())
                # (summed in one order: a set's order changes with the process's hash seed,
                # and a sum's last digits with it)
                score = sum(weight[k] for k in sorted(got)) / total
                if least == 3 and (j > i or len(got) < 3):
                    continue
                # two sentences only for much more than one holds
                better = best is None or score > best[0] + (0.15 if j > i else 0.0)
                if len(got) >= least and score >= need and better:
                    best = (score, lo, hi, len(got))
        if best is None:
            continue
        if _negated(index.words[best[1] : best[2]]) and not (_negated(words) or _adverse(words)):
            # the nearest report's sentence that says most of it says it the other way ('are
            # always explicit' where it has 'are not always explicit'): no older one's words
            return None
        _, lo, hi, hits = best
        # (a list's number is none of its item: '16 Increase the range of ...')
        while lo < hi - 1 and index.words[lo].isdigit() and index.words[lo] not in words:
            lo += 1
        rare = sum(1 for k in content if weight[k] >= 3.0)
        f = _Finding(d, index, lo, hi, hits, len(content), rare, loose=True)
        # 'two monitoring visits' where the sentence counts three: not this sentence's fact
        counts = {v for v in map(_number_value, words) if v is not None}
        if counts - {_number_value(w) for w in index.words[lo:hi]}:
            continue
        if _same_facts(f, words, said, texts):
            return f
    return None


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if i >= 2  # 'one of the children' is seldom a count
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}


def _number_value(word: str) -> int | None:
    """The count a word gives ('16', 'sixteen'); years and 'one' are not counts here."""
    if word.isdigit():
        n = int(word)
        return n if n < 1000 else None
    return _NUMBER_WORDS.get(word)


def _values_in(words: list[str]) -> set[int]:
    """The counts a run of words gives, a number written as two words ('Twenty-one new homes')
    read as one (as text.number reads it)."""
    out: set[int] = set()
    skip = False
    for at, w in enumerate(words):
        if skip:
            skip = False
            continue
        nxt = words[at + 1] if at + 1 < len(words) else ""
        pair = T.number(f"{w} {nxt}") if nxt and w.isalpha() and nxt.isalpha() else None
        if pair is not None:
            out.add(pair)
            skip = True
            continue
        v = _number_value(w)
        if v is None and w.isalpha() and (n := T.number(w)) is not None and n >= 20:
            v = n  # ('thirty', which _number_value leaves out)
        if v is not None:
            out.add(v)
    return out


def _sentence_at(index: _DocIndex, pos: int) -> tuple[int, int]:
    """Word range (first, last+1) of the report's sentence that holds word `pos`."""
    p = index.page_of(pos) - 1
    page = index.pages[p]
    spans = [m.span() for m in _WORD.finditer(page, index.begins[p], index.limits[p])]
    i = pos - index.page_start[p]
    if not 0 <= i < len(spans):
        return pos, pos + 1
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", page[: spans[i][0]])]
    start = ends[-1] if ends else 0
    stop = re.search(r"[.!?](?:\s|$)", page[spans[i][1] :])
    end = spans[i][1] + stop.start() if stop else len(page)
    first = next((k for k in range(i + 1) if spans[k][0] >= start), i)
    last = max((k for k in range(i, len(spans)) if spans[k][1] <= end), default=i)
    return index.page_start[p] + first, index.page_start[p] + last + 1


# Words before a number that make it a round or bounding figure, and after it a share.
_ROUGHLY = frozenset(
    "more over almost nearly around about approximately roughly some least fewer less under "
    "up than just below above estimated".split()
)
_PART_OF = frozenset("in out thirds quarters fifths tenths half per percent".split())


def _number_changed(
    words: list[str], docs: list[Any], texts: ReportTexts
) -> tuple[_Match, str, str] | None:
    """The report's sentence that says what a clause says with another number in it: nearly
    every other word of meaning the same, and one number, not the article's ('six children
    in care did not have an allocated social worker' where the report has 'Sixteen looked
    after children do not have an allocated social worker'); else None."""
    numbers = [w for w in words if _number_value(w) is not None]
    plain = [w for w in words if _number_value(w) is None]
    content = {_key(w) for w in plain if w not in _FINDING_FILLER}
    # ('of 138 care leavers, 37 are parents': three words of meaning are enough beside two
    # numbers, one of them the report's sentence's too, which anchors it)
    least = 3 if len({_number_value(w) for w in numbers}) >= 2 else 4
    if not 1 <= len(numbers) <= 3 or len(content) < least:
        return None
    # 'more than 20 children', 'one in four', 'two thirds': not the count, never the one
    # changed ('as many as 65 children, with most ... holding more than 40 cases': the 65 is)
    bound: set[int | None] = set()
    for at, w in enumerate(words):
        if _number_value(w) is None:
            continue
        if set(words[max(0, at - 2) : at]) & _ROUGHLY or set(words[at + 1 : at + 2]) & _PART_OF:
            bound.add(_number_value(w))
    said = {_number_value(w): w for w in numbers}
    if set(said) <= bound:
        return None

    def counted(ws: list[str], value: int | None) -> str | None:
        """The first word of meaning after the number `value` ('different', 'directors')."""
        at = next(i for i, w in enumerate(ws) if _number_value(w) == value)
        after = [w for w in ws[at + 1 : at + 4] if w not in SMALL_WORDS]
        # (a report's 'four DCSs' are an article's 'directors of children's services')
        return ("dire" if after[0] in ("dcs", "dcss") else _key(after[0])) if after else None

    for d in docs[:4]:
        index = texts.index(d.id)
        for f in _findings_in(plain, index, d, most=3):
            if f.share < 0.6 or f.hits < least:
                continue
            first, last = _sentence_at(index, f.last - 1)
            sentence = index.words[first:last]
            shared = len(content & {_key(w) for w in sentence})
            if shared < 0.6 * len(content):
                continue
            values = _values_in(sentence)
            missing = set(said) - values
            if not missing - bound:
                return None  # the report says it with these numbers
            if missing & bound:
                continue  # a bounding figure the report words otherwise
            extra = values - set(said)
            if len(missing) != 1 or len(extra) != 1:
                continue
            changed, value = next(iter(missing)), next(iter(extra))
            if f.share < 0.8 or shared < 0.8 * len(content):
                # the article's own words around it: the same sentence only if another of
                # its numbers is the report's and the changed one counts the same thing
                # ('had seen five different directors ... come and go over the last ten
                # years' where the report has 'over the last ten years, including eight
                # different Directors')
                noun = counted(words, changed)
                if len(said) < 2 or noun is None or noun != counted(sentence, value):
                    continue
            report = next((w for w in sentence if _number_value(w) == value), str(value))
            return _Match(d, index, first, last, False), said[changed], report
    return None


_UP = frozenset(
    "increased increase increases increasing risen rose rising grown grew higher".split()
)
_DOWN = frozenset(
    "decreased decrease decreases decreasing fallen fell falling dropped declined lower".split()
)
_WENT = frozenset("gone went going go goes".split())
# how many times over a figure grew or shrank
_FACTORS = {
    **dict.fromkeys(("double", "doubled", "doubling", "doubles"), 2.0),
    **dict.fromkeys(("treble", "trebled", "tripled", "triple", "tripling", "trebling"), 3.0),
    **dict.fromkeys(("quadrupled", "quadruple", "quadrupling"), 4.0),
    **dict.fromkeys(("halved", "halving", "halve"), 0.5),
}
_UNITS = {
    "hour": "hours",
    "hours": "hours",
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
}


def _directions(ws: list[str]) -> dict[str, str]:
    """The ways a passage says a figure moved: 'up' or 'down', each with the words saying it
    ('has increased', 'had gone down')."""
    out: dict[str, str] = {}
    for i, w in enumerate(ws):
        w = w.lower()
        if w in _UP or (w == "up" and i and ws[i - 1].lower() in _WENT):
            out.setdefault("up", w if w != "up" else f"{ws[i - 1]} up")
        elif w in _DOWN or (w == "down" and i and ws[i - 1].lower() in _WENT):
            out.setdefault("down", w if w != "down" else f"{ws[i - 1]} down")
    return out


def _flipped(words: list[str], found: _Finding) -> tuple[str, str] | None:
    """The article's paraphrase of the report's sentence with the way a figure moved turned
    round ('had gone down' where the report has 'has increased') or a span of time in other
    units ('up to six days' where it has 'up to six weeks'): (the article's words, the
    report's). Only when each says it one way, in one sentence of the report."""
    first, last = _sentence_at(found.index, found.last - 1)
    sentence = found.index.words[first:last]
    if last - first > 60:
        return None
    said, theirs = _directions(words), _directions(sentence)
    if len(said) == 1 and len(theirs) == 1 and set(said) != set(theirs):
        return next(iter(said.values())), next(iter(theirs.values()))
    low = [w.lower() for w in sentence]
    # 'has doubled' where the report has 'has been tripled': a figure moved by another factor
    said_f = {_FACTORS[w.lower()]: w for w in words if w.lower() in _FACTORS}
    their_f = {_FACTORS[w]: w for w in low if w in _FACTORS}
    if len(said_f) == 1 and len(their_f) == 1 and set(said_f) != set(their_f):
        return next(iter(said_f.values())), next(iter(their_f.values()))
    for i, w in enumerate(words[:-1]):
        value, unit = _number_value(w.lower()), _UNITS.get(words[i + 1].lower())
        if value is None or unit is None:
            continue
        units = {
            _UNITS[low[j + 1]]
            for j in range(len(low) - 1)
            if _number_value(low[j]) == value and low[j + 1] in _UNITS
        }
        if len(units) == 1 and unit not in units:
            other = next(iter(units))
            return f"{w} {words[i + 1]}", f"{w} {other}"
    return None


# What a report found, said one way or the other: 'identified clear strengths in child
# protection practice' where the report has 'identified serious weaknesses in ...'
_FOUND_GOOD = frozenset(
    "strength strengths strong stronger robust effective praised positive".split()
)
_FOUND_BAD = frozenset(
    "weakness weaknesses weak weaker deficiencies deficits failings shortcomings ineffective "
    "criticised negative concerns concern poor serious".split()
)
# words that turn a finding round in the same sentence ('no strengths', 'not effective')
_FOUND_NOT = frozenset(
    "no not nor never without lack lacked lacking little few neither none n't despite "
    "although though but however while whilst".split()
)


# The services a report names by what they do ('capacity within the LADO service', 'the
# fostering team', 'the multi-agency safeguarding hub'), and the words after such a name
_SERVICE_NAMES = frozenset(
    """lado mash iro iros fostering adoption leaving youth offending justice conference
    conferencing duty disabled disabilities disability residential camhs housing virtual
    advocacy participation contact edge emergency sufficiency permanence kinship""".split()
)
_SERVICE_UNITS = frozenset("service services team teams hub panel unit units board".split())


def _service_swapped(words: list[str], found: _Finding) -> tuple[str, str] | None:
    """The article's paraphrase of the report's sentence with one named service in place of
    another before the same word ('more capacity in the fostering service' where the report
    has 'sufficient capacity within the LADO service'): (the article's name, the report's).
    Only when each names one such service, and neither names the other's."""
    first, last = _sentence_at(found.index, found.last - 1)
    sentence = [w.lower() for w in found.index.words[first:last]]
    low = [w.lower() for w in words]
    if last - first > 60:
        return None

    def named(ws: list[str]) -> set[tuple[str, str, str]]:
        """(the service's name word, its whole name, the word after): 'duty', 'emergency duty
        service'."""
        out = set()
        for i in range(len(ws) - 1):
            if ws[i] in _SERVICE_NAMES and ws[i + 1] in _SERVICE_UNITS:
                k = i
                while k > 0 and ws[k - 1] in _SERVICE_NAMES | {"emergency", "early"}:
                    k -= 1
                out.add((ws[i], " ".join(ws[k : i + 2]), ws[i + 1]))
        return out

    mine, theirs = named(low), named(sentence)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    (x, said, unit), (y, told, their_unit) = next(iter(mine)), next(iter(theirs))
    if _key(unit) != _key(their_unit) or x == y or x in sentence or y in low:
        return None
    return said, told


def _term_swapped(said: str, found: _Finding) -> tuple[str, str] | None:
    """The article's paraphrase of the report's sentence with one term of `swaps` (who or
    what: care leavers, foster carers, disabled children, the front door) in the place where
    the sentence has another ('the grant given to foster carers should be reviewed' where the
    report asks that 'the grant for care leavers' be reviewed): (the article's term, the
    report's)."""
    first, last = _sentence_at(found.index, found.last - 1)
    if last - first > 60:
        return None
    sentence = " ".join(found.index.words[first:last])
    swap = swaps.swapped(said, sentence, in_place=True)
    return (swap.said, swap.own) if swap is not None else None


def _finding_turned(words: list[str], found: _Finding) -> tuple[str, str] | None:
    """The article's paraphrase of the report's sentence with what was found turned round
    ('clear strengths' where the report has 'serious weaknesses'): (the article's word, the
    report's). Only when each says it one way, in one plain sentence of the report (no
    negation, no contrast in either), and the words after it are the same thing ('in child
    protection practice')."""
    first, last = _sentence_at(found.index, found.last - 1)
    sentence = [w.lower() for w in found.index.words[first:last]]
    low = [w.lower() for w in words]
    if last - first > 50 or set(low) & _FOUND_NOT or set(sentence) & _FOUND_NOT:
        return None
    said_good, said_bad = set(low) & _FOUND_GOOD, set(low) & _FOUND_BAD
    their_good, their_bad = set(sentence) & _FOUND_GOOD, set(sentence) & _FOUND_BAD
    if said_good and not said_bad and their_bad and not their_good:
        mine, others = said_good, their_bad
    elif said_bad and not said_good and their_good and not their_bad:
        mine, others = said_bad, their_good
    else:
        return None

    def then(ws: list[str], at: int) -> list[str]:
        """The first two words of meaning after `at`."""
        return [_key(w) for w in ws[at + 1 :] if w not in SMALL_WORDS][:2]

    # the same thing after each: two words of meaning, the same in both
    for i, w in enumerate(low):
        if w not in mine or len(after := then(low, i)) < 2:
            continue
        for j, x in enumerate(sentence):
            if x in others and then(sentence, j) == after:
                return w, x
    return None


# A share that moved between two years, as an article or a report puts it: 'rose from eight
# per cent in 2012 to 17.2 per cent in 2013', 'has increased from 8% in 2012 to 12.7% in 2013',
# 'from 8% to 12.7% between 2012 and 2013'
_PCT_NUM = r"(?P<{n}>\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)\s*(?:%|per\s*cent\b|percent\b)"
_SHARE_MOVED = lazyre.compile(
    r"\bfrom\s+(?:around\s+|about\s+|just\s+)?"
    + _PCT_NUM.format(n="a")
    + r"\s+(?:in\s+(?P<y1>(?:19|20)\d\d)(?:[-/]\d\d)?\s+)?to\s+(?:around\s+|about\s+|just\s+)?"
    + _PCT_NUM.format(n="b")
    + r"(?:\s+in\s+(?P<y2>(?:19|20)\d\d)(?:[-/]\d\d)?|\s+between\s+(?P<y3>(?:19|20)\d\d)"
    r"(?:[-/]\d\d)?\s+and\s+(?P<y4>(?:19|20)\d\d))",
    re.IGNORECASE,
)
# words of such a sentence that name no measure of their own
_SHARE_WORDS = frozenset(
    """proportion percentage share rate number numbers figure figures rose risen rise rising
    increased increase increasing fell fallen fall falling dropped declined decreased grown grew
    went gone up down per cent percent year years looked after care young people who have had
    has were was been""".split()
)


def _pct_value(word: str) -> float | None:
    """'12.7', 'eight' or 'twenty-five' (a share's figure), or None."""
    try:
        return float(word)
    except ValueError:
        pass
    parts = word.lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
    if len(parts) == 2:
        unit = _word_number(parts[1])
        if parts[0] in tens and unit is not None and 0 < unit < 10:
            return float(tens[parts[0]] + unit)
        return None
    n = _word_number(parts[0])
    return float(n) if n is not None else None


def _share_moved(
    said: str, docs: list[Any], texts: ReportTexts
) -> tuple[Verdict, str, list[Evidence]] | None:
    """'The proportion of children in care who had offended rose from eight per cent in 2012
    to 17.2 per cent in 2013' where the report has 'The number who have offended has increased
    from 8% in 2012 to 12.7% in 2013': the one sentence of a report of the council with a share
    moving between the same two years, a word of what is measured in common ('offended'), and
    one of the two figures the article's. The other figure not the report's is contradicted;
    both the report's is supported; else None (another measure)."""
    m = _SHARE_MOVED.search(said)
    if m is None:
        return None
    years = (m.group("y1") or m.group("y3"), m.group("y2") or m.group("y4"))
    a, b = _pct_value(m.group("a")), _pct_value(m.group("b"))
    if None in years or a is None or b is None:
        return None
    own = {_key(w) for w in _words(said[: m.start()]) if w not in _FINDING_FILLER}
    own -= {_key(w) for w in _SHARE_WORDS}
    if not own:
        return None
    hits = []
    for d in docs[:4]:
        for p, page in enumerate(texts.pages(d.id)):
            flat = " ".join(page.split())
            for r in _SHARE_MOVED.finditer(flat):
                if (r.group("y1") or r.group("y3"), r.group("y2") or r.group("y4")) != years:
                    continue
                start = flat.rfind(". ", 0, r.start()) + 1
                stop = flat.find(". ", r.end())
                sentence = flat[start : stop if stop >= 0 else len(flat)]
                if not own & {_key(w) for w in _words(sentence)}:
                    continue
                hits.append(
                    (d, p + 1, sentence.strip(), _pct_value(r.group("a")), _pct_value(r.group("b")))
                )
    if len(hits) != 1:
        return None
    d, page_no, sentence, ra, rb = hits[0]
    if ra is None or rb is None:
        return None
    label = _doc_label(d)
    evidence = [Evidence(d.path, page_no, sentence)]
    if (a, b) == (ra, rb):
        return Verdict.SUPPORTED, f"Page {page_no} of {label} gives these figures.", evidence
    if a == ra or b == rb:
        theirs, mine = (rb, b) if a == ra else (ra, a)
        return (
            Verdict.CONTRADICTED,
            f"Page {page_no} of {label} gives {theirs:g}% where the article has {mine:g}%.",
            evidence,
        )
    return None


# A time the article counts back from its own day ('last year', 'in the past 12 months').
_RECENT = lazyre.compile(
    r"\b(?:last|this|past)\s+year\b|\bin\s+the\s+(?:last|past)\s+(?:year|12\s+months|"
    r"few\s+months|\w+\s+months)\b|\brecently\b|\bthis\s+(?:spring|summer|autumn|winter)\b",
    re.I,
)


def check_paraphrase(
    claim_text: str,
    span: ParaphraseSpan,
    urns: Iterable[int],
    as_of: date | None,
    record: Any,
    texts: ReportTexts,
) -> tuple[Verdict, str, list[Evidence]] | None:
    """Supported (low confidence) when a report of the LA says the same in nearly the same
    words; None when ilacs cannot tell (a paraphrase is never called contradicted)."""
    said = claim_text[span.said[0] - span.start : span.said[1] - span.start]
    words = _words(said)
    docs = _in_order([d for urn in urns for d in _la_docs(record, texts, urn)], as_of)
    if as_of is not None:
        docs = [d for d in docs if (_when(d) or date.min) <= as_of] or docs
    if not docs or len([w for w in words if w not in _FINDING_FILLER]) < 3:
        return None
    found = _clause_found(said, docs, texts, strict=not span.attributed)
    if found is None and span.attributed:
        # 'They highlighted work to reunify children with their birth families and the use of
        # Lifelong Links to ...': two things the report found, each in a passage of its own
        halves = re.split(r",?\s+and\s+(?=(?:the|a|an|its|their)\s)", said)
        if 2 <= len(halves) <= 3 and all(
            len([w for w in _words(h) if w not in _FINDING_FILLER]) >= 4 for h in halves
        ):
            each = [_clause_found(h, docs, texts, strict=False) for h in halves]
            if all(f is not None for f in each) and len({f.doc.id for f in each if f}) == 1:
                found = each[-1]
    if found is None:
        # told in other words and another order: the report's sentence that says most of it
        found = _sentence_found(said, docs, texts, strict=not span.attributed)
    number = [v for v in map(_number_value, words) if v is not None]
    checked = found is None
    if found is not None and number:
        window = found.index.words[max(0, found.first - 3) : found.last + 1]
        # 'six children' where this passage has no six: the report may say it with another
        checked = not set(number) <= {_number_value(w) for w in window}
    changed = _number_changed(words, docs, texts) if checked and span.attributed else None
    if changed is None and checked and span.attributed and number and "that" in words[1:]:
        # 'It praises early help, noting that five family hubs now operate ...': the finding
        # after 'that', without the words that lead to it
        at = len(words) - 1 - words[::-1].index("that")
        changed = _number_changed(words[at + 1 :], docs, texts)
    if changed is None and span.attributed and (found is None or checked):
        moved = _share_moved(said, docs, texts)
        if moved is not None:
            return moved
    if changed is None and found is None:
        return None
    if changed is not None:
        m, said_n, report_n = changed
        return (
            Verdict.CONTRADICTED,
            f"The report says the same on {_where(m)}, but with '{report_n}' where the "
            f"article has '{said_n}'.",
            [m.evidence()],
        )
    assert found is not None
    published = _when(found.doc)
    if (
        as_of is not None
        and published is not None
        and (as_of - published).days > 730
        and _RECENT.search(said)
    ):
        # 'The council opened two new children's homes in the borough last year': what the
        # article dates to the last year or so is no finding of a report years older
        return None
    years = {w for w in words if re.fullmatch(r"(?:19|20)\d\d", w)}
    if years:
        # 'a permanent director was appointed in December 2022' where the passage's sentence
        # says 'In December 2023, a permanent ... DCS was appointed': the same month of another
        # year is the date changed (another year alone may be another sentence's: as before)
        # (the passage's last sentence, or its first: 'which has been in existence since 1
        # November 2020. Shortly after NCT's inception, on 1 April 2021, ...')
        for first, last in dict.fromkeys(
            (_sentence_at(found.index, found.last - 1), _sentence_at(found.index, found.first))
        ):
            sentence = [w.lower() for w in found.index.words[first:last]]
            theirs_y = {w for w in sentence if re.fullmatch(r"(?:19|20)\d\d", w)}
            if not theirs_y or years & theirs_y:
                continue
            said_m = {w for w in words if w in _MONTHS}
            if (
                len(years) == 1
                and len(theirs_y) == 1
                and said_m
                and said_m == set(sentence) & set(_MONTHS)
                and last - first <= 60
            ):
                m = _Match(found.doc, found.index, first, last, False)
                return (
                    Verdict.CONTRADICTED,
                    f"The report says the same on {_where(m)}, but in "
                    f"{next(iter(theirs_y))} where the article has {next(iter(years))}.",
                    [m.evidence()],
                )
    months = {w for w in words if w in _MONTHS}
    if months and span.attributed:
        # 'visited ... in March' where the passage's sentence says February: not this passage
        first, last = _sentence_at(found.index, found.last - 1)
        theirs = {w.lower() for w in found.index.words[first:last]} & set(_MONTHS)
        if theirs and not months & theirs:
            return None
    m = _Match(found.doc, found.index, found.first, found.last, False)
    flipped = _flipped(words, found) if span.attributed or found.share >= 0.9 else None
    if flipped is None and (span.attributed or found.share >= 0.9):
        flipped = (
            _finding_turned(words, found)
            or _service_swapped(words, found)
            or _term_swapped(said, found)
        )
    if flipped is not None:
        said_w, report_w = flipped
        first, last = _sentence_at(found.index, found.last - 1)
        return (
            Verdict.CONTRADICTED,
            f"The report says the same on {_where(m)}, but with '{report_w}' where the "
            f"article has '{said_w}'.",
            [_Match(found.doc, found.index, first, last, False).evidence()],
        )
    if found.loose:
        return (
            Verdict.SUPPORTED,
            f"{_where(m)[0].upper()}{_where(m)[1:]} says much of this {IN_OWN_WORDS} (low "
            "confidence: a paraphrase).",
            [found.evidence()],
        )
    return (
        Verdict.SUPPORTED,
        f"In other words, {_where(m)} says this (low confidence: a paraphrase).",
        [found.evidence()],
    )
