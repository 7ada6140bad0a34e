"""`ilacs check` on what the press says Ofsted wants improved (round 3): which council's report
is meant, lists set out line by line or continued in the next sentence, and the article's own
words for a recommendation. Real values from the corpus; the articles are written here."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import held_then_caught


def test_kingston_alone_is_kingston_upon_thames(tmp_path, corpus_db):
    # Kingston upon Thames, 29 January 2025: lead inspector Nicki Shaw, one recommendation
    # ('Clarity of pre-proceedings letters for parents, so that they are clear about what
    # needs to change so children can safely remain in their care.')
    text = (
        "Havering is the only London borough rated inadequate.\n\n"
        "Kingston's report, led by inspector Nicki Shaw, was published on Wednesday. Ofsted "
        "made just one recommendation: that pre-proceedings letters for parents must be "
        "clearer on what has to change for children to stay safely at home.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2025-01-30",
        ("one recommendation", "Nicki Shaw", "pre-proceedings letters"),
        altered=("just one", "three"),
        caught="three recommendation",
    )


def test_a_council_named_in_passing_is_not_the_one_whose_report_is_counted(tmp_path, corpus_db):
    # Peterborough, 30 January 2024: eight things to improve; Cambridgeshire's 2019 report, the
    # last council named before the count, makes four
    text = (
        "Peterborough City Council's children's services have been rated inadequate by Ofsted.\n\n"
        "The council ended its shared children's services with Cambridgeshire County Council "
        "in 2023.\n\n"
        "Ofsted listed eight areas that must improve, beginning with the quality of support, "
        "advice and guidance for care leavers. Others include service capacity in the "
        "safeguarding teams and the supply of suitable placements.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-01-31",
        ("eight areas", "guidance for care leavers", "suitable placements"),
        altered=("eight areas", "five areas"),
    )


def test_a_list_set_out_line_by_line(tmp_path, corpus_db):
    # Medway, 11 September 2023: four recommendations
    text = (
        "Medway Council's children's services were inspected by Ofsted in July.\n\n"
        "3.1 Ofsted identified four areas for improvement:\n"
        "(a) assessments, plans and responses for children at risk of exploitation outside "
        "the home;\n"
        "(b) direct work and life-story work with children;\n"
        "(c) assessment and planning for disabled children;\n"
        "(d) the quality and consistency of management oversight.\n"
        "3.2 An action plan will follow.\n"
    )
    # each line is a claim of its own: the changed one is contradicted, the others stand
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-09-26",
        ("four areas", "direct work and life-story"),
        altered=("disabled", "adopted"),
        caught="planning for adopted children",
        still_held=("direct work and life-story",),
    )


def test_the_articles_own_words_for_a_recommendation(tmp_path, corpus_db):
    # Tameside, 13 February 2024: 'The response to 16- and 17-year-old children who are
    # homeless'; 'The recruitment and retention of staff and support for newly qualified
    # social workers'. Herefordshire, 12 January 2026: 'The management oversight of the local
    # authority designated officer (LADO).'
    text = (
        "Tameside Council's children's services have been rated inadequate by Ofsted.\n\n"
        "The report lists 13 areas for improvement, starting with the council's oversight "
        "and governance of leadership. Others include the response to homeless 16- and "
        "17-year-olds and the recruitment and retention of staff.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2024-02-14", "homeless 16-", altered=("homeless", "excluded")
    )
    text = (
        "Herefordshire Council's children's services have been rated good by Ofsted.\n\n"
        "Ofsted identified two areas for improvement: management oversight of the local "
        "authority designated officer (LADO), who deals with allegations against adults who "
        "work with children, and the identification and assessment of children living in "
        "private fostering arrangements.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2026-01-13")
    assert _claim(claims, "management oversight of the local")["verdict"] == "supported"


def test_inspectors_middle_initials_titles_and_deputies(tmp_path, corpus_db):
    # Derbyshire, 11 February 2014: lead inspector 'Fiona J Millns'; Calderdale, 20 March 2015:
    # led by Wendy Ghaffar, Fiona Millns named in the report; Wakefield, 17 July 2018: led by
    # Neil Penswick
    text = (
        "Derbyshire County Council's services for children were rated good. Inspectors, led "
        "by Fiona Millns, spent four weeks in the county.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2014-02-12")
    assert _claim(claims, "Fiona Millns")["verdict"] == "supported"
    text = (
        "Calderdale Council's services were found to require improvement. The team was led by "
        "Wendy Ghaffar, with Fiona Millns as her deputy.\n"
    )
    held_then_caught(
        tmp_path, corpus_db, text, "2015-03-21", "Fiona Millns", altered=("Millns", "Mills")
    )
    text = (
        "Wakefield Council's children's services were rated inadequate.\n\n"
        "The report, led by Neil Penswick HMI, said services had deteriorated.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2018-07-18")
    assert _claim(claims, "Neil Penswick")["verdict"] == "supported"


def test_what_the_council_was_asked_to_do(tmp_path, corpus_db):
    # Lancashire, 20 August 2026: 'The recognition and reflection of the needs of young carers
    # ... in the child's assessments and plans'; Buckinghamshire, 29 January 2018: the quality
    # of plans, and unaccompanied asylum-seeking children on arrival
    text = (
        "Lancashire County Council's children's services were judged good by Ofsted.\n\n"
        "But inspectors said the council needed to do more to recognise the needs of young "
        "carers in their assessments and plans.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2026-08-21",
        "young carers",
        altered=("young carers", "disabled children"),
    )
    text = (
        "Buckinghamshire County Council's children's services require improvement, Ofsted "
        "said.\n\nThe inspectors made ten recommendations, including improving the quality "
        "of plans for children and arrangements for unaccompanied asylum-seeking children "
        "when they first arrive.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2018-01-30")
    assert _claim(claims, "unaccompanied")["verdict"] == "supported"


def test_no_list_of_recommendations_and_the_chief_one(tmp_path, corpus_db):
    # North Lincolnshire, 25 November 2022: no recommendations; Waltham Forest, 11 March 2019:
    # five, the first 'The quality of children's plans ...'
    text = (
        "North Lincolnshire's children's services were rated outstanding by Ofsted today.\n\n"
        "Unusually, the report contains no list of recommendations.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2022-11-25")
    assert _claim(claims, "no list of recommendations")["verdict"] == "supported"
    claims = _check(tmp_path, corpus_db, text, "2017-09-10")  # the 2017 report made three
    assert _claim(claims, "no list of recommendations")["verdict"] == "contradicted"
    text = (
        "Waltham Forest Council's children's services were rated good by Ofsted.\n\n"
        "Members asked about the five areas for improvement identified by Ofsted. Officers "
        "said the most significant related to the quality of children's plans, which "
        "inspectors described as variable.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2019-03-20")
    assert _claim(claims, "quality of children's plans")["verdict"] == "supported"


def test_a_list_ends_where_the_article_reports_something_else(tmp_path, corpus_db):
    # Rutland, 12 July 2024: good in every judgement, after requires improvement (2021); Sefton,
    # 9 May 2022: inadequate
    claims = _check(
        tmp_path,
        corpus_db,
        "Rutland County Council's children's services are good, after years in which the "
        'county council was told it "requires improvement". Ofsted also wants more choice of '
        "homes for children in care and care leavers, and said some children in care had seen "
        "their social worker change because the workforce was not stable.\n",
        "2024-07-15",
    )
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims
    claims = _check(
        tmp_path,
        corpus_db,
        'Sefton Council was rated inadequate. Inspectors found "serious and widespread failures '
        "in core areas of social work practice including assessment, planning, and management "
        'oversight".\n',
        "2022-05-10",
    )
    assert not [c for c in claims if c["type"] == "recommendation"], claims
