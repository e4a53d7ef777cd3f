"""Training the learned stance model: which files train, calibrate or measure it, and the numerical steps.

Used by the offline training script (``python bench/train_stance_model.py``) and by the tests:
the file roles, a sparse 0/1 matrix, the weighted multinomial logistic regression, the margin
by which the model must beat the rules, and the isotonic calibration map. numpy only.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

ROLES = ("train", "calibrate", "test")
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)  # 1.0: the rules always stand
SMOOTH, PRIOR = 2.0, 0.5  # each isotonic block's share right is shrunk by two pseudo-answers at 0.5: never 0 or 1
CALIBRATE = {"stance_real_style_calibrate.csv"}
MEASURE = {"stance_real_style_heldout.csv"}


def role(path: Path) -> str:
    """A file's role from its name: *_test and the real-style held-out set measure, the calibrate set calibrates."""
    if path.name.endswith("_test.csv") or path.name in MEASURE:
        return "test"
    return "calibrate" if path.name in CALIBRATE else "train"


def training_files(folders: list[Path], globs: tuple[str, ...] = ("stance_*.csv",)) -> dict[str, list[Path]]:
    """The files of each role in the folders, sorted by name.

    A name found in two folders with the same bytes is read once (worktrees share the project's
    own sets); with different bytes it is an error naming both.
    """
    found: dict[str, Path] = {}
    for folder in folders:
        if not Path(folder).is_dir():
            raise SystemExit(f"{folder}: no such folder of statement files")
        for path in sorted({p for glob in globs for p in Path(folder).glob(glob)}):
            if path.name in found and found[path.name].read_bytes() != path.read_bytes():
                raise SystemExit(f"{path}: a different file of the same name is in {found[path.name].parent}")
            found.setdefault(path.name, path)
    out: dict[str, list[Path]] = {r: [] for r in ROLES}
    for name in sorted(found):
        out[role(found[name])].append(found[name])
    if not out["train"]:
        raise SystemExit(f"no training statements matching {', '.join(globs)} in {', '.join(map(str, folders))}")
    return out


class Binary:
    """A 0/1 feature matrix kept as its non-zero cells: a statement has a few dozen features out of thousands."""

    def __init__(self, cells: list[list[int]], width: int):
        self.cells, self.shape = cells, (len(cells), width)
        self.r = np.repeat(np.arange(len(cells)), [len(c) for c in cells])
        self.c = np.array([i for c in cells for i in c], dtype=np.int64)
        self.starts = np.concatenate([[0], np.cumsum([len(c) for c in cells])[:-1]]).astype(np.int64)

    def __matmul__(self, W: np.ndarray) -> np.ndarray:
        return np.add.reduceat(W[self.c], self.starts, axis=0)

    def t_matmul(self, G: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(self.c, weights=G[self.r, j], minlength=self.shape[1]) for j in range(G.shape[1])],
                        axis=1)

    def __getitem__(self, mask: np.ndarray) -> Binary:
        return Binary([c for c, keep in zip(self.cells, mask, strict=True) if keep], self.shape[1])


def fit(X: Binary, Y: np.ndarray, w: np.ndarray, l2: float, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Weighted multinomial logistic regression with an L2 penalty (not on the bias), by Nesterov gradient descent."""
    n, d = X.shape
    k = Y.shape[1]
    W, b = np.zeros((d, k)), np.zeros(k)
    vW, vb = np.zeros_like(W), np.zeros_like(b)
    total = w.sum()
    rate = 0.5
    for _ in range(steps):
        aW, ab = W + 0.9 * vW, b + 0.9 * vb
        z = X @ aW + ab
        z -= z.max(axis=1, keepdims=True)
        P = np.exp(z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) * w[:, None] / total
        gW = X.t_matmul(G) + l2 * aW / total
        gb = G.sum(axis=0)
        vW = 0.9 * vW - rate * gW
        vb = 0.9 * vb - rate * gb
        W, b = W + vW, b + vb
    return W, b


def softmax(z: np.ndarray) -> np.ndarray:
    P = np.exp(z - z.max(axis=1, keepdims=True))
    return P / P.sum(axis=1, keepdims=True)


def overruled(P: np.ndarray, rules: np.ndarray, margin: float | np.ndarray) -> np.ndarray:
    """The model's answer where it is surer than of the rules' answer by `margin`, else the rules' answer."""
    best = P.argmax(axis=1)
    rows = np.arange(len(P))
    return np.where(P[rows, best] - P[rows, rules] > margin, best, rules)


def chosen_margin(P: np.ndarray, rules: np.ndarray, gold: np.ndarray) -> float:
    """The largest margin whose share right is within one standard error of the best: the rules stand unless clearly beaten."""
    if not len(P):
        return 1.0
    right = {mg: float((overruled(P, rules, mg) == gold).mean()) for mg in MARGINS}
    best = max(right.values())
    error = (best * (1 - best) / len(P)) ** 0.5
    return max(mg for mg, r in right.items() if r >= best - error)


def isotonic(p: np.ndarray, right: np.ndarray) -> tuple[list[float], list[float]]:
    """Pool adjacent violators: a non-decreasing step map from probability to share right.

    Equal probabilities are one block from the start (a map cannot give one score two values).
    """
    order = np.argsort(p, kind="stable")
    blocks: list[list[float]] = []  # [start probability, sum right, count]
    for i in order:
        if blocks and float(p[i]) == blocks[-1][0]:
            blocks[-1][1] += float(right[i])
            blocks[-1][2] += 1.0
        else:
            blocks.append([float(p[i]), float(right[i]), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            blocks[-1][1] += last[1]
            blocks[-1][2] += last[2]
    xs = [0.0] + [round(b[0], 4) for b in blocks[1:]]
    shrunk = np.maximum.accumulate([(b[1] + SMOOTH * PRIOR) / (b[2] + SMOOTH) for b in blocks])
    return xs, [round(float(y), 4) for y in shrunk]
