"""The campus page, /campuses/<slug>, through Datasette's own test client."""

import html

import pytest

UCLA = "/campuses/university-of-california-los-angeles"


def text(r) -> str:
    return html.unescape(r.text)


@pytest.mark.parametrize("slug, color, label", [
    ("university-of-california-los-angeles", "green", "WON'T USE"),
    ("university-of-southern-california", "red", "USING OR PLANNING"),
    ("stanford-university", "yellow", "MIGHT USE"),
    ("amridge-university", "gray", "NOT YET SURVEYED"),
])
async def test_badge_carries_the_color_and_its_label_in_words(ds, slug, color, label):
    r = await ds.client.get(f"/campuses/{slug}")
    assert r.status_code == 200
    assert f'data-color="{color}"' in r.text
    assert f">{label}</span>" in text(r)


@pytest.mark.parametrize("slug", ["university-of-california-los-angeles", "university-of-southern-california",
                                  "stanford-university", "amridge-university"])
async def test_page_states_the_reason_from_the_database(ds, slug):
    reason = (await ds.client.get(f"/campuses/{slug}.json")).json()["reason"]
    r = await ds.client.get(f"/campuses/{slug}")
    assert reason in text(r)


async def test_campus_page_shows_color_label_and_reason(ds):
    r = await ds.client.get(UCLA)
    assert r.status_code == 200
    assert "WON'T USE" in text(r)
    assert "Administrative Vice Chancellor Michael Beck said UCLA will not pursue facial recognition" in r.text
    assert "https://www.usatoday.com/story/tech/2020/02/19/ucla-drops-face-recognition-plan/4810648002/" in r.text


async def test_page_lists_the_short_links_that_redirect_here(ds):
    assert '<a href="/campuses/ucla">/campuses/ucla</a>' in (await ds.client.get(UCLA)).text


async def test_page_says_since_when_and_changed_on(ds):
    t = text(await ds.client.get(UCLA))
    assert "WON'T USE since 2020-02-19" in t
    assert "Changed on 2020-02-19:" in t


async def test_stale_flag_is_written_in_words(ds):
    assert "Stale:</strong> the deciding evidence is more than 3 years old" in (await ds.client.get(UCLA)).text


async def test_evidence_is_listed_newest_first(ds):
    r = await ds.client.get(UCLA)
    assert r.text.index("stated 2020-02-19") < r.text.index("stated 2019-08-09")


async def test_evidence_names_publisher_recorder_and_review_status(ds):
    t = text(await ds.client.get(UCLA))
    assert "stated 2020-02-19, USA Today" in t
    assert "recorded by reference import · review: approved ·" in t  # never which reviewer (issue 15)


async def test_archive_link_is_labelled_as_a_search(ds):
    r = await ds.client.get(UCLA)
    assert ('href="https://web.archive.org/web/*/https://www.usatoday.com/story/tech/2020/02/19/'
            'ucla-drops-face-recognition-plan/4810648002/"') in r.text
    assert "search the Wayback Machine for an archived copy" in r.text


async def test_color_history_is_a_timeline_from_gray(ds):
    r = await ds.client.get(UCLA)
    timeline = r.text[r.text.index('class="sc-timeline"'):]
    assert (timeline.index("NOT YET SURVEYED") < timeline.index("<strong>2019-08-09</strong>")
            < timeline.index("<strong>2020-02-19</strong>"))


async def test_suggest_an_update_links_to_submit_for_this_campus(ds):
    assert 'href="/submit?campus=university-of-california-los-angeles"' in (await ds.client.get(UCLA)).text


async def test_citation_names_permalink_release_and_retrieval_date(ds):
    r = await ds.client.get(UCLA)
    release = (await ds.client.get(UCLA + ".json")).json()["release"]
    cite = text(r)[text(r).index('class="sc-cite-text"'):]
    assert "http://localhost/campuses/university-of-california-los-angeles" in cite
    assert f"Data release {release}" in cite
    assert "(retrieved 2026-11-26)" in cite  # the day of the injected clock, not the calendar's


async def test_citation_has_bibtex(ds):
    r = await ds.client.get(UCLA)
    assert "@misc{scorecard-universityofcalifornialosangeles" in r.text
    assert "howpublished = {\\url{http://localhost/campuses/university-of-california-los-angeles}}" in r.text


async def test_page_has_opengraph_and_twitter_card_tags(ds):
    t = text(await ds.client.get(UCLA))
    assert '<meta property="og:title" content="University of California-Los Angeles: WON\'T USE">' in t
    assert '<meta property="og:url" content="http://localhost/campuses/university-of-california-los-angeles">' in t
    assert '<meta name="twitter:card" content="summary">' in t


async def test_page_advertises_its_atom_feed(ds):
    r = await ds.client.get(UCLA)
    assert ('<link rel="alternate" type="application/atom+xml" title="University of California-Los Angeles: '
            'color changes" href="/scorecard/color_changes.atom?campus=university-of-california-los-angeles">') in r.text


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


async def test_gray_campus_page_invites_a_survey(ds):
    r = await ds.client.get("/campuses/amridge-university")
    assert r.status_code == 200
    assert "NOT YET SURVEYED" in r.text
    assert "Help survey this campus" in r.text
    assert "/submit?campus=amridge-university" in r.text


async def test_gray_campus_page_says_what_is_known(ds):
    t = text(await ds.client.get("/campuses/amridge-university"))
    assert "it is in Montgomery, AL" in t


async def test_campuses_table_opens_with_color_state_and_sector_facets(ds):
    r = await ds.client.get("/scorecard/campuses.json?_extra=facet_results")
    facets = r.json()["facet_results"]["results"]
    assert {"color", "state", "sector"} <= set(facets)
