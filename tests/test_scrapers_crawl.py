"""The campus crawler end to end against real HTTP servers on 127.0.0.1, and what it writes to the store."""

import json
import re
from dataclasses import replace

from scraperkit import FAST, campus, db, log_rows  # noqa: F401 (db is a fixture)
from webserver import html_page, serve  # noqa: F401 (serve is a fixture)

from scrapers.crawl import Campus, campus_from_row, crawl, sitemap_locations
from scrapers.stance import Finding

POLICE_SENTENCE = "The university police have never used facial recognition technology and have no plans to do so."
NEWS_SENTENCE = "They do not use face recognition software."


def evidence(db) -> list[dict]:
    rows = db.execute("select unitid, stance, stated_on, source_urls, source_kind, publisher, quote, recorded_by, "
                      "review_status, origin, details from evidence order by stated_on").fetchall()
    out = []
    for r in rows:
        d = dict(zip(["unitid", "stance", "stated_on", "source_urls", "source_kind", "publisher", "quote",
                      "recorded_by", "review_status", "origin", "details"], r, strict=False))
        d["details"] = json.loads(d["details"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+\+00:00", d["details"].pop("fetched_at"))
        assert d["details"].pop("content_hash").startswith("sha256:")
        out.append(d)
    return out


class _Probability:
    """The classifier's calibrated confidence: a probability, whose value depends on the shipped model."""

    def __eq__(self, other):
        return isinstance(other, float) and 0.0 < other <= 1.0

    def __repr__(self):
        return "a probability"


A_PROBABILITY = _Probability()


def test_crawl_records_exact_pending_evidence_rows(db, serve):
    site = serve("campus")
    crawl([campus(site)], FAST, db)
    common = {"unitid": 211440, "source_kind": "official_statement",
              "publisher": "Carnegie Mellon University", "recorded_by": "crawler", "review_status": "pending",
              "origin": "crawler"}
    assert evidence(db) == [
        {**common, "stance": "not_using", "stated_on": "2021-03-03", "source_urls": site.url("/news/camera-update.html"),
         "quote": NEWS_SENTENCE,
         "details": {"change": "added", "before": "New cameras were installed in the library.",
                     "after": "More cameras follow next year.", "confidence": A_PROBABILITY,
                     "cue": "present-tense denial: do not use frt",
                     "page_title": "Camera update", "page_date": "2021-03-03", "date_source": "text"}},
        {**common, "stance": "wont_use", "stated_on": "2022-07-15", "source_urls": site.url("/policies/video-security.html"),
         "quote": POLICE_SENTENCE,
         "details": {"change": "added",
                     "before": "The university operates cameras in public areas to protect people and property.",
                     "after": "Recordings are kept for thirty days.", "confidence": A_PROBABILITY,
                     "cue": "commitment not to use: have no plans to",
                     "page_title": "Video Security Policy", "page_date": "2022-07-15",
                     "date_source": "htmldate"}},
    ]


def test_crawl_follows_robots_sitemap_and_candidate_links_only(db, serve):
    site = serve("campus")
    summary = crawl([campus(site)], FAST, db)
    assert site.paths()[:2] == ["/robots.txt", "/sitemap.xml"]
    fetched = set(site.paths())
    assert {"/", "/policies/video-security.html", "/news/camera-update.html", "/policies/privacy.html"} <= fetched
    assert "/athletics/tickets.html" not in fetched  # in the sitemap, but no candidate
    assert "/private/staff.html" not in fetched  # robots.txt
    assert not any("calendar" in p for p in fetched)  # trap
    assert summary.errors["robots_disallowed"] == 1 and summary.errors["trap"] == 1
    assert summary.skipped == {"calendar": 1}


def test_crawl_logs_every_request_with_its_outcome(db, serve):
    site = serve("campus")
    crawl([campus(site)], FAST, db)
    rows = {(r[0].replace(site.base_url, ""), r[1], r[3], r[5]) for r in log_rows(db)}
    assert {("/robots.txt", "robots", 200, None), ("/sitemap.xml", "sitemap", 200, None),
            ("/", "page", 200, None), ("/private/staff.html", "page", None, "robots_disallowed"),
            ("/policies/privacy.html", "page", 404, "http_404"),
            ("/events/calendar?month=2026-11", "page", None, "trap")} <= rows
    hosts = {r[0] for r in db.execute("select host from fetch_log")}
    assert hosts == {f"127.0.0.1:{site.port}"}


def test_second_crawl_of_unchanged_site_is_304s_and_adds_nothing(db, serve):
    site = serve("campus")
    first = crawl([campus(site)], FAST, db)
    second = crawl([campus(site)], FAST, db)
    assert len(first.evidence) == 2 and second.evidence == []
    assert second.from_cache == second.pages_fetched + 2  # every page, plus robots.txt and the sitemap
    statuses = [r[0] for r in db.execute("select status from fetch_log where run_id = ? and status is not null",
                                         [second.run_id])]
    assert set(statuses) == {304, 404}
    assert db.execute("select count(*) from evidence").fetchone()[0] == 2
    assert db.execute("select count(*) from page_snapshots").fetchone()[0] == first.pages_fetched


def test_recrawl_after_cache_loss_does_not_duplicate_findings(db, serve):
    site = serve("campus")
    crawl([campus(site)], FAST, db)
    with db.conn:
        db.execute("delete from http_cache")
        db.execute("delete from page_snapshots")
    again = crawl([campus(site)], FAST, db)
    assert again.evidence == []
    assert db.execute("select count(*) from evidence").fetchone()[0] == 2


def test_one_request_in_flight_per_host_with_the_delay_between(db, serve):
    site = serve("campus")
    two = [campus(site), campus(site, unitid=110662, slug="university-of-california-los-angeles")]
    crawl(two, replace(FAST, delay=0.15, workers=2), db)
    hits = sorted(site.hits, key=lambda h: h.start)
    assert len(hits) > 8
    gaps = [b.start - a.end for a, b in zip(hits, hits[1:], strict=False)]
    assert min(gaps) >= 0.13  # never overlapping, and the delay kept (10% slack for timer jitter)


def test_crawl_delay_in_robots_raises_the_delay(db, serve):
    site = serve("campus", routes={"/robots.txt": lambda h, s: h.send(
        200, b"User-agent: *\nCrawl-delay: 0.25\n", content_type="text/plain")})
    crawl([campus(site)], replace(FAST, delay=0.0), db)
    hits = sorted(site.hits, key=lambda h: h.start)
    assert min(b.start - a.end for a, b in zip(hits, hits[1:], strict=False)) >= 0.22


def test_different_hosts_are_crawled_at_the_same_time(db, serve):
    a, b = serve("campus"), serve("campus")
    crawl([campus(a), campus(b, unitid=110662, slug="university-of-california-los-angeles")],
          replace(FAST, delay=0.1, workers=2), db)
    a_span = (a.hits[0].start, a.hits[-1].end)
    b_span = (b.hits[0].start, b.hits[-1].end)
    assert a_span[0] < b_span[1] and b_span[0] < a_span[1]  # the two crawls overlapped in time


def test_faults_do_not_stop_the_crawl(db, serve):
    faults = {
        "/news/slow.html": lambda h, s: (__import__("time").sleep(0.6), h.send(200, html_page("late"))),
        "/news/error.html": lambda h, s: h.send(500, b"no"),
        "/news/loop.html": lambda h, s: h.send(302, headers={"Location": "/news/loop.html"}),
        "/news/away.html": lambda h, s: h.send(302, headers={"Location": "http://localhost:1/x"}),
        "/news/binary.html": lambda h, s: h.send(200, b"\x89PNG\r\n\x1a\n\0\0", content_type="text/html"),
        "/news/huge.html": lambda h, s: h.send(200, b"<p>" + b"z" * 200_000),
    }
    links = "".join(f'<a href="{p}">news</a>' for p in faults)
    routes = {**faults, "/": lambda h, s: h.send(200, html_page(
        links + '<a href="/policies/video-security.html">policy</a><a href="http://campus.invalid/news">x</a>'))}
    site = serve("campus", routes=routes)
    c = Campus(211440, "cmu", "CMU", (site.url("/"),), frozenset({"127.0.0.1", "campus.invalid"}))
    summary = crawl([c], replace(FAST, retries=0, read_timeout=0.3, max_bytes=100_000), db)
    assert {k: summary.errors[k] for k in ("timeout", "http_500", "redirect_loop", "offsite_redirect", "binary",
                                           "too_large", "dns")} == {k: 1 for k in ("timeout", "http_500",
                                                                                    "redirect_loop", "offsite_redirect",
                                                                                    "binary", "too_large", "dns")}
    assert sorted(e["sentence"] for e in summary.evidence) == [POLICE_SENTENCE, NEWS_SENTENCE]


def test_campuses_that_cannot_be_reached_do_not_stop_the_others(db, serve):
    site = serve("campus")
    dead = Campus(110662, "ucla", "UCLA", ("http://ucla.invalid/",), frozenset({"ucla.invalid"}))
    summary = crawl([dead, campus(site)], FAST, db)
    assert summary.errors["dns"] >= 1 and len(summary.evidence) == 2 and summary.failures == {}


def test_endless_link_trap_is_bounded(db, serve):
    def item(h, s):
        n = int(h.path.rsplit("-", 1)[1])
        h.send(200, html_page(f'<a href="/news/item-{n + 1}">next news</a>'
                              f'<a href="/news/list?page={n}&a=1&b=2&c=3">more news</a>'
                              f'<a href="/news/cal/calendar/{n}">calendar</a>'
                              f'<a href="/policies/policies/policies/policies/{n}">policies</a>'))
    site = serve(routes={"/": lambda h, s: h.send(200, html_page('<a href="/news/item-1">news</a>')),
                         "/news/item-*": item})
    summary = crawl([campus(site)], replace(FAST, max_depth=4, max_pages=50), db)
    fetched = [p for p in site.paths() if p not in ("/robots.txt", "/sitemap.xml")]
    assert fetched == ["/", "/news/item-1", "/news/item-2", "/news/item-3", "/news/item-4"]
    assert summary.skipped == {"calendar": 3, "query_string": 3, "repeating_path": 3}  # none past max_depth


def test_a_story_filed_under_its_day_is_crawled_and_the_day_archive_is_not(db, serve):
    story = "/news/2020/02/19/police-will-not-use-facial-recognition/"
    site = serve(routes={
        "/": lambda h, s: h.send(200, html_page(f'<a href="{story}">A statement from the police</a>'
                                                '<a href="/news/2020/02/19/">news of the day</a>')),
        story: lambda h, s: h.send(200, html_page(f"<p>{POLICE_SENTENCE}</p>"))})
    summary = crawl([campus(site)], FAST, db)
    assert story in site.paths() and "/news/2020/02/19/" not in site.paths()
    assert summary.skipped == {"calendar": 1}
    assert [(e["stance"], e["quote"], e["source_urls"]) for e in evidence(db)] == \
        [("wont_use", POLICE_SENTENCE, site.url(story))]


def test_max_pages_bounds_the_crawl(db, serve):
    site = serve(routes={"/": lambda h, s: h.send(200, html_page("".join(
        f'<a href="/news/{i}">news</a>' for i in range(30)))), "/news/*": lambda h, s: h.send(200, html_page("n"))})
    summary = crawl([campus(site)], replace(FAST, max_pages=5), db)
    assert summary.pages_fetched == 5


def test_crawler_takes_any_finder(db, serve):
    site = serve("campus")

    def finder(text):
        return [Finding(s, "wont_use", "", "", 0.9, "never used") for s in text.split("\n") if "never used" in s]
    summary = crawl([campus(site)], FAST, db, finder=finder)
    assert [(e["stance"], e["url"]) for e in summary.evidence] == [("wont_use", site.url("/policies/video-security.html"))]


def test_campus_from_row_uses_the_campus_domains():
    row = {"unitid": "211440", "slug": "carnegie-mellon-university", "name": "Carnegie Mellon University",
           "website": "https://www.cmu.edu/", "web_domain": "cmu.edu", "other_domains": "cmu.org cmu.net"}
    assert campus_from_row(row) == Campus(211440, "carnegie-mellon-university", "Carnegie Mellon University",
                                          ("https://www.cmu.edu/",), frozenset({"cmu.edu", "cmu.org", "cmu.net"}))
    moved = campus_from_row(row, "http://127.0.0.1:8000/start")
    assert moved.start_urls == ("http://127.0.0.1:8000/start",) and "127.0.0.1" in moved.domains


def test_sitemap_locations_reads_urls_and_indexes():
    assert sitemap_locations("<urlset><url><loc> http://x.edu/a?b=1&amp;c=2 </loc></url></urlset>") == (
        ["http://x.edu/a?b=1&c=2"], False)
    assert sitemap_locations("<sitemapindex><sitemap><loc>http://x.edu/s1.xml</loc></sitemap></sitemapindex>")[1]


def test_a_page_is_recorded_whole_or_not_at_all(db, serve):
    site = serve("campus")
    with db.conn:
        db.execute("create trigger refuse before insert on evidence begin select raise(abort, 'disk full'); end")
    summary = crawl([campus(site)], FAST, db)
    assert "disk full" in summary.failures["carnegie-mellon-university"]
    pages_with_findings = db.execute("select count(*) from page_snapshots where sentences != '[]'").fetchone()[0]
    assert pages_with_findings == 0 and db.execute("select count(*) from evidence").fetchone()[0] == 0
    assert db.execute("select count(*) from fetch_log").fetchone()[0] > 0  # what was fetched is still logged


def test_sitemap_index_is_followed(db, serve):
    index = b"<sitemapindex><sitemap><loc>/maps/pages.xml</loc></sitemap></sitemapindex>"
    pages = b"<urlset><url><loc>/policies/video-security.html</loc></url></urlset>"
    site = serve("campus", routes={
        "/robots.txt": lambda h, s: h.send(200, b"Sitemap: /maps/index.xml\n", content_type="text/plain"),
        "/maps/index.xml": lambda h, s: h.send(200, index, content_type="application/xml"),
        "/maps/pages.xml": lambda h, s: h.send(200, pages, content_type="application/xml"),
        "/": lambda h, s: h.send(200, html_page("<p>Nothing linked.</p>"))})
    summary = crawl([campus(site)], FAST, db)
    assert site.paths()[:3] == ["/robots.txt", "/maps/index.xml", "/maps/pages.xml"]
    assert [e["sentence"] for e in summary.evidence] == [POLICE_SENTENCE]


def test_plain_text_page_findings_are_recorded(db, serve):
    site = serve(routes={"/": lambda h, s: h.send(200, html_page('<a href="/policies/cameras.txt">policy</a>')),
                         "/policies/cameras.txt": lambda h, s: h.send(
                             200, b"CAMERA POLICY\nThe police do not use facial recognition.\n",
                             content_type="text/plain")})
    summary = crawl([campus(site)], FAST, db)
    assert [(e["url"], e["sentence"]) for e in summary.evidence] == [
        (site.url("/policies/cameras.txt"), "The police do not use facial recognition.")]


def test_finding_the_store_refuses_is_logged_and_its_page_left_unseen(db, serve):
    site = serve("campus")

    def finder(text):
        return [Finding(s, "bogus_stance", "", "") for s in text.split("\n") if "never used" in s]
    summary = crawl([campus(site)], FAST, db, finder=finder)
    assert summary.evidence == [] and summary.errors["invalid_evidence"] == 1
    reason = db.execute("select error from fetch_log where error_kind = 'invalid_evidence'").fetchone()[0]
    assert "stance: 'bogus_stance' is not a stance" in reason
    assert db.execute("select count(*) from page_snapshots where url like '%video-security%'").fetchone()[0] == 0
    again = crawl([campus(site)], FAST, db, finder=finder)
    assert again.errors["invalid_evidence"] == 1  # offered again on the next crawl, not lost as "unchanged"
