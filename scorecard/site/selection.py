"""Which campuses a reader asked for: the query parameters of the scorecard list (and of the state
and system pages) checked and turned into SQL, so every page filters the same way.

Parameters: ``color`` (green, yellow, red, gray; repeatable or comma-separated), ``state`` (a
two-letter code), ``sector``, ``size`` (an IPEDS sector or size band, exactly as listed), ``stale``
(``1`` only stale, ``0`` only fresh), ``q`` (words of the name, city or slug) and ``page`` (of the
gray section). A bad value is a ``BadParameter`` naming the parameter and what it accepts.
"""

import re

from ..method import COLORS

GRAY_PAGE = 100
COLORED = [c for c in COLORS if c != "gray"]
FIELDS = ("slug", "name", "city", "state", "sector", "size_band", "fte_enrollment", "color", "label",
          "reason", "since", "stated_on", "stale", "needs_review", "conflicts")


class BadParameter(ValueError):
    def __init__(self, parameter: str, reason: str):
        self.parameter, self.reason = parameter, reason
        super().__init__(f"{parameter}: {reason}")


def choices(conn) -> dict:
    """The values the filters offer, from the published database."""
    def distinct(col):
        return [r[0] for r in conn.execute(
            f"select distinct {col} from campuses where {col} is not null and {col} != '' order by 1")]
    return {"states": distinct("state"), "sectors": distinct("sector"), "sizes": distinct("size_band")}


def _values(args, name) -> list[str]:
    out = []
    for v in args.getlist(name) if hasattr(args, "getlist") else [args.get(name, "")]:
        out += [p.strip() for p in (v or "").split(",") if p.strip()]
    return out


def parse(args, options: dict) -> dict:
    """The filters as a dict, or BadParameter. ``args`` is a request's query (a MultiParams)."""
    colors = [c.lower() for c in _values(args, "color")]
    for c in colors:
        if c not in COLORS:
            raise BadParameter("color", f"{c[:40]!r} is not a color; use {', '.join(COLORS)}")
    state = (args.get("state") or "").strip().upper()
    if state and state not in options["states"]:
        raise BadParameter("state", f"{state[:40]!r} is not a state code; use two letters such as CA or NY")
    sector = (args.get("sector") or "").strip()
    if sector and sector not in options["sectors"]:
        raise BadParameter("sector", f"{sector[:60]!r} is not an IPEDS sector; pick one from the list")
    size = (args.get("size") or "").strip()
    if size and size not in options["sizes"]:
        raise BadParameter("size", f"{size[:60]!r} is not an IPEDS size band; pick one from the list")
    stale = (args.get("stale") or "").strip()
    if stale not in ("", "0", "1"):
        raise BadParameter("stale", f"{stale[:40]!r} is not allowed; use 1 (only stale) or 0 (only fresh)")
    asked = (args.get("asked") or "").strip()
    if asked not in ("", "1"):
        raise BadParameter("asked", f"{asked[:40]!r} is not allowed; use 1 (only campuses asked that have not answered)")
    q = (args.get("q") or "").strip()[:200]
    page = (args.get("page") or "1").strip()
    if not re.fullmatch(r"[1-9][0-9]{0,4}", page):
        raise BadParameter("page", f"{page[:20]!r} is not a page number; use 1, 2, 3 ...")
    return {"color": colors, "state": state, "sector": sector, "size": size, "stale": stale, "asked": asked,
            "q": q, "page": int(page)}


def where(f: dict, extra: str = "", extra_params=()) -> tuple[str, list]:
    """SQL condition and parameters for the filters (color aside: each group adds its own)."""
    sql, params = ["1 = 1"], list(extra_params)
    if extra:
        sql.append(extra)
    if f["state"]:
        sql.append("state = ?")
        params.append(f["state"])
    if f["sector"]:
        sql.append("sector = ?")
        params.append(f["sector"])
    if f["size"]:
        sql.append("size_band = ?")
        params.append(f["size"])
    if f["stale"]:
        sql.append("stale = ?")
        params.append(int(f["stale"]))
    if f.get("asked"):  # asked by an outreach campaign, no answer yet (the published outreach table)
        sql.append("unitid in (select unitid from outreach where status != 'answered')")
    for word in re.findall(r"\w+", f["q"].lower()):
        sql.append("(lower(name) like ? or lower(city) like ? or slug like ?)")
        params += [f"%{word}%"] * 3
    return " and ".join(sql), params


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


def select(conn, f: dict, extra: str = "", extra_params=()) -> dict:
    """Colored campuses grouped by color (every one), and one page of the gray ones."""
    cond, params = where(f, extra, extra_params)
    wanted = f["color"] or list(COLORS)
    cols = ", ".join(FIELDS)
    groups = []
    for color in COLORED:
        if color not in wanted:
            continue
        rows = _dicts(conn.execute(f"select {cols} from campuses where color = ? and {cond} "
                                   "order by name, slug", [color, *params]))
        groups.append({"color": color, "label": COLORS[color].label, "count": len(rows), "campuses": rows})
    gray = None
    if "gray" in wanted:
        n = conn.execute(f"select count(*) from campuses where color = 'gray' and {cond}", params).fetchone()[0]
        pages = max(1, -(-n // GRAY_PAGE))
        page = min(f["page"], pages)
        rows = _dicts(conn.execute(
            f"select {cols} from campuses where color = 'gray' and {cond} "
            "order by coalesce(fte_enrollment, 0) desc, name limit ? offset ?",
            [*params, GRAY_PAGE, (page - 1) * GRAY_PAGE]))
        gray = {"count": n, "page": page, "pages": pages, "campuses": rows}
    return {"groups": groups, "gray": gray}


def every_row(conn, f: dict, extra: str = "", extra_params=()) -> list[dict]:
    """The whole selection, colored first, for the CSV download."""
    cond, params = where(f, extra, extra_params)
    wanted = f["color"] or list(COLORS)
    marks = ", ".join("?" for _ in wanted)
    order = " ".join(f"when '{c}' then {i}" for i, c in enumerate(COLORS))
    return _dicts(conn.execute(
        f"select {', '.join(FIELDS)} from campuses where color in ({marks}) and {cond} "
        f"order by case color {order} end, name, slug", [*wanted, *params]))


def query_string(f: dict, **changes) -> str:
    """The filters as a query string (for links to other pages, CSV and JSON of the same selection)."""
    from urllib.parse import urlencode

    f = {**f, **changes}
    pairs = [("color", c) for c in f["color"]]
    pairs += [(k, f[k]) for k in ("state", "sector", "size", "stale", "asked", "q") if f.get(k)]
    if f.get("page", 1) != 1:
        pairs.append(("page", f["page"]))
    return urlencode(pairs)
