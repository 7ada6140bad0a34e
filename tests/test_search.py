"""`Store.search`, the one search of the CLI and the web: its query language, totals, pages and
errors, on five LAs' real reports (files.csv applied, so hits link to Ofsted's PDFs)."""

from __future__ import annotations

import csv
import re
import shutil

import pytest
from click.testing import CliRunner

from ilacs.cli import main as cli
from ilacs.errors import InvalidQuery
from ilacs.ingest import ingest, read_manifest
from ilacs.store import SearchFilters, Store, parse_query

from .conftest import CORPUS

LAS = ("80490_bromley", "80479_knowsley", "80566_sunderland", "80432_bolton", "80418_norfolk")
BROMLEY_2019 = "80490_bromley/children's services inspection - 07 january 2019.pdf"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("search") / "reports"
    for la in LAS:
        shutil.copytree(CORPUS / la, root / la)
    db = root.parent / "ilacs.db"
    summary = ingest(root, db, manifest=read_manifest(CORPUS), workers=2)
    assert (summary.parsed, summary.not_a_report, summary.failed) == (19, 1, 0)
    return db


@pytest.fixture(scope="module")
def store(db):
    with Store.open_readonly(db) as s:
        yield s


def _docs_with(store: Store, pattern: str) -> set[str]:
    """Paths of the documents with a page matching a regex: the search's answer, worked out
    without it."""
    rx = re.compile(pattern, re.I)
    return {d["path"] for d in store.documents() if any(rx.search(p) for p in store.pages(d["id"]))}


def _paths(found) -> set[str]:
    return {h["path"] for h in found.hits}


def test_or_finds_either_word(store):
    # Was nothing: every word was quoted as one literal phrase "covid OR pandemic".
    found = store.search("covid OR pandemic", limit=50)
    assert found.total == 5
    assert _paths(found) == _docs_with(store, r"\bcovid|\bpandemic")
    assert {h["la_name"] for h in found.hits} == {
        "Bolton",
        "Bromley",
        "Knowsley",
        "Norfolk",
        "Sunderland",
    }
    for h in found.hits:
        assert re.search(r"\[(covid|pandemic)", h["snippet"], re.I), h["snippet"]


def test_words_phrases_not_and_prefix(store):
    words = store.search("return home interviews", limit=50)
    phrase = store.search('"return home interviews"', limit=50)
    # Every word somewhere in a report, or the three together: the phrase is the narrower.
    assert (words.total, phrase.total) == (14, 13)
    assert _paths(phrase) < _paths(words)
    assert _paths(phrase) == _docs_with(store, r"return\s+home\s+interviews?\b")
    # NOT leaves out whole reports, not pages: no page of these mentions covid.
    found = store.search("pandemic NOT covid", limit=50)
    assert {(h["la_name"], h["inspection_end"]) for h in found.hits} == {
        ("Sunderland", "2021-07-09"),
        ("Bolton", "2023-09-15"),
    }
    assert not (_paths(found) & _docs_with(store, r"covid"))
    # AND across pages: both words in the report, not necessarily on one page.
    both = store.search("covid AND pandemic", limit=50)
    assert _paths(both) == _docs_with(store, r"\bcovid") & _docs_with(store, r"\bpandemic")
    assert store.search("covid pandemic").total == both.total
    grouped = store.search('(covid OR pandemic) AND "return home"', limit=50)
    assert _paths(grouped) == _paths(store.search("covid OR pandemic", limit=50)) & _paths(
        store.search('"return home"', limit=50)
    )
    prefix = store.search("safeguard*", limit=1)
    assert prefix.total == 19 and "[safeguard" in prefix.hits[0]["snippet"].lower()
    # FTS5's own syntax is not let through: NEAR and brackets of words are words.
    assert store.search("NEAR(care leavers)").total == store.search("near care leavers").total


def test_total_counts_every_match_and_offset_pages_through(store):
    first = store.search("care", limit=7)
    assert first.total == 19 == len(_docs_with(store, r"\bcar(e|es|ed|ing)\b"))
    assert len(first.hits) == 7 and first.more
    rest = store.search("care", limit=20, offset=7)
    assert len(rest.hits) == 12 and not rest.more
    assert not _paths(first) & _paths(rest)
    assert store.search("care", limit=5, offset=19).hits == ()


def test_a_hit_names_its_page_and_links_to_it(store):
    found = store.search('"return home interviews"', SearchFilters(urn=80490), limit=50)
    hit = next(h for h in found.hits if h["path"] == BROMLEY_2019)
    assert hit["page"] == 4
    assert hit["link"] == "https://files.ofsted.gov.uk/v1/file/50048227#page=4"
    page = " ".join(store.pages(hit["id"])[hit["page"] - 1].split())
    assert "return home interviews" in page.lower()
    assert "[return home interviews]" in hit["snippet"].lower()


def test_filters_and_recommendations(store):
    bromley = store.search('"return home interviews"', SearchFilters(urn=80490), limit=50)
    assert {h["urn"] for h in bromley.hits} == {80490} and bromley.total == 3
    recs = store.search(
        '"return home interviews"',
        SearchFilters(region="London", framework="ilacs2018", grade="good"),
        scope="recommendations",
    )
    assert [(h["la_name"], h["inspection_end"], h["position"]) for h in recs.hits] == [
        ("Bromley", "2018-11-30", 1)
    ]
    assert recs.total == 1 and recs.hits[0]["snippet"].startswith(
        "The take-up of [return home interviews]"
    )
    # the page where the list of what needs to improve is printed
    assert recs.hits[0]["page"] == 2
    assert recs.hits[0]["link"] == "https://files.ofsted.gov.uk/v1/file/50048227#page=2"


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ('"return home', "quote is not closed"),
        ("NOT covid", "NOT needs a word on each side"),
        ("covid OR", "ends where a word should follow"),
        ("(covid OR pandemic", "( is not closed"),
        ("covid)", ") has no ("),
        ("*", "a * goes at the end of a word"),
        ("ca*re", "a * goes at the end of a word"),
        ("- & -", "nothing to search for"),
    ],
)
def test_bad_queries_say_why(store, query, words):
    with pytest.raises(InvalidQuery, match=re.escape(words)):
        store.search(query)


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"limit": 0}, "limit must be a whole number of 1 or more, not 0"),
        ({"limit": -5}, "not -5"),
        ({"offset": -1}, "offset must be 0 or more"),
        ({"scope": "pages"}, "unknown search scope 'pages'"),
        ({"filters": SearchFilters(region="Atlantis")}, "unknown region 'Atlantis'"),
        ({"filters": SearchFilters(grade="superb")}, "unknown grade 'superb'"),
        ({"filters": SearchFilters(date_from="soon")}, "not a date"),
    ],
)
def test_bad_options_say_why(store, options, words):
    with pytest.raises(InvalidQuery, match=re.escape(words)):
        store.search("care", **options)


def test_parse_query_reads_operators_and_quotes_everything():
    assert parse_query('covid OR "return home" NOT child*') == (
        "or",
        [
            ("term", "covid", False),
            ("not", ("term", "return home", False), ("term", "child", True)),
        ],
    )


def _cli(*args: str):
    return CliRunner().invoke(cli, ["search", *args], catch_exceptions=False)


def test_cli_search_query_language_total_and_pages(db):
    out = _cli("covid OR pandemic", "--db", str(db), "--format", "csv", "--limit", "3")
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(out.stdout.splitlines()))
    assert len(rows) == 3
    assert all(r["link"].endswith(f"#page={r['page']}") for r in rows)
    assert "5 reports match 'covid OR pandemic': 1-3 shown (--offset 3 for more)" in out.stderr
    out = _cli('"return home interviews"', "--db", str(db), "--la", "bromley", "--format", "json")
    assert out.exit_code == 0 and '"page": 4' in out.stdout
    help_text = _cli("--help").output
    for words in ('"A phrase"', "OR", "NOT", "prefix*"):
        assert words in help_text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("",), "nothing to search for"),
        (("care", "--limit", "0"), "limit must be a whole number of 1 or more, not 0"),
        (("care", "--limit", "-5"), "not -5"),
        (("NOT covid",), "NOT needs a word on each side"),
    ],
)
def test_cli_bad_search_is_one_line(db, args, words):
    out = _cli(*args, "--db", str(db))
    assert out.exit_code == 1
    assert words in out.stderr and "Traceback" not in out.output
    assert len(out.stderr.strip().splitlines()) == 1
