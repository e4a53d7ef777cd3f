"""A page rendered with Datasette's template context computed once per release, not per request.

``datasette.render_template`` runs every plugin hook (template vars, CSS and JS URLs, body
scripts), resolves and hashes each ``static()`` file and checks permissions for the breadcrumbs on
every call, then renders through Jinja's async mode: about nine tenths of a cold campus page. For
an anonymous reader none of that varies between requests, so it is captured once (by letting
``render_template`` build its context and keeping it), its async parts are awaited once, and the
page is rendered with a synchronous twin of the same templates. The output is the same bytes
(tests compare the two for campuses of every kind). Signed-in readers, readers with flash
messages and template debugging take the ordinary path.
"""

import functools
import inspect
from dataclasses import dataclass

from jinja2 import Template

from .caching import shared
from .published import cache, release

_FRAMES = 8  # one per (template, release, environment); a release switch empties the caches anyway


@dataclass(frozen=True)
class Frame:
    template: Template
    context: dict


class Unsupported(Exception):
    """The captured context holds something a synchronous render cannot call the same way."""


async def render(datasette, request, template: str, context: dict) -> str:
    """The page ``datasette.render_template(template, context, request=request)`` would return."""
    if not shared(request) or datasette.setting("template_debug"):
        return await datasette.render_template(template, context, request=request)
    env = datasette.get_jinja_environment(request)
    frames = cache(datasette, "frames", _FRAMES)
    # id(env) cannot be reused while its frame is kept: the frame's twin holds the environment.
    key = (template, release(datasette)["release"], id(env))
    frame = frames.get(key)
    if frame is None:
        try:
            frame = await _frame(datasette, request, env, template, context)
        except Unsupported:
            return await datasette.render_template(template, context, request=request)
        frames.put(key, frame)
    try:
        return frame.template.render({**frame.context, **context, "request": request})
    except Unsupported:
        return await datasette.render_template(template, context, request=request)


async def _frame(datasette, request, env, name: str, context: dict) -> Frame:
    captured = await captured_context(datasette, request, env.get_template(name), context)
    # auto_reload off: the templates are part of the code digest in every ETag, so they change only
    # with a restart, and the twin need not stat each included file on every render.
    return Frame(env.overlay(enable_async=False, auto_reload=False).get_template(name),
                 await settled(datasette, request, {k: v for k, v in captured.items() if k not in context}))


async def captured_context(datasette, request, template: Template, context: dict) -> dict:
    """The context ``render_template`` hands to Jinja, taken from a copy of the template whose
    render only keeps it: the hooks see the same template name, database and request."""
    kept = {}

    async def keep(ctx):
        kept.update(ctx)
        return ""

    probe = object.__new__(type(template))
    probe.__dict__.update(template.__dict__)
    probe.render_async = keep
    await datasette.render_template(probe, context, request=request)
    return kept


async def settled(datasette, request, frame: dict) -> dict:
    """The frame with its async callables replaced by their answers for an anonymous reader, and
    ``static()`` remembered (it resolves and hashes a file on every call)."""
    frame = dict(frame)
    frame.pop("request", None)
    links = await frame["menu_links"]()
    crumbs = await frame["crumb_items"](request=request)
    frame["menu_links"] = lambda: links
    frame["crumb_items"] = functools.partial(breadcrumbs, crumbs)
    frame["show_messages"] = list  # a shared reader has no flash messages
    frame["static"] = functools.lru_cache(maxsize=64)(datasette.static)
    awaitable = sorted(k for k, v in frame.items() if inspect.iscoroutinefunction(v))
    if awaitable:
        raise Unsupported(f"async template vars: {', '.join(awaitable)}")
    return frame


def breadcrumbs(crumbs, request=None, database=None, table=None):
    """The breadcrumbs base.html asks for (the site's own pages name no database or table)."""
    if database is not None or table is not None:
        raise Unsupported(f"breadcrumbs for {database}/{table} were not computed")
    return crumbs
