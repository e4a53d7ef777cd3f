"""Each source's read step returns its pending rows and writes nothing; the store's one writer saves them.

One exact-row test per source pins the row it produces (the crawler's is pinned end to end in
test_scrapers_crawl.py), including its id: the one id scheme, ``evidence.evidence_id``.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from scorecard import evidence, store
from scrapers import SOURCES, atlas, common, feeds, scorecard_page, vendors
from scrapers.extract import Page
from scrapers.record import evidence_rows
from scrapers.stance import Finding

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TODAY = dt.date(2026, 11, 26)


def first_atlas_row(link_index) -> dict:
    return atlas.parse(common.read_input(FIXTURES / "atlas_sample.csv"), "a.csv", link_index, TODAY).rows[0]


def test_atlas_row_is_a_pending_advocacy_claim_of_use(link_index):
    assert first_atlas_row(link_index) == {
        "id": "aos-2a64d4cbb4f2", "unitid": 170976, "stance": "using", "stated_on": "2020-03-02",
        "source_urls": "https://news.example.org/2020/03/campus-police-face-recognition "
                       "https://records.example.org/foia/um-police-fr.pdf https://blog.example.org/um-fr",
        "source_kind": "advocacy", "publisher": "Atlas of Surveillance (Electronic Frontier Foundation)", "quote": "",
        "summary": "Fixture row (fictional, for tests): campus police listed as running face recognition searches "
                   "through a state database.",
        "recorded_by": "atlas import", "review_status": "pending",
        "notes": "Atlas of Surveillance row AOS-FIX-0001: University of Michigan Police Department (Ann Arbor, MI); "
                 "linked as 'University of Michigan-Ann Arbor' (IPEDS alias, score 0.9).",
        "details": {"importer": "atlas", "file": "a.csv", "aosnumber": "AOS-FIX-0001",
                    "agency": "University of Michigan Police Department", "type_of_lea": "Campus Police",
                    "technology": "Face Recognition", "vendor": "DataWorks Plus", "link_score": 0.9,
                    "link_via": "IPEDS alias", "date_unknown": False}}


def test_scorecard_page_row_is_the_stance_of_its_heading(link_index):
    text = (FIXTURES / "scorecard_page.html").read_text(encoding="utf-8")
    url = "https://scorecard.example.org/campus-facial-recognition"
    assert scorecard_page.parse(text, "page.html", link_index, TODAY).rows[0] == {
        "id": "page-dfb736264425", "unitid": 211440, "stance": "wont_use", "stated_on": "2020-03-02",
        "source_urls": url, "source_kind": "advocacy", "publisher": "Example Advocacy Group", "quote": "",
        "summary": "The scorecard page lists 'Carnegie Mellon University' under the heading 'WON\u2019T USE (4)'.",
        "recorded_by": "scorecard-page import", "review_status": "pending",
        "notes": "Linked as 'Carnegie Mellon University' (name, score 1.0); page dated from meta "
                 "article:published_time.",
        "details": {"importer": "scorecard-page", "page": url, "listed_as": "Carnegie Mellon University",
                    "line": 23, "link_score": 1.0, "link_via": "name"}}


def test_vendor_page_dated_after_the_injected_today_is_dated_by_the_day_read(link_index):
    import datetime as dt

    url = "https://vendor.example.org/customers.html"
    body = (FIXTURES / "vendors" / "customers.html").read_bytes()
    page, found = vendors.page_names(link_index, body, url, today=dt.date(2026, 8, 19))
    rows = vendors.vendor_rows({"vendor": "FaceGate Campus", "page_kind": "customer_list"}, url, page, found,
                               "2026-08-19")
    assert (page.page_date, rows[0]["stated_on"]) == (None, "2026-08-19")


def test_vendor_row_is_a_vendor_claim_of_use(link_index):
    url = "https://vendor.example.org/customers.html"
    page, found = vendors.page_names(link_index, (FIXTURES / "vendors" / "customers.html").read_bytes(), url)
    rows = vendors.vendor_rows({"vendor": "FaceGate Campus", "page_kind": "customer_list"}, url, page, found,
                               "2026-11-26")
    assert rows[0] == {
        "id": "vendor-276d33d6d39a", "unitid": 211440, "stance": "using", "stated_on": "2026-08-20",
        "source_urls": url, "source_kind": "vendor_claim", "publisher": "FaceGate Campus",
        "quote": "Carnegie Mellon University",
        "summary": "FaceGate Campus names 'Carnegie Mellon University' on its customer list page (list item).",
        "recorded_by": "vendor page import", "review_status": "pending",
        "notes": "a vendor's claim: never colors a campus alone; check that the institution really uses it",
        "details": {"importer": "vendors", "vendor": "FaceGate Campus", "page_kind": "customer_list",
                    "page_title": "Customers | FaceGate Campus (fictional vendor, test fixture)",
                    "page_date": "2026-08-20", "listed_as": "Carnegie Mellon University", "found_in": "list item",
                    "also_named_as": [], "link_via": "name", "link_score": 1.0}}


def test_feed_row_is_a_press_report_about_the_feeds_own_campus():
    feed = feeds.Feed("https://news.example.org/feed", "News", unitid=110662)
    item = feeds.Item("https://news.example.org/a", "A", "", "2026-10-01", "", "", "")
    rows = feeds.finding_rows(feed, item, item.link, Page("A", ""), Finding("It uses face recognition.", "using", "", ""),
                              [], "", "2026-10-01", "item", 0.75)
    assert rows == [{
        "id": "news-2caacec0824f", "unitid": 110662, "stance": "using", "stated_on": "2026-10-01",
        "source_urls": "https://news.example.org/a", "source_kind": "press_report", "publisher": "News",
        "quote": "It uses face recognition.", "summary": "", "recorded_by": "news feed import",
        "review_status": "pending",
        "notes": "found by the news-feed importer; stance and institution to be checked by a reviewer",
        "details": {"importer": "feeds", "feed": "https://news.example.org/feed", "feed_name": "News",
                    "feed_publisher": "", "article_title": "A", "author": "", "item_date": "2026-10-01",
                    "article_date": None, "date_source": "item", "before": "", "after": "", "confidence": None,
                    "cue": None, "linked_as": "News", "named_in": "feed", "link_via": "the feed's own institution",
                    "link_score": None}}]


def test_watched_page_rows_are_the_sentences_added_and_removed():
    page = Page(title="Camera policy", text="x")
    url = "https://www.baylor.edu/policy"
    added = [Finding("We do not use facial recognition.", "not_using", "Cameras record.", "")]
    rows = evidence_rows(223232, url, page, added, ["Old sentence."], "2026-11-26T10:00:00+00:00",
                         "Baylor University", evidence.WATCH)
    seen = {"page_title": "Camera policy", "fetched_at": "2026-11-26T10:00:00+00:00",
            "content_hash": page.content_hash, "page_date": None, "date_source": None}
    common_fields = {"unitid": 223232, "source_urls": url, "source_kind": "official_statement",
                     "publisher": "Baylor University", "summary": "", "recorded_by": "page watcher",
                     "review_status": "pending"}
    assert rows == [
        {"id": "watch-3de1a3cbb47e", **common_fields, "stance": "not_using", "stated_on": "2026-11-26",
         "quote": "We do not use facial recognition.",
         "notes": "found on a watched page (data/sources.csv); stance to be checked by a reviewer",
         "details": {"change": "added", "before": "Cameras record.", "after": "", "confidence": None, "cue": None,
                     **seen}},
        {"id": evidence.evidence_id(evidence.WATCH, f"{url}\nOld sentence.\nremoved", 223232), **common_fields,
         "stance": "unclassified", "stated_on": "2026-11-26", "quote": "Old sentence.",
         "notes": "statement removed from the page (not there on 2026-11-26); review what replaced it",
         "details": {"change": "removed", **seen}}]


def test_every_source_names_its_rows_by_its_own_origin():
    assert {s.name: evidence.PREFIXES[s.origin] for s in SOURCES.values()} == {
        "crawl": "crawl", "watch": "watch", "feeds": "news", "vendors": "vendor", "atlas": "aos",
        "scorecard-page": "page"}


@pytest.fixture
def db(tmp_path, link_index):
    d = store.open_store(tmp_path / "store.db")
    store.sync_institutions(d, list(link_index.institutions.values()))
    return d


def test_the_store_saves_a_source_row_as_produced(db, link_index):
    row = first_atlas_row(link_index)
    saved = store.save_evidence(db, [row], evidence.ATLAS, TODAY)
    cols = [c for c in row if c != "details"]
    stored = dict(zip(cols + ["details", "origin"], db.execute(
        f"select {', '.join(cols)}, details, origin from evidence").fetchone(), strict=False))
    assert saved.ids == [row["id"]] and saved.already == []
    assert {**stored, "details": json.loads(stored["details"])} == {**row, "origin": "import:atlas"}


def test_saving_the_same_rows_again_stores_nothing_new(db, link_index):
    row = first_atlas_row(link_index)
    store.save_evidence(db, [row], evidence.ATLAS, TODAY)
    again = store.save_evidence(db, [row, dict(row)], evidence.ATLAS, TODAY)
    assert (again.added, again.already) == ([], [row["id"], row["id"]])
    assert db.execute("select count(*) from evidence").fetchone() == (1,)


def test_a_row_without_an_id_gets_one_from_its_content(db, link_index):
    row = {k: v for k, v in first_atlas_row(link_index).items() if k != "id"}
    first = store.save_evidence(db, [row], "scraper:test", TODAY)
    second = store.save_evidence(db, [row], "scraper:test", TODAY)
    assert first.ids == [evidence.evidence_id("scraper:test", evidence.content_key(row), row["unitid"])]
    assert first.ids[0].startswith("ev-") and second.already == first.ids


def test_one_invalid_row_stores_none_of_the_batch(db, link_index):
    row = first_atlas_row(link_index)
    with pytest.raises(store.StoreError, match="stance"):
        store.save_evidence(db, [row, dict(row, id="aos-other", stance="bogus")], evidence.ATLAS, TODAY)
    assert db.execute("select count(*) from evidence").fetchone() == (0,)


def test_each_alone_refuses_the_invalid_row_and_saves_the_rest(db, link_index):
    row = first_atlas_row(link_index)
    bad = dict(row, id="aos-other", stance="bogus")
    saved = store.save_evidence(db, [row, bad], evidence.ATLAS, TODAY, each_alone=True)
    assert saved.ids == [row["id"]]
    assert [(r["id"], [f for f, _ in e.problems]) for r, e in saved.refused] == [("aos-other", ["stance"])]


def test_writes_given_with_the_rows_are_undone_with_them(db, link_index):
    def fail(_db):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.save_evidence(db, [first_atlas_row(link_index)], evidence.ATLAS, TODAY, also=fail)
    assert db.execute("select count(*) from evidence").fetchone() == (0,)
