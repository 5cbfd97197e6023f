"""The demo store: deterministic, complete, and consistent with the business rules."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.db import Store, open_store
from storage.demo import generate
from storage.errors import ValidationError
from storage.fees import platform_fee, tip_fee
from storage.money import convert
from storage.orders import TRANSITIONS, deadlines
from storage.tables import (
    Client,
    Deliverable,
    Gig,
    Opportunity,
    Order,
    OrderStatus,
    Payment,
    Platform,
    TimeEntry,
    db_time,
)

N = 300
SEED = 7
# A non-UTC "today" with microseconds: everything must still land at or before it.
AS_OF = datetime(2026, 3, 16, 11, 42, 7, 654321, tzinfo=timezone(timedelta(hours=1)))
LIMIT = db_time(AS_OF)

# Every datetime column but due dates, which lie in the future for open orders.
TIME_COLUMNS = {
    "clients": ["created_at"],
    "gigs": ["created_at"],
    "orders": ["received_at", "delivered_at", "completed_at", "cancelled_at", "updated_at"],
    "order_events": ["at"],
    "payments": ["received_at"],
    "time_entries": ["started_at", "ended_at"],
    "deliverables": ["created_at", "delivered_at"],
    "deliverable_versions": ["created_at"],
}


def _make(path: Path, orders: int = N, seed: int = SEED) -> tuple[Store, dict[str, int]]:
    store = open_store(path)
    return store, generate(store, orders=orders, seed=seed, as_of=AS_OF)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    store, counts = _make(tmp_path_factory.mktemp("demo") / "atelier.db")
    yield store, counts
    store.close()


@pytest.fixture(scope="module")
def db(demo: tuple[Store, dict[str, int]]) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(demo[0].path)) as conn:
        conn.row_factory = sqlite3.Row
        yield conn


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def test_same_inputs_give_the_same_store(tmp_path: Path) -> None:
    a, counts_a = _make(tmp_path / "a.db")
    b, counts_b = _make(tmp_path / "b.db")
    c, _ = _make(tmp_path / "c.db", seed=SEED + 1)
    for st in (a, b, c):
        st.close()
    assert counts_a == counts_b
    first, second = dump(tmp_path / "a.db"), dump(tmp_path / "b.db")
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert dump(tmp_path / "c.db")["orders"] != first["orders"]


#: sha256 of the demo's rows for (N, SEED, AS_OF), taken before the sample tables (names, gigs,
#: briefs, notes) moved from storage/demo.py to storage/data/demo/*.json: the same inputs must
#: keep giving the very same store. A deliberate change to the demo's content updates it.
#: 0008 added five empty columns to payments (the rows without them still give 1151d1b0…);
#: 0010 four empty columns to clients (the rows without them still give 5a3c6b9c…).
#: Issue 17 filled those four columns (address, company number, VAT number, company flag: what
#: an invoice prints) from a generator seeded by the client's name; with them blanked the
#: rows still give 31a012e0… (every other table is unchanged).
#: 0011 added an empty column to time_entries (plan_task_id; without it the rows still give
#: 78e17389…); 0012 one to clients (keep_local, false; without it 096fbc0a…).
#: 0012 also added an empty column to translation_segments (mt_engine, ""; without it the
#: rows still give 91aef117…).
#: Issue 18 added the inbox's opportunities (every status; two proposals kept as drafts, with
#: their versions) and plans on a few open orders, written after every other row (without the
#: two proposals' deliverables and versions, opportunities and plan_tasks, the rows still give
#: 0f9dee68…).
DEMO_DIGEST = "463c19a1fad6120a5e99a789aedb93f4c8bb907fbb0ff0b8a0b565221dfadeb6"


def test_the_demo_rows_are_those_of_always(demo: tuple[Store, dict[str, int]],
                                           db: sqlite3.Connection) -> None:
    digest = hashlib.sha256()
    for table in sorted(demo[1]):
        for row in db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr((table, tuple(row))).encode())
    assert digest.hexdigest() == DEMO_DIGEST


def test_counts_and_scale(demo: tuple[Store, dict[str, int]], db: sqlite3.Connection) -> None:
    _, counts = demo
    assert counts["orders"] == N
    assert counts["clients"] >= 20
    for table, n in counts.items():
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == n
    for table in ("gigs", "order_events", "payments", "time_entries", "deliverables",
                  "deliverable_versions"):
        assert counts[table] > 0, table
    first, last = db.execute("SELECT MIN(received_at), MAX(received_at) FROM orders").fetchone()
    assert first < db_time(AS_OF - timedelta(days=730)) and last > db_time(AS_OF - timedelta(2))


def test_a_store_with_data_is_refused(demo: tuple[Store, dict[str, int]]) -> None:
    store, counts = demo
    with pytest.raises(ValidationError) as err:
        generate(store, orders=10, seed=1, as_of=AS_OF)
    assert err.value.field == "store"
    with closing(sqlite3.connect(store.path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == counts["orders"]


def test_a_naive_date_is_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store, pytest.raises(ValidationError):
        generate(store, orders=5, seed=1, as_of=datetime(2026, 1, 1))  # noqa: DTZ001


def test_every_status_is_present(db: sqlite3.Connection) -> None:
    found = {r[0] for r in db.execute("SELECT DISTINCT status FROM orders")}
    assert found == {s.value for s in OrderStatus}


def test_old_orders_are_mostly_completed(db: sqlite3.Connection) -> None:
    old = db_time(AS_OF - timedelta(days=60))
    rows = dict(db.execute(
        "SELECT status, COUNT(*) FROM orders WHERE received_at < ? GROUP BY status", (old,)))
    total = sum(rows.values())
    assert rows.get("completed", 0) / total > 0.8
    assert 0 < rows.get("cancelled", 0) / total < 0.15


def test_foreign_keys_and_integrity(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_history_follows_the_state_machine(db: sqlite3.Connection) -> None:
    events = defaultdict(list)
    for e in db.execute("SELECT * FROM order_events ORDER BY id"):
        events[e["order_id"]].append(e)
    orders = db.execute("SELECT * FROM orders").fetchall()
    assert len(events) == len(orders)
    for o in orders:
        evs = events[o["id"]]
        assert evs[0]["kind"] == "created"
        assert evs[0]["to_status"] == "awaiting_requirements"
        assert evs[0]["at"] == o["received_at"]
        state, stamps, revisions = OrderStatus.AWAITING_REQUIREMENTS, {}, 0
        previous_at = evs[0]["at"]
        for e in evs[1:]:
            assert e["kind"] == "status"
            assert e["from_status"] == state.value
            target = OrderStatus(e["to_status"])
            assert target in TRANSITIONS[state], (o["id"], state, target)
            assert e["at"] >= previous_at
            stamps[target] = e["at"]
            revisions += target is OrderStatus.REVISION_REQUESTED
            state, previous_at = target, e["at"]
        assert o["status"] == state.value
        assert o["revisions_used"] == revisions
        assert o["updated_at"] == previous_at
        assert o["delivered_at"] == stamps.get(OrderStatus.DELIVERED)
        assert o["completed_at"] == stamps.get(OrderStatus.COMPLETED)
        assert o["cancelled_at"] == stamps.get(OrderStatus.CANCELLED)


def test_due_date_follows_the_package(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT o.received_at, o.due_at, p.delivery_days, o.gig_id, p.gig_id AS pgig, "
        "o.platform_id, g.platform_id AS gplat, c.platform_id AS cplat "
        "FROM orders o JOIN gig_packages p ON p.id = o.package_id JOIN gigs g ON g.id = o.gig_id "
        "JOIN clients c ON c.id = o.client_id"
    ).fetchall()
    assert len(rows) == N
    for r in rows:
        received = datetime.fromisoformat(r["received_at"])
        assert datetime.fromisoformat(r["due_at"]) - received == timedelta(r["delivery_days"])
        assert r["gig_id"] == r["pgig"]
        assert r["platform_id"] == r["gplat"] == r["cplat"]


def test_nothing_is_dated_after_as_of(db: sqlite3.Connection) -> None:
    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            latest = db.execute(f"SELECT MAX({column}) FROM {table}").fetchone()[0]
            assert latest is None or latest <= LIMIT, (table, column, latest)


def test_datetimes_are_stored_as_the_orm_writes_them(demo: tuple[Store, dict[str, int]],
                                                     db: sqlite3.Connection) -> None:
    raw = dict(db.execute("SELECT id, received_at FROM orders"))
    with demo[0].session() as s:
        for o in s.scalars(select(Order)):
            assert o.received_at.tzinfo is not None
            assert db_time(o.received_at) == raw[o.id]


def test_the_orm_reads_every_row(demo: tuple[Store, dict[str, int]]) -> None:
    store, counts = demo
    with store.session() as s:
        for model, table in ((Client, "clients"), (Gig, "gigs"), (Order, "orders"),
                             (Payment, "payments"), (TimeEntry, "time_entries"),
                             (Deliverable, "deliverables")):
            assert len(s.scalars(select(model)).all()) == counts[table]
        proposals = set(s.scalars(select(Opportunity.proposal_id)
                                  .where(Opportunity.proposal_id.is_not(None))))
        assert proposals  # the inbox's proposals sent: drafts of their own, on no order
        for d in s.scalars(select(Deliverable)):
            assert [v.origin.value for v in d.versions] == ["ai", "human"]
            assert (d.order_id is None) == (d.id in proposals)
        comeup = s.scalar(select(Platform).where(Platform.name == "ComeUp"))
        assert comeup is not None and comeup.fee_bp == 1500
        for g in s.scalars(select(Gig)):
            assert 2 <= len(g.packages) <= 3
            assert g.activity is not None


def test_late_and_due_soon_orders_exist(demo: tuple[Store, dict[str, int]]) -> None:
    with demo[0].session() as s:
        late, soon = deadlines(s, AS_OF, timedelta(hours=48))
    assert late and soon


def test_currencies(db: sqlite3.Connection) -> None:
    orders = {r[0] for r in db.execute("SELECT DISTINCT currency FROM orders")}
    assert {"EUR", "USD", "CAD", "MAD"} <= orders
    paid = {r[0] for r in db.execute("SELECT DISTINCT currency FROM payments")}
    assert {"EUR", "USD", "CAD", "MAD"} <= paid
    assert {r[0] for r in db.execute("SELECT DISTINCT home_currency FROM payments")} == {"EUR"}


def test_payments_match_prices_fees_and_rates(demo: tuple[Store, dict[str, int]]) -> None:
    with demo[0].session() as s:
        payments = s.scalars(select(Payment)).all()
        kinds = {p.kind.value for p in payments}
        assert {"payout", "tip"} <= kinds
        payouts = defaultdict(int)
        for p in payments:
            order = p.order
            assert order is not None and p.currency == order.currency
            assert order.status is OrderStatus.COMPLETED
            assert p.received_at <= AS_OF
            if p.kind.value == "payout":
                payouts[order.id] += 1
                assert p.amount_minor + p.fee_minor == order.price_minor
                assert p.fee_minor == platform_fee(order.platform, order.price_minor)
                clears = order.completed_at + timedelta(days=order.platform.clearance_days)
                assert p.received_at >= clears
            elif p.kind.value == "tip":
                assert p.fee_minor == tip_fee(order.platform, p.amount_minor + p.fee_minor)
            elif p.kind.value == "refund":
                assert p.amount_minor < 0 and p.fee_minor <= 0
            if p.currency == "EUR":
                assert p.rate == "1" and p.home_amount_minor == p.amount_minor
            else:
                assert 0 < float(p.rate) < 1
                assert p.home_amount_minor == convert(p.amount_minor, p.currency, "EUR", p.rate)
                assert p.home_fee_minor == convert(p.fee_minor, p.currency, "EUR", p.rate)
        assert all(n == 1 for n in payouts.values())
        completed = s.scalars(select(Order).where(Order.status == OrderStatus.COMPLETED)).all()
        pending = [o for o in completed if o.id not in payouts]
        assert pending, "some completed orders should still be clearing"
        for o in pending:  # money not in yet only when clearance ends near as_of
            assert o.completed_at + timedelta(days=o.platform.clearance_days) > (
                AS_OF - timedelta(days=11))


def test_time_entries_sit_inside_the_work(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT t.started_at, t.ended_at, o.received_at, o.status, o.id "
        "FROM time_entries t JOIN orders o ON o.id = t.order_id"
    ).fetchall()
    per_order = defaultdict(int)
    running = 0
    for r in rows:
        per_order[r["id"]] += 1
        assert r["started_at"] >= r["received_at"]
        if r["ended_at"] is None:
            running += 1
            assert r["status"] == "in_progress"
            continue
        length = datetime.fromisoformat(r["ended_at"]) - datetime.fromisoformat(r["started_at"])
        assert timedelta(0) <= length <= timedelta(hours=4)
    assert running <= 1
    assert max(per_order.values()) <= 3
    worked = {r[0] for r in db.execute(
        "SELECT DISTINCT order_id FROM order_events WHERE to_status = 'in_progress'")}
    assert worked == set(per_order)


def test_texts_are_realistic(db: sqlite3.Connection) -> None:
    briefs = [r[0] for r in db.execute("SELECT brief FROM orders")]
    average = sum(map(len, briefs)) / len(briefs)
    assert 200 <= average <= 400
    assert all(120 <= len(b) <= 450 for b in briefs)
    langs = {r[0] for r in db.execute("SELECT DISTINCT language FROM clients")}
    assert langs == {"fr", "en"}
    countries = {r[0] for r in db.execute("SELECT DISTINCT country FROM clients")}
    assert {"FR", "MA", "CA"} <= countries
    refs = [r[0] for r in db.execute(
        "SELECT external_ref FROM orders o JOIN platforms p ON p.id = o.platform_id "
        "WHERE p.name = 'Fiverr'")]
    assert refs and all(r.startswith("FO") and len(r) == 12 for r in refs)
    assert len(set(refs)) == len(refs)
    assert db.execute("SELECT COUNT(*) FROM orders WHERE title LIKE '% de un %' "
                      "OR brief LIKE '% de un %'").fetchone()[0] == 0


def test_the_inbox_has_opportunities_in_every_status(demo: tuple[Store, dict[str, int]]) -> None:
    """Issue 18: the Inbox and Income's win rates have something to show."""
    from storage import opportunities, win_rates
    from storage.pay import MinimumRate, minimum_hourly

    with demo[0].session() as s:
        kept = opportunities.list_opportunities(s)
        by_status = {o.status.value for o in kept}
        assert by_status == {"new", "proposal_sent", "won", "lost"}
        flags = {(f.kind, f.text) for o in kept for f in opportunities.flags_of(o)}
        assert ("off_platform_payment", "pay outside Fiverr") in flags
        assert {o.language for o in kept if o.status.value == "new"} == {"en", "fr"}
        for o in kept:
            assert o.received_at <= AS_OF and o.updated_at <= AS_OF
            if o.status.value == "won":  # linked to an order of its gig, asked before it
                assert o.order is not None and o.order.gig_id == o.gig_id
                assert o.received_at < o.order.received_at
            if o.status.value == "proposal_sent":
                assert o.proposal_id is not None and o.gig_id is not None
            assert bool(o.lost_reason) == (o.status.value == "lost")
        rates = win_rates.win_rates(s, "gig", "all", AS_OF.date())
        assert rates.any_decided
        # the matched request's hourly range is set against the minimum rate of the set-up
        assert minimum_hourly(s) == MinimumRate(2000, "EUR")


def test_a_few_open_orders_have_a_plan_one_of_them_late(demo: tuple[Store, dict[str, int]]
                                                         ) -> None:
    from storage import plans
    from storage.tables import PlanTask

    with demo[0].session() as s:
        planned = sorted(set(s.scalars(select(PlanTask.order_id))))
        states = [plans.plan_state(s, oid, AS_OF) for oid in planned]
    assert 2 <= len(states) <= 3  # as many open orders of a kind with tasks as there are
    outlooks = [p.outlook for p in states]
    assert outlooks.count("will_be_late") == 1
    assert set(outlooks) <= {"on_track", "tight", "will_be_late"}
    for p in states:
        assert any(t.done for t in p.tasks) and not all(t.done for t in p.tasks)
        assert p.estimate_source is not None and "similar orders" in p.estimate_source.template
        assert all(t.done_at is None or t.done_at <= AS_OF for t in p.tasks)
