"""Releases: every published database kept as an immutable file, and one index saying which is current.

A publish builds into the releases folder, renames the new database to ``<release-id>.db`` and then
rewrites ``index.json`` (the list of kept releases and the current one) with one atomic rename, so
a reader sees either the old release or the new one, never a mix. A failed build never reaches the
index. A file lock makes publishes from the web and the command line one at a time; a publish that
finds another one running waits for it and reports its outcome instead of building again.
"""

import datetime as dt
import fcntl
import json
import os
import re
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from . import build, clock, review

INDEX = "index.json"
LOCK = ".publish.lock"
DEFAULT_KEEP = 10
RELEASE_ID = re.compile(r"^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$")


class ReleaseError(Exception):
    """The releases folder is not what a publish left: names the file and what is wrong."""


@dataclass
class Release:
    release: str
    file: str
    built_at: str
    published_at: str
    campuses: int
    colored: int
    evidence: int
    bytes: int


@dataclass
class Outcome:
    release: Release
    joined: bool        # another publish was running: this one waited and reports that one's result
    pruned: list[str]   # release ids whose files were removed (beyond the number kept)


def default_folder(db_path: Path | str) -> Path:
    """var/scorecard.db -> var/releases: the releases sit beside the database they replace."""
    return Path(db_path).parent / "releases"


def read_index(folder: Path | str) -> dict:
    """{"current": id or None, "releases": [Release, ...] newest first}; empty when nothing is published."""
    path = Path(folder) / INDEX
    if not path.exists():
        return {"current": None, "releases": []}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        releases = [Release(**r) for r in raw["releases"]]
        current = raw["current"]
    except (ValueError, KeyError, TypeError) as e:
        raise ReleaseError(f"{path}: is not a releases index ({type(e).__name__}: {e})") from None
    for r in releases:
        if not RELEASE_ID.match(r.release) or r.file != f"{r.release}.db":
            raise ReleaseError(f"{path}: release {r.release!r}: not a release id with its file")
    if current is not None and current not in {r.release for r in releases}:
        raise ReleaseError(f"{path}: current: {current!r} is not among the releases listed")
    return {"current": current, "releases": releases}


def current(folder: Path | str) -> Release | None:
    index = read_index(folder)
    return next((r for r in index["releases"] if r.release == index["current"]), None)


def path_of(folder: Path | str, release_id: str) -> Path | None:
    """The database file of a kept release, or None (never a path built from unchecked input)."""
    if not RELEASE_ID.match(release_id or ""):
        return None
    found = next((r for r in read_index(folder)["releases"] if r.release == release_id), None)
    return Path(folder) / found.file if found else None


def describe(path: Path, published_at: str) -> Release:
    """A release's facts, read from its own ``release`` table."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        facts = dict(conn.execute("select key, value from release").fetchall())
        colored = conn.execute("select count(*) from campuses where color != 'gray'").fetchone()[0]
    finally:
        conn.close()
    return Release(release=facts["release"], file=f"{facts['release']}.db", built_at=facts["built_at"],
                   published_at=published_at, campuses=int(facts["campuses"]), colored=colored,
                   evidence=int(facts["evidence"]), bytes=path.stat().st_size)


def _write_atomically(path: Path, text: str) -> None:
    """The review module's temp-file-and-rename write, then the folder synced so the rename lasts."""
    review.atomic_write(path, text)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def updated_index(index: dict, new: Release, keep: int) -> tuple[dict, list[Release]]:
    """The index with ``new`` current and first, and the releases beyond ``keep`` that drop out."""
    others = [r for r in index["releases"] if r.release != new.release]
    kept = [new, *others][:max(1, keep)]
    return {"current": new.release, "releases": kept}, others[max(1, keep) - 1:]


def _link_into_place(src: Path, dest: Path) -> None:
    """Point ``dest`` (the --db path other commands read) at the release: a hard link, renamed in."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.link")
    tmp.unlink(missing_ok=True)
    try:
        os.link(src, tmp)
    except OSError:  # another file system: a copy, still renamed into place whole
        shutil.copyfile(src, tmp)
    os.replace(tmp, dest)


class _Lock:
    """An exclusive lock on the releases folder, shared by every process that publishes."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.file = open(folder / LOCK, "a")

    def try_acquire(self) -> bool:
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def wait(self) -> None:
        fcntl.flock(self.file, fcntl.LOCK_EX)

    def close(self) -> None:
        self.file.close()  # closing releases the lock


def publish(data_dir: Path, store_path: Path, folder: Path, today: dt.date | None = None,
            keep: int = DEFAULT_KEEP, db_link: Path | None = None, progress=None) -> Outcome:
    """Build, keep the database as ``<release-id>.db``, make it current, drop releases beyond ``keep``.

    Raises DataError or BuildError from the build with the index and every kept file unchanged."""
    folder = Path(folder)
    step = progress or (lambda text: None)
    lock = _Lock(folder)
    try:
        if not lock.try_acquire():
            step("another publish is running: waiting for it")
            lock.wait()
            now_current = current(folder)
            if now_current is None:
                raise ReleaseError(f"{folder}: the publish that was running published nothing")
            return Outcome(now_current, joined=True, pruned=[])
        staging = folder / f".staging-{os.getpid()}.db"
        staging.unlink(missing_ok=True)
        try:
            build.build(data_dir, store_path, staging, today, progress=step)
            step("keeping the release")
            published_at = clock.SYSTEM.iso()
            new = describe(staging, published_at)
            final = folder / new.file
            if final.exists():  # the same inputs on the same day: the same release, already kept
                staging.unlink()
            else:
                os.chmod(staging, 0o444)
                os.replace(staging, final)
        finally:
            staging.unlink(missing_ok=True)
        index, dropped = updated_index(read_index(folder), new, keep)
        step("making it the current release")
        _write_atomically(folder / INDEX, json.dumps(
            {"current": index["current"], "releases": [asdict(r) for r in index["releases"]]}, indent=1))
        if db_link is not None:
            _link_into_place(final, Path(db_link))
        for r in dropped:
            (folder / r.file).unlink(missing_ok=True)
        return Outcome(new, joined=False, pruned=[r.release for r in dropped])
    finally:
        lock.close()


def in_release(conn, evidence_id: str) -> bool:
    """Whether a published database (an open connection) holds this evidence row: an approval counts
    on the public site only once a release that contains it is served."""
    if conn is None:
        return False
    return conn.execute("select 1 from evidence where id = ?", (evidence_id,)).fetchone() is not None
