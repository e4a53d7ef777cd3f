"""Every route the site adds: status code and content type, through Datasette's test client."""

import pytest

HTML, JSON, SVG, ATOM, XML, TEXT = "text/html", "application/json", "image/svg+xml", "application/atom+xml", \
    "application/xml", "text/plain"


@pytest.mark.parametrize("path, status, content_type", [
    ("/", 200, HTML),
    ("/method", 200, HTML),
    ("/charts", 200, HTML),
    ("/charts/colors-over-time.svg", 200, SVG),
    ("/charts/by-state.svg", 200, SVG),
    ("/search", 200, HTML),
    ("/search?q=ucla", 200, HTML),
    ("/map.json", 200, JSON),
    ("/campuses/stanford-university", 200, HTML),
    ("/campuses/stanford-university.json", 200, JSON),
    ("/campuses/stanford-university/badge.svg", 200, SVG),
    ("/campuses/no-such-campus", 404, HTML),
    ("/scorecard/color_changes.atom", 200, ATOM),
    ("/sitemap.xml", 200, XML),
    ("/robots.txt", 200, TEXT),
    ("/-/static-plugins/campus-scorecard/scorecard.css", 200, "text/css"),
])
async def test_route_answers_with_status_and_content_type(ds, path, status, content_type):
    r = await ds.client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith(content_type)


@pytest.mark.parametrize("path, location", [
    ("/campuses/stanford", "/campuses/stanford-university"),
    ("/campuses/Stanford-University", "/campuses/stanford-university"),
    ("/campuses/243744", "/campuses/stanford-university"),
])
async def test_other_names_redirect_permanently(ds, path, location):
    r = await ds.client.get(path)
    assert (r.status_code, r.headers["location"]) == (301, location)
