"""Putting a freshly built database in place so that a kill at any moment loses nothing.

One build at a time per target (an flock on ``.<name>.lock``), so temporaries left by a killed
build can be removed safely at the start of the next; the new file and its folder are fsynced
before and after the rename, so after a power cut the target is the old file or the new one,
complete."""

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def exclusive(target: Path):
    lock = target.parent / f".{target.name}.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def stale_temporaries(target: Path) -> list[Path]:
    """What killed builds of ``target`` left: ``.<name>.*.tmp`` and their SQLite side files."""
    pattern = f".{target.name}.*.tmp"
    found = list(target.parent.glob(pattern))
    return found + [p for suffix in ("-journal", "-wal", "-shm") for p in target.parent.glob(pattern + suffix)]


def remove_stale_temporaries(target: Path) -> int:
    """Call with ``exclusive(target)`` held: no other build is writing them."""
    removed = 0
    for p in stale_temporaries(target):
        p.unlink(missing_ok=True)
        removed += 1
    return removed


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_replace(tmp: Path, target: Path) -> None:
    """fsync the new file and its folder, rename it over ``target``, fsync the folder again."""
    fsync_path(tmp)
    fsync_path(target.parent)
    os.replace(tmp, target)
    fsync_path(target.parent)
