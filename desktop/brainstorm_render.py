"""Drawing brainstorm cards with QPainter: the wireframe, font look-up, and the PDF export
(one page per card: palette swatches with hex, contrast badges, typography specimen,
wireframe, concept). Used by the Brainstorm page and by `atelier brainstorm` (headless, with
an offscreen QGuiApplication). Needs a Qt GUI application; no widgets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from assistants.brainstorm import (
    Block,
    Card,
    ContrastPair,
    Idea,
    contrast_pairs,
    font_category,
    wireframe_blocks,
)
from desktop.ui import style

HEIGHTS = {"nav": 0.45, "header": 0.6, "hero": 1.7, "content": 1.2, "grid": 1.7,
           "columns": 1.3, "gallery": 1.4, "cta": 0.6, "form": 0.8, "footer": 0.5}
BADGE_COLOURS = style.CONTRAST
STYLE_HINTS = {"serif": QFont.StyleHint.Serif, "sans-serif": QFont.StyleHint.SansSerif,
               "monospace": QFont.StyleHint.Monospace, "cursive": QFont.StyleHint.Cursive}


def _t(text: str) -> str:
    return QCoreApplication.translate("BrainstormRender", text)


def block_label(kind: str) -> str:
    labels = {
        "header": QCoreApplication.translate("BrainstormRender", "Header"),
        "nav": QCoreApplication.translate("BrainstormRender", "Menu"),
        "hero": QCoreApplication.translate("BrainstormRender", "Hero"),
        "content": QCoreApplication.translate("BrainstormRender", "Content"),
        "sidebar": QCoreApplication.translate("BrainstormRender", "Sidebar"),
        "grid": QCoreApplication.translate("BrainstormRender", "Grid"),
        "columns": QCoreApplication.translate("BrainstormRender", "Columns"),
        "gallery": QCoreApplication.translate("BrainstormRender", "Gallery"),
        "cta": QCoreApplication.translate("BrainstormRender", "Call to action"),
        "form": QCoreApplication.translate("BrainstormRender", "Form"),
        "footer": QCoreApplication.translate("BrainstormRender", "Footer"),
    }
    return labels.get(kind, kind)


def role_label(role: str) -> str:
    labels = {
        "background": QCoreApplication.translate("BrainstormRender", "background"),
        "surface": QCoreApplication.translate("BrainstormRender", "surface"),
        "primary": QCoreApplication.translate("BrainstormRender", "primary"),
        "secondary": QCoreApplication.translate("BrainstormRender", "secondary"),
        "accent": QCoreApplication.translate("BrainstormRender", "accent"),
        "text": QCoreApplication.translate("BrainstormRender", "text"),
        "muted": QCoreApplication.translate("BrainstormRender", "muted"),
    }
    return labels.get(role, role)


def level_label(level: str, *, large: bool) -> str:
    if level == "fail":
        return _t("Large: fails") if large else _t("Fails AA")
    return _t("Large: {level}").format(level=level) if large else level


# --- fonts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedFont:
    requested: str
    family: str  # what is actually drawn
    installed: bool

    def note(self) -> str:
        """'Shown in DejaVu Sans (Montserrat not installed)', or '' when installed."""
        if self.installed or not self.requested:
            return ""
        return _t("Shown in {family} ({requested} not installed)").format(
            family=self.family, requested=self.requested)


def resolve_font(requested: str) -> ResolvedFont:
    """The requested family when installed (case-insensitive), else the closest installed one
    for its kind (serif, sans-serif, monospace, script)."""
    requested = (requested or "").strip()
    families = {f.lower(): f for f in QFontDatabase.families()}
    if requested.lower() in families:
        return ResolvedFont(requested, families[requested.lower()], True)
    font = QFont()
    category = font_category(requested)
    font.setStyleHint(STYLE_HINTS[category])
    font.setFamilies([_generic(category)])
    return ResolvedFont(requested, QFontInfo(font).family(), False)


def _generic(category: str) -> str:
    return {"serif": "serif", "monospace": "monospace", "cursive": "cursive"}.get(
        category, "sans-serif")


def make_font(resolved: ResolvedFont, point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies([resolved.family])
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


# --- wireframe -------------------------------------------------------------------------------


def _colour(hex_value: str | None, fallback: str) -> QColor:
    return QColor(hex_value or fallback)


def paint_wireframe(painter: QPainter, rect: QRectF, rows: Sequence[Sequence[Block]],
                    idea: Idea | None = None, *, labels: bool = True) -> None:
    """A page sketch: each row of blocks stacked top to bottom in ``rect``, in the idea's
    palette (background, text for outlines, primary and accent for hero and call to action)."""
    page_bg = _colour(idea.color("background") if idea else None, style.WIREFRAME_PAGE)
    ink = _colour(idea.color("text") if idea else None, style.WIREFRAME_INK)
    primary = _colour((idea.color("primary") or idea.color("accent")) if idea else None,
                      style.WIREFRAME_PRIMARY)
    accent = _colour(idea.color("accent") if idea else None, style.WIREFRAME_ACCENT)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1))
    painter.setBrush(page_bg)
    painter.drawRoundedRect(rect, 4, 4)
    pad = max(3.0, rect.width() * 0.03)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    total = sum(max(HEIGHTS.get(b.kind, 1.0) for b in row) for row in rows) or 1.0
    gap = max(2.0, inner.height() * 0.02)
    usable = inner.height() - gap * (len(rows) - 1)
    y = inner.top()
    font = QFont()
    font.setPixelSize(max(7, int(min(11.0, rect.height() / 16))))
    painter.setFont(font)
    line = QColor(ink)
    line.setAlphaF(0.55)
    for row in rows:
        h = usable * max(HEIGHTS.get(b.kind, 1.0) for b in row) / total
        weights = sum(b.weight for b in row) or 1
        x = inner.left()
        width = inner.width() - gap * (len(row) - 1)
        for block in row:
            w = width * block.weight / weights
            cell = QRectF(x, y, w, h)
            _paint_block(painter, cell, block, line, primary, accent, gap, labels)
            x += w + gap
        y += h + gap
    painter.restore()


def _paint_block(painter: QPainter, cell: QRectF, block: Block, line: QColor, primary: QColor,
                 accent: QColor, gap: float, labels: bool) -> None:
    fill = QColor(line)
    fill.setAlphaF(0.10)
    if block.kind == "hero":
        fill = QColor(primary)
        fill.setAlphaF(0.45)
    elif block.kind == "cta":
        fill = QColor(accent)
        fill.setAlphaF(0.8)
    elif block.kind in ("header", "nav", "footer"):
        fill.setAlphaF(0.22)
    painter.setPen(QPen(line, 0.8))
    if block.kind in ("grid", "columns", "gallery") and block.cells > 1:
        n = block.cells
        rows = 2 if block.kind == "grid" and cell.height() > 30 else 1
        cw = (cell.width() - gap * (n - 1)) / n
        ch = (cell.height() - gap * (rows - 1)) / rows
        for r in range(rows):
            for c in range(n):
                sub = QRectF(cell.left() + c * (cw + gap), cell.top() + r * (ch + gap), cw, ch)
                painter.setBrush(fill)
                painter.drawRoundedRect(sub, 2, 2)
                if block.kind == "gallery" or block.kind == "grid":
                    painter.drawLine(sub.topLeft(), sub.bottomRight())
    else:
        painter.setBrush(fill)
        painter.drawRoundedRect(cell, 2, 2)
        if block.kind == "hero":
            painter.drawLine(cell.topLeft(), cell.bottomRight())
            painter.drawLine(cell.bottomLeft(), cell.topRight())
        elif block.kind in ("content", "sidebar", "form"):
            lines = int((cell.height() - 8) // 7)
            for i in range(min(lines, 6)):
                yy = cell.top() + 6 + i * 7
                right = cell.right() - 4 - (cell.width() * 0.25 if i == lines - 1 else 0)
                painter.drawLine(QPointF(cell.left() + 4, yy), QPointF(right, yy))
    if labels and cell.height() >= 13 and cell.width() >= 40:
        text = block_label(block.kind)
        fm = QFontMetricsF(painter.font())
        box = QRectF(cell.left() + 3, cell.top() + 1, fm.horizontalAdvance(text) + 6,
                     fm.height())
        if box.width() <= cell.width() - 4:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(QColor(style.PRINT_INK))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


# --- PDF -------------------------------------------------------------------------------------


def ideal_text_colour(background: QColor) -> QColor:
    return QColor(style.PRINT_ON_LIGHT if background.lightnessF() > 0.6 else style.WHITE)


class _Page:
    """Flows text and drawings down one PDF page."""

    def __init__(self, painter: QPainter, rect: QRectF) -> None:
        self.p = painter
        self.rect = rect
        self.y = rect.top()

    def text(self, text: str, font: QFont, colour: str = style.PRINT_INK, *, gap: float = 6,
             width: float | None = None) -> float:
        if not text:
            return 0
        self.p.setFont(font)
        self.p.setPen(QColor(colour))
        w = width or self.rect.width()
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        room = max(0.0, self.rect.bottom() - self.y)
        bound = self.p.boundingRect(QRectF(self.rect.left(), self.y, w, room), flags, text)
        height = min(bound.height(), room)
        self.p.drawText(QRectF(self.rect.left(), self.y, w, height), flags, text)
        self.y += height + gap
        return height

    def heading(self, text: str) -> None:
        font = QFont()
        font.setPointSizeF(9)
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.y += 6
        self.text(text, font, style.PRINT_HEADING, gap=4)


def _body_font(size: float = 10.5, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def paint_card_page(painter: QPainter, rect: QRectF, card: Card, *, board_title: str,
                    number: int, total: int) -> None:
    page = _Page(painter, rect)
    page.text(_t("{board} — idea {n} of {total}").format(board=board_title, n=number,
                                                          total=total),
              _body_font(8.5), style.PRINT_FAINT, gap=10)
    idea = card.idea
    if idea is None:
        page.text(_t("Unparsed answer"), _body_font(20, bold=True), gap=4)
        page.text(_t("The model's answer could not be read as ideas; it is kept as written."),
                  _body_font(9.5, italic=True), style.PRINT_NOTE, gap=10)
        mono = QFont()
        mono.setFamilies(["monospace"])
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(9)
        page.text(card.raw_text.strip()[:6000], mono, style.PRINT_TEXT)
        _notes(page, card)
        return
    title = idea.title + ("  ★" if card.pinned else "")
    page.text(title, _body_font(22, bold=True), gap=6)
    page.text(idea.concept, _body_font(11.5), style.PRINT_TEXT, gap=10)

    page.heading(_t("Palette"))
    n = max(1, len(idea.palette))
    sw_gap = 10.0
    sw_w = min(110.0, (rect.width() - sw_gap * (n - 1)) / n)
    sw_h = 64.0
    for i, swatch in enumerate(idea.palette):
        x = rect.left() + i * (sw_w + sw_gap)
        box = QRectF(x, page.y, sw_w, sw_h)
        painter.setPen(QPen(QColor(style.PRINT_SWATCH_BORDER), 0.8))
        painter.setBrush(QColor(swatch.hex))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(ideal_text_colour(QColor(swatch.hex)))
        painter.setFont(_body_font(9.5, bold=True))
        painter.drawText(box.adjusted(6, 0, -4, -6),
                         Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, swatch.hex)
        painter.setPen(QColor(style.PRINT_CAPTION))
        painter.setFont(_body_font(8.5))
        painter.drawText(QRectF(x, page.y + sw_h + 2, sw_w, 16),
                         Qt.AlignmentFlag.AlignLeft, role_label(swatch.role))
    page.y += sw_h + 24 if idea.palette else 0
    if not idea.palette:
        page.text(_t("No palette was proposed."), _body_font(10, italic=True), style.PRINT_NOTE)

    pairs = contrast_pairs(idea.palette)
    if pairs:
        page.heading(_t("Contrast (WCAG 2)"))
        for pair in pairs[:4]:
            _contrast_row(page, pair)

    page.heading(_t("Typography"))
    heading = resolve_font(idea.heading_font)
    body = resolve_font(idea.body_font or idea.heading_font)
    page.text(_t("Heading: {family}").format(family=idea.heading_font or "—"),
              _body_font(9, bold=True), style.PRINT_CAPTION, gap=2)
    page.text(idea.title or "Aa Bb Cc", make_font(heading, 20, bold=True), gap=2)
    if heading.note():
        page.text(heading.note(), _body_font(8.5, italic=True), style.PRINT_FAINT, gap=6)
    page.text(_t("Body: {family}").format(family=idea.body_font or "—"),
              _body_font(9, bold=True), style.PRINT_CAPTION, gap=2)
    page.text(_t("The quick brown fox jumps over the lazy dog. 0123456789"),
              make_font(body, 11), gap=2)
    if body.note():
        page.text(body.note(), _body_font(8.5, italic=True), style.PRINT_FAINT, gap=6)

    page.heading(_t("Layout"))
    wf_w, wf_h = 230.0, 170.0
    top = page.y
    paint_wireframe(painter, QRectF(rect.left(), top, wf_w, wf_h),
                    wireframe_blocks(idea.layout), idea)
    side = _Page(painter, QRectF(rect.left() + wf_w + 16, top, rect.width() - wf_w - 16,
                                 rect.bottom() - top))
    side.text(idea.layout or _t("No layout was described."), _body_font(10), style.PRINT_TEXT)
    if idea.imagery:
        side.text(_t("Imagery: {words}").format(words=", ".join(idea.imagery)),
                  _body_font(10), style.PRINT_TEXT)
    if idea.mood:
        side.text(_t("Mood: {words}").format(words=", ".join(idea.mood)), _body_font(10),
                  style.PRINT_TEXT)
    page.y = max(top + wf_h + 8, side.y)
    if idea.rationale:
        page.heading(_t("Why it fits"))
        page.text(idea.rationale, _body_font(10.5), style.PRINT_TEXT)
    _notes(page, card)


def _contrast_row(page: _Page, pair: ContrastPair) -> None:
    painter = page.p
    y = page.y
    fg, bg = QColor(pair.foreground), QColor(pair.background)
    sample = QRectF(page.rect.left(), y, 34, 18)
    painter.setPen(QPen(QColor(style.PRINT_SAMPLE_BORDER), 0.6))
    painter.setBrush(bg)
    painter.drawRoundedRect(sample, 3, 3)
    painter.setPen(fg)
    painter.setFont(_body_font(9.5, bold=True))
    painter.drawText(sample, Qt.AlignmentFlag.AlignCenter, "Aa")
    text = _t("{fg} on {bg}: {ratio}:1").format(
        fg=role_label(pair.foreground_role).capitalize(), bg=role_label(pair.background_role),
        ratio=QLocale().toString(pair.ratio, "f", 2))
    painter.setPen(QColor(style.PRINT_INK))
    painter.setFont(_body_font(10))
    fm = QFontMetricsF(painter.font())
    x = page.rect.left() + 44
    painter.drawText(QRectF(x, y, 260, 18), Qt.AlignmentFlag.AlignVCenter, text)
    x += min(260.0, fm.horizontalAdvance(text) + 12)
    for large in (False, True):
        level = pair.large if large else pair.normal
        x += paint_badge(painter, QPointF(x, y + 1), level_label(level, large=large),
                         BADGE_COLOURS[level]) + 6
    page.y += 24


def paint_badge(painter: QPainter, at: QPointF, text: str, colour: str) -> float:
    """A small rounded label; returns its width."""
    font = _body_font(8, bold=True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    box = QRectF(at, QSizeF(fm.horizontalAdvance(text) + 12, fm.height() + 2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
    painter.setPen(QColor(style.WHITE))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box.width()


def _notes(page: _Page, card: Card) -> None:
    if card.notes:
        page.heading(_t("Notes"))
        page.text(card.notes, _body_font(10.5, italic=True), style.PRINT_TEXT)


def write_board_pdf(path: str | Path, board_title: str, cards: Sequence[Card]) -> int:
    """One A4 page per card; returns the number of pages. Raises OSError when the file
    cannot be written."""
    path = Path(path)
    if not cards:
        raise ValueError("no card to export")
    writer = QPdfWriter(str(path))
    writer.setTitle(board_title)
    writer.setCreator("Atelier")
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        rect = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        rect.moveTo(0, 0)
        for i, card in enumerate(cards, start=1):
            if i > 1:
                writer.newPage()
            paint_card_page(painter, rect, card, board_title=board_title, number=i,
                            total=len(cards))
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return len(cards)
