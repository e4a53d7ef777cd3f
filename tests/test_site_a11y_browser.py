"""Every page type in real headless Chromium: axe-core finds no accessibility violations, and
nothing scrolls sideways on a 360 px wide phone.

axe-core comes from the npm package (pinned in the Makefile, `make axe`, which `make test`
runs); a real server on 127.0.0.1 serves the published database with its own store and secret, so
a reviewer's pages can be opened with a signed cookie."""

import os
from pathlib import Path

import localserver
import pytest
from datasette.app import Datasette

from tests.test_site_browser import ARGS, CHROMIUM

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SECRET = "a11y-test-secret"
SUBMISSION = {"campus": "ucla", "stance": "using", "source_url": "https://example.org/news/a-very-long-path/" + "x" * 120,
              "quote": "The university confirmed it is piloting face matching at the stadium gates.",
              "stated_on": "2025-09-14", "relation": "student"}
PAGES = [
    "/", "/campuses", "/campuses/university-of-california-los-angeles", "/campuses/amridge-university",
    "/campuses/university-of-southern-california", "/states/ca", "/systems/university-of-california",
    "/search?q=ucla", "/method", "/charts", "/about", "/submit", "/-/login", "/campuses/no-such-campus",
    "/no-such-page", "/campuses?color=purple", "/scorecard", "/scorecard/campuses", "/scorecard/campuses/110662",
    "/scorecard/scorecard_on_date?date=2020-03-01", "/scorecard/-/query?sql=select+1", "/review",
]


@pytest.fixture(scope="module")
def server(published, tmp_path_factory):
    folder = tmp_path_factory.mktemp("a11y")
    saved = {k: os.environ.get(k) for k in ("SCORECARD_STORE", "DATASETTE_SECRET")}
    os.environ.update(SCORECARD_STORE=str(folder / "store.db"), DATASETTE_SECRET=SECRET)
    proc = localserver.start(published, localserver.free_port())
    try:
        yield f"http://127.0.0.1:{proc.args[proc.args.index('--port') + 1]}"
    finally:
        localserver.stop(proc)
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)


@pytest.fixture(scope="module")
def chromium():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{AXE} is missing: run `make axe`")
        pytest.skip("axe-core is not installed: run `make axe`")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def reviewer_cookie(base: str) -> dict:
    value = Datasette(secret=SECRET).sign({"a": {"id": "reviewer"}}, "actor")
    return {"name": "ds_actor", "value": value, "url": base}


def local_only(route):
    from urllib.parse import urlsplit

    if urlsplit(route.request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


def violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {v['nodes'][0]['target']})" for v in found]


def open_page(chromium, server, path, width=1200, reviewer=False):
    context = chromium.new_context(viewport={"width": width, "height": 800})
    if reviewer:
        context.add_cookies([reviewer_cookie(server)])
    page = context.new_page()
    page.route("**/*", local_only)
    page.goto(server + path)
    return context, page


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(chromium, server, path):
    context, page = open_page(chromium, server, path)
    try:
        found = violations(page)
        assert not found, "\n".join(found)
    finally:
        context.close()


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scrolling_at_360px(chromium, server, path):
    context, page = open_page(chromium, server, path, width=360)
    try:
        assert overflow(page) <= 0
    finally:
        context.close()


def submit_in_browser(page, server, quote: str, **changes) -> None:
    page.goto(server + "/submit")
    typed = {**SUBMISSION, "quote": quote, **changes}
    for field in ("campus", "source_url", "quote", "stated_on"):
        page.fill(f"[name={field}]", typed[field])
    page.check(f"input[name=stance][value={SUBMISSION['stance']}]")
    page.check(f"input[name=relation][value={SUBMISSION['relation']}]")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").last.click()


@pytest.mark.parametrize("width", [1200, 360])
def test_receipt_and_tracking_pages_pass_axe_and_fit(chromium, server, width):
    context, page = open_page(chromium, server, "/about", width=width)
    try:
        submit_in_browser(page, server, f"{SUBMISSION['quote']} (seen at {width} px)")
        assert page.locator("[data-submission-id]").count() == 1
        tracking = page.locator("a[href^='/submissions/']").first.get_attribute("href")
        for path in (None, tracking):
            if path:
                page.goto(server + path)
            found = violations(page)
            assert not found, "\n".join(found)
            assert overflow(page) <= 0
    finally:
        context.close()


@pytest.mark.parametrize("width", [1200, 360])
def test_review_queue_passes_axe_and_fits(chromium, server, width):
    context, page = open_page(chromium, server, "/review", width=width, reviewer=True)
    try:
        assert page.locator("text=Signed in as").count() == 1
        found = violations(page)
        assert not found, "\n".join(found)
        assert overflow(page) <= 0
    finally:
        context.close()


@pytest.mark.parametrize("campus, source_url", [("Penn State", SUBMISSION["source_url"]), ("ucla", "javascript:x")])
def test_form_with_errors_or_a_campus_choice_passes_axe_and_fits(chromium, server, campus, source_url):
    context, page = open_page(chromium, server, "/submit", width=360)
    try:
        submit_in_browser(page, server, SUBMISSION["quote"], campus=campus, source_url=source_url)
        assert page.locator("[role=alert]").count() == 1
        found = violations(page)
        assert not found, "\n".join(found)
        assert overflow(page) <= 0
    finally:
        context.close()
