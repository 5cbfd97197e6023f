"""The writer's right column: a draft's versions (newest first, each with who wrote it) above
the word diff from one version to the text in the editor.

    panel = VersionsPanel()
    panel.version_selected.connect(...)     # (version id, or 0 when none)
    panel.restore_button.clicked.connect(...)
    panel.show_versions(rows, selected=version_id)   # rows: VersionRow, newest first
    panel.show_diff(ops, "From “AI · qwen” (09:41) to the text in the editor")
    panel.show_diff(None)                            # nothing to compare with

The texts (captions, legend, tooltips) come from the page, in its language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QWidget,
)

from desktop.ui import style
from desktop.ui.forms import column_widget
from desktop.ui.widgets.diff_view import DiffView
from desktop.ui.widgets.two_line_list import SUBTITLE_ROLE, two_line_list
from storage.provenance import DiffOp


@dataclass(frozen=True)
class VersionRow:
    """One row of the versions list."""

    id: int
    icon: QIcon
    label: str
    subtitle: str
    tooltip: str


def _caption(label: QLabel) -> QLabel:
    return style.bold(label)


class VersionsPanel(QSplitter):
    """Versions above, changes below, in a vertical splitter."""

    #: The person selected a version (its id; 0 when none is selected).
    version_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.versions_caption = _caption(QLabel())
        self.versions_list = two_line_list()
        self.versions_empty = style.muted(QLabel(), wrap=True)
        self.versions_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.restore_button = QPushButton()
        self.changes_caption = _caption(QLabel())
        self.compare_label = style.muted(QLabel(), wrap=True)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.diff_view = DiffView()
        self.diff_empty = style.muted(QLabel(), wrap=True)
        self.diff_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        versions_box = column_widget(
            self.versions_caption, (self.versions_list, 1), (self.versions_empty, 1),
            (self.restore_button, 0, Qt.AlignmentFlag.AlignRight), spacing=6)
        changes_box = column_widget(
            self.changes_caption, self.compare_label, self.legend, (self.diff_view, 1),
            (self.diff_empty, 1), spacing=6, margins=(0, 6, 0, 0))
        self.addWidget(versions_box)
        self.addWidget(changes_box)
        self.setChildrenCollapsible(False)
        self.setSizes([230, 470])
        self.setMinimumWidth(220)
        self.versions_list.currentRowChanged.connect(self._row_changed)

    def show_versions(self, rows: Sequence[VersionRow], *, selected: int | None) -> None:
        """List ``rows`` (newest first), ``selected`` current, without emitting
        ``version_selected``."""
        self.versions_list.blockSignals(True)
        self.versions_list.clear()
        for row in rows:
            item = QListWidgetItem(row.icon, row.label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(SUBTITLE_ROLE, row.subtitle)
            item.setToolTip(row.tooltip)
            self.versions_list.addItem(item)
            if row.id == selected:
                self.versions_list.setCurrentItem(item)
        self.versions_list.blockSignals(False)
        has = bool(rows)
        self.versions_list.setVisible(has)
        self.versions_empty.setVisible(not has)
        self.restore_button.setVisible(has)

    def selected_id(self) -> int | None:
        """The id of the version selected in the list."""
        item = self.versions_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _row_changed(self, row: int) -> None:
        item = self.versions_list.item(row) if row >= 0 else None
        self.version_selected.emit(int(item.data(Qt.ItemDataRole.UserRole)) if item else 0)

    def show_diff(self, ops: list[DiffOp] | None, compare_text: str = "") -> None:
        """The word diff ``ops`` under ``compare_text``; None: nothing to compare with."""
        self.diff_view.show_ops(ops or [])
        if ops is not None:
            self.compare_label.setText(compare_text)
        for widget in (self.diff_view, self.compare_label, self.legend):
            widget.setVisible(ops is not None)
        self.diff_empty.setVisible(ops is None)
