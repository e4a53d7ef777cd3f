"""Per-client limits that hold for their whole window, and the client address they count against.

A sliding-window log: a key may make ``max_requests`` requests in any ``window`` seconds, and a
refused request does not refill the allowance (the token bucket used before gave the full
allowance back after every 429). Memory is bounded: at most ``max_requests`` stamps per key and
``max_keys`` keys, the least recently seen dropped first.
"""

import ipaddress
import math
import time
from collections import OrderedDict, deque


class SlidingWindow:
    def __init__(self, clock=time.monotonic, max_keys: int = 10000):
        self.clock, self.max_keys = clock, max_keys
        self._hits: OrderedDict = OrderedDict()

    def check(self, key, max_requests: int, window: float) -> int | None:
        """None and the request counted if ``key`` is under its limit, else seconds until it is."""
        now = self.clock()
        hits = self._hits.get(key)
        if hits is None or hits.maxlen != max_requests:
            hits = self._hits[key] = deque(hits or (), maxlen=max(1, max_requests))
        self._hits.move_to_end(key)
        while hits and hits[0] <= now - window:
            hits.popleft()
        if max_requests <= 0 or len(hits) >= max_requests:
            return max(1, math.ceil(hits[0] + window - now)) if hits else max(1, math.ceil(window))
        hits.append(now)
        while len(self._hits) > self.max_keys:
            self._hits.popitem(last=False)
        return None


def _networks(values) -> list:
    return [ipaddress.ip_network(v.strip(), strict=False) for v in values or () if str(v).strip()]


def _trusted(addr: str, networks: list) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_address(peer: str, forwarded: str | None, trusted_proxies) -> str:
    """The address to count: the peer, unless the peer is a configured proxy; then the right-most
    hop of ``forwarded`` (X-Forwarded-For) that is not itself a trusted proxy. The left-most entries
    are whatever the client wrote, so they are never believed."""
    networks = _networks(trusted_proxies)
    if not forwarded or not _trusted(peer, networks):
        return peer
    hops = [h.strip() for h in forwarded.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop
    return hops[0] if hops else peer
