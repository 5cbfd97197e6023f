"""Net per hour in sight: the order panel's line, the Net/h column of the Gigs, Clients and
platform lists over a chosen period (sortable), the mark of what falls below the person's
minimum hourly rate (colour of desktop.ui.style and words), and the setting persisting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.ui import style
from desktop.ui.pages.orders import OrdersPage
from desktop.ui.pages.settings import SettingsPage
from storage import settings
from storage.pay import MinimumRate, minimum_hourly, set_minimum_hourly
from storage.payments import record_payment
from storage.tables import PaymentKind, TimeEntry
from tests.factories import at, client, order
from tests.gui.conftest import shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _track(s, o, start: str, minutes: int) -> None:
    s.add(TimeEntry(order=o, started_at=at(start), ended_at=at(start) + timedelta(minutes=minutes)))
    s.flush()


def _orders_page(ctx, qtbot) -> OrdersPage:
    page = shown(qtbot, OrdersPage(ctx), 1090, 760)
    qtbot.waitExposed(page)
    return page


def test_order_panel_shows_net_per_hour_or_no_time_tracked(ctx, qtbot):
    with ctx.store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        paid = order(s, title="Paid", price_minor=4600, received="2026-11-20T09:00", due=None)
        _track(s, paid, "2026-11-20T10:00", 135)  # 2 h 15 min
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=4140, currency="EUR",
                       received_at=at("2026-11-28T10:00"), order_id=paid.id)
        untracked = order(s, title="Untracked", price_minor=5000, received="2026-11-21T09:00",
                          due=None)
        ids = paid.id, untracked.id
    page = _orders_page(ctx, qtbot)
    page.select_order(ids[0])
    assert page.pay_label.text() == "€18.40/h net · 2 h 15 min tracked"
    assert "below" not in page.pay_label.text()
    page.select_order(ids[1])
    assert page.pay_label.text() == "No time tracked"  # never "€0.00/h"


def test_order_panel_marks_net_per_hour_below_the_minimum(ctx, qtbot):
    with ctx.store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        set_minimum_hourly(s, "25", "EUR")
        o = order(s, title="Cheap", price_minor=4000, platform_name="Malt",
                  received="2026-11-20T09:00", due=None)  # expected net €36 after Malt's 10 %
        _track(s, o, "2026-11-20T10:00", 120)
        oid = o.id
    page = _orders_page(ctx, qtbot)
    page.select_order(oid)
    text = page.pay_label.text()
    assert text == "€18.00/h net expected · 2 h 00 min tracked · Below your €25.00/h minimum"
    assert style.WARNING in page.pay_label.styleSheet()  # colour from the style module


def test_a_client_with_time_but_no_payment_shows_zero_not_nothing(ctx, qtbot):
    with ctx.store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        o = order(s, title="Free", price_minor=0, client_obj=client(s, "Friend"),
                  received="2026-11-20T09:00", due=None)
        _track(s, o, "2026-11-20T10:00", 60)
        oid = o.id
    page = _orders_page(ctx, qtbot)
    page.select_order(oid)
    assert page.pay_label.text().startswith("€0.00/h net expected")


# --- the setting ---------------------------------------------------------------------------


def test_minimum_hourly_rate_setting_persists_and_bad_input_changes_nothing(ctx, qtbot):
    page = shown(qtbot, SettingsPage(ctx), 1100, 760)
    assert page.min_rate.text() == ""  # none by default
    assert "EUR" in page.min_rate_field.hint.text()
    page.min_rate.setText("25")
    assert page.commit_min_rate()
    with ctx.store.session() as s:
        assert minimum_hourly(s) == MinimumRate(2500, "EUR")
    page.min_rate.setText("vingt-cinq")
    assert not page.commit_min_rate()
    assert not page.min_rate_field.error.isHidden()
    assert "not an amount" in page.min_rate_field.error.text()
    with ctx.store.session() as s:
        assert minimum_hourly(s) == MinimumRate(2500, "EUR")  # unchanged
    again = shown(qtbot, SettingsPage(ctx), 1100, 760)
    assert again.min_rate.text() == "25.00"  # read back from the store
    again.min_rate.setText("")
    assert again.commit_min_rate()
    with ctx.store.session() as s:
        assert minimum_hourly(s) is None
