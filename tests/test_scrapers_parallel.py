"""Crawling over several processes: the grouping rule and a real two-process crawl."""

from scraperkit import FAST, campus, db  # noqa: F401 (db is a fixture)
from webserver import serve  # noqa: F401 (serve is a fixture)

from scrapers.crawl import Campus
from scrapers.parallel import crawl_processes, partition


def c(slug, *domains):
    return Campus(1, slug, slug, (), frozenset(domains))


def test_campuses_sharing_a_domain_stay_in_one_group():
    campuses = [c("a", "a.edu"), c("b", "b.edu", "shared.org"), c("c", "c.edu"), c("d", "shared.org", "d.edu"),
                c("e", "e.edu")]
    groups = partition(campuses, 2)
    assert len(groups) == 2 and sorted(len(g) for g in groups) == [2, 3]
    together = next(g for g in groups if any(x.slug == "b" for x in g))
    assert any(x.slug == "d" for x in together)


def test_partition_never_makes_empty_groups():
    assert [len(g) for g in partition([c("a", "a.edu")], 4)] == [1]


def test_two_processes_crawl_and_merge_their_summaries(db, serve, tmp_path):
    a, b = serve("campus"), serve("campus", host="localhost")
    campuses = [campus(a), Campus(110662, "ucla", "UCLA", (b.url("/"),), frozenset({"localhost"}))]
    seen = []
    summary = crawl_processes(campuses, FAST, str(tmp_path / "store.db"), 2, progress=lambda s, d: seen.append((s, d)))
    assert summary.failures == {} and summary.campuses == 2
    assert sorted(e["unitid"] for e in summary.evidence) == [110662, 110662, 211440, 211440]
    assert ("ucla", True) in seen and ("carnegie-mellon-university", True) in seen
    assert db.execute("select count(distinct run_id) from fetch_log").fetchone()[0] == 1
