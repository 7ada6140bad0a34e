"""`ilacs check` on what the press says of letters (focused visits), inspectors and
recommendations: real values from the corpus and four of the letters in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs.claims.check import check_article, load_record, make_texts
from ilacs.claims.extract import extract
from tests.claims_helpers import corpus_with_letters

LETTER_FILES = (
    "80498_haringey__children's_services_focused_visit_-_21_january_2020.pdf",
    "80564_stoke-on-trent__children's_services_focused_visit_-_13_november_2020.pdf",
    "80551_sheffield__children's_services_focused_visit_-_22_november_2018.pdf",
    "80429_birmingham__children's_services_focused_visit_-_24_october_2024.pdf",
)


@pytest.fixture(scope="module")
def letters_check(corpus_db, tmp_path_factory):
    """Check an article against the corpus plus four focused-visit letters."""
    db = corpus_with_letters(corpus_db, tmp_path_factory.mktemp("letters"), LETTER_FILES)
    record, texts = load_record(db), make_texts(db)

    def run(text: str, as_of: date) -> dict[str, str]:
        result = check_article(text, record, texts, as_of, "given")
        return {c.text: c.verdict.value for c in result.claims if c.verdict}

    yield run
    texts.close()


def _verdict(found: dict[str, str], words: str) -> str:
    hits = [v for t, v in found.items() if words in t]
    assert hits, (words, found)
    return hits[0]


def test_inspector_names_as_the_press_prints_them():
    text = (
        "Lead inspector Robert Hackeson's report rated Knowsley inadequate. "
        "Two of Her Majesty's Inspectors, Neil Penswick and Dawn Godfrey, visited Sheffield. "
        "The team of five inspectors, led by Peter McEntee, looked at Stoke-on-Trent. "
        "Chief Inspector Amanda Spielman praised Leeds. Leeds City Council, led by Tom Smith, "
        "replied."
    )
    got = {
        c.text: c.facts for c in extract(text, date(2020, 11, 13)) if c.type.value == "inspector"
    }
    assert got["Lead inspector Robert Hackeson"]["names"] == ["Robert Hackeson"]
    assert got["Two of Her Majesty's Inspectors, Neil Penswick and Dawn Godfrey"]["names"] == [
        "Neil Penswick",
        "Dawn Godfrey",
    ]
    # (how many is a claim of its own beside the lead's: the team may be miscounted and the
    # lead right)
    assert got["led by Peter McEntee"]["led"]
    assert got["The team of five inspectors"]["count"] == 5
    assert got["Two of Her Majesty's Inspectors, Neil Penswick and Dawn Godfrey"]["count"] == 2
    assert not any("Spielman" in t or "Tom Smith" in t for t in got)
    # "led by" names an inspector only when the inspection or its team is what is led
    text = "Inspectors praised the improvement board, led by Jane Smith, for its work in Leeds."
    assert not [c for c in extract(text, date(2020, 1, 1)) if c.type.value == "inspector"]


def test_a_letter_named_in_an_article_about_a_report(letters_check):
    # Hampshire 2024: the article speaks of a letter, but the report is new; its lead inspector
    text = (
        "Hampshire's children's services are outstanding, Ofsted says. In a letter to parents, "
        "the council thanked staff. Inspectors, led by Kendra Bell, spent a week with teams.\n"
    )
    assert _verdict(letters_check(text, date(2024, 7, 23)), "led by") == "supported"


def test_inspectors_of_a_letter(letters_check):
    # Haringey focused visit 17-18 December 2019, letter of 21 January 2020: "The inspectors
    # were Brenda McLaughlin, Her Majesty's Inspector, and Kate Malleson"
    text = (
        "Haringey's children's services have improved, according to a letter from Ofsted. "
        "Her Majesty's Inspectors Brenda McLaughlin and {} said the front door was better.\n"
    )
    found = letters_check(text.format("Kate Malleson"), date(2020, 1, 23))
    assert _verdict(found, "Kate Malleson") == "supported"
    found = letters_check(text.format("Nicola Bennett"), date(2020, 1, 23))
    assert _verdict(found, "Nicola Bennett") == "contradicted"
    # Stoke-on-Trent focused visit of 29 September 2020: Peter McEntee led the five
    text = (
        "A new Ofsted letter about Stoke-on-Trent was published today.\n"
        "The team of five inspectors, led by {}, looked at decision-making.\n"
    )
    assert _verdict(letters_check(text.format("Peter McEntee"), date(2020, 11, 13)), "led by") == (
        "supported"
    )
    # the 2019 inspection's lead, not the letter's
    assert _verdict(letters_check(text.format("Neil Penswick"), date(2020, 11, 13)), "led by") == (
        "contradicted"
    )


def test_inspector_of_the_report_the_article_is_about(letters_check):
    # Hampshire 2024 (Kendra Bell; Donna Marriott led 2019); a possessive is no other name
    text = (
        "Hampshire's children's services have been rated outstanding again by Ofsted. "
        "Inspectors, led by His Majesty's Inspector {}, spent a week with the teams in June.\n"
    )
    assert _verdict(letters_check(text.format("Kendra Bell"), date(2024, 7, 23)), "led by") == (
        "supported"
    )
    assert _verdict(letters_check(text.format("Donna Marriott"), date(2024, 7, 23)), "led by") == (
        "contradicted"
    )
    text = (
        "Knowsley has been rated inadequate. Lead inspector Robert Hackeson's report is damning.\n"
    )
    assert _verdict(letters_check(text, date(2014, 7, 1)), "Hackeson") == "supported"


def test_dates_of_a_letter(letters_check):
    # Haringey's letter is dated Tuesday 21 January 2020 (its Ofsted title)
    text = (
        "Haringey's children's services are improving. In a letter published on Tuesday, "
        "inspectors said the front door was better.\n"
    )
    assert _verdict(letters_check(text, date(2020, 1, 23)), "published on Tuesday") == "supported"
    # Stoke-on-Trent: one-day focused visit on 29 September 2020, letter of 13 November 2020
    text = (
        "A new Ofsted letter about Stoke-on-Trent was published today.\n"
        "Inspectors returned in {} for a one-day focused visit.\n"
    )
    found = letters_check(text.format("September"), date(2020, 11, 13))
    assert _verdict(found, "published today") == "supported"
    assert _verdict(found, "returned in September") == "supported"
    assert _verdict(letters_check(text.format("October"), date(2020, 11, 13)), "October") == (
        "contradicted"
    )


def test_visits_a_report_dates(letters_check):
    # Liverpool 2023: "Two focused visits, in April 2019 and August 2021" (no letter held)
    text = (
        "Liverpool's children's services have been rated inadequate by Ofsted. "
        "There were two focused visits since then, in April 2019 and August {}.\n"
    )
    assert _verdict(letters_check(text.format("2021"), date(2023, 5, 25)), "visits") == "supported"
    assert _verdict(letters_check(text.format("2020"), date(2023, 5, 25)), "visits") != "supported"


def test_counts_of_priority_actions_and_recommendations(letters_check):
    # Knowsley SIF 2014: nine priority actions and 17 areas for improvement
    text = (
        "Knowsley's children's services have been rated inadequate. Ofsted set out {} priority "
        "actions for the council, including making sure that staff supervision is regular, "
        "along with 17 further areas for improvement.\n"
    )
    found = letters_check(text.format("nine"), date(2014, 7, 1))
    assert _verdict(found, "nine priority actions") == "supported"
    assert _verdict(found, "17 further areas for improvement") == "supported"
    assert _verdict(found, "including making sure") == "supported"
    found = letters_check(text.format("six"), date(2014, 7, 1))
    assert _verdict(found, "six priority actions") == "contradicted"
    # Manchester: six priority actions in 2014, one recommendation in 2025
    text = (
        "Manchester's children's services have been rated outstanding. Manchester was rated "
        "inadequate in 2014, with inspectors identifying six priority actions. The report "
        "contains just {} recommendation.\n"
    )
    found = letters_check(text.format("one"), date(2025, 11, 11))
    assert _verdict(found, "six priority actions") == "supported"
    assert _verdict(found, "one recommendation") == "supported"


def test_things_a_letter_says_must_improve(letters_check):
    # Haringey's letter: four things to improve, the first two of them named
    text = (
        "Haringey's children's services are improving, an Ofsted letter says. The letter names "
        "{} things that need to improve, among them the recruitment and retention of permanent "
        "social workers and managers, and work to protect vulnerable teenagers who go missing.\n"
    )
    found = letters_check(text.format("four"), date(2020, 1, 23))
    assert _verdict(found, "four things") == "supported"
    assert _verdict(found, "among them") == "supported"
    assert _verdict(letters_check(text.format("five"), date(2020, 1, 23)), "five things") == (
        "contradicted"
    )


def test_recommendations_reworded(letters_check):
    # Doncaster 2018: four recommendations, reworded
    text = (
        "Doncaster's children's services have been rated good. The report makes four "
        "recommendations, including making sure all social workers receive high-quality "
        "supervision. Inspectors also want all children in care and care leavers to have easy "
        "access to leisure facilities.\n"
    )
    found = letters_check(text, date(2018, 1, 19))
    assert _verdict(found, "four recommendations") == "supported"
    assert _verdict(found, "including making sure") == "supported"
    assert _verdict(found, "leisure facilities") == "supported"
    # a word that says which children is not a rewording
    text = (
        "Gloucestershire's children's services have been rated good by Ofsted. Areas where "
        "improvement was still needed included the response to homelessness for 16 and 17 "
        "year olds and support for {} children.\n"
    )
    found = letters_check(text.format("disabled"), date(2025, 8, 4))
    assert _verdict(found, "disabled") == "contradicted"


def test_what_a_focused_visit_looked_at(letters_check):
    # Stoke-on-Trent's letter: "This visit was carried out fully by remote means. Inspectors
    # used video calls ... This visit looked at the quality and impact of key decision-making
    # across help and protection, children in care and care leavers' services"
    text = (
        "A new Ofsted letter about Stoke-on-Trent was published today. The visit was carried "
        "out entirely by video call because of the Covid-19 pandemic. The inspectors looked at "
        "decision-making across help and protection, children in care and care leavers' "
        "services, as well as the impact of leadership. The focused visit is not graded. "
        "Inspectors looked at adoption panels, fostering recruitment and school exclusions.\n"
    )
    found = letters_check(text, date(2020, 11, 13))
    assert _verdict(found, "video call") == "supported"
    assert _verdict(found, "decision-making across") == "supported"
    assert _verdict(found, "is not graded") == "supported"
    # other words: not what the letter says, and never a contradiction
    assert _verdict(found, "adoption panels") == "not_in_record"


def test_how_many_inspectors_a_letter_names(letters_check):
    # Stoke-on-Trent's letter: "The inspectors were Peter McEntee HMI, Alison Smale HMI,
    # Kathryn Grindrod HMI, Andrew Waugh HMI and Tonwen Empson HMI."
    text = (
        "Ofsted has published a letter about Stoke-on-Trent's children's services. "
        "{} inspectors, led by Peter McEntee, took part in the visit.\n"
    )
    assert _verdict(letters_check(text.format("Five"), date(2020, 11, 13)), "led by") == (
        "supported"
    )
    # (how many is a claim of its own: the lead is still right)
    found = letters_check(text.format("Three"), date(2020, 11, 13))
    assert _verdict(found, "Three inspectors") == "contradicted"
    assert _verdict(found, "led by") == "supported"
    # Haringey's letter names two; the days of its visit, named without a year
    text = (
        "Haringey's front door is improving, an Ofsted letter says. {} inspectors spent two days "
        "at the council on December {} last year, talking to social workers and managers.\n"
    )
    found = letters_check(text.format("Two", "17 and 18"), date(2020, 1, 23))
    assert _verdict(found, "Two inspectors") == "supported"
    assert _verdict(found, "December 17 and 18") == "supported"
    found = letters_check(text.format("Four", "10 and 11"), date(2020, 1, 23))
    assert _verdict(found, "Four inspectors") == "contradicted"
    assert _verdict(found, "December 10 and 11") == "contradicted"


def test_a_remote_visit_and_its_letter(letters_check):
    # Stoke-on-Trent: visit on 29 September 2020, letter published Friday 13 November 2020;
    # "Inspectors used video calls for discussions with local authority social workers,
    # managers and leaders."
    text = (
        "Stoke-on-Trent's children's services are making progress, inspectors say. Ofsted "
        "carried out a remote visit to the city council's children's services on {}, using "
        "video calls to speak to social workers, managers and leaders. The letter, published "
        "on Friday, said leaders had responded well.\n"
    )
    found = letters_check(text.format("29 September"), date(2020, 11, 13))
    assert _verdict(found, "29 September") == "supported"
    assert _verdict(found, "video calls") == "supported"
    assert _verdict(found, "published on Friday") == "supported"
    found = letters_check(text.format("15 September"), date(2020, 11, 13))
    assert _verdict(found, "15 September") == "contradicted"


def test_no_priority_actions(letters_check):
    # Staffordshire 2014: "The inspection did not find any areas for priority and immediate
    # action"; Knowsley 2014 set out nine priority actions
    text = (
        "{}'s children's services require improvement, Ofsted says. None of the problems "
        "inspectors found required priority and immediate action.\n"
    )
    found = letters_check(text.format("Staffordshire"), date(2014, 3, 24))
    assert _verdict(found, "priority and immediate action") == "supported"
    found = letters_check(text.format("Knowsley"), date(2014, 7, 1))
    assert _verdict(found, "priority and immediate action") == "contradicted"


def test_a_recommendation_with_one_word_changed(letters_check):
    # Cheshire East 2024: "The sufficiency of suitable placements that can meet children and
    # young people's assessed needs."
    text = (
        "Cheshire East's children's services have been rated requires improvement by Ofsted. "
        "Ofsted said the council should improve senior leaders' oversight of performance, the "
        "quality of plans for children and the sufficiency of {} placements that can meet "
        "children's assessed needs.\n"
    )
    found = letters_check(text.format("suitable"), date(2024, 5, 20))
    assert _verdict(found, "placements") == "supported"
    found = letters_check(text.format("secure"), date(2024, 5, 20))
    assert _verdict(found, "placements") == "contradicted"


def test_a_visit_the_report_dates_otherwise(letters_check):
    # Cheshire East 2024: "the joint targeted area inspection (JTAI) in July 2022" (no letter)
    text = (
        "Cheshire East's children's services require improvement, Ofsted says. The report said "
        "problems found during a joint targeted area inspection in {} had been addressed.\n"
    )
    found = letters_check(text.format("July 2022"), date(2024, 5, 20))
    assert _verdict(found, "July 2022") == "supported"
    found = letters_check(text.format("July 2021"), date(2024, 5, 20))
    assert _verdict(found, "July 2021") == "contradicted"
    # another year altogether may be another JTAI
    found = letters_check(text.format("2017"), date(2024, 5, 20))
    assert _verdict(found, "2017") != "contradicted"


def test_days_named_after_their_month():
    from ilacs.claims import text as T

    (w,) = T.dates("on December 12 and 13 last year, talking", date(2019, 1, 18))
    assert (w.first, w.last, w.precision) == (date(2018, 12, 12), date(2018, 12, 13), "range")
    # "May 2 and 15 June": two days; "June 12 and 20 councils": one
    got = T.dates("between May 2 and 15 June 2019", date(2019, 8, 1))
    assert [(x.first, x.precision) for x in got] == [
        (date(2019, 5, 2), "day"),
        (date(2019, 6, 15), "day"),
    ]
    (w,) = T.dates("on June 12 and 20 councils", date(2019, 8, 1))
    assert w.precision == "day"


def test_a_rank_among_reports_with_no_recommendations(letters_check):
    # North Lincolnshire 2022: the first ILACS report with no list of what needs to improve
    text = (
        "North Lincolnshire's children's services have been rated outstanding by Ofsted. It is "
        "the {} council whose report contains no list of what needs to improve.\n"
    )
    found = letters_check(text.format("first"), date(2022, 11, 28))
    assert _verdict(found, "no list of what needs to improve") == "supported"
    found = letters_check(text.format("second"), date(2022, 11, 28))
    assert _verdict(found, "no list of what needs to improve") == "contradicted"
    # Doncaster 2018 makes four recommendations
    text = (
        "Doncaster's children's services have been rated good by Ofsted. It is the first "
        "council under the current framework whose report makes no recommendations.\n"
    )
    found = letters_check(text, date(2018, 1, 22))
    assert _verdict(found, "no recommendations") == "contradicted"


def test_a_day_no_inspection_was_on_is_a_letters(letters_check):
    # Haringey's focused visit, 17 and 18 December 2019 (its full inspections: 2018, 2022...)
    text = (
        "Haringey's front door is improving, Ofsted says. Inspectors carried out a two-day "
        "inspection on December {} last year.\n"
    )
    assert _verdict(letters_check(text.format("17 and 18"), date(2020, 1, 23)), "17") == (
        "supported"
    )


def test_what_a_visit_was_to_look_at(letters_check):
    # Haringey, 21 January 2020: 'Inspectors considered the local authority's arrangements
    # for the 'front door' ... in the multi-agency safeguarding hub (MASH)'
    text = (
        "Inspectors made a two-day focused visit to Haringey Council in December to look at "
        "the arrangements for the front door and the multi-agency safeguarding hub. Their "
        "findings were set out in a letter published this week.\n"
    )
    got = letters_check(text, date(2020, 1, 23))
    assert _verdict(got, "to look at the arrangements") == "supported"
