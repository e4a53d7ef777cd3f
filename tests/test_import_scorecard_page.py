"""`scorecard import scorecard-page`: a published scorecard's headed lists become stances."""

import datetime as dt
import functools
import http.server
import sys
import threading
from pathlib import Path

import pytest

from scorecard import store
from scorecard.datafiles import DataError
from scrapers import common
from scrapers import http as http_mod
from scrapers import scorecard_page as sp

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PAGE = FIXTURES / "scorecard_page.html"
TODAY = dt.date(2026, 11, 26)
SCORECARD = str(Path(sys.executable).parent / "scorecard")


@pytest.fixture(scope="module")
def report(link_index):
    return sp.parse(PAGE.read_text(encoding="utf-8"), "page.html", link_index, TODAY)


def page_text():
    return PAGE.read_text(encoding="utf-8")


def problems_of(text, link_index, **kw):
    with pytest.raises(DataError) as e:
        sp.parse(text, "page.html", link_index, TODAY, **kw)
    return [str(p) for p in e.value.problems]


@pytest.fixture
def server():
    """The fixtures folder served by a real HTTP server on 127.0.0.1."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("heading,stance", [
    ("WON'T USE (4)", "wont_use"), ("Won\u2019t use", "wont_use"), ("MIGHT USE", "might_use"),
    ("ARE USING", "using"), ("Schools using facial recognition", "using"), ("Considering it", "planning"),
    ("About this scorecard", None),
])
def test_heading_names_a_stance(heading, stance):
    assert sp.stance_of_heading(heading) == stance


def test_each_listed_school_gets_its_heading_stance(report):
    assert {(r["unitid"], r["stance"]) for r in report.rows} == {
        (211440, "wont_use"), (110662, "wont_use"), (177065, "wont_use"),
        (139755, "might_use"), (245652, "might_use"), (135726, "using")}


def test_page_is_the_advocacy_source(report):
    assert {(r["source_urls"], r["source_kind"], r["publisher"]) for r in report.rows} == {
        ("https://scorecard.example.org/campus-facial-recognition", "advocacy", "Example Advocacy Group")}


def test_page_date_dates_every_row(report):
    assert {r["stated_on"] for r in report.rows} == {"2020-03-02"}


def test_footnotes_and_notes_are_cleaned_off_names():
    assert sp.clean_school("UCLA* \u2013 reversed course") == "UCLA"
    assert sp.clean_school("University of Miami [1]") == "University of Miami"
    assert sp.clean_school("Columbia College (MO)") == "Columbia College (MO)"


def test_unmatched_school_is_reported(report):
    assert [m.text for m in report.unmatched] == ["Hogwarts School of Witchcraft"]


def test_ambiguous_school_is_reported(report):
    assert [m.text for m in report.ambiguous] == ["Columbia College"]


def test_lists_outside_stance_headings_are_ignored(report):
    listed = {r["details"]["listed_as"] for r in report.rows}
    assert not {"Home", "Using the scorecard", "Methodology"} & listed


def test_importing_twice_adds_nothing(tmp_path, link_index):
    db = store.open_store(tmp_path / "s.db")
    first = common.save(db, link_index, sp.parse(page_text(), "p", link_index, TODAY), "import:scorecard-page", TODAY)
    second = common.save(db, link_index, sp.parse(page_text(), "p", link_index, TODAY), "import:scorecard-page", TODAY)
    assert len(first.added) == 6 and second.added == []


def test_page_without_date_fails_unless_as_of(link_index):
    text = page_text().replace('<meta property="article:published_time" content="2020-03-02T09:00:00Z">', "")
    assert "page.html:0: date: the page has no date" in problems_of(text, link_index)[0]
    assert {r["stated_on"] for r in sp.parse(text, "p", link_index, TODAY, as_of="2020-02").rows} == {"2020-02"}


def test_unparseable_page_date_fails(link_index):
    text = page_text().replace("2020-03-02T09:00:00Z", "last spring")
    assert problems_of(text, link_index) == ["page.html:0: date: 'last spring' from meta article:published_time is not "
                                        "a date (use YYYY-MM-DD or 'Month D, YYYY')"]


def test_page_without_url_fails_unless_source_url(link_index):
    text = page_text().replace('<link rel="canonical" href="https://scorecard.example.org/campus-facial-recognition">', "")
    assert problems_of(text, link_index)[0].startswith("page.html:0: source_url: the page names no URL")
    rows = sp.parse(text, "p", link_index, TODAY, source_url="https://other.example.org/card").rows
    assert {r["source_urls"] for r in rows} == {"https://other.example.org/card"}


def test_school_listed_twice_fails(link_index):
    text = page_text().replace("<li>Georgia Tech</li>", "<li>Georgia Tech</li><li>Georgia Tech</li>")
    assert problems_of(text, link_index) == ["page.html:31: school: 'Georgia Tech' is listed twice (first on line 31)"]


def test_school_under_two_headings_fails(link_index):
    text = page_text().replace("<li>University of Miami [1]</li>", "<li>Georgia Tech</li>")
    assert problems_of(text, link_index) == ["page.html:38: school: 'Georgia Tech' is listed under might_use on line 31 "
                                        "and under using"]


def test_page_without_stance_headings_fails(link_index):
    text = "<html><head><link rel=canonical href='https://x.example.org/'><time datetime='2020-01-01'></time></head>" \
           "<body><h2>Schools</h2><ul><li>UCLA</li></ul></body></html>"
    assert problems_of(text, link_index) == ["page.html:0: headings: no stance headings found (WON'T USE, MIGHT USE, "
                                        "ARE USING and the like, as <h1>-<h6>)"]


def test_non_utf8_page_fails_clearly():
    with pytest.raises(DataError) as e:
        common.decode(page_text().replace("Georgia Tech", "G\u00e9orgia Tech").encode("latin-1"), "page.html")
    assert "page.html:31: file: is not UTF-8" in str(e.value)


def test_fetch_reads_a_real_http_server(server):
    body, final_url = http_mod.fetch(f"{server}/scorecard_page.html", allow_private=True)
    assert b"WON&rsquo;T USE" in body and final_url == f"{server}/scorecard_page.html"


def test_fetch_failure_is_a_fetch_error(server):
    with pytest.raises(http_mod.FetchError):
        http_mod.fetch(f"{server}/missing.html", allow_private=True)


def test_fetch_is_polite_and_refuses_loopback_by_default(server):
    with pytest.raises(http_mod.FetchError, match="blocked_address"):
        http_mod.fetch(f"{server}/scorecard_page.html")


def test_fetch_with_a_store_is_in_its_fetch_log(server, tmp_path):
    db = store.open_store(tmp_path / "s.db")
    http_mod.fetch(f"{server}/scorecard_page.html", db=db, allow_private=True)
    assert db.execute("select url, purpose, status from fetch_log order by id").fetchall() == [
        (f"{server}/robots.txt", "robots", 404), (f"{server}/scorecard_page.html", "import", 200)]


def test_cli_imports_a_url_with_the_fetched_url_as_source(server, tmp_path):
    import subprocess

    result = subprocess.run([SCORECARD, "import", "scorecard-page", f"{server}/scorecard_page.html",
                             "--store", str(tmp_path / "s.db"), "--data", str(ROOT / "data"),
                             "--today", TODAY.isoformat(), "--allow-private"], capture_output=True, text=True,
                            check=True)
    assert "6 pending evidence row(s) added" in result.stdout
    urls = store.open_store(tmp_path / "s.db").execute("select distinct source_urls from evidence").fetchall()
    assert urls == [(f"{server}/scorecard_page.html",)]


def test_cli_url_import_goes_through_the_polite_fetcher(server, tmp_path):
    import subprocess

    subprocess.run([SCORECARD, "import", "scorecard-page", f"{server}/scorecard_page.html", "--store",
                    str(tmp_path / "s.db"), "--data", str(ROOT / "data"), "--today", TODAY.isoformat(),
                    "--allow-private"], capture_output=True, text=True, check=True)
    logged = store.open_store(tmp_path / "s.db").execute(
        "select purpose, status, error_kind from fetch_log where url = ?", [f"{server}/scorecard_page.html"]).fetchall()
    assert logged == [("import", 200, None)]


def test_one_school_under_two_names_fails(link_index):
    text = page_text().replace("<li>Georgia Tech</li>", "<li>Georgia Tech</li><li>Georgia Institute of Technology</li>")
    assert problems_of(text, link_index) == ["page.html:31: row: is the same evidence as line 31 (same source, "
                                        "institution 139755 and stance might_use)"]


def test_a_list_items_note_is_the_linkers_context(link_index):
    text = "<html><head><link rel=canonical href='https://x.example.org/'><time datetime='2020-01-01'></time></head>" \
           "<body><h2>WON'T USE</h2><ul><li>Rutgers \u2013 the Camden campus answered by letter</li></ul></body></html>"
    assert [r["unitid"] for r in sp.parse(text, "p", link_index, TODAY).rows] == [186371]
