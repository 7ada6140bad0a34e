# ruff: noqa: F811  (pytest fixtures imported from tests/analyse_fixtures.py)
"""An LA's journey, across boundary changes, from real ingested reports."""

from __future__ import annotations

from datetime import date

import pytest

from ilacs import register
from ilacs.analyse import Record, history
from ilacs.analyse.history import direct_line
from ilacs.errors import NotFound
from tests.analyse_fixtures import small_db, small_record  # noqa: F401  (fixtures)


def test_bromley_journey(small_record):
    h = history(small_record, "London Borough of Bromley")
    assert h.la.urn == 80490
    got = [
        (s.inspection_end, s.framework, s.grades["overall"], s.change, s.days_since)
        for s in h.steps
    ]
    # The 2012 file is a damaged PDF (not a report): it is not on the journey.
    assert got == [
        (date(2016, 5, 5), "sif", "inadequate", None, None),
        (date(2018, 11, 30), "ilacs2018", "good", "improved", 939),
        (date(2023, 11, 17), "ilacs2023", "outstanding", "improved", 1813),
    ]
    assert h.steps[1].grades["leaders"] == "outstanding"
    assert h.steps[1].published == date(2019, 1, 7)
    assert h.missing == [] and h.notes() == []


def test_birmingham_stays_inadequate_then_improves(small_record):
    h = history(small_record, 80429)
    assert [s.change for s in h.inspections] == [None, "same", "improved", "improved"]


def test_journey_across_boundary_changes(small_record):
    north = history(small_record, "north northamptonshire")
    assert [c.name for c in north.councils] == ["Northamptonshire", "North Northamptonshire"]
    # Northamptonshire's reports are not in the corpus: the journey says so.
    assert [c.urn for c in north.missing] == [121939]
    assert any("No reports of Northamptonshire (121939)" in n for n in north.notes())
    assert [s.framework for s in north.steps] == ["ilacs2018", "ilacs2026"]
    assert north.steps[1].grades["overall"] is None  # the 2026 framework has no overall grade
    assert north.steps[1].change is None

    bcp = history(small_record, "Bournemouth, Christchurch and Poole")
    assert {c.name for c in bcp.councils} == {
        "Bournemouth",
        "Poole",
        "Bournemouth, Christchurch & Poole",
    }
    assert [s.grades["overall"] for s in bcp.steps] == ["inadequate", "good"]
    # An old council's journey runs on into its successors.
    old = direct_line(register.by_urn(135513))
    assert [c.name for c in old] == ["Cumbria", "Cumberland", "Westmorland and Furness"]
    cumbria = history(small_record, "Cumbria")
    assert [s.la_name for s in cumbria.steps] == ["Cumberland"]


def test_buckinghamshire_keeps_its_urn_across_the_2020_change(small_record):
    h = history(small_record, "Buckinghamshire County Council")
    assert [c.urn for c in h.councils] == [80442]
    assert [s.grades["overall"] for s in h.inspections] == [
        "inadequate",
        "inadequate",
        "requires_improvement",
        "requires_improvement",
    ]


def test_unknown_la_names_the_nearest(small_record):
    with pytest.raises(NotFound, match=r"nearest: .*Bromley \(80490\)"):
        history(small_record, "Bromleigh Vale")


@pytest.fixture(scope="module")
def haringey_db(tmp_path_factory):
    """Haringey's reports and three letters (a JTAI and two focused visits; the 2009 joint
    area review is left out)."""
    from ilacs.ingest import ingest, read_manifest
    from tests.conftest import CORPUS, LETTERS

    folder = tmp_path_factory.mktemp("haringey") / "reports" / "80498_haringey"
    folder.mkdir(parents=True)
    letters = [
        p for p in LETTERS.glob("80498_haringey__*.pdf") if "joint_area_review" not in p.name
    ]
    for pdf in [*(CORPUS / "80498_haringey").glob("*.pdf"), *letters]:
        (folder / pdf.name).symlink_to(pdf)
    db = folder.parent.parent / "haringey.db"
    summary = ingest(folder.parent, db, manifest=read_manifest(CORPUS), workers=1)
    assert summary.failed == 0, summary.errors
    return db


def test_visits_between_inspections(haringey_db):
    h = history(Record.load(haringey_db), "haringey")
    kinds = [s.kind for s in h.steps]
    if "focused_visit" not in kinds:
        pytest.skip(f"the letters reader does not recognise these letters yet: {kinds}")
    assert [(s.kind, s.framework) for s in h.steps] == [
        ("inspection", "sif"),
        ("jtai", None),
        ("inspection", "ilacs2018"),
        ("focused_visit", None),
        ("inspection", "ilacs2023"),
        ("focused_visit", None),
        ("inspection", "ilacs2023"),
    ]
    assert [s.visits_since for s in h.inspections] == [0, 1, 1, 1]
    assert [s.change for s in h.inspections] == [None, "same", "improved", "improved"]
