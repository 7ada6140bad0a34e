"""`ilacs check` on grades (round 25): a past report's grades told in a narrative are of the
report the narrative is on, not the latest one: a sentence whose subject is a year's report or
inspection ("That 2017 report, ...", "Ofsted's 2016 inspection rated ..."), "Then," after a
sentence that names a time, a paragraph that runs on from one telling of a past inspection, an
inspection told "under its then-new ... framework"; and a council named as the other side of an
arrangement ("the partnership with Leeds City Council") is not what the article is about. Real
values from the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker, verdicts


@pytest.fixture(scope="module")
def check25(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


# Barnet: sif published 7 July 2017 (inadequate; help and protection, children in care and
# leadership inadequate, care leavers requires improvement); ilacs2023 23 July 2024 (good).
BARNET = date(2024, 7, 25)
# Bromley: sif 27 June 2016 (inadequate in every judgement); ilacs2023 12 January 2024
# (outstanding in every judgement).
BROMLEY = date(2024, 1, 15)
# Croydon: sif 4 September 2017 (leadership and help and protection inadequate, adoption requires
# improvement); ilacs2023 3 December 2024 (good).
CROYDON = date(2024, 12, 5)
# Gloucestershire: sif 13 June 2017 (inadequate; help and protection and leadership inadequate,
# adoption good); ilacs2023 4 August 2025 (good, leadership outstanding).
GLOUCESTERSHIRE = date(2025, 8, 6)
# Dudley: sif 5 April 2016 (inadequate; care leavers requires improvement); ilacs2018 13 January
# 2023 (requires improvement in every judgement).
DUDLEY = date(2023, 1, 16)
# Haringey: sif 18 July 2014 (requires improvement in every judgement); ilacs2023 24 February
# 2026 (outstanding).
HARINGEY = date(2026, 3, 1)
# Kirklees: ilacs2018 5 August 2019 (requires improvement in every judgement); Leeds: ilacs2018
# 18 December 2018 (outstanding).
KIRKLEES = date(2019, 8, 7)
# Richmond upon Thames: ilacs2018 18 March 2022 (good in every judgement); Kingston upon Thames:
# ilacs2018 19 December 2019 (outstanding, leadership outstanding).
RICHMOND = date(2022, 3, 20)

BARNET_TEXT = (
    "Barnet's children's services have been rated good.\n\n"
    "That 2017 report, which followed a four-week inspection in April and May 2017, found "
    "services in Barnet inadequate. Help and protection, children looked after and leadership "
    "were all judged inadequate, although care leavers required improvement."
)
BROMLEY_TEXT = (
    "Bromley's children's services have been rated outstanding in every area.\n\n"
    "Ofsted's 2016 inspection rated Bromley inadequate overall, and leadership was judged "
    "inadequate too."
)
CROYDON_TEXT = (
    "Croydon's children's services are good, inspectors say.\n\n"
    "Croydon's 2017 inspection was a low point. Leadership and help and protection were rated "
    "inadequate, while adoption required improvement."
)


@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        (BARNET_TEXT, BARNET, "Help and protection, children looked after", "supported"),
        (BARNET_TEXT, BARNET, "care leavers required improvement", "supported"),
        (
            BARNET_TEXT.replace(
                "care leavers required improvement", "care leavers were rated good"
            ),
            BARNET,
            "care leavers were rated good",
            "contradicted",
        ),
        (BROMLEY_TEXT, BROMLEY, "leadership was judged inadequate", "supported"),
        (
            BROMLEY_TEXT.replace("judged inadequate too", "judged outstanding"),
            BROMLEY,
            "leadership was judged outstanding",
            "contradicted",
        ),
        (CROYDON_TEXT, CROYDON, "adoption required improvement", "supported"),
        (
            CROYDON_TEXT.replace("adoption required improvement", "adoption was rated good"),
            CROYDON,
            "adoption was rated good",
            "contradicted",
        ),
    ],
)
def test_a_year_named_report_is_the_narrative_report(check25, text, as_of, words, verdict):
    # "That 2017 report, ... found ...", "Ofsted's 2016 inspection rated ..., and leadership was
    # judged ...": the grades after it are that report's (not the latest one's)
    assert verdicts(check25(text, as_of), words, "grade") == {verdict}


GLOUCESTERSHIRE_TEXT = (
    "Gloucestershire's children's services are good, with outstanding leadership.\n\n"
    "It is a long way from 2017. Then, inspectors judged the county's services inadequate. Help "
    "and protection and leadership were both rated inadequate, while adoption was judged good."
)


@pytest.mark.parametrize(
    "text, verdict",
    [
        (GLOUCESTERSHIRE_TEXT, "supported"),
        (
            GLOUCESTERSHIRE_TEXT.replace(
                "adoption was judged good", "adoption was judged outstanding"
            ),
            "contradicted",
        ),
        (
            GLOUCESTERSHIRE_TEXT.replace("Then, inspectors", "Back then, inspectors"),
            "supported",
        ),
    ],
)
def test_then_is_the_time_the_sentence_before_named(check25, text, verdict):
    found = check25(text, GLOUCESTERSHIRE)
    assert verdicts(found, "Help and protection and leadership", "grade") == {verdict}


DUDLEY_TEXT = (
    "Dudley's children's services still require improvement, Ofsted says.\n\n"
    "When Ofsted published its verdict on Dudley in April 2016, the picture was bleak. "
    "Inspectors, who spent four weeks in the borough in January and February 2016, rated the "
    "council inadequate.\n\n"
    "Help and protection and leadership were both judged inadequate, and care leavers required "
    "improvement."
)


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        (DUDLEY_TEXT, "Help and protection and leadership", "supported"),
        (
            DUDLEY_TEXT.replace("both judged inadequate", "both judged good"),
            "Help and protection and leadership",
            "contradicted",
        ),
        # a paragraph that turns to now: the latest report's grades, as before
        (
            DUDLEY_TEXT.replace(
                "Help and protection and leadership were both judged inadequate, and care "
                "leavers required improvement.",
                "This week's report tells a different story. Help and protection was judged to "
                "require improvement.",
            ),
            "Help and protection was judged",
            "supported",
        ),
        # the latest report's grade, told after the paragraph on the past: still held
        (
            DUDLEY_TEXT.replace(
                "Help and protection and leadership were both judged inadequate, and care "
                "leavers required improvement.",
                "Leadership was rated requires improvement.",
            ),
            "Leadership was rated",
            "supported",
        ),
    ],
)
def test_a_paragraph_runs_on_from_a_past_inspection(check25, text, words, verdict):
    # the paragraph before told of the 2016 inspection: a grade with no time of its own may be
    # of it (contradicted only when neither it nor the latest report gives it)
    assert verdicts(check25(text, DUDLEY), words, "grade") == {verdict}


HARINGEY_TEXT = (
    "Haringey's children's services are outstanding.\n\n"
    "When Ofsted returned in the summer of 2014, under its then-new single inspection "
    "framework, it found a service still in transition. Every judgement was rated requires "
    "improvement."
)


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        (HARINGEY_TEXT, "Every judgement was rated", "supported"),
        (
            HARINGEY_TEXT.replace("rated requires improvement", "rated good"),
            "Every judgement was rated good",
            "contradicted",
        ),
        (
            HARINGEY_TEXT.replace(
                "under its then-new single inspection framework", "using the new framework"
            ).replace("requires improvement.", "inadequate."),
            "Every judgement was rated inadequate",
            "contradicted",
        ),
    ],
)
def test_an_inspection_under_a_framework_sets_the_scene(check25, text, words, verdict):
    # "under its then-new single inspection framework" is the framework the inspection of 2014
    # was under, not a sentence about frameworks
    assert verdicts(check25(text, HARINGEY), words, "grade") == {verdict}


KIRKLEES_TEXT = (
    "Kirklees children's services have moved up to requires improvement, Ofsted says.\n\n"
    "Inspectors praised the improvement partnership with Leeds City Council, which they said had "
    "brought stability. Leeds managers joined the council in 2017, and the partnership with Leeds "
    "was renewed last year.\n\n"
    "Leadership was judged to require improvement, and so was help and protection."
)
RICHMOND_TEXT = (
    "Richmond upon Thames children's services have been rated good in every area.\n\n"
    "The council runs its services through a shared services deal with Kingston upon Thames, and "
    "the arrangement with Kingston was renewed last year. The deal with Kingston has saved money, "
    "councillors say.\n\n"
    "Leadership was judged good, and so were help and protection and children in care."
)


@pytest.mark.parametrize(
    "text, as_of, words, verdict",
    [
        (KIRKLEES_TEXT, KIRKLEES, "Leadership was judged to require", "supported"),
        (
            KIRKLEES_TEXT.replace("judged to require improvement,", "judged outstanding,"),
            KIRKLEES,
            "Leadership was judged outstanding",
            "contradicted",
        ),
        (RICHMOND_TEXT, RICHMOND, "Leadership was judged good", "supported"),
        (
            RICHMOND_TEXT.replace(
                "Leadership was judged good", "Leadership was judged outstanding"
            ),
            RICHMOND,
            "Leadership was judged outstanding",
            "contradicted",
        ),
    ],
)
def test_a_partner_council_is_not_the_subject(check25, text, as_of, words, verdict):
    # "the partnership with Leeds City Council", "a shared services deal with Kingston": the
    # partner's grades are not the ones the article tells
    assert verdicts(check25(text, as_of), words, "grade") == {verdict}


@pytest.mark.parametrize(
    "text, as_of, verdict",
    [
        # Bolton: ilacs2018 12 June 2018 good; ilacs2023 27 October 2023 good
        (
            "Bolton has been rated good since its last inspection in 2018.",
            date(2023, 11, 1),
            "supported",
        ),
        (
            "Bolton has been rated outstanding since its last inspection in 2018.",
            date(2023, 11, 1),
            "contradicted",
        ),
        # Bexley: ilacs2018 20 August 2018 outstanding; ilacs2023 24 March 2023 outstanding
        ("Bexley has been rated outstanding ever since 2018.", date(2023, 4, 1), "supported"),
        # Derbyshire: sif 11 February 2014 good; ilacs2018 19 September 2019 requires improvement;
        # ilacs2023 12 January 2024 good
        (
            "Derbyshire has held a good rating since its 2014 inspection.",
            date(2020, 6, 1),
            "contradicted",
        ),
        (
            "Derbyshire has been rated good since its last inspection in 2019.",
            date(2024, 2, 1),
            "contradicted",
        ),
        (
            "Derbyshire has been rated requires improvement since its last inspection in 2019.",
            date(2020, 6, 1),
            "supported",
        ),
        # Hackney: ilacs2018 20 December 2019 requires improvement; ilacs2023 20 August 2024 good
        ("Hackney has been judged good since 2019.", date(2024, 9, 1), "contradicted"),
    ],
)
def test_a_grade_held_since_an_inspection_is_that_inspections(check25, text, as_of, verdict):
    # "has been rated good since its last inspection in 2019": the grade of that inspection and
    # of every one after it (not of an earlier one that gave it)
    assert verdicts(check25(text, as_of), text[:20], "grade") == {verdict}


def test_improved_since_an_inspection_dates_no_grade(check25):
    found = check25(
        "Derbyshire's services have improved since the last inspection in 2019.", date(2020, 6, 1)
    )
    assert not [f for f in found if f[0] == "grade"], found
    assert all(v != "contradicted" for _, _, v in found), found


@pytest.mark.parametrize(
    "text, verdict",
    [
        # Slough: sif 14 February 2014 and 17 February 2016, both inadequate
        ("Slough was judged inadequate for the second time in February 2016.", "supported"),
        ("Slough was judged inadequate for the second time in February 2017.", "contradicted"),
        # Birmingham: sif 23 May 2014 and 25 November 2016, both inadequate
        (
            "Birmingham was rated inadequate in November 2016, for the second time since 2014.",
            "supported",
        ),
        (
            "Birmingham was rated inadequate in September 2016, for the second time since 2014.",
            "supported",
        ),
        (
            "Birmingham was rated inadequate in November 2017, for the second time since 2014.",
            "contradicted",
        ),
    ],
)
def test_the_month_of_a_grade_given_for_the_nth_time(check25, text, verdict):
    # "rated inadequate in February 2023, for the second time since 2016": the month told is
    # that of one of the inspections that gave it (on site or published)
    assert verdicts(check25(text, date(2017, 12, 1)), text[:20], "grade") == {verdict}


@pytest.mark.parametrize(
    "text, as_of, verdict",
    [
        # Herefordshire: sif 30 June 2014 requires improvement (its child protection inspection
        # of October 2012, inadequate, is not one ilacs holds)
        (
            "Herefordshire's children's services still require improvement, two years after they "
            "were judged inadequate, according to a report published on Monday.",
            date(2014, 7, 2),
            "supported",
        ),
        # Cambridgeshire: sif 8 August 2014 good
        (
            "Cambridgeshire's children's services are now good, two years after they were judged "
            "inadequate, according to an Ofsted report published on Friday.",
            date(2014, 8, 11),
            "supported",
        ),
        # Birmingham: sif 23 May 2014 and 25 November 2016, both inadequate
        (
            "Birmingham's children's services are still inadequate, two years after they were "
            "judged inadequate, according to a report published on Friday.",
            date(2016, 11, 28),
            "supported",
        ),
        (
            "Birmingham's children's services are still inadequate, two years after they were "
            "judged good, according to a report published on Friday.",
            date(2016, 11, 28),
            "contradicted",
        ),
    ],
)
def test_the_day_of_the_report_cited_is_no_date_of_the_grade_before(check25, text, as_of, verdict):
    # "two years after they were branded inadequate, according to a report published on
    # Friday": the grade before is two years back (not held: not settled), the day the report's
    assert verdicts(check25(text, as_of), "two years after", "trend") == {verdict}


@pytest.mark.parametrize(
    "text, as_of, verdict",
    [
        # Cheshire West and Chester: ilacs2018 8 May 2019 good in every judgement; ilacs2023
        # 28 August 2024 requires improvement (children in care good)
        (
            "Cheshire West and Chester went from good in every area to requires improvement.",
            date(2024, 8, 30),
            "supported",
        ),
        (
            "Cheshire West and Chester went from good in every area to inadequate.",
            date(2024, 8, 30),
            "contradicted",
        ),
        # Harrow: ilacs2018 16 March 2020 good in every judgement; ilacs2023 4 March 2025
        # inadequate (help and protection good)
        (
            "Harrow went from good in all four judgements to inadequate.",
            date(2025, 3, 5),
            "supported",
        ),
    ],
)
def test_every_judgement_between_two_grades_is_the_first_ones(check25, text, as_of, verdict):
    # "goes from good in every judgement to inadequate": every judgement was good, the new grade
    # is the overall one
    assert verdicts(check25(text, as_of), "went from good", "trend") == {verdict}


# Barnet's lead inspectors: sif 7 July 2017 Louise Warren; ilacs2018 1 July 2019 Andy Whippey;
# ilacs2023 23 July 2024 Naintara Khosla
BARNET_2019 = (
    "Barnet's children's services have been rated good again.\n\n"
    "When inspectors returned in May 2019, they rated the council good in every area.\n\n"
    "That report, by inspector Andy Whippey, found that leaders had acted quickly."
)
BARNET_2017 = (
    "Barnet's children's services have been rated good again.\n\n"
    "When Ofsted published its verdict on Barnet in July 2017, the picture was bleak. Every "
    "judgement but two was rated inadequate.\n\n"
    "That report's lead inspector, Louise Warren, found that leaders had not acted quickly "
    "enough."
)


@pytest.mark.parametrize(
    "text, words, verdict",
    [
        (BARNET_2019, "Andy Whippey", "supported"),
        (BARNET_2019.replace("Andy Whippey", "Louise Warren"), "Louise Warren", "contradicted"),
        (BARNET_2017, "Louise Warren", "supported"),
        (BARNET_2017.replace("Louise Warren", "Tara Geere"), "Tara Geere", "contradicted"),
    ],
)
def test_that_report_is_the_one_the_paragraph_before_told_of(check25, text, words, verdict):
    # "That report, by inspector X", "That report's lead inspector, X": the report the
    # paragraph before told of (not the latest)
    assert verdicts(check25(text, date(2024, 7, 25)), words, "inspector") == {verdict}


BARNET_THAT_SPRING = (
    "Barnet's children's services have been rated good again.\n\n"
    "It is a long way from 2017. After a month-long inspection that spring, Ofsted rated Barnet "
    "inadequate."
)
BARNET_QUOTED_YEAR = (
    "Barnet's children's services have been rated good again.\n\n"
    "It is a very different picture from 2017. After a month-long inspection that April and May, "
    'Ofsted rated Barnet inadequate, warning that "the progress identified at the last '
    'inspection in 2012 has not been maintained".'
)


@pytest.mark.parametrize(
    "text, verdict",
    [
        (BARNET_THAT_SPRING, "supported"),
        (
            BARNET_THAT_SPRING.replace("Barnet inadequate", "Barnet requires improvement"),
            "contradicted",
        ),
        (BARNET_QUOTED_YEAR, "supported"),
        (
            BARNET_QUOTED_YEAR.replace("Barnet inadequate", "Barnet requires improvement"),
            "contradicted",
        ),
    ],
)
def test_that_month_is_of_the_year_the_sentence_before_named(check25, text, verdict):
    # "It is a very different picture from 2016. After a month-long inspection that February and
    # March, Ofsted rated Durham ...": of 2016 (a year quoted after it is the report's words)
    assert verdicts(check25(text, BARNET), "rated Barnet") == {verdict}


@pytest.mark.parametrize(
    "text, as_of, verdict",
    [
        # Birmingham: inadequate 2014 and 2016, requires improvement 2019, good 18 April 2023
        (
            "Birmingham has been rated good, its first good rating in four inspections "
            "stretching back to 2014.",
            date(2023, 4, 20),
            "supported",
        ),
        (
            "Birmingham has been rated good, its first outstanding rating in four inspections "
            "stretching back to 2014.",
            date(2023, 4, 20),
            "contradicted",
        ),
        # Gloucestershire: inadequate 2017, requires improvement 2022, good 4 August 2025
        (
            "It is Gloucestershire's first good overall rating in three inspections dating back "
            "to 2017.",
            GLOUCESTERSHIRE,
            "supported",
        ),
    ],
)
def test_inspections_stretching_back_to_a_year_do_not_date_the_grade(check25, text, as_of, verdict):
    # "its first good overall rating in four inspections stretching back to 2016": the year the
    # run starts, not the year of the grade (the latest report's)
    assert verdicts(check25(text, as_of), "rating in", "grade") == {verdict}


@pytest.mark.parametrize(
    "text, as_of, verdict",
    [
        # Havering: sif 9 December 2016, requires improvement in every judgement but care
        # leavers (inadequate)
        (
            "Havering was rated requires improvement, and every area bar one - care leavers - "
            "required improvement too.",
            date(2016, 12, 12),
            "supported",
        ),
        (
            "Havering was rated requires improvement, and every area bar one - adoption - "
            "required improvement too.",
            date(2016, 12, 12),
            "contradicted",
        ),
        # Calderdale: sif 20 March 2015, requires improvement in every judgement but adoption
        # (inadequate)
        (
            "Calderdale was rated requires improvement, and all areas except adoption were "
            "judged to require improvement.",
            date(2015, 3, 25),
            "supported",
        ),
        (
            "Calderdale was rated requires improvement, and all areas except care leavers were "
            "judged to require improvement.",
            date(2015, 3, 25),
            "contradicted",
        ),
    ],
)
def test_an_exception_told_before_the_grade(check25, text, as_of, verdict):
    # "every area bar one - adoption - required improvement": every judgement but the one named
    # has the grade, and that one has not
    assert verdicts(check25(text, as_of), "and ", "grade") == {verdict}
