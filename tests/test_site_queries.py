"""Stored queries for researchers, and CSV/JSON for them and every table."""

import pytest

from scorecard import schema


async def rows(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, r.text[:500]
    return r.json()


async def test_scorecard_on_a_date_shows_the_color_then(ds):
    before = await rows(ds, "/scorecard/scorecard_on_date.json?_shape=array&date=2020-01-01")
    after = await rows(ds, "/scorecard/scorecard_on_date.json?_shape=array&date=2021-01-01")
    ucla = "university-of-california-los-angeles"
    assert [r["color"] for r in before if r["slug"] == ucla] == ["red"]
    assert [r["color"] for r in after if r["slug"] == ucla] == ["green"]


async def test_scorecard_on_a_date_before_any_evidence_is_empty(ds):
    assert await rows(ds, "/scorecard/scorecard_on_date.json?_shape=array&date=2010-01-01") == []


async def test_changes_between_two_dates_lists_color_changes_only(ds):
    found = await rows(ds, "/scorecard/changes_between.json?_shape=array&start=2020-02-19&end=2020-02-20")
    ucla = [r for r in found if r["slug"] == "university-of-california-los-angeles"]
    assert [(r["from_color"], r["to_color"]) for r in ucla] == [("red", "green")]


async def test_counts_by_state_and_color_add_up_to_every_campus(ds):
    found = await rows(ds, "/scorecard/counts_by_state_and_color.json?_shape=array")
    assert sum(r["total"] for r in found) == 6256
    assert sum(r["green"] + r["yellow"] + r["red"] + r["gray"] for r in found) == 6256


async def test_evidence_search_finds_a_quote(ds):
    found = await rows(ds, "/scorecard/evidence_search.json?_shape=array&q=Beck")
    assert "university-of-california-los-angeles" in [r["slug"] for r in found]


@pytest.mark.parametrize("query", ["scorecard_on_date?date=2021-01-01", "changes_between?start=2019-01-01&end=2030-01-01",
                                   "counts_by_state_and_color", "evidence_search?q=facial", "color_changes"])
async def test_every_stored_query_answers_csv(ds, query):
    name, _, args = query.partition("?")
    r = await ds.client.get(f"/scorecard/{name}.csv?{args}")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain") or r.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize("table", [t.name for t in schema.PUBLISHED_TABLES] + ["scorecard_current"])
async def test_every_table_answers_csv_and_json(ds, table):
    assert (await ds.client.get(f"/scorecard/{table}.csv")).status_code == 200
    assert (await ds.client.get(f"/scorecard/{table}.json")).status_code == 200
