"""JSON bodies read strictly: UTF-8 only, no key given twice, no nesting deeper than a
submission needs. Each refusal names the field (or ``body``) and the reason, so a hostile body is a
400, never a 500 (Python's parser recurses, and silently keeps the last of two equal keys)."""

import json
import re

MAX_DEPTH = 16
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


class BadJSON(ValueError):
    def __init__(self, field: str, reason: str):
        self.field, self.reason = field, reason
        super().__init__(f"{field}: {reason}")


def depth(body: bytes) -> int:
    """The deepest nesting of arrays and objects, brackets inside strings not counted."""
    deepest = level = 0
    for m in _BRACKET.finditer(_STRING.sub(b'""', body)):
        level += 1 if m.group() in (b"[", b"{") else -1
        deepest = max(deepest, level)
    return deepest


def _no_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise BadJSON(str(k)[:50], "is given more than once")
        out[k] = v
    return out


def loads(body: bytes, max_depth: int = MAX_DEPTH):
    """The parsed body, or BadJSON."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadJSON("body", f"is not JSON in UTF-8 (bad byte {e.start})") from None
    if depth(body) > max_depth:
        raise BadJSON("body", f"is nested more than {max_depth} levels deep")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except BadJSON:
        raise
    except (ValueError, RecursionError) as e:
        raise BadJSON("body", f"is not JSON ({str(e)[:100]})") from None
