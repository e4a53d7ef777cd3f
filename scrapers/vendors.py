"""``scorecard vendors``: institutions a vendor names on its customer or case-study pages.

Each page of data/vendors.csv (or one ``--url``) is fetched through the polite fetcher. With the
page's navigation, header and footer dropped, every list item, heading, link, image alt text and
sentence is read for institution names: an element's whole text is tried as a name first (a
customer list is "<li>Carnegie Mellon University</li>"), then the names inside it
(``scrapers.names``). Precision matters more than recall here: only a link that is not ambiguous
and scores at least ``MIN_SCORE`` is accepted; ambiguous names, unmatched names and links below
the threshold are reported, never recorded.

Each accepted institution becomes one pending evidence row per page: stance ``using``, source kind
``vendor_claim`` (by the method, a vendor claim never colors a campus alone; once approved it
raises ``needs_review``), quoted from where it was named, dated by the page (else the day read).
Ids come from the page URL and the institution, so reading the page again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import time
from functools import partial

from bs4 import BeautifulSoup

from scorecard import evidence, store
from scorecard.clock import SYSTEM, Clock
from scorecard.link import Index, link_plain
from scorecard.method import VENDOR_CLAIM

from . import extract
from .crawl import new_run_id
from .fetch import Fetcher, Settings, log_entry
from .names import Named, accepted, find_names, mention_dict, text_before
from .record import MAX_QUOTE, Recorder, evidence_summary
from .scorecard_page import clean_school
from .stance import split_sentences

ORIGIN = evidence.VENDORS
RECORDED_BY = "vendor page import"
MIN_SCORE = 0.90
ELEMENTS = {"li": "list item", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
            "h5": "heading", "h6": "heading", "a": "link", "img": "image alt text", "figcaption": "caption"}
MAX_NAME_WORDS = 10


def _element_names(index: Index, text: str) -> list[Named]:
    """A short element's whole text as one name when it links well, else the names inside it."""
    name = clean_school(text)
    if name and len(name.split()) <= MAX_NAME_WORDS:
        whole = Named(name, link_plain(index, name))
        if accepted(whole, MIN_SCORE):
            return [whole]
    return find_names(index, text)


def page_names(index: Index, body: bytes, url: str, charset: str | None = None,
               today: dt.date | None = None) -> tuple[extract.Page, list]:
    """(the page, [(Named, where, the text it was found in)]) for every name on a vendor page, once each."""
    page = extract.parse_html(body, url, charset, today)
    soup = BeautifulSoup(body, "html.parser", from_encoding=extract.browser_charset(charset))
    extract.main_text(soup)  # drops navigation, header, footer, scripts, forms in place
    texts = []
    for tag in soup.find_all(list(ELEMENTS)):
        if tag.decomposed:
            continue
        text = extract.clean(tag.get("alt", "") if tag.name == "img" else tag.get_text(" "))
        if text:
            texts.append((ELEMENTS[tag.name], text, _element_names))
    texts += [("sentence", s, partial(find_names, title=page.title or None, before=text_before(page.text, s) or None))
              for s in split_sentences(page.text)]
    found, seen = [], set()
    for where, text, finder in texts:
        for named in finder(index, text):
            key = named.text.lower()
            if key not in seen:
                seen.add(key)
                found.append((named, where, text))
    return page, found


def vendor_rows(vendor: dict, url: str, page: extract.Page, found: list, fetched_on: str) -> list[dict]:
    """One pending ``using`` row per accepted institution on the page."""
    rows, by_unitid = [], {}
    for named, where, text in found:
        if not accepted(named, MIN_SCORE):
            continue
        uid = named.link.unitid
        if uid in by_unitid:
            by_unitid[uid]["details"]["also_named_as"].append(named.text)
            continue
        kind = vendor["page_kind"].replace("_", " ")
        row = evidence.pending_row(
            ORIGIN, url, unitid=uid, stance="using", stated_on=page.page_date or fetched_on, source_urls=url,
            source_kind=VENDOR_CLAIM, publisher=vendor["vendor"], quote=text[:MAX_QUOTE],
            summary=f"{vendor['vendor']} names {named.text!r} on its {kind} page ({where}).",
            recorded_by=RECORDED_BY,
            notes="a vendor's claim: never colors a campus alone; check that the institution really uses it",
            details={"importer": "vendors", "vendor": vendor["vendor"], "page_kind": vendor["page_kind"],
                     "page_title": page.title, "page_date": page.page_date, "listed_as": named.text,
                     "found_in": where, "also_named_as": [], "link_via": named.link.via,
                     "link_score": named.link.score})
        by_unitid[uid] = row
        rows.append(row)
    return rows


def read_vendors(vendors: list[dict], settings: Settings, db, index: Index, clock: Clock = SYSTEM) -> dict:
    """Read every vendor page; returns the summary. ``db`` is the store (institutions already synced)."""
    started = time.monotonic()
    recorder = Recorder(db, new_run_id("vendors-", clock), clock=clock)
    fetcher = Fetcher(settings, recorder)
    today = clock.today()
    fetched_on = today.isoformat()
    pages, found_rows, already, unmatched, ambiguous, below, problems = [], [], 0, [], [], [], []
    for vendor in vendors:
        r = fetcher.fetch(vendor["url"], purpose="vendor")
        entry = {"url": vendor["url"], "vendor": vendor["vendor"], "status": r.status, "from_cache": r.from_cache,
                 "error_kind": r.error_kind, "error": r.error or None, "names": 0, "accepted": 0}
        pages.append(entry)
        if not r.ok:
            continue
        page, found = page_names(index, r.body, r.final_url, r.charset, today)
        for named, where, _text in found:
            mention = mention_dict(named, url=r.final_url, found_in=where)
            if named.link.ambiguous:
                ambiguous.append(mention)
            elif named.link.unitid is None:
                unmatched.append(mention)
            elif not accepted(named, MIN_SCORE):
                below.append(mention)
        rows = vendor_rows(vendor, r.final_url, page, found, fetched_on)
        entry.update(names=len(found), accepted=len(rows))
        try:
            with recorder.write_lock:
                saved = store.save_evidence(db, rows, ORIGIN, today)
        except store.StoreError as e:
            recorder.log(log_entry(r.final_url, "evidence", kind="invalid_evidence", message=str(e)))
            problems.append(f"{r.final_url}: nothing recorded: {e}")
            continue
        found_rows += saved.added
        already += len(saved.already)
    recorder.flush()
    return {"run_id": recorder.run_id, "pages": pages, "pages_fetched": sum(1 for p in pages if p["status"] in (200, 304)),
            "requests": recorder.requests, "from_cache": recorder.from_cache,
            "errors": dict(sorted(recorder.errors.items())), "evidence": evidence_summary(found_rows),
            "already_in_store": already, "min_score": MIN_SCORE, "unmatched": unmatched, "ambiguous": ambiguous,
            "below_threshold": below, "problems": problems, "seconds": round(time.monotonic() - started, 3),
            "finished_at": clock.iso("milliseconds")}
