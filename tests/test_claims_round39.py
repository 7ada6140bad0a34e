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
from functools import partial

import pytest

from tests.claims_helpers import (
    corpus_with_letters,
    filled_held_then_caught,
    in_process_checker,
    verdicts,
)

STOKE_FV = "80564_stoke-on-trent__children's_services_focused_visit_-_13_november_2020.pdf"
HOUNSLOW_FV = "80503_hounslow__children's_services_focused_visit_-_07_february_2020.pdf"
DERBY_JTAI = "80459_derby__joint_area_child_protection_inspection_-_08_may_2019.pdf"
HARTLEPOOL_FV = "80473_hartlepool__children's_services_focused_visit_-_27_march_2020.pdf"
SANDWELL_FV = "80549_sandwell__children's_services_focused_visit_-_10_may_2021.pdf"


@pytest.fixture(scope="module")
def check39(corpus_db, tmp_path_factory):
    db = corpus_with_letters(
        corpus_db,
        tmp_path_factory.mktemp("round39"),
        (STOKE_FV, HOUNSLOW_FV, DERBY_JTAI, HARTLEPOOL_FV, SANDWELL_FV),
    )
    with in_process_checker(db) as run:
        yield run


_held_then_caught = partial(filled_held_then_caught, supported=False)


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


def test_how_many_inspectors_and_who_led_them_are_one_claim(check39) -> None:
    # Slough, February 2014: seven of Her Majesty's Inspectors, led by Gary Lamb
    said = (
        "Slough Borough Council's children's services have been rated inadequate. A team of "
        "seven inspectors, led by {}, found widespread failures.\n"
    )
    _held_then_caught(
        check39,
        said,
        date(2014, 2, 17),
        ("Gary Lamb", "A team of seven inspectors"),
        ("Lynn Radley", "A team of seven inspectors"),
        "inspector",
    )


def test_a_visit_dated_otherwise_by_an_older_latest_report(check39) -> None:
    # Cheshire East, December 2021: its latest report (January 2020) tells of 'the focused
    # visit in October 2018'; an article almost two years on names another month
    said = (
        "Ofsted inspectors have found improvements in the way Cheshire East Council works with "
        "vulnerable children. Ofsted previously carried out a focused visit to the council in "
        "{}.\n"
    )
    _held_then_caught(
        check39,
        said,
        date(2021, 12, 10),
        ("October 2018", "October 2018"),
        ("October 2017", "October 2017"),
        "visit",
    )


def test_a_finding_told_the_other_way_round(check39) -> None:
    # Hounslow's focused visit letter (February 2020): the offer to homeless 16- and
    # 17-year-olds 'has improved' since the last inspection
    said = (
        "Hounslow Council's children's services have been praised after a focused visit. The "
        "support offered to 16 and 17-year-olds who present as homeless has {} since the last "
        "inspection.\n"
    )
    _held_then_caught(
        check39, said, date(2020, 2, 11), ("improved", "homeless"), ("deteriorated", "homeless")
    )
    # Derby's JTAI letter (May 2019): 'In the front door, inspectors found delays in assessing
    # children's needs'
    said = (
        "Derby City Council's children's services are outstanding. A joint targeted area "
        "inspection, carried out in March 2019 by Ofsted alongside police, health and probation "
        "inspectors, looked at the response to child sexual abuse within families and found {} "
        "in assessing children's needs at the city's 'front door'.\n"
    )
    _held_then_caught(
        check39, said, date(2022, 5, 11), ("delays", "front door"), ("no delays", "front door")
    )
    # Hartlepool's focused visit letter (March 2020): the senior management team 'has continued
    # to improve the quality of social work practice'
    said = (
        "Hartlepool Borough Council's children's services have been rated outstanding. A "
        'focused visit in March 2020 had found that a "strong and stable senior management '
        'team" had {} to improve social work for children on child in need and child '
        "protection plans.\n"
    )
    _held_then_caught(
        check39, said, date(2024, 5, 16), ("continued", "social work"), ("failed", "social work")
    )
    # Devon's report of March 2020: 'A focused visit in 2018 recognised some improvements'
    said = (
        "Devon County Council's children's services have been rated requires improvement. A "
        'focused visit in 2018 {} improvements, but "since then there has been a further '
        'decline", the report said.\n'
    )
    _held_then_caught(
        check39,
        said,
        date(2020, 3, 17),
        ("recognised some", "focused visit in 2018"),
        ("found no", "focused visit in 2018"),
    )


def test_a_denial_said_another_way_is_no_turn(check39) -> None:
    # Slough, February 2014: 'there have been no permanent exclusions' is what 'No child in
    # care had been permanently excluded' says, denied from its first word
    found = check39(
        "Slough Borough Council has become the first council in the country to be rated "
        "inadequate under Ofsted's tough new inspection regime for children's services. No child "
        "in care had been permanently excluded from school in the last three years, and "
        'post-adoption support plans were praised as "thorough and of good quality".\n',
        date(2014, 2, 14),
    )
    assert "contradicted" not in verdicts(found, "post-adoption support plans")
    assert not [c for c in found if "permanently excluded" in c[1] and c[2] == "contradicted"]


def test_a_grade_after_although_is_not_dated_by_the_aside_before_it(check39) -> None:
    # Newcastle, June 2025: good overall, as in 2021 (the 2022 report, which graded no care
    # leavers); care leavers requires improvement in the 2025 report
    said = (
        "Inspectors said the council's children's services were good overall, the same rating "
        "it received at its last full inspection in 2021, although support for care leavers was "
        "judged to {}.\n"
    )
    said = "Newcastle City Council's children's services have been inspected by Ofsted. " + said
    _held_then_caught(
        check39,
        said,
        date(2025, 6, 26),
        ("require improvement", "support for care leavers"),
        ("be inadequate", "support for care leavers"),
        "grade",
    )


def test_it_joins_the_councils_it_names_as_the_only_ones(check39) -> None:
    # North East, 17 May 2024: Hartlepool, North Tyneside and Sunderland outstanding overall
    said = (
        "Hartlepool Borough Council's children's services have been rated outstanding. It joins "
        "North Tyneside and {} as the only councils in the region currently holding the top "
        "grade.\n"
    )
    _held_then_caught(
        check39, said, date(2024, 5, 17), ("Sunderland", "It joins"), ("Gateshead", "It joins")
    )


def test_years_ago_said_loosely_of_a_report_five_and_a_half_years_before(check39) -> None:
    # Sheffield, August 2019: the last full inspection ended in January 2014
    said = (
        "Sheffield City Council's children's services have been rated good by Ofsted, up from "
        "requires improvement at the last full inspection {} years ago.\n"
    )
    _held_then_caught(
        check39, said, date(2019, 8, 28), ("five", "years ago"), ("three", "years ago"), "trend"
    )


def test_a_span_of_years_ends_where_a_wrong_visit_begins(check39) -> None:
    # Sandwell, December 2025: the focused visit of March 2021 'was carried out fully by remote
    # means'; the years since it are a claim of their own, which does not take in the visit
    said = (
        "Sandwell's children's services have been rated good by Ofsted for the first time. The "
        "turnaround comes less than five years after a focused visit in March 2021, carried out "
        '{} during the pandemic, found the trust still had "serious weaknesses in some areas '
        'identified in previous inspections".\n'
    )
    assert "contradicted" not in verdicts(
        check39(said.format("remotely"), date(2025, 12, 3)), "carried out remotely"
    )
    found = check39(said.format("in person"), date(2025, 12, 3))
    assert verdicts(found, "carried out in person", "visit") == {"contradicted"}
    # (no supported claim holds the visit's wrong words)
    assert not [c for c in found if "in person" in c[1] and c[2] == "supported"]


def test_a_count_of_areas_the_council_and_its_partners_need_to_improve(check39) -> None:
    # Barnsley, August 2014: the report lists 25 areas for improvement
    said = (
        "Barnsley Council's children's services require improvement, Ofsted has said. The "
        "report, published last Friday, lists {} areas the council and its partners need to "
        "improve, but praises the council's leadership.\n"
    )
    _held_then_caught(
        check39,
        said,
        date(2014, 8, 15),
        ("25", "areas the council and its partners"),
        ("15", "areas the council and its partners"),
        "recommendation",
    )


def test_a_date_a_thing_lasted_until_is_no_inspection_date(check39) -> None:
    # Peterborough, January 2024 (on site 27 November to 8 December 2023): 'backlogs remained
    # until August 2023'
    found = check39(
        "Peterborough City Council's children's services have been rated inadequate. Inspectors "
        "said those backlogs remained until August but that children's needs are now being "
        "promptly considered.\n",
        date(2024, 1, 31),
    )
    assert not [c for c in found if c[2] == "contradicted"], found


def test_a_few_councils_counted_with_no_place_or_time_are_the_storys(check39) -> None:
    # 3 February 2022: Wakefield and Warwickshire rated good; "two councils judged good" names
    # no place, time or whole, so it is not a count of England's councils (no contradiction)
    found = check39(
        "Wakefield's leadership rated outstanding as two councils judged good\n\nTwo councils have "
        "had their children's services rated good by Ofsted.\n",
        date(2022, 2, 3),
    )
    assert not [c for c in found if c[2] == "contradicted"], found
    # (a count of England's councils is still a count of them: 'Only two councils in England
    # are rated good' is contradicted)
    found = check39("Only two councils in England are rated good.\n", date(2022, 2, 3))
    assert verdicts(found, "two councils in England") == {"contradicted"}
