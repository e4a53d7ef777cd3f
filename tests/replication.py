"""Replication drill: the store streams to a Litestream replica; the writer is SIGKILLed mid-stream
and the site comes back on a fresh, empty volume restored from the replica.

    .venv/bin/python tests/replication.py --litestream .tools/node_modules/@flydotio/litestream-linux-x64/litestream \
        [--clients 20] [--submissions 600] [--kill-after 300] [--kill writer|machine]

Both starts go through deploy/entrypoint.sh, as on the platform. ``--kill writer`` SIGKILLs the
server process (Litestream, its parent, outlives it, as on a crashed app); ``--kill machine``
SIGKILLs Litestream and the server together (the machine and its volume are gone). Clients send
API submissions from their own loopback address (127.0.0.x, so the per-address rate limit applies
to each as to a person) and retry on connection errors; a 409 on retry means the earlier attempt
was stored. Prints the figures as JSON; exits 1 when an acknowledged submission is missing.
Only 127.0.0.1 and local files are touched.
"""

import argparse
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRYPOINT = ROOT / "deploy" / "entrypoint.sh"
DEFAULT_LITESTREAM = ROOT / ".tools" / "node_modules" / "@flydotio" / "litestream-linux-x64" / "litestream"

import durability  # noqa: E402  (tests/ is on the path: beside this file, or pytest rootdir)


class Machine:
    """deploy/entrypoint.sh in its own process group, on a volume folder, replicating to ``replica``."""

    def __init__(self, volume: Path, replica: Path, litestream: Path, port: int, log: Path):
        self.volume, self.port, self.log = volume, port, log
        self.env = {**os.environ, "SCORECARD_VAR": str(volume), "PORT": str(port), "SCORECARD_HOST": "127.0.0.1",
                    "LITESTREAM": str(litestream), "LITESTREAM_REPLICA_URL": replica.as_uri(),
                    "SCORECARD_DATA": str(ROOT / "data"), "DATASETTE_SECRET": durability.SECRET,
                    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        self.proc = None

    def start(self, timeout=120.0) -> float:
        started = time.monotonic()
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(["sh", str(ENTRYPOINT), "writer"], stdout=log, stderr=subprocess.STDOUT,
                                         env=self.env, start_new_session=True)
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"entrypoint exited with {self.proc.returncode}; see {self.log}")
            try:
                if durability.request(self.port, "GET", "/-/versions.json", timeout=2)[0] == 200:
                    return time.monotonic() - started
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"site did not answer within {timeout}s; see {self.log}")

    def server_pid(self) -> int:
        """The server: the child Litestream started with -exec."""
        tasks = Path(f"/proc/{self.proc.pid}/task").iterdir()  # Go starts it from any of its threads
        children = [c for t in tasks for c in (t / "children").read_text().split()]
        if not children:
            raise RuntimeError("litestream has no child process")
        return int(children[0])

    def kill(self, what: str) -> None:
        if what == "machine":
            os.killpg(self.proc.pid, signal.SIGKILL)
        elif what == "stop":  # a deploy or scale-down: SIGTERM to the machine
            os.killpg(self.proc.pid, signal.SIGTERM)
        else:
            os.kill(self.server_pid(), signal.SIGKILL)
        self.proc.wait(timeout=60)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def _ids(store: Path, sql: str) -> set[str]:
    conn = sqlite3.connect(store)
    try:
        return {r[0] for r in conn.execute(sql)}
    finally:
        conn.close()


def loss_window() -> float:
    """The most a lost volume may lose: Litestream's sync interval (deploy/litestream.yml) plus one
    second for the sync itself (it ships the WAL written since the last one, and took up to 0.1 s
    in the drill) and for the kill landing while it runs."""
    text = (ROOT / "deploy" / "litestream.yml").read_text()
    interval = re.search(r"sync-interval:\s*([0-9.]+)(ms|s)", text)
    seconds = float(interval.group(1)) / (1000 if interval.group(2) == "ms" else 1)
    return seconds + 1.0


def drill(litestream: Path = DEFAULT_LITESTREAM, clients=20, submissions=600, kill_after=300, kill="writer",
          workdir: Path | None = None, time_limit=240.0) -> dict:
    workdir = Path(workdir or tempfile.mkdtemp(prefix="replication-"))
    replica, first, fresh = workdir / "replica", workdir / "volume-1", workdir / "volume-2"
    port = durability.free_port()
    machine = Machine(first, replica, litestream, port, workdir / "site.log")
    first_boot = machine.start()
    token = durability.make_token()
    stats = {"connection_errors": 0, "other_answers": {}}
    acked, acked_before_kill, dups, failed, acked_at = {}, set(), {}, [], {}
    lock = threading.Lock()
    next_item = iter(range(submissions))
    deadline = time.monotonic() + time_limit

    def client(n):
        source = f"127.0.0.{10 + n}"
        while True:
            with lock:
                i = next(next_item, None)
            if i is None:
                return
            outcome, sid = durability.send_one(port, token, i, deadline, stats, lock, use_api=True, source=source)
            with lock:
                if outcome == "fail":
                    failed.append(i)
                else:
                    (acked if outcome == "ok" else dups)[i] = sid
                    acked_at.setdefault(sid, time.monotonic())

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    t0 = time.monotonic()
    try:
        for t in threads:
            t.start()
        while time.monotonic() < deadline and len(acked) < kill_after and any(t.is_alive() for t in threads):
            time.sleep(0.005)
        with lock:
            acked_before_kill = set(acked.values())
        machine.kill(kill)
        killed = time.monotonic()
        # A new machine: an empty volume, the same replica. The entrypoint restores, publishes, serves.
        machine = Machine(fresh, replica, litestream, port, workdir / "site.log")
        machine.start()
        back_after = time.monotonic() - killed
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        elapsed = time.monotonic() - t0
    finally:
        machine.stop()
    store = fresh / "store.db"
    stored = _ids(store, "select id from submissions")
    evidence = _ids(store, "select id from evidence where origin = 'submission'")
    missing = sorted(s for s in acked.values() if s not in stored or s not in evidence)
    conn = sqlite3.connect(store)
    integrity = conn.execute("pragma integrity_check").fetchone()[0]
    conn.close()
    ages = sorted(killed - acked_at[s] for s in missing if s in acked_at)  # seconds before the kill
    window = loss_window()
    return {
        "kill": kill, "clients": clients, "submissions": submissions, "answered_2xx": len(acked),
        "answered_409_after_retry": len(dups), "unanswered": len(failed),
        "acked_before_kill": len(acked_before_kill),
        "acked_before_kill_missing": len(acked_before_kill - (stored & evidence)),
        "acked_missing": len(missing), "rows_in_restored_store": len(stored), "integrity_check": integrity,
        "first_boot_s": round(first_boot, 1), "kill_to_serving_again_on_fresh_volume_s": round(back_after, 1),
        "connection_errors_retried": stats["connection_errors"], "other_answers": stats["other_answers"],
        "lost_oldest_ack_before_kill_s": round(ages[-1], 2) if ages else None,
        "lost_newest_ack_before_kill_s": round(ages[0], 2) if ages else None,
        "loss_window_s": window,
        "elapsed_s": round(elapsed, 1),
        # SIGKILL of the machine may lose what Litestream had not yet shipped; nothing older.
        "ok": integrity == "ok" and (not missing if kill != "machine" else all(a <= window for a in ages)),
    }


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--litestream", type=Path, default=DEFAULT_LITESTREAM)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--submissions", type=int, default=600)
    p.add_argument("--kill-after", type=int, default=300)
    p.add_argument("--kill", choices=["writer", "machine", "stop"], default="writer")
    args = p.parse_args()
    figures = drill(args.litestream, args.clients, args.submissions, args.kill_after, args.kill)
    print(json.dumps(figures, indent=2))
    sys.exit(0 if figures["ok"] else 1)


if __name__ == "__main__":
    main()
