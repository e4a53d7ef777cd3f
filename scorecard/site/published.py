"""The published database as the site sees it: where it is, how to query it, and its release.

The database is served immutable, so anything derived from it alone (the release id, the map's
points) is computed once per process and kept on the Datasette instance.
"""

import hashlib
from pathlib import Path

from datasette.utils import named_parameters

DATABASE = "scorecard"
PLUGIN = "campus-scorecard"  # the distribution name Datasette mounts static/ under
_HERE = Path(__file__).parent


async def run(datasette, fn, *args):
    """Call fn(conn, *args) on the published database's read thread."""
    return await datasette.get_database(DATABASE).execute_fn(lambda conn: fn(conn, *args))


async def once(datasette, key: str, fn, *args):
    """fn(conn, *args) computed on first use and then kept: the database never changes under us."""
    cache = datasette.__dict__.setdefault("_scorecard_cache", {})
    if key not in cache:
        cache[key] = await run(datasette, fn, *args)
    return cache[key]


def _release_facts(conn) -> dict:
    return dict(conn.execute("select key, value from release").fetchall())


async def release(datasette) -> dict:
    """{'release': '2026-11-26-7eaaf383', 'built_at': ..., 'campuses': ..., 'evidence': ...}"""
    return await once(datasette, "release", _release_facts)


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
