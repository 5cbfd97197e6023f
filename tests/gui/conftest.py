"""GUI fixtures: a context on a tmp store with an injected clock, notifier and settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from desktop.clock import FakeClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny causal LM folder ("tiny-writer"), built once; tests copy it, never change it."""
    from tests.unit.assistants.conftest import build_causal_lm

    return build_causal_lm(tmp_path_factory.mktemp("gui-models") / "tiny-writer")


def shown(qtbot, widget, width: int, height: int):
    """``widget`` handed to qtbot (closed after the test), resized and shown."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


class RecordingNotifier:
    """Stands in for the system tray: records what would have been shown."""

    available = True
    unavailable_reason = ""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.messages.append((title, message))


def _make_ctx(qapp, tmp_path: Path, *, demo_orders: int = 0, set_up: bool = True):
    """A context on a tmp store. ``set_up``: the first-run set-up is done (a French
    micro-entrepreneur, as every store was before statuses), so the main window does not
    open the set-up over the page a test drives; ``fresh_ctx`` leaves it to do."""
    from desktop.app import build_context
    from storage.db import open_store

    data = tmp_path / "data"
    if demo_orders:
        from storage.demo import generate

        with open_store(data / "atelier.db") as st:
            generate(st, orders=demo_orders, seed=7, as_of=NOW)
    elif set_up:
        from storage import settings

        with open_store(data / "atelier.db") as st, st.transaction() as s:
            settings.put(s, "status", "fr_micro")
            settings.put(s, "setup_done", "yes")
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return build_context(qapp, data, qsettings=qs, clock=FakeClock(NOW),
                         notifier=RecordingNotifier(), language="en")


def _close(ctx) -> None:
    # A model job still running now was left by the test: seen before shutdown cancels it.
    idle = ctx.models is None or ctx.models.model_thread.wait_idle(5.0)
    if ctx.models is not None:
        ctx.models.shutdown()
    assert ctx.jobs.shutdown(10_000), "a job was still running at the end of the test"
    ctx.i18n.set_language("en")
    ctx.store.close()
    assert idle, "a test left a model job running on the model thread"


@pytest.fixture
def ctx(qapp, tmp_path: Path) -> Iterator:
    c = _make_ctx(qapp, tmp_path)
    yield c
    _close(c)


@pytest.fixture
def fresh_ctx(qapp, tmp_path: Path) -> Iterator:
    """A context on a new store whose first-run set-up is not done (status "")."""
    c = _make_ctx(qapp, tmp_path, set_up=False)
    yield c
    _close(c)


@pytest.fixture
def demo_ctx(qapp, tmp_path: Path) -> Iterator:
    """A context on a 300-order demo store whose 'today' is NOW."""
    c = _make_ctx(qapp, tmp_path, demo_orders=300)
    yield c
    _close(c)


def dispose(widget, ctx) -> None:
    """Close and delete a top-level widget now. Jobs first, then delete: a widget deleted
    while a worker runs Python can be collected from that thread."""
    ctx.jobs.wait()
    QCoreApplication.sendPostedEvents()  # the jobs' last signals, while the widget exists
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def main_window(ctx, qtbot, size: tuple[int, int] | None = None) -> Iterator:
    """The main window on ``ctx``, shown (at ``size``), disposed of afterwards."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    # the size the tests were written at (the window's default fits the screen, and the
    # offscreen screen is 800 px wide)
    w.resize(*(size or (1280, 800)))
    w.show()
    if size is not None:
        qtbot.waitExposed(w)
    try:
        yield w
    finally:
        dispose(w, ctx)


@pytest.fixture
def window(demo_ctx, qtbot) -> Iterator:
    with main_window(demo_ctx, qtbot) as w:
        yield w


@pytest.fixture
def win(ctx, qtbot) -> Iterator:
    """The main window on the Orders page of a store with an order in progress (selected)
    and one awaiting requirements."""
    from storage.tables import OrderStatus
    from tests.factories import order

    with ctx.store.transaction() as s:
        order(s, title="Awaiting brief", received="2026-11-20T09:00", due="2026-11-28T18:00")
        busy = order(s, title="Logo in progress", received="2026-11-21T09:00",
                     due="2026-11-26T18:00", status=OrderStatus.IN_PROGRESS).id
    with main_window(ctx, qtbot, (1280, 800)) as w:
        w.activateWindow()
        w.show_page("orders").select_order(busy)
        yield w


@pytest.fixture(autouse=True)
def _no_thread_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every job runner made during the test (their pools run the non-model jobs) has no
    thread running at its end; the model threads are watched by tests/conftest.py."""
    from desktop.jobs import JobRunner

    runners: list[JobRunner] = []
    init = JobRunner.__init__

    def recording(self: JobRunner, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        runners.append(self)

    monkeypatch.setattr(JobRunner, "__init__", recording)
    yield
    for runner in runners:
        assert runner.pool.waitForDone(5_000), "a test left a job running"
        assert runner.pool.activeThreadCount() == 0, "a test left a thread running"
