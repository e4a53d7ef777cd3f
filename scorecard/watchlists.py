"""data/feeds.csv and data/vendors.csv: the news feeds and vendor pages the scrapers watch.

Only the layouts and their validation live here; the importers that read them (news feeds, vendor
claims) come with the polite fetcher and the classifier. Problems are ``file:line: field: reason``.
"""

from pathlib import Path

from . import fields
from .datafiles import Problem, read_csv

FEED_COLUMNS = ["url", "format", "name", "publisher", "unitid", "notes"]
FEED_FORMATS = ["rss", "atom"]
VENDOR_COLUMNS = ["vendor", "url", "page_kind", "notes"]
VENDOR_PAGE_KINDS = ["customer_list", "case_study", "press_release", "marketing"]


def _check_rows(path: Path, columns: list[str], required: list[str], vocab: tuple[str, list[str]],
                unitids: set[str] | None, problems: list[Problem]) -> list[dict]:
    f, seen, out = str(path), {}, []
    for line, r in read_csv(path, columns, problems):
        bad = len(problems)
        for col in required:
            if not r[col].strip():
                problems.append(Problem(f, line, col, "is required"))
        reason = fields.check_url(r["url"]) if r["url"].strip() else None
        if reason:
            problems.append(Problem(f, line, "url", reason))
        elif r["url"] in seen:
            problems.append(Problem(f, line, "url", f"{r['url']!r} duplicates line {seen[r['url']]}"))
        col, allowed = vocab
        if r[col].strip() and r[col] not in allowed:
            problems.append(Problem(f, line, col, f"{r[col]!r} is not one of {', '.join(allowed)}"))
        if unitids is not None and r.get("unitid", "").strip() and r["unitid"] not in unitids:
            problems.append(Problem(f, line, "unitid", f"{r['unitid']!r} is not an institution in institutions.csv"))
        seen.setdefault(r["url"], line)
        if len(problems) == bad:
            out.append(r)
    return out


def validate_feeds(path: Path, unitids: set[str], problems: list[Problem]) -> list[dict]:
    return _check_rows(path, FEED_COLUMNS, ["url", "format", "name"], ("format", FEED_FORMATS), unitids, problems)


def validate_vendors(path: Path, problems: list[Problem]) -> list[dict]:
    return _check_rows(path, VENDOR_COLUMNS, ["vendor", "url", "page_kind"], ("page_kind", VENDOR_PAGE_KINDS),
                       None, problems)
