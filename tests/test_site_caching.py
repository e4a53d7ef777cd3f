"""Cache headers on the site's own pages: Cache-Control with max-age, an ETag, 304 on a match."""

import datetime as dt

import pytest

from scorecard.clock import Fixed

PAGE = "/campuses/university-of-california-los-angeles"


@pytest.mark.parametrize("path", [PAGE, PAGE + ".json", PAGE + "/badge.svg", "/", "/method", "/charts",
                                  "/charts/by-state.svg", "/map.json", "/search?q=ucla"])
async def test_pages_have_max_age_and_an_etag(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200
    assert "max-age=300" in r.headers["cache-control"]
    assert r.headers["etag"].startswith('"')


async def test_etag_names_the_data_release(ds):
    release = (await ds.client.get(PAGE + ".json")).json()["release"]
    assert (await ds.client.get(PAGE)).headers["etag"].startswith(f'"{release}-')


async def test_matching_if_none_match_answers_304_without_a_body(ds):
    tag = (await ds.client.get(PAGE)).headers["etag"]
    r = await ds.client.get(PAGE, headers={"if-none-match": tag})
    assert r.status_code == 304
    assert r.text == ""
    assert r.headers["etag"] == tag


async def test_stale_if_none_match_gets_the_page(ds):
    r = await ds.client.get(PAGE, headers={"if-none-match": '"2001-01-01-00000000-0"'})
    assert r.status_code == 200


async def test_each_url_has_its_own_etag(ds):
    a = (await ds.client.get(PAGE)).headers["etag"]
    b = (await ds.client.get(PAGE + ".json")).headers["etag"]
    c = (await ds.client.get("/search?q=mit")).headers["etag"]
    d = (await ds.client.get("/search?q=ucla")).headers["etag"]
    assert len({a, b, c, d}) == 4


def test_etag_changes_with_the_day():
    from scorecard.site.caching import etag

    assert etag("r", "/p", dt.date(2026, 1, 1)) != etag("r", "/p", dt.date(2026, 1, 2))


async def test_second_reader_gets_the_same_body(ds):
    first = await ds.client.get(PAGE)
    second = await ds.client.get(PAGE)
    assert first.text == second.text


async def test_signed_in_reader_is_never_served_a_shared_body(ds):
    anonymous = await ds.client.get(PAGE)
    cookies = {"ds_actor": ds.client.actor_cookie({"id": "reviewer-7"})}
    signed_in = await ds.client.get(PAGE, cookies=cookies)
    assert "reviewer-7" in signed_in.text
    assert "reviewer-7" not in anonymous.text


def test_lru_drops_the_least_recently_used():
    from scorecard.site.published import LRU

    lru = LRU(2)
    lru.put("a", 1)
    lru.put("b", 2)
    lru.get("a")
    lru.put("c", 3)
    assert (lru.get("a"), lru.get("b"), lru.get("c")) == (1, None, 3)


async def test_a_page_etag_follows_the_injected_day(ds):
    before = (await ds.client.get(PAGE)).headers["etag"]
    ds.scorecard_clock = Fixed.on(dt.date(2026, 11, 27))
    assert (await ds.client.get(PAGE)).headers["etag"] != before
