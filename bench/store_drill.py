"""Store-corruption and build-kill drill, run by hand (not a test; noisy on a shared machine).

    .venv/bin/python bench/store_drill.py [--kills 19]

1. Corruption: for each broken store in scorecard/corruptions.py, `scorecard build` and
   `scorecard serve` must exit 1 naming the path, with no traceback, the store's bytes and the
   published database unchanged.
2. Build kills: `scorecard build` is SIGKILLed at spread-out moments; after each kill the
   published database must still open and pass integrity_check, and after the next complete
   build no `.tmp` file may remain. Prints the figures as JSON; exits 1 if anything failed.
"""

import argparse
import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORECARD = str(Path(sys.executable).parent / "scorecard")
TODAY = dt.date(2026, 11, 26).isoformat()


def run(*args, timeout=120):
    return subprocess.run([SCORECARD, *args], capture_output=True, text=True, timeout=timeout)


def published_ok(db: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("pragma integrity_check").fetchone()[0] == "ok" and \
                conn.execute("select count(*) from campuses").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def corruption_cases(work: Path, db: Path, healthy: bytes) -> dict:
    from scorecard import corruptions

    results = {}
    for name, corrupt in sorted(corruptions.CASES.items()):
        path = work / f"broken-{name}.db"
        path.write_bytes(corrupt(healthy))
        before, published = path.read_bytes(), db.read_bytes()
        b = run("build", "--data", str(ROOT / "data"), "--store", str(path), "--db", str(db), "--today", TODAY)
        s = run("serve", "--db", str(db), "--store", str(path), "--port", "1")
        ok = all(r.returncode == 1 and str(path) in r.stderr and "Traceback" not in r.stderr for r in (b, s))
        results[name] = {"refused": ok, "store_unchanged": path.read_bytes() == before,
                         "published_unchanged": db.read_bytes() == published}
    return results


def build_kills(work: Path, store: Path, db: Path, kills: int) -> dict:
    args = [SCORECARD, "build", "--data", str(ROOT / "data"), "--store", str(store), "--db", str(db), "--today", TODAY]
    started = time.monotonic()
    subprocess.run(args, check=True, capture_output=True)
    full = time.monotonic() - started
    broken_after_kill, tmp_left_mid = 0, 0
    for i in range(kills):
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(full * (i + 1) / (kills + 1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        broken_after_kill += not published_ok(db)
        tmp_left_mid += any(p.name.endswith((".tmp", ".tmp-journal")) for p in work.iterdir())
    subprocess.run(args, check=True, capture_output=True)
    left = [p.name for p in work.iterdir() if ".tmp" in p.name]
    return {"kills": kills, "full_build_s": round(full, 2), "kills_that_left_a_tmp": tmp_left_mid,
            "published_broken_after_a_kill": broken_after_kill, "tmp_left_after_next_build": left}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=19)
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="store-drill-"))
    store, db = work / "store.db", work / "scorecard.db"
    subprocess.run([SCORECARD, "build", "--data", str(ROOT / "data"), "--store", str(store), "--db", str(db),
                    "--today", TODAY], check=True, capture_output=True)
    conn = sqlite3.connect(store)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    figures = {"corruption": corruption_cases(work, db, store.read_bytes()),
               "build_kills": build_kills(work, store, db, args.kills)}
    k = figures["build_kills"]
    figures["ok"] = all(all(v.values()) for v in figures["corruption"].values()) and \
        k["published_broken_after_a_kill"] == 0 and not k["tmp_left_after_next_build"]
    print(json.dumps(figures, indent=2))
    sys.exit(0 if figures["ok"] else 1)


if __name__ == "__main__":
    main()
