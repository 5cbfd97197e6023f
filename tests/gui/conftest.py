"""GUI fixtures: a context on a tmp store with an injected clock, notifier and settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool

from desktop.clock import FakeClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class RecordingNotifier:
    """Stands in for the system tray: records what would have been shown."""

    available = True
    unavailable_reason = ""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.messages.append((title, message))


def _make_ctx(qapp, tmp_path: Path, *, demo_orders: int = 0):
    from desktop.app import build_context

    data = tmp_path / "data"
    if demo_orders:
        from storage.db import open_store
        from storage.demo import generate

        with open_store(data / "atelier.db") as st:
            generate(st, orders=demo_orders, seed=7, as_of=NOW)
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return build_context(qapp, data, qsettings=qs, clock=FakeClock(NOW),
                         notifier=RecordingNotifier(), language="en")


def _close(ctx) -> None:
    if ctx.models is not None:
        ctx.models.shutdown()
    assert ctx.jobs.shutdown(10_000), "a job was still running at the end of the test"
    ctx.i18n.set_language("en")
    ctx.store.close()


@pytest.fixture
def ctx(qapp, tmp_path: Path) -> Iterator:
    c = _make_ctx(qapp, tmp_path)
    yield c
    _close(c)


@pytest.fixture
def demo_ctx(qapp, tmp_path: Path) -> Iterator:
    """A context on a 300-order demo store whose 'today' is NOW."""
    c = _make_ctx(qapp, tmp_path, demo_orders=300)
    yield c
    _close(c)


@pytest.fixture
def window(demo_ctx, qtbot) -> Iterator:
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_ctx)
    w.show()
    yield w
    # Jobs first, then delete: a widget deleted while a worker runs Python can be
    # collected from that thread.
    demo_ctx.jobs.wait()
    QCoreApplication.sendPostedEvents()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_thread_left_running() -> Iterator[None]:
    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(5_000)
    assert pool.activeThreadCount() == 0, "a test left a thread running"
