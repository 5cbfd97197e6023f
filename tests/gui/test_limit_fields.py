"""Forms refuse amounts beyond what the store can sum and dates outside 1970–2199, with the
message by the field and nothing written."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop.ui.dialogs.order_dialog import date_time_edit
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from storage.models import Payment
from storage.periods import END_DATE, FIRST_DATE
from tests.factories import order


def test_a_payment_of_more_than_one_billion_is_refused_by_its_field(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        order_id = order(s).id
    dialog = PaymentDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("92233720368547758.07")  # 2^63 - 1 cents
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "one billion" in dialog.error_label("amount").text()
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def test_date_fields_offer_only_the_years_atelier_handles(qapp) -> None:
    edit = date_time_edit(QLocale())
    assert edit.minimumDateTime().toSecsSinceEpoch() == int(FIRST_DATE.timestamp())
    assert edit.maximumDateTime().toSecsSinceEpoch() < int(END_DATE.timestamp())
    assert edit.maximumDateTime().date().year() == 2199
