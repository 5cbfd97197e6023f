"""The store file, looked at before anything opens it: its header, its application id, its
schema revision, SQLite's own verdict on damage. Read only: nothing here writes a byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from storage.errors import NotAStoreError, StoreTooNewError
from storage.phrases import Phrase

if TYPE_CHECKING:
    from alembic.config import Config

    from storage.backup_files import BackupInfo

APPLICATION_ID = 0x41544C52  # "ATLR" in the SQLite header: tells an Atelier store from others
MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration's revision (tests/unit/test_migrations.py checks it against alembic's
# head). Kept here so that opening a store that is up to date imports no alembic: reading the
# migration scripts cost about half a second of every start.
HEAD_REVISION = "0012"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


class DamagedStore(NotAStoreError):
    """The store file is damaged: truncated, not SQLite, another application's database, or
    SQLite finds damage in it. The file was left as it was. `problem` says what is wrong;
    `latest` is the newest backup to restore (a `storage.backup.BackupInfo`), if any."""

    def __init__(self, path: Path, problem: str, latest: BackupInfo | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.latest = latest
        if latest is not None:
            offer = (f"The latest backup is from {latest.local_label()}: restore it with "
                     f"`atelier restore {latest.path}` or Settings › Restore…")
        else:
            offer = "There is no backup of it to restore."
        super().__init__(
            f"The store {self.path} cannot be opened: {problem}. The file was left as it was. "
            f"{offer}")


SQLITE_MAGIC = b"SQLite format 3\0"
DAMAGED = Phrase("it is damaged")


#: the store files this process has open (storage.db.Store), by resolved path → count
_OPEN_HERE: dict[str, int] = {}


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def note_open(path: Path) -> None:
    """`path` is open through SQLite in this process: never open() it beside SQLite."""
    key = _key(path)
    _OPEN_HERE[key] = _OPEN_HERE.get(key, 0) + 1


def note_closed(path: Path) -> None:
    key = _key(path)
    left = _OPEN_HERE.get(key, 0) - 1
    if left > 0:
        _OPEN_HERE[key] = left
    else:
        _OPEN_HERE.pop(key, None)


def is_open_here(path: Path) -> bool:
    return _key(path) in _OPEN_HERE


def _header_problem(path: Path) -> str | None:
    """What the first 100 bytes say is wrong with the file (read only), or None. Only what
    SQLite would refuse too: a file shorter than its header announces is `_shorter_than_header`,
    a question for SQLite, not a verdict."""
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        if len(header) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(header):
            return Phrase("it is truncated: only {size} bytes are left", size=size)
        return Phrase("it is not a SQLite database (another kind of file, or overwritten)")
    if len(header) < 100:
        return Phrase("it is truncated: only {size} bytes are left", size=size)
    return None


def _shorter_than_header(path: Path) -> str | None:
    """"it is truncated: …" when the file is shorter than the page count in its header.

    That is damage only when SQLite says so: a process killed while SQLite copied its
    write-ahead log into the file (or a disk that filled up then) leaves the file short of
    its new size, and the -wal beside it still holds every committed page.
    """
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when the change counter matches the
    # "version-valid-for" number (every SQLite since 3.7.0 writes both).
    if pages and header[24:28] == header[92:96] and size < pages * page_size:
        return Phrase("it is truncated: {size} bytes are left of the {announced} its header "
                      "announces", size=size, announced=pages * page_size)
    return None


def read_only_uri(path: Path) -> str:
    """A URI to read `path` without writing a byte or leaving a file beside it. With no
    -wal or -journal beside it, the file alone is the whole database: SQLite is told it is
    immutable, so that it creates no -wal/-shm (which a read-only connection could not
    remove). Otherwise they are read as usual."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal")):
        uri += "&immutable=1"
    return uri


def inspect_store(path: Path, *, integrity: str | None = "quick") -> str | None:
    """Read-only look at an existing file: its schema revision, or None for an empty file.

    Raises DamagedStore (a NotAStoreError: truncated, not SQLite, another application's
    database, damaged inside) or StoreTooNewError without writing a byte to the file.
    `integrity`: "quick" runs `PRAGMA quick_check`, "full" `PRAGMA integrity_check`, None
    neither. An empty file is a new store, unless backups lie beside it (then it is a store
    emptied by accident, and opening it as new would hide the data the backups hold).
    """
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        if _has_backups(path):
            raise DamagedStore(path, Phrase("the file is empty (0 bytes)"))
        return None
    short = None
    # A store this process has open is read through SQLite only: closing any other file on
    # it would drop the process's SQLite locks (POSIX locks belong to the process), and the
    # next program to close it would delete the live -wal.
    if not is_open_here(path):
        problem = _header_problem(path)
        if problem is not None:
            raise DamagedStore(path, problem)
        short = _shorter_than_header(path)
    if short is not None:
        integrity = integrity or "quick"  # SQLite reads every page, through the log, and judges
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedStore(path, Phrase("it cannot be opened ({error})", error=str(exc))) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        check = None
        if app_id == APPLICATION_ID and revision is not None and integrity is not None:
            pragma = "integrity_check" if integrity == "full" else "quick_check"
            check = [r[0] for r in conn.execute(f"PRAGMA {pragma}(5)")]
    except sqlite3.DatabaseError as exc:
        raise DamagedStore(path, Phrase("{problem}: SQLite cannot read it ({error})",
                                        problem=short or DAMAGED, error=str(exc))) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        if not tables:
            return None
        raise DamagedStore(path, Phrase(
            "it is a SQLite database of another application, not an Atelier store"))
    if revision is None:
        raise DamagedStore(path, Phrase("it has no schema revision: it is damaged or incomplete"))
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise StoreTooNewError(Phrase(
            "{file} was written by a newer version of Atelier (schema {revision}). Update "
            "Atelier to open it; the file was left untouched.", file=path, revision=revision))
    if check is not None and check != ["ok"]:
        raise DamagedStore(path, Phrase("{problem}: SQLite finds {findings}",
                                        problem=short or DAMAGED, findings="; ".join(check)))
    return revision


def _has_backups(path: Path) -> bool:
    from storage.backup_files import list_backups

    return bool(list_backups(path.parent))
