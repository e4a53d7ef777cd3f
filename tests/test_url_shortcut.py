"""check_url's shortcut for plain URLs never answers differently from the full check."""

import random

import pytest

from scorecard import fields

TRICKY = [
    "https://news.example.com/story/1", "HTTPS://Example.COM", "http://a", "http://a.b.c/x?y=1#z",
    "https://example.com:443/", "https://example.com:0/", "https://example.com:99999/",
    "https://user@example.com/", "https://user:pw@example.com/", "https://example.com/@user",
    "https://example.com\\@evil.com/", "https://example.com/a\\b", "https://exa mple.com/",
    "https://example..com/", "https://.example.com/", "https://example.com./", "https://[::1]/",
    "https://[zz]/", "https://bücher.example/", "https://ｅxample.com/", "https://example.com/é",
    "https://example.com/\x7f", "ftp://example.com/", "javascript:alert(1)", "https://", "https:///path",
    "https://-/", "https://a_b.example/", "https://example.com/" + "x" * 2000,
    "https://\u212aent.edu/", "https://ba\u017f.edu/", "https://example.com/\u017f", "hTtPs://example.com",
]


@pytest.mark.parametrize("url", TRICKY)
def test_a_tricky_url_gets_the_full_checks_answer(url):
    assert fields.check_url(url) == fields.check_url_fully(url)


def test_a_host_letter_that_only_folds_to_ascii_is_refused_and_flagged():
    url = "https://\u212aent.edu/"  # the Kelvin sign, which case-folds to k
    assert fields.check_url(url) and fields.check_urls(url)
    assert fields.urls_to_check(["https://kent.edu/", url]) == [1]


def test_random_urls_get_the_full_checks_answer():
    rnd = random.Random(20261201)
    alphabet = "aZ09-./?#:@\\[]% \t~!é\x7f_"
    for _ in range(20_000):
        url = rnd.choice(["http://", "https://", "HTTP://", "ftp://", ""]) + "".join(
            rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        assert fields.check_url(url) == fields.check_url_fully(url), url


def test_most_tricky_urls_are_refused_so_the_comparison_means_something():
    refused = [u for u in TRICKY if fields.check_url_fully(u)]
    assert len(refused) >= 15
