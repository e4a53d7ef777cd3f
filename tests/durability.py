"""Durability drill: concurrent clients submit to a real server that is SIGKILLed midway and restarted.

    .venv/bin/python tests/durability.py [--clients 50] [--submissions 2000] [--kill-after 1000]

Every submission that got a 2xx answer must be in the store afterwards, and the store must pass
PRAGMA integrity_check. Only 127.0.0.1 is contacted; every loop is bounded by count and time.
Half the clients use the web form, half the JSON API with a submit-scoped token. A client whose
connection fails retries the same submission; a 409 then means it was stored before the answer
was lost. Prints the figures as JSON; exits 1 if the drill fails.
"""

import argparse
import http.client
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import yaml

ROOT = Path(__file__).resolve().parent.parent
SECRET = "durability-drill-secret"
HOST = "127.0.0.1"
CAMPUSES = ["ucla", "mit", "harvard", "berkeley", "university-of-southern-california", "amridge-university"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, headers=None, timeout=10.0, source=None):
    """One HTTP request; ``source`` is a loopback address to send from (one per simulated client)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout, source_address=(source, 0) if source else None)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read().decode("utf-8", "replace")
    finally:
        conn.close()


class Server:
    def __init__(self, db: Path, config: Path, port: int, log: Path):
        self.args = [sys.executable, "-m", "datasette", "serve", "-i", str(db), "--config", str(config),
                     "--host", HOST, "--port", str(port)]
        self.port = port
        self.log = log
        self.proc = None

    def start(self, timeout=60.0) -> float:
        started = time.monotonic()
        env = {**os.environ, "DATASETTE_SECRET": SECRET}
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT, env=env)
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.log}")
            try:
                if request(self.port, "GET", "/submit", timeout=2)[0] == 200:
                    return time.monotonic() - started
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"server did not answer within {timeout}s")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def make_token() -> str:
    out = subprocess.run([sys.executable, "-m", "datasette", "create-token", "drill", "--secret", SECRET,
                          "--all", "scorecard-submit"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def submission(i: int) -> dict:
    return {"campus": CAMPUSES[i % len(CAMPUSES)], "stance": "not_using",
            "source_url": f"https://example.org/drill/{i}", "quote": f"Drill statement number {i}.",
            "stated_on": "2025-06", "relation": "other", "submitter_email": f"drill{i}@example.org"}


_ID = re.compile(r"sub-[0-9a-f]{12}")


def send_one(port, token, i, deadline, stats, lock, use_api=None, source=None):
    """Send submission i until it gets a final answer; returns ("ok"|"dup"|"fail", id)."""
    use_api = i % 2 == 1 if use_api is None else use_api
    item = submission(i)
    while time.monotonic() < deadline:
        try:
            if use_api:
                status, text = request(port, "POST", "/api/submissions", json.dumps(item),
                                       {"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
                                       source=source)
            else:
                status, text = request(port, "POST", "/submit", urlencode(item),
                                       {"Content-Type": "application/x-www-form-urlencoded"}, source=source)
        except (OSError, http.client.HTTPException):  # refused, reset, or cut mid-answer by the kill
            with lock:
                stats["connection_errors"] += 1
            time.sleep(0.05)
            continue
        found = _ID.search(text)
        if 200 <= status < 300 and found:
            return "ok", found.group(0)
        if status == 409 and found:
            return "dup", found.group(0)
        with lock:
            stats["other_answers"][str(status)] = stats["other_answers"].get(str(status), 0) + 1
        if status >= 500:
            time.sleep(0.05)
            continue
        return "fail", None
    return "fail", None


def drill(clients=50, submissions=2000, kill_after=1000, workdir: Path | None = None, time_limit=150.0) -> dict:
    from scorecard import build, clock

    workdir = Path(workdir or tempfile.mkdtemp(prefix="durability-"))
    store_path, db = workdir / "store.db", workdir / "scorecard.db"
    build.build(ROOT / "data", store_path, db, clock.today())
    cfg = yaml.safe_load((ROOT / "datasette.yaml").read_text())
    plugin = cfg["plugins"]["scorecard-submissions"]
    plugin["store"] = str(store_path)
    plugin["rate_limit"] = {"form": {"enabled": False}, "api": {"enabled": False}}
    (workdir / "datasette.yaml").write_text(yaml.safe_dump(cfg))
    server = Server(db, workdir / "datasette.yaml", free_port(), workdir / "server.log")
    token = make_token()
    stats = {"connection_errors": 0, "other_answers": {}}
    acked, dups, failed = {}, {}, []
    lock = threading.Lock()
    next_item = iter(range(submissions))
    started = time.monotonic()
    deadline = started + time_limit

    def client():
        while True:
            with lock:
                i = next(next_item, None)
            if i is None:
                return
            outcome, sid = send_one(server.port, token, i, deadline, stats, lock)
            with lock:
                if outcome == "ok":
                    acked[i] = sid
                elif outcome == "dup":
                    dups[i] = sid
                else:
                    failed.append(i)

    first_start = server.start()
    killed_at = restart_seconds = None
    try:
        threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        while time.monotonic() < deadline and len(acked) < kill_after and any(t.is_alive() for t in threads):
            time.sleep(0.01)
        killed_at = len(acked)
        server.kill()
        kill_time = time.monotonic()
        time.sleep(0.5)  # clients hit a dead port meanwhile
        server.start()
        restart_seconds = time.monotonic() - kill_time
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        elapsed = time.monotonic() - t0
    finally:
        server.stop()

    conn = sqlite3.connect(store_path)
    stored = {r[0] for r in conn.execute("select id from submissions")}
    evidence = {r[0] for r in conn.execute("select id from evidence where origin = 'submission'")}
    missing = [sid for sid in acked.values() if sid not in stored or sid not in evidence]
    integrity = conn.execute("pragma integrity_check").fetchone()[0]
    fk = conn.execute("pragma foreign_key_check").fetchall()
    conn.close()
    return {
        "clients": clients, "submissions": submissions, "answered_2xx": len(acked),
        "answered_409_after_retry": len(dups), "unanswered": len(failed), "killed_after_2xx": killed_at,
        "server_first_start_s": round(first_start, 2), "kill_to_ready_s": round(restart_seconds or 0, 2),
        "connection_errors_retried": stats["connection_errors"], "other_answers": stats["other_answers"],
        "rows_in_store": len(stored), "acked_missing": len(missing), "integrity_check": integrity,
        "foreign_key_problems": len(fk), "elapsed_s": round(elapsed, 1),
        "submissions_per_s": round((len(acked) + len(dups)) / elapsed, 1),
        "ok": not missing and integrity == "ok" and not fk and len(acked) + len(dups) == submissions,
    }


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--submissions", type=int, default=2000)
    p.add_argument("--kill-after", type=int, default=1000)
    args = p.parse_args()
    figures = drill(args.clients, args.submissions, args.kill_after)
    print(json.dumps(figures, indent=2))
    sys.exit(0 if figures["ok"] else 1)


if __name__ == "__main__":
    main()
