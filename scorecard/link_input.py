"""The input of ``scorecard link --lines``: a bare mention a line, or one JSON object a line with
``mention`` and optional ``context`` (the sentence it came from), ``state``, ``city``, ``title``
(the page's or article's title) and ``before`` (the page's text before the sentence).

Every line is checked before any is answered, so a bad line fails the whole input with
``stdin:LINE: field: reason`` and no partial answer.
"""

from __future__ import annotations

import json

from .datafiles import Problem

FIELDS = ("mention", "context", "state", "city", "title", "before")


def parse_lines(lines: list[str], source: str = "stdin") -> tuple[list[dict], list[Problem]]:
    """(one request per non-blank line, in order; the problems)."""
    requests, problems = [], []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("{"):
            requests.append({"mention": line})
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(Problem(source, number, "line", f"is not valid JSON ({e.msg} at column {e.colno})"))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(source, number, "line", "is not a JSON object"))
            continue
        unknown = sorted(set(obj) - set(FIELDS))
        if unknown:
            problems.append(Problem(source, number, unknown[0], f"is not a field (use {', '.join(FIELDS)})"))
            continue
        bad = [k for k in FIELDS if k in obj and obj[k] is not None and not isinstance(obj[k], str)]
        if bad:
            problems.append(Problem(source, number, bad[0], "must be a string"))
            continue
        if not (obj.get("mention") or "").strip():
            problems.append(Problem(source, number, "mention", "is required"))
            continue
        requests.append({k: (obj.get(k) or "").strip() or None for k in FIELDS})
    return requests, problems
