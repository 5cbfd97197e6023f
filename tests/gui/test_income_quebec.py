"""The Income page's Québec panel, on its own: meter, GST/QST, T2125 summary, Add expense."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui import style
from desktop.ui.pages.income_quebec import ExpenseDialog, Panel, compute
from storage import settings
from storage.payments import record_payment
from storage.quebec import add_expense
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


def _lupdate_sources(tmp_path, *files: str) -> dict[str, set[str]]:
    """The strings Qt's lupdate finds in `files`, by context (what atelier_fr.ts gets)."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "out.ts"
    subprocess.run([str(lupdate), *files, "-ts", str(ts)], check=True, capture_output=True)
    return {c.findtext("name"): {m.findtext("source") for m in c.iter("message")}
            for c in ET.parse(ts).getroot().iter("context")}


def test_every_quebec_panel_string_reaches_the_translators(tmp_path) -> None:
    found = _lupdate_sources(tmp_path, "desktop/ui/pages/income_quebec.py")
    panel = found.get("QuebecPanel", set())
    # the context of /work/notes/fr-quebec.tsv; the panel's title, the category names
    # (translated through a table) and the summary's headers all reach lupdate
    assert {"Québec: GST/QST and business income", "Telephone and internet", "Add expense…",
            "Gross income", "Line", "Instalments (estimate): {dates}"} <= panel


def test_french_quebec_panel_shows_no_english(qc_ctx, qtbot) -> None:
    with qc_ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    qc_ctx.i18n.set_language("fr")
    try:
        panel = Panel(qc_ctx)
        qtbot.addWidget(panel)
        panel.show_data(data)
        assert panel.title.text().startswith("Québec\u202f: TPS/TVQ")
        assert panel.add_button.text() == "Ajouter une dépense…"
        assert panel.summary_table.horizontalHeaderItem(0).text() == "Ligne"
        assert "Petit fournisseur" in panel.meter_label.text()
    finally:
        qc_ctx.i18n.set_language("en")


def test_summary_table_is_as_tall_as_its_rows(qc_ctx, qtbot) -> None:
    with qc_ctx.store.transaction() as s:
        for cat in ("advertising", "office", "travel", "other"):
            add_expense(s, spent_on="2026-03-01", amount="10", currency="CAD",
                        category=cat, description="")
    with qc_ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    panel = Panel(qc_ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)  # a short window: the Income tab scrolls, not the table
    panel.show_data(data)
    panel.show()
    table = panel.summary_table
    rows = table.rowCount()
    assert rows == 7  # gross, platform fees, 4 categories, net
    assert table.height() >= (table.horizontalHeader().height()
                              + sum(table.rowHeight(r) for r in range(rows)))
    assert not table.verticalScrollBar().isVisible()
    # amounts line up on the right, the line names on the left
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert table.item(0, 1).textAlignment() == right == table.item(0, 2).textAlignment()
    assert table.item(0, 0).textAlignment() != right


def test_meter_sentence_once_in_the_colour_of_its_level(qc_ctx, qtbot) -> None:
    with qc_ctx.store.transaction() as s:
        settings.put(s, "qc_gst", "small_supplier")
        # 1,000 + 24,000 = 25,000 of 30,000 = 83 %: the meter warns
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=2_400_000, currency="CAD",
                       received_at=at("2026-03-10T15:00")).client_id = client(
            s, "Acme", country="CA").id
    with qc_ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    assert data.meter.level == "warning"
    panel = Panel(qc_ctx)
    qtbot.addWidget(panel)
    panel.show_data(data)
    panel.show()
    sentence = panel.meter_message.text()
    assert "close to the small-supplier threshold" in sentence
    assert sentence not in panel.warnings.text()  # said once
    assert style.WARNING.lower() in panel.meter_message.styleSheet().lower()  # orange


def test_instalments_done_are_marked(qc_ctx, qtbot) -> None:
    from datetime import UTC, datetime

    from storage import obligations
    from storage.quebec import _instalment_dues, instalments

    with qc_ctx.store.transaction() as s:
        # 2025: 100,000 $ net → an estimate over the 1,800 $ threshold: instalments in 2026
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=10_000_000, currency="CAD",
                       received_at=at("2025-05-10T15:00")).client_id = client(
            s, "Big", country="CA").id
        inst = instalments(s, 2026, MTL)
        assert inst.required
        obligations.mark_done(s, _instalment_dues(inst)[0],
                              datetime(2026, 3, 10, tzinfo=UTC))
    with qc_ctx.store.session() as s:
        data = compute(s, 2026, MTL)
    panel = Panel(qc_ctx)
    qtbot.addWidget(panel)
    panel.show_data(data)
    text = panel.instalments.text()
    first, second = text.split("; ")[:2]
    assert "(paid)" in first and "(paid)" not in second


def test_expense_error_shows_whole_and_the_keyboard_goes_to_its_field(qc_ctx, qtbot) -> None:
    qc_ctx.i18n.set_language("fr")
    try:
        dialog = ExpenseDialog(qc_ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.description_edit.setFocus()
        dialog.amount_edit.setText("-5")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        label = dialog.error_label("amount")
        assert label.isVisible() and label.text()
        # the whole sentence fits: the label is as tall as its wrapped text needs
        assert label.height() >= label.heightForWidth(label.width())
        assert dialog.focusWidget() is dialog.amount_edit
    finally:
        qc_ctx.i18n.set_language("en")
