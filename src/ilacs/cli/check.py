"""`ilacs check ARTICLE`: every claim a news article makes about the inspection record."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ilacs.cli.common import db_option, format_option, friendly_errors, output_option

VERDICT_MARK = {
    "supported": "✔ supported",
    "contradicted": "✘ CONTRADICTED",
    "not_in_record": "? not in record",
}


def _as_of(value: str | None):
    if value is None:
        return None
    from ilacs.analyse.common import check_date
    from ilacs.errors import ClaimError, InvalidOption

    try:
        return check_date(value)
    except InvalidOption as e:
        raise ClaimError(f"--as-of: {e.message}") from e


def _table(result) -> str:
    lines = [
        f"as of {result.as_of.isoformat()} ({result.as_of_source}); {len(result.claims)} claims"
    ]
    for c in result.claims:
        lines.append("")
        lines.append(f"[{c.start}-{c.end}] {c.type.value}: {VERDICT_MARK[c.verdict.value]}")
        words = " ".join(c.text.split())
        lines.append(f"  {words}" if words[:1] in "“‘\"'" else f"  “{words}”")
        if c.explanation:
            lines.append(f"  {c.explanation}")
        for e in c.evidence[:3]:
            where = f"{e.path} p.{e.page}" if e.path else "computed"
            lines.append(f"  - {where}: {' '.join(e.quote.split())[:300]}")
    return "\n".join(lines)


def _html(result) -> str:
    from html import escape

    parts, pos = [], 0
    text = result.article
    for c in result.claims:
        if c.start < pos:
            continue
        parts.append(escape(text[pos : c.start]))
        title = escape(f"{c.type.value}, {c.verdict.value}: {c.explanation or ''}")
        parts.append(
            f'<mark class="{c.verdict.value}" title="{title}">{escape(text[c.start : c.end])}'
            f"<sup>[{escape(c.verdict.value.replace('_', ' '))}]</sup></mark>"
        )
        pos = c.end
    parts.append(escape(text[pos:]))
    rows = "".join(
        f"<li><b>{escape(c.verdict.value.replace('_', ' '))}</b> ({escape(c.type.value)}): "
        f"“{escape(c.text)}” — {escape(c.explanation or '')}"
        + "".join(
            f"<br><small>{escape(e.path or 'computed')} p.{e.page}: {escape(e.quote[:300])}</small>"
            for e in c.evidence
        )
        + "</li>"
        for c in result.claims
    )
    return (
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>ilacs check</title>'
        "<style>mark.supported{background:#cfc}mark.contradicted{background:#fcc;text-decoration:underline wavy}"
        "mark.not_in_record{background:#eee;border-bottom:1px dashed}</style>"
        f"<p>As of {escape(result.as_of.isoformat())} ({escape(result.as_of_source)})</p>"
        f'<div style="white-space:pre-wrap">{"".join(parts)}</div><ol>{rows}</ol></html>'
    )


@click.command("check")
@click.argument("article", type=str)
@click.option(
    "--as-of",
    "as_of",
    default=None,
    help="The date the article speaks from (default: a date it prints, else today).",
)
@db_option
@format_option(
    default="table",
    choices=("table", "json", "html"),
    describe="table for people; json (the issue 10 contract) for scripts; html: the article "
    "marked up by verdict.",
)
@output_option
@friendly_errors
def check(article: str, as_of: str | None, db: Path, fmt: str, output: Path | None) -> None:
    """Check every claim ARTICLE (a text file, a saved web page, or - for stdin) makes about the
    inspection record: each with a verdict, an explanation and the evidence."""
    from ilacs.claims.article import read_article
    from ilacs.claims.check import check_article, choose_as_of, load_record, make_texts
    from ilacs.errors import ClaimError

    given = _as_of(as_of)
    art = read_article(article)
    if not db.exists():
        raise ClaimError("no such database (run `ilacs ingest` or give --db)", str(db))
    record = load_record(db)
    day, source = choose_as_of(art, record, given)
    texts = make_texts(db)
    try:
        result = check_article(
            art.text, record, texts, day, source, article_in_json=art.kind == "html"
        )
    finally:
        texts.close()
    from ilacs.claims.text import councils

    if result.council_source:
        click.echo(f"{article}: {result.council_source}", err=True)
    elif not councils(art.text):
        click.echo(
            f"{article}: the article names no council; only claims about England as a whole are checked",
            err=True,
        )
    if fmt == "json":
        out = json.dumps(result.as_json(), ensure_ascii=False, indent=1)
    elif fmt == "html":
        out = _html(result)
    else:
        out = _table(result)
    if output:
        output.write_text(out + "\n", encoding="utf-8")
    else:
        click.echo(out)


commands = [check]
