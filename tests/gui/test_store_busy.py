"""A write the app cannot make because another Atelier window or command keeps the store
busy is a sentence in the person's language, never a traceback, and writes nothing."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.jobs import error_text, is_user_error
from storage import db
from storage.errors import StoreBusy
from tests.factories import order


def test_a_busy_store_is_a_sentence_for_jobs_forms_and_slots(store, monkeypatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        store.engine.dispose()  # new connections take the short timeout
        with pytest.raises(StoreBusy) as caught, store.transaction() as s:
            order(s, title="Never written")
    finally:
        other.close()
    assert is_user_error(caught.value)
    assert error_text(caught.value) == QCoreApplication.translate("storage", StoreBusy.MESSAGE)
    assert "try again" in error_text(caught.value)


def test_sqlites_own_locked_error_reads_as_the_busy_sentence() -> None:
    from sqlalchemy.exc import OperationalError

    raw = OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))
    assert is_user_error(raw)
    assert error_text(raw) == QCoreApplication.translate("storage", StoreBusy.MESSAGE)
