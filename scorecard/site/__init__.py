"""The Datasette plugin that makes the published database a site for journalists and researchers.

Each idea lives in its own module (campus pages, home, search, method, charts, the Atom format,
HTTP caching); this module only wires them into Datasette's hooks. Pages are Jinja templates in
templates/, static files in static/; facts about one campus come from ``scorecard.campus`` so the
page, the JSON, the badge and ``scorecard explain`` never disagree.
"""

from urllib.parse import quote

from datasette import hookimpl

from .. import method
from . import (
    about_page,
    atom,
    badge,
    campus_pages,
    chart_pages,
    collector,
    home,
    list_pages,
    method_page,
    query_params,
    search,
)
from .published import DATABASE, PLUGIN, release


@hookimpl
def register_routes():
    return [*list_pages.ROUTES, *campus_pages.ROUTES, *home.ROUTES, *search.ROUTES, *method_page.ROUTES, *chart_pages.ROUTES, *about_page.ROUTES]


@hookimpl
def register_output_renderer():
    return {"extension": "atom", "render": atom.render, "can_render": atom.can_render}


@hookimpl
def asgi_wrapper(datasette):
    return query_params.wrapper(datasette)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN, "scorecard.css")]


@hookimpl
def extra_js_urls(datasette, view_name):
    """Datasette's own pages get names for their controls (see static/datasette-a11y.js)."""
    if view_name in {"database", "table", "row", "query"}:
        return [datasette.urls.static_plugins(PLUGIN, "datasette-a11y.js")]
    return []


@hookimpl
def extra_template_vars(datasette):
    """License and sources for the footer, as metadata.json states them."""
    async def inner():
        return {"scorecard_meta": await datasette.get_instance_metadata()}
    return inner


@hookimpl
def startup(datasette):
    collector.freeze_once()


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # Globals, not template vars: Datasette renders its error pages without extra_template_vars,
    # and the release belongs in every footer.
    env.globals["scorecard_release"] = lambda: release(datasette)
    env.globals["method"] = method
    env.globals["scorecard_db"] = DATABASE
    env.globals["chip"] = badge.chip
    # A search link, never presented as a known archived copy: the Wayback Machine lists
    # whatever captures of the source exist.
    env.filters["archive_search"] = lambda url: "https://web.archive.org/web/*/" + quote(url, safe=":/?=&%")
