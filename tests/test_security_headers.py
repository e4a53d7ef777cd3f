"""Headers and small leaks: a CSP that forbids framing, no server paths, no reviewer ids on campus
pages, API tokens that expire."""

import time

import pytest
from submission_support import bearer, good, sds, store_path, token  # noqa: F401

UCLA = "/campuses/university-of-california-los-angeles"


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


async def test_a_token_created_without_expiry_stops_working_after_30_days(sds, monkeypatch):
    assert sds.setting("max_signed_tokens_ttl") == 30 * 24 * 3600
    tok = await token(sds, "script", "scorecard-submit")
    fresh = await sds.client.post("/api/submissions", json=good(quote="fresh"), headers=bearer(tok))
    assert fresh.status_code == 201
    later = time.time() + 31 * 24 * 3600
    monkeypatch.setattr("datasette.tokens.time.time", lambda: later)  # a month cannot pass in a test
    old = await sds.client.post("/api/submissions", json=good(quote="old"), headers=bearer(tok))
    assert old.status_code in (401, 403)
