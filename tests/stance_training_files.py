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


def training_files(folders: list[Path], glob: str = "stance_*.csv") -> dict[str, list[Path]]:
    """The files of each role in the folders, sorted by name (a name found twice is an error)."""
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(Path(folder).glob(glob)):
            if path.name in found:
                raise SystemExit(f"{path}: the same file name is also in {found[path.name].parent}")
            found[path.name] = path
    out: dict[str, list[Path]] = {r: [] for r in ROLES}
    for name in sorted(found):
        out[role(found[name])].append(found[name])
    return out
