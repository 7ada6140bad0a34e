"""Firsts: LAs in the order they first reached a grade, in one judgement or in every judgement
of an inspection (`ilacs firsts`), so that "only the third LA to be outstanding under the new
framework" can be checked in a browser under each reading.

Addresses are paths (`firsts/ilacs2023/outstanding/every.html`), so the static site can hold
the common ones; the form at `firsts.html` redirects to them.
"""

from __future__ import annotations

from ilacs import analyse
from ilacs.analyse.common import FRAMEWORK_CHOICES
from ilacs.analyse.firsts import GRADE_CHOICES
from ilacs.web.data import FRAMEWORK_NAMES, GRADE_NAMES, JUDGEMENT_NAMES, Data
from ilacs.web.views import BadRequest, Page, Redirect, Request

EVERY = "every"  # in place of a judgement: outstanding (or so) in every judgement made
FRAMEWORKS = {"any": "Any framework", "ilacs": "Any ILACS framework", **FRAMEWORK_NAMES}
GRADES = {**{g: GRADE_NAMES[g] for g in GRADE_CHOICES if g in GRADE_NAMES}}
GRADES["good_or_outstanding"] = "Good or outstanding"
# What the static site writes: the frameworks people ask about, the top grades, both readings.
STATIC = [
    (f, g, j)
    for f in ("any", "sif", "ilacs2018", "ilacs2023", "ilacs2026")
    for g in ("outstanding", "good_or_outstanding")
    for j in ("overall", EVERY)
]


def page_path(framework: str, grade: str, judgement: str) -> str:
    return f"firsts/{framework}/{grade}/{judgement}.html"


def _check(framework: str, grade: str, judgement: str) -> None:
    if framework not in FRAMEWORK_CHOICES:
        raise BadRequest(f"There is no framework called {framework!r}.")
    if grade not in GRADE_CHOICES:
        raise BadRequest(f"There is no grade called {grade!r} here.")
    if judgement != EVERY and judgement not in JUDGEMENT_NAMES:
        raise BadRequest(f"There is no judgement called {judgement!r}.")


def form(data: Data, req: Request) -> Page:
    """firsts.html?framework=ilacs2023&grade=outstanding&judgement=every: a redirect, or the
    choosing form (the list of pages on a static site)."""
    framework = req.arg("framework", "ilacs2023")
    grade = req.arg("grade", "outstanding")
    judgement = req.arg("judgement", EVERY)
    _check(framework, grade, judgement)
    if req.query and not req.static:
        raise Redirect(page_path(framework, grade, judgement))
    return Page(
        "firsts_form.html",
        "firsts.html",
        "Firsts",
        {"pages": [page_path(*x) for x in STATIC]},
        {
            "frameworks": FRAMEWORKS,
            "grades": GRADES,
            "judgements": {EVERY: "Every judgement of the inspection", **JUDGEMENT_NAMES},
            "chosen": (framework, grade, judgement),
            "static_pages": [(x, page_path(*x)) for x in STATIC],
            "page_path": page_path,
        },
    )


def firsts(data: Data, req: Request, framework: str, grade: str, judgement: str) -> Page:
    _check(framework, grade, judgement)
    every = judgement == EVERY
    rows = data.cached(
        ("firsts", framework, grade, judgement),
        lambda: analyse.firsts(
            data.record,
            grade=grade,
            judgement="overall" if every else judgement,
            framework=framework,
            all_judgements=every,
        ),
    )
    reading = (
        "every judgement of the inspection"
        if every
        else f"the {JUDGEMENT_NAMES[judgement].lower()} judgement"
    )
    title = f"First to be {GRADES[grade].lower()}: {FRAMEWORKS[framework]}, {reading}"
    las = [
        {
            "rank": f.rank,
            "la": data.la_by_urn.get(f.urn),
            "name": f.la_name,
            "region": f.region,
            "framework": f.framework,
            "framework_name": FRAMEWORK_NAMES.get(f.framework or "", f.framework),
            "published": f.published.isoformat() if f.published else None,
            "inspection_end": f.inspection_end.isoformat() if f.inspection_end else None,
            "path": f.path,
        }
        for f in rows
    ]
    payload = {
        "framework": framework,
        "grade": grade,
        "judgement": judgement,
        "reading": reading,
        "order": "publication date, then the last day on site; LAs published the same day"
        " share a rank",
        "las": [{k: v for k, v in x.items() if k != "la"} for x in las],
    }
    other = page_path(framework, grade, "overall") if every else page_path(framework, grade, EVERY)
    return Page(
        "firsts.html",
        page_path(framework, grade, judgement),
        title,
        payload,
        {
            "las": las,
            "reading": reading,
            "every": every,
            "grade_name": GRADES[grade],
            "framework_name": FRAMEWORKS[framework],
            "other": other,
        },
    )
