"""The LA register held against the corpus folders, ONS regions and what people type."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from ilacs import register
from ilacs.errors import NotFound
from tests.conftest import CORPUS


def _folders() -> dict[int, str]:
    out = {}
    for d in CORPUS.iterdir():
        if d.is_dir():
            urn, name = d.name.split("_", 1)
            out[int(urn)] = name
    return out


def test_register_matches_the_153_corpus_folders():
    folders = _folders()
    assert len(folders) == 153
    current = register.all_las()
    assert {la.urn: la.name.lower() for la in current} == folders


def test_every_folder_name_finds_its_own_urn():
    for urn, name in _folders().items():
        assert register.find(name).urn == urn, name
        assert register.by_urn(urn).urn == urn
        assert register.by_urn(str(urn)).urn == urn


def test_regions_of_today():
    counts = Counter(la.region for la in register.all_las())
    assert counts == {
        "London": 33,
        "North West": 24,
        "South East": 19,
        "Yorkshire and The Humber": 15,
        "South West": 15,
        "West Midlands": 14,
        "North East": 12,
        "East of England": 11,
        "East Midlands": 10,
    }
    assert set(counts) == set(register.REGIONS)


def test_ons_codes_are_unique_and_of_the_right_kind():
    las = register.everything()
    codes = [la.ons_code for la in las]
    assert len(codes) == len(set(codes))
    assert all(c[:3] in {"E06", "E08", "E09", "E10"} and len(c) == 9 for c in codes)
    assert all(la.ons_code.startswith("E09") for la in las if la.region == "London")
    assert register.by_urn(80490).ons_code == "E09000006"
    assert register.by_urn(80442).ons_code == "E06000060"
    assert register.by_urn(80442).former_ons_codes == ("E10000002",)


@pytest.mark.parametrize(
    "day, count",
    [
        (date(2013, 1, 1), 152),  # before Dorset / Bournemouth / Poole merged
        (date(2019, 3, 31), 152),
        (date(2019, 4, 1), 151),  # BCP and Dorset Council
        (date(2019, 8, 31), 151),
        (date(2021, 4, 1), 152),  # North and West Northamptonshire
        (date(2023, 3, 31), 152),
        (date(2023, 4, 1), 153),  # Cumberland, Westmorland and Furness
    ],
)
def test_number_of_las_on_a_date(day, count):
    assert len(register.all_las(day)) == count


def test_boundary_changes():
    northants = register.by_urn(121939)
    assert northants.end == date(2021, 3, 31)
    assert [la.name for la in register.successors(northants)] == [
        "North Northamptonshire",
        "West Northamptonshire",
    ]
    cumbria = register.find("Cumbria County Council")
    assert cumbria.urn == 135513
    assert {la.urn for la in register.successors(cumbria)} == {2733690, 2733698}
    bcp = register.by_urn(2532287)
    assert {la.name for la in register.predecessors(bcp)} == {"Bournemouth", "Poole"}
    assert register.by_urn(137316).end == date(2019, 3, 31)
    # Bournemouth's and the old county's own URNs are not known yet: the register says so.
    assert register.find("Bournemouth").urn is None
    assert register.find("Dorset County Council").urn is None
    assert [la.name for la in register.lineage(register.find("west northamptonshire"))] == [
        "Northamptonshire",
        "North Northamptonshire",
        "West Northamptonshire",
    ]
    # Councils that changed shape but kept their URN are one record.
    assert register.find("Buckinghamshire County Council").urn == 80442
    assert register.find("North Yorkshire County Council").urn == 80530
    assert register.by_urn(80555).end is None


@pytest.mark.parametrize(
    "text, urn",
    [
        ("London Borough of Bromley", 80490),
        ("BROMLEY", 80490),
        ("bromly", 80490),
        ("80490", 80490),
        (" 80490 ", 80490),
        ("Windsor and Maidenhead", 80546),
        ("Royal Borough of Windsor & Maidenhead", 80546),
        ("Telford and Wrekin Council", 80570),
        ("Bournemouth, Christchurch and Poole", 2532287),
        ("Kingston upon Hull City Council", 80477),
        ("City of London", 80450),
        ("St. Helens", 80560),
        ("County Durham", 80465),
        ("Leicester City Council", 80482),
        ("Barking & Dagenham", 80486),
        ("Southend on Sea", 80559),
        ("Sheffeild", 80551),
        ("dorset", 2532283),  # today's council, not the old county
        ("E09000006", 80490),
        ("E10000002", 80442),
    ],
)
def test_find(text, urn):
    assert register.find(text).urn == urn


@pytest.mark.parametrize("text", ["Kingston", "Cheshire", "Gotham", "", "99999"])
def test_find_refuses_unknown_or_ambiguous_names_with_the_nearest(text):
    with pytest.raises(NotFound) as e:
        register.find(text)
    if text == "Kingston":
        assert "Kingston upon Hull (80477)" in str(e.value)
        assert "Kingston upon Thames (80545)" in str(e.value)
    if text == "Gotham":
        assert "nearest:" in str(e.value)


def test_suggest():
    names = [la.name for la in register.suggest("cheshire", 2)]
    assert names == ["Cheshire East", "Cheshire West and Chester"]
    assert len(register.suggest("x", n=5)) == 5


def test_la_is_frozen():
    la = register.by_urn(80490)
    with pytest.raises(AttributeError):
        la.name = "x"  # type: ignore[misc]
