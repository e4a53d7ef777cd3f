"""The site in a real browser: Debian's headless Chromium, driven by Playwright, against a real
server on 127.0.0.1. Screenshots go to test-output/ for a person to look at."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-output"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
# A 1x1 transparent PNG stands in for map tiles: the machine is offline, and markers must show anyway.
BLANK_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                          "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea73581e40000000049454e44ae426082")


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and keeps every request on this machine."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def local_only(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            route.fulfill(status=200, content_type="image/png", body=BLANK_PNG)
    pg.route("**/*", local_only)
    yield pg
    context.close()


def test_campus_page_shows_badge_and_evidence(page, live_server):
    page.goto(f"{live_server}/campuses/university-of-california-los-angeles")
    badge = page.locator(".sc-badge")
    assert badge.inner_text() == "WON'T USE"
    assert page.locator(".sc-evidence > li").count() >= 2
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "campus-ucla.png"), full_page=True)


def test_campus_page_has_no_console_errors(page, live_server):
    page.goto(f"{live_server}/campuses/university-of-southern-california")
    page.wait_for_load_state("networkidle")
    assert page.errors == []


def test_search_box_finds_a_campus(page, live_server):
    page.goto(live_server + "/")
    page.fill("#sc-q", "stanford")
    page.click(".sc-search button")
    page.click("text=Stanford University")
    assert page.url.endswith("/campuses/stanford-university")
    assert page.locator(".sc-badge").inner_text() == "MIGHT USE"


def test_home_map_shows_colored_markers(page, live_server):
    page.goto(live_server + "/")
    page.wait_for_selector("#sc-map[data-markers]")
    assert page.locator("#sc-map path.sc-marker-green").count() > 0
    assert page.locator("#sc-map path.sc-marker-red").count() > 0
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)


def test_home_page_has_no_console_errors(page, live_server):
    page.goto(live_server + "/")
    page.wait_for_selector("#sc-map[data-markers]")
    page.wait_for_load_state("networkidle")
    assert page.errors == []


def test_campus_page_is_complete_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/campuses/university-of-southern-california")
    assert page.locator(".sc-badge").inner_text() == "USING OR PLANNING"
    assert page.locator(".sc-evidence > li").count() >= 1
    assert page.locator(".sc-timeline li").count() >= 2
    context.close()


def test_gray_campus_page_prints_without_navigation(page, live_server):
    page.goto(f"{live_server}/campuses/amridge-university")
    page.emulate_media(media="print")
    assert not page.locator("header.hd").is_visible()
    assert page.locator(".sc-badge").inner_text() == "NOT YET SURVEYED"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "campus-gray-print.png"), full_page=True)
