"""A toolbar row of two parts: the left part (search, filters), and the right part (the action
buttons) flush right beside it when both fit, else on a line of its own below, still flush
right — rather than the buttons squeezed into a narrow column of three or four lines beside
the filters (the Gigs page at 1024 px in French)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget, QWidgetItem

from desktop.ui.widgets.flow_layout import ArrangedLayout


class PairLayout(ArrangedLayout):
    """Two widgets side by side while they fit, else one above the other (TwoPartRow,
    widgets.caption_row.CaptionRow): each places its pair in ``_arrange``."""

    def __init__(self, first: QWidget, second: QWidget, spacing: int) -> None:
        super().__init__(spacing=spacing)
        for widget in (first, second):
            self.addChildWidget(widget)
            self._items.append(QWidgetItem(widget))

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal


class TwoPartRow(PairLayout):
    """``left`` then ``right`` (a widget whose height may follow its width, like a flow_row)."""

    def __init__(self, left: QWidget, right: QWidget, spacing: int = 8) -> None:
        super().__init__(left, right, spacing)

    def sizeHint(self) -> QSize:
        left, right = (item.sizeHint() for item in self._items[:2])
        return QSize(left.width() + self.spacing() + right.width(),
                     max(left.height(), right.height()))

    def minimumSize(self) -> QSize:
        left, right = (item.minimumSize() for item in self._items[:2])
        return QSize(max(left.width(), right.width()), left.height() + right.height())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        left_item, right_item = self._items[:2]
        left, right = left_item.sizeHint(), right_item.sizeHint()
        gap = self.spacing()
        if left.width() + gap + right.width() <= rect.width():  # one line
            height = max(left.height(), right.height())
            if move:  # the left part takes the room between (its search box grows)
                left_item.setGeometry(QRect(rect.x(), rect.y() + (height - left.height()) // 2,
                                            rect.width() - gap - right.width(), left.height()))
                right_item.setGeometry(QRect(rect.right() + 1 - right.width(),
                                             rect.y() + (height - right.height()) // 2,
                                             right.width(), right.height()))
            return height
        left_width = rect.width()
        right_width = min(right.width(), rect.width())
        right_height = (right_item.heightForWidth(right_width)
                        if right_item.hasHeightForWidth() else right.height())
        if move:
            left_item.setGeometry(QRect(rect.x(), rect.y(), left_width, left.height()))
            right_item.setGeometry(QRect(rect.right() + 1 - right_width,
                                         rect.y() + left.height() + gap,
                                         right_width, right_height))
        return left.height() + gap + right_height
