"""A thread that owns one SQLite connection and runs jobs on it in order.

SQLite runs a statement with the GIL released, so a long one (CREATE INDEX, the full-text index's
fill, the foreign-key check, ANALYZE) uses the second core while the caller's Python work goes on.
Row-by-row inserts bind each row's values with the GIL held and hand it back between rows, so they
are run with ``run`` (the caller waits) rather than beside Python work, where they would crawl.

A job that raises stops the jobs queued after it; the caller gets the job's own exception at its
next ``run`` or ``wait``, or when the ``with`` block ends. The thread is joined on every path.
"""

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import sqlite_utils


class Writer:
    def __init__(self, connect: Callable[[], sqlite_utils.Database]):
        """``connect()`` opens the database; it is called on the writer's thread, the only one that uses it."""
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scorecard-writer")
        self._pending: list[Future] = []
        self._stopped = False
        self._db: sqlite_utils.Database | None = None
        self.submit(lambda _: self._open(connect))

    def _open(self, connect) -> None:
        self._db = connect()

    def _call(self, job: Callable[[sqlite_utils.Database], Any]) -> Any:
        if self._stopped:
            return None  # an earlier job failed or the caller gave up: the database is not worth more work
        try:
            return job(self._db)
        except BaseException:
            self._stopped = True
            raise

    def submit(self, job: Callable[[sqlite_utils.Database], Any]) -> None:
        """Queue ``job(db)`` behind the jobs before it and return at once."""
        self._pending.append(self._pool.submit(self._call, job))

    def wait(self) -> None:
        """Until every queued job has run; raises the first one's exception, if any raised."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def finish(self) -> Future:
        """Queue the connection's close behind every job and return at once: the future is True
        once the database is complete and closed, and None if a job failed (that job's exception is
        raised by ``wait`` or the ``with`` block, as always). Another writer's job may wait on it."""
        future = self._pool.submit(self._call, lambda _: self._close() or True)
        self._pending.append(future)
        return future

    def run(self, job: Callable[[sqlite_utils.Database], Any]) -> Any:
        """``job(db)`` after the jobs before it, waiting for it; its value."""
        self.submit(job)
        last = self._pending[-1]
        self.wait()
        return last.result()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        """Waits for the queued jobs (or, when the caller is raising, skips those not started and
        interrupts the running statement), closes the connection on its thread, joins the thread."""
        if error is not None:
            self._stopped = True
            if self._db is not None:
                self._db.conn.interrupt()  # sqlite3 lets any thread interrupt a connection
        try:
            if error is None:
                self.wait()
        finally:
            self._pool.submit(self._close).result()
            self._pool.shutdown(wait=True)
            self._pending = []

    def _close(self) -> None:
        if self._db is not None:
            self._db.conn.close()
            self._db = None
