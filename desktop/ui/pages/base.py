"""What every page of the main window shares."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
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

    def focus_target(self) -> QWidget | None:
        """Where the keyboard goes when the page is shown from the keyboard (its shortcut,
        the command palette): the page's main widget. None: its first field in Tab order."""
        return None

    def take_focus(self) -> QWidget | None:
        """Puts the keyboard in `focus_target()` (else the first widget Tab reaches on the
        page); returns that widget."""
        target = self.focus_target()
        if target is None or not target.isVisible() or not target.isEnabled():
            target = self._first_in_tab_order()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def _first_in_tab_order(self) -> QWidget | None:
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                    and widget.focusProxy() is None):
                return widget
            widget = widget.nextInFocusChain()
        return None

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
