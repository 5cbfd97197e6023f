"""What Atelier writes is private to the user (0600 files, 0700 folders) whatever the umask,
and a full disk or a read-only data folder is a sentence with exit code 2, the store unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from storage.backup import backup_now
from storage.db import open_store
from storage.files import (
    DISK_FULL,
    READ_ONLY,
    make_private_dir,
    make_store_private,
    write_atomically,
    write_problem,
)
from tests.factories import order

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
AS_OF = "2026-03-01T12:00:00+00:00"


@pytest.fixture(params=[0o000, 0o022], ids=["umask000", "umask022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def not_private(root: Path) -> list[str]:
    """Every file under `root` that is not 0600 and every folder (root too) not 0700."""
    wrong = [] if mode(root) == 0o700 else [f"{root} {oct(mode(root))}"]
    for path in root.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        if mode(path) != expected:
            wrong.append(f"{path.relative_to(root)} {oct(mode(path))}")
    return wrong


# --------------------------------------------------------------------------- the writers


def test_the_writers_make_private_files_and_folders(umask: int, tmp_path: Path) -> None:
    folder = make_private_dir(tmp_path / "a" / "b")
    assert mode(tmp_path / "a") == mode(folder) == 0o700
    write_atomically(folder / "x.ics", b"x")
    assert mode(folder / "x.ics") == 0o600


def test_the_store_is_private_before_sqlite_opens_it_so_its_log_files_are_too(
    umask: int, tmp_path: Path
) -> None:
    store = tmp_path / "data" / "atelier.db"
    make_store_private(store)
    conn = sqlite3.connect(store)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
        assert not_private(tmp_path / "data") == []
        assert {p.name for p in (tmp_path / "data").iterdir()} >= {
            "atelier.db", "atelier.db-wal", "atelier.db-shm"}
    finally:
        conn.close()


def test_open_store_and_its_backups_are_private_whatever_the_umask(
    umask: int, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    with open_store(data / "atelier.db") as st:
        with st.transaction() as s:
            order(s, title="Logo")
        backup_now(st, reason="manual")
        assert (data / "atelier.db-wal").exists()
        assert not_private(data) == []


def test_an_older_stores_files_are_made_private(tmp_path: Path) -> None:
    store = tmp_path / "atelier.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").write_bytes(b"")
        os.chmod(f"{store}{suffix}", 0o644)
    make_store_private(store)
    assert [mode(Path(f"{store}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3


def test_csv_income_and_glossary_exports_are_private(
    umask: int, store, tmp_path: Path
) -> None:
    from storage.csvio import export_csv
    from storage.income import income_report
    from storage.reports import write_income_csv
    from storage.translation import glossary

    out = tmp_path / "exports" / "csv"
    export_csv(store, out)
    with store.session() as s:
        write_income_csv(income_report(s, "month"), tmp_path / "exports" / "income.csv")
        glossary.export_csv(s, "fr", "en", tmp_path / "exports" / "glossary.csv")
    assert not_private(tmp_path / "exports") == []


# --------------------------------------------------------------------------- the commands


def test_every_file_and_folder_the_commands_write_is_private(
    umask: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    exports = tmp_path / "exports"
    exports.mkdir(mode=0o700)
    common = ["--data-dir", str(data)]
    for argv in (["demo", "--orders", "30", "--as-of", AS_OF],
                 ["backup"],
                 ["export", "csv", str(exports / "csv")],
                 ["export", "ics", str(exports / "due.ics")],
                 ["glossary", "export", str(exports / "g.csv"), "--from", "fr", "--to", "en"]):
        assert main([*argv, *common]) == 0, capsys.readouterr().err
    assert os.umask(umask) == umask  # the command put the umask back
    names = {p.relative_to(data).parts[0] for p in data.rglob("*")}
    assert {"atelier.db", "backups", "logs"} <= names
    assert not_private(data) == []
    assert not_private(exports) == []


# --------------------------------------------------------------------------- disk problems


def test_write_problem_recognises_full_disks_and_read_only_places() -> None:
    assert write_problem(OSError(errno.ENOSPC, "No space left", "/x/a.ics")) == (
        DISK_FULL, "/x/a.ics")
    assert write_problem(OSError(errno.EROFS, "Read-only file system", "/x")) == (READ_ONLY, "/x")
    assert write_problem(sqlite3.OperationalError("database or disk is full"), "/d") == (
        DISK_FULL, "/d")
    assert write_problem(sqlite3.OperationalError("attempt to write a readonly database"),
                         "/d") == (READ_ONLY, "/d")
    assert write_problem(sqlite3.OperationalError("database is locked")) is None
    assert write_problem(ValueError("x")) is None


def test_a_full_disk_during_an_export_is_a_sentence_and_the_old_files_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    assert main(["demo", "--orders", "5", "--as-of", AS_OF, "--data-dir", str(data)]) == 0
    out = tmp_path / "csv"
    out.mkdir()
    (out / "orders.csv").write_bytes(b"old")
    capsys.readouterr()

    real_fsync = os.fsync

    def full(fd: int) -> None:
        real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code = main(["export", "csv", str(out), "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert code == 2 and "The disk is full" in err and "Traceback" not in err, err
    assert [p.name for p in out.iterdir()] == ["orders.csv"]
    assert (out / "orders.csv").read_bytes() == b"old"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@contextlib.contextmanager
def _tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                               str(path)], capture_output=True, check=False)
    except OSError:
        pytest.skip("mount is not available")
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def _read_only(data: Path) -> contextlib.AbstractContextManager[None]:
    """Make `data` read-only for this process: chmod for a user, a read-only remount for
    root (whom permissions do not stop)."""
    @contextlib.contextmanager
    def chmod() -> Iterator[None]:
        os.chmod(data / "atelier.db", 0o400)
        os.chmod(data, 0o500)
        try:
            yield
        finally:
            os.chmod(data, 0o700)
            os.chmod(data / "atelier.db", 0o600)

    @contextlib.contextmanager
    def remount() -> Iterator[None]:
        done = subprocess.run(["mount", "-o", "remount,ro", str(data)], capture_output=True,
                              check=False)
        if done.returncode != 0:
            pytest.skip("remounting read-only is not permitted here")
        try:
            yield
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(data)], capture_output=True,
                           check=False)

    return remount() if os.geteuid() == 0 else chmod()


def test_a_read_only_data_folder_is_a_sentence_and_the_store_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_parent = tmp_path / "mnt"
    with _tmpfs(data_parent, "64m") if os.geteuid() == 0 else contextlib.nullcontext(
            data_parent):
        data = data_parent / "data" if os.geteuid() != 0 else data_parent
        assert main(["demo", "--orders", "5", "--as-of", AS_OF, "--data-dir", str(data)]) == 0
        assert main(["export", "csv", str(tmp_path / "csv"), "--data-dir", str(data)]) == 0
        for name in ("atelier.db-wal", "atelier.db-shm"):
            with contextlib.suppress(FileNotFoundError):
                (data / name).unlink()
        before = _digest(data)
        capsys.readouterr()
        with _read_only(data):
            for argv in (["import", "csv", str(tmp_path / "csv"), "--replace"],
                         ["demo", "--orders", "5", "--as-of", AS_OF, "--replace"],
                         ["backup"]):
                code = main([*argv, "--data-dir", str(data)])
                err = capsys.readouterr().err
                assert code == 2, (argv, err)
                assert "read-only" in err.lower() and "Traceback" not in err, (argv, err)
            assert _digest(data) == before


def test_a_disk_that_fills_up_during_a_write_is_a_sentence_and_the_store_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs a tmpfs mount (root)")
    with _tmpfs(tmp_path / "small", "1m") as data:
        assert main(["deadlines", "--data-dir", str(data)]) == 0  # a new, empty store
        capsys.readouterr()
        code = main(["demo", "--orders", "3000", "--as-of", AS_OF, "--data-dir", str(data)])
        err = capsys.readouterr().err
        assert code == 2 and "The disk is full" in err and "Traceback" not in err, err
        with sqlite3.connect(data / "atelier.db") as conn:
            assert conn.execute("SELECT COUNT(*) FROM orders").fetchone() == (0,)
            assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
