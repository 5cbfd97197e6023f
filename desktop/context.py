"""What every page and dialog is given: the store, the job runner, the clock, the notifier,
the language, the Qt settings and the store's change events. No globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings
from sqlalchemy.orm import Session

from desktop.changes import Changed, StoreEvents
from desktop.clock import Clock
from desktop.i18n import I18n
from desktop.jobs import JobRunner
from desktop.notify import Notifier
from storage.db import Store

if TYPE_CHECKING:
    from desktop.ai import ModelService


__all__ = ["AppContext", "Changed", "StoreEvents"]
T = TypeVar("T")


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

    def write(self, changes: Changed, op: Callable[[Session], T]) -> T:
        """Run ``op`` in one write transaction; once it committed, tell the views what it
        changed (``events.changed``, once) and return what ``op`` returned. An error raised
        by ``op`` rolls everything back, is raised again and nothing is emitted:

            gig_id = self.ctx.write(Changed.GIGS, lambda s: save_gig(s, fields, gig_id).id)
        """
        with self.store.transaction() as s:
            result = op(s)
        self.events.emit(changes)
        return result

    def tr(self, context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)
