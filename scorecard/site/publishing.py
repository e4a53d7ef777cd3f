"""Publishing from the web, the switch to a new release without a restart, and /releases.

Routes:
  POST /publish            reviewers: start a publish (or join the one running); 303 to /publish
  GET  /publish[.json]     reviewers: the latest publish, its steps as they happen, and why it failed
  GET  /releases[.json]    everyone: every kept release with its date, counts and database file
  GET  /releases/<id>.db   the database file of a kept release (immutable, cached for a year)

The running site serves the release that ``index.json`` in the releases folder names. A publish
from this site switches as soon as its build succeeds; one from ``scorecard publish`` (another
process) is followed within ``watch_seconds``, checked when a request arrives. The switch replaces
the ``scorecard`` database in one assignment, so every page, feed, the sitemap and the release id
answer from the new file together; the old file stays open for requests already running.
"""

import asyncio
import datetime as dt
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from datasette import hookimpl
from datasette.database import Database
from datasette.utils.asgi import AsgiFileDownload, Response

from .. import build as build_mod
from .. import clock, datafiles, releases
from . import common
from .published import DATABASE

CONFIG = "scorecard-publish"
ROOT = Path(__file__).resolve().parent.parent.parent
OLD_DATABASE_GRACE_SECONDS = 60  # then the replaced release's connections close
IMMUTABLE = "public, max-age=31536000, immutable"  # a release file never changes under its id


def settings(datasette) -> dict:
    cfg = datasette.plugin_config(CONFIG) or {}
    served = datasette.databases[DATABASE].path if DATABASE in datasette.databases else "."
    return {
        "releases": Path(cfg.get("releases") or os.environ.get("SCORECARD_RELEASES")
                         or releases.default_folder(getattr(datasette, "_scorecard_first_db", served))),
        "data": Path(cfg.get("data") or os.environ.get("SCORECARD_DATA") or ROOT / build_mod.DEFAULT_DATA),
        "keep": int(cfg.get("keep", releases.DEFAULT_KEEP)),
        "watch_seconds": float(cfg.get("watch_seconds", 2)),
        "today": dt.date.fromisoformat(cfg["today"]) if cfg.get("today") else None,  # tests, reproducible builds
        "db_link": cfg.get("db_link") or _first_db(datasette),
    }


def _first_db(datasette) -> str | None:
    """The path the site was started on (var/scorecard.db), which a publish points at the new release
    like ``scorecard publish --db`` does, so explain, submit and a restart read it too."""
    first = getattr(datasette, "_scorecard_first_db", None)
    if first is None and DATABASE in datasette.databases:
        first = datasette.databases[DATABASE].path
    if first is None or Path(first).parent.name == "releases":
        return None
    return first


# --- switching -------------------------------------------------------------------------------------

async def switch(datasette, path: Path) -> None:
    """Serve ``path`` as the published database from the next request on."""
    old = datasette.databases.get(DATABASE)
    if old is not None and Path(old.path) == Path(path):
        return
    datasette.__dict__.setdefault("_scorecard_first_db", old.path if old else str(path))
    new = Database(datasette, path=str(path), is_mutable=False)
    new.name = new.route = DATABASE
    # One assignment, as Datasette's add_database does: no request sees the site without a database.
    datasette.databases = {**datasette.databases, DATABASE: new}
    datasette.immutables = {*getattr(datasette, "immutables", set()), str(path)}
    for key in ("_scorecard_release", "_scorecard_caches"):  # facts derived from the old file
        datasette.__dict__.pop(key, None)
    await common.worker(datasette).repoint(str(path))
    if old is not None:
        asyncio.get_running_loop().call_later(OLD_DATABASE_GRACE_SECONDS, old.close)


async def follow_index(datasette, force: bool = False) -> None:
    """Switch to the release ``index.json`` names, if it changed since we last looked."""
    cfg = settings(datasette)
    state = datasette.__dict__.setdefault("_scorecard_follow", {"checked": 0.0, "stamp": None})
    now = time.monotonic()
    if not force and now - state["checked"] < cfg["watch_seconds"]:
        return
    state["checked"] = now
    try:
        st = (cfg["releases"] / releases.INDEX).stat()
    except FileNotFoundError:
        return
    stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
    if stamp == state["stamp"]:
        return
    try:
        now_current = releases.current(cfg["releases"])
    except releases.ReleaseError:
        return  # a damaged index never takes the site down: it keeps serving what it has
    state["stamp"] = stamp
    if now_current is not None:
        path = cfg["releases"] / now_current.file
        if path.exists():
            await switch(datasette, path)


# --- the publish job -------------------------------------------------------------------------------

@dataclass
class Job:
    id: str
    started_by: str
    started_at: str
    state: str = "running"          # running, succeeded, failed
    steps: list = field(default_factory=list)
    release: str | None = None
    joined: bool = False
    errors: list = field(default_factory=list)
    finished_at: str | None = None

    def step(self, text: str) -> None:
        self.steps.append({"at": _now(), "step": text})


def _now() -> str:
    return clock.SYSTEM.iso()


def _failure(e: Exception) -> list[str]:
    if isinstance(e, datafiles.DataError):
        return [str(p) for p in e.problems]
    return [f"{type(e).__name__}: {e}" if not isinstance(e, (build_mod.BuildError, releases.ReleaseError))
            else str(e)]


async def _run(datasette, job: Job) -> None:
    cfg = settings(datasette)
    store_path = common.worker(datasette).store_path
    try:
        outcome = await asyncio.get_running_loop().run_in_executor(None, lambda: releases.publish(
            cfg["data"], store_path, cfg["releases"], cfg["today"], cfg["keep"],
            Path(cfg["db_link"]) if cfg["db_link"] else None, job.step))
        job.step("switching the site to the new release")
        await switch(datasette, cfg["releases"] / outcome.release.file)
        job.release, job.joined, job.state = outcome.release.release, outcome.joined, "succeeded"
    except Exception as e:  # noqa: BLE001 - every failure is shown to the reviewer; the site keeps its release
        job.errors, job.state = _failure(e), "failed"
    finally:
        job.finished_at = _now()


def start(datasette, actor_id: str) -> Job:
    """The running publish, or a new one: two publishes at once are one publish."""
    job = getattr(datasette, "_scorecard_publish_job", None)
    if job is not None and job.state == "running":
        return job
    job = Job(id=uuid.uuid4().hex[:12], started_by=actor_id, started_at=_now())
    job.step(f"started by {actor_id}")
    datasette._scorecard_publish_job = job
    datasette._scorecard_publish_task = asyncio.get_running_loop().create_task(_run(datasette, job))
    return job


async def _reviewer(datasette, request) -> bool:
    return bool(request.actor) and await datasette.allowed(action=common.REVIEW, actor=request.actor)


async def publish_page(datasette, request):
    if not await _reviewer(datasette, request):
        return await common.message(datasette, request, 403, "Reviewers only",
                                    "Only reviewers can publish. Reviewers: log in first.",
                                    links=[] if request.actor else [("/-/login", "Log in")])
    if request.method == "POST":
        await request.post_body(max_bytes=4096)
        job = start(datasette, request.actor["id"])
        if common.wants_json(request):
            return Response.json({"ok": True, "job": asdict(job)}, status=202, headers=common.NO_STORE)
        return Response.redirect(datasette.urls.path("/publish"), status=303)
    job = getattr(datasette, "_scorecard_publish_job", None)
    served = releases.current(settings(datasette)["releases"])
    from .published import release

    body = {"job": asdict(job) if job else None, "serving": release(datasette)["release"],
            "current": asdict(served) if served else None}
    if request.url_vars.get("format") == "json":
        return Response.json(body, headers=common.NO_STORE)
    return await common.page(datasette, request, "publish.html", body)


async def releases_page(datasette, request):
    folder = settings(datasette)["releases"]
    try:
        index = releases.read_index(folder)
    except releases.ReleaseError as e:
        return await common.message(datasette, request, 500, "Releases unavailable", str(e))
    listed = [asdict(r) for r in index["releases"]]
    headers = {"Cache-Control": "public, max-age=60"}
    if request.url_vars.get("format") == "json":
        return Response.json({"current": index["current"], "releases": listed}, headers=headers)
    html = await datasette.render_template("releases.html", {"current": index["current"], "releases": listed},
                                           request=request)
    return Response.html(html, headers=headers)


async def release_file(datasette, request):
    path = releases.path_of(settings(datasette)["releases"], request.url_vars["id"])
    if path is None or not path.exists():
        return await common.message(datasette, request, 404, "No such release",
                                    "That release is not kept here; /releases lists those that are.",
                                    links=[("/releases", "Releases")])
    return AsgiFileDownload(str(path), filename=path.name, content_type="application/vnd.sqlite3",
                            headers={"Cache-Control": IMMUTABLE})


@hookimpl
def register_routes():
    return [
        (r"^/publish\.(?P<format>json)$", publish_page),
        (r"^/publish$", publish_page),
        (r"^/releases\.(?P<format>json)$", releases_page),
        (r"^/releases$", releases_page),
        (r"^/releases/(?P<id>\d{4}-\d{2}-\d{2}-[0-9a-f]{8})\.db$", release_file),
    ]


@hookimpl
def startup(datasette):
    async def inner():
        if DATABASE in datasette.databases:  # not for commands such as create-token, which serve nothing
            await follow_index(datasette, force=True)

    return inner


@hookimpl
def asgi_wrapper(datasette):
    """Follow a publish made by another process before answering (at most every watch_seconds)."""

    def wrap(app):
        async def following(scope, receive, send):
            if scope["type"] == "http" and DATABASE in datasette.databases:
                await follow_index(datasette)
            await app(scope, receive, send)

        return following

    return wrap
