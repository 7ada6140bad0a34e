"""Follow-up: what Bromley's 2023 inspection said about each of its 2018 areas for improvement,
read from the reports' stored page texts."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from ilacs.analyse.record import Record
from ilacs.cli import main
from ilacs.ingest import ingest
from ilacs.store import Store
from ilacs.themes.follow_up import follow_up, judgement_for

from .conftest import CORPUS


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    shutil.copytree(CORPUS / "80490_bromley", root / "80490_bromley")
    db = root.parent / "follow.db"
    assert ingest(root, db, workers=1).failed == 0
    return db


@pytest.fixture(scope="module")
def bromley(db):
    with Store(db, readonly=True) as store:
        return follow_up(Record.load(db), "bromley", store.pages)[1]


def test_2018_areas_for_improvement_and_what_2023_said(bromley):
    of_2018 = [f for f in bromley if str(f.item.day) == "2018-11-30"]
    assert [(f.theme, str(f.next.day), f.area, f.grade) for f in of_2018] == [
        ("exploitation_missing", "2023-11-17", "help_protection", "outstanding"),
        ("homeless_16_17", "2023-11-17", "help_protection", "outstanding"),
        ("education", "2023-11-17", "in_care", "outstanding"),
        ("care_leavers", "2023-11-17", "care_leavers", "outstanding"),  # ILACS 2023's own judgement
    ]
    best = [(f.passages[0].page, f.passages[0].text[:60]) for f in of_2018]
    assert best == [
        (3, "10. Children who are missing, experiencing exploitation or a"),
        (4, "12. All children aged 16 and 17 who present as homeless rece"),
        (6, "28. The dynamic virtual school provides strong support to ch"),
        (8, "39. YPAs have a good understanding of care leavers’ vulnerab"),
    ]


def test_2016_recommendations_are_followed_by_2018(bromley):
    of_2016 = [f for f in bromley if str(f.item.day) == "2016-05-05"]
    assert len(of_2016) == 23
    assert {str(f.next.day) for f in of_2016} == {"2018-11-30"}
    thresholds = next(f for f in of_2016 if f.item.text.startswith("Ensure that thresholds"))
    assert (thresholds.theme, thresholds.area, thresholds.grade) == (
        "front_door",
        "help_protection",
        "good",
    )
    assert thresholds.passages[0].text.startswith("3. The multi-agency safeguarding hub (MASH)")
    # the 2023 report's own recommendation has nothing after it
    last = bromley[-1]
    assert (str(last.item.day), last.next, last.passages) == ("2023-11-17", None, ())


def test_the_next_reports_own_recommendations_are_not_passages(bromley):
    homeless_2016 = next(
        f for f in bromley if f.theme == "homeless_16_17" and str(f.item.day) == "2016-05-05"
    )
    assert all("What needs to improve" not in p.text for p in homeless_2016.passages)
    assert homeless_2016.passages[0].text.startswith("7. Homeless 16- and 17-year-olds")


def test_a_judgement_the_framework_lacks_falls_back(bromley):
    ilacs_2018 = next(f.next for f in bromley if f.next is not None)
    assert ilacs_2018.framework == "ilacs2018"
    # ILACS judges no LSCB: the partnership theme falls back to the impact of leaders
    assert judgement_for("partnership_governance", ilacs_2018) == ("leaders", "outstanding")
    # ILACS 2018 judged no adoption: permanence falls back to children in care
    assert judgement_for("permanence_adoption", ilacs_2018) == ("in_care", "good")


def test_history_follow_up_cli(db):
    result = CliRunner().invoke(
        main, ["history", "bromley", "--follow-up", "--db", str(db), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    edu = next(r for r in rows if r["theme"] == "education" and r["date"] == "2018-11-30")
    assert (edu["next_date"], edu["judgement"], edu["grade"], edu["page"]) == (
        "2023-11-17",
        "in_care",
        "outstanding",
        6,
    )
    table = CliRunner().invoke(main, ["history", "bromley", "--follow-up", "--db", str(db)])
    assert table.exit_code == 0, table.output
    assert "next: 2023-11-17 inspection ilacs2023, care_leavers: outstanding" in table.output
    assert "p. 6: 28. The dynamic virtual school" in table.output
