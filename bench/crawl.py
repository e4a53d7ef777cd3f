"""Benchmark: the crawler against a simulated web on 127.0.0.1. Not a test.

A child process serves HOSTS sites, each on its own port of 127.0.0.1 (so each is its own host to
the politeness rules), each with robots.txt asking for a Crawl-delay, a sitemap and PAGES pages,
answering every request after LATENCY seconds, with ETags and 304s. The crawler crawls them all at
once, then again with nothing changed.

  efficiency = ideal / actual, where ideal is the politeness bound for one host:
               requests * LATENCY + (requests - 1) * CRAWL_DELAY   (all hosts in parallel)
  cached     = share of the second crawl's requests answered 304 (or from the cache)

    .venv/bin/python bench/crawl.py [--hosts 100] [--pages 10] [--delay 0.2] [--latency 0.05]
"""

import argparse
import asyncio
import csv
import hashlib
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scorecard import store  # noqa: E402
from scrapers.crawl import Campus, crawl  # noqa: E402
from scrapers.fetch import Settings  # noqa: E402

# --- the simulated web (child process, asyncio, one listening socket per host) ----------------

def site_pages(host: int, pages: int, delay: float) -> dict[str, tuple[str, bytes]]:
    out = {"/robots.txt": ("text/plain", f"User-agent: *\nCrawl-delay: {delay}\nSitemap: /sitemap.xml\n".encode())}
    names = [f"/policies/page-{i}.html" for i in range(1, pages)]
    out["/sitemap.xml"] = ("application/xml", ("<urlset>" + "".join(f"<url><loc>{n}</loc></url>" for n in names)
                                               + "</urlset>").encode())
    links = "".join(f'<li><a href="{n}">Policy {i}</a></li>' for i, n in enumerate(names, 1))
    out["/"] = ("text/html", f"<html><head><title>Campus {host}</title></head><body><nav><ul>{links}</ul></nav>"
                f"<main><h1>Campus {host}</h1><p>Welcome.</p></main></body></html>".encode())
    for i, n in enumerate(names, 1):
        sentence = "The campus does not use facial recognition on its cameras." if i == 1 else "Cameras are kept."
        out[n] = ("text/html", f"<html><head><title>Policy {i}</title></head><body><main><h1>Policy {i}</h1>"
                  f"<p>Video policy section {i} of campus {host}. {sentence} Footage is kept 30 days.</p>"
                  f"<p><a href='/policies/page-{1 + i % (pages - 1)}.html'>next policy</a></p></main></body></html>"
                  .encode())
    return out


async def _serve(ports_out, hosts: int, pages: int, delay: float, latency: float, ready):
    async def handle(reader, writer, site):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
                await asyncio.sleep(latency)
                if path in site:
                    ctype, body = site[path]
                    etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                    if headers.get("if-none-match") == etag:
                        status, body = "304 Not Modified", b""
                    else:
                        status = "200 OK"
                    extra = f"ETag: {etag}\r\nContent-Type: {ctype}\r\n"
                else:
                    status, body, extra = "404 Not Found", b"no", "Content-Type: text/plain\r\n"
                writer.write(f"HTTP/1.1 {status}\r\n{extra}Content-Length: {len(body)}\r\n\r\n".encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    servers = []
    for h in range(hosts):
        site = site_pages(h, pages, delay)
        srv = await asyncio.start_server(lambda r, w, site=site: handle(r, w, site), "127.0.0.1", 0)
        servers.append(srv)
    ports_out.extend(s.sockets[0].getsockname()[1] for s in servers)
    ready.set()
    await asyncio.Event().wait()


def serve(conn, hosts, pages, delay, latency):
    import threading
    ports, ready = [], threading.Event()
    t = threading.Thread(target=lambda: asyncio.run(_serve(ports, hosts, pages, delay, latency, ready)), daemon=True)
    t.start()
    ready.wait()
    conn.send(ports)
    conn.recv()  # until told to stop


# --- the crawl -------------------------------------------------------------------------------

def cpu_seconds() -> float:
    """CPU used by the crawler (this process; the simulated web runs in a child process)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def institutions(n: int) -> list[dict]:
    with open(ROOT / "data" / "institutions.csv", encoding="utf-8") as f:
        return [r for _, r in zip(range(n), csv.DictReader(f), strict=False)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hosts", type=int, default=100)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--runs", type=int, default=3, help="Repeat the pair of crawls; each run is reported.")
    args = ap.parse_args()

    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=serve, args=(child, args.hosts, args.pages, args.delay, args.latency),
                                   daemon=True)
    proc.start()
    ports = parent.recv()
    rows = institutions(args.hosts)
    campuses = [Campus(int(r["unitid"]), r["slug"], r["name"], (f"http://127.0.0.1:{p}/",), frozenset({"127.0.0.1"}))
                for r, p in zip(rows, ports, strict=False)]
    settings = Settings(delay=0.0, allow_private=True, workers=args.hosts, max_pages=args.pages, max_depth=3,
                        user_agent="ScorecardBench/1.0 (+https://example.org/bench)")
    requests_per_host = args.pages + 2  # robots.txt, sitemap, pages
    ideal = requests_per_host * args.latency + (requests_per_host - 1) * args.delay
    report = {"hosts": args.hosts, "pages_per_host": args.pages, "crawl_delay": args.delay, "latency": args.latency,
              "ideal_seconds": round(ideal, 3)}
    report["runs"] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            db = store.open_store(Path(tmp) / "store.db", check_same_thread=False)
            store.sync_institutions(db, rows)
            run = {}
            for label in ("first", "second"):
                start, cpu = time.monotonic(), cpu_seconds()
                summary = crawl(campuses, settings, db)
                actual = time.monotonic() - start
                run[label] = {"seconds": round(actual, 3), "efficiency": round(ideal / actual, 3),
                              "crawler_cpu_ms_per_request": round(1000 * (cpu_seconds() - cpu) / max(1, summary.requests), 2),
                              "requests": summary.requests, "pages_fetched": summary.pages_fetched,
                              "from_cache": summary.from_cache,
                              "cached_share": round(summary.from_cache / max(1, summary.requests), 3),
                              "errors": summary.errors, "evidence": len(summary.evidence)}
            report["runs"].append(run)
            db.conn.close()
    for label in ("first", "second"):
        effs = sorted(r[label]["efficiency"] for r in report["runs"])
        report[f"{label}_efficiency_median"] = effs[len(effs) // 2]
    report["second_cached_share_min"] = min(r["second"]["cached_share"] for r in report["runs"])
    parent.send("stop")
    proc.join(timeout=5)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
