"""URL rules for the crawler, all pure: campus domains, candidate pages and traps (normalising is
``scorecard.urls``, shared with the checks of data/)."""

import re
from urllib.parse import parse_qsl, urlsplit

from scorecard.urls import SESSION, normalize  # noqa: F401 (normalize: the fetcher's name for it)

# Words that mark a page worth reading for a statement on facial recognition.
CANDIDATE_WORDS = ("policy", "policies", "security", "police", "public-safety", "publicsafety", "public safety",
                   "safety", "camera", "cctv", "video", "surveillance", "privacy", "biometric", "facial",
                   "face-recognition", "news", "statement", "announcement")
CALENDAR_PATH = re.compile(r"/(calendar|events?/(19|20)[0-9][0-9]|ical|icalendar)(/|$|\.)|\.ics$", re.I)
CALENDAR_PARAM = re.compile(r"^(date|day|month|year|week|start|end|cal\w*|tribe-bar-date|ical)$", re.I)
# A day's archive (/2020/02/19/, its /page/2/): a list of that day's posts, one of an endless series.
# A story filed under its day (/2020/02/19/ucla-drops-plan/) is an article, as news sites and student
# papers name most of theirs, and is crawled.
DATED_ARCHIVE = re.compile(r"/(19|20)[0-9][0-9][/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12][0-9]|3[01])"
                           r"(/page/[0-9]+)?/?$")
SKIP_EXTENSIONS = re.compile(r"\.(jpe?g|png|gif|svg|webp|ico|css|js|mp[34]|mov|avi|zip|gz|tgz|docx?|xlsx?|pptx?|"
                             r"pdf|woff2?|ttf|eot|xml|rss|atom|json)$", re.I)


def origin(url: str) -> str:
    """scheme://host[:port], the unit robots.txt and politeness apply to."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def host_key(url: str) -> str:
    return urlsplit(url).netloc.lower()


def in_domains(url: str, domains: set[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def relevance(url: str, anchor: str = "") -> int:
    """How many candidate words the URL path and the link text carry (0: not a candidate)."""
    haystack = (urlsplit(url).path + " " + anchor).lower().replace("_", "-")
    return sum(1 for w in CANDIDATE_WORDS if w in haystack)


def trap_reason(url: str, max_query_params: int = 3, max_length: int = 300, max_segments: int = 10) -> str | None:
    """Why a URL looks like a crawler trap or is no page at all (None: fine to crawl)."""
    parts = urlsplit(url)
    if len(url) > max_length:
        return "long_url"
    if SKIP_EXTENSIONS.search(parts.path):
        return "not_a_page"
    if CALENDAR_PATH.search(parts.path) or DATED_ARCHIVE.search(parts.path):
        return "calendar"
    params = parse_qsl(parts.query, keep_blank_values=True)
    if any(CALENDAR_PARAM.match(k) for k, _ in params):
        return "calendar"
    if any(SESSION.match(k) for k, _ in params) or ";jsessionid=" in url.lower():
        return "session_id"
    if len(params) > max_query_params:
        return "query_string"
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > max_segments:
        return "deep_path"
    if len(segments) >= 4 and any(segments.count(s) >= 3 for s in segments):
        return "repeating_path"
    return None
