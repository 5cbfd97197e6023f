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


def test_issuing_links_the_orders_payments_and_a_link_is_corrected_or_removed(
        inv_win, docs_ctx, monkeypatch):  # noqa: F811
    from desktop.ui.dialogs.document_dialog import LinkPaymentDialog
    from storage.invoicing import settlement
    from storage.payments import record_payment
    from storage.tables import Document, PaymentKind
    from tests.factories import at

    draft = docs_ctx.ids["draft"]  # 450.00
    with docs_ctx.store.transaction() as s:
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=20000, currency="EUR",
                           received_at=at("2026-11-01T10:00"),
                           order_id=s.get(Document, draft).order_id).id
    page = inv_win.pages["invoices"]
    monkeypatch.setattr("desktop.ui.pages.invoices.confirm", lambda *_a: True)
    page.select_id(draft)
    assert page.issue_selected()
    assert "The order's payments are linked to it: €200.00 of €450.00 paid." in \
        page.notice.text()
    dialog = LinkPaymentDialog(docs_ctx, draft, page)
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData(p))
    assert dialog.amount_edit.text() == "200.00" and dialog.unlink_button.isVisibleTo(dialog)
    dialog.amount_edit.setText("150.00")  # only 150.00 of it was for this invoice
    dialog.accept()
    with docs_ctx.store.session() as s:
        assert [a for _, a in settlement.links(s, draft)] == [15000]
    dialog = LinkPaymentDialog(docs_ctx, draft, page)
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData(p))
    dialog.unlink_button.click()
    with docs_ctx.store.session() as s:
        assert settlement.links(s, draft) == []


def test_the_setup_takes_the_vat_regime_vat_number_and_email(fresh_ctx, qtbot):
    """The refusal of a franchise invoice says to set the VAT regime to registered with a VAT
    number: the set-up has them (France), and an email for the e-invoice (BT-34)."""
    from PySide6.QtWidgets import QWizard

    from desktop.ui.dialogs.setup_wizard import SetupWizard
    from storage import settings

    wizard = SetupWizard(fresh_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    status = wizard.status_page
    status.radios["fr_micro"].click()
    assert status.fields["vat_regime"].isVisibleTo(status)
    status.combos["vat_regime"].setCurrentIndex(1)  # registered
    for _ in range(3):
        wizard.button(QWizard.WizardButton.NextButton).click()
    ident = wizard.identity_page
    assert ident.fields["vat_number"].isVisibleTo(ident)
    ident.legal_name.setText("Camille Martin")
    ident.edits["vat_number"].setText("FR 12 345")
    ident.edits["email"].setText("camille@example.fr")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is ident  # a wrong VAT number stops Next, said by its field
    assert "is not a French VAT number" in ident.fields["vat_number"].error.text()
    ident.edits["vat_number"].setText("FR 40 303 265 045")
    wizard.button(QWizard.WizardButton.NextButton).click()
    with qtbot.waitSignal(wizard.finished_setup):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    with fresh_ctx.store.session() as s:
        assert [settings.get(s, k) for k in ("vat_regime", "vat_number", "email")] == [
            "registered", "FR40303265045", "camille@example.fr"]
