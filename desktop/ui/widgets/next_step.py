"""Today's card for a new user: the next useful step (the set-up, a first gig, a payments
import, a first order) as buttons, in place of "All clear" on an empty store."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import style

STEPS = ("setup", "gig", "import", "order")


class NextStepCard(QFrame):
    """Shows the steps of storage.identity.next_steps; `chosen(step)` when one is clicked.
    Hidden when there is no step left."""

    chosen = Signal(str)

    def __init__(self, accent: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")  # the Today page's card style
        if accent:
            self.setStyleSheet(f"QFrame#Card {{ border-left: 4px solid {accent}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        self.title = style.bold(QLabel(), 1.1)
        self.text = style.muted(QLabel(), wrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for step in STEPS:
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, s=step: self.chosen.emit(s))
            self.buttons[step] = button
            row.addWidget(button)
        row.addStretch(1)
        # the person may not need a gig or an order (they record payments only)
        self.hide_button = QPushButton()
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(lambda: self.chosen.emit("hide"))
        row.addWidget(self.hide_button)
        layout.addLayout(row)
        self.steps: list[str] = []
        self.retranslate()
        self.hide()

    def show_steps(self, steps: list[str]) -> None:
        self.steps = list(steps)
        for step, button in self.buttons.items():
            button.setVisible(step in self.steps)
        self.hide_button.setVisible(any(step != "setup" for step in self.steps))
        if self.steps:
            self.buttons[self.steps[0]].setDefault(True)
        self.retranslate()
        self.setVisible(bool(self.steps))

    def retranslate(self) -> None:
        self.buttons["setup"].setText(self.tr("Set up Atelier…"))
        self.buttons["gig"].setText(self.tr("Add a gig…"))
        self.buttons["import"].setText(self.tr("Import payments…"))
        self.buttons["order"].setText(self.tr("Add an order…"))
        self.hide_button.setText(self.tr("Hide these steps"))
        if self.steps[:1] == ["setup"]:
            self.title.setText(self.tr("Welcome to Atelier"))
            self.text.setText(self.tr(
                "Start with the set-up: your country and status, currency, platforms and the "
                "identity printed on your documents. Today then shows the declarations your "
                "status asks for."))
        elif "import" in self.steps and len(self.steps) == 3:
            self.title.setText(self.tr("Next step"))
            self.text.setText(self.tr(
                "Your store is empty. Add the gigs you sell, bring in your payment history "
                "from the platforms' exports, or record the order you are working on."))
        else:
            self.title.setText(self.tr("Next step"))
            self.text.setText(self.tr(
                "Add the gigs you sell and record the order you are working on: Today then "
                "shows what is due and what you earned."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
