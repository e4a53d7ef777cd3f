"""The data dictionary: every published table and column is described in metadata.json."""

import json
import sqlite3
from pathlib import Path

import pytest

METADATA = json.loads((Path(__file__).resolve().parent.parent / "metadata.json").read_text())
TABLES = METADATA["databases"]["scorecard"]["tables"]


@pytest.fixture(scope="module")
def published_tables(published):
    conn = sqlite3.connect(published)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') and name not like '%_fts%' "
        "and name not like 'sqlite_%'")]
    columns = {n: [r[1] for r in conn.execute(f"pragma table_info([{n}])")] for n in names}
    conn.close()
    return columns


def test_every_table_and_view_has_a_description(published_tables):
    assert [t for t in published_tables if not TABLES.get(t, {}).get("description")] == []


def test_every_table_column_is_described(published_tables):
    missing = [f"{t}.{c}" for t, cols in published_tables.items() for c in cols
               if c not in TABLES.get(t, {}).get("columns", {})]
    assert missing == []
