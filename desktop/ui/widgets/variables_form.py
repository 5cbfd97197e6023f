"""The form of a writing template's variables: one field per variable (a line, or a few lines
for long ones), each with its label and a "needed" mark shown while it has no value.

    form = VariablesForm()
    form.edited.connect(self._variable_edited)      # (name): the person changed it
    form.show_variables(template.variables, values, label_of, needed_text=self.tr("needed"))
    form.values()                                    # {name: text as shown}
    form.mark_missing({"brief"})

The texts (labels, the "needed" mark) come from the page, in its language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import style

#: Variables written over a few lines.
MULTILINE_VARIABLES = frozenset({"brief", "message"})


class VariablesForm(QScrollArea):
    """A scrolling form of a template's variables."""

    #: The person changed a variable (its name); not emitted while the form is built.
    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(QWidget())
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.needed: dict[str, QLabel] = {}
        self._filling = False

    def show_variables(self, names: Iterable[str], values: Mapping[str, str],
                       label_of: Callable[[str], str], *, needed_text: str) -> None:
        """Build the form: a field per variable of ``names``, filled from ``values``."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(3)
        self.fields, self.needed = {}, {}
        self._filling = True
        try:
            for name in names:
                label = QLabel(label_of(name))
                # a long label wraps, the mark stays whole: side by side at 1024 px in French
                # ("Ce que le client a demandé" "à remplir") they were wider than the column,
                # and the mark was cut to "à rempl…"
                label.setWordWrap(True)
                needed = style.error(QLabel(needed_text))
                needed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                head = QHBoxLayout()
                head.setContentsMargins(0, 4, 0, 0)
                head.addWidget(label, 1)
                head.addWidget(needed)
                field: QLineEdit | QPlainTextEdit
                if name in MULTILINE_VARIABLES:
                    field = QPlainTextEdit()
                    field.setTabChangesFocus(True)
                    field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 12)
                    field.setPlainText(values.get(name, ""))
                    field.textChanged.connect(lambda n=name: self._edited(n))
                else:
                    field = QLineEdit(values.get(name, ""))
                    field.setCursorPosition(0)
                    field.textEdited.connect(lambda _t, n=name: self._edited(n))
                label.setBuddy(field)
                field.setObjectName(f"var_{name}")
                layout.addLayout(head)
                layout.addWidget(field)
                self.fields[name], self.needed[name] = field, needed
            layout.addStretch(1)
        finally:
            self._filling = False
        self.setWidget(box)

    def _edited(self, name: str) -> None:
        if not self._filling:
            self.edited.emit(name)

    def values(self) -> dict[str, str]:
        """The variables as the form shows them."""
        return {name: (field.toPlainText() if isinstance(field, QPlainTextEdit)
                       else field.text())
                for name, field in self.fields.items()}

    def set_value(self, name: str, value: str) -> None:
        """Set a variable as the person would (``edited`` follows)."""
        field = self.fields[name]
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        else:
            field.setText(value)
            self._edited(name)

    def mark_missing(self, missing: Iterable[str]) -> None:
        """Show the "needed" mark of the variables in ``missing``, hide the others'."""
        missing = set(missing)
        for name, label in self.needed.items():
            label.setVisible(name in missing)

    def focus(self, name: str) -> bool:
        """Put the keyboard focus in ``name``'s field; False if the form has none."""
        if name not in self.fields:
            return False
        self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
        return True
