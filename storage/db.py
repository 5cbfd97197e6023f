"""Opening a store: checks before touching the file, pragmas, migrations, first-run defaults."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import NotAStoreError, StoreBusy, StoreError, StoreTooNewError
from storage.files import make_store_private
from storage.models import Base

if TYPE_CHECKING:
    from storage.backup import BackupInfo

APPLICATION_ID = 0x41544C52  # "ATLR" in the SQLite header: tells an Atelier store from others
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


class Store:
    """An open store: an engine and the factory of its sessions. One Session per thread."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessionmaker = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessionmaker()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one write transaction: committed on success, rolled back on any
        error. It starts with the store's write lock (`BEGIN IMMEDIATE`), so what it reads
        cannot change before it writes: the app and `atelier` commands may write at once.
        Raises StoreBusy when another writer keeps the lock past the busy timeout."""
        with self.sessionmaker() as s, s.begin():
            begin_immediate(s.connection())
            with busy_as_store_busy():
                yield s

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """`transaction()` for Core statements: a connection in one write transaction."""
        with busy_as_store_busy(), self.engine.begin() as conn:
            begin_immediate(conn)
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """Close every connection and open the file again, migrating it if needed (after
        `storage.backup.restore` replaced it). Everyone holding this Store keeps using it."""
        self.engine.dispose()
        fresh = open_store(self.path)
        self.engine = fresh.engine
        self.sessionmaker = fresh.sessionmaker

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` is SQLite's "database is locked": another writer kept the lock."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlite3.OperationalError) and (
        "locked" in str(orig) or "busy" in str(orig))


@contextmanager
def busy_as_store_busy() -> Iterator[None]:
    """SQLite's "database is locked" (the busy timeout ran out) as StoreBusy."""
    try:
        yield
    except OperationalError as exc:
        if is_busy(exc):
            raise StoreBusy() from exc
        raise


def begin_immediate(conn: Connection) -> None:
    """Start the connection's transaction with the write lock, waiting up to the busy timeout.

    pysqlite opens no transaction before a SELECT and a plain BEGIN before the first write,
    so a check read before that write ("the store is empty") could be stale by then; and
    a deferred transaction that must upgrade to writing fails at once instead of waiting.
    """
    with busy_as_store_busy():
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL + FULL: a commit the app reported survives a crash of the app or of the machine.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


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


def _header_problem(path: Path) -> str | None:
    """What the first 100 bytes say is wrong with the file (read only), or None. Only what
    SQLite would refuse too: a file shorter than its header announces is `_shorter_than_header`,
    a question for SQLite, not a verdict."""
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        if len(header) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(header):
            return f"it is truncated: only {size} bytes are left"
        return "it is not a SQLite database (another kind of file, or overwritten)"
    if len(header) < 100:
        return f"it is truncated: only {size} bytes are left"
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
        return (f"it is truncated: {size} bytes are left of the {pages * page_size} its "
                "header announces")
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
            raise DamagedStore(path, "the file is empty (0 bytes)")
        return None
    problem = _header_problem(path)
    if problem is not None:
        raise DamagedStore(path, problem)
    short = _shorter_than_header(path)
    if short is not None:
        integrity = integrity or "quick"  # SQLite reads every page, through the log, and judges
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedStore(path, f"it cannot be opened ({exc})") from exc
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
        raise DamagedStore(
            path, f"{short or 'it is damaged'}: SQLite cannot read it ({exc})") from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        if not tables:
            return None
        raise DamagedStore(
            path, "it is a SQLite database of another application, not an Atelier store")
    if revision is None:
        raise DamagedStore(path, "it has no schema revision: it is damaged or incomplete")
    if revision not in known_revisions():
        raise StoreTooNewError(
            f"{path} was written by a newer version of Atelier (schema {revision}). "
            "Update Atelier to open it; the file was left untouched."
        )
    if check is not None and check != ["ok"]:
        raise DamagedStore(path, f"{short or 'it is damaged'}: SQLite finds " + "; ".join(check))
    return revision


def _has_backups(path: Path) -> bool:
    from storage.backup import list_backups

    return bool(list_backups(path.parent))


QUICK_CHECK_MAX_BYTES = 16 * 1024**2


def _small(path: Path) -> bool:
    """Small enough that a quick_check at open costs a few milliseconds."""
    try:
        return path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    except OSError:
        return True


def open_store(path: Path | str, *, seed: bool = True) -> Store:
    """Open (creating if needed) the store at `path`, migrating it to the current schema.

    An existing store is backed up (`storage.backup`) before any migration. A damaged file
    raises DamagedStore naming the latest backup; it is never written, moved or deleted.
    """
    path = Path(path)
    try:
        # The header, application id and revision are checked at every open; the page-by-page
        # quick_check is not (it reads the whole file: 200 ms on a 220 MB store) but runs on
        # every backup's copy (storage.backup), so damage inside shows within a day.
        revision = inspect_store(path, integrity="quick" if _small(path) else None)
    except DamagedStore as exc:
        from storage.backup import latest_backup

        raise DamagedStore(path, exc.problem, latest_backup(path.parent)) from exc
    make_store_private(path)  # 0600 before SQLite opens it: its -wal and -shm follow
    head = head_revision()
    if revision is not None and revision != head:
        _backup_before_migration(path, revision, head)
    engine = make_engine(path)
    try:
        if revision is None:
            _create(engine, seed=seed)
        else:
            if revision != head:
                upgrade(engine)
            _ensure_wal(engine)
    except Exception:
        engine.dispose()
        raise
    return Store(path, engine)


def _ensure_wal(engine: Engine) -> None:
    """Stores made by running the migrations (or restored from elsewhere) get WAL too."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal":
            return
        # Refused while another program has it open: the next open switches it.
        with suppress(OperationalError):
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")


def _backup_before_migration(path: Path, revision: str, head: str) -> None:
    from storage.backup import backup_now

    try:
        backup_now(path, reason=f"before-migration-{revision}-{head}")
    except (StoreError, OSError) as exc:
        raise StoreError(
            f"Atelier did not upgrade the store {path} because it could not back it up "
            f"first: {exc} The store was left as it was.") from exc


def _create(engine: Engine, *, seed: bool) -> None:
    """Schema, revision stamp and first-run data in one transaction: a process killed while
    creating the store leaves a file with no tables, which the next open creates again.

    Two processes may create the same store at once (the app and a command on a new data
    folder): the second waits for the write lock, then finds the schema and keeps it.
    """
    with engine.connect() as conn:
        # A persistent setting, and one SQLite refuses inside a transaction.
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    with busy_as_store_busy(), engine.begin() as conn:
        begin_immediate(conn)
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                "AND name = 'alembic_version'").first() is not None:
            return
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(conn)
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
        if seed:
            from storage.defaults import seed_defaults

            with Session(conn) as s:
                seed_defaults(s)
                s.flush()


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


__all__ = ["APPLICATION_ID", "DamagedStore", "Store", "StoreError", "open_store"]
