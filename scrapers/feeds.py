"""``scorecard feeds``: news feeds (RSS 2.0, Atom) to pending press evidence.

For each feed of data/feeds.csv (or one ``--feed URL``):

1. the feed is fetched through the polite fetcher (a 304 when it has not changed) and parsed by
   feedparser from the bytes fetched here (feedparser never fetches anything itself). A body that
   is not RSS or Atom (not XML, an HTML page served as a feed) is the error kind ``malformed_feed``
   in the summary and the fetch log; the other feeds go on;
2. an item older than the cutoff (``--since``, default the staleness window) or whose title,
   summary and content mention no facial recognition is skipped without fetching its article;
3. the article is fetched through the same fetcher, its main text extracted, and its
   facial-recognition sentences found and classified through ``scrapers.stance`` (the seam);
4. the institutions a sentence names are linked (``scrapers.names``). When the sentence names none:
   a campus newspaper's sentence is about its own campus (the feed's ``unitid``: "a university
   spokesperson said"); for other feeds its neighbours, then the article title are read. Headlines
   are context, not statements: a sentence that is the item's or page's title is not recorded;
5. each (sentence, institution) becomes pending evidence: source kind ``press_quoting_official``
   when the sentence reports an official speaking (an official's title and a speech verb such as
   "a university spokesperson said"), else ``press_report``; the quote is the sentence; dated by
   the item (else the article's own date); publisher, author, title and feed in its details.

An article's rows go into the store in one transaction. Ids are derived from the article URL, the
sentence and the institution, so a second run adds nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import re
import time
from collections import Counter
from dataclasses import dataclass, field

import feedparser
from bs4 import BeautifulSoup

from scorecard import evidence, store
from scorecard.classify import mentions_facial_recognition
from scorecard.clock import SYSTEM, Clock
from scorecard.link import Index
from scorecard.method import STALE_YEARS

from .common import parse_date
from .crawl import new_run_id, parse
from .fetch import Fetcher, Settings, log_entry
from .names import Named, accepted, find_names, mention_dict, text_before
from .record import MAX_QUOTE, Recorder, evidence_summary
from .stance import find_findings
from .urls import normalize

ORIGIN = evidence.FEEDS
MIN_SCORE = 0.75  # a little above the linker's own 0.70: a bare "words of the name" match is not enough
RECORDED_BY = "news feed import"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml",
              "application/xml", "text/xml", "text/html", "text/plain")
OFFICIAL = re.compile(r"\b(spokes(?:person|man|woman)|president|chancellor|provost|dean|chief|director|officer|"
                      r"official|administrator|vice[- ]president|secretary|registrar|trustee|regent)s?\b", re.I)
SPEECH = re.compile(r"\b(said|says|told|stated|wrote|announced|confirmed|according to)\b", re.I)


@dataclass(frozen=True)
class Feed:
    url: str
    name: str
    publisher: str = ""
    unitid: int | None = None


@dataclass
class Item:
    link: str
    title: str
    author: str
    date: str | None  # YYYY-MM-DD (or partial) from the item, None when it gives none we can read
    raw_date: str
    text: str  # title, summary and content as plain text: the cheap mention check reads it
    source: str  # the item's own publisher (news searches name the outlet per item)


class MalformedFeed(Exception):
    pass


def feeds_from_rows(rows: list[dict]) -> list[Feed]:
    """Feeds from validated data/feeds.csv rows."""
    return [Feed(r["url"], r["name"], r.get("publisher", ""), int(r["unitid"]) if r.get("unitid") else None)
            for r in rows]


def quotes_official(sentence: str) -> bool:
    """Does the sentence report an official speaking? ('..., a university spokesperson said.')"""
    return bool(OFFICIAL.search(sentence) and SPEECH.search(sentence))


def _plain(html_text: str) -> str:
    return BeautifulSoup(html_text or "", "html.parser").get_text(" ", strip=True) if "<" in (html_text or "") \
        else (html_text or "")


def _item_date(entry) -> tuple[str | None, str]:
    # plain dict lookups: feedparser's own get() maps a missing published to updated, with a warning
    raw = dict.get(entry, "published") or dict.get(entry, "updated") or ""
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if parsed:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date().isoformat(), raw
    return (parse_date(raw) if raw else None), raw


def parse_feed(body: bytes, content_type: str = "", url: str = "") -> tuple[str, list[Item]]:
    """(the feed's title, its items), or MalformedFeed when the body is not RSS or Atom. Item links
    are made absolute against ``url``; one that is not http(s) is dropped (the item is skipped)."""
    d = feedparser.parse(io.BytesIO(body), response_headers={"content-type": content_type or "application/xml",
                                                            "content-location": url})
    if not d.get("version"):
        reason = d.get("bozo_exception")
        raise MalformedFeed(f"not an RSS or Atom feed ({reason})" if reason else
                            "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
    items = []
    for e in d.entries:
        date, raw = _item_date(e)
        content = " ".join(_plain(c.get("value", "")) for c in e.get("content", []))
        link = (e.get("link") or "").strip()
        items.append(Item(link=(normalize(link, url or None) or "") if link else "",
                          title=_plain(e.get("title", "")),
                          author=e.get("author", "") or "", date=date, raw_date=raw,
                          text="\n".join([_plain(e.get("title", "")), _plain(e.get("summary", "")), content]),
                          source=(e.get("source") or {}).get("title", "") or ""))
    return d.feed.get("title", ""), items


def _institutions(index: Index, feed: Feed, finding, title: str, earlier: str = "") -> tuple[list[Named], str]:
    """The names a finding is about: the sentence's own (its initials read with the article's title
    and ``earlier`` text); else, for a campus newspaper, none (its own campus is meant); else its
    neighbours', else the title's."""
    found = find_names(index, finding.sentence, title=title or None, before=earlier or None)
    if found:
        return found, "sentence"
    if feed.unitid is None:
        for where, text in (("neighbours", f"{finding.before}\n{finding.after}"), ("title", title)):
            found = find_names(index, text)
            if found:
                return found, where
    return [], ""



def finding_rows(feed: Feed, item: Item, url: str, page, finding, named: list[Named], where: str,
                 stated_on: str, date_source: str, min_score: float) -> list[dict]:
    """Pending evidence for one sentence: one row per institution it is linked to."""
    targets = [(n.link.unitid, n.text, n.link.via, n.link.score) for n in named if accepted(n, min_score)]
    if not named and feed.unitid is not None:
        targets, where = [(feed.unitid, feed.name, "the feed's own institution", None)], "feed"
    kind = "press_quoting_official" if quotes_official(finding.sentence) else "press_report"
    rows, seen = [], set()
    for unitid, as_named, via, score in targets:
        if unitid in seen:
            continue
        seen.add(unitid)
        rows.append(evidence.pending_row(
            ORIGIN, f"{url}\n{finding.sentence}", unitid=unitid, stance=finding.stance, stated_on=stated_on,
            source_urls=url, source_kind=kind, publisher=item.source or feed.name,
            quote=finding.sentence[:MAX_QUOTE], recorded_by=RECORDED_BY,
            notes="found by the news-feed importer; stance and institution to be checked by a reviewer",
            details={"importer": "feeds", "feed": feed.url, "feed_name": feed.name,
                     "feed_publisher": feed.publisher, "article_title": page.title or item.title,
                     "author": item.author, "item_date": item.date, "article_date": page.page_date,
                     "date_source": date_source, "before": finding.before, "after": finding.after,
                     "confidence": finding.confidence, "cue": finding.cue, "linked_as": as_named,
                     "named_in": where, "link_via": via, "link_score": score}))
    return rows


@dataclass
class _Run:
    fetcher: Fetcher
    recorder: Recorder
    index: Index
    db: object
    cutoff: str
    today: dt.date
    min_score: float
    skipped: Counter = field(default_factory=Counter)
    evidence: list = field(default_factory=list)
    already: int = 0
    articles: int = 0
    items: int = 0
    unmatched: list = field(default_factory=list)
    ambiguous: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    reported: set = field(default_factory=set)  # (name, url) already in unmatched or ambiguous


def _article(run: _Run, feed: Feed, item: Item) -> None:
    if not item.link:
        run.skipped["no_link"] += 1
        return
    if item.raw_date and item.date is None:
        run.problems.append(f"{feed.url}: item {item.link}: date {item.raw_date!r} is not a date "
                            "(RFC 822, ISO 8601, YYYY-MM-DD or 'Month D, YYYY'); the article's own date is used")
    if item.date and item.date < run.cutoff:
        run.skipped["older_than_cutoff"] += 1
        return
    if not mentions_facial_recognition(item.text):  # cheap: no classifying before the article is read
        run.skipped["no_mention"] += 1
        return
    r = run.fetcher.fetch(item.link, purpose="article")
    if not r.ok:
        return  # counted under its error kind from the fetch log
    run.articles += 1
    page = parse(r, run.today)
    stated_on, date_source = (item.date, "item") if item.date else (page.page_date, page.date_source)
    if not stated_on:
        run.skipped["no_date"] += 1
        run.problems.append(f"{feed.url}: item {item.link}: neither the item nor the article gives a date; skipped")
        return
    if stated_on < run.cutoff:
        run.skipped["older_than_cutoff"] += 1
        return
    headlines = {item.title.strip(), page.title.strip()}
    findings = [f for f in find_findings(page.text, title=page.title or item.title) if f.sentence.strip() not in headlines
                and not (page.title and page.title.startswith(f.sentence))]
    if not findings:
        run.skipped["no_mention_in_article"] += 1
        return
    rows = []
    for f in findings:
        named, where = _institutions(run.index, feed, f, page.title or item.title, text_before(page.text, f.sentence))
        for n in named:
            if (n.text, r.final_url) in run.reported:
                continue
            if n.link.ambiguous:
                run.ambiguous.append(mention_dict(n, url=r.final_url, sentence=f.sentence))
            elif not accepted(n, run.min_score):
                run.unmatched.append(mention_dict(n, url=r.final_url, sentence=f.sentence))
            else:
                continue
            run.reported.add((n.text, r.final_url))
        made = finding_rows(feed, item, r.final_url, page, f, named, where, stated_on, date_source, run.min_score)
        if not made and not named:
            run.skipped["no_institution"] += 1
        rows += made
    try:
        with run.recorder.write_lock:
            saved = store.save_evidence(run.db, rows, ORIGIN, run.today)
    except store.StoreError as e:
        run.recorder.log(log_entry(r.final_url, "evidence", kind="invalid_evidence", message=str(e)))
        run.problems.append(f"{r.final_url}: nothing recorded: {e}")
        return
    run.evidence += saved.added
    run.already += len(saved.already)


def default_cutoff(today: dt.date) -> str:
    """The staleness window back from today: older news would only raise the stale flag."""
    try:
        return today.replace(year=today.year - STALE_YEARS).isoformat()
    except ValueError:  # 29 February
        return today.replace(year=today.year - STALE_YEARS, day=28).isoformat()


def read_feeds(feeds: list[Feed], settings: Settings, db, index: Index, since: str | None = None,
               clock: Clock = SYSTEM, min_score: float = MIN_SCORE) -> dict:
    """Read every feed; returns the summary. ``db`` is the store (institutions already synced)."""
    started = time.monotonic()
    day = clock.today()
    cutoff = since or default_cutoff(day)
    recorder = Recorder(db, new_run_id("feeds-", clock), clock=clock)
    run = _Run(Fetcher(settings, recorder), recorder, index, db, cutoff, day, min_score)
    report = []
    for feed in feeds:
        r = run.fetcher.fetch(feed.url, purpose="feed", types=FEED_TYPES)
        entry = {"url": feed.url, "name": feed.name, "status": r.status, "from_cache": r.from_cache,
                 "error_kind": r.error_kind, "error": r.error or None, "items": 0}
        if r.ok:
            try:
                _, items = parse_feed(r.body, r.content_type, r.final_url)
            except MalformedFeed as e:
                recorder.log(log_entry(r.final_url, "feed", kind="malformed_feed", message=str(e)))
                entry.update(error_kind="malformed_feed", error=str(e))
                items = []
            entry["items"] = len(items)
            run.items += len(items)
            for item in items:
                _article(run, feed, item)
        report.append(entry)
    recorder.flush()
    return {"run_id": recorder.run_id, "feeds": report, "items": run.items, "pages_fetched": run.articles,
            "requests": recorder.requests, "from_cache": recorder.from_cache,
            "errors": dict(sorted(recorder.errors.items())), "skipped": dict(sorted(run.skipped.items())),
            "cutoff": cutoff, "evidence": evidence_summary(run.evidence), "already_in_store": run.already,
            "unmatched": run.unmatched, "ambiguous": run.ambiguous, "problems": run.problems,
            "seconds": round(time.monotonic() - started, 3), "finished_at": clock.iso("milliseconds")}
