"""Cache-Control fit for a CDN in front of the site.

- content addressed by release (``/releases/<release-id>.db``): a year, immutable (set where served);
- published pages, feeds, the sitemap and Datasette's own pages: short (their own ``max-age``,
  five minutes), so a publish reaches readers within minutes even through a CDN;
- never stored anywhere: submission, review, publish and login, and every answer to a signed-in
  request (a cookie or a token), which may show private queue data or a reviewer's menu.
"""

from datasette import hookimpl

NO_STORE = b"private, no-store"
PRIVATE_PATHS = ("/submit", "/api/", "/review", "/publish", "/submissions/", "/-/login", "/-/logout",
                 "/-/create-token", "/-/actor", "/-/permissions")


def is_private(path: str) -> bool:
    """Paths that read or write the store or sign someone in (also what a read replica replays)."""
    for p in PRIVATE_PATHS:
        base = p.rstrip("/")
        if path == base or path.startswith(base + "/") or path.startswith(base + "."):
            return True
    return False


def _signed_in(scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            return True
        if name == b"cookie" and b"ds_actor=" in value:
            return True
    return False


def cache_control(path: str, signed_in: bool) -> bytes | None:
    """The Cache-Control to send instead of the page's own (None: keep the page's own)."""
    if is_private(path) or signed_in:
        return NO_STORE
    return None


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_cache_policy(scope, receive, send):
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            path, signed_in = scope.get("path", ""), _signed_in(scope)

            async def sending(message):
                if message["type"] == "http.response.start":
                    wanted = cache_control(path, signed_in)
                    if wanted is not None:
                        headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                        headers.append((b"cache-control", wanted))
                        message = {**message, "headers": headers}
                await send(message)

            await app(scope, receive, sending)

        return with_cache_policy

    return wrap
