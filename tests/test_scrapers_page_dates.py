"""A page's date is as precise as the page states it: a day only when the markup or the URL gives that
day, else its month (or year). Pages are served by a real HTTP server on 127.0.0.1 and crawled or
watched into a real store; the clock is injected."""

import datetime as dt
import json

from scraperkit import FAST, campus, db  # noqa: F401 (db is a fixture)
from webserver import html_page, serve  # noqa: F401 (serve is a fixture)

from scorecard.clock import Fixed
from scrapers import extract, page_dates
from scrapers.crawl import crawl
from scrapers.watch import Source, watch

TODAY = dt.date(2026, 8, 19)
CLOCK = Fixed.on(TODAY)
STATEMENT = "The university police do not use facial recognition technology."


def published(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


def crawled_dates(db, serve, path: str, head: str = "", body: str = "") -> tuple[str, str, str]:
    """(stated_on, page_date, date_source) of the one statement on ``path``, linked from the start page."""
    site = serve(routes={
        "/": lambda h, s: h.send(200, html_page(f'<a href="{path}">camera policy</a>')),
        path: lambda h, s: h.send(200, html_page(f"<h1>Cameras</h1>{body}<p>{STATEMENT}</p>", "Cameras", head))})
    summary = crawl([campus(site)], FAST, db, clock=CLOCK)
    assert [e["sentence"] for e in summary.evidence] == [STATEMENT]
    stated_on, details = db.execute("select stated_on, details from evidence").fetchone()
    details = json.loads(details)
    return stated_on, details["page_date"], details["date_source"]


def test_a_page_stating_only_a_month_is_dated_to_that_month(db, serve):
    assert crawled_dates(db, serve, "/policies/cameras.html", head=published("2021-03")) == (
        "2021-03", "2021-03", "htmldate")


def test_a_page_stating_the_first_of_a_month_keeps_its_day(db, serve):
    assert crawled_dates(db, serve, "/policies/cameras.html", head=published("2021-03-01")) == (
        "2021-03-01", "2021-03-01", "htmldate")


def test_a_page_stating_a_full_date_keeps_its_day(db, serve):
    assert crawled_dates(db, serve, "/policies/cameras.html", head=published("2021-03-14T09:30:00-05:00")) == (
        "2021-03-14", "2021-03-14", "htmldate")


def test_a_url_with_only_a_year_and_month_gives_the_month(db, serve):
    assert crawled_dates(db, serve, "/news/2021/03/cameras.html") == ("2021-03", "2021-03", "url")


def watched_dates(db, serve, path: str, head: str = "") -> list[tuple[str, str]]:
    """(stated_on, date_source) of what ``scorecard watch`` queues from the watched page ``path``."""
    site = serve(routes={path: lambda h, s: h.send(200, html_page(f"<p>{STATEMENT}</p>", "Policy", head))})
    summary = watch([Source(211440, site.url(path), "camera policy", "2026-08-19", "", 2)], FAST, db, clock=CLOCK)
    return [(e["stated_on"], json.loads(d)["date_source"]) for e, (d,) in
            zip(summary["evidence"], db.execute("select details from evidence"), strict=True)]


def test_a_url_with_a_year_month_and_day_gives_the_day(db, serve):
    # the crawler skips /YYYY/MM/DD/ paths as dated archives; a watched page (or a feed's article) is read
    assert watched_dates(db, serve, "/news/2021/03/14/cameras.html") == [("2021-03-14", "htmldate")]


def test_a_watched_url_with_only_a_year_and_month_gives_the_month(db, serve):
    assert watched_dates(db, serve, "/news/2021/03/cameras.html") == [("2021-03", "url")]


def test_a_day_written_next_to_posted_inside_the_stated_month_makes_it_precise(db, serve):
    assert crawled_dates(db, serve, "/policies/cameras.html", head=published("2021-03"),
                         body="<p>Posted March 14, 2021</p>") == ("2021-03-14", "2021-03-14", "text")


def test_a_written_day_outside_the_stated_month_does_not_replace_it(db, serve):
    assert crawled_dates(db, serve, "/policies/cameras.html", head=published("2021-03"),
                         body="<p>Updated April 2, 2021</p>") == ("2021-03", "2021-03", "htmldate")


def test_a_watched_page_stating_only_a_month_is_queued_with_that_month(db, serve):
    assert watched_dates(db, serve, "/policy", head=published("2021-03")) == [("2021-03", "htmldate")]


def parsed(head: str = "", url: str = "http://x.edu/policy", today: dt.date = TODAY) -> tuple:
    page = extract.parse_html(html_page(f"<p>{STATEMENT}</p>", "Policy", head), url, today=today)
    return page.page_date, page.date_source


def test_a_month_dateutil_would_complete_from_the_clock_stays_a_month():
    assert parsed(published("2021/03")) == ("2021-03", "htmldate")  # htmldate alone: 2021-03-<today's day>


def test_a_month_the_page_never_states_is_dropped_to_the_year():
    assert parsed(published("2021.03")) == ("2021", "htmldate")  # htmldate alone: 2021-<today's month and day>


def test_a_numeric_month_and_year_is_a_month():
    assert parsed(published("03/2021")) == ("2021-03", "htmldate")


def test_a_stated_month_that_has_begun_is_kept_and_a_later_one_refused():
    assert parsed(published("2026-08")) == ("2026-08", "htmldate")
    assert parsed(published("2026-09")) == (None, None)


def test_a_url_month_after_today_is_refused():
    assert parsed(url="http://x.edu/news/2026/09/cameras.html") == (None, None)


def test_days_are_recognised_in_the_forms_pages_write_them():
    day = dt.date(2021, 3, 4)
    for written in ("2021-03-04", "2021/3/4", "20210304", "04.03.2021", "3/4/21", "March 4th, 2021",
                    "4 March 2021", "04-Mar-2021", "Mar. 4, 2021", "the 4th of March, 2021"):
        assert page_dates.day_is_stated(day, f"<p>{written}</p>"), written
    for other in ("2021-03", "March 2021", "2021-03-14", "March 14, 2021", "12021-03-04"):
        assert not page_dates.day_is_stated(day, f"<p>{other}</p>"), other


def test_a_cut_date_is_the_finer_only_inside_the_coarser_period():
    assert page_dates.finer("2021-03", "2021-03-14") == "2021-03-14"
    assert page_dates.finer("2021-03", "2021-04-02") == "2021-03"
    assert page_dates.finer(None, "2021-03") == "2021-03"
    assert page_dates.finer("2021-03-14", "2021-03") == "2021-03-14"


def test_a_day_written_anywhere_on_a_long_page_is_found():
    filler = "<p>Cameras cover the entrances of the library.</p>" * 200
    assert page_dates.as_stated("2021-03-01", f"{filler}<p>Posted March 1, 2021</p>{filler}", "http://x.edu/") == (
        "2021-03-01")


def test_a_month_and_day_far_from_the_year_do_not_make_a_date():
    far = " " + "x" * 100 + " "
    assert page_dates.as_stated("2021-03-01", f"<p>March 1{far}2021</p>", "http://x.edu/") == "2021"
