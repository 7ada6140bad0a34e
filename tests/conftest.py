"""Shared fixtures: where ../shared is, and real corpus documents read through ilacs.pdf."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "reports"
LETTERS = SHARED / "letters" / "pdfs"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read the corpus from ../shared beside the repo")
    return path


@functools.lru_cache(maxsize=256)
def corpus_text(relpath: str) -> str:
    """The text of a corpus report (path as in files.csv), pages joined by form feeds."""
    from ilacs.pdf import pdf_pages

    path = _need(CORPUS / relpath)
    return "\f".join(pdf_pages(path.read_bytes(), str(path)))


@functools.lru_cache(maxsize=256)
def letter_text(name: str) -> str:
    """The text of a letter in ../shared/letters/pdfs, pages joined by form feeds."""
    from ilacs.pdf import pdf_pages

    path = _need(LETTERS / name)
    return "\f".join(pdf_pages(path.read_bytes(), str(path)))


@pytest.fixture(scope="session")
def shared() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """A database of the whole corpus (all 497 files, files.csv applied), built once a session."""
    from ilacs.ingest import ingest

    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    summary = ingest(_need(CORPUS), db)
    assert summary.failed == 0, summary.errors
    return db


@pytest.fixture(scope="session")
def corpus_record(corpus_db):
    """The corpus database read into the analysis' record (frozen: shared by the tests)."""
    from ilacs.analyse import Record

    return Record.load(corpus_db)
