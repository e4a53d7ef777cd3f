"""The campus page's fast render: the same bytes as Datasette's render_template, with the
per-release template context dropped when the site switches release."""

import asyncio
import datetime as dt
import json
import shutil
import sqlite3

import pytest
import yaml
from conftest import ROOT
from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils.asgi import Request

from scorecard import campus as campus_facts
from scorecard.site import campus_pages, fast_render, publishing
from scorecard.site.published import read, run

DAY = dt.date(2026, 11, 26)
UCLA = "university-of-california-los-angeles"


def _request(slug: str, host: str = "scorecard.example.org") -> Request:
    request = Request.fake(f"/campuses/{slug}", scheme="https")
    request.scope["headers"] = [(b"host", host.encode())]
    return request


async def _facts(ds, slug: str) -> dict:
    return await run(ds, campus_facts.facts, slug)


async def _both(ds, c: dict, host: str = "scorecard.example.org") -> tuple[str, str]:
    """(fast render, Datasette's render_template) of one campus page, same request and day."""
    request = _request(c["slug"], host)
    context = campus_pages.page_context(ds, request, c, DAY)
    fast = await fast_render.render(ds, request, "campus.html", context)
    normal = await ds.render_template("campus.html", context, request=request)
    return fast, normal


def _with_reply(c: dict) -> dict:
    reply = {**c["evidence"][0], "id": "sub-reply0000001", "recorded_by": "official_response",
             "review_status": "approved", "quote": "We do not use facial recognition & never will.",
             "stated_on": "2026-03-02", "source_urls": ["https://newsroom.example.edu/statement"]}
    return {**c, "evidence": [reply, *c["evidence"]]}


def _asked(c: dict) -> dict:
    return {**c, "outreach": [{"campaign": "fall-2026", "kind": "inquiry", "asked_on": "2026-09-01",
                               "followed_up_on": "2026-10-01", "answered_on": None, "no_response_on": None,
                               "status": "sent"}]}


@pytest.mark.parametrize("slug, why", [
    (UCLA, "evidence, aliases, conflicts, stale, in a system"),
    ("university-of-southern-california", "red, in a system"),
    ("stanford-university", "yellow"),
    ("amridge-university", "gray: help and adopt sections"),
    ("university-of-arizona", "stale"),
])
async def test_fast_page_is_byte_for_byte_the_normal_render(ds, slug, why):
    fast, normal = await _both(ds, await _facts(ds, slug))
    assert fast == normal, why


async def test_fast_page_with_an_institution_reply_is_the_normal_render(ds):
    fast, normal = await _both(ds, _with_reply(await _facts(ds, UCLA)))
    assert 'class="sc-official-reply"' in fast
    assert fast == normal


async def test_fast_page_of_a_campus_asked_by_a_campaign_is_the_normal_render(ds):
    fast, normal = await _both(ds, _asked(await _facts(ds, "amridge-university")))
    assert "Asked on 2026-09-01 by fall-2026" in fast
    assert fast == normal


async def test_permalink_and_badge_follow_each_request_host(ds):
    c = await _facts(ds, UCLA)
    first, _ = await _both(ds, c, "one.example.org")
    second, normal = await _both(ds, c, "two.example.org")
    assert f"https://one.example.org/campuses/{UCLA}/badge.svg" in first
    assert f"https://two.example.org/campuses/{UCLA}/badge.svg" in second
    assert "one.example.org" not in second
    assert second == normal


async def test_retrieval_date_is_the_one_given_not_the_one_first_rendered(ds):
    c = await _facts(ds, UCLA)
    request = _request(UCLA)
    await fast_render.render(ds, request, "campus.html", campus_pages.page_context(ds, request, c, DAY))
    later = campus_pages.page_context(ds, request, c, DAY + dt.timedelta(days=1))
    page = await fast_render.render(ds, request, "campus.html", later)
    assert "retrieved 2026-11-27" in page
    assert page == await ds.render_template("campus.html", later, request=request)


async def test_the_campus_route_renders_through_the_kept_frame(ds):
    r = await ds.client.get(f"/campuses/{UCLA}")
    assert r.status_code == 200
    frames = ds._scorecard_caches["frames"].items
    assert [key[0] for key in frames] == ["campus.html"]


async def test_signed_in_reader_gets_the_normal_render_with_their_name(ds):
    c = await _facts(ds, UCLA)
    request = _request(UCLA)
    request.scope["actor"] = {"id": "reviewer-7"}
    context = campus_pages.page_context(ds, request, c, DAY)
    page = await fast_render.render(ds, request, "campus.html", context)
    assert "reviewer-7" in page
    assert "frames" not in ds.__dict__.get("_scorecard_caches", {})


async def test_a_release_switch_drops_the_frame_and_pages_show_the_new_release(ds, published, tmp_path):
    await _both(ds, await _facts(ds, UCLA))
    assert "A reason only the newer release gives." not in (await ds.client.get(f"/campuses/{UCLA}")).text
    newer = tmp_path / "newer.db"
    shutil.copy(published, newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("update release set value = '2026-12-01-0123abcd' where key = 'release'")
        conn.execute("update campuses set reason = 'A reason only the newer release gives.' where slug = ?", (UCLA,))
    conn.close()
    await publishing.switch(ds, newer)
    assert "_scorecard_caches" not in ds.__dict__
    fast, normal = await _both(ds, await _facts(ds, UCLA))
    assert 'data-release="2026-12-01-0123abcd"' in fast
    assert "A reason only the newer release gives." in fast
    assert fast == normal
    assert [key[1] for key in ds._scorecard_caches["frames"].items] == ["2026-12-01-0123abcd"]
    served = (await ds.client.get(f"/campuses/{UCLA}")).text
    assert "A reason only the newer release gives." in served
    assert 'data-release="2026-12-01-0123abcd"' in served


class _AsyncVarPlugin:
    """A plugin whose template var is an async function: the synchronous twin cannot call it."""

    @hookimpl
    def extra_template_vars(self):
        async def shout():
            return "LOUD"
        return {"shout": shout}


@pytest.fixture
def async_var_plugin():
    pm.register(_AsyncVarPlugin(), name="async-var-plugin")
    yield
    pm.unregister(name="async-var-plugin")


async def test_an_async_template_var_from_a_plugin_takes_the_normal_render(ds, async_var_plugin):
    fast, normal = await _both(ds, await _facts(ds, UCLA))
    assert fast == normal
    assert not ds._scorecard_caches["frames"].items


async def test_breadcrumbs_for_a_database_were_not_kept_so_they_are_refused():
    with pytest.raises(fast_render.Unsupported, match="scorecard/None"):
        fast_render.breadcrumbs([], database="scorecard")


async def test_campus_facts_read_from_another_thread_use_that_threads_own_connection(ds):
    here = read(ds, campus_facts.facts, UCLA)
    there = await asyncio.get_running_loop().run_in_executor(None, read, ds, campus_facts.facts, UCLA)
    assert there == here
    assert len(ds._scorecard_readers) == 2


async def test_a_hostile_host_header_is_escaped_as_the_normal_render_escapes_it(ds):
    fast, normal = await _both(ds, await _facts(ds, UCLA), 'evil"><script>x</script>')
    assert "<script>x</script>" not in fast
    assert fast == normal


async def test_a_page_asking_for_breadcrumbs_that_were_not_kept_gets_the_normal_render(published, tmp_path):
    (tmp_path / "with_database_crumbs.html").write_text(
        '{% extends "base.html" %}{% block crumbs %}{{ crumbs.nav(request=request, database=database) }}'
        '{% endblock %}{% block title %}Crumbs{% endblock %}{% block content %}<p>hello</p>{% endblock %}')
    config = yaml.safe_load((ROOT / "datasette.yaml").read_text())
    config["plugins"]["scorecard-submissions"]["store"] = str(tmp_path / "store.db")
    ds = Datasette(immutables=[str(published)], template_dir=str(tmp_path), config=config,
                   metadata=json.loads((ROOT / "metadata.json").read_text()))
    await ds.invoke_startup()
    request = _request(UCLA)
    fast = await fast_render.render(ds, request, "with_database_crumbs.html", {"database": "scorecard"})
    assert '<a href="/scorecard">scorecard</a>' in fast
    assert fast == await ds.render_template("with_database_crumbs.html", {"database": "scorecard"}, request=request)
