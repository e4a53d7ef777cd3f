"""Start the real Datasette server on 127.0.0.1, as deployed, for the browser tests and the
benchmark: the immutable published database with metadata.json and datasette.yaml."""

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db_path: Path, port: int, attempts: int = 300) -> subprocess.Popen:
    """The running server process, once it answers; raises RuntimeError if it never does."""
    log = tempfile.TemporaryFile()  # a file, not a pipe: an undrained pipe would stall the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--metadata", str(ROOT / "metadata.json"),
         "--config", str(ROOT / "datasette.yaml"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT)
    for _ in range(attempts):
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"datasette exited: {log.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("datasette did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
