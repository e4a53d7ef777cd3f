"""Which statement files train the learned stance model, which calibrate it and which only measure it.

Shared by bench/train_stance_model.py and the test that checks the shipped model was trained on
the fixtures as they are now.
"""

from __future__ import annotations

from pathlib import Path

ROLES = ("train", "calibrate", "test")
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
        for path in sorted({p for glob in globs for p in Path(folder).glob(glob)}):
            if path.name in found and found[path.name].read_bytes() != path.read_bytes():
                raise SystemExit(f"{path}: a different file of the same name is in {found[path.name].parent}")
            found.setdefault(path.name, path)
    out: dict[str, list[Path]] = {r: [] for r in ROLES}
    for name in sorted(found):
        out[role(found[name])].append(found[name])
    return out
