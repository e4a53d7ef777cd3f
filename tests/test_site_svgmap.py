"""The map without JavaScript: state outlines from data/us_states.json (50 states and DC, Alaska and
Hawaii included), colored campuses drawn by shape as well as color, each a link, and the same
campuses listed beside the map."""

import json
import re
import sqlite3
from pathlib import Path

import pytest

from scorecard.site import usmap

ROOT = Path(__file__).resolve().parent.parent
ATLAS = json.loads((ROOT / "data" / "us_states.json").read_text())


def test_outlines_cover_the_50_states_and_dc():
    codes = {s["code"] for s in ATLAS["states"]}
    assert len(codes) == 51 and {"AK", "HI", "DC"} <= codes
    assert all(s["d"].startswith("M") for s in ATLAS["states"])


def test_alaska_and_hawaii_are_inside_the_map_and_not_tiny():
    x0, y0, x1, y1 = ATLAS["box"]
    for code in ("AK", "HI"):
        bx0, by0, bx1, by1 = next(s["box"] for s in ATLAS["states"] if s["code"] == code)
        assert x0 <= bx0 < bx1 <= x1 and y0 <= by0 < by1 <= y1
        assert (bx1 - bx0) > 0.05 * (x1 - x0)


def test_campuses_are_projected_as_their_state_outline_was():
    # Los Angeles falls inside California's box; Honolulu inside Hawaii's; Anchorage inside Alaska's.
    for code, lon, lat, region in (("CA", -118.44, 34.07, "lower48"), ("HI", -157.82, 21.30, "HI"),
                                   ("AK", -149.9, 61.2, "AK")):
        x, y = usmap.project(lon, lat, ATLAS["regions"][region])
        bx0, by0, bx1, by1 = next(s["box"] for s in ATLAS["states"] if s["code"] == code)
        assert bx0 <= x <= bx1 and by0 <= y <= by1


def test_markers_differ_by_shape_for_each_color():
    svg = usmap.svg(ATLAS, [
        {"slug": "a", "name": "A", "state": "CA", "latitude": 34, "longitude": -118, "color": "green", "label": "WON'T USE"},
        {"slug": "b", "name": "B", "state": "NY", "latitude": 42, "longitude": -76, "color": "yellow", "label": "MIGHT USE"},
        {"slug": "c", "name": "C & D", "state": "TX", "latitude": 30, "longitude": -97, "color": "red", "label": "USING OR PLANNING"},
        {"slug": "g", "name": "G", "state": "TX", "latitude": 30, "longitude": -97, "color": "gray", "label": "NOT YET SURVEYED"},
    ], lambda s: f"/campuses/{s}", "Map")
    assert '<circle class="sc-mark sc-mark-green"' in svg
    assert svg.count('<polygon class="sc-mark sc-mark-yellow"') == 1
    yellow = re.search(r'sc-mark-yellow" points="([^"]+)"', svg).group(1).split()
    red = re.search(r'sc-mark-red" points="([^"]+)"', svg).group(1).split()
    assert len(yellow) == 4 and len(red) == 3
    assert "sc-mark-gray" not in svg
    assert '<a href="/campuses/c" data-slug="c"><title>C &amp; D: USING OR PLANNING</title>' in svg


@pytest.mark.parametrize("path, state", [("/", None), ("/states/ca", "CA")])
async def test_home_and_state_pages_serve_the_map_with_every_colored_campus(ds, published, path, state):
    conn = sqlite3.connect(published)
    sql = "select slug from campuses where color != 'gray' and latitude is not null and in_50_states_dc = 1"
    slugs = {r[0] for r in conn.execute(sql + (" and state = ?" if state else ""), (state,) if state else ())}
    conn.close()
    r = await ds.client.get(path)
    svg = r.text[r.text.index('<svg class="sc-usmap"'):r.text.index("</svg>", r.text.index('<svg class="sc-usmap"'))]
    assert set(re.findall(r'<a href="/campuses/[^"]+" data-slug="([^"]+)">', svg)) == slugs
    listed = r.text[r.text.index('aria-label="Campuses on the map"'):]
    for slug in slugs:
        assert f'<a href="/campuses/{slug}">' in listed
    assert svg.count("<path data-state=") == (51 if state is None else 1)


async def test_territory_page_has_no_map_but_still_lists_campuses(ds):
    r = await ds.client.get("/states/pr")
    assert r.status_code == 200 and '<svg class="sc-usmap"' not in r.text
