"""Opening stores: new, existing, too new, foreign; schema from models equals migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from storage.db import APPLICATION_ID, head_revision, open_store, upgrade
from storage.derived import is_derived_table
from storage.errors import NotAStoreError, StoreTooNewError
from storage.tables import Base, Order, Platform


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_at_head_with_wal_foreign_keys_and_presets(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as st, st.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            head_revision()
        fees = dict(conn.execute(select(Platform.name, Platform.fee_bp)).all())
    assert fees == {"Fiverr": 2000, "Upwork": 1000, "Malt": 1000, "ComeUp": None, "Direct": 0}


def test_reopening_keeps_data_and_does_not_reseed_edited_presets(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as st, st.transaction() as s:
        s.scalars(select(Platform).where(Platform.name == "ComeUp")).one().fee_bp = 1500
    with open_store(tmp_path / "a.db") as st, st.session() as s:
        assert s.scalars(select(Platform).where(Platform.name == "ComeUp")).one().fee_bp == 1500
        assert s.scalar(select(func.count(Platform.id))) == 5


def _schema_objects(engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        return {(r[0], r[1]) for r in rows}


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    """A store made by create_all and one made by running every migration must not differ."""
    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    upgrade(migrated)
    with migrated.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={
                "include_name": lambda name, type_, _: not (
                    type_ == "table" and is_derived_table(name))}),
            Base.metadata)
    assert diff == []
    with open_store(tmp_path / "created.db") as created:
        # Triggers, indexes and the search index too, which compare_metadata does not see.
        assert _schema_objects(created.engine) == _schema_objects(migrated)
    migrated.dispose()


def _execute(path: Path, sql: str) -> None:
    """Runs one SQL statement on the SQLite file at ``path`` behind Atelier's back."""
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def _refused_untouched(path: Path, error: type[Exception], match: str) -> None:
    """Opening ``path`` raises ``error`` (message matching ``match``); the file is unchanged."""
    before = digest(path)
    with pytest.raises(error, match=match):
        open_store(path)
    assert digest(path) == before


def test_store_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_store(path).close()
    _execute(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    _refused_untouched(path, StoreTooNewError, "newer version of Atelier")


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\0" + b"x" * 50]
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(content)
    with pytest.raises(NotAStoreError):
        open_store(path)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _execute(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    _refused_untouched(path, NotAStoreError, "another application")


def test_empty_file_becomes_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.touch()
    with open_store(path) as st, st.session() as s:
        assert s.scalar(select(func.count(Order.id))) == 0
