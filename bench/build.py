"""Benchmark a full build on synthetic evidence: 200,000 rows over all 6,256 institutions.

Run by hand: `.venv/bin/python bench/build.py [--rows N]`. Target on 2 cores: under 10 s wall
and under 1 GB peak memory. Prints rows per second; not a test.
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

from scorecard import build
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
        started = time.perf_counter()
        result = build.build(data, tmp / "store.db", tmp / "scorecard.db", TODAY)
        wall = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size_mb = (tmp / "scorecard.db").stat().st_size / 1e6
    print(f"rows:            {args.rows:,} synthetic evidence rows over {len(unitids):,} institutions")
    print(f"approved:        {result.evidence:,}; colored campuses: {result.colored:,}")
    print(f"wall time:       {wall:.2f} s (target < 10 s)")
    print(f"rows per second: {args.rows / wall:,.0f}")
    print(f"peak memory:     {peak_mb:,.0f} MB (max RSS of the whole process; target < 1,024 MB)")
    print(f"database size:   {size_mb:,.1f} MB")


if __name__ == "__main__":
    main()
