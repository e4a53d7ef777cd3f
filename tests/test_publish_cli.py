"""``scorecard publish``: keeps each release as its own file, prunes beyond --keep, fails without
changing anything, joins a publish already running, and switches a real running site."""

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import localserver
from click.testing import CliRunner
from conftest import TODAY
from publish_support import break_first_evidence_row, site_dir  # noqa: F401

from scorecard import releases
from scorecard.cli import cli


def _publish(site_dir, *extra):
    return CliRunner().invoke(cli, ["publish", "--data", str(site_dir / "data"), "--store", str(site_dir / "store.db"),
                                    "--db", str(site_dir / "scorecard.db"), *extra])


def _release_of(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("select value from release where key = 'release'").fetchone()[0]
    finally:
        conn.close()


def test_each_publish_is_kept_as_its_own_file_and_the_oldest_beyond_keep_are_removed(site_dir):
    ids = []
    for day in ("2026-11-27", "2026-11-28", "2026-11-29"):
        r = _publish(site_dir, "--keep", "2", "--today", day)
        assert r.exit_code == 0, r.output
        ids.append(releases.current(site_dir / "releases").release)
    index = releases.read_index(site_dir / "releases")
    assert [x.release for x in index["releases"]] == [ids[2], ids[1]]
    assert not (site_dir / "releases" / f"{ids[0]}.db").exists()
    assert "removed " + ids[0] in r.output
    assert _release_of(site_dir / "scorecard.db") == ids[2]


def test_a_published_release_file_is_read_only(site_dir):
    assert _publish(site_dir, "--today", TODAY.isoformat()).exit_code == 0
    rel = releases.current(site_dir / "releases")
    assert (os.stat(site_dir / "releases" / rel.file).st_mode & 0o222) == 0


def test_a_failing_publish_changes_nothing_and_names_the_line(site_dir):
    assert _publish(site_dir, "--today", "2026-11-27").exit_code == 0
    before = (site_dir / "releases" / releases.INDEX).read_bytes()
    break_first_evidence_row(site_dir)
    r = _publish(site_dir, "--today", "2026-11-28")
    assert r.exit_code == 1
    assert "evidence.csv:2" in r.output and "nothing was published" in r.output
    assert (site_dir / "releases" / releases.INDEX).read_bytes() == before
    assert sorted(p.name for p in (site_dir / "releases").glob("*.db")) == [f"{_release_of(site_dir / 'scorecard.db')}.db"]


def test_a_publish_that_finds_one_running_waits_and_reports_it_instead_of_building(site_dir):
    folder = site_dir / "releases"
    first = releases.publish(site_dir / "data", site_dir / "store.db", folder, TODAY)
    held = releases._Lock(folder)
    assert held.try_acquire()
    waiting, result = threading.Event(), {}

    def second():
        result["out"] = releases.publish(site_dir / "data", site_dir / "store.db", folder, TODAY + dt.timedelta(days=1),
                                         progress=lambda s: "waiting" in s and waiting.set())

    t = threading.Thread(target=second)
    t.start()
    assert waiting.wait(60)
    held.close()
    t.join(120)
    assert result["out"].joined is True
    assert result["out"].release.release == first.release.release
    assert [r.release for r in releases.read_index(folder)["releases"]] == [first.release.release]


def test_releases_command_lists_the_current_one_first(site_dir):
    _publish(site_dir, "--today", "2026-11-27")
    _publish(site_dir, "--today", "2026-11-28")
    r = CliRunner().invoke(cli, ["releases", "--db", str(site_dir / "scorecard.db"), "--json"])
    listed = json.loads(r.output)
    assert listed["current"] == listed["releases"][0]["release"]
    assert listed["current"].startswith("2026-11-28-")


def test_a_damaged_index_is_named_with_its_file(site_dir):
    (site_dir / "releases").mkdir()
    (site_dir / "releases" / releases.INDEX).write_text('{"current": "x"}', encoding="utf-8")
    r = CliRunner().invoke(cli, ["releases", "--db", str(site_dir / "scorecard.db")])
    assert r.exit_code == 1 and "index.json" in r.output and "not a releases index" in r.output
    r = _publish(site_dir)
    assert r.exit_code == 1 and "index.json" in r.output


def _served(port) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/scorecard/release.json?_shape=objects&key=release") as r:
        return json.load(r)["rows"][0]["value"]


def test_publishing_from_the_command_line_switches_a_running_server_without_a_restart(site_dir, monkeypatch):
    monkeypatch.setenv("SCORECARD_STORE", str(site_dir / "store.db"))
    port = localserver.free_port()
    proc = localserver.start(site_dir / "scorecard.db", port)
    try:
        before = _served(port)
        done = subprocess.run([str(Path(sys.executable).parent / "scorecard"), "publish", "--data", str(site_dir / "data"),
                               "--store", str(site_dir / "store.db"), "--db", str(site_dir / "scorecard.db"),
                               "--today", "2026-11-28"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        new = releases.current(site_dir / "releases").release
        assert new != before
        for _ in range(200):  # the server looks at the index at most every 2 s, when a request comes
            if _served(port) == new:
                break
            time.sleep(0.1)
        assert _served(port) == new
        assert proc.poll() is None  # the same process: no restart
    finally:
        localserver.stop(proc)


def test_releases_in_a_folder_with_none_says_so(tmp_path):
    r = CliRunner().invoke(cli, ["releases", "--releases", str(tmp_path / "none")])
    assert (r.exit_code, r.output) == (0, f"No releases in {tmp_path / 'none'}: `scorecard publish` makes the first\n")
