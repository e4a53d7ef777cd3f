"""The published database is written as two files at once (the evidence table, everything else)
and then made one: what a reader gets is the database a single connection would have written."""

import sqlite3

from conftest import DATA, TODAY

from scorecard import build, schema


def test_every_table_index_and_full_text_index_is_in_the_one_published_file(tmp_path):
    db = sqlite3.connect(build.build(DATA, tmp_path / "store.db", tmp_path / "s.db", TODAY).path)
    names = {n for (n,) in db.execute("select name from sqlite_master")}
    for t in schema.PUBLISHED_TABLES:
        assert t.name in names
        assert {f"idx_{t.name}_{'_'.join(cols)}" for cols in t.indexes} <= names
        assert (f"{t.name}_fts" in names) == bool(t.fts)
    assert db.execute("PRAGMA database_list").fetchall() == [(0, "main", str(tmp_path / "s.db"))]


def test_the_copied_tables_keep_their_rows_in_order_and_their_indexes_answer(tmp_path):
    db = sqlite3.connect(build.build(DATA, tmp_path / "store.db", tmp_path / "s.db", TODAY).path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    ids = [i for (i,) in db.execute("select id from history order by rowid")]
    assert ids == list(range(1, len(ids) + 1))
    by_index = db.execute("select count(*) from history indexed by idx_history_unitid where unitid > 0").fetchone()
    assert by_index == db.execute("select count(*) from history").fetchone()


def test_the_query_planners_figures_cover_every_index_of_both_files(tmp_path):
    db = sqlite3.connect(build.build(DATA, tmp_path / "store.db", tmp_path / "s.db", TODAY).path)
    indexes = {n for (n,) in db.execute("select name from sqlite_master where type = 'index'")}
    analyzed = {i for (i,) in db.execute("select idx from sqlite_stat1 where idx is not null")}
    assert indexes - analyzed == {"idx_outreach_status", "idx_outreach_unitid", "sqlite_autoindex_outreach_1"}
    assert db.execute("select stat from sqlite_stat1 where idx = 'idx_history_unitid'").fetchone()[0].startswith(
        str(db.execute("select count(*) from history").fetchone()[0]))
