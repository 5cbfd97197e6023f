"""A row of a wrapping caption and the buttons that act on it: the buttons beside the caption
while it fits on one line there, else the caption across the whole row and the buttons on a
line of their own below — rather than the caption squeezed into a narrow column of four to
seven lines beside them (the Drafts page's "For ‹order› · client" at 1024 px)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel, QLayoutItem, QWidget

from desktop.ui.widgets.two_part_row import PairLayout

#: wider than any window: the caption's height on a single line
ONE_LINE = 100_000


class CaptionRow(PairLayout):
    """``caption`` (a word-wrapping label) then ``right`` (a widget whose height may follow
    its width, like a flow_row)."""

    def __init__(self, caption: QLabel, right: QWidget, spacing: int = 6) -> None:
        super().__init__(caption, right, spacing)

    def sizeHint(self) -> QSize:
        caption, right = self._items[:2]
        hint = right.sizeHint()
        return QSize(caption.sizeHint().width() + self.spacing() + hint.width(),
                     max(self._height(caption, ONE_LINE), hint.height()))

    def minimumSize(self) -> QSize:
        caption, right = (item.minimumSize() for item in self._items[:2])
        return QSize(max(caption.width(), right.width()), caption.height() + right.height())

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.isEmpty():
            return 0
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        caption, right = self._items[:2]
        gap = self.spacing()
        hint = QSize(0, 0) if right.isEmpty() else right.sizeHint()
        room = rect.width() - (gap + hint.width() if hint.width() else 0)
        one_line = self._height(caption, ONE_LINE)
        if room > 0 and self._height(caption, room) <= one_line:  # side by side
            height = max(one_line, hint.height())
            if move:
                caption.setGeometry(QRect(rect.x(), rect.y() + (height - one_line) // 2,
                                          room, one_line))
                right.setGeometry(QRect(rect.right() + 1 - hint.width(),
                                        rect.y() + (height - hint.height()) // 2,
                                        hint.width(), hint.height()))
            return height
        caption_height = self._height(caption, rect.width())
        right_width = min(hint.width(), rect.width())
        right_height = self._height(right, right_width)
        if move:
            caption.setGeometry(QRect(rect.x(), rect.y(), rect.width(), caption_height))
            right.setGeometry(QRect(rect.right() + 1 - right_width,
                                    rect.y() + caption_height + gap, right_width, right_height))
        return caption_height + gap + right_height
