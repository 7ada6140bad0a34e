"""`ilacs check`: counts, ranks, regions and text that is no claim, round 24: the press's short
names of councils ("Scilly" for the Isles of Scilly, "the Scillies", "Cheshire West" for Cheshire
West and Chester) name the council, so that a rank said of them is checked for them and not for
another council named later in the sentence; "..., prompting the government to install a
commissioner", "..., leading to government intervention": what the government did after a report
is a fact of its own, outside the record, and a council named in it is not the council rated."""

from __future__ import annotations

from tests.claims_helpers import check_text as _check
from tests.claims_helpers import claim_with as _claim
from tests.claims_helpers import contradicted as _contradicted
from tests.claims_helpers import held_then_caught


def test_press_short_name_is_the_council_of_a_rank(tmp_path, corpus_db):
    # Cheshire West and Chester's ILACS 2023 report, published 28 Aug 2024 with Kirklees's: the
    # 72nd-73rd under the framework
    text = (
        "Cheshire West has been rated requires improvement by Ofsted.\n\n"
        "Cheshire West is the 72nd council to receive a report under the new framework, and "
        "joins Liverpool among the councils inspected under it.\n\n"
        "Cheshire West was the 73rd council to be inspected under the framework introduced "
        "last year.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-08-30",
        ("the 72nd council", "the 73rd council"),
        kind="rank",
        altered="Cheshire West is the 12th council to receive a report under the new framework, "
        "and joins Liverpool among the councils inspected under it.\n",
        caught="the 12th council",
    )


def test_scilly_is_the_isles_of_scilly(tmp_path, corpus_db):
    # the Isles of Scilly's ILACS 2023 report, published 25 Aug 2023, the 22nd under it
    text = (
        "Scilly is the 22nd council to receive a report under the new framework, and joins "
        "Liverpool, rated inadequate in May, as the only authorities to receive the lowest "
        "grade under it so far.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2023-08-25",
        "the 22nd council",
        kind="rank",
        altered="Scilly is the 12th council to receive a report under the new framework, and "
        "joins Liverpool, rated inadequate in May.\n",
        caught="the 12th council",
    )


def test_what_the_government_did_after_a_report_is_outside_the_record(tmp_path, corpus_db):
    # Doncaster inadequate (published 27 Nov 2015), Torbay inadequate (5 Jan 2016), Sunderland
    # inadequate (20 Jul 2015); Leeds, named in what followed, was rated good in March 2015:
    # the council named as the helper is not the one rated, and the government's act is no
    # grade of it
    text = (
        "Doncaster Council's children's services were rated inadequate in November 2015, "
        "prompting the government to install a commissioner and to pair the council with "
        "Leeds as an improvement partner.\n\n"
        "Sunderland was rated inadequate in July 2015, leading to government intervention and "
        "the appointment of a commissioner.\n\n"
        "Inspectors judged Torbay inadequate in January 2016, forcing ministers to send in a "
        "commissioner from Leeds.\n\n"
        "Ofsted rated Doncaster inadequate, triggering a statutory direction from the "
        "Department for Education.\n"
    )
    held = ("rated inadequate in November 2015", "judged Torbay inadequate")
    claims = held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2016-02-01",
        held,
        altered="Inspectors judged Torbay good in January 2016, forcing ministers to send in a "
        "commissioner from Leeds.\n",
        caught="judged Torbay good",
    )
    for words in held:
        c = _claim(claims, words)
        assert "Leeds" not in c["text"], c
    for words in ("prompting the government", "forcing ministers", "triggering a statutory"):
        assert _claim(claims, words)["verdict"] == "not_in_record"


def test_a_second_count_set_against_the_first_leaves_the_first_read(tmp_path, corpus_db):
    # England on 1 Jun 2024: 17 councils whose latest graded report is inadequate
    text = (
        "Across England, 17 councils now hold an inadequate rating, against 25 rated "
        "outstanding.\n\n"
        "Nationally, 17 councils are rated inadequate, compared with 30 judged outstanding.\n\n"
        "In England, 17 authorities are currently judged inadequate, versus 40 rated "
        "outstanding.\n"
    )
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        "2024-06-01",
        ("17 councils now hold", "17 councils are rated", "17 authorities are"),
        kind="count",
        altered="Across England, 20 councils now hold an inadequate rating, against 25 rated "
        "outstanding.\n\nNationally, 20 councils are rated inadequate, compared with 30 judged "
        "outstanding.\n",
        caught=("20 councils now hold", "20 councils are rated"),
    )


def test_the_size_of_a_group_named_first_is_not_the_count(tmp_path, corpus_db):
    # North East on 4 Mar 2025: 12 councils, four of them rated outstanding
    text = (
        "Sunderland's children's services remain outstanding, Ofsted has said.\n\n"
        "Of the North East's 12 local authorities, four now hold an outstanding judgement from "
        "their most recent inspection.\n\n"
        "Of the region's 12 councils, four now hold the top grade.\n\n"
        "Of the North East's 12 councils, four are rated outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2025-03-04")
    assert not _contradicted(claims), claims
    assert not [c for c in claims if c["type"] == "count" and "12 " in c["text"]], claims


def test_a_hope_goes_on_to_the_grade_after_and_then(tmp_path, corpus_db):
    # Torbay, rated inadequate (published 5 Jan 2016): the grades its leaders hope for are none
    text = (
        "Torbay's children's services have been rated inadequate by Ofsted.\n\n"
        'Councillor Jane Smith said: "We are not complacent - we want to be good, and then '
        'outstanding."\n\n'
        'The council leader said: "Our ambition is to be rated good, and eventually '
        'outstanding."\n\n'
        '"We aim to get to good, and then outstanding," the director said.\n'
    )
    claims = _check(tmp_path, corpus_db, text, "2016-02-01")
    assert not _contradicted(claims), claims
    assert not [c for c in claims if "outstanding" in c["text"]], claims


def test_the_council_that_joins_n_others_is_counted_in(tmp_path, corpus_db):
    # London on 20 Nov 2023: 10 councils rated outstanding (Hillingdon among them); West
    # Midlands on 14 Oct 2025: five rated requires improvement (Warwickshire among them)
    text = (
        "Hillingdon's children's services have been rated outstanding by Ofsted.\n\n"
        "It joins nine other London councils currently holding the top grade.\n\n"
        "Hillingdon has joined nine other London councils rated outstanding.\n"
    )
    claims = _check(tmp_path, corpus_db, text, "2023-11-20")
    for words in ("joins nine other", "joined nine other"):
        c = _claim(claims, words)
        assert (c["type"], c["verdict"]) == ("count", "supported"), c
    assert not _contradicted(claims), claims
    other = _check(
        tmp_path,
        corpus_db,
        "Warwickshire's children's services have been rated requires improvement by Ofsted.\n\n"
        "Warwickshire joins four other West Midlands councils currently rated requires "
        "improvement.\n\n"
        "Warwickshire joins six other West Midlands councils currently rated requires "
        "improvement.\n",
        "2025-10-14",
    )
    assert _claim(other, "joins four other")["verdict"] == "supported"
    assert _claim(other, "joins six other")["verdict"] == "contradicted"
