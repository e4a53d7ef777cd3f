"""Publishing from /review: the build runs in the background, the site switches release in place,
a failed build changes nothing, two publishes at once are one, and /releases keeps every file."""

import asyncio
import json

import pytest
from conftest import ROOT, TODAY
from datasette.app import Datasette
from publish_support import break_first_evidence_row, site_dir  # noqa: F401
from submission_support import REVIEWER, config, submission_id, submit

from scorecard import releases
from scorecard.site.submit import shutdown


@pytest.fixture
async def pds(site_dir):
    cfg = config(site_dir / "store.db")
    cfg["plugins"]["scorecard-publish"] = {"data": str(site_dir / "data"), "today": TODAY.isoformat(),
                                           "keep": 3, "watch_seconds": 0}
    ds = Datasette(immutables=[str(site_dir / "scorecard.db")], config=cfg,
                   metadata=json.loads((ROOT / "metadata.json").read_text()))
    await ds.invoke_startup()
    yield ds
    shutdown(ds)


async def _finished(ds) -> dict:
    """The publish job once it stops running (the build takes a couple of seconds)."""
    for _ in range(600):
        job = (await ds.client.get("/publish.json", actor=REVIEWER)).json()["job"]
        if job["state"] != "running":
            return job
        await asyncio.sleep(0.05)
    raise AssertionError("the publish never finished")


async def _approved_ucla_pilot(ds) -> str:
    r = await submit(ds)
    sid = submission_id(r.text)
    r = await ds.client.post(f"/review/{sid}/approve", data={}, actor=REVIEWER)
    assert r.status_code == 303, r.text
    return sid


async def _served_release(ds) -> str:
    return (await ds.client.get("/scorecard/release.json?_shape=objects&key=release")).json()["rows"][0]["value"]


async def _ucla_color(ds) -> str:
    r = await ds.client.get("/campuses/ucla.json", follow_redirects=True)
    return r.json()["color"]


async def test_a_reviewer_publishes_and_the_running_site_switches_pages_feeds_and_release_together(pds, site_dir):
    before = await _served_release(pds)
    assert await _ucla_color(pds) == "green"
    await _approved_ucla_pilot(pds)
    r = await pds.client.post("/publish", data={}, actor=REVIEWER)
    assert r.status_code == 303
    job = await _finished(pds)
    assert job["state"] == "succeeded", job["errors"]
    after = job["release"]
    assert after != before
    assert await _served_release(pds) == after
    assert await _ucla_color(pds) == "red"
    home = (await pds.client.get("/")).text
    assert f'data-release="{after}"' in home
    feed = (await pds.client.get("/scorecard/color_changes.atom?campus="
                                 + (await pds.client.get("/campuses/ucla.json", follow_redirects=True)).json()["slug"]))
    assert "RED" in feed.text
    assert (await pds.client.get("/sitemap.xml")).status_code == 200
    assert releases.current(site_dir / "releases").release == after
    assert (site_dir / "scorecard.db").samefile(site_dir / "releases" / f"{after}.db")  # what explain reads


async def test_progress_lists_each_step_of_the_build(pds):
    await pds.client.post("/publish", data={}, actor=REVIEWER)
    job = await _finished(pds)
    steps = [s["step"] for s in job["steps"]]
    assert steps[1:] == ["validating data/", "reading the store's approved evidence", "coloring every campus",
                         "writing and checking the database", "keeping the release",
                         "making it the current release", "switching the site to the new release"]
    page = await pds.client.get("/publish", actor=REVIEWER)
    assert 'data-state="succeeded"' in page.text and "coloring every campus" in page.text


async def test_a_failing_build_leaves_the_site_as_it_was_and_says_why(pds, site_dir):
    before = await _served_release(pds)
    break_first_evidence_row(site_dir)
    await pds.client.post("/publish", data={}, actor=REVIEWER)
    job = await _finished(pds)
    assert job["state"] == "failed"
    assert any("evidence.csv:2" in e for e in job["errors"]), job["errors"]
    assert await _served_release(pds) == before
    assert releases.read_index(site_dir / "releases")["releases"] == []
    page = await pds.client.get("/publish", actor=REVIEWER)
    assert 'role="alert"' in page.text and "evidence.csv:2" in page.text and before in page.text


async def test_two_publishes_at_once_are_one_publish(pds, site_dir):
    first = (await pds.client.post("/publish", json={}, actor=REVIEWER)).json()["job"]
    second = (await pds.client.post("/publish", json={}, actor=REVIEWER)).json()["job"]
    assert first["id"] == second["id"]
    job = await _finished(pds)
    assert [s["step"] for s in job["steps"]].count("validating data/") == 1
    assert len(releases.read_index(site_dir / "releases")["releases"]) == 1


@pytest.mark.parametrize("method", ["get", "post"])
async def test_only_reviewers_may_publish(pds, site_dir, method):
    r = await getattr(pds.client, method)("/publish")
    assert r.status_code == 403
    r = await getattr(pds.client, method)("/publish", actor={"id": "someone-else"})
    assert r.status_code == 403
    assert not (site_dir / "releases" / releases.INDEX).exists()


async def test_review_item_says_whether_an_approval_is_published(pds):
    sid = await _approved_ucla_pilot(pds)
    r = await pds.client.get(f"/review/{sid}", actor=REVIEWER)
    assert 'data-in-release="false"' in r.text
    await pds.client.post("/publish", data={}, actor=REVIEWER)
    assert (await _finished(pds))["state"] == "succeeded"
    r = await pds.client.get(f"/review/{sid}", actor=REVIEWER)
    assert 'data-in-release="true"' in r.text
    assert (await pds.client.get(f"/review/{sid}.json", actor=REVIEWER)).json()["in_release"] is True


async def test_releases_lists_each_release_with_counts_and_a_download(pds, site_dir):
    await pds.client.post("/publish", data={}, actor=REVIEWER)
    rel = (await _finished(pds))["release"]
    listed = (await pds.client.get("/releases.json")).json()
    assert listed["current"] == rel
    [entry] = listed["releases"]
    assert entry["campuses"] > 6000 and entry["colored"] >= 40 and entry["evidence"] >= 40
    page = await pds.client.get("/releases")
    assert f'href="/releases/{rel}.db"' in page.text
    r = await pds.client.get(f"/releases/{rel}.db")
    assert r.status_code == 200
    assert r.content == (site_dir / "releases" / f"{rel}.db").read_bytes()
    assert "immutable" in r.headers["cache-control"]


async def test_an_unknown_release_file_is_a_404(pds):
    assert (await pds.client.get("/releases/2020-01-01-00000000.db")).status_code == 404
    r = await pds.client.get("/releases/..%2Fstore.db")
    assert r.status_code != 200 and b"SQLite format" not in r.content


async def test_the_site_follows_a_publish_made_by_another_process(pds, site_dir):
    before = await _served_release(pds)
    await _approved_ucla_pilot(pds)
    out = releases.publish(site_dir / "data", site_dir / "store.db", site_dir / "releases", TODAY)
    assert out.release.release != before
    assert await _served_release(pds) == out.release.release
    assert await _ucla_color(pds) == "red"


async def test_a_damaged_index_keeps_the_site_serving_its_release(pds, site_dir):
    before = await _served_release(pds)
    (site_dir / "releases").mkdir()
    (site_dir / "releases" / releases.INDEX).write_text("{not json", encoding="utf-8")
    assert await _served_release(pds) == before
    r = await pds.client.get("/releases")
    assert r.status_code == 500 and "index.json" in r.text
