"""Ways a store file can be broken on disk, for the store-corruption drill and its test.

Each takes a healthy store's bytes and returns broken ones: what a full disk, a truncated copy, a
wrong file or a torn write leave behind."""

import sqlite3
import tempfile
from pathlib import Path


def empty(_: bytes) -> bytes:
    return b""


def not_sqlite(_: bytes) -> bytes:
    return b"unitid,slug\n110662,ucla\n" * 50


def truncated(good: bytes) -> bytes:
    return good[: max(100, len(good) // 3)]


def header_only(good: bytes) -> bytes:
    return good[:100]


def damaged_pages(good: bytes) -> bytes:
    """Every page after the first overwritten with noise: the header still says SQLite."""
    page = int.from_bytes(good[16:18], "big") or 65536
    return good[:page] + bytes((i * 37) % 251 for i in range(len(good) - page))


def other_database(_: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "other.db"
        conn = sqlite3.connect(path)
        conn.execute("create table notes (id integer primary key, text text)")
        conn.commit()
        conn.close()
        return path.read_bytes()


CASES = {"empty": empty, "not-sqlite": not_sqlite, "truncated": truncated, "header-only": header_only,
         "damaged-pages": damaged_pages, "other-database": other_database}
