"""`ilacs check` on councillors' and officers' words (round 22): what they hope, plan or admit is
still to come ('our ambition is for X to be good and then outstanding', 'we know practice is not
yet consistently good') is no grade given; a fact of the record in their words ('help and
protection was the one area where we were not good three years ago') is a claim, of the
speaker's own council (not of a neighbour named in the paragraph before), and 'the one area' is
the only one. Real values from the corpus: Harrow (SIF 2017: good, help and protection requires
improvement; ILACS published 16 March 2020: good), Barnet (SIF 2017: inadequate in every area),
Middlesbrough (ILACS 2020: inadequate; published 25 May 2023: requires improvement)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check22(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


HARROW = (
    "Harrow Council's children's services have been rated good by Ofsted, and this time its "
    "help and protection work has been judged good as well.\n\n"
    "Neighbouring Barnet, where Ofsted rated services inadequate in 2017, is now rated good.\n\n"
)

SPEAKERS = (
    'Cllr Christine Robson, cabinet member for children, said: "{q}"',
    "\"{q}\" said the council's director of children's services, Paul Hewitt.",
    "Harrow's director of children's services, Paul Hewitt, said: \"{q}\"",
)


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize(
    ("area", "want"), [("Help and protection", "supported"), ("Leadership", "contradicted")]
)
def test_officer_words_are_of_their_own_council(check22, speaker: str, area: str, want: str):
    q = (
        f"{area} was the one area where we were not good three years ago. To see it rated "
        "good today is a real milestone."
    )
    found = check22(HARROW + speaker.format(q=q) + "\n", date(2020, 3, 17))
    assert verdicts(found, "the one area where we were not good") == {want}


MIDDLESBROUGH = (
    "Middlesbrough Council's children's services require improvement to be good, Ofsted has "
    "said, in a report published yesterday.\n\n"
)

HOPES = (
    "Our ambition is for Middlesbrough to be good and then outstanding.",
    "We want our services to become good, and in time outstanding.",
    "We know that practice is not yet consistently good for every child.",
    "Our aim is to be rated good at our next inspection, and outstanding after that.",
    "We are determined that every service will be good, then outstanding.",
)


@pytest.mark.parametrize("hope", HOPES)
@pytest.mark.parametrize("speaker", SPEAKERS[:2])
def test_hopes_in_officer_words_are_not_grades(check22, hope: str, speaker: str):
    q = f"Three years ago we were rated inadequate. {hope}"
    found = check22(MIDDLESBROUGH + speaker.format(q=q) + "\n", date(2023, 5, 26))
    said = [(k, t, v) for k, t, v in found if t in hope or hope.rstrip(".") in t]
    assert all(v != "contradicted" for _, _, v in said), said
    # (the record's fact told in the same words is still checked)
    assert verdicts(found, "Three years ago we were rated inadequate") == {"supported"}


@pytest.mark.parametrize("hope", HOPES[:3])
def test_record_fact_beside_a_hope_is_still_caught(check22, hope: str):
    q = f"Three years ago we were rated good. {hope}"
    found = check22(MIDDLESBROUGH + SPEAKERS[0].format(q=q) + "\n", date(2023, 5, 26))
    assert verdicts(found, "Three years ago we were rated good") == {"contradicted"}


REPORTED = (
    "Council leader Chris Cooke said the authority wanted its services to be rated outstanding "
    "at the next inspection.",
    "The council says it is on course to be rated good when inspectors return.",
    "The council said its ambition was for every service to be good and then outstanding.",
    "Cllr Mieka Smiles said she hoped help and protection would be judged good next time.",
)


@pytest.mark.parametrize("hope", REPORTED)
def test_hopes_told_by_the_reporter_are_not_grades(check22, hope: str):
    found = check22(MIDDLESBROUGH + hope + "\n", date(2023, 5, 26))
    said = [(k, t, v) for k, t, v in found if t in hope or hope.rstrip(".") in t]
    assert all(v != "contradicted" for _, _, v in said), said


@pytest.mark.parametrize(("grade", "want"), [("inadequate", "supported"), ("good", "contradicted")])
def test_a_verdict_told_by_the_reporter_is_still_checked(check22, grade: str, want: str):
    text = (
        MIDDLESBROUGH + f"Council leader Chris Cooke said services had been rated {grade} in "
        "2020 and the council would now aim for good.\n"
    )
    found = check22(text, date(2023, 5, 26))
    assert verdicts(found, f"rated {grade} in 2020") == {want}


# A move told in a council's words is the move, not a hope (Middlesbrough: inadequate 2020,
# requires improvement 2023)
@pytest.mark.parametrize(
    "said",
    (
        "Council leader Chris Cooke said the journey from inadequate to requires improvement in "
        "three years was remarkable.",
        'Cllr Mieka Smiles said: "Our journey from inadequate to requires improvement in three '
        'years is remarkable."',
    ),
)
def test_a_move_told_by_a_council_is_read(check22, said: str):
    found = check22(MIDDLESBROUGH + said + "\n", date(2023, 5, 26))
    assert "supported" in verdicts(found, "from inadequate to requires improvement")
