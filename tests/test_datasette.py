"""The database as Datasette shows it: full-text search on recommendations and pages, the `las`
table, the `inspections` view and the metadata ilacs ships. Real Datasette, through its own
client (`Datasette([path]).client`), on a database file upgraded from ilacs' first schema."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from ilacs.cli import main as cli
from ilacs.store import Store, datasette_metadata

from .old_store import old_database

BROMLEY_2019 = "80490_bromley/children's services inspection - 07 january 2019.pdf"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    db = old_database(tmp_path_factory.mktemp("datasette") / "ilacs.db")
    Store(db).close()  # the upgrade
    return db


def _get(db: Path, path: str, metadata: dict | None = None) -> dict:
    async def go():
        ds = Datasette([str(db)], metadata=metadata or datasette_metadata(db.stem))
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    return asyncio.run(go())


def test_search_of_recommendations_filters_rows(db):
    everything = _get(db, "/ilacs/recommendations.json?_shape=objects")
    found = _get(db, "/ilacs/recommendations.json?_search=return+home&_shape=objects")
    # Was every row (28 here, 4,641 in the corpus): Datasette did not see the search table.
    assert everything["filtered_table_rows_count"] == 28
    assert found["filtered_table_rows_count"] == 2
    texts = [r["text"] for r in found["rows"]]
    assert texts[0] == (
        "The take-up of return home interviews and the effective use of information to "
        "identify and mitigate emerging risks."
    )
    assert all("return" in t.lower() and "home" in t.lower() for t in texts)


def test_search_of_report_text_shows_the_document_and_page(db):
    found = _get(
        db, "/ilacs/pages.json?_search=%22take-up+of+return+home%22&_labels=on&_shape=objects"
    )
    assert found["filtered_table_rows_count"] == 1
    (row,) = found["rows"]
    assert row["document_id"]["label"] == BROMLEY_2019
    assert row["page"] == 2 and "What needs to improve" in row["text"]


def test_inspections_view_and_las_table(db):
    rows = _get(db, "/ilacs/inspections.json?_shape=objects&_sort=inspection_end")
    assert [(r["inspection_end"], r["overall"], r["region"]) for r in rows["rows"]] == [
        ("2016-05-05", "inadequate", "London"),
        ("2018-11-30", "good", "London"),
        ("2023-11-17", "outstanding", "London"),
    ]
    # the facets the metadata asks for; full inspections only (letters are documents)
    assert {"region", "framework", "overall"} <= set(rows["facet_results"])
    assert {r["kind"] for r in rows["rows"]} == {"inspection"}
    bcp = _get(db, "/ilacs/las.json?_shape=objects&urn=2532287")["rows"]
    assert [(r["name"], r["region"], r["predecessors"]) for r in bcp] == [
        ("Bournemouth, Christchurch & Poole", "South West", "Bournemouth; Poole")
    ]
    poole = _get(db, "/ilacs/las.json?_shape=objects&name=Poole")["rows"][0]
    assert (poole["end_date"], poole["successors"]) == (
        "2019-03-31",
        "Bournemouth, Christchurch & Poole",
    )


def test_export_datasette_metadata(db, tmp_path):
    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(
        cli, ["export", "datasette-metadata", "--db", str(db), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    metadata = json.loads(out.read_text())
    assert metadata["license"] == "Open Government Licence v3.0"
    tables = metadata["databases"]["ilacs"]["tables"]
    assert tables["inspections"]["columns"]["overall"] == "overall effectiveness"
    served = _get(db, "/-/metadata.json", metadata)
    assert served["title"].startswith("Ofsted inspections")
    assert served["source_url"] == "https://reports.ofsted.gov.uk/"
