"""Volunteer submissions: check one, queue it in the store as pending evidence, report its status.

The web form, the JSON API and ``scorecard submit`` all call ``check`` and ``queue``, so the same
input gets the same answer everywhere. A submission is one pending evidence row (origin
``submission``, recorded_by the submitter's relation) plus one ``submissions`` row with what was
sent and who sent it (name and email stay private in the store), plus one ``audit`` row: all three
are written in a single transaction on a store with synchronous=FULL, so an accepted submission is
on disk before the answer goes out.
"""

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Callable

import sqlite_utils

from . import audit, evidence, fields, store
from . import campus as campus_mod
from .method import RELATIONS, STANCES

FIELDS = ("campus", "stance", "source_url", "quote", "stated_on", "submitter_name", "submitter_email",
          "relation")
REQUIRED = ("campus", "stance", "source_url", "quote", "stated_on", "relation")
PROSE = ("campus", "quote", "submitter_name")
MAX_QUOTE = 2000
MAX_LINE = 200  # campus, submitter_name
MAX_BATCH = 100  # submissions in one API request
ORIGIN = evidence.SUBMISSION


@dataclass(frozen=True)
class Campus:
    unitid: int
    slug: str
    name: str


@dataclass(frozen=True)
class Problem:
    index: int  # position in a batch; 0 for a single submission
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class SubmissionError(ValueError):
    """Input refused; nothing was stored."""

    status = 400

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(map(str, problems)))

    def by_field(self) -> dict[str, str]:
        return {p.field: p.reason for p in self.problems}


class DuplicateSubmission(SubmissionError):
    """The same statement about the same campus was already submitted; nothing new was stored."""

    status = 409

    def __init__(self, problems: list[Problem], existing: list[str]):
        super().__init__(problems)
        self.existing = existing


CampusFinder = Callable[[str], tuple[Campus | None, str | None]]


def campus_finder(conn: sqlite3.Connection) -> CampusFinder:
    """Look a campus up in the published database by slug, alias, IPEDS unitid or exact name."""

    def find(text: str) -> tuple[Campus | None, str | None]:
        slug, _ = campus_mod.resolve(conn, text)
        if slug is not None:
            rows = conn.execute("select unitid, slug, name from campuses where slug = ?", (slug,)).fetchall()
        else:
            rows = conn.execute("select unitid, slug, name from campuses where name = ? collate nocase",
                                (text.strip(),)).fetchall()
        if len(rows) == 1:
            return Campus(*rows[0]), None
        if len(rows) > 1:
            listed = ", ".join(r[1] for r in rows[:5])
            return None, f"{text!r} names {len(rows)} campuses; give the slug instead ({listed})"
        return None, f"{text!r} is not a campus we know by name, alias, slug or IPEDS unitid"

    return find


def check(raw: dict, find: CampusFinder, today: dt.date, index: int = 0) -> tuple[dict, list[Problem]]:
    """(cleaned submission, problems). Pure apart from the campus lookup it is given."""
    problems: list[Problem] = []

    def bad(field, reason):
        problems.append(Problem(index, field, reason))

    if not isinstance(raw, dict):
        bad("submission", "must be an object with the fields " + ", ".join(FIELDS))
        return {}, problems
    for key in raw:
        if key not in FIELDS:
            bad(str(key)[:50], "is not a field of a submission (fields: " + ", ".join(FIELDS) + ")")
    values = {}
    for f in FIELDS:
        v = raw.get(f)
        if v is None:
            v = ""
        if not isinstance(v, str):
            bad(f, "must be text")
            continue
        if f in PROSE:  # invisible characters would only hide a duplicate; in a URL or email they are refused
            v = fields.strip_invisible(v)
        values[f] = v.replace("\r\n", "\n") if f == "quote" else v.strip()
    for f in REQUIRED:
        if f in values and not values[f].strip():
            bad(f, "is required")
    def run(field, reason):
        """Record a field's first problem only: later checks assume the earlier ones passed."""
        if reason and field not in {p.field for p in problems}:
            bad(field, reason)

    for f, limit in (("stance", 40), ("relation", 40), ("stated_on", 40)):
        if len(values.get(f, "")) > limit:
            run(f, f"is longer than {limit} characters")
    clean = dict(values)
    run("campus", fields.check_line(values.get("campus", ""), MAX_LINE))
    if "campus" not in {p.field for p in problems}:
        found, reason = find(values["campus"])
        run("campus", reason)
        if found is not None:
            clean.update(unitid=found.unitid, slug=found.slug, campus_name=found.name)
    run("stance", fields.check_stance(values.get("stance", ""), STANCES))
    run("source_url", fields.check_url(values.get("source_url", "")))
    run("quote", fields.check_text(values.get("quote", ""), MAX_QUOTE))
    run("stated_on", fields.check_date(values.get("stated_on", ""), today))
    run("submitter_name", fields.check_line(values.get("submitter_name", ""), MAX_LINE))
    if values.get("submitter_email"):
        run("submitter_email", fields.check_email(values["submitter_email"]))
    relation = values.get("relation", "")
    run("relation", None if relation in RELATIONS else f"{relation!r} is not a relation ({', '.join(RELATIONS)})")
    return clean, problems


def fingerprint(clean: dict) -> str:
    """The same statement about the same campus from the same source, whoever sends it."""
    quote = fields.comparable(clean["quote"])
    key = [clean["unitid"], clean["stance"], clean["source_url"], clean["stated_on"], quote]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()


def evidence_row(clean: dict, submission_id: str, via: str) -> dict:
    return {
        "id": submission_id, "unitid": clean["unitid"], "stance": clean["stance"],
        "stated_on": clean["stated_on"], "source_urls": clean["source_url"],
        "source_kind": RELATIONS[clean["relation"]].source_kind, "quote": clean["quote"],
        "recorded_by": clean["relation"], "review_status": "pending",
        "details": {"via": via, "submission": submission_id},
    }


def check_all(items: list, find: CampusFinder, today: dt.date) -> list[dict]:
    """Check a batch; raises SubmissionError naming every problem in every item."""
    if not isinstance(items, list) or not items:
        raise SubmissionError([Problem(0, "submissions", "must be a non-empty list of submissions")])
    if len(items) > MAX_BATCH:
        raise SubmissionError([Problem(0, "submissions", f"at most {MAX_BATCH} in one request; got {len(items)}")])
    cleaned, problems = [], []
    for i, raw in enumerate(items):
        c, p = check(raw, find, today, i)
        cleaned.append(c)
        problems += p
    if problems:
        raise SubmissionError(problems)
    return cleaned


def queue(db: sqlite_utils.Database, cleaned: list[dict], via: str, actor: str | None,
          today: dt.date | None = None) -> list[str]:
    """Store checked submissions as pending evidence in one transaction; returns their ids.

    Raises DuplicateSubmission when one of them (or two of them) say what is already queued.
    """
    prints = [fingerprint(c) for c in cleaned]
    seen: dict[str, int] = {}
    problems, existing = [], []
    for i, fp in enumerate(prints):
        if fp in seen:
            problems.append(Problem(i, "submission", f"repeats item {seen[fp]} of this request"))
        seen.setdefault(fp, i)
        row = db.execute("select id from submissions where fingerprint = ?", (fp,)).fetchone()
        if row:
            problems.append(Problem(i, "submission", f"was already submitted as {row[0]}"))
            existing.append(row[0])
    if problems:
        raise DuplicateSubmission(problems, existing)
    ids = [store.new_id("sub") for _ in cleaned]
    rows = [evidence_row(c, i, via) for c, i in zip(cleaned, ids, strict=False)]
    created = store.now()

    def record_submissions(db: sqlite_utils.Database) -> None:
        for c, sid, fp in zip(cleaned, ids, prints, strict=False):
            sub = {"id": sid, **{f: c[f] for f in FIELDS}, "unitid": c["unitid"], "via": via,
                   "actor": actor, "fingerprint": fp, "created_at": created}
            sub["submitter_name"] = sub["submitter_name"] or None
            sub["submitter_email"] = sub["submitter_email"] or None
            db["submissions"].insert(sub)
            public = {k: v for k, v in sub.items() if k not in ("submitter_email", "fingerprint")}
            audit.record(db, actor or "anonymous", "submit", sid, None, public, at=created)

    try:
        store.save_evidence(db, rows, ORIGIN, today, also=record_submissions)
    except store.StoreError as e:
        raise SubmissionError([Problem(0, f, r) for f, r in e.problems]) from None
    except sqlite3.IntegrityError:
        # Another request stored the same statement between our check and our insert.
        row_ids = [db.execute("select id from submissions where fingerprint = ?", (fp,)).fetchone() for fp in prints]
        existing = [r[0] for r in row_ids if r]
        if not existing:
            raise
        raise DuplicateSubmission([Problem(0, "submission", f"was already submitted as {existing[0]}")],
                                  existing) from None
    return ids


def status(db: sqlite_utils.Database, submission_id: str) -> dict | None:
    """What the public tracking page shows: never the submitter's name or email."""
    row = db.execute("""
        select s.id, s.created_at, i.slug, i.name, e.stance, e.stated_on, s.source_url, e.quote, s.relation,
               e.review_status, e.reviewed_at
        from submissions s join evidence e on e.id = s.id join institutions i on i.unitid = s.unitid
        where s.id = ?""", (submission_id,)).fetchone()
    if row is None:
        return None
    keys = ("id", "created_at", "slug", "campus", "stance", "stated_on", "source_url", "quote", "relation",
            "status", "reviewed_at")
    out = dict(zip(keys, row, strict=False))
    out["reason"] = audit.public_reason(db, submission_id) if out["status"] == "rejected" else None
    return out
