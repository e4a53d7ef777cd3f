"""Multi-campus systems (University of California, SUNY, CUNY ...) as data/systems.csv names them.

The published database has no systems table, so the site reads data/systems.csv once (from
$SCORECARD_DATA, else ./data, else the data/ beside this package). A system's slug is made from its
name exactly as campus slugs are (``scorecard.derive.slugify``).
"""

import csv
import os
from pathlib import Path

from ..derive import slugify


def data_dir() -> Path:
    for candidate in (os.environ.get("SCORECARD_DATA"), "data", Path(__file__).resolve().parents[2] / "data"):
        if candidate and (Path(candidate) / "systems.csv").is_file():
            return Path(candidate)
    raise FileNotFoundError("data/systems.csv not found (set SCORECARD_DATA to the data folder)")


def parse(rows) -> dict:
    """{'by_slug': {slug: {'slug', 'name', 'unitids'}}, 'by_unitid': {unitid: slug}} from CSV rows."""
    by_slug, by_unitid = {}, {}
    for row in rows:
        name = (row.get("system") or "").strip()
        if not name or not (row.get("unitid") or "").strip().isdigit():
            continue
        slug = slugify(name)
        unitid = int(row["unitid"])
        by_slug.setdefault(slug, {"slug": slug, "name": name, "unitids": []})["unitids"].append(unitid)
        by_unitid[unitid] = slug
    return {"by_slug": by_slug, "by_unitid": by_unitid}


def load(datasette) -> dict:
    found = datasette.__dict__.get("_scorecard_systems")
    if found is None:
        with open(data_dir() / "systems.csv", newline="", encoding="utf-8") as f:
            found = datasette._scorecard_systems = parse(csv.DictReader(f))
    return found
