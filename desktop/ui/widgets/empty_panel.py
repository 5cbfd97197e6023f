"""The centred notice a page shows in place of an empty list: a title, a sentence of a
fixed width and a button, with more room below than above."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyPanel(QWidget):
    """Centres `title`, `text` (wrapped, `text_width` pixels wide) and `button`; the page
    styles them and words them with `set_texts` (from its retranslate)."""

    def __init__(self, title: QLabel, text: QLabel, button: QPushButton, text_width: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.text, self.button = title, text, button
        self.text_width = text_width
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(text_width)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_texts(self, title: str, text: str, button: str) -> None:
        """The words, already translated; the sentence gets the height it needs."""
        self.title.setText(title)
        self.text.setText(text)
        self.text.setMinimumHeight(self.text.heightForWidth(self.text_width))
        self.button.setText(button)
