"""A small real database for the analysis tests: the reports of a few LAs, ingested once.

The files are linked (not copied) from ../shared/corpus into a temporary folder laid out as the
corpus is, so paths, URNs and publication dates (files.csv) come out as in a full ingest.
"""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS

# LAs whose journeys the tests read: boundary changes, SIF -> ILACS, firsts, 2026 framework.
SMALL_LAS = (
    "80490_bromley",
    "80488_bexley",
    "80475_hertfordshire",
    "80429_birmingham",
    "80442_buckinghamshire",
    "2532287_bournemouth, christchurch & poole",
    "2532283_dorset",
    "2637539_north northamptonshire",
    "2637548_west northamptonshire",
    "2733690_cumberland",
)


@pytest.fixture(scope="session")
def small_db(tmp_path_factory):
    from ilacs.ingest import ingest, read_manifest

    root = tmp_path_factory.mktemp("small") / "reports"
    for name in SMALL_LAS:
        folder = root / name
        folder.mkdir(parents=True)
        for pdf in (CORPUS / name).glob("*.pdf"):
            (folder / pdf.name).symlink_to(pdf)
    db = root.parent / "small.db"
    summary = ingest(root, db, manifest=read_manifest(CORPUS), workers=2)
    assert summary.failed == 0, summary.errors
    return db


@pytest.fixture(scope="session")
def small_record(small_db):
    """The small database read into the analysis' record (frozen: shared by the tests)."""
    from ilacs.analyse import Record

    return Record.load(small_db)
