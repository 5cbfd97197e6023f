"""Crash safety: a writer killed with SIGKILL at random moments never loses a transaction it
reported as committed, and never leaves a store that fails to open or to check.

A writer process writes orders, payments and draft versions in a loop, one transaction at a
time, and prints each transaction's ids to stdout after its commit returned (flushed). The
test kills it with SIGKILL after a random delay, at least 50 times on the same store (which
grows), and after each kill opens the store with storage.db, runs ``PRAGMA integrity_check``
and finds every reported transaction, whole.

To keep the test fast, the writers are forked from a "zygote" process that imported
SQLAlchemy and the storage layer once (about 0.5 s an import otherwise): each writer starts
in milliseconds and opens the store itself, so kills also land while it opens.

Run as a script (``python -m tests.unit.test_crash_kill zygote STORE``), this module is that
zygote.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS = 60
DELAYS_S = (0.02, 0.3)
SEED = 20261123
TX = re.compile(r"^tx (k\d+-\d+) (\d+) (\d+) (\d+) (\d+)$")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="needs fork() and SIGKILL (POSIX)")


# --- the writer (runs in the forked child) ---------------------------------------------------


TEXT = "Bonjour, voici la traduction de votre fiche produit. " * 20
RECEIVED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def write_one(s, ref: str, n: int) -> tuple[int, int, int, int]:  # s: Session
    """One transaction's writes: an order, its payment, a draft with two versions."""
    from sqlalchemy import select

    from storage import drafts
    from storage.orders import OrderFields, create_order
    from storage.payments import record_payment
    from storage.tables import Client, Platform

    client_id = s.scalar(select(Client.id).order_by(Client.id))
    platform_id = s.scalar(select(Platform.id).where(Platform.name == "Direct"))
    order = create_order(s, OrderFields(
        client_id=client_id, platform_id=platform_id, title=f"Commande {ref}",
        price_minor=1000 + n, currency="EUR", received_at=RECEIVED,
        due_at=RECEIVED + timedelta(days=3), external_ref=ref, brief=TEXT))
    payment = record_payment(s, kind="payout", amount_minor=1000 + n, currency="EUR",
                             received_at=RECEIVED + timedelta(days=4), order_id=order.id)
    draft = drafts.create_draft(s, f"Brouillon {ref}", order_id=order.id)
    first = drafts.record_model_version(s, draft.id, TEXT, "tiny-writer")
    second = drafts.record_save(s, draft.id, TEXT + f" Relu ({ref}).")
    s.flush()
    return order.id, payment.id, first.id, second.id


def write_forever(store_file: Path, run: int) -> None:
    from storage.db import open_store

    store = open_store(store_file)
    for n in range(1_000_000):
        ref = f"k{run}-{n}"
        with store.transaction() as s:
            ids = write_one(s, ref, n)
        # Committed: only now is it reported.
        sys.stdout.write(f"tx {ref} {' '.join(map(str, ids))}\n")
        sys.stdout.flush()


def zygote(store_file: Path) -> None:
    """Import once, then fork a writer for every "go RUN" line; report its pid, then its end."""
    from storage.db import open_store

    # Everything a writer needs, imported and warmed up once (mappers configured, migration
    # scripts parsed) by a transaction rolled back; no connection stays open across fork().
    warm = open_store(store_file)
    with warm.session() as s:
        write_one(s, "warm-up", 0)
        s.rollback()
    warm.close()
    for line in sys.stdin:
        command = line.split()
        if not command or command[0] != "go":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the writer
            code = 0
            try:
                write_forever(store_file, int(command[1]))
            except BaseException as exc:
                sys.stdout.write(f"error {type(exc).__name__}: {exc}\n")
                code = 1
            sys.stdout.flush()
            os._exit(code)
        sys.stdout.write(f"child {pid}\n")
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"\ndead {pid} {status}\n")  # on its own line, after the writer's
        sys.stdout.flush()


# --- the test ---------------------------------------------------------------------------------


def check_store(store_file: Path, committed: dict[str, tuple[int, int, int, int]]) -> int:
    """Open the store as the app does, check it, and find every committed transaction."""
    from storage.db import open_store

    with open_store(store_file) as st, st.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        orders = dict(conn.exec_driver_sql(
            "SELECT external_ref, id FROM orders WHERE external_ref LIKE 'k%'").all())
        payments = dict(conn.exec_driver_sql("SELECT id, order_id FROM payments").all())
        versions = dict(conn.exec_driver_sql(
            "SELECT v.id, d.order_id FROM deliverable_versions v "
            "JOIN deliverables d ON d.id = v.deliverable_id").all())
        # Every transaction is there whole, or not at all (none half-written).
        whole = conn.exec_driver_sql(
            "SELECT count(*) FROM orders o WHERE o.external_ref LIKE 'k%' AND "
            "((SELECT count(*) FROM payments p WHERE p.order_id = o.id) != 1 OR "
            "(SELECT count(*) FROM deliverable_versions v JOIN deliverables d "
            "ON d.id = v.deliverable_id WHERE d.order_id = o.id) != 2)").scalar()
        assert whole == 0, "a transaction was only partly written"
    for ref, (order_id, payment_id, first, second) in committed.items():
        assert orders.get(ref) == order_id, f"committed order {ref} is missing"
        assert payments.get(payment_id) == order_id, f"payment of {ref} is missing"
        assert versions.get(first) == order_id and versions.get(second) == order_id, \
            f"draft versions of {ref} are missing"
    return len(orders)


def test_writer_killed_at_random_moments_loses_no_committed_transaction(tmp_path: Path) -> None:
    from storage.db import open_store
    from tests.factories import client

    store_file = tmp_path / "atelier.db"
    with open_store(store_file) as st, st.transaction() as s:
        client(s, "Maison Lefèvre")
    rng = random.Random(SEED)
    committed: dict[str, tuple[int, int, int, int]] = {}
    runs_with_commits = 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.test_crash_kill", "zygote", str(store_file)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, bufsize=1)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for run in range(KILLS):
            proc.stdin.write(f"go {run}\n")
            proc.stdin.flush()
            first = proc.stdout.readline().split()
            assert first[:1] == ["child"], (first, proc.stderr.read() if proc.stderr else "")
            pid = int(first[1])
            time.sleep(rng.uniform(*DELAYS_S))
            os.kill(pid, signal.SIGKILL)
            reported = 0
            for line in proc.stdout:
                if line.startswith(f"dead {pid} "):
                    status = int(line.split()[2])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, \
                        f"the writer ended on its own ({status}) before it was killed"
                    break
                assert not line.startswith("error"), line
                m = TX.match(line.strip())
                if m:  # a line cut by the kill is not a report
                    committed[m[1]] = (int(m[2]), int(m[3]), int(m[4]), int(m[5]))
                    reported += 1
            runs_with_commits += reported > 0
            orders = check_store(store_file, committed)
            assert orders >= len(committed)
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    # Kills landed both while writers opened the store and between or inside their commits
    # (most runs commit some transactions first). Its duration shows in `pytest --durations`.
    assert runs_with_commits >= KILLS // 3, runs_with_commits
    assert len(committed) >= 3 * KILLS, len(committed)


if __name__ == "__main__":
    if sys.argv[1:2] == ["zygote"]:
        zygote(Path(sys.argv[2]))
