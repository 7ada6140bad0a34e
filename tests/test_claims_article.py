"""Reading an article: text files, saved web pages, standard input, and the date it prints."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from ilacs.claims.article import (
    AS_OF_GIVEN,
    AS_OF_PRINTED,
    AS_OF_TODAY,
    article_from_text,
    as_of_default,
    find_printed_date,
    read_article,
)
from ilacs.errors import ClaimError

ARTICLES = Path(__file__).resolve().parents[1] / ".." / "shared" / "claims" / "articles"

# A saved page as local papers publish it: menus, an advert, the article, related links,
# readers' comments and a footer.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bromley children's services rated good | Local News</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul></nav></header>
<div class="advert" id="ad-top"><p>ADVERTISEMENT: Win a holiday in Spain! Click here now to
enter our great competition.</p></div>
<main><article>
<h1>Bromley children's services rated good</h1>
<p class="byline">By Jo Reporter. Published 08/01/19</p>
<p>Services for some of Bromley’s most vulnerable kids have improved drastically in the last two
years, Ofsted has said.</p>
<p>“Services for children and families in Bromley have improved dramatically since the last
inspection, driven by the vision, commitment and determination of senior leaders,” inspectors
said.</p>
<p>In 2016, Ofsted said the council was criticised for “widespread and serious failings” in key
areas.</p>
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Man finds giant marrow in
allotment</a></li><li><a href="/b">Road closed for a week</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Reader123: About time too, the council was a disgrace for years and
nobody was held accountable.</p></div>
</section></main>
<footer><p>© 2019 Local News Ltd. All rights reserved. Privacy policy.</p></footer>
</body></html>
"""


def test_text_file_is_read_as_is():
    path = ARTICLES / "004_8b05f31b5b5446ea.txt"
    article = read_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.kind == "text"
    assert article.date == date(2019, 1, 9)
    assert article.date_text == "09 January 2019"
    # offsets are str indices: the quote the labels put at 666:735
    assert (
        article.text[666:735]
        == "‘This has led to vastly improved services for children and families.’"
    )


def test_seed_keeps_non_breaking_spaces():
    path = ARTICLES / "003_d6d1e56f746b979f.txt"
    article = read_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.date is None  # no date printed: as_of falls back to today


@pytest.mark.parametrize(
    "name, day, words",
    [
        ("34.txt", date(2019, 10, 28), "published today (28/10/19)"),
        ("63.txt", date(2024, 5, 16), "published today (16th May 2024)"),
        ("02.txt", None, None),  # dates in the body are news, not the article's date
        ("65.txt", None, None),  # 'publishing its report today (May 16)': no year
    ],
)
def test_printed_date_of_real_articles(name, day, words):
    article = read_article(ARTICLES / name)
    assert (article.date, article.date_text) == (day, words)


@pytest.mark.parametrize(
    "text, day",
    [
        ("Published 16/01/25\nCouncil praised", date(2025, 1, 16)),
        ("Tuesday, September 5, 2017\nLeicester's children's services", date(2017, 9, 5)),
        ("By Jo Bloggs | Posted on: 13 January 2025 | 3 min read\nText", date(2025, 1, 13)),
        ("Last updated: 2019-03-25\nNewham", date(2019, 3, 25)),
        ("Its report, published on 12 July 2024, said\nmore", None),
        ("Ofsted rated the council good on 1 May 2019\n", None),
    ],
)
def test_printed_date_forms(text, day):
    assert find_printed_date(text)[0] == day


def test_as_of_default_says_where_the_date_came_from():
    article = read_article(ARTICLES / "004_8b05f31b5b5446ea.txt")
    assert as_of_default(article) == (date(2019, 1, 9), AS_OF_PRINTED)
    assert as_of_default(article, given=date(2020, 1, 1)) == (date(2020, 1, 1), AS_OF_GIVEN)
    undated = read_article(ARTICLES / "02.txt")
    assert as_of_default(undated, today=date(2026, 1, 1)) == (date(2026, 1, 1), AS_OF_TODAY)


def test_html_page_keeps_the_article_and_drops_the_rest(tmp_path):
    path = tmp_path / "bromley.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.kind == "html"
    assert article.title == "Bromley children's services rated good"
    assert "“widespread and serious failings”" in article.text
    assert "improved dramatically since the last" in " ".join(article.text.split())
    for chrome in ("What's On", "ADVERTISEMENT", "giant marrow", "Reader123", "All rights"):
        assert chrome not in article.text
    assert article.date == date(2019, 1, 8)  # the byline the extraction left out


def test_html_on_stdin_and_text_on_stdin():
    article = read_article("-", stdin=io.BytesIO(PAGE.encode()))
    assert article.kind == "html" and "widespread and serious failings" in article.text
    plain = "Inspectors said services were “exceptionally strong”.\n"
    article = read_article("-", stdin=io.BytesIO(plain.encode()))
    assert (article.kind, article.text, article.source) == ("stdin", plain, "<stdin>")


def test_form_text_is_kept_as_is():
    text = "William Eichler 09 January 2019\r\n\r\nBromley ‘good’"
    article = article_from_text(text)
    assert article.text == text and article.date == date(2019, 1, 9)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "the article is empty"),
        ("blank.txt", b"  \n\n \t\n", "the article is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF"),
        (
            "cookies.html",
            b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            b"<div class='cookie'><p>We use cookies. Accept all?</p></div></body></html>",
            "no article text found in this web page",
        ),
    ],
)
def test_bad_input_names_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ClaimError) as e:
        read_article(path)
    assert str(e.value).startswith(str(path) + ": ")
    assert message in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(ClaimError, match="no such file"):
        read_article(tmp_path / "nope.txt")
