"""The scorecard as lists: /campuses (every campus with evidence, grouped by color, filterable),
/states/<code> and /systems/<slug>, each with its JSON twin and a CSV of the same selection.

Filters are query parameters read by ``selection`` (they work without JavaScript: the form is a
plain GET). A bad parameter is a 400 page naming it; an unknown state or system is a 404 page.
"""

import csv
import io
import json

from datasette.utils.asgi import Response

from ..link import STATES
from ..method import COLORS
from . import caching, selection, systems, usmap
from .common import message
from .published import DATABASE, once, run

STATE_NAMES = {code: name.title().replace(" Of ", " of ") for name, code in STATES.items()}
STATE_NAMES.update({"AS": "American Samoa", "MP": "Northern Mariana Islands", "FM": "Micronesia",
                    "PW": "Palau", "MH": "Marshall Islands", "VI": "US Virgin Islands"})


def shares(conn, extra: str = "", params=()) -> dict:
    """Campuses and full-time-equivalent students per color within a scope, with each FTE share."""
    cond = extra or "1 = 1"
    got = {c: (n, fte or 0) for c, n, fte in conn.execute(
        f"select color, count(*), sum(fte_enrollment) from campuses where {cond} group by color", params)}
    total_fte = sum(fte for _, fte in got.values()) or 0
    out = []
    for color, k in COLORS.items():
        n, fte = got.get(color, (0, 0))
        out.append({"color": color, "label": k.label, "campuses": n, "fte": fte,
                    "fte_share": (fte / total_fte) if total_fte else 0.0})
    return {"colors": out, "campuses": sum(n for n, _ in got.values()), "fte": total_fte}


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=selection.FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


async def _scoped(datasette, request, fmt, scope: dict):
    """Render one list page (html, json or csv) for a scope: its title, SQL condition, parameters."""
    options = await once(datasette, "list-choices", selection.choices)
    try:
        f = selection.parse(request.args, options)
    except selection.BadParameter as e:
        return await message(datasette, request, 400, f"Bad {e.parameter} parameter",
                             f"The {e.parameter} parameter is wrong: {e.reason}.", links=[(scope["path"], "Start again")])
    if scope.get("state"):
        f["state"] = scope["state"]
    extra, params = scope.get("sql", ""), tuple(scope.get("params", ()))

    async def render():
        if fmt == "csv":
            return _csv(await run(datasette, selection.every_row, f, extra, params))
        found = await run(datasette, selection.select, f, extra, params)
        split = await once(datasette, "shares", shares, extra or "1 = 1", params)
        if fmt == "json":
            return json.dumps({"title": scope["title"], "filters": f, "shares": split, **found})
        qs = selection.query_string(f)
        drawn = await usmap.context(datasette, f"Map of {scope['heading']}: campuses by scorecard color",
                                    scope["state"]) if scope.get("state") else {}
        return await datasette.render_template(scope["template"], {
            **scope, "database": DATABASE, "f": f, "options": options, "shares": split,
            "state_names": STATE_NAMES, "qs": qs, "page_qs": lambda n: selection.query_string(f, page=n),
            **drawn, **found}, request=request)
    types = {"html": "text/html; charset=utf-8", "json": "application/json; charset=utf-8",
             "csv": "text/csv; charset=utf-8"}
    return await caching.respond(datasette, request, render, types[fmt])


def _fmt(request) -> str:
    return request.url_vars.get("fmt") or "html"


async def campuses_page(datasette, request):
    return await _scoped(datasette, request, _fmt(request), {
        "title": "The scorecard: every campus with evidence", "path": "/campuses", "template": "campuses.html",
        "kind": "all"})


async def state_page(datasette, request):
    code = request.url_vars["code"]
    if code != code.lower():
        suffix = f".{request.url_vars['fmt']}" if request.url_vars.get("fmt") else ""
        return Response.redirect(datasette.urls.path(f"/states/{code.lower()}{suffix}"), status=301)
    options = await once(datasette, "list-choices", selection.choices)
    if code.upper() not in options["states"]:
        return await message(datasette, request, 404, "No such state",
                             f"No campus in the scorecard is in a state or territory with the code {code[:10]!r}. "
                             "Use a two-letter code such as ca or ny.", links=[("/campuses", "Every campus")])
    name = STATE_NAMES.get(code.upper(), code.upper())
    return await _scoped(datasette, request, _fmt(request), {
        "title": f"{name}: campuses and facial recognition", "heading": name, "path": f"/states/{code}",
        "template": "scope.html", "kind": "state", "state": code.upper(),
        "sql": "state = ?", "params": (code.upper(),)})


async def system_page(datasette, request):
    slug = request.url_vars["slug"]
    found = systems.load(datasette)["by_slug"].get(slug)
    if found is None:
        return await message(datasette, request, 404, "No such system",
                             f"No multi-campus system is called {slug[:80]!r} in data/systems.csv.",
                             links=[("/campuses", "Every campus")])
    return await _scoped(datasette, request, _fmt(request), {
        "title": f"{found['name']}: campuses and facial recognition", "heading": found["name"],
        "path": f"/systems/{slug}", "template": "scope.html", "kind": "system",
        "sql": "unitid in (select value from json_each(?))", "params": (json.dumps(sorted(found["unitids"])),)})


ROUTES = [
    (r"^/campuses/?$", campuses_page),
    (r"^/campuses\.(?P<fmt>json|csv)$", campuses_page),
    (r"^/states/(?P<code>[A-Za-z]{2})(?:\.(?P<fmt>json|csv))?$", state_page),
    (r"^/systems/(?P<slug>[a-z0-9-]+?)(?:\.(?P<fmt>json|csv))?$", system_page),
]
