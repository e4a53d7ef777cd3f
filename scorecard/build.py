"""``scorecard build``: data/ and the store's approved evidence in, the published database out.

The new database is written to a temporary file beside the old one and renamed into place only
once it is complete and passes its integrity and foreign-key checks: a reader never sees a
half-built file, and a failed build leaves the previous one untouched.
"""

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import sqlite_utils

from . import colors, datafiles, schema, store
from .method import COLORS, RULES, SOURCE_KINDS, STANCES

DEFAULT_DB = Path("var/scorecard.db")
DEFAULT_DATA = Path("data")


class BuildError(Exception):
    pass


@dataclass
class BuildResult:
    path: Path
    release: str
    campuses: int
    evidence: int
    colored: int
    seconds: float


def release_id(today: dt.date, data: datafiles.DataSet, store_evidence: pd.DataFrame) -> str:
    """Build date plus a hash of every input row, so two builds of the same data share a release."""
    h = hashlib.sha256()
    for rows in (data.institutions, data.aliases, data.evidence):
        for r in rows:
            h.update(json.dumps(r, sort_keys=True).encode())
    h.update(store_evidence.sort_values("id").to_json(orient="records").encode() if len(store_evidence) else b"")
    return f"{today.isoformat()}-{h.hexdigest()[:8]}"


def combine_evidence(data: datafiles.DataSet, store_ev: pd.DataFrame) -> pd.DataFrame:
    files = pd.DataFrame(data.evidence, columns=datafiles.EVIDENCE_COLUMNS).assign(origin="data")
    ev = pd.concat([files, store_ev], ignore_index=True) if len(store_ev) else files
    dupes = ev["id"][ev["id"].duplicated()]
    if len(dupes):
        raise BuildError(f"evidence id {dupes.iloc[0]!r} is both in data/ and in the store")
    ev = ev[ev["review_status"] == "approved"].copy()
    ev["unitid"] = ev["unitid"].astype("int64")
    return ev.fillna({"publisher": "", "quote": "", "summary": "", "notes": "", "reviewed_by": ""})


def _int(v):
    return int(float(v)) if str(v).strip() not in ("", "nan", "None") else None


def _float(v):
    return float(v) if str(v).strip() not in ("", "nan", "None") else None


def campus_rows(data: datafiles.DataSet, card: colors.Scorecard) -> list[dict]:
    scored = card.campuses.set_index("unitid")
    rows = []
    for r in data.institutions:
        s = scored.loc[int(r["unitid"])]
        rows.append({
            **{k: r[k] for k in ("slug", "name", "ipeds_alias", "city", "state", "website", "web_domain",
                                 "other_domains", "sector", "control", "size_band")},
            "unitid": int(r["unitid"]),
            "latitude": _float(r["latitude"]), "longitude": _float(r["longitude"]),
            "fte_enrollment": _int(r["fte_enrollment"]),
            "degree_granting": int(r["degree_granting"]), "active": int(r["active"]),
            "in_50_states_dc": int(r["in_50_states_dc"]),
            **{k: (None if pd.isna(s[k]) else s[k]) for k in ("color", "label", "stance", "reason", "decided_by",
                                                              "stated_on", "since", "changed_on", "flags")},
            "stale": int(s["stale"]), "needs_review": int(s["needs_review"]),
            "conflicts": int(s["conflicts"]), "evidence_count": int(s["evidence_count"]),
        })
    return rows


def evidence_rows(ev: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    bounds = colors.period_bounds(ev["stated_on"])
    out = ev.assign(
        color=ev["stance"].map({s.name: s.color for s in STANCES.values()}),
        stated_from=bounds["first"].dt.strftime("%Y-%m-%d"),
        date_precision=bounds["precision"].astype("int64"),
        source_url=ev["source_urls"].str.split().str[0],
        source_rank=ev["source_kind"].map({k: i for i, k in enumerate(SOURCE_KINDS)}),
    )[[c for c in schema.EVIDENCE.columns]]
    out = out.astype(object).where(out.notna(), None)
    sources = [
        {"evidence_id": i, "position": n, "url": u, "host": urlsplit(u).hostname or ""}
        for i, urls in zip(ev["id"], ev["source_urls"]) for n, u in enumerate(urls.split(), 1)
    ]
    return out.to_dict("records"), sources


def history_rows(card: colors.Scorecard) -> list[dict]:
    h = card.history.reset_index(drop=True)
    h.insert(0, "id", range(1, len(h) + 1))
    h = h.astype(object).where(h.notna(), None)
    h["unitid"] = h["unitid"].astype(int)
    return h.to_dict("records")


def write_published(path: Path, data: datafiles.DataSet, ev: pd.DataFrame, card: colors.Scorecard,
                    release: str, built_at: str) -> None:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=DELETE")
    with db.conn:
        schema.create(db, schema.PUBLISHED_TABLES)
        db["stances"].insert_all({"stance": s.name, "color": s.color, "meaning": s.meaning,
                                  "substantive": int(s.substantive)} for s in STANCES.values())
        db["colors"].insert_all({"color": c.name, "label": c.label, "hex": c.hex, "description": c.description}
                                for c in COLORS.values())
        db["source_kinds"].insert_all({"source_kind": k, "rank": i, "description": d}
                                      for i, (k, d) in enumerate(SOURCE_KINDS.items()))
        db["rules"].insert_all({"number": i, "rule": r} for i, r in enumerate(RULES, 1))
        db["campuses"].insert_all(campus_rows(data, card), batch_size=1000)
        evidence, sources = evidence_rows(ev)
        db["evidence"].insert_all(evidence, batch_size=2000)
        db["evidence_sources"].insert_all(sources, batch_size=2000)
        db["history"].insert_all(history_rows(card), batch_size=2000)
        by_slug = {r["slug"]: int(r["unitid"]) for r in data.institutions}
        db["aliases"].insert_all({"alias": a["alias"], "slug": a["slug"], "unitid": by_slug[a["slug"]]}
                                 for a in data.aliases)
        db["release"].insert_all([{"key": "release", "value": release}, {"key": "built_at", "value": built_at},
                                  {"key": "campuses", "value": str(len(data.institutions))},
                                  {"key": "evidence", "value": str(len(ev))}])
    schema.enable_fts(db, schema.PUBLISHED_TABLES)
    db.create_view("scorecard_current", schema.SCORECARD_CURRENT_VIEW, replace=True)
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise BuildError(f"foreign key check failed: {problems[:5]}")
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise BuildError("integrity check failed")
    db.execute("ANALYZE")
    db.conn.close()


def build(data_dir: Path = DEFAULT_DATA, store_path: Path = store.DEFAULT_PATH, db_path: Path = DEFAULT_DB,
          today: dt.date | None = None) -> BuildResult:
    """Raises DataError (with validate's messages) or BuildError; the old database stays put."""
    import time
    started = time.perf_counter()
    today = today or dt.date.today()
    data = datafiles.load_or_raise(data_dir, today)
    sdb = store.open_store(store_path)
    store.sync_institutions(sdb, data.institutions)
    store_ev = store.approved_evidence(sdb)
    sdb.conn.close()
    ev = combine_evidence(data, store_ev)
    card = colors.score(ev, pd.DataFrame(data.institutions), today)
    release = release_id(today, data, store_ev)
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp)
    try:
        tmp.unlink()
        write_published(tmp, data, ev, card, release, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
        os.chmod(tmp, 0o644)
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    colored = int((card.campuses["color"] != "gray").sum())
    return BuildResult(db_path, release, len(data.institutions), len(ev), colored, time.perf_counter() - started)
