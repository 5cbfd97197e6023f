"""Shared fixtures: every app directory and the store live in a tmp dir; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import so tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_TESTDATA = Path(__file__).resolve().parents[2] / "shared" / "testdata"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user data dir."""
    d = tmp_path_factory.mktemp("atelier-data")
    monkeypatch.setenv("ATELIER_DATA_DIR", str(d))
    monkeypatch.setenv("TZ", "UTC")
    return d


@pytest.fixture
def store(tmp_path: Path) -> Iterator:
    from storage.db import open_store

    st = open_store(tmp_path / "atelier.db")
    with st.session() as s, s.begin():
        from storage import settings

        settings.put(s, "timezone", "Europe/Paris")
    yield st
    st.close()

