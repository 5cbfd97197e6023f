"""How the translation editor draws segments: placeholders as small tags, statuses as chips.

- :func:`segment_html` renders a segment's text for a QTextDocument or a QLabel, each inline
  formatting placeholder (``⟨1⟩``, ``⟨/1⟩``, ``⟨2/⟩``) as a small tinted tag ``<1>``,
  ``</1>``, ``<2/>`` (the brackets of the raw form are hard to tell apart in a UI font);
- :class:`SegmentDelegate` paints the grid's source and translation cells with it (two lines at
  most, the rest in the editor pane) and the status cell as a coloured chip, with a mark when
  the quality checks found something;
- :class:`PlaceholderHighlighter` tints the placeholders in the translation editor.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.itemmodels.segments_model import SegmentsModel
from desktop.ui import style
from storage.documents.placeholders import PLACEHOLDER_RE

TAG_BG, TAG_FG = style.SEGMENT_TAG
WARNING_COLOR = style.WARNING
ERROR_COLOR = style.ERROR
LINES = 2  # lines of text a grid row shows
PADDING = 5


def tag_label(token: str) -> str:
    """``⟨1⟩`` → ``<1>``, ``⟨/1⟩`` → ``</1>``, ``⟨2/⟩`` → ``<2/>``."""
    return "<" + token[1:-1] + ">"


def segment_html(text: str) -> str:
    """``text`` as HTML with its placeholders as small tags, white space kept."""
    out: list[str] = []
    pos = 0
    for m in PLACEHOLDER_RE.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(f'<span style="background-color:{TAG_BG}; color:{TAG_FG}; '
                   f'font-size:small; font-weight:600;">&#8239;'
                   f'{html.escape(tag_label(m.group(0)))}&#8239;</span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<span style="white-space:pre-wrap;">{body}</span>'


Index = QModelIndex | QPersistentModelIndex


class SegmentDelegate(QStyledItemDelegate):
    """Paints the segment grid (see the module docstring)."""

    def row_height(self, font: QFont) -> int:
        return QFontMetrics(font).lineSpacing() * LINES + 2 * PADDING + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        column = index.column()
        if column in (SegmentsModel.SOURCE, SegmentsModel.TARGET):
            self._paint_text(painter, option, index)
        elif column == SegmentsModel.STATUS:
            self._paint_status(painter, option, index)
        else:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.rect = opt.rect.adjusted(0, PADDING - 2, -4, 0)
            opt.palette.setColor(QPalette.ColorRole.Text,
                                 opt.palette.color(QPalette.ColorRole.PlaceholderText))
            super().paint(painter, opt, index)

    def _background(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: Index) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        return opt

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: Index) -> None:
        opt = self._background(painter, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(PADDING + 1, PADDING, -PADDING, -PADDING)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(segment_html(text))
        doc.setTextWidth(rect.width())
        line = QFontMetrics(opt.font).lineSpacing()
        visible = QRect(rect.left(), rect.top(), rect.width(), min(rect.height(), line * LINES))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        ctx.clip = QRectF(0, 0, visible.width(), visible.height())
        painter.save()
        painter.setClipRect(visible)
        painter.translate(visible.topLeft())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        if doc.size().height() > visible.height() + 1:
            self._more_mark(painter, opt, visible, selected)

    def _more_mark(self, painter: QPainter, opt: QStyleOptionViewItem, visible: QRect,
                   selected: bool) -> None:
        """A “…” over the end of the last line: the rest is in the editor pane."""
        fm = QFontMetrics(opt.font)
        width = fm.horizontalAdvance(" …") + 4
        line = fm.lineSpacing()
        box = QRect(visible.right() - width + 1, visible.bottom() - line + 1, width, line)
        base = opt.palette.color(QPalette.ColorRole.Highlight if selected
                                 else QPalette.ColorRole.Base)
        if not selected and opt.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            base = opt.palette.color(QPalette.ColorRole.AlternateBase)
        painter.save()
        painter.fillRect(box, base)
        painter.setPen(opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         "…")
        painter.restore()

    def _paint_status(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: Index) -> None:
        opt = self._background(painter, option, index)
        status = index.data(SegmentsModel.StatusRole) or "new"
        label = index.data(Qt.ItemDataRole.DisplayRole) or ""
        issues = index.data(SegmentsModel.IssuesRole) or ()
        bg, fg = style.SEGMENT_STATUS.get(status, style.SEGMENT_STATUS["new"])
        font = style.small_font(opt.font)
        font.setBold(True)
        fm = QFontMetrics(font)
        height = fm.height() + 6
        width = fm.horizontalAdvance(label) + 16
        chip = QRect(opt.rect.left() + PADDING + 1, opt.rect.top() + PADDING - 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(QRectF(chip), height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(fg))
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
        if issues:
            errors = any(i.severity == "error" for i in issues)
            mark = QRect(chip.right() + 6, chip.top(), height, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ERROR_COLOR if errors else WARNING_COLOR))
            painter.drawEllipse(QRectF(mark).adjusted(2, 2, -2, -2))
            painter.setPen(QColor(style.WHITE))
            painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), "!")
        painter.restore()


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Tints inline formatting placeholders in a text editor."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.tag_format = QTextCharFormat()
        self.tag_format.setBackground(QColor(TAG_BG))
        self.tag_format.setForeground(QColor(TAG_FG))
        self.tag_format.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:
        for m in PLACEHOLDER_RE.finditer(text):
            start = utf16_len(text[:m.start()])  # Qt counts UTF-16 units
            self.setFormat(start, utf16_len(m.group(0)), self.tag_format)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
