"""The home page and its map data."""

import html


async def test_home_page_is_ours(ds):
    r = await ds.client.get("/")
    assert r.status_code == 200
    assert "<h1>Campus Facial Recognition Scorecard</h1>" in r.text


async def test_home_totals_count_every_campus_by_color(ds):
    r = await ds.client.get("/")
    counts = (await ds.client.get("/scorecard/counts_by_state_and_color.json?_shape=array")).json()
    gray = sum(row["gray"] for row in counts)
    assert f'data-color="gray" style="background:#5f6368;color:#ffffff"><strong>{gray:,}</strong>NOT YET SURVEYED' in r.text


async def test_home_lists_the_latest_color_change(ds):
    r = await ds.client.get("/")
    changes = r.text[r.text.index('class="sc-changes"'):r.text.index("</ol>", r.text.index('class="sc-changes"'))]
    shown = [line.split("</strong>")[0].split("<strong>")[1] for line in changes.split("<li>")[1:]]
    assert shown and shown == sorted(shown, reverse=True)
    assert shown[0] == "2026-07-01"  # Vincennes moves exam proctoring to Honorlock, the newest real change


async def test_home_has_a_search_box(ds):
    r = await ds.client.get("/")
    assert '<form class="sc-search" action="/search" method="get" role="search">' in r.text


async def test_home_advertises_the_color_changes_feed(ds):
    r = await ds.client.get("/")
    assert '<link rel="alternate" type="application/atom+xml"' in r.text
    assert 'href="/scorecard/color_changes.atom"' in r.text


async def test_home_links_downloads_method_and_contribute(ds):
    t = html.unescape((await ds.client.get("/")).text)
    for href in ('href="/scorecard.db"', 'href="/method"', 'href="/submit"', 'href="/scorecard/campuses.csv?_stream=on&_size=max"'):
        assert href in t


async def test_home_map_is_served_locally(ds):
    r = await ds.client.get("/")
    assert 'data-leaflet="/-/static-plugins/datasette-leaflet/leaflet-v1.7.1.js"' in r.text
    assert (await ds.client.get("/-/static-plugins/datasette-leaflet/leaflet-v1.7.1.js")).status_code == 200
    assert (await ds.client.get("/-/static-plugins/campus-scorecard/home-map.js")).status_code == 200


async def test_map_json_has_every_campus_with_coordinates(ds):
    data = (await ds.client.get("/map.json")).json()
    assert len(data["points"]) == 6256
    by_slug = {p[0]: p for p in data["points"]}
    assert by_slug["university-of-southern-california"][4] == "red"


async def test_map_json_carries_colors_from_the_method(ds):
    from scorecard.method import COLORS

    colors = (await ds.client.get("/map.json")).json()["colors"]
    assert colors == {k: {"hex": c.hex, "label": c.label} for k, c in COLORS.items()}


async def test_whole_database_downloads(ds):
    r = await ds.client.get("/scorecard.db")
    assert r.status_code == 200
    assert r.content[:16] == b"SQLite format 3\x00"


async def test_database_listing_still_answers_at_its_own_url(ds):
    assert (await ds.client.get("/scorecard")).status_code == 200
