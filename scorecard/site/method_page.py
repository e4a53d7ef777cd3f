"""/method: the color rules, colors, stance vocabulary and source ladder, rendered from
``scorecard.method`` itself, so the published method cannot drift from the pipeline's."""

from .. import method
from . import caching
from .published import DATABASE


async def method_page(datasette, request):
    async def render():
        return await datasette.render_template("method.html", {
            "database": DATABASE, "stances": method.STANCES.values(), "colors": method.COLORS.values(),
            "source_kinds": method.SOURCE_KINDS.items(), "rules": method.RULES, "stale_years": method.STALE_YEARS,
        }, request=request)
    return await caching.respond(datasette, request, render)


ROUTES = [(r"^/method$", method_page)]
