"""`ilacs check`: counts, round 34. A count that names the councils it counts in an aside
("Four of its 15 councils - Devon, Torbay and Bournemouth, Christchurch & Poole - are currently
rated inadequate", "three councils (A, B and C) remain inadequate", "only two councils, namely A
and B, are rated inadequate", "two are outstanding and three - A, B and C - require
improvement") is a count of those councils: it holds when each has the grade and the number is
the list's; it is contradicted when the number is not the list's length and the record's count
(in the listed councils' region, on the day) is. A list of some of them ("including A and B") is
never contradicted by its length."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught

# On 1 June 2023 (latest graded reports, published rule): North East requires improvement =
# Middlesbrough, Redcar and Cleveland, Stockton-on-Tees; East Midlands outstanding = Derby,
# Lincolnshire; West Midlands inadequate = Herefordshire, Solihull; East Midlands requires
# improvement = five (Derbyshire, Leicestershire, Rutland and the two Northamptonshires).
DAY = "2023-06-01"


def test_count_with_its_councils_between_dashes(tmp_path, corpus_db):
    text = (
        "Middlesbrough's report was published last week.\n\n"
        "Three of the North East's 12 councils - Middlesbrough, Redcar and Cleveland and "
        "Stockton-on-Tees - require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        DAY,
        "Stockton-on-Tees - require improvement",
        kind="count",
        altered=("Three of the", "Four of the"),
        caught="Four of the North East",
    )


def test_count_with_its_councils_in_brackets_or_after_namely(tmp_path, corpus_db):
    for text, old, new in (
        (
            "Derby was praised.\n\nTwo councils (Derby and Lincolnshire) are rated outstanding.\n",
            "Two councils",
            "Three councils",
        ),
        (
            "Solihull was criticised.\n\nOnly two councils, namely Herefordshire and Solihull, "
            "are currently rated inadequate.\n",
            "Only two",
            "Only three",
        ),
        (
            "Derby was praised.\n\nTwo councils are rated outstanding (Derby and Lincolnshire).\n",
            "Two councils",
            "Three councils",
        ),
    ):
        # (a list as long as the number: a count of them, or a grade of the councils named)
        claims = _check(tmp_path, corpus_db, text, DAY)
        c = _claim(claims, "Lincolnshire" if "Derby" in text else "Solihull")
        assert c["verdict"] == "supported", c
        assert not _contradicted(claims), claims
        c = _claim(_check(tmp_path, corpus_db, text.replace(old, new), DAY), new)
        assert c["type"] == "count" and c["verdict"] == "contradicted", c


def test_a_later_count_with_its_councils_between_dashes(tmp_path, corpus_db):
    text = (
        "Across the North East, two councils are rated outstanding and three - Middlesbrough, "
        "Redcar and Cleveland and Stockton-on-Tees - require improvement.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        DAY,
        "two councils are rated outstanding",
        kind="count",
        altered=("and three -", "and four -"),
    )


def test_listed_count_after_a_colon_is_the_regions(tmp_path, corpus_db):
    # "four councils are rated inadequate: A, B, C and D" in a piece about a region: the
    # councils listed, not England's count (16 then)
    # (South West inadequate on 20 September 2023: Devon, BCP, the Isles of Scilly, Swindon)
    text = (
        "Cornwall remains the region's only outstanding council. Elsewhere, four councils are "
        "now rated inadequate: the Isles of Scilly, Swindon, Devon and Bournemouth, "
        "Christchurch and Poole.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-09-20")
    c = _claim(claims, "four councils are now rated inadequate")
    assert c["verdict"] == "supported", c
    assert not _contradicted(claims), claims


def test_a_partial_list_is_not_contradicted_by_its_length(tmp_path, corpus_db):
    for text in (
        "Five East Midlands councils - including Derbyshire and Rutland - require improvement.\n",
        "Five East Midlands councils require improvement, including Derbyshire and Rutland.\n",
    ):
        claims = _check(tmp_path, corpus_db, text, DAY)
        assert _claim(claims, "Five East Midlands")["verdict"] == "supported", claims
        assert not _contradicted(claims), claims


# A count that names one judgement ("judged outstanding for leadership", "children in care
# rated inadequate", "care leavers services rated outstanding") counts councils by that
# judgement, not by the overall one or every one. On 1 June 2024: 14 ILACS 2023 reports with
# leadership outstanding, 9 with care leavers outstanding; 10 councils whose latest graded
# report rates children in care inadequate.
def test_count_by_one_judgement(tmp_path, corpus_db):
    for text, old, new in (
        (
            "Fourteen councils in England have now been judged outstanding for leadership under "
            "the inspection framework introduced last year.\n",
            "Fourteen",
            "Eleven",
        ),
        (
            "Nationally, nine councils have had their care leavers services rated outstanding "
            "under the framework introduced last year.\n",
            "nine",
            "20",
        ),
        (
            "Only 10 councils in England currently have children in care rated inadequate.\n",
            "10",
            "five",
        ),
    ):
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-06-01",
            old,
            kind="count",
            altered=(old, new),
            caught=new,
        )


# "None of the East of England's 11 councils", "not one of its councils" after a region named
# in the sentence or the one before: a count of none of the region's councils, not a grade of
# the council the article is about; with no region to be read, no claim. On 1 June 2023: no
# London or East of England council inadequate; London has five requiring improvement, the East
# of England three outstanding (Essex, Hertfordshire, Suffolk).
def test_none_of_a_regions_councils(tmp_path, corpus_db):
    for text, old, new in (
        (
            "Essex was rated outstanding. None of the East of England's 11 councils is currently "
            "rated inadequate.\n",
            "rated inadequate",
            "rated outstanding",
        ),
        (
            "Lambeth requires improvement. For London, one figure stands out: not one of its "
            "councils is currently rated inadequate.\n",
            "rated inadequate",
            "rated requires improvement",
        ),
        (
            "Lambeth requires improvement, like four other boroughs in London. Not one of its "
            "councils is rated inadequate.\n",
            "rated inadequate",
            "rated requires improvement",
        ),
    ):
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            DAY,
            "is currently rated inadequate" if "currently" in text else "is rated inadequate",
            kind="count",
            altered=(old, new),
        )


def test_none_of_whose_councils_is_no_grade_of_the_council(tmp_path, corpus_db):
    # Essex is outstanding: "not one of its councils" is no grade of Essex, and a grade that
    # names a want of the grade ("outstanding drought") is no grade of anyone
    for text in (
        "Essex was rated outstanding. Not one of its councils is currently rated inadequate.\n",
        "Lambeth rated requires improvement as the capital's outstanding drought goes on\n",
        "Essex is rated outstanding, but the long wait for a good rating goes on elsewhere.\n",
    ):
        claims = _check(tmp_path, corpus_db, text, DAY)
        assert not _contradicted(claims), claims


# A national count is read whatever the words before its number that say where it stands
# ("The report places Derby among 25 councils ...", "At the other end of the scale, ...", "At
# the bottom of the league, ..."): a wrong number is caught. On 1 June 2023: 25 councils rated
# outstanding, 13 inadequate.
def test_national_count_after_words_that_place_it(tmp_path, corpus_db):
    for text, old, new in (
        (
            "The report places Derby among 25 councils in England currently rated outstanding.\n",
            "25",
            "31",
        ),
        (
            "Derby is rated outstanding. At the other end of the scale, 13 councils are "
            "currently rated inadequate.\n",
            "13",
            "eight",
        ),
        (
            "Derby is rated outstanding. At the bottom of the league, 13 councils in England are "
            "rated inadequate.\n",
            "13",
            "20",
        ),
    ):
        held_then_caught(
            tmp_path, corpus_db, text, DAY, f"{old} councils", kind="count", altered=(old, new)
        )


def test_an_aside_count_of_one_judgement_is_not_read_as_overall(tmp_path, corpus_db):
    # South East on 3 July 2023, help and protection outstanding: Bracknell Forest, Hampshire,
    # Portsmouth (Portsmouth good overall): the list's grade is the judgement's, not the overall
    text = (
        "Portsmouth was rated good. Only three councils in the South East - Portsmouth, "
        "Hampshire and Bracknell Forest - hold an outstanding grade for help and protection.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-07-03")
    c = _claim(claims, "hold an outstanding grade")
    assert c["verdict"] == "supported", c
    assert "Portsmouth, Hampshire" not in " ".join(x["text"] for x in _contradicted(claims))
