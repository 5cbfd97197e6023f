"""Opening a store: checks before touching the file, pragmas, migrations, first-run defaults."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import NotAStoreError, StoreError, StoreTooNewError
from storage.models import Base

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
        """A session inside one transaction: committed on success, rolled back on any error."""
        with self.sessionmaker() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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


def inspect_store(path: Path) -> str | None:
    """Read-only look at an existing file: its schema revision, or None for an empty file.

    Raises NotAStoreError or StoreTooNewError without writing a byte to the file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAStoreError(f"{path} cannot be opened: {exc}") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NotAStoreError(
            f"{path} is not an Atelier store (it is not a readable SQLite database: {exc})."
        ) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        if not tables:
            return None
        raise NotAStoreError(
            f"{path} is a SQLite database of another application, not an Atelier store. "
            "It was left untouched."
        )
    if revision is None:
        raise NotAStoreError(f"{path} has no schema revision: it is damaged or incomplete.")
    if revision not in known_revisions():
        raise StoreTooNewError(
            f"{path} was written by a newer version of Atelier (schema {revision}). "
            "Update Atelier to open it; the file was left untouched."
        )
    return revision


def open_store(path: Path | str, *, seed: bool = True) -> Store:
    """Open (creating if needed) the store at `path`, migrating it to the current schema."""
    path = Path(path)
    revision = inspect_store(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        if revision is None:
            _create(engine, seed=seed)
        elif revision != head_revision():
            upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Store(path, engine)


def _create(engine: Engine, *, seed: bool) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(conn)
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
    if seed:
        from storage.defaults import seed_defaults

        with Session(engine) as s, s.begin():
            seed_defaults(s)


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


__all__ = ["APPLICATION_ID", "Store", "StoreError", "open_store"]
