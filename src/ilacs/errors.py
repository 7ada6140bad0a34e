"""One error type per stage, each carrying the file or URL and a sentence a user understands."""

from __future__ import annotations


class IlacsError(Exception):
    """Base of every error ilacs raises on purpose; the CLI prints it as one line."""

    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class FetchError(IlacsError):
    """A page or file could not be fetched from Ofsted's site (or the stand-in)."""


class ReadError(IlacsError):
    """A file is not a readable PDF (HTML saved as .pdf, empty, truncated, encrypted...).

    `not_a_report` is true when the file is plainly something else (a web page, random bytes)
    rather than a damaged PDF: the first is skipped, the second is a failure to fix.
    """

    def __init__(self, message: str, source: str | None = None, not_a_report: bool = False):
        super().__init__(message, source)
        self.not_a_report = not_a_report


class ParseError(IlacsError):
    """The text of a document did not have the shape its parser expects."""


class StoreError(IlacsError):
    """The database could not be opened or written."""


class NotFound(IlacsError):
    """An LA, document or date asked for is not in the record."""


class InvalidOption(IlacsError):
    """An option given to an analysis (a date, a judgement, a framework...) is not one it takes.

    The CLI prints it as one line; the web answers it with a 400 page."""


class MissingExtra(IlacsError):
    """A feature needs an optional dependency that is not installed (the message names the
    extra to install)."""


class InvalidQuery(StoreError):
    """A search or its options cannot be run: bad query syntax, an unknown filter value."""
