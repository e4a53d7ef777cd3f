"""Checks on single field values, shared by data/ validation, the store and submissions.

Each check returns None when the value is fine, or a short reason that names what is wrong.
"""

import datetime as dt
import functools
import ipaddress
import re
import unicodedata

from .dates import BadDate, parse_partial
from .method import REVIEW_STATUSES, SOURCE_KINDS, STANCES

MAX_URL = 2000
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_HTTP_URL = re.compile(r"^https?://([^/?#@\s]*@)?(\[[0-9a-f:.]+\]|[^/?#:\s\[\]]+)(:[0-9]{1,5})?(?:[/?#]\S*)?$", re.IGNORECASE)

# C0 and C1 control characters except tab and line breaks, and the invisible bidirectional
# overrides that can make text read differently from what it stores.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_EMAIL = re.compile(r'^[^@\s,;<>()\[\]\\"]+@[^@\s,;<>()\[\]\\"]+\.[^@\s,;<>()\[\]\\"]+$')
_AUTHORITY = re.compile(r"(\[[^\]]*\]|[^:\[\]]+)(?::([^:]*))?")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_OR_CONTROL = re.compile(f"{_SURROGATE.pattern}|{_CONTROL.pattern}")
# Characters that draw nothing: zero-width spaces and joiners, left/right marks, word joiner and
# invisible operators, soft hyphen, BOM. Submissions drop them, so they cannot hide a duplicate.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
MAX_EMAIL = 254
# URLs that every check below would pass: plain ASCII host labels, no port, no user@, printable
# ASCII after the host without spaces or backslashes. Most evidence URLs look like this, so one
# match spares the full check (which cost most of a 200,000-row build). Case-sensitive, the scheme
# spelled in both cases: IGNORECASE let the Kelvin sign and the long s (which fold to k and s) pass
# as plain host letters, and cost half the match.
_PLAIN_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:[/?#][!-\[\]-~]*)?")
_PLAIN_URLS = re.compile(f"{_PLAIN_URL.pattern}(?: {_PLAIN_URL.pattern})*")


def strip_invisible(value: str) -> str:
    return _INVISIBLE.sub("", value)


def comparable(text: str) -> str:
    """Text as duplicates are compared: NFKC, nothing invisible, spaces collapsed, case folded."""
    return " ".join(strip_invisible(unicodedata.normalize("NFKC", text)).split()).casefold()


def check_url(value: str) -> str | None:
    value = value or ""
    if len(value) <= MAX_URL and _PLAIN_URL.fullmatch(value):
        return None
    return check_url_fully(value)


def check_url_fully(value: str) -> str | None:
    """check_url without its shortcut for plain URLs (the tests hold the two to the same answers)."""
    value = value or ""
    if not value.strip():
        return "is required"
    if _SURROGATE.search(value):
        return "contains an unpaired surrogate (not valid Unicode)"
    if len(value) > MAX_URL:
        return f"is longer than {MAX_URL} characters"
    if _SPACE_OR_CONTROL.search(value):
        return "contains spaces or control characters"
    if not _HTTP_URL.match(value):
        if not value.lower().startswith(("http://", "https://")):
            return f"{value!r} is not an http(s) URL"
        if "\\" not in value and "@" not in value:
            return f"{value!r} has no valid host"
    return _authority_problem(value)


def _authority_problem(value: str) -> str | None:
    """What makes a browser and the build read the host differently, or hides who it is."""
    if "\\" in value:
        return f"{value!r} contains a backslash (browsers read it as '/', so the host is ambiguous)"
    authority = re.split(r"[/?#]", value.split("://", 1)[1], maxsplit=1)[0]
    if "@" in authority:
        return f"{value!r} contains credentials or a misleading host (user@ or user:password@ before the host)"
    m = _AUTHORITY.fullmatch(authority)
    if not m:
        return f"{value!r} has no valid host"
    host, port = m.group(1), m.group(2)
    if port is not None and not (port.isascii() and port.isdigit() and 0 < int(port) <= 65535):
        return f"{value!r} has an invalid port {port!r} (1-65535)"
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return f"{value!r} has an invalid IPv6 host {host!r}"
        return None
    for c in host:
        if not (c.isascii() and (c.isalnum() or c in "-.")) and (c.isascii() or unicodedata.category(c)[0] not in "LMN"):
            return f"{value!r} has a character the host may not contain ({c!r})"
    if unicodedata.normalize("NFKC", host) != host:
        return f"{value!r} has a host that browsers would rewrite ({host!r}); write it plainly"
    if any(not label for label in host.rstrip(".").split(".")):
        return f"{value!r} has an empty label in its host {host!r}"
    return None


def check_urls(value: str) -> str | None:
    """A space-separated list of http(s) URLs, at least one."""
    urls = (value or "").split()
    if not urls:
        return "is required"
    for u in urls:
        reason = check_url(u)
        if reason:
            return reason
    return None


def urls_to_check(values: list[str]) -> list[int]:
    """Indexes of the values check_urls might refuse: all but plain URLs one space apart (each of
    them passes check_url's shortcut), so a whole column costs one regex match a value."""
    match = _PLAIN_URLS.fullmatch
    if max(map(len, values), default=0) <= MAX_URL and all(map(match, values)):
        return []
    return [i for i, v in enumerate(values) if len(v) > MAX_URL or not match(v)]


def blanks(values: list[str]) -> list[int]:
    """Indexes of the values that are empty or only whitespace (what "is required" refuses)."""
    if all(values) and not any(map(str.isspace, values)):
        return []
    return [i for i, v in enumerate(values) if not v or v.isspace()]


def check_stance(value: str, allowed=STANCES) -> str | None:
    if value not in allowed:
        return f"{value!r} is not a stance ({', '.join(allowed)})"
    return None


def check_source_kind(value: str) -> str | None:
    if value not in SOURCE_KINDS:
        return f"{value!r} is not a source kind ({', '.join(SOURCE_KINDS)})"
    return None


def check_review_status(value: str) -> str | None:
    if value not in REVIEW_STATUSES:
        return f"{value!r} is not a review status ({', '.join(REVIEW_STATUSES)})"
    return None


@functools.lru_cache(maxsize=65536)  # evidence files repeat a few thousand dates many times
def check_date(value: str, today: dt.date) -> str | None:
    try:
        parse_partial(value, today=today)
    except BadDate as e:
        return str(e)
    return None


def check_text(value: str, limit: int) -> str | None:
    if not value or (len(value) <= limit and not _SURROGATE_OR_CONTROL.search(value)):
        return None  # the common case in one search
    if len(value) > limit:
        return f"is longer than {limit} characters"
    if _SURROGATE.search(value or ""):
        return "contains an unpaired surrogate (not valid Unicode)"
    if _CONTROL.search(value or ""):
        return "contains control characters"
    return None


def texts_to_check(values: list[str], limit: int) -> list[int]:
    """Indexes of the values check_text might refuse. One search over the whole column finds no
    control character or surrogate in the usual case (newlines, which join the values, are allowed)."""
    long = [i for i, v in enumerate(values) if len(v) > limit] if max(map(len, values), default=0) > limit else []
    if not _SURROGATE_OR_CONTROL.search("\n".join(values)):
        return long
    search = _SURROGATE_OR_CONTROL.search
    return sorted(set(long) | {i for i, v in enumerate(values) if search(v)})


def check_line(value: str, limit: int) -> str | None:
    """One line of text: check_text, and no line breaks or tabs either."""
    reason = check_text(value, limit)
    if reason:
        return reason
    if any(c in (value or "") for c in "\r\n\t\u2028\u2029"):
        return "must be a single line"
    return None


def check_email(value: str) -> str | None:
    reason = check_line(value, MAX_EMAIL)
    if reason:
        return reason
    if not _EMAIL.match(value or ""):
        return f"{value!r} is not an email address"
    return None
