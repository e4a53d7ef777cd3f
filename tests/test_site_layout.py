"""One layout on every page: the site's own, the volunteers' and reviewers' pages, error pages and
Datasette's database, table, row and query pages all have the one header and navigation, a skip
link to a main landmark, a real title and a meta description."""

import re

import pytest
from submission_support import REVIEWER, sds, store_path, submission_id, submit  # noqa: F401

PAGES = [
    "/", "/campuses", "/campuses/university-of-california-los-angeles", "/campuses/amridge-university",
    "/states/ca", "/systems/university-of-california", "/search?q=ucla", "/method", "/charts", "/about",
    "/submit", "/-/login", "/campuses/no-such-campus", "/no-such-page", "/campuses?color=purple",
    "/scorecard", "/scorecard/campuses", "/scorecard/campuses/110662", "/scorecard/scorecard_on_date?date=2020-03-01",
    "/scorecard/-/query?sql=select+1", "/review",
]
SITE = "Campus Facial Recognition Scorecard"


def check_layout(text: str) -> None:
    assert text.count('<header class="hd">') == 1
    assert text.count('<ul class="sc-nav">') == 1
    assert '<a class="sc-skip" href="#main">Skip to main content</a>' in text
    assert text.count('<main id="main"') == 1 and text.count("</main>") == 1
    title = re.search(r"<title>(.*?)</title>", text, re.S).group(1).strip()
    assert title and SITE in title
    description = re.findall(r'<meta name="description" content="([^"]+)">', text)
    assert len(description) == 1 and len(description[0]) > 40


@pytest.mark.parametrize("path", PAGES)
async def test_every_page_has_the_one_layout(sds, path):
    r = await sds.client.get(path)
    assert r.headers["content-type"].startswith("text/html")
    check_layout(r.text)


async def test_receipt_and_tracking_pages_have_the_one_layout(sds):
    r = await submit(sds)
    assert r.status_code == 201
    check_layout(r.text)
    check_layout((await sds.client.get(f"/submissions/{submission_id(r.text)}")).text)


async def test_form_errors_page_has_the_one_layout(sds):
    r = await submit(sds, source_url="javascript:alert(1)")
    assert r.status_code == 400
    check_layout(r.text)


async def test_review_queue_for_a_reviewer_has_the_one_layout(sds):
    await submit(sds)
    r = await sds.client.get("/review", cookies={"ds_actor": sds.client.actor_cookie(REVIEWER)})
    assert r.status_code == 200
    check_layout(r.text)
    assert "Signed in as" in r.text


async def test_datasette_pages_keep_their_breadcrumbs_inside_main(sds):
    r = await sds.client.get("/scorecard/campuses/110662")
    main = r.text[r.text.index('<main id="main"'):]
    assert '<nav class="sc-crumbs" aria-label="Breadcrumbs">' in main
    assert 'href="/scorecard/campuses"' in main


async def test_page_titles_name_the_page(sds):
    r = await sds.client.get("/campuses/university-of-california-los-angeles")
    assert "<title>University of California-Los Angeles: WON&#39;T USE — Campus Facial Recognition Scorecard</title>" in r.text
