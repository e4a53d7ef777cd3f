"""/campuses (the scorecard list), /states/<code> and /systems/<slug>, with their JSON and CSV twins.

Expectations are computed from the published database, never hard-coded: evidence keeps arriving."""

import csv
import io
import sqlite3

import pytest


@pytest.fixture
def db(published):
    conn = sqlite3.connect(f"file:{published}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def count(db, sql, *params):
    return db.execute(sql, params).fetchone()[0]


async def test_campuses_is_the_scorecard_not_the_raw_table(ds):
    r = await ds.client.get("/campuses")
    assert r.status_code == 200
    assert "<h1>The scorecard</h1>" in r.text


async def test_campuses_groups_every_colored_campus_with_a_count(ds, db):
    data = (await ds.client.get("/campuses.json")).json()
    groups = {g["color"]: g for g in data["groups"]}
    assert list(groups) == ["green", "yellow", "red"]
    for color, g in groups.items():
        assert g["count"] == count(db, "select count(*) from campuses where color = ?", color)
        assert len(g["campuses"]) == g["count"]
    assert [g["label"] for g in data["groups"]] == ["WON'T USE", "MIGHT USE", "USING OR PLANNING"]


async def test_campus_names_link_to_their_pages_with_reason_and_since(ds, db):
    row = db.execute("select slug, name, reason, since, label from campuses where color = 'green' "
                     "order by name limit 1").fetchone()
    r = await ds.client.get("/campuses")
    assert f'<a href="/campuses/{row["slug"]}">' in r.text
    import html
    text = html.unescape(r.text)
    assert row["reason"] in text
    assert f"{row['label']} since {row['since']}" in text


async def test_gray_campuses_are_a_separate_paginated_section(ds, db):
    gray = count(db, "select count(*) from campuses where color = 'gray'")
    data = (await ds.client.get("/campuses.json")).json()
    assert data["gray"]["count"] == gray
    assert len(data["gray"]["campuses"]) == 100
    assert data["gray"]["pages"] == -(-gray // 100)
    page2 = (await ds.client.get("/campuses.json?page=2")).json()["gray"]["campuses"]
    assert {r["slug"] for r in page2}.isdisjoint({r["slug"] for r in data["gray"]["campuses"]})
    r = await ds.client.get("/campuses")
    assert "not yet surveyed, help survey them" in r.text
    assert 'rel="next" href="/campuses?page=2"' in r.text


async def test_color_filter_keeps_only_that_color(ds, db):
    data = (await ds.client.get("/campuses.json?color=red")).json()
    assert [g["color"] for g in data["groups"]] == ["red"] and data["gray"] is None
    assert data["groups"][0]["count"] == count(db, "select count(*) from campuses where color = 'red'")


async def test_state_sector_and_stale_filters_combine(ds, db):
    expected = count(db, "select count(*) from campuses where color != 'gray' and state = 'CA' and stale = 1 "
                         "and sector = 'Public, 4-year or above'")
    data = (await ds.client.get("/campuses.json", params={"state": "ca", "stale": "1",
                                                          "sector": "Public, 4-year or above"})).json()
    assert sum(g["count"] for g in data["groups"]) == expected
    assert all(c["state"] == "CA" and c["stale"] == 1 for g in data["groups"] for c in g["campuses"])


async def test_q_filters_by_name_words(ds, db):
    data = (await ds.client.get("/campuses.json?q=california+los")).json()
    slugs = [c["slug"] for g in data["groups"] for c in g["campuses"]]
    assert "university-of-california-los-angeles" in slugs
    assert all("california" in c["name"].lower() for g in data["groups"] for c in g["campuses"])


async def test_csv_link_gives_the_same_selection(ds, db):
    r = await ds.client.get("/campuses?color=green&state=CA")
    assert 'href="/campuses.csv?color=green&amp;state=CA"' in r.text
    rows = list(csv.DictReader(io.StringIO((await ds.client.get("/campuses.csv?color=green&state=CA")).text)))
    assert len(rows) == count(db, "select count(*) from campuses where color = 'green' and state = 'CA'")
    assert {row["color"] for row in rows} <= {"green"}


@pytest.mark.parametrize("query, parameter", [
    ("color=purple", "color"), ("state=ZZ", "state"), ("stale=maybe", "stale"),
    ("sector=Nonsense", "sector"), ("size=huge", "size"), ("page=0", "page"), ("page=abc", "page"),
])
async def test_bad_filter_is_a_400_naming_the_parameter(ds, query, parameter):
    r = await ds.client.get(f"/campuses?{query}")
    assert r.status_code == 400
    assert f"The {parameter} parameter is wrong" in r.text
    j = await ds.client.get(f"/campuses.json?{query}")
    assert j.status_code == 400 and j.json()["error"] == f"Bad {parameter} parameter"


async def test_home_list_them_links_go_to_the_scorecard(ds):
    r = await ds.client.get("/")
    assert 'href="/campuses?color=green">list them' in r.text


async def test_state_page_counts_campuses_and_student_shares(ds, db):
    data = (await ds.client.get("/states/ca.json")).json()
    assert data["shares"]["campuses"] == count(db, "select count(*) from campuses where state = 'CA'")
    fte = {s["color"]: s for s in data["shares"]["colors"]}
    green_fte = count(db, "select coalesce(sum(fte_enrollment), 0) from campuses where state = 'CA' and color = 'green'")
    assert fte["green"]["fte"] == green_fte
    assert abs(sum(s["fte_share"] for s in fte.values()) - 1) < 1e-9
    assert all(c["state"] == "CA" for g in data["groups"] for c in g["campuses"])
    page = await ds.client.get("/states/ca")
    assert page.status_code == 200 and "<h1>California</h1>" in page.text


async def test_state_code_in_capitals_redirects(ds):
    r = await ds.client.get("/states/CA")
    assert r.status_code == 301 and r.headers["location"] == "/states/ca"


async def test_unknown_state_is_a_404_page(ds):
    r = await ds.client.get("/states/zz")
    assert r.status_code == 404 and "No such state" in r.text


async def test_system_page_lists_its_member_campuses(ds, db):
    from scorecard.site import systems

    parsed = systems.parse(csv.DictReader(open(systems.data_dir() / "systems.csv", encoding="utf-8")))
    uc = parsed["by_slug"]["university-of-california"]
    data = (await ds.client.get("/systems/university-of-california.json")).json()
    assert data["shares"]["campuses"] == len(uc["unitids"])
    members = {c["slug"] for g in data["groups"] for c in g["campuses"]}
    assert "university-of-california-los-angeles" in members
    r = await ds.client.get("/systems/university-of-california")
    assert r.status_code == 200 and uc["name"] in r.text


async def test_unknown_system_is_a_404_page(ds):
    r = await ds.client.get("/systems/no-such-system")
    assert r.status_code == 404 and "No such system" in r.text


def test_system_slug_is_made_as_campus_slugs_are():
    from scorecard.site import systems

    parsed = systems.parse([{"unitid": "1", "system": "State University of New York System"},
                            {"unitid": "2", "system": "Texas A & M University System"},
                            {"unitid": "x", "system": "Bad row"}])
    assert set(parsed["by_slug"]) == {"state-university-of-new-york-system", "texas-a-and-m-university-system"}
    assert parsed["by_unitid"] == {1: "state-university-of-new-york-system", 2: "texas-a-and-m-university-system"}
