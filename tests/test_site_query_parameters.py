"""Stored queries refuse malformed dates with a message naming the parameter and the format, and
evidence search takes whatever a person types."""

import pytest


@pytest.mark.parametrize("query, params, parameter", [
    ("scorecard_on_date", "date=02/01/2020", "date"),
    ("scorecard_on_date", "date=2020-2-1", "date"),
    ("scorecard_on_date", "date=2020-02-30", "date"),
    ("changes_between", "start=2020-1-1&end=2021-01-01", "start"),
    ("changes_between", "start=2020-01-01&end=yesterday", "end"),
    ("changes_between", "start=2020-01-01", "end"),
    ("changes_between", "start=2021-01-01&end=2020-01-01", "end"),
])
async def test_malformed_date_is_a_400_naming_parameter_and_format(ds, query, params, parameter):
    r = await ds.client.get(f"/scorecard/{query}?{params}")
    assert r.status_code == 400
    assert f"The {parameter} parameter of {query}" in r.text
    assert "YYYY-MM-DD" in r.text or "is before start" in r.text
    assert '<main id="main"' in r.text
    j = await ds.client.get(f"/scorecard/{query}.json?{params}")
    assert j.status_code == 400 and j.json()["parameter"] == parameter
    c = await ds.client.get(f"/scorecard/{query}.csv?{params}")
    assert c.status_code == 400 and c.text.startswith(f"The {parameter} parameter")


async def test_wellformed_date_still_runs_the_query(ds):
    r = await ds.client.get("/scorecard/scorecard_on_date.json?date=2020-03-01&_shape=array")
    assert r.status_code == 200 and len(r.json()) > 0


async def test_empty_parameters_show_the_form(ds):
    r = await ds.client.get("/scorecard/changes_between")
    assert r.status_code == 200 and 'name="start"' in r.text


@pytest.mark.parametrize("q", ["O'Brien", "UCLA's policy", "anti-surveillance", '"ban', "-", "", "foo AND",
                               "NOT", "camera (", "x:y", "naïve ‘quote’", "recogn*"])
async def test_evidence_search_takes_any_typed_text(ds, q):
    r = await ds.client.get("/scorecard/evidence_search.json", params={"q": q, "_shape": "array"})
    assert r.status_code == 200, r.text


async def test_evidence_search_matches_words_as_prefixes_anywhere(ds):
    whole = (await ds.client.get("/scorecard/evidence_search.json?_shape=array&q=facial+recognition")).json()
    prefix = (await ds.client.get("/scorecard/evidence_search.json?_shape=array&q=recogn+facial")).json()
    assert whole and {r["id"] for r in prefix} == {r["id"] for r in whole}
