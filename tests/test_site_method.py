"""/method renders the method from scorecard/method.py, the definitions the pipeline applies."""

import html

import pytest

from scorecard import method


@pytest.fixture
async def page(ds):
    r = await ds.client.get("/method")
    assert r.status_code == 200
    return html.unescape(r.text)


async def test_method_lists_every_stance_with_its_meaning(page):
    for s in method.STANCES.values():
        assert f'data-stance="{s.name}"' in page
        assert s.meaning in page


async def test_method_lists_every_rule(page):
    for rule in method.RULES:
        assert f'<li id="rule-{rule.id}">{rule.text}</li>' in page


async def test_method_lists_every_color_label(page):
    for c in method.COLORS.values():
        assert f">{c.label}</span>" in page


async def test_method_lists_the_source_ladder_in_order(page):
    positions = [page.index(f"<code>{kind}</code>: ") for kind in method.SOURCE_KINDS]
    assert positions == sorted(positions)
