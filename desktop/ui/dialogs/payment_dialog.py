"""Recording money received for an order: payout, tip, refund or adjustment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.changes import Changed
from desktop.context import AppContext
from desktop.ui.dialogs.order_dialog import (
    amount_text,
    currency_combo,
    date_time_edit,
    from_qdatetime,
    set_currency,
    to_qdatetime,
)
from desktop.ui.forms import FormDialog, row_widget
from storage import settings
from storage.errors import ValidationError
from storage.fees import platform_fee
from storage.money import check_currency, parse_amount
from storage.payments import record_payment
from storage.tables import Order, PaymentKind, Platform


def payment_kind_label(kind: PaymentKind | str) -> str:
    """A payment kind as a person reads it, in the interface's language."""
    return {
        PaymentKind.PAYOUT: QCoreApplication.translate("PaymentKind", "Payout"),
        PaymentKind.TIP: QCoreApplication.translate("PaymentKind", "Tip"),
        PaymentKind.REFUND: QCoreApplication.translate("PaymentKind", "Refund"),
        PaymentKind.ADJUSTMENT: QCoreApplication.translate("PaymentKind", "Adjustment"),
    }[PaymentKind(kind)]


class PaymentDialog(FormDialog):
    """A payment for order `order_id`, recorded with storage.payments.record_payment.

    For a payout the amount and the fee start from the order's price and its platform's
    fee. The exchange rate is asked only when the currency is not the home currency.
    `result_value` is the new payment's id.
    """

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.result_value: int | None = None
        with ctx.store.session() as s:
            order = s.get(Order, order_id)
            if order is None:
                raise ValidationError("order", f"There is no order #{order_id}.")
            self._price = order.price_minor
            self._currency = order.currency
            self._title = order.title
            platform: Platform = order.platform
            try:
                self._fee: int | None = platform_fee(platform, order.price_minor)
            except ValidationError:
                self._fee = None
            self._home = settings.home_currency(s)
        self._prefilled: tuple[str, str] | None = None

        self.kind_combo = QComboBox()
        for kind in PaymentKind:
            self.kind_combo.addItem("", kind.value)
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaximumWidth(160)
        self.currency_combo = currency_combo()
        amount_box = row_widget(self.amount_edit, self.currency_combo)
        self.fee_edit = QLineEdit()
        self.fee_edit.setMaximumWidth(160)
        self.received_edit = date_time_edit(ctx.i18n.locale(), ctx.i18n.zone)
        self.rate_edit = QLineEdit()
        self.rate_edit.setMaximumWidth(160)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(70)

        self.add_row("kind", "", self.kind_combo)
        self.add_row("amount", "", amount_box, aliases=("amount_minor", "currency"))
        self._labels["amount"].setBuddy(self.amount_edit)
        self.add_row("fee", "", self.fee_edit, aliases=("fee_minor",))
        self.add_row("received_at", "", self.received_edit)
        self.add_row("rate", "", self.rate_edit)
        self.add_row("note", "", self.note_edit)

        set_currency(self.currency_combo, self._currency)
        self.received_edit.setDateTime(to_qdatetime(ctx.clock.now(), ctx.i18n.zone))
        self._prefill()
        self.kind_combo.currentIndexChanged.connect(self._prefill)
        self.currency_combo.currentTextChanged.connect(self._currency_changed)
        self.retranslate()
        self._currency_changed()
        self.resize(480, self.sizeHint().height())

    def kind(self) -> PaymentKind:
        return PaymentKind(self.kind_combo.currentData())

    def _prefill(self) -> None:
        """Payout: the order's net and the platform's fee, unless the person typed others."""
        untouched = self._prefilled is None or self._prefilled == (
            self.amount_edit.text(), self.fee_edit.text())
        if not untouched:
            return
        lang = self.ctx.i18n.language
        if self.kind() is PaymentKind.PAYOUT:
            fee = self._fee or 0
            amount = amount_text(self._price - fee, self._currency, lang)
            fee_text = amount_text(fee, self._currency, lang) if self._fee is not None else ""
        else:
            amount, fee_text = "", amount_text(0, self._currency, lang)
        self.amount_edit.setText(amount)
        self.fee_edit.setText(fee_text)
        self._prefilled = (amount, fee_text)

    def _currency_changed(self) -> None:
        code = self.currency_combo.currentText().strip().upper()
        foreign = code != self._home
        self.rate_edit.setEnabled(foreign)
        if not foreign:
            self.rate_edit.clear()
        if foreign:
            self.set_label("rate", self.tr("1 {currency} = ? {home}").format(
                currency=code or "…", home=self._home))
        else:
            self.set_label("rate", self.tr("Exchange rate"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add payment — {order}").format(order=self._title))
        self.set_label("kind", self.tr("&Kind"))
        self.set_label("amount", self.tr("&Amount received"))
        self.set_label("fee", self.tr("&Fee kept by the platform"))
        self.set_label("received_at", self.tr("Recei&ved"))
        self.set_label("note", self.tr("&Note"))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, payment_kind_label(self.kind_combo.itemData(i)))
        self.amount_edit.setPlaceholderText(self.tr("After the platform's fee"))
        self.rate_edit.setPlaceholderText(self.tr("Exchange rate used"))
        self._currency_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> int:
        lang = self.ctx.i18n.language
        currency = check_currency(self.currency_combo.currentText(), "currency")
        amount = parse_amount(self.amount_edit.text(), currency, "amount", lang=lang)
        fee_text = self.fee_edit.text().strip()
        fee = parse_amount(fee_text, currency, "fee", lang=lang) if fee_text else 0
        rate = self.rate_edit.text().strip() if currency != self._home else None
        return self.ctx.write(Changed.PAYMENTS, lambda s: record_payment(
            s, kind=self.kind(), amount_minor=amount, currency=currency,
            received_at=from_qdatetime(self.received_edit.dateTime()),
            order_id=self.order_id, fee_minor=fee, rate=rate or None,
            note=self.note_edit.toPlainText().strip(),
        ).id)
