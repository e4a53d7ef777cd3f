"""The column-at-a-time pass over an evidence file flags every row the per-row rule refuses, and
leaves plainly sound rows alone (so a clean file never pays for the per-row checks)."""

import datetime as dt
import random

import pytest

from scorecard import datafiles, evidence, fields
from scorecard.columns import Columns

TODAY = dt.date(2026, 11, 26)
UNITIDS = {"110662", "166027"}
SOUND = {"id": "ev-1", "unitid": "110662", "stance": "wont_use", "stated_on": "2020-02",
         "source_urls": "https://news.example.com/a https://example.org/b?x=1#y", "source_kind": "press_report",
         "publisher": "Example News", "quote": "We will not use it.", "summary": "", "recorded_by": "h",
         "review_status": "approved", "reviewed_by": "r", "notes": ""}

# One change to the sound row each, every one a problem for validate_row.
FAULTS = [
    {"id": ""}, {"id": " \t"}, {"unitid": ""}, {"unitid": "999999"}, {"unitid": " 110662"}, {"stance": "maybe"},
    {"stance": ""}, {"stated_on": "2027"}, {"stated_on": "2020-02-30"}, {"stated_on": "1899"}, {"stated_on": "20"},
    {"source_urls": ""}, {"source_urls": "ftp://example.com"}, {"source_urls": "https://a.example.com https://x@y.com"},
    {"source_urls": "https://example.com/" + "a" * 2000}, {"source_urls": "https://exa mple.com"},
    {"source_urls": "https://example.com\\@evil.com"}, {"source_urls": "https://[::zz]/"},
    {"source_kind": "rumour"}, {"review_status": "done"}, {"recorded_by": "  "}, {"quote": "", "summary": " "},
    {"quote": "x" * 5001}, {"summary": "a\x00b"}, {"notes": "right\u202eleft"}, {"notes": "x" * 5001},
]


def flagged(rows):
    return evidence.rows_to_check(Columns.from_dicts(datafiles.EVIDENCE_COLUMNS, rows), UNITIDS, TODAY)


def refused(rows):
    return {i for i, r in enumerate(rows) if evidence.validate_row(r, UNITIDS, TODAY)}


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: repr(f)[:40])
def test_a_row_with_a_problem_is_flagged(fault):
    rows = [SOUND, {**SOUND, **fault}, SOUND]
    assert refused(rows) == {1}
    assert 1 in flagged(rows)


def test_plainly_sound_rows_are_not_flagged():
    rows = [SOUND, {**SOUND, "quote": "", "summary": "Said no.\nTwice."}, {**SOUND, "stated_on": "2019-12-31"},
            {**SOUND, "unitid": "166027", "source_urls": "http://EXAMPLE.com"}]
    assert refused(rows) == set()
    assert flagged(rows) == set()


def test_no_rows_flag_nothing():
    assert flagged([]) == set()


def test_random_rows_refused_by_the_rule_are_always_flagged():
    rnd = random.Random(14)
    pieces = {"unitid": ["110662", "1", "", " "], "stance": ["wont_use", "using", "x", ""],
              "stated_on": ["2020", "2020-13", "2030-01-01", " 2020", "2021-02-29"],
              "source_urls": ["https://a.com", "https://a.com  https://b.com", " https://a.com", "https://a.com:8/",
                              "http://é.com", "https://a..com", ""],
              "quote": ["", "q", "\x07", "\ud800"], "summary": ["", "s", " "], "notes": ["", "\x1b", "n"]}
    rows = [{**SOUND, **{k: rnd.choice(v) for k, v in pieces.items()}} for _ in range(400)]
    found = flagged(rows)
    assert refused(rows) <= found
    assert refused(rows)  # the sample holds refused rows, so the comparison means something


def test_a_long_or_unprintable_text_is_flagged_where_it_is():
    values = ["fine", "x" * 31, "ctl\x01", "also fine\nwith a newline"]
    assert fields.texts_to_check(values, 30) == [1, 2]
    assert [i for i, v in enumerate(values) if fields.check_text(v, 30)] == [1, 2]
