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

from scorecard import fields
from scorecard.datafiles import MAX_TEXT, Problem, read_csv

from . import urls
from .crawl import new_run_id, parse
from .fetch import Fetcher, Settings, now_iso
from .record import Recorder, evidence_summary
from .stance import find_findings, find_on_page

SOURCE_COLUMNS = ["unitid", "url", "label", "added_on", "notes"]


@dataclass(frozen=True)
class Source:
    unitid: int
    url: str
    label: str
    added_on: str
    notes: str
    line: int


def validate_sources(path: Path, unitids: set[str], today: dt.date, problems: list[Problem]) -> list[Source]:
    rows = read_csv(path, SOURCE_COLUMNS, problems)
    f, seen, out = str(path), {}, []
    for line, r in rows:
        found = []
        if not r["unitid"].strip():
            found.append(("unitid", "is required"))
        elif r["unitid"] not in unitids:
            found.append(("unitid", f"{r['unitid']!r} is not an institution in institutions.csv"))
        url_problem = fields.check_url(r["url"])
        if url_problem:
            found.append(("url", url_problem))
        elif (r["unitid"], urls.normalize(r["url"])) in seen:
            found.append(("url", f"duplicates line {seen[(r['unitid'], urls.normalize(r['url']))]}"))
        if not r["label"].strip():
            found.append(("label", "is required"))
        if len(r["added_on"]) != 10:
            found.append(("added_on", f"{r['added_on']!r} is not a full date YYYY-MM-DD"))
        elif reason := fields.check_date(r["added_on"], today):
            found.append(("added_on", reason))
        for col in ("label", "notes"):
            if reason := fields.check_text(r[col], MAX_TEXT):
                found.append((col, reason))
        problems += [Problem(f, line, c, reason) for c, reason in found]
        if not url_problem:
            seen.setdefault((r["unitid"], urls.normalize(r["url"])), line)
        if not found:
            out.append(Source(int(r["unitid"]), r["url"], r["label"], r["added_on"], r["notes"], line))
    return out


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
    recorder = Recorder(db, run_id, today=today)
    progress_lock = threading.Lock()
    fetcher = Fetcher(settings, recorder)
    publishers = publishers or {}

    def one(src: Source) -> WatchResult:
        r = fetcher.fetch(src.url, purpose="watch")
        changed, evidence = False, []
        if r.ok and not r.from_cache:
            page = parse(r)
            rec = recorder.record_page(src.unitid, r.final_url, page, find_on_page(finder, page), now_iso(),
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

