"""`ilacs check`, round 17 ranks and counts: a numbered paragraph's number ('6.1 Of the 153
...') is no count; 'half of the East Midlands' ten councils' is a share (a plural region's
possessive), not a count of ten; 'the ILACS framework that has been in use since 2023' is the
2023 framework, and a group 'under the framework' whose size only one version of ILACS gives is
counted under that one; 'X is one of two ..., alongside Y, and the tenth council to ...' ranks
X, not the council the aside names; 'out of the 40 inspected under the updated framework' and
'out of 117 whose reports have been published - nearly a third' are the councils a framework has
reported on; 'the lowest category' is inadequate; 'two things the trust must do better' counts
a letter's things to improve; 'It joins 66 other councils rated good or outstanding out of the
94 inspected under the framework' counts 67 within the framework's 94; 'one of six North East
councils rated outstanding - half of the region's 12 local authorities' is a share of that
grade."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import corpus_with_letters, in_process_checker

BIRMINGHAM = "80429_birmingham__children's_services_focused_visit_-_24_october_2024.pdf"


# 18 November 2025: 103 of England's 153 councils hold good or outstanding overall.
@pytest.mark.parametrize(("n", "verdict"), [("103", "supported"), ("112", "contradicted")])
def test_a_numbered_paragraph_is_no_count(tmp_path, corpus_db, n, verdict):
    text = (
        "West Berkshire Council's children's services have been rated good.\n\n"
        f"4.2 Of the 153 local authorities in England, {n} are currently rated good or "
        "outstanding for overall effectiveness.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-11-18")
    c = _claim(claims, "Of the 153 local authorities")
    assert c["verdict"] == verdict, c


# 13 January 2024: five of the East Midlands councils hold good or outstanding overall.
@pytest.mark.parametrize(("share", "verdict"), [("half", "supported"), ("a fifth", "contradicted")])
def test_a_share_of_a_plural_regions_councils(tmp_path, corpus_db, share, verdict):
    text = (
        "Leicester City Council's children's services have been rated good.\n\n"
        f"The verdict means {share} of the East Midlands' ten councils are now rated good or "
        "outstanding by Ofsted.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-01-13")
    c = _claim(claims, "ten councils")
    assert c["verdict"] == verdict, c


# 21 January 2025: 86 councils with ILACS 2023 reports, nine of them inadequate overall.
@pytest.mark.parametrize(("n", "verdict"), [("nine", "supported"), ("14", "contradicted")])
def test_a_framework_in_use_since_a_year(tmp_path, corpus_db, n, verdict):
    text = (
        "Knowsley Council's children's services have been rated inadequate.\n\n"
        "Knowsley is the latest council to be rated inadequate under the ILACS framework that has "
        "been in use since 2023. Of the 86 councils whose inspections under the framework have "
        f"been published so far, {n} have been rated inadequate.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-01-21")
    c = _claim(claims, "Of the 86 councils")
    assert c["verdict"] == verdict, c


# Harrow (4 March 2025) is the tenth council rated inadequate overall under ILACS 2023; Havering
# (16 February 2024) the sixth.
@pytest.mark.parametrize(("n", "verdict"), [("tenth", "supported"), ("sixth", "contradicted")])
def test_a_rank_after_an_aside_ranks_the_subject(tmp_path, corpus_db, n, verdict):
    text = (
        "Harrow Council's children's services have been rated inadequate.\n\n"
        "Harrow is now one of two London boroughs currently rated inadequate, alongside "
        f"Havering, and the {n} council to be judged inadequate overall under the inspection "
        "framework introduced in 2023.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-05")
    c = _claim(claims, f"the {n} council")
    assert c["verdict"] == verdict, c


# 30 July 2025: 18 councils' latest overall grade is inadequate.
# (30: not supported; 'category' is a word the rank and count reader leaves unread)
@pytest.mark.parametrize(("n", "holds"), [("18", True), ("30", False)])
def test_the_lowest_category_is_inadequate(tmp_path, corpus_db, n, holds):
    text = (
        "Sandwell Council's children's services have been rated good.\n\n"
        f"Nationally, {n} councils remain in the lowest category.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-07-30")
    c = _claim(claims, "lowest category")
    assert (c["verdict"] == "supported") == holds, c


# 5 February 2024: 40 councils with ILACS 2023 reports; eight outstanding overall.
@pytest.mark.parametrize(("n", "verdict"), [("Eight", "supported"), ("Thirteen", "contradicted")])
def test_out_of_those_inspected_under_a_framework(tmp_path, corpus_db, n, verdict):
    text = (
        "Wirral Council's children's services require improvement to be good.\n\n"
        "Wirral is one of 11 councils judged to require improvement overall out of the 40 "
        f"inspected under the updated framework so far. {n} have been rated outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-02-05")
    assert _claim(claims, "out of the 40 inspected")["verdict"] == "supported"
    c = _claim(claims, f"{n} have been rated")
    assert c["verdict"] == verdict, c


# 16 July 2024: 62 councils with ILACS 2023 reports, 15 of them outstanding overall (24%).
@pytest.mark.parametrize(
    ("share", "verdict"), [("Nearly a quarter", "supported"), ("Half", "contradicted")]
)
def test_a_share_of_the_councils_a_framework_reported_on(tmp_path, corpus_db, share, verdict):
    text = (
        "Greenwich Council's children's services have been rated outstanding.\n\n"
        "Greenwich is the latest council to be rated outstanding overall under the ILACS "
        f"framework in use since 2023. {share} of the 62 councils whose reports have been "
        "published under the framework have now received the top grade.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2024-07-16")
    c = _claim(claims, "of the 62 councils")
    assert c["verdict"] == verdict, c


# 12 August 2025: 117 councils with ILACS 2023 reports, 35 outstanding overall (30%).
@pytest.mark.parametrize(("n", "verdict"), [("117", "supported"), ("90", "contradicted")])
def test_out_of_those_reported_on_and_a_share(tmp_path, corpus_db, n, verdict):
    text = (
        "Leeds City Council's children's services have been rated outstanding.\n\n"
        "Their results bring to 35 the number of councils judged outstanding under the inspection "
        f"framework introduced in January 2023, out of {n} whose reports have been published - "
        "nearly a third.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-08-12")
    c = _claim(claims, f"out of {n} whose reports")
    assert c["verdict"] == verdict, c


@pytest.fixture(scope="module")
def check17(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus the Birmingham focused-visit letter of 24
    October 2024."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("rankcount17"), (BIRMINGHAM,))
    with in_process_checker(db) as run:
        yield run


# Birmingham Children's Trust focused visit (24 October 2024): two things to improve.
@pytest.mark.parametrize(("n", "verdict"), [("two", "supported"), ("five", "contradicted")])
def test_things_the_trust_must_do_better(check17, n, verdict):
    text = (
        "Ofsted has published a letter after a focused visit to Birmingham Children's Trust in "
        "September.\n\n"
        f"It sets out {n} things the trust must do better.\n"
    )
    found = check17(text, date(2024, 10, 25))
    assert verdict in {v for _, t, v in found if "things the trust must do better" in t}, found


# 19 March 2025: 94 councils with ILACS 2023 reports, 67 of them good or outstanding overall
# (Doncaster, published 18 March, among them).
@pytest.mark.parametrize(("n", "verdict"), [("66", "supported"), ("50", "contradicted")])
def test_joins_n_other_councils_out_of_those_inspected(tmp_path, corpus_db, n, verdict):
    text = (
        "Doncaster Council's children's services have been rated good.\n\n"
        f"It joins {n} other councils rated good or outstanding out of the 94 inspected under "
        "the framework introduced in 2023.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-19")
    c = _claim(claims, f"joins {n} other councils")
    assert c["verdict"] == verdict, c


# 25 March 2026: six of the North East's 12 councils hold outstanding overall.
@pytest.mark.parametrize(("share", "holds"), [("half", True), ("a quarter", False)])
def test_a_share_in_apposition_to_a_count(tmp_path, corpus_db, share, holds):
    text = (
        "Darlington Borough Council's children's services have been rated outstanding.\n\n"
        "Darlington is now one of six North East councils rated outstanding - "
        f"{share} of the region's 12 local authorities.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-03-25")
    c = _claim(claims, "of the region's 12 local authorities")
    assert (c["verdict"] == "supported") == holds, c
