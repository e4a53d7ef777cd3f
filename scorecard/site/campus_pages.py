"""/campuses/<slug> and its twins (.json, /badge.svg): one campus, three formats, one set of facts.

Every format reads ``scorecard.campus.facts``; aliases and unitids answer 301 to the canonical
slug with the same suffix; an unknown key is a real 404 page with a search box. Responses carry
Cache-Control and an ETag and answer If-None-Match with 304 before touching the database.
"""

import json

from datasette.utils.asgi import Response

from .. import campus as campus_facts
from .. import clock
from . import badge, caching, citation, fast_render, systems
from .published import DATABASE, FACTS_KEPT, cache, read

_SUFFIXES = {"html": "", "json": ".json", "badge": "/badge.svg"}


async def _not_found(datasette, request, key):
    html = await datasette.render_template(
        "campus_not_found.html", {"key": key, "database": DATABASE}, request=request)
    return Response.html(html, status=404)


def _resolved(conn, key: str):
    slug, canonical = campus_facts.resolve(conn, key)
    return slug, canonical, campus_facts.facts(conn, slug) if canonical and slug == key else None


async def _resolve(datasette, key: str):
    """(slug, is_canonical, facts or None). A key seen before costs no query; a new slug's facts are
    read together with its resolving."""
    memo = cache(datasette, "facts", FACTS_KEPT)
    found = memo.get(("resolve", (key,)))
    if found is not None:
        return (*found, None)
    slug, canonical, c = read(datasette, _resolved, key)
    memo.put(("resolve", (key,)), (slug, canonical))
    return slug, canonical, c


async def _campus(datasette, request, fmt):
    key = request.url_vars["key"]
    slug, canonical, fetched = await _resolve(datasette, key)
    if slug is None:
        return await _not_found(datasette, request, key)
    if not canonical or slug != key:
        return Response.redirect(datasette.urls.path(f"/campuses/{slug}{_SUFFIXES[fmt]}"), status=301)
    render, content_type = _RENDERERS[fmt]

    async def body():
        return await render(datasette, request, fetched or read(datasette, campus_facts.facts, slug))
    return await caching.respond(datasette, request, body, content_type)


async def _json(datasette, request, c):
    return json.dumps(c, default=repr)


async def _badge(datasette, request, c):
    return badge.svg(c["name"], c["color"])


def page_context(datasette, request, c: dict, today) -> dict:
    """What campus.html shows for the campus facts c, as read on ``today``."""
    slug = c["slug"]
    permalink = _absolute(datasette, request, f"/campuses/{slug}")
    known = systems.load(datasette)
    return {
        "c": c, "system": known["by_slug"].get(known["by_unitid"].get(c["unitid"])), "database": DATABASE,
        "permalink": permalink, "today": today, "citation": citation.cite(c, permalink, today),
        "feed_url": datasette.urls.path(f"/{DATABASE}/color_changes.atom?campus={slug}"),
        "badge_url": _absolute(datasette, request, f"/campuses/{slug}/badge.svg"),
    }


def _absolute(datasette, request, path: str) -> str:
    # A plain str for urljoin: Datasette's prefixed URL string lists str's methods on every
    # attribute urljoin reads, a tenth of a cold page.
    return datasette.absolute_url(request, str(datasette.urls.path(path)))


async def _html(datasette, request, c):
    return await fast_render.render(datasette, request, "campus.html",
                                    page_context(datasette, request, c, clock.of(datasette).today()))


_RENDERERS = {
    "html": (_html, "text/html; charset=utf-8"),
    "json": (_json, "application/json; charset=utf-8"),
    "badge": (_badge, "image/svg+xml; charset=utf-8"),
}


async def campus_page(datasette, request):
    return await _campus(datasette, request, "html")


async def campus_json(datasette, request):
    return await _campus(datasette, request, "json")


async def campus_badge(datasette, request):
    return await _campus(datasette, request, "badge")


ROUTES = [
    (r"^/campuses/(?P<key>[^/.]+)\.json$", campus_json),
    (r"^/campuses/(?P<key>[^/.]+)/badge\.svg$", campus_badge),
    (r"^/campuses/(?P<key>[^/.]+)$", campus_page),
]
