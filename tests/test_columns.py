"""A CSV read as columns (scorecard.columns): the same cells, lines and problems as reading it a
row at a time, and rows still available as dicts for code that reads one at a time."""

import pytest

from scorecard import datafiles
from scorecard.columns import Columns


def read(tmp_path, text, required=("a", "b")):
    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8")
    problems = []
    return datafiles.read_columns(path, list(required), problems), [f"{p.line}: {p.field}: {p.reason}" for p in problems]


def test_each_column_holds_its_cells_and_each_row_its_line(tmp_path):
    table, problems = read(tmp_path, "a,b\n1,2\n3,4\n")
    assert problems == []
    assert table.columns == {"a": ("1", "3"), "b": ("2", "4")}
    assert list(table.lines) == [2, 3]


def test_rows_read_as_dicts_in_header_order(tmp_path):
    table, _ = read(tmp_path, "b,a\n1,2\n")
    assert list(table) == [{"b": "1", "a": "2"}]
    assert table[0] == {"b": "1", "a": "2"}


def test_a_cell_over_two_lines_puts_later_rows_on_their_own_lines(tmp_path):
    table, problems = read(tmp_path, 'a,b\n"one\ntwo",2\n3\n5,6\n')
    assert problems == ["4: row: has fewer fields than the header"]
    assert table.columns["a"] == ("one\ntwo", "5")
    assert list(table.lines) == [3, 5]


def test_a_blank_line_is_skipped_and_counted(tmp_path):
    table, problems = read(tmp_path, "a,b\n\n1,2,3\n4,5\n")
    assert problems == ["3: row: has 3 fields, the header has 2"]
    assert list(table) == [{"a": "4", "b": "5"}]
    assert list(table.lines) == [4]


def test_a_cell_escaped_against_spreadsheet_formulas_is_read_as_stored(tmp_path):
    table, _ = read(tmp_path, "a,b\n'=SUM(A1),x\n")
    assert table.columns["a"] == ("=SUM(A1)",)


def test_text_that_is_not_csv_is_one_problem_on_its_line_and_no_rows(tmp_path):
    table, problems = read(tmp_path, 'a,b\n1,2\n"3"x,4\n')
    assert len(problems) == 1 and problems[0].startswith("3: file: is not valid CSV")
    assert len(table) == 0


def test_a_missing_column_reads_no_rows(tmp_path):
    table, problems = read(tmp_path, "a\n1\n")
    assert problems == ["1: b: column is missing"]
    assert table.names == ("a", "b") and len(table) == 0


def test_tables_join_and_select_rows_keeping_their_lines():
    one = Columns.from_dicts(["a"], [{"a": "x"}, {"a": "y"}])
    both = one + Columns(["a"], {"a": ("z",)}, [7])
    assert [r["a"] for r in both] == ["x", "y", "z"] and list(both.lines) == [1, 2, 7]
    kept = both.select([True, False, True])
    assert kept.columns["a"] == ("x", "z") and list(kept.lines) == [1, 7]


def test_a_column_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError, match="one value per line"):
        Columns(["a"], {"a": ("x",)}, [1, 2])


def test_tables_with_different_columns_do_not_join():
    with pytest.raises(ValueError, match="different columns"):
        Columns(["a"]) + Columns(["b"])


def test_selecting_needs_one_flag_a_row():
    with pytest.raises(ValueError, match="1 flags for 2 rows"):
        Columns.from_dicts(["a"], [{"a": "x"}, {"a": "y"}]).select([True])


def test_text_that_is_not_csv_after_a_cell_over_two_lines_is_reported_on_its_own_line(tmp_path):
    table, problems = read(tmp_path, 'a,b\n"x\ny",1\n1,2,3\n"q"r,2\n')
    assert problems[0] == "4: row: has 3 fields, the header has 2"
    assert problems[1].startswith("5: file: is not valid CSV") and len(problems) == 2
    assert len(table) == 0
