"""A finding told the other way round: the article's sentence and the report's or letter's
sentence it was found in say the same thing but for one word of judgement turned ("has
deteriorated since the last inspection" for "has improved since", "found no delays in assessing
children's needs" for "found delays", "had failed to improve social work" for "has continued to
improve"). A claim the checker supported on that document's words (a paraphrase, a visit's
date, a quotation inside the sentence) is then false for its sentence: contradicted, over the
sentence, with both sentences as evidence.

Only a sentence of the document that shares most of the article sentence's other words is
compared, and only a turned word whose neighbour is the same in both ("to improve" / "to
improve", "has improved since" / "has deteriorated since")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.quotes import _SIGN, SMALL_WORDS
from ilacs.claims.view import RecordView, view_doc

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED

_TOKEN = lazyre.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# words that deny the word after them (within three words): "found no delays", "has not
# improved", "had failed to improve", "without delay"
_DENY = frozenset("not no never without nor n't".split())
_DENY_TWO = {("failed", "to"), ("fails", "to"), ("yet", "to"), ("no", "longer")}
# a word of amount that may stand where a denial did: "recognised some improvements"
_SOME = frozenset("some any".split())
_REPORT_SENTENCE = lazyre.compile(r"(?<=[.!?])\s+(?=[A-Z0-9‘'\"“(])|\n\s*\n")
_KINDS = (Kind.VISIT, Kind.OTHER, Kind.QUOTE)


def _tokens(text: str) -> list[str]:
    out = []
    for w in _TOKEN.findall(text.lower().replace("’", "'")):
        if w.endswith("n't"):
            out += [w[:-3], "n't"]
        else:
            out.append(w)
    return out


def _key(w: str) -> str:
    return w[:5]


def _content(words: list[str]) -> set[str]:
    return {
        _key(w)
        for w in words
        if len(w) >= 4 and w not in SMALL_WORDS and w not in _SIGN and not w.isdigit()
    }


def _denied(words: list[str], i: int) -> bool:
    """Whether words[i] is denied by a word just before it."""
    before = words[max(0, i - 3) : i]
    # ("not only", "not just": no denial)
    if any(
        w in _DENY and not (k + 1 < len(before) and before[k + 1] in ("only", "just", "least"))
        for k, w in enumerate(before)
    ):
        return True
    return i >= 2 and (words[i - 2], words[i - 1]) in _DENY_TWO


def _neighbours(words: list[str], i: int) -> tuple[str | None, str | None]:
    """The word before words[i] (past any denial or 'some') and the word after it."""
    j = i - 1
    while j >= 0 and (words[j] in _DENY or words[j] in _SOME or words[j] in ("failed", "longer")):
        j -= 1
    left = _AUX.get(words[j], words[j]) if j >= 0 else None
    right = _AUX.get(words[i + 1], words[i + 1]) if i + 1 < len(words) else None
    return left, right


# the tenses of one verb, as neighbours: "had deteriorated" / "has improved"
_AUX = {
    **dict.fromkeys(("has", "have", "had"), "have"),
    **dict.fromkeys(("is", "are", "was", "were", "be", "been", "being"), "be"),
}


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _denial_turn(a: list[str], r: list[str]) -> tuple[str, str] | None:
    """'found no delays' / 'found delays', 'found no improvements' / 'recognised some
    improvements', 'had failed to improve' / 'has continued to improve': the one word denied
    in `a` and said plainly in `r` (or the other way round), in these forms only."""
    for x, y, flip in ((a, r, False), (r, a, True)):
        for i in range(len(x) - 2):
            v, no, w = x[i : i + 3]
            if len(w) < 4 or w in SMALL_WORDS:
                continue
            hit = None
            if no == "no":
                # "found no delays" / "found delays", "recognised some delays"
                for j in range(1, len(y)):
                    if _same(y[j], w) and (
                        y[j - 1] == v or (y[j - 1] in _SOME and j >= 2 and y[j - 2] != "no")
                    ):
                        hit = " ".join(y[max(0, j - 2) : j + 1])
                        break
            elif (v, no) in (("failed", "to"), ("fails", "to")):
                # "had failed to improve" / "has continued to improve"
                for j in range(2, len(y)):
                    if _same(y[j], w) and y[j - 1] == "to" and y[j - 2] in _KEPT_ON:
                        hit = " ".join(y[j - 2 : j + 1])
                        break
            if hit is not None and not any(t in _DENY for t in y[max(0, j - 8) : j]):
                # (and said plainly: "No child in care had been permanently excluded" denies
                # it from the start)
                mine = " ".join(x[i : i + 3])
                return (hit, mine) if flip else (mine, hit)
    return None


# what goes on doing: "continued to improve", "continues to"
_KEPT_ON = frozenset(
    "continued continues continue continuing went goes began begun started".split()
)


def turned(said: str, printed: str) -> tuple[str, str] | None:
    """The word of `said` that `printed` says the other way round, with the words that show it
    (('deteriorated', 'improved'), ('found no delays', 'found delays')); None when none is."""
    a, r = _tokens(said), _tokens(printed)
    denial = _denial_turn(a, r)
    if denial is not None:
        return denial
    for i, w in enumerate(a):
        sa = _SIGN.get(w)
        if sa is None or _denied(a, i) or any(_same(w, y) for y in r):
            continue
        left, right = _neighbours(a, i)
        for j, x in enumerate(r):
            sr = _SIGN.get(x)
            if sr is None or sr == sa or _denied(r, j) or any(_same(x, y) for y in a):
                continue
            # (between the same words: "has deteriorated since" / "has improved since",
            # "had deteriorated." / "has improved since")
            rl, rr = _neighbours(r, j)
            if left is not None and left == rl and (right is None or rr is None or right == rr):
                return (w, x)
    return None


def page_sentences(doc: Any, texts: Any) -> Iterator[tuple[int, str]]:
    """A document's sentences, with the number of the page each is on (a page's text flattened
    to single spaces; no sentence runs across pages)."""
    for i, page in enumerate(texts.pages(doc.id)):
        for s in _REPORT_SENTENCE.split(" ".join(page.split())):
            yield i + 1, s


def _doc_sentences(doc: Any, texts: Any) -> list[tuple[int, str, set[str]]]:
    """A document's sentences: (page, sentence, its content words)."""
    return [
        (page, s, _content(_tokens(s)))
        for page, s in page_sentences(doc, texts)
        if 30 <= len(s) <= 600
    ]


# where a sentence's clauses part: "..., and found no delays in assessing children's needs"
_CLAUSE_CUT = lazyre.compile(r",\s+(?:and|but|while|which|who)\s+|;\s+|\s+but\s+|,\s+")


def _turned_in(
    said: str, printed: list[tuple[int, str, set[str]]]
) -> tuple[tuple[int, str], tuple[str, str], str] | None:
    """The document's sentence that the article's sentence `said` (or one of its clauses)
    shares most of its other words with, the word it turns and the words that turn it (the
    sentence or the clause); None when none turns."""
    pieces = [said, *(p for p in _CLAUSE_CUT.split(said) if p and p != said)]
    for piece in pieces:
        keys = _content(_tokens(piece))
        if len(keys) < 4:
            continue
        best, score = None, 0.0
        for page, s, theirs in printed:
            got = len(keys & theirs) / len(keys)
            if got > score:
                best, score = (page, s), got
        if best is None or score < 0.6:
            continue
        turn = turned(piece, best[1])
        if turn is not None:
            return best, turn, piece
    return None


def check_reversed(
    claims: list[Claim], article: str, record: RecordView, texts: Any
) -> list[Claim]:
    """Each supported claim whose sentence, against the sentence of the claim's document that
    shares most of its words, turns one word of judgement: contradicted over the sentence."""
    if texts is None:
        return claims
    sentences = T.sentences(article)
    out = list(claims)
    done: set[int] = set()
    read: dict[Any, list[tuple[int, str, set[str]]]] = {}  # each document's sentences, read once
    for c in claims:
        if c.type not in _KINDS or c.verdict != S or not c.evidence:
            continue
        docs = {e.path for e in c.evidence}
        doc = view_doc(record, next(iter(docs))) if len(docs) == 1 else None
        sent = next((s for s in sentences if s.start <= c.start < s.end), None)
        if doc is None or sent is None or sent.start in done or sent.end - sent.start > 320:
            continue
        said = article[sent.start : sent.end]
        if doc.id not in read:
            read[doc.id] = _doc_sentences(doc, texts)
        found = _turned_in(said, read[doc.id])
        if found is None:
            continue
        best, turn, piece = found
        done.add(sent.start)
        start = sent.start + said.index(piece)
        end = start + len(piece.rstrip(" .!?\"'”’"))
        if piece.rstrip().endswith(("”", '"', "’", "'")):
            end = start + len(piece.rstrip())  # (a quotation closing it stays whole)
        wrong = replace(
            c,
            start=start,
            end=end,
            text=article[start:end],
            verdict=C,
            explanation=(
                f"Page {best[0]} of {doc.path.rsplit('/', 1)[-1].removesuffix('.pdf')} says it "
                f"the other way round: '{turn[1]}', not '{turn[0]}'."
            ),
            evidence=[Evidence(doc.path, best[0], best[1])],
        )
        out = [
            wrong if x is c else x
            for x in out
            if x is c or not (start <= x.start and x.end <= end and x.verdict == S)
        ]
    return out
