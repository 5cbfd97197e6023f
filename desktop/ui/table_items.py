"""Read-only cells of the report tables (Income, its status panels, its Proposals tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem

ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def table_item(text: str, *, number: bool = False, bold: bool = False,
               background: QColor | None = None, value: Any = None) -> QStandardItem:
    """A cell that cannot be edited: numbers right-aligned, totals bold, a row's colour, and
    the value behind the text (for sorting or a click) in UserRole."""
    item = QStandardItem(text)
    item.setEditable(False)
    if number:
        item.setTextAlignment(ALIGN_NUMBER)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if background is not None:
        item.setBackground(QBrush(background))
    if value is not None:
        item.setData(value, Qt.ItemDataRole.UserRole)
    return item
