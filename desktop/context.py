"""What every page and dialog is given: the store, the job runner, the clock, the notifier,
the language, the Qt settings and the store's change events. No globals."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.clock import Clock
from desktop.i18n import I18n
from desktop.jobs import JobRunner
from desktop.notify import Notifier
from storage.db import Store

if TYPE_CHECKING:
    from desktop.ai import ModelService


class StoreEvents(QObject):
    """Emitted after a write commits, with what changed: "orders", "payments", "gigs",
    "clients", "platforms", "settings", "time", "drafts", "translation". Views refresh on it
    (Anki's shape)."""

    changed = Signal(str)


@dataclass
class AppContext:
    store: Store
    data_dir: Path
    jobs: JobRunner
    clock: Clock
    notifier: Notifier
    i18n: I18n
    qsettings: QSettings
    events: StoreEvents
    models: ModelService | None = None  # local AI models (desktop/ai.py)

    def tr(self, context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)
