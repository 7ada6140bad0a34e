"""`ilacs check`: rules of the language of local news found while reading round 35's batches.

Real values from the corpus in ../shared: Leeds (good in March 2015; outstanding overall in
December 2018, May 2022 and August 2025)."""

from __future__ import annotations

from tests.claims_helpers import check_text, claim_with, corpus_with_letters


def test_a_grade_held_since_a_year_the_record_gives_another(tmp_path, corpus_db):
    # Leeds was good from March 2015 and outstanding from December 2018: no inspection in 2016,
    # and the report in force all through that year (2015's) gave good, so "outstanding since
    # 2016" is wrong; "since 2018" names the inspection that gave it
    claims = check_text(
        tmp_path,
        corpus_db,
        "Leeds City Council has held an outstanding rating from Ofsted since 2018.\n",
        "2025-08-20",
    )
    assert claim_with(claims, "since 2018")["verdict"] == "supported"
    claims = check_text(
        tmp_path,
        corpus_db,
        "Leeds City Council has held an outstanding rating from Ofsted since 2016.\n",
        "2025-08-20",
    )
    c = claim_with(claims, "since 2016")
    assert c["verdict"] == "contradicted"
    assert "in force all through 2016" in c["explanation"]
    assert "27 March 2015" in c["explanation"]
    # good since 2016: the 2015 report gave good, but December 2018's did not
    claims = check_text(
        tmp_path, corpus_db, "Leeds has been judged good ever since 2016.\n", "2025-08-20"
    )
    c = claim_with(claims, "since 2016")
    assert c["verdict"] == "contradicted"
    assert "18 December 2018" in c["explanation"]
    # held from December 2018: whether "since 2019" misdates the start is not settled
    claims = check_text(
        tmp_path, corpus_db, "Leeds has been rated outstanding since 2019.\n", "2025-08-20"
    )
    assert claim_with(claims, "since 2019")["verdict"] == "not_in_record"


def test_a_grade_kept_at_a_later_inspection_is_a_claim_of_that_year(tmp_path, corpus_db):
    # Leeds: outstanding in December 2018 and again in May 2022 (inspected February-March 2022);
    # no inspection in 2021
    for said, verdict in (("2022", "supported"), ("2021", "contradicted")):
        claims = check_text(
            tmp_path,
            corpus_db,
            f"Leeds was first rated outstanding in December 2018. It kept that rating in {said}.\n",
            "2025-08-20",
        )
        assert claim_with(claims, f"kept that rating in {said}")["verdict"] == verdict
        claims = check_text(
            tmp_path,
            corpus_db,
            f"Leeds was first rated outstanding in December 2018, a grade it kept in {said}.\n",
            "2025-08-20",
        )
        c = claim_with(claims, f"a grade it kept in {said}")
        assert c["verdict"] == verdict
        assert claim_with(claims, "December 2018")["verdict"] == "supported"


def test_the_councils_a_place_joins_must_hold_the_grade(tmp_path, corpus_db):
    # March 2019: Sandwell, Stoke-on-Trent and Worcestershire were the West Midlands' inadequate
    # councils; Birmingham required improvement (January 2019)
    text = (
        "Stoke-on-Trent now joins Sandwell and Worcestershire as the third council in the West "
        "Midlands currently rated inadequate for children's services.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2019-03-19")
    assert claim_with(claims, "joins Sandwell")["verdict"] == "supported"
    claims = check_text(
        tmp_path, corpus_db, text.replace("Worcestershire", "Birmingham"), "2019-03-19"
    )
    c = claim_with(claims, "joins Sandwell")
    assert c["verdict"] == "contradicted"
    assert "not Birmingham" in c["explanation"]


def test_the_councils_named_before_a_place_must_be_the_ones_before_it(tmp_path, corpus_db):
    # care leavers inadequate under the SIF, by publication: Slough (February 2014), Birmingham
    # (May 2014), Southampton (September 2014)
    text = (
        "It makes Southampton only the third council in the country to have its care leavers "
        "service rated inadequate under Ofsted's tougher new inspection regime, after Slough "
        "and Birmingham.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2014-09-16")
    assert claim_with(claims, "only the third")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.replace("Birmingham", "Rotherham"), "2014-09-16")
    c = claim_with(claims, "only the third")
    assert c["verdict"] == "contradicted"
    assert "not after Rotherham" in c["explanation"]
    # and a run of outstanding inspections: North Tyneside (January 2025) before Sunderland
    text = (
        "Sunderland is only the second council in the North East to be judged outstanding at "
        "two consecutive inspections, after North Tyneside, whose report was published in "
        "January.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-03-12")
    assert claim_with(claims, "only the second")["verdict"] == "supported"
    wrong = text.replace("North Tyneside", "Northumberland")
    claims = check_text(tmp_path, corpus_db, wrong, "2025-03-12")
    assert claim_with(claims, "only the second")["verdict"] == "contradicted"
    assert claim_with(claims, "after Northumberland")["verdict"] != "supported"


def test_a_framework_introduced_in_a_month_is_no_time_of_the_councils_named(tmp_path, corpus_db):
    # Slough (February 2014) and Coventry (March 2014): the first two SIF reports inadequate
    # overall; the framework came in in November 2013
    claims = check_text(
        tmp_path,
        corpus_db,
        "It makes Coventry only the second council in the country, after Slough, to be judged "
        "inadequate overall under Ofsted's tougher new inspection regime, which was introduced "
        "last November.\n",
        "2014-03-21",
    )
    assert claim_with(claims, "only the second")["verdict"] == "supported"


def test_a_clean_sweep_is_every_judgement(tmp_path, corpus_db):
    # Hampshire, July 2024: outstanding but for care leavers (good); North Yorkshire, Essex and
    # Bromley outstanding in all five
    text = (
        "Redbridge joins Essex, North Yorkshire and Bromley in achieving a clean sweep of "
        "outstanding grades.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-24")
    assert claim_with(claims, "clean sweep")["verdict"] == "supported"
    claims = check_text(
        tmp_path, corpus_db, text.replace("North Yorkshire", "Hampshire"), "2024-07-24"
    )
    c = claim_with(claims, "clean sweep")
    assert c["verdict"] == "contradicted"
    assert "Hampshire" in c["explanation"]


def test_a_grade_dated_by_when_the_council_was_last_inspected(tmp_path, corpus_db):
    # Kingston: help and protection good in October 2019, outstanding in January 2025
    text = (
        "Help and protection, rated good when Kingston was last inspected in 2019, is now "
        "outstanding.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2025-01-30")
    assert claim_with(claims, "rated good when")["verdict"] == "supported"
    claims = check_text(
        tmp_path, corpus_db, text.replace("rated good", "rated requires improvement"), "2025-01-30"
    )
    c = claim_with(claims, "rated requires improvement when")
    assert c["verdict"] == "contradicted"
    assert "19 December 2019" in c["explanation"]


def test_a_move_and_the_grade_it_ends_on_are_one_claim(tmp_path, corpus_db):
    # Birmingham's children in care: inadequate (2014), requires improvement (November 2016)
    text = (
        "In Birmingham, services for children in care, which were judged inadequate in 2014, "
        "have improved and are now rated as requiring improvement.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2016-11-25")
    c = claim_with(claims, "have improved and are now rated as requiring improvement")
    assert c["verdict"] == "supported"
    claims = check_text(
        tmp_path, corpus_db, text.replace("as requiring improvement", "as good"), "2016-11-25"
    )
    c = claim_with(claims, "have improved and are now rated as good")
    assert c["verdict"] == "contradicted"


def test_what_children_receive_is_no_grade(tmp_path, corpus_db):
    # Southampton, September 2014: requires improvement; no judgement inadequate but care leavers
    claims = check_text(
        tmp_path,
        corpus_db,
        "Southampton City Council's children's services require improvement, Ofsted said. But "
        "the inspection team, led by Nicholas McMullen, found no cases of children receiving "
        "inadequate protection.\n",
        "2014-09-16",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "led by Nicholas McMullen")["verdict"] == "supported"


def test_a_council_set_against_is_not_the_subject(tmp_path, corpus_db):
    # Westmorland and Furness (July 2024): help and protection good, care leavers requires
    # improvement; Cumberland (November 2024) the reverse
    claims = check_text(
        tmp_path,
        corpus_db,
        "Cumberland Council has been rated good by Ofsted. Westmorland and Furness received its "
        "rating in July, after an inspection led by Kathryn Grindrod - although its picture was "
        "the reverse of Cumberland's, with help and protection judged good and services for "
        "care leavers requiring improvement.\n",
        "2024-11-27",
    )
    c = claim_with(claims, "with help and protection judged good")
    assert c["verdict"] == "supported"
    assert "Westmorland and Furness" in c["explanation"]


def test_the_council_that_joins_others_is_what_follows_is_about(tmp_path, corpus_db):
    # Redbridge (July 2024): "exceptional early help", two things to improve; Barnet's report of
    # the same day makes four
    text = (
        "Redbridge rated outstanding as Barnet keeps its good grade\n\n"
        "Redbridge has been rated outstanding in all five judgements. Redbridge joins Essex, "
        "North Yorkshire and Bromley in achieving a clean sweep of outstanding grades.\n\n"
        "It marks a turnaround for the borough's support for care leavers, which inspectors "
        "found inconsistent at a focused visit in December 2018, the year before the borough's "
        "last full inspection, when services for children in care were judged good.\n\n"
        'The latest report praises the "exceptional early help" delivered in the borough\'s '
        "family together hubs. Ofsted identified just two areas for improvement.\n\n"
        "Barnet praised\n\n"
        "Barnet kept its good rating. Barnet was inspected in the same week. Barnet's children "
        "in care were judged outstanding. Barnet has invested in social work.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-24")
    for words in ('"exceptional early help"', "just two areas for improvement"):
        c = claim_with(claims, words)
        assert c["verdict"] == "supported", c
        assert c["urns"] == [80512]


def test_a_council_told_by_where_it_is(tmp_path, corpus_db):
    # Slough (February 2014): seven inspectors led by Gary Lamb; Hillingdon's report the same
    # week was led by Ian Young
    text = (
        "Slough was one of four councils whose reports were published last week. Derbyshire "
        "and Hartlepool were both judged good, while Hillingdon was told it requires "
        "improvement.\n\nA team of seven inspectors, led by Gary Lamb, spent just over three "
        "weeks in the Berkshire borough.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2014-02-17")
    c = claim_with(claims, "led by Gary Lamb")
    assert c["verdict"] == "supported"
    assert c["urns"] == [80553]
    claims = check_text(tmp_path, corpus_db, text.replace("Gary Lamb", "Lynn Radley"), "2014-02-17")
    c = claim_with(claims, "led by Lynn Radley")
    assert c["verdict"] == "contradicted"
    assert "Gary Lamb" in c["explanation"]


def test_how_many_things_to_improve_and_some_of_them_are_two_claims(tmp_path, corpus_db):
    # Halton, July 2024: twelve things to improve, partnership arrangements among them; Slough,
    # February 2014: nine priority actions. The count and the things named are two facts, each
    # with its own verdict (round 43: a wrong count no longer makes the things named, which
    # the report does ask for, contradicted)
    text = (
        "Halton was rated inadequate. Ofsted set out twelve areas for improvement, including "
        "partnership arrangements and the response to risk.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-13")
    assert claim_with(claims, "twelve areas for improvement")["verdict"] == "supported"
    assert claim_with(claims, "including partnership")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.replace("twelve", "eight"), "2024-07-13")
    c = claim_with(claims, "eight areas for improvement")
    assert c["verdict"] == "contradicted"
    assert "including" not in c["text"]
    assert claim_with(claims, "including partnership")["verdict"] == "supported"
    # a list ilacs cannot match leaves the count its own claim
    claims = check_text(
        tmp_path,
        corpus_db,
        text.replace("partnership arrangements", "the council's fleet of minibuses"),
        "2024-07-13",
    )
    assert claim_with(claims, "twelve areas for improvement")["verdict"] == "supported"
    text = "Slough was rated inadequate. Ofsted set out nine areas for priority and immediate action.\n"
    claims = check_text(tmp_path, corpus_db, text, "2014-02-17")
    assert claim_with(claims, "nine areas for priority")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.replace("nine", "five"), "2014-02-17")
    c = claim_with(claims, "five areas for priority")
    assert c["verdict"] == "contradicted"
    assert "9 priority actions" in c["explanation"]


def test_a_place_among_moves_of_one_judgement(tmp_path, corpus_db):
    # leadership inadequate then outstanding at the next inspection: Bromley (January 2019),
    # Sunderland (August 2021), Wakefield (January 2022)
    text = (
        "Wakefield's children's services have been rated good. That makes Wakefield only the "
        "third council in the country to go from inadequate to outstanding for leadership "
        "between one full inspection and the next.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2022-01-06")
    assert claim_with(claims, "only the third")["verdict"] == "supported"
    claims = check_text(
        tmp_path, corpus_db, text.replace("only the third", "the first"), "2022-01-06"
    )
    assert claim_with(claims, "the first council")["verdict"] == "contradicted"


def test_times_counted_from_the_year_a_sentence_sets(tmp_path, corpus_db):
    # Wakefield: requires improvement (September 2016), inadequate (July 2018)
    claims = check_text(
        tmp_path,
        corpus_db,
        "Wakefield's children's services have been rated good. It is a far cry from 2018, when "
        "inspectors found \"serious and widespread failures across children's services in "
        'Wakefield", just two years after the council had been told it required improvement.\n',
        "2022-01-06",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "just two years after")["verdict"] == "supported"
    # Redbridge: a focused visit in December 2018, after the 2016 inspection (before 2019's)
    text = (
        "Redbridge has been rated outstanding. In December 2018, a focused visit found that "
        '"the quality of the support that care leavers receive is not consistent", citing '
        '"significant gaps in management" since the last inspection in 2016.\n'
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-24")
    assert claim_with(claims, "the last inspection in 2016")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.replace("in 2016", "in 2015"), "2024-07-24")
    assert claim_with(claims, "the last inspection in 2015")["verdict"] == "contradicted"


def test_the_top_grade_given_and_the_grade_it_improved_on(tmp_path, corpus_db):
    # Hartlepool: good in August 2018, outstanding in May 2024 (on site in March)
    text = (
        "Hartlepool Borough Council was given the top grade overall following a week-long "
        "inspection in March, improving on the good rating it received in 2018.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-05-16")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "the top grade")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.replace("2018", "2019"), "2024-05-16")
    assert claim_with(claims, "the top grade")["verdict"] == "contradicted"


def test_the_councils_joined_as_the_only_ones(tmp_path, corpus_db):
    # May 2024: Hartlepool, North Tyneside and Sunderland the North East's outstanding councils
    text = (
        "Hartlepool has been rated outstanding and joins Sunderland and North Tyneside as the "
        "only councils in the region currently holding the top grade.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-05-16")
    assert claim_with(claims, "as the only councils")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.replace(" and North Tyneside", ""), "2024-05-16")
    assert claim_with(claims, "as the only councils")["verdict"] == "contradicted"


def test_a_place_among_moves_within_a_week_is_not_gainsaid_by_the_whole_record(tmp_path, corpus_db):
    # St Helens (4 September 2023) and Medway (11 September 2023): inadequate to good a week
    # apart; over the whole record Medway is the 13th
    claims = check_text(
        tmp_path,
        corpus_db,
        "Medway is the second council in a week to go straight from inadequate to good, after "
        "St Helens, whose report was published on 4 September.\n",
        "2023-09-12",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_a_grade_in_an_aside_and_the_grade_of_the_main_clause(tmp_path, corpus_db):
    # Swindon: good overall in 2019 with children in care requiring improvement; inadequate in
    # September 2023
    claims = check_text(
        tmp_path,
        corpus_db,
        "Swindon, rated good across the board when Ofsted last visited in 2019, has been judged "
        "inadequate overall, as well as for the impact of leaders, help and protection and "
        "children in care.\n",
        "2023-09-12",
    )
    c = claim_with(claims, "rated good across the board")
    assert c["verdict"] == "contradicted"
    assert "has been judged" not in c["text"]
    assert claim_with(claims, "has been judged inadequate overall")["verdict"] == "supported"


def test_the_same_grade_at_another_time(tmp_path, corpus_db):
    # Lewisham: requires improvement in every judgement in 2019; overall requires improvement in
    # 2016 (children in care good)
    text = (
        "Lewisham has been rated good. The report credits improvements since the last "
        "inspection in 2019. At that inspection Lewisham was judged to require improvement in "
        "every area, as it had been overall in 2016.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-02-01")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "as it had been overall in 2016")["verdict"] == "supported"
    wrong = text.replace("to require improvement", "inadequate")
    claims = check_text(tmp_path, corpus_db, wrong, "2024-02-01")
    assert claim_with(claims, "judged inadequate in every area")["verdict"] == "contradicted"
    assert claim_with(claims, "as it had been overall in 2016")["verdict"] == "contradicted"


def test_both_councils_moves_to_now(tmp_path, corpus_db):
    # Herefordshire (July 2022) and Solihull (October-November 2022) inadequate, both good in
    # January 2026
    text = (
        "Herefordshire Council and Solihull Council have both been rated good by Ofsted.\n\n"
        "Both councils had been judged inadequate after inspections in 2022 and both have now "
        "jumped two grades.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-01-13")
    c = claim_with(claims, "both have now jumped two grades")
    assert c["verdict"] == "supported"
    assert "Herefordshire" in c["explanation"] and "Solihull" in c["explanation"]
    claims = check_text(
        tmp_path, corpus_db, text.replace("two grades", "three grades"), "2026-01-13"
    )
    assert claim_with(claims, "both have now jumped three grades")["verdict"] == "contradicted"


def test_the_same_overall_grade_received_in_another_year(tmp_path, corpus_db):
    # Redcar and Cleveland: requires improvement in every judgement in 2022; requires
    # improvement overall in 2017 (children in care good)
    text = (
        "Redcar and Cleveland has been rated good. Its last inspection was in 2022. That 2022 "
        "inspection had rated the council's services as requires improvement in every area, "
        "the same overall grade the borough received in 2017.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-01-29")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "the same overall grade")["verdict"] == "supported"


def test_the_first_inspection_under_a_framework_is_no_first_grade(tmp_path, corpus_db):
    # Birmingham: inadequate in every judgement in May 2014, its first SIF report; inadequate
    # again in November 2016
    claims = check_text(
        tmp_path,
        corpus_db,
        "Birmingham was rated inadequate across the board in 2014, the first time the city was "
        "inspected under Ofsted's single inspection framework.\n",
        "2016-11-28",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "across the board in 2014")["verdict"] == "supported"


def test_the_time_of_who_runs_the_services_is_no_time_of_the_grade(tmp_path, corpus_db):
    # Sandwell: requires improvement in July 2022; inadequate in January 2018
    text = (
        "Sandwell's children's services, which have been run by Sandwell Children's Trust on "
        "the council's behalf since April 2018, were judged to require improvement in all four "
        "areas looked at in a report published on Tuesday.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2022-07-06")
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert claim_with(claims, "were judged to require improvement")["verdict"] == "supported"


def test_a_councillor_whose_surname_is_a_council(tmp_path, corpus_db):
    # Thurrock: requires improvement in May 2016, outstanding in October 2024; Kent was good in
    # 2017
    claims = check_text(
        tmp_path,
        corpus_db,
        "Thurrock Council's children's services have been rated outstanding in every "
        "judgement.\n\nCllr Mark Kent, portfolio holder for children's services, said: "
        '"Eight years ago we were told we required improvement. Today we are outstanding."\n',
        "2024-10-30",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    assert all(80476 not in c["urns"] for c in claims), claims


def test_a_bare_month_before_a_report_just_out_is_that_reports_visit(tmp_path, corpus_db):
    # Sandwell: on site 9-20 May 2022, published 5 July 2022; a focused visit on 3-4 March 2021
    # (its letter ingested beside the corpus)
    db = corpus_with_letters(
        corpus_db,
        tmp_path,
        ("80549_sandwell__children's_services_focused_visit_-_10_may_2021.pdf",),
    )
    text = (
        "Sandwell's children's services were judged to require improvement in a report "
        "published on Tuesday. Inspectors, who visited in May, found that leaders had made "
        "progress.\n"
    )
    claims = check_text(tmp_path, db, text, "2022-07-06")
    assert claim_with(claims, "visited in May")["verdict"] == "supported"
    claims = check_text(tmp_path, db, text.replace("in May", "in March"), "2022-07-06")
    c = claim_with(claims, "visited in March")
    assert c["verdict"] == "contradicted"
    assert "2022-05-09" in c["explanation"]
    # a focused visit named as such is the letter's
    claims = check_text(
        tmp_path,
        db,
        text.replace("Inspectors, who visited in May,", "A focused visit in March last year"),
        "2022-07-06",
    )
    c = claim_with(claims, "visit in March last year")
    assert c["verdict"] == "supported"
    assert "focused_visit" in c["explanation"]
