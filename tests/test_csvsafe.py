"""Formula injection: risky cells get a leading ', numbers and ordinary text do not, and it reverses."""

import csv
import io

import pytest

from scorecard.csvsafe import StreamNeutraliser, neutralise, restore

RISKY = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=1", "-"]
SAFE = ["The university said no.", "", "-86.568502", "+5", "1e5", "a=b", "'quoted"]


@pytest.mark.parametrize("cell", RISKY)
def test_cells_a_spreadsheet_would_run_get_a_leading_quote(cell):
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", SAFE)
def test_numbers_and_ordinary_text_are_left_alone(cell):
    assert neutralise(cell) == cell


@pytest.mark.parametrize("cell", RISKY + SAFE + ["'=already", "''", "'-1", "''=x"])
def test_restore_gives_back_exactly_what_was_neutralised(cell):
    assert restore(neutralise(cell)) == cell


def _csv(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


ROWS = [["id", "quote", "longitude"], ["a", "=HYPERLINK(\"x\")", "-86.5"], ["b", "line one\r\nline, two", "1"],
        ["c", "@cmd", "+2"], ["d", "\"=quoted\"", "-"], ["e", "\tx", "'=y"], ["f", "", "-1+2"]]


def test_a_streamed_csv_is_neutralised_cell_by_cell_whatever_the_chunking():
    text = _csv(ROWS)
    expected = [[neutralise(c) for c in r] for r in ROWS]
    for size in (1, 2, 3, 7, 64, len(text)):
        s = StreamNeutraliser()
        out = "".join(s.feed(text[i:i + size]) for i in range(0, len(text), size)) + s.feed("", final=True)
        assert list(csv.reader(io.StringIO(out, newline=""))) == expected, size
