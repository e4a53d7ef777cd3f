"""How well the stance classifier does on a labelled CSV (columns text, stance).

Run by hand: ``python tests/classify_report.py [CSV] [--errors]``. Defaults to the shared
development set, ../shared/data/stance/dev.csv from the repository root. Optional columns
title and before give each statement its page title and preceding text. Prints the confusion
matrix, accuracy at the stance and color level (green, yellow, red, none) and macro-F1 over the
stances.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from scorecard.classify import classify
from scorecard.method import STANCES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "stance" / "dev.csv"
REQUIRED = ("text", "stance")


class ReportError(Exception):
    """The CSV cannot be evaluated (missing file or columns, unknown stance)."""


@dataclass(frozen=True)
class Report:
    labels: list[str]
    matrix: dict[tuple[str, str], int]  # (gold, predicted) -> count
    accuracy: float
    color_accuracy: float
    macro_f1: float
    f1: dict[str, float]
    errors: list[tuple[str, str, str, str]]  # text, gold, predicted, cue
    n: int


def color(stance: str) -> str:
    return STANCES[stance].color or "none"


def read_rows(path: Path) -> list[tuple[str, str]]:
    """(text, stance) rows of a CSV; errors name the file and what is wrong."""
    if not path.exists():
        raise ReportError(f"{path}: no such file")
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ReportError(f"{path}: missing column(s) {', '.join(missing)}; "
                              f"need {', '.join(REQUIRED)}, found {', '.join(reader.fieldnames or []) or 'none'}")
        rows = [(r["text"] or "", (r["stance"] or "").strip()) for r in reader]
    bad = sorted({s for _, s in rows if s not in STANCES})
    if bad:
        raise ReportError(f"{path}: unknown stance(s) {', '.join(bad)}; expected one of {', '.join(STANCES)}")
    return rows


def read_context_rows(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(text, stance, title, before) rows; title and before are optional columns (a page's context)."""
    rows = read_rows(path)
    with path.open(newline="", encoding="utf-8") as f:
        extra = [(r.get("title") or None, r.get("before") or None) for r in csv.DictReader(f)]
    return [(text, stance, title, before) for (text, stance), (title, before) in zip(rows, extra, strict=False)]


def evaluate(rows: list[tuple]) -> Report:
    """Classify each text as a passage (with its title and preceding text when given) and compare with its label."""
    matrix: dict[tuple[str, str], int] = {}
    errors = []
    for text, gold, *context in rows:
        title, before = (context + [None, None])[:2]
        p = classify(text, title=title, before=before)
        matrix[gold, p.stance] = matrix.get((gold, p.stance), 0) + 1
        if p.stance != gold:
            errors.append((text, gold, p.stance, p.cue))
    n = len(rows)
    labels = [s for s in STANCES if any(s in k for k in matrix)]
    f1 = {}
    for s in labels:
        tp = matrix.get((s, s), 0)
        predicted = sum(v for (g, p), v in matrix.items() if p == s)
        actual = sum(v for (g, p), v in matrix.items() if g == s)
        f1[s] = 2 * tp / (predicted + actual) if predicted + actual else 0.0
    correct = sum(v for (g, p), v in matrix.items() if g == p)
    color_correct = sum(v for (g, p), v in matrix.items() if color(g) == color(p))
    return Report(labels, matrix, correct / n if n else 0.0, color_correct / n if n else 0.0,
                  sum(f1.values()) / len(f1) if f1 else 0.0, f1, errors, n)


def format_report(report: Report, show_errors: bool = False) -> str:
    short = {s: s[:9] for s in report.labels}
    width = max(len(s) for s in report.labels) if report.labels else 5
    lines = [f"{report.n} statements; rows = labelled stance, columns = predicted", "",
             " " * width + " " + " ".join(f"{short[s]:>9}" for s in report.labels) + "      F1"]
    for g in report.labels:
        cells = " ".join(f"{report.matrix.get((g, p), 0) or '.':>9}" for p in report.labels)
        lines.append(f"{g:<{width}} {cells}  {report.f1[g]:6.2f}")
    lines += ["", f"accuracy (stance):            {report.accuracy:.3f}",
              f"accuracy (color: green/yellow/red/none): {report.color_accuracy:.3f}",
              f"macro-F1 over stances:        {report.macro_f1:.3f}"]
    if show_errors and report.errors:
        lines += ["", "misclassified:"]
        lines += [f"  {g} -> {p}  [{cue}]  {text}" for text, g, p, cue in report.errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV, help=f"CSV with columns text,stance (default {DEFAULT_CSV})")
    parser.add_argument("--errors", action="store_true", help="also list every misclassified statement with the cue that fired")
    args = parser.parse_args(argv)
    try:
        report = evaluate(read_context_rows(args.csv))
    except ReportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(format_report(report, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
