"""`ilacs check`: altered facts, round 25. A move that names its size and the two grades it
went between ("moved up two grades, from requires improvement to good") is checked on the
grades themselves, whatever verb carries it ("moved up", "gone up", "stepped up" as well as
"rose" and "jumped"); "after two consecutive requires improvement ratings" said beside a move
is the grade before it, not the grade now. A number changed inside a quotation ('seventeen'
for 'seven', '70' for 'seven') is a fact changed, though the words share letters; a figure for
the same number ('7' for 'seven') is not. A short quotation matched as well in a letter as in a
report is read where it stands in the tighter window (a letter's 'A conscientious corporate
parent'). "That report, by inspector X", in a sentence that dates nothing itself, is the report
X led. Days said of inspectors, with no visit named before them, that are the latest full
inspection's days, are its days, not those of a focused visit the sentence tells of after."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import (
    corpus_with_letters,
    held_then_caught,
    in_process_checker,
    verdicts,
)


@pytest.mark.parametrize(
    ("text", "as_of", "words", "altered"),
    [
        # Bolton: SIF requires improvement (2014), ILACS good (June 2018)
        (
            "Bolton has moved up one grade, from requires improvement to good.\n",
            "2018-06-20",
            "moved up one grade",
            ("one grade", "two grades"),
        ),
        # Salford: leadership good (2018), outstanding (January 2024)
        (
            "Salford's leadership has gone up a grade since 2018, from good to outstanding.\n",
            "2024-01-20",
            "gone up a grade",
            ("a grade", "two grades"),
        ),
        # Luton: leadership requires improvement (2020), good (September 2022)
        (
            "In Luton, leadership has stepped up one grade, from requires improvement to good.\n",
            "2022-09-10",
            "stepped up one grade",
            ("one grade", "three grades"),
        ),
    ],
)
def test_size_of_a_named_move_whatever_the_verb(tmp_path, corpus_db, text, as_of, words, altered):
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        as_of,
        words,
        altered=altered,
        caught=words.replace(altered[0], altered[1]),
    )


def test_after_consecutive_grades_beside_a_move_are_the_grades_before(tmp_path, corpus_db):
    # Slough: SIF inadequate (2014, 2016), ILACS requires improvement (March 2019)
    for text in (
        "Slough has moved up a grade, from inadequate to requires improvement, after two "
        "consecutive inadequate ratings.\n",
        "Slough is now rated requires improvement, following two successive 'inadequate' "
        "judgements.\n",
        "Slough now requires improvement, after two straight inadequate verdicts.\n",
    ):
        claims = _check(tmp_path, corpus_db, text, "2019-03-10")
        assert not _contradicted(claims), claims
    claims = _check(
        tmp_path,
        corpus_db,
        "Slough is now rated requires improvement, following two successive 'good' judgements.\n",
        "2019-03-10",
    )
    assert _claim(claims, "two successive")["verdict"] == "contradicted", claims


@pytest.mark.parametrize(
    ("text", "as_of", "words", "altered"),
    [
        # Bolton's SIF report (21 March 2014), page 24
        (
            "Bolton's children's services require improvement, Ofsted says. Inspectors said "
            'that "although seven care leavers are currently in custody, good partnership '
            'working" ensures they are supported.\n',
            "2014-04-01",
            "although seven care leavers",
            ("seven", "seventeen"),
        ),
        # Cambridgeshire's ILACS report (16 May 2024), page 7
        (
            "Ofsted said Cambridgeshire's children's services require improvement. Inspectors "
            'found the children in care council was "underdeveloped, with only seven regular '
            'members".\n',
            "2024-05-20",
            "only seven regular members",
            ("seven", "70"),
        ),
        # Leeds's SIF report (27 March 2015), page 34: a figure for the word holds
        (
            "Leeds children's services were rated good. The report said: \"Of the 50 children "
            'waiting, 7 have been matched to adoptive families awaiting a panel decision".\n',
            "2015-04-01",
            "7 have been matched",
            ("7 have", "seventy have"),
        ),
    ],
)
def test_a_number_changed_in_a_quotation(tmp_path, corpus_db, text, as_of, words, altered):
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        as_of,
        words,
        kind="quote",
        altered=altered,
        caught=words.replace(altered[0], altered[1]),
    )


PETERBOROUGH_FV = "80537_peterborough__children's_services_focused_visit_-_02_august_2021.pdf"


@pytest.fixture(scope="module")
def check25l(corpus_db, tmp_path_factory):
    """The corpus plus Peterborough's focused-visit letter (visit 22 and 23 June 2021): 'A
    conscientious corporate parent, Peterborough City Council looks after most children in
    its care well'; its reports hold 'corporate parenting' in looser windows."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("facts25"), (PETERBOROUGH_FV,))
    with in_process_checker(db) as run:
        yield run


@pytest.mark.parametrize(
    "text",
    [
        "Peterborough was rated inadequate in January. In 2021 a focused visit "
        'called the council "a conscientious corporate parent" that looks after most children '
        "in its care well.",
        "Ofsted's focused visit in June 2021 called Peterborough City Council \"a "
        'conscientious corporate parent" which looks after most children in its care well.',
        "In June 2021, Ofsted's focused visit described Peterborough City Council as \"a "
        'conscientious corporate parent", looking after most children in its care well.',
    ],
)
def test_a_short_quotation_from_a_letter_is_read_in_the_letter(check25l, text):
    # as many of the quotation's words matched in a tighter window (the letter's) is the
    # passage quoted, not a report's looser one that comes first
    # (as of February 2024: the January 2024 report, nearest, holds 'corporate parenting')
    day = date(2024, 2, 6)
    found = check25l(text, day)
    assert not [f for f in found if f[2] == "contradicted"], found
    found = check25l(text.replace("conscientious", "careless"), day)
    assert "contradicted" in verdicts(found, "corporate parent"), found


@pytest.mark.parametrize(
    ("text", "as_of", "name", "other"),
    [
        # Bolton: ILACS 2018 (June 2018) led by John Roughton; its latest (2023) by Lisa Walsh
        (
            "Bolton's children's services remain good, Ofsted says.\n\nThings moved on quickly. "
            "When inspectors returned in April 2018 they found services had improved to good."
            "\n\nThat report, by inspector John Roughton, found a strong early help service for "
            "children and families.\n",
            "2023-11-01",
            "John Roughton",
            "John Rowley",
        ),
        # Derby: ILACS 2018 (May 2022) led by Julie Knight; its latest (2025) by Margaret Burke
        (
            "Derby's children's services are outstanding, Ofsted says.\n\nThe council was first "
            "rated outstanding by inspectors who visited in March 2022.\n\nThat report, by lead "
            "inspector Julie Knight, said children were well protected.\n",
            "2025-07-20",
            "Julie Knight",
            "Julie Kemp",
        ),
        # Luton: ILACS 2018 (February 2020) led by Tracey Scott; its latest (2026) by Rebecca
        # Dubbins
        (
            "Luton's children's services are good, according to Ofsted.\n\nIn January 2020 "
            "inspectors rated the council inadequate.\n\nThe report, by inspector Tracey Scott, "
            "said children waited too long for help.\n",
            "2026-03-20",
            "Tracey Scott",
            "Tracey Smith",
        ),
    ],
)
def test_that_report_by_the_lead_of_an_earlier_report(
    tmp_path, corpus_db, text, as_of, name, other
):
    # "That report, by inspector X": a sentence that dates nothing itself, after a paragraph on
    # an earlier inspection, speaks of the report X led; a name another lead's only in part is
    # still caught
    claims = _check(tmp_path, corpus_db, text, as_of)
    assert _claim(claims, name)["verdict"] == "supported", claims
    claims = _check(tmp_path, corpus_db, text.replace(name, other), as_of)
    assert _claim(claims, other)["verdict"] == "contradicted", claims


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors, who were on site from 27 November to 8 December, said the focused visit in "
        "March 2023 found serious delays in Peterborough.\n",
        "Inspectors, who visited from 27 November to 8 December, said the focused visit in "
        "March 2023 had found serious delays in Peterborough.\n",
        "Ofsted inspectors, on site in Peterborough from 27 November to 8 December, said the "
        "focused visit in March 2023 had found serious delays at the front door.\n",
    ],
)
def test_days_of_the_inspection_beside_a_visit_it_tells_of(tmp_path, corpus_db, text):
    # Peterborough's ILACS report (published 30 January 2024): on site 27 November to 8
    # December 2023; it tells of 'The focused visit in March 2023' (no letter held); the days
    # are the inspection's, not the visit's
    claims = _check(tmp_path, corpus_db, text, "2024-02-06")
    assert not _contradicted(claims), claims
    claims = _check(tmp_path, corpus_db, text.replace("27 November", "13 November"), "2024-02-06")
    assert _contradicted(claims), claims
