"""Desktop notifications and the deadline watcher.

Real desktops have a system tray; where there is none (headless, some Wayland sessions),
reminders still reach the user: they show in the window and `available` says why.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.clock import Clock
from storage.db import Store
from storage.orders import deadlines, due_soon_window


class Notifier(Protocol):
    available: bool
    unavailable_reason: str

    def notify(self, title: str, message: str) -> None: ...


class TrayNotifier(QObject):
    """The system-tray icon and its balloon messages. `shown` also fires, so the window
    can echo a reminder in its status bar whether or not a tray exists."""

    shown = Signal(str, str)
    activated = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if self.available:
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Atelier")
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.show()

    @property
    def unavailable_reason(self) -> str:
        # Worded when shown: the notifier is built before the translators are installed.
        if self.available:
            return ""
        return QCoreApplication.translate(
            "TrayNotifier", "This desktop has no system tray: deadline reminders appear in "
            "the window's status bar instead.")

    def notify(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information,
                                  10_000)
        self.shown.emit(title, message)


class DeadlineWatcher(QObject):
    """Checks deadlines on a timer: one reminder when an order comes within the due-soon
    window (Settings, read at each check), one when it has just become late. The clock is
    injected, so tests never sleep."""

    checked = Signal()

    def __init__(self, store: Store, clock: Clock, notifier: Notifier, *,
                 interval_ms: int = 5 * 60_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.clock, self.notifier = store, clock, notifier
        # (order id, due date) already reminded: a postponed deadline is reminded again
        self._reminded_soon: set[tuple[int, datetime]] = set()
        self._known_late: set[int] | None = None  # None: not checked yet
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        now: datetime = self.clock.now()
        with self.store.session() as s:
            window = due_soon_window(s)
            late, soon = deadlines(s, now, window)
            late_info = {o.id: (o.title, o.client.name) for o in late}
            soon_info = {o.id: (o.title, o.client.name, o.due_at) for o in soon}
        if self._known_late is not None:
            for oid in sorted(set(late_info) - self._known_late):
                title, client = late_info[oid]
                heading = QCoreApplication.translate("DeadlineWatcher", "Order now late")
                self.notifier.notify(heading, f"{title} — {client}")
        self._known_late = set(late_info)
        for oid in sorted(soon_info):
            title, client, due = soon_info[oid]
            if (oid, due) in self._reminded_soon:
                continue
            heading = QCoreApplication.translate("DeadlineWatcher", "Due within {hours} h")
            heading = heading.format(hours=int(window.total_seconds() // 3600))
            self.notifier.notify(heading, f"{title} — {client}")
            self._reminded_soon.add((oid, due))
        self.checked.emit()
