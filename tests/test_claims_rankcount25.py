"""`ilacs check`: counts and ranks, round 25: "the fourth council in the region with an
outstanding rating, joining A, B and C" (a place among the councils holding the grade on the day:
one that reached it once and has lost it since is not counted)."""

from __future__ import annotations

from tests.claims_helpers import held_then_caught


def test_a_place_among_the_holders_of_a_grade_counts_those_holding_it(tmp_path, corpus_db):
    # South East on 20 May 2024, outstanding overall: East Sussex (2018, since lost), Hampshire
    # (2019), Kent, Bracknell Forest (2022), Brighton and Hove (16 May 2024): fifth to reach it,
    # fourth of the four holding it
    text = (
        "Brighton and Hove City Council's children's services have been rated outstanding by "
        "Ofsted.\n\n"
        "Brighton and Hove becomes the fourth council in the South East with an outstanding "
        "rating, joining Hampshire, Kent and Bracknell Forest.\n\n"
        "The city is now the fourth South East authority holding an outstanding grade.\n\n"
        "It is the fourth council in the region that now holds an outstanding rating.\n"
    )
    for old, new in (
        ("fourth council in the South", "fifth council in the South"),
        ("fourth South", "fifth South"),
        ("fourth council in the region", "third council in the region"),
    ):
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-05-20",
            (
                "the fourth council in the South",
                "the fourth South",
                "the fourth council in the region",
            ),
            kind="rank",
            altered=(old, new),
            caught=next(w for w in ("the " + new,)),
        )


def test_it_after_a_list_with_asides_is_the_council_the_sentence_before_opened_on(
    tmp_path, corpus_db
):
    # South East on 20 May 2024, outstanding overall, by publication: East Sussex, Hampshire,
    # Kent (3rd), Bracknell Forest, Brighton and Hove (5th). "It" after "..., alongside
    # Hampshire, which got the top grade in 2019, Bracknell Forest and Kent" is Brighton and
    # Hove, not Kent
    text = (
        "Brighton and Hove City Council's children's services have been rated outstanding by "
        "Ofsted.\n\n"
        "Brighton and Hove is now one of four South East councils rated outstanding, alongside "
        "Hampshire, which got the top grade in 2019, Bracknell Forest and Kent. It is the fifth "
        "council in the region to be rated outstanding.\n\n"
        "Brighton and Hove joins the region's top tier following Hampshire, whose inspection "
        "was almost five years earlier, and Kent. The council is the "
        "fifth in the South East to be judged outstanding.\n\n"
        "Brighton and Hove now stands behind Hampshire, whose outstanding grade dates from June "
        "2019, Bracknell Forest and Kent. It becomes the fifth council in the South East to be "
        "rated outstanding.\n"
    )
    words = ("It is the fifth", "The council is the fifth", "It becomes the fifth")
    for w in words:
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-05-20",
            words,
            kind="rank",
            altered=(w, w.replace("fifth", "third")),
            caught=w.replace("fifth", "third"),
        )


def test_a_group_of_a_regions_councils_inspected_under_a_framework_is_the_regions(
    tmp_path, corpus_db
):
    # North West SIF reports published by 1 Jun 2016: 16 councils; good: Trafford, Salford,
    # Cheshire West and Chester; inadequate: Knowsley, Manchester, Lancashire (England: far
    # more). The names between dashes are the first count's, not the second's
    text = (
        "Trafford Council's children's services have been rated good by Ofsted.\n\n"
        "Of the 16 North West councils inspected under the SIF so far, three are rated good, "
        "while three are inadequate.\n\n"
        "Of the 16 North West authorities inspected under the single inspection framework to "
        "date, only three - Trafford, Salford and Cheshire West and Chester - are good, while "
        "three are inadequate.\n\n"
        "Of the 16 councils in the North West inspected under the framework so far, three have "
        "been judged inadequate.\n"
    )
    words = (
        "Of the 16 North West councils",
        "Of the 16 North West authorities",
        "Of the 16 councils in",
    )
    for old, new, caught in (
        ("three have been", "five have been", "Of the 16 councils in"),
        ("so far, three are rated good", "so far, six are rated good", words[0]),
        ("only three - Trafford", "only two - Trafford", words[1]),
    ):
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2016-06-01",
            words,
            kind="count",
            altered=(old, new),
            caught=caught,
        )


def test_a_place_among_safeguarding_boards_is_a_rank_of_the_boards_judgements(tmp_path, corpus_db):
    # North West LSCBs judged inadequate under the SIF, by publication: Knowsley (Jun 2014),
    # Manchester (Sep 2014), Sefton (Jun 2016), Wirral (20 Sep 2016): the fourth
    text = (
        "Wirral Council's children's services have been rated inadequate by Ofsted.\n\n"
        "Wirral's Local Safeguarding Children Board has also been judged inadequate, making it "
        "the fourth board in the North West to receive the lowest rating.\n\n"
        "The Wirral Safeguarding Children Board was rated inadequate too. It is the fourth such "
        "board in the North West to be judged inadequate under the single inspection "
        "framework.\n\n"
        "The LSCB was also found wanting - the fourth board in the North West to be rated "
        "inadequate.\n"
    )
    words = (
        "making it the fourth board",
        "the fourth such board",
        "the fourth board in the North West to be rated",
    )
    for w in words:
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2016-09-27",
            words,
            kind="rank",
            altered=(w, w.replace("fourth", "third")),
            caught=w.replace("fourth", "third"),
        )


def test_councils_whose_boards_were_judged_are_graded_by_their_safeguarding_boards(
    tmp_path, corpus_db
):
    # North West LSCBs judged inadequate by 27 Sep 2016: Knowsley, Manchester, Sefton, Wirral
    # (Sefton's overall grade was requires improvement; Trafford's board was good)
    text = (
        "Wirral Council's children's services have been rated inadequate by Ofsted.\n\n"
        "Wirral joins Knowsley, Manchester and Sefton as areas whose boards have been judged "
        "inadequate.\n\n"
        "Wirral is now one of four North West councils whose boards were rated inadequate, "
        "alongside Knowsley, Manchester and Sefton.\n\n"
        "Knowsley, Manchester and Sefton are the other councils in the region whose boards have "
        "also been judged inadequate.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2016-09-27",
        ("boards have been judged", "one of four North West", "boards have also been"),
        altered=("and Sefton as areas", "and Trafford as areas"),
        caught="boards have been judged",
    )


def test_no_safeguarding_board_in_a_region_is_a_count_of_the_boards_judgements(tmp_path, corpus_db):
    # North West LSCBs judged by 27 Sep 2016: none outstanding; good: Trafford, Salford,
    # Lancashire, Cheshire West and Chester, Bury
    text = (
        "Wirral Council's children's services have been rated inadequate by Ofsted.\n\n"
        "No safeguarding board in the North West has yet been rated outstanding, and Trafford "
        "remains rated good.\n\n"
        "Not one LSCB in the region has been judged outstanding so far.\n\n"
        "No North West safeguarding children board is rated outstanding.\n"
    )
    words = ("No safeguarding board", "Not one LSCB", "No North West safeguarding")
    for w in words:
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2016-09-27",
            words,
            kind="count",
            altered=text.split(w)[0] + w + text.split(w)[1].replace("outstanding", "good", 1),
            caught=w,
        )


def test_a_count_stands_on_its_numbers_beside_the_share_said_after_it(tmp_path, corpus_db):
    # England on 1 Jun 2024: 30 councils outstanding overall, 61 good (91 of 151, 60%); the
    # share after the count ("meaning three in five are good or better") is not the count's
    # words: neither its loose "more than" nor its "good or better"
    text = (
        "Brighton and Hove City Council's children's services have been rated outstanding by "
        "Ofsted.\n\n"
        "Nationally, 30 councils are rated outstanding and 61 good, meaning three in five are "
        "good or better.\n\n"
        "In England 30 councils are rated outstanding and 61 are good, meaning more than half "
        "are good or better.\n\n"
        "Across the country, 30 councils are rated outstanding and 61 good, so that about 60 per "
        "cent are good or outstanding.\n\n"
        # (a count after "meaning" is the share's own words: both grades)
        "Brighton and Hove has been rated outstanding, meaning 91 councils in England are now "
        "judged good or outstanding.\n"
    )
    words = ("Nationally, 30", "In England 30", "Across the country, 30")
    for w in words:
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-06-01",
            (*words, "91 councils in England"),
            kind="count",
            altered=(w, w.replace("30", "39")),
            caught=w.replace("30", "39"),
        )


def test_k_of_the_reports_under_a_framework_is_a_count_within_its_reports(tmp_path, corpus_db):
    # ILACS 2023 reports published by 1 Jun 2024: 51 councils; 11 outstanding overall, seven
    # inadequate. The grade is the reports', not the council's the article is about
    text = (
        "Brighton and Hove City Council's children's services have been rated outstanding by "
        "Ofsted.\n\n"
        "Under the 2023 framework, 11 of the 51 inspections published so far have resulted in "
        "an outstanding grade.\n\n"
        "Seven of the 51 reports issued under the new framework so far have been judged "
        "inadequate.\n\n"
        "Under Ofsted's 2023 framework, 11 of the 51 inspections have ended in an outstanding "
        "verdict.\n"
    )
    for old, new in (
        (
            "framework, 11 of the 51 inspections published",
            "framework, 15 of the 51 inspections published",
        ),
        ("Seven of the 51", "Eleven of the 51"),
        ("framework, 11 of the 51 inspections have", "framework, 15 of the 51 inspections have"),
    ):
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-06-01",
            (
                "11 of the 51 inspections published",
                "Seven of the 51",
                "11 of the 51 inspections have",
            ),
            kind="count",
            altered=(old, new),
            caught=new.split(", ")[-1],
        )


def test_a_count_whose_list_is_all_the_regions_holders_is_held_to_the_list(tmp_path, corpus_db):
    # South East on 20 May 2024, outstanding overall: Bracknell Forest, Brighton and Hove (16
    # May), Hampshire, Kent; three the week before, never five or two
    text = (
        "Brighton and Hove City Council's children's services have been rated outstanding by "
        "Ofsted.\n\n"
        "Four South East councils hold the top grade: Bracknell Forest, Brighton and Hove, "
        "Hampshire and Kent.\n\n"
        "Four councils in the South East are now rated outstanding: Hampshire, Kent, Bracknell "
        "Forest and Brighton and Hove.\n\n"
        "Four South East authorities are rated outstanding - Hampshire, Kent, Bracknell Forest "
        "and Brighton and Hove.\n"
    )
    words = ("Four South East councils", "Four councils in the South", "Four South East auth")
    for w, new in zip(words, ("Five", "Two", "Five"), strict=True):
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-05-20",
            words,
            kind="count",
            altered=(w, w.replace("Four", new)),
            caught=w.replace("Four", new),
        )


def test_a_regions_tally_reads_good_or_outstanding_and_ends_where_its_items_end(
    tmp_path, corpus_db
):
    # 1 Jun 2024: London 33 graded, 16 good and 12 outstanding (28); South East 19, eight good
    # and four outstanding (12). "The capital's" is London's; the clause after the tally ("and
    # Bexley is one of 12 ...", "a higher share than ...") is no item of it
    text = (
        "Brighton and Hove City Council's children's services have been rated outstanding by "
        "Ofsted.\n\n"
        "Of the capital's 33 councils, 28 are now rated good or outstanding, and Bexley is one "
        "of 12 with an outstanding rating.\n\n"
        "Of the capital's 33 children's services authorities, 28 are rated good or better, a "
        "higher share than any other region.\n\n"
        "Of the South East's 19 councils, 12 are now rated good or outstanding, and Brighton "
        "and Hove is among the best of them.\n"
    )
    words = ("28 are now rated", "28 are rated good", "12 are now rated")
    for w in words:
        new = w.replace("28", "31").replace("12", "15")
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2024-06-01",
            words,
            kind="count",
            altered=(w, new),
            caught=new,
        )


def test_not_one_of_a_regions_tally_is_a_count_of_none(tmp_path, corpus_db):
    # North East on 1 Jun 2019: 12 councils graded, none outstanding, five good
    text = (
        "Across the North East's 12 councils, not one is currently rated outstanding.\n\n"
        "Of the 12 councils in the North East, not a single one is rated outstanding.\n\n"
        "Across the North East's 12 councils, not one is rated outstanding and five are good.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2019-06-01",
        ("not one is currently", "not a single one", "not one is rated", "five are good"),
        kind="count",
        altered=("five are good", "eight are good"),
        caught="eight are good",
    )


def test_a_regions_tally_goes_on_in_the_next_sentence(tmp_path, corpus_db):
    # North East on 1 Jun 2019: 12 councils graded, none outstanding, five good, six requires
    # improvement, one inadequate
    text = (
        "Across the North East's 12 councils, not one is currently rated outstanding. Five are "
        "rated good.\n\n"
        "Of the 12 councils in the North East, six require improvement. One is rated "
        "inadequate.\n\n"
        "Across the North East's 12 councils, five are good. Six are rated requires "
        "improvement.\n"
    )
    words = ("Five are rated good", "One is rated inadequate", "Six are rated requires")
    for w, new in zip(words, ("Seven", "Three are", "Four"), strict=True):
        old = w.split()[0] if new != "Three are" else "One is"
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2019-06-01",
            words,
            kind="count",
            altered=(w, w.replace(old, new)),
            caught=w.replace(old, new),
        )


def test_neighbours_named_beside_a_count_are_councils_not_a_group(tmp_path, corpus_db):
    # North East on 1 Jun 2019: six councils requires improvement (Darlington, Durham,
    # Middlesbrough, Newcastle, Northumberland, Redcar and Cleveland), five good (Gateshead,
    # Hartlepool, North Tyneside, South Tyneside, Stockton-on-Tees)
    text = (
        "Darlington Council's children's services were rated requires improvement by Ofsted in "
        "May 2018.\n\n"
        "Darlington is now one of six North East councils rated requires improvement, alongside "
        "neighbours Durham and Middlesbrough.\n\n"
        "Hartlepool is one of five North East councils rated good, along with neighbouring "
        "Stockton-on-Tees and North Tyneside.\n\n"
        "Durham is one of six councils in the North East rated requires improvement, with "
        "neighbours Darlington and Northumberland.\n"
    )
    words = ("Darlington is now one of six", "Hartlepool is one of five", "Durham is one of six")
    for w, new in zip(words, ("seven", "four", "seven"), strict=True):
        alt = w.replace("six", new).replace("five", new)
        held_then_caught(
            tmp_path,
            corpus_db,
            text,
            "2019-06-01",
            words,
            kind="rank",
            altered=(w, alt),
            caught=alt,
        )
