"""How the fetcher retries: urllib3's Retry (backoff, Retry-After, which statuses and methods), with
three things the crawler needs on top of it.

- A Retry-After longer than ``max_retry_after`` gives up at once: urllib3's own ``retry_after_max``
  would still wait, only for less, and a crawl should not sleep on one host for an hour.
- No retry comes sooner than the host's politeness delay (urllib3 retries a first failure at once).
- Each attempt that is retried is reported to ``on_retry``, so fetch_log keeps one row per attempt.

Redirects are not its business: requests is told not to follow them, and the fetcher follows them
by hand so that its address and robots checks see every hop.
"""

from urllib3.exceptions import InvalidHeader, MaxRetryError, ResponseError
from urllib3.util.retry import Retry

RETRY_STATUSES = frozenset((429, 500, 502, 503, 504))
NO_CAP = 2**31  # urllib3's retry_after_max, which PoliteRetry replaces by giving up


class PoliteRetry(Retry):
    RETRY_AFTER_STATUS_CODES = frozenset((429, 503))  # urllib3 also honours it on 413, which is not retried here

    def __init__(self, *args, max_retry_after: float = 120.0, min_wait: float = 0.0, on_retry=None, **kwargs):
        kwargs.setdefault("retry_after_max", NO_CAP)
        super().__init__(*args, **kwargs)
        self.max_retry_after, self.min_wait, self.on_retry = max_retry_after, min_wait, on_retry

    def new(self, **kw) -> "PoliteRetry":
        return super().new(**{"max_retry_after": self.max_retry_after, "min_wait": self.min_wait,
                              "on_retry": self.on_retry, **kw})

    def get_backoff_time(self) -> float:
        return max(self.min_wait, super().get_backoff_time())

    def get_retry_after(self, response) -> float | None:
        """Seconds a 429 or 503 asks to wait; a header that is neither seconds nor a date is ignored,
        as if absent, rather than failing the request."""
        if response.status not in self.RETRY_AFTER_STATUS_CODES:
            return None
        try:
            return super().get_retry_after(response)
        except InvalidHeader:
            return None

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if response is not None:
            asked = self.get_retry_after(response)
            if asked is not None and asked > self.max_retry_after:
                raise MaxRetryError(_pool, url, ResponseError(
                    f"Retry-After {asked:g}s is over the {self.max_retry_after:g}s allowed"))
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        if self.on_retry is not None:
            self.on_retry(response, error)
        return retry


def policy(settings, min_wait: float, on_retry=None) -> PoliteRetry:
    """The retry policy for one fetch under ``settings`` (scrapers.fetch.Settings)."""
    return PoliteRetry(total=settings.retries, status_forcelist=RETRY_STATUSES,
                       allowed_methods=frozenset(("GET", "HEAD")), backoff_factor=settings.backoff,
                       backoff_max=settings.max_backoff, respect_retry_after_header=True,
                       raise_on_status=False, raise_on_redirect=False,
                       max_retry_after=settings.max_retry_after, min_wait=min_wait, on_retry=on_retry)
