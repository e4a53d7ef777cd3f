"""/submit, /submissions/<id> and /api/submissions through Datasette's own client."""

import sqlite3

from submission_support import (  # noqa: F401
    REVIEWER,
    bearer,
    counts,
    good,
    make_ds,
    sds,
    store_path,
    submission_id,
    submit,
    token,
)

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


async def test_form_prefills_the_campus_from_the_query_string(sds):
    r = await sds.client.get("/submit?campus=ucla")
    assert r.status_code == 200
    assert 'value="university-of-california-los-angeles"' in r.text
    assert "University of California-Los Angeles" in r.text


async def test_form_lists_every_stance_with_its_description_and_every_relation(sds):
    r = await sds.client.get("/submit")
    for stance in ("wont_use", "not_using", "might_use", "no_response", "ended_use", "planning", "using", "unrelated"):
        assert f'value="{stance}"' in r.text
    for relation in ("student", "staff", "official_response", "journalist", "other"):
        assert f'value="{relation}"' in r.text
    assert "says it does not use it now, with no commitment about the future" in r.text


async def test_form_keeps_the_input_when_it_refuses_it(sds):
    r = await submit(sds, source_url="javascript:alert(1)", quote="Keep this quote")
    assert r.status_code == 400
    assert "Keep this quote" in r.text
    assert 'value="ucla"' in r.text
    assert 'value="using" checked' in r.text


async def test_valid_submission_gets_a_201_receipt_with_a_tracking_link(sds):
    r = await submit(sds)
    assert r.status_code == 201
    sid = submission_id(r.text)
    assert f'href="/submissions/{sid}"' in r.text
    page = await sds.client.get(f"/submissions/{sid}")
    assert page.status_code == 200
    assert 'data-status="pending"' in page.text


async def test_accepted_submission_is_on_disk_for_another_connection(sds, store_path):
    r = await submit(sds)
    sid = submission_id(r.text)
    conn = sqlite3.connect(store_path)
    row = conn.execute("select e.review_status, e.origin, e.recorded_by, s.submitter_email from evidence e "
                       "join submissions s on s.id = e.id where e.id = ?", (sid,)).fetchone()
    assert row == ("pending", "submission", "student", "ada@example.org")
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"


async def test_tracking_page_and_json_never_show_name_or_email(sds):
    sid = submission_id((await submit(sds)).text)
    for path in (f"/submissions/{sid}", f"/submissions/{sid}.json"):
        text = (await sds.client.get(path)).text
        assert "ada@example.org" not in text
        assert "Ada Volunteer" not in text


async def test_unknown_submission_is_a_404(sds):
    r = await sds.client.get("/submissions/sub-000000000000")
    assert r.status_code == 404


async def test_script_in_every_text_field_is_stored_as_text_and_rendered_inert(sds, store_path):
    r = await submit(sds, quote=SCRIPT, submitter_name=SCRIPT, source_url="https://example.org/?q=<script>")
    assert r.status_code == 201
    sid = submission_id(r.text)
    conn = sqlite3.connect(store_path)
    assert conn.execute("select quote, submitter_name from submissions where id = ?", (sid,)).fetchone() == (
        SCRIPT, SCRIPT)
    pages = [r.text, (await sds.client.get(f"/submissions/{sid}")).text,
             (await sds.client.get("/review", actor=REVIEWER)).text]
    for text in pages:
        assert "<script>alert" not in text
        assert "<img src=x" not in text
        assert "&lt;script&gt;" in text


async def test_sql_injection_strings_are_stored_literally(sds, store_path):
    quote = "'; DROP TABLE evidence; -- \" OR 1=1; select * from submissions"
    r = await submit(sds, quote=quote, submitter_name="Robert'); DROP TABLE submissions;--")
    assert r.status_code == 201
    conn = sqlite3.connect(store_path)
    assert conn.execute("select quote, submitter_name from submissions").fetchone() == (
        quote, "Robert'); DROP TABLE submissions;--")
    assert counts(store_path)["evidence"] == 1


async def test_campus_can_be_given_by_name_alias_slug_or_unitid(sds, store_path):
    for i, campus in enumerate(["University of California-Los Angeles", "ucla",
                                "university-of-california-los-angeles", "110662"]):
        r = await submit(sds, campus=campus, quote=f"statement {i}")
        assert r.status_code == 201, r.text
    conn = sqlite3.connect(store_path)
    assert {u for (u,) in conn.execute("select unitid from evidence")} == {110662}


async def test_partial_dates_are_accepted(sds):
    for i, date in enumerate(["2020", "2020-02", "2020-02-19"]):
        assert (await submit(sds, stated_on=date, quote=f"q{i}")).status_code == 201


async def test_cross_site_form_post_is_refused_and_nothing_stored(sds, store_path):
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"}):
        r = await sds.client.post("/submit", data=good(), headers=headers)
        assert r.status_code == 403
    assert counts(store_path)["evidence"] == 0


async def test_same_origin_browser_post_is_accepted(sds):
    r = await sds.client.post("/submit", data=good(), headers={"Sec-Fetch-Site": "same-origin",
                                                               "Origin": "http://localhost"})
    assert r.status_code == 201


async def test_rate_limit_answers_429_with_a_page_and_retry_after(published, store_path):
    ds = await make_ds(published, store_path, form={"max_requests": 2, "window_seconds": 600})
    assert (await submit(ds, quote="one")).status_code == 201
    assert (await submit(ds, quote="two")).status_code == 201
    r = await submit(ds, quote="three")
    assert r.status_code == 429
    assert "Too many submissions" in r.text
    assert int(r.headers["retry-after"]) > 0
    assert counts(store_path)["evidence"] == 2


async def test_rate_limit_counts_each_address_separately(published, store_path):
    ds = await make_ds(published, store_path, form={"max_requests": 1, "window_seconds": 600})
    ds.config["plugins"]["scorecard-submissions"].update(client_ip_header="x-test-client", trusted_proxies=["127.0.0.1"])
    assert (await ds.client.post("/submit", data=good(quote="a"), headers={"x-test-client": "10.0.0.1"})).status_code == 201
    assert (await ds.client.post("/submit", data=good(quote="b"), headers={"x-test-client": "10.0.0.2"})).status_code == 201
    assert (await ds.client.post("/submit", data=good(quote="c"), headers={"x-test-client": "10.0.0.1"})).status_code == 429


async def test_forwarded_for_from_an_untrusted_peer_cannot_dodge_the_limit(published, store_path):
    ds = await make_ds(published, store_path, form={"max_requests": 1, "window_seconds": 600})
    ds.config["plugins"]["scorecard-submissions"]["client_ip_header"] = "X-Forwarded-For"
    first = await ds.client.post("/submit", data=good(quote="a"), headers={"X-Forwarded-For": "10.0.0.1"})
    again = await ds.client.post("/submit", data=good(quote="b"), headers={"X-Forwarded-For": "10.0.0.2"})
    assert (first.status_code, again.status_code) == (201, 429)


async def test_behind_a_trusted_proxy_a_spoofed_leftmost_forwarded_for_is_ignored(published, store_path):
    ds = await make_ds(published, store_path, form={"max_requests": 1, "window_seconds": 600})
    ds.config["plugins"]["scorecard-submissions"].update(client_ip_header="X-Forwarded-For",
                                                         trusted_proxies=["127.0.0.1"])
    first = await ds.client.post("/submit", data=good(quote="a"), headers={"X-Forwarded-For": "1.1.1.1, 198.51.100.7"})
    again = await ds.client.post("/submit", data=good(quote="b"), headers={"X-Forwarded-For": "2.2.2.2, 198.51.100.7"})
    assert (first.status_code, again.status_code) == (201, 429)


async def test_api_accepts_a_batch_with_a_submit_scoped_token(sds, store_path):
    tok = await token(sds, "bulk-script", "scorecard-submit")
    r = await sds.client.post("/api/submissions", json=[good(quote="a"), good(quote="b", campus="mit")],
                              headers=bearer(tok))
    assert r.status_code == 201
    data = r.json()
    assert [s["status"] for s in data["submissions"]] == ["pending", "pending"]
    conn = sqlite3.connect(store_path)
    assert conn.execute("select count(*) from submissions where via = 'api' and actor = 'bulk-script'").fetchone()[0] == 2


async def test_api_without_a_token_is_401(sds, store_path):
    r = await sds.client.post("/api/submissions", json=good())
    assert r.status_code == 401
    assert counts(store_path)["evidence"] == 0


async def test_api_token_without_the_submit_scope_is_403(sds, store_path):
    tok = await token(sds, "reader", "view-instance")
    r = await sds.client.post("/api/submissions", json=good(), headers=bearer(tok))
    assert r.status_code == 403
    assert counts(store_path)["evidence"] == 0


async def test_api_batch_is_all_or_nothing(sds, store_path):
    tok = await token(sds, "bulk-script", "scorecard-submit")
    r = await sds.client.post("/api/submissions", json=[good(quote="ok"), good(stated_on="2999")],
                              headers=bearer(tok))
    assert r.status_code == 400
    assert r.json()["errors"] == [{"index": 1, "field": "stated_on", "reason": "'2999' is in the future"}]
    assert counts(store_path)["evidence"] == 0


async def test_other_methods_on_the_form_are_405(sds, store_path):
    r = await sds.client.put("/submit", data=good())
    assert r.status_code == 405
    assert counts(store_path)["evidence"] == 0


async def test_quote_line_breaks_from_a_browser_are_stored_as_newlines(sds, store_path):
    r = await submit(sds, quote="first line\r\nsecond line")
    assert r.status_code == 201
    conn = sqlite3.connect(store_path)
    assert conn.execute("select quote from evidence").fetchone() == ("first line\nsecond line",)


async def test_streamed_body_without_length_is_cut_off_with_413(sds, store_path):
    async def chunks():
        yield b"campus=ucla&quote="
        for _ in range(100):
            yield b"x" * 1024

    r = await sds.client.post("/submit", content=chunks(),
                              headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    assert counts(store_path)["evidence"] == 0


async def test_script_in_the_campus_query_string_is_inert_on_the_form(sds):
    r = await sds.client.get('/submit?campus="><script>alert(1)</script>')
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
