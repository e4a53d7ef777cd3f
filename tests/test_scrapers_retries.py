"""The retry policy: urllib3's Retry with a cap that gives up, a floor at the host's delay, a report per retry."""

import pytest
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError
from urllib3.response import HTTPResponse

from scrapers.fetch import Settings
from scrapers.retries import PoliteRetry, policy


def answer(status, **headers):
    return HTTPResponse(status=status, headers=headers)


def failed(retry, times):
    for _ in range(times):
        retry = retry.increment("GET", "/x", error=ConnectTimeoutError("timed out"))
    return retry


def test_backoff_doubles_up_to_the_cap_and_never_undercuts_the_host_delay():
    retry = policy(Settings(retries=5, backoff=0.5, max_backoff=1.5), min_wait=0.2)
    assert [failed(retry, n).get_backoff_time() for n in (1, 2, 3, 4)] == [0.2, 1.0, 1.5, 1.5]


def test_the_budget_of_retries_runs_out():
    retry = policy(Settings(retries=2), min_wait=0)
    with pytest.raises(MaxRetryError):
        failed(retry, 3)


def test_retry_after_within_the_cap_is_honoured():
    retry = policy(Settings(max_retry_after=10), min_wait=0)
    assert retry.get_retry_after(answer(429, **{"Retry-After": "7"})) == 7.0
    assert retry.increment("GET", "/x", response=answer(429, **{"Retry-After": "7"})).history[-1].status == 429


def test_retry_after_over_the_cap_gives_up_instead_of_waiting():
    retry = policy(Settings(max_retry_after=10), min_wait=0)
    with pytest.raises(MaxRetryError, match="Retry-After 3600s is over the 10s allowed"):
        retry.increment("GET", "/x", response=answer(503, **{"Retry-After": "3600"}))


def test_retry_after_counts_only_on_429_and_503_and_must_be_readable():
    retry = policy(Settings(), min_wait=0)
    assert retry.get_retry_after(answer(500, **{"Retry-After": "7"})) is None
    assert retry.get_retry_after(answer(429, **{"Retry-After": "soon"})) is None
    assert not retry.is_retry("GET", 413, has_retry_after=True)


def test_only_get_and_head_are_retried():
    retry = policy(Settings(), min_wait=0)
    assert retry.is_retry("GET", 503) and retry.is_retry("HEAD", 503)
    assert not retry.is_retry("POST", 503)


def test_each_retried_attempt_is_reported_and_the_settings_survive_each_step():
    seen = []
    retry = PoliteRetry(total=3, max_retry_after=5, min_wait=0.1, on_retry=lambda r, e: seen.append((r and r.status, e)))
    retry = retry.increment("GET", "/x", response=answer(503))
    retry = failed(retry, 1)
    assert [(status, type(error).__name__ if error else None) for status, error in seen] == [
        (503, None), (None, "ConnectTimeoutError")]
    assert (retry.max_retry_after, retry.min_wait) == (5, 0.1)
