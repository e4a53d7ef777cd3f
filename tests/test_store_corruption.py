"""A store file that is not a store is refused by name, by every door, and never replaced."""

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

from scorecard import build, corruptions, store

TODAY = dt.date(2026, 11, 26)
SCORECARD = str(Path(sys.executable).parent / "scorecard")


@pytest.fixture(scope="module")
def healthy(published) -> bytes:
    src = sqlite3.connect(published.parent / "store.db")
    with src:
        src.execute("pragma wal_checkpoint(truncate)")
    src.close()
    return (published.parent / "store.db").read_bytes()


@pytest.fixture(params=sorted(corruptions.CASES))
def broken(request, healthy, tmp_path) -> Path:
    path = tmp_path / "store.db"
    path.write_bytes(corruptions.CASES[request.param](healthy))
    return path


def test_opening_a_broken_store_is_refused_naming_the_path_and_the_file_is_kept(broken):
    before = broken.read_bytes()
    with pytest.raises(store.BadStore) as e:
        store.open_store(broken)
    assert str(broken) in str(e.value) and "nothing was written" in str(e.value)
    assert broken.read_bytes() == before


def test_build_refuses_a_broken_store_and_leaves_the_published_database(broken, published, tmp_path):
    out = tmp_path / "scorecard.db"
    shutil.copy(published, out)
    before = out.read_bytes()
    r = subprocess.run([SCORECARD, "build", "--data", str(DATA), "--store", str(broken), "--db", str(out),
                        "--today", TODAY.isoformat()], capture_output=True, text=True)
    assert r.returncode == 1 and str(broken) in r.stderr and "Traceback" not in r.stderr
    assert out.read_bytes() == before


def test_serve_refuses_a_broken_store_before_starting(broken, published):
    r = subprocess.run([SCORECARD, "serve", "--db", str(published), "--store", str(broken), "--port", "1"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and str(broken) in r.stderr and "Traceback" not in r.stderr


def test_a_missing_store_is_created_and_a_healthy_one_opens(tmp_path, healthy):
    assert store.store_problem(tmp_path / "new.db") is None
    store.open_store(tmp_path / "new.db").conn.close()
    (tmp_path / "copy.db").write_bytes(healthy)
    assert store.store_problem(tmp_path / "copy.db") is None


def test_a_killed_build_leaves_no_temporary_after_the_next_build(published, tmp_path):
    out = tmp_path / "scorecard.db"
    stale = [tmp_path / ".scorecard.db.abc123.tmp", tmp_path / ".scorecard.db.abc123.tmp-journal",
             tmp_path / ".scorecard.db.abc123.rest.tmp"]  # its side file
    for p in stale:
        p.write_bytes(b"half a build")
    build.build(DATA, published.parent / "store.db", out, TODAY)
    assert not any(p.exists() for p in stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".scorecard.db.lock", "scorecard.db"]
