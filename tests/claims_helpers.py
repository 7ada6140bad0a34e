"""Checking a short article written in a test: `ilacs check --format json` through the CLI, or
`check_article` in this process over one record loaded once, the claim that holds some words,
and the common shape of a claim that holds and an altered copy of it that is caught."""

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


def held_then_caught(
    tmp_path: Path,
    db: Path,
    text: str,
    as_of: str,
    words: str | tuple[str, ...],
    *,
    altered: tuple[str, str] | str,
    kind: str | None = None,
    caught: str | tuple[str, ...] | None = None,
    none_contradicted: bool = True,
    still_held: tuple[str, ...] = (),
) -> list[dict]:
    """The shape of most claim tests: a true article whose claims hold, then a copy of it with
    one fact altered, whose claim is caught. Returns the claims of `text`, for a test to assert
    more of them.

    - `text` is checked as of `as_of`: the claim holding `words` (each of them, when a tuple) is
      supported, and of `kind` ("rank", "count", "grade" ...) when given; and, if
      `none_contradicted`, no claim of `text` is contradicted.
    - The altered copy is `text.replace(old, new)` for `altered=(old, new)` (`old` must occur in
      `text`), or `altered` itself when it is a str: a whole article of its own. It is checked as
      of the same day: the claim holding `caught` (each of them, when a tuple) is contradicted,
      and of `kind` when given; the claim holding each of `still_held` is still supported.
    - `caught` is by default the first of `words`, with `old` replaced by `new` where it occurs
      in them (`"the eighth"`, altered `("eighth", "ninth")`, is caught as `"the ninth"`)."""
    held = (words,) if isinstance(words, str) else words
    claims = check_text(tmp_path, db, text, as_of)
    for w in held:
        c = claim_with(claims, w)
        assert c["verdict"] == "supported", c
        assert kind is None or c["type"] == kind, c
    if none_contradicted:
        assert not contradicted(claims), claims
    if isinstance(altered, str):
        wrong_text, default = altered, held[0]
    else:
        old, new = altered
        assert old in text, (old, text)
        wrong_text, default = text.replace(old, new), held[0].replace(old, new)
    assert wrong_text != text, "the altered copy is the article itself"
    wrong = check_text(tmp_path, db, wrong_text, as_of)
    if caught is None:
        caught = default
    for w in (caught,) if isinstance(caught, str) else caught:
        c = claim_with(wrong, w)
        assert c["verdict"] == "contradicted", c
        assert kind is None or c["type"] == kind, c
    for w in still_held:
        c = claim_with(wrong, w)
        assert c["verdict"] == "supported", c
    return claims


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


def filled_held_then_caught(
    check: Callable[[str, date], Found],
    said: str,
    day: date,
    held: tuple[str, str],
    caught: tuple[str, str],
    kind: str | None = None,
    *,
    supported: bool = True,
) -> None:
    """`said` with `held[0]` put in: its claim holding `held[1]` supported (or, with
    `supported=False`, not contradicted); with `caught[0]` put in: its claim holding
    `caught[1]` contradicted (of `kind`, when given). `check` is an `in_process_checker` run."""
    found = verdicts(check(said.format(held[0]), day), held[1], kind)
    if supported:
        assert found == {"supported"}
    else:
        assert "contradicted" not in found
    assert verdicts(check(said.format(caught[0]), day), caught[1], kind) == {"contradicted"}
