"""`ilacs check`, round 38: rules read off blind batch J (written before the checker was run on it).

Real values from the corpus: Peterborough's report of January 2024 ('a focused visit to the
integrated front door in March 2023'), Wakefield's of July 2018 ('An Ofsted focused visit of front
door services in February 2018'), Derby's of May 2022 (outstanding overall, children in care good)
and of July 2025 (outstanding in every judgement, on site 19 to 23 May 2025), and Haringey's of
December 2018 (requires improvement), April 2023 (good) and February 2026 (outstanding)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check38(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def test_a_visit_dated_by_its_report_with_words_between_the_visit_and_its_date(check38) -> None:
    # 'a focused visit to the integrated front door in March 2023' (Peterborough, January
    # 2024): words between the visit and its date; the council the article names as a partner
    # ('shared arrangements with Cambridgeshire County Council') is not what 'the council's'
    # stands for in the next paragraph
    said = (
        "Children's services in Peterborough have been rated inadequate by Ofsted.\n\n"
        "Peterborough's shared arrangements with Cambridgeshire County Council have since been "
        "wound down.\n\nA focused visit to the council's integrated front door in {} had found "
        "delays in the response to contacts.\n"
    )
    held = check38(said.format("March 2023"), date(2024, 1, 31))
    assert verdicts(held, "front door in March 2023") == {"supported"}
    wrong = check38(said.format("March 2022"), date(2024, 1, 31))
    assert verdicts(wrong, "front door in March 2022", "visit") == {"contradicted"}


def test_a_visit_dated_otherwise_by_the_first_report_after_it(check38) -> None:
    # Wakefield's 2018 report: 'An Ofsted focused visit of front door services in February
    # 2018'; an article of 2022 looks back (the 2022 report is the one in the news)
    said = (
        "Wakefield Council's children's services have been rated good. The 2018 inspection had "
        "found serious and widespread failures, months after a focused visit to its front door "
        "in {} 2018 found that children were not being protected.\n"
    )
    held = check38(said.format("February"), date(2022, 1, 20))
    assert "contradicted" not in verdicts(held, "February 2018")
    wrong = check38(said.format("April"), date(2022, 1, 20))
    assert verdicts(wrong, "front door in April 2018", "visit") == {"contradicted"}


def test_a_bare_month_is_not_of_a_year_in_an_aside_before_it(check38) -> None:
    # Derby, July 2025: 'in May' is May 2025 (the short inspection of 19 to 23 May), not May of
    # the year named in the aside on the inspection before ('in 2022')
    found = check38(
        "Derby City Council's children's services have been rated outstanding in every area. "
        "The authority, which was also judged outstanding overall at its previous inspection in "
        "2022, was rated outstanding for overall effectiveness, leadership, help and protection, "
        "children in care and care leavers following a one-week inspection in May.\n",
        date(2025, 7, 9),
    )
    assert "contradicted" not in {v for _, _, v in found}
    assert "supported" in verdicts(found, "inspection in May")


def test_an_area_named_for_when_it_began_to_be_graded_is_not_the_one_counted(check38) -> None:
    # by 8 July 2025, 12 councils outstanding in all five judgements of the 2023 framework
    # (Derby the twelfth); 28 outstanding for care leavers
    said = (
        "Derby City Council's children's services have been rated outstanding in every area. "
        "It is one of only {} councils to be rated outstanding across all five judgements since "
        "Ofsted began grading care leavers' services separately in 2023.\n"
    )
    held = check38(said.format(12), date(2025, 7, 9))
    assert verdicts(held, "one of only 12") == {"supported"}
    wrong = check38(said.format(20), date(2025, 7, 9))
    assert verdicts(wrong, "one of only 20") == {"contradicted"}


def test_areas_with_an_aside_before_their_verb_take_the_grade_after_it(check38) -> None:
    # Derby 2022: help and protection outstanding; children in care (and care leavers, then
    # judged with them) good
    said = (
        "Derby City Council's children's services have been rated outstanding. In 2017, the "
        "council was rated good. Five years later, help and protection was judged outstanding "
        "and only children in care and care leavers, then assessed together, were rated {}.\n"
    )
    held = check38(said.format("good"), date(2025, 7, 9))
    assert "contradicted" not in verdicts(held, "then assessed together")
    assert "supported" in verdicts(held, "then assessed together")
    wrong = check38(said.format("inadequate"), date(2025, 7, 9))
    assert "contradicted" in verdicts(wrong, "then assessed together")


def test_a_date_between_a_grade_and_the_to_of_the_next_is_the_first_ones(check38) -> None:
    # Haringey: requires improvement (2018), good (2023), outstanding (February 2026)
    said = (
        "Haringey's children's services have been rated outstanding by Ofsted. The verdict, "
        'published yesterday, completes a climb from "{}" in 2018 to good in 2023 and now '
        "outstanding.\n"
    )
    held = check38(said.format("requires improvement"), date(2026, 2, 25))
    assert "contradicted" not in {v for _, _, v in held}
    assert "supported" in verdicts(held, "a climb from")
    wrong = check38(said.format("inadequate"), date(2026, 2, 25))
    assert "contradicted" in verdicts(wrong, "a climb from")
