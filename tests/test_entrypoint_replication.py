"""deploy/entrypoint.sh run for real (no Docker): a first boot publishes a release, the store streams
to a Litestream file replica, and a machine lost with SIGKILL comes back on an empty volume with
every submission the replica had received."""

import json
import sqlite3
import subprocess
import time
from urllib.parse import urlencode

import pytest
import replication
from conftest import ROOT

durability = replication.durability
LITESTREAM = replication.DEFAULT_LITESTREAM


@pytest.fixture
def litestream():
    assert LITESTREAM.exists(), f"{LITESTREAM} is missing: `make litestream` installs it (npm)"
    return LITESTREAM


def _submit(port, i) -> str:
    status, text = durability.request(port, "POST", "/submit", urlencode(durability.submission(i)),
                                      {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 201, text[:500]
    return durability._ID.search(text).group(0)


def _replicated_ids(litestream, replica, store, probe) -> set[str]:
    """What a restore from the replica would bring back right now."""
    probe.unlink(missing_ok=True)
    subprocess.run([str(litestream), "restore", "-o", str(probe), "-replica", "file", "-config",
                    str(ROOT / "deploy" / "litestream.yml"), str(store)], check=True, capture_output=True,
                   env={"SCORECARD_STORE": str(store), "LITESTREAM_REPLICA_URL": replica.as_uri(),
                        "LITESTREAM_ENDPOINT": ""})
    conn = sqlite3.connect(probe)
    try:
        return {r[0] for r in conn.execute("select id from submissions")}
    finally:
        conn.close()


def test_a_lost_machine_comes_back_on_an_empty_volume_with_every_replicated_submission(litestream, tmp_path):
    replica, first, fresh = tmp_path / "replica", tmp_path / "volume-1", tmp_path / "volume-2"
    port = durability.free_port()
    machine = replication.Machine(first, replica, litestream, port, tmp_path / "site.log")
    machine.start()
    try:
        listed = json.loads(durability.request(port, "GET", "/releases.json")[1])
        assert len(listed["releases"]) == 1  # the first boot published one
        sent = {_submit(port, i) for i in range(5)}
        for _ in range(100):  # Litestream syncs every second: wait for the replica, never for a time
            if sent <= _replicated_ids(litestream, replica, first / "store.db", tmp_path / "probe.db"):
                break
            time.sleep(0.3)
        assert sent <= _replicated_ids(litestream, replica, first / "store.db", tmp_path / "probe.db")
        machine.kill("machine")
    finally:
        machine.stop()
    log = (tmp_path / "site.log").read_text()
    assert "no release yet: publishing one" in log

    machine = replication.Machine(fresh, replica, litestream, port, tmp_path / "site.log")
    machine.start()
    machine.stop()
    assert "restoring" in (tmp_path / "site.log").read_text().split("volume-2", 1)[1]
    conn = sqlite3.connect(fresh / "store.db")
    try:
        assert sent <= {r[0] for r in conn.execute("select id from submissions")}
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_writer_without_a_replica_says_so_and_still_serves(tmp_path):
    port = durability.free_port()
    machine = replication.Machine(tmp_path / "volume", tmp_path / "replica", LITESTREAM, port, tmp_path / "site.log")
    machine.env.pop("LITESTREAM_REPLICA_URL")
    machine.env["SCORECARD_WRITER_REPLAY"] = "instance=elsewhere"  # an app-wide secret: the writer ignores it
    machine.start()
    try:
        assert durability.request(port, "GET", "/releases.json")[0] == 200
        assert durability.request(port, "GET", "/submit")[0] == 200
    finally:
        machine.stop()
    assert "the store is NOT replicated" in (tmp_path / "site.log").read_text()


def test_an_unknown_role_is_refused(tmp_path):
    done = subprocess.run(["sh", str(ROOT / "deploy" / "entrypoint.sh"), "primary"], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "SCORECARD_VAR": str(tmp_path)})
    assert done.returncode == 2 and "unknown role 'primary'" in done.stderr


def test_a_reader_without_its_baked_release_refuses_to_start(tmp_path):
    done = subprocess.run(["sh", str(ROOT / "deploy" / "entrypoint.sh"), "reader"], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "SCORECARD_BAKED_DB": str(tmp_path / "none.db")})
    assert done.returncode == 1 and "no baked release" in done.stderr


def test_a_reader_serves_its_baked_release_and_replays_submissions(published, tmp_path):
    port = durability.free_port()
    machine = replication.Machine(tmp_path / "volume", tmp_path / "replica", LITESTREAM, port, tmp_path / "site.log")
    machine.env.update({"SCORECARD_BAKED_DB": str(published), "SCORECARD_WRITER_REPLAY": "instance=writer-1"})
    with open(machine.log, "ab") as log:
        machine.proc = subprocess.Popen(["sh", str(ROOT / "deploy" / "entrypoint.sh"), "reader"], stdout=log,
                                        stderr=subprocess.STDOUT, env=machine.env, start_new_session=True)
    try:
        for _ in range(300):
            try:
                if durability.request(port, "GET", "/-/versions.json", timeout=2)[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        assert durability.request(port, "GET", "/campuses/university-of-california-los-angeles")[0] == 200
        assert durability.request(port, "GET", "/submit")[0] == 409
    finally:
        machine.stop()
    assert not (tmp_path / "volume").exists()  # a reader keeps nothing


def test_a_machine_stopped_with_sigterm_ships_every_acknowledged_submission_before_it_exits(litestream, tmp_path):
    """A deploy or scale-down stops the machine with SIGTERM: Litestream syncs once more on the
    way out, so a fresh volume gets every submission, even those sent just before the stop."""
    replica, first, fresh = tmp_path / "replica", tmp_path / "volume-1", tmp_path / "volume-2"
    port = durability.free_port()
    machine = replication.Machine(first, replica, litestream, port, tmp_path / "site.log")
    machine.start()
    try:
        sent = {_submit(port, i) for i in range(5)}
        machine.kill("stop")  # at once: no waiting for a sync
    finally:
        machine.stop()
    machine = replication.Machine(fresh, replica, litestream, port, tmp_path / "site.log")
    machine.start()
    machine.stop()
    conn = sqlite3.connect(fresh / "store.db")
    try:
        assert sent <= {r[0] for r in conn.execute("select id from submissions")}
    finally:
        conn.close()


def test_the_drill_allows_a_lost_volume_to_lose_at_most_the_sync_interval_and_one_second():
    assert replication.loss_window() == 2.0  # deploy/litestream.yml syncs every 1s
