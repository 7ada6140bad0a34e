"""Shared fixtures: where ../shared is, and real corpus documents read through ilacs.pdf."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "reports"
LETTERS = SHARED / "letters" / "pdfs"


# Fixtures that read the real reports: a test using one is marked `corpus`.
CORPUS_FIXTURES = {"shared", "corpus_db", "corpus_record", "small_db", "small_record", "web_db"}
# What a test module that reads ../shared itself names.
CORPUS_NAMES = re.compile(r"\b(corpus_text|letter_text|CORPUS|LETTERS|SHARED)\b")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--browser",
        action="store_true",
        help="also run the browser tests (Debian's chromium, headless; .ci/run does)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives a real browser (opt-in: --browser)")
    config.addinivalue_line(
        "markers", "corpus: reads the real reports in ../shared (deselect: -m 'not corpus')"
    )


@functools.cache
def _reads_shared(module_file: str) -> bool:
    return bool(CORPUS_NAMES.search(Path(module_file).read_text(encoding="utf-8")))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    browser = config.getoption("--browser")
    for item in items:
        if item.get_closest_marker("browser") and not browser:
            item.add_marker(pytest.mark.skip(reason="a browser test: run pytest --browser"))
        fixtures = set(getattr(item, "fixturenames", ()))
        module = getattr(getattr(item, "module", None), "__file__", None)
        if fixtures & CORPUS_FIXTURES or (module and _reads_shared(module)):
            item.add_marker(pytest.mark.corpus)


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
