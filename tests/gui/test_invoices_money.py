"""The Invoices page says what is owed once credit notes are counted (issue 17, tester's
finding 1: a 450.00 invoice with a 150.00 credit note still read 'Paid 0.00 of 450.00' and
stayed overdue)."""

from __future__ import annotations

from datetime import date

import pytest

from storage.invoicing import documents as docs
from storage.invoicing.documents import LineInput
from tests.gui.test_invoices_page import docs_ctx, inv_win  # noqa: F401  (fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_page_counts_credit_notes_in_what_is_owed(inv_win, docs_ctx):  # noqa: F811
    invoice = docs_ctx.ids["issued"]  # 450.00, due 31 October: overdue on 23 November
    with docs_ctx.store.transaction() as s:
        note = docs.credit_note(s, invoice, date(2026, 11, 2),
                                [LineInput("Remise", 15000)]).id
    docs.issue(docs_ctx.store, note, date(2026, 11, 2))
    page = inv_win.pages["invoices"]
    page.refresh()
    page.select_id(invoice)
    # 450.00 − 150.00 = 300.00 owed, nothing paid
    assert page.detail_payment.text() == "Paid €0.00 of €300.00 (€450.00 less €150.00 of " \
        "credit notes)"
    with docs_ctx.store.transaction() as s:
        note = docs.credit_note(s, invoice, date(2026, 11, 2),
                                [LineInput("Annulation", 30000)]).id
    docs.issue(docs_ctx.store, note, date(2026, 11, 2))
    page.refresh()
    page.set_filters(state="overdue")  # 150.00 + 300.00 credited: nothing is owed
    assert page.visible_ids() == []


def test_a_wrong_siren_is_said_beside_the_clients_company_number(docs_ctx, qtbot):  # noqa: F811
    from desktop.ui.dialogs.document_dialog import ClientBillingDialog
    from storage.tables import Client, Document

    with docs_ctx.store.session() as s:
        client_id = s.get(Document, docs_ctx.ids["draft"]).client_id
    dialog = ClientBillingDialog(docs_ctx, client_id)
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("12345")
    dialog.accept()
    error = dialog._errors["company_number"]
    assert not error.isHidden() and "“12345” is not a SIREN or SIRET" in error.text()
    with docs_ctx.store.session() as s:
        assert s.get(Client, client_id).company_number == ""  # nothing saved
