"""The campus crawler: robots.txt, sitemaps, then a bounded, prioritised crawl of the campus's own
domains for pages that may say something about facial recognition.

Each campus is crawled by one worker, page after page; several campuses run at once, and the
fetcher keeps every host to one request at a time whatever the campus. Every page is recorded
through ``Recorder.record_page`` (snapshot + pending evidence), so crawling twice adds nothing new.
"""

import datetime as dt
import heapq
import html
import re
import threading
import time
import traceback
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from scorecard.clock import SYSTEM, Clock

from . import extract, urls
from .fetch import SITEMAP_TYPES, Fetcher, Settings, log_entry
from .record import Recorder, evidence_summary
from .stance import find_findings, find_on_page

_LOC = re.compile(r"<loc>\s*(.*?)\s*</loc>", re.I | re.S)


@dataclass(frozen=True)
class Campus:
    unitid: int
    slug: str
    name: str
    start_urls: tuple[str, ...]
    domains: frozenset[str]


@dataclass
class CampusResult:
    slug: str
    pages: int = 0  # pages fetched (200 or 304)
    attempted: int = 0
    evidence: list[dict] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    failure: str | None = None


@dataclass
class Summary:
    run_id: str
    campuses: int
    pages_fetched: int
    requests: int
    from_cache: int
    errors: dict
    skipped: dict
    evidence: list[dict]
    failures: dict
    seconds: float

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def campus_from_row(row: dict, start_url: str | None = None) -> Campus:
    """A campus from a data/institutions.csv row; ``start_url`` replaces the website and adds its host."""
    domains = {d.lower() for d in [row.get("web_domain", ""), *(row.get("other_domains") or "").split()] if d}
    start = urls.normalize(start_url or row.get("website") or "")
    if start_url:
        domains.add(urls.host_key(start).split(":")[0] if start else "")
    elif start and not urls.in_domains(start, domains):
        domains.add(urls.host_key(start).split(":")[0])
    return Campus(int(row["unitid"]), row["slug"], row.get("name", row["slug"]), (start,) if start else (),
                  frozenset(d for d in domains if d))


def sitemap_locations(text: str) -> tuple[list[str], bool]:
    """(the <loc> URLs, whether this is a sitemap index)."""
    return [html.unescape(u) for u in _LOC.findall(text)], "<sitemapindex" in text.lower()


class _Frontier:
    def __init__(self):
        self._heap, self._seen, self._n = [], set(), 0

    def push(self, url: str, depth: int, score: int) -> bool:
        if url in self._seen:
            return False
        self._seen.add(url)
        self._n += 1
        heapq.heappush(self._heap, (-score, depth, self._n, url))
        return True

    def pop(self) -> tuple[str, int]:
        _, depth, _, url = heapq.heappop(self._heap)
        return url, depth

    def __bool__(self) -> bool:
        return bool(self._heap)

    def seen(self, url: str) -> bool:
        return url in self._seen

    def mark(self, url: str) -> None:
        self._seen.add(url)


def crawl_campus(campus: Campus, fetcher: Fetcher, recorder: Recorder, finder=find_findings,
                 on_page=None) -> CampusResult:
    s: Settings = fetcher.settings
    result = CampusResult(campus.slug)
    allowed = lambda u: urls.in_domains(u, campus.domains)  # noqa: E731
    frontier = _Frontier()

    def consider(url: str, depth: int, anchor: str = "", from_sitemap: bool = False) -> None:
        if frontier.seen(url) or not allowed(url) or depth > s.max_depth:
            return
        score = urls.relevance(url, anchor)
        if score == 0 and (from_sitemap or depth > 1):
            return  # off-topic pages are followed only from the start page
        reason = urls.trap_reason(url, s.max_query_params)
        if reason:
            frontier.mark(url)
            result.skipped[reason] += 1
            if reason != "not_a_page":
                recorder.log(log_entry(url, "page", kind="trap", message=f"not crawled: looks like a crawler trap "
                                                                             f"({reason})"))
            return
        frontier.push(url, depth, score)

    for start in campus.start_urls:
        frontier.push(start, 0, 100)
    for start in campus.start_urls:
        for url in read_sitemaps(fetcher, start, allowed):
            consider(url, 1, from_sitemap=True)

    while frontier and result.attempted < s.max_pages:
        url, depth = frontier.pop()
        result.attempted += 1
        r = fetcher.fetch(url, purpose="page", allowed=allowed)
        if on_page:
            on_page(campus.slug)
        if not r.ok:
            continue
        result.pages += 1
        frontier.mark(r.final_url)  # a redirect's target is not fetched again
        page = recorder.known_page(r.final_url, r.body_hash) if r.from_cache else None
        if page is None:  # new or changed: parse, then record (snapshot and findings)
            page = parse(r, recorder.clock.today())
            recorded = recorder.record_page(campus.unitid, r.final_url, page, find_on_page(finder, page),
                                            recorder.clock.iso("milliseconds"),
                                            campus.name, r.body_hash)
            result.evidence += recorded.evidence
        for link, anchor in page.links:
            consider(link, depth + 1, anchor)
    return result


def parse(r, today: dt.date | None = None) -> extract.Page:
    """A fetched page's title, main text, links and date, whether it was served as HTML or plain text."""
    if r.content_type == "text/plain":
        return extract.parse_text(r.body, r.charset)
    return extract.parse_html(r.body, r.final_url, r.charset, today)


def read_sitemaps(fetcher: Fetcher, start: str, allowed) -> list[str]:
    """Page URLs from the sitemaps robots.txt names (or /sitemap.xml), following sitemap indexes,
    reading at most ``max_sitemaps`` files."""
    robots = fetcher.robots(start)
    if robots.error_kind:
        return []
    queue = list(robots.sitemaps) or [urls.origin(start) + "/sitemap.xml"]
    pages, read = [], 0
    while queue and read < fetcher.settings.max_sitemaps:
        sm = queue.pop(0)
        read += 1
        r = fetcher.fetch(sm, purpose="sitemap", allowed=allowed, types=SITEMAP_TYPES)
        if not r.ok:
            continue
        locs, is_index = sitemap_locations(extract.decode(r.body, r.charset)[0])
        found = [u for u in (urls.normalize(x, r.final_url) for x in locs) if u]
        if is_index:
            queue += found
        else:
            pages += found
    return pages


def new_run_id(prefix: str = "", clock: Clock = SYSTEM) -> str:
    return prefix + clock.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def crawl(campuses: list[Campus], settings: Settings, db, finder=find_findings, progress=None,
          clock: Clock = SYSTEM, run_id: str | None = None) -> Summary:
    """Crawl campuses concurrently (threads); everything lands in the store ``db`` (opened with
    ``store.open_store(path, check_same_thread=False)``: worker threads write through it, one at a
    time); returns the summary. ``progress(slug, finished)`` is called from worker threads under a lock."""
    started = time.monotonic()
    run_id = run_id or new_run_id(clock=clock)
    recorder = Recorder(db, run_id, clock=clock)
    progress_lock = threading.Lock()
    fetcher = Fetcher(settings, recorder)
    results, failures = [], {}

    def on_page(slug):
        if progress:
            with progress_lock:
                progress(slug, False)

    def one(c: Campus) -> CampusResult:
        try:
            return crawl_campus(c, fetcher, recorder, finder, on_page)
        except Exception:  # a bug on one campus must not stop the others; it is reported
            return CampusResult(c.slug, failure=traceback.format_exc(limit=3))
        finally:
            if progress:
                with progress_lock:
                    progress(c.slug, True)

    with ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="crawl") as pool:
        for fut in as_completed([pool.submit(one, c) for c in campuses]):
            res = fut.result()
            results.append(res)
            if res.failure:
                failures[res.slug] = res.failure
    recorder.flush()
    skipped = Counter()
    for res in results:
        skipped.update(res.skipped)
    evidence = evidence_summary(e for res in results for e in res.evidence)
    return Summary(run_id=run_id, campuses=len(campuses), pages_fetched=sum(r.pages for r in results),
                   requests=recorder.requests, from_cache=recorder.from_cache, errors=dict(sorted(recorder.errors.items())),
                   skipped=dict(sorted(skipped.items())), evidence=evidence, failures=failures,
                   seconds=round(time.monotonic() - started, 3))


def resolve_campus(key: str, institutions: list[dict], aliases: list[dict]) -> dict | None:
    """The institutions.csv row a slug, an alias or a unitid names; None if none does."""
    key = (key or "").strip().lower()
    by_slug = {r["slug"]: r for r in institutions}
    if key in by_slug:
        return by_slug[key]
    alias = next((a["slug"] for a in aliases if a["alias"] == key), None)
    if alias:
        return by_slug.get(alias)
    return next((r for r in institutions if r["unitid"] == key), None) if key.isascii() and key.isdigit() else None
