"""Read replicas: a reader machine serves the baked release and sends every write to the writer.

Replayed: submission, review, publish and sign-in, and /releases (the release files are on the
writer's volume). On Fly.io a response carrying ``fly-replay`` is not delivered: the proxy replays the request to the
target it names (``instance=<writer machine id>`` or ``app=<writer app>``). Set that target in
``SCORECARD_WRITER_REPLAY`` (or ``plugins: scorecard-replica: writer_replay:``) on readers only; on
the writer, and anywhere it is unset, nothing changes.
"""

import os

from datasette import hookimpl
from datasette.utils.asgi import Response

from .cdn import is_private


def kept_by_the_writer(path: str) -> bool:
    """Private paths, and the releases: their files live on the writer's volume, not in the image."""
    return is_private(path) or path == "/releases" or path.startswith(("/releases/", "/releases."))


def replay_target(datasette) -> str | None:
    cfg = datasette.plugin_config("scorecard-replica") or {}
    return cfg.get("writer_replay") or os.environ.get("SCORECARD_WRITER_REPLAY") or None


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def replaying(scope, receive, send):
            target = replay_target(datasette) if scope["type"] == "http" else None
            if target and kept_by_the_writer(scope.get("path", "")):
                await Response.text("This is a read replica: the request is replayed to the writer.", status=409,
                                    headers={"fly-replay": target, "Cache-Control": "no-store"}).asgi_send(send)
                return
            await app(scope, receive, send)

        return replaying

    return wrap
