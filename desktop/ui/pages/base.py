"""What every page of the main window shares."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from desktop.changes import Changed
from desktop.context import AppContext


class Page(QWidget):
    """A page of the main window.

    Subclasses build their widgets in __init__, set every visible text in `retranslate()`
    (called again on a language switch) and reload data in `refresh()`. A page refreshes
    when shown, and when the store changes while it is shown; a hidden page only notes it.
    """

    #: which changes of the store concern this page (desktop.changes)
    topics: Changed = Changed.NONE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.events.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def make_heading(self) -> QLabel:
        """The page's large title, as every page shows it."""
        label = QLabel()
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        label.setFont(font)
        return label

    def set_page_layout(self, title_row: QLayout, body: QWidget) -> QVBoxLayout:
        """The page's margins, its title row, and `body` taking the rest of the height."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(body, 1)
        return layout

    def retranslate(self) -> None:
        """Set every visible string again (through tr())."""

    def refresh(self) -> None:
        """Reload what the page shows from the store."""

    def _on_changed(self, changes: Changed) -> None:
        if changes & self.topics:
            if self.isVisible():
                self.refresh()
                self._stale = False
            else:
                self._stale = True

    def showEvent(self, event: QEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
