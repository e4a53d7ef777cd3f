"""The one place an importer fetches a URL: through the polite fetcher (``scrapers/fetch.py``).

robots.txt, the per-host delay, retries, size and content-type limits apply; with a store, the
request is a row of its ``fetch_log`` and the page goes into its conditional-request cache. Loopback
and private addresses are refused unless ``allow_private`` (tests, local mirrors). Callers need
only ``(bytes, final URL)``; any failure is a ``FetchError`` naming its error kind.
"""

from __future__ import annotations

from dataclasses import replace


class FetchError(Exception):
    pass


class NoStore:
    """A recorder for a fetch without a store: nothing logged, nothing cached."""

    requests = from_cache = 0

    def log(self, entry: dict) -> None:
        pass

    def cached(self, url: str) -> None:
        return None

    def remember(self, url: str, entry: dict) -> None:
        pass

    def revalidated(self, url: str) -> None:
        pass

    def flush(self) -> None:
        pass


def fetch(url: str, db=None, allow_private: bool = False, settings=None, purpose: str = "import") -> tuple[bytes, str]:
    """The body of ``url`` as bytes and the URL it ended at after redirects."""
    from .crawl import new_run_id
    from .fetch import Fetcher, Settings
    from .record import Recorder

    settings = settings or Settings()
    settings = replace(settings, allow_private=bool(allow_private or settings.allow_private))
    recorder = Recorder(db, new_run_id("import-")) if db is not None else NoStore()
    r = Fetcher(settings, recorder).fetch(url, purpose=purpose)
    recorder.flush()
    if not r.ok:
        raise FetchError(f"{url}: {r.error_kind}: {r.error}")
    return r.body, r.final_url
