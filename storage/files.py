"""Files Atelier writes: whole or not at all, and private to the user.

Everything Atelier writes for the person — the store and its -wal/-shm, backups, logs,
models, exports — holds their clients' business: files are 0600 and the folders Atelier
creates 0700, whatever the umask (:data:`PRIVATE_FILE`, :data:`PRIVATE_DIR`). The command
line and the app also set the umask to 077 at start (:func:`private_umask`), so files
written by libraries (SQLite's -wal and -shm, the log, downloads) are private too.

:func:`write_problem` turns an error of a full disk or of a read-only folder (an OSError,
or SQLite's "database or disk is full" / "readonly database") into a sentence for the person.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
from pathlib import Path

from storage.errors import AtelierError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


def private_umask() -> int:
    """Set the process umask to 077 (new files 0600, folders 0700); returns the old one."""
    return os.umask(PRIVATE_UMASK)


def make_private_dir(path: Path) -> Path:
    """Create `path` and its missing parents as 0700 folders (``mkdir -p``; folders that
    already exist are left as they are). Raises OSError."""
    path = Path(path)
    missing: list[Path] = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is cut by the umask
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return path


def make_private(path: Path) -> None:
    """Make an existing file 0600 (a folder 0700); a missing one is ignored."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_DIR if Path(path).is_dir() else PRIVATE_FILE)


def make_store_private(path: Path) -> None:
    """Before SQLite opens the store at `path`: create its folder (0700) and the file itself,
    empty and 0600, when missing, and make an existing store and its -wal, -shm and -journal
    files 0600. SQLite creates -wal and -shm with the store's permissions, so they follow."""
    path = Path(path)
    make_private_dir(path.parent)
    if not path.exists():
        # Another process creating the same store at this moment made it first: fine.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for suffix in ("", "-wal", "-shm", "-journal"):
        # Best effort: a store on a read-only disk is still opened (and read).
        with contextlib.suppress(OSError):
            make_private(Path(f"{path}{suffix}"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, synced, then renamed
    over ``path``: a failure leaves any existing file as it was. The file is private to the
    user (0600, whatever the umask): an export holds their clients' business.
    Raises OSError; the temporary file is removed on any failure."""
    directory = path.parent if str(path.parent) else Path(".")
    tmp = directory / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     PRIVATE_FILE)
        with open(fd, "wb") as f:
            if hasattr(os, "fchmod"):
                os.fchmod(f.fileno(), PRIVATE_FILE)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


# --------------------------------------------------------------------------- disk errors

#: The messages of write_problem, for translation (context "storage"); {path} is filled in.
DISK_FULL = ("The disk is full: Atelier could not write to {path}. Nothing was changed; free "
             "some space and try again.")
READ_ONLY = ("Atelier cannot write to {path}: the folder or the file is read-only. Nothing was "
             "changed; check its permissions, or choose another folder.")

_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
_READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class WriteProblem(AtelierError):
    """Atelier could not write: the disk is full or the place is read-only. Nothing was
    changed. `template` is DISK_FULL or READ_ONLY (translated in the "storage" context),
    `path` the file or folder."""

    def __init__(self, template: str, path: str) -> None:
        super().__init__(template.format(path=path))
        self.template = template
        self.path = path


def write_problem(exc: BaseException, path: Path | str | None = None) -> tuple[str, str] | None:
    """(message template, path) when `exc` says the disk is full or the place is read-only;
    None for any other error. The template is DISK_FULL or READ_ONLY; the path is the file
    the error names, else `path`."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps sqlite3's errors
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        where = str(path) if path is not None else "the store"
        if "disk is full" in text or ("disk i/o error" in text and _disk_full(path)):
            return DISK_FULL, where
        if "readonly" in text or "read-only" in text or "unable to open database" in text:
            return READ_ONLY, where
        return None
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else path
        where_text = str(where) if where is not None else "the folder"
        if exc.errno in _FULL:
            return DISK_FULL, where_text
        if exc.errno in _READ_ONLY:
            return READ_ONLY, where_text
    return None


def _disk_full(path: Path | str | None) -> bool:
    if path is None:
        return False
    try:
        st = os.statvfs(Path(path).parent)
    except (OSError, AttributeError):
        return False
    return st.f_bavail == 0


def describe_write_problem(exc: BaseException, path: Path | str | None = None) -> str | None:
    """write_problem's sentence in English (the command line), or None."""
    problem = write_problem(exc, path)
    return None if problem is None else problem[0].format(path=problem[1])
