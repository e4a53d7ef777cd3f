"""data/ is derived from the public reference data by scorecard.derive, reproducibly."""

import filecmp
from pathlib import Path

import pytest

from scorecard.derive import assign_slugs, derive, slugify

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "reference"
DATA = Path(__file__).resolve().parent.parent / "data"


def inst(unitid, name, city, state):
    return {"unitid": unitid, "name": name, "city": city, "state": state}


def test_slug_is_readable_ascii():
    assert slugify("Texas A & M University-Corpus Christi") == "texas-a-and-m-university-corpus-christi"
    assert slugify("St. John's University") == "st-johns-university"
    assert slugify("Universidad Politécnica") == "universidad-politecnica"


def test_unique_name_gets_a_plain_slug():
    assert assign_slugs([inst("1", "North College", "A", "MA")], {}) == {"1": "north-college"}


def test_colliding_names_add_the_city():
    slugs = assign_slugs([inst("1", "Columbia College", "Chicago", "IL"),
                          inst("2", "Columbia College", "Columbia", "MO")], {})
    assert slugs == {"1": "columbia-college-chicago", "2": "columbia-college-columbia"}


def test_same_name_and_city_add_the_state():
    slugs = assign_slugs([inst("1", "Beauty Academy", "Springfield", "IL"),
                          inst("2", "Beauty Academy", "Springfield", "MO")], {})
    assert slugs == {"1": "beauty-academy-springfield", "2": "beauty-academy-springfield-mo"}


def test_existing_slugs_never_change_when_a_name_changes():
    slugs = assign_slugs([inst("1", "Renamed University", "A", "MA")], {"1": "old-name-college"})
    assert slugs == {"1": "old-name-college"}


def test_new_institution_does_not_take_a_published_slug():
    slugs = assign_slugs([inst("1", "North College", "A", "MA"), inst("2", "North College", "B", "MA")],
                         {"1": "north-college"})
    assert slugs == {"1": "north-college", "2": "north-college-b"}


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference data is not beside this checkout")
def test_regenerating_from_the_reference_reproduces_data_exactly(tmp_path):
    for name in ("institutions.csv",):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    counts = derive(REFERENCE, tmp_path)
    assert counts == {"institutions": 6256, "evidence": 46, "systems": 2405}
    for name in ("institutions.csv", "evidence.csv", "systems.csv"):
        assert filecmp.cmp(tmp_path / name, DATA / name, shallow=False), name


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference data is not beside this checkout")
def test_fresh_derivation_gives_the_same_slugs(tmp_path):
    derive(REFERENCE, tmp_path)
    assert filecmp.cmp(tmp_path / "institutions.csv", DATA / "institutions.csv", shallow=False)
