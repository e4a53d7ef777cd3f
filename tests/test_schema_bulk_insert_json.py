"""bulk_insert_json stores exactly what bulk_insert stores, and refuses what the table's constraints refuse."""

import math
import sqlite3

import pandas as pd
import pytest
import sqlite_utils

from scorecard import schema, writer_thread

TABLE = schema.Table(
    "things",
    {"id": "TEXT", "count": "INTEGER", "maybe": "INTEGER", "ratio": "REAL", "note": "TEXT"},
    pk="id", not_null={"count"}, checks=["count >= 0"],
)

FRAME = pd.DataFrame({
    "id": ["plain", "quote's \"double\"", "back\\slash", "ünïcødé 東京 😀", "line\nbreak\ttab"],
    "count": [0, 1, 2, 3, 2**53 + 1],
    "maybe": pd.array([7, None, 9, None, -1], dtype="Int64"),
    "ratio": [0.1 + 0.2, math.nan, -1.5e-300, 40.712776, 1 / 3],
    "note": pd.array(["a", None, "", "é", "[1, 2]"], dtype="str"),
})


def _db(tmp_path, name):
    db = sqlite_utils.Database(tmp_path / name)
    schema.create(db, [TABLE])
    return db


def _stored(db):
    typed = ", ".join(f"[{c}], typeof([{c}])" for c in TABLE.columns)
    return db.execute(f"select {typed} from things order by rowid").fetchall()


def _temporary_tables(db):
    return db.execute("select name from sqlite_temp_master").fetchall()


def test_rows_values_and_types_are_the_ones_bulk_insert_stores(tmp_path):
    by_rows, by_json = _db(tmp_path, "rows.db"), _db(tmp_path, "json.db")
    columns = [FRAME[c].to_numpy(dtype=object, na_value=None).tolist() for c in TABLE.columns]
    schema.bulk_insert(by_rows, TABLE, zip(*columns, strict=True))
    schema.bulk_insert_json(by_json, TABLE, FRAME)
    assert _stored(by_json) == _stored(by_rows)


def test_a_float_keeps_every_digit_and_a_missing_value_is_null(tmp_path):
    db = _db(tmp_path, "t.db")
    schema.bulk_insert_json(db, TABLE, FRAME)
    ratios = [r for (r,) in db.execute("select ratio from things order by rowid")]
    assert ratios == [0.30000000000000004, None, -1.5e-300, 40.712776, 1 / 3]
    assert db.execute("select count(*) from things where maybe is null and note is null").fetchone() == (1,)


def test_an_empty_frame_inserts_nothing_and_leaves_no_temporary_table(tmp_path):
    db = _db(tmp_path, "t.db")
    schema.bulk_insert_json(db, TABLE, FRAME.iloc[:0])
    assert db.execute("select count(*) from things").fetchone() == (0,)
    assert _temporary_tables(db) == []


def test_a_row_breaking_a_check_raises_naming_it_and_none_of_the_rows_go_in(tmp_path):
    db = _db(tmp_path, "t.db")
    db.execute("insert into things (id, count) values ('kept', 5)")
    bad = FRAME.assign(count=[0, 1, -2, 3, 4])
    with pytest.raises(sqlite3.IntegrityError, match=r"CHECK constraint failed: count >= 0"):
        schema.bulk_insert_json(db, TABLE, bad)
    assert db.execute("select id from things").fetchall() == [("kept",)]
    assert _temporary_tables(db) == []


def test_a_missing_value_in_a_not_null_column_raises_naming_the_column(tmp_path):
    db = _db(tmp_path, "t.db")
    bad = FRAME.assign(count=pd.array([0, None, 2, 3, 4], dtype="Int64"))
    with pytest.raises(sqlite3.IntegrityError, match=r"NOT NULL constraint failed: things\.count"):
        schema.bulk_insert_json(db, TABLE, bad)
    assert db.execute("select count(*) from things").fetchone() == (0,)


def test_texts_made_on_one_thread_are_inserted_by_the_writer_thread(tmp_path):
    texts = schema.json_columns(TABLE, FRAME)
    with writer_thread.Writer(lambda: _db(tmp_path, "writer.db")) as writer:
        writer.run(lambda db: schema.insert_json(db, TABLE, texts))
        writer.run(lambda db: db.conn.commit())
    direct = _db(tmp_path, "direct.db")
    schema.bulk_insert_json(direct, TABLE, FRAME)
    assert _stored(sqlite_utils.Database(tmp_path / "writer.db")) == _stored(direct)


def test_texts_for_fewer_columns_than_the_table_has_are_refused_and_leave_nothing(tmp_path):
    db = _db(tmp_path, "t.db")
    with pytest.raises(ValueError, match="zip"):
        schema.insert_json(db, TABLE, schema.json_columns(TABLE, FRAME)[:-1])
    assert db.execute("select count(*) from things").fetchone() == (0,)
    assert _temporary_tables(db) == []


def test_a_column_shorter_than_the_others_is_refused_naming_it_and_leaves_nothing(tmp_path):
    db = _db(tmp_path, "t.db")
    texts = schema.json_columns(TABLE, FRAME)
    texts[3] = schema.json_columns(TABLE, FRAME.iloc[:4])[3]
    with pytest.raises(ValueError, match=r"things: column 'ratio' has 4 values, column 'id' 5"):
        schema.insert_json(db, TABLE, texts)
    assert db.execute("select count(*) from things").fetchone() == (0,)
    assert _temporary_tables(db) == []
