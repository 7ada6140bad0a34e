"""Themes of recommendations (taxonomy of ../shared/themes/taxonomy.md) and what came of them."""

from ilacs.themes.classify import THEMES, VERSION, classify

__all__ = ["THEMES", "VERSION", "classify"]
