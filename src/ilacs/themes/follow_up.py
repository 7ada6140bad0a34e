"""What came of a recommendation: the LA's next inspection or visit, the grade of the judgement
that covers the recommendation's theme, and the passages of its text that speak to that theme.

Pure: the record and a function giving a document's page texts (`Store.pages`) in, rows out.
Passages are paragraphs of the next document (split at Ofsted's numbered paragraphs), ranked by
how strongly the classifier's cues for the theme fire in them and by the words they share with
the recommendation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ilacs import register
from ilacs.analyse.common import resolve
from ilacs.analyse.record import Doc, Record
from ilacs.constants import VISIT_KINDS
from ilacs.themes.asked import Item, _line, items
from ilacs.themes.classify import scores

# The judgement that covers each theme, best first, then fallbacks: the taxonomy's "framework
# area" column (help and protection; children in care; care leavers; leaders; LSCB). SIF graded
# adoption and care leavers as sub-judgements of children looked after; ILACS 2018 judged
# children in care and care leavers together; ILACS 2023 judges care leavers on their own.
AREAS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            "front_door",
            "early_help",
            "cp_enquiries",
            "assessment",
            "planning",
            "neglect_domestic_abuse",
            "exploitation_missing",
            "disabled_children",
            "private_fostering",
            "lado_allegations",
            "homeless_16_17",
            "court_legal",
        ),
        ("help_protection",),
    ),
    **dict.fromkeys(
        ("placements", "education", "health_wellbeing", "iro_cp_chairs", "voice_participation"),
        ("in_care",),
    ),
    "permanence_adoption": ("adoption", "in_care"),
    "care_leavers": ("care_leavers", "in_care"),
    **dict.fromkeys(
        (
            "management_oversight",
            "workforce",
            "qa_performance",
            "recording",
            "leadership_corporate",
        ),
        ("leaders",),
    ),
    "partnership_governance": ("lscb", "leaders"),
}
# Documents that can follow up an LA's recommendations (not area SEND, not other files).
FOLLOWING_KINDS = ("inspection", *VISIT_KINDS, "lscb_review")
# A numbered paragraph ("23. Decisions for children ...") starts a passage.
PARAGRAPH = re.compile(r"\n(?=\s*\d{1,3}\.\s+[A-Z])|\n\s*\n")
WORD = re.compile(r"[a-z][a-z'-]{3,}")
STOP = frozenset(
    "that this with their have from they been were when there which what where will should "
    "ensure children young people child more than into also including improve quality "
    "local authority social work workers service services".split()
)


@dataclass(frozen=True)
class Passage:
    page: int  # 1-based, as printed
    text: str
    score: float


@dataclass(frozen=True)
class FollowUp:
    """One recommendation and what the LA's next document said about its (first) theme."""

    item: Item
    theme: str
    next: Doc | None
    area: str | None  # the judgement covering the theme, in the next document
    grade: str | None
    passages: tuple[Passage, ...]

    def judgement_label(self) -> str:
        return self.area or ""

    def as_dict(self) -> dict:
        nxt = self.next
        best = self.passages[0] if self.passages else None
        return {
            "date": self.item.day,
            "section": self.item.section,
            "position": self.item.position,
            "text": self.item.text,
            "themes": ";".join(self.item.themes),
            "theme": self.theme,
            "next_date": nxt.day if nxt else None,
            "next_kind": nxt.kind if nxt else None,
            "next_framework": nxt.framework if nxt else None,
            "judgement": self.area,
            "grade": self.grade,
            "page": best.page if best else None,
            "passage": best.text if best else None,
            "more_passages": " || ".join(f"p. {p.page}: {p.text}" for p in self.passages[1:])
            or None,
            "next_path": nxt.path if nxt else None,
            "path": self.item.path,
        }


def judgement_for(theme: str, doc: Doc) -> tuple[str | None, str | None]:
    """(area, grade) of the judgement of `doc` covering `theme`, else overall effectiveness."""
    for area in (*AREAS.get(theme, ()), "overall"):
        grade = doc.grade(area)
        if grade:
            return area, grade
    return None, None


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


@dataclass(frozen=True)
class Paragraph:
    page: int
    text: str
    themes: dict[str, float]  # theme -> strength of its cues in the paragraph
    words: frozenset[str]


# The running head of ILACS pages ("Inspection of Bromley local authority children's services"
# then "13 to 17 November 2023 6") is no part of the paragraph it sits above.
RUNNING_HEAD = re.compile(r"^\s*(?:inspection of [^\n]{0,90}\n[^\n]{0,40}\d{4}[^\n]{0,8}\n)", re.I)


def paragraphs(
    pages: list[str], skip: tuple[str, ...] = (), themes: frozenset[str] | None = None
) -> list[Paragraph]:
    """The paragraphs of a document's pages with the themes their words speak to (of
    `themes` only, when given: the classifier then looks for those themes' cues alone).

    `skip`: texts whose paragraphs are left out (the document's own recommendations: what it
    asks for next is not what it found).
    """
    marks = [re.sub(r"\W+", " ", t.lower())[:60].strip() for t in skip if t]
    out = []
    for number, page in enumerate(pages, 1):
        page = RUNNING_HEAD.sub("", page.replace("\r\n", "\n"))
        for para in PARAGRAPH.split(page):
            flat = re.sub(r"\s+", " ", para).strip()
            if len(flat) < 80:  # headers, footers, headings
                continue
            plain = re.sub(r"\W+", " ", flat.lower())
            if any(m and m in plain for m in marks):
                continue
            cues = {t: v[0] for t, v in scores(flat, only=themes).items()}
            out.append(Paragraph(number, flat, cues, frozenset(_words(flat))))
    return out


def passages(
    theme: str, text: str, paras: list[Paragraph], limit: int = 3, min_score: float = 0.6
) -> tuple[Passage, ...]:
    """The paragraphs that speak to `theme` (and to the words of `text`), best first."""
    wanted = _words(text)
    found = []
    for p in paras:
        cue = p.themes.get(theme, 0.0)
        if cue <= 0:
            continue
        shared = len(wanted & p.words) / len(wanted) if wanted else 0.0
        score = round(min(cue, 3.5) / 3.5 + shared, 3)
        if score >= min_score:
            found.append(Passage(p.page, p.text[:700], score))
    found.sort(key=lambda p: (-p.score, p.page))
    return tuple(found[:limit])


def follow_up(
    record: Record,
    la: str | int | register.LA,
    pages: Callable[[int], list[str]],
    kinds: tuple[str, ...] = FOLLOWING_KINDS,
) -> tuple[register.LA, list[FollowUp]]:
    """Each recommendation of an LA (and of the councils it took over from), oldest first, with
    its next inspection or visit (a document of one of `kinds`) and what that said about the
    recommendation's first theme."""
    la = resolve(la)
    urns = _line(la)
    mine = [it for it in items(record) if it.urn in urns]
    # (day, document) of every later document that can follow up, oldest first
    following = sorted(
        ((d.day, d) for urn in urns for d in record.held(urn) if d.kind in kinds and d.day),
        key=lambda pair: (pair[0], pair[1].path),
    )
    texts: dict[int, list[Paragraph]] = {}
    # Only the themes asked about are looked for in the later documents' paragraphs.
    wanted = frozenset(it.themes[0] for it in mine if it.themes)
    out = []
    for it in mine:
        nxt = next((d for day, d in following if it.day and day > it.day), None)
        theme = it.themes[0] if it.themes else ""
        if nxt is None or not theme:
            out.append(FollowUp(it, theme, nxt, None, None, ()))
            continue
        if nxt.id not in texts:
            own = tuple(r.text for r in nxt.recommendations)
            texts[nxt.id] = paragraphs(pages(nxt.id), skip=own, themes=wanted)
        area, grade = judgement_for(theme, nxt)
        out.append(FollowUp(it, theme, nxt, area, grade, passages(theme, it.text, texts[nxt.id])))
    return la, out
