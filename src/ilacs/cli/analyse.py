"""Commands of this group are being written; see the issues."""

from __future__ import annotations

commands: list = []
