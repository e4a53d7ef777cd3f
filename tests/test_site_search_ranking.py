"""Search puts the flagship before branch campuses and inactive duplicates, and the examples in the
search box find something."""

import re

import pytest


async def names(ds, q):
    r = await ds.client.get("/search", params={"q": q})
    block = r.text[r.text.index("<h2>Campuses</h2>"):r.text.index("<h2>Evidence</h2>")]
    return re.findall(r'<a href="/campuses/[^"]+">([^<]+)</a>', block)


@pytest.mark.parametrize("q, flagship", [
    ("penn state", "Pennsylvania State University-Main Campus"),
    ("purdue", "Purdue University-Main Campus"),
    ("university of michigan", "University of Michigan-Ann Arbor"),
    ("university of washington", "University of Washington-Seattle Campus"),
    ("boston college", "Boston College"),
])
async def test_flagship_comes_first(ds, q, flagship):
    assert (await names(ds, q))[0] == flagship


def test_inactive_duplicates_come_after_active_campuses():
    from scorecard.site.search import flagship_first

    rows = [{"name": "Example University", "active": 0, "fte_enrollment": 90000},
            {"name": "Example University-Branch", "active": 1, "fte_enrollment": 100},
            {"name": "Example University-Main Campus", "active": 1, "fte_enrollment": 5000}]
    assert [r["name"] for r in flagship_first("example", rows)] == [
        "Example University-Main Campus", "Example University-Branch", "Example University"]


async def test_every_example_in_the_search_box_finds_something(ds):
    r = await ds.client.get("/")
    examples = re.search(r'placeholder="e\.g\. ([^"]+)"', r.text).group(1)
    for q in [e.strip() for e in examples.split(",")]:
        found = await ds.client.get("/search", params={"q": q})
        assert "No campus matches" not in found.text or "No evidence mentions" not in found.text, q
