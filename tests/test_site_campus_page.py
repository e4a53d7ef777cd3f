"""The first campus page: /campuses/<slug> through Datasette's own test client."""


async def test_campus_page_shows_color_label_and_reason(ds):
    r = await ds.client.get("/campuses/university-of-california-los-angeles")
    assert r.status_code == 200
    assert "WON&#39;T USE" in r.text or "WON'T USE" in r.text
    assert "Administrative Vice Chancellor Michael Beck said UCLA will not pursue facial recognition" in r.text
    assert "https://www.usatoday.com/story/tech/2020/02/19/ucla-drops-face-recognition-plan/4810648002/" in r.text


async def test_alias_redirects_permanently_to_slug(ds):
    r = await ds.client.get("/campuses/ucla")
    assert r.status_code == 301
    assert r.headers["location"] == "/campuses/university-of-california-los-angeles"


async def test_unitid_redirects_permanently_to_slug(ds):
    r = await ds.client.get("/campuses/123961")
    assert r.status_code == 301
    assert r.headers["location"] == "/campuses/university-of-southern-california"


async def test_unknown_campus_is_a_404_page_with_search(ds):
    r = await ds.client.get("/campuses/no-such-campus")
    assert r.status_code == 404
    assert 'action="/search"' in r.text and 'name="q"' in r.text


async def test_campus_json_twin_has_the_same_facts(ds):
    r = await ds.client.get("/campuses/university-of-southern-california.json")
    assert r.status_code == 200
    data = r.json()
    assert (data["color"], data["stance"], data["label"]) == ("red", "using", "USING OR PLANNING")
    assert data["decided_by"] == data["evidence"][0]["id"]


async def test_gray_campus_page_invites_a_survey(ds):
    r = await ds.client.get("/campuses/amridge-university")
    assert r.status_code == 200
    assert "NOT YET SURVEYED" in r.text
    assert "/submit?campus=amridge-university" in r.text


async def test_campuses_table_opens_with_color_state_and_sector_facets(ds):
    r = await ds.client.get("/scorecard/campuses.json?_extra=facet_results")
    facets = r.json()["facet_results"]["results"]
    assert {"color", "state", "sector"} <= set(facets)
