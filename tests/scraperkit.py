"""Shared set-up for the scraper tests: a store with a few real institutions, fast settings, a fetcher."""

from dataclasses import replace

import pytest

from scorecard import store
from scrapers.crawl import Campus
from scrapers.fetch import Fetcher, Settings
from scrapers.record import Recorder

FAST = Settings(delay=0.0, connect_timeout=1.0, read_timeout=1.0, deadline=5.0, retries=2, backoff=0.01,
                max_backoff=0.05, max_retry_after=2.0, allow_private=True, workers=4, max_pages=20, max_depth=3,
                user_agent="ScorecardTestBot/1.0 (+https://example.org/contact)")
INSTITUTIONS = [
    {"unitid": "211440", "slug": "carnegie-mellon-university", "name": "Carnegie Mellon University"},
    {"unitid": "110662", "slug": "university-of-california-los-angeles", "name": "University of California-Los Angeles"},
    {"unitid": "223232", "slug": "baylor-university", "name": "Baylor University"},
]


@pytest.fixture
def db(tmp_path):
    d = store.open_store(tmp_path / "store.db", check_same_thread=False)
    store.sync_institutions(d, INSTITUTIONS)
    return d


def fetcher(db, **changes) -> Fetcher:
    return Fetcher(replace(FAST, **changes), Recorder(db, "test-run"))


def campus(site, unitid=211440, slug="carnegie-mellon-university", path="/") -> Campus:
    return Campus(unitid, slug, "Carnegie Mellon University", (site.url(path),), frozenset({"127.0.0.1"}))


def log_rows(db, columns="url, purpose, attempt, status, from_cache, error_kind") -> list[tuple]:
    return db.execute(f"select {columns} from fetch_log order by id").fetchall()


def run_list_command(command: str, listed, db, *extra: str):
    """``scorecard feeds|vendors`` over a list file, against loopback, with no delay; must succeed."""
    from pathlib import Path

    from click.testing import CliRunner

    from scorecard.cli import cli

    data = Path(__file__).resolve().parent.parent / "data"
    result = CliRunner().invoke(cli, [command, f"--{command}", str(listed), "--store", str(db), "--data", str(data),
                                      "--allow-private", "--delay", "0", *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result
