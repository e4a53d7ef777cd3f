"""``scorecard build``: data/ and the store's approved evidence in, the published database out.

The new database is written to a temporary file beside the old one and renamed into place only
once it is complete and passes its integrity and foreign-key checks: a reader never sees a
half-built file, and a failed build leaves the previous one untouched.
"""

import contextlib
import datetime as dt
import gc
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from itertools import chain, compress, repeat
from pathlib import Path

import numpy as np
import pandas as pd
import sqlite_utils

from . import clock, colors, datafiles, evidence, file_swap, schema, store, writer_thread
from .method import COLORS, RULES, SOURCE_KINDS, STANCES
from .outreach.campaigns import published_rows

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


def release_id(today: dt.date, data_dir: Path, store_evidence: pd.DataFrame) -> str:
    """Build date plus a hash of every input, so two builds of the same data share a release."""
    h = hashlib.sha256()
    for name in datafiles.DATA_FILES:
        h.update((Path(data_dir) / name).read_bytes())
    for name in datafiles.EXTRA_EVIDENCE:
        if (Path(data_dir) / name).exists():
            h.update((Path(data_dir) / name).read_bytes())
    if len(store_evidence):
        h.update(store_evidence.sort_values("id").to_json(orient="records").encode())
    return f"{today.isoformat()}-{h.hexdigest()[:8]}"


def combine_evidence(data: datafiles.DataSet, store_ev: pd.DataFrame) -> pd.DataFrame:
    """The approved evidence of data/ and of the store in one frame (unitid as a number). The files'
    rows are filtered while still columns, each column then made an array in one pass: pandas
    inferring the type of every column of 200,000 rows cost 0.3 s."""
    rows = data.evidence
    ids = [*rows.columns["id"], *(store_ev["id"] if len(store_ev) else ())]
    if len(set(ids)) != len(ids):
        dupes = pd.Series(ids, dtype=object).duplicated()
        raise BuildError(f"evidence id {ids[dupes.to_numpy().argmax()]!r} is both in data/ and in the store")
    approved = [s == "approved" for s in rows.columns["review_status"]]
    count = sum(approved)
    # str columns as a frame of every row of a file would have; object ones when data/ holds none
    dtype = "str" if len(rows) else object
    columns = {name: pd.array(np.fromiter(compress(rows.columns[name], approved), object, count),
                              dtype=dtype, copy=False) for name in datafiles.EVIDENCE_COLUMNS if name != "unitid"}
    columns["unitid"] = np.fromiter(map(int, compress(rows.columns["unitid"], approved)), np.int64, count)
    files = pd.DataFrame(columns, columns=datafiles.EVIDENCE_COLUMNS, copy=False).assign(origin=evidence.DATA)
    if not len(store_ev):
        return files  # the files' cells are never missing, so there is nothing to fill
    store_ev = store_ev[store_ev["review_status"] == "approved"].assign(unitid=store_ev["unitid"].astype("int64"))
    return pd.concat([files, store_ev], ignore_index=True).fillna(
        {"publisher": "", "quote": "", "summary": "", "notes": "", "reviewed_by": ""})


def _records(df: pd.DataFrame, table: schema.Table):
    """Tuples in the table's column order, numpy scalars as Python values. A missing value is left
    as NaN, which SQLite stores as NULL (it never stores a NaN): one pass a column instead of
    three (isna, tolist, the fix-up), which on 200,000 rows each touching scattered strings was a
    second of the build. Nullable integers (pd.NA) become None."""
    columns = [df[name].to_numpy(dtype=object, na_value=None) if isinstance(df[name].dtype, pd.Int64Dtype)
               else df[name].to_numpy(dtype=object) for name in table.columns]
    return zip(*(c.tolist() for c in columns), strict=True)


def campus_frame(data: datafiles.DataSet, card: colors.Scorecard) -> pd.DataFrame:
    inst = pd.DataFrame(data.institutions)
    inst["unitid"] = inst["unitid"].astype("int64")
    for col in ("latitude", "longitude", "fte_enrollment"):
        inst[col] = pd.to_numeric(inst[col].replace("", None))
    for col in ("degree_granting", "active", "in_50_states_dc"):
        inst[col] = inst[col].astype("int64")
    scored = card.campuses.drop(columns=["unitid"]).set_index(card.campuses["unitid"])
    out = inst.join(scored, on="unitid")
    for col in ("stale", "needs_review"):
        out[col] = out[col].astype("int64")
    out["fte_enrollment"] = out["fte_enrollment"].astype("Int64")
    return out


_HOST = re.compile(r"[a-zA-Z]+://(?:[^/?#@]*@)?(\[[^\]]+\]|[^/?#:]+)")
# _HOST at the start of each of many URLs one a line (no URL holds whitespace: they come from split()),
# the rest of the URL taken in the match so the search does not try a start at each of its characters.
_HOSTS = re.compile(r"(?<!\S)[a-zA-Z]+://(?:[^/?#@\s]*@)?(\[[^\]\s]+\]|[^/?#:\s]+)\S*")


def hosts(urls: list[str | None]) -> list[str | None]:
    """Each URL's host in lowercase (None where there is none). One search over all of them when
    every URL has a host, as validated evidence does: a regex call, a group and a lower() per URL
    cost half a second on 360,000 URLs."""
    if None not in urls:
        found = _HOSTS.findall("\n".join(urls).lower())
        if len(found) == len(urls):  # at most one match starts at each URL, so each URL has its own
            return found
    return [m.group(1).lower() if url is not None and (m := _HOST.match(url)) else None for url in urls]


def evidence_frame(ev: pd.DataFrame) -> tuple[pd.DataFrame, list[list[str]]]:
    """The evidence table's frame and each row's source URLs (for ``source_rows``)."""
    bounds = colors.period_bounds(ev["stated_on"])
    # The URL lists in plain Python: pandas' string methods loop per row anyway, at more cost each.
    url_lists = [s.split() if isinstance(s, str) else [] for s in ev["source_urls"].tolist()]
    out = ev.assign(
        color=ev["stance"].map({s.name: s.color for s in STANCES.values()}),
        stated_from=bounds["first"].dt.strftime("%Y-%m-%d"),
        date_precision=bounds["precision"].astype("int64"),
        source_url=[u[0] if u else None for u in url_lists],
        source_rank=ev["source_kind"].map({k: i for i, k in enumerate(SOURCE_KINDS)}),
    )
    return out, url_lists


def source_rows(ids: list[str], url_lists: list[list[str]]) -> list[tuple]:
    """The evidence_sources rows, tuples in its column order (a row without URLs gets one, None).
    Made a column at a time with itertools and zipped once: a tuple unpacked per row cost more."""
    counts = [len(urls) or 1 for urls in url_lists]
    eids = chain.from_iterable(map(repeat, ids, counts))
    positions = chain.from_iterable(map(range, repeat(1), [n + 1 for n in counts]))
    urls = list(chain.from_iterable(u or (None,) for u in url_lists))
    return list(zip(eids, positions, urls, hosts(urls), strict=True))


def history_frame(card: colors.Scorecard) -> pd.DataFrame:
    h = card.history.reset_index(drop=True)
    h.insert(0, "id", range(1, len(h) + 1))
    return h


def _open_new(path: Path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=OFF")  # a temporary file: renamed into place only when complete
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-262144")  # 256 MiB at most: the indexes are sorted and written once
    db.execute("PRAGMA temp_store=MEMORY")
    return db


def _write_fixed_tables(db: sqlite_utils.Database) -> None:
    """The schema without indexes, and the tables the method alone fills."""
    schema.create(db, schema.PUBLISHED_TABLES, indexes=False)
    db["stances"].insert_all({"stance": s.name, "color": s.color, "meaning": s.meaning,
                              "substantive": int(s.substantive)} for s in STANCES.values())
    db["colors"].insert_all({"color": c.name, "label": c.label, "hex": c.hex, "description": c.description}
                            for c in COLORS.values())
    db["source_kinds"].insert_all({"source_kind": k, "rank": i, "description": d}
                                  for i, (k, d) in enumerate(SOURCE_KINDS.items()))
    db["rules"].insert_all({"number": i, "rule": r.text} for i, r in enumerate(RULES, 1))


def _insert(table: schema.Table, rows):
    """A writer job that inserts the rows; run with ``Writer.run``, as it holds the GIL row by row."""
    return lambda db: schema.bulk_insert(db, table, rows)


def _index(tables: list[schema.Table]):
    """A writer job: the tables' indexes and full-text indexes, built after their rows are in."""
    def job(db: sqlite_utils.Database) -> None:
        schema.create_indexes(db, tables)
        schema.enable_fts(db, tables)  # commits, as sqlite-utils does
        db.conn.commit()
    return job


class _Checks:
    """The foreign-key check and ANALYZE a table at a time, each as soon as the table (and, for the
    check, what it refers to) is in, so most of both run beside the coloring. Any dangling reference
    fails the build with the whole database's check, as one PRAGMA foreign_key_check of it all would."""

    def __init__(self):
        self.dangling = False
        self.checked: set[str] = set()
        self.analyzed: set[str] = set()

    def check(self, tables: list[schema.Table]):
        """A writer job: the foreign-key check of these tables (what they refer to must be in)."""
        def job(db: sqlite_utils.Database) -> None:
            for t in tables:
                if t.foreign_keys and db.execute(f"PRAGMA foreign_key_check([{t.name}])").fetchone():
                    self.dangling = True
                self.checked.add(t.name)
        return job

    def analyze(self, names: list[str]):
        """A writer job: ANALYZE of these tables, complete and indexed."""
        def job(db: sqlite_utils.Database) -> None:
            for name in names:
                db.execute(f"ANALYZE [{name}]")
                self.analyzed.add(name)
        return job

    def finish(self, db: sqlite_utils.Database) -> None:
        """A writer job: the views, then the check and ANALYZE of every table not yet done."""
        db.create_view("scorecard_current", schema.SCORECARD_CURRENT_VIEW, replace=True)
        db.create_view("asked_no_answer", schema.ASKED_NO_ANSWER_VIEW, replace=True)
        self.check([t for t in schema.PUBLISHED_TABLES if t.name not in self.checked])(db)
        if self.dangling:
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            raise BuildError(f"foreign key check failed: {problems[:5]}")
        db.conn.commit()
        tables = db.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
                            "and sql not like 'CREATE VIRTUAL TABLE%'").fetchall()  # the full-text index's own too
        self.analyze([name for (name,) in tables if name not in self.analyzed])(db)


def write_published(writer: writer_thread.Writer, data: datafiles.DataSet, ev: pd.DataFrame, today: dt.date,
                    release: str, built_at: str, outreach: list[dict] = (), step=lambda text: None) -> colors.Scorecard:
    """Queues the whole database on ``writer`` and returns the scorecard; the last jobs (the campus
    tables' indexes, the checks) may still be running. Each table's rows go in while this thread
    waits; its indexes, full-text index, check and ANALYZE are then built on the writer's thread
    while this one makes the next rows or colors the campuses."""
    checks = _Checks()
    writer.submit(_write_fixed_tables)
    evidence, url_lists = evidence_frame(ev)
    writer.run(_insert(schema.EVIDENCE, _records(evidence, schema.EVIDENCE)))
    del evidence
    writer.submit(_index([schema.EVIDENCE]))
    writer.submit(checks.analyze([schema.EVIDENCE.name]))
    sources = source_rows(ev["id"].tolist(), url_lists)
    card = colors.score(ev, pd.DataFrame(data.institutions), today)
    writer.run(_insert(schema.EVIDENCE_SOURCES, sources))
    del sources, url_lists
    writer.submit(_index([schema.EVIDENCE_SOURCES]))
    writer.submit(checks.check([schema.EVIDENCE_SOURCES]))
    writer.submit(checks.analyze([schema.EVIDENCE_SOURCES.name]))
    step("writing and checking the database")
    by_slug = {r["slug"]: int(r["unitid"]) for r in data.institutions}
    writer.run(_insert(schema.CAMPUSES, _records(campus_frame(data, card), schema.CAMPUSES)))
    writer.run(_insert(schema.HISTORY, _records(history_frame(card), schema.HISTORY)))
    writer.run(lambda db: db["aliases"].insert_all(
        {"alias": a["alias"], "slug": a["slug"], "unitid": by_slug[a["slug"]]} for a in data.aliases))
    writer.run(lambda db: db["release"].insert_all([
        {"key": "release", "value": release}, {"key": "built_at", "value": built_at},
        {"key": "campuses", "value": str(len(data.institutions))}, {"key": "evidence", "value": str(len(ev))}]))
    # public facts only: see scorecard.outreach.campaigns.published_rows
    writer.run(lambda db: db["outreach"].insert_all(outreach))
    done = (schema.EVIDENCE, schema.EVIDENCE_SOURCES)
    writer.submit(_index([t for t in schema.PUBLISHED_TABLES if t not in done]))
    writer.submit(checks.finish)
    return card


@contextlib.contextmanager
def _no_cycle_collection():
    """The build makes millions of short-lived rows, lists and dicts and no reference cycles worth
    collecting: the cyclic collector's passes over them cost about 0.7 s of a 200,000-row build.
    Reference counting still frees everything; the collector's previous state comes back after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(data_dir: Path = DEFAULT_DATA, store_path: Path = store.DEFAULT_PATH, db_path: Path = DEFAULT_DB,
          today: dt.date | None = None, progress=None) -> BuildResult:
    """Raises DataError (with validate's messages) or BuildError; the old database stays put.

    progress(step) is told each step as it starts (the web publish shows them)."""
    with _no_cycle_collection():
        return _build(data_dir, store_path, db_path, today, progress)


def _build(data_dir, store_path, db_path, today, progress) -> BuildResult:
    import time
    started = time.perf_counter()
    step = progress or (lambda text: None)
    today = today or clock.today()
    step("validating data/")
    data = datafiles.load_or_raise(data_dir, today)
    step("reading the store's approved evidence")
    try:
        sdb = store.open_store(store_path)
    except store.BadStore as e:
        raise BuildError(str(e)) from None
    store.sync_institutions(sdb, data.institutions)
    store_ev = store.approved_evidence(sdb)
    outreach = published_rows(sdb)
    sdb.conn.close()
    ev = combine_evidence(data, store_ev)
    release = release_id(today, data_dir, store_ev)
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with file_swap.exclusive(db_path):
        file_swap.remove_stale_temporaries(db_path)
        fd, tmp = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
        os.close(fd)
        tmp = Path(tmp)
        try:
            tmp.unlink()
            step("coloring every campus")
            campuses, approved = len(data.institutions), len(ev)
            with writer_thread.Writer(lambda: _open_new(tmp)) as writer:
                card = write_published(writer, data, ev, today, release, clock.SYSTEM.iso(), outreach, step)
                colored = int((card.campuses["color"] != "gray").sum())
                del data, ev, store_ev, card  # freed while the writer finishes the database, not after
            os.chmod(tmp, 0o644)
            file_swap.durable_replace(tmp, db_path)
        finally:
            tmp.unlink(missing_ok=True)
    return BuildResult(db_path, release, campuses, approved, colored, time.perf_counter() - started)
