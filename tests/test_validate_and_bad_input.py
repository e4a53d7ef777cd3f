"""`scorecard validate` and `scorecard build` on data with errors: every problem is named as
file:line: field: reason, and a failed build leaves the previous published database in place."""

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from scorecard.cli import cli
from scorecard.datafiles import ALIAS_COLUMNS, EVIDENCE_COLUMNS, INSTITUTION_COLUMNS

TODAY = "2026-11-26"

INSTITUTIONS = [
    {"unitid": "100001", "slug": "north-college", "name": "North College", "city": "Northtown", "state": "MA",
     "website": "https://north.edu/", "web_domain": "north.edu", "latitude": "42.1", "longitude": "-71.1",
     "degree_granting": "1", "active": "1", "in_50_states_dc": "1"},
    {"unitid": "100002", "slug": "south-university", "name": "South University", "city": "Southville",
     "state": "GA", "website": "", "web_domain": "", "latitude": "33.1", "longitude": "-84.1",
     "degree_granting": "1", "active": "1", "in_50_states_dc": "1"},
]
ALIASES = [{"alias": "north", "slug": "north-college"}]
EVIDENCE = [
    {"id": "ev-1", "unitid": "100001", "stance": "wont_use", "stated_on": "2024-03", "source_kind": "official_policy",
     "source_urls": "https://north.edu/policy", "publisher": "North College", "summary": "Policy bans it.",
     "recorded_by": "volunteer", "review_status": "approved", "reviewed_by": "reviewer"},
    {"id": "ev-2", "unitid": "100002", "stance": "using", "stated_on": "2025-01-02", "source_kind": "press_report",
     "source_urls": "https://news.example.com/a https://news.example.com/b", "publisher": "News",
     "quote": "South scans faces at the gym.", "recorded_by": "volunteer", "review_status": "approved"},
]


def write(path: Path, columns, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in columns})


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    write(d / "institutions.csv", INSTITUTION_COLUMNS, INSTITUTIONS)
    write(d / "aliases.csv", ALIAS_COLUMNS, ALIASES)
    write(d / "evidence.csv", EVIDENCE_COLUMNS, EVIDENCE)
    return d


def validate(data):
    return CliRunner().invoke(cli, ["validate", "--data", str(data), "--today", TODAY])


def with_evidence(data, **changes):
    rows = [dict(EVIDENCE[0], **changes), EVIDENCE[1]]
    write(data / "evidence.csv", EVIDENCE_COLUMNS, rows)


def test_clean_data_validates(data):
    result = validate(data)
    assert result.exit_code == 0, result.output
    assert "no problems" in result.output


@pytest.mark.parametrize("changes,expected", [
    ({"unitid": "999999"}, "evidence.csv:2: unitid: '999999' is not an institution in institutions.csv"),
    ({"stance": "maybe"}, "evidence.csv:2: stance: 'maybe' is not a stance"),
    ({"stated_on": "2021-02-30"}, "evidence.csv:2: stated_on: '2021-02-30' is not a real calendar date"),
    ({"stated_on": "2027-01"}, "evidence.csv:2: stated_on: '2027-01' is in the future"),
    ({"stated_on": "Feb 2020"}, "evidence.csv:2: stated_on: 'Feb 2020' is not a date of the form"),
    ({"source_urls": "javascript:alert(1)"}, "evidence.csv:2: source_urls: 'javascript:alert(1)' is not an http(s) URL"),
    ({"source_urls": "ftp://north.edu/x"}, "evidence.csv:2: source_urls: 'ftp://north.edu/x' is not an http(s) URL"),
    ({"source_kind": "rumour"}, "evidence.csv:2: source_kind: 'rumour' is not a source kind"),
    ({"review_status": "maybe"}, "evidence.csv:2: review_status: 'maybe' is not a review status"),
    ({"recorded_by": ""}, "evidence.csv:2: recorded_by: is required"),
    ({"summary": "", "quote": ""}, "evidence.csv:2: quote: a quote or a summary is required"),
    ({"id": "ev-2"}, "evidence.csv:3: id: 'ev-2' duplicates line 2"),
])
def test_each_evidence_error_is_named_with_file_line_and_field(data, changes, expected):
    with_evidence(data, **changes)
    result = validate(data)
    assert result.exit_code == 1
    assert expected in result.output


def test_missing_column_is_named(data):
    cols = [c for c in EVIDENCE_COLUMNS if c != "stance"]
    write(data / "evidence.csv", cols, EVIDENCE)
    result = validate(data)
    assert result.exit_code == 1
    assert "evidence.csv:1: stance: column is missing" in result.output


def test_non_utf8_file_is_named(data):
    (data / "aliases.csv").write_bytes("alias,slug\ncaf\xe9,north-college\n".encode("latin-1"))
    result = validate(data)
    assert result.exit_code == 1
    assert "aliases.csv:0: file: is not UTF-8" in result.output


def test_row_with_extra_fields_is_named(data):
    with (data / "aliases.csv").open("a") as f:
        f.write("south,south-university,extra\n")
    result = validate(data)
    assert "aliases.csv:3: row: has 3 fields, the header has 2" in result.output


def test_duplicate_unitid_and_slug_are_named(data):
    write(data / "institutions.csv", INSTITUTION_COLUMNS, INSTITUTIONS + [dict(INSTITUTIONS[0])])
    out = validate(data).output
    assert "institutions.csv:4: unitid: 100001 duplicates line 2" in out
    assert "institutions.csv:4: slug: 'north-college' duplicates line 2" in out


def test_alias_to_an_unknown_slug_is_named(data):
    write(data / "aliases.csv", ALIAS_COLUMNS, [{"alias": "west", "slug": "west-college"}])
    assert "aliases.csv:2: slug: 'west-college' is not a campus slug in institutions.csv" in validate(data).output


def test_alias_that_is_already_a_slug_is_named(data):
    write(data / "aliases.csv", ALIAS_COLUMNS, [{"alias": "south-university", "slug": "north-college"}])
    assert "aliases.csv:2: alias: 'south-university' is already a campus slug" in validate(data).output


def test_bad_coordinates_and_slug_format_are_named(data):
    bad = dict(INSTITUTIONS[1], latitude="123", slug="South_University")
    write(data / "institutions.csv", INSTITUTION_COLUMNS, [INSTITUTIONS[0], bad])
    out = validate(data).output
    assert "institutions.csv:3: latitude: '123' is not a number from -90 to 90" in out
    assert "institutions.csv:3: slug: 'South_University' is not lowercase words joined by hyphens" in out


def test_every_problem_is_printed_not_only_the_first(data):
    rows = [dict(EVIDENCE[0], stance="maybe"), dict(EVIDENCE[1], stated_on="2020-13")]
    write(data / "evidence.csv", EVIDENCE_COLUMNS, rows)
    out = validate(data).output
    assert "evidence.csv:2: stance" in out and "evidence.csv:3: stated_on" in out


def build(data, tmp_path):
    return CliRunner().invoke(cli, ["build", "--data", str(data), "--store", str(tmp_path / "store.db"),
                                    "--db", str(tmp_path / "scorecard.db"), "--today", TODAY])


def test_build_publishes_clean_data(data, tmp_path):
    result = build(data, tmp_path)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(tmp_path / "scorecard.db")
    assert conn.execute("select slug, color from campuses order by slug").fetchall() == [
        ("north-college", "green"), ("south-university", "red")]


def test_failed_build_prints_validate_messages_and_keeps_the_previous_database(data, tmp_path):
    assert build(data, tmp_path).exit_code == 0
    before = (tmp_path / "scorecard.db").read_bytes()
    with_evidence(data, stance="maybe")
    result = build(data, tmp_path)
    assert result.exit_code == 1
    assert "evidence.csv:2: stance: 'maybe' is not a stance" in result.output
    assert "left as it was" in result.output
    assert (tmp_path / "scorecard.db").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_build_error_after_validation_keeps_the_previous_database(data, tmp_path, monkeypatch):
    assert build(data, tmp_path).exit_code == 0
    before = (tmp_path / "scorecard.db").read_bytes()
    from scorecard import build as build_mod

    def broken(*args, **kwargs):
        raise build_mod.BuildError("disk full")
    monkeypatch.setattr(build_mod, "write_published", broken)
    result = build(data, tmp_path)
    assert result.exit_code == 1 and "disk full" in result.output
    assert (tmp_path / "scorecard.db").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_store_evidence_with_an_id_already_in_data_fails_the_build(data, tmp_path):
    from scorecard import store
    db = store.open_store(tmp_path / "store.db")
    store.sync_institutions(db, INSTITUTIONS)
    store.add_evidence(db, [dict(EVIDENCE[1], id="ev-1")], origin="submission", today=dt.date(2026, 11, 26))
    db.conn.close()
    result = build(data, tmp_path)
    assert result.exit_code == 1
    assert "evidence id 'ev-1' is both in data/ and in the store" in result.output


def test_validate_reports_a_bad_feeds_list(data):
    (data / "feeds.csv").write_text("url,format,name,publisher,unitid,notes\nhttps://n.example.org/feed,json,N,,,\n")
    result = validate(data)
    assert result.exit_code == 1
    assert f"{data / 'feeds.csv'}:2: format: 'json' is not one of rss, atom" in result.output


def test_validate_reports_a_bad_vendors_list(data):
    (data / "vendors.csv").write_text("vendor,url,notes\nA,https://a.example.org/,\n")
    result = validate(data)
    assert result.exit_code == 1
    assert f"{data / 'vendors.csv'}:1: page_kind: column is missing" in result.output


def test_validate_reports_a_bad_sources_list(data):
    (data / "sources.csv").write_text("unitid,url,label,added_on,notes\n999999,https://a.example.org/p,P,2026-11-01,\n")
    result = validate(data)
    assert result.exit_code == 1
    assert f"{data / 'sources.csv'}:2: unitid: '999999' is not an institution in institutions.csv" in result.output
