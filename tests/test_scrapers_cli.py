"""`scorecard crawl` and `scorecard watch` run as a user would, against a real server on 127.0.0.1."""

import json
from pathlib import Path

from click.testing import CliRunner
from webserver import serve  # noqa: F401 (serve is a fixture)

from scorecard.cli import cli

DATA = Path(__file__).resolve().parent.parent / "data"


def run(*args):
    return CliRunner().invoke(cli, [*args], catch_exceptions=False)


def crawl_args(site, store, *extra):
    return ["crawl", "cmu", "--start-url", site.url("/"), "--store", str(store), "--data", str(DATA), "--delay", "0",
            *extra]


def test_crawl_json_summary_names_pages_errors_and_evidence(serve, tmp_path):
    site = serve("campus")
    result = run(*crawl_args(site, tmp_path / "s.db", "--allow-private", "--json"))
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["pages_fetched"] == 4 and summary["campuses"] == 1
    assert summary["errors"] == {"http_404": 2, "robots_disallowed": 1, "trap": 1}
    assert sorted((e["unitid"], e["url"].replace(site.base_url, ""), e["stance"]) for e in summary["evidence"]) == [
        (211440, "/news/camera-update.html", "not_using"), (211440, "/policies/video-security.html", "wont_use")]


def test_crawl_prints_a_readable_summary(serve, tmp_path):
    site = serve("campus")
    result = run(*crawl_args(site, tmp_path / "s.db", "--allow-private"))
    assert result.exit_code == 0, result.output
    assert "Crawled 1 campus(es)" in result.stdout and "4 pages fetched; 8 requests, 0 answered from the cache (304)" in result.stdout
    assert "errors by kind: http_404 2, robots_disallowed 1, trap 1" in result.stdout
    assert "new evidence (pending review): 2" in result.stdout


def test_crawl_second_run_reports_pages_from_cache(serve, tmp_path):
    site = serve("campus")
    run(*crawl_args(site, tmp_path / "s.db", "--allow-private"))
    summary = json.loads(run(*crawl_args(site, tmp_path / "s.db", "--allow-private", "--json")).stdout)
    assert summary["from_cache"] == 6 and summary["evidence"] == []


def test_crawl_refuses_loopback_without_allow_private(serve, tmp_path):
    site = serve("campus")
    summary = json.loads(run(*crawl_args(site, tmp_path / "s.db", "--json")).stdout)
    assert summary["pages_fetched"] == 0 and summary["errors"] == {"blocked_address": 2}  # robots.txt and the page
    assert site.hits == []


def test_crawl_unknown_campus_is_a_clear_error(tmp_path):
    result = run("crawl", "no-such-campus", "--store", str(tmp_path / "s.db"), "--data", str(DATA))
    assert result.exit_code == 1 and "no campus 'no-such-campus': not a slug, alias or unitid" in result.output


def test_crawl_needs_campuses_or_all(tmp_path):
    result = run("crawl", "--store", str(tmp_path / "s.db"))
    assert result.exit_code == 2 and "name one or more campuses, or --all" in result.output


def test_start_url_needs_exactly_one_campus(tmp_path):
    result = run("crawl", "cmu", "ucla", "--start-url", "http://127.0.0.1:1/", "--store", str(tmp_path / "s.db"))
    assert result.exit_code == 2 and "--start-url needs exactly one campus" in result.output


def test_watch_reports_bad_sources_by_line_and_fetches_nothing(tmp_path):
    bad = tmp_path / "sources.csv"
    bad.write_text("unitid,url,label,added_on,notes\n211440,not-a-url,CMU,2026-11-01,\n")
    result = run("watch", "--sources", str(bad), "--store", str(tmp_path / "s.db"), "--data", str(DATA))
    assert result.exit_code == 1
    assert f"{bad}:2: url: 'not-a-url' is not an http(s) URL" in result.output
    assert "1 problem(s) in the sources list; nothing fetched" in result.output


def test_watch_json_lists_pages_and_new_evidence(serve, tmp_path):
    site = serve("campus")
    listed = tmp_path / "sources.csv"
    listed.write_text("unitid,url,label,added_on,notes\n"
                      f"211440,{site.url('/policies/video-security.html')},CMU video policy,2026-11-01,\n"
                      f"110662,{site.url('/news/camera-update.html')},UCLA news,2026-11-01,\n")
    result = run("watch", "cmu", "--sources", str(listed), "--store", str(tmp_path / "s.db"), "--data", str(DATA),
                 "--allow-private", "--json", "--delay", "0")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert [p["url"] for p in summary["pages"]] == [site.url("/policies/video-security.html")]
    assert [(e["unitid"], e["stance"]) for e in summary["evidence"]] == [(211440, "wont_use")]


def test_crawl_all_with_limit_takes_campuses_with_a_website(serve, tmp_path):
    from scorecard.datafiles import ALIAS_COLUMNS, EVIDENCE_COLUMNS, INSTITUTION_COLUMNS

    site = serve("campus")
    data = tmp_path / "data"
    data.mkdir()
    base = {c: "" for c in INSTITUTION_COLUMNS} | {"state": "PA", "degree_granting": "1", "active": "1",
                                                   "in_50_states_dc": "1"}
    rows = [base | {"unitid": "100001", "slug": "no-website", "name": "No Website"},
            base | {"unitid": "211440", "slug": "carnegie-mellon-university", "name": "CMU",
                    "website": site.url("/"), "web_domain": "127.0.0.1"},
            base | {"unitid": "110662", "slug": "second", "name": "Second", "website": "http://second.invalid/"}]
    (data / "institutions.csv").write_text(",".join(INSTITUTION_COLUMNS) + "\n" + "".join(
        ",".join(r[c] for c in INSTITUTION_COLUMNS) + "\n" for r in rows))
    (data / "aliases.csv").write_text(",".join(ALIAS_COLUMNS) + "\n")
    (data / "evidence.csv").write_text(",".join(EVIDENCE_COLUMNS) + "\n")
    result = run("crawl", "--all", "--limit", "1", "--store", str(tmp_path / "s.db"), "--data", str(data),
                 "--allow-private", "--delay", "0", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["campuses"] == 1 and len(summary["evidence"]) == 2
