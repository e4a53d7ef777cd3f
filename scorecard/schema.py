"""Table definitions for the store and the published database, declared as data.

sqlite-utils creates indexes, full-text search and views and does every insert, but its public
``create()`` cannot declare CHECK constraints, so CREATE TABLE is written from these specs here.
Every enumerated column gets a CHECK built from ``method.py``, so the database refuses what the
method does not know.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd
import sqlite_utils

from .method import (
    AUDIT_ACTIONS,
    COLORS,
    RELATIONS,
    REVIEW_STATUSES,
    SOURCE_KINDS,
    STANCES,
    STORE_STANCES,
    SUBMISSION_VIAS,
)


def one_of(column: str, values, nullable: bool = False) -> str:
    """A CHECK that the column holds one of the values. Written as an OR chain rather than IN (...):
    SQLite evaluates a CHECK's IN list by building a temporary table for every row, which made
    loading 200,000 evidence rows three times slower."""
    check = " OR ".join(f"{column} = '" + v.replace("'", "''") + "'" for v in values)
    return f"{column} IS NULL OR {check}" if nullable else f"({check})"


@dataclass
class Table:
    name: str
    columns: dict[str, str]  # name -> SQLite type
    pk: str | tuple[str, ...]
    not_null: set[str] = field(default_factory=set)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # column, table, other column
    checks: list[str] = field(default_factory=list)
    indexes: list[tuple[str, ...]] = field(default_factory=list)
    unique: list[tuple[str, ...]] = field(default_factory=list)
    fts: tuple[str, ...] = ()

    def sql(self) -> str:
        pk = (self.pk,) if isinstance(self.pk, str) else self.pk
        lines = []
        for col, typ in self.columns.items():
            line = f"[{col}] {typ}"
            if col in self.not_null or col in pk:
                line += " NOT NULL"
            lines.append(line)
        lines.append(f"PRIMARY KEY ({', '.join(f'[{c}]' for c in pk)})")
        for col, other, other_col in self.foreign_keys:
            lines.append(f"FOREIGN KEY ([{col}]) REFERENCES [{other}]([{other_col}])")
        lines += [f"CHECK ({c})" for c in self.checks]
        body = ",\n   ".join(lines)
        return f"CREATE TABLE IF NOT EXISTS [{self.name}] (\n   {body}\n)"


def create(db: sqlite_utils.Database, tables: list[Table], indexes: bool = True) -> None:
    for t in tables:
        db.execute(t.sql())
    if indexes:
        create_indexes(db, tables)


def create_indexes(db: sqlite_utils.Database, tables: list[Table]) -> None:
    """Separate from create() so a bulk load can index once, after the rows are in."""
    for t in tables:
        for cols in t.unique:
            db[t.name].create_index(cols, unique=True, if_not_exists=True)
        for cols in t.indexes:
            db[t.name].create_index(cols, if_not_exists=True)


def bulk_insert(db: sqlite_utils.Database, table: Table, rows: Iterable[Sequence]) -> None:
    """executemany of tuples in ``table.columns`` order: sqlite-utils' insert_all costs about three
    times more per row, which matters for the 200,000-row evidence benchmark."""
    cols = ", ".join(f"[{c}]" for c in table.columns)
    marks = ", ".join("?" * len(table.columns))
    db.conn.executemany(f"INSERT INTO [{table.name}] ({cols}) VALUES ({marks})", rows)


def dangling_references(tables: list[Table], columns: dict[str, dict[str, Sequence]], shown: int = 5) -> list[str]:
    """Every foreign key of ``tables`` checked in the rows about to be written, where
    ``columns[table][column]`` is that column's values in row order (a row's number is its rowid).
    What ``PRAGMA foreign_key_check`` finds in the written file, found before writing it, which the
    build writes as two files at once (neither could check a reference into the other). Set
    differences first (tens of milliseconds for 360,000 references); rows are looked for only then."""
    problems = []
    for t in tables:
        for col, parent, parent_col in t.foreign_keys:
            values = _as_list(columns[t.name][col])
            unknown = {v for v in set(values).difference(_as_list(columns[parent][parent_col])) if not pd.isna(v)}
            if unknown:
                rows = [i for i, v in enumerate(values) if v in unknown][:shown]
                problems += [f"{t.name} row {i + 1}: {col} {values[i]!r} is not in {parent}.{parent_col}" for i in rows]
    return problems


def _as_list(values: Sequence) -> list:
    return values.tolist() if isinstance(values, pd.Series) else list(values)


def _column_json(column: pd.Series) -> str:
    """A column as one JSON array, missing values as null. Floats go through Python's json, which
    writes every double exactly (pandas' to_json keeps at most 15 significant digits)."""
    if column.dtype.kind == "f":
        return json.dumps(column.to_numpy(dtype=object, na_value=None).tolist(), allow_nan=False)
    return column.to_json(orient="values", force_ascii=False)


def json_columns(table: Table, frame: pd.DataFrame) -> list[str]:
    """The frame's columns in ``table.columns`` order, each one JSON text, for ``insert_json``:
    the part of a JSON insert that holds the GIL (in C, a column at a time)."""
    return [_column_json(frame[name]) for name in table.columns]


def insert_json(db: sqlite_utils.Database, table: Table, texts: list[str]) -> None:
    """Rows given as ``json_columns`` texts inserted by SQLite statements alone, which run with the
    GIL released: unlike ``bulk_insert``'s rows, bound one by one while holding it, they let another
    thread's Python work run beside them, though SQLite does more work than for ``bulk_insert``.
    Each column goes to a temporary table keyed by row number, then one INSERT joins them: one
    statement, so a row that breaks a constraint leaves none of them in. SQLite stores what
    ``bulk_insert`` would: the same values and types, missing values as NULL."""
    names = [f"temp.[_bulk_{table.name}_{i}]" for i in range(len(table.columns))]
    try:
        for name, text in zip(names, texts, strict=True):
            db.conn.execute(f"CREATE TABLE {name} (k INTEGER PRIMARY KEY, v)")
            db.conn.execute(f"INSERT INTO {name} SELECT key, value FROM json_each(?)", (text,))
        # the join would drop the rows a shorter column lacks: refuse instead (max(k) is one lookup)
        lengths = [db.conn.execute(f"SELECT coalesce(max(k), -1) + 1 FROM {name}").fetchone()[0] for name in names]
        odd = next((i for i, n in enumerate(lengths) if n != lengths[0]), None)
        if odd is not None:
            columns = list(table.columns)
            raise ValueError(f"{table.name}: column {columns[odd]!r} has {lengths[odd]} values, "
                             f"column {columns[0]!r} {lengths[0]}")
        values = ", ".join(f"c{i}.v" for i in range(len(names)))
        joins = " ".join(f"JOIN {name} c{i} ON c{i}.k = c0.k" for i, name in enumerate(names) if i)
        db.conn.execute(f"INSERT INTO [{table.name}] ({', '.join(f'[{c}]' for c in table.columns)}) "
                        f"SELECT {values} FROM {names[0]} c0 {joins} ORDER BY c0.k")
    finally:
        for name in names:
            db.conn.execute(f"DROP TABLE IF EXISTS {name}")


def bulk_insert_json(db: sqlite_utils.Database, table: Table, frame: pd.DataFrame) -> None:
    """``insert_json`` of the frame's ``json_columns``, on one thread."""
    insert_json(db, table, json_columns(table, frame))


def enable_fts(db: sqlite_utils.Database, tables: list[Table]) -> None:
    for t in tables:
        if t.fts:
            db[t.name].enable_fts(list(t.fts), create_triggers=False, replace=True)


# --- the store -------------------------------------------------------------------------------

STORE_INSTITUTIONS = Table(
    "institutions", {"unitid": "INTEGER", "slug": "TEXT", "name": "TEXT"},
    pk="unitid", not_null={"slug", "name"}, unique=[("slug",)],
)

STORE_EVIDENCE = Table(
    "evidence",
    {
        "id": "TEXT", "unitid": "INTEGER", "stance": "TEXT", "stated_on": "TEXT",
        "source_urls": "TEXT", "source_kind": "TEXT", "publisher": "TEXT", "quote": "TEXT",
        "summary": "TEXT", "recorded_by": "TEXT", "review_status": "TEXT", "reviewed_by": "TEXT",
        "reviewed_at": "TEXT", "notes": "TEXT", "origin": "TEXT", "created_at": "TEXT",
        "details": "TEXT",
    },
    pk="id",
    not_null={"unitid", "stance", "stated_on", "source_urls", "source_kind", "recorded_by",
              "review_status", "origin", "created_at"},
    foreign_keys=[("unitid", "institutions", "unitid")],
    checks=[
        one_of("stance", STORE_STANCES),
        one_of("source_kind", SOURCE_KINDS),
        one_of("review_status", REVIEW_STATUSES),
        "review_status != 'approved' OR stance != 'unclassified'",
        "length(stated_on) IN (4, 7, 10)",
    ],
    indexes=[("unitid",), ("review_status",), ("stance",), ("created_at",)],
)

STORE_SUBMISSIONS = Table(
    "submissions",
    {
        "id": "TEXT", "campus": "TEXT", "unitid": "INTEGER", "stance": "TEXT", "source_url": "TEXT",
        "quote": "TEXT", "stated_on": "TEXT", "submitter_name": "TEXT", "submitter_email": "TEXT",
        "relation": "TEXT", "via": "TEXT", "actor": "TEXT", "fingerprint": "TEXT", "created_at": "TEXT",
    },
    pk="id",
    not_null={"campus", "unitid", "stance", "source_url", "quote", "stated_on", "relation", "via",
              "fingerprint", "created_at"},
    foreign_keys=[("id", "evidence", "id"), ("unitid", "institutions", "unitid")],
    checks=[one_of("stance", STANCES), one_of("relation", RELATIONS), one_of("via", SUBMISSION_VIAS),
            "length(stated_on) IN (4, 7, 10)", "length(source_url) <= 2000", "length(quote) <= 2000"],
    unique=[("fingerprint",)],
    indexes=[("unitid",), ("created_at",)],
)

AUDIT = Table(
    "audit",
    {"id": "INTEGER", "at": "TEXT", "actor": "TEXT", "action": "TEXT", "evidence_id": "TEXT",
     "before": "TEXT", "after": "TEXT"},
    pk="id",
    not_null={"at", "actor", "action", "evidence_id", "after"},
    foreign_keys=[("evidence_id", "evidence", "id")],
    checks=[one_of("action", AUDIT_ACTIONS), "before IS NULL OR json_valid(before)", "json_valid(after)"],
    indexes=[("evidence_id",), ("at",)],
)

EXPORTS = Table(
    "exports",
    {"evidence_id": "TEXT", "exported_at": "TEXT", "file": "TEXT"},
    pk="evidence_id", not_null={"exported_at", "file"},
    foreign_keys=[("evidence_id", "evidence", "id")],
)


# The scrapers' tables: every request they make, the conditional-request cache, page snapshots.
FETCH_LOG = Table(
    "fetch_log",
    {"id": "INTEGER", "run_id": "TEXT", "url": "TEXT", "host": "TEXT", "purpose": "TEXT", "attempt": "INTEGER",
     "status": "INTEGER", "bytes": "INTEGER", "elapsed": "REAL", "from_cache": "INTEGER", "error_kind": "TEXT",
     "error": "TEXT", "fetched_at": "TEXT"},
    pk="id", not_null={"run_id", "url", "host", "purpose", "attempt", "bytes", "elapsed", "from_cache", "fetched_at"},
    checks=["from_cache IN (0, 1)", "bytes >= 0", "elapsed >= 0", "attempt >= 1"],
    indexes=[("run_id",), ("host",), ("error_kind",), ("fetched_at",)],
)

HTTP_CACHE = Table(
    "http_cache",
    {"url": "TEXT", "etag": "TEXT", "last_modified": "TEXT", "content_type": "TEXT", "charset": "TEXT",
     "body": "BLOB", "content_hash": "TEXT", "fetched_at": "TEXT", "validated_at": "TEXT"},
    pk="url", not_null={"content_type", "body", "content_hash", "fetched_at", "validated_at"},
    checks=["etag IS NOT NULL OR last_modified IS NOT NULL"],
)

PAGE_SNAPSHOTS = Table(
    "page_snapshots",
    {"id": "INTEGER", "unitid": "INTEGER", "url": "TEXT", "fetched_at": "TEXT", "content_hash": "TEXT",
     "body_hash": "TEXT", "title": "TEXT", "page_date": "TEXT", "date_source": "TEXT", "text": "TEXT",
     "sentences": "TEXT", "links": "TEXT"},
    pk="id", not_null={"unitid", "url", "fetched_at", "content_hash", "text", "sentences", "links"},
    foreign_keys=[("unitid", "institutions", "unitid")],
    indexes=[("url", "id"), ("unitid",)],
)

# Outreach campaigns (scorecard.outreach): who was asked what, when, and what came of it.
OUTREACH_CAMPAIGNS = Table(
    "outreach_campaigns",
    {"name": "TEXT", "kind": "TEXT", "question": "TEXT", "deadline_days": "INTEGER", "follow_ups": "INTEGER",
     "selection": "TEXT", "created_on": "TEXT", "created_at": "TEXT"},
    pk="name", not_null={"kind", "question", "deadline_days", "follow_ups", "selection", "created_on", "created_at"},
    checks=["kind = 'inquiry' OR kind = 'records-request'", "deadline_days > 0", "follow_ups >= 0",
            "json_valid(selection)", "length(created_on) = 10"],
)

OUTREACH_TARGETS = Table(
    "outreach_targets",
    {"campaign": "TEXT", "unitid": "INTEGER", "kind": "TEXT", "law_deadline_days": "INTEGER", "email": "TEXT",
     "added_at": "TEXT", "answered_on": "TEXT", "answer_evidence_id": "TEXT", "no_response_evidence_id": "TEXT"},
    pk=("campaign", "unitid"), not_null={"kind", "added_at"},
    foreign_keys=[("campaign", "outreach_campaigns", "name"), ("unitid", "institutions", "unitid"),
                  ("answer_evidence_id", "evidence", "id"), ("no_response_evidence_id", "evidence", "id")],
    checks=["kind = 'inquiry' OR kind = 'records-request'", "answered_on IS NULL OR length(answered_on) = 10"],
    indexes=[("unitid",)],
)

OUTREACH_MESSAGES = Table(
    "outreach_messages",
    {"id": "INTEGER", "campaign": "TEXT", "unitid": "INTEGER", "kind": "TEXT", "sent_on": "TEXT", "sent_at": "TEXT",
     "to_address": "TEXT", "message_id": "TEXT", "via": "TEXT", "subject": "TEXT", "body": "TEXT"},
    pk="id", not_null={"campaign", "unitid", "kind", "sent_on", "sent_at", "to_address", "via"},
    foreign_keys=[("campaign", "outreach_campaigns", "name"), ("unitid", "institutions", "unitid")],
    checks=["kind = 'letter' OR kind = 'follow_up'", "via = 'smtp' OR via = 'hand'", "length(sent_on) = 10"],
    indexes=[("campaign", "unitid")],
)

OUTREACH_ADOPTIONS = Table(
    "outreach_adoptions",
    {"id": "INTEGER", "unitid": "INTEGER", "name": "TEXT", "email": "TEXT", "created_at": "TEXT"},
    pk="id", not_null={"unitid", "name", "email", "created_at"},
    foreign_keys=[("unitid", "institutions", "unitid")],
    unique=[("unitid", "email")], indexes=[("unitid",)],
)

STORE_TABLES = [STORE_INSTITUTIONS, STORE_EVIDENCE, STORE_SUBMISSIONS, AUDIT, EXPORTS, FETCH_LOG, HTTP_CACHE,
                PAGE_SNAPSHOTS, OUTREACH_CAMPAIGNS, OUTREACH_TARGETS, OUTREACH_MESSAGES, OUTREACH_ADOPTIONS]


# --- the published database ------------------------------------------------------------------

COLOR_NAMES = list(COLORS)

CAMPUSES = Table(
    "campuses",
    {
        "unitid": "INTEGER", "slug": "TEXT", "name": "TEXT", "ipeds_alias": "TEXT", "city": "TEXT",
        "state": "TEXT", "website": "TEXT", "web_domain": "TEXT", "other_domains": "TEXT",
        "latitude": "REAL", "longitude": "REAL", "sector": "TEXT", "control": "TEXT",
        "size_band": "TEXT", "fte_enrollment": "INTEGER", "degree_granting": "INTEGER",
        "active": "INTEGER", "in_50_states_dc": "INTEGER",
        "color": "TEXT", "label": "TEXT", "stance": "TEXT", "reason": "TEXT", "decided_by": "TEXT",
        "stated_on": "TEXT", "since": "TEXT", "changed_on": "TEXT", "stale": "INTEGER",
        "needs_review": "INTEGER", "conflicts": "INTEGER", "flags": "TEXT", "evidence_count": "INTEGER",
    },
    pk="unitid",
    not_null={"slug", "name", "state", "color", "label", "reason", "stale", "needs_review",
              "conflicts", "evidence_count", "degree_granting", "active", "in_50_states_dc"},
    foreign_keys=[("decided_by", "evidence", "id")],
    checks=[
        one_of("color", COLOR_NAMES),
        one_of("stance", STANCES, nullable=True),
        "(color = 'gray') = (decided_by IS NULL)",
        "stale IN (0, 1)", "needs_review IN (0, 1)", "conflicts >= 0",
        "degree_granting IN (0, 1)", "active IN (0, 1)", "in_50_states_dc IN (0, 1)",
    ],
    unique=[("slug",)],
    indexes=[("color",), ("state",), ("sector",), ("name",), ("since",), ("changed_on",),
             ("size_band",), ("control",)],
    fts=("name", "ipeds_alias", "city", "state"),
)

# The published evidence has no reviewed_by: who approved a row stays in the store.
EVIDENCE = Table(
    "evidence",
    {
        "id": "TEXT", "unitid": "INTEGER", "stance": "TEXT", "color": "TEXT", "stated_on": "TEXT",
        "stated_from": "TEXT", "date_precision": "INTEGER", "source_url": "TEXT", "source_urls": "TEXT",
        "source_kind": "TEXT", "source_rank": "INTEGER", "publisher": "TEXT", "quote": "TEXT",
        "summary": "TEXT", "recorded_by": "TEXT", "review_status": "TEXT",
        "notes": "TEXT", "origin": "TEXT",
    },
    pk="id",
    not_null={"unitid", "stance", "stated_on", "stated_from", "date_precision", "source_url",
              "source_urls", "source_kind", "source_rank", "recorded_by", "review_status", "origin"},
    foreign_keys=[("unitid", "campuses", "unitid")],
    checks=[
        one_of("stance", STANCES), one_of("color", ["green", "yellow", "red"], nullable=True),
        one_of("source_kind", SOURCE_KINDS), "review_status = 'approved'",
        "date_precision = 1 OR date_precision = 2 OR date_precision = 3",
    ],
    indexes=[("unitid",), ("stance",), ("stated_from",), ("source_kind",), ("publisher",)],
    fts=("quote", "summary", "publisher"),
)

EVIDENCE_SOURCES = Table(
    "evidence_sources", {"evidence_id": "TEXT", "position": "INTEGER", "url": "TEXT", "host": "TEXT"},
    pk=("evidence_id", "position"), not_null={"url", "host"},
    foreign_keys=[("evidence_id", "evidence", "id")], indexes=[("host",)],
)

HISTORY = Table(
    "history",
    {"id": "INTEGER", "unitid": "INTEGER", "color": "TEXT", "stance": "TEXT", "valid_from": "TEXT",
     "valid_to": "TEXT", "from_stated_on": "TEXT", "decided_by": "TEXT"},
    pk="id", not_null={"unitid", "color", "stance", "valid_from", "from_stated_on", "decided_by"},
    foreign_keys=[("unitid", "campuses", "unitid"), ("decided_by", "evidence", "id")],
    checks=[one_of("color", ["green", "yellow", "red"]), one_of("stance", STANCES),
            "valid_to IS NULL OR valid_to > valid_from"],
    indexes=[("unitid",), ("valid_from",), ("valid_to",), ("color",)],
)

ALIASES = Table(
    "aliases", {"alias": "TEXT", "unitid": "INTEGER", "slug": "TEXT"},
    pk="alias", not_null={"unitid", "slug"}, foreign_keys=[("unitid", "campuses", "unitid")],
    indexes=[("unitid",)],
)

STANCES_TABLE = Table(
    "stances", {"stance": "TEXT", "color": "TEXT", "meaning": "TEXT", "substantive": "INTEGER"},
    pk="stance", not_null={"meaning", "substantive"},
)
COLORS_TABLE = Table(
    "colors", {"color": "TEXT", "label": "TEXT", "hex": "TEXT", "description": "TEXT"},
    pk="color", not_null={"label", "hex", "description"},
)
SOURCE_KINDS_TABLE = Table(
    "source_kinds", {"source_kind": "TEXT", "rank": "INTEGER", "description": "TEXT"},
    pk="source_kind", not_null={"rank", "description"},
)
RULES_TABLE = Table("rules", {"number": "INTEGER", "rule": "TEXT"}, pk="number", not_null={"rule"})
RELEASE = Table(
    "release", {"key": "TEXT", "value": "TEXT"}, pk="key", not_null={"value"},
)

# What the public may know of outreach: who was asked by which campaign, when, and whether they answered.
OUTREACH = Table(
    "outreach",
    {"campaign": "TEXT", "unitid": "INTEGER", "kind": "TEXT", "asked_on": "TEXT", "followed_up_on": "TEXT",
     "answered_on": "TEXT", "no_response_on": "TEXT", "status": "TEXT"},
    pk=("campaign", "unitid"), not_null={"kind", "asked_on", "status"},
    foreign_keys=[("unitid", "campuses", "unitid")],
    checks=["status = 'asked' OR status = 'answered' OR status = 'no_response'"],
    indexes=[("unitid",), ("status",)],
)

PUBLISHED_TABLES = [STANCES_TABLE, COLORS_TABLE, SOURCE_KINDS_TABLE, RULES_TABLE, CAMPUSES, EVIDENCE,
                    EVIDENCE_SOURCES, HISTORY, ALIASES, RELEASE, OUTREACH]

SCORECARD_CURRENT_VIEW = """
select c.slug, c.name, c.city, c.state, c.sector, c.color, c.label, c.stance, c.since,
       c.reason, c.flags, c.decided_by, e.source_url, e.publisher
from campuses c left join evidence e on e.id = c.decided_by
where c.color != 'gray'
order by c.name
"""

# The campus list's "asked, no answer yet" filter: campuses some campaign asked that have not answered it.
ASKED_NO_ANSWER_VIEW = """
select c.slug, c.name, c.state, c.color, o.campaign, o.asked_on, o.followed_up_on, o.status
from outreach o join campuses c using (unitid)
where o.status != 'answered'
order by c.name
"""
