"""The Income page's Québec panel, on its own: meter, GST/QST, T2125 summary, Add expense."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.pages.income_quebec import ExpenseDialog, Panel, compute
from storage import settings
from storage.payments import record_payment
from storage.tables import PaymentKind
from tests.factories import at, client

MTL = ZoneInfo("America/Montreal")


@pytest.fixture
def qc_ctx(ctx):
    with ctx.store.transaction() as s:
        settings.put(s, "home_currency", "CAD")
        settings.put(s, "timezone", "America/Montreal")
        settings.put(s, "status", "qc_self")
        settings.put(s, "qc_gst", "registered")
        settings.put(s, "qc_filing", "quarter")
        p = record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=100_000, currency="CAD",
                           received_at=at("2026-02-10T15:00"))
        p.client_id = client(s, "Studio Montréal", country="CA").id
    return ctx


def cell(table, row: int, col: int) -> str:
    return table.item(row, col).text()


def test_panel_shows_meter_gst_and_accrual_beside_cash(qc_ctx, qtbot) -> None:
    with qc_ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    panel = Panel(qc_ctx)
    qtbot.addWidget(panel)
    panel.show_data(data)
    panel.show()
    assert "CAD\u00a01,000.00 of CAD\u00a030,000.00" in panel.meter_label.text()
    assert panel.meter_bar.value() == 3  # 1,000 / 30,000 = 3 %
    # Q1: GST 50.00 + QST 99.75 = 149.75 to remit
    assert cell(panel.gst_table, 0, 0) == "2026-Q1"
    assert cell(panel.gst_table, 0, 5) == "CAD\u00a0149.75"
    assert panel.summary_table.horizontalHeaderItem(1).text() == "Accrual (declared)"
    assert cell(panel.summary_table, 0, 2) == "CAD\u00a01,000.00"  # cash gross


def test_panel_says_why_when_the_home_currency_is_not_cad(ctx, qtbot) -> None:
    with ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    panel = Panel(ctx)
    qtbot.addWidget(panel)
    panel.show_data(data)
    panel.show()
    assert panel.refusal.isVisible() and "CAD" in panel.refusal.text()
    assert not panel.summary_table.isVisible()


def test_add_expense_dialog_shows_the_error_by_its_field_and_saves_once_valid(
        qc_ctx, qtbot) -> None:
    dialog = ExpenseDialog(qc_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.setText("-3")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_label("amount").isVisible()
    assert "above zero" in dialog.error_label("amount").text()
    dialog.amount_edit.setText("45.00")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("software"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_value is not None
    with qc_ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    assert data.summary.cash.expenses_minor["software"] == 4_500
