"""One due-soon window, the one chosen in Settings: with due_soon_hours = 30, an order due in
28 hours is "due soon" on Today, in the Orders list, in `atelier deadlines` and in the tray
reminders (which once hard-coded 24 hours while the store said 48)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.itemmodels.orders_model import SOON_COLOR, OrdersModel
from desktop.notify import DeadlineWatcher
from storage import settings
from storage.db import open_store
from storage.orders import OrderFields, create_order
from storage.today import load_today
from tests.factories import client, platform
from tests.gui.conftest import NOW


def _order_due_in(s, now: datetime, hours: int, title: str = "Logo bakery") -> int:
    c = client(s, "Atelier Ruche")
    o = create_order(s, OrderFields(
        client_id=c.id, platform_id=platform(s, "Direct").id, title=title,
        price_minor=10000, currency="EUR", received_at=now - timedelta(days=1),
        due_at=now + timedelta(hours=hours)))
    return o.id


def _thirty_hour_window_with_an_order_due_in_28_hours(store, now: datetime) -> int:
    with store.transaction() as s:
        settings.put(s, "due_soon_hours", "30")
        return _order_due_in(s, now, 28)


def test_today_orders_and_reminders_use_the_settings_window(ctx) -> None:
    oid = _thirty_hour_window_with_an_order_due_in_28_hours(ctx.store, NOW)

    with ctx.store.session() as s:
        today = load_today(s, NOW)
    assert [line.id for line in today.sections["soon"]] == [oid]

    model = OrdersModel(ctx)
    model.refresh()
    due = model.index(0, OrdersModel.DUE)
    assert model.data(due, OrdersModel.OrderIdRole) == oid
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) == SOON_COLOR

    watcher = DeadlineWatcher(ctx.store, ctx.clock, ctx.notifier)
    watcher.check()
    assert ctx.notifier.messages == [("Due within 30 h", "Logo bakery — Atelier Ruche")]


def test_reminders_follow_a_window_changed_in_settings(ctx) -> None:
    with ctx.store.transaction() as s:
        _order_due_in(s, NOW, 40)
    watcher = DeadlineWatcher(ctx.store, ctx.clock, ctx.notifier)
    with ctx.store.transaction() as s:
        settings.put(s, "due_soon_hours", "24")
    watcher.check()
    assert ctx.notifier.messages == []
    with ctx.store.transaction() as s:  # the person widens the window: next check reminds
        settings.put(s, "due_soon_hours", "72")
    watcher.check()
    assert ctx.notifier.messages == [("Due within 72 h", "Logo bakery — Atelier Ruche")]


def test_atelier_deadlines_uses_the_settings_window(capsys, tmp_path) -> None:
    now = datetime.now(UTC)
    with open_store(tmp_path / "atelier.db") as store:
        oid = _thirty_hour_window_with_an_order_due_in_28_hours(store, now)
    assert main(["deadlines", "--json", "--data-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [o["id"] for o in data["due_soon"]] == [oid]

    assert main(["deadlines", "--data-dir", str(tmp_path)]) == 0
    assert "Due within 30 h: 1" in capsys.readouterr().out
