"""The fetcher against a real HTTP server on 127.0.0.1, one fault per test; each lands in fetch_log."""

import gzip
import socket
import struct
import time

import pytest
import requests
from scraperkit import FAST, db, fetcher, log_rows  # noqa: F401 (db is a fixture)
from webserver import html_page, serve  # noqa: F401 (serve is a fixture)

from scrapers import extract, urls
from scrapers.fetch import BlockedAddress, Fetcher, PublicOnlyAdapter, read_body


def page(body="<p>Hello.</p>"):
    return lambda h, site: h.send(200, html_page(body))


def failing_then_ok(*statuses, headers=None):
    """A route answering each status in turn, then 200."""
    left = list(statuses)

    def route(h, site):
        if left:
            h.send(left.pop(0), b"busy", headers)
        else:
            h.send(200, html_page("<p>Finally.</p>"))
    return route


def fetched(db, site, path, **settings):
    f = fetcher(db, **settings)
    r = f.fetch(site.url(path))
    f.recorder.flush()
    return r


def test_timeout_is_logged_as_timeout(db, serve):
    site = serve(routes={"/slow": lambda h, s: (time.sleep(1.0), h.send(200, html_page("late")))})
    r = fetched(db, site, "/slow", read_timeout=0.2, retries=0)
    assert (r.ok, r.error_kind) == (False, "timeout")
    assert log_rows(db)[-1] == (site.url("/slow"), "page", 1, None, 0, "timeout")


def test_500_then_success_is_retried(db, serve):
    site = serve(routes={"/flaky": failing_then_ok(500)})
    r = fetched(db, site, "/flaky")
    assert r.ok and b"Finally" in r.body
    assert log_rows(db)[1:] == [(site.url("/flaky"), "page", 1, 500, 0, "http_500"),
                                (site.url("/flaky"), "page", 2, 200, 0, None)]


def test_503_twice_then_success_is_retried(db, serve):
    site = serve(routes={"/busy": failing_then_ok(503, 503)})
    r = fetched(db, site, "/busy")
    assert r.ok
    assert [row[2:] for row in log_rows(db)[1:]] == [(1, 503, 0, "http_503"), (2, 503, 0, "http_503"),
                                                     (3, 200, 0, None)]


def test_503_past_the_retry_budget_gives_up(db, serve):
    site = serve(routes={"/down": failing_then_ok(503, 503, 503, 503)})
    r = fetched(db, site, "/down", retries=1)
    assert (r.ok, r.status, r.error_kind) == (False, 503, "http_503")
    assert site.paths().count("/down") == 2


def test_429_waits_for_retry_after(db, serve):
    site = serve(routes={"/limited": failing_then_ok(429, headers={"Retry-After": "1"})})
    r = fetched(db, site, "/limited")
    assert r.ok
    first, second = [h for h in site.hits if h.path == "/limited"]
    assert second.start - first.end >= 0.9
    assert [row[3:] for row in log_rows(db)[1:]] == [(429, 0, "http_429"), (200, 0, None)]


def test_retry_after_longer_than_allowed_gives_up_at_once(db, serve):
    site = serve(routes={"/later": failing_then_ok(429, headers={"Retry-After": "3600"})})
    r = fetched(db, site, "/later")
    assert (r.ok, r.error_kind) == (False, "http_429")
    assert site.paths().count("/later") == 1


def test_unreadable_retry_after_falls_back_to_backoff(db, serve):
    site = serve(routes={"/soon": failing_then_ok(503, headers={"Retry-After": "soon"})})
    r = fetched(db, site, "/soon")
    assert r.ok
    assert [row[2:] for row in log_rows(db)[1:]] == [(1, 503, 0, "http_503"), (2, 200, 0, None)]


def reset_then_ok():
    """A route that drops the first connection with a TCP reset before answering, then serves 200."""
    left = [True]

    def route(h, site):
        if left:
            left.pop()
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
            h.close_connection = True
        else:
            h.send(200, html_page("<p>Finally.</p>"))
    return route


def test_connection_reset_is_retried_and_each_attempt_logged(db, serve):
    site = serve(routes={"/reset": reset_then_ok()})
    r = fetched(db, site, "/reset")
    assert r.ok and b"Finally" in r.body
    assert [row[2:] for row in log_rows(db)[1:]] == [(1, None, 0, "connection"), (2, 200, 0, None)]


def test_connection_reset_past_the_retry_budget_is_a_connection_error(db, serve):
    site = serve(routes={"/reset": reset_then_ok()})
    r = fetched(db, site, "/reset", retries=0)
    assert (r.ok, r.error_kind) == (False, "connection")
    assert [row[2:] for row in log_rows(db)[1:]] == [(1, None, 0, "connection")]


def test_fetch_log_is_stamped_by_the_injected_clock(db, serve):
    import datetime as dt

    from scorecard.clock import Fixed
    from scrapers.record import Recorder

    site = serve(routes={"/p": page()})
    f = Fetcher(FAST, Recorder(db, "test-run", clock=Fixed.on(dt.date(2026, 11, 26), hour=10)))
    f.fetch(site.url("/p"))
    f.recorder.flush()
    assert {row[0] for row in log_rows(db, "fetched_at")} == {"2026-11-26T10:00:00.000+00:00"}


def test_redirect_loop_is_stopped(db, serve):
    site = serve(routes={"/a": lambda h, s: h.send(302, headers={"Location": "/b"}),
                         "/b": lambda h, s: h.send(301, headers={"Location": s.url("/a")})})
    r = fetched(db, site, "/a")
    assert r.error_kind == "redirect_loop"
    assert log_rows(db)[-1][5] == "redirect_loop"
    assert site.paths().count("/a") == 1


def test_too_many_redirects_are_stopped(db, serve):
    routes = {f"/r{i}": (lambda i: lambda h, s: h.send(302, headers={"Location": f"/r{i + 1}"}))(i) for i in range(10)}
    site = serve(routes=routes)
    r = fetched(db, site, "/r0", max_redirects=3)
    assert r.error_kind == "too_many_redirects"
    assert [p for p in site.paths() if p != "/robots.txt"] == ["/r0", "/r1", "/r2", "/r3"]


def test_redirect_to_another_scheme_is_refused(db, serve):
    site = serve(routes={"/files": lambda h, s: h.send(302, headers={"Location": "file:///etc/passwd"})})
    r = fetched(db, site, "/files")
    assert (r.ok, r.error_kind) == (False, "bad_scheme")
    assert log_rows(db)[-1] == ("file:///etc/passwd", "page", 1, None, 0, "bad_scheme")


def test_redirect_to_another_domain_is_refused(db, serve):
    other = serve(routes={"/elsewhere": page()}, host="localhost")
    site = serve(routes={"/moved": lambda h, s: h.send(301, headers={"Location": other.url("/elsewhere")})})
    f = fetcher(db)
    r = f.fetch(site.url("/moved"), allowed=lambda u: urls.in_domains(u, {"127.0.0.1"}))
    assert (r.ok, r.error_kind) == (False, "offsite_redirect")
    assert other.paths() == []


def test_redirect_to_https_on_the_same_site_is_followed(db, serve):
    site = serve(routes={"/old": lambda h, s: h.send(301, headers={"Location": "/new"}), "/new": page("<p>New.</p>")})
    r = fetched(db, site, "/old")
    assert r.ok and r.final_url == site.url("/new") and r.url == site.url("/old")


def test_response_over_the_size_limit_is_cut(db, serve):
    site = serve(routes={"/big": lambda h, s: h.send(200, b"<p>" + b"x" * 300_000 + b"</p>")})
    r = fetched(db, site, "/big", max_bytes=100_000)
    assert (r.ok, r.error_kind) == (False, "too_large")


def streamed(chunks: int, size: int, pause: float = 0.0):
    """A route sending a body without Content-Length, in chunks, pausing between them."""
    def route(h, s):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        for _ in range(chunks):
            h.wfile.write(b"<p>" + b"y" * size + b"</p>")
            h.wfile.flush()
            time.sleep(pause)
    return route


def test_chunked_response_over_the_size_limit_is_cut_while_reading(db, serve):
    site = serve(routes={"/stream": streamed(100, 10_000)})
    r = fetched(db, site, "/stream", max_bytes=50_000)
    assert r.error_kind == "too_large"


def test_gzip_bomb_stops_after_max_bytes(db, serve):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    site = serve(routes={"/bomb": lambda h, s: h.send(200, bomb, {"Content-Encoding": "gzip"})})
    start = time.monotonic()
    r = fetched(db, site, "/bomb", max_bytes=1_000_000)
    assert (r.ok, r.error_kind) == (False, "too_large")
    assert time.monotonic() - start < 2


def test_read_body_never_inflates_more_than_the_limit():
    class Raw:
        def __init__(self, data):
            self.data = data

        def read(self, n, decode_content=False):
            chunk, self.data = self.data[:n], self.data[n:]
            return chunk
    raw = Raw(gzip.compress(b"\0" * 100_000_000))
    try:
        read_body(raw, "gzip", 64_000, time.monotonic() + 5)
        raise AssertionError("no error")
    except Exception as e:
        assert e.kind == "too_large"
    assert len(raw.data) > 0  # stopped before reading the whole compressed body


def test_gzip_page_within_limits_is_decoded(db, serve):
    body = gzip.compress(html_page("<p>Compressed words.</p>"))
    site = serve(routes={"/gz": lambda h, s: h.send(200, body, {"Content-Encoding": "gzip"})})
    r = fetched(db, site, "/gz")
    assert r.ok and b"Compressed words." in r.body


def test_binary_served_as_html_is_refused(db, serve):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    site = serve(routes={"/logo": lambda h, s: h.send(200, png, content_type="text/html")})
    r = fetched(db, site, "/logo")
    assert (r.ok, r.error_kind) == (False, "binary")


def test_content_type_outside_the_allowlist_is_refused(db, serve):
    site = serve(routes={"/report": lambda h, s: h.send(200, b"%PDF-1.7", content_type="application/pdf")})
    r = fetched(db, site, "/report")
    assert (r.ok, r.error_kind) == (False, "content_type")


def test_cp1252_page_without_header_charset_uses_meta_charset(db, serve):
    body = ('<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><main>'
            '<p>The \u201ccamera\u201d policy \u2014 revised.</p></main></body></html>').encode("cp1252")
    site = serve(routes={"/cp": lambda h, s: h.send(200, body, content_type="text/html")})
    r = fetched(db, site, "/cp")
    p = extract.parse_html(r.body, r.final_url, r.charset)
    assert (p.title, p.text) == ("Caf\u00e9", "The \u201ccamera\u201d policy \u2014 revised.")


def test_wrong_header_charset_falls_back_to_meta_charset(db, serve):
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body><p>\u201cNo\u201d to face scanning.</p></body></html>').encode("cp1252")
    site = serve(routes={"/wrong": lambda h, s: h.send(200, body, content_type="text/html; charset=utf-8")})
    r = fetched(db, site, "/wrong")
    assert extract.parse_html(r.body, r.final_url, r.charset).text == "\u201cNo\u201d to face scanning."


def test_latin1_header_reads_as_windows_1252(db, serve):
    body = "<p>It\u2019s a \u201cpolicy\u201d.</p>".encode("cp1252")
    site = serve(routes={"/latin": lambda h, s: h.send(200, body, content_type="text/html; charset=ISO-8859-1")})
    r = fetched(db, site, "/latin")
    assert extract.parse_html(r.body, r.final_url, r.charset).text == "It\u2019s a \u201cpolicy\u201d."


def test_utf8_page_comes_out_clean(db, serve):
    body = html_page("<p>Universit\u00e9 \u2013 \u201cfacial recognition\u201d \u2713</p>")
    site = serve(routes={"/utf8": lambda h, s: h.send(200, body, content_type="text/html; charset=utf-8")})
    r = fetched(db, site, "/utf8")
    assert extract.parse_html(r.body, r.final_url, r.charset).text == "Universit\u00e9 \u2013 \u201cfacial recognition\u201d \u2713"


def test_malformed_html_still_yields_its_text(db, serve):
    body = (b"<html><body><div><p>Cameras are <b>everywhere. <p>The campus does not use facial recognition"
            b"<table><tr><td>cell</div></i></body>")
    site = serve(routes={"/broken": lambda h, s: h.send(200, body)})
    r = fetched(db, site, "/broken")
    text = extract.parse_html(r.body, r.final_url, r.charset).text
    assert "The campus does not use facial recognition" in text


def test_robots_disallow_is_obeyed_and_logged(db, serve):
    site = serve(routes={"/robots.txt": lambda h, s: h.send(200, b"User-agent: *\nDisallow: /private/\n",
                                                            content_type="text/plain"),
                         "/private/x.html": page()})
    r = fetched(db, site, "/private/x.html")
    assert (r.ok, r.error_kind) == (False, "robots_disallowed")
    assert site.paths() == ["/robots.txt"]
    assert log_rows(db) == [(site.url("/robots.txt"), "robots", 1, 200, 0, None),
                            (site.url("/private/x.html"), "page", 1, None, 0, "robots_disallowed")]


def test_robots_unavailable_means_no_crawl_of_that_host(db, serve):
    site = serve(routes={"/robots.txt": lambda h, s: h.send(500, b"oops"), "/page": page()})
    r = fetched(db, site, "/page", retries=0)
    assert r.error_kind == "robots_unavailable"
    assert "/page" not in site.paths()


def test_host_refusing_connections_is_logged_as_connection(db):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    f = fetcher(db, retries=1)
    r = f.fetch(f"http://127.0.0.1:{port}/policy.html")
    f.recorder.flush()
    assert r.error_kind == "connection"
    assert [row[1:] for row in log_rows(db)] == [("robots", 1, None, 0, "connection"),
                                                 ("robots", 2, None, 0, "connection"),
                                                 ("page", 1, None, 0, "connection")]


def test_name_that_does_not_resolve_is_logged_as_dns(db):
    f = fetcher(db)
    r = f.fetch("http://campus.invalid/policies/")
    f.recorder.flush()
    assert r.error_kind == "dns"
    assert log_rows(db) == [("http://campus.invalid/policies/", "page", 1, None, 0, "dns")]


def test_loopback_address_is_refused_unless_allowed(db, serve):
    site = serve(routes={"/p": page()})
    r = fetched(db, site, "/p", allow_private=False)
    assert r.error_kind == "blocked_address"
    assert site.paths() == []


def test_non_http_url_is_refused(db):
    f = fetcher(db)
    for url in ("ftp://example.edu/file", "javascript:alert(1)", "mailto:x@example.edu"):
        assert f.fetch(url).error_kind == "bad_scheme"


def test_second_fetch_of_unchanged_page_is_a_304_from_cache(db, serve):
    site = serve("campus")
    first = fetched(db, site, "/policies/video-security.html")
    second = fetched(db, site, "/policies/video-security.html")
    assert (first.status, first.from_cache, second.status, second.from_cache) == (200, False, 304, True)
    assert second.body == first.body
    assert site.hits[-1].headers.get("If-None-Match")
    assert [row[3:5] for row in log_rows(db) if row[1] == "page"] == [(200, 0), (304, 1)]


def test_user_agent_identifies_the_crawler(db, serve):
    site = serve(routes={"/p": page()})
    fetched(db, site, "/p")
    assert site.hits[-1].headers["User-Agent"] == "ScorecardTestBot/1.0 (+https://example.org/contact)"


def test_robots_wildcards_and_longest_match_are_obeyed(db, serve):
    robots = (b"User-agent: *\nDisallow: /policies/\nAllow: /policies/public*.html\nDisallow: /*?print=\n"
              b"User-agent: OtherBot\nDisallow: /\n")
    site = serve(routes={"/robots.txt": lambda h, s: h.send(200, robots, content_type="text/plain"),
                         "/policies/public-safety.html": page(), "/policies/cameras.html": page(),
                         "/news/a": page()})
    f = fetcher(db)
    outcomes = {path: f.fetch(site.url(path)).error_kind
                for path in ("/policies/public-safety.html", "/policies/cameras.html", "/news/a?print=1", "/news/a")}
    assert outcomes == {"/policies/public-safety.html": None, "/policies/cameras.html": "robots_disallowed",
                        "/news/a?print=1": "robots_disallowed", "/news/a": None}


def test_server_trickling_past_the_deadline_is_a_timeout(db, serve):
    site = serve(routes={"/trickle": streamed(20, 20_000, pause=0.1)})
    r = fetched(db, site, "/trickle", deadline=0.3, retries=0)
    assert r.error_kind == "timeout"


def test_robots_with_an_unknown_charset_is_still_read(db, serve):
    site = serve(routes={"/robots.txt": lambda h, s: h.send(200, b"User-agent: *\nDisallow: /x\n",
                                                            content_type="text/plain; charset=klingon"),
                         "/x": page(), "/y": page()})
    f = fetcher(db)
    assert (f.fetch(site.url("/x")).error_kind, f.fetch(site.url("/y")).error_kind) == ("robots_disallowed", None)


def test_connection_to_a_private_address_is_refused_even_after_the_lookup(serve):
    site = serve(routes={"/p": page()})
    session = requests.Session()
    session.mount("http://", PublicOnlyAdapter())
    with pytest.raises(BlockedAddress, match="non-public address 127.0.0.1"):
        session.get(site.url("/p"), timeout=2)
    assert site.paths() == []
