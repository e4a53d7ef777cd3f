"""data/feeds.csv and data/vendors.csv layouts and their validation."""

import csv
from pathlib import Path

from scorecard import datafiles

DATA = Path(__file__).resolve().parent.parent / "data"


def unitids():
    return {r["unitid"] for r in csv.DictReader((DATA / "institutions.csv").open(encoding="utf-8"))}


def test_shipped_feeds_are_valid():
    problems = []
    assert datafiles.validate_feeds(DATA / "feeds.csv", unitids(), problems) and problems == []


def test_shipped_vendors_are_valid():
    problems = []
    assert datafiles.validate_vendors(DATA / "vendors.csv", problems) and problems == []


def test_feed_with_bad_format_url_and_unitid_is_reported(tmp_path):
    path = tmp_path / "feeds.csv"
    path.write_text("url,format,name,publisher,unitid,notes\n"
                    "ftp://x.example.org/feed,json,X,,999999,\n", encoding="utf-8")
    problems = []
    datafiles.validate_feeds(path, unitids(), problems)
    assert [(p.line, p.field) for p in problems] == [(2, "url"), (2, "format"), (2, "unitid")]


def test_duplicate_vendor_url_is_reported(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_text("vendor,url,page_kind,notes\nA,https://a.example.org/,marketing,\n"
                    "B,https://a.example.org/,case_study,\n", encoding="utf-8")
    problems = []
    datafiles.validate_vendors(path, problems)
    assert [str(p) for p in problems] == [f"{path}:3: url: 'https://a.example.org/' duplicates line 2"]
