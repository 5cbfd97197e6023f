"""The client's currency in the forms: the client dialog stores it, and choosing a package in
the order form prices it in the client's currency (stored rate), or asks when no rate is
known, rather than silently using the package's currency."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.order_dialog import OrderDialog
from storage import settings
from storage.payments import record_payment
from storage.tables import Client, Order, PaymentKind
from tests.factories import client, gig_with_packages


def _store(ctx, *, mad_rate: str | None = "0.0925") -> None:
    with ctx.store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        client(s, "Atlas Média", country="MA", currency="MAD")
        client(s, "Maple Books", country="CA")
        gig = gig_with_packages(s)  # Basic $50, Premium $150
        gig.packages[0].currency = "EUR"
        record_payment(s, kind=PaymentKind.TIP, amount_minor=1000, currency="USD",
                       rate="0.92", received_at=datetime(2026, 11, 2, tzinfo=UTC))
        if mad_rate:
            record_payment(s, kind=PaymentKind.TIP, amount_minor=10000, currency="MAD",
                           rate=mad_rate, received_at=datetime(2026, 11, 3, tzinfo=UTC))


def _choose(dialog: OrderDialog, client_name: str, tier: str) -> None:
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText(client_name))
    dialog.gig_combo.setCurrentIndex(1)
    for i in range(dialog.package_combo.count()):
        if dialog.package_combo.itemText(i).startswith(tier):
            dialog.package_combo.setCurrentIndex(i)
            return
    raise AssertionError(tier)


def test_client_dialog_saves_and_shows_the_currency(ctx, qtbot):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Atlas Média")
    dialog.currency_combo.setEditText("mad")
    dialog.accept()
    with ctx.store.session() as s:
        assert s.get(Client, dialog.result_value).currency == "MAD"
    edit = ClientDialog(ctx, dialog.result_value)
    qtbot.addWidget(edit)
    assert edit.currency_combo.currentText() == "MAD"
    edit.currency_combo.setCurrentIndex(0)  # "Package's currency": none
    edit.accept()
    with ctx.store.session() as s:
        assert s.get(Client, dialog.result_value).currency == ""

    bad = ClientDialog(ctx)
    qtbot.addWidget(bad)
    bad.name_edit.setText("Autre")
    bad.currency_combo.setEditText("dirhams")
    bad.accept()
    assert not bad.error_label("currency").isHidden()
    assert "not a currency" in bad.error_label("currency").text()


def test_package_is_priced_in_the_clients_currency_at_the_stored_rate(ctx, qtbot):
    _store(ctx)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    asked = []
    dialog.ask_price = lambda *a: asked.append(a)  # must not be asked: the rate is known
    _choose(dialog, "Atlas Média", "Basic")  # €50 → 50 / 0.0925 MAD
    assert dialog.currency_combo.currentText() == "MAD"
    assert dialog.price_edit.text() == "540.54"
    _choose(dialog, "Atlas Média", "Premium")  # $150 → €138 → MAD
    assert (dialog.currency_combo.currentText(), dialog.price_edit.text()) == ("MAD", "1491.89")
    assert asked == []
    dialog.title_edit.setText("Fiche produit")
    dialog.accept()
    with ctx.store.session() as s:
        saved = s.scalars(select(Order)).one()
        assert (saved.price_minor, saved.currency) == (149189, "MAD")


def test_a_client_without_currency_keeps_the_packages(ctx, qtbot):
    _store(ctx)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    _choose(dialog, "Maple Books", "Premium")
    assert (dialog.currency_combo.currentText(), dialog.price_edit.text()) == ("USD", "150.00")


def test_choosing_the_client_after_the_package_converts_too(ctx, qtbot):
    _store(ctx)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.gig_combo.setCurrentIndex(1)
    dialog.package_combo.setCurrentIndex(1)  # Basic €50
    assert dialog.currency_combo.currentText() == "EUR"
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Atlas Média"))
    assert (dialog.currency_combo.currentText(), dialog.price_edit.text()) == ("MAD", "540.54")


def test_no_stored_rate_asks_for_the_price_instead_of_using_the_packages_currency(
        ctx, qtbot, monkeypatch):
    _store(ctx, mad_rate=None)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    prompts = []

    def answer(parent, title, label, *args, **kwargs):
        prompts.append((title, label))
        return ("cinquante" if len(prompts) == 1 else "550"), True

    monkeypatch.setattr("desktop.ui.dialogs.order_dialog.QInputDialog.getText", answer)
    _choose(dialog, "Atlas Média", "Basic")
    assert "No exchange rate from EUR to MAD" in prompts[0][1] and "MAD" in prompts[0][0]
    assert "not an amount" in prompts[1][1]  # a bad answer is asked again, saying why
    assert (dialog.currency_combo.currentText(), dialog.price_edit.text()) == ("MAD", "550.00")

    monkeypatch.setattr("desktop.ui.dialogs.order_dialog.QInputDialog.getText",
                        lambda *a, **k: ("", False))
    _choose(dialog, "Atlas Média", "Premium")  # cancelled: empty price, still in MAD
    assert (dialog.currency_combo.currentText(), dialog.price_edit.text()) == ("MAD", "")
