"""A list of two-line rows (a bold title, a muted second line, an optional coloured dot), as
the Draft page lists its drafts and versions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: The item data role of a row's second line.
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1


def dot(colour: str) -> QIcon:
    """A small round icon of one colour (``style.MODEL``, ``style.PERSON``…)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class TwoLineDelegate(QStyledItemDelegate):
    """A list row with a bold first line (the item's text), a muted second line
    (SUBTITLE_ROLE) and the item's icon, both lines elided to the width."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, subtitle = opt.text, str(index.data(SUBTITLE_ROLE) or "")
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        opt.text, opt.icon = "", QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        if isinstance(icon, QIcon) and not icon.isNull():
            icon.paint(painter, rect.x(), rect.y() + 2, 12, 12)
            rect.setLeft(rect.left() + 18)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        muted = main if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(opt.font)
        bold.setBold(True)
        fm_bold, fm = QFontMetrics(bold), QFontMetrics(opt.font)
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        painter.drawText(rect.x(), rect.y() + fm_bold.ascent(),
                         fm_bold.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        painter.setPen(muted)
        painter.drawText(rect.x(), rect.y() + fm_bold.height() + 2 + fm.ascent(),
                         fm.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        return QSize(120, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 12)


def two_line_list() -> QListWidget:
    """A list widget whose rows are drawn by TwoLineDelegate."""
    widget = QListWidget()
    widget.setItemDelegate(TwoLineDelegate(widget))
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.setUniformItemSizes(True)
    return widget
