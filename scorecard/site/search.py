"""/search?q=: campuses first (an exact slug, alias or unitid, then full-text over names, IPEDS
aliases and places, then short aliases by prefix), then the evidence that mentions the words."""

import re

from .. import campus as campus_facts
from . import caching
from .published import DATABASE, run

LIMIT = 50
CANDIDATES = 500  # FTS matches ranked again by flagship_first
_CAMPUS_COLUMNS = "c.slug, c.name, c.city, c.state, c.color, c.label, c.fte_enrollment"


def fts_query(q: str) -> str:
    """Each word as a quoted prefix term, so punctuation can't break FTS5 syntax: 'ucla law' ->
    '"ucla"* "law"*'."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"*' for w in words)


def flagship_first(q: str, rows: list[dict]) -> list[dict]:
    """Name matches before place-only matches, active campuses before inactive duplicates, and among
    those a "Main Campus" first, then the largest (by FTE): "penn state" gives the main campus before
    the branches, "purdue" the main campus before Purdue Global."""
    words = [w.lower() for w in re.findall(r"\w+", q)]

    def key(r):
        name = r["name"].lower()
        exact = name == q.strip().lower()
        in_name = all(re.search(rf"\b{re.escape(w)}", name) for w in words)
        main = name.endswith("main campus")  # IPEDS names a flagship "X-Main Campus"
        return (not exact, not r.get("active", 1), not in_name, not main, -(r["fte_enrollment"] or 0))
    return sorted(rows, key=key)[:LIMIT]


def _dicts(cur):
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


def find(conn, q: str) -> dict:
    """{'campuses': [...], 'evidence': [...]} best first; empty lists for an empty query."""
    q = (q or "").strip()
    match = fts_query(q)
    if not match:
        return {"campuses": [], "evidence": []}
    found, seen = [], set()

    def add(rows):
        for r in rows:
            if r["slug"] not in seen:
                seen.add(r["slug"])
                found.append(r)

    slug, _ = campus_facts.resolve(conn, q.replace(" ", "-"))
    if slug:
        add(_dicts(conn.execute(f"select {_CAMPUS_COLUMNS} from campuses c where slug = ?", (slug,))))
    add(flagship_first(q, _dicts(conn.execute(f"""
        select {_CAMPUS_COLUMNS}, c.active from campuses_fts f join campuses c on c.rowid = f.rowid
        where campuses_fts match ? order by f.rank limit ?""", (match, CANDIDATES)))))
    add(_dicts(conn.execute(f"""
        select {_CAMPUS_COLUMNS} from aliases a join campuses c on c.unitid = a.unitid
        where a.alias like ? order by a.alias limit ?""", (q.lower().replace(" ", "-") + "%", LIMIT))))
    evidence = _dicts(conn.execute("""
        select e.id, e.stated_on, e.stance, e.publisher, coalesce(nullif(e.quote, ''), e.summary) as text,
               c.slug, c.name
        from evidence_fts f join evidence e on e.rowid = f.rowid join campuses c on c.unitid = e.unitid
        where evidence_fts match ? order by f.rank limit ?""", (match, LIMIT)))
    return {"campuses": found[:LIMIT], "evidence": evidence}


async def search_page(datasette, request):
    q = request.args.get("q", "")

    async def render():
        results = await run(datasette, find, q)
        return await datasette.render_template("search.html", {"q": q, "database": DATABASE, **results},
                                               request=request)
    return await caching.respond(datasette, request, render)


ROUTES = [(r"^/search$", search_page)]
