"""Opening a store: checks before touching the file, pragmas, migrations, first-run defaults."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import StoreBusy, StoreError
from storage.files import make_store_private
from storage.phrases import Phrase
from storage.store_file import (
    APPLICATION_ID,
    DamagedStore,
    alembic_config,
    head_revision,
    inspect_store,
    note_closed,
    note_open,
)
from storage.tables import Base

BUSY_TIMEOUT_MS = 10_000


class Store:
    """An open store: an engine and the factory of its sessions. One Session per thread."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessionmaker = sessionmaker(engine, expire_on_commit=False)
        self._noted = True
        note_open(path)

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
        if self._noted:
            self._noted = False
            note_closed(self.path)

    def reopen(self) -> None:
        """Close every connection and open the file again, migrating it if needed (after
        `storage.backup.restore` replaced it). Everyone holding this Store keeps using it."""
        self.engine.dispose()
        if self._noted:  # closed: open_store may read the file (it was replaced)
            self._noted = False
            note_closed(self.path)
        fresh = open_store(self.path)
        self.engine = fresh.engine
        self.sessionmaker = fresh.sessionmaker
        fresh._noted = False  # this Store keeps the count
        self._noted = True

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
        from storage.backup_files import latest_backup

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
        raise StoreError(Phrase(
            "Atelier did not upgrade the store {file} because it could not back it up first: "
            "{error} The store was left as it was.", file=path,
            error=exc.args[0] if isinstance(exc, StoreError) and exc.args else exc)) from exc


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
        from alembic import command

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
        if seed:
            from storage.defaults import seed_defaults

            with Session(conn) as s:
                seed_defaults(s)
                s.flush()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


__all__ = ["APPLICATION_ID", "DamagedStore", "Store", "StoreError", "open_store"]
