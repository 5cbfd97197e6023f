"""Shared fixtures: every app directory and the store live in a tmp dir; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import so tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before torch starts OpenMP: its workers sleep between parallel regions instead of spinning.
# Tests share the cores with other processes (the suite, other test runs), and there a
# spinning worker loses its core to them: the tiny models decoded 5-10 times slower on the
# long-lived model thread. Speed figures are for `make bench`, which keeps torch's default.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

SHARED_TESTDATA = Path(__file__).resolve().parents[2] / "shared" / "testdata"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user data dir."""
    d = tmp_path_factory.mktemp("atelier-data")
    monkeypatch.setenv("ATELIER_DATA_DIR", str(d))
    monkeypatch.setenv("TZ", "UTC")
    return d


def model_work_left(timeout_s: float = 5.0) -> list[str]:
    """The model threads (``assistants.model_thread``) still running a task after
    ``timeout_s``, or never closed; each is then closed, so that one test's leak does not
    spill into the next."""
    from assistants.model_thread import ModelThread

    left = []
    for mt in ModelThread.instances():
        if not mt.wait_idle(timeout_s):
            left.append(f"{mt.name} still runs {mt.current!r}")
        elif mt.thread is not None and mt.thread.is_alive() and not mt.closed:
            left.append(f"{mt.name} was never closed")
        else:
            continue
        mt.close(timeout_s)
    return left


@pytest.fixture(autouse=True)
def _no_model_work_left() -> Iterator[None]:
    """A test that leaves a model job running (or a model thread open) fails."""
    yield
    left = model_work_left()
    assert not left, f"a test left model work behind: {left}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator:
    from storage.db import open_store

    st = open_store(tmp_path / "atelier.db")
    with st.session() as s, s.begin():
        from storage import settings

        settings.put(s, "timezone", "Europe/Paris")
    yield st
    st.close()

