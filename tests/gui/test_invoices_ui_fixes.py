"""The Invoices page after a real-window test (issue 17, rw17): documents written by another
program (the CLI) show when the page is shown again or on F5; an empty date field starts from
today; Tab walks every cell of a line; Enter opens the selected document; quotes are accepted
or declined and deposit invoices made in the window."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from storage.db import open_store
from storage.invoicing import documents as docs
from tests.gui.conftest import main_window
from tests.gui.test_invoices_page import DAY, completed_order, france

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def docs_ctx(ctx):
    with ctx.store.transaction() as s:
        france(s)
        quote = docs.create_draft(s, "quote", today=DAY, order_id=completed_order(s, "Site").id)
        draft = docs.create_draft(s, "invoice", today=DAY,
                                  order_id=completed_order(s, "Flyer").id)
        ctx.ids = {"quote": quote.id, "draft": draft.id}
    return ctx


@pytest.fixture
def inv_win(docs_ctx, qtbot):
    with main_window(docs_ctx, qtbot, (1280, 800)) as w:
        w.activateWindow()
        w.show_page("invoices")
        yield w


def _write_elsewhere(ctx, title: str) -> int:
    """A draft invoice made and issued by another program (a second Store on the file)."""
    with open_store(ctx.data_dir / "atelier.db") as other:
        with other.transaction() as s:
            doc_id = docs.create_draft(s, "invoice", today=DAY,
                                       order_id=completed_order(s, title).id).id
        docs.issue(other, doc_id, DAY)
    return doc_id


def test_documents_written_by_another_program_show_when_the_page_is_shown_or_on_f5(
        inv_win, docs_ctx, qtbot):
    page = inv_win.pages["invoices"]
    first = _write_elsewhere(docs_ctx, "Banner")
    assert first not in page.visible_ids()
    inv_win.show_page("today")
    inv_win.show_page("invoices")
    assert first in page.visible_ids()
    second = _write_elsewhere(docs_ctx, "Poster")
    assert second not in page.visible_ids()
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    QTest.keyClick(page.table, Qt.Key.Key_F5)
    assert second in page.visible_ids()
    assert "F5" in [a.shortcut().toString() for a in inv_win.menu_view.actions()]


def _focused():
    return QApplication.focusWidget()


def test_tab_walks_every_cell_of_a_line_so_the_keyboard_alone_fills_it(inv_win, docs_ctx, qtbot):
    page = inv_win.pages["invoices"]
    dialog = page.edit_draft(docs_ctx.ids["draft"])
    table = dialog.lines_table
    for _ in range(table.rowCount()):
        table.removeRow(0)
    dialog.add_line_button.click()  # a new line, its description being typed
    qtbot.waitUntil(lambda: table.isAncestorOf(_focused()))
    QTest.keyClicks(_focused(), "Audit")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert table.currentColumn() == 1
    QTest.keyClicks(_focused(), "2")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert table.currentColumn() == 2 and _focused() is table.cellWidget(0, 2)
    QTest.keyClick(_focused(), Qt.Key.Key_Down)  # hour
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert table.currentColumn() == 3
    QTest.keyClicks(_focused(), "300")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert table.currentColumn() == 4
    QTest.keyClicks(_focused(), "10")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # the last cell of the last line: out
    assert _focused() is not None and not table.isAncestorOf(_focused())
    assert _focused() is not table
    (line,) = dialog.line_inputs()
    assert (line.description, line.quantity, line.unit, line.unit_price_minor,
            line.discount_minor) == ("Audit", "2", "HUR", 30000, 1000)
    QTest.keyClick(_focused(), Qt.Key.Key_Backtab)  # back into the last cell
    assert (table.currentRow(), table.currentColumn()) == (0, 4)
    QTest.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert table.currentColumn() == 3
    QTest.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert _focused() is table.cellWidget(0, 2)
    dialog.reject()


def test_enter_on_a_draft_opens_it_and_edit_draft_leaves_alt_e_to_the_menu(
        inv_win, docs_ctx, qtbot):
    page = inv_win.pages["invoices"]
    page.select_id(docs_ctx.ids["draft"])
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focused() is page.table)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert type(page.dialog).__name__ == "DocumentDialog" and page.dialog.isVisible()
    assert page.dialog.document_id == docs_ctx.ids["draft"]
    page.dialog.reject()
    menus = {a.text().split("&")[1][0].lower() for a in inv_win.menuBar().actions()}
    assert page.edit_button.text().split("&")[1][0].lower() not in menus


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_an_empty_date_field_starts_from_today_when_typed_in_or_opened(inv_win, docs_ctx, qtbot):
    page = inv_win.pages["invoices"]
    dialog = page.edit_draft(docs_ctx.ids["draft"])
    field = dialog.service_start
    field.set_value(None)
    assert field.text() == "—"  # the empty value, shown
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focused() is field)
    QTest.keyClicks(field, "12/1/26")
    assert field.value() == date(2026, 12, 1), field.text()
    # the calendar of an empty field opens at this month, and opening it sets nothing
    end = dialog.service_end
    end.set_value(None)
    end.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focused() is end)
    QTest.keyClick(end, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = end.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
    assert end.value() is None and end.text() == "—"
    dialog.reject()


def test_an_issued_quote_is_accepted_or_declined_from_the_page(inv_win, docs_ctx, qtbot,
                                                               monkeypatch):
    page = inv_win.pages["invoices"]
    with docs_ctx.store.transaction() as s:
        other = docs.create_draft(s, "quote", today=DAY,
                                  order_id=completed_order(s, "Mug").id).id
    docs.issue(docs_ctx.store, docs_ctx.ids["quote"], DAY)
    docs.issue(docs_ctx.store, other, DAY)
    page.refresh()
    asked = []
    monkeypatch.setattr("desktop.ui.pages.invoices.confirm",
                        lambda _p, _t, text: asked.append(text) or True)
    page.select_id(docs_ctx.ids["draft"])
    assert not page.accept_button.isEnabled() and not page.decline_button.isEnabled()
    page.select_id(docs_ctx.ids["quote"])
    assert page.accept_button.isEnabled() and page.decline_button.isEnabled()
    # reachable from the keyboard: Tab from the table gets there
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focused() is page.table)
    seen = []
    for _ in range(25):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(_focused())
    assert page.accept_button in seen and page.decline_button in seen
    assert page.accept_button.text().count("&") == 1
    editor = page.accept_selected()
    with docs_ctx.store.session() as s:
        assert docs.get(s, docs_ctx.ids["quote"]).state == "accepted"
        invoice = docs.get(s, editor.document_id)
        assert (invoice.kind, invoice.state, invoice.quote_id) == (
            "invoice", "draft", docs_ctx.ids["quote"])
    assert editor.isVisible() and "Client Site" in asked[0]
    editor.reject()
    page.select_id(other)
    assert page.decline_selected()
    with docs_ctx.store.session() as s:
        assert docs.get(s, other).state == "declined"
    page.set_filters(state="declined")
    assert page.visible_ids() == [other]


def test_new_makes_a_deposit_invoice_for_an_order(inv_win, docs_ctx):
    page = inv_win.pages["invoices"]
    dialog = page.new_document()
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Client Site"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("deposit"))
    assert dialog.order_combo.isVisibleTo(dialog) and dialog.amount_edit.isVisibleTo(dialog)
    assert dialog.order_combo.count() == 1
    dialog.accept()  # no amount: said beside the field
    assert dialog.isVisible() and dialog.error_label("amount").text()
    dialog.amount_edit.setText("135")
    dialog.accept()
    editor = page.dialog
    assert type(editor).__name__ == "DocumentDialog"
    selected = page.selected_row()
    assert (selected.kind, selected.state, selected.client, selected.total_minor) == (
        "deposit", "draft", "Client Site", 13500)
    editor.reject()
    dialog = page.new_document()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quote"))
    assert not dialog.order_combo.isVisibleTo(dialog)
    assert not dialog.amount_edit.isVisibleTo(dialog)
    dialog.reject()


def test_overdue_invoices_show_on_today_without_scrolling_at_1280_by_800(docs_ctx, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    from storage.payments import record_payment
    from storage.tables import OrderStatus, PaymentKind
    from tests.factories import client, order

    with docs_ctx.store.transaction() as s:
        issued = docs.create_draft(s, "invoice", today=DAY,
                                   order_id=completed_order(s, "Logo").id).id
    docs.issue(docs_ctx.store, issued, date(2026, 10, 1))  # overdue on 2026-11-23
    with docs_ctx.store.transaction() as s:
        c = client(s, name="Busy client")
        for i in range(8):  # a long Late list and a long In progress list above the fold
            order(s, client_obj=c, title=f"Late {i}", received="2026-11-01T09:00",
                  due=f"2026-11-{10 + i}T18:00", status=OrderStatus.IN_PROGRESS)
            order(s, client_obj=c, title=f"Later {i}", received="2026-11-01T09:00",
                  due=f"2026-12-{10 + i}T18:00", status=OrderStatus.IN_PROGRESS)
        # a turnover past the VAT franchise and the ceiling: a tall status card (rw17)
        big = completed_order(s, "Big")
        for year in (2025, 2026):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=12_000_000,
                           currency="EUR", order_id=big.id,
                           received_at=datetime(year, 6, 2, tzinfo=UTC))
    with main_window(docs_ctx, qtbot, (1280, 800)) as w:
        today = w.show_page("today")
        assert today.overdue_card.isVisible()
        assert len(today.meter_rows) >= 2
        viewport = today.findChild(QScrollArea).viewport()
        top = today.overdue_list.mapTo(viewport, QPoint(0, 0)).y()
        first = today.overdue_list.visualItemRect(today.overdue_list.topLevelItem(0))
        assert top >= 0 and top + first.bottom() <= viewport.height(), (top, viewport.height())


def test_states_agree_with_the_kind_units_take_plurals_and_the_check_names_the_draft(
        inv_win, docs_ctx, qtbot):
    from desktop.ui.dialogs.document_dialog import quantity_text

    page = inv_win.pages["invoices"]
    # English: plural units; French: plural from 2, the decimal comma
    assert quantity_text("1", "HUR", "en") == "1 hour"
    assert quantity_text("2", "C62", "en") == "2 units"
    assert quantity_text("1.5", "DAY", "en") == "1.5 days"
    docs_ctx.i18n.set_language("fr")
    try:
        from PySide6.QtCore import QCoreApplication

        assert quantity_text("3", "C62", "fr") == "3 " + QCoreApplication.translate(
            "DocumentDialog", "units")
        assert quantity_text("1.5", "C62", "fr") == "1,5 unité"
        # the states are worded per kind (Facture émise, Devis émis): each through its own
        # context, so French can agree with the noun

        assert page.state_name("issued", "invoice") == QCoreApplication.translate(
            "InvoiceStates", "Issued")
        assert page.state_name("issued", "quote") == QCoreApplication.translate(
            "QuoteStates", "Issued")
        assert page.state_name("issued", "credit_note") == QCoreApplication.translate(
            "CreditNoteStates", "Issued")
    finally:
        docs_ctx.i18n.set_language("en")
    row = next(r for r in page.model.rows if r.id == docs_ctx.ids["draft"])
    assert page.model.display(row, 6) == "Draft"
    with docs_ctx.store.transaction() as s:
        from storage import settings

        settings.put(s, "address", "")
    job = page.check_series()
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    text = page.notice.text()
    assert text.startswith("Draft invoice for Client Flyer lacks: your address")


def test_a_credit_note_has_no_due_date_nor_payment_terms(inv_win, docs_ctx, tmp_path):
    from desktop.invoice_pdf import export_document_pdf
    from tests.gui.test_invoice_pdf import pdf_text

    docs.issue(docs_ctx.store, docs_ctx.ids["draft"], DAY)
    with docs_ctx.store.transaction() as s:
        note = docs.credit_note(s, docs_ctx.ids["draft"], DAY).id
    with docs_ctx.store.session() as s:
        data = docs.to_data(s, note)
        assert (data.due_date, data.payment_terms) == (None, "")
        assert docs.missing_mentions(s, note, DAY) == []
    issued = docs.issue(docs_ctx.store, note, DAY)
    assert issued.due_date is None
    with docs_ctx.store.session() as s:
        data = docs.to_data(s, note)
    assert (data.due_date, data.payment_terms) == (None, "")
    export_document_pdf(data, tmp_path / "avoir.pdf")
    text = pdf_text(tmp_path / "avoir.pdf")
    assert "Avoir N°" in text and "Échéance" not in text and "Conditions de paiement" not in text
    # the draft dialog of a credit note asks for neither
    with docs_ctx.store.transaction() as s:
        second = docs.create_draft(s, "invoice", today=DAY,
                                   order_id=completed_order(s, "Cup").id).id
    docs.issue(docs_ctx.store, second, DAY)
    with docs_ctx.store.transaction() as s:
        draft_note = docs.credit_note(s, second, DAY).id
    page = inv_win.pages["invoices"]
    page.refresh()
    dialog = page.edit_draft(draft_note)
    assert not dialog.due_date.isVisibleTo(dialog) and not dialog.terms_edit.isVisibleTo(dialog)
    assert dialog.service_start.isVisibleTo(dialog)
    dialog.reject()


def test_the_dialogs_are_wide_enough_for_their_titles(inv_win, docs_ctx):
    from desktop.ui.dialogs.document_dialog import MissingMentionsDialog

    page = inv_win.pages["invoices"]
    dialog = MissingMentionsDialog([], page)
    dialog.setWindowTitle("Émission impossible pour l’instant")  # the French title, cut off
    dialog.show()
    room = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 150  # the buttons
    assert dialog.width() >= room
    dialog.close()
    new = page.new_document()
    assert new.width() >= new.fontMetrics().horizontalAdvance(new.windowTitle()) + 150
    new.reject()


def test_enter_on_an_issued_document_opens_its_pdf(inv_win, docs_ctx, qtbot, monkeypatch):
    from pathlib import Path

    opened = []
    monkeypatch.setattr("desktop.ui.pages.invoices.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    docs.issue(docs_ctx.store, docs_ctx.ids["draft"], DAY)
    page = inv_win.pages["invoices"]
    page.refresh()
    page.select_id(docs_ctx.ids["draft"])
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focused() is page.table)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert page.job is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened[0].endswith("2026-0001.pdf") and Path(opened[0]).stat().st_size > 1000
