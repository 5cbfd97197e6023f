"""Start-up: the Qt application, the context every page gets, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ai import ModelService
from desktop.clock import Clock, SystemClock
from desktop.context import AppContext, StoreEvents
from desktop.i18n import I18n
from desktop.jobs import JobRunner
from desktop.notify import DeadlineWatcher, Notifier, TrayNotifier
from storage import paths, settings
from storage.db import open_store
from storage.errors import StoreError

RESOURCES = Path(__file__).with_name("resources")
log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "atelier.svg"))


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    # One look on every platform (and in screenshots); native styles differ a lot offscreen.
    app.setStyle("Fusion")
    app.setOrganizationName("Atelier")
    app.setApplicationName("Atelier")
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def build_context(app: QApplication, data_dir: Path, *, qsettings: QSettings | None = None,
                  clock: Clock | None = None, notifier: Notifier | None = None,
                  language: str | None = None) -> AppContext:
    """Everything a window needs. Tests pass their own settings file, clock and notifier."""
    store = open_store(paths.store_path(data_dir))
    qs = qsettings or QSettings()
    lang = language or qs.value("ui/language") or None
    ctx = AppContext(
        store=store, data_dir=data_dir, jobs=JobRunner(), clock=clock or SystemClock(),
        notifier=notifier or TrayNotifier(app_icon()), i18n=I18n(app, lang), qsettings=qs,
        events=StoreEvents(),
    )
    ctx.models = ModelService(ctx.jobs, paths.models_dir(data_dir), qs)
    follow_time_zone(ctx)
    ctx.events.changed.connect(lambda topic: topic == "settings" and follow_time_zone(ctx))
    return ctx


def follow_time_zone(ctx: AppContext) -> None:
    """Show dates in the store's time zone (Settings), the one its reports use."""
    with ctx.store.session() as s:
        ctx.i18n.zone = settings.local_zone(s)


def run_gui(data_dir: Path) -> int:
    app = ensure_app()
    try:
        ctx = build_context(app, data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, "Atelier", str(exc))
        return 2
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    watcher = DeadlineWatcher(ctx.store, ctx.clock, ctx.notifier, parent=window)
    window.show()
    watcher.start()
    code = app.exec()
    watcher.stop()
    if ctx.models is not None:
        ctx.models.shutdown()
    ctx.jobs.shutdown()
    ctx.store.close()
    return code
