"""Benchmark: the campus page against Datasette's own row JSON for the same campus.

Runs the real server (``datasette serve``, immutable database, the project's config) on
127.0.0.1 and, in one run, measures requests per second and p50/p99 latency at 1 and 20
concurrent keep-alive connections for:

  - /campuses/<slug>                    the campus page (no If-None-Match sent, so never a 304;
                                        after the first request the body comes from the render cache)
  - /campuses/<every other slug>        the campus page, a different campus on every request, so
                                        each one is resolved, queried and rendered (a cold cache;
                                        the 1- and 20-connection runs walk different campuses)
  - /scorecard/campuses/<unitid>.json   Datasette's row JSON for the same row

Request counts are bounded; the whole run takes well under a minute on 2 cores. Not a test:
numbers vary with the machine. Target: campus page >= 0.7x row JSON throughput, p99 < 50 ms at 20.
The server's own CPU time per request (user + sys of the server process, from /proc) is printed
too: on a machine shared with other work it says what latency cannot.

    .venv/bin/python bench/serve.py [--db var/scorecard.db] [--requests 2000]
"""

import argparse
import http.client
import os
import sqlite3
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import localserver  # noqa: E402 (the tests' server starter)

SLUG, UNITID = "university-of-california-los-angeles", 110662


def worker(port: int, paths: list[str], count: int, latencies: list, errors: list) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for i in range(count):
        started = time.perf_counter()
        conn.request("GET", paths[i % len(paths)])
        resp = conn.getresponse()
        resp.read()
        latencies.append(time.perf_counter() - started)
        if resp.status != 200:
            errors.append(resp.status)
    conn.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(port: int, paths: list[str], connections: int, total: int, pid: int) -> dict:
    """Each connection walks its own share of paths (one path: all hit the same URL). The first
    path warms the server's code paths and is not measured."""
    worker(port, paths[:1], 20, [], [])
    paths = paths[1:] or paths
    cpu = cpu_seconds(pid)
    per = max(1, total // connections)
    latencies, errors = [], []
    shares = [paths[i::connections] or paths for i in range(connections)]
    threads = [threading.Thread(target=worker, args=(port, share, per, latencies, errors)) for share in shares]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds(pid) - cpu
    q = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50": q[49] * 1000, "p99": q[98] * 1000, "n": len(latencies),
            "errors": len(errors), "cpu": cpu * 1000 / len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("var/scorecard.db"))
    parser.add_argument("--requests", type=int, default=2000, help="requests per target and concurrency")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} does not exist: run `make build` first")
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    port = localserver.free_port()
    proc = localserver.start(args.db, port)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    every_campus = [f"/campuses/{slug}" for (slug,) in conn.execute("select slug from campuses order by random()")]
    conn.close()
    targets = {
        "campus page": [f"/campuses/{SLUG}"],
        "campus page, a different campus each request (renders)": every_campus,
        "row JSON": [f"/scorecard/campuses/{UNITID}.json"],
    }
    try:
        results, walked = {}, 0
        for c in (1, 20):
            total = args.requests if c > 1 else args.requests // 4
            for name, paths in targets.items():
                if len(paths) > 1:  # campuses no earlier run has rendered, so none is in the render cache
                    paths, walked = paths[walked:walked + total + 1], walked + total + 1
                results[(name, c)] = measure(port, paths, c, total, proc.pid)
    finally:
        localserver.stop(proc)
    print(f"load average before the run: {load}")
    print("| target | connections | requests | req/s | p50 ms | p99 ms | server CPU ms/request | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (name, c), r in results.items():
        print(f"| {name} | {c} | {r['n']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['cpu']:.2f} "
              f"| {r['errors']} |")
    print()
    for c in (1, 20):
        for name in list(targets)[:2]:
            ratio = results[(name, c)]["rps"] / results[("row JSON", c)]["rps"]
            print(f"{name} / row JSON throughput at {c} connection(s): {ratio:.2f}x (target >= 0.7x)")


if __name__ == "__main__":
    main()
