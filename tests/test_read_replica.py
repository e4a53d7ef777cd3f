"""A read replica answers published pages itself and sends every private request to the writer."""

import json

import pytest
from conftest import ROOT
from datasette.app import Datasette
from submission_support import config, counts, good, store_path  # noqa: F401

from scorecard.site.submit import shutdown


@pytest.fixture
async def reader(published, store_path):
    cfg = config(store_path)
    cfg["plugins"]["scorecard-replica"] = {"writer_replay": "instance=148e1234abcd"}
    ds = Datasette(immutables=[str(published)], config=cfg, metadata=json.loads((ROOT / "metadata.json").read_text()))
    await ds.invoke_startup()
    yield ds
    shutdown(ds)


async def test_a_submission_to_a_reader_is_replayed_to_the_writer_and_not_stored(reader, store_path):
    before = counts(store_path)
    r = await reader.client.post("/submit", data=good())
    assert r.status_code == 409
    assert r.headers["fly-replay"] == "instance=148e1234abcd"
    assert counts(store_path) == before


@pytest.mark.parametrize("path", ["/review", "/publish", "/-/login", "/api/submissions", "/releases",
                                  "/releases.json", "/releases/2026-11-26-0123abcd.db"])
async def test_private_paths_on_a_reader_are_replayed(reader, path):
    r = await reader.client.get(path)
    assert r.headers.get("fly-replay") == "instance=148e1234abcd"


async def test_a_reader_serves_published_pages_itself(reader):
    r = await reader.client.get("/campuses/university-of-california-los-angeles")
    assert r.status_code == 200 and "fly-replay" not in r.headers


async def test_without_a_replay_target_nothing_is_replayed(published, store_path):
    ds = Datasette(immutables=[str(published)], config=config(store_path))
    await ds.invoke_startup()
    try:
        r = await ds.client.get("/submit")
        assert r.status_code == 200 and "fly-replay" not in r.headers
    finally:
        shutdown(ds)
