"""Limits that hold for their whole window, and whose address a client cannot choose."""

from scorecard.site.limits import SlidingWindow, client_address


class Ticks:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def test_a_refused_request_does_not_give_the_allowance_back():
    clock = Ticks()
    limit = SlidingWindow(clock)
    answers = [limit.check("a", 10, 600) for _ in range(55)]
    assert answers[:10] == [None] * 10
    assert all(a is not None and a > 0 for a in answers[10:])


def test_the_allowance_returns_only_as_old_requests_leave_the_window():
    clock = Ticks()
    limit = SlidingWindow(clock)
    for _ in range(3):
        assert limit.check("a", 3, 600) is None
        clock.t += 100
    assert limit.check("a", 3, 600) == 300  # the first one leaves the window at t=1600
    clock.t = 1600.0
    assert limit.check("a", 3, 600) is None
    assert limit.check("a", 3, 600) == 100  # the window now holds t=1100, 1200 and 1600


def test_each_key_has_its_own_allowance_and_old_keys_are_forgotten_first():
    limit = SlidingWindow(Ticks(), max_keys=2)
    assert limit.check("a", 1, 60) is None and limit.check("b", 1, 60) is None
    assert limit.check("a", 1, 60) == 60
    limit.check("c", 1, 60)
    assert limit.check("b", 1, 60) is None  # b was the least recently seen, so it was dropped


def test_forwarded_header_is_ignored_unless_the_peer_is_a_trusted_proxy():
    assert client_address("203.0.113.9", "10.9.9.9", []) == "203.0.113.9"
    assert client_address("203.0.113.9", "10.9.9.9", ["127.0.0.1"]) == "203.0.113.9"


def test_behind_a_proxy_the_rightmost_untrusted_hop_is_the_client():
    spoofed = "1.2.3.4, 198.51.100.7, 10.0.0.2"  # client wrote 1.2.3.4; the proxies appended the rest
    assert client_address("127.0.0.1", spoofed, ["127.0.0.1", "10.0.0.0/8"]) == "198.51.100.7"


def test_a_forwarded_chain_of_only_proxies_counts_against_its_first_hop():
    assert client_address("127.0.0.1", "10.0.0.3, 10.0.0.2", ["127.0.0.1", "10.0.0.0/8"]) == "10.0.0.3"
