"""Watched sources: data/sources.csv names pages to re-read per campus.

Each page is fetched politely (a 304 when it has not changed); a page whose main text changed gets
a new snapshot, and the facial-recognition sentences added to it or removed from it since the last
snapshot are queued as pending evidence (see record.py). Bad rows are reported as
``file:line: field: reason`` and the watch does not start.
"""

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from scorecard import datafiles
from scorecard.datafiles import Problem
from scorecard.evidence import WATCH

from .crawl import new_run_id, parse
from .fetch import Fetcher, Settings, now_iso
from .record import Recorder, evidence_summary
from .stance import find_findings


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
          progress=None, today: dt.date | None = None) -> dict:
    """Fetch every watched page; returns the summary (same keys as a crawl's, plus ``pages``)."""
    started = dt.datetime.now(dt.timezone.utc)
    run_id = new_run_id("watch-")
    recorder = Recorder(db, run_id, today=today, origin=WATCH)
    progress_lock = threading.Lock()
    fetcher = Fetcher(settings, recorder)
    publishers = publishers or {}

    def one(src: Source) -> WatchResult:
        r = fetcher.fetch(src.url, purpose="watch")
        changed, evidence = False, []
        if r.ok and not r.from_cache:
            page = parse(r)
            rec = recorder.record_page(src.unitid, r.final_url, page, finder(page.text), now_iso(),
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
            "seconds": round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 3)}

