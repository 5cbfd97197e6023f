"""A layout that puts widgets left to right and wraps them onto new lines when the room is
short: a row of buttons that would otherwise set the window's minimum width."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ArrangedLayout(QLayout):
    """A layout's item plumbing for those whose height follows their width: the items in a
    list, and both the height at a width and the placing done by one ``_arrange`` (the
    height it takes at ``rect``'s width, placing the items when ``move``)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        raise NotImplementedError


class FlowLayout(ArrangedLayout):
    """Lays widgets out left to right and wraps them onto new lines (hidden ones skipped).

    Its minimum width is its widest item's; its size hint is the one line they make when
    there is room, so in a row beside a stretch it takes one line and wraps only when
    the window is narrow. Its height follows its width (heightForWidth)."""

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        items = self._visible()
        if not items:
            return QSize()
        hints = [item.sizeHint() for item in items]
        width = sum(h.width() for h in hints) + self.spacing() * (len(hints) - 1)
        return QSize(width, max(h.height() for h in hints))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Places the items line by line (each centred in its line's height); returns the
        height they take."""
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = rect.x()
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint))
            x += hint.width() + gap
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = rect.x()
            for item, hint in line:
                if move:
                    item.setGeometry(QRect(
                        QPoint(x, y + (height - hint.height()) // 2),
                        QSize(min(hint.width(), rect.width()), hint.height())))
                x += hint.width() + gap
            y += height + gap
        return max(y - gap - rect.y(), 0)


def flow_row(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """``widgets`` in a FlowLayout on a widget of their own (to sit in a box layout)."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing=spacing)
    for widget in widgets:
        flow.addWidget(widget)
    return holder
