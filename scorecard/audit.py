"""The audit table: who did what to which evidence row, when, with the values before and after.

Every submission, edit, approval, rejection and export writes one row here inside the same
transaction as the change itself, so the log and the data cannot disagree.
"""

import json

import sqlite_utils

from .store import now


def record(db: sqlite_utils.Database, actor: str, action: str, evidence_id: str,
           before: dict | None, after: dict, at: str | None = None) -> None:
    """Call inside the transaction that makes the change."""
    db["audit"].insert({
        "at": at or now(), "actor": actor, "action": action, "evidence_id": evidence_id,
        "before": None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
        "after": json.dumps(after, ensure_ascii=False, sort_keys=True),
    })


def trail(db: sqlite_utils.Database, evidence_id: str) -> list[dict]:
    rows = db.execute("select id, at, actor, action, before, after from audit where evidence_id = ? order by id",
                      (evidence_id,)).fetchall()
    return [{"id": i, "at": at, "actor": actor, "action": action,
             "before": json.loads(b) if b else None, "after": json.loads(a)}
            for i, at, actor, action, b, a in rows]


def public_reason(db: sqlite_utils.Database, evidence_id: str) -> str | None:
    """The reviewer's public reason of the latest rejection, if any."""
    row = db.execute("select json_extract(after, '$.reason') from audit where evidence_id = ? and action = 'reject' "
                     "order by id desc limit 1", (evidence_id,)).fetchone()
    return row[0] if row else None
