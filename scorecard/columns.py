"""Rows held as columns: how a CSV of 200,000 rows is read, checked and handed to pandas without a
dict per row (building those dicts, then a DataFrame from them, cost a second of every build).

Code that reads a row at a time still can: indexing or iterating a ``Columns`` gives rows as dicts.
"""

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, compress


class Columns(Sequence):
    """Rows as one sequence of values per column name, with the file line each row came from.

    ``rows.columns[name]`` is a whole column; ``rows[i]`` and ``for row in rows`` give dicts
    (name to value, in the order of ``names``); ``rows + other`` is the rows of both."""

    def __init__(self, names: Iterable[str], columns: Mapping[str, Sequence] | None = None,
                 lines: Sequence[int] = ()):
        self.names = tuple(names)
        self.columns = {n: (columns[n] if columns is not None else ()) for n in self.names}
        self.lines = lines
        if any(len(c) != len(lines) for c in self.columns.values()):
            raise ValueError("every column needs one value per line")

    @classmethod
    def from_dicts(cls, names: Iterable[str], rows: Iterable[dict], lines: Sequence[int] | None = None) -> "Columns":
        """The rows (dicts holding at least ``names``) held as columns; lines default to 1, 2, 3..."""
        names, rows = tuple(names), list(rows)
        columns = {n: tuple(r[n] for r in rows) for n in names}
        return cls(names, columns, range(1, len(rows) + 1) if lines is None else lines)

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> dict:
        if not isinstance(i, int):
            raise TypeError("Columns are indexed by row number; use select() for several rows")
        return {n: self.columns[n][i] for n in self.names}

    def __iter__(self) -> Iterator[dict]:
        names = self.names
        return (dict(zip(names, values, strict=True))
                for values in zip(*(self.columns[n] for n in names), strict=True))

    def select(self, keep: Iterable[bool]) -> "Columns":
        """The rows where ``keep`` is true, in order."""
        keep = list(keep)
        if len(keep) != len(self):
            raise ValueError(f"{len(keep)} flags for {len(self)} rows")
        return Columns(self.names, {n: tuple(compress(c, keep)) for n, c in self.columns.items()},
                     tuple(compress(self.lines, keep)))

    def project(self, names: Iterable[str]) -> "Columns":
        """These columns only (each must be one of the table's), in this order."""
        return Columns(names, self.columns, self.lines)

    def __add__(self, other: "Columns") -> "Columns":
        if not isinstance(other, Columns):
            return NotImplemented
        if set(other.names) != set(self.names):
            raise ValueError(f"cannot join tables with different columns: {self.names} and {other.names}")
        return Columns(self.names, {n: tuple(chain(c, other.columns[n])) for n, c in self.columns.items()},
                     tuple(chain(self.lines, other.lines)))
