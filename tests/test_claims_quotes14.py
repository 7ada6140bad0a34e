"""`ilacs check` on quotations and lists of what must improve (round 14): a quotation that turns
the report's 'has created' into 'has yet to create' (a denial without a negation word), and an
item of a list in one recommendation's own words but for the children or the service it names
('short-break placements for adopted children' for '... for disabled children'), with the
article's own verbs ('cut', 'find') and 'enough homes' for 'sufficiency of accommodation'
read as rewording. Real values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import corpus_with_letters, in_process_checker, verdicts


@pytest.fixture(scope="module")
def check14(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Barnsley's report published 27 October 2023: 'The executive director, through their
# determination and vision, has created a culture of learning, honesty and care within the
# workforce.'
_BARNSLEY = (
    "Barnsley's children's services have been rated good by Ofsted. In the report, inspectors "
    'said the executive director "{verb} a culture of learning, honesty and care within the '
    'workforce".'
)


@pytest.mark.parametrize(
    ("verb", "want"),
    [
        ("has created", "supported"),
        ("has yet to create", "contradicted"),
        ("has failed to create", "contradicted"),
    ],
)
def test_a_quotation_denying_what_the_report_says(check14, verb, want):
    found = check14(_BARNSLEY.format(verb=verb), date(2023, 11, 1))
    assert verdicts(found, "a culture of learning", "quote") == {want}


# Durham's report published 5 July 2022 asks for improvement in 'The response to children who
# go missing from home or care', 'Sufficiency of short-break placements, respite and sessional
# care for disabled children' and 'Pathway assessments and planning for care leavers'.
_DURHAM = (
    "Ofsted has rated Durham County Council's children's services good. Inspectors said the "
    "council should improve the response to children who go missing from home or care, "
    "{item} and pathway planning for care leavers."
)


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("find enough short-break placements for disabled children", "supported"),
        ("focus on the sufficiency of short-break placements for disabled children", "supported"),
        ("sufficiency of short-break placements for disabled children", "supported"),
        ("sufficiency of short-break placements for adopted children", "contradicted"),
        ("find enough short-break placements for children in kinship care", "contradicted"),
    ],
)
def test_a_recommendation_for_other_children(check14, item, want):
    found = check14(_DURHAM.format(item=item), date(2022, 7, 10))
    assert verdicts(found, "short-break placements", "recommendation") == {want}


# Peterborough's JTAI letter of 11 August
# 2017 ('the multi-agency response to abuse and neglect'), on site 26 to 30 June 2017.
PETERBOROUGH_JTAI = (
    "80537_peterborough__joint_area_child_protection_inspection_-_11_august_2017.pdf"
)


@pytest.fixture(scope="module")
def check14_letters(corpus_db, tmp_path_factory):
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("quotes14"), (PETERBOROUGH_JTAI,))
    with in_process_checker(db) as run:
        yield run


def test_an_inspection_looking_at(check14_letters):
    # 'a joint targeted area inspection looking at ...' (no comma before 'looking'): what the
    # inspection looked at, read as its subject (a subject put another way: never contradicted)
    text = (
        "Inspectors from three watchdogs spent five days in Peterborough in June on a joint "
        "targeted area inspection looking at how agencies respond to children who go missing "
        "from home."
    )
    found = check14_letters(text, date(2017, 8, 20))
    assert verdicts(found, "looking at how agencies respond", "visit") == {"not_in_record"}


# Durham's report published 5 July 2022 (above): 'Ofsted said the council should <verb> ...'
# is a list of what must improve in the article's own verbs.
def test_the_council_should_act(check14):
    text = (
        "Ofsted has rated Durham County Council's children's services good. Ofsted said the "
        "council should respond better to children who go missing from home or care, and "
        "provide more short-break placements for disabled children."
    )
    found = check14(text, date(2022, 7, 10))
    assert verdicts(found, "short-break placements", "recommendation") == {"supported"}


# Hartlepool's report published 16 May 2024 asks for 'Clarity for care leavers about their
# rights and entitlements through the care leavers offer' and 'The support and responses to
# care leavers in custody': both about care leavers.
@pytest.mark.parametrize(
    ("whom", "want"),
    [("care leavers", {"supported"}), ("children in care", {"contradicted"})],
)
def test_whom_the_recommendations_are_about(check14, whom, want):
    text = (
        "Hartlepool Borough Council's children's services are outstanding, Ofsted says. The "
        f"report's recommendations relate to {whom}, including the support and responses to "
        "care leavers in custody."
    )
    found = check14(text, date(2024, 5, 20))
    assert verdicts(found, f"relate to {whom}", "recommendation") == want


# York's report published 4 May 2022: 'improvement has been slow overall and has not resulted
# in consistently ...'
@pytest.mark.parametrize(
    ("words", "want"),
    [("has been slow overall", "supported"), ("has been rapid overall", "contradicted")],
)
def test_slow_turned_rapid(check14, words, want):
    text = (
        "City of York Council's children's services still require improvement, Ofsted says. "
        f'Inspectors found that improvement "{words}", the report says.'
    )
    found = check14(text, date(2022, 5, 10))
    assert verdicts(found, words, "quote") == {want}


# Durham again: 'made three recommendations, covering X, Y and Z' is a list; one long word only
# one recommendation has ('respite'), then other children, is that one with its subject swapped.
@pytest.mark.parametrize(
    ("who", "want"), [("disabled children", "supported"), ("adopted children", "contradicted")]
)
def test_recommendations_covering(check14, who, want):
    text = (
        "Ofsted has rated Durham County Council's children's services good. Inspectors made "
        "three recommendations, covering the response to children who go missing from home or "
        f"care, respite for {who}, and pathway planning for care leavers."
    )
    found = check14(text, date(2022, 7, 10))
    claims = [(t, v) for k, t, v in found if k == "recommendation" and f"respite for {who}" in t]
    assert [v for _, v in claims] == [want], found
