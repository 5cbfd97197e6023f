"""A brainstorm idea as a card to look at: palette swatches (click copies the hex), contrast
of text on background with WCAG badges, a typography specimen in the suggested family (or the
closest installed one, said so), a small wireframe, keywords; pin, discard, edit, vary, select
for combining, notes. A raw card shows the model's unparsed answer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistants.brainstorm import (
    Block,
    ContrastPair,
    Idea,
    Swatch,
    contrast_pairs,
    wireframe_blocks,
)
from desktop.brainstorm_render import (
    BADGE_COLOURS,
    ideal_text_colour,
    make_font,
    paint_wireframe,
    resolve_font,
    role_label,
)
from desktop.ui import style

CARD_STYLE = f"""
QFrame#IdeaCard {{ background: palette(base); border: 1px solid palette(mid);
                  border-radius: 10px; }}
QFrame#IdeaCard[pinned="true"] {{ border: 2px solid {style.ACCENT}; }}
QFrame#IdeaCard[selected="true"] {{ border: 2px solid {style.PICKED}; }}
QLabel#Caption {{ color: palette(placeholder-text); font-size: 11px; font-weight: 600; }}
QLabel#Muted {{ color: palette(placeholder-text); }}
QToolButton#CardAction {{ border: 1px solid palette(mid); border-radius: 5px; padding: 3px 8px; }}
QToolButton#CardAction:checked {{ background: {style.ACCENT}; color: white;
                                  border-color: {style.ACCENT}; }}
QToolButton#CardAction:hover {{ background: palette(midlight); }}
QToolButton#CardAction:checked:hover {{ background: {style.ACCENT_HOVER}; }}
"""
BADGE_STYLE = "color: white; border-radius: 8px; padding: 1px 6px; font-weight: 600; " \
              "font-size: 10px; background: {colour};"


class SwatchButton(QPushButton):
    """One palette colour; a click copies its hex to the clipboard."""

    copied = Signal(str)

    def __init__(self, swatch: Swatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatch = swatch
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(46, 52)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFlat(True)
        self.clicked.connect(self.copy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("{role} {hex} — click to copy the hex code").format(
            role=role_label(self.swatch.role).capitalize(), hex=self.swatch.hex))
        self.setAccessibleName(f"{self.swatch.hex} {role_label(self.swatch.role)}")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.swatch.hex)
        self.copied.emit(self.swatch.hex)

    def sizeHint(self) -> QSize:
        return QSize(72, 52)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.swatch.hex)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -17)
        p.setPen(QPen(QColor(style.FRAME_LINE if not self.underMouse() else style.ACCENT), 1))
        p.setBrush(colour)
        p.drawRoundedRect(box, 6, 6)
        font = QFont(self.font())
        font.setBold(True)
        for size in (11, 10, 9, 8):  # the largest size at which the hex fits
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(self.swatch.hex) <= box.width() - 6:
                break
        p.setFont(font)
        p.setPen(ideal_text_colour(colour))
        p.drawText(box.adjusted(3, 0, -1, -3),
                   Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, self.swatch.hex)
        font.setBold(False)
        role = role_label(self.swatch.role)
        for size in (11, 10, 9):
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(role) <= self.width() - 2:
                break
        p.setFont(font)
        p.setPen(self.palette().placeholderText().color())
        p.drawText(QRectF(1, self.height() - 16, self.width() - 2, 16),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   role)
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self.update()
        return super().event(event)


class Wireframe(QWidget):
    """A small page sketch drawn from the layout description's blocks."""

    def __init__(self, rows: list[list[Block]], idea: Idea | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.idea = idea
        self.setFixedSize(150, 112)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        paint_wireframe(p, QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.rows,
                        self.idea)
        p.end()


def _badge(text: str, level: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(BADGE_STYLE.format(colour=BADGE_COLOURS[level]))
    return label


def _caption() -> QLabel:
    label = QLabel()
    label.setObjectName("Caption")
    return label


def _wrapped(text: str = "", muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setObjectName("Muted")
    return label


class IdeaCard(QFrame):
    """One card. ``idea`` is None for a raw card (``raw_text`` shown as written)."""

    pin_toggled = Signal(int, bool)
    discard_toggled = Signal(int, bool)
    edit_requested = Signal(int)
    vary_requested = Signal(int)
    notes_changed = Signal(int, str)
    selection_changed = Signal(int, bool)
    hex_copied = Signal(str)

    def __init__(self, idea_id: int, idea: Idea | None, *, raw_text: str = "",
                 notes: str = "", pinned: bool = False, discarded: bool = False,
                 edited: bool = False, origin: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idea_id = idea_id
        self.idea = idea
        self.raw_text = raw_text
        self.discarded = discarded
        self.edited = edited
        self.origin = origin  # "vary" / "combine" / ""
        self._fit_width = 0
        self.setObjectName("IdeaCard")
        self.setStyleSheet(CARD_STYLE)
        self.setProperty("pinned", "true" if pinned else "false")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(320)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.tag = QLabel()
        self.tag.setObjectName("Muted")
        self.select_box = QCheckBox()
        self.pin_button = self._action(checkable=True)
        self.pin_button.setChecked(pinned)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.select_box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.pin_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tag)
        self.swatches: list[SwatchButton] = []
        self.captions: dict[str, QLabel] = {}
        self.font_notes: list[QLabel] = []
        self.contrast_rows: list[tuple[ContrastPair, QLabel, QLabel, QLabel]] = []
        if idea is None:
            self._build_raw(layout)
        else:
            self._build_idea(layout, idea)

        self.notes = QLineEdit(notes)
        self.notes.setClearButtonEnabled(True)
        layout.addWidget(self.notes)
        self.edit_button = self._action()
        self.vary_button = self._action()
        self.discard_button = self._action()
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.vary_button)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        layout.addLayout(actions)
        self.vary_button.setVisible(idea is not None)

        self.pin_button.toggled.connect(self._pinned)
        self.discard_button.clicked.connect(
            lambda: self.discard_toggled.emit(self.idea_id, not self.discarded))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.idea_id))
        self.vary_button.clicked.connect(lambda: self.vary_requested.emit(self.idea_id))
        self.notes.editingFinished.connect(self._notes_done)
        self.select_box.toggled.connect(self._selected)
        for swatch in self.swatches:
            swatch.copied.connect(self.hex_copied)
        self._saved_notes = notes
        self.retranslate()

    def _action(self, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName("CardAction")
        button.setCheckable(checkable)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # --- building ---------------------------------------------------------------------

    def _build_raw(self, layout: QVBoxLayout) -> None:
        self.raw_hint = _wrapped(muted=True)
        self.raw_view = QPlainTextEdit(self.raw_text)
        self.raw_view.setReadOnly(True)
        self.raw_view.setMaximumHeight(160)
        mono = QFont(self.raw_view.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFamilies(["monospace"])
        self.raw_view.setFont(mono)
        layout.addWidget(self.raw_hint)
        layout.addWidget(self.raw_view)

    def _build_idea(self, layout: QVBoxLayout, idea: Idea) -> None:
        self.concept = _wrapped(idea.concept)
        layout.addWidget(self.concept)

        self.captions["palette"] = _caption()
        layout.addWidget(self.captions["palette"])
        if idea.palette:
            row = QHBoxLayout()
            row.setSpacing(6)
            for swatch in idea.palette:
                button = SwatchButton(swatch)
                self.swatches.append(button)
                row.addWidget(button)
            if len(idea.palette) < 6:
                row.addStretch(6 - len(idea.palette))
            layout.addLayout(row)
        else:
            self.no_palette = _wrapped(muted=True)
            layout.addWidget(self.no_palette)
        for pair in contrast_pairs(idea.palette)[:2]:
            text = QLabel()
            text.setWordWrap(True)
            normal, large = _badge("", pair.normal), _badge("", pair.large)
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(text, 1)
            row.addWidget(normal, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(large, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.contrast_rows.append((pair, text, normal, large))

        self.captions["type"] = _caption()
        layout.addWidget(self.captions["type"])
        heading = resolve_font(idea.heading_font)
        body = resolve_font(idea.body_font or idea.heading_font)
        base = self.font().pointSizeF()
        self.heading_specimen = QLabel(idea.title)
        self.heading_specimen.setFont(make_font(heading, base * 1.55, bold=True))
        self.heading_specimen.setWordWrap(True)
        self.body_specimen = QLabel()
        self.body_specimen.setFont(make_font(body, base))
        self.body_specimen.setWordWrap(True)
        self.fonts_label = _wrapped(muted=True)
        layout.addWidget(self.heading_specimen)
        layout.addWidget(self.body_specimen)
        layout.addWidget(self.fonts_label)
        self.resolved = (heading, body)

        self.captions["layout"] = _caption()
        layout.addWidget(self.captions["layout"])
        row = QHBoxLayout()
        row.setSpacing(10)
        self.wireframe = Wireframe(wireframe_blocks(idea.layout), idea)
        row.addWidget(self.wireframe, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.setSpacing(4)
        self.layout_text = _wrapped(idea.layout)
        self.keywords = _wrapped(muted=True)
        side.addWidget(self.layout_text)
        side.addWidget(self.keywords)
        side.addStretch(1)
        row.addLayout(side, 1)
        layout.addLayout(row)
        self.rationale = _wrapped()
        self.rationale.setVisible(bool(idea.rationale))
        layout.addWidget(self.rationale)

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        idea = self.idea
        self.pin_button.setText(self.tr("Pinned") if self.pin_button.isChecked()
                                else self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Pinned cards stay on top of your choices and can "
                                           "be exported on their own"))
        self.select_box.setToolTip(self.tr("Select two cards to combine them"))
        self.notes.setPlaceholderText(self.tr("Add a note…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the card's text, palette or fonts by hand"))
        self.vary_button.setText(self.tr("More like this"))
        self.vary_button.setToolTip(self.tr("Ask for a new idea in the same spirit"))
        self.discard_button.setText(self.tr("Restore") if self.discarded
                                    else self.tr("Discard"))
        tags = []
        if self.origin == "vary":
            tags.append(self.tr("Variation"))
        elif self.origin == "combine":
            tags.append(self.tr("Combination"))
        if self.edited:
            tags.append(self.tr("Edited by hand"))
        if self.discarded:
            tags.append(self.tr("Discarded"))
        self.tag.setText(" · ".join(tags))
        self.tag.setVisible(bool(tags))
        for swatch in self.swatches:
            swatch.retranslate()
        if idea is None:
            self.title.setText(self.tr("Unparsed answer"))
            self.raw_hint.setText(self.tr(
                "The model's answer could not be read as ideas. It is kept here as written: "
                "edit the card to turn it into an idea, or discard it."))
            if self._fit_width:
                self.fit(self._fit_width)
            return
        self.title.setText(idea.title)
        self.captions["palette"].setText(self.tr("PALETTE · click a colour to copy it"))
        if not idea.palette:
            self.no_palette.setText(self.tr("No palette was proposed."))
        for pair, text, normal, large in self.contrast_rows:
            text.setText(self.tr("{fg} on {bg}: {ratio}:1").format(
                fg=role_label(pair.foreground_role).capitalize(),
                bg=role_label(pair.background_role),
                ratio=QLocale().toString(pair.ratio, "f", 1)))  # "12,8" in French
            normal.setText(pair.normal if pair.normal != "fail" else self.tr("Fails AA"))
            normal.setToolTip(self.tr("Normal text: AA needs 4.5:1, AAA 7:1"))
            large.setText(self.tr("Large: {level}").format(level=pair.large)
                          if pair.large != "fail" else self.tr("Large: fails"))
            large.setToolTip(self.tr("Large text (18 pt, or 14 pt bold): AA needs 3:1, "
                                     "AAA 4.5:1"))
        self.captions["type"].setText(self.tr("TYPOGRAPHY"))
        heading, body = self.resolved
        self.body_specimen.setText(self.tr(
            "The quick brown fox jumps over the lazy dog — 0123456789"))
        lines = [self.tr("Heading {heading}, body {body}").format(
            heading=idea.heading_font or "—", body=idea.body_font or "—")]
        for resolved in (heading, body) if body.requested != heading.requested else (heading,):
            if resolved.requested and not resolved.installed:
                lines.append(self.tr("Shown in {family} ({requested} not installed)").format(
                    family=resolved.family, requested=resolved.requested))
        self.fonts_label.setText("\n".join(lines))
        self.captions["layout"].setText(self.tr("LAYOUT"))
        if not idea.layout:
            self.layout_text.setText(self.tr("No layout was described."))
        words = []
        if idea.imagery:
            words.append(self.tr("Imagery: {words}").format(words=", ".join(idea.imagery)))
        if idea.mood:
            words.append(self.tr("Mood: {words}").format(words=", ".join(idea.mood)))
        self.keywords.setText("\n".join(words))
        self.keywords.setVisible(bool(words))
        self.rationale.setText(self.tr("Why it fits: {why}").format(why=idea.rationale))
        if self._fit_width:
            self.fit(self._fit_width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fit(self, width: int) -> None:
        """Take exactly ``width`` pixels; the text beside the wireframe gets the height its
        wrapping needs (nested wrapped labels are not given it by the layouts alone)."""
        self._fit_width = width
        self.setFixedWidth(width)
        if self.idea is not None:
            margins = self.layout().contentsMargins()
            side = max(60, width - margins.left() - margins.right() - self.wireframe.width()
                       - 12)
            for label in (self.layout_text, self.keywords):
                label.setFixedWidth(side)
                label.setMinimumHeight(label.heightForWidth(side) if label.text() else 0)
        # A grid in a scroll area does not give a card its height for its width: ask for it.
        self.setMinimumHeight(self.layout().totalHeightForWidth(width))

    # --- state ------------------------------------------------------------------------

    @property
    def selected(self) -> bool:
        return self.select_box.isChecked()

    def set_selected(self, selected: bool) -> None:
        self.select_box.setChecked(selected)

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)

    def _selected(self, selected: bool) -> None:
        self.setProperty("selected", "true" if selected else "false")
        self._restyle()
        self.selection_changed.emit(self.idea_id, selected)

    def _pinned(self, pinned: bool) -> None:
        self.setProperty("pinned", "true" if pinned else "false")
        self._restyle()
        self.retranslate()
        self.pin_toggled.emit(self.idea_id, pinned)

    def _notes_done(self) -> None:
        text = self.notes.text().strip()
        if text != self._saved_notes:
            self._saved_notes = text
            self.notes_changed.emit(self.idea_id, text)
