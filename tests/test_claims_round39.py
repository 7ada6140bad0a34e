"""`ilacs check`, round 39: altered facts that earlier sets' articles slipped past the checker.

Real values from the corpus and letters: Stoke-on-Trent's focused visit of 29 September 2020
(letter of 13 November 2020: services 'characterised by serious weaknesses in practice'),
Trafford's report of May 2019 ('since the focused visit in July 2018', audits giving no 'up-to-date
overview of practice'), the latest grades of the Merseyside and Greater Manchester councils,
Manchester's single-inspection-framework report of September 2014 (the sixth council rated
inadequate under it), Lambeth's of May 2015 (the first London council), St Helens' reports of
January 2015 (led by Tracey Metcalfe) and November 2019 (led by Lorna Schlechte), Shropshire's
three reports (good 2017, good 2022, outstanding 2025) and Redcar and Cleveland's (requires
improvement 2017 and 2022, good 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts

STOKE_FV = "80564_stoke-on-trent__children's_services_focused_visit_-_13_november_2020.pdf"


@pytest.fixture(scope="module")
def check39(corpus_db, tmp_path_factory):
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("round39"), (STOKE_FV,))
    with in_process_checker(db) as run:
        yield run


def _held_then_caught(
    check, said: str, day: date, held: tuple, caught: tuple, kind: str | None = None
) -> None:
    """`said` with `held[0]` put in: its claim holding `held[1]` not contradicted; with
    `caught[0]`: its claim holding `caught[1]` contradicted (of `kind`, when given)."""
    assert "contradicted" not in verdicts(check(said.format(held[0]), day), held[1], kind)
    assert verdicts(check(said.format(caught[0]), day), caught[1], kind) == {"contradicted"}


def test_a_visit_is_the_one_whose_letter_prints_what_it_found(check39) -> None:
    # Stoke-on-Trent: ilacs holds the letter of the focused visit of 29 September 2020, which
    # prints the words quoted; 'March 2021' is not that visit's date (and ilacs holds no other)
    said = (
        "Stoke-on-Trent City Council's children's services are 'on track', inspectors say. "
        "The council was rated inadequate in 2019, and a focused visit in {}, when Ofsted found "
        'services were still "characterised by serious weaknesses in practice", followed.\n'
    )
    _held_then_caught(
        check39,
        said,
        date(2023, 6, 14),
        ("September 2020", "characterised by serious"),
        ("March 2021", "characterised by serious"),
    )


def test_a_visit_dated_wrongly_takes_in_the_words_it_found(check39) -> None:
    # Trafford, May 2019: 'since the focused visit in July 2018'; 'January 2018' is contradicted
    # over the whole clause, the quotation it found included (one claim, as the clause is one)
    said = (
        "Trafford Council's children's services have been rated inadequate by Ofsted. Ofsted "
        "had already warned after a focused visit in {} that audits did not provide "
        '"an up-to-date overview of practice".\n'
    )
    _held_then_caught(
        check39,
        said,
        date(2019, 5, 8),
        ("July 2018", "overview of practice"),
        ("January 2018", "overview of practice"),
    )


def test_the_fellows_named_in_a_county_group_are_among_its_holders(check39) -> None:
    # Merseyside on 21 January 2025: Knowsley, Liverpool and Sefton inadequate; Wirral requires
    # improvement
    said = (
        "Knowsley Council's children's services have been rated inadequate by Ofsted. Knowsley "
        "is now one of three Merseyside councils holding an inadequate rating, alongside "
        "Liverpool and {}.\n"
    )
    _held_then_caught(
        check39, said, date(2025, 1, 21), ("Sefton", "Merseyside"), ("Wirral", "Merseyside")
    )
    # Greater Manchester on 17 December 2021: Bury and Trafford inadequate, Stockport good
    said = (
        "Bury Council's children's services have been rated inadequate by Ofsted. Bury now "
        "joins {} as one of only two councils in Greater Manchester with an inadequate rating.\n"
    )
    _held_then_caught(
        check39,
        said,
        date(2021, 12, 17),
        ("Trafford", "Greater Manchester"),
        ("Stockport", "Greater Manchester"),
    )


def test_a_rank_said_in_the_words_of_the_bottom_grade(check39) -> None:
    # "given the bottom rating", "handed the lowest grade", "branded inadequate": read, so a
    # wrong place is contradicted, not left as unread
    said = (
        "Manchester City Council's children's services have been rated inadequate. Manchester "
        "is the {} council in England to be given the bottom rating under Ofsted's new, tougher "
        "inspections.\n"
    )
    _held_then_caught(
        check39, said, date(2014, 9, 4), ("sixth", "bottom rating"), ("third", "bottom rating")
    )
    said = (
        "Lambeth Council's children's services have been rated inadequate. Lambeth is the {} "
        "London council to be handed the lowest grade under Ofsted's tougher single inspection "
        "regime.\n"
    )
    _held_then_caught(
        check39, said, date(2015, 5, 13), ("first", "lowest grade"), ("second", "lowest grade")
    )


def test_a_lead_inspector_whose_quoted_words_are_of_another_report(check39) -> None:
    # St Helens, November 2019: the paragraph names 2014 (Tracey Metcalfe led that report), but
    # the words quoted as the lead inspector's are the 2019 report's, led by Lorna Schlechte
    said = (
        "St Helens Council's children's services have been rated inadequate by Ofsted.\n\n"
        "When Ofsted last carried out a full inspection of St Helens, in 2014, the council was "
        'rated requires improvement. Lead inspector {} wrote: "Since the last inspection in '
        '2014, there has been a decline in the quality of services for children in St Helens."\n'
    )
    _held_then_caught(
        check39,
        said,
        date(2019, 11, 5),
        ("Lorna Schlechte", "Lead inspector"),
        ("Tracey Metcalfe", "Lead inspector"),
        "inspector",
    )


def test_how_many_times_a_council_has_had_a_grade(check39) -> None:
    # Shropshire: good (2017), good (2022), outstanding (August 2025): the first time
    said = (
        "Shropshire Council's children's services have been rated outstanding by Ofsted, the "
        "{} time the council has achieved the top grade.\n"
    )
    assert "contradicted" not in verdicts(
        check39(said.format("first"), date(2025, 8, 13)), "the first time"
    )
    found = check39(said.format("second"), date(2025, 8, 13))
    assert verdicts(found, "the second time", "trend") == {"contradicted"}
    # (the grade itself is still supported, on its own words)
    assert verdicts(found, "rated outstanding by Ofsted", "grade") == {"supported"}
    # Redcar and Cleveland: requires improvement in 2017 and 2022, then good in January 2026
    said = (
        "Children's services in Redcar and Cleveland have been rated good by Ofsted after {} "
        'successive "requires improvement" verdicts.\n'
    )
    _held_then_caught(
        check39, said, date(2026, 1, 29), ("two", "successive"), ("three", "successive"), "trend"
    )


def test_a_report_by_a_lead_who_led_an_earlier_one_and_the_words_it_described(check39) -> None:
    # Bexley, August 2018: the report (led by Marcie Taylor) described a "skilled, stable and
    # well-supported workforce"; Pietro Battista led the 2014 report, named in the paragraph
    said = (
        "Children's services in Bexley have been rated outstanding by Ofsted, four years after "
        "inspectors said they required improvement. The borough jumped two grades, from "
        '"requires improvement" in 2014 to the top rating.\n\nThe report, by lead inspector {}, '
        'described a "skilled, stable and well-supported workforce".\n'
    )
    _held_then_caught(
        check39,
        said,
        date(2018, 8, 21),
        ("Marcie Taylor", "lead inspector"),
        ("Pietro Battista", "lead inspector"),
        "inspector",
    )


def test_a_rank_of_adoption_performance(check39) -> None:
    # East Sussex, 21 March 2014: the first council with adoption outstanding under the single
    # inspection framework ('adoption performance' is the adoption judgement's words)
    said = (
        "East Sussex County Council's children's services have been rated good by Ofsted. East "
        "Sussex is the {} council in the country to have its adoption performance rated "
        "outstanding under the new framework.\n"
    )
    _held_then_caught(
        check39,
        said,
        date(2014, 3, 21),
        ("first", "adoption performance"),
        ("second", "adoption performance"),
        "rank",
    )
