"""Datasette plugin: arbitrary SQL on the published database cannot reach native internals.

``fts3_tokenizer()`` returns a tokenizer's native pointer (and with two arguments registers a
tokenizer from any pointer); ``load_extension()`` loads native code. On every connection Datasette
opens, an authorizer refuses statements that call them ("not authorized"), and the functions
themselves are replaced by ones that return NULL, in case another authorizer is installed later.
Values are capped at 16 MiB, so ``zeroblob()``/``randomblob()`` cannot allocate gigabytes within
the time limit.
"""

import sqlite3

from datasette import hookimpl

DENIED = {"fts3_tokenizer": (1, 2), "load_extension": (1, 2)}
MAX_VALUE_BYTES = 16 * 1024 * 1024


def authorizer(action, arg1, arg2, db_name, source):
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def guard(conn: sqlite3.Connection) -> None:
    for name, arities in DENIED.items():
        for n in arities:
            conn.create_function(name, n, lambda *_: None)
    conn.set_authorizer(authorizer)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def prepare_connection(conn):
    guard(conn)
