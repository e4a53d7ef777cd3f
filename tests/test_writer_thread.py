"""The writer thread: jobs run in order on one thread that alone uses the connection; a job's
exception reaches the caller with its message, stops the jobs after it, and the thread is always joined."""

import sqlite3
import threading

import pytest
import sqlite_utils

from scorecard.writer_thread import Writer


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("scorecard-writer")]


def broken(db):
    raise ValueError("the index could not be built")


def test_jobs_run_in_order_on_one_thread_that_is_not_the_callers(tmp_path):
    seen = []
    with Writer(lambda: sqlite_utils.Database(tmp_path / "w.db")) as w:
        w.submit(lambda db: db.execute("create table t (n integer)"))
        for n in range(3):
            w.submit(lambda db, n=n: (db.execute("insert into t values (?)", [n]), seen.append(threading.get_ident())))
        w.run(lambda db: db.conn.commit())
        assert w.run(lambda db: [r[0] for r in db.execute("select n from t order by rowid")]) == [0, 1, 2]
    assert len(set(seen)) == 1 and seen[0] != threading.get_ident()


def test_a_failing_job_raises_its_own_error_in_the_caller_and_stops_the_jobs_after_it(tmp_path):
    ran = []
    w = Writer(lambda: sqlite_utils.Database(tmp_path / "w.db"))
    with pytest.raises(sqlite3.OperationalError, match="no such table: missing"):
        with w:
            w.submit(lambda db: db.execute("select * from missing"))
            w.submit(lambda db: ran.append("after"))
    assert ran == []
    assert writer_threads() == []


def test_run_raises_the_error_of_an_earlier_submitted_job(tmp_path):
    with pytest.raises(ValueError, match="the index could not be built"):
        with Writer(lambda: sqlite_utils.Database(tmp_path / "w.db")) as w:
            w.submit(broken)
            w.run(lambda db: "never")
    assert writer_threads() == []


def test_when_the_caller_raises_queued_jobs_are_skipped_and_the_connection_is_closed(tmp_path):
    started, release, ran, dbs = threading.Event(), threading.Event(), [], []

    def slow(db):
        dbs.append(db)
        started.set()
        release.wait(5)
    with pytest.raises(KeyError):
        with Writer(lambda: sqlite_utils.Database(tmp_path / "w.db")) as w:
            w.submit(slow)
            w.submit(lambda db: ran.append("queued"))
            started.wait(5)
            release.set()
            raise KeyError("the caller failed")
    assert ran == []
    assert writer_threads() == []
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        dbs[0].execute("select 1")


def test_a_connection_that_cannot_open_fails_the_first_wait(tmp_path):
    with pytest.raises(sqlite3.OperationalError, match="unable to open"):
        with Writer(lambda: sqlite_utils.Database(tmp_path / "no-such-folder" / "w.db")) as w:
            w.run(lambda db: db.execute("create table t (n)"))
    assert writer_threads() == []


def test_finish_closes_the_connection_after_the_queued_jobs_and_another_writer_can_wait_for_it(tmp_path):
    with Writer(lambda: sqlite_utils.Database(tmp_path / "a.db")) as a, \
            Writer(lambda: sqlite_utils.Database(tmp_path / "b.db")) as b:
        a.submit(lambda db: (db.execute("create table t (n integer)"), db.execute("insert into t values (7)"),
                             db.conn.commit()))
        done = a.finish()
        copied = []
        b.submit(lambda db: copied.append(
            done.result() and sqlite3.connect(tmp_path / "a.db").execute("select n from t").fetchall()))
    assert copied == [[(7,)]]


def test_finish_after_a_failing_job_is_none_and_the_jobs_error_is_still_raised(tmp_path):
    with pytest.raises(ValueError, match="the index could not be built"):
        with Writer(lambda: sqlite_utils.Database(tmp_path / "w.db")) as w:
            w.submit(broken)
            done = w.finish()
            assert done.result() is None
    assert writer_threads() == []
