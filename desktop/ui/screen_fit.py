"""Dialogs that fit the screen they open on: a preferred size, less what the screen lacks
(a 1024 × 700 laptop, a French window), their content scrolling rather than pushing their
buttons out of sight."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept around a dialog for its frame and title bar (and the panel's shadow).
MARGIN_WIDTH, MARGIN_HEIGHT = 20, 40


def available_rect(widget: QWidget) -> QRect:
    """The room on the screen of ``widget``'s parent window (else its own, else the
    primary screen), less the task bar and docks."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to width × height, or less where its screen has less room."""
    room = available_rect(widget)
    widget.resize(max(200, min(width, room.width() - MARGIN_WIDTH)),
                  max(150, min(height, room.height() - MARGIN_HEIGHT)))


__all__ = ["available_rect", "fit_to_screen"]
