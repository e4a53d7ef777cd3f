"""Headers and small leaks: a CSP that forbids framing, no server paths, no reviewer ids on campus
pages, API tokens that expire."""

import sqlite3
import time

import pytest
from conftest import DATA, TODAY, make_datasette
from submission_support import bearer, good, sds, store_path, token  # noqa: F401

from scorecard import build, store

UCLA = "/campuses/university-of-california-los-angeles"
REVIEWER = "alice-reviewer-7"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """data/ plus one store row approved by a named reviewer, built into its own database."""
    folder = tmp_path_factory.mktemp("reviewed")
    db = store.open_store(folder / "store.db")
    store.sync_institutions(db, [{"unitid": "110662", "slug": "university-of-california-los-angeles",
                                  "name": "University of California-Los Angeles"}])
    (eid,) = store.add_evidence(db, [{
        "unitid": 110662, "stance": "wont_use", "stated_on": "2026-03-02", "source_kind": "official_statement",
        "source_urls": "https://newsroom.ucla.example/statement", "quote": "UCLA will not use face matching.",
        "recorded_by": "student", "review_status": "approved", "reviewed_by": REVIEWER}],
        origin="submission", today=TODAY)
    db.conn.close()
    build.build(DATA, folder / "store.db", folder / "scorecard.db", TODAY)
    return folder, eid


@pytest.mark.parametrize("path", ["/", UCLA, "/scorecard/campuses", "/-/databases.json", "/submit", "/nope"])
async def test_every_answer_forbids_framing_and_sniffing(ds, path):
    r = await ds.client.get(path)
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp and "default-src 'self'" in csp
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"


async def test_databases_json_shows_file_names_not_absolute_paths(ds, published):
    r = await ds.client.get("/-/databases.json")
    paths = [d["path"] for d in r.json()["databases"] if d.get("path")]
    assert paths == [published.name]
    assert str(published.parent) not in r.text


async def test_campus_pages_do_not_publish_reviewer_ids(ds):
    html = (await ds.client.get(UCLA)).text
    data = (await ds.client.get(UCLA + ".json")).json()
    assert " by reviewer" not in html
    assert all("reviewed_by" not in e for e in data["evidence"])


def test_the_published_evidence_table_has_no_reviewer_column_and_the_store_keeps_it(reviewed):
    folder, eid = reviewed
    published = sqlite3.connect(folder / "scorecard.db")
    assert "reviewed_by" not in [c[1] for c in published.execute("pragma table_info(evidence)")]
    assert published.execute("select count(*) from evidence where id = ?", (eid,)).fetchone() == (1,)
    kept = sqlite3.connect(folder / "store.db").execute("select reviewed_by from evidence where id = ?", (eid,))
    assert kept.fetchone() == (REVIEWER,)


@pytest.mark.parametrize("path", [UCLA, UCLA + ".json", "/scorecard/evidence", "/scorecard/evidence.json",
                                  "/scorecard/evidence.csv", "/scorecard/evidence.json?_shape=objects"])
async def test_no_page_or_json_of_published_evidence_shows_the_reviewer(reviewed, path):
    folder, _eid = reviewed
    r = await make_datasette(folder / "scorecard.db").client.get(path)
    assert r.status_code == 200
    assert REVIEWER not in r.text and "reviewed_by" not in r.text


async def test_a_token_created_without_expiry_stops_working_after_30_days(sds, monkeypatch):
    assert sds.setting("max_signed_tokens_ttl") == 30 * 24 * 3600
    tok = await token(sds, "script", "scorecard-submit")
    fresh = await sds.client.post("/api/submissions", json=good(quote="fresh"), headers=bearer(tok))
    assert fresh.status_code == 201
    later = time.time() + 31 * 24 * 3600
    monkeypatch.setattr("datasette.tokens.time.time", lambda: later)  # a month cannot pass in a test
    old = await sds.client.post("/api/submissions", json=good(quote="old"), headers=bearer(tok))
    assert old.status_code in (401, 403)
