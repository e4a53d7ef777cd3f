"""The published database as the site sees it: where it is, how to query it, and its release.

The database is served immutable, so anything derived from it alone (the release id, the map's
points) is computed once per process and kept on the Datasette instance.
"""

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

from datasette.utils import named_parameters

DATABASE = "scorecard"
PLUGIN = "campus-scorecard"  # the distribution name Datasette mounts static/ under
_HERE = Path(__file__).parent


async def run(datasette, fn, *args):
    """Call fn(conn, *args) on the published database's read thread."""
    return await datasette.get_database(DATABASE).execute_fn(lambda conn: fn(conn, *args))


def read(datasette, fn, *args):
    """fn(conn, *args) on the calling thread's own read-only connection to the published database.

    For the campus page's few indexed reads (about a tenth of a millisecond in all), which cost less
    than the trip to Datasette's database thread and back; nothing slow belongs here, it holds up the
    event loop. The connection follows the served file: a publish that switches it opens a new one."""
    path = datasette.get_database(DATABASE).path
    readers = datasette.__dict__.setdefault("_scorecard_readers", {})
    held = readers.get(threading.get_ident())
    if held is None or held[0] != path:
        if held is not None:
            held[1].close()
        held = readers[threading.get_ident()] = (path, sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True))
    return fn(held[1], *args)


class LRU:
    """A small bounded least-recently-used map: memory stays bounded whatever URLs are requested."""

    def __init__(self, size: int):
        self.size, self.items = size, OrderedDict()

    def get(self, key):
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        return None

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.size:
            self.items.popitem(last=False)


def cache(datasette, name: str, size: int) -> LRU:
    """The named LRU kept on this Datasette instance (so each test's Datasette starts empty)."""
    caches = datasette.__dict__.setdefault("_scorecard_caches", {})
    if name not in caches:
        caches[name] = LRU(size)
    return caches[name]


FACTS_KEPT = 20000  # small derived facts (resolved keys, map points, headline figures)


async def once(datasette, key, fn, *args):
    """fn(conn, *args) computed on first use and then kept: the database never changes under us."""
    memo = cache(datasette, "facts", FACTS_KEPT)
    found = memo.get((key, args))
    if found is None:
        found = await run(datasette, fn, *args)
        memo.put((key, args), found)
    return found


def release(datasette) -> dict:
    """{'release': '2026-11-26-7eaaf383', 'built_at': ..., 'campuses': ..., 'evidence': ...}

    Synchronous, read once from the file: templates call it as a Jinja global, which also
    reaches pages Datasette renders itself, such as its error pages."""
    facts = datasette.__dict__.get("_scorecard_release")
    if facts is None:
        path = datasette.get_database(DATABASE).path
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            facts = dict(conn.execute("select key, value from release").fetchall())
        finally:
            conn.close()
        datasette._scorecard_release = facts
    return facts


def _code_digest() -> str:
    """A digest of the templates, static files and this package's code: a new deploy changes the
    pages even when the data release is the same, so it is part of every ETag."""
    h = hashlib.sha256()
    for path in sorted(p for p in _HERE.rglob("*") if p.is_file() and p.suffix in {".py", ".html", ".css", ".js"}):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for path in sorted((_HERE.parent).glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


CODE_DIGEST = _code_digest()


async def stored(datasette, name: str, **params) -> list[dict]:
    """Rows of a stored query from datasette.yaml, so a page and the researchers' query share one SQL."""
    query = await datasette.get_query(DATABASE, name)
    names = query.parameters or named_parameters(query.sql)
    result = await datasette.get_database(DATABASE).execute(query.sql, {p: params.get(p, "") for p in names})
    return [dict(r) for r in result.rows]


async def rows(datasette, sql: str, params=()) -> list[dict]:
    result = await datasette.get_database(DATABASE).execute(sql, params)
    return [dict(r) for r in result.rows]
