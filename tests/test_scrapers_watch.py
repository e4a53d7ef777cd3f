"""Watched sources: data/sources.csv validation, snapshots and the diff of statements."""

import datetime as dt
import json
from pathlib import Path

from scraperkit import FAST, db  # noqa: F401 (db is a fixture)
from webserver import html_page, serve  # noqa: F401 (serve is a fixture)

from scorecard import datafiles, store
from scorecard.clock import Fixed
from scrapers.watch import Source, validate_sources, watch

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)
CLOCK = Fixed.on(TODAY)
A = "The campus does not use facial recognition."
B = "The campus is piloting facial recognition at the arena."


def changing_page(state):
    def route(h, site):
        body = html_page(state["body"], title="Camera policy")
        etag = f'"v{hash(body) & 0xffff}"'
        if h.headers.get("If-None-Match") == etag:
            return h.send(304, headers={"ETag": etag, "Content-Length": None})
        h.send(200, body, {"ETag": etag})
    return route


def sources_for(site) -> list[Source]:
    return [Source(223232, site.url("/policy"), "Baylor camera policy", "2026-11-26", "", 2)]


def evidence(db):
    return [(r[0], r[1], r[2], json.loads(r[3])["change"]) for r in db.execute(
        "select stance, quote, review_status, details from evidence order by created_at, quote")]


def test_first_watch_queues_every_statement(db, serve):
    state = {"body": f"<p>Cameras record entrances. {A}</p>"}
    site = serve(routes={"/policy": changing_page(state)})
    summary = watch(sources_for(site), FAST, db, clock=CLOCK)
    assert (summary["pages_fetched"], summary["changed"], len(summary["evidence"])) == (1, 1, 1)
    assert evidence(db) == [("not_using", A, "pending", "added")]


def test_unchanged_page_is_a_304_and_queues_nothing(db, serve):
    state = {"body": f"<p>{A}</p>"}
    site = serve(routes={"/policy": changing_page(state)})
    watch(sources_for(site), FAST, db, clock=CLOCK)
    again = watch(sources_for(site), FAST, db, clock=CLOCK)
    assert again["pages"] == [{"url": site.url("/policy"), "status": 304, "from_cache": True, "error_kind": None,
                               "changed": False}]
    assert db.execute("select count(*) from page_snapshots").fetchone()[0] == 1
    assert len(evidence(db)) == 1


def watch_before_and_after(db, serve, before: str, after: str) -> dict:
    """Watch a page, change it, watch again; the second summary."""
    state = {"body": before}
    site = serve(routes={"/policy": changing_page(state)})
    watch(sources_for(site), FAST, db, clock=CLOCK)
    state["body"] = after
    return watch(sources_for(site), FAST, db, clock=CLOCK)


def test_changed_statement_queues_the_new_one_and_the_removed_one(db, serve):
    summary = watch_before_and_after(db, serve, f"<p>Cameras record entrances. {A}</p>",
                                     f"<p>Cameras record entrances. {B}</p>")
    assert [e["sentence"] for e in summary["evidence"]] == [B, A]
    assert evidence(db) == [("not_using", A, "pending", "added"), ("unclassified", A, "pending", "removed"),
                            ("using", B, "pending", "added")]
    removed_notes = db.execute("select notes from evidence where json_extract(details, '$.change') = 'removed'")
    assert removed_notes.fetchone()[0].startswith("statement removed from the page")
    assert db.execute("select count(*) from page_snapshots").fetchone()[0] == 2


def test_other_text_changing_takes_a_snapshot_but_queues_nothing(db, serve):
    summary = watch_before_and_after(db, serve, f"<p>Office hours 9-5. {A}</p>", f"<p>Office hours 8-4. {A}</p>")
    assert (summary["changed"], summary["evidence"]) == (1, [])
    assert db.execute("select count(*) from page_snapshots").fetchone()[0] == 2


def test_unreachable_watched_page_is_logged_and_the_others_go_on(db, serve):
    state = {"body": f"<p>{A}</p>"}
    site = serve(routes={"/policy": changing_page(state)})
    sources = [Source(211440, "http://cmu.invalid/policy", "gone", "2026-11-26", "", 2), *sources_for(site)]
    summary = watch(sources, FAST, db, clock=CLOCK)
    assert summary["errors"] == {"dns": 1} and len(summary["evidence"]) == 1


def test_undated_finding_fetched_in_a_western_evening_is_queued_with_the_utc_day(db, serve):
    state = {"body": f"<p>{A}</p>"}
    site = serve(routes={"/policy": changing_page(state)})
    evening_in_los_angeles = Fixed(dt.datetime(2026, 11, 27, 7, 30, tzinfo=dt.timezone.utc))  # 23:30 on the 26th
    summary = watch(sources_for(site), FAST, db, clock=evening_in_los_angeles)
    assert [e["stated_on"] for e in summary["evidence"]] == ["2026-11-27"]
    assert summary["errors"] == {}


def test_refused_finding_leaves_the_page_unseen_so_the_next_watch_queues_it(db, serve):
    state = {"body": f"<p>{A}</p>"}
    site = serve(routes={"/policy": changing_page(state)})
    unknown = [Source(110635, site.url("/policy"), "Berkeley camera policy", "2026-11-26", "", 2)]
    first = watch(unknown, FAST, db, clock=CLOCK)
    assert (first["evidence"], first["errors"], first["changed"]) == ([], {"invalid_evidence": 1}, 0)
    assert db.execute("select count(*) from page_snapshots").fetchone()[0] == 0
    store.sync_institutions(db, [{"unitid": "110635", "slug": "uc-berkeley", "name": "UC Berkeley"}])
    again = watch(unknown, FAST, db, clock=CLOCK)
    assert [e["sentence"] for e in again["evidence"]] == [A] and again["pages"][0]["status"] == 304


def test_shipped_sources_csv_is_valid():
    problems = []
    data, _ = datafiles.load(ROOT / "data", TODAY)
    sources = validate_sources(ROOT / "data" / "sources.csv", {r["unitid"] for r in data.institutions}, TODAY, problems)
    assert problems == [] and len(sources) >= 4


def test_bad_sources_rows_are_reported_by_file_line_and_field(tmp_path):
    f = tmp_path / "sources.csv"
    f.write_text("unitid,url,label,added_on,notes\n"
                 "211440,https://www.cmu.edu/a,CMU,2026-11-01,\n"
                 "999999,ftp://x.edu/,,2026-13-01,\n"
                 "211440,https://www.cmu.edu/a#top,CMU again,2026,\n"
                 ",https://x.edu/,X,2030-01-01,\n")
    problems = []
    sources = validate_sources(f, {"211440"}, TODAY, problems)
    assert [str(p).replace(str(f), "F") for p in problems] == [
        "F:3: unitid: '999999' is not an institution in institutions.csv",
        "F:3: url: 'ftp://x.edu/' is not an http(s) URL",
        "F:3: label: is required",
        "F:3: added_on: " + problems[3].reason,
        "F:4: url: duplicates line 2",
        "F:4: added_on: '2026' is not a full date YYYY-MM-DD",
        "F:5: unitid: is required",
        "F:5: added_on: " + problems[7].reason,
    ]
    assert "2026-13-01" in problems[3].reason and "future" in problems[7].reason
    assert [s.line for s in sources] == [2]


def test_missing_sources_file_is_a_problem(tmp_path):
    problems = []
    assert validate_sources(tmp_path / "nope.csv", set(), TODAY, problems) == []
    assert [p.reason for p in problems] == ["does not exist"]


def test_watched_page_findings_carry_the_watch_origin(db, serve):
    state = {"body": f"<p>{A}</p>"}
    site = serve(routes={"/policy": changing_page(state)})
    watch(sources_for(site), FAST, db)
    assert db.execute("select distinct origin from evidence").fetchall() == [("watch",)]
