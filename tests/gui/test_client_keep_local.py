"""A client kept on this computer: the client dialog's check box saves Client.keep_local, and the
Clients page marks them in the list and says so in the detail."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.pages.clients import COL_NAME, ClientsPage
from storage.tables import Client


def test_the_check_box_saves_keep_local_and_the_clients_page_marks_them(ctx, qtbot) -> None:
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.keep_local_check.isChecked()
    assert dialog.keep_local_note.text()  # one line says what it means
    dialog.name_edit.setText("Cabinet Durand")
    dialog.keep_local_check.setChecked(True)
    dialog.accept()
    client_id = dialog.result_value
    with ctx.store.session() as s:
        assert s.get(Client, client_id).keep_local is True

    edit = ClientDialog(ctx, client_id)
    qtbot.addWidget(edit)
    assert edit.keep_local_check.isChecked()
    edit.notes_edit.setPlainText("Confidential legal texts.")
    edit.accept()  # saving other fields keeps the flag
    with ctx.store.session() as s:
        assert s.get(Client, client_id).keep_local is True

    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    index = page.model.index(0, COL_NAME)
    assert page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "computer" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    page.select_client(client_id)
    page._show_detail(client_id)
    assert page.detail_privacy.isVisibleTo(page)
    assert "computer" in page.detail_privacy.text()

    clear = ClientDialog(ctx, client_id)
    qtbot.addWidget(clear)
    clear.keep_local_check.setChecked(False)
    clear.accept()
    with ctx.store.session() as s:
        assert s.get(Client, client_id).keep_local is False
    page.refresh()
    assert page.model.data(page.model.index(0, COL_NAME), Qt.ItemDataRole.DecorationRole) is None
