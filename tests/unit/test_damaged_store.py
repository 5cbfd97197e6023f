"""A damaged store is refused at open with a message that offers the latest backup; the
damaged file is never written, moved or deleted, and a restore keeps a copy of it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage import paths
from storage.backup import backup_now, latest_backup, list_backups, restore
from storage.db import DamagedStore, open_store
from storage.errors import NotAStoreError
from storage.tables import Order
from tests.factories import order

SAVED_AT = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def fingerprint(store_file: Path) -> dict[str, str | None]:
    """The store file and its companions, byte for byte."""
    out: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{store_file}{suffix}")
        out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return out


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A store with three orders and a backup of it made on 21 Nov 2026 at 09:00 UTC."""
    d = tmp_path / "data"
    with open_store(paths.store_path(d)) as st:
        with st.transaction() as s:
            for title in ("Logo", "Traduction", "Relecture"):
                order(s, title=title)
        backup_now(st, reason="daily", now=SAVED_AT)
    return d


def truncate(store_file: Path) -> None:
    data = store_file.read_bytes()
    store_file.write_bytes(data[: len(data) // 3])


def overwrite(store_file: Path) -> None:
    store_file.write_bytes(b"{\"invoices\": []}\n" * 400)


def wrong_application_id(store_file: Path) -> None:
    conn = sqlite3.connect(store_file)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()


def damage_pages(store_file: Path) -> None:
    data = bytearray(store_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, len(data) // page):
        data[n * page: n * page + 64] = b"\x00" * 64
    store_file.write_bytes(bytes(data))


def empty(store_file: Path) -> None:
    store_file.write_bytes(b"")


@pytest.mark.parametrize(("damage", "problem"), [
    (truncate, "it is truncated"),
    (overwrite, "it is not a SQLite database"),
    (wrong_application_id, "another application"),
    (damage_pages, "it is damaged"),
    (empty, "the file is empty"),
])
def test_damaged_store_is_refused_naming_the_latest_backup_and_left_as_it_was(
        data_dir: Path, damage: Callable[[Path], None], problem: str) -> None:
    store_file = paths.store_path(data_dir)
    damage(store_file)
    before = fingerprint(store_file)
    with pytest.raises(DamagedStore) as exc:
        open_store(store_file)
    error = exc.value
    assert isinstance(error, NotAStoreError)  # what callers caught before still catches it
    text = str(error)
    latest = latest_backup(data_dir)
    assert latest is not None
    assert error.latest == latest and problem in error.problem
    assert text.startswith(f"The store {store_file} cannot be opened: {error.problem}. ")
    assert "The file was left as it was." in text
    stamp = SAVED_AT.astimezone()  # the message speaks in the machine's local time
    assert f"The latest backup is from 21 Nov 2026 {stamp:%H:%M}" in text
    assert f"`atelier restore {latest.path}`" in text and "Settings › Restore…" in text
    assert fingerprint(store_file) == before
    assert [b.path for b in list_backups(data_dir)] == [latest.path]  # nothing new made


def test_without_a_backup_the_message_says_so(tmp_path: Path) -> None:
    store_file = tmp_path / "atelier.db"
    with open_store(store_file):
        pass
    truncate(store_file)
    before = fingerprint(store_file)
    with pytest.raises(DamagedStore, match="There is no backup of it to restore") as exc:
        open_store(store_file)
    assert exc.value.latest is None
    assert fingerprint(store_file) == before


def test_an_empty_file_with_no_backup_is_still_a_new_store(tmp_path: Path) -> None:
    (tmp_path / "atelier.db").touch()
    with open_store(tmp_path / "atelier.db") as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 0


def test_restoring_over_a_damaged_store_keeps_its_bytes(data_dir: Path) -> None:
    store_file = paths.store_path(data_dir)
    truncate(store_file)
    damaged = store_file.read_bytes()
    latest = latest_backup(data_dir)
    assert latest is not None
    result = restore(data_dir, latest.path)
    assert result.kept is not None and result.kept.name.endswith("-damaged.db")
    assert result.kept.read_bytes() == damaged  # kept aside, byte for byte
    assert latest_backup(data_dir) == latest  # a damaged copy is never offered for a restore
    with open_store(store_file) as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 3


def test_a_wal_beside_a_damaged_store_is_kept_with_it(data_dir: Path, tmp_path: Path) -> None:
    # A crashed store: its last transaction still in its WAL; then its main file overwritten.
    crashed = tmp_path / "crashed"
    shutil.copytree(paths.backups_dir(data_dir), paths.backups_dir(crashed))
    store_file = paths.store_path(crashed)
    with open_store(paths.store_path(data_dir)) as st:
        with st.transaction() as s:
            order(s, title="Dernière commande")
        for suffix in ("", "-wal"):
            shutil.copy(f"{paths.store_path(data_dir)}{suffix}", f"{store_file}{suffix}")
    wal = Path(f"{store_file}-wal").read_bytes()
    assert wal
    overwrite(store_file)
    garbage = store_file.read_bytes()
    before = fingerprint(store_file)
    with pytest.raises(DamagedStore):
        open_store(store_file)
    assert fingerprint(store_file) == before
    latest = latest_backup(crashed)
    assert latest is not None
    result = restore(crashed, latest.path)
    assert result.kept is not None
    assert result.kept.read_bytes() == garbage
    assert Path(f"{result.kept}-wal").read_bytes() == wal
    assert not Path(f"{store_file}-wal").exists()
    with open_store(store_file) as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 3
