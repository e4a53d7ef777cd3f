"""Reviewing the store's pending evidence: web submissions and scraper findings in one queue.

A reviewer approves (optionally after editing stance, date, quote or source kind), edits, or
rejects with a public reason. Each action is one transaction that changes the evidence row only if
it is still pending and writes an audit row with the values before and after; the submission row
keeps what was originally sent. ``preview`` runs the real pipeline (``colors.score``) on a campus's
approved evidence with and without the item, so the reviewer sees what approving would do.
"""

import csv
import datetime as dt
import io
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlite_utils

from . import audit, clock, colors, csvsafe, datafiles, evidence, fields, store
from .method import STANCES

EDITABLE = ("stance", "stated_on", "quote", "source_kind")
MAX_REASON = 1000
PAGE_SIZE = 25
_PREVIEW_COLUMNS = ["id", "unitid", "stance", "stated_on", "source_urls", "source_kind", "publisher", "quote",
                    "summary", "review_status"]


class ReviewError(ValueError):
    status = 400

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {r}" for f, r in problems))


class NotPending(ReviewError):
    status = 409


class UnknownItem(ReviewError):
    status = 404


SORTS = ("oldest", "confidence")  # queue orders: oldest first, or least confident classifier answer first


@dataclass(frozen=True)
class Filters:
    campus: str = ""  # slug or unitid
    stance: str = ""
    origin: str = ""
    sort: str = "oldest"  # one of SORTS; "confidence" puts the classifier's least certain findings first


NO_FILTERS = Filters()


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


_ITEM_SQL = """
    select e.id, e.unitid, i.slug, i.name as campus_name, e.stance, e.stated_on, e.source_urls, e.source_kind,
           e.publisher, e.quote, e.summary, e.recorded_by, e.review_status, e.reviewed_by, e.reviewed_at,
           e.origin, e.created_at, json_extract(e.details, '$.confidence') as confidence, s.relation, s.via, s.submitter_name, s.submitter_email, s.campus as campus_typed,
           s.stance as submitted_stance, s.stated_on as submitted_stated_on, s.quote as submitted_quote
    from evidence e join institutions i on i.unitid = e.unitid left join submissions s on s.id = e.id
"""


def pending(db: sqlite_utils.Database, filters: Filters = NO_FILTERS, limit: int = PAGE_SIZE,
            offset: int = 0) -> tuple[list[dict], int]:
    """Pending items oldest first (or least confident first), and how many match in all.

    Sorting by confidence puts the classifier's least certain findings first; items without a
    classifier confidence (web submissions) follow, oldest first.
    """
    where, params = ["e.review_status = 'pending'"], []
    if filters.campus:
        where.append("(i.slug = ? or cast(i.unitid as text) = ?)")
        params += [filters.campus, filters.campus]
    if filters.stance:
        where.append("e.stance = ?")
        params.append(filters.stance)
    if filters.origin:
        where.append("e.origin = ?")
        params.append(filters.origin)
    sql_where = " where " + " and ".join(where)
    total = db.execute("select count(*) from evidence e join institutions i on i.unitid = e.unitid" + sql_where,
                       params).fetchone()[0]
    order = (" order by json_extract(e.details, '$.confidence') is null, json_extract(e.details, '$.confidence'),"
             " e.created_at, e.id" if filters.sort == "confidence" else " order by e.created_at, e.id")
    rows = _dicts(db.execute(_ITEM_SQL + sql_where + order + " limit ? offset ?",
                             [*params, limit, offset]))
    return rows, total


def origins(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("select distinct origin from evidence where review_status = 'pending' "
                                     "order by origin").fetchall()]


def item(db: sqlite_utils.Database, evidence_id: str) -> dict:
    rows = _dicts(db.execute(_ITEM_SQL + " where e.id = ?", (evidence_id,)))
    if not rows:
        raise UnknownItem([("id", f"{evidence_id!r} is not an evidence row in the store")])
    return rows[0]


def check_edits(edits: dict) -> tuple[dict, list[tuple[str, str]]]:
    """Keep the editable fields that were given; refuse any other field."""
    out, problems = {}, []
    for k, v in (edits or {}).items():
        if k not in EDITABLE:
            problems.append((str(k)[:50], f"cannot be edited (editable: {', '.join(EDITABLE)})"))
        elif not isinstance(v, str):
            problems.append((k, "must be text"))
        elif v.strip() or k == "quote":
            out[k] = v.replace("\r\n", "\n") if k == "quote" else v.strip()
    return out, problems


def _apply(db, evidence_id: str, reviewer: str, edits: dict, today: dt.date, approve: bool) -> dict:
    row = item(db, evidence_id)
    if row["review_status"] != "pending":
        raise NotPending([("review_status", f"{evidence_id} is already {row['review_status']}")])
    changes, problems = check_edits(edits)
    changes = {k: v for k, v in changes.items() if v != row[k]}
    merged = {**row, **changes}
    found = evidence.validate_row(
        {k: ("" if merged.get(k) is None else str(merged[k])) for k in datafiles.EVIDENCE_COLUMNS},
        {str(row["unitid"])}, today)
    checked = (*EDITABLE, "summary") if approve else tuple(changes)
    problems += [(f, r) for f, r in found if f in checked]
    if problems:
        raise ReviewError(problems)
    at = store.now()
    with db.atomic():
        if changes:
            sets = ", ".join(f"[{k}] = ?" for k in changes)
            cur = db.execute(f"update evidence set {sets} where id = ? and review_status = 'pending'",
                             [*changes.values(), evidence_id])
            if cur.rowcount != 1:
                raise NotPending([("review_status", f"{evidence_id} was reviewed meanwhile")])
            audit.record(db, reviewer, "edit", evidence_id, {k: row[k] for k in changes}, changes, at=at)
        if approve:
            cur = db.execute("update evidence set review_status = 'approved', reviewed_by = ?, reviewed_at = ? "
                             "where id = ? and review_status = 'pending'", (reviewer, at, evidence_id))
            if cur.rowcount != 1:
                raise NotPending([("review_status", f"{evidence_id} was reviewed meanwhile")])
            audit.record(db, reviewer, "approve", evidence_id, {"review_status": "pending"},
                         {"review_status": "approved", **{k: merged[k] for k in EDITABLE}}, at=at)
    return item(db, evidence_id)


def edit(db: sqlite_utils.Database, evidence_id: str, reviewer: str, edits: dict,
         today: dt.date | None = None) -> dict:
    """Change stance, date, quote or source kind of a pending item; the original stays in the audit."""
    return _apply(db, evidence_id, reviewer, edits, today or clock.today(), approve=False)


def approve(db: sqlite_utils.Database, evidence_id: str, reviewer: str, edits: dict | None = None,
            today: dt.date | None = None) -> dict:
    """Approve a pending item, after any edits; it counts from the next build."""
    return _apply(db, evidence_id, reviewer, edits or {}, today or clock.today(), approve=True)


def reject(db: sqlite_utils.Database, evidence_id: str, reviewer: str, reason: str) -> dict:
    """Reject a pending item with a reason the submitter (and anyone with the link) can read."""
    reason = (reason or "").strip()
    problem = "is required: it is shown to the submitter" if not reason else fields.check_text(reason, MAX_REASON)
    if problem:
        raise ReviewError([("reason", problem)])
    row = item(db, evidence_id)
    at = store.now()
    with db.atomic():
        cur = db.execute("update evidence set review_status = 'rejected', reviewed_by = ?, reviewed_at = ? "
                         "where id = ? and review_status = 'pending'", (reviewer, at, evidence_id))
        if cur.rowcount != 1:
            raise NotPending([("review_status", f"{evidence_id} is already {row['review_status']}")])
        audit.record(db, reviewer, "reject", evidence_id, {"review_status": "pending"},
                     {"review_status": "rejected", "reason": reason}, at=at)
    return item(db, evidence_id)


# --- what approving would do -----------------------------------------------------------------

def campus_evidence(published: sqlite3.Connection | None, db: sqlite_utils.Database, unitid: int) -> pd.DataFrame:
    """A campus's approved evidence: the published rows plus rows approved in the store since."""
    cols = ", ".join(_PREVIEW_COLUMNS)
    frames = []
    if published is not None:
        frames.append(pd.DataFrame(
            published.execute(f"select {cols} from evidence where unitid = ?", (unitid,)).fetchall(),
            columns=_PREVIEW_COLUMNS))
    frames.append(pd.DataFrame(
        db.execute(f"select {cols} from evidence where unitid = ? and review_status = 'approved'",
                   (unitid,)).fetchall(), columns=_PREVIEW_COLUMNS))
    ev = pd.concat([f for f in frames if len(f)] or [frames[-1]], ignore_index=True)
    return ev.drop_duplicates("id", keep="last").fillna({"publisher": "", "quote": "", "summary": ""})


def _color(ev: pd.DataFrame, unitid: int, today: dt.date) -> dict:
    card = colors.score(ev, pd.DataFrame({"unitid": [unitid]}), today).campuses.iloc[0]
    return {"color": card["color"], "label": card["label"], "reason": card["reason"]}


def preview(approved: pd.DataFrame, row: dict, today: dt.date | None = None) -> dict:
    """The campus's color now and the color it would take if this item were approved as it stands."""
    today = today or clock.today()
    current = _color(approved, row["unitid"], today)
    if row["stance"] not in STANCES:
        return {"current": current, "after": None, "note": "choose a stance before approving"}
    mine = {c: row.get(c) for c in _PREVIEW_COLUMNS} | {"review_status": "approved"}
    mine = {k: ("" if v is None else v) for k, v in mine.items()}
    with_item = pd.concat([approved[approved["id"] != row["id"]], pd.DataFrame([mine])], ignore_index=True)
    try:
        after = _color(with_item, row["unitid"], today)
    except (ValueError, TypeError, KeyError) as e:  # a row stored before a check existed: show it, do not fail
        return {"current": current, "after": None, "note": f"cannot preview this item: {e}"}
    return {"current": current, "after": after, "changes": after["color"] != current["color"]}


# --- getting approved rows into git, and the store out of harm's way --------------------------

def export(db: sqlite_utils.Database, data_dir: Path, actor: str) -> tuple[int, int]:
    """Append approved store rows to data/evidence_reviewed.csv (atomically, skipping ids already in
    any evidence file of data/) and mark every approved row found there as exported, so the build
    reads it from data/ only. evidence.csv is left alone: it is derived, and re-deriving it must not
    drop what reviewers approved.

    Returns (rows appended, rows now marked exported). Safe to run again after a crash.
    """
    path = Path(data_dir) / datafiles.REVIEWED.name
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = set()
    for name in (datafiles.EVIDENCE.name, *datafiles.EXTRA_EVIDENCE):
        other = Path(data_dir) / name
        if other.exists():
            with other.open(newline="", encoding="utf-8") as f:
                present |= {r["id"] for r in csv.DictReader(f)}
    cols = ", ".join(datafiles.EVIDENCE_COLUMNS)
    rows = _dicts(db.execute(f"select {cols} from evidence where review_status = 'approved' "
                             "and id not in (select evidence_id from exports) order by reviewed_at, id"))
    new = [r for r in rows if r["id"] not in present]
    if new or not path.exists():  # always a file to fetch, even before the first approval
        buf = io.StringIO()
        if not text:
            buf.write(",".join(datafiles.EVIDENCE_COLUMNS) + "\n")
        elif not text.endswith("\n"):
            buf.write("\n")
        writer = csv.DictWriter(buf, datafiles.EVIDENCE_COLUMNS, lineterminator="\n")
        writer.writerows({k: csvsafe.neutralise("" if v is None else v) for k, v in r.items()} for r in new)
        atomic_write(path, text + buf.getvalue())
    marked = [r for r in rows if r["id"] in present or r in new]
    at = store.now()
    with db.atomic():
        for r in marked:
            db["exports"].insert({"evidence_id": r["id"], "exported_at": at, "file": str(path)}, replace=True)
            audit.record(db, actor, "export", r["id"], None, {"file": str(path)}, at=at)
    return len(new), len(marked)


def atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def backup(store_path: Path, dest: Path) -> dict:
    """A consistent copy of the store made with SQLite's online backup API (safe while serving)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    src = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            check = out.execute("PRAGMA integrity_check").fetchone()[0]
            counts = {t: out.execute(f"select count(*) from [{t}]").fetchone()[0]
                      for t in ("evidence", "submissions", "audit")}
        finally:
            out.close()
        if check != "ok":
            raise RuntimeError(f"backup failed its integrity check: {check}")
        os.replace(tmp, dest)
    finally:
        src.close()
        Path(tmp).unlink(missing_ok=True)
    return {"path": str(dest), **counts}


def as_json(rows) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
