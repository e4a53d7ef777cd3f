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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify_report import DEFAULT_CSV, ReportError, read_rows  # noqa: E402

from scorecard.classify import classify, split_sentences  # noqa: E402


def rate(texts: list[str], seconds: float) -> tuple[int, float]:
    """(sentences classified, elapsed seconds) after running for about `seconds`."""
    classify(texts[0])  # compile the lexicon outside the timing
    per_round = sum(len(split_sentences(t)) for t in texts)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            classify(t)
        done += per_round
    return done, time.perf_counter() - start


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
    done, elapsed = rate(texts, args.seconds)
    print(f"{done} sentences in {elapsed:.2f}s on one core: {done / elapsed:,.0f} sentences/second (target 2,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
