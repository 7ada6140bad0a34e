"""England on a date: counts and shares per grade, nationally and per region, and every LA."""

from __future__ import annotations

from datetime import date
from functools import cache

import pyphen

from ilacs.model import JUDGEMENT_AREAS
from ilacs.web.data import (
    FOUR_POINT,
    GRADE_NAMES,
    JUDGEMENT_NAMES,
    NOT_GRADED,
    Data,
    parse_day,
    quarter_ends,
)
from ilacs.web.views import BadRequest, Page, Redirect, Request

JUDGEMENTS = JUDGEMENT_AREAS


def page_path(at: date | None, judgement: str) -> str:
    if at is None:
        return "index.html" if judgement == "overall" else f"england/latest/{judgement}.html"
    return f"england/{at.isoformat()}/{judgement}.html"


def check_judgement(judgement: str) -> str:
    if judgement not in JUDGEMENTS:
        raise BadRequest(
            f"There is no judgement called {judgement!r}.",
            [(JUDGEMENT_NAMES[j], page_path(None, j)) for j in JUDGEMENTS],
        )
    return judgement


def check_day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as e:
        raise BadRequest(
            f"{e}. The record runs from 1 January 2012 to today.",
            [("England today", "index.html")],
        ) from None


def form(data: Data, req: Request) -> Page:
    """The date control's target: /england.html?at=YYYY-MM-DD&judgement=overall."""
    judgement = check_judgement(req.arg("judgement", "overall"))
    at = req.arg("at")
    if req.static or not at:
        return dates_index(data, req, judgement)
    raise Redirect(page_path(check_day(at), judgement))


def dates_index(data: Data, req: Request, judgement: str = "overall") -> Page:
    """Every date with a page (the static site's date control without JavaScript)."""
    dates = _dates(data, req)
    return Page(
        "england_dates.html",
        "england.html",
        "England on a date",
        {
            "dates": [d.isoformat() for d in dates],
            "judgements": list(JUDGEMENTS),
        },
        {
            "years": _by_year(dates),
            "judgement": judgement,
            "judgements": [(j, JUDGEMENT_NAMES[j]) for j in JUDGEMENTS],
            "page_path": page_path,
        },
    )


def _dates(data: Data, req: Request) -> list[date]:
    if req.static:
        return list(req.static_dates)
    return data.cached(
        ("quarter ends", data.latest_date), lambda: quarter_ends(end=data.latest_date)
    )


def _by_year(dates: list[date]) -> list[tuple[int, list[date]]]:
    years: dict[int, list[date]] = {}
    for d in dates:
        years.setdefault(d.year, []).append(d)
    return sorted(years.items(), reverse=True)


def england(data: Data, req: Request, at: date | None = None, judgement: str = "overall") -> Page:
    check_judgement(judgement)
    day = at or data.latest_date
    snap = data.snapshot(day, judgement)
    path = page_path(at, judgement)
    regions = data.cached(
        ("england regions", snap.era, judgement, snap.rule), lambda: _regions(snap)
    )
    national_key = _counts_key(snap.national)
    dates = _dates(data, req)
    earlier = [d for d in dates if d < day]
    later = [d for d in dates if d > day]

    def payload() -> dict:  # the JSON twin, built only when asked for
        return {
            "at": day.isoformat(),
            "judgement": judgement,
            "judgement_name": JUDGEMENT_NAMES[judgement],
            "rule": snap.rule,
            "rule_text": snap.rule_text,
            "notes": snap.notes,
            "denominator_note": "shares are of the LAs with a four-point grade in this judgement",
            "england": snap.national,
            "regions": [{"region": r["region"], **r["counts"]} for r in snap.regions],
            "las": [
                {
                    "urn": r["la"].urn,
                    "name": r["la"].name,
                    "region": r["la"].region,
                    "grade": r["grade"],
                    "status": r["status"],
                    "inspection_end": r["document"]["inspection_end"] if r["document"] else None,
                    "published": r["document"]["published"] if r["document"] else None,
                    "framework": r["document"]["framework"] if r["document"] else None,
                    "url": r["document"]["url"] if r["document"] else None,
                }
                for r in snap.rows
            ],
        }

    title = f"England: {JUDGEMENT_NAMES[judgement].lower()} on {day:%-d %B %Y}"
    return Page(
        "england.html",
        path,
        title,
        payload,
        {
            "day": day,
            "at": at,
            "judgement": judgement,
            "judgements": [(j, JUDGEMENT_NAMES[j]) for j in JUDGEMENTS],
            "snap": snap,
            "regions": regions,
            "national_key": national_key,
            "four_point": FOUR_POINT,
            "not_graded": NOT_GRADED,
            "grade_names": GRADE_NAMES,
            "previous": earlier[-1] if earlier else None,
            "next": later[0] if later else None,
            "dates": dates,
            "page_path": page_path,
            "is_latest": at is None,
        },
    )


def _regions(snap) -> list[dict]:
    """Each region's counts and LAs, with the keys its rendered parts are kept under (the
    same for every date of the snapshot's era)."""
    by_region: dict[str, list[dict]] = {}
    for r in snap.rows:
        by_region.setdefault(r["la"].region, []).append(r)
    regions = []
    for reg in snap.regions:
        # By name, as people look for a council (the analysis lists them by URN).
        rows = sorted(by_region.get(reg["region"], []), key=lambda r: r["la"].name)
        # The tiles are drawn from `rows` only when this region's grades were not seen before.
        key = tuple(r["tile"] for r in rows)
        regions.append(
            {
                **reg,
                "rows": rows,
                "tiles": [(r, hyphenate(r["la"].name)) for r in rows],
                "tiles_key": key,
                "counts_key": _counts_key(reg["counts"]),
            }
        )
    return regions


# Where a long word of a council's name may break in a narrow tile, as soft hyphens: the
# browser hyphenates there and nowhere else ("Nottingham-shire", never "Nottinghamshi re").
# CSS `hyphens: auto` needs the browser's own dictionaries, which Debian's chromium and many
# phones lack. The en_GB patterns split a few names wrongly; those are given here.
HYPHENATION_EXCEPTIONS = {
    "Bournemouth": "Bourne-mouth",
    "Christchurch": "Christ-church",
    "Lancashire": "Lanca-shire",
    "Lincolnshire": "Lincoln-shire",
    "Manchester": "Man-chester",
    "Gateshead": "Gates-head",
    "Cleveland": "Cleve-land",
    "Kensington": "Ken-sing-ton",
    "Birmingham": "Bir-ming-ham",
    "Corporation": "Cor-po-ra-tion",
}
SOFT_HYPHEN = "\u00ad"


@cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB", left=3, right=3)


@cache
def hyphenate(name: str) -> str:
    """'Nottinghamshire' -> 'Not\u00adting\u00adham\u00adshire': soft hyphens in words of
    nine letters or more."""
    words = []
    for word in name.split(" "):
        core = word.strip(",.")
        if len(core) < 9 or "-" in core:
            words.append(word)
            continue
        split = HYPHENATION_EXCEPTIONS.get(core) or _dictionary().inserted(core)
        words.append(word.replace(core, split.replace("-", SOFT_HYPHEN)))
    return " ".join(words)


def _counts_key(counts: dict) -> tuple:
    return (
        counts["las"],
        counts["denominator"],
        tuple((g["count"], g["percent"]) for g in counts["grades"]),
        counts["good_or_better_percent"],
    )
