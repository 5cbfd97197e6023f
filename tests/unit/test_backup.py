"""Backups through SQLite's online backup API, rotation, and restoring with every check."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select

from desktop.cli import main
from storage import backup, paths
from storage.backup import (
    BackupError,
    RestoreRefused,
    backup_now,
    daily_backup_if_due,
    latest_backup,
    list_backups,
    restore,
    rotate,
    set_keep_count,
)
from storage.db import open_store
from storage.demo import generate
from storage.income import income_report
from storage.tables import Client, Order, Payment
from storage.urssaf import urssaf_report

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reports(store_file: Path) -> list[dict]:
    """The figures a tax declaration depends on, as JSON."""
    with open_store(store_file) as st, st.session() as s:
        out = [income_report(s, by).to_json()
               for by in ("month", "quarter", "year", "platform", "client", "gig")]
        out += [urssaf_report(s, year).to_json() for year in (2024, 2025, 2026)]
        out.append(urssaf_report(s, 2026, "month").to_json())
    return out


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 150-order demo store, made once; tests copy it."""
    d = tmp_path_factory.mktemp("demo")
    with open_store(d / "atelier.db") as st:
        generate(st, orders=150, seed=5, as_of=NOW)
    return d / "atelier.db"


@pytest.fixture
def data_dir(tmp_path: Path, demo_file: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(demo_file, paths.store_path(d))
    return d


def store_of(data_dir: Path) -> Path:
    return paths.store_path(data_dir)


def count(store_file: Path, model: type) -> int:
    with open_store(store_file) as st, st.session() as s:
        return s.scalar(select(func.count(model.id))) or 0


# --- backing up ---------------------------------------------------------------------------


def test_backup_while_another_connection_holds_a_write_transaction(data_dir: Path) -> None:
    with open_store(store_of(data_dir)) as st:
        clients = count(store_of(data_dir), Client)
        writer = sqlite3.connect(store_of(data_dir), isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO clients (name, handle, country, language, email, notes, "
                       "created_at) VALUES ('Pas encore', '', 'FR', 'fr', '', '', "
                       "'2026-11-23 09:00:00.000000')")
        with st.session() as reading:  # and the app reads meanwhile
            assert reading.scalar(select(func.count(Client.id))) == clients
            made = backup_now(st, now=NOW)
        writer.execute("COMMIT")
        writer.close()
    assert made.parent == paths.backups_dir(data_dir)
    assert made.name == "atelier-20261123-090000-manual.db"
    # A consistent snapshot: what was committed, not the transaction still open.
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == clients
    conn.close()
    assert not Path(f"{made}-wal").exists()
    assert count(store_of(data_dir), Client) == clients + 1
    assert reports(made) == reports(store_of(data_dir))


def _dead_pid() -> int:
    """The pid of a process that has ended."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def test_the_next_backup_removes_what_a_killed_backup_left(data_dir: Path) -> None:
    backups = paths.backups_dir(data_dir)
    backups.mkdir()
    dead = _dead_pid()
    # A backup killed while copying: its temporary copy and the copy's journal stay behind.
    leftovers = [backups / f".atelier-20261201-020000-daily.db.tmp-{dead}",
                 backups / f".atelier-20261201-020000-daily.db.tmp-{dead}-journal",
                 data_dir / f".atelier.db.restoring-{dead}"]
    for leftover in leftovers:
        leftover.write_bytes(b"\0" * 4096)
    # One that a backup running in this process is writing right now stays.
    running = backups / f".atelier-20261207-090000-manual.db.tmp-{os.getpid()}"
    running.write_bytes(b"\0" * 4096)
    mine = backups / "notes.txt"
    mine.write_text("not Atelier's")

    backup_now(store_of(data_dir), reason="manual")
    assert not any(p.exists() for p in leftovers[:2])
    assert running.exists() and mine.exists()
    assert len(list_backups(data_dir)) == 1

    latest = latest_backup(data_dir)
    assert latest is not None
    restore(data_dir, latest.path)
    assert not leftovers[2].exists()


def test_a_backup_into_a_chosen_folder_deletes_nothing_there(data_dir: Path,
                                                             tmp_path: Path) -> None:
    chosen = tmp_path / "usb"
    chosen.mkdir()
    theirs = chosen / f".atelier-20261201-020000-daily.db.tmp-{_dead_pid()}"
    theirs.write_bytes(b"not Atelier's to delete")
    backup_now(store_of(data_dir), dest=chosen, reason="manual")
    assert theirs.exists()


def test_backup_names_listing_and_collisions(data_dir: Path) -> None:
    folder = paths.backups_dir(data_dir)
    a = backup_now(store_of(data_dir), reason="daily", now=NOW)
    b = backup_now(store_of(data_dir), reason="daily", now=NOW)  # same second
    c = backup_now(store_of(data_dir), now=NOW + timedelta(hours=1))
    (folder / "notes.txt").write_text("mine")
    (folder / "atelier-2026.db").write_bytes(b"not a backup name")
    assert [x.name for x in (a, b, c)] == [
        "atelier-20261123-090000-daily.db", "atelier-20261123-090000-daily.1.db",
        "atelier-20261123-100000-manual.db"]
    listed = list_backups(data_dir)
    assert [x.path for x in listed] == [c, b, a]
    assert listed[0].created_at == NOW + timedelta(hours=1)
    assert listed[0].reason == "manual" and listed[0].size > 0
    assert latest_backup(data_dir).path == c  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="reason"):
        backup_now(store_of(data_dir), reason="../../etc", now=NOW)


def test_backup_to_a_chosen_file_never_overwrites(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert backup_now(store_of(data_dir), dest=target, now=NOW) == target
    assert reports(target) == reports(store_of(data_dir))
    before = digest(target)
    with pytest.raises(BackupError, match="already exists"):
        backup_now(store_of(data_dir), dest=target, now=NOW)
    assert digest(target) == before
    into = backup_now(store_of(data_dir), dest=tmp_path, now=NOW)  # a folder: a backup's name
    assert into == tmp_path / "atelier-20261123-090000-manual.db"
    assert not paths.backups_dir(data_dir).exists()  # no rotation, no backups folder
    with pytest.raises(BackupError, match="nothing to back up"):
        backup_now(tmp_path / "nowhere" / "atelier.db")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("data")) == [
        "atelier-20261123-090000-manual.db", "copy.db"]  # no temp file left


def test_rotation_keeps_the_configured_number_of_each_kind(data_dir: Path) -> None:
    with open_store(store_of(data_dir)) as st:
        with st.transaction() as s:
            assert set_keep_count(s, 3) == 3
        days = [NOW + timedelta(days=i) for i in range(6)]
        for day in days:
            backup_now(st, reason="daily", now=day)
            backup_now(st, reason="manual", now=day + timedelta(minutes=1))
        for i in range(7):
            backup_now(st, reason=f"before-migration-000{i}-0003", now=NOW + timedelta(hours=i))
    folder = paths.backups_dir(data_dir)
    (folder / "atelier-20200101-000000-damaged.db").write_bytes(b"kept forever")
    (folder / "mine.db").write_bytes(b"not ours")
    rotate(data_dir, keep=3)
    kinds: dict[str, list[datetime]] = {}
    for b in list_backups(data_dir):
        kinds.setdefault(b.category, []).append(b.created_at)
    assert kinds["daily"] == days[:2:-1]  # the newest 3
    assert kinds["manual"] == [d + timedelta(minutes=1) for d in days[:2:-1]]
    assert len(kinds["before-migration"]) == 5
    assert kinds["damaged"] == [datetime(2020, 1, 1, tzinfo=UTC)]
    assert (folder / "mine.db").read_bytes() == b"not ours"


def test_keep_count_is_validated(data_dir: Path) -> None:
    from storage.errors import ValidationError

    with open_store(store_of(data_dir)) as st, st.transaction() as s:
        assert backup.keep_count(s) == backup.KEEP_DEFAULT
        for bad in ("0", "abc", "1000", "-2"):
            with pytest.raises(ValidationError, match="between") as exc:
                set_keep_count(s, bad)
            assert exc.value.field == "backups_keep"
        set_keep_count(s, "12")
        assert backup.keep_count(s) == 12


def test_daily_backup_once_per_local_day(data_dir: Path) -> None:
    paris = ZoneInfo("Europe/Paris")
    evening = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)  # 23:00 in Paris
    first = daily_backup_if_due(store_of(data_dir), now=evening, zone=paris)
    assert first is not None and first.name == "atelier-20261123-220000-daily.db"
    assert daily_backup_if_due(store_of(data_dir), now=evening + timedelta(minutes=50),
                               zone=paris) is None  # 23:50 in Paris: the same day
    backup_now(store_of(data_dir), now=evening + timedelta(hours=1, minutes=10))  # manual
    after_midnight = daily_backup_if_due(
        store_of(data_dir), now=evening + timedelta(hours=1, minutes=30), zone=paris)
    assert after_midnight is not None  # 00:30 in Paris, a new day (a manual one is no daily)
    assert [b.reason for b in list_backups(data_dir)] == ["daily", "manual", "daily"]
    # No store yet: nothing to back up, nothing made.
    assert daily_backup_if_due(data_dir / "new" / "atelier.db", now=evening) is None


# --- restoring ------------------------------------------------------------------------------


def test_restore_round_trip_gives_the_same_reports(data_dir: Path) -> None:
    original = reports(store_of(data_dir))
    saved = backup_now(store_of(data_dir), now=NOW)
    with open_store(store_of(data_dir)) as st, st.transaction() as s:  # then things go wrong
        s.execute(delete(Payment).where(Payment.id % 2 == 0))
    changed = reports(store_of(data_dir))
    assert changed != original

    result = restore(data_dir, saved, now=NOW + timedelta(minutes=5))
    assert result.store == store_of(data_dir) and result.source == saved
    assert not result.needs_upgrade
    assert reports(store_of(data_dir)) == original
    # The store it replaced was kept, as a backup one can restore in turn.
    assert result.kept is not None
    assert result.kept.name == "atelier-20261123-090500-before-restore.db"
    assert reports(result.kept) == changed
    with sqlite3.connect(store_of(data_dir)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert not list(data_dir.glob(".*"))  # no temp file left


def test_restore_folds_the_wal_of_a_crashed_store_into_the_copy_it_keeps(
        data_dir: Path, tmp_path: Path) -> None:
    saved = backup_now(store_of(data_dir), now=NOW)
    payments = count(store_of(data_dir), Payment)
    # A store whose last transactions are still in its WAL, as after a crash.
    with open_store(store_of(data_dir)) as st:
        with st.transaction() as s:
            s.execute(delete(Payment).where(Payment.id <= 10))
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for suffix in ("", "-wal"):
            shutil.copy(f"{store_of(data_dir)}{suffix}", f"{paths.store_path(crashed)}{suffix}")
    assert Path(f"{paths.store_path(crashed)}-wal").stat().st_size > 0
    result = restore(crashed, saved, now=NOW)
    assert count(paths.store_path(crashed), Payment) == payments
    assert result.kept is not None and count(result.kept, Payment) == payments - 10
    assert not Path(f"{paths.store_path(crashed)}-wal").exists()


def test_restore_refuses_while_the_store_is_open_elsewhere(data_dir: Path) -> None:
    saved = backup_now(store_of(data_dir), now=NOW)
    with open_store(store_of(data_dir)) as st, st.session() as s:
        s.scalar(select(func.count(Order.id)))
        with pytest.raises(RestoreRefused, match="still open in another program"):
            restore(data_dir, saved)
    assert reports(store_of(data_dir)) == reports(saved)


def _truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return target


def _not_sqlite(_source: Path, target: Path) -> Path:
    target.write_bytes(b"%PDF-1.7 this is an invoice, not a store\n" * 50)
    return target


def _foreign(_source: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    return target


def _newer(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return target


def _corrupt(source: Path, target: Path) -> Path:
    """Pages in the middle overwritten: the header is fine, the b-trees are not."""
    data = bytearray(source.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(3, len(data) // page - 1, 2):
        data[n * page + 8: n * page + 400] = b"\xff" * 392
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize(("make", "message"), [
    (_truncated, "it is truncated"),
    (_not_sqlite, "it is not a SQLite database"),
    (_foreign, "another application"),
    (_newer, "newer version of Atelier"),
    (_corrupt, "it is damaged"),
])
def test_restore_refuses_a_bad_file_and_leaves_the_store_as_it_was(
        data_dir: Path, tmp_path: Path, make, message: str) -> None:
    good = backup_now(store_of(data_dir), now=NOW)
    bad = make(good, tmp_path / "bad.db")
    bad_bytes = bad.read_bytes()
    before = digest(store_of(data_dir))
    listed = list_backups(data_dir)
    with pytest.raises(RestoreRefused) as exc:
        restore(data_dir, bad, now=NOW + timedelta(hours=1))
    text = str(exc.value)
    assert message in text and str(bad) in text
    assert "Your current store was left as it was" in text
    assert digest(store_of(data_dir)) == before
    assert list_backups(data_dir) == listed  # nothing kept, nothing rotated: nothing happened
    assert bad.read_bytes() == bad_bytes
    assert not list(data_dir.glob(".*"))


def test_restore_refuses_the_store_itself_and_a_missing_file(data_dir: Path) -> None:
    with pytest.raises(RestoreRefused, match="the store itself"):
        restore(data_dir, store_of(data_dir))
    with pytest.raises(RestoreRefused, match="does not exist"):
        restore(data_dir, data_dir / "nope.db")


def test_restore_into_an_empty_data_folder(data_dir: Path, tmp_path: Path) -> None:
    saved = backup_now(store_of(data_dir), dest=tmp_path / "saved.db", now=NOW)
    fresh = tmp_path / "fresh"
    result = restore(fresh, saved)
    assert result.kept is None
    assert reports(paths.store_path(fresh)) == reports(store_of(data_dir))


# --- the command line -----------------------------------------------------------------------


def test_cli_backup_then_restore_brings_back_the_same_reports(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    original = reports(store_of(data_dir))
    assert main(["backup", *d]) == 0
    out = capsys.readouterr().out
    made = latest_backup(data_dir)
    assert made is not None and f"to {made.path}" in out
    assert main(["backup", "--to", str(tmp_path / "mine.db"), *d]) == 0
    assert "mine.db" in capsys.readouterr().out
    assert main(["backup", "--to", str(tmp_path / "mine.db"), *d]) == 2
    assert "already exists" in capsys.readouterr().err

    with open_store(store_of(data_dir)) as st, st.transaction() as s:
        s.execute(delete(Payment))
    assert main(["restore", str(tmp_path / "mine.db"), *d]) == 0
    out = capsys.readouterr().out
    assert f"Restored {store_of(data_dir)} from {tmp_path / 'mine.db'}" in out
    assert "The previous store was kept as" in out and "before-restore" in out
    assert reports(store_of(data_dir)) == original

    truncated = _truncated(tmp_path / "mine.db", tmp_path / "half.db")
    before = digest(store_of(data_dir))
    assert main(["restore", str(truncated), *d]) == 2
    err = capsys.readouterr().err
    assert "cannot be restored: it is truncated" in err
    assert digest(store_of(data_dir)) == before
    assert truncated.read_bytes() == (tmp_path / "mine.db").read_bytes()[
        : (tmp_path / "mine.db").stat().st_size // 2]
