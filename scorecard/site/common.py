"""What the submission and review plugins share: the store worker, settings, limits and answers.

The store is not a Datasette database (it holds submitters' emails, and nothing in it is
published): both plugins reach it through one worker thread that owns the only write connection,
so writes are serialised and each commit is fsynced (WAL, synchronous=FULL) before the answer.
"""

import asyncio
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qsl

from datasette.utils.asgi import Response

from .. import jsonin
from .. import store as store_mod
from ..method import COLORS, RELATIONS, STANCES
from . import limits

CONFIG = "scorecard-submissions"
DATABASE = "scorecard"
SUBMIT = "scorecard-submit"
REVIEW = "scorecard-review"
DEFAULTS = {
    "max_form_bytes": 64 * 1024,
    "max_api_bytes": 1024 * 1024,
    "rate_limit": {"form": {"max_requests": 10, "window_seconds": 600},
                   "api": {"max_requests": 60, "window_seconds": 600},
                   "login": {"max_requests": 10, "window_seconds": 600}},
    "client_ip_header": None,
    "trusted_proxies": [],
}


def settings(datasette) -> dict:
    cfg = datasette.plugin_config(CONFIG) or {}
    limits = {**DEFAULTS["rate_limit"], **(cfg.get("rate_limit") or {})}
    return {**DEFAULTS, **{k: v for k, v in cfg.items() if v is not None}, "rate_limit": limits}


class StoreWorker:
    """One thread, one store connection, one read-only connection to the published database."""

    def __init__(self, store_path: Path, published_path: str | None):
        self.store_path = Path(store_path)
        self.published_path = published_path
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scorecard-store")
        self._db = None
        self._pub = None

    def _conns(self):
        if self._db is None:
            self._db = store_mod.open_store(self.store_path)
        if self._pub is None and self.published_path:
            self._pub = sqlite3.connect(f"file:{self.published_path}?mode=ro", uri=True)
        return self._db, self._pub

    async def repoint(self, published_path: str) -> None:
        """Read another published database from the next call on (a publish switched releases)."""
        def swap():
            if self._pub is not None:
                self._pub.close()
            self._pub, self.published_path = None, published_path

        await asyncio.get_running_loop().run_in_executor(self.executor, swap)

    def close(self) -> None:
        def shut():
            for conn in (self._db and self._db.conn, self._pub):
                if conn is not None:
                    conn.close()
            self._db = self._pub = None

        self.executor.submit(shut).result()
        self.executor.shutdown(wait=True)

    async def run(self, fn, *args):
        """fn(store_db, published_conn, *args) on the worker thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: fn(*self._conns(), *args))


def sync_institutions(db, pub) -> int:
    """Mirror the served campuses into the store (its foreign keys need them), once per change."""
    if pub is None:
        return 0
    have = db.execute("select count(*) from institutions").fetchone()[0]
    served = pub.execute("select count(*) from campuses").fetchone()[0]
    if have == served:
        return 0
    rows = [{"unitid": u, "slug": s, "name": n} for u, s, n in pub.execute("select unitid, slug, name from campuses")]
    store_mod.sync_institutions(db, rows)
    return len(rows)


def worker(datasette) -> StoreWorker:
    w = getattr(datasette, "_scorecard_store_worker", None)
    if w is None:
        cfg = datasette.plugin_config(CONFIG) or {}
        path = cfg.get("store") or os.environ.get("SCORECARD_STORE") or store_mod.DEFAULT_PATH
        try:
            published = datasette.get_database(DATABASE).path
        except KeyError:
            published = None
        w = datasette._scorecard_store_worker = StoreWorker(path, published)
    return w


# --- limits ------------------------------------------------------------------------------------

def client_address(datasette, request) -> str:
    cfg = settings(datasette)
    client = request.scope.get("client")
    peer = client[0] if client else "unknown"
    header = cfg["client_ip_header"]
    return limits.client_address(peer, request.headers.get(header.lower()) if header else None, cfg["trusted_proxies"])


def rate_limited(datasette, request, rule: str) -> int | None:
    """None if the request may go on, else the seconds after which it may be retried."""
    state = getattr(datasette, "_scorecard_rate_limits", None)
    if state is None:
        state = datasette._scorecard_rate_limits = limits.SlidingWindow()
    cfg = settings(datasette)["rate_limit"].get(rule) or {}
    if cfg.get("enabled") is False:
        return None
    return state.check((rule, client_address(datasette, request)), int(cfg.get("max_requests", 10)),
                       float(cfg.get("window_seconds", 600)))


async def read_body(request, limit: int) -> bytes:
    """The body, or PayloadTooLarge as soon as it passes the limit (declared or streamed)."""
    return await request.post_body(max_bytes=limit)


async def read_form(datasette, request) -> dict[str, str]:
    """A urlencoded form body within max_form_bytes; raises PayloadTooLarge or BadForm."""
    return parse_form(await read_body(request, settings(datasette)["max_form_bytes"]))


def form_too_large(datasette, request):
    return too_large(datasette, request, settings(datasette)["max_form_bytes"])


def content_type(request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


class BadForm(ValueError):
    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


def parse_form(body: bytes) -> dict[str, str]:
    """A urlencoded body as field -> value; refuses bad UTF-8 and fields given twice."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadForm({"body": f"is not UTF-8 (byte {e.start})"}) from None
    out, problems = {}, {}
    try:
        pairs = parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=50)
    except (ValueError, UnicodeDecodeError) as e:
        raise BadForm({"body": f"is not a form ({str(e)[:100]})"}) from None
    for k, v in pairs:
        if k in out:
            problems[k[:50]] = "is given more than once"
        out[k] = v
    if problems:
        raise BadForm(problems)
    return out


def parse_body(request, body: bytes) -> dict:
    """A form or JSON object body (used by the review actions)."""
    if content_type(request) == "application/json":
        try:
            data = jsonin.loads(body or b"{}")
        except jsonin.BadJSON as e:
            raise BadForm({e.field: e.reason}) from None
        if not isinstance(data, dict):
            raise BadForm({"body": "must be a JSON object"})
        return data
    return parse_form(body)


def wants_json(request) -> bool:
    return content_type(request) == "application/json" or request.path.endswith(".json")


# --- answers -----------------------------------------------------------------------------------

NO_STORE = {"Cache-Control": "no-store"}


async def page(datasette, request, template, context, status=200, headers=None):
    html = await datasette.render_template(template, {**vocabulary(), **context}, request=request)
    return Response.html(html, status=status, headers={**NO_STORE, **(headers or {})})


async def message(datasette, request, status: int, title: str, text: str, links=(), headers=None):
    """A plain page (or JSON for API callers) for 4xx answers that are not the form itself."""
    if wants_json(request):
        return Response.json({"ok": False, "status": status, "error": title, "message": text},
                             status=status, headers={**NO_STORE, **(headers or {})})
    return await page(datasette, request, "scorecard_message.html",
                      {"title": title, "text": text, "links": list(links)}, status=status, headers=headers)


def too_large(datasette, request, limit):
    return message(datasette, request, 413, "Too large",
                   f"The request body is larger than {limit:,} bytes, so nothing was stored. "
                   "Shorten the quote or send fewer submissions at once.")


def too_many(datasette, request, retry_after):
    return message(datasette, request, 429, "Too many submissions",
                   f"This address has sent too many submissions in a short time, so this one was not stored. "
                   f"Please wait {retry_after} seconds and try again; if you have many statements to send, "
                   "ask for an API token.", headers={"Retry-After": str(retry_after)})


def vocabulary() -> dict:
    return {"stances": STANCES, "relations": RELATIONS, "colors": COLORS}

