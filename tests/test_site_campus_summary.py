"""On a campus page our summary reads as ours and a quotation reads as a quotation."""

import html
import re

MIAMI_DADE = "/campuses/miami-dade-college"
UCLA = "/campuses/university-of-california-los-angeles"


def evidence_item(page: str, evidence_id: str) -> str:
    match = re.search(rf'<li id="{evidence_id}".*?</li>', page, re.S)
    assert match, f"no evidence item {evidence_id}"
    return match.group(0)


async def test_a_summary_is_labelled_ours_and_is_not_a_blockquote(ds):
    page = (await ds.client.get(UCLA)).text
    item = evidence_item(page, "ref-48336bbb2c")
    assert "<blockquote" not in item
    assert '<p class="sc-summary"><strong>Our summary:</strong> Administrative Vice Chancellor Michael Beck said' in item


async def test_a_quotation_is_a_blockquote_with_its_source_and_the_summary_stays_separate(ds):
    page = html.unescape((await ds.client.get(MIAMI_DADE)).text)
    item = evidence_item(page, "dr-miami-dade-college-2020-02-refusal")
    quote = re.search(r"<blockquote>(.*?)</blockquote>", item, re.S).group(1)
    assert quote.startswith("“We don't disclose whether or not the college utilizes")
    assert "<figcaption>Quoted as reported by Miami New Times</figcaption>" in item
    summary = re.search(r'<p class="sc-summary">(.*?)</p>', item, re.S).group(1)
    assert "spokesperson Juan Mendieta declined to say" in summary
    assert "We don't disclose" not in summary
