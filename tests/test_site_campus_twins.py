"""A campus's machine twins: /campuses/<slug>.json and the embeddable /campuses/<slug>/badge.svg."""

import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


async def test_campus_json_twin_has_the_same_facts(ds):
    r = await ds.client.get("/campuses/university-of-southern-california.json")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert (data["color"], data["stance"], data["label"]) == ("red", "using", "USING OR PLANNING")
    assert data["decided_by"] == data["evidence"][0]["id"]


async def test_json_alias_redirects_to_the_canonical_json(ds):
    r = await ds.client.get("/campuses/usc.json")
    assert r.status_code == 301
    assert r.headers["location"] == "/campuses/university-of-southern-california.json"


async def test_unknown_campus_json_is_404(ds):
    assert (await ds.client.get("/campuses/no-such-campus.json")).status_code == 404


async def test_badge_is_svg_with_the_label(ds):
    r = await ds.client.get("/campuses/stanford-university/badge.svg")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("image/svg+xml")
    svg = ET.fromstring(r.text)
    assert "MIGHT USE" in [t.text for t in svg.iter(f"{SVG}text")]


async def test_badge_names_the_campus_for_screen_readers(ds):
    svg = ET.fromstring((await ds.client.get("/campuses/university-of-southern-california/badge.svg")).text)
    assert svg.get("aria-label") == "University of Southern California: USING OR PLANNING (Campus Facial Recognition Scorecard)"


async def test_badge_background_is_the_color_from_the_method(ds):
    from scorecard.method import COLORS

    svg = ET.fromstring((await ds.client.get("/campuses/amridge-university/badge.svg")).text)
    assert COLORS["gray"].hex in [r.get("fill") for r in svg.iter(f"{SVG}rect")]


async def test_badge_alias_redirects_to_the_canonical_badge(ds):
    r = await ds.client.get("/campuses/ucla/badge.svg")
    assert r.status_code == 301
    assert r.headers["location"] == "/campuses/university-of-california-los-angeles/badge.svg"


async def test_unknown_campus_badge_is_404(ds):
    assert (await ds.client.get("/campuses/no-such-campus/badge.svg")).status_code == 404
