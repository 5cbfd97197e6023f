"""Quote… and Invoice… on an order (issue 17): the draft made from the order opens on the
Invoices page; an order a platform invoices says so and offers to record the platform's
document instead of issuing a second one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.tables import Document, OrderStatus
from tests.factories import order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _documents(ctx) -> list[tuple[str, int | None, bool, str | None]]:
    with ctx.store.session() as s:
        return [(d.kind, d.order_id, d.external, d.number)
                for d in s.scalars(select(Document).order_by(Document.id))]


def test_quote_and_invoice_on_an_order_open_its_draft(win, ctx):
    orders = win.pages["orders"]
    order_id = orders._current_id
    for key in ("quote", "invoice"):
        act = orders.order_actions[key]
        assert act.isEnabled() and act in win.menu_order.actions()
        assert orders.action_button(key).isVisible() or orders.action_button(key).parent()
    orders.order_actions["quote"].trigger()
    assert win.current_page_id() == "invoices"
    page = win.pages["invoices"]
    dialog = page.dialog
    assert type(dialog).__name__ == "DocumentDialog" and dialog.isVisible()
    assert dialog.lines_table.item(0, 0).text() == "Logo in progress"
    dialog.reject()
    win.show_page("orders")
    orders.order_actions["invoice"].trigger()
    assert [d[:2] for d in _documents(ctx)] == [("quote", order_id), ("invoice", order_id)]
    assert page.selected_row().kind == "invoice" and page.selected_row().state == "draft"
    page.dialog.reject()


def test_a_platform_invoiced_order_offers_to_record_the_platforms_invoice(win, ctx, tmp_path):
    with ctx.store.transaction() as s:
        malt = order(s, title="Malt mission", platform_name="Malt", received="2026-11-20T09:00",
                     due="2026-11-27T18:00",
                     status=OrderStatus.IN_PROGRESS).id
    orders = win.pages["orders"]
    orders.select_order(malt)
    orders.order_actions["invoice"].trigger()
    page = win.pages["invoices"]
    box = page.dialog
    assert "Malt invoices the client" in box.text()
    assert _documents(ctx) == []  # no second invoice
    record = next(b for b in box.buttons() if "platform" in b.text())
    record.click()
    dialog = page.dialog
    assert type(dialog).__name__ == "PlatformDocumentDialog"
    dialog.accept()  # no number: refused beside the field, nothing written
    assert dialog.error_label("number").isVisible() and _documents(ctx) == []
    dialog.number_edit.setText("MALT-2026-118")
    dialog.accept()
    assert _documents(ctx) == [("invoice", malt, True, "MALT-2026-118")]


def test_the_palette_opens_the_invoices_page_and_makes_an_invoice_of_the_order(win, ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def palette_run(typed: str) -> list[str]:
        win.show_page("orders")
        palette = win.show_palette()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.field)
        palette.field.setText(typed)  # (QTest types ASCII only: "…")
        titles = [palette.list.topLevelItem(i).text(0)
                  for i in range(palette.list.topLevelItemCount())]
        QTest.keyClick(palette.field, Qt.Key.Key_Return)
        return titles

    assert palette_run("invoices")[0] == "Invoices"
    assert win.current_page_id() == "invoices"
    titles = palette_run("invoice…")
    assert titles[0] == "Invoice…"
    assert win.current_page_id() == "invoices"
    assert [d[0] for d in _documents(ctx)] == ["invoice"]
    win.pages["invoices"].dialog.reject()
