"""`ilacs check`: claims read from real articles (../shared/claims) and checked against the
corpus; the JSON contract; bad input."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from ilacs.claims import text as T
from ilacs.claims.extract import extract
from ilacs.cli import main
from tests.claims_helpers import check_file

CLAIMS = Path(__file__).resolve().parents[1] / ".." / "shared" / "claims"


def _article(article_id: str) -> Path:
    path = CLAIMS / "articles" / f"{article_id}.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared)")
    return path


def _published(article_id: str) -> str:
    for r in csv.DictReader(open(CLAIMS / "articles.csv", newline="", encoding="utf-8")):
        if r["id"] == article_id:
            return r["published"]
    raise KeyError(article_id)


@pytest.fixture(scope="module")
def check_json(corpus_db):
    """Run `ilacs check --format json` on an article of ../shared/claims as of its date."""
    done: dict[str, dict] = {}

    def run(article_id: str) -> dict:
        if article_id not in done:
            path = _article(article_id)
            result = CliRunner().invoke(
                main,
                [
                    "check",
                    str(path),
                    "--db",
                    str(corpus_db),
                    "--format",
                    "json",
                    "--as-of",
                    _published(article_id),
                ],
            )
            assert result.exit_code == 0, result.output
            done[article_id] = json.loads(result.stdout)
        return done[article_id]

    return run


def _claim(out: dict, words: str) -> dict:
    hits = [c for c in out["claims"] if words in c["text"]]
    assert hits, f"no claim holds {words!r}: {[c['text'] for c in out['claims']]}"
    return hits[0]


# --- the JSON contract --------------------------------------------------------------------------


def test_json_contract_offsets_and_fields(check_json):
    out = check_json("001_810798ea347bbf28")
    text = _article("001_810798ea347bbf28").read_text(encoding="utf-8")
    assert out["as_of"] == "2019-01-08"
    assert out["as_of_source"] == "given"
    assert "article" not in out  # a text file is its own article text
    assert len(out["claims"]) >= 8
    for c in out["claims"]:
        assert set(c) == {
            "start",
            "end",
            "text",
            "type",
            "urns",
            "verdict",
            "explanation",
            "evidence",
        }
        assert c["text"] == text[c["start"] : c["end"]]
        assert c["verdict"] in ("supported", "contradicted", "not_in_record")
        assert c["type"] in (
            "grade", "date", "trend", "count", "rank", "quote", "recommendation", "inspector", "visit", "other"
        )  # fmt: skip
        assert c["explanation"]
        for e in c["evidence"]:
            assert set(e) == {"path", "page", "quote"}


# --- real verdicts on real articles ------------------------------------------------------------


def test_bromley_2019_inspector_grades_and_dates(check_json):
    out = check_json("001_810798ea347bbf28")
    c = _claim(out, "Inspector Dawn Godfrey")
    assert (c["type"], c["verdict"], c["urns"]) == ("inspector", "supported", [80490])
    assert (
        c["evidence"][0]["path"]
        == "80490_bromley/children's services inspection - 07 january 2019.pdf"
    )
    assert _claim(out, "November last year")["verdict"] == "supported"
    assert _claim(out, "inadequate across all categories")["verdict"] == "supported"
    assert _claim(out, "Inspector Tara Geere")["urns"] == [80468]  # Essex, named in its paragraph


def test_altered_inspector_is_contradicted(check_json):
    c = _claim(check_json("001_810798ea347bbf28-m1"), "Inspector Marcie Taylor")
    assert c["verdict"] == "contradicted"
    assert "Dawn Godfrey" in c["explanation"]


def test_altered_grade_count_is_contradicted(check_json):
    # Essex 2019: outstanding in three of four judgements; the copy says all four
    c = _claim(check_json("001_810798ea347bbf28-m2"), "rating in all four performance categories")
    assert c["verdict"] == "contradicted"
    assert c["urns"] == [80468]
    original = _claim(
        check_json("001_810798ea347bbf28"), "three out of four performance categories"
    )
    assert original["verdict"] == "supported"


def test_cheshire_east_dates_and_grades(check_json):
    out = check_json("63")
    assert _claim(out, "between 26 February 2024 and 8 March 2024")["verdict"] == "supported"
    assert _claim(out, "care leavers as inadequate")["verdict"] == "supported"
    assert _claim(out, "other three areas")["verdict"] == "supported"
    altered = check_json("63-m1")
    assert _claim(altered, "between 12 February 2024")["verdict"] == "contradicted"


def test_consecutive_outstanding(check_json):
    assert _claim(check_json("74"), "second consecutive time")["verdict"] == "supported"
    assert _claim(check_json("74-m2"), "third consecutive time")["verdict"] == "contradicted"


def test_last_inspection_year(check_json):
    assert (
        _claim(check_json("003_d6d1e56f746b979f"), "previous inspection in 2018")["verdict"]
        == "supported"
    )
    assert (
        _claim(check_json("003_d6d1e56f746b979f-m1"), "previous inspection in 2020")["verdict"]
        == "contradicted"
    )


def test_recommendation_count(check_json):
    assert _claim(check_json("45"), "5 recommendations")["verdict"] == "supported"
    assert _claim(check_json("45-m1"), "7 recommendations")["verdict"] == "contradicted"


# --- extraction alone (no database) -------------------------------------------------------------


def test_extract_is_pure_and_spans_are_the_article():
    text = _article("66").read_text(encoding="utf-8")
    claims = extract(text, date(2024, 7, 12))
    assert claims
    for c in claims:
        assert c.text == text[c.start : c.end]
        assert c.end - c.start <= 500
        assert c.verdict is None


def test_dates_as_journalists_write_them():
    day = date(2019, 10, 28)
    got = [(w.first, w.last, w.precision) for w in T.dates("visited between September 16-27", day)]
    assert got == [(date(2019, 9, 16), date(2019, 9, 27), "range")]
    got = [(w.first, w.precision) for w in T.dates("published today (28/10/19)", day)]
    assert (date(2019, 10, 28), "day") in got
    got = [(w.first, w.last) for w in T.dates("between 7th and 18th February 2022", day)]
    assert got == [(date(2022, 2, 7), date(2022, 2, 18))]
    got = [
        (w.first, w.precision)
        for w in T.dates("visited the council in November last year", date(2019, 1, 8))
    ]
    assert got == [(date(2018, 11, 1), "month")]
    # "may" the verb is not a month
    assert T.dates("the council may improve", day) == []
    # months and seasons read relative to the article's day
    day = date(2019, 3, 25)
    got = [(w.first, w.last, w.precision) for w in T.dates("a snap inspection last month", day)]
    assert got == [(date(2019, 2, 1), date(2019, 2, 28), "month")]
    got = [(w.first, w.last) for w in T.dates("visited earlier this month", day)]
    assert got == [(date(2019, 3, 1), date(2019, 3, 31))]
    got = [(w.first, w.last) for w in T.dates("the inspection in the autumn", day)]
    assert got == [(date(2018, 9, 1), date(2018, 11, 30))]
    (w,) = T.dates("inspectors visited two months ago", day)
    assert w.first <= date(2019, 1, 25) <= w.last < day
    got = [(w.first, w.last) for w in T.dates("At the last inspection, in the autumn of 2015", day)]
    assert got == [(date(2015, 9, 1), date(2015, 11, 30))]
    (w,) = T.dates("Ten years ago, we were rated good", date(2024, 7, 23))
    assert w.first <= date(2014, 4, 22) <= w.last


def test_the_inspection_before_named_earlier_in_the_sentence(tmp_path, corpus_db):
    # Doncaster: SIF 2015 (on site from 14 September, published 27 November 2015) help and
    # protection inadequate, children in care, care leavers and leadership RI, adoption good;
    # SIF 2018 good in every judgement
    p = tmp_path / "doncaster.txt"
    text = (
        "Doncaster's children's services have been rated good by Ofsted.\n\n"
        "At the last inspection, in the autumn of 2015, help and protection was rated inadequate, "
        "and children in care, care leavers and leadership all required improvement.\n"
    )
    out = check_file(p, corpus_db, text, "2018-01-19")
    assert _claim(out, "all required improvement")["verdict"] == "supported"
    out = check_file(
        p,
        corpus_db,
        text.replace("care leavers and leadership", "adoption and leadership"),
        "2018-01-19",
    )
    assert _claim(out, "all required improvement")["verdict"] == "contradicted"
    # Hampshire, 23 July 2024 (outstanding); its SIF report of 22 April 2014 was good
    out = check_file(
        p,
        corpus_db,
        'Hampshire\'s director said: "Ten years ago, we were rated good by Ofsted."\n',
        "2024-07-23",
    )
    assert _claim(out, "rated good")["verdict"] == "supported"


def test_last_month(check_json, tmp_path, corpus_db):
    # Newham: on site 11-22 February 2019, published 25 March 2019
    assert _claim(check_json("25"), "inspection last month")["verdict"] == "supported"
    p = tmp_path / "newham.txt"
    out = check_file(
        p,
        corpus_db,
        "Ofsted inspectors visited Newham in January and rated its children's services inadequate.\n",
        "2019-03-25",
    )
    assert _claim(out, "in January")["verdict"] == "contradicted"


def test_councils_named_and_places():
    text = (
        "Waltham Forest in London and St Helens in Lancashire - this week became the latest to be "
    )
    text += "rated 'requires improvement'. Reading is hard; reading is easy."
    mentions = T.councils(text)
    assert [m.la.name for m in mentions] == ["Waltham Forest", "St Helens", "Lancashire", "Reading"]
    claims = [c for c in extract(text, date(2015, 1, 23)) if c.type.value == "grade"]
    wanted = {m.la.urn for m in mentions if m.la.name in ("Waltham Forest", "St Helens")}
    assert len(claims) == 1 and set(claims[0].urns) == wanted


# --- bad input ----------------------------------------------------------------------------------


def _run(args):
    return CliRunner().invoke(main, ["check", *args])


def test_empty_file(tmp_path, corpus_db):
    p = tmp_path / "empty.txt"
    p.write_text("")
    r = _run([str(p), "--db", str(corpus_db)])
    assert r.exit_code == 1
    assert "empty" in r.output and "empty.txt" in r.output
    assert "Traceback" not in r.output


def test_binary_file(tmp_path, corpus_db):
    p = tmp_path / "photo.txt"
    p.write_bytes(bytes(range(256)) * 20)
    r = _run([str(p), "--db", str(corpus_db)])
    assert r.exit_code == 1
    assert "photo.txt" in r.output
    assert "Traceback" not in r.output


def test_html_without_article(tmp_path, corpus_db):
    p = tmp_path / "menu.html"
    p.write_text(
        "<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav></body></html>"
    )
    r = _run([str(p), "--db", str(corpus_db)])
    assert r.exit_code == 1
    assert "menu.html" in r.output
    assert "Traceback" not in r.output


def test_bad_as_of(corpus_db):
    r = _run([str(_article("63")), "--db", str(corpus_db), "--as-of", "31/31/2024"])
    assert r.exit_code == 1
    assert "--as-of" in r.output and "not a date" in r.output


def test_article_naming_no_council(tmp_path, corpus_db):
    p = tmp_path / "national.txt"
    p.write_text(
        "Nearly half of councils have seen their children's services rating fall under the tougher "
        "inspections, figures show. Ofsted inspectors said more work was needed across the country.\n",
        encoding="utf-8",
    )
    r = _run([str(p), "--db", str(corpus_db), "--format", "json", "--as-of", "2015-01-23"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert all(c["verdict"] != "contradicted" for c in out["claims"])
    assert "names no council" in r.stderr


# --- ranks and counts ---------------------------------------------------------------------------


def test_only_the_third_holds_on_every_judgement(check_json):
    # Bromley 2024: 8th outstanding overall under the 2023 framework, 3rd outstanding in every
    # judgement (after Essex and North Yorkshire): the plain reading that holds is named
    c = _claim(check_json("003_d6d1e56f746b979f"), "only the third")
    assert (c["type"], c["verdict"]) == ("rank", "supported")
    assert "every judgement" in c["explanation"]
    assert "Essex" in c["evidence"][0]["quote"] and "North Yorkshire" in c["evidence"][0]["quote"]


def test_only_outstanding_council_in_the_region(check_json):
    assert (
        _claim(check_json("67"), "the only ‘outstanding’ authority in the region")["verdict"]
        == "supported"
    )
    c = _claim(check_json("67-m1"), "one of two ‘outstanding’ authorities in the region")
    assert c["verdict"] == "contradicted"


def test_a_count_of_councils_nationally(tmp_path, corpus_db):
    p = tmp_path / "national.txt"
    out = check_file(
        p, corpus_db, "Ofsted figures show 18 councils are now rated inadequate.\n", "2024-07-25"
    )
    c = _claim(out, "18 councils")
    assert (c["type"], c["verdict"]) == ("count", "supported")
    out = check_file(
        p,
        corpus_db,
        "Ofsted figures show only 9 councils are now rated inadequate.\n",
        "2024-07-25",
    )
    assert _claim(out, "9 councils")["verdict"] == "contradicted"


def test_grades_jumped(tmp_path, corpus_db):
    # Slough: inadequate (published 17 February 2016) -> requires improvement (4 March 2019)
    p = tmp_path / "slough.txt"
    out = check_file(
        p,
        corpus_db,
        "Slough Borough Council jumped two grades in its latest Ofsted inspection.\n",
        "2019-03-10",
    )
    c = _claim(out, "jumped two grades")
    assert (c["type"], c["verdict"], c["urns"]) == ("trend", "contradicted", [80553])
    out = check_file(
        p,
        corpus_db,
        "Slough Borough Council moved up one grade in its latest Ofsted inspection.\n",
        "2019-03-10",
    )
    assert _claim(out, "moved up one grade")["verdict"] == "supported"


def test_the_scale_is_not_a_grade():
    text = (
        "Slough children's services\n\nOutstanding is the highest grade Ofsted gives. Councils are "
        "rated outstanding, good, requires improvement or inadequate. Slough was judged to require "
        "improvement, and it aims to be rated good next time.\n"
    )
    grades = [c for c in extract(text, date(2019, 3, 10)) if c.type.value in ("grade", "trend")]
    assert [c.text for c in grades] == ["Slough was judged to require improvement"]
    assert grades[0].facts["grades"][0]["grade"] == "requires_improvement"


def test_shares_of_councils(check_json, tmp_path, corpus_db):
    # 03 (January 2015): 30 of the 40 SIF reports published by then were below good
    out = check_json("03")
    c = _claim(out, "Three quarters of children's services departments")
    assert (c["type"], c["verdict"]) == ("count", "supported")
    assert "30 of 40" in c["explanation"]
    assert _claim(out, "almost a third of English authorities")["verdict"] == "supported"
    assert _claim(out, "None have been rated")["verdict"] == "supported"
    # 24 July 2024: 17 of 151 graded councils inadequate (11%), 91 good or outstanding (60%)
    p = tmp_path / "shares.txt"
    out = check_file(
        p,
        corpus_db,
        "One in 10 councils is rated inadequate, Ofsted figures show.\n\n"
        "Around 60 per cent of councils are now rated good or outstanding.\n\n"
        "Three quarters of councils are now rated good or outstanding.\n\n"
        "Nationally, 44 per cent of councils have seen their rating fall.\n",
        "2024-06-01",
    )
    assert _claim(out, "One in 10 councils")["verdict"] == "supported"
    assert _claim(out, "Around 60 per cent")["verdict"] == "supported"
    assert _claim(out, "Three quarters of councils")["verdict"] == "contradicted"
    # a share of changes of rating is not a share of grades
    assert not [c for c in out["claims"] if "44 per cent" in c["text"]]


def test_time_since_the_inspection_before(check_json):
    # Cambridgeshire's 2014 report: "The previous inspection ... was in September 2012"
    c = _claim(check_json("02"), "less than two years after")
    assert c["verdict"] == "supported"
    c = _claim(check_json("02-m2"), "less than a year after")
    assert c["verdict"] == "contradicted"
    assert "months" in c["explanation"]


def test_child_protection_may_mean_the_whole_inspection(check_json):
    # Cambridgeshire 2014: overall good, help and protection requires improvement; "gone from
    # inadequate to good for child protection" reads the inspection of child protection services
    c = _claim(check_json("02"), "gone from ‘inadequate’ to ‘good’ for child protection")
    assert c["verdict"] != "contradicted"


def test_a_list_of_areas_takes_the_grade_before(check_json, tmp_path, corpus_db):
    # Barking and Dagenham 2023: requires improvement overall, for leaders, help and protection
    # and children in care; care leavers good
    c = _claim(check_json("55"), "These were impact of leaders")
    assert (c["type"], c["verdict"]) == ("grade", "supported")
    text = _article("55").read_text(encoding="utf-8")
    p = tmp_path / "55x.txt"
    out = check_file(
        p,
        corpus_db,
        text.replace("progress of children in care, as well", "progress of care leavers, as well"),
        "2023-09-05",
    )
    assert _claim(out, "These were impact")["verdict"] == "contradicted"
    # Reading 2019: "Areas identified for improvement were..." (requires improvement)
    c = _claim(check_json("69"), "Areas identified for improvement")
    assert c["verdict"] == "supported"


def test_check_format_follows_the_extension(tmp_path, corpus_db):
    art = _article("001_810798ea347bbf28")
    _run([str(art), "--db", str(corpus_db), "-o", str(tmp_path / "c.json")])
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["claims"]
    _run([str(art), "--db", str(corpus_db), "-o", str(tmp_path / "c.html")])
    assert (tmp_path / "c.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    r = CliRunner().invoke(
        main,
        [
            "check",
            str(art),
            "--db",
            str(corpus_db),
            "--format",
            "json",
            "-o",
            str(tmp_path / "d.html"),
        ],
    )
    assert r.exit_code == 2 and "a .html file is html" in r.output
    assert not (tmp_path / "d.html").exists()


def test_each_council_its_own_grade(tmp_path, corpus_db):
    # 29 January 2018: Rotherham good overall; Sandwell and Buckinghamshire inadequate
    p = tmp_path / "three.txt"
    out = check_file(
        p,
        corpus_db,
        "Rotherham rated good as Sandwell and Buckinghamshire remain inadequate\n",
        "2018-01-29",
    )
    assert _claim(out, "Rotherham rated good")["verdict"] == "supported"
    out = check_file(
        p,
        corpus_db,
        "Rotherham rated good as Sandwell and Buckinghamshire remain outstanding\n",
        "2018-01-29",
    )
    assert _claim(out, "Rotherham rated good")["verdict"] == "contradicted"


def test_a_council_named_paragraphs_before_is_not_the_subject(tmp_path, corpus_db):
    # Trafford (3 August 2026): leaders inadequate, children in care good, care leavers RI;
    # West Northamptonshire (7 July 2026): care leavers good
    text = (
        "Trafford Council's children's services have been rated inadequate for the impact of "
        "leaders by Ofsted.\n\n"
        "West Northamptonshire was inspected under the same framework last month.\n\n"
        "Inspectors said services for care leavers require improvement.\n"
    )
    p = tmp_path / "trafford.txt"
    out = check_file(p, corpus_db, text, "2026-08-04")
    c = _claim(out, "care leavers require improvement")
    assert (c["verdict"], c["urns"]) == ("supported", [80573])
    # the same words false of Trafford too: contradicted
    out = check_file(
        p, corpus_db, text.replace("require improvement", "are inadequate"), "2026-08-04"
    )
    assert _claim(out, "care leavers are inadequate")["verdict"] == "contradicted"


def test_a_clause_without_its_own_subject_takes_the_area_before(tmp_path, corpus_db):
    # Bristol: care leavers inadequate (SIF, 5 December 2014), good (10 March 2023); children in
    # care requires improvement (2018), good (2023)
    text = (
        "Bristol's children's services still require improvement overall, Ofsted said. The "
        "rating for children in care went from requires improvement in 2018 to good, and care "
        "leavers, who were judged inadequate in 2014, are now judged good.\n"
    )
    p = tmp_path / "bristol.txt"
    out = check_file(p, corpus_db, text, "2023-03-10")
    assert _claim(out, "from requires improvement in 2018 to good")["verdict"] == "supported"
    assert _claim(out, "who were judged inadequate in 2014")["verdict"] == "supported"
    out = check_file(
        p, corpus_db, text.replace("judged inadequate in 2014", "judged good in 2014"), "2023-03-10"
    )
    assert _claim(out, "who were judged good in 2014")["verdict"] == "contradicted"
    out = check_file(
        p,
        corpus_db,
        text.replace("from requires improvement in 2018", "from inadequate in 2018"),
        "2023-03-10",
    )
    assert _claim(out, "from inadequate in 2018")["verdict"] == "contradicted"


def test_region_names_now_and_framework_dates(tmp_path, corpus_db):
    # "Greater Manchester" is not Manchester, "the Essex unitary authority" not Essex
    assert [m.la.name for m in T.councils("Elsewhere in Greater Manchester, Stockport was")] == [
        "Stockport"
    ]
    assert T.councils("Thurrock: the Essex unitary authority was")[0].la.name == "Thurrock"
    assert len(T.councils("Thurrock: the Essex unitary authority was")) == 1
    # Somerset: SIF inadequate (27 March 2015), requires improvement (29 January 2018)
    p = tmp_path / "somerset.txt"
    out = check_file(
        p,
        corpus_db,
        "Somerset County Council has climbed out of the bottom grade and now requires "
        "improvement, Ofsted said.\n",
        "2018-01-29",
    )
    assert _claim(out, "now requires")["verdict"] == "supported"
    # Manchester: outstanding, published 11 November 2025 (inspected in 2025, not 2023)
    p = tmp_path / "manchester.txt"
    out = check_file(
        p,
        corpus_db,
        "Manchester City Council has been rated outstanding under Ofsted's current inspection "
        "framework, introduced in 2023.\n",
        "2025-11-11",
    )
    assert _claim(out, "rated outstanding")["verdict"] == "supported"


def test_years_after_a_grade_and_the_tense_of_minutes(tmp_path, corpus_db):
    # Manchester: inadequate (SIF, published 3 September 2014), outstanding (11 November 2025)
    p = tmp_path / "manchester.txt"
    text = (
        "Manchester City Council's children's services have been rated outstanding by Ofsted, "
        "11 years after the authority was judged inadequate.\n"
    )
    out = check_file(p, corpus_db, text, "2025-11-12")
    assert _claim(out, "11 years after")["verdict"] == "supported"
    out = check_file(p, corpus_db, text.replace("11 years", "five years"), "2025-11-12")
    assert _claim(out, "five years after")["verdict"] == "contradicted"
    # Surrey: good in every judgement (9 May 2025), requires improvement before (9 March 2022)
    p = tmp_path / "surrey.txt"
    out = check_file(
        p,
        corpus_db,
        "The committee noted the Ofsted report on Surrey County Council. Services had been judged "
        "good overall and good in all four judgement areas. This was the first time the Council "
        "had been judged good overall under Ofsted's inspection frameworks since 2013.\n",
        "2025-06-19",
    )
    assert _claim(out, "had been judged good overall and good")["verdict"] == "supported"
    assert not [c for c in out["claims"] if c["verdict"] == "contradicted"]


def test_years_listed_and_areas_carried_on(tmp_path, corpus_db):
    # Milton Keynes: requires improvement, published 25 November 2016 and 17 December 2021
    p = tmp_path / "mk.txt"
    out = check_file(
        p,
        corpus_db,
        "Milton Keynes Council's children's services are now good. At the previous inspections in "
        "2016 and 2021, services were judged to require improvement.\n",
        "2024-12-17",
    )
    assert _claim(out, "inspections in 2016 and 2021")["verdict"] == "supported"
    # Liverpool, 25 May 2023: inadequate overall, for leaders, help and protection and care
    # leavers; children in care requires improvement
    p = tmp_path / "liverpool.txt"
    text = (
        "Liverpool City Council's children's services were judged inadequate overall, and for the "
        "impact of leaders, help and protection and care leavers.\n"
    )
    out = check_file(p, corpus_db, text, "2023-05-25")
    assert _claim(out, "and for the impact of leaders")["verdict"] == "supported"
    out = check_file(p, corpus_db, text.replace("care leavers", "children in care"), "2023-05-25")
    assert _claim(out, "and for the impact of leaders")["verdict"] == "contradicted"


def test_the_month_a_report_was_published(tmp_path, corpus_db):
    # Trafford: inadequate (published 8 May 2019), requires improvement (on site November and
    # December 2022, published 31 January 2023), then the 2026 framework (3 August 2026)
    text = (
        "Trafford Council's children's services were judged inadequate for the impact of leaders "
        "by Ofsted. Trafford was previously rated inadequate in 2019 and improved to requires "
        "improvement at its last inspection, published in January 2023.\n"
    )
    p = tmp_path / "trafford.txt"
    out = check_file(p, corpus_db, text, "2026-08-04")
    assert not [c for c in out["claims"] if c["verdict"] == "contradicted"], out["claims"]
    out = check_file(p, corpus_db, text.replace("January 2023", "January 2022"), "2026-08-04")
    assert _claim(out, "January 2022")["verdict"] == "contradicted"
    # a list of councils is joined by 'and' or commas, not by a verb
    assert extract_urns("Islington and Kingston follow North Tyneside and Westminster, which were")


def extract_urns(text: str) -> bool:
    from ilacs.claims.extract import Reader

    r = Reader(text, date(2025, 1, 30))
    s = r.sentence_spans[0]
    clause = T.clauses(text, s)[-1]
    return 80505 not in r.urns_at(s, clause)


def test_record_facts_in_an_officers_words(tmp_path, corpus_db):
    # Hampshire, 23 July 2024: children in care outstanding; its SIF report of April 2014 good
    text = (
        "Hampshire County Council's children's services have been rated outstanding by Ofsted.\n\n"
        "The Director of Children's Services added: \"Ten years ago, we were rated good. I am "
        'particularly proud that inspectors found our care for children in care to be outstanding."\n'
    )
    p = tmp_path / "hampshire.txt"
    out = check_file(p, corpus_db, text, "2024-07-23")
    assert _claim(out, "children in care to be outstanding")["verdict"] == "supported"
    assert _claim(out, "we were rated good")["verdict"] == "supported"
    out = check_file(p, corpus_db, text.replace("to be outstanding", "to be good"), "2024-07-23")
    assert _claim(out, "children in care to be good")["verdict"] == "contradicted"


def test_the_year_a_grade_was_first_achieved(tmp_path, corpus_db):
    # Hampshire: good (SIF, April 2014), outstanding first on 11 June 2019, again in July 2024
    p = tmp_path / "hampshire.txt"
    text = "Hampshire County Council has retained the top rating it first achieved in 2019.\n"
    out = check_file(p, corpus_db, text, "2024-07-23")
    assert _claim(out, "first achieved")["verdict"] == "supported"
    out = check_file(p, corpus_db, text.replace("2019", "2014"), "2024-07-23")
    assert _claim(out, "first achieved")["verdict"] == "contradicted"


def test_downgraded_and_a_committee_papers_list(tmp_path, corpus_db):
    # Stockport: good (published 18 May 2022), requires improvement (15 July 2025)
    p = tmp_path / "stockport.txt"
    out = check_file(
        p, corpus_db, "Stockport children's services downgraded by Ofsted\n", "2025-07-15"
    )
    assert _claim(out, "downgraded")["verdict"] == "supported"
    out = check_file(
        p, corpus_db, "Stockport children's services upgraded by Ofsted\n", "2025-07-15"
    )
    assert _claim(out, "upgraded")["verdict"] == "contradicted"
    # Bristol, 10 March 2023: children in care good, help and protection requires improvement
    p = tmp_path / "bristol.txt"
    text = (
        "Bristol City Council's Ofsted judgements were as follows:\n"
        "- The experiences and progress of children in care: Good\n"
        "- The experiences and progress of children who need help and protection: Requires "
        "improvement to be good\n"
    )
    out = check_file(p, corpus_db, text, "2023-04-04")
    assert _claim(out, "children in care: Good")["verdict"] == "supported"
    assert _claim(out, "help and protection: Requires")["verdict"] == "supported"
    out = check_file(
        p, corpus_db, text.replace("in care: Good", "in care: Outstanding"), "2023-04-04"
    )
    assert _claim(out, "in care: Outstanding")["verdict"] == "contradicted"


def test_dates_told_and_the_length_of_an_inspection(tmp_path, corpus_db):
    # Thurrock, 29 October 2024: a short inspection, on site 16-20 September 2024
    p = tmp_path / "thurrock.txt"
    text = "Thurrock Council's children's services were rated outstanding after a one-week short inspection.\n"
    out = check_file(p, corpus_db, text, "2024-10-30")
    assert _claim(out, "one-week short inspection")["verdict"] == "supported"
    out = check_file(
        p, corpus_db, text.replace("one-week short", "two-week standard"), "2024-10-30"
    )
    assert _claim(out, "two-week standard")["verdict"] == "contradicted"
    # Hounslow, 21 March 2014: the LSCB requires improvement
    p = tmp_path / "hounslow.txt"
    out = check_file(
        p,
        corpus_db,
        "Hounslow's children's services require improvement, Ofsted said. The Local Safeguarding "
        "Children Board, which oversees how agencies work together, was also told it requires "
        "improvement.\n",
        "2014-03-21",
    )
    assert _claim(out, "told it requires")["verdict"] == "supported"
    # Torbay: inadequate (published 5 January 2016, on site in October and November 2015);
    # Plymouth's last inspection before May 2022 (7 January 2019) required improvement, Devon's
    # (17 March 2020) was inadequate
    p = tmp_path / "torbay.txt"
    out = check_file(
        p,
        corpus_db,
        "Torbay Council's children's services are good, having been branded inadequate in "
        "January 2016. Devon's children's services were rated inadequate in 2020, while "
        "Plymouth's were judged to require improvement at their last inspection.\n",
        "2022-05-18",
    )
    assert not [c for c in out["claims"] if c["verdict"] == "contradicted"], out["claims"]
    assert _claim(out, "at their last inspection")["verdict"] == "supported"


def test_told_our_services_were_failing(tmp_path, corpus_db):
    # Wandsworth: inadequate (published 16 February 2016), outstanding (18 May 2026)
    p = tmp_path / "wandsworth.txt"
    text = (
        "Wandsworth Council's children's services have been rated outstanding in every area.\n\n"
        "Norfolk was also rated outstanding today.\n\n"
        'The council\'s leader said: "Ten years ago we were told our services were failing."\n'
    )
    out = check_file(p, corpus_db, text, "2026-05-18")
    c = _claim(out, "were failing")
    assert (c["verdict"], c["urns"]) == ("supported", [80518])
    # "failing" alone is no grade
    out = check_file(
        p, corpus_db, "Wandsworth's failing children's services were in the news.\n", "2016-02-20"
    )
    assert not out["claims"]


def test_today_the_inspectors_say_is_the_reports_day(tmp_path, corpus_db):
    # Wandsworth: on site 2-6 March 2026, published 18 May 2026
    p = tmp_path / "wandsworth.txt"
    out = check_file(
        p,
        corpus_db,
        "Wandsworth Council's children's services are outstanding in all five areas. The "
        "council's leader said: \"Today the inspectors say we are among the very best in the "
        'country." Inspectors visited today, the council said.\n',
        "2026-05-18",
    )
    assert _claim(out, "Today the inspectors say")["verdict"] == "supported"
    assert _claim(out, "visited today")["verdict"] == "contradicted"


def test_kingston_and_the_inspection_before(tmp_path, corpus_db):
    # Kingston upon Thames: outstanding (19 December 2019 and 29 January 2025); SIF in 2015
    text = (
        "Two more boroughs were awarded the inspectorate's top grade this week. It is the "
        "second time in a row that Kingston has been rated outstanding, following its previous "
        "inspection in 2019.\n"
    )
    p = tmp_path / "kingston.txt"
    out = check_file(p, corpus_db, text, "2025-01-30")
    c = _claim(out, "second time in a row")
    assert (c["verdict"], c["urns"]) == ("supported", [80545])
    # "two more boroughs" names no council: no grade claim of the article's council
    assert not [c for c in out["claims"] if c["text"].startswith("Two more boroughs")]
    out = check_file(p, corpus_db, text.replace("in 2019", "in 2015"), "2025-01-30")
    assert _claim(out, "second time in a row")["verdict"] == "contradicted"


def test_failing_years_ago_and_good_now(tmp_path, corpus_db):
    # Herefordshire: inadequate (published 21 September 2022), good (12 January 2026)
    p = tmp_path / "hereford.txt"
    out = check_file(
        p,
        corpus_db,
        "Herefordshire Council, whose children's services were found to be failing three years "
        "ago, has been rated good by Ofsted.\n",
        "2026-01-13",
    )
    assert not [c for c in out["claims"] if c["verdict"] == "contradicted"], out["claims"]


def test_years_later(tmp_path, corpus_db):
    # Darlington: inadequate (SIF, 1 September 2015), requires improvement (21 May 2018), good
    # (2 December 2022), outstanding (24 March 2026)
    p = tmp_path / "darlington.txt"
    text = (
        "Darlington Borough Council's children's services have been rated outstanding. The "
        "department was judged inadequate in 2015 and requires improvement three years later. "
        "The result is a step up from the good rating Darlington received at its last full "
        "inspection in 2022.\n"
    )
    out = check_file(p, corpus_db, text, "2026-03-24")
    assert not [c for c in out["claims"] if c["verdict"] == "contradicted"], out["claims"]
    out = check_file(
        p, corpus_db, text.replace("three years later", "seven years later"), "2026-03-24"
    )
    assert _claim(out, "seven years later")["verdict"] == "contradicted"
    # Tameside: inadequate (SIF, 9 December 2016), requires improvement (1 July 2019)
    out = check_file(
        p,
        corpus_db,
        "Tameside was previously rated inadequate in 2016 and came out of that rating three "
        "years later.\n",
        "2024-02-14",
    )
    assert _claim(out, "three years later")["verdict"] == "supported"


def test_a_judgement_that_rose_by_two_grades(tmp_path, corpus_db):
    # Shropshire: help and protection requires improvement (2022), outstanding (12 August 2025);
    # overall good -> outstanding
    p = tmp_path / "shropshire.txt"
    text = "Shropshire Council's help and protection has risen by two grades, Ofsted said.\n"
    out = check_file(p, corpus_db, text, "2025-09-10")
    assert _claim(out, "risen by two grades")["verdict"] == "supported"
    out = check_file(p, corpus_db, text.replace("two grades", "one grade"), "2025-09-10")
    assert _claim(out, "risen by one grade")["verdict"] == "contradicted"


def test_dates_in_their_part_of_the_sentence(tmp_path, corpus_db):
    # Lancashire: inadequate (SIF, 2015), requires improvement (17 August 2018)
    p = tmp_path / "lancashire.txt"
    text = (
        "Lancashire County Council's children's services have improved. In 2015 services were "
        "judged inadequate and in 2018 they were found to require improvement.\n"
    )
    out = check_file(p, corpus_db, text, "2019-01-01")
    assert _claim(out, "In 2015 services")["verdict"] == "supported"
    out = check_file(p, corpus_db, text.replace("judged inadequate", "judged good"), "2019-01-01")
    assert _claim(out, "In 2015 services")["verdict"] == "contradicted"
    # Walsall, published 8 July 2025 after an inspection on 12-16 May
    out = check_file(
        p,
        corpus_db,
        "Walsall Council's children's services are outstanding. The report, published today, "
        "follows an inspection from 12 to 16 May.\n",
        "2025-07-08",
    )
    assert not [c for c in out["claims"] if c["verdict"] == "contradicted"], out["claims"]


def test_they_are_the_children_the_sentence_before_named(tmp_path, corpus_db):
    # Portsmouth: care leavers requires improvement (3 July 2023), outstanding (18 August 2026)
    p = tmp_path / "portsmouth.txt"
    text = (
        "Portsmouth City Council's children's services have been praised by Ofsted.\n\n"
        "The biggest leap came for care leavers. At the last inspection in 2023 their services "
        "were found to require improvement.\n"
    )
    out = check_file(p, corpus_db, text, "2026-08-18")
    assert _claim(out, "their services")["verdict"] == "supported"
    out = check_file(
        p, corpus_db, text.replace("require improvement", "be inadequate"), "2026-08-18"
    )
    assert _claim(out, "found to be inadequate")["verdict"] == "contradicted"
