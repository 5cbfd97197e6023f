"""Start-up: the Qt application, the context every page gets, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.ai import ModelService
from desktop.changes import Changed, StoreEvents
from desktop.clock import Clock, SystemClock
from desktop.context import AppContext
from desktop.i18n import I18n
from desktop.jobs import Job, JobRunner, error_text
from desktop.notify import DeadlineWatcher, Notifier, TrayNotifier
from storage import paths, settings
from storage.db import open_store
from storage.errors import StoreError
from storage.store_file import DamagedStore

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
    app.setDesktopFileName("io.atelier.Atelier")  # Wayland: the window gets its .desktop entry
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def build_context(app: QApplication, data_dir: Path, *, qsettings: QSettings | None = None,
                  clock: Clock | None = None, notifier: Notifier | None = None,
                  language: str | None = None) -> AppContext:
    """Everything a window needs. Tests pass their own settings file, clock and notifier."""
    qs = qsettings or QSettings()
    lang = language or qs.value("ui/language") or None
    # The person's language first: a store that cannot be opened is explained in it.
    i18n = I18n(app, lang)
    store = open_store(paths.store_path(data_dir))
    events = StoreEvents()
    ctx = AppContext(
        store=store, data_dir=data_dir, jobs=JobRunner(events=events),
        clock=clock or SystemClock(), notifier=notifier or TrayNotifier(app_icon()),
        i18n=i18n, qsettings=qs, events=events,
    )
    ctx.models = ModelService(ctx.jobs, paths.models_dir(data_dir), qs)
    follow_time_zone(ctx)
    ctx.events.changed.connect(
        lambda changes: Changed.SETTINGS in changes and follow_time_zone(ctx))
    return ctx


def follow_time_zone(ctx: AppContext) -> None:
    """Show dates in the store's time zone (Settings), the one its reports use."""
    with ctx.store.session() as s:
        ctx.i18n.zone = settings.local_zone(s)


def start_daily_backup(ctx: AppContext, window: QMainWindow | None = None) -> Job:
    """Back up the store once per local day, in the background; a failure is logged and
    said in the window's status bar."""
    from storage.backup import daily_backup_if_due

    store_file, now, zone = ctx.store.path, ctx.clock.now(), ctx.i18n.zone

    def done(path: Path | None) -> None:
        if path is not None:
            log.info("daily backup written: %s", path.name)

    def failed(error: BaseException) -> None:
        log.warning("the daily backup failed: %s", error)
        if window is not None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Startup", "Today's backup could not be made: {error}").format(
                    error=error_text(error)), 60_000)

    return ctx.jobs.submit(
        QCoreApplication.translate("Startup", "Backing up your data…"),
        lambda _job: daily_backup_if_due(store_file, now=now, zone=zone),
        on_finished=done, on_failed=failed)


def damaged_store_text(error: DamagedStore) -> tuple[str, str]:
    """What is wrong with the store, and what can be done, in the person's language."""
    from desktop.i18n import date_time_format
    from desktop.jobs import phrase_text

    problem = QCoreApplication.translate(
        "Startup", "Atelier cannot open your store: {problem}.\n\nThe file was left as it "
        "was.").format(problem=phrase_text(error.problem, "storage"))
    if error.latest is None:
        return problem, QCoreApplication.translate(
            "Startup", "There is no backup of it to restore. The store is {path}.").format(
                path=error.path)
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(error.latest.created_at.timestamp())),
        date_time_format(QLocale()))
    return problem, QCoreApplication.translate(
        "Startup", "The latest backup is from {date}. Restore it? The damaged store is kept "
        "in the backups folder.").format(date=when)


def _ask_restore(error: DamagedStore) -> bool:
    assert error.latest is not None
    problem, offer = damaged_store_text(error)
    box = QMessageBox(QMessageBox.Icon.Critical, "Atelier", problem)
    box.setInformativeText(offer)
    box.setDetailedText(str(error))
    restore_button = box.addButton(
        QCoreApplication.translate("Startup", "Restore the latest backup"),
        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.exec()
    return box.clickedButton() is restore_button


def recover_damaged_store(app: QApplication, data_dir: Path, error: DamagedStore, *,
                          ask: Callable[[DamagedStore], bool] = _ask_restore,
                          **context: Any) -> AppContext | None:
    """At start-up, on a damaged store: offer to restore the latest backup (the damaged file
    is kept in the backups folder, never changed) or quit. The context on the restored
    store, or None to quit (after saying why)."""
    from storage.backup import restore

    if error.latest is None:
        QMessageBox.critical(None, "Atelier", "\n\n".join(damaged_store_text(error)))
        return None
    if not ask(error):
        return None
    try:
        result = restore(data_dir, error.latest.path)
        log.warning("damaged store (%s) replaced by the backup %s; kept as %s", error.problem,
                    result.source.name, result.kept.name if result.kept else "-")
        return build_context(app, data_dir, **context)
    except StoreError as exc:
        QMessageBox.critical(None, "Atelier", error_text(exc))
        return None


def run_gui(data_dir: Path) -> int:
    from desktop.logs import setup_logging, stop_logging

    log_handler = setup_logging(data_dir)
    previous_hook = sys.excepthook

    def log_uncaught(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        # An error in a slot ends here (PySide prints it and goes on): keep it for support.
        log.critical("uncaught error", exc_info=(kind, value, tb))
        from desktop.jobs import is_user_error

        # A full disk, a read-only folder, a store another writer keeps busy: say so.
        if is_user_error(value):
            QMessageBox.warning(None, "Atelier", error_text(value))
            return
        previous_hook(kind, value, tb)

    sys.excepthook = log_uncaught
    try:
        return _run_gui(data_dir)
    finally:
        sys.excepthook = previous_hook
        stop_logging(log_handler)


def _run_gui(data_dir: Path) -> int:
    from desktop.version import app_version

    log.info("Atelier %s starting (data folder %s)", app_version(), data_dir)
    if QApplication.instance() is None:
        from desktop import linux_startup

        # Qt would abort with "no Qt platform plugin could be initialized": name the library.
        problem = linux_startup.xcb_problem()
        if problem is not None:
            log.error("%s", problem)
            print(problem, file=sys.stderr)
            return 2
    app = ensure_app()
    try:
        ctx = build_context(app, data_dir)
    except DamagedStore as exc:
        log.error("the store cannot be opened: %s", exc.problem)
        recovered = recover_damaged_store(app, data_dir, exc)
        if recovered is None:
            return 2
        ctx = recovered
    except StoreError as exc:
        log.error("the store cannot be opened: %s", exc)
        QMessageBox.critical(None, "Atelier", error_text(exc))
        return 2
    except Exception as exc:  # a full disk or a read-only data folder: a sentence, not a crash
        from storage.files import write_problem

        if write_problem(exc, data_dir) is None:
            raise
        log.error("the store cannot be opened: %s", exc)
        QMessageBox.critical(None, "Atelier", error_text(exc))
        return 2
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    watcher = DeadlineWatcher(ctx.store, ctx.clock, ctx.notifier, parent=window)
    window.show()
    watcher.start()
    QTimer.singleShot(0, lambda: start_daily_backup(ctx, window))
    code = app.exec()
    watcher.stop()
    if ctx.models is not None:
        ctx.models.shutdown()
    ctx.jobs.shutdown()
    ctx.store.close()
    log.info("Atelier closed")
    return code
