"""The home page: totals by color, the map, the latest changes, search and the ways in.

Routed at "/" (plugin routes come before Datasette's own), so the database listing moves to
/scorecard, which the page links to. /map.json feeds the map's markers: every campus with its
coordinates and color, computed once per process because the database is immutable.
"""

import json

from ..method import COLORS
from . import caching, headline, usmap
from .published import DATABASE, once, rows, stored

LATEST = 10


def _points(conn) -> list[list]:
    return [list(r) for r in conn.execute(
        "select slug, name, latitude, longitude, color from campuses "
        "where latitude is not null and longitude is not null order by color = 'gray' desc, name")]


async def map_json(datasette, request):
    async def render():
        points = await once(datasette, "map-points", _points)
        return json.dumps({"columns": ["slug", "name", "latitude", "longitude", "color"], "points": points,
                           "colors": {k: {"hex": c.hex, "label": c.label} for k, c in COLORS.items()}})
    return await caching.respond(datasette, request, render, "application/json; charset=utf-8")


async def totals(datasette) -> list[dict]:
    counts = {r["color"]: r["n"] for r in await rows(
        datasette, "select color, count(*) as n from campuses group by color")}
    return [{"color": k, "label": c.label, "description": c.description, "hex": c.hex, "count": counts.get(k, 0)}
            for k, c in COLORS.items()]


async def home(datasette, request):
    async def render():
        return await datasette.render_template("home.html", {
            "database": DATABASE,
            "totals": await totals(datasette),
            "headline": await once(datasette, "headline", headline.figures),
            **await usmap.context(datasette, "Map of the United States: campuses by scorecard color"),
            "changes": (await stored(datasette, "color_changes"))[:LATEST],
            "feed_url": datasette.urls.path(f"/{DATABASE}/color_changes.atom"),
        }, request=request)
    return await caching.respond(datasette, request, render)


ROUTES = [
    (r"^/$", home),
    (r"^/map\.json$", map_json),
]
