"""`ilacs check`: ranks, round 34. "the fifth (report) to rate a council good" ranks the reports
that rated a council good (not outstanding ones); "..., after A, B, C and D" with one name too
many or too few for the place is the place's error when the record agrees with the list; a
local safeguarding children board "only the third in the country to be rated outstanding",
called "old" or "former", is ranked among boards; "In November 2018, Ofsted judged Leeds
outstanding, only the fourth council to achieve the top grade under the new framework" is the
rank of the report of that time, under the framework new then."""

from __future__ import annotations

from tests.claims_helpers import held_then_caught


def test_the_nth_report_to_rate_a_council_good(tmp_path, corpus_db):
    # ILACS 2023 reports rating a council good, by publication: East Riding of Yorkshire (24 Mar
    # 2023), Brent and Haringey (11 Apr), Birmingham (18 Apr), Portsmouth (3 Jul): the fifth
    for text, old, new in (
        (
            "Portsmouth's report is the fifth under the framework introduced this year to rate a "
            "council good, after East Riding of Yorkshire, Brent, Haringey and Birmingham.\n",
            "the fifth",
            "the fourth",
        ),
        (
            "Portsmouth's is only the fifth report under the new framework to judge a council "
            "good.\n",
            "the fifth",
            "the third",
        ),
    ):
        held_then_caught(
            tmp_path, corpus_db, text, "2023-07-05", old, kind="rank", altered=(old, new)
        )


def test_a_boards_rank_among_boards(tmp_path, corpus_db):
    # SIF safeguarding boards rated outstanding, by publication: London Corporation, Hackney
    # (Sep 2016), York (7 Feb 2017), Derby (13 Jun 2017), Merton (25 Aug 2017)
    for text, day, old, new in (
        (
            "York's safeguarding children board was, in 2017, only the third in the country to "
            "be rated outstanding under the single inspection framework.\n",
            "2017-03-01",
            "the third",
            "the second",
        ),
        (
            "Merton's former local safeguarding children board was the fifth in England to be "
            "rated outstanding.\n",
            "2017-09-01",
            "the fifth",
            "the third",
        ),
    ):
        held_then_caught(tmp_path, corpus_db, text, day, old, kind="rank", altered=(old, new))


def test_a_rank_of_a_time_the_sentence_names(tmp_path, corpus_db):
    # ILACS 2018 outstanding by publication: North Yorkshire (6 Aug 2018), Bexley (20 Aug),
    # East Sussex (4 Sep), Leeds (18 Dec 2018); both councils were inspected again since
    for text, old, new in (
        (
            "In November 2018, Ofsted judged Leeds outstanding, only the fourth council to "
            "achieve the top grade under the new framework.\n",
            "the fourth",
            "the sixth",
        ),
        (
            "In July 2018, Bexley was rated outstanding, the second council in England to get "
            "the top grade under the new regime.\n",
            "the second",
            "the fourth",
        ),
    ):
        held_then_caught(
            tmp_path, corpus_db, text, "2024-06-01", old, kind="rank", altered=(old, new)
        )
