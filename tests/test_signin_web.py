"""Every password check is limited per address and hashed off the event loop; the cookie is hardened."""

import base64
import threading

import datasette_auth_passwords.utils as password_utils
from datasette_auth_passwords.utils import hash_password
from submission_support import counts, good, make_ds, store_path  # noqa: F401

from scorecard.site import signin


def basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


async def reviewer_ds(published, store_path, monkeypatch, **limits):
    monkeypatch.setenv("SCORECARD_REVIEWER_PASSWORD_HASH", hash_password("right", iterations=1000))
    return await make_ds(published, store_path, **limits)


async def test_55_back_to_back_form_posts_get_only_the_configured_10_through(published, store_path):
    ds = await make_ds(published, store_path, form={"max_requests": 10, "window_seconds": 600})
    statuses = [(await ds.client.post("/submit", data=good(quote=f"Statement number {i}."))).status_code
                for i in range(55)]
    assert statuses.count(201) == 10 and statuses[:10] == [201] * 10
    assert set(statuses[10:]) == {429}
    assert counts(store_path)["evidence"] == 10


async def test_basic_auth_guesses_meet_429_after_the_login_limit_and_so_does_the_right_password(
        published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch, login={"max_requests": 10, "window_seconds": 600})
    statuses = [(await ds.client.get("/review.json", headers=basic("reviewer", f"guess{i}"))).status_code
                for i in range(30)]
    assert 429 not in statuses[:10] and 200 not in statuses[:10]
    assert set(statuses[10:]) == {429}
    assert (await ds.client.get("/review.json", headers=basic("reviewer", "right"))).status_code == 429


async def test_basic_auth_with_the_right_password_signs_in(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    assert (await ds.client.get("/review.json", headers=basic("reviewer", "right"))).status_code == 200
    assert (await ds.client.get("/review.json", headers=basic("reviewer", "wrong"))).status_code != 200


async def test_login_form_and_basic_auth_share_one_allowance(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch, login={"max_requests": 2, "window_seconds": 600})
    assert (await ds.client.post("/-/login", data={"username": "reviewer", "password": "x"})).status_code == 200
    assert (await ds.client.get("/review.json", headers=basic("reviewer", "y"))).status_code != 429
    r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "right"})
    assert r.status_code == 429 and "ds_actor" not in r.cookies


async def test_passwords_are_hashed_in_a_worker_thread_not_on_the_event_loop(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    threads = []
    real = signin.verify_password

    def spy(password, stored):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(password, stored)
    monkeypatch.setattr(signin, "verify_password", spy)
    await ds.client.get("/review.json", headers=basic("reviewer", "right"))
    await ds.client.post("/-/login", data={"username": "reviewer", "password": "right"})
    assert threads == [False, False]


def count_hashes(monkeypatch) -> list[int]:
    """The iteration count of every PBKDF2 hash the password check computes."""
    calls = []
    real = password_utils.hash_password

    def counted(password, salt=None, iterations=480000):
        calls.append(iterations)
        return real(password, salt, iterations)
    monkeypatch.setattr(password_utils, "hash_password", counted)
    return calls


async def test_an_unknown_username_costs_one_hash_like_a_wrong_password(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    calls = count_hashes(monkeypatch)
    assert (await ds.client.get("/review.json", headers=basic("reviewer", "wrong"))).status_code != 200
    assert (await ds.client.get("/review.json", headers=basic("nobody", "wrong"))).status_code != 200
    assert calls == [1000, 1000]


async def test_an_unknown_username_at_the_login_form_costs_one_hash_too(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    calls = count_hashes(monkeypatch)
    r = await ds.client.post("/-/login", data={"username": "nobody", "password": "right"})
    assert "ds_actor" not in r.cookies and "Invalid username or password" in r.text
    assert calls == [1000]


def test_the_dummy_hash_matches_no_password_and_defaults_to_the_plugins_iterations():
    assert signin.dummy_hash({}).split("$")[1] == "480000"
    dummy = signin.dummy_hash({"reviewer": hash_password("right", iterations=1000)})
    assert dummy.split("$")[1] == "1000"
    assert not password_utils.verify_password("", dummy) and not password_utils.verify_password("right", dummy)


async def test_sign_in_cookie_is_httponly_and_samesite_lax(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "right"})
    assert r.status_code == 302
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("ds_actor=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http here; see the https test


async def test_sign_in_cookie_is_secure_when_configured_for_https(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    ds.config["plugins"]["scorecard-submissions"]["secure_cookies"] = True
    r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "right"})
    assert "Secure" in r.headers["set-cookie"]


async def test_wrong_password_at_login_sets_no_cookie_and_says_so(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "wrong"})
    assert r.status_code == 200 and "ds_actor" not in r.cookies
    assert "Invalid username or password" in r.text


async def test_cross_site_login_post_is_refused(published, store_path, monkeypatch):
    ds = await reviewer_ds(published, store_path, monkeypatch)
    r = await ds.client.post("/-/login", data={"username": "reviewer", "password": "right"},
                             headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403 and "ds_actor" not in r.cookies


async def test_password_tool_is_switched_off(published, store_path):
    ds = await make_ds(published, store_path)
    assert (await ds.client.post("/-/password-tool", data={"password": "x"})).status_code == 404
    assert (await ds.client.get("/-/password-tool")).status_code == 404


def test_cookie_is_secure_when_the_request_came_over_https():
    class Plain:
        def plugin_config(self, name):
            return {}
    assert signin.secure_cookies(Plain(), {"scheme": "https"}) and not signin.secure_cookies(Plain(), {"scheme": "http"})
