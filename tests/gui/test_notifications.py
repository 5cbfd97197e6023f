"""Deadline reminders: one when an order comes within the due-soon window (24 hours here) of
its due date, one when it has just become late, never twice; the clock is a FakeClock, so
nothing sleeps."""

from __future__ import annotations

from datetime import timedelta

from desktop.notify import DeadlineWatcher
from storage import settings
from storage.orders import update_order
from storage.tables import Order, OrderStatus
from tests.factories import at, client, order, walk

SOON = "Due within 24 h"
NOW_LATE = "Order now late"


def _watcher(ctx, **kw) -> DeadlineWatcher:
    with ctx.store.transaction() as s:
        settings.put(s, "due_soon_hours", "24")
    return DeadlineWatcher(ctx.store, ctx.clock, ctx.notifier, **kw)


def test_due_soon_then_late_then_nothing_more(ctx) -> None:
    with ctx.store.transaction() as s:
        c = client(s, "Atelier Ruche")
        order(s, title="Logo bakery", client_obj=c, received="2026-11-20T09:00",
              due="2026-11-23T11:00")  # NOW is 09:00: due in 2 hours
        order(s, title="Later", client_obj=c, received="2026-11-20T09:00",
              due="2026-11-30T11:00")  # not within 24 hours: never mentioned
    watcher = _watcher(ctx)
    messages = ctx.notifier.messages

    watcher.check()
    assert messages == [(SOON, "Logo bakery — Atelier Ruche")]

    ctx.clock.advance(timedelta(hours=3))
    watcher.check()
    assert messages == [(SOON, "Logo bakery — Atelier Ruche"),
                        (NOW_LATE, "Logo bakery — Atelier Ruche")]

    watcher.check()
    assert len(messages) == 2  # no duplicates


def test_an_order_already_late_at_the_first_check_is_not_announced_as_now_late(ctx) -> None:
    with ctx.store.transaction() as s:
        c = client(s, "Studio Nord")
        order(s, title="Old brief", client_obj=c, received="2026-11-01T09:00",
              due="2026-11-20T18:00")
    watcher = _watcher(ctx)
    watcher.check()
    ctx.clock.advance(timedelta(hours=1))
    watcher.check()
    assert ctx.notifier.messages == []


def test_delivered_orders_are_not_reminded(ctx) -> None:
    with ctx.store.transaction() as s:
        o = order(s, title="Done early", received="2026-11-20T09:00", due="2026-11-23T11:00")
        walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, start="2026-11-21T10:00")
    watcher = _watcher(ctx)
    watcher.check()
    ctx.clock.advance(timedelta(hours=3))
    watcher.check()
    assert ctx.notifier.messages == []


def test_the_timer_checks_on_its_own(ctx, qtbot) -> None:
    with ctx.store.transaction() as s:
        order(s, title="Flyer", client_obj=client(s, "Café Bleu"), received="2026-11-20T09:00",
              due="2026-11-23T20:00")
    watcher = _watcher(ctx, interval_ms=20)
    try:
        with qtbot.waitSignal(watcher.checked, timeout=2_000):
            watcher.start()  # checks at once, then on the timer
        assert watcher.timer.isActive()
        assert ctx.notifier.messages == [(SOON, "Flyer — Café Bleu")]
        ctx.clock.advance(timedelta(hours=12))
        with qtbot.waitSignal(watcher.checked, timeout=2_000):
            pass  # the next tick, from the timer alone
        assert ctx.notifier.messages[-1] == (NOW_LATE, "Flyer — Café Bleu")
        assert len(ctx.notifier.messages) == 2
    finally:
        watcher.stop()
    assert not watcher.timer.isActive()


def test_a_postponed_deadline_is_reminded_again_when_it_comes_near(ctx) -> None:
    with ctx.store.transaction() as s:
        oid = order(s, title="Catalogue", client_obj=client(s, "Maison Dupré"),
                    received="2026-11-20T09:00", due="2026-11-23T11:00").id
    watcher = _watcher(ctx)
    watcher.check()
    with ctx.store.transaction() as s:  # the client gives three more days
        update_order(s, s.get(Order, oid), {"due_at": at("2026-11-26T11:00")})
    watcher.check()
    assert len(ctx.notifier.messages) == 1
    ctx.clock.set(at("2026-11-25T12:00"))
    watcher.check()
    assert ctx.notifier.messages == [(SOON, "Catalogue — Maison Dupré")] * 2
