"""Evidence rows: where they come from, their ids, the pending row every source builds, the row rule.

The core names every origin here, so it needs nothing from ``scrapers``; each source in the
``scrapers`` registry points at one of these, and the review queue filters on them.
"""

import datetime as dt
import hashlib

from . import fields
from .columns import Columns
from .method import REVIEW_STATUSES, SOURCE_KINDS, STANCES

DATA = "data"  # data/evidence.csv, reviewed in git
SUBMISSION = "submission"  # the web form, the JSON API and `scorecard submit`
CRAWLER = "crawler"  # `scorecard crawl`: campus websites
WATCH = "watch"  # `scorecard watch`: the pages listed in data/sources.csv
FEEDS = "feeds"  # `scorecard feeds`: news feeds in data/feeds.csv
VENDORS = "vendors"  # `scorecard vendors`: vendor pages in data/vendors.csv
ATLAS = "import:atlas"  # `scorecard import atlas`
SCORECARD_PAGE = "import:scorecard-page"  # `scorecard import scorecard-page`

ORIGINS = (DATA, SUBMISSION, CRAWLER, WATCH, FEEDS, VENDORS, ATLAS, SCORECARD_PAGE)

# The id prefix of each origin's rows; an origin not listed here gets "ev".
PREFIXES = {CRAWLER: "crawl", WATCH: "watch", FEEDS: "news", VENDORS: "vendor", ATLAS: "aos",
            SCORECARD_PAGE: "page", SUBMISSION: "sub"}
MAX_TEXT = 5000
REQUIRED = ("id", "unitid", "stance", "stated_on", "source_urls", "source_kind", "recorded_by", "review_status")


def evidence_id(origin: str, key: str, unitid: int | str) -> str:
    """The one id scheme: the same origin, institution and key (what the source says makes two
    findings the same) always give the same id, so saving a finding twice stores it once."""
    digest = hashlib.sha1(f"{origin}|{key}|{unitid}".encode()).hexdigest()[:12]
    return f"{PREFIXES.get(origin, 'ev')}-{digest}"


def content_key(row: dict) -> str:
    """The key of a row that came without an id: its source, words, stance and date."""
    return "\n".join(str(row.get(c) or "") for c in ("source_urls", "quote", "summary", "stance", "stated_on"))


def pending_row(origin: str, key: str, *, unitid: int, stance: str, stated_on: str, source_urls: str,
                source_kind: str, recorded_by: str, notes: str, quote: str = "", summary: str = "",
                publisher: str = "", details: dict | None = None) -> dict:
    """A row waiting for review, as every source builds it; the store fills the rest."""
    row = {"id": evidence_id(origin, key, unitid), "unitid": unitid, "stance": stance, "stated_on": stated_on,
           "source_urls": source_urls, "source_kind": source_kind, "publisher": publisher, "quote": quote,
           "summary": summary, "recorded_by": recorded_by, "review_status": "pending", "notes": notes}
    if details is not None:
        row["details"] = details
    return row


def validate_row(r: dict, unitids: set[str], today: dt.date) -> list[tuple[str, str]]:
    """(field, reason) pairs for one evidence row: the rule data/, the store, the sources and the
    review queue all apply."""
    out = [(col, "is required") for col in REQUIRED if not str(r.get(col) or "").strip()]
    if out:
        return out
    if str(r["unitid"]) not in unitids:
        out.append(("unitid", f"{r['unitid']!r} is not an institution in institutions.csv"))
    checks = [
        ("stance", fields.check_stance(r["stance"])),
        ("stated_on", fields.check_date(r["stated_on"], today)),
        ("source_urls", fields.check_urls(r["source_urls"])),
        ("source_kind", fields.check_source_kind(r["source_kind"])),
        ("review_status", fields.check_review_status(r["review_status"])),
    ]
    out += [(c, reason) for c, reason in checks if reason]
    if not (r.get("quote") or "").strip() and not (r.get("summary") or "").strip():
        out.append(("quote", "a quote or a summary is required"))
    for col in ("quote", "summary", "notes"):
        reason = fields.check_text(r.get(col) or "", MAX_TEXT)
        if reason:
            out.append((col, reason))
    return out


_VOCABULARY_COLUMNS = ("unitid", "stance", "stated_on", "source_urls", "source_kind", "review_status")


def rows_to_check(rows: Columns, unitids: set[str], today: dt.date) -> set[int]:
    """Indexes of the rows that validate_row might find a problem in; it finds none in any other.
    The rows are a CSV's (every evidence column, as strings), held as columns. Checked a column at a time, each
    check first over the whole column in C (a set, a map) and row by row only when that finds
    something: a 200,000-row file in a few tenths of a second instead of seconds of per-row calls.
    validate_row stays the rule and the wording."""
    col = rows.columns

    def outside(name: str, allowed) -> list[int]:
        if set(col[name]) <= set(allowed):
            return []
        return [i for i, v in enumerate(col[name]) if v not in allowed]

    # A blank is never among the allowed values of the columns checked against a vocabulary below,
    # nor a plain URL list, so only the other required columns are checked for blanks.
    free_text = [name for name in REQUIRED if name not in _VOCABULARY_COLUMNS]
    blank = {name: fields.blanks(col[name]) for name in (*free_text, "quote", "summary")}
    suspects: set[int] = set().union(*(blank[name] for name in free_text))
    suspects.update(outside("unitid", unitids))
    suspects.update(outside("stance", STANCES))
    suspects.update(outside("source_kind", SOURCE_KINDS))
    suspects.update(outside("review_status", REVIEW_STATUSES))
    suspects.update(outside("stated_on", {d for d in set(col["stated_on"]) if not fields.check_date(d, today)}))
    suspects.update(fields.urls_to_check(col["source_urls"]))
    suspects.update(set(blank["quote"]) & set(blank["summary"]))
    for name in ("quote", "summary", "notes"):
        suspects.update(fields.texts_to_check(col[name], MAX_TEXT))
    return suspects
