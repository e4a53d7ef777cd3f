"""HTTP caching for the site's own pages: Cache-Control plus an ETag, and 304 on a match.

A page depends on the data release, the site's code, the URL and the day (the citation block
names the retrieval date), so the ETag is made of exactly those. Checking If-None-Match happens
before any query or template runs, so a revalidation costs next to nothing.
"""

import datetime as dt
import hashlib

from datasette.utils.asgi import Response

from .. import clock
from .published import CODE_DIGEST

RENDERED_PAGES = 2000  # ~20 kB each: at most ~40 MB, and the most-read campus pages stay warm
MAX_AGE = 300  # five minutes: a new release reaches readers quickly, and a burst of links is cheap


def etag(release_id: str, path: str, today: dt.date) -> str:
    digest = hashlib.sha256(f"{release_id}|{CODE_DIGEST}|{path}|{today.isoformat()}".encode()).hexdigest()[:16]
    return f'"{release_id}-{digest}"'


def headers(tag: str) -> dict:
    return {"Cache-Control": f"public, max-age={MAX_AGE}", "ETag": tag}


def matches(request, tag: str) -> bool:
    wanted = request.headers.get("if-none-match", "")
    if not wanted:
        return False
    if wanted.strip() == "*":
        return True
    return tag in {t.strip().removeprefix("W/") for t in wanted.split(",")}


def not_modified(tag: str) -> Response:
    return Response("", status=304, headers=headers(tag))


def shared(request) -> bool:
    """A page is the same for every anonymous reader with no pending flash messages."""
    return request.actor is None and not request.cookies.get("ds_messages")


async def respond(datasette, request, render, content_type="text/html; charset=utf-8") -> Response:
    """304 if the client's copy is current, else the body from ``await render()`` with cache headers.

    Bodies for anonymous readers are kept in a bounded in-memory LRU under their ETag (plus the
    host, which absolute links in the page name): the database is immutable, so a body can only
    go out of date with the release, the code or the day, all of which are in the ETag.
    """
    from .published import cache, release

    tag = etag(release(datasette)["release"], request.full_path, clock.of(datasette).today())
    if matches(request, tag):
        return not_modified(tag)
    bodies = cache(datasette, "bodies", RENDERED_PAGES)
    key = (tag, request.scheme, request.host) if shared(request) else None
    body = bodies.get(key) if key else None
    if body is None:
        body = await render()
        if key:
            bodies.put(key, body)
    return Response(body, content_type=content_type, headers=headers(tag))
