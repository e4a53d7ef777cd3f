"""The store: the mutable SQLite file that holds evidence waiting for or past review.

Scrapers, web submissions and reviewers write here; ``scorecard build`` reads its approved rows.
WAL with synchronous=FULL, so a write that returned is on disk.
"""

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

import pandas as pd
import sqlite_utils

from . import clock
from . import schema
from .datafiles import validate_evidence_row

DEFAULT_PATH = Path("var/store.db")


class StoreError(ValueError):
    """A row the store refuses, with every (field, reason) found."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {r}" for f, r in problems))


def open_store(path: Path | str = DEFAULT_PATH, check_same_thread: bool = True) -> sqlite_utils.Database:
    """check_same_thread=False for a caller that shares the connection between threads under its own lock."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(sqlite3.connect(str(path), check_same_thread=check_same_thread))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    with db.conn:
        schema.create(db, schema.STORE_TABLES)
    return db


def sync_institutions(db: sqlite_utils.Database, institutions: list[dict]) -> None:
    """Mirror data/institutions.csv so the store's foreign keys have something to point at."""
    rows = [{"unitid": int(r["unitid"]), "slug": r["slug"], "name": r["name"]} for r in institutions]
    with db.conn:
        db["institutions"].upsert_all(rows, pk="unitid")


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
        row = {"id": new_id(), "review_status": "pending", "publisher": "", "quote": "", "summary": "",
               "reviewed_by": None, "notes": "", **r}
        uid = str(row["unitid"])
        row["unitid"] = int(uid) if uid.isascii() and uid.isdigit() else row["unitid"]
        checkable = {**row, "stance": row["stance"] if row["stance"] != "unclassified" else "might_use"}
        problems = validate_evidence_row({k: (str(v) if v is not None else "") for k, v in checkable.items()},
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


def add_evidence(db: sqlite_utils.Database, rows: list[dict], origin: str,
                 today: dt.date | None = None) -> list[str]:
    """Validate and insert evidence rows in one transaction: all go in, or none do."""
    prepared = prepare_evidence(db, rows, origin, today)
    with db.atomic():
        db["evidence"].insert_all(prepared)
    return [r["id"] for r in prepared]


def approved_evidence(db: sqlite_utils.Database) -> pd.DataFrame:
    """Approved rows still only in the store; rows exported to data/ are read from there."""
    cols = [c for c in schema.STORE_EVIDENCE.columns if c != "details"]
    rows = db.execute(f"select {', '.join(cols)} from evidence where review_status = 'approved'"
                      " and id not in (select evidence_id from exports)").fetchall()
    return pd.DataFrame(rows, columns=cols)
