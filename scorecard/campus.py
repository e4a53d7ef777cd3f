"""One campus as the published database tells it: the facts behind the page, the JSON twin and
``scorecard explain``. Takes a DB-API connection (sqlite3) so the CLI and Datasette share it.
"""

import re

_CAMPUS_FIELDS = ("unitid", "slug", "name", "ipeds_alias", "city", "state", "website", "sector", "control",
                  "size_band", "fte_enrollment", "latitude", "longitude", "color", "label", "stance", "reason",
                  "decided_by", "stated_on", "since", "changed_on", "stale", "needs_review", "conflicts",
                  "evidence_count")


def _rows(conn, sql, params=()):
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


def resolve(conn, key: str) -> tuple[str | None, bool]:
    """(canonical slug, is_canonical) for a slug, an alias or a unitid; (None, False) if unknown."""
    key = (key or "").strip().lower()
    if not key:
        return None, False
    if conn.execute("select 1 from campuses where slug = ?", (key,)).fetchone():
        return key, True
    row = conn.execute("select slug from aliases where alias = ?", (key,)).fetchone()
    if row is None and re.fullmatch(r"[0-9]{6}", key):
        row = conn.execute("select slug from campuses where unitid = ?", (int(key),)).fetchone()
    return (row[0], False) if row else (None, False)


def facts(conn, slug: str) -> dict | None:
    found = _rows(conn, f"select {', '.join(_CAMPUS_FIELDS)} from campuses where slug = ?", (slug,))
    if not found:
        return None
    campus = found[0]
    campus["flags"] = [f for f in ("stale", "needs_review") if campus[f]] + (["conflicts"] if campus["conflicts"] else [])
    campus["aliases"] = [r["alias"] for r in _rows(conn, "select alias from aliases where unitid = ? order by alias",
                                                        (campus["unitid"],))]
    campus["evidence"] = _rows(conn, """
        select id, stance, color, stated_on, source_url, source_urls, source_kind, publisher, quote, summary,
               recorded_by, review_status
        from evidence where unitid = ?
        order by stated_from desc, date_precision desc, source_rank asc, id desc""", (campus["unitid"],))
    for e in campus["evidence"]:
        e["source_urls"] = e["source_urls"].split()
    campus["history"] = _rows(conn, """
        select color, stance, valid_from, valid_to, from_stated_on, decided_by
        from history where unitid = ? order by valid_from""", (campus["unitid"],))
    campus["outreach"] = _rows(conn, """
        select campaign, kind, asked_on, followed_up_on, answered_on, no_response_on, status
        from outreach where unitid = ? order by asked_on, campaign""", (campus["unitid"],))
    campus["release"] = conn.execute("select value from release where key = 'release'").fetchone()[0]
    return campus


def explain_text(c: dict) -> str:
    lines = [f"{c['name']} ({c['city']}, {c['state']}) — {c['slug']}, unitid {c['unitid']}",
             f"{c['color'].upper()}: {c['label']}", c["reason"]]
    if c["since"]:
        lines.append(f"since {c['since']}" + (f"; changed on {c['changed_on']}" if c["changed_on"] else ""))
    if c["flags"]:
        lines.append("flags: " + ", ".join(c["flags"]))
    if c["evidence"]:
        lines.append("")
        lines.append("Evidence, newest first:")
        for e in c["evidence"]:
            mark = "*" if e["id"] == c["decided_by"] else " "
            text = e["quote"] or e["summary"]
            lines.append(f"{mark} {e['stated_on']:<10} {e['stance']:<11} {e['source_kind']:<22} {e['id']}")
            lines.append(f"    {text}")
            lines += [f"    {u}" for u in e["source_urls"]]
    if c["history"]:
        lines.append("")
        lines.append("Color history:")
        for h in c["history"]:
            lines.append(f"  {h['valid_from']} → {h['valid_to'] or 'now':<10} {h['color']:<6} {h['stance']:<11} {h['decided_by']}")
    return "\n".join(lines)
