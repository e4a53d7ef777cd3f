"""The server-rendered map: state outlines from data/us_states.json (US Census boundaries via the
npm package us-atlas, made by `scorecard derive-map`, scorecard/statemap.py) and campuses drawn on them, so the map
is there without JavaScript.

Projection: Albers equal-area conic for the lower 48 states and DC, with Alaska and Hawaii each in
its own conic, scaled and moved into the lower left (as printed US maps do). The file stores each
region's parameters, so campuses are projected exactly as the outlines were.
Markers differ by shape as well as color: WON'T USE a circle, MIGHT USE a diamond, USING OR
PLANNING a triangle; each is a link to the campus page, reachable by keyboard.
"""

import json
import math

from markupsafe import Markup, escape

from ..method import COLORS
from .systems import data_dir

SHAPES = {"green": "circle", "yellow": "diamond", "red": "triangle"}
REGION_OF = {"AK": "AK", "HI": "HI"}


def albers(lon: float, lat: float, p: dict) -> tuple[float, float]:
    """Albers equal-area conic on the unit sphere (y grows north)."""
    phi1, phi2, lat0 = (math.radians(p[k]) for k in ("phi1", "phi2", "lat0"))
    n = (math.sin(phi1) + math.sin(phi2)) / 2
    c = math.cos(phi1) ** 2 + 2 * n * math.sin(phi1)
    rho0 = math.sqrt(c - 2 * n * math.sin(lat0)) / n
    theta = n * math.radians((lon - p["lon0"] + 180) % 360 - 180)  # the Aleutians cross 180°
    rho = math.sqrt(max(c - 2 * n * math.sin(math.radians(lat)), 0)) / n
    return rho * math.sin(theta), rho0 - rho * math.cos(theta)


def project(lon: float, lat: float, p: dict) -> tuple[float, float]:
    """Map coordinates in the SVG's user units (y grows down) for a region's parameters."""
    x, y = albers(lon, lat, p)
    return round(p["k"] * x + p["dx"], 1), round(-p["k"] * y + p["dy"], 1)


def load() -> dict:
    return json.loads((data_dir() / "us_states.json").read_text(encoding="utf-8"))


def _marker(color: str, x: float, y: float, s: float = 1.0) -> str:
    """One campus's mark, s times the size it has on the whole-country map."""
    k = COLORS[color]
    style = f'fill="{k.hex}" stroke="#1a1a1a" stroke-width="{1.2 * s:.2f}"'
    shape = SHAPES[color]
    if shape == "circle":
        return f'<circle class="sc-mark sc-mark-{color}" cx="{x}" cy="{y}" r="{5 * s:.2f}" {style}/>'
    a, b, c = (round(v * s, 2) for v in (6.5, 7, 5))
    if shape == "diamond":
        pts = f"{x},{y - a} {x + a},{y} {x},{y + a} {x - a},{y}"
    else:
        pts = f"{x},{y - b} {x + a},{y + c} {x - a},{y + c}"
    return f'<polygon class="sc-mark sc-mark-{color}" points="{pts}" {style}/>'


def svg(atlas: dict, campuses: list[dict], href, title: str, only_state: str | None = None) -> Markup:
    """The map as inline SVG: every state outline (or one state's), the colored campuses on top.

    ``campuses``: dicts with slug, name, state, latitude, longitude, color, label; gray ones and
    those outside the 50 states and DC are not drawn. ``href(slug)`` gives a campus page's URL."""
    states = [s for s in atlas["states"] if only_state in (None, s["code"])]
    box = atlas["box"] if only_state is None else states[0]["box"]
    x0, y0, x1, y1 = box
    pad = 4 if only_state is None else max(x1 - x0, y1 - y0) * 0.05
    view = f"{x0 - pad:.1f} {y0 - pad:.1f} {x1 - x0 + 2 * pad:.1f} {y1 - y0 + 2 * pad:.1f}"
    size = 1.0 if only_state is None else min(1.0, max(x1 - x0, y1 - y0) / 960 * 1.6)
    out = [f'<svg class="sc-usmap" xmlns="http://www.w3.org/2000/svg" viewBox="{view}" '
           f'aria-labelledby="sc-usmap-title" role="group"><title id="sc-usmap-title">{escape(title)}</title>',
           '<g class="sc-states" aria-hidden="true">']
    for s in states:
        out.append(f'<path data-state="{s["code"]}" d="{s["d"]}" fill="#eeeeee" stroke="#767676" stroke-width="0.6"/>')
    out.append("</g><g class=\"sc-campus-marks\">")
    order = {"yellow": 0, "green": 1, "red": 2}
    drawn = [c for c in campuses if c["color"] in SHAPES and c.get("latitude") is not None
             and c["state"] in atlas["codes"] and (only_state is None or c["state"] == only_state)]
    for c in sorted(drawn, key=lambda c: order[c["color"]]):
        x, y = project(c["longitude"], c["latitude"], atlas["regions"][REGION_OF.get(c["state"], "lower48")])
        out.append(f'<a href="{escape(href(c["slug"]))}" data-slug="{escape(c["slug"])}"><title>{escape(c["name"])}: '
                   f'{escape(c["label"])}</title>{_marker(c["color"], x, y, size)}</a>')
    out.append("</g></svg>")
    return Markup("".join(out))


def legend() -> list[dict]:
    return [{"color": c, "label": COLORS[c].label, "shape": s, "marker": Markup(
        f'<svg class="sc-legend-mark" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">'
        f'{_marker(c, 0, 0)}</svg>')} for c, s in SHAPES.items()]


def marks(conn) -> list[dict]:
    """Every colored campus with its place, for the maps and the list beside them."""
    cur = conn.execute("select slug, name, state, latitude, longitude, color, label from campuses "
                       "where color != 'gray' order by name")
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


async def context(datasette, title: str, only_state: str | None = None) -> dict:
    """Template variables for a page with the map: the SVG, its legend and the mirrored list."""
    from .published import once

    atlas = datasette.__dict__.get("_scorecard_atlas")
    if atlas is None:
        atlas = datasette._scorecard_atlas = load()
    if only_state and only_state not in atlas["codes"]:
        return {"svg_map": None, "map_marks": [], "map_legend": legend()}
    found = [m for m in await once(datasette, "map-marks", marks) if only_state in (None, m["state"])]
    return {"svg_map": svg(atlas, found, lambda slug: datasette.urls.path(f"/campuses/{slug}"), title, only_state),
            "map_marks": found, "map_legend": legend()}
