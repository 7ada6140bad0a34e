"""How many times a council has had a grade, as a claim says it ("the second time the council
has achieved the top grade", "the third time in just over seven years that Tameside has
received the rating", "rated good after three successive 'requires improvement' verdicts"),
against the council's graded full inspections in the record.

A grade claim read over such words holds the grade; the count is a claim of its own over the
words that carry it (a trend), cut from the grade claim's span when the grade claim runs on
over it. Overall effectiveness is the grade counted."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Evidence, Kind, Verdict
from ilacs.claims.view import RecordView, _current, _inspections, _label

S, C = Verdict.SUPPORTED, Verdict.CONTRADICTED

_WHAT = (
    rf"(?P<what>the\s+(?:top|highest|best|lowest|bottom|worst)\s+(?:grade|rating|verdict)|"
    rf"the\s+(?:same\s+)?(?:grade|rating|verdict|judge?ment)|['‘“\"]?(?:{T.GRADE_WORDS})['’”\"]?)"
)
# "the second time the council has achieved the top grade", "the third time in just over
# seven years that Tameside has received the rating", "the second time it has been rated
# inadequate" (not "the second time in a row": a run, read elsewhere)
_NTH_TIME = lazyre.compile(
    rf"\bthe\s+(?P<n>{T.ORDINAL})\s+time\b(?!\s+in\s+a\s+row)(?P<span>\s+in\s+[^,.;]{{1,40}}?)?"
    r"\s+(?:that\s+)?(?:the\s+(?:council|authority|borough|county|city|service)|it|they|"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:has|have|had)\s+(?:now\s+)?"
    r"(?:achieved|received|got|earned|secured|been\s+(?:rated|judged|graded|given|awarded|"
    r"handed)(?:\s+as)?)\s+" + _WHAT,
    re.IGNORECASE,
)
# "after three successive 'requires improvement' verdicts", "following two consecutive
# inadequate ratings"
_AFTER_RUN = lazyre.compile(
    rf"\b(?:after|following)\s+(?P<n>{T.NUMBER})\s+(?:successive|consecutive|straight)\s+"
    rf"['‘“\"]?(?P<grade>{T.GRADE_WORDS})['’”\"]?\s+(?:verdicts?|ratings?|judge?ments?|grades?|"
    r"inspections?|reports?)\b",
    re.IGNORECASE,
)
_TOP = {"top": "outstanding", "highest": "outstanding", "best": "outstanding"}
_BOTTOM = {"lowest": "inadequate", "bottom": "inadequate", "worst": "inadequate"}


def _grade_named(what: str, before: str) -> str | None:
    """The grade `what` names, or that of the grade word told last before it ("rated
    inadequate by Ofsted, the second time ... has received the rating")."""
    w = what.lower()
    for k, v in {**_TOP, **_BOTTOM}.items():
        if k in w.split():
            return v
    m = T.GRADE_RE.search(what)
    if m:
        return T.grade_of(m.group(1))
    told = T.GRADE_RE.findall(before)
    return T.grade_of(told[-1]) if told else None


def _overall(d: Any) -> str | None:
    g = d.grades.get("overall")
    return str(g) if g else None


def _list(docs: list[Any]) -> str:
    return "; ".join(
        f"{d.published}: {(_overall(d) or 'no overall grade').replace('_', ' ')}" for d in docs
    )


def check_times(claims: list[Claim], article: str, record: RecordView, as_of: date) -> list[Claim]:
    """Each grade or trend claim of one council that ilacs settled, whose words count its
    grades, with that count checked as a claim of its own."""
    out = list(claims)
    for c in claims:
        if c.type not in (Kind.GRADE, Kind.TREND) or c.verdict not in (S, C) or len(c.urns) != 1:
            continue
        insp = _inspections(record, c.urns[0])
        cur = _current(insp, as_of)
        if cur is None:
            continue
        held = insp[: insp.index(cur) + 1]
        for pattern in (_NTH_TIME, _AFTER_RUN):
            m = pattern.search(c.text)
            if m is None:
                continue
            n = T.number(m.group("n"))
            if pattern is _NTH_TIME:
                grade = _grade_named(m.group("what"), c.text[: m.start()])
                if n is None or n < 2 or grade is None or m.group("span"):
                    continue  # (a count within some years: the years are not read)
                have = [d for d in held if _overall(d) == grade]
                ok = len(have) == n and _overall(cur) == grade
                said = (
                    f"{len(have)} of the council's graded inspections by then were "
                    f"{grade.replace('_', ' ')} overall ({_list(held)})"
                )
            else:
                grade = T.grade_of(m.group("grade"))
                if n is None or n < 2:
                    continue
                run = 0
                for d in reversed(held[:-1]):
                    if _overall(d) != grade:
                        break
                    run += 1
                ok = run >= n
                said = (
                    f"the {run} inspection(s) just before the {_label(cur)} were "
                    f"{grade.replace('_', ' ')} overall in a row ({_list(held)})"
                )
            start = c.start + m.start()
            end = (
                c.start
                + len(c.text[: m.end()])
                + len(
                    re.match(r"[^.;:!?\n]*", c.text[m.end() :]).group(0)  # type: ignore[union-attr]
                )
            )
            end = start + len(article[start:end].rstrip(" ,"))
            count = replace(
                c,
                type=Kind.TREND,
                start=start,
                end=end,
                text=article[start:end],
                verdict=S if ok else C,
                explanation=f"{'Yes' if ok else 'No'}: {said}.",
                evidence=[Evidence(d.path, 1, f"overall: {_overall(d)}") for d in held],
                facts={**c.facts, "times": n},
            )
            i = out.index(c)
            cut = start
            while cut > c.start and article[cut - 1] in " ,;–—-":
                cut -= 1
            head = replace(c, end=cut, text=article[c.start : cut]) if cut > c.start + 20 else None
            if head is None and c.verdict == C:
                # (no words of the grade's own left: the claim is false for its grade too)
                count.verdict, count.explanation = C, c.explanation
            out[i : i + 1] = [x for x in (head, count) if x is not None]
            break
    return out
