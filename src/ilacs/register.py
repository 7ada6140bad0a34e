"""The register of English local authorities (LAs) with children's services, 2012 to today.

One row per council in `data/las.csv`: the 153 councils of 2026 and the councils abolished since
2012 (Bournemouth, Poole, Dorset County Council, Northamptonshire, Cumbria), each with its Ofsted
URN, ONS code, ONS region, the dates it existed and its successors.

    >>> from ilacs import register
    >>> register.find("London Borough of Bromley").urn
    80490
    >>> len(register.all_las(date(2019, 8, 31)))
    151
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ilacs.errors import NotFound

DATA = Path(__file__).parent / "data" / "las.csv"

REGIONS = (
    "North East",
    "North West",
    "Yorkshire and The Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
)


@dataclass(frozen=True)
class LA:
    """A council with children's services. `start`/`end` are None where it existed throughout."""

    urn: int | None
    name: str
    ons_code: str
    region: str
    start: date | None = None
    end: date | None = None
    successors: tuple[int, ...] = ()
    aliases: tuple[str, ...] = ()
    former_ons_codes: tuple[str, ...] = ()
    notes: str = ""

    def exists_on(self, day: date) -> bool:
        """Whether the council had children's services on `day`."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def abolished(self) -> bool:
        return self.end is not None

    @property
    def label(self) -> str:
        """The name with the URN, for messages."""
        return f"{self.name} ({self.urn})" if self.urn else self.name


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(";") if p.strip())


@functools.cache
def _records() -> tuple[LA, ...]:
    rows = []
    with DATA.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append(
                LA(
                    urn=int(r["urn"]) if r["urn"].strip() else None,
                    name=r["name"].strip(),
                    ons_code=r["ons_code"].strip(),
                    region=r["region"].strip(),
                    start=_date(r["start"]),
                    end=_date(r["end"]),
                    successors=tuple(int(u) for u in _split(r["successors"])),
                    aliases=_split(r["aliases"]),
                    former_ons_codes=_split(r["former_ons_codes"]),
                    notes=r["notes"].strip(),
                )
            )
    return tuple(rows)


def everything() -> list[LA]:
    """Every council in the register, current and abolished."""
    return list(_records())


def all_las(at: date | None = None) -> list[LA]:
    """The councils that had children's services on date `at` (today's councils when None)."""
    day = at or date.today()
    return [la for la in _records() if la.exists_on(day)]


@functools.cache
def _by_urn() -> dict[int, LA]:
    return {la.urn: la for la in _records() if la.urn is not None}


def by_urn(urn: int | str) -> LA:
    """The council with this Ofsted URN; NotFound if the register has none."""
    try:
        la = _by_urn().get(int(str(urn).strip()))
    except ValueError:
        la = None
    if la is None:
        raise NotFound(f"no LA in the register has URN {urn}")
    return la


def successors(la: LA) -> list[LA]:
    """The councils that took over from `la` (empty for a council that still exists)."""
    return [by_urn(u) for u in la.successors]


def predecessors(la: LA) -> list[LA]:
    """The councils that `la` took over from (Poole and Bournemouth for BCP, ...)."""
    return [p for p in _records() if la.urn is not None and la.urn in p.successors]


def lineage(la: LA) -> list[LA]:
    """`la` with every council linked to it by a boundary change, oldest first.

    Northamptonshire's lineage is Northamptonshire, North and West Northamptonshire; North
    Northamptonshire's is the same three.
    """
    seen: dict[str, LA] = {}
    todo = [la]
    while todo:
        cur = todo.pop()
        if cur.ons_code in seen:
            continue
        seen[cur.ons_code] = cur
        todo.extend(successors(cur))
        todo.extend(predecessors(cur))
    return sorted(seen.values(), key=lambda x: (x.start or date.min, x.name))


# --- finding a council from what a person typed -------------------------------------------------

_PREFIXES = (
    "the ",
    "london borough of ",
    "royal borough of ",
    "metropolitan borough of ",
    "borough of ",
    "council of the ",
    "county of ",
    "city of ",
)
_SUFFIXES = (
    " metropolitan borough council",
    " metropolitan district council",
    " county borough council",
    " borough council",
    " district council",
    " county council",
    " city council",
    " council",
    " childrens services",
    " children s services",
    " local authority",
)


def _norm(text: str) -> str:
    """Lower case, '&' as 'and', 'St.'/'Saint' as 'st', punctuation as spaces."""
    t = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    t = t.replace("&", " and ").replace("'", "")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    t = re.sub(r"\bsaint\b", "st", t)
    return " ".join(t.split())


def _strip(key: str) -> str:
    """Drop 'London Borough of', 'City Council' and the like, keeping what names the place."""
    changed = True
    while changed:
        changed = False
        for p in _PREFIXES:
            # "City of London" names the place itself: keep it whole.
            if key.startswith(p) and key != "city of london" and len(key) > len(p):
                key, changed = key[len(p) :], True
        for s in _SUFFIXES:
            if key.endswith(s) and len(key) > len(s):
                key, changed = key[: -len(s)], True
    return key


@functools.cache
def _keys() -> dict[str, tuple[LA, ...]]:
    """Every normalised name and alias (whole and stripped) -> the councils it names."""
    keys: dict[str, list[LA]] = {}
    for la in _records():
        for name in (la.name, *la.aliases):
            for k in {_norm(name), _strip(_norm(name))}:
                if la not in keys.setdefault(k, []):
                    keys[k].append(la)
    return {k: tuple(v) for k, v in keys.items()}


def _pick(candidates: tuple[LA, ...]) -> LA:
    # Where an old and a new council share a name (Dorset), today's council wins.
    current = [la for la in candidates if la.end is None]
    return (current or list(candidates))[0]


def _ratios(key: str) -> list[tuple[float, str]]:
    """Every key scored against `key`: spelling similarity, raised where `key` is a whole
    word or words of it ('kingston' in 'kingston upon thames')."""
    scored = []
    for k in _keys():
        score = difflib.SequenceMatcher(None, key, k).ratio()
        if key and re.search(rf"\b{re.escape(key)}\b", k):
            score = max(score, 0.9 + 0.05 * len(key) / len(k))
        scored.append((score, k))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return scored


def suggest(text: str, n: int = 5) -> list[LA]:
    """The `n` councils whose names are nearest to `text`, best first."""
    key = _strip(_norm(text))
    out: list[LA] = []
    for _, k in _ratios(key):
        for la in _keys()[k]:
            if la not in out:
                out.append(la)
        if len(out) >= n:
            break
    return out[:n]


def find(text: str | int) -> LA:
    """The council a person meant: a URN, ONS code, name or alias, forgiving of case,
    'London Borough of' / 'City Council', '&'/'and' and small typos.

    Raises NotFound naming the nearest councils when nothing is close enough.
    """
    raw = str(text).strip()
    if not raw:
        raise NotFound("no LA name given")
    if raw.isdigit():
        return by_urn(raw)
    if re.fullmatch(r"[EeWw]\d{8}", raw):
        code = raw.upper()
        for la in _records():
            if la.ons_code == code or code in la.former_ons_codes:
                return la
    keys = _keys()
    whole = _norm(raw)
    if whole in keys:
        return _pick(keys[whole])
    key = _strip(whole)
    if key in keys:
        return _pick(keys[key])
    ratios = _ratios(key)
    if ratios:
        best, k = ratios[0]
        second = next((r for r, k2 in ratios[1:] if set(keys[k2]) != set(keys[k])), 0.0)
        # Close enough, and clearly closer than any other council ("Kingston" is not).
        if (best >= 0.85 and best - second >= 0.05) or (best >= 0.75 and best - second >= 0.1):
            return _pick(keys[k])
    near = ", ".join(la.label for la in suggest(raw, 5))
    raise NotFound(f"no LA called {raw!r}; nearest: {near}")
