"""Checking a short article written in a test: `ilacs check --format json` through the CLI, or
`check_article` in this process over one record loaded once, and the claim that holds some
words."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from ilacs.claims.check import check_article, load_record, make_texts
from ilacs.cli import main


def check_file(path: Path, db: Path, text: str, as_of: str) -> dict:
    """`ilacs check --format json` of `text`, written to `path`, as of `as_of` (the whole JSON)."""
    path.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(
        main, ["check", str(path), "--db", str(db), "--format", "json", "--as-of", as_of]
    )
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def check_text(tmp_path: Path, db: Path, text: str, as_of: str) -> list[dict]:
    """The claims `ilacs check` finds in `text` as of `as_of` (the JSON contract's list)."""
    return check_file(tmp_path / "article.txt", db, text, as_of)["claims"]


def claim_with(claims: list[dict], words: str) -> dict:
    """The first claim whose text holds `words` (failing with every claim's text if none)."""
    hits = [c for c in claims if words in c["text"]]
    assert hits, f"no claim holds {words!r}: {[c['text'] for c in claims]}"
    return hits[0]


def contradicted(claims: list[dict]) -> list[dict]:
    """The claims called contradicted."""
    return [x for x in claims if x["verdict"] == "contradicted"]


Found = list[tuple[str, str, str]]


@contextmanager
def in_process_checker(db: Path) -> Iterator[Callable[[str, date], Found]]:
    """`run(text, as_of)`: the (type, text, verdict) of each claim of `text` given a verdict, the
    record of `db` loaded once for every call; the report texts are closed after."""
    record, texts = load_record(db), make_texts(db)

    def run(text: str, as_of: date) -> Found:
        result = check_article(text, record, texts, as_of, "given")
        return [(c.type.value, c.text, c.verdict.value) for c in result.claims if c.verdict]

    try:
        yield run
    finally:
        texts.close()


def corpus_with_letters(corpus_db: Path, tmp: Path, names: Iterable[str]) -> Path:
    """A copy of the corpus database in the empty folder `tmp`, with the named letters of
    ../shared/letters/pdfs ingested into it too (every one must be read)."""
    from ilacs.ingest import ingest
    from tests.conftest import LETTERS

    db = tmp / "corpus_letters.db"
    shutil.copy(corpus_db, db)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    for name in names:
        shutil.copy(LETTERS / name, pdfs / name)
    summary = ingest(pdfs, db)
    assert summary.failed == 0, summary.errors
    return db


def verdicts(found: Found, words: str, kind: str | None = None) -> set[str]:
    """The verdicts of the claims (of `kind`, if given) whose text holds `words`; failing if
    there is none."""
    hits = {v for k, t, v in found if words in t and (kind is None or k == kind)}
    assert hits, (words, found)
    return hits
