"""A build whose SQLite work fails on the writer thread, or whose Python work fails while that thread
works, raises the failure's own message, leaves the previous database untouched, removes its
temporary file and leaves no writer thread running."""

import datetime as dt
import sqlite3
import threading

import pytest
from conftest import ROOT

from scorecard import build, colors, schema

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def built(tmp_path):
    """A first, good build; the test's build must leave it as it is."""
    db = tmp_path / "scorecard.db"
    build.build(ROOT / "data", tmp_path / "store.db", db, TODAY)
    return tmp_path, db.read_bytes()


def rebuild(tmp_path):
    return build.build(ROOT / "data", tmp_path / "store.db", tmp_path / "scorecard.db", TODAY)


def assert_nothing_changed_or_left(tmp_path, before: bytes):
    assert (tmp_path / "scorecard.db").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".tmp-journal"))] == []
    assert [t.name for t in threading.enumerate() if t.name.startswith("scorecard-writer")] == []


def disk_full_when_indexing(monkeypatch, when):
    """schema.create_indexes fails as a full disk would for the calls ``when(db, tables)`` picks."""
    real = schema.create_indexes

    def full_disk(db, tables):
        if when(db, tables):
            raise sqlite3.OperationalError("database or disk is full")
        real(db, tables)
    monkeypatch.setattr(schema, "create_indexes", full_disk)


def test_a_reference_to_missing_evidence_fails_the_foreign_key_check(built, monkeypatch):
    tmp_path, before = built
    real = build.history_frame

    def dangling(card):
        h = real(card)
        h.loc[0, "decided_by"] = "no-such-evidence"
        return h
    monkeypatch.setattr(build, "history_frame", dangling)
    with pytest.raises(build.BuildError, match=r"^foreign key check failed: history row 1: decided_by 'no-such-evidence' is not in evidence\.id$"):
        rebuild(tmp_path)
    assert_nothing_changed_or_left(tmp_path, before)


def test_an_error_in_sqlite_on_the_writer_thread_reaches_the_caller_with_its_message(built, monkeypatch):
    tmp_path, before = built
    disk_full_when_indexing(monkeypatch, lambda db, tables: schema.EVIDENCE in tables)
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        rebuild(tmp_path)
    assert_nothing_changed_or_left(tmp_path, before)


def test_an_error_while_coloring_stops_the_writer_and_keeps_the_previous_database(built, monkeypatch):
    tmp_path, before = built

    def broken(*args, **kwargs):
        raise build.BuildError("coloring failed")
    monkeypatch.setattr(colors, "score", broken)
    with pytest.raises(build.BuildError, match="coloring failed"):
        rebuild(tmp_path)
    assert_nothing_changed_or_left(tmp_path, before)


def test_an_error_on_the_side_files_writer_reaches_the_caller_and_leaves_no_side_file(built, monkeypatch):
    tmp_path, before = built
    disk_full_when_indexing(monkeypatch, lambda db, tables: schema.HISTORY in tables
                            and db.execute("select count(*) from history").fetchone()[0])
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        rebuild(tmp_path)
    assert_nothing_changed_or_left(tmp_path, before)
    assert list(tmp_path.glob(".scorecard.db.*.rest.tmp")) == []


def test_a_failed_copy_from_the_side_file_keeps_the_previous_database(built, monkeypatch):
    tmp_path, before = built
    real = schema.create

    def clashing(db, tables, indexes=True):
        real(db, tables, indexes)
        if schema.HISTORY in tables and indexes:  # the copy's target, made in the new database
            db.execute("INSERT INTO main.history (id, unitid, color, stance, valid_from, from_stated_on, decided_by) "
                       "VALUES (1, 1, 'red', 'using', '2020-01-01', '2020', 'x')")
    monkeypatch.setattr(schema, "create", clashing)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed: history.id"):
        rebuild(tmp_path)
    assert_nothing_changed_or_left(tmp_path, before)


def test_outreach_for_a_campus_not_in_data_fails_the_check_before_anything_is_written(built, monkeypatch):
    tmp_path, before = built
    monkeypatch.setattr(build, "published_rows", lambda sdb: [
        {"campaign": "c", "unitid": 999999999, "kind": "email", "asked_on": "2026-01-01", "followed_up_on": None,
         "answered_on": None, "no_response_on": None, "status": "asked"}])
    with pytest.raises(build.BuildError, match=r"^foreign key check failed: outreach row 1: unitid 999999999 is "
                                               r"not in campuses\.unitid$"):
        rebuild(tmp_path)
    assert_nothing_changed_or_left(tmp_path, before)
