"""Form helpers shared by every dialog: a ValidationError is shown beside its field, and
nothing is saved while the form is invalid.

One way to show a storage error: words from `desktop.jobs.error_text`, beside its field in a
FormDialog (`show_error`), else in a message box (`warn`, or `guarded` around an action):

    try:
        write()
    except AtelierError as exc:
        warn(self, exc)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import error_text
from desktop.ui import style
from storage.errors import AtelierError, ValidationError

#: Kept for the pages that still import it; new code calls ``style.error(label)``.
ERROR_STYLE = style.ERROR_CSS


class FormDialog(QDialog):
    """A dialog with a QFormLayout whose rows can each show an error message.

    Subclasses add rows with `add_row(field, label, widget)` and implement `save()`, which
    writes through the storage rules and may raise ValidationError. `accept()` calls save()
    inside one transaction; on ValidationError it shows the message beside the field named
    by the error (or at the top when no row has that name) and keeps the dialog open.

    Keyboard: the form opens with the keyboard in its first field (`first_field`). Enter
    saves only from a single-line field (a line edit, an editable list, a date or number
    field); in a multi-line field it adds a line, on a list or a check box it does nothing,
    on a focused button it presses that button. There is no default button, so Space and
    Enter press Save only when Save itself has the keyboard.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = QLabel()
        style.error(self.general_error)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._first_focus_done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}

    def add_row(self, field: str, label: str, widget: QWidget,
                aliases: tuple[str, ...] = ()) -> QWidget:
        """A labelled row for `field`; errors naming the field or an alias show under it."""
        error = QLabel()
        style.error(error)
        error.setWordWrap(True)
        error.hide()
        error.setObjectName(f"error_{field}")
        box = column_widget(widget, error, spacing=2)
        title = QLabel(label)
        title.setBuddy(widget)
        self.form.addRow(title, box)
        self._errors[field] = error
        self._labels[field] = title
        for alias in aliases:
            self._aliases[alias] = field
        return widget

    def first_field(self) -> QWidget | None:
        """Where the keyboard starts: the first enabled field one types into, in row order
        (else the first field that takes the keyboard)."""
        fallback = None
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            box = item.widget() if item is not None else None
            if box is None or not box.isEnabled():
                continue
            for widget in [box, *box.findChildren(QWidget)]:
                if (not widget.isEnabled() or widget.isHidden()
                        or widget.focusPolicy() == Qt.FocusPolicy.NoFocus):
                    continue
                if _types_text(widget):
                    return widget
                if fallback is None:
                    fallback = widget
        return fallback

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # No default button (the button box makes Save one when shown): Enter is handled
        # by keyPressEvent, and a focused button takes Enter and Space only for itself.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        if not self._first_focus_done:
            self._first_focus_done = True
            for edit in self.findChildren(QLineEdit):
                show_start(edit)  # a long title or reference reads from its start
            field = self.first_field()
            if field is not None:
                # Tab's reason: a line edit's text is selected, so typing replaces it.
                field.setFocus(Qt.FocusReason.TabFocusReason)
            self.fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        # Enter that a field did not use itself (a multi-line field adds a line, a table's
        # editor commits its cell, an open list chooses its item, before it comes here).
        focus = QApplication.focusWidget() or self.focusWidget()
        if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
            focus.click()
        elif focus is not None and _single_line(focus) and self.isAncestorOf(focus):
            self.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        event.accept()

    def set_label(self, field: str, text: str) -> None:
        self._labels[field].setText(text)

    def error_label(self, field: str) -> QLabel:
        return self._errors[field]

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_error(self, error: ValidationError) -> None:
        field = self._aliases.get(error.field, error.field)
        label = self._errors.get(field)
        text = error_text(error)
        if label is None:
            self.general_error.setText(text)
            self.general_error.show()
            self.fit_height()
            return
        label.setText(text)
        label.show()
        self.fit_height()
        buddy = self._labels[field].buddy()
        if buddy is not None:
            buddy.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_height(self) -> None:
        """Grow the dialog to the height its wrapped lines need at its width (an error that
        takes two lines, a long hint in French): a window's layout does not ask for it, and the
        lines would be cut and overlap the field above."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def save(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.result_value = self.save()
        except ValidationError as exc:
            self.show_error(exc)
            return
        except AtelierError as exc:
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            self.fit_height()
            return
        super().accept()


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Fills a one-line field the way a person reads it: from the start of its text (Qt's
    setText leaves the cursor, and so the view, at the end of a long text)."""
    edit.setText(text)
    show_start(edit)


def show_start(edit: QLineEdit) -> None:
    """Shows a one-line field from the start of its text (the cursor there)."""
    edit.setCursorPosition(0)


def _types_text(widget: QWidget) -> bool:
    """Whether `widget` is a field one types into."""
    return (isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))
            or (isinstance(widget, QComboBox) and widget.isEditable()))


def _single_line(widget: QWidget) -> bool:
    """Whether Enter in `widget` means "done": a line edit (an editable list's included),
    a date, time or number field."""
    return isinstance(widget, (QLineEdit, QAbstractSpinBox)) or (
        isinstance(widget, QComboBox) and widget.isEditable())


#: What row_widget and column_widget lay out: a widget, a layout, or a widget with its
#: stretch factor (and alignment).
BoxItem = QWidget | QLayout | tuple[QWidget, int] | tuple[QWidget, int, Qt.AlignmentFlag]


def _box(widget: QWidget, layout: QBoxLayout, items: tuple[BoxItem, ...], spacing: int | None,
         end_stretch: bool, margins: tuple[int, int, int, int]) -> QWidget:
    layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        elif isinstance(item, tuple):
            layout.addWidget(*item)
        else:
            layout.addWidget(item)
    if end_stretch:
        layout.addStretch(1)
    return widget


def row_widget(*items: BoxItem, spacing: int | None = None, end_stretch: bool = True,
               margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A widget (a form row's field, a row of buttons) laying `items` side by side, with no
    margins unless given, then a stretch unless `end_stretch` is False."""
    widget = QWidget()
    return _box(widget, QHBoxLayout(widget), items, spacing, end_stretch, margins)


def column_widget(*items: BoxItem, spacing: int | None = None, end_stretch: bool = False,
                  margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A widget stacking `items`, with no margins unless given (then a stretch if
    `end_stretch`)."""
    widget = QWidget()
    return _box(widget, QVBoxLayout(widget), items, spacing, end_stretch, margins)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget, error: BaseException) -> None:
    """Show an error in a message box, worded by `error_text` in the person's language."""
    QMessageBox.warning(parent, QCoreApplication.translate("forms", "Atelier"),
                        error_text(error))


def guarded(parent: QWidget, action: Callable[[], Any]) -> Any:
    """Run a store action; show a storage error in a message box instead of raising."""
    try:
        return action()
    except AtelierError as exc:
        warn(parent, exc)
        return None
