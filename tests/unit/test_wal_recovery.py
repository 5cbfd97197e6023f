"""A committed store is never called damaged: a store whose write-ahead log was being copied
into it when the process died (or when the disk filled up) is shorter than its header says,
and SQLite opens it whole from the log. Only SQLite decides that a store is damaged."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage import paths
from storage.backup import backup_now
from storage.db import DamagedStore, inspect_store, open_store
from storage.tables import Client, Order
from tests.factories import order

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 20_000


def header_size(store_file: Path) -> int:
    header = store_file.read_bytes()[:100]
    return int.from_bytes(header[28:32], "big") * int.from_bytes(header[16:18], "big")


def test_a_store_killed_while_checkpointing_opens_whole(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store_file = paths.store_path(data)
    with open_store(store_file) as st, st.transaction() as s:
        order(s, title="Logo")
    conn = sqlite3.connect(store_file, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO clients (name, handle, country, language, email, notes, "
                     "created_at) SELECT name || ?, handle, country, language, email, notes, "
                     "created_at FROM clients LIMIT 1",
                     [(f" {i}",) for i in range(CLIENTS)])
    conn.execute("COMMIT")
    before_checkpoint = {s: Path(f"{store_file}{s}").read_bytes() for s in ("", "-wal")}
    assert len(before_checkpoint["-wal"]) > 500_000
    conn.execute("PRAGMA wal_checkpoint(FULL)")
    checkpointed = store_file.read_bytes()
    conn.close()
    assert len(checkpointed) > len(before_checkpoint[""])

    # Killed half-way through the checkpoint: page 1 (with the new page count) and part of
    # the pages are in the file, which is shorter than its header says; the log is whole.
    crashed = paths.store_path(tmp_path / "crashed")
    crashed.parent.mkdir()
    cut = (len(before_checkpoint[""]) + len(checkpointed)) // 2
    crashed.write_bytes(checkpointed[:cut])
    Path(f"{crashed}-wal").write_bytes(before_checkpoint["-wal"])
    assert crashed.stat().st_size < header_size(crashed)
    # A backup beside it must not be offered: nothing is damaged.
    with open_store(store_file) as st:
        backup_now(st, reason="daily")
    shutil.copytree(paths.backups_dir(data), paths.backups_dir(crashed.parent))

    assert inspect_store(crashed) is not None
    with open_store(crashed) as st, st.session() as s:
        assert s.scalar(select(func.count(Client.id))) == CLIENTS + 1
        assert s.scalar(select(func.count(Order.id))) == 1


def test_a_short_store_with_no_log_is_still_damaged(tmp_path: Path) -> None:
    store_file = paths.store_path(tmp_path / "data")
    with open_store(store_file) as st, st.transaction() as s:
        for i in range(300):
            order(s, title=f"Commande {i}", brief="x" * 2000)
    data = store_file.read_bytes()
    store_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedStore, match="it is truncated"):
        open_store(store_file)
    assert len(store_file.read_bytes()) == len(data) // 2  # left as it was


def _kill_during_checkpoint(data_dir: Path, orders: int) -> bool:
    """Run `atelier demo` and SIGKILL it while its log is copied into the store (the store
    grown past 4 MB with the -wal still there). False if the demo finished first."""
    store_file, wal = paths.store_path(data_dir), Path(f"{paths.store_path(data_dir)}-wal")
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "demo",
         "--orders", str(orders), "--seed", "1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None:
            try:
                if wal.stat().st_size and store_file.stat().st_size > 4_000_000:
                    os.kill(proc.pid, signal.SIGKILL)
                    return True
            except FileNotFoundError:
                pass
        return False
    finally:
        proc.wait()


@pytest.mark.slow
def test_killing_the_demo_during_its_checkpoint_never_loses_the_store(tmp_path: Path) -> None:
    killed = 0
    for i in range(3):
        data_dir = tmp_path / f"kill{i}"
        if not _kill_during_checkpoint(data_dir, 20_000):
            continue
        killed += 1
        store_file = paths.store_path(data_dir)
        with open_store(store_file) as st, st.session() as s:
            assert s.scalar(select(func.count(Order.id))) == 20_000
        break  # one kill inside the checkpoint is the proof; the other tries are for a miss
    assert killed, "the demo always finished before the kill: nothing was tested"
