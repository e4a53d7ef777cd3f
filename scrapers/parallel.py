"""Crawling with more than one process, for machines where one Python process is CPU-bound.

Campuses are split into groups that share no domain (a campus only fetches from its own domains),
so every host is crawled by one process only and the one-request-per-host rule still holds. Each
process opens the store itself (WAL lets them write in turn); progress comes back through a queue.
"""

import multiprocessing
import queue as queue_mod
import traceback
from collections import Counter

from scorecard import store

from .crawl import Campus, Summary, crawl, new_run_id
from .fetch import Settings
from .stance import find_findings


def partition(campuses: list[Campus], n: int) -> list[list[Campus]]:
    """At most n non-empty groups; campuses that share a domain are always in the same group."""
    parent = list(range(len(campuses)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    owner: dict[str, int] = {}
    for i, c in enumerate(campuses):
        for d in sorted(c.domains):
            if d in owner:
                parent[root(i)] = root(owner[d])
            else:
                owner[d] = i
    clusters: dict[int, list[Campus]] = {}
    for i, c in enumerate(campuses):
        clusters.setdefault(root(i), []).append(c)
    groups: list[list[Campus]] = [[] for _ in range(max(1, n))]
    for cluster in sorted(clusters.values(), key=len, reverse=True):
        min(groups, key=len).extend(cluster)
    return [g for g in groups if g]


def merge(summaries: list[dict], run_id: str, campuses: int, seconds: float) -> Summary:
    errors, skipped = Counter(), Counter()
    for s in summaries:
        errors.update(s["errors"])
        skipped.update(s["skipped"])
    return Summary(run_id=run_id, campuses=campuses, pages_fetched=sum(s["pages_fetched"] for s in summaries),
                   requests=sum(s["requests"] for s in summaries), from_cache=sum(s["from_cache"] for s in summaries),
                   errors=dict(sorted(errors.items())), skipped=dict(sorted(skipped.items())),
                   evidence=[e for s in summaries for e in s["evidence"]],
                   failures={k: v for s in summaries for k, v in s["failures"].items()}, seconds=round(seconds, 3))


def _child(path: str, group: list[Campus], settings: Settings, finder, today, run_id: str, q) -> None:
    try:
        db = store.open_store(path, check_same_thread=False)
        summary = crawl(group, settings, db, finder, progress=lambda slug, done: q.put(("progress", slug, done)),
                        today=today, run_id=run_id)
        q.put(("done", summary.as_dict()))
    except Exception:  # reported for every campus of the group; the other processes go on
        q.put(("failed", [c.slug for c in group], traceback.format_exc(limit=5)))


def crawl_processes(campuses: list[Campus], settings: Settings, store_path: str, processes: int,
                    finder=find_findings, progress=None, today=None) -> Summary:
    """Like crawl.crawl, over ``processes`` processes (finder must be a module-level function)."""
    import time

    start = time.monotonic()
    run_id = new_run_id()
    groups = partition(campuses, processes)
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=_child, args=(store_path, g, settings, finder, today, run_id, q), daemon=True)
             for g in groups]
    for p in procs:
        p.start()
    summaries, failures, pending = [], {}, len(procs)
    while pending:
        try:
            msg = q.get(timeout=1.0)
        except queue_mod.Empty:
            if not any(p.is_alive() for p in procs) and q.empty():
                failures["(crawl)"] = f"{pending} crawl process(es) died without a result"
                break
            continue
        if msg[0] == "progress":
            if progress:
                progress(msg[1], msg[2])
            continue
        pending -= 1
        if msg[0] == "done":
            summaries.append(msg[1])
        else:
            failures.update({slug: msg[2] for slug in msg[1]})
    for p in procs:
        p.join(timeout=10)
    merged = merge(summaries, run_id, len(campuses), time.monotonic() - start)
    merged.failures.update(failures)
    return merged
