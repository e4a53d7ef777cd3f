"""HTTP caching for the site's own pages: Cache-Control plus an ETag, and 304 on a match.

A page depends on the data release, the site's code, the URL and the day (the citation block
names the retrieval date), so the ETag is made of exactly those. Checking If-None-Match happens
before any query or template runs, so a revalidation costs next to nothing.
"""

import datetime as dt
import hashlib

from datasette.utils.asgi import Response

from .published import CODE_DIGEST

MAX_AGE = 300  # five minutes: a new release reaches readers quickly, and a burst of links is cheap


def etag(release_id: str, path: str, today: dt.date | None = None) -> str:
    today = today or dt.datetime.now(dt.timezone.utc).date()
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


async def respond(datasette, request, render, content_type="text/html; charset=utf-8") -> Response:
    """304 if the client's copy is current, else the body from ``await render()`` with cache headers."""
    from .published import release

    tag = etag((await release(datasette))["release"], request.full_path)
    if matches(request, tag):
        return not_modified(tag)
    return Response(await render(), content_type=content_type, headers=headers(tag))
