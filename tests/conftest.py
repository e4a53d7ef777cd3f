"""Shared fixtures: the real data/ built into a real published database, served by real Datasette."""

import datetime as dt
from pathlib import Path

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

    return Datasette(
        immutables=[str(db_path)],
        metadata=json.loads((ROOT / "metadata.json").read_text()),
        config=yaml.safe_load((ROOT / "datasette.yaml").read_text()),
    )


@pytest.fixture
async def ds(published):
    datasette = make_datasette(published)
    await datasette.invoke_startup()
    return datasette


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_path: Path, port: int):
    """The real `datasette serve` on 127.0.0.1, as deployed (immutable database, our metadata and
    config); returns the process once it answers."""
    import subprocess
    import sys
    import time
    import urllib.request

    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--metadata", str(ROOT / "metadata.json"),
         "--config", str(ROOT / "datasette.yaml"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError(f"datasette exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("datasette did not start")


@pytest.fixture(scope="session")
def live_server(published):
    """Base URL of a real server on a free port, stopped after the session."""
    port = free_port()
    proc = start_server(published, port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)
