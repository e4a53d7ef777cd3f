"""When two URLs are the same page: the one normalisation the fetcher and data/'s checks share."""

import functools
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track or carry a session: dropped when normalising.
TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|_ga|_gl|ref|share)$", re.I)
SESSION = re.compile(r"^(sessionid|session_id|sid|jsessionid|phpsessid|aspsessionid\w*|cfid|cftoken|s)$", re.I)

@functools.lru_cache(maxsize=65536)  # pure, and the same navigation links come back on every page
def normalize(url: str, base: str | None = None) -> str | None:
    """Absolute URL without fragment, tracking or session parameters, default port or case noise.
    None for anything that is not http(s)."""
    try:
        url = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            return None
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = re.sub(r";jsessionid=[^/?]*", "", parts.path, flags=re.I) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING.match(k) and not SESSION.match(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
