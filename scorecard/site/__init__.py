"""The Datasette plugin that makes the published database a site: campus pages and their twins.

Routes are registered here; pages are Jinja templates in templates/, facts come from
``scorecard.campus`` so the page, the JSON and ``scorecard explain`` never disagree.
"""

import json

from datasette import hookimpl
from datasette.utils.asgi import Response

from .. import campus as campus_facts

DATABASE = "scorecard"


async def _with_conn(datasette, fn, *args):
    db = datasette.get_database(DATABASE)
    return await db.execute_fn(lambda conn: fn(conn, *args))


async def _not_found(datasette, request, key):
    html = await datasette.render_template(
        "campus_not_found.html", {"key": key, "database": DATABASE}, request=request)
    return Response.html(html, status=404)


async def campus_page(datasette, request):
    key = request.url_vars["key"]
    fmt = request.url_vars.get("format")
    slug, canonical = await _with_conn(datasette, campus_facts.resolve, key)
    if slug is None:
        return await _not_found(datasette, request, key)
    if not canonical or slug != key:
        suffix = f".{fmt}" if fmt else ""
        return Response.redirect(datasette.urls.path(f"/campuses/{slug}{suffix}"), status=301)
    c = await _with_conn(datasette, campus_facts.facts, slug)
    if fmt == "json":
        return Response.json(c, headers={"Cache-Control": "public, max-age=300"})
    html = await datasette.render_template("campus.html", {"c": c, "database": DATABASE}, request=request)
    return Response.html(html, headers={"Cache-Control": "public, max-age=300"})


@hookimpl
def register_routes():
    return [
        (r"^/campuses/(?P<key>[^/.]+)\.(?P<format>json)$", campus_page),
        (r"^/campuses/(?P<key>[^/.]+)$", campus_page),
    ]
