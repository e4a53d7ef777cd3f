"""Adopting a gray campus in a real browser (Debian's headless Chromium) against a real server whose
store is a copy, so the session's store is never written."""

import shutil
import sqlite3

import localserver
import pytest
from test_site_browser import browser, page  # noqa: F401  (the shared Chromium fixtures)

GRAY = "williams-college"


@pytest.fixture(scope="module")
def adopt_server(published, tmp_path_factory):
    folder = tmp_path_factory.mktemp("adopt-server")
    shutil.copy(published, folder / "scorecard.db")
    shutil.copy(published.parent / "store.db", folder / "store.db")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SCORECARD_STORE", str(folder / "store.db"))
        port = localserver.free_port()
        proc = localserver.start(folder / "scorecard.db", port)
    yield f"http://127.0.0.1:{port}", folder / "store.db"
    localserver.stop(proc)


def test_a_volunteer_adopts_a_gray_campus_from_its_page(page, adopt_server):  # noqa: F811
    base, store = adopt_server
    page.goto(f"{base}/campuses/{GRAY}")
    page.fill("#adopt-name", "Grace Volunteer")
    page.fill("#adopt-email", "grace@example.org")
    page.click("section.sc-adopt button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Thank you"
    assert "grace@example.org" not in page.content()
    with sqlite3.connect(store) as c:
        assert c.execute("select name, email from outreach_adoptions").fetchall() == [
            ("Grace Volunteer", "grace@example.org")]
    assert page.errors == []
