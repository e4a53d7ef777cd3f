"""The store: validated, all-or-nothing writes; only approved rows reach the build."""

import datetime as dt
import sqlite3

import pytest

from scorecard import store

TODAY = dt.date(2026, 11, 26)
INSTITUTIONS = [{"unitid": "100001", "slug": "north-college", "name": "North College"}]
ROW = {"unitid": 100001, "stance": "using", "stated_on": "2025-04", "source_urls": "https://north.edu/news",
       "source_kind": "official_statement", "quote": "We pilot face matching at the library.", "recorded_by": "crawler"}


@pytest.fixture
def db(tmp_path):
    d = store.open_store(tmp_path / "store.db")
    store.sync_institutions(d, INSTITUTIONS)
    return d


def test_store_uses_wal_and_full_sync(db):
    assert db.execute("pragma journal_mode").fetchone() == ("wal",)
    assert db.execute("pragma synchronous").fetchone() == (2,)


def test_added_evidence_waits_for_review(db):
    (eid,) = store.add_evidence(db, [ROW], origin="crawler", today=TODAY)
    row = db.execute("select review_status, origin, stance from evidence where id = ?", (eid,)).fetchone()
    assert row == ("pending", "crawler", "using")
    assert len(store.approved_evidence(db)) == 0


def test_a_bad_row_stores_nothing_of_its_batch(db):
    with pytest.raises(store.StoreError) as e:
        store.add_evidence(db, [ROW, dict(ROW, source_urls="javascript:alert(1)")], origin="crawler", today=TODAY)
    assert "source_urls" in str(e.value)
    assert db.execute("select count(*) from evidence").fetchone() == (0,)


def test_unknown_campus_is_refused(db):
    with pytest.raises(store.StoreError, match="unitid: 999999 is not an institution|unitid: '999999'"):
        store.add_evidence(db, [dict(ROW, unitid=999999)], origin="crawler", today=TODAY)


def test_unclassified_findings_can_wait_but_never_be_approved(db):
    store.add_evidence(db, [dict(ROW, stance="unclassified")], origin="crawler", today=TODAY)
    with pytest.raises(store.StoreError, match="unclassified evidence cannot be approved"):
        store.add_evidence(db, [dict(ROW, stance="unclassified", review_status="approved")], origin="x", today=TODAY)


def test_database_itself_refuses_a_stance_outside_the_vocabulary(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("insert into evidence (id, unitid, stance, stated_on, source_urls, source_kind, recorded_by, "
                   "review_status, origin, created_at) values ('x', 100001, 'maybe', '2020', 'https://a.b', "
                   "'advocacy', 'me', 'pending', 'test', '2026')")


def test_approved_store_evidence_colors_the_campus_on_the_next_build(tmp_path):
    from conftest import DATA

    from scorecard import build

    d = store.open_store(tmp_path / "store.db")
    store.sync_institutions(d, [{"unitid": "100654", "slug": "alabama-a-and-m-university", "name": "AAMU"}])
    store.add_evidence(d, [dict(ROW, unitid=100654, review_status="approved", reviewed_by="rev")],
                       origin="submission", today=TODAY)
    d.conn.close()
    build.build(DATA, tmp_path / "store.db", tmp_path / "pub.db", TODAY)
    conn = sqlite3.connect(tmp_path / "pub.db")
    assert conn.execute("select color, stance from campuses where unitid = 100654").fetchone() == ("red", "using")


def test_syncing_institutions_again_adds_new_ones_and_renames_changed_ones(db):
    store.sync_institutions(db, [{"unitid": "100001", "slug": "north-college", "name": "North College of Arts"},
                                 {"unitid": 100002, "slug": "south-college", "name": "South College"}])
    store.sync_institutions(db, [{"unitid": "100002", "slug": "south-college", "name": "South College"}])
    assert db.execute("select unitid, slug, name from institutions order by unitid").fetchall() == [
        (100001, "north-college", "North College of Arts"), (100002, "south-college", "South College")]
