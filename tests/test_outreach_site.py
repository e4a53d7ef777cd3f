"""Outreach on the site: campus pages say who asked and whether they answered, never the addresses;
/outreach is for reviewers; volunteers adopt gray campuses through a rate-limited form."""

import sqlite3

import pytest
from click.testing import CliRunner
from conftest import DATA, TODAY
from submission_support import REVIEWER, close, make_ds

from scorecard import build
from scorecard.cli import cli

ASKED, ANSWERED, UNSENT = "williams-college", "university-of-vermont", "harvard-university"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A store with one campaign (one campus asked, one answered, one drafted), built into a published database."""
    folder = tmp_path_factory.mktemp("outreach-site")
    store, db = folder / "store.db", folder / "scorecard.db"
    build.build(DATA, store, db, TODAY)
    (folder / "q.txt").write_text("Do you use facial recognition?", encoding="utf-8")

    def run(*args, today="2026-03-02"):
        r = CliRunner().invoke(cli, ["outreach", *args, "--store", str(store), "--today", today]
                               + (["--db", str(db)] if args[0] in ("new", "answered") else []),
                               catch_exceptions=False)
        assert r.exit_code == 0, r.output

    run("new", "spring-2026", "--question", str(folder / "q.txt"), "--campus", ASKED, "--campus", ANSWERED,
        "--campus", UNSENT)
    run("sent", "spring-2026", ASKED, "--on", "2026-03-02", "--to", "president@williams.example.edu")
    run("sent", "spring-2026", ANSWERED, "--on", "2026-03-02", "--to", "president@uvm.example.edu")
    run("answered", "spring-2026", ANSWERED, "--on", "2026-03-12", "--stance", "not_using",
        "--summary", "Says it does not use it.", today="2026-03-13")
    build.build(DATA, store, db, TODAY)
    return db, store


def copy_store(store, tmp_path):
    """Each test writes to its own copy of the module's store."""
    path = tmp_path / "store.db"
    src, dst = sqlite3.connect(store), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


@pytest.fixture
async def ds(world, tmp_path):
    db, store = world
    path = copy_store(store, tmp_path)
    datasette = await make_ds(db, path)
    datasette.store_path = path
    yield datasette
    close(datasette)


def published(db, sql):
    with sqlite3.connect(db) as c:
        return c.execute(sql).fetchall()


async def test_an_asked_campus_page_says_when_and_by_whom_with_no_answer_yet(ds):
    r = await ds.client.get(f"/campuses/{ASKED}")
    assert r.status_code == 200
    assert "Asked on 2026-03-02 by spring-2026; no answer yet." in r.text
    assert "williams.example.edu" not in r.text


async def test_an_answered_campus_page_says_when_it_answered(ds):
    r = await ds.client.get(f"/campuses/{ANSWERED}")
    assert "Asked on 2026-03-02 by spring-2026; answered on 2026-03-12." in r.text


async def test_a_campus_not_yet_written_to_says_nothing_about_the_campaign(ds):
    r = await ds.client.get(f"/campuses/{UNSENT}")
    assert "spring-2026" not in r.text


async def test_the_json_twin_carries_the_outreach_facts_without_addresses(ds):
    r = await ds.client.get(f"/campuses/{ASKED}.json")
    assert r.json()["outreach"] == [{"campaign": "spring-2026", "kind": "inquiry", "asked_on": "2026-03-02",
                                     "followed_up_on": None, "answered_on": None, "no_response_on": None,
                                     "status": "asked"}]
    assert "@" not in r.text


def test_the_published_database_lists_asked_but_unanswered_campuses_for_the_list_filter(world):
    db, _ = world
    assert published(db, "select slug, campaign, asked_on from asked_no_answer") == [
        (ASKED, "spring-2026", "2026-03-02")]


def test_no_address_or_message_body_reaches_the_published_database(world):
    db, _ = world
    for (table,) in published(db, "select name from sqlite_master where type = 'table' and name like 'outreach%'"):
        for row in published(db, f"select * from [{table}]"):
            assert not any("@" in str(v) for v in row)
    assert published(db, "select count(*) from sqlite_master where name like 'outreach_messages%'") == [(0,)]


async def test_outreach_progress_is_for_reviewers_only(ds):
    anonymous = await ds.client.get("/outreach")
    assert anonymous.status_code == 403 and "williams.example.edu" not in anonymous.text
    other = await ds.client.get("/outreach.json", actor={"id": "someone-else"})
    assert other.status_code == 403


async def test_a_reviewer_sees_each_campaigns_progress(ds):
    r = await ds.client.get("/outreach.json", actor=REVIEWER)
    assert r.status_code == 200
    c = r.json()["campaigns"][0]
    assert (c["name"], c["campuses"], c["sent"], c["answered"]) == ("spring-2026", 3, 2, 1)
    page = await ds.client.get("/outreach", actor=REVIEWER)
    assert "president@williams.example.edu" in page.text and "drafted" in page.text


async def test_a_gray_campus_page_offers_adoption_and_a_colored_one_does_not(ds):
    gray = await ds.client.get(f"/campuses/{ASKED}")
    assert f'action="/campuses/{ASKED}/adopt"' in gray.text
    green = await ds.client.get(f"/campuses/{UNSENT}")
    assert "/adopt" not in green.text


async def test_a_volunteer_adopts_a_gray_campus_and_the_organiser_sees_who(ds):
    r = await ds.client.post(f"/campuses/{ASKED}/adopt", data={"name": "Ada Volunteer", "email": "ada@example.org"})
    assert r.status_code == 201, r.text
    assert "ada@example.org" not in (await ds.client.get(f"/campuses/{ASKED}")).text
    seen = (await ds.client.get("/outreach.json", actor=REVIEWER)).json()["adoptions"]
    assert [(a["slug"], a["name"], a["email"]) for a in seen] == [(ASKED, "Ada Volunteer", "ada@example.org")]
    again = await ds.client.post(f"/campuses/{ASKED}/adopt", data={"name": "Ada", "email": "ADA@example.org"})
    assert again.status_code == 409 and "already offered" in again.text
    listed = CliRunner().invoke(cli, ["outreach", "adoptions", "--store", str(ds.store_path)])
    assert f"{ASKED}\tAda Volunteer\tada@example.org" in listed.output


def adoptions(ds):
    with sqlite3.connect(ds.store_path) as c:
        return c.execute("select count(*) from outreach_adoptions").fetchone()[0]


@pytest.mark.parametrize("slug, form, status, message", [
    (ASKED, {"name": "Ada", "email": "not-an-address"}, 400, "email: &#39;not-an-address&#39; is not an email address"),
    (ASKED, {"name": "", "email": "ada@example.org"}, 400, "name: is required"),
    (ASKED, {"name": "Ada", "email": "ada@example.org", "website": "http://spam"}, 400, "website: must be left empty"),
    (UNSENT, {"name": "Ada", "email": "ada@example.org"}, 400, "only gray campuses can be adopted"),
    ("no-such-campus", {"name": "Ada", "email": "ada@example.org"}, 404, "is not a campus"),
])
async def test_a_bad_adoption_is_refused_with_its_reason_and_stores_nothing(ds, slug, form, status, message):
    r = await ds.client.post(f"/campuses/{slug}/adopt", data=form)
    assert r.status_code == status and message in r.text
    assert adoptions(ds) == 0


async def test_adoption_is_rate_limited_like_submissions(world, tmp_path):
    db, store = world
    ds = await make_ds(db, copy_store(store, tmp_path), form={"max_requests": 1, "window_seconds": 600})
    try:
        first = await ds.client.post(f"/campuses/{ASKED}/adopt", data={"name": "A", "email": "a@example.org"})
        second = await ds.client.post(f"/campuses/{ASKED}/adopt", data={"name": "B", "email": "b@example.org"})
    finally:
        close(ds)
    assert first.status_code == 201 and second.status_code == 429
    assert "Retry-After" in second.headers


async def test_an_adoption_body_over_the_form_limit_is_refused_with_413(ds):
    r = await ds.client.post(f"/campuses/{ASKED}/adopt", content=b"name=" + b"a" * 70000 + b"&email=a@example.org",
                             headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    assert adoptions(ds) == 0


async def test_an_adoption_body_that_is_not_utf8_is_refused(ds):
    r = await ds.client.post(f"/campuses/{ASKED}/adopt", content=b"name=\xff&email=a@example.org",
                             headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "is not UTF-8" in r.text
    assert adoptions(ds) == 0


async def test_adoption_only_accepts_post(ds):
    r = await ds.client.get(f"/campuses/{ASKED}/adopt")
    assert r.status_code == 405
