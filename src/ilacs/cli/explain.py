"""Why an analysis found nothing, in a sentence, from the documents it looked at.

An empty table says only that nothing matched; these sentences say which filter emptied it
(no inspections of that framework held, that framework does not judge that area, no
inspection judged it that grade) and what the record does hold instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from ilacs.cli.common import GRADE_WORDS
from ilacs.constants import AREA_WORDS

FRAMEWORK_WORDS = {
    "pre_sif": "pre-SIF (2012-13)",
    "sif": "SIF (2013-18)",
    "ilacs": "ILACS",
    "ilacs2018": "ILACS 2018",
    "ilacs2023": "ILACS 2023",
    "ilacs2026": "ILACS 2026",
}


class Graded(Protocol):
    kind: str
    framework: str | None

    def grade(self, judgement: str) -> str | None: ...


def framework_words(framework: str) -> str:
    return FRAMEWORK_WORDS.get(framework, framework)


def _matches(framework: str | None, wanted: str) -> bool:
    if framework is None:
        return False
    if wanted == "any":
        return True
    if wanted == "ilacs":
        return framework.startswith("ilacs")
    return framework == wanted


def why_none(
    docs: Iterable[Graded],
    judgement: str | None,
    framework: str = "any",
    grade: str | None = None,
) -> str:
    """Why no inspection under `framework` judged `judgement` (`grade`, when given); "" when
    some did (the emptiness lies elsewhere: dates, pairs, the rule). With `judgement` None,
    only whether any inspection under `framework` is held."""
    inspections = [d for d in docs if d.kind == "inspection"]
    if not inspections:
        return "the database holds no inspections: run ilacs ingest (or ilacs update) first"
    fw = framework_words(framework) + " " if framework != "any" else ""
    under = [d for d in inspections if _matches(d.framework, framework)]
    if not under:
        return f"the database holds no {fw}inspections"
    if judgement is None:
        return ""
    area = AREA_WORDS.get(judgement, judgement)
    judged = [g for d in under if (g := d.grade(judgement)) is not None and g != "not_judged"]
    if not judged:
        others = [
            framework_words(f)
            for f in FRAMEWORK_WORDS
            if any(d.framework == f and d.grade(judgement) for d in inspections)
        ]
        reason = f"no {fw}inspection judged {area} separately"
        if others:
            reason += f"; inspections that do: {', '.join(others)}"
        return reason
    if grade is None:
        return ""
    wanted = ("outstanding", "good") if grade == "good_or_outstanding" else (grade,)
    if any(g in wanted for g in judged):
        return ""
    counts = Counter(judged)
    spread = ", ".join(f"{GRADE_WORDS.get(g, g)} {n}" for g, n in counts.most_common())
    return (
        f"none of the {len(judged)} {fw}inspections that judged {area} judged it "
        f"{GRADE_WORDS.get(grade, grade)} ({spread})"
    )
