"""Spreadsheet formula injection: the OWASP rule for every CSV the project writes or serves.

A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return is read by spreadsheets
as a formula, so it is written with a leading ``'``. Plain numbers (``-86.57``) are left alone:
they cannot be formulas. The escape is reversible, so data/ stays exact when read back: a cell
that already starts with ``'`` before one of those characters (or before another ``'``) gets one
more ``'``, and ``restore`` strips exactly one. JSON and the databases never carry the prefix.
"""

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _risky(text: str) -> bool:
    return text.startswith(TRIGGERS) and not _NUMBER.fullmatch(text)


def neutralise(value):
    """The cell as written: a leading ``'`` where a spreadsheet would see a formula."""
    if not isinstance(value, str) or not value:
        return value
    if _risky(value) or (value[0] == "'" and (value[1:2] == "'" or _risky(value[1:]))):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The cell as stored: undoes ``neutralise`` (and nothing else)."""
    if value[:1] == "'" and (value[1:2] == "'" or _risky(value[1:])):
        return value[1:]
    return value


def neutralise_row(row: dict) -> dict:
    return {k: neutralise(v) for k, v in row.items()}


class StreamNeutraliser:
    """Neutralises CSV text (``,`` separators, ``"`` quoting) as it streams, chunk by chunk: one
    field at a time is held, never the whole body."""

    _TOKEN = re.compile(r'""|"|,|\r\n|\n|\r|[^",\r\n]+')

    def __init__(self):
        self.in_quotes = False
        self.field: list[str] = []  # the raw text of the field being read
        self.held = ""  # a trailing '"' whose meaning (closing quote or escaped quote) the next chunk decides

    def feed(self, text: str, final: bool = False) -> str:
        text, self.held = self.held + text, ""
        if not final and text.endswith('"'):
            text, self.held = text[:-1], '"'
        out = [self._token(m.group()) for m in self._TOKEN.finditer(text)]
        if final:
            out.append(self._end_field())
        return "".join(out)

    def _token(self, tok: str) -> str:
        if self.in_quotes:
            self.field.append(tok)
            self.in_quotes = tok != '"'
            return ""
        if tok in (",", "\n", "\r\n", "\r"):
            return self._end_field() + tok
        if tok == '"' and not self.field:
            self.in_quotes = True
        self.field.append(tok)
        return ""

    def _end_field(self) -> str:
        raw, self.field = "".join(self.field), []
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            return '"' + neutralise(raw[1:-1]) + '"'  # an escaped "" never starts with a trigger
        return neutralise(raw)
