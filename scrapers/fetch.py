"""The polite, robust fetcher every scraper goes through.

- robots.txt (Protego: wildcards, longest match, Crawl-delay) is read once per origin and obeyed;
- one request in flight per host and a delay between requests to it, the larger of the setting and
  the host's Crawl-delay; many hosts at once from many threads;
- connect and read timeouts and a deadline per response; retries by urllib3's Retry (retries.py):
  exponential backoff on connection errors, timeouts before the headers, 429 and 5xx, honouring
  Retry-After up to a cap, never sooner than the host's delay; redirects followed by hand, at most a
  set number, each hop checked again (scheme, address, domain, robots);
- at most ``max_bytes`` of *decoded* body: gzip/deflate are inflated here in bounded steps, so a
  compression bomb stops after max_bytes, not after it filled memory; a content-type allowlist and a
  sniff for binary bodies served as text;
- conditional requests from the cache kept in the store (ETag, Last-Modified): an unchanged page is a 304;
- non-http(s) URLs refused, and hosts that resolve to private, loopback or link-local addresses
  unless ``allow_private``;
- every request, and every refusal, is one row in the store's ``fetch_log``, with its error kind.
"""

import hashlib
import ipaddress
import socket
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import requests
import requests.adapters
import urllib3
import urllib3.connection
from protego import Protego

from . import extract, retries, urls

DEFAULT_USER_AGENT = ("CampusFRScorecardBot/0.1 (+https://github.com/campus-fr-scorecard/scorecard#crawler; "
                      "reads public campus pages about facial recognition)")
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
SITEMAP_TYPES = ("application/xml", "text/xml", "text/plain", "application/rss+xml")
NETWORK_KINDS = ("timeout", "connection", "dns", "ssl", "blocked_address")
CHUNK = 16 * 1024
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF",
                b"MZ", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00")


@dataclass(frozen=True)
class Settings:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0  # seconds between requests to one host; Crawl-delay may raise it
    max_crawl_delay: float = 30.0  # a larger Crawl-delay is capped here
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # whole response, against servers that trickle
    retries: int = 3
    backoff: float = 1.0  # urllib3's backoff_factor: retries wait 0 (but at least delay), 2x, 4x this...
    max_backoff: float = 60.0
    max_retry_after: float = 120.0  # a longer Retry-After gives up instead of waiting
    max_redirects: int = 5
    max_bytes: int = 5 * 1024 * 1024
    allow_private: bool = False
    workers: int = 8  # campuses crawled at once
    max_pages: int = 50  # per campus
    max_depth: int = 3
    max_sitemaps: int = 3
    max_query_params: int = 3


@dataclass
class Response:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    from_cache: bool = False
    error_kind: str | None = None
    error: str = ""
    body_hash: str | None = None  # sha256 of the decoded body, for 200 and 304 alike

    @property
    def ok(self) -> bool:
        return self.error_kind is None and self.status in (200, 203, 304)


class FetchError(Exception):
    def __init__(self, kind: str, message: str = "", status: int | None = None):
        self.kind, self.status = kind, status
        super().__init__(message or kind)


@dataclass
class Robots:
    parser: Protego | None  # None: everything allowed (no robots.txt), unless error_kind
    error_kind: str | None = None  # robots.txt could not be read: the host is not crawled
    sitemaps: list[str] = field(default_factory=list)

    def allows(self, url: str, agent: str) -> bool:
        return self.error_kind is None and (self.parser is None or self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float:
        return float(self.parser.crawl_delay(agent) or 0) if self.parser else 0.0


def agent_token(user_agent: str) -> str:
    return user_agent.split("/", 1)[0].split()[0]


def log_entry(url: str, purpose: str, *, attempt: int = 1, status: int | None = None, size: int = 0,
              elapsed: float = 0.0, from_cache: bool = False, kind: str | None = None, message: str = "") -> dict:
    """One fetch_log row (the recorder adds the run id and stamps it with its clock): a request made,
    or one refused before it was."""
    return {"url": url, "host": urls.host_key(url) or "", "purpose": purpose, "attempt": attempt, "status": status,
            "bytes": size, "elapsed": round(elapsed, 4), "from_cache": int(from_cache), "error_kind": kind,
            "error": message or None}


# Global by ipaddress's tables, yet they reach other networks: NAT64 and 6to4 embed an IPv4
# address (which may be private), and multicast is not one host.
_TRANSLATED = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"),
               ipaddress.ip_network("2002::/16"))


def is_public_unicast(ip) -> bool:
    """Only a globally routable unicast address may be fetched."""
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_multicast or not ip.is_global:
        return False
    return not (ip.version == 6 and any(ip in net for net in _TRANSLATED))


def address_problem(host: str, port: int, allow_private: bool) -> tuple[str, str] | None:
    """(error kind, message) if the host must not be fetched: it does not resolve, or it resolves to
    a non-public address. Names under .invalid never resolve (RFC 6761) and are not looked up."""
    if host.endswith(".invalid") or host == "invalid":
        return "dns", f"{host} is a reserved name that never resolves"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        return "dns", f"{host} does not resolve ({e})"
    if allow_private:
        return None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if not is_public_unicast(ip):
            return "blocked_address", f"{host} resolves to non-public address {ip}"
    return None


def network_kind(error) -> str:
    """timeout or connection: the error kind of a failure before any response."""
    return "timeout" if "timed out" in str(error).lower() else "connection"


class BlockedAddress(Exception):
    """Raised by the connection itself when it reached a non-public address (DNS rebinding)."""


def _public_only(connection_cls):
    class PublicOnly(connection_cls):
        def _new_conn(self):
            sock = super()._new_conn()
            ip = ipaddress.ip_address(sock.getpeername()[0].split("%")[0])
            if not is_public_unicast(ip):
                sock.close()
                raise BlockedAddress(f"{self.host} connected to non-public address {ip}")
            return sock
    return PublicOnly


class PublicOnlyAdapter(requests.adapters.HTTPAdapter):
    """Checks the address each connection really reached, not only what an earlier lookup said,
    so a name that resolves to a public address first and a private one next cannot get through."""

    POOLS = {
        "http": type("PublicHTTPPool", (urllib3.HTTPConnectionPool,),
                     {"ConnectionCls": _public_only(urllib3.connection.HTTPConnection)}),
        "https": type("PublicHTTPSPool", (urllib3.HTTPSConnectionPool,),
                      {"ConnectionCls": _public_only(urllib3.connection.HTTPSConnection)}),
    }

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self.POOLS


class HostGate:
    """One request in flight per host, and ``delay`` seconds between the end of one and the next."""

    def __init__(self):
        self._locks: dict[str, threading.Lock] = {}
        self._next: dict[str, float] = {}
        self._guard = threading.Lock()

    def _lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    @contextmanager
    def slot(self, host: str, delay: float):
        with self._lock(host):
            wait = self._next.get(host, 0.0) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                self.defer(host, delay)

    def defer(self, host: str, seconds: float) -> None:
        with self._guard:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)


class _Inflater:
    """Content-Encoding decoder that never produces more than ``limit`` bytes from one call."""

    def __init__(self, encoding: str):
        encoding = (encoding or "identity").strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise FetchError("decoding", f"unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes, limit: int):
        """Yields decoded pieces of ``data``; stops once ``limit`` bytes were produced."""
        if self._z is None:
            yield data[:limit + 1]
            return
        try:
            while data and limit >= 0:
                piece = self._z.decompress(data, limit + 1)
                limit -= len(piece)
                yield piece
                data = self._z.unconsumed_tail
        except zlib.error as e:
            raise FetchError("decoding", f"bad compressed body ({e})") from e


def read_body(raw, content_encoding: str, max_bytes: int, deadline: float) -> bytes:
    """The decoded body, at most max_bytes, raising FetchError('too_large'|'timeout'|'decoding')."""
    inflater = _Inflater(content_encoding)
    out, size = [], 0
    while True:
        data = raw.read(CHUNK, decode_content=False)
        if not data:
            break
        for piece in inflater.feed(data, max_bytes - size):
            size += len(piece)
            if size > max_bytes:
                raise FetchError("too_large", f"body over {max_bytes} bytes decoded")
            out.append(piece)
        if time.monotonic() > deadline:
            raise FetchError("timeout", "response took longer than the deadline")
    return b"".join(out)


def looks_binary(body: bytes) -> bool:
    head = body[:1024]
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return False
    return head.startswith(BINARY_MAGIC) or b"\x00" in head


def media_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in (header or "").split(";")]
    charset = next((p.split("=", 1)[1].strip().strip("\"'") for p in parts[1:]
                    if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset or None


class Fetcher:
    """Fetches URLs politely. ``recorder`` keeps the log and the conditional-request cache (see record.py)."""

    def __init__(self, settings: Settings, recorder):
        self.settings = settings
        self.recorder = recorder
        self.gate = HostGate()
        self.agent = agent_token(settings.user_agent)
        self._robots: dict[str, Robots] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._addresses: dict[tuple[str, int], tuple[str, str] | None] = {}
        self._guard = threading.Lock()
        self._local = threading.local()

    # --- sessions, robots, addresses -----------------------------------------------------------

    def _session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            s = requests.Session()
            s.headers.update({"User-Agent": self.settings.user_agent, "Accept-Encoding": "gzip, deflate",
                              "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"})
            s.trust_env = False
            adapter = requests.adapters.HTTPAdapter if self.settings.allow_private else PublicOnlyAdapter
            s.mount("http://", adapter())
            s.mount("https://", adapter())
            self._local.session = s
        return s

    def robots(self, url: str) -> Robots:
        origin = urls.origin(url)
        with self._guard:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._read_robots(origin)
            return self._robots[origin]

    def _read_robots(self, origin: str) -> Robots:
        r = self.fetch(origin + "/robots.txt", purpose="robots")
        if r.ok:
            parser = Protego.parse(extract.decode(r.body, r.charset)[0])
            robots = Robots(parser, sitemaps=[s for s in (urls.normalize(u, origin) for u in parser.sitemaps) if s])
            crawl_delay = min(robots.crawl_delay(self.agent), self.settings.max_crawl_delay)
            self.gate.defer(urls.host_key(origin), crawl_delay)  # the next request already waits for it
            return robots
        if r.status is not None and 400 <= r.status < 500 and r.status != 429:
            return Robots(None)  # no robots.txt: everything allowed (RFC 9309 2.3.1.3)
        return Robots(None, error_kind=r.error_kind if r.error_kind in NETWORK_KINDS else "robots_unavailable")

    def delay_for(self, url: str) -> float:
        robots = self._robots.get(urls.origin(url))
        crawl_delay = min(robots.crawl_delay(self.agent), self.settings.max_crawl_delay) if robots else 0.0
        return max(self.settings.delay, crawl_delay)

    def _address(self, host: str, port: int) -> tuple[str, str] | None:
        key = (host, port)
        if key not in self._addresses:
            self._addresses[key] = address_problem(host, port, self.settings.allow_private)
        return self._addresses[key]

    # --- fetching --------------------------------------------------------------------------------

    def fetch(self, url: str, purpose: str = "page", allowed=None, types: tuple[str, ...] | None = HTML_TYPES) -> Response:
        """GET ``url``: robots, politeness, retries, redirects, limits. Never raises for what a
        server or the network does: the Response carries an error kind instead."""
        if purpose == "robots":
            types = None
        target = urls.normalize(url)
        if target is None:
            return self._refuse(url, purpose, "bad_scheme", f"{url!r} is not an http(s) URL")
        seen = []
        for _hop in range(self.settings.max_redirects + 1):
            if target in seen:
                return self._refuse(target, purpose, "redirect_loop", f"{target} was already visited: "
                                    + " -> ".join(seen), original=url)
            seen.append(target)
            if allowed is not None and not allowed(target):
                return self._refuse(target, purpose, "offsite_redirect", f"{target} is outside the crawl's domains",
                                    original=url)
            parts = urlsplit(target)
            problem = self._address(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
            if problem:
                return self._refuse(target, purpose, *problem, original=url)
            if purpose != "robots":
                robots = self.robots(target)
                if robots.error_kind:
                    return self._refuse(target, purpose, robots.error_kind,
                                        "robots.txt could not be read, so the host is not crawled", original=url)
                if not robots.allows(target, self.agent):
                    return self._refuse(target, purpose, "robots_disallowed", "robots.txt disallows it", original=url)
            r = self._with_retries(target, purpose, types)
            if r.status in (301, 302, 303, 307, 308) and r.error_kind is None:
                nxt = urls.normalize(r.final_url, target) if r.final_url else None
                if nxt is None:
                    return self._refuse(r.final_url or target, purpose, "bad_scheme",
                                        f"redirect to {r.final_url!r}, not an http(s) URL", original=url)
                target = nxt
                continue
            return replace(r, url=url)
        return self._refuse(target, purpose, "too_many_redirects",
                            f"more than {self.settings.max_redirects} redirects: " + " -> ".join(seen), original=url)

    def _refuse(self, url: str, purpose: str, kind: str, message: str, original: str | None = None) -> Response:
        self.recorder.log(log_entry(url, purpose, kind=kind, message=message))
        return Response(url=original or url, final_url=url, error_kind=kind, error=message)

    def _with_retries(self, url: str, purpose: str, types) -> Response:
        """One GET, retried by urllib3 inside the host's slot; a row in fetch_log for each attempt."""
        s, host = self.settings, urls.host_key(url)
        cached = self.recorder.cached(url)
        headers = {}
        if cached:
            if cached.get("etag"):
                headers["If-None-Match"] = cached["etag"]
            if cached.get("last_modified"):
                headers["If-Modified-Since"] = cached["last_modified"]
        session = self._session()
        with self.gate.slot(host, self.delay_for(url)):
            retried = []  # (status, error kind, message, seconds) of each attempt urllib3 retried
            mark = [time.monotonic()]

            def on_retry(response, error):
                now = time.monotonic()
                status = response.status if response is not None else None
                kind, message = (f"http_{status}", f"HTTP {status} {response.reason or ''}".strip()) \
                    if response is not None else (network_kind(error), str(error)[:500])
                retried.append((status, kind, message, now - mark[0]))
                mark[0] = now

            session.get_adapter(url).max_retries = retries.policy(s, self.delay_for(url), on_retry)
            status, size = None, 0
            try:
                with session.get(url, headers=headers, stream=True, allow_redirects=False,
                                 timeout=(s.connect_timeout, s.read_timeout)) as http:
                    status = http.status_code
                    r = self._read(url, http, cached, types, mark[0])
                    size = len(r.body) if not r.from_cache else 0
            except FetchError as e:
                r = Response(url, url, status=status, error_kind=e.kind, error=str(e))
            except BlockedAddress as e:
                r = Response(url, url, error_kind="blocked_address", error=str(e))
            except requests.exceptions.SSLError as e:
                r = Response(url, url, error_kind="ssl", error=str(e)[:500])
            except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as e:
                r = Response(url, url, status=status, error_kind="timeout", error=str(e)[:500])
            except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError) as e:
                r = Response(url, url, status=status, error_kind=network_kind(e), error=str(e)[:500])
            except requests.exceptions.RequestException as e:
                r = Response(url, url, status=status, error_kind="request", error=str(e)[:500])
            elapsed = time.monotonic() - mark[0]
        if purpose in ("robots", "sitemap") and r.status in (404, 410):
            r = replace(r, error_kind=None, error="")  # a site without one: normal, not an error
        for attempt, (status, kind, message, seconds) in enumerate(retried, 1):
            self.recorder.log(log_entry(url, purpose, attempt=attempt, status=status, elapsed=seconds, kind=kind,
                                        message=message))
        self.recorder.log(log_entry(url, purpose, attempt=len(retried) + 1, status=r.status, size=size,
                                    elapsed=elapsed, from_cache=r.from_cache, kind=r.error_kind, message=r.error))
        return r

    @staticmethod
    def _drain(http: requests.Response, limit: int = 64 * 1024) -> None:
        """Read a small body to its end so the connection goes back to the pool (keep-alive)."""
        try:
            if len(http.raw.read(limit, decode_content=False)) < limit:
                http.raw.release_conn()
        except Exception:  # noqa: BLE001 - the connection is then simply closed, as without keep-alive
            pass

    def _read(self, url: str, http: requests.Response, cached: dict | None, types, start: float) -> Response:
        status = http.status_code
        if status != 200 and status != 203:
            self._drain(http)
        if status in (301, 302, 303, 307, 308):
            return Response(url, http.headers.get("Location", ""), status=status)
        if status == 304:
            if not cached:
                raise FetchError("not_modified_uncached", "304 for a URL without a cached copy")
            self.recorder.revalidated(url)
            return Response(url, url, status=304, body=cached["body"], content_type=cached["content_type"],
                            charset=cached["charset"], from_cache=True, body_hash=cached["content_hash"])
        if status not in (200, 203):
            raise FetchError(f"http_{status}", f"HTTP {status} {http.reason or ''}".strip(), status)
        ctype, charset = media_type(http.headers.get("Content-Type", ""))
        if types is not None and ctype not in types:
            raise FetchError("content_type", f"content type {ctype or '(none)'} is not one of {', '.join(types)}", status)
        length = http.headers.get("Content-Length", "")
        encoding = http.headers.get("Content-Encoding", "")
        if length.isascii() and length.isdigit() and int(length) > self.settings.max_bytes and encoding in ("", "identity"):
            raise FetchError("too_large", f"Content-Length {length} is over {self.settings.max_bytes}", status)
        body = read_body(http.raw, encoding, self.settings.max_bytes, start + self.settings.deadline)
        http.raw.release_conn()  # read to the end: the connection can serve the next request
        if ctype != "text/plain" and types is not None and looks_binary(body):
            raise FetchError("binary", f"binary body served as {ctype}", status)
        etag, modified = http.headers.get("ETag"), http.headers.get("Last-Modified")
        body_hash = "sha256:" + hashlib.sha256(body).hexdigest()
        if etag or modified:
            self.recorder.remember(url, {"etag": etag, "last_modified": modified, "content_type": ctype,
                                         "charset": charset, "body": body, "content_hash": body_hash})
        return Response(url, url, status=status, body=body, content_type=ctype, charset=charset, body_hash=body_hash)
