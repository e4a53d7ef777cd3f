"""Watched sources: data/sources.csv names pages to re-read per campus.

Each page is fetched politely (a 304 when it has not changed); a page whose main text changed gets
a new snapshot, and the facial-recognition sentences added to it or removed from it since the last
snapshot are queued as pending evidence (see record.py). Bad rows are reported as
``file:line: field: reason`` and the watch does not start.
"""

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from scorecard import datafiles
from scorecard.clock import SYSTEM, Clock
from scorecard.datafiles import Problem
from scorecard.evidence import WATCH

from .crawl import new_run_id, parse
from .fetch import Fetcher, Settings
from .record import Recorder, evidence_summary
from .stance import find_findings, find_on_page


@dataclass(frozen=True)
class Source:
    unitid: int
    url: str
    label: str
    added_on: str
    notes: str
    line: int


def validate_sources(path: Path, unitids: set[str], today: dt.date, problems: list[Problem]) -> list[Source]:
    """The watched pages of a sources list that ``datafiles.validate_sources`` finds sound."""
    return [Source(int(r["unitid"]), r["url"], r["label"], r["added_on"], r["notes"], r["line"])
            for r in datafiles.validate_sources(path, unitids, today, problems)]


@dataclass
class WatchResult:
    url: str
    unitid: int
    status: int | None
    from_cache: bool
    error_kind: str | None
    changed: bool
    evidence: list[dict]


def watch(sources: list[Source], settings: Settings, db, finder=find_findings, publishers: dict | None = None,
          progress=None, clock: Clock = SYSTEM) -> dict:
    """Fetch every watched page; returns the summary (same keys as a crawl's, plus ``pages``)."""
    started = time.monotonic()
    run_id = new_run_id("watch-", clock)
    recorder = Recorder(db, run_id, clock=clock, origin=WATCH)
    progress_lock = threading.Lock()
    fetcher = Fetcher(settings, recorder)
    publishers = publishers or {}

    def one(src: Source) -> WatchResult:
        r = fetcher.fetch(src.url, purpose="watch")
        changed, evidence = False, []
        if r.ok and (not r.from_cache or recorder.known_page(r.final_url, r.body_hash) is None):
            page = parse(r, clock.today())  # new, changed, or a 304 for a page never snapshotted
            rec = recorder.record_page(src.unitid, r.final_url, page, find_on_page(finder, page), clock.iso("milliseconds"),
                                       publishers.get(src.unitid, ""), r.body_hash)
            changed, evidence = rec.snapshot, rec.evidence
        if progress:
            with progress_lock:
                progress(src.url, True)
        return WatchResult(src.url, src.unitid, r.status, r.from_cache, r.error_kind, changed, evidence)

    with ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="watch") as pool:
        results = list(pool.map(one, sources))
    recorder.flush()
    evidence = evidence_summary(e for res in results for e in res.evidence)
    return {"run_id": run_id, "sources": len(sources), "pages_fetched": sum(1 for r in results if r.status in (200, 304)),
            "requests": recorder.requests, "from_cache": recorder.from_cache, "changed": sum(r.changed for r in results),
            "errors": dict(sorted(recorder.errors.items())), "evidence": evidence,
            "pages": [{"url": r.url, "status": r.status, "from_cache": r.from_cache, "error_kind": r.error_kind,
                       "changed": r.changed} for r in results],
            "seconds": round(time.monotonic() - started, 3)}

