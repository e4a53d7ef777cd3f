"""Train the classifier's confidence model: P(answer is right | the features that produced it).

Run by hand: ``python bench/train_stance_confidence.py``. Offline, never at run time. Steps:

1. Classify every statement of the training sets (the project's own statement sets in
   tests/fixtures/stance_heldout*.csv and stance_small.csv, the shared development set when it is
   there, and the real-style ``tune`` set, counted ``--real-weight`` times because it is the
   closest to published prose) and record, for each answer, its features
   (``scorecard.classify_confidence.features``) and whether its stance was right.
2. Fit a logistic regression (L2-penalised, Newton's method, numpy) on those.
3. Platt-scale its output on the real-style ``calibrate`` set, which step 2 never saw.
4. Write scorecard/stance_confidence.json and print the reliability table (confidence bands
   against accuracy) on the ``heldout`` set and the ``calibrate`` set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # classify_report lives with the tests
from classify_report import DEFAULT_CSV, read_context_rows  # noqa: E402

from scorecard import classify_confidence  # noqa: E402
from scorecard.classify import classify  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
OUT = ROOT / "scorecard" / classify_confidence.CONFIDENCE_FILE
BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def answers(rows) -> list[tuple[list[str], bool, float]]:
    """(features, stance right?, confidence) of each statement, classified with its context."""
    out = []
    for text, gold, *context in rows:
        title, before = (list(context) + [None, None])[:2]
        p = classify(text, title=title, before=before)
        out.append((list(p.features), p.stance == gold, p.confidence))
    return out


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method; column 0 is the bias (not penalised)."""
    beta = np.zeros(X.shape[1])
    penalty = np.full(X.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ beta, -30, 30)))
        grad = X.T @ (w * (p - y)) + penalty * beta
        hess = (X.T * (w * p * (1 - p))) @ X + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def reliability(scored: list[tuple[float, bool]]) -> list[tuple[str, int, float | None]]:
    """(band, answers in it, share right) for each confidence band."""
    rows = []
    for lo, hi in BANDS:
        inside = [ok for c, ok in scored if lo <= c < hi]
        rows.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(inside), sum(inside) / len(inside) if inside else None))
    return rows


def format_reliability(name: str, scored: list[tuple[float, bool]]) -> str:
    lines = [f"{name}: {len(scored)} answers", "| confidence | answers | right |", "| --- | ---: | ---: |"]
    for band, n, acc in reliability(scored):
        lines.append(f"| {band} | {n} | {'-' if acc is None else f'{acc:.2f}'} |")
    high = [ok for c, ok in scored if c >= 0.8]
    lines.append(f"confidence >= 0.8: {len(high)} answers ({len(high) / max(1, len(scored)):.0%}), "
                 f"{sum(high) / max(1, len(high)):.2f} right")
    return "\n".join(lines)


def family_table(weights, bias, platt, sets) -> dict[str, list[float]]:
    """[answers, answers right] per deciding family, each set's answers counted at its weight."""
    seen: dict[str, list[float]] = {}
    for scored, weight in sets:
        for feats, ok, _ in scored:
            n_right = seen.setdefault(classify_confidence.family(feats), [0.0, 0.0])
            n_right[0] += weight
            n_right[1] += weight * ok
    return {k: [round(n, 2), round(r, 2)] for k, (n, r) in sorted(seen.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real-weight", type=float, default=8.0)
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--own-share", type=float, default=0.05, help="weight of one own statement in the family counts")
    parser.add_argument("--prior-weight", type=float, default=3.0, help="pseudo-answers of the prior per family")
    args = parser.parse_args(argv)
    OUT.unlink(missing_ok=True)  # train on the rules' own scores, not an older model's
    classify_confidence.model.cache_clear()

    own = [r for f in sorted(FIXTURES.glob("stance_heldout*.csv")) + [FIXTURES / "stance_small.csv"]
           for r in read_context_rows(f)]
    if DEFAULT_CSV.exists():
        own += read_context_rows(DEFAULT_CSV)
    tune = read_context_rows(FIXTURES / "stance_real_style_tune.csv")
    train = [(f, ok, 1.0) for f, ok, _ in answers(own)] + [(f, ok, args.real_weight) for f, ok, _ in answers(tune)]
    names = sorted({n for f, _, _ in train for n in f})
    index = {n: i + 1 for i, n in enumerate(names)}

    def matrix(items):
        X = np.zeros((len(items), len(names) + 1))
        X[:, 0] = 1.0
        for r, (f, *_rest) in enumerate(items):
            for n in f:
                if n in index:
                    X[r, index[n]] = 1.0
        return X

    beta = fit(matrix(train), np.array([ok for _, ok, _ in train], float), np.array([w for *_, w in train]), args.l2)
    weights = {n: round(float(beta[i]), 4) for n, i in index.items() if abs(beta[i]) >= 1e-4}
    bias = round(float(beta[0]), 4)

    calib = answers(read_context_rows(FIXTURES / "stance_real_style_calibrate.csv"))
    raw = np.array([classify_confidence.raw_probability(f, weights, bias) for f, _, _ in calib])
    logit = np.log(np.clip(raw, 1e-6, 1 - 1e-6) / np.clip(1 - raw, 1e-6, 1))
    ab = fit(np.column_stack([np.ones(len(calib)), logit]), np.array([ok for _, ok, _ in calib], float),
             np.ones(len(calib)), 0.5)
    platt = {"a": round(float(ab[1]), 4), "b": round(float(ab[0]), 4)}
    families = family_table(weights, bias, platt, [(answers(own), args.own_share), (answers(tune), 1.0), (calib, 1.0)])
    model = {"about": "Confidence model for scorecard.classify, written by bench/train_stance_confidence.py: "
                      "logistic regression over the features of an answer (P(stance right)), Platt-scaled on "
                      "tests/fixtures/stance_real_style_calibrate.csv, then per deciding family its observed share right.",
             "trained_on": {"own statements": len(own), "real-style tune statements": len(tune),
                            "real_weight": args.real_weight, "l2": args.l2},
             "bias": bias, "weights": dict(sorted(weights.items())),
             "platt": platt,
             "families": {"about": "[answers, answers right] per deciding family (cue|via) on the real-style "
                                   "tune and calibrate sets, the project's own sets counted at own_share each; "
                                   "shrunk towards the Platt prior with prior_weight pseudo-answers.",
                          "own_share": args.own_share, "prior_weight": args.prior_weight, "seen": families}}
    OUT.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    classify_confidence.model.cache_clear()
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights from {len(train)} answers")
    for name in ("calibrate", "heldout"):
        scored = [(c, ok) for _, ok, c in answers(read_context_rows(FIXTURES / f"stance_real_style_{name}.csv"))]
        print("\n" + format_reliability(f"stance_real_style_{name}.csv", scored))
    return 0


if __name__ == "__main__":
    sys.exit(main())
