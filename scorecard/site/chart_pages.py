"""/charts and the two SVG charts it shows (also embedded on the home page)."""


from .. import clock
from . import caching, charts

SVG = "image/svg+xml; charset=utf-8"
from .published import DATABASE, rows, stored


async def _history(datasette):
    return await rows(datasette, "select color, valid_from, valid_to from history")


async def _series(datasette):
    return charts.yearly(await _history(datasette), clock.of(datasette).today())


async def over_time_svg(datasette, request):
    async def render():
        return charts.over_time(await _series(datasette))
    return await caching.respond(datasette, request, render, SVG)


async def by_state_svg(datasette, request):
    async def render():
        return charts.by_state(await stored(datasette, "counts_by_state_and_color"))
    return await caching.respond(datasette, request, render, SVG)


async def charts_page(datasette, request):
    async def render():
        states = [r for r in await stored(datasette, "counts_by_state_and_color")
                  if r["green"] or r["yellow"] or r["red"]]
        return await datasette.render_template("charts.html", {
            "database": DATABASE, "series": await _series(datasette), "states": states,
        }, request=request)
    return await caching.respond(datasette, request, render)


ROUTES = [
    (r"^/charts$", charts_page),
    (r"^/charts/colors-over-time\.svg$", over_time_svg),
    (r"^/charts/by-state\.svg$", by_state_svg),
]
