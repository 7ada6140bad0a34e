"""Placeholder: the sif reader is being written (see issue 3)."""

from __future__ import annotations

from ilacs.errors import ParseError
from ilacs.model import Report


def claims(text: str) -> bool:
    return False


def parse(text: str) -> Report:
    raise ParseError("not implemented")
