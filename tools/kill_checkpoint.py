"""Kill `atelier demo` (or `atelier import csv FOLDER`) while SQLite copies its write-ahead log
into the store, N times, then open each store with `atelier deadlines`: issue 12's check that
a committed store is never called damaged. Not a test (it takes minutes); a tool to rerun it.

    python -m tools.kill_checkpoint 20               # atelier demo --orders 20000
    python -m tools.kill_checkpoint 20 --csv EXPORT  # atelier import csv EXPORT
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ATELIER = [sys.executable, "-m", "desktop"]


def one(data: Path, command: list[str], threshold: int) -> str:
    """Run `command`, SIGKILL it once the store passed `threshold` bytes while its -wal is
    still there (the checkpoint), then try to open the store. A line saying what happened."""
    db, wal = data / "atelier.db", data / "atelier.db-wal"
    proc = subprocess.Popen([*ATELIER, "--data-dir", str(data), *command],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed = False
    while proc.poll() is None:
        try:
            if wal.exists() and wal.stat().st_size and db.stat().st_size > threshold:
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
        except FileNotFoundError:
            pass
    proc.wait()
    if not killed:
        return "missed (the command finished first)"
    header = db.read_bytes()[:100]
    announced = int.from_bytes(header[28:32], "big") * int.from_bytes(header[16:18], "big")
    opened = subprocess.run([*ATELIER, "--data-dir", str(data), "deadlines"],
                            capture_output=True, text=True, check=False)
    verdict = "opened" if opened.returncode == 0 else "REFUSED: " + opened.stderr.strip()[:160]
    return f"{db.stat().st_size} of {announced} bytes: {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int)
    parser.add_argument("--csv", type=Path, help="an `atelier export csv` folder to import")
    parser.add_argument("--orders", type=int, default=20_000)
    args = parser.parse_args()
    command = (["import", "csv", str(args.csv)] if args.csv
               else ["demo", "--orders", str(args.orders), "--seed", "1"])
    refused = 0
    root = Path(tempfile.mkdtemp(prefix="kill-checkpoint-"))
    try:
        for i in range(args.runs):
            line = one(root / str(i), command, 4_000_000 + i * 200_000)
            refused += "REFUSED" in line
            print(f"{i + 1:3d}. {line}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
