"""The scorecard list's filters, the map without JavaScript and the map by keyboard, in real
headless Chromium against a real server on 127.0.0.1."""

from urllib.parse import parse_qs, urlsplit

from tests.test_site_a11y_browser import chromium, local_only, server  # noqa: F401


def no_js_page(chromium, server, path):  # noqa: F811
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.route("**/*", local_only)
    page.goto(server + path)
    return context, page


def test_list_filters_work_without_javascript(chromium, server):  # noqa: F811
    context, page = no_js_page(chromium, server, "/campuses")
    try:
        page.check("input[name=color][value=red]")
        page.select_option("#f-state", "CA")
        with page.expect_navigation():
            page.click(".sc-filters button[type=submit]")
        query = parse_qs(urlsplit(page.url).query)
        assert query["color"] == ["red"] and query["state"] == ["CA"]
        groups = page.locator("section.sc-group")
        assert groups.count() == 1 and groups.first.get_attribute("data-color") == "red"
        assert page.locator("section.sc-gray").count() == 0
        states = page.locator("section.sc-group li .sc-meta a").all_inner_texts()
        assert states and set(states) == {"CA"}
    finally:
        context.close()


def test_gray_section_pages_without_javascript(chromium, server):  # noqa: F811
    context, page = no_js_page(chromium, server, "/campuses?color=gray")
    try:
        first = page.locator(".sc-gray-list li a").first.inner_text()
        with page.expect_navigation():
            page.click("a[rel=next]")
        assert "page=2" in page.url
        assert page.locator(".sc-gray-list li a").first.inner_text() != first
    finally:
        context.close()


def test_home_and_state_maps_show_outlines_and_campuses_without_javascript(chromium, server):  # noqa: F811
    for path, outlines in (("/", 51), ("/states/ca", 1)):
        context, page = no_js_page(chromium, server, path)
        try:
            svg = page.locator("svg.sc-usmap")
            assert svg.is_visible()
            box = svg.bounding_box()
            assert box["width"] > 300 and box["height"] > 200
            assert page.locator("svg.sc-usmap path[data-state]").count() == outlines
            assert page.locator("svg.sc-usmap a .sc-mark").count() > 0
            if outlines == 51:
                for code in ("AK", "HI"):
                    assert page.locator(f"svg.sc-usmap path[data-state={code}]").bounding_box()["width"] > 20
        finally:
            context.close()


def test_every_map_marker_is_reachable_by_keyboard_with_visible_focus(chromium, server):  # noqa: F811
    context, page = no_js_page(chromium, server, "/states/ca")
    try:
        marks = page.locator("svg.sc-usmap a").count()
        reached, focused_style = set(), None
        for _ in range(200):
            page.keyboard.press("Tab")
            slug = page.evaluate("document.activeElement.closest('svg.sc-usmap') && "
                                 "document.activeElement.getAttribute('data-slug')")
            if slug:
                reached.add(slug)
                focused_style = focused_style or page.evaluate(
                    "getComputedStyle(document.activeElement.querySelector('.sc-mark')).strokeWidth")
            if len(reached) == marks:
                break
        assert len(reached) == marks > 0
        assert focused_style == "3px"
        page.keyboard.press("Enter")
        page.wait_for_url("**/campuses/**")
        assert page.locator(".sc-badge").count() == 1
    finally:
        context.close()


def test_map_list_mirrors_the_markers_and_is_reachable_by_keyboard(chromium, server):  # noqa: F811
    context, page = no_js_page(chromium, server, "/")
    try:
        on_map = set(page.locator("svg.sc-usmap a").evaluate_all("els => els.map(e => e.dataset.slug)"))
        listed = page.locator("nav.sc-map-list a").evaluate_all(
            "els => els.map(e => e.getAttribute('href').split('/').pop())")
        assert set(listed) == on_map
        page.locator("nav.sc-map-list a").first.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/campuses/" in page.url
    finally:
        context.close()


def test_zoomable_map_markers_differ_by_shape_and_take_keyboard_focus(chromium, server):  # noqa: F811
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.route("**/*", local_only)
    try:
        page.goto(server + "/")
        page.wait_for_selector("#sc-map[data-markers]")
        shapes = {c: page.locator(f"#sc-map path.sc-marker-{c}").first.get_attribute("d")
                  for c in ("green", "yellow", "red")}
        assert len(set(shapes.values())) == 3
        icon = page.locator("#sc-map .sc-marker-icon").first
        assert icon.get_attribute("tabindex") == "0" and ":" in icon.get_attribute("title")
        icon.focus()
        page.keyboard.press("Enter")
        assert page.locator("#sc-map .leaflet-popup a[href^='/campuses/']").count() == 1
    finally:
        context.close()
