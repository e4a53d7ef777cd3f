"""Datasette plugin: security headers on every answer, and no server paths in /-/databases.json.

The policy allows what the site's own pages and Datasette's use: scripts and styles from the site
itself (Datasette's pages and a few of ours carry inline ones, hence 'unsafe-inline'), map tiles
from the configured tile server, nothing embedded from elsewhere, and no framing at all
(``frame-ancestors 'none'``, with X-Frame-Options for old browsers).
"""

import json

from datasette import hookimpl

TILES = "https://*.tile.openstreetmap.org"
CSP = "; ".join([
    "default-src 'self'", "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'",
    f"img-src 'self' data: {TILES}", "connect-src 'self'", "font-src 'self'", "object-src 'none'",
    "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
])
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-frame-options", b"DENY"),
           (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"strict-origin-when-cross-origin")]
DATABASES_JSON = "/-/databases.json"


def with_security_headers(headers: list) -> list:
    present = {k.lower() for k, _ in headers}
    return list(headers) + [(k, v) for k, v in HEADERS if k not in present]


def without_paths(body: bytes) -> bytes:
    """/-/databases.json with each database's file name instead of its absolute path."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    dbs = data.get("databases") if isinstance(data, dict) else data
    for db in dbs if isinstance(dbs, list) else []:
        if isinstance(db, dict) and db.get("path"):
            db["path"] = db["path"].replace("\\", "/").rsplit("/", 1)[-1]
    return json.dumps(data).encode()


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def secured(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            rewrite = scope.get("path") == DATABASES_JSON
            start, chunks = None, []

            async def send_secured(message):
                nonlocal start
                if message["type"] == "http.response.start":
                    message = {**message, "headers": with_security_headers(message.get("headers") or [])}
                    if rewrite:
                        start = message
                        return
                elif message["type"] == "http.response.body" and rewrite:
                    chunks.append(message.get("body", b""))
                    if message.get("more_body"):
                        return
                    body = without_paths(b"".join(chunks))
                    headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                    await send({**start, "headers": headers + [(b"content-length", str(len(body)).encode())]})
                    message = {"type": "http.response.body", "body": body}
                await send(message)

            await app(scope, receive, send_secured)

        return secured

    return wrap
