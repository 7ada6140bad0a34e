"""`ilacs check`: what inspectors found, told in the article's own words and order, found in the
report by the weight of its words (quotes._sentence_found).

Real values from the corpus: West Sussex's report of May 2023 ("for some children there are
delays in strategy meetings taking place"), Oxfordshire's of June 2014 ("social work staff
turnover ... 9%", against 15% in England) and Trafford's of May 2019 ("no quality assurance
work had been undertaken in the team for more than a year")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import (
    check_text,
    claim_with,
    contradicted,
    corpus_with_letters,
    held_then_caught,
    in_process_checker,
    verdicts,
)


@pytest.fixture(scope="module")
def check37(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _other(found, words: str) -> set[str]:
    return {v for k, t, v in found if k == "other" and words in t}


def test_three_words_of_meaning_in_one_sentence_of_the_report(check37) -> None:
    # 'for some children there are delays in strategy meetings taking place' (2023): three
    # words of meaning, all in one sentence, and a named speaker
    said = "West Sussex County Council's children's services are no longer inadequate. "
    found = check37(
        said + "Inspectors found delays in some strategy meetings.\n", date(2023, 5, 12)
    )
    assert verdicts(found, "delays in some strategy meetings", "other") == {"supported"}
    # ... a thing the report does not say of them is not found there
    other = check37(said + "Inspectors found delays in some adoption panels.\n", date(2023, 5, 12))
    assert "supported" not in _other(other, "adoption panels")


def test_a_finding_in_other_words_and_the_numbers_it_gives(check37) -> None:
    # Oxfordshire 2014: a stable workforce, social work staff turnover of 9% against 15%
    said = (
        "Oxfordshire County Council's children's services were rated good. The report also "
        "praised a stable workforce, with social work staff turnover of {} per cent against 15 "
        "per cent nationally.\n"
    )
    found = check37(said.format("nine"), date(2014, 7, 1))
    assert verdicts(found, "turnover of nine per cent", "other") == {"supported"}
    # a number the report's sentence does not give is not that sentence's fact
    altered = check37(said.format("19"), date(2014, 7, 1))
    assert "supported" not in _other(altered, "turnover of 19 per cent")


def test_a_finding_with_its_negation_in_other_words(check37) -> None:
    # Trafford 2019: 'no quality assurance work had been undertaken in the team for more than
    # a year'
    found = check37(
        "Trafford Council's children's services were rated inadequate. Inspectors found that no "
        "quality assurance work had been carried out in the team for more than a year.\n",
        date(2019, 5, 8),
    )
    assert verdicts(found, "no quality assurance work", "other") == {"supported"}
    assert not [t for k, t, v in found if v == "contradicted"]


# ---------------------------------------------------------------------------------------------
# What a focused visit looked at, named where the claim's own words do not reach: Redcar and
# Cleveland's visit of July 2023 ('Inspectors looked at the local authority's arrangements for
# the 'front door''), Redbridge's of 12-13 December 2018 (care leavers).

REDCAR_FV = "80541_redcar_and_cleveland__children's_services_focused_visit_-_08_august_2023.pdf"
REDBRIDGE_FV = "80512_redbridge__children's_services_focused_visit_-_17_january_2019.pdf"


@pytest.fixture(scope="module")
def visits_db(corpus_db, tmp_path_factory):
    return corpus_with_letters(
        corpus_db, tmp_path_factory.mktemp("round37"), (REDCAR_FV, REDBRIDGE_FV)
    )


def test_what_a_visit_looked_at_in_a_clause_after_its_date(tmp_path, visits_db) -> None:
    held_then_caught(
        tmp_path,
        visits_db,
        "Redcar and Cleveland's children's services have been rated good. The inspection "
        "follows a focused visit in July 2023, when inspectors looking at the council's 'front "
        "door' found that senior leaders had responded swiftly.\n",
        "2026-01-28",
        "front door",
        altered=("the council's 'front door'", "the council's services for care leavers"),
        # (the subject is a claim of its own: the visit's date, July 2023, holds; round 43)
        caught="services for care leavers",
        still_held=("a focused visit in July 2023",),
    )


def test_what_a_visit_looked_at_named_before_it(tmp_path, visits_db) -> None:
    true = (
        "Redbridge's children's services have been rated outstanding. Care leavers' services "
        "had been the subject of a focused visit in December 2018.\n"
    )
    assert not contradicted(check_text(tmp_path, visits_db, true, "2019-06-11"))
    altered = true.replace("Care leavers' services", "The borough's front door")
    wrong = check_text(tmp_path, visits_db, altered, "2019-06-11")
    # (the subject is a claim of its own; the visit's date, December 2018, holds: round 43)
    c = claim_with(wrong, "front door had been the subject")
    assert c["verdict"] == "contradicted" and "care leavers" in c["explanation"], c
    assert claim_with(wrong, "visit in December 2018")["verdict"] == "supported"
    # (and no finding read in the same words says otherwise)
    assert not [x for x in wrong if "front door" in x["text"] and x["verdict"] == "supported"]


def test_no_contradicted_claim_runs_over_a_true_quotation(tmp_path, corpus_db) -> None:
    # Norfolk, SIF published 20 October 2015, p1: 'There are widespread or serious failures
    # that mean the welfare of looked after children is not safeguarded and promoted.'
    claims = check_text(
        tmp_path,
        corpus_db,
        "Norfolk's children's services have been rated outstanding in every area. In 2013 "
        "inspectors rated its services for looked after children inadequate, and two years "
        "later the whole department was judged inadequate after inspectors found “widespread or "
        "serious failures that mean the welfare of looked after children is not safeguarded and "
        "promoted”.\n",
        "2026-05-19",
    )
    [quote] = [c for c in claims if c["type"] == "quote" and "widespread or" in c["text"]]
    assert quote["verdict"] == "supported", quote
    assert not [
        c for c in contradicted(claims) if c["start"] < quote["end"] and quote["start"] < c["end"]
    ], claims


def test_a_good_proportion_is_no_grade(check37) -> None:
    # Havering, ILACS published 16 February 2024 (inadequate): 'A good proportion of care
    # leavers benefit from living with their foster carers after the age of 18'
    found = check37(
        "Havering Council's children's services have been rated inadequate. A good proportion "
        "live with their former foster carers after turning 18 in ‘staying put’ arrangements, "
        "and personal advisers keep in touch with young people up to, and sometimes beyond, the "
        "age of 25 – something inspectors called “a strength in Havering”.\n",
        date(2024, 2, 22),
    )
    assert not [t for k, t, v in found if v == "contradicted"], found


def test_the_council_in_the_news_wins_a_tie(check37) -> None:
    # Windsor and Maidenhead: ILACS published 24 February 2020, good overall; Kingston upon
    # Thames's last report before it (19 December 2019) is outstanding. Each is named once: the
    # one with a report in the weeks before the article is the one it is about.
    found = check37(
        "Children's social care in the Royal Borough has been rated good by Ofsted, in a report "
        "published on Monday.\n\nServices have been run on the council's behalf by Achieving for "
        "Children, the social enterprise set up by Kingston and Richmond councils, since 2017.\n\n"
        "The result means Windsor and Maidenhead joins Bracknell Forest and West Berkshire as "
        "the only councils in Berkshire currently rated good.\n",
        date(2020, 2, 27),
    )
    assert verdicts(found, "rated good by Ofsted", "grade") == {"supported"}
    assert verdicts(found, "published on Monday") == {"supported"}


def test_a_list_of_recommendations_with_one_thing_swapped(tmp_path, corpus_db) -> None:
    # Kirklees, ILACS published 28 August 2024: three things to improve, the third 'The
    # effectiveness of practice with every child who is experiencing harm from neglect and / or
    # domestic abuse'
    held_then_caught(
        tmp_path,
        corpus_db,
        "Kirklees Council's children's services have been rated good. Ofsted said Kirklees must "
        "improve the availability and choice of homes for children in care and care leavers, "
        "the quality of written plans and records, and its work with children experiencing "
        "harm from neglect or domestic abuse.\n",
        "2024-08-29",
        "must improve the availability",
        altered=("harm from neglect or domestic abuse", "criminal exploitation"),
        kind="recommendation",
    )


def test_every_area_including_one_the_report_grades_apart(tmp_path, corpus_db) -> None:
    # Dudley, SIF published 5 April 2016: inadequate overall and for help and protection,
    # children looked after, adoption and leadership; care leavers requires improvement. The
    # 2018 report: 'significant progress'. "Every area" of a SIF report takes in its care
    # leavers judgement (round 43: as the labels of the blind batches read it), so it is not
    # so, whichever area the article names with it; "every area except care leavers" is
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        "In 2016 Dudley's children's services were rated inadequate in every area except care "
        'leavers, before a 2018 inspection found "significant progress".\n',
        "2019-01-15",
        "inadequate in every area",
        altered=("except care leavers", "except adoption"),
        caught="inadequate in every area",
        kind="grade",
    )
    assert claim_with(claims, "significant progress")["verdict"] == "supported"
    for named in ("services for children in care", "services for care leavers"):
        wrong = check_text(
            tmp_path,
            corpus_db,
            "In 2016 Dudley's children's services were rated inadequate in every area, including "
            f'{named}, before a 2018 inspection found "significant progress".\n',
            "2019-01-15",
        )
        assert claim_with(wrong, "inadequate in every area")["verdict"] == "contradicted"
