"""The Atom feeds of color changes, the sitemap and robots.txt: well-formed and complete."""

import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


async def feed(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(r.content)


async def test_changes_feed_is_atom_with_one_entry_per_change(ds):
    root = await feed(ds, "/scorecard/color_changes.atom")
    changes = (await ds.client.get("/scorecard/color_changes.json?_shape=array")).json()
    assert root.tag == f"{ATOM}feed"
    assert len(root.findall(f"{ATOM}entry")) == len(changes)


async def test_changes_feed_is_titled_from_the_stored_query(ds):
    root = await feed(ds, "/scorecard/color_changes.atom")
    assert root.find(f"{ATOM}title").text == "Campus Facial Recognition Scorecard — color changes"


async def test_campus_feed_is_titled_with_the_campus_name(ds):
    root = await feed(ds, "/scorecard/color_changes.atom?campus=stanford-university")
    assert root.find(f"{ATOM}title").text == "Campus Facial Recognition Scorecard — color changes: Stanford University"


async def test_feed_entries_link_to_absolute_campus_pages(ds):
    root = await feed(ds, "/scorecard/color_changes.atom?campus=university-of-southern-california")
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == "http://localhost/campuses/university-of-southern-california"
    assert entry.find(f"{ATOM}title").text == "University of Southern California: GRAY → RED (USING OR PLANNING)"


async def test_campus_feed_has_only_that_campus(ds):
    root = await feed(ds, "/scorecard/color_changes.atom?campus=university-of-california-los-angeles")
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert titles == ["University of California-Los Angeles: RED → GREEN (WON'T USE)",
                      "University of California-Los Angeles: GRAY → RED (USING OR PLANNING)"]


async def test_feed_of_a_gray_campus_is_valid_and_empty(ds):
    # datasette-atom 0.11a0 answers 500 here (max() of no rows): see scorecard/site/atom.py
    root = await feed(ds, "/scorecard/color_changes.atom?campus=amridge-university")
    assert root.findall(f"{ATOM}entry") == []
    assert root.find(f"{ATOM}updated").text
    assert root.find(f"{ATOM}id").text.startswith("http://localhost/scorecard/color_changes.atom")
    assert root.find(f"{ATOM}title").text.endswith(": Amridge University")


async def test_feed_has_the_author_atom_requires_when_entries_have_none(ds):
    root = await feed(ds, "/scorecard/color_changes.atom")
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Campus Facial Recognition Scorecard"


async def test_changes_query_also_answers_csv(ds):
    r = await ds.client.get("/scorecard/color_changes.csv")
    assert r.status_code == 200
    assert r.text.startswith("atom_id,atom_title,")


async def test_sitemap_lists_every_campus_page(ds):
    r = await ds.client.get("/sitemap.xml")
    assert r.status_code == 200
    locs = {u.find(f"{SITEMAP}loc").text for u in ET.fromstring(r.content).findall(f"{SITEMAP}url")}
    assert len([u for u in locs if "/campuses/" in u]) == 6256
    assert "http://localhost/campuses/university-of-california-los-angeles" in locs
    assert "http://localhost/method" in locs


async def test_robots_txt_points_at_the_sitemap(ds):
    r = await ds.client.get("/robots.txt")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    lines = r.text.splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
