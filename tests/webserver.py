"""A real HTTP server on 127.0.0.1 for the scraper tests: fixture sites from tests/fixtures/sites,
conditional requests (ETag, Last-Modified, 304), and routes that misbehave on purpose.

Every request is logged server-side with its start and end times (monotonic), so politeness is
measured where it matters: at the server.
"""

import hashlib
import mimetypes
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sites"
LAST_MODIFIED = "Wed, 15 Jul 2026 09:00:00 GMT"


@dataclass
class Hit:
    path: str
    start: float
    end: float = 0.0
    headers: dict = field(default_factory=dict)
    status: int = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        site: "Site" = self.server.site
        hit = self.hit = Hit(self.path, time.monotonic(), headers=dict(self.headers))
        with site.lock:
            site.hits.append(hit)
        try:
            path = urlsplit(self.path).path
            route = site.routes.get(self.path) or site.routes.get(path) or next(
                (r for k, r in site.routes.items() if k.endswith("*") and path.startswith(k[:-1])), None)
            if route is not None:
                route(self, site)
            else:
                self.serve_file(site, path)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            hit.end = time.monotonic()

    def send(self, status: int, body: bytes = b"", headers: dict | None = None, content_type: str = "text/html"):
        self.hit.status = status
        self.send_response(status)
        headers = {"Content-Type": content_type, "Content-Length": str(len(body)), **(headers or {})}
        for k, v in headers.items():
            if v is not None:
                self.send_header(k, v)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def serve_file(self, site: "Site", path: str):
        if site.root is None:
            return self.send(404, b"not found")
        f = (site.root / path.lstrip("/")).resolve()
        if f.is_dir():
            f = f / "index.html"
        if not f.is_file() or site.root.resolve() not in f.parents:
            return self.send(404, b"not found")
        body = f.read_bytes().replace(b"BASE", site.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, headers={"ETag": etag, "Content-Length": None})
        ctype = site.types.get(path) or mimetypes.guess_type(f.name)[0] or "application/octet-stream"
        self.send(200, body, {"ETag": etag, "Last-Modified": LAST_MODIFIED}, content_type=ctype)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client hanging up mid-response is what some tests do on purpose


class Site:
    def __init__(self, root: Path | None = None, routes: dict | None = None, types: dict | None = None,
                 host: str = "127.0.0.1"):
        self.root, self.routes, self.types = root, dict(routes or {}), dict(types or {})
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.server.site = self
        self.port = self.server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def paths(self) -> list[str]:
        with self.lock:
            return [h.path for h in self.hits]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve():
    """serve(root=..., routes=..., types=...) -> a running Site; all are shut down after the test."""
    sites = []

    def start(root: str | Path | None = None, routes=None, types=None, host="127.0.0.1") -> Site:
        site = Site(FIXTURES / root if isinstance(root, str) else root, routes, types, host)
        sites.append(site)
        return site

    yield start
    for s in sites:
        s.close()


def html_page(body: str, title: str = "Page", head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head>"
            f"<body><main>{body}</main></body></html>").encode()
