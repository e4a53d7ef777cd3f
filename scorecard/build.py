"""``scorecard build``: data/ and the store's approved evidence in, the published database out.

The new database is written to a temporary file beside the old one and renamed into place only
once it is complete and every reference in it has been checked: a reader never sees a
half-built file, and a failed build leaves the previous one untouched. SQLite writes one file
on one connection at a time, so the evidence table (the big one, with its full-text index) and its
source URLs, and the other tables, are written to two temporary files at once, each by its own thread, and the second is
copied into the first at the end.
"""

import contextlib
import datetime as dt
import gc
import hashlib
import os
import re
import tempfile
from concurrent.futures import Future
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
# _HOST after each newline of many URLs one a line: the search looks for the newline only (a literal
# it finds at C speed), where a pattern able to start anywhere was tried at every character. The
# possessive quantifiers match what _HOST's do: each stops where a character it cannot take must follow.
_HOSTS = re.compile(r"\n[a-zA-Z]++://(?:[^/?#@\n]*+@)?(\[[^\]\n]++\]|[^/?#:\n]++)")


def hosts(urls: list[str | None]) -> list[str | None]:
    """Each URL's host in lowercase (None where there is none). One search over all of them when
    every URL has a host and none holds a newline, as validated evidence does: a regex call, a
    group and a lower() per URL cost half a second on 360,000 URLs."""
    try:
        text = ("\n" + "\n".join(urls)).lower()
    except TypeError:  # a None among them: faster found so than by looking for it first
        text = ""
    if text.count("\n") == len(urls):  # a line a URL, so a match a line: one from each URL's start
        found = _HOSTS.findall(text)
        if len(found) == len(urls):
            return found
    return [m.group(1).lower() if url is not None and (m := _HOST.match(url)) else None for url in urls]


def evidence_frame(ev: pd.DataFrame, bounds: pd.DataFrame | None = None) -> tuple[pd.DataFrame, list[list[str]]]:
    """The evidence table's frame and each row's source URLs (for ``source_frame``); ``bounds`` is
    ``colors.period_bounds`` of its dates when the caller has them (the coloring reads them too)."""
    bounds = colors.period_bounds(ev["stated_on"]) if bounds is None else bounds
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


def source_frame(ids: list[str], url_lists: list[list[str]]) -> pd.DataFrame:
    """The evidence_sources rows, in its column order (a row without URLs gets one, None), for
    ``schema.json_columns``. Made a column at a time with itertools (a tuple unpacked per row cost
    more); the columns hold the Python values themselves, as pandas inferring their types would
    cost a pass over each."""
    counts = [len(urls) or 1 for urls in url_lists]
    eids = chain.from_iterable(map(repeat, ids, counts))
    positions = chain.from_iterable(map(range, repeat(1), [n + 1 for n in counts]))
    urls = list(chain.from_iterable(u or (None,) for u in url_lists))
    columns = (eids, positions, urls, hosts(urls))
    return pd.DataFrame({name: pd.Series(list(values), dtype=object)
                         for name, values in zip(schema.EVIDENCE_SOURCES.columns, columns, strict=True)})


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
    """The tables the method alone fills."""
    db["stances"].insert_all({"stance": s.name, "color": s.color, "meaning": s.meaning,
                              "substantive": int(s.substantive)} for s in STANCES.values())
    db["colors"].insert_all({"color": c.name, "label": c.label, "hex": c.hex, "description": c.description}
                            for c in COLORS.values())
    db["source_kinds"].insert_all({"source_kind": k, "rank": i, "description": d}
                                  for i, (k, d) in enumerate(SOURCE_KINDS.items()))
    db["rules"].insert_all({"number": i, "rule": r.text} for i, r in enumerate(RULES, 1))


# The evidence table and its source URLs are written on the new database's own connection; every
# other table on a second connection, to a side file, at the same time; the side file is copied in
# whole once it is complete (see ``_merge``).
REST_FILE = [t for t in schema.PUBLISHED_TABLES if t not in (schema.EVIDENCE, schema.EVIDENCE_SOURCES)]


@dataclass
class Writers:
    """The two writers of one build and the side file the second writes."""
    main: writer_thread.Writer
    rest: writer_thread.Writer
    rest_path: Path


def _insert(table: schema.Table, rows):
    """A writer job that inserts the rows; run with ``Writer.run``, as it holds the GIL row by row."""
    return lambda db: schema.bulk_insert(db, table, rows)


def _insert_json(table: schema.Table, texts: list[str]):
    """A writer job that inserts rows given as ``schema.json_columns`` texts. SQLite reads them with
    the GIL released, so unlike ``_insert`` it is submitted: it runs beside the caller's Python work."""
    return lambda db: schema.insert_json(db, table, texts)


def _index(tables: list[schema.Table], fts: bool = True):
    """A writer job: the tables' indexes (and full-text indexes), built after their rows are in."""
    def job(db: sqlite_utils.Database) -> None:
        schema.create_indexes(db, tables)
        if fts:
            schema.enable_fts(db, tables)  # commits, as sqlite-utils does
        db.conn.commit()
    return job


def _analyze(names: list[str]):
    """A writer job: ANALYZE of these tables, complete and indexed."""
    def job(db: sqlite_utils.Database) -> None:
        for name in names:
            db.execute(f"ANALYZE [{name}]")
        db.conn.commit()
    return job


def _analyze_with_fts(t: schema.Table, table: bool = True):
    """A writer job: ANALYZE of the table (unless ``table`` is False) and of its full-text index's
    own tables, whatever sqlite-utils named them."""
    def job(db: sqlite_utils.Database) -> None:
        shadows = db.execute("select name from sqlite_master where type = 'table' and name like ? "
                             "and sql not like 'CREATE VIRTUAL TABLE%'", [f"{t.name}_fts_%"]).fetchall()
        _analyze([t.name] * table + [name for (name,) in shadows])(db)
    return job


def _merge(side: Path, tables: list[schema.Table], complete: Future):
    """A writer job on the new database: the side file's tables copied in whole once ``complete``
    says its writer has finished (None: it stopped on an error, which its caller raises). Each is
    created here as it is there, indexes and all, so SQLite's transfer optimisation copies rows and
    index entries as they are instead of inserting and sorting them again; ANALYZE's figures come
    too. (The references between the files were checked before any was written:
    ``schema.dangling_references``.)"""
    def job(db: sqlite_utils.Database) -> None:
        if not complete.result():
            return
        db.execute("ATTACH DATABASE ? AS side", [str(side)])
        schema.create(db, tables, indexes=True)
        for t in tables:
            db.execute(f"INSERT INTO main.[{t.name}] SELECT * FROM side.[{t.name}]")
        db.execute("INSERT INTO main.sqlite_stat1 SELECT * FROM side.sqlite_stat1")
        db.conn.commit()
        db.execute("DETACH DATABASE side")
    return job


def _finish(db: sqlite_utils.Database) -> None:
    """The last writer job on the new database: the campuses' full-text index and the views."""
    schema.enable_fts(db, REST_FILE)
    db.create_view("scorecard_current", schema.SCORECARD_CURRENT_VIEW, replace=True)
    db.create_view("asked_no_answer", schema.ASKED_NO_ANSWER_VIEW, replace=True)
    _analyze_with_fts(schema.CAMPUSES, table=False)(db)


def write_published(w: Writers, data: datafiles.DataSet, ev: pd.DataFrame, today: dt.date, release: str,
                    built_at: str, outreach: list[dict] = (), step=lambda text: None) -> colors.Scorecard:
    """Queues the whole database on the writers and returns the scorecard; they may still be
    indexing and copying. Each table's rows go in while this thread waits; its indexes, full-text
    index and ANALYZE are then built on its writer's thread while this one makes the next rows or
    colors the campuses."""
    w.main.submit(lambda db: schema.create(db, [schema.EVIDENCE, schema.EVIDENCE_SOURCES], indexes=False))
    w.rest.submit(lambda db: schema.create(db, REST_FILE, indexes=False))
    w.rest.submit(_write_fixed_tables)
    bounds = colors.period_bounds(ev["stated_on"])
    evidence, url_lists = evidence_frame(ev, bounds)
    w.main.run(_insert(schema.EVIDENCE, _records(evidence, schema.EVIDENCE)))
    del evidence
    w.main.submit(_index([schema.EVIDENCE]))
    w.main.submit(_analyze_with_fts(schema.EVIDENCE))
    sources = source_frame(ev["id"].tolist(), url_lists)
    w.main.submit(_insert_json(schema.EVIDENCE_SOURCES, schema.json_columns(schema.EVIDENCE_SOURCES, sources)))
    source_ids = sources["evidence_id"]
    del sources, url_lists
    w.main.submit(_index([schema.EVIDENCE_SOURCES]))
    w.main.submit(_analyze([schema.EVIDENCE_SOURCES.name]))
    card = colors.score(ev, pd.DataFrame(data.institutions), today, bounds=bounds)
    step("writing and checking the database")
    by_slug = {r["slug"]: int(r["unitid"]) for r in data.institutions}
    campuses, history = campus_frame(data, card), history_frame(card)
    aliases = [{"alias": a["alias"], "slug": a["slug"], "unitid": by_slug[a["slug"]]} for a in data.aliases]
    dangling = schema.dangling_references(schema.PUBLISHED_TABLES, {
        "campuses": campuses, "evidence": {"id": ev["id"], "unitid": ev["unitid"]},
        "evidence_sources": {"evidence_id": source_ids}, "history": history,
        "aliases": {"unitid": [a["unitid"] for a in aliases]}, "outreach": {"unitid": [o["unitid"] for o in outreach]}})
    if dangling:
        raise BuildError("foreign key check failed: " + "; ".join(dangling))
    w.rest.run(_insert(schema.CAMPUSES, _records(campuses, schema.CAMPUSES)))
    w.rest.submit(_insert_json(schema.HISTORY, schema.json_columns(schema.HISTORY, history)))
    w.rest.run(lambda db: db["aliases"].insert_all(aliases))
    w.rest.run(lambda db: db["release"].insert_all([
        {"key": "release", "value": release}, {"key": "built_at", "value": built_at},
        {"key": "campuses", "value": str(len(data.institutions))}, {"key": "evidence", "value": str(len(ev))}]))
    # public facts only: see scorecard.outreach.campaigns.published_rows
    w.rest.run(lambda db: db["outreach"].insert_all(outreach))
    w.rest.submit(_index(REST_FILE, fts=False))
    w.rest.submit(_analyze([t.name for t in REST_FILE]))
    w.main.submit(_merge(w.rest_path, REST_FILE, w.rest.finish()))
    w.main.submit(_finish)
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
            side = tmp.with_name(tmp.name.removesuffix(".tmp") + ".rest.tmp")
            try:
                with writer_thread.Writer(lambda: _open_new(tmp)) as main, \
                        writer_thread.Writer(lambda: _open_new(side)) as rest:
                    card = write_published(Writers(main, rest, side), data, ev, today, release,
                                           clock.SYSTEM.iso(), outreach, step)
                    colored = int((card.campuses["color"] != "gray").sum())
                    del data, ev, store_ev, card  # freed while the writers finish, not after
            finally:
                side.unlink(missing_ok=True)
            os.chmod(tmp, 0o644)
            file_swap.durable_replace(tmp, db_path)
        finally:
            tmp.unlink(missing_ok=True)
    return BuildResult(db_path, release, campuses, approved, colored, time.perf_counter() - started)
