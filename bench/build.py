"""Benchmark a full build on synthetic evidence: 200,000 rows over all 6,256 institutions.

Run by hand: `.venv/bin/python bench/build.py [--rows N]`. Target on 2 cores: under 5 s wall, at
most 2x the bare floor, under 1 GB peak memory. Prints rows per second; not a test.

The floor, timed in the same run on the same CSV: read it, one bulk insert into one table, the
evidence table's indexes and its full-text index; what any build of this data must at least pay.
"""

import argparse
import csv
import datetime as dt
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

import sqlite_utils

from scorecard import build, schema
from scorecard.datafiles import EVIDENCE_COLUMNS
from scorecard.method import SOURCE_KINDS, STANCES

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)


def synthetic_evidence(unitids: list[str], n: int, seed: int = 20261126) -> list[dict]:
    rnd = random.Random(seed)
    stances, kinds = list(STANCES), list(SOURCE_KINDS)
    rows = []
    for i in range(n):
        y, m, d = rnd.randint(2012, 2026), rnd.randint(1, 10), rnd.randint(1, 28)
        stated_on = rnd.choice([f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"])
        rows.append({
            "id": f"syn-{i:07d}", "unitid": unitids[i % len(unitids)] if i < len(unitids) else rnd.choice(unitids),
            "stance": rnd.choice(stances), "stated_on": stated_on, "source_kind": rnd.choice(kinds),
            "source_urls": f"https://news.example.com/story/{i} https://archive.example.org/{i}",
            "publisher": "Synthetic News", "quote": "", "summary": f"Synthetic statement number {i}.",
            "recorded_by": "bench", "review_status": "approved" if rnd.random() < 0.9 else "pending",
            "reviewed_by": "bench", "notes": "",
        })
    return rows


def floor(evidence_csv: Path, db_path: Path) -> float:
    """(wall, CPU) seconds for the bare floor (see the module docstring)."""
    started, cpu = time.perf_counter(), time.process_time()
    with evidence_csv.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    cols = ", ".join(f"[{c}] {'INTEGER' if c == 'unitid' else 'TEXT'}" for c in header)
    with db.conn:
        db.execute(f"CREATE TABLE evidence ({cols})")
        db.conn.executemany(f"INSERT INTO evidence VALUES ({', '.join('?' * len(header))})", rows)
        for (col,) in schema.EVIDENCE.indexes:
            db.execute(f"CREATE INDEX idx_{col} ON evidence([{'stated_on' if col == 'stated_from' else col}])")
    db["evidence"].enable_fts(list(schema.EVIDENCE.fts), create_triggers=False)
    db.conn.close()
    return time.perf_counter() - started, time.process_time() - cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "data"
        data.mkdir()
        for name in ("institutions.csv", "aliases.csv"):
            shutil.copy(ROOT / "data" / name, data / name)
        unitids = [r["unitid"] for r in csv.DictReader((data / "institutions.csv").open())]
        with (data / "evidence.csv").open("w", newline="") as f:
            w = csv.DictWriter(f, EVIDENCE_COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(synthetic_evidence(unitids, args.rows))
        started, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
        result = build.build(data, tmp / "store.db", tmp / "scorecard.db", TODAY)
        wall, cpu, main_cpu = time.perf_counter() - started, time.process_time() - cpu, time.thread_time() - main_cpu
        floor_s, floor_cpu = floor(data / "evidence.csv", tmp / "floor.db")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size_mb = (tmp / "scorecard.db").stat().st_size / 1e6
    print(f"rows:            {args.rows:,} synthetic evidence rows over {len(unitids):,} institutions")
    print(f"approved:        {result.evidence:,}; colored campuses: {result.colored:,}")
    print(f"wall time:       {wall:.2f} s (target < 5 s); CPU time (user+sys) {cpu:.2f} s")
    print(f"threads:         {main_cpu:.2f} s CPU on the calling thread, {max(cpu - main_cpu, 0):.2f} s on the two writer "
          "threads (all of SQLite's work; its indexes and checks run beside the Python work)")
    print(f"bare floor:      {floor_s:.2f} s wall, {floor_cpu:.2f} s CPU; the build takes {wall / floor_s:.1f}x "
          f"the floor's wall time (target <= 2x), {cpu / floor_cpu:.1f}x its CPU time")
    print(f"load average:    {' '.join(Path('/proc/loadavg').read_text().split()[:3])} (other work shares the cores)")
    print(f"rows per second: {args.rows / wall:,.0f}")
    print(f"peak memory:     {peak_mb:,.0f} MB (max RSS of the whole process; target < 1,024 MB)")
    print(f"database size:   {size_mb:,.1f} MB")


if __name__ == "__main__":
    main()
