"""What the scrapers write to the store, from many threads through one lock.

- the fetch log and the conditional-request cache are buffered and written in batches (one
  transaction each), so a crawl of a thousand pages is not a thousand fsyncs;
- a page is recorded in one transaction: a new snapshot when its main text changed, and pending
  evidence for each facial-recognition sentence added or removed since the last snapshot, saved by
  the store's one writer (``store.save_evidence``). A finding already in the store (same campus,
  page, sentence and change, hence the same id) is never recorded twice.
"""

import json
import sqlite3
import threading
import zlib
from collections import Counter
from dataclasses import dataclass

import sqlite_utils

from scorecard import evidence, store
from scorecard.clock import SYSTEM, Clock
from scorecard.method import UNCLASSIFIED

from .extract import Page
from .fetch import log_entry

RECORDED_BY = "crawler"
ORIGIN = evidence.CRAWLER
# Who records a page's findings, by origin: (recorded_by, how the notes say it was found).
FINDERS = {evidence.CRAWLER: (RECORDED_BY, "found by the campus crawler"),
           evidence.WATCH: ("page watcher", "found on a watched page (data/sources.csv)")}
SOURCE_KIND = "official_statement"
MAX_QUOTE = 5000


@dataclass
class Recorded:
    snapshot: bool  # a new snapshot was taken (first sight, or the text changed)
    evidence: list[dict]  # the evidence rows inserted
    invalid: int = 0  # findings the store refused (reasons in the fetch log's error column)


def evidence_rows(unitid: int, url: str, page: Page, added: list, removed: list[str], fetched_at: str,
                  publisher: str = "", origin: str = ORIGIN) -> list[dict]:
    """Pending evidence for findings added to a page (classified) and statements removed from it.

    The same campus, page, sentence and change make the same row (its id), so it is stored once."""
    fetched_day = fetched_at[:10]
    common = {"page_title": page.title, "fetched_at": fetched_at, "content_hash": page.content_hash,
              "page_date": page.page_date, "date_source": page.date_source}

    recorded_by, found_by = FINDERS[origin]

    def row(sentence, change, stance, stated_on, notes, details):
        quote = sentence[:MAX_QUOTE]
        return evidence.pending_row(origin, f"{url}\n{quote}\n{change}", unitid=unitid, stance=stance,
                                    stated_on=stated_on, source_urls=url, source_kind=SOURCE_KIND,
                                    publisher=publisher, quote=quote, recorded_by=recorded_by, notes=notes,
                                    details={"change": change, **details, **common})

    return ([row(f.sentence, "added", f.stance, page.page_date or fetched_day,
                 f"{found_by}; stance to be checked by a reviewer",
                 {"before": f.before, "after": f.after, "confidence": f.confidence, "cue": f.cue})
             for f in added]
            + [row(sentence, "removed", UNCLASSIFIED, fetched_day,
                   f"statement removed from the page (not there on {fetched_day}); review what replaced it", {})
               for sentence in removed])


def evidence_summary(rows) -> list[dict]:
    """The short form of inserted evidence rows that summaries print."""
    return [{"unitid": e["unitid"], "url": e["source_urls"], "sentence": e["quote"], "stance": e["stance"],
             "stated_on": e["stated_on"], "id": e["id"]} for e in rows]


def diff_sentences(previous: list[str], findings: list) -> tuple[list, list[str]]:
    """(findings whose sentence is new, previous sentences no longer on the page), each once, in order."""
    before, now, added, seen = set(previous), {f.sentence for f in findings}, [], set()
    for f in findings:
        if f.sentence not in before and f.sentence not in seen:
            added.append(f)
            seen.add(f.sentence)
    removed = list(dict.fromkeys(s for s in previous if s not in now))
    return added, removed


class Recorder:
    """One writer connection behind ``write_lock``; buffers behind a small lock of their own, so a
    thread logging a request never waits for another thread's commit; reads of the cache and of
    snapshots go through a read connection per thread (WAL lets them run beside the writer)."""

    def __init__(self, db: sqlite_utils.Database, run_id: str, batch: int = 200, batch_bytes: int = 16 << 20,
                 clock: Clock = SYSTEM, origin: str = ORIGIN):
        self.db, self.run_id, self.batch, self.batch_bytes = db, run_id, batch, batch_bytes
        self.origin = origin  # stored on the evidence rows of the pages it records
        self.clock = clock  # fetch dates and the "in the future" check read the same clock, in UTC
        self.write_lock = threading.RLock()
        self._buf = threading.Lock()
        self._log: list[dict] = []
        self._cache: dict[str, dict] = {}
        self._cache_bytes = 0
        self._touched: dict[str, str] = {}
        self.errors: Counter = Counter()
        self.requests = 0
        self.from_cache = 0
        self._path = next((r[2] for r in db.execute("pragma database_list").fetchall() if r[1] == "main"), "")
        self._local = threading.local()

    def _reader(self) -> sqlite3.Connection | None:
        """This thread's read-only connection (None for an in-memory store: then the writer is used)."""
        if not self._path:
            return None
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
            conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def _read(self, sql: str, params: list) -> tuple | None:
        reader = self._reader()
        if reader is None:
            with self.write_lock:
                return self.db.execute(sql, params).fetchone()
        return reader.execute(sql, params).fetchone()

    # --- fetch log and cache ---------------------------------------------------------------------

    def log(self, entry: dict) -> None:
        with self._buf:
            self._log.append({"run_id": self.run_id, "fetched_at": self.clock.iso("milliseconds"), **entry})
            if entry["error_kind"]:
                self.errors[entry["error_kind"]] += 1
            if entry["status"] is not None or entry["error_kind"] in ("timeout", "connection", "ssl"):
                self.requests += 1
            self.from_cache += entry["from_cache"]
            full = len(self._log) >= self.batch
        if full:
            self.flush()

    def cached(self, url: str) -> dict | None:
        with self._buf:
            if url in self._cache:
                return self._cache[url]
        row = self._read("select etag, last_modified, content_type, charset, body, content_hash "
                         "from http_cache where url = ?", [url])
        if row is None:
            return None
        return {"etag": row[0], "last_modified": row[1], "content_type": row[2], "charset": row[3],
                "body": zlib.decompress(row[4]), "content_hash": row[5]}

    def remember(self, url: str, entry: dict) -> None:
        with self._buf:
            self._cache[url] = entry
            self._cache_bytes += len(entry["body"])
            full = self._cache_bytes >= self.batch_bytes
        if full:
            self.flush()

    def revalidated(self, url: str) -> None:
        with self._buf:
            self._touched[url] = self.clock.iso()

    def flush(self) -> None:
        """Write what is buffered in one transaction. Cache entries stay readable from memory until
        their commit is done, so no reader misses them in between."""
        with self.write_lock:
            with self._buf:
                log, cache, touched = self._log, dict(self._cache), self._touched
                self._log, self._touched = [], {}
            stamp = self.clock.iso()
            rows = [{"url": u, **{k: v for k, v in e.items() if k != "body"}, "body": zlib.compress(e["body"]),
                     "fetched_at": stamp, "validated_at": stamp} for u, e in cache.items()]
            with self.db.atomic():
                if log:
                    self.db["fetch_log"].insert_all(log)
                if rows:
                    self.db["http_cache"].upsert_all(rows, pk="url")
                for u, when in touched.items():
                    self.db.execute("update http_cache set validated_at = ? where url = ?", [when, u])
            with self._buf:
                for u, e in cache.items():
                    if self._cache.get(u) is e:
                        del self._cache[u]
                        self._cache_bytes -= len(e["body"])

    # --- pages -----------------------------------------------------------------------------------

    def known_page(self, url: str, body_hash: str | None) -> Page | None:
        """The page as parsed when a body with this hash was last snapshotted (a 304 needs no new parse)."""
        if not body_hash:
            return None
        row = self._read("select title, text, page_date, date_source, links from page_snapshots "
                         "where url = ? and body_hash = ? order by id desc limit 1", [url, body_hash])
        if row is None:
            return None
        return Page(title=row[0] or "", text=row[1], links=[tuple(x) for x in json.loads(row[4])], page_date=row[2],
                    date_source=row[3])

    def record_page(self, unitid: int, url: str, page: Page, findings: list, fetched_at: str,
                    publisher: str = "", body_hash: str | None = None) -> Recorded:
        with self.write_lock:
            prev = self.db.execute("select content_hash, sentences from page_snapshots where url = ? and unitid = ? "
                                   "order by id desc limit 1", [url, unitid]).fetchone()
            if prev and prev[0] == page.content_hash:
                return Recorded(False, [])
            added, removed = diff_sentences(json.loads(prev[1]) if prev else [], findings)
            rows = evidence_rows(unitid, url, page, added, removed, fetched_at, publisher, self.origin)
            snapshot = {"unitid": unitid, "url": url, "fetched_at": fetched_at, "content_hash": page.content_hash,
                        "body_hash": body_hash, "title": page.title, "page_date": page.page_date,
                        "date_source": page.date_source, "text": page.text,
                        "sentences": json.dumps(list(dict.fromkeys(f.sentence for f in findings)), ensure_ascii=False),
                        "links": json.dumps(page.links, ensure_ascii=False)}

            def take_snapshot(db):
                db.execute(f"insert into page_snapshots ({', '.join(snapshot)}) values "
                           f"({', '.join('?' * len(snapshot))})", list(snapshot.values()))

            saved = store.save_evidence(self.db, rows, self.origin, self.clock.today(), each_alone=True,
                                        also=take_snapshot)
            for _row, e in saved.refused:
                self.log(log_entry(url, "evidence", kind="invalid_evidence", message=str(e)))
            # a refused finding leaves the page unseen (no snapshot), so the next visit offers it again
            return Recorded(not saved.refused, saved.added, len(saved.refused))
