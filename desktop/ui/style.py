"""How Atelier looks, in one place: the palette (each colour named for what it means), the
fonts, and small helpers that apply them. No other module of ``desktop/`` writes a hex colour
(``tests/unit/test_style_palette.py`` checks it).

    from desktop.ui import style

    hint = style.muted(QLabel(), wrap=True)   # secondary text
    style.error(self.message)                 # a message that reports a problem
    style.success(self.message)               # ... or that something worked
    style.plain(self.message)                 # back to normal text
    title = style.heading(QLabel())           # a page's large bold title
    style.pill(chip, style.SEGMENT_STATUS["tm"])  # a rounded status chip
    style.status_pill(self.order_status)      # the neutral pill of an order's status
    painter.setPen(QColor(style.ERROR))       # a colour by its meaning, for painting

Colours are plain ``"#rrggbb"`` strings (for style sheets and ``QColor(...)``); pairs are
``Pill(background, foreground)``.
"""

from __future__ import annotations

from typing import NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


class Pill(NamedTuple):
    """A chip's colours: its background and its text."""

    background: str
    foreground: str


class Banner(NamedTuple):
    """A banner's colours: background, border and text."""

    background: str
    border: str
    foreground: str


# --- the palette ---------------------------------------------------------------------------

WHITE = "#ffffff"
#: The app's own colour: the selected page, the default model, a pinned idea, info text.
ACCENT = "#2f5d62"
ACCENT_HOVER = "#3b7379"
#: An idea picked for comparison on the board.
PICKED = "#c8553d"

#: The sidebar.
SIDEBAR_BACKGROUND = "#f1eee8"
SIDEBAR_HOVER = "#e4dfd6"
SIDEBAR_TEXT = "#2b2b2b"

#: Text that reports: a problem next to a field or in a status line, a late date.
ERROR = "#b3261e"
#: The background of a field or text that is wrong (a bad cell, deleted text).
ERROR_BACKGROUND = "#fbe4e2"
#: A stronger red: late work on Today, money down, a model too big or broken.
DANGER = "#c62828"
#: Something may go wrong: a check's warning, memory that is tight, no keyring.
WARNING = "#b26a00"
#: Due soon, in the orders table.
SOON = "#a15c00"
#: Something worked: saved, exported, fits, money up.
SUCCESS = "#2e7d32"
#: Something worked, on the brainstorm board (and a colour pair that passes AAA).
SUCCESS_BRIGHT = "#1b7f3b"
#: Information, neither good nor bad.
INFO = ACCENT

#: Secondary text where no widget palette applies (charts, hand-painted text). Widgets use
#: ``muted()``, which follows the palette.
MUTED_GREY = "#6b6b6b"
#: An archived row's text.
ARCHIVED_TEXT = "#6b6b70"
#: A chart's grid lines, a thin frame, a total row.
GRID_LINE = "#e3e3e3"
FRAME_LINE = "#c9c9c9"
TOTAL_BACKGROUND = "#f2f2f2"
#: the header row of a printed table (invoice and quote lines)
PRINT_HEADER_BACKGROUND = "#eeeeee"
#: The border of a card of an installed model.
INSTALLED_BORDER = "#8fbf93"

#: Today's cards and what they hold, by deadline.
DEADLINE = {
    "late": DANGER,
    "today": "#e65100",
    "soon": "#1565c0",
    "revision": "#6a1b9a",
    "progress": SUCCESS,
}
#: The calendar's days with work due, and late work.
CALENDAR_DUE = Pill("#dbe7fb", "#0d47a1")
CALENDAR_LATE = Pill("#fbd9d7", "#b71c1c")

#: Status chips. Gigs: by ``GigStatus`` value.
GIG_STATUS = {
    "active": Pill("#dff3e4", "#1d6b38"),
    "paused": Pill("#fff1d0", "#855400"),
    "archived": Pill("#e9e9ec", "#55565c"),
}
GIG_STATUS_OTHER = Pill("#e9e9ec", "#333333")
#: Translation segments: grey, blue, amber, violet, green.
SEGMENT_STATUS = {
    "new": Pill("#ecebe8", "#5c5a55"),
    "tm": Pill("#dbe8fb", "#1f4f8f"),
    "mt": Pill("#fbecc8", "#7a4b00"),
    "edited": Pill("#ebe3fa", "#5b3a9c"),
    "confirmed": Pill("#d9f0df", "#1e6b35"),
}
#: A placeholder tag (``<b>``, ``{1}``) inside a segment.
SEGMENT_TAG = Pill("#e4e0f2", "#4b3d80")
#: Model cards: a licence that allows commercial use, one that does not, the default model.
LICENCE_OK = Pill("#e3f1e4", "#1e5e23")
LICENCE_NON_COMMERCIAL = Pill("#fdebd3", "#8a4b00")
DEFAULT_MODEL = Pill(ACCENT, "white")
#: Colour-contrast grades of an idea's palette (WCAG): white text on these.
CONTRAST = {"AAA": "#1B7F3B", "AA": "#2F6DB5", "fail": "#B3261E"}
#: A brainstorm board printed as PDF: greys of ink on white paper, darkest first.
PRINT_INK = "#222222"  # labels, contrast rows
PRINT_TEXT = "#333333"  # running text (concept, layout, rationale, notes)
PRINT_CAPTION = "#555555"  # "Heading: …", a swatch's role
PRINT_NOTE = "#666666"  # an italic remark ("No palette was proposed.")
PRINT_HEADING = MUTED_GREY  # a section's heading
PRINT_FAINT = "#777777"  # the page's running head, font notes
PRINT_SWATCH_BORDER = "#CCCCCC"
PRINT_SAMPLE_BORDER = "#BBBBBB"
#: Text on a light swatch (white on a dark one).
PRINT_ON_LIGHT = "#111111"
#: A wireframe's colours when the idea names none: page, outline, hero, call to action.
WIREFRAME_PAGE = "#FAFAFA"
WIREFRAME_INK = PRINT_TEXT
WIREFRAME_PRIMARY = "#8FA3BF"
WIREFRAME_ACCENT = PICKED

#: A comparison of two texts.
DIFF_INSERT = Pill("#e2f3e6", "#1b6e34")
DIFF_DELETE = Pill(ERROR_BACKGROUND, "#a3261e")

#: Provenance in the writer: what the person wrote and what a model wrote.
PERSON = ACCENT
MODEL = "#7b5ea7"
MODEL_BACKGROUND = "#efe9f7"
#: The writer's target-length bar.
TARGET_OVER = "#d9822b"
TARGET_MET = "#2e8540"
TARGET_SHORT = "#6b8e98"

#: Banners on the Income page, by level.
BANNERS = {
    "info": Banner("#e8f0fe", "#b6cdf7", "#1a3e7a"),
    "warning": Banner("#fff4ce", "#ecc45e", "#5c4400"),
    "exceeded": Banner("#fde7e9", "#e29ea5", "#8a1c24"),
    "over_tolerance": Banner("#c42b1c", "#9e2215", "white"),
}
#: A highlighted table row (the income threshold that applies).
HIGHLIGHT = BANNERS["warning"].background
#: The writer's banners: a note and a problem.
NOTE_BANNER = Banner("#eef3f4", "#cfdcdf", "")
PROBLEM_BANNER = Banner("#fbe9e7", "#f0c4bf", "#8c1d18")

#: Chart series, then a platform with none.
CHART_SERIES = ("#3467c9", "#e69f00", "#2a9d8f", "#cc79a7", "#d55e00", "#56b4e9", "#8c6d31",
                "#7f7f7f", "#009e73", "#b23a48")
CHART_NONE = "#9e9e9e"

# --- style sheets --------------------------------------------------------------------------

MUTED_CSS = "color: palette(placeholder-text);"
EMPTY_STATE_CSS = MUTED_CSS + " font-size: 11pt;"
SEMIBOLD_CSS = "font-weight: 600;"
CAPTION_CSS = "font-weight: 600; margin-top: 6px;"
ERROR_CSS = f"color: {ERROR};"
SUCCESS_CSS = f"color: {SUCCESS};"
INFO_CSS = f"color: {INFO};"
#: A flat button that reads as a link.
LINK_BUTTON_CSS = ("QPushButton { color: palette(link); text-align: left; padding: 0;"
                   " border: none; } QPushButton:hover { text-decoration: underline; }")
PILL_CSS = "background: {background}; color: {foreground}; border-radius: 9px; padding: 1px 9px;"
STATUS_PILL_CSS = ("QLabel { border-radius: 9px; padding: 2px 10px;"
                   " background: palette(midlight); }")
BADGE_CSS = ("background: {background}; color: {foreground}; border-radius: 4px;"
             " padding: 1px 6px; font-weight: 600;")
BANNER_CSS = "background: {background}; border: 1px solid {border}; color: {foreground};"


#: The page list at the window's left.
SIDEBAR_CSS = f"""
QListWidget#Sidebar {{ background: {SIDEBAR_BACKGROUND}; border: none; padding-top: 14px;
                      font-size: 14px; outline: 0; }}
QListWidget#Sidebar::item {{ padding: 9px 14px; margin: 1px 10px; border-radius: 6px;
                            color: {SIDEBAR_TEXT}; }}
QListWidget#Sidebar::item:hover {{ background: {SIDEBAR_HOVER}; }}
QListWidget#Sidebar::item:selected {{ background: {ACCENT}; color: {WHITE}; }}
"""


def colour_css(colour: str) -> str:
    """``color: <colour>;``: text in one palette colour."""
    return f"color: {colour};"


def banner_css(banner: Banner) -> str:
    return BANNER_CSS.format(**banner._asdict())


# --- helpers: text roles -------------------------------------------------------------------

def muted(label: W, wrap: bool | None = None) -> W:
    """Secondary text (hints, counts, empty states) in the palette's placeholder colour;
    ``wrap`` sets a label's word wrap (left as it is when None)."""
    if wrap is not None and isinstance(label, QLabel):
        label.setWordWrap(wrap)
    label.setStyleSheet(MUTED_CSS)
    return label


def empty_state(label: W) -> W:
    """The muted, larger sentence a list shows while it is empty."""
    label.setStyleSheet(EMPTY_STATE_CSS)
    return label


def caption(label: W) -> W:
    """A small section caption in a side panel."""
    label.setStyleSheet(CAPTION_CSS)
    return label


def semibold(label: W) -> W:
    """Slightly bold text set by style sheet (a caption, a figure)."""
    label.setStyleSheet(SEMIBOLD_CSS)
    return label


def error(label: W) -> W:
    """Text that reports a problem."""
    label.setStyleSheet(ERROR_CSS)
    return label


def success(label: W) -> W:
    """Text that says something worked."""
    label.setStyleSheet(SUCCESS_CSS)
    return label


def info(label: W) -> W:
    """Text that informs, neither good nor bad."""
    label.setStyleSheet(INFO_CSS)
    return label


def plain(label: W) -> W:
    """Back to the normal text colour."""
    label.setStyleSheet("")
    return label


def coloured(label: W, colour: str) -> W:
    """Text in one colour of the palette (``style.coloured(label, style.WARNING)``)."""
    label.setStyleSheet(colour_css(colour))
    return label


def link_button(button: W) -> W:
    """A push button made flat and drawn as a link, with the pointing-hand cursor."""
    if isinstance(button, QPushButton):
        button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_BUTTON_CSS)
    return button


def pill(label: W, colours: Pill) -> W:
    """A rounded chip in a status's colours (segment statuses)."""
    label.setStyleSheet(PILL_CSS.format(**colours._asdict()))
    return label


def status_pill(label: W) -> W:
    """The neutral rounded pill that shows an order's status."""
    label.setStyleSheet(STATUS_PILL_CSS)
    return label


def badge(label: W, colours: Pill) -> W:
    """A small square-cornered tag (a model's licence, the default model)."""
    label.setStyleSheet(BADGE_CSS.format(**colours._asdict()))
    return label


# --- fonts ---------------------------------------------------------------------------------

HEADING_SCALE = 1.5
TITLE_SCALE = 1.25


def bold(widget: W, scale: float = 1.0) -> W:
    """Bold text, ``scale`` times the widget's size."""
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def heading(widget: W) -> W:
    """A page's large title."""
    return bold(widget, HEADING_SCALE)


def title(widget: W) -> W:
    """The title of what a page shows (an order, a project)."""
    return bold(widget, TITLE_SCALE)


def monospace_font(base: QFont) -> QFont:
    """``base`` in the system's fixed-width family."""
    font = QFont(base)
    font.setFamilies(["monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def monospace(widget: W) -> W:
    """Fixed-width text (timers, a model's raw answer)."""
    widget.setFont(monospace_font(widget.font()))
    return widget


def small_font(base: QFont, scale: float = 0.9, minimum: float = 7.0) -> QFont:
    """``base`` a little smaller (chips painted in a list), never under ``minimum`` points."""
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF() * scale, minimum))
    return font
