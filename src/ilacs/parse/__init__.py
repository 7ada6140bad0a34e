"""Text -> Report. One module per kind or era, each a pure function of the document's text.

`parse_text(text)` recognises what a document is and hands it to the module that reads that
kind. Each module exposes `claims(text) -> bool` (is this mine?) and `parse(text) -> Report`.
Pages are joined with form feeds ("\\f") so a parser can tell page breaks when it must.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ilacs.model import Report
from ilacs.parse import ilacs, letters, pre_sif, sif
from ilacs.parse.common import clean

# Order matters: letters are recognised by their own opening lines before any full-report
# template is tried, and the SIF family before the pre-2013 one.
PARSERS = (letters, ilacs, sif, pre_sif)


def _version() -> str:
    """A digest of the reading code itself, so any change to it re-parses stored documents."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for f in sorted([*here.glob("*.py"), here.parent / "pdf.py", here.parent / "model.py"]):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


PARSER_VERSION = _version()


def parse_text(text: str) -> Report:
    """Recognise the kind of document and read it. Raises ParseError on a malformed one."""
    text = clean(text)
    if len(re.sub(r"\s", "", text)) < 200:
        return Report(kind="not_a_report", reason="the file has no text to read (scanned or empty)")
    for module in PARSERS:
        if module.claims(text):
            return module.parse(text)
    if re.search(r"\bOfsted\b", text):
        return Report(kind="other", reason="an Ofsted document of a kind ilacs does not read")
    return Report(kind="not_a_report", reason="no Ofsted report or letter was recognised")


def parse_pages(pages: list[str]) -> Report:
    """Convenience for callers holding per-page text (as ilacs.pdf returns it)."""
    return parse_text("\f".join(pages))
