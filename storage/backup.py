"""Backups of the store, and restoring one.

Backups are made with SQLite's online backup API (``sqlite3.Connection.backup``): it reads a
consistent snapshot through its own connection, WAL included, while the app keeps the store
open and writes to it. Each backup is one self-contained file (rollback journal, no ``-wal``),
checked with ``PRAGMA quick_check`` before it gets its name, in ``<data dir>/backups/``::

    atelier-YYYYMMDD-HHMMSS[-reason][.N].db      (the time in UTC; .N when names collide)

Reasons: ``daily`` (the app, once per local day), ``manual`` (Back up now, ``atelier
backup``), ``before-migration-<from>-<to>`` (storage.db, before every schema upgrade),
``before-restore`` (the store a restore replaced) and ``damaged`` (a byte-for-byte copy of a
store that could not be read, kept when a backup replaced it). Rotation keeps the newest
``keep`` of each of daily and manual (the store's ``backups_keep`` setting, default 10) and
the newest 5 before a migration and before a restore; it never deletes a ``damaged`` copy or
a file whose name is not a backup's.

``restore(data_dir, file)`` replaces the store with a backup. The app must have closed its
store first (the desktop closes it, restores, then reopens it; ``atelier restore`` opens
nothing else). The file is checked first (a SQLite file, an Atelier store, a schema this
version can open, ``PRAGMA integrity_check``) and refused with a readable message otherwise,
the current store untouched; the current store is kept as a backup before it is replaced.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import paths
from storage.backup_files import (
    REASON,
    BackupInfo,
    latest_backup,
    list_backups,
)
from storage.errors import StoreError, StoreTooNewError, ValidationError
from storage.files import make_private, make_private_dir, make_store_private
from storage.phrases import Phrase
from storage.store_file import DamagedStore, head_revision, inspect_store, read_only_uri
from storage.tables import Setting


class _OpenStore(Protocol):
    """An open store (storage.db.Store), known by its file: backup never imports db."""

    path: Path


__all__ = [
    "BackupError", "BackupInfo", "DamagedStore", "RestoreRefused", "RestoreResult",
    "backup_now", "check_restorable", "clean_leftovers", "daily_backup_if_due", "keep_count",
    "latest_backup", "list_backups", "restore", "rotate", "set_keep_count",
]

KEEP_SETTING = "backups_keep"
KEEP_DEFAULT = 10
KEEP_MIN, KEEP_MAX = 1, 365
KEEP_SAFETY = 5  # before a migration, before a restore
BUSY_TIMEOUT_S = 10.0


class BackupError(StoreError):
    """A backup could not be written; nothing was replaced or rotated."""


class RestoreRefused(StoreError):
    """The file cannot be restored; the current store was left as it was."""


@dataclass(frozen=True)
class RestoreResult:
    store: Path  # the store that was replaced
    source: Path  # the file restored
    revision: str  # its schema revision
    kept: Path | None  # the copy of the previous store, if there was one

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != head_revision()


# --- names and listing ------------------------------------------------------------------------


def _name(now: datetime, reason: str, seq: int = 0) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"atelier-{stamp}{'-' + reason if reason else ''}{f'.{seq}' if seq else ''}.db"


def _free_name(folder: Path, now: datetime, reason: str) -> Path:
    seq = 0
    while (folder / _name(now, reason, seq)).exists():
        seq += 1
    return folder / _name(now, reason, seq)


def _check_reason(reason: str) -> str:
    if not REASON.match(reason):
        raise ValueError(f"a backup reason is lower-case letters, digits and '-': {reason!r}")
    return reason


# --- settings ---------------------------------------------------------------------------------


def keep_count(s: Session) -> int:
    """The number of daily (and of manual) backups kept: the ``backups_keep`` setting."""
    return _keep_value(s.scalar(select(Setting.value).where(Setting.key == KEEP_SETTING)))


def set_keep_count(s: Session, keep: int | str) -> int:
    """Save how many daily (and manual) backups to keep; ValidationError out of range."""
    text = str(keep).strip()
    if not text.isdigit() or not KEEP_MIN <= int(text) <= KEEP_MAX:
        raise ValidationError(KEEP_SETTING, Phrase("Keep between {low} and {high} backups.",
                                                   low=KEEP_MIN, high=KEEP_MAX))
    row = s.get(Setting, KEEP_SETTING)
    if row is None:
        s.add(Setting(key=KEEP_SETTING, value=text))
    else:
        row.value = text
    return int(text)


def _keep_value(value: object) -> int:
    try:
        n = int(str(value))
    except ValueError:
        return KEEP_DEFAULT
    return n if KEEP_MIN <= n <= KEEP_MAX else KEEP_DEFAULT


def _read_setting(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


# --- low-level copying ------------------------------------------------------------------------


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        yield conn
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _copy_into(src: sqlite3.Connection, tmp: Path, *, journal_mode: str) -> None:
    """Copy `src` into the new file `tmp` through the backup API and check the copy."""
    _remove(tmp)
    make_store_private(tmp)  # 0600 before SQLite writes it, whatever the umask
    with _connect(tmp) as dst:
        src.backup(dst)
        dst.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()
        check = [r[0] for r in dst.execute("PRAGMA quick_check(5)")]
        if check != ["ok"]:
            raise BackupError(Phrase(
                "The copy is damaged, so the store itself is (SQLite says: {problems}). No "
                "backup was written.", problems="; ".join(check)))
    _fsync(tmp)


# The temporary copies a backup or a restore writes before renaming them into place.
LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?:tmp|restoring)-(?P<pid>\d+)(?:-journal|-wal|-shm)?$")
LEFTOVER_STALE_S = 24 * 3600


def _process_alive(pid: int) -> bool | None:
    """Whether process `pid` runs (None: cannot tell on this system)."""
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete the temporary copies that a backup or restore killed half-way left in `folder`
    (their process is gone, or they are a day old); returns what was deleted. A copy that a
    running backup, of this process or another, is still writing is left alone."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = LEFTOVER.match(entry.name)
        if match is None or entry.is_symlink() or not entry.is_file():
            continue
        pid = int(match["pid"])
        running = pid == os.getpid() or _process_alive(pid) is not False
        with contextlib.suppress(OSError):
            if running and now - entry.stat().st_mtime < LEFTOVER_STALE_S:
                continue
            entry.unlink()
            removed.append(entry)
    return removed


def _write_atomically(src: sqlite3.Connection, dest: Path, *, journal_mode: str = "DELETE"
                      ) -> None:
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    try:
        _copy_into(src, tmp, journal_mode=journal_mode)
        os.replace(tmp, dest)
    except BaseException:
        _remove(tmp)
        raise
    _fsync_dir(dest.parent)


# --- backing up -------------------------------------------------------------------------------


def _source_path(source: _OpenStore | Path | str) -> Path:
    return Path(getattr(source, "path", source))


def backup_now(source: _OpenStore | Path | str, dest: Path | str | None = None,
               reason: str = "manual", *, now: datetime | None = None,
               keep: int | None = None) -> Path:
    """Back up the store (an open Store, or a store file) and return the backup's path.

    Without `dest`: into ``<store's folder>/backups/`` under a backup's name, then rotate
    (`keep`: daily/manual backups to keep; default: the store's setting). With `dest`: into
    that file (or that folder, under a backup's name), never over an existing file, no
    rotation. Works while the store is open and being written to. Raises BackupError.
    """
    reason = _check_reason(reason)
    now = now or datetime.now(UTC)
    store_file = _source_path(source)
    if not store_file.exists() or store_file.stat().st_size == 0:
        raise BackupError(Phrase("There is no store at {file} yet: there is nothing to back "
                                 "up.", file=store_file))
    inspect_store(store_file, integrity=None)  # an Atelier store this version knows, or raise
    data_dir = store_file.parent
    if dest is None:
        folder = paths.backups_dir(data_dir)
        target = None
    else:
        dest = Path(dest).expanduser()
        folder = dest if dest.is_dir() else dest.parent
        target = None if dest.is_dir() else dest
        if target is not None and target.exists():
            raise BackupError(Phrase(
                "{file} already exists: choose another file name (Atelier never writes a "
                "backup over a file).", file=target))
        if not folder.is_dir():
            raise BackupError(Phrase("The folder {folder} does not exist.", folder=folder))
    try:
        make_private_dir(folder)
        if dest is None:  # only Atelier's own folder: never delete in a folder the person chose
            clean_leftovers(folder)
        target = target or _free_name(folder, now, reason)
        if target.resolve() == store_file.resolve():
            raise BackupError("A backup cannot be written over the store itself.")
        with _connect(store_file) as src:
            _write_atomically(src, target)
            setting = _read_setting(src, KEEP_SETTING)
    except sqlite3.Error as exc:
        raise BackupError(Phrase("The store could not be backed up: {error}.",
                                 error=exc)) from exc
    except OSError as exc:
        raise BackupError(Phrase("The backup could not be written to {folder}: {error}.",
                                 folder=folder, error=exc.strerror or exc)) from exc
    if dest is None:
        rotate(data_dir, keep=keep if keep is not None else _keep_value(setting))
    return target


def rotate(data_dir: Path | str, *, keep: int = KEEP_DEFAULT,
           keep_safety: int = KEEP_SAFETY) -> list[Path]:
    """Delete the oldest backups beyond `keep` daily, `keep` manual (and `keep` of any other
    reason), `keep_safety` before a migration and `keep_safety` before a restore. Damaged
    copies and files that are not backups are never deleted. Returns what was deleted."""
    by_category: dict[str, list[BackupInfo]] = {}
    for b in list_backups(data_dir):  # newest first
        by_category.setdefault(b.category, []).append(b)
    deleted = []
    for category, items in by_category.items():
        if category == "damaged":
            continue
        limit = keep_safety if category in ("before-migration", "before-restore") else keep
        for old in items[max(limit, 1):]:
            with contextlib.suppress(FileNotFoundError):
                old.path.unlink()
                deleted.append(old.path)
    return deleted


def _store_zone(store_file: Path) -> tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        with _connect(store_file, read_only=True) as conn:
            name = _read_setting(conn, "timezone")
    except sqlite3.Error:
        return None
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def daily_backup_if_due(source: _OpenStore | Path | str, *, now: datetime | None = None,
                        zone: tzinfo | None = None, keep: int | None = None) -> Path | None:
    """Back up the store once per local day (`zone`: default the store's time zone setting):
    the new backup's path, or None when today's daily backup exists already."""
    now = now or datetime.now(UTC)
    store_file = _source_path(source)
    if not store_file.exists() or store_file.stat().st_size == 0:
        return None
    zone = zone or _store_zone(store_file) or UTC
    today = now.astimezone(zone).date()
    if any(_local_day(b, zone) == today for b in list_backups(store_file.parent)
           if b.reason == "daily"):
        return None
    return backup_now(store_file, reason="daily", now=now, keep=keep)


def _local_day(b: BackupInfo, zone: tzinfo) -> date:
    return b.created_at.astimezone(zone).date()


# --- restoring --------------------------------------------------------------------------------


def check_restorable(file: Path | str) -> str:
    """The schema revision of `file` if it can be restored, else RestoreRefused with why."""
    file = Path(file).expanduser()
    if not file.is_file():
        raise RestoreRefused(Phrase("{file} does not exist. Nothing was restored.", file=file))
    try:
        revision = inspect_store(file, integrity="full")
    except DamagedStore as exc:
        raise RestoreRefused(Phrase(
            "{file} cannot be restored: {problem}. Your current store was left as it was.",
            file=file, problem=exc.problem)) from exc
    except StoreTooNewError as exc:
        raise RestoreRefused(Phrase(
            "{file} cannot be restored: it was written by a newer version of Atelier. Update "
            "Atelier to restore it. Your current store was left as it was.", file=file)) from exc
    except OSError as exc:
        raise RestoreRefused(Phrase(
            "{file} cannot be read ({error}). Your current store was left as it was.",
            file=file, error=exc.strerror or exc)) from exc
    if revision is None:
        raise RestoreRefused(Phrase(
            "{file} cannot be restored: it is empty, not an Atelier store. Your current store "
            "was left as it was.", file=file))
    return revision


def _companions(store_file: Path) -> list[Path]:
    return [Path(f"{store_file}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _readable(store_file: Path) -> bool | None:
    """None when there is no store to keep, False when SQLite cannot read it (damaged)."""
    wal = Path(f"{store_file}-wal")
    if not store_file.exists() or store_file.stat().st_size == 0:
        return False if wal.exists() and wal.stat().st_size > 0 else None
    try:
        inspect_store(store_file, integrity="quick")
    except StoreTooNewError:
        return True  # a newer app's store: the backup API copies it all the same
    except (StoreError, OSError):
        return False
    return True


def _fold_journals(store_file: Path) -> None:
    """Fold a readable store's WAL (or hot rollback journal) into it, so that nothing is left
    to replay onto the file that replaces it; RestoreRefused when another program still has
    the store open."""
    if not any(p.exists() for p in _companions(store_file)):
        return
    with contextlib.suppress(sqlite3.Error), _connect(store_file) as conn:
        # Reading rolls a hot journal back; TRUNCATE empties the WAL, and closing the last
        # connection deletes the -wal and -shm files.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if Path(f"{store_file}-wal").exists() or Path(f"{store_file}-journal").exists():
        raise RestoreRefused(Phrase(
            "{file} is still open in another program (Atelier?): close it, then restore again. "
            "Nothing was restored.", file=store_file))


def _keep_current(store_file: Path, now: datetime, readable: bool | None) -> Path | None:
    """Keep the store about to be replaced: a backup ("before-restore") when SQLite can read
    it, else a byte-for-byte copy ("damaged", with its -wal)."""
    if readable is None:
        return None
    if readable:
        target = _free_name(_backups(store_file), now, "before-restore")
        try:
            with _connect(store_file) as src:
                _write_atomically(src, target)
                keep = _keep_value(_read_setting(src, KEEP_SETTING))
        except (sqlite3.Error, BackupError):
            pass  # unreadable after all: keep its bytes
        else:
            rotate(store_file.parent, keep=keep)
            return target
    target = _free_name(_backups(store_file), now, "damaged")
    shutil.copy2(store_file, target)
    make_private(target)  # copy2 copies the mode: an old store may be 0644
    wal = Path(f"{store_file}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{target}-wal"))
        make_private(Path(f"{target}-wal"))
    _fsync(target)
    return target


def _backups(store_file: Path) -> Path:
    folder = paths.backups_dir(store_file.parent)
    make_private_dir(folder)
    clean_leftovers(folder)
    return folder


def restore(data_dir: Path | str, file: Path | str, *, now: datetime | None = None
            ) -> RestoreResult:
    """Replace the store of `data_dir` with the backup `file`, keeping the current store first.

    The app must have closed its store (Store.close()) before calling this. Refuses with
    RestoreRefused (the current store left as it was) when `file` is not a valid Atelier store
    of a schema this version can open. A store of an older schema is upgraded the next time
    it is opened (with a backup before the migration).
    """
    now = now or datetime.now(UTC)
    data_dir = Path(data_dir)
    store_file = paths.store_path(data_dir)
    file = Path(file).expanduser()
    if file.exists() and store_file.exists() and file.resolve() == store_file.resolve():
        raise RestoreRefused("This file is the store itself: choose a backup to restore.")
    revision = check_restorable(file)
    make_private_dir(data_dir)
    readable = _readable(store_file)
    if readable:
        _fold_journals(store_file)
    clean_leftovers(data_dir)
    tmp = store_file.with_name(f".{store_file.name}.restoring-{os.getpid()}")
    try:
        # Copy the backup next to the store first: rotation below may delete old backups.
        with _connect(file, read_only=True) as src:
            _copy_into(src, tmp, journal_mode="WAL")
    except (sqlite3.Error, BackupError, OSError) as exc:
        _remove(tmp)
        raise RestoreRefused(Phrase(
            "{file} could not be copied ({error}). Your current store was left as it was.",
            file=file, error=exc)) from exc
    try:
        kept = _keep_current(store_file, now, readable)
        for companion in _companions(store_file):  # copied aside with a damaged store
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
        os.replace(tmp, store_file)
    except BaseException:
        _remove(tmp)
        raise
    _fsync_dir(store_file.parent)
    return RestoreResult(store_file, file, revision, kept)
