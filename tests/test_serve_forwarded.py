"""`scorecard serve` on 127.0.0.1: a client cannot pick its address with X-Forwarded-For (uvicorn
would believe the header from 127.0.0.1; serve turns that off)."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from submission_support import GOOD, store_path  # noqa: F401

SCORECARD = str(Path(sys.executable).parent / "scorecard")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, body, headers):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.request("POST", "/submit", body=body, headers=headers)
        return conn.getresponse().status
    finally:
        conn.close()


@pytest.mark.slow
def test_spoofed_forwarded_for_does_not_reset_the_form_limit(published, store_path, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FORWARDED_ALLOW_IPS"}
    with open(tmp_path / "serve.log", "wb") as log:
        proc = subprocess.Popen([SCORECARD, "serve", "--db", str(published), "--store", str(store_path),
                                 "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        for _ in range(600):  # bounded wait for the server to listen
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        statuses = []
        for i in range(12):  # datasette.yaml allows 10 form posts per address per 10 minutes
            body = urlencode({**GOOD, "quote": f"Statement {i} about face matching."}).encode()
            statuses.append(post(port, body, {"Content-Type": "application/x-www-form-urlencoded",
                                              "X-Forwarded-For": f"203.0.113.{i}"}))
        assert statuses[:10] == [201] * 10 and statuses[10:] == [429, 429]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
