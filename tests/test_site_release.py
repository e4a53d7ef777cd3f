"""The data release id (date plus content hash) on every page, ours and Datasette's own."""

import re

import pytest


@pytest.mark.parametrize("path", ["/", "/method", "/charts", "/search?q=mit", "/campuses/stanford-university",
                                  "/campuses/no-such-campus", "/scorecard", "/scorecard/campuses",
                                  "/scorecard/color_changes", "/no-such-page", "/scorecard/no_such_table"])
async def test_release_id_is_in_the_footer(ds, path):
    release = (await ds.client.get("/scorecard/release/release.json")).json()["rows"][0]["value"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-[0-9a-f]{8}", release)
    r = await ds.client.get(path)
    assert r.status_code in (200, 404)
    footer = r.text[r.text.index('<footer class="ft">'):]
    assert f'data-release="{release}"' in footer
