"""claims/lazyre.py: patterns compiled on first use behave as compiled ones, and no code in the
package compares a match's pattern by identity with a stand-in (a match's `re` is the compiled
pattern, so `m.re is STAND_IN` would always be false: it once dropped every count of
recommendations read by `_REC_COUNT_OTHER`)."""

from __future__ import annotations

import re
from pathlib import Path

from ilacs.claims import lazyre

CLAIMS = Path(lazyre.__file__).parent


def test_a_stand_in_matches_as_the_compiled_pattern_does():
    stand_in = lazyre.compile(r"(?P<n>\d+)\s+recommendations", re.I)
    compiled = re.compile(r"(?P<n>\d+)\s+recommendations", re.I)
    text = "Ofsted made 12 Recommendations and 3 recommendations more."
    assert [m.span() for m in stand_in.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    assert stand_in.search(text).group("n") == "12"
    assert stand_in.sub("N", text) == compiled.sub("N", text)
    assert stand_in.pattern == compiled.pattern and stand_in.flags == compiled.flags
    assert stand_in.groupindex == {"n": 1}
    # with a start and end, as the checker calls them
    assert stand_in.search(text, 20).span() == compiled.search(text, 20).span()


def test_no_identity_checks_against_lazily_compiled_patterns():
    lazy: dict[str, set[str]] = {}
    for path in CLAIMS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        lazy[path.name] = set(
            re.findall(r"(?m)^([A-Za-z_]\w*)(?:: [^=\n]+)? = lazyre\.compile\(", source)
        )
    every = set().union(*lazy.values())
    wrong = []
    for path in CLAIMS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for m in re.finditer(r"\.re\s+(?:is(?:\s+not)?|(?:not\s+)?in)\s+\(?([^:\n]+)", source):
            named = set(re.findall(r"\b[A-Za-z_]\w*\b", m.group(1))) & every
            if named:
                wrong.append((path.name, source[: m.start()].count("\n") + 1, sorted(named)))
    assert not wrong, wrong
    # and the identity checks there are do compare compiled patterns
    assert any(".re is _REC_COUNT_OTHER" in p.read_text() for p in CLAIMS.glob("*.py"))
