"""The build's fast paths change nothing it writes: the shipped data/ builds into the same scorecard
whether its evidence rows pass the column-at-a-time checks or each goes through the per-row rule,
and whether or not the store already mirrors every institution."""

import sqlite3

from conftest import DATA, TODAY
from same_build import differences

from scorecard import build, evidence


def test_the_column_checks_and_the_per_row_rule_build_the_same_scorecard(tmp_path, monkeypatch):
    build.build(DATA, tmp_path / "store.db", tmp_path / "fast.db", TODAY)
    monkeypatch.setattr(evidence, "rows_to_check", lambda rows, unitids, today: set(range(len(rows))))
    build.build(DATA, tmp_path / "store2.db", tmp_path / "per-row.db", TODAY)
    assert differences(tmp_path / "fast.db", tmp_path / "per-row.db") == []


def test_a_second_build_over_the_same_store_is_the_same_scorecard(tmp_path):
    build.build(DATA, tmp_path / "store.db", tmp_path / "first.db", TODAY)
    build.build(DATA, tmp_path / "store.db", tmp_path / "second.db", TODAY)
    assert differences(tmp_path / "first.db", tmp_path / "second.db") == []


def test_missing_values_are_stored_as_null_never_as_nan(published):
    db = sqlite3.connect(published)
    empty_latitudes = sum(1 for line in (DATA / "institutions.csv").read_text().splitlines()[1:]
                          if line.split(",")[0] and not db.execute(
                              "select 1 from campuses where unitid = ? and latitude is not null",
                              (int(line.split(",")[0]),)).fetchone())
    assert db.execute("select count(*) from campuses where latitude is null").fetchone()[0] == empty_latitudes
    assert db.execute("select count(*) from campuses where typeof(latitude) not in ('real', 'null')"
                      " or typeof(fte_enrollment) not in ('integer', 'null')").fetchone()[0] == 0
    assert db.execute("select count(*) from campuses where stance is null").fetchone()[0] > 0


def test_the_comparison_finds_a_changed_row(tmp_path):
    build.build(DATA, tmp_path / "store.db", tmp_path / "a.db", TODAY)
    build.build(DATA, tmp_path / "store.db", tmp_path / "b.db", TODAY)
    with sqlite3.connect(tmp_path / "b.db") as db:
        db.execute("update campuses set reason = 'changed' where rowid = (select min(rowid) from campuses)")
    assert [d.split(":")[0] for d in differences(tmp_path / "a.db", tmp_path / "b.db")] == ["campuses"]
