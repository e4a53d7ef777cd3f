"""Lines for ``scorecard classify --lines``: plain text, or one JSON object with its context.

A scraper that knows a sentence's page title and the sentences before it passes them, so the
classifier can read "the technology" as facial recognition: ``{"text": ..., "title": ...,
"before": ...}``. Every line is checked before any is classified, and a bad one is named by its
line number, field and reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

FIELDS = ("text", "title", "before")


class InputError(ValueError):
    """A line of ``--lines`` input that cannot be read; the message names the line and field."""


@dataclass(frozen=True)
class Line:
    text: str
    title: str | None = None
    before: str | None = None


def read_line(line: str, number: int) -> Line:
    """One input line: a JSON object (a line starting with '{') or plain text."""
    if not line.lstrip().startswith("{"):
        return Line(line)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"line {number}: not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(f"line {number}: expected a JSON object with 'text'")
    unknown = sorted(set(obj) - set(FIELDS))
    if unknown:
        raise InputError(f"line {number}: unknown field(s) {', '.join(unknown)}; expected {', '.join(FIELDS)}")
    if "text" not in obj:
        raise InputError(f"line {number}: field 'text' is missing")
    for field in FIELDS:
        value = obj.get(field)
        if value is not None and not isinstance(value, str):
            raise InputError(f"line {number}: field '{field}' must be a string, not {type(value).__name__}")
    return Line(obj["text"], obj.get("title"), obj.get("before"))


def read_lines(text: str) -> list[Line]:
    """Every line of the input, checked before any is classified."""
    return [read_line(line, n) for n, line in enumerate(text.splitlines(), start=1)]
