"""The map's state outlines (data/us_states.json) from us-atlas' TopoJSON, made by hand, offline.

The npm package us-atlas holds the US Census Bureau's cartographic boundary files (1:10,000,000) as
TopoJSON (ISC license). ``scorecard derive-map`` keeps the 50 states and DC, projects them
(scorecard.site.usmap: Albers for the lower 48, Alaska and Hawaii as insets), simplifies each ring
(Ramer-Douglas-Peucker, 0.4 units of a 960-wide map) and writes SVG path data with one decimal.
The site reads the JSON and never needs npm.
"""

from .link import STATES
from .site.usmap import albers

MADE_BY = "scorecard derive-map"
WIDTH, TOLERANCE = 960.0, 0.4
CONICS = {"lower48": {"lon0": -96.0, "lat0": 37.5, "phi1": 29.5, "phi2": 45.5},
          "AK": {"lon0": -154.0, "lat0": 50.0, "phi1": 55.0, "phi2": 65.0},
          "HI": {"lon0": -157.0, "lat0": 3.0, "phi1": 8.0, "phi2": 18.0}}


class MapSourceError(ValueError):
    """The TopoJSON is not the us-atlas states file the map is made from."""


def arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as (lon, lat) lists: delta-decoded, then the quantization undone."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(indexes: list[int], decoded) -> list[tuple[float, float]]:
    pts = []
    for i in indexes:
        arc = decoded[i] if i >= 0 else decoded[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def polygons(geometry: dict, decoded) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[ring(r, decoded) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(r, decoded) for r in poly] for poly in geometry["arcs"]]
    return []


def simplify(pts, tol):
    """Ramer-Douglas-Peucker, iterative."""
    if len(pts) < 4:
        return pts
    keep = {0, len(pts) - 1}
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, where = 0.0, None
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if (dx or dy) else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, where = d, i
        if where is not None and best > tol:
            keep.add(where)
            stack += [(a, where), (where, b)]
    return [pts[i] for i in sorted(keep)]


def _states(topo: dict) -> list:
    """The topology's state geometries, or MapSourceError saying what is missing."""
    try:
        transform = topo["transform"]
        transform["scale"], transform["translate"], topo["arcs"]
        geometries = topo["objects"]["states"]["geometries"]
    except (KeyError, TypeError) as e:
        raise MapSourceError(f"not a us-atlas states topology: no {e} (want transform, arcs, objects.states)") from None
    return geometries


def outlines(topo: dict) -> dict:
    """us_states.json's content: every state's SVG path, box and FIPS code, and each region's projection."""
    codes = {name: code for name, code in STATES.items()}
    wanted = []
    for g in _states(topo):
        code = codes.get(str((g.get("properties") or {}).get("name", "")).lower())
        if code and code not in {"PR", "GU", "VI"}:
            wanted.append((code, g["properties"]["name"], g))
    missing = sorted({"AK", "HI"} - {c for c, _, _ in wanted})
    if missing:
        raise MapSourceError(f"the topology lacks {', '.join(missing)}: the map draws Alaska and Hawaii as insets")
    decoded = arcs(topo)
    region = {c: (c if c in ("AK", "HI") else "lower48") for c, _, _ in wanted}
    raw = {c: [[[albers(lon, lat, CONICS[region[c]]) for lon, lat in r] for r in poly]
               for poly in polygons(g, decoded)] for c, _, g in wanted}

    def bounds(codes_):
        xs = [x for c in codes_ for poly in raw[c] for r in poly for x, _ in r]
        ys = [y for c in codes_ for poly in raw[c] for r in poly for _, y in r]
        return min(xs), min(ys), max(xs), max(ys)
    lower = [c for c in raw if region[c] == "lower48"]
    if not lower:
        raise MapSourceError("the topology lacks the lower 48 states")
    bx0, by0, bx1, by1 = bounds(lower)
    k = WIDTH / (bx1 - bx0)
    height = (by1 - by0) * k
    regions = {"lower48": {**CONICS["lower48"], "k": k, "dx": -bx0 * k, "dy": by1 * k}}
    # Insets: Alaska at under half the scale in the lower left, Hawaii beside it, enlarged to be seen.
    for code, scale, left, width_share in (("AK", 0.45, 0.0, 0.25), ("HI", 1.5, 0.25, 0.14)):
        x0, y0, x1, y1 = bounds([code])
        kk = min(k * scale, WIDTH * width_share / (x1 - x0))
        regions[code] = {**CONICS[code], "k": kk, "dx": WIDTH * left - x0 * kk, "dy": height + y1 * kk - (y1 - y0) * kk}
    states, all_pts = [], []
    for code, name, _ in sorted(wanted):
        p = regions[region[code]]
        d, pts_state = [], []
        for poly in raw[code]:
            for r in poly:
                pts = [(p["k"] * x + p["dx"], -p["k"] * y + p["dy"]) for x, y in r]
                pts = simplify(pts, TOLERANCE)
                if len(pts) < 3:
                    continue
                pts_state += pts
                d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        xs, ys = [x for x, _ in pts_state], [y for _, y in pts_state]
        all_pts += pts_state
        states.append({"code": code, "name": name, "fips": _fips(topo, name), "d": "".join(d),
                       "box": [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)]})
    xs, ys = [x for x, _ in all_pts], [y for _, y in all_pts]
    return {"source": "us-atlas 3.0.1 states-10m.json (US Census Bureau cartographic boundary files, 1:10,000,000); ISC",
            "made_by": MADE_BY, "codes": sorted(s["code"] for s in states),
            "box": [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)],
            "regions": regions, "states": states}


def _fips(topo, name):
    for g in topo["objects"]["states"]["geometries"]:
        if g["properties"]["name"] == name:
            return g["id"]
    return None

