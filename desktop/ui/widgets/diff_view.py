"""A read-only view of a word diff (storage.provenance.diff): what the person added is green
and underlined, what they removed is red and struck out, the rest is plain."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.ui import style
from storage.provenance import DiffOp

INSERT_BG, INSERT_FG = style.DIFF_INSERT
DELETE_BG, DELETE_FG = style.DIFF_DELETE


def _coloured_format(foreground: str, background: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(foreground))
    fmt.setBackground(QColor(background))
    return fmt


def inserted_format() -> QTextCharFormat:
    fmt = _coloured_format(INSERT_FG, INSERT_BG)
    fmt.setFontUnderline(True)
    return fmt


def deleted_format() -> QTextCharFormat:
    fmt = _coloured_format(DELETE_FG, DELETE_BG)
    fmt.setFontStrikeOut(True)
    return fmt


class DiffView(QTextEdit):
    """Shows a list of DiffOp; ``placeholder`` when there is nothing to compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(8)
        self.ops: list[DiffOp] = []

    def show_ops(self, ops: Sequence[DiffOp]) -> None:
        self.ops = list(ops)
        bar = self.verticalScrollBar()
        position = bar.value()
        self.clear()
        cursor = QTextCursor(self.document())
        plain, added, removed = QTextCharFormat(), inserted_format(), deleted_format()
        cursor.beginEditBlock()
        for op in self.ops:
            if op.tag == "equal":
                cursor.insertText(op.new, plain)
                continue
            if op.old:
                cursor.insertText(op.old, removed)
                if op.new and not op.old[-1].isspace():
                    cursor.insertText(" ", plain)  # keep "old" and "new" apart on screen
            if op.new:
                cursor.insertText(op.new, added)
        cursor.endEditBlock()
        bar.setValue(position)

    def added_text(self) -> str:
        """The inserted stretches, joined (for tests and screen readers)."""
        return "".join(op.new for op in self.ops if op.tag in ("insert", "replace"))

    def removed_text(self) -> str:
        return "".join(op.old for op in self.ops if op.tag in ("delete", "replace"))
