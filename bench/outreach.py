"""Benchmark an outreach campaign over every gray campus: create, write letters, record, queue silences.

Run by hand: `.venv/bin/python bench/outreach.py`. Builds data/ into a temporary folder, then times
each step through the real functions (letters through the CLI, so file writing is included) and the
rebuild that publishes the outreach table. Prints seconds per step; not a test.
"""

import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from scorecard import build, store
from scorecard.cli import cli
from scorecard.outreach import campaigns as cp
from scorecard.outreach import laws

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TODAY = dt.date(2026, 11, 26)


def timed(label, fn):
    started = time.perf_counter()
    out = fn()
    print(f"{label:<48} {time.perf_counter() - started:7.2f} s")
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store_path, db_path = tmp / "store.db", tmp / "scorecard.db"
        timed("build (before)", lambda: build.build(DATA, store_path, db_path, TODAY))
        db, pub = store.open_store(store_path), sqlite3.connect(db_path)
        now = dt.datetime(2026, 3, 2, 12, tzinfo=dt.timezone.utc)
        added, _ = timed("create campaign over every gray campus", lambda: cp.create(
            db, pub, "all-gray", "inquiry", "Does your institution use facial recognition?", 20, 0,
            cp.Selection(color="gray"), laws.load(DATA), now))
        print(f"  {added} campuses")
        argv = ["outreach", "letters", "all-gray", "--out", str(tmp / "letters"), "--store", str(store_path),
                "--db", str(db_path), "--data", str(DATA), "--today", "2026-03-02",
                "--from", "Bench <bench@example.org>"]
        r = timed("write every letter (.txt and .eml)", lambda: CliRunner().invoke(cli, argv))
        print(f"  {r.output.strip()}")
        targets = cp.targets(db, "all-gray")
        timed("record every letter as sent by hand", lambda: [
            cp.record_sent(db, "all-gray", t["slug"], dt.date(2026, 3, 2), "records@example.edu", dt.date(2026, 3, 2),
                           now=now) for t in targets])
        due = timed("compute what is due 60 days later", lambda: cp.due(db, "all-gray", dt.date(2026, 5, 1)))
        timed("queue one no_response per campus (one transaction)", lambda: cp.record_no_responses(
            db, pub, "all-gray", due, dt.date(2026, 5, 1)))
        pub.close()
        timed("build (publishing the outreach table)", lambda: build.build(DATA, store_path, db_path, TODAY))
        with sqlite3.connect(db_path) as c:
            print(f"  published outreach rows: {c.execute('select count(*) from outreach').fetchone()[0]}")


if __name__ == "__main__":
    main()
