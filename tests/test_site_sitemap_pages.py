"""The sitemap lists the scorecard list, the about page and every state page."""


async def test_sitemap_lists_the_scorecard_about_and_state_pages(ds):
    r = await ds.client.get("/sitemap.xml")
    assert r.status_code == 200
    for path in ("/campuses</loc>", "/about</loc>", "/states/ca</loc>", "/states/ny</loc>"):
        assert path in r.text
    state = await ds.client.get("/states/ny")
    assert state.status_code == 200
