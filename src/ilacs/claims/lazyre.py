"""Regular expressions compiled the first time they are used, not when their module is
imported.

The claims stage holds some four hundred patterns, one table of words per reading, and an
article uses about half of them; compiling all of them at import was a third of `ilacs
check`'s time on a short article (issue 10 asks for under a second, CLI process included).
`compile(pattern, flags)` returns a stand-in that compiles on its first use and from then on
hands out the compiled pattern's own methods (held on the instance, so a call costs what it
costs on a compiled pattern). Typed as `re.Pattern[str]`: it has every attribute of one; only
`re.search(stand_in, ...)` and the like, which want a real pattern or a string, must not be
given it (the patterns of this package are used by their methods), and a pattern whose matches
are told apart by `m.re is PATTERN` must be compiled with `re.compile`: a match's `re` is the
compiled pattern, never the stand-in (tests/test_lazyre.py checks the package for both).
"""

from __future__ import annotations

import re
from typing import Any, cast

# the attributes of a compiled pattern copied onto the stand-in when it compiles
_ATTRS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Deferred:
    """A pattern and its flags, compiled on first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # called only for attributes not yet on the instance: the first use
        if name.startswith("__") or name == "_args":
            raise AttributeError(name)
        compiled = re.compile(*self._args)
        for attr in _ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self._args[0]!r}, {self._args[1]!r})"


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001
    """`re.compile(pattern, flags)`, deferred to the pattern's first use."""
    return cast(re.Pattern[str], _Deferred(pattern, int(flags)))
