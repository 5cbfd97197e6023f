"""The orders list's queries: filters, sorting in SQL, paging, detail loading, timers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.errors import ValidationError
from storage.fees import platform_fee
from storage.orders import OPEN_STATES, deadlines, transition, update_order
from storage.payments import record_payment
from storage.queries import (
    ALL,
    LATE,
    OPEN,
    SORT_KEYS,
    OrderFilter,
    count_orders,
    order_detail,
    order_page,
    order_page_ids,
    start_timer,
    stop_timer,
)
from storage.tables import Order, OrderStatus, TimeEntry
from tests.factories import at, client, gig_with_packages, order, walk

S = OrderStatus
NOW = at("2026-03-10T12:00")


@pytest.fixture
def shop(store):
    """Eight orders on three platforms, in every kind of state."""
    with store.transaction() as s:
        maple, cote = client(s, "Maple Books"), client(s, "Éditions Côté Mer")
        gig = gig_with_packages(s)
        order(s, title="Résumé de thèse", client_obj=cote, due="2026-03-08T10:00")  # late
        order(s, title="Logo minimaliste", client_obj=maple, due="2026-03-11T10:00",
              price_minor=30000, platform_name="Fiverr", currency="USD")  # due soon
        order(s, title="Article SEO", client_obj=maple, due=None, price_minor=0)
        order(s, title="Traduction juridique", client_obj=cote, due="2026-03-20T10:00",
              platform_name="ComeUp", price_minor=8000)  # no fee known
        walk(s, order(s, title="Sous-titres", client_obj=maple, due="2026-03-04T10:00",
                      price_minor=5000, platform_name="Fiverr", currency="USD",
                      gig_id=gig.id),
             S.IN_PROGRESS, S.DELIVERED)  # delivered: past due but not late
        walk(s, order(s, title="Fiches produits", client_obj=cote, due="2026-03-06T10:00",
                      price_minor=12000, platform_name="Upwork", currency="USD"),
             S.IN_PROGRESS, S.DELIVERED, S.COMPLETED)
        walk(s, order(s, title="Relecture", client_obj=maple, due="2026-03-09T10:00",
                      price_minor=2000), S.CANCELLED)
        walk(s, order(s, title="Voix off", client_obj=cote, due="2026-03-07T10:00",
                      price_minor=15000), S.IN_PROGRESS)  # late
    return store


def titles(s, flt: OrderFilter | None = None, **kw) -> list[str]:
    return [r.title for r in order_page(s, flt or OrderFilter(), NOW, **kw)]


def test_status_filters(shop) -> None:
    with shop.session() as s:
        assert len(titles(s)) == count_orders(s, OrderFilter(), NOW) == 8
        late, _ = deadlines(s, NOW, timedelta(hours=48))
        assert titles(s, OrderFilter(status=LATE)) == [o.title for o in late] == [
            "Voix off", "Résumé de thèse"]
        open_rows = order_page(s, OrderFilter(status=OPEN), NOW)
        assert {r.status for r in open_rows} <= OPEN_STATES
        assert len(open_rows) == count_orders(s, OrderFilter(status=OPEN), NOW) == 6
        assert titles(s, OrderFilter(status=S.COMPLETED.value)) == ["Fiches produits"]
        assert count_orders(s, OrderFilter(status=ALL), NOW) == 8


def test_platform_client_and_words_combine(shop) -> None:
    with shop.session() as s:
        maple = s.scalars(select(Order.client_id).where(Order.title == "Relecture")).one()
        fiverr = s.scalars(select(Order.platform_id).where(Order.title == "Voix off")).one()
        assert set(titles(s, OrderFilter(client_id=maple))) == {
            "Logo minimaliste", "Article SEO", "Sous-titres", "Relecture"}
        assert set(titles(s, OrderFilter(platform_id=fiverr, client_id=maple))) == {
            "Relecture", "Article SEO"}  # Direct is the factory's default platform
        assert titles(s, OrderFilter(text="resume THESE")) == ["Résumé de thèse"]
        assert set(titles(s, OrderFilter(text="cote mer", status=LATE))) == {
            "Résumé de thèse", "Voix off"}
        assert count_orders(s, OrderFilter(text="   "), NOW) == 8  # no word: no filter


def test_default_sort_puts_open_orders_first_by_due_date(shop) -> None:
    with shop.session() as s:
        assert titles(s) == [
            "Sous-titres", "Voix off", "Résumé de thèse", "Logo minimaliste",
            "Traduction juridique", "Article SEO",  # open, no due date last
            "Relecture", "Fiches produits",  # finished, newest due first
        ]
        due = [r.due_at for r in order_page(s, OrderFilter(), NOW, descending=True)]
        assert due[:-1] == sorted(due[:-1], reverse=True) and due[-1] is None


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_pages_through_every_order_once(shop, key, descending) -> None:
    with shop.session() as s:
        pages = [order_page_ids(s, OrderFilter(), NOW, sort=key, descending=descending,
                                offset=o, limit=3) for o in (0, 3, 6)]
        ids = [i for p in pages for i in p]
        assert len(ids) == len(set(ids)) == 8


def test_sorting_by_price_and_net(shop) -> None:
    with shop.session() as s:
        rows = order_page(s, OrderFilter(), NOW, sort="price")
        assert [r.price_minor for r in rows] == sorted(r.price_minor for r in rows)
        by_net = order_page(s, OrderFilter(), NOW, sort="net", descending=True)
        nets = []
        for r in by_net:
            o = s.get(Order, r.id)
            try:
                nets.append(o.price_minor - platform_fee(o.platform, o.price_minor))
            except ValidationError:
                nets.append(None)
        assert nets[-1] is None  # ComeUp's fee is not entered: its net sorts last
        assert nets[:-1] == sorted(nets[:-1], reverse=True)
        assert by_net[-1].title == "Traduction juridique"


def test_sorting_by_client_gig_status_and_title(shop) -> None:
    with shop.session() as s:
        rows = order_page(s, OrderFilter(), NOW, sort="client")
        assert [r.client for r in rows] == sorted((r.client for r in rows), key=str.lower)
        assert order_page(s, OrderFilter(), NOW, sort="gig")[0].title == "Sous-titres"
        statuses = [r.status for r in order_page(s, OrderFilter(), NOW, sort="status")]
        assert statuses[0] is S.AWAITING_REQUIREMENTS and statuses[-1] is S.CANCELLED
        assert titles(s, sort="title")[0] == "Article SEO"
    with pytest.raises(ValueError, match="unknown sort key"), shop.session() as s:
        order_page(s, OrderFilter(), NOW, sort="colour")


def test_order_detail_loads_history_payments_and_tracked_time(shop) -> None:
    with shop.transaction() as s:
        o = s.scalars(select(Order).where(Order.title == "Voix off")).one()
        update_order(s, o, {"price_minor": 16000}, now=at("2026-03-03T12:00"))
        transition(s, o, S.DELIVERED, at=at("2026-03-04T09:00"))
        record_payment(s, kind="payout", amount_minor=16000, currency="EUR",
                       received_at=at("2026-03-05T09:00"), order_id=o.id)
        s.add(TimeEntry(order_id=o.id, started_at=at("2026-03-03T09:00"),
                        ended_at=at("2026-03-03T10:30")))
        order_id = o.id
    with shop.session() as s:
        d = order_detail(s, order_id)
        assert order_detail(s, 999_999) is None
    assert d is not None
    assert d.order.client.name == "Éditions Côté Mer" and d.order.platform.name == "Direct"
    assert [e.kind for e in d.events] == ["status", "edit", "status", "created"]
    assert [p.amount_minor for p in d.payments] == [16000]
    assert d.tracked_seconds == 5400 and d.running is None
    assert d.tracked_at(NOW) == timedelta(hours=1, minutes=30)


def test_one_timer_runs_at_a_time(shop) -> None:
    with shop.transaction() as s:
        first, second = s.scalars(select(Order.id).order_by(Order.id).limit(2)).all()
        start_timer(s, first, NOW)
        assert start_timer(s, first, NOW + timedelta(minutes=1)).started_at == NOW  # running
        start_timer(s, second, NOW + timedelta(minutes=10))  # stops the first one
    with shop.session() as s:
        d1, d2 = order_detail(s, first), order_detail(s, second)
    assert d1.running is None and d1.tracked_seconds == 600
    assert d2.running is not None and d2.tracked_at(NOW + timedelta(minutes=15)) == timedelta(
        minutes=5)
    with shop.transaction() as s:
        entry = stop_timer(s, second, NOW + timedelta(minutes=40))
        assert entry is not None and entry.ended_at == NOW + timedelta(minutes=40)
        assert stop_timer(s, second, NOW + timedelta(minutes=41)) is None
