"""Fixtures and helpers for the submission and review tests (imported by those test modules)."""

import sqlite3
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, TODAY
from datasette.app import Datasette
from datasette.tokens import TokenRestrictions

from scorecard.clock import Fixed

GOOD = {
    "campus": "ucla", "stance": "using", "source_url": "https://example.org/news/ucla-cameras",
    "quote": "The university confirmed it is piloting face matching at the stadium gates.",
    "stated_on": "2025-09-14", "submitter_name": "Ada Volunteer", "submitter_email": "ada@example.org",
    "relation": "student",
}
REVIEWER = {"id": "reviewer"}


def good(**changes) -> dict:
    return {**GOOD, **changes}


def config(store_path: Path, **rate_limit) -> dict:
    cfg = yaml.safe_load((ROOT / "datasette.yaml").read_text())
    plugin = cfg["plugins"]["scorecard-submissions"]
    plugin["store"] = str(store_path)
    plugin["rate_limit"] = {"form": {"max_requests": 100000, "window_seconds": 1},
                            "api": {"max_requests": 100000, "window_seconds": 1},
                            "login": {"max_requests": 100000, "window_seconds": 1}, **rate_limit}
    return cfg


def counts(store_path: Path) -> dict:
    """Rows per table, read through a fresh connection (what is on disk for another process)."""
    conn = sqlite3.connect(store_path)
    try:
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
                for t in ("evidence", "submissions", "audit")}
    finally:
        conn.close()


@pytest.fixture
def store_path(published, tmp_path) -> Path:
    """A fresh store per test, with the institutions the session build mirrored into it."""
    path = tmp_path / "store.db"
    src = sqlite3.connect(published.parent / "store.db")
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


async def make_ds(published: Path, store_path: Path, **rate_limit) -> Datasette:
    import json

    ds = Datasette(immutables=[str(published)], config=config(store_path, **rate_limit),
                   metadata=json.loads((ROOT / "metadata.json").read_text()))
    ds.scorecard_clock = Fixed.on(TODAY)  # submissions and reviews are dated by this clock, not the calendar
    await ds.invoke_startup()
    return ds


@pytest.fixture
async def sds(published, store_path):
    ds = await make_ds(published, store_path)
    yield ds
    close(ds)


def close(ds: Datasette) -> None:
    """Stop the store worker thread and close its connections (Datasette's shutdown hook does this)."""
    from scorecard.site.submit import shutdown

    shutdown(ds)


async def token(ds: Datasette, actor_id: str, *actions: str) -> str:
    restrictions = TokenRestrictions()
    for a in actions:
        restrictions.allow_all(a)
    return await ds.create_token(actor_id, restrictions=restrictions if actions else None)


def bearer(tok: str) -> dict:
    return {"Authorization": f"Bearer {tok}"}


async def submit(ds, **changes):
    return await ds.client.post("/submit", data=good(**changes))


def submission_id(html: str) -> str:
    marker = 'data-submission-id="'
    i = html.index(marker) + len(marker)
    return html[i:html.index('"', i)]


__all__ = ["GOOD", "REVIEWER", "TODAY", "bearer", "config", "counts", "good", "make_ds", "sds", "store_path",
           "submission_id", "submit", "token"]
