"""Cache headers fit for a CDN: a year for release files, short for pages, never for private pages."""

import pytest
from submission_support import REVIEWER, sds, store_path  # noqa: F401

from scorecard.site import cdn


@pytest.mark.parametrize("path", ["/submit", "/api/submissions", "/review", "/review.json", "/review/sub-1/approve",
                                  "/publish", "/publish.json", "/submissions/sub-0123456789ab", "/-/login",
                                  "/-/logout"])
def test_submission_review_publish_and_login_paths_are_private(path):
    assert cdn.is_private(path)


@pytest.mark.parametrize("path", ["/", "/campuses/mit", "/releases", "/reviewers-guide", "/submitted", "/method",
                                  "/scorecard/color_changes.atom", "/sitemap.xml"])
def test_published_pages_are_not_private(path):
    assert not cdn.is_private(path)


@pytest.mark.parametrize("path", ["/submit", "/-/login", "/review", "/publish"])
async def test_private_pages_are_never_stored(sds, path):
    r = await sds.client.get(path)
    assert r.headers["cache-control"] == "private, no-store"


async def test_a_campus_page_is_cached_briefly_for_anonymous_readers(sds):
    r = await sds.client.get("/campuses/university-of-california-los-angeles")
    assert r.status_code == 200
    assert r.headers["cache-control"] == "public, max-age=300"


async def test_datasette_pages_keep_their_short_ttl(sds):
    r = await sds.client.get("/scorecard/campuses.json?_size=1")
    assert r.headers["cache-control"] == "max-age=300"


async def test_a_signed_in_reader_gets_nothing_a_cdn_would_store(sds):
    r = await sds.client.get("/campuses/university-of-california-los-angeles", actor=REVIEWER)
    assert r.headers["cache-control"] == "private, no-store"


async def test_a_token_holder_gets_nothing_a_cdn_would_store(sds):
    r = await sds.client.get("/", headers={"Authorization": "Bearer dstok_whatever"})
    assert r.headers["cache-control"] == "private, no-store"
