"""The Orders page, its lazy table model and the order and payment dialogs."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from desktop.changes import Changed
from desktop.itemmodels.orders_model import OrdersModel
from desktop.ui.dialogs.order_dialog import OrderDialog, from_qdatetime
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.pages.orders import OrdersPage
from storage.orders import deadlines
from storage.payments import record_payment
from storage.queries import LATE, OrderFilter
from storage.search import order_search_clause
from storage.tables import Order, OrderEvent, OrderStatus, Payment, PaymentKind, TimeEntry
from tests.factories import at, client, gig_with_packages, order
from tests.gui.conftest import NOW, shown

S = OrderStatus

# The offscreen platform says so whenever a shown window's size constraints are set.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _count(ctx, model, *where) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def _page(ctx, qtbot) -> OrdersPage:
    page = shown(qtbot, OrdersPage(ctx), 1090, 760)
    qtbot.waitExposed(page)
    return page


def _column(page: OrdersPage, column: int) -> list[str]:
    m = page.model
    return [m.index(r, column).data() for r in range(m.rowCount())]


def _ids(page: OrdersPage) -> list[int]:
    return [page.model.order_id(r) for r in range(page.model.rowCount())]


def _one_order(ctx, **kw) -> int:
    kw.setdefault("received", "2026-11-20T09:00")
    kw.setdefault("due", "2026-11-25T18:00")
    with ctx.store.transaction() as s:
        return order(s, **kw).id


def _shown(button) -> bool:
    return not button.isHidden()


# --- new and edited orders -------------------------------------------------------------------


def test_a_new_order_entered_in_the_dialog_is_listed_and_stored(ctx, qtbot, monkeypatch):
    with ctx.store.transaction() as s:
        client(s, "Maple Books")
    page = _page(ctx, qtbot)
    assert page.body_stack.currentIndex() == 1  # the empty store's friendly sentence
    assert "first order" in page.empty_new_button.text()

    def fill_and_save(dialog: OrderDialog) -> int:
        dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Maple Books"))
        dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findText("Malt"))
        dialog.title_edit.setText("Traduction d'un livret")
        dialog.price_edit.setText("1,234.50")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", fill_and_save)
    changes = []
    ctx.events.changed.connect(changes.append)
    page.new_order()

    with ctx.store.session() as s:
        saved = s.scalars(select(Order)).one()
        assert (saved.title, saved.price_minor, saved.currency) == (
            "Traduction d'un livret", 123450, "EUR")
        assert saved.received_at == NOW
        assert saved.client.name == "Maple Books"
    assert Changed.ORDERS in changes[-1]
    assert page.body_stack.currentIndex() == 0
    assert _column(page, OrdersModel.TITLE) == ["Traduction d'un livret"]
    assert _column(page, OrdersModel.PRICE) == ["€1,234.50"]
    assert _column(page, OrdersModel.NET) == ["€1,111.05"]  # Malt keeps 10 %
    assert page.current_order_id() == saved.id
    assert page.detail_title.text() == "Traduction d'un livret"


def test_a_new_client_name_typed_in_the_dialog_is_added_with_the_order(ctx, qtbot):
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.client_combo.setEditText("Nouvelle Cliente")
    dialog.title_edit.setText("Logo")
    dialog.price_edit.setText("80")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        assert s.scalars(select(Order)).one().client.name == "Nouvelle Cliente"


@pytest.mark.parametrize(("typed", "message"), [
    ("-5", "The price cannot be negative."),
    ("abc", "“abc” is not an amount."),
    ("", "Enter an amount."),
])
def test_an_invalid_price_is_shown_beside_the_price_and_nothing_is_saved(
        ctx, qtbot, typed, message):
    with ctx.store.transaction() as s:
        client(s, "Maple Books")
    before = _count(ctx, Order)
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Maple Books"))
    dialog.title_edit.setText("Article")
    dialog.price_edit.setText(typed)
    dialog.accept()
    error = dialog.error_label("price")
    assert not error.isHidden()
    assert error.text() == message
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _count(ctx, Order) == before
    assert _count(ctx, OrderEvent) == 0


def test_choosing_a_package_fills_price_currency_and_due_date(ctx, qtbot):
    with ctx.store.transaction() as s:
        gig = gig_with_packages(s)
        client(s, "Maple Books")
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.gig_combo.setCurrentIndex(dialog.gig_combo.findData(gig.id))
    assert dialog.platform_combo.currentText() == "Fiverr"  # the gig's platform
    premium = dialog.package_combo.findText("Premium", Qt.MatchFlag.MatchStartsWith)
    dialog.package_combo.setCurrentIndex(premium)
    assert dialog.price_edit.text() == "150.00"
    assert dialog.currency_combo.currentText() == "USD"
    assert not dialog.no_due_check.isChecked()
    assert from_qdatetime(dialog.due_edit.dateTime()) == NOW + timedelta(days=7)


def test_dates_are_entered_in_the_store_time_zone(ctx, qtbot):
    ctx.i18n.zone = ZoneInfo("America/Montreal")  # what Settings › time zone sets
    with ctx.store.transaction() as s:
        client(s, "Maple Books")
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.received_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-23 04:00"
    dialog.due_edit.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(18, 0),
                                          dialog.due_edit.timeZone()))
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Maple Books"))
    dialog.title_edit.setText("Article")
    dialog.price_edit.setText("90")
    dialog.accept()
    with ctx.store.session() as s:
        saved = s.scalars(select(Order)).one()
        assert saved.received_at == NOW
        assert saved.due_at == at("2026-11-25T23:00")  # 18:00 in Montréal


def test_editing_an_order_records_the_change_in_its_history(ctx, qtbot):
    order_id = _one_order(ctx, price_minor=5000)
    page = _page(ctx, qtbot)
    dialog = OrderDialog(ctx, order_id, page)
    qtbot.addWidget(dialog)
    assert dialog.price_edit.text() == "50.00"
    dialog.price_edit.setText("60")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        o = s.get(Order, order_id)
        assert o.price_minor == 6000
        fields = [e.field for e in o.events if e.kind == "edit"]
    assert fields == ["price_minor"]  # dates the widgets round are left as they were
    top = page.timeline.item(0).text()
    assert top.startswith("Price changed: €50.00 → €60.00")


# --- status actions ------------------------------------------------------------------------


def test_only_the_allowed_status_actions_are_offered(ctx, qtbot):
    order_id = _one_order(ctx)
    page = _page(ctx, qtbot)
    page.select_order(order_id)
    buttons = page.action_buttons
    assert _shown(buttons[S.IN_PROGRESS])
    assert buttons[S.IN_PROGRESS].text() == "Start work"
    assert not _shown(buttons[S.DELIVERED])
    assert not _shown(buttons[S.COMPLETED])
    assert not _shown(buttons[S.REVISION_REQUESTED])
    assert _shown(buttons[S.CANCELLED]) and _shown(buttons[S.DISPUTED])

    qtbot.mouseClick(buttons[S.IN_PROGRESS], Qt.MouseButton.LeftButton)
    with ctx.store.session() as s:
        assert s.get(Order, order_id).status is S.IN_PROGRESS
    assert _shown(buttons[S.DELIVERED])
    assert not _shown(buttons[S.IN_PROGRESS])
    assert not _shown(buttons[S.COMPLETED])
    assert page.detail_status.text() == "In progress"
    assert page.timeline.item(0).text().startswith(
        "Status: awaiting requirements → in progress")
    assert _column(page, OrdersModel.STATUS) == ["In progress"]

    qtbot.mouseClick(buttons[S.DELIVERED], Qt.MouseButton.LeftButton)
    assert _shown(buttons[S.COMPLETED]) and _shown(buttons[S.REVISION_REQUESTED])
    assert not _shown(buttons[S.DELIVERED])

    # A revision is delivered directly, like on the platforms (Resume work stays offered).
    qtbot.mouseClick(buttons[S.REVISION_REQUESTED], Qt.MouseButton.LeftButton)
    assert _shown(buttons[S.DELIVERED]) and _shown(buttons[S.IN_PROGRESS])
    assert buttons[S.IN_PROGRESS].text() == "Resume work"
    qtbot.mouseClick(buttons[S.DELIVERED], Qt.MouseButton.LeftButton)
    with ctx.store.session() as s:
        o = s.get(Order, order_id)
        assert o.status is S.DELIVERED
        assert [e.to_status for e in o.events][-2:] == ["revision_requested", "delivered"]


def test_cancelling_asks_first(ctx, qtbot, monkeypatch):
    order_id = _one_order(ctx)
    page = _page(ctx, qtbot)
    page.select_order(order_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    assert not page.change_status(S.CANCELLED)
    assert asked and _count(ctx, Order, Order.status == S.CANCELLED) == 0
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.change_status(S.CANCELLED)
    assert _count(ctx, Order, Order.status == S.CANCELLED) == 1
    assert not any(_shown(b) for b in page.action_buttons.values())  # final


# --- filters, search, sorting, lazy fetching -------------------------------------------------


def test_the_late_filter_shows_exactly_the_late_orders(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    everything = page.model.total
    assert everything == 300
    page.status_combo.setCurrentIndex(page.status_combo.findData(LATE))
    with demo_ctx.store.session() as s:
        late, _soon = deadlines(s, NOW, timedelta(hours=48))
        expected = [o.id for o in late]
    assert expected, "the demo store has late orders"
    assert _ids(page) == expected  # most overdue first
    assert page.model.total == len(expected)
    assert all(text.startswith("late by") for text in _column(page, OrdersModel.DUE))
    red = page.model.index(0, OrdersModel.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.name() == "#b3261e"

    page.status_combo.setCurrentIndex(page.status_combo.findData(S.COMPLETED.value))
    assert set(_column(page, OrdersModel.STATUS)) == {"Completed"}
    page.clear_filters()
    assert page.model.total == everything


def test_search_and_platform_narrow_the_table(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    with demo_ctx.store.session() as s:
        expected = s.scalar(select(func.count()).select_from(Order)
                            .where(order_search_clause("traduction")))
        fiverr = s.scalar(select(Order.platform_id).join(Order.platform)
                          .where(Order.platform.has(name="Fiverr")).limit(1))
    assert 0 < expected < 300
    qtbot.keyClicks(page.search_edit, "TRADUCTION")  # typed: applied after a pause
    qtbot.waitUntil(lambda: page.model.filter.text == "TRADUCTION", timeout=2000)
    assert page.model.total == expected
    page.platform_combo.setCurrentIndex(page.platform_combo.findData(fiverr))
    narrowed = page.model.total
    assert narrowed < expected
    with demo_ctx.store.session() as s:
        platforms = {s.get(Order, i).platform_id for i in _ids(page)}
    assert platforms <= {fiverr}

    page.set_filter(OrderFilter(text="zzqx nothing matches"))
    assert page.model.total == 0
    assert page.list_stack.currentIndex() == 1  # "No orders match these filters"
    page.clear_filters()
    assert page.list_stack.currentIndex() == 0
    assert page.search_edit.text() == ""


def test_sorting_by_price_is_done_by_the_store(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    page.table.sortByColumn(OrdersModel.PRICE, Qt.SortOrder.AscendingOrder)
    prices = [page.model.row_at(r).price_minor for r in range(page.model.rowCount())]
    assert prices == sorted(prices)
    with demo_ctx.store.session() as s:
        assert prices[0] == s.scalar(select(func.min(Order.price_minor)))
    page.table.sortByColumn(OrdersModel.PRICE, Qt.SortOrder.DescendingOrder)
    prices = [page.model.row_at(r).price_minor for r in range(page.model.rowCount())]
    assert prices == sorted(prices, reverse=True)
    with demo_ctx.store.session() as s:
        assert prices[0] == s.scalar(select(func.max(Order.price_minor)))


def test_the_model_fetches_rows_lazily(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    model = page.model
    assert model.total == 300
    assert model.rowCount() == model.page_size == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 300
    assert not model.canFetchMore(QModelIndex())
    assert len(set(_ids(page))) == 300


def test_focus_search_selects_the_search_text(ctx, qtbot):
    page = _page(ctx, qtbot)
    page.search_edit.setText("logo")
    page.focus_search()
    assert page.search_edit.selectedText() == "logo"


# --- time, payments, delete -----------------------------------------------------------------


def test_the_timer_records_a_time_entry_with_the_clock_times(ctx, qtbot):
    order_id = _one_order(ctx)
    page = _page(ctx, qtbot)
    page.select_order(order_id)
    assert page.timer_button.text() == "Start timer"
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    assert page.timer_button.text() == "Stop timer"
    assert page.elapsed_timer.isActive()
    with ctx.store.session() as s:
        running = s.scalars(select(TimeEntry)).one()
        assert (running.started_at, running.ended_at) == (NOW, None)

    ctx.clock.advance(timedelta(minutes=25, seconds=3))
    page.elapsed_timer.timeout.emit()  # what the one-second tick does
    assert page.elapsed_label.text() == "0:25:03"
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    assert not page.elapsed_timer.isActive()
    with ctx.store.session() as s:
        entry = s.scalars(select(TimeEntry)).one()
        assert (entry.started_at, entry.ended_at) == (NOW, NOW + timedelta(minutes=25, seconds=3))
    assert page.tracked_label.text() == "Tracked: 25 min"


def test_a_payment_added_through_the_dialog_is_recorded(ctx, qtbot):
    order_id = _one_order(ctx, platform_name="Fiverr", currency="USD", price_minor=5000)
    page = _page(ctx, qtbot)
    page.select_order(order_id)
    assert page.payments_list.topLevelItemCount() == 0
    dialog = PaymentDialog(ctx, order_id, page)
    qtbot.addWidget(dialog)
    assert dialog.kind() is PaymentKind.PAYOUT
    assert (dialog.amount_edit.text(), dialog.fee_edit.text()) == ("40.00", "10.00")
    assert dialog.rate_edit.isEnabled()  # USD is not the home currency
    dialog.accept()
    assert dialog.error_label("rate").text().startswith("Enter the rate used")
    assert _count(ctx, Payment) == 0
    dialog.rate_edit.setText("0,92")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        p = s.scalars(select(Payment)).one()
        assert (p.order_id, p.kind, p.amount_minor, p.fee_minor) == (
            order_id, PaymentKind.PAYOUT, 4000, 1000)
        assert (p.home_currency, p.home_amount_minor, p.rate) == ("EUR", 3680, "0.92")
    assert page.payments_list.topLevelItemCount() == 1
    assert page.payments_list.topLevelItem(0).text(2) == "$40.00"


def test_a_tip_in_the_home_currency_needs_no_rate(ctx, qtbot):
    order_id = _one_order(ctx)
    dialog = PaymentDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PaymentKind.TIP.value))
    assert dialog.amount_edit.text() == ""
    assert not dialog.rate_edit.isEnabled()
    dialog.amount_edit.setText("15")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        assert s.scalars(select(Payment.amount_minor)).one() == 1500


def test_delete_asks_first_and_refuses_an_order_with_payments(ctx, qtbot, monkeypatch):
    keep_id = _one_order(ctx, title="Paid order")
    gone_id = _one_order(ctx, title="Unpaid order")
    with ctx.store.transaction() as s:
        record_payment(s, kind="payout", amount_minor=1000, currency="EUR", received_at=NOW,
                       order_id=keep_id)
    page = _page(ctx, qtbot)
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    page.select_order(gone_id)
    answers.append(QMessageBox.StandardButton.No)
    assert not page.delete_current()
    assert _count(ctx, Order) == 2

    answers.append(QMessageBox.StandardButton.Yes)
    assert page.delete_current()
    assert _count(ctx, Order) == 1
    assert _ids(page) == [keep_id]

    page.select_order(keep_id)
    answers.append(QMessageBox.StandardButton.Yes)
    assert not page.delete_current()
    assert warnings and "has payments" in warnings[0]
    assert _count(ctx, Order) == 1


def test_a_paid_orders_net_and_fee_are_what_its_payments_say(ctx, qtbot):
    """Order #291 (€45, a platform fee shown) got a €45.00 bank payment with no fee: Details
    still said "Platform fee −€6.75, Net received €38.25" and the list's Net €38.25."""
    unpaid = _one_order(ctx, platform_name="Fiverr", price_minor=4500, title="Unpaid")
    paid = _one_order(ctx, platform_name="Fiverr", price_minor=4500, title="Paid")
    with ctx.store.transaction() as s:
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=4500, fee_minor=0,
                       currency="EUR", received_at=at("2026-11-26T10:00"), order_id=paid)
    page = _page(ctx, qtbot)
    net_column = dict(zip(_ids(page), _column(page, OrdersModel.NET), strict=True))
    assert net_column[paid] == "€45.00" and net_column[unpaid] == "€36.00"
    page.select_order(unpaid)
    labels, values = page.info_labels, page.info_values
    assert (labels["fee"].text(), values["fee"].text()) == ("Expected platform fee", "-€9.00")
    assert (labels["net"].text(), values["net"].text()) == ("Expected net", "€36.00")
    page.select_order(paid)
    assert (labels["fee"].text(), values["fee"].text()) == ("Platform fee", "€0.00")
    assert (labels["net"].text(), values["net"].text()) == ("Net received", "€45.00")
