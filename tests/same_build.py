"""Check that two built databases hold the same scorecard: the same schema and the same rows in every
table (full-text index included), leaving out only when each was built.

Run by hand around a change to the build: build data/ (or bench/build.py's data) with the old tree
and the new one, then `.venv/bin/python tests/same_build.py OLD.db NEW.db`. Exits 1 naming the
first tables that differ. tests/test_build_same.py runs the same comparison on the repo's data/.
"""

import argparse
import sqlite3
import sys
from pathlib import Path

# Rows that differ between two builds of the same data by design: the wall-clock time of the build.
VOLATILE = {"release": "key != 'built_at'"}


def contents(path: Path) -> dict[str, object]:
    """Every schema entry and every table's rows, sorted, keyed by table name."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = db.execute("select type, name, tbl_name, sql from sqlite_master order by type, name").fetchall()
        out: dict[str, object] = {"sqlite_master": schema}
        for (name,) in db.execute("select name from sqlite_master where type = 'table' order by name"):
            where = f" where {VOLATILE[name]}" if name in VOLATILE else ""
            rows = db.execute(f"select * from [{name}]{where}").fetchall()
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        db.close()


def differences(old: Path, new: Path) -> list[str]:
    """Names of the tables (or 'sqlite_master') whose contents differ, with the first differing row."""
    a, b = contents(old), contents(new)
    found = []
    for name in sorted(set(a) | set(b)):
        if name == "sqlite_stat1":
            continue  # ANALYZE's statistics: a planner hint, not content
        left, right = a.get(name), b.get(name)
        if left != right:
            first = next((f"{x!r} != {y!r}" for x, y in zip(left or [], right or [], strict=False) if x != y),
                         f"{len(left or [])} rows != {len(right or [])} rows")
            found.append(f"{name}: {first[:300]}")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args()
    found = differences(args.old, args.new)
    for line in found:
        print(line)
    print("same scorecard" if not found else f"{len(found)} tables differ")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
