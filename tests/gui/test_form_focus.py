"""Forms start where you type: each form dialog opens with the keyboard in its first field,
Space never presses Save, Enter adds a line in a multi-line field and saves only from a
single-line one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.gig_dialog import COL_PRICE, GigDialog
from desktop.ui.dialogs.order_dialog import OrderDialog
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.forms import FormDialog
from tests.factories import order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _client(ctx) -> ClientDialog:
    return ClientDialog(ctx)


def _gig(ctx) -> GigDialog:
    return GigDialog(ctx)


def _order(ctx) -> OrderDialog:
    return OrderDialog(ctx)


def _payment(ctx) -> PaymentDialog:
    with ctx.store.transaction() as s:
        order_id = order(s).id
    return PaymentDialog(ctx, order_id)


# dialog factory, its first field, its multi-line field
DIALOGS: dict[str, tuple[Callable, Callable[[QDialog], QWidget], Callable[[QDialog], QWidget]]] = {
    "client": (_client, lambda d: d.name_edit, lambda d: d.notes_edit),
    "gig": (_gig, lambda d: d.title_edit, lambda d: d.description_edit),
    "order": (_order, lambda d: d.client_combo, lambda d: d.brief_edit),
    "payment": (_payment, lambda d: d.amount_edit, lambda d: d.note_edit),
}


def _open(ctx, qtbot, name: str) -> tuple[FormDialog, list[bool]]:
    """The dialog shown and active, and a list that grows each time Save is pressed."""
    dialog = DIALOGS[name][0](ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    saves: list[bool] = []
    dialog.buttons.accepted.connect(lambda: saves.append(True))
    return dialog, saves


def _text(field: QWidget) -> str:
    return field.currentText() if isinstance(field, QComboBox) else field.text()


def _typing_target(dialog: QDialog) -> QWidget:
    """Where the keyboard goes: the dialog's focus widget."""
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_first_field_has_the_keyboard_when_the_form_opens(ctx, qtbot, name) -> None:
    dialog, _ = _open(ctx, qtbot, name)
    assert _typing_target(dialog) is DIALOGS[name][1](dialog)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_typing_goes_into_the_first_field_in_full_and_space_never_saves(
        ctx, qtbot, name) -> None:
    dialog, saves = _open(ctx, qtbot, name)
    QTest.keyClicks(_typing_target(dialog), "Keyboard Client")
    assert _text(DIALOGS[name][1](dialog)) == "Keyboard Client"
    assert saves == []
    assert dialog.isVisible()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_on_a_list_does_not_save(ctx, qtbot, name) -> None:
    dialog, saves = _open(ctx, qtbot, name)
    combos = [c for c in dialog.findChildren(QComboBox) if not c.isEditable() and c.isVisible()]
    assert combos
    combo = combos[0]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Return)
    assert saves == []
    assert dialog.isVisible()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_in_a_multi_line_field_adds_a_line_and_does_not_save(ctx, qtbot, name) -> None:
    dialog, saves = _open(ctx, qtbot, name)
    edit = DIALOGS[name][2](dialog)
    assert isinstance(edit, QPlainTextEdit)
    edit.setFocus()
    QTest.keyClicks(edit, "first")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.keyClicks(edit, "second")
    QTest.keyClick(edit, Qt.Key.Key_Enter)
    assert edit.toPlainText() == "first\nsecond\n"
    assert saves == []
    assert dialog.isVisible()


def _fill_valid(name: str, dialog) -> None:
    if name == "client":
        dialog.name_edit.setText("Keyboard Client")
    elif name == "gig":
        dialog.title_edit.setText("Keyboard gig")
        dialog.packages.item(0, COL_PRICE).setText("25")
    elif name == "order":
        dialog.client_combo.setEditText("Keyboard Client")
        dialog.title_edit.setText("Logo")
        dialog.price_edit.setText("80")
    # the payment dialog starts filled with the order's payout


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_in_a_single_line_field_saves_a_valid_form(ctx, qtbot, name) -> None:
    dialog, saves = _open(ctx, qtbot, name)
    _fill_valid(name, dialog)
    field = DIALOGS[name][1](dialog)
    with qtbot.waitSignal(dialog.finished):
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert saves == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value is not None


def test_enter_in_an_invalid_form_keeps_it_open_with_the_message(ctx, qtbot) -> None:
    dialog, _ = _open(ctx, qtbot, "order")
    dialog.client_combo.setEditText("Keyboard Client")
    dialog.title_edit.setFocus()
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_enter_in_a_package_cell_ends_the_cell_edit_and_does_not_save(ctx, qtbot) -> None:
    dialog, saves = _open(ctx, qtbot, "gig")
    dialog.title_edit.setText("Keyboard gig")
    table = dialog.packages
    table.setFocus()
    table.setCurrentCell(0, COL_PRICE)
    table.editItem(table.item(0, COL_PRICE))
    editor = dialog.focusWidget()
    assert editor is not table
    QTest.keyClicks(editor, "25")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, COL_PRICE).text() == "25")
    assert saves == []
    assert dialog.isVisible()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_save_is_not_a_default_button_that_keys_reach_from_elsewhere(ctx, qtbot, name) -> None:
    dialog, _ = _open(ctx, qtbot, name)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isDefault()
    assert not save.autoDefault()
