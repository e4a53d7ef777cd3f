"""Sentences per second of the stance classifier on one core (target: 2,000/s).

Run by hand: ``python bench/classify_speed.py [CSV] [--seconds N]``. Classifies every statement
of the CSV (default: the shared dev set) over and over for N seconds in this single process and
prints the rate. Never run as a timed test: machines differ.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from classify_report import DEFAULT_CSV, ReportError, read_rows  # noqa: E402

from scorecard.classify import classify, split_sentences  # noqa: E402


def rate(texts: list[str], seconds: float) -> tuple[int, float, float, float]:
    """(sentences classified, CPU seconds, wall seconds, best round's rate) after about `seconds`.

    CPU time of this one process is what "one core" means; wall time also counts whatever else
    the machine is doing, and the fastest round is the least disturbed by it.
    """
    classify(texts[0])  # compile the lexicon outside the timing
    per_round = sum(len(split_sentences(t)) for t in texts)
    done, wall, cpu, best = 0, time.perf_counter(), time.process_time(), float("inf")
    while time.perf_counter() - wall < seconds:
        start = time.perf_counter()
        for t in texts:
            classify(t)
        best = min(best, time.perf_counter() - start)
        done += per_round
    return done, time.process_time() - cpu, time.perf_counter() - wall, per_round / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args(argv)
    try:
        texts = [t for t, _ in read_rows(args.csv)]
    except ReportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    done, cpu, wall, best = rate(texts, args.seconds)
    print(f"{done} sentences in {cpu:.2f}s of CPU on one core: {done / cpu:,.0f} sentences/second (target 2,000); "
          f"{done / wall:,.0f}/s by the wall clock; fastest round {best:,.0f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
