"""/about, the home page's headline figures, and the links from campus pages to their state,
system and the institution's own reply."""

import csv
import datetime as dt
import html
import re
import shutil
import sqlite3

import pytest

from scorecard import build
from tests.conftest import DATA, make_datasette


async def test_about_page_says_who_method_submit_corrections_contact_license(ds):
    r = await ds.client.get("/about")
    assert r.status_code == 200
    for heading in ("Who publishes it", "The method in brief", "How to submit evidence",
                    "Corrections and the right of reply", "Contact", "License"):
        assert f">{heading}</h2>" in r.text
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in r.text


async def test_about_page_shows_the_configured_contact(published, monkeypatch):
    monkeypatch.setenv("SCORECARD_CONTACT_EMAIL", "scorecard@example.org")
    ds = make_datasette(published)
    r = await ds.client.get("/about")
    assert 'href="mailto:scorecard@example.org"' in r.text


async def test_home_headline_gives_student_shares_from_the_database(ds, published):
    conn = sqlite3.connect(published)
    total, green, red = conn.execute(
        "select sum(fte_enrollment), sum(case when color = 'green' then fte_enrollment end), "
        "sum(case when color = 'red' then fte_enrollment end) from campuses").fetchone()
    colored, stale = conn.execute("select count(*), sum(stale) from campuses where color != 'gray'").fetchone()
    conn.close()
    text = re.sub(r"<[^>]+>", "", html.unescape((await ds.client.get("/")).text))
    assert f"{(green or 0) / total:.1%} of US students (full-time equivalent) attend a campus that has committed not to use" in text
    assert f"{(red or 0) / total:.1%} attend one that uses or plans to use it" in text
    assert f"approved evidence for {colored:,} of" in text
    assert f"{(stale or 0) / colored:.0%} of them are flagged stale" in text
    assert "The 2020 scorecard listed about 100 campuses" in text


async def test_campus_page_links_its_state_and_system(ds):
    r = await ds.client.get("/campuses/university-of-california-los-angeles")
    assert '<a href="/states/ca">CA</a>' in r.text
    assert '<a href="/systems/university-of-california">University of California</a>' in r.text


async def test_charts_link_each_state_page(ds):
    r = await ds.client.get("/charts")
    assert '<a href="/states/ca">CA</a>' in r.text


@pytest.fixture(scope="module")
def replied(tmp_path_factory):
    """data/ plus one approved official response from UCLA, built into its own database."""
    folder = tmp_path_factory.mktemp("replied")
    data = folder / "data"
    shutil.copytree(DATA, data)
    with open(data / "evidence.csv", newline="", encoding="utf-8") as f:
        fields = csv.DictReader(f).fieldnames
    row = dict.fromkeys(fields, "")
    row.update(id="sub-reply0000001", unitid="110662", stance="wont_use", stated_on="2026-03-02",
               source_urls="https://newsroom.ucla.edu/statement", source_kind="official_statement",
               publisher="UCLA", quote="UCLA does not use facial recognition and will not.",
               recorded_by="official_response", review_status="approved", reviewed_by="reviewer")
    with open(data / "evidence.csv", "a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, fieldnames=fields, lineterminator="\n").writerow(row)
    build.build(data, folder / "store.db", folder / "scorecard.db", dt.date(2026, 11, 26))
    return folder / "scorecard.db"


async def test_official_response_is_shown_at_the_top_marked_as_the_reply(replied):
    ds = make_datasette(replied)
    r = await ds.client.get("/campuses/university-of-california-los-angeles")
    assert r.status_code == 200
    top = r.text.index('class="sc-official-reply"')
    assert top < r.text.index('id="evidence"')
    reply = html.unescape(r.text[top:r.text.index("</section>", top)])
    assert "The institution's reply" in reply
    assert "UCLA does not use facial recognition and will not." in reply


async def test_campus_without_a_reply_shows_none(ds):
    r = await ds.client.get("/campuses/university-of-southern-california")
    assert 'class="sc-official-reply"' not in r.text
