"""The store: the mutable SQLite file that holds evidence waiting for or past review.

Sources, web submissions and reviewers write here, evidence through ``save_evidence`` alone; ``scorecard build`` reads its approved rows.
WAL with synchronous=FULL, so a write that returned is on disk.
"""

import contextlib
import datetime as dt
import json
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import sqlite_utils

from . import clock, evidence, schema

DEFAULT_PATH = Path("var/store.db")


class StoreError(ValueError):
    """A row the store refuses, with every (field, reason) found."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {r}" for f, r in problems))


class _StoreDatabase(sqlite_utils.Database):
    """Write transactions begin IMMEDIATE: they take the write lock first (waiting up to busy_timeout),
    so one that has read cannot then fail with SQLITE_BUSY because another connection, such as
    Litestream's checkpoints, wrote in between."""

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")


class BadStore(ValueError):
    """An existing file that is not a store: never used, never overwritten."""


SQLITE_HEADER = b"SQLite format 3\x00"
_RESTORE_HINT = "restore it from a backup (see README, Backup and restore) or move it away; nothing was written"


def store_problem(path: Path | str) -> str | None:
    """Why the file at ``path`` is not a usable store, naming the path; None if it is one or does
    not exist yet (then it may be created). A 0-byte file is not an empty store."""
    path = Path(path)
    if not path.exists():
        return None
    if not path.is_file():
        return f"{path} is not a file, so it is not a store"
    if path.stat().st_size == 0:
        return f"{path} is empty (0 bytes), not a store: {_RESTORE_HINT}"
    with path.open("rb") as f:
        if f.read(16) != SQLITE_HEADER:
            return f"{path} is not an SQLite database, so it is not a store: {_RESTORE_HINT}"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            cols = {r[1] for r in conn.execute("PRAGMA table_info(evidence)")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        return f"{path} is a damaged SQLite database ({e}): {_RESTORE_HINT}"
    if check != "ok":
        return f"{path} is a damaged SQLite database (integrity: {check}): {_RESTORE_HINT}"
    missing = [c for c in schema.STORE_EVIDENCE.columns if c not in cols]
    if missing:
        what = "has no evidence table" if not cols else f"its evidence table lacks {', '.join(missing)}"
        return f"{path} is an SQLite database but not a store ({what}): {_RESTORE_HINT}"
    return None


def open_store(path: Path | str = DEFAULT_PATH, check_same_thread: bool = True) -> sqlite_utils.Database:
    """check_same_thread=False for a caller that shares the connection between threads under its own lock.
    Raises BadStore for an existing file that is not a store."""
    path = Path(path)
    if problem := store_problem(path):
        raise BadStore(problem)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = _StoreDatabase(sqlite3.connect(str(path), check_same_thread=check_same_thread, isolation_level="IMMEDIATE"))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    if os.environ.get("SCORECARD_REPLICATED"):  # Litestream checkpoints, between its syncs (deploy/entrypoint.sh)
        db.execute("PRAGMA wal_autocheckpoint=0")
    with db.conn:
        schema.create(db, schema.STORE_TABLES)
    return db


def sync_institutions(db: sqlite_utils.Database, institutions: list[dict]) -> None:
    """Mirror data/institutions.csv so the store's foreign keys have something to point at. Every
    build calls this, so only new or changed rows are written, in one executemany."""
    have = set(db.execute("select unitid, slug, name from institutions").fetchall())
    rows = [row for r in institutions if (row := (int(r["unitid"]), r["slug"], r["name"])) not in have]
    if not rows:
        return
    with db.conn:
        db.conn.executemany("INSERT INTO institutions (unitid, slug, name) VALUES (?, ?, ?) ON CONFLICT (unitid)"
                            " DO UPDATE SET slug = excluded.slug, name = excluded.name", rows)


def now() -> str:
    return clock.SYSTEM.iso()


def new_id(prefix: str = "st") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def prepare_evidence(db: sqlite_utils.Database, rows: list[dict], origin: str,
                     today: dt.date | None = None) -> list[dict]:
    """Validate evidence rows and fill their defaults; raises StoreError naming every problem."""
    today = today or clock.today()
    unitids = {str(u) for u in db.execute("select unitid from institutions").fetchall() for u in u}
    prepared = []
    for r in rows:
        row = {"review_status": "pending", "publisher": "", "quote": "", "summary": "", "reviewed_by": None,
               "notes": "", **r}
        row.setdefault("id", evidence.evidence_id(origin, evidence.content_key(row), row["unitid"]))
        uid = str(row["unitid"])
        row["unitid"] = int(uid) if uid.isascii() and uid.isdigit() else row["unitid"]
        checkable = {**row, "stance": row["stance"] if row["stance"] != "unclassified" else "might_use"}
        problems = evidence.validate_row({k: (str(v) if v is not None else "") for k, v in checkable.items()},
                                         unitids, today)
        if row["stance"] == "unclassified" and row["review_status"] == "approved":
            problems.append(("stance", "unclassified evidence cannot be approved"))
        if problems:
            raise StoreError(problems)
        if isinstance(row.get("details"), (dict, list)):
            row["details"] = json.dumps(row["details"], ensure_ascii=False)
        row.setdefault("created_at", now())
        row["origin"] = origin
        prepared.append(row)
    return prepared


@dataclass
class Saved:
    added: list[dict] = field(default_factory=list)  # the rows inserted now, as stored
    already: list[str] = field(default_factory=list)  # ids the store had before (or twice in the rows)
    refused: list[tuple[dict, StoreError]] = field(default_factory=list)  # with each_alone: rows left out

    @property
    def ids(self) -> list[str]:
        return [r["id"] for r in self.added]


def save_evidence(db: sqlite_utils.Database, rows: list[dict], origin: str, today: dt.date | None = None,
                  each_alone: bool = False, also: Callable[[sqlite_utils.Database], None] | None = None) -> Saved:
    """The one writer of evidence, for every source: validate, skip what the store has, insert the
    rest in one transaction (with ``also``'s writes, e.g. a page snapshot or submission rows; they are
    skipped when a row was refused, so a page whose finding was refused is never marked as seen).

    One idempotency rule: a row whose id the store already has is not stored again. Rows without an
    id get ``evidence.evidence_id`` of their content. Any invalid row raises StoreError and nothing
    is written, unless ``each_alone``: then invalid rows are refused one by one and the rest saved.
    """
    saved, fresh, seen = Saved(), [], set()
    ids = [r.get("id") or evidence.evidence_id(origin, evidence.content_key(r), r["unitid"]) for r in rows]
    have = _existing_ids(db, ids)
    for r, rid in zip(rows, ids, strict=False):
        if rid in have or rid in seen:
            saved.already.append(rid)
            continue
        seen.add(rid)
        fresh.append({**r, "id": rid})
    if each_alone:
        for r in fresh:
            try:
                saved.added += prepare_evidence(db, [r], origin, today)
            except StoreError as e:
                saved.refused.append((r, e))
    else:
        saved.added = prepare_evidence(db, fresh, origin, today)
    with db.atomic():
        if saved.added:
            db["evidence"].insert_all(saved.added)
        if also is not None and not saved.refused:
            also(db)
    return saved


def _existing_ids(db: sqlite_utils.Database, ids: list[str]) -> set[str]:
    have: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        have |= {r[0] for r in db.execute(f"select id from evidence where id in ({marks})", chunk).fetchall()}
    return have


def add_evidence(db: sqlite_utils.Database, rows: list[dict], origin: str,
                 today: dt.date | None = None) -> list[str]:
    """The ids ``save_evidence`` added: all the rows go in, or none do."""
    return save_evidence(db, rows, origin, today).ids


def approved_evidence(db: sqlite_utils.Database) -> pd.DataFrame:
    """Approved rows still only in the store; rows exported to data/ are read from there."""
    cols = [c for c in schema.STORE_EVIDENCE.columns if c != "details"]
    rows = db.execute(f"select {', '.join(cols)} from evidence where review_status = 'approved'"
                      " and id not in (select evidence_id from exports)").fetchall()
    return pd.DataFrame(rows, columns=cols)
