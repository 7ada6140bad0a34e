"""A finding said the other way round: "a focused visit in June 2021, when inspectors found that
children in care experienced unstable placements", where the letter of that visit says "children
in care experience stable placements".

An article's account of what a dated visit or inspection found is read as a thing (its words of
meaning: "children in care", "placements") and a judgement of it, one way or the other ("stable",
"improved", "strong" against "unstable", "deteriorated", "weak"). The document the sentence dates
is searched for clauses on the same thing. When every such clause that judges it judges it the
other way, and none the article's way, the account is contradicted; otherwise ilacs says
nothing of it (a paraphrase is supported elsewhere, by its words, or left alone).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Evidence, Verdict

# Words that judge a thing well or badly, as articles and letters put it.
_GOOD = frozenset(
    """strong stronger strengthened robust effective effectively good well better improve improved
    improving improves appropriate appropriately swift swiftly timely prompt promptly
    consistent consistently stable secure securely thorough""".split()
)
_BAD = frozenset(
    """weak weaker weakened weakness weaknesses poor poorly ineffective inconsistent
    inconsistently variable unstable instability deteriorated deteriorating deterioration
    declined declining worsened worse delays delay delayed slow failing inadequate
    insufficient unsafe drift""".split()
)
# Words before a judgement (within three) that turn it round: 'not always timely', 'failing to
# respond properly', 'no longer weak'
_TURNING = frozenset("not no never nor without lack lacking failing failed fail unable".split())
# Of those, the words that say a thing changed: an article's 'had deteriorated' is weighed
# against what the letter says of change ('has improved since the last inspection'), not
# against how well the thing is done
_CHANGE = frozenset(
    """strengthened better improve improved improving improves weakened deteriorated deteriorating
    deterioration declined declining worsened worse""".split()
)
# 'continued to improve' judges; 'needs to improve' asks
_IMPROVE = frozenset("improve".split())
# Words that say who found or said it, or are in every sentence of a letter: no part of the thing.
_NOT_THE_THING = frozenset(
    """a an the this that these those there their its it they them he she his her our we is are
    was were be been being has have had do does did will would can could may might of to in on
    at by for with from as and or but so also which who whom whose what when where while than
    then very now still such into about over through found find finds said say says described
    describes noted judged rated considered identified highlighted reported concluded saw seen
    inspectors inspector ofsted letter report visit visits inspection council councils authority
    local borough city county s children child young people services service earlier previous
    last first focused monitoring""".split()
)
# The same thing in other words: an article's 'handling of contacts' is a letter's 'response to
# contacts'; 'teenagers' are 'children aged 16 and 17'.
_SAME_THING = {
    "handli": {"respon"},
    "teenag": {"16", "17", "adoles"},
    "adoles": {"teenag", "16", "17"},
}
# Where a letter's sentence turns from one finding to another.
_CLAUSE_CUT = lazyre.compile(
    # (not at a bare comma: 'Arrangements for children aged 16 and 17 who present as homeless,
    # or who become homeless shortly after being referred, are weak')
    r"[;:()]|\s[–—-]\s|\b(?:while|whilst|although|though|but|however|whereas|despite|and\s+(?=some|"
    r"other|not|too|for\s+some))\b",
    re.IGNORECASE,
)
# The kinds of letter an article's sentence names.
_LETTER_NAMED = lazyre.compile(
    r"\b(?:focused\s+visit|monitoring\s+visit|joint\s+(?:targeted\s+)?(?:area\s+)?inspection|JTAI)",
    re.IGNORECASE,
)
# The finding in the article's clause: after the last 'found (that)' or 'when', before a
# second thing it says ('and described the council as ...')
_FINDING_CUE = lazyre.compile(
    r"\b(?:found|find|finds|concluded|noted|warned|judged|saw)\s+(?:that\s+)?|\bwhen\s+(?!inspectors\b)",
    re.IGNORECASE,
)
_FINDING_END = lazyre.compile(
    r",|\s+and\s+(?:described|said|found|noted|praised|called|rated|judged)\b|\s[–—-]\s",
    re.IGNORECASE,
)
_WORD = lazyre.compile(r"[^\W_]+", re.UNICODE)


def _key(word: str) -> str:
    """A word's first six letters without a plural's 's': 'placements' and 'placement' are
    one, 'place' another."""
    return word.removesuffix("s")[:6]


def _marks(words: list[str], change: bool | None = None) -> set[int]:
    """The ways the words judge (+1 well, -1 badly), each judgement turned round by a turning
    word among the three before it; with `change`, only words that say a thing changed (True)
    or only those that do not (False)."""
    out = set()
    for i, w in enumerate(words):
        sign = 1 if w in _GOOD else -1 if w in _BAD else 0
        if not sign or (change is not None and (w in _CHANGE) != change):
            continue
        if w in _IMPROVE and i and words[i - 1] == "to" and (i < 2 or words[i - 2] != "continued"):
            continue
        if any(x in _TURNING or x.endswith("n't") for x in words[max(0, i - 3) : i]):
            sign = -sign
        out.add(sign)
    return out


def _thing(words: list[str]) -> set[str]:
    """The keys of the words that name what is judged."""
    return {
        _key(w)
        for w in words
        if w not in _NOT_THE_THING
        and w not in _GOOD
        and w not in _BAD
        and w not in _TURNING
        and not w.isdigit()
        and len(w) > 2
    }


def _hits(thing: set[str], keys: set[str]) -> int:
    return sum(1 for k in thing if k in keys or _SAME_THING.get(k, set()) & keys)


def _finding(said: str) -> str:
    """The words of the clause that tell what was found."""
    cues = list(_FINDING_CUE.finditer(said))
    at = cues[-1].end() if cues else 0
    end = _FINDING_END.search(said, at)
    return said[at : end.start() if end else len(said)]


def _dated_docs(sentence: str, urns: list[int], as_of: date, record: Any, texts: Any) -> list[Any]:
    """The letters or reports of the council whose visit the sentence dates (a month, or a year
    with the kind of letter named): none when it dates none."""
    from ilacs.claims.quotes import _LETTER_KINDS, _la_docs

    whens = [
        w
        for w in T.dates(sentence, as_of)
        if w.precision in ("month", "range", "day") or (w.precision == "year" and not w.relative)
    ]
    if not whens or not urns:
        return []
    letter = _LETTER_NAMED.search(sentence)
    # ('an earlier visit in July 2018': a letter's visit or an inspection's)
    either = not letter and re.search(r"\bvisit\b", sentence, re.IGNORECASE)
    docs: list[Any] = []
    letters: list[Any] = []
    for d in _la_docs(record, texts, urns[0]):
        start, end = getattr(d, "inspection_start", None), getattr(d, "inspection_end", None)
        if start is None:
            continue
        end = end or start
        is_letter = d.kind in _LETTER_KINDS
        if letter and not is_letter:
            continue
        for w in whens:
            if w.precision == "year" and not letter:
                continue  # a year alone may be any of a report's
            if start <= w.last and w.first <= end:
                if letter or either or d.kind == "inspection":
                    docs.append(d)
                elif is_letter:
                    letters.append(d)
                break
    # ("In November 2022 inspectors found ...", naming no kind of visit: a letter of that month,
    # when no inspection was then)
    return docs or letters


def _clauses(page: str) -> list[str]:
    """A page's clauses: its sentences, cut where they turn to another finding."""
    flat = " ".join(page.split())
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", flat):
        out.extend(p for p in _CLAUSE_CUT.split(sentence) if p and p.strip())
    return out


def check_turned(
    sentence: str, said: str, urns: list[int], as_of: date, record: Any, texts: Any
) -> tuple[Verdict, str, list[Evidence]] | None:
    """Contradicted when the document the sentence dates judges the thing the article's finding
    judges only the other way; else None."""
    words = _WORD.findall(_finding(said).lower())
    change = bool(set(words) & _CHANGE)
    marks = _marks(words, change)
    thing = _thing(words)
    if len(marks) != 1 or len(thing) < 2:
        return None
    said_sign = next(iter(marks))
    need = max(2, (len(thing) + 1) // 2)
    against: list[tuple[Any, int, str, int]] = []
    for d in _dated_docs(sentence, urns, as_of, record, texts):
        for p, page in enumerate(texts.pages(d.id)):
            for clause in _clauses(page):
                low = _WORD.findall(clause.lower())
                hits = _hits(thing, {_key(w) for w in low})
                if hits < need:
                    continue
                theirs = _marks(low, change)
                if said_sign in theirs:
                    return None  # the document says it the article's way too
                if theirs:
                    against.append((d, p + 1, clause.strip(), hits))
    if not against:
        return None
    d, page_no, clause, _ = max(against, key=lambda a: a[3])
    way = "well" if said_sign > 0 else "badly"
    return (
        Verdict.CONTRADICTED,
        f"The {d.kind.replace('_', ' ')} of {d.inspection_start} judges this the other way: the "
        f"article has it going {way}, page {page_no} says '{clause[:160]}'.",
        [Evidence(d.path, page_no, clause[:300])],
    )
