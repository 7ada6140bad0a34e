"""Who or what a recommendation names (care leavers, independent reviewing officers, the
safeguarding board, neglect, key stage 4), and an article's account of it that names another
in the same place: 'information given to foster carers about their health histories' where the
report asks for 'information to care leavers about their health histories'.

Pure: text in, terms out. Two terms of this list are never a rewording of each other, so a
thing to improve that keeps a recommendation's frame but swaps one for another is a changed
fact, not the writer's words.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ilacs.claims import lazyre

# each term under one name, by the words reports and the press give it
_TERM_WORDS: dict[str, str] = {
    # children and young people
    "care leavers": r"care[- ]?leavers?|leaving care|left care|care[- ]experienced",
    "children in care": (
        r"(?:children|young people)(?: and young people)? (?:who are )?(?:newly |recently )?in "
        r"(?:our |its |their "
        r"|the council's |the local authority's )?care|looked[- ]after children|"
        r"children (?:and young people )?looked after"
    ),
    "disabled children": r"disabled|disabilit(?:y|ies)",
    "children in need": r"children in need|child in need",
    "unaccompanied children": r"unaccompanied|asylum[- ]seeking",
    "young carers": r"young carers?",
    "children aged 16 and 17": r"16[- ]? and 17|16[- ] or 17[- ]|16[- ]to[- ]17",
    # the people who care for them
    "foster carers": r"foster[- ]carers?|foster families|fostering households",
    "adopters": r"adopters?|adoptive (?:parents|families)",
    "special guardianship": r"special guardian(?:s|ship)",
    "private fostering": r"private(?:ly)? foster(?:ing|ed)",
    "kinship care": r"kinship|family and friends|connected (?:persons|carers)",
    "parents": r"parents",
    # the people who do the work
    "social workers": (
        r"social workers?|qualified (?:social )?workers?|practitioners|social work staff|"
        r"social care workforce|workforce|staff"
    ),
    "managers": (
        r"(?:team |frontline |front-line |first[- ]line |senior |middle )?managers|leaders|"
        r"practice supervisors"
    ),
    "independent reviewing officers": r"independent reviewing officers?|iros?",
    "personal advisers": r"personal advis[eo]rs?",
    "child protection chairs": r"(?:child protection |conference )+chairs?",
    "police": r"police",
    "schools": r"schools|teachers",
    # bodies and services
    "safeguarding board": (
        r"(?:local )?safeguarding children(?:'s)? (?:board|partnership)|lscb|"
        r"safeguarding partners(?:hip)?"
    ),
    "corporate parenting board": (
        r"corporate parenting (?:board|panel|committee)|corporate parents|elected members"
    ),
    "front door": (
        r"multi[- ]agency safeguarding hub|mash|front door|children's (?:services )?hub|"
        r"first response"
    ),
    "designated officer": r"(?:local authority )?designated officer|lado",
    "virtual school": r"virtual school",
    "early help": r"early help|early intervention",
    "pre-proceedings": r"pre[- ]?proceedings|public law outline",
    "out of hours": r"out[- ]of[- ]hours|emergency duty|edt",
    "children in care council": r"children in care council|youth council",
    # harms
    "neglect": r"neglect(?:ed|ful)?",
    "domestic abuse": r"domestic (?:abuse|violence)",
    "exploitation": (
        r"exploit(?:ation|ed)|cse|cce|county lines|gangs?|(?:serious )?youth violence"
    ),
    "going missing": r"(?:go|goes|going|gone|went|are|is|were|was) missing|missing from",
    "homelessness": r"homeless(?:ness)?",
    "sexual abuse": r"sexual abuse|harmful sexual behaviours?",
    "radicalisation": r"radicali[sz](?:ation|ed)",
}
_TERMS = lazyre.compile(
    "|".join(rf"(?P<t{i}>\b(?:{words})\b)" for i, words in enumerate(_TERM_WORDS.values())),
    re.I,
)
_NAMES = list(_TERM_WORDS)
# a number a recommendation gives after the same words ('particularly at key stage 4')
_NUMBER = lazyre.compile(r"\d+")
# ('(outcome 3, national framework)': the tag of a 2026 report's recommendation)
_TAG = lazyre.compile(r"\((?:outcome|enabler)[^)]*\)|\(?national framework[^)]*\)?")
_TOKEN = lazyre.compile(r"[a-z0-9]+")
# words that carry no meaning of their own in a thing to improve
_SMALL = frozenset(
    w[:5]
    for w in """a an the of for to in on at by with and or from that which who whom its their his her
    our this these those be is are was were it they them all some any more most better
    improve improving improved ensure ensuring make making sure about so given""".split()
)


@dataclass(frozen=True)
class Swap:
    """The term the article names and the one the recommendation has in its place."""

    said: str
    own: str


def _tokens(text: str) -> list[str]:
    """`text` as words, each term one token ('<care leavers>') and each number '#N'."""
    out: list[str] = []
    at = 0
    low = _TAG.sub(" ", text.lower())
    for m in _TERMS.finditer(low):
        out += _plain_tokens(low[at : m.start()])
        name = _NAMES[int(next(k for k, v in m.groupdict().items() if v)[1:])]
        out.append(f"<{name}>")
        at = m.end()
    out += _plain_tokens(low[at:])
    return out


def _plain_tokens(text: str) -> list[str]:
    return [f"#{w}" if _NUMBER.fullmatch(w) else w[:5] for w in _TOKEN.findall(text)]


def terms(text: str) -> set[str]:
    """The terms `text` names."""
    return {t[1:-1] for t in _tokens(text) if t.startswith("<")}


def _content(tokens: list[str]) -> int:
    return sum(1 for t in tokens if t not in _SMALL)


def _marked(tokens: list[str]) -> set[str]:
    return {t for t in tokens if t.startswith(("<", "#"))}


@dataclass(frozen=True)
class _Aligned:
    """An item's words set against one recommendation's: the steps from one to the other and
    how many words of meaning they share, in order."""

    said: list[str]
    own: list[str]
    ops: Sequence[tuple[str, int, int, int, int]]
    shared: int


def _align(said: list[str], own: list[str]) -> _Aligned:
    ops = difflib.SequenceMatcher(None, said, own, autojunk=False).get_opcodes()
    shared = sum(_content(said[i1:i2]) for tag, i1, i2, _, _ in ops if tag == "equal")
    return _Aligned(said, own, ops, shared)


def swapped(item: str, rec: str, *, in_place: bool = False) -> Swap | None:
    """The one term of the item that stands where the recommendation has another: between
    words the two share (two words of meaning next to it, or three in all and most of the
    item's), or, out of place, in an item whose words of meaning are nearly all the
    recommendation's. None when the item names the recommendation's term too, or the
    recommendation the item's (a list may join them). With `in_place`, only the first: the
    term between words the two share."""
    return _swap_of(_align(_tokens(item), _tokens(rec)), in_place=in_place)


def swap_in(item: str, recs: list[str]) -> tuple[Swap, str] | None:
    """The recommendation of a report whose frame the item keeps with one term swapped for
    another (`swapped`), and the swap: only when one recommendation has it, none holds more
    of the item's words (the item is that one's, in the writer's words: 'young people leaving
    care' for its 'all young people'), and none names the item's term (a list may join two
    recommendations, or name one's people in another's words). Each recommendation is read
    and aligned once."""
    said = _tokens(item)
    aligned = [_align(said, _tokens(r)) for r in recs]
    found = [(sw, k) for k, a in enumerate(aligned) if (sw := _swap_of(a)) is not None]
    if len(found) != 1:
        return None
    swap, k = found[0]
    if max(a.shared for a in aligned) > aligned[k].shared:
        return None
    if any(swap.said in {_name(t) for t in _marked(a.own)} for a in aligned):
        return None
    return swap, recs[k]


def _swap_of(pair: _Aligned, *, in_place: bool = False) -> Swap | None:
    """`swapped`, on an item and a recommendation already aligned."""
    said, own, ops, shared = pair.said, pair.own, pair.ops, pair.shared
    said_only = _marked(said) - _marked(own)
    own_only = _marked(own) - _marked(said)
    # the runs of words that differ, each between two runs the two share
    blocks: list[tuple[int, int, int, int, int]] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        if blocks and blocks[-1][0] == k - 1:
            _, a1, _, b1, _ = blocks.pop()
            blocks.append((k, a1, i2, b1, j2))
        else:
            blocks.append((k, i1, i2, j1, j2))
    for _, i1, i2, j1, j2 in blocks:
        ours = set(said[i1:i2]) & said_only
        # (one term for another, with a word or two around it: not a clause for a clause)
        if len(ours) != 1 or abs((i2 - i1) - (j2 - j1)) > 3:
            continue
        (a,) = ours
        # (a term for a term, a number for a number)
        theirs = {t for t in own[j1:j2] if t[0] == a[0]} - _marked(said[i1:i2])
        if len(theirs) != 1:
            continue
        (b,) = theirs
        # a number only in place of a number right after the same words ('key stage 2')
        if a[0] == "#" and (i2 - i1 != 1 or j2 - j1 != 1):
            continue
        rest = _content(said) - _content(said[i1:i2])
        left = [t for t in said[:i1] if t not in _SMALL][-3:]
        right = [t for t in said[i2:] if t not in _SMALL][:3]
        near = len(left) + len(right)
        if b not in own_only and not (left and right and near >= 4):
            # (the item names the recommendation's term elsewhere: only in a frame held on
            # both sides, 'the stability of its foster carers so that children experience
            # fewer changes of social worker')
            continue
        if in_place and not (left and right):
            # (a passage's sentence: the term must stand between words both say)
            continue
        if (near >= 2 and shared >= max(2, 0.5 * rest)) or (shared >= 3 and shared >= 0.6 * rest):
            return Swap(_name(a), _name(b))
    said_terms = {t for t in said_only if t[0] == "<"}
    own_terms = {t for t in own_only if t[0] == "<"}
    if not in_place and len(said_terms) == 1 and len(own_terms) == 1:
        rest = _content([t for t in said if t not in said_terms])
        if shared >= 3 and shared >= 0.7 * rest:
            return Swap(_name(next(iter(said_terms))), _name(next(iter(own_terms))))
    return None


def _name(token: str) -> str:
    return token[1:-1] if token.startswith("<") else token[1:]
