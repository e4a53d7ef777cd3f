"""A campus page on paper: its color in words, its sources, the data release and the license."""

from tests.test_site_a11y_browser import chromium, local_only, server  # noqa: F401


def test_campus_page_prints_color_in_words_sources_release_and_license(chromium, server):  # noqa: F811
    context = chromium.new_context()
    page = context.new_page()
    page.route("**/*", local_only)
    try:
        page.goto(server + "/campuses/university-of-southern-california")
        page.emulate_media(media="print")
        assert page.locator(".sc-badge").is_visible() and page.locator(".sc-badge").inner_text() == "USING OR PLANNING"
        source = page.locator(".sc-evidence a[href^='http']").first
        assert source.is_visible()
        after = page.evaluate("el => getComputedStyle(el, '::after').content", source.element_handle())
        assert source.get_attribute("href") in after
        assert page.locator(".sc-cite .sc-release").is_visible()
        assert page.locator("footer.ft .sc-release").is_visible()
        assert page.locator("footer.ft a[href='https://creativecommons.org/licenses/by/4.0/']").is_visible()
        assert not page.locator("header.hd").is_visible()
        assert not page.locator(".sc-skip").is_visible()
    finally:
        context.close()
