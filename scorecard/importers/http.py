"""The one place an importer fetches a URL.

SEAM (issue 5): this is a plain ``requests.get`` so the scorecard-page importer works today. When
the polite fetcher (``scrapers/fetch.py``: robots.txt, rate limits, caching, the fetch log) is
merged, replace the body of ``fetch`` with a call to it. Callers need only ``(bytes, final URL)``.
"""

import requests

USER_AGENT = "campus-scorecard-importer/0.1 (+https://github.com/; facial recognition scorecard)"
TIMEOUT = 30


class FetchError(Exception):
    pass


def fetch(url: str) -> tuple[bytes, str]:
    """The body of ``url`` as bytes and the URL it ended at after redirects."""
    try:
        r = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT)
        r.raise_for_status()
    except requests.RequestException as e:
        raise FetchError(f"{url}: {e}") from None
    return r.content, r.url
