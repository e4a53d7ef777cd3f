"""Datasette plugin: every CSV the site serves (``.csv`` and ``?_format=csv``, streamed or not)
has formula-like cells neutralised (see scorecard/csvsafe.py). JSON, HTML and the database
download are untouched."""

import codecs
from urllib.parse import parse_qsl

from datasette import hookimpl

from ..csvsafe import StreamNeutraliser


def is_csv_request(scope) -> bool:
    if (scope.get("path") or "").endswith(".csv"):
        return True
    query = (scope.get("query_string") or b"").decode("latin-1")
    return ("_format", "csv") in parse_qsl(query)


def neutralising_send(send):
    """A send() that rewrites the CSV body as it passes, keeping it streamed."""
    decoder, csv = codecs.getincrementaldecoder("utf-8")("replace"), StreamNeutraliser()
    state = {"csv": False}

    async def wrapped(message):
        if message["type"] == "http.response.start":
            headers = message.get("headers") or []
            ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"").lower()
            state["csv"] = ctype.startswith((b"text/csv", b"text/plain"))  # not an HTML error page
            if state["csv"]:
                message = {**message, "headers": [(k, v) for k, v in headers if k.lower() != b"content-length"]}
        elif message["type"] == "http.response.body" and state["csv"]:
            final = not message.get("more_body", False)
            text = csv.feed(decoder.decode(message.get("body", b""), final=final), final=final)
            message = {**message, "body": text.encode("utf-8")}
        await send(message)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def csv_safe(scope, receive, send):
            if scope["type"] == "http" and is_csv_request(scope):
                send = neutralising_send(send)
            await app(scope, receive, send)

        return csv_safe

    return wrap
