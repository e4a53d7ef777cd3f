"""Shared fixtures: the real data/ built into a real published database, served by real Datasette."""

import datetime as dt
from pathlib import Path

import localserver
import pytest
from datasette.app import Datasette

from scorecard import build

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """data/ as shipped, built once per test session with a fixed 'today'."""
    folder = tmp_path_factory.mktemp("published")
    build.build(DATA, folder / "store.db", folder / "scorecard.db", TODAY)
    return folder / "scorecard.db"


def make_datasette(db_path: Path) -> Datasette:
    import json

    import yaml

    config = yaml.safe_load((ROOT / "datasette.yaml").read_text())
    # The store beside the test database, never the developer's var/store.db.
    config["plugins"]["scorecard-submissions"]["store"] = str(db_path.parent / "store.db")
    return Datasette(
        immutables=[str(db_path)],
        metadata=json.loads((ROOT / "metadata.json").read_text()),
        config=config,
    )


@pytest.fixture
async def ds(published):
    """The published database served, its pages dated by a clock fixed on TODAY (the build's day)."""
    from scorecard.clock import Fixed

    datasette = make_datasette(published)
    datasette.scorecard_clock = Fixed.on(TODAY)
    await datasette.invoke_startup()
    return datasette


@pytest.fixture(scope="session")
def link_index():
    """The entity linker's index over data/, built once per test session."""
    from scorecard import link

    return link.load_index(DATA)


@pytest.fixture(scope="session")
def live_server(published):
    """Base URL of the real server on a free port, stopped after the session."""
    port = localserver.free_port()
    proc = localserver.start(published, port)
    yield f"http://127.0.0.1:{port}"
    localserver.stop(proc)
