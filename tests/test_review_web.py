"""/review: reviewers only; approve, edit, reject; color preview from the real pipeline; audit."""

import json
import sqlite3

import pytest
from submission_support import (  # noqa: F401
    REVIEWER,
    bearer,
    counts,
    good,
    sds,
    store_path,
    submission_id,
    submit,
    token,
)

from scorecard import store


async def _queued(ds, **changes):
    r = await submit(ds, **changes)
    assert r.status_code == 201, r.text
    return submission_id(r.text)


def _row(store_path, sid):
    conn = sqlite3.connect(store_path)
    conn.row_factory = sqlite3.Row
    return dict(conn.execute("select * from evidence where id = ?", (sid,)).fetchone())


def _audit(store_path, sid):
    conn = sqlite3.connect(store_path)
    return [(a, json.loads(b) if b else None, json.loads(c)) for a, b, c in
            conn.execute("select action, before, after from audit where evidence_id = ? order by id", (sid,))]


@pytest.mark.parametrize("method,path", [
    ("get", "/review"), ("get", "/review.json"), ("post", "/review/{sid}/approve"),
    ("post", "/review/{sid}/reject"), ("post", "/review/{sid}/edit"), ("get", "/review/{sid}"),
    ("get", "/review/{sid}.json"),
])
async def test_anonymous_gets_403_and_nothing_changes(sds, store_path, method, path):
    sid = await _queued(sds)
    data = {"reason": "no", "stance": "wont_use"} if method == "post" else None
    r = await getattr(sds.client, method)(path.format(sid=sid), **({"data": data} if data else {}))
    assert r.status_code == 403
    assert "ada@example.org" not in r.text
    assert _row(store_path, sid)["review_status"] == "pending"
    assert [a for a, _, _ in _audit(store_path, sid)] == ["submit"]


async def test_signed_in_non_reviewer_gets_403(sds):
    r = await sds.client.get("/review", actor={"id": "someone-else"})
    assert r.status_code == 403


async def test_token_scoped_to_submitting_cannot_approve_even_for_a_reviewer_id(sds, store_path):
    sid = await _queued(sds)
    tok = await token(sds, "reviewer", "scorecard-submit")
    r = await sds.client.post(f"/review/{sid}/approve", json={}, headers=bearer(tok))
    assert r.status_code == 403
    assert _row(store_path, sid)["review_status"] == "pending"


async def test_reviewer_token_can_approve_with_json(sds, store_path):
    sid = await _queued(sds)
    tok = await token(sds, "reviewer")
    r = await sds.client.post(f"/review/{sid}/approve", json={}, headers=bearer(tok))
    assert r.status_code == 200
    assert r.json()["item"]["review_status"] == "approved"


async def test_queue_shows_submitter_email_only_to_reviewers(sds):
    await _queued(sds)
    r = await sds.client.get("/review", actor=REVIEWER)
    assert r.status_code == 200
    assert "ada@example.org" in r.text


async def test_queue_is_oldest_first_and_includes_scraper_findings(sds, store_path):
    db = store.open_store(store_path)
    [scraped] = store.add_evidence(db, [{
        "unitid": 166683, "stance": "unclassified", "stated_on": "2024", "source_urls": "https://news.mit.edu/x",
        "source_kind": "press_report", "summary": "MIT news mentions cameras", "recorded_by": "scraper",
        "created_at": "2020-01-01T00:00:00+00:00"}], origin="scraper:mit-news")
    sid = await _queued(sds)
    data = (await sds.client.get("/review.json", actor=REVIEWER)).json()
    assert [i["id"] for i in data["items"]] == [scraped, sid]
    assert [i["origin"] for i in data["items"]] == ["scraper:mit-news", "submission"]
    assert data["items"][0]["preview"]["after"] is None  # unclassified: choose a stance first


async def test_queue_filters_by_campus_stance_and_source(sds):
    await _queued(sds)
    await _queued(sds, campus="mit", stance="wont_use")
    get = lambda q: sds.client.get(f"/review.json?{q}", actor=REVIEWER)  # noqa: E731
    assert [i["slug"] for i in (await get("campus=massachusetts-institute-of-technology")).json()["items"]] == [
        "massachusetts-institute-of-technology"]
    assert [i["stance"] for i in (await get("stance=using")).json()["items"]] == ["using"]
    assert (await get("origin=scraper:none")).json()["total"] == 0
    assert (await get("origin=submission")).json()["total"] == 2


async def test_each_item_shows_current_color_and_color_if_approved(sds):
    await _queued(sds)  # UCLA is green (wont_use, 2020); a 2025 "using" statement would make it red
    item = (await sds.client.get("/review.json", actor=REVIEWER)).json()["items"][0]
    assert item["preview"]["current"]["color"] == "green"
    assert item["preview"]["after"]["color"] == "red"
    html = (await sds.client.get("/review", actor=REVIEWER)).text
    assert 'data-current="green"' in html and 'data-after="red"' in html


async def test_approve_makes_approved_evidence_recorded_by_relation_reviewed_by_reviewer(sds, store_path):
    sid = await _queued(sds, relation="official_response")
    r = await sds.client.post(f"/review/{sid}/approve", data={}, actor=REVIEWER)
    assert r.status_code == 303
    row = _row(store_path, sid)
    assert (row["review_status"], row["recorded_by"], row["reviewed_by"], row["source_kind"]) == (
        "approved", "official_response", "reviewer", "official_statement")
    assert row["reviewed_at"]
    assert [a for a, _, _ in _audit(store_path, sid)] == ["submit", "approve"]


async def test_edit_before_approving_keeps_the_original(sds, store_path):
    sid = await _queued(sds)
    r = await sds.client.post(f"/review/{sid}/approve", actor=REVIEWER,
                              data={"stance": "planning", "stated_on": "2025-09", "quote": "Edited quote"})
    assert r.status_code == 303
    row = _row(store_path, sid)
    assert (row["stance"], row["stated_on"], row["quote"]) == ("planning", "2025-09", "Edited quote")
    conn = sqlite3.connect(store_path)
    assert conn.execute("select stance, stated_on, quote from submissions where id = ?", (sid,)).fetchone() == (
        "using", "2025-09-14", good()["quote"])
    edit = [x for x in _audit(store_path, sid) if x[0] == "edit"][0]
    assert edit[1] == {"stance": "using", "stated_on": "2025-09-14", "quote": good()["quote"]}
    assert edit[2] == {"stance": "planning", "stated_on": "2025-09", "quote": "Edited quote"}


async def test_edit_alone_leaves_the_item_pending(sds, store_path):
    sid = await _queued(sds)
    r = await sds.client.post(f"/review/{sid}/edit", data={"stance": "might_use"}, actor=REVIEWER)
    assert r.status_code == 303
    assert (_row(store_path, sid)["stance"], _row(store_path, sid)["review_status"]) == ("might_use", "pending")


async def test_bad_edit_is_refused_and_changes_nothing(sds, store_path):
    sid = await _queued(sds)
    r = await sds.client.post(f"/review/{sid}/approve", data={"stated_on": "2999"}, actor=REVIEWER)
    assert r.status_code == 400
    assert "in the future" in r.text
    assert _row(store_path, sid)["review_status"] == "pending"
    assert [a for a, _, _ in _audit(store_path, sid)] == ["submit"]


async def test_reject_needs_a_public_reason_shown_on_the_tracking_page(sds, store_path):
    sid = await _queued(sds)
    assert (await sds.client.post(f"/review/{sid}/reject", data={"reason": " "}, actor=REVIEWER)).status_code == 400
    r = await sds.client.post(f"/review/{sid}/reject", data={"reason": "The article does not say this."},
                              actor=REVIEWER)
    assert r.status_code == 303
    page = await sds.client.get(f"/submissions/{sid}.json")
    assert (page.json()["status"], page.json()["reason"]) == ("rejected", "The article does not say this.")
    assert _audit(store_path, sid)[-1] == ("reject", {"review_status": "pending"},
                                           {"review_status": "rejected", "reason": "The article does not say this."})


async def test_reviewing_twice_is_a_409(sds):
    sid = await _queued(sds)
    assert (await sds.client.post(f"/review/{sid}/approve", data={}, actor=REVIEWER)).status_code == 303
    again = await sds.client.post(f"/review/{sid}/reject", data={"reason": "x"}, actor=REVIEWER)
    assert again.status_code == 409


async def test_unknown_item_is_a_404(sds):
    r = await sds.client.post("/review/sub-000000000000/approve", data={}, actor=REVIEWER)
    assert r.status_code == 404


async def test_cross_site_post_cannot_approve_even_with_a_reviewer_cookie(sds, store_path):
    sid = await _queued(sds)
    r = await sds.client.post(f"/review/{sid}/approve", data={}, actor=REVIEWER,
                              headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    assert _row(store_path, sid)["review_status"] == "pending"


async def test_approving_unclassified_scraper_evidence_needs_a_stance(sds, store_path):
    db = store.open_store(store_path)
    [eid] = store.add_evidence(db, [{
        "unitid": 166683, "stance": "unclassified", "stated_on": "2024", "source_urls": "https://news.mit.edu/x",
        "source_kind": "press_report", "summary": "MIT news mentions cameras", "recorded_by": "scraper"}],
        origin="scraper:mit-news")
    r = await sds.client.post(f"/review/{eid}/approve", data={}, actor=REVIEWER)
    assert r.status_code == 400
    assert "is not a stance" in r.text
    r = await sds.client.post(f"/review/{eid}/approve", data={"stance": "not_using"}, actor=REVIEWER)
    assert r.status_code == 303
    assert counts(store_path)["audit"] == 2  # edit + approve (scraper rows have no submit row)


async def test_reviewer_signs_in_with_a_password_hash_from_the_environment(sds, monkeypatch):
    from datasette_auth_passwords.utils import hash_password

    monkeypatch.setenv("SCORECARD_REVIEWER_PASSWORD_HASH", hash_password("correct horse", iterations=1000))
    wrong = await sds.client.post("/-/login", data={"username": "reviewer", "password": "battery"})
    assert "ds_actor" not in wrong.cookies
    r = await sds.client.post("/-/login", data={"username": "reviewer", "password": "correct horse"})
    assert r.status_code == 302
    queue = await sds.client.get("/review", cookies={"ds_actor": r.cookies["ds_actor"]})
    assert queue.status_code == 200
    assert "Review queue" in queue.text


async def test_no_account_can_sign_in_when_no_hash_is_configured(sds, monkeypatch):
    monkeypatch.delenv("SCORECARD_REVIEWER_PASSWORD_HASH", raising=False)
    r = await sds.client.post("/-/login", data={"username": "reviewer", "password": ""})
    assert "ds_actor" not in r.cookies


async def test_malformed_basic_authorization_is_a_400_not_a_crash(sds):
    r = await sds.client.get("/review", headers={"Authorization": "Basic w6k="})
    assert r.status_code == 400


async def test_unclassified_item_offers_no_preselected_stance(sds, store_path):
    db = store.open_store(store_path)
    store.add_evidence(db, [{
        "unitid": 166683, "stance": "unclassified", "stated_on": "2024", "source_urls": "https://news.mit.edu/x",
        "source_kind": "press_report", "summary": "MIT news mentions cameras", "recorded_by": "scraper"}],
        origin="scraper:mit-news")
    html = (await sds.client.get("/review", actor=REVIEWER)).text
    assert '<option value="" selected>choose a stance</option>' in html
    assert "<option value=\"wont_use\" selected>" not in html


async def test_password_guessing_at_login_is_rate_limited_per_address(published, store_path, monkeypatch):
    from datasette_auth_passwords.utils import hash_password
    from submission_support import make_ds

    monkeypatch.setenv("SCORECARD_REVIEWER_PASSWORD_HASH", hash_password("right", iterations=1000))
    ds = await make_ds(published, store_path, login={"max_requests": 3, "window_seconds": 600})
    for _ in range(3):
        r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "wrong"})
        assert r.status_code == 200
    r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "right"})
    assert r.status_code == 429
    assert "ds_actor" not in r.cookies
    assert "Too many sign-in attempts" in r.text


async def test_item_page_shows_what_was_sent_and_the_audit_trail_after_an_edit(sds):
    sid = await _queued(sds, quote="<i>original</i>")
    await sds.client.post(f"/review/{sid}/approve", data={"quote": "edited"}, actor=REVIEWER)
    data = (await sds.client.get(f"/review/{sid}.json", actor=REVIEWER)).json()
    assert (data["quote"], data["submitted_quote"], data["review_status"]) == ("edited", "<i>original</i>", "approved")
    assert [a["action"] for a in data["audit"]] == ["submit", "edit", "approve"]
    html = (await sds.client.get(f"/review/{sid}", actor=REVIEWER)).text
    assert "&lt;i&gt;original&lt;/i&gt;" in html and "<i>original</i>" not in html


async def test_queue_previews_a_campus_that_has_no_approved_evidence(sds):
    await _queued(sds, campus="amridge-university", stance="not_using")
    r = await sds.client.get("/review.json", actor=REVIEWER)
    assert r.status_code == 200
    preview = r.json()["items"][0]["preview"]
    assert (preview["current"]["color"], preview["after"]["color"]) == ("gray", "yellow")
