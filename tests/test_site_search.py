"""/search: campuses by slug, alias, name and place, then the evidence that mentions the words."""

import sqlite3

import pytest

from scorecard.site import search


@pytest.fixture(scope="module")
def conn(published):
    c = sqlite3.connect(f"file:{published}?mode=ro", uri=True)
    yield c
    c.close()


def slugs(results):
    return [r["slug"] for r in results["campuses"]]


def test_short_alias_finds_its_campus_first(conn):
    assert slugs(search.find(conn, "ucla"))[0] == "university-of-california-los-angeles"


def test_name_words_find_the_campus(conn):
    assert "stanford-university" in slugs(search.find(conn, "Stanford"))


def test_city_finds_campuses_there(conn):
    assert "university-of-southern-california" in slugs(search.find(conn, "los angeles"))


def test_unitid_finds_its_campus(conn):
    assert slugs(search.find(conn, "123961"))[0] == "university-of-southern-california"


def test_words_from_a_statement_find_the_evidence(conn):
    found = search.find(conn, "Beck")["evidence"]
    assert "university-of-california-los-angeles" in [e["slug"] for e in found]


def test_punctuation_cannot_break_the_query(conn):
    assert "stanford-university" in slugs(search.find(conn, '"stanford (*'))


def test_empty_query_finds_nothing(conn):
    assert search.find(conn, "  ") == {"campuses": [], "evidence": []}


async def test_search_page_links_results_to_campus_pages(ds):
    r = await ds.client.get("/search?q=ucla")
    assert r.status_code == 200
    assert '<a href="/campuses/university-of-california-los-angeles">' in r.text


async def test_search_page_says_when_nothing_matches(ds):
    r = await ds.client.get("/search?q=zzzqqqxx")
    assert "No campus matches" in r.text
