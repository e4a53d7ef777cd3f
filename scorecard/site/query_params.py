"""Date parameters of the stored queries, checked before the SQL sees them.

The history table compares ISO dates as text, so ``02/01/2020`` silently returned nothing and
``2020-2-1`` a wrong set. A malformed ``date`` (scorecard_on_date) or ``start``/``end``
(changes_between) now gets a 400 that names the parameter and the format, as HTML, JSON or CSV
like the request. Empty parameters still show Datasette's form.
"""

import datetime as dt
import json
import re
from urllib.parse import parse_qs

from .published import DATABASE

DATE_PARAMETERS = {"scorecard_on_date": ("date",), "changes_between": ("start", "end")}
_PATH = re.compile(rf"^/{DATABASE}/(?P<query>{'|'.join(DATE_PARAMETERS)})(?:\.(?P<fmt>\w+))?$")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def problem(query: str, args: dict[str, list[str]]) -> tuple[str, str] | None:
    """(parameter, reason) for the first bad date parameter of a stored query, else None."""
    names = DATE_PARAMETERS[query]
    values = {n: (args.get(n) or [""])[-1].strip() for n in names}
    if not any(values.values()):
        return None
    for name in names:
        value = values[name]
        if not value:
            return name, "is missing; give a date as YYYY-MM-DD (for example 2020-02-01)"
        if not _ISO.fullmatch(value):
            return name, f"{value[:40]!r} is not a date in the form YYYY-MM-DD (for example 2020-02-01)"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return name, f"{value!r} is not a real day (YYYY-MM-DD)"
    if len(names) == 2 and values["start"] > values["end"]:
        return "end", f"{values['end']!r} is before start {values['start']!r}"
    return None


async def _answer(datasette, send, query, fmt, parameter, reason):
    text = f"The {parameter} parameter of {query}: {reason}."
    if fmt == "json":
        body, ctype = json.dumps({"ok": False, "error": f"Bad {parameter} parameter", "parameter": parameter,
                                  "message": text}), "application/json; charset=utf-8"
    elif fmt in ("csv", "tsv", "atom"):
        body, ctype = text + "\n", "text/plain; charset=utf-8"
    else:
        body = await datasette.render_template("scorecard_message.html", {
            "title": f"Bad {parameter} parameter", "text": text,
            "links": [(f"/{DATABASE}/{query}", "Back to the query form")]})
        ctype = "text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": 400,
                "headers": [[b"content-type", ctype.encode()], [b"cache-control", b"no-store"]]})
    await send({"type": "http.response.body", "body": body.encode()})


def wrapper(datasette):
    def wrap(app):
        async def checked(scope, receive, send):
            if scope.get("type") == "http":
                m = _PATH.match(scope.get("path", ""))
                if m:
                    args = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
                    found = problem(m["query"], args)
                    if found:
                        return await _answer(datasette, send, m["query"], m["fmt"], *found)
            return await app(scope, receive, send)
        return checked
    return wrap
