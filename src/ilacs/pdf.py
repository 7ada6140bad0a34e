"""Bytes -> text per page. The only module that touches a PDF library (pypdfium2)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from ilacs.errors import ReadError

_HTML = re.compile(rb"^\s*(<!doctype html|<html|<\?xml|<head|<body)", re.IGNORECASE)


def sniff(data: bytes) -> str | None:
    """Why these bytes are plainly not a PDF, or None if they may be one."""
    if _HTML.match(data[:512]):
        title = re.search(rb"<title>(.*?)</title>", data[:20000], re.IGNORECASE | re.DOTALL)
        what = f" ({title.group(1).decode('utf-8', 'replace').strip()[:80]!r})" if title else ""
        return f"an HTML page saved with a .pdf name{what}, not a PDF"
    if b"%PDF-" not in data[:1024]:
        return "not a PDF (no %PDF- header)"
    return None


def pdf_pages(data: bytes, source: str | None = None) -> list[str]:
    """Text of each page. Raises ReadError naming the problem for anything unreadable."""
    if not data:
        raise ReadError("the file is empty (0 bytes)", source)
    problem = sniff(data)
    if problem:
        raise ReadError(problem, source, not_a_report=True)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower() or "security" in msg.lower():
            raise ReadError("the PDF is encrypted (password protected)", source) from e
        if b"%%EOF" not in data[-2048:]:
            raise ReadError(f"the PDF is truncated or damaged ({msg})", source) from e
        raise ReadError(f"the PDF cannot be read ({msg})", source) from e
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            # pdfium gives some printed hyphens (far-reaching, multi-agency) as U+FFFE, a
            # non-character that XML (xlsx) refuses and browsers show as a box.
            pages.append(textpage.get_text_range().replace("\ufffe", "-"))
            textpage.close()
            page.close()
        return pages
    except pdfium.PdfiumError as e:
        raise ReadError(f"a page of the PDF cannot be read ({e})", source) from e
    finally:
        doc.close()
