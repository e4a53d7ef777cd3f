"""`scorecard feeds`: RSS and Atom feeds served by a real HTTP server on 127.0.0.1, their articles
followed through the polite fetcher, facial-recognition sentences queued as pending press evidence."""

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scraperkit import run_list_command
from webserver import Site

from scorecard import store
from scorecard.cli import cli
from scrapers import feeds

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FEEDS = ROOT / "tests" / "fixtures" / "feeds"
TYPES = {"/campus.rss": "application/rss+xml", "/news.atom": "application/atom+xml",
         "/not-xml.xml": "application/xml", "/html-page.xml": "text/html"}
HEADER = "url,format,name,publisher,unitid,notes\n"
# The fixture items are from 2019 and late 2026: the cutoff is given, not left to the calendar (the default,
# three years before the real today, would drop every 2026 item from October 2029 on).
SINCE = "2023-11-26"


def feeds_csv(folder: Path, site: Site, *extra: str) -> Path:
    path = folder / "feeds.csv"
    path.write_text(HEADER + f"{site.url('/campus.rss')},rss,The Plaid Ledger,Carnegie Mellon University student "
                    "newspaper (fictional),211440,\n" + f"{site.url('/news.atom')},atom,Regional Higher-Ed Wire,,,\n"
                    + "".join(extra), encoding="utf-8")
    return path


def run(listed: Path, db: Path, *extra: str):
    return run_list_command("feeds", listed, db, "--since", SINCE, *extra)


def evidence(db: Path, columns="unitid, stance, stated_on, source_urls, source_kind, publisher, quote"):
    return store.open_store(db).execute(f"select {columns} from evidence order by unitid, quote").fetchall()


def details_of(db: Path, quote_start: str) -> dict:
    (details,) = [json.loads(d) for q, d in evidence(db, "quote, details") if q.startswith(quote_start)]
    return details


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """One run over both fixture feeds, then a second over the same store."""
    folder = tmp_path_factory.mktemp("feeds")
    site = Site(FEEDS, types=TYPES)
    listed, db = feeds_csv(folder, site), folder / "store.db"
    summary = json.loads(run(listed, db, "--json").stdout)
    rows = evidence(db)
    hits = site.paths()
    again = json.loads(run(listed, db, "--json").stdout)
    yield {"site": site, "summary": summary, "rows": rows, "db": db, "hits": hits, "again": again,
           "rows_again": evidence(db)}
    site.close()


def test_article_sentences_become_pending_press_evidence(first):
    base = first["site"].base_url
    assert [(u, d, url.replace(base, ""), k, p) for u, _, d, url, k, p, _ in first["rows"]] == [
        (110662, "2026-11-02", "/articles/residence-halls.html", "press_quoting_official", "Regional Higher-Ed Wire"),
        (110662, "2026-11-02", "/articles/residence-halls.html", "press_quoting_official", "Regional Higher-Ed Wire"),
        (164988, "2026-10-06", "/articles/cameras.html", "press_report", "The Plaid Ledger"),
        (211440, "2026-10-06", "/articles/cameras.html", "press_quoting_official", "The Plaid Ledger"),
        (211440, "2026-09-14", "/articles/dining.html", "press_report", "The Plaid Ledger"),
    ]


def test_stance_is_the_classifier_seams(first):
    from scrapers.extract import parse_html
    from scrapers.stance import find_findings

    said = {}
    for article in ("cameras", "dining", "residence-halls"):
        text = parse_html((FEEDS / "articles" / f"{article}.html").read_bytes(), "http://x/").text
        said.update({f.sentence: f.stance for f in find_findings(text)})
    assert [(q, s) for _, s, *_, q in first["rows"]] == [(q, said[q]) for *_, q in first["rows"]]


def test_quote_is_the_sentence(first):
    assert [q for *_, q in first["rows"]] == [
        "Officials there said no cameras are live yet, and facial recognition could start in the spring.",
        "UCLA housing officials are evaluating facial recognition at residence hall entrances, the campus housing "
        "director told reporters.",
        "Students at Boston University asked the same question last year, when facial recognition cameras were "
        "rumored in dorms.",
        "A university spokesperson said the campus police have never used facial recognition software and have "
        "no plans to.",
        "Student senators asked whether the new dining hall turnstiles use facial recognition to check meal plans.",
    ]


def test_all_rows_are_pending_from_the_feeds_importer(first):
    assert set(evidence(first["db"], "review_status, origin, recorded_by")) == {
        ("pending", "feeds", "news feed import")}


def test_details_name_author_title_feed_and_neighbours(first):
    details = details_of(first["db"], "Students at Boston University")
    assert {k: details[k] for k in ("author", "article_title", "feed", "named_in", "linked_as", "date_source")} == {
        "author": "Dana Okafor", "article_title": "Campus police say cameras do not match faces",
        "feed": first["site"].url("/campus.rss"), "named_in": "sentence", "linked_as": "Boston University",
        "date_source": "item"}
    assert details["before"].startswith("A university spokesperson said") and details["after"].startswith("Hogwarts")


def test_atom_entry_author_and_published_date_are_recorded(first):
    details = details_of(first["db"], "UCLA housing officials")
    assert (details["author"], details["item_date"], details["date_source"]) == ("Morgan Liu", "2026-11-02", "item")


def test_relative_and_non_http_item_links(tmp_path):
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
           b'<item><title>A</title><link>/articles/a.html</link></item>'
           b'<item><title>B</title><link>javascript:alert(1)</link></item></channel></rss>')
    _, items = feeds.parse_feed(rss, "application/rss+xml", "https://news.example.org/feed/")
    assert [i.link for i in items] == ["https://news.example.org/articles/a.html", ""]


def test_sentence_naming_no_institution_goes_to_the_newspapers_own_campus(first):
    details = details_of(first["db"], "A university spokesperson")
    assert (details["named_in"], details["link_via"]) == ("feed", "the feed's own institution")


def test_sentence_naming_no_institution_in_a_news_feed_takes_its_neighbours(first):
    details = details_of(first["db"], "Officials there said")
    assert (details["named_in"], details["linked_as"]) == ("neighbours", "UCLA")


def test_headline_is_not_recorded_as_a_statement(first):
    assert not [q for *_, q in first["rows"] if q.startswith(("Two campuses", "Senate asks"))]


def test_unmatched_names_are_reported(first):
    assert [(m["name"], m["url"].rsplit("/", 1)[1]) for m in first["summary"]["unmatched"]] == [
        ("Hogwarts University", "cameras.html")]


def test_ambiguous_names_are_reported_with_candidates(first):
    ambiguous = first["summary"]["ambiguous"]
    assert [m["name"] for m in ambiguous] == ["Columbia College", "University of California"]
    assert len(ambiguous[0]["candidates"]) > 1


def test_old_items_and_items_without_mentions_are_not_fetched(first):
    assert first["summary"]["skipped"] == {"no_mention": 1, "older_than_cutoff": 1}
    assert "/articles/archive-2019.html" not in first["hits"] and "/articles/library-hours.html" not in first["hits"]


def test_unparseable_item_date_is_reported_and_the_article_date_used(first):
    assert first["summary"]["problems"] == [
        f"{first['site'].url('/campus.rss')}: item {first['site'].url('/articles/dining.html')}: date "
        "'sometime last spring' is not a date (RFC 822, ISO 8601, YYYY-MM-DD or 'Month D, YYYY'); "
        "the article's own date is used"]


def test_second_run_adds_nothing(first):
    assert first["again"]["evidence"] == [] and first["rows_again"] == first["rows"]
    assert first["again"]["already_in_store"] == 5


def test_second_run_uses_conditional_requests(first):
    assert first["again"]["from_cache"] == 5  # two feeds, three articles: all 304


def test_every_request_is_in_the_fetch_log(first):
    purposes = store.open_store(first["db"]).execute(
        "select purpose, count(*) from fetch_log group by purpose order by purpose").fetchall()
    assert purposes == [("article", 6), ("feed", 4), ("robots", 2)]


@pytest.mark.parametrize("path", ["/not-xml.xml", "/html-page.xml"])
def test_malformed_feed_is_an_error_kind_and_the_other_feeds_are_read(path, tmp_path):
    site = Site(FEEDS, types=TYPES)
    try:
        listed = feeds_csv(tmp_path, site, f"{site.url(path)},rss,Broken,,,\n")
        summary = json.loads(run(listed, tmp_path / "s.db", "--json").stdout)
    finally:
        site.close()
    assert summary["errors"] == {"malformed_feed": 1}
    assert [(f["url"].replace(site.base_url, ""), f["error_kind"]) for f in summary["feeds"]] == [
        ("/campus.rss", None), ("/news.atom", None), (path, "malformed_feed")]
    assert len(summary["evidence"]) == 5


def test_one_feed_with_the_feed_option(tmp_path):
    site = Site(FEEDS, types=TYPES)
    try:
        listed = feeds_csv(tmp_path, site)
        summary = json.loads(run(listed, tmp_path / "s.db", "--json", "--feed", site.url("/news.atom")).stdout)
    finally:
        site.close()
    assert [f["name"] for f in summary["feeds"]] == ["Regional Higher-Ed Wire"]
    assert [e["unitid"] for e in summary["evidence"]] == [110662, 110662]


def test_readable_summary_names_unmatched_and_ambiguous(tmp_path):
    site = Site(FEEDS, types=TYPES)
    try:
        out = run(feeds_csv(tmp_path, site), tmp_path / "s.db").stdout
    finally:
        site.close()
    assert "new evidence (pending review): 5; already in the store: 0" in out
    assert f"unmatched: 'Hogwarts University' at {site.url('/articles/cameras.html')}" in out
    assert "ambiguous, needs a reviewer: 'Columbia College'" in out


def test_feeds_list_with_a_renamed_column_fails_naming_it(tmp_path):
    listed = tmp_path / "feeds.csv"
    listed.write_text("url,kind,name,publisher,unitid,notes\nhttps://news.example.org/feed,rss,News,,,\n")
    result = CliRunner().invoke(cli, ["feeds", "--feeds", str(listed), "--store", str(tmp_path / "s.db"),
                                      "--data", str(DATA)])
    assert result.exit_code == 1
    assert f"{listed}:1: format: column is missing" in result.output and "nothing fetched" in result.output


def test_an_article_is_recorded_whole_or_not_at_all(tmp_path, link_index):
    from scrapers.extract import Page
    from scrapers.stance import Finding

    db = store.open_store(tmp_path / "s.db")
    store.sync_institutions(db, list(link_index.institutions.values()))
    feed = feeds.Feed("https://news.example.org/feed", "News", unitid=110662)
    item = feeds.Item("https://news.example.org/a", "A", "", "2026-10-01", "", "", "")
    rows = [row for sentence, stance in (("It uses face recognition.", "using"), ("It may scan faces.", "bogus"))
            for row in feeds.finding_rows(feed, item, item.link, Page("A", ""), Finding(sentence, stance, "", ""),
                                          [], "", "2026-10-01", "item", 0.75)]
    with pytest.raises(store.StoreError):
        store.save_evidence(db, rows, feeds.ORIGIN)
    assert db.execute("select count(*) from evidence").fetchone() == (0,)


@pytest.mark.parametrize("sentence,quotes", [
    ("A university spokesperson said the police do not use it.", True),
    ("The campus housing director told reporters it is being evaluated.", True),
    ("Students said they saw cameras.", False),
    ("The university uses facial recognition at the gym.", False),
])
def test_quoting_an_official_is_told_by_title_and_speech_verb(sentence, quotes):
    assert feeds.quotes_official(sentence) is quotes


def test_the_default_cutoff_is_the_staleness_window_before_today():
    assert feeds.default_cutoff(dt.date(2026, 11, 26)) == SINCE
    assert feeds.default_cutoff(dt.date(2028, 2, 29)) == "2025-02-28"
