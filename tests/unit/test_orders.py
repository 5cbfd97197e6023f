"""Order rules: the status machine, validation, edits, the append-only history, deadlines."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy.exc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from storage.errors import TransitionError, ValidationError
from storage.orders import (
    EDITABLE,
    FINAL_STATES,
    OPEN_STATES,
    STATUS_LABELS,
    TRANSITIONS,
    WORK_PENDING_STATES,
    OrderFields,
    allowed_transitions,
    check_transition,
    create_order,
    deadlines,
    delete_order,
    due_from_package,
    fields_of,
    is_due_soon,
    is_late,
    transition,
    update_order,
)
from storage.payments import record_payment
from storage.tables import Activity, Client, Order, OrderEvent, OrderStatus, Payment, PaymentKind
from tests.factories import at, client, gig_with_packages, order, platform, walk

S = OrderStatus
PARIS = ZoneInfo("Europe/Paris")
LEGAL = [(src, tgt) for src, targets in TRANSITIONS.items() for tgt in targets]
ILLEGAL = [(src, tgt) for src in S for tgt in S if tgt not in TRANSITIONS[src]]
DB_HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def count(s: Session, model: type, *where: object) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where))


def events_of(s: Session, o: Order) -> list[OrderEvent]:
    return list(s.scalars(select(OrderEvent).where(OrderEvent.order_id == o.id)
                          .order_by(OrderEvent.id)))


def snapshot(o: Order) -> dict[str, object]:
    keys = (*EDITABLE, "status", "delivered_at", "completed_at", "cancelled_at")
    return {k: getattr(o, k) for k in keys}


def fields(s: Session, **overrides: object) -> OrderFields:
    base: dict[str, object] = {
        "client_id": client(s).id, "platform_id": platform(s, "Direct").id,
        "title": "Traduction FR→EN", "price_minor": 8000, "currency": "EUR",
        "received_at": at("2026-03-02T09:00"), "due_at": at("2026-03-06T18:00"),
    }
    base.update(overrides)
    return OrderFields(**base)  # type: ignore[arg-type]


# --- the status machine ---------------------------------------------------------------------


def test_the_table_covers_every_status_and_only_names_statuses() -> None:
    assert set(TRANSITIONS) == set(S)
    assert set(STATUS_LABELS) == set(S)
    assert {S.COMPLETED, S.CANCELLED} == FINAL_STATES
    assert set(S) - FINAL_STATES == OPEN_STATES
    assert WORK_PENDING_STATES <= OPEN_STATES
    for src, targets in TRANSITIONS.items():
        assert src not in targets, f"{src} may not go to itself"
        assert len(set(targets)) == len(targets)


@pytest.mark.parametrize("state", sorted(OPEN_STATES))
def test_cancelled_and_disputed_are_reachable_from_every_open_state(state: OrderStatus) -> None:
    assert S.CANCELLED in allowed_transitions(state)
    if state is not S.DISPUTED:
        assert S.DISPUTED in allowed_transitions(state)


@pytest.mark.parametrize("state", sorted(FINAL_STATES))
def test_final_states_allow_nothing(state: OrderStatus) -> None:
    assert allowed_transitions(state) == ()
    for target in S:
        with pytest.raises(TransitionError, match="is final"):
            check_transition(state, target)


@pytest.mark.parametrize("src", sorted(OPEN_STATES))
def test_every_legal_transition_moves_the_order_and_logs_it(store, src: OrderStatus) -> None:
    targets = [tgt for src_, tgt in LEGAL if src_ is src]
    when = at("2026-03-03T10:00:00+01:00")
    moved: dict[int, OrderStatus] = {}
    with store.transaction() as s:
        c = client(s)
        for tgt in targets:
            o = order(s, status=src, client_obj=c)
            before = count(s, OrderEvent, OrderEvent.order_id == o.id)
            event = transition(s, o, tgt, at=when, note=f"to {tgt}")
            assert o.status is tgt
            assert count(s, OrderEvent, OrderEvent.order_id == o.id) == before + 1
            assert event.kind == "status"
            assert (event.from_status, event.to_status) == (src.value, tgt.value)
            moved[o.id] = tgt
    with store.session() as s:
        for oid, tgt in moved.items():
            o = s.get(Order, oid)
            assert o.status is tgt
            last = o.events[-1]
            assert (last.kind, last.from_status, last.to_status) == ("status", src.value,
                                                                      tgt.value)
            assert last.at == when
            assert last.note == f"to {tgt}"


def test_a_history_already_loaded_shows_new_events(store) -> None:
    """A page that shows `order.events` keeps the object: the list must not go stale."""
    with store.transaction() as s:
        o = order(s)
        assert [e.kind for e in o.events] == ["created"]
        transition(s, o, S.IN_PROGRESS, at=at("2026-03-03T10:00"))
        update_order(s, o, {"title": "Article long"}, now=at("2026-03-03T10:05"))
        assert [e.kind for e in o.events] == ["created", "status", "edit"]
    # The store keeps objects loaded after a commit (expire_on_commit=False).
    assert [e.kind for e in o.events] == ["created", "status", "edit"]
    assert len({e.id for e in o.events}) == 3


def test_transition_accepts_status_strings(store) -> None:
    with store.transaction() as s:
        o = order(s)
        transition(s, o, "in_progress", at=at("2026-03-03T10:00"))
        assert o.status is S.IN_PROGRESS
        with pytest.raises(ValueError, match="not_a_status"):
            transition(s, o, "not_a_status", at=at("2026-03-03T10:00"))


@pytest.mark.parametrize("src", sorted(S))
def test_every_illegal_transition_is_refused_and_changes_nothing(store, src: OrderStatus) -> None:
    illegal = [tgt for src_, tgt in ILLEGAL if src_ is src]
    assert illegal, "every status refuses at least itself"
    with store.transaction() as s:
        o = order(s, status=src)
        s.flush()
        before, n_events = snapshot(o), count(s, OrderEvent)
        for tgt in illegal:
            with pytest.raises(TransitionError) as err:
                transition(s, o, tgt, at=at("2026-03-03T10:00"))
            assert snapshot(o) == before, tgt
            assert count(s, OrderEvent) == n_events, tgt
            message = str(err.value)
            assert f"“{STATUS_LABELS[src]}”" in message
            assert f"“{STATUS_LABELS[tgt]}”" in message
            assert "_" not in message, "human labels, not raw enum values"
            assert (err.value.current, err.value.target) == (src, tgt)
            assert err.value.allowed == TRANSITIONS[src]
            for allowed in TRANSITIONS[src]:
                assert STATUS_LABELS[allowed] in message


def test_timestamps_and_revisions_along_a_whole_life(store) -> None:
    with store.transaction() as s:
        o = order(s)
        t = at("2026-03-03T08:00")
        steps = [S.IN_PROGRESS, S.DELIVERED, S.REVISION_REQUESTED, S.IN_PROGRESS, S.DELIVERED,
                 S.REVISION_REQUESTED, S.IN_PROGRESS, S.DELIVERED, S.COMPLETED]
        revisions = []
        for i, target in enumerate(steps):
            transition(s, o, target, at=t + timedelta(hours=i))
            revisions.append(o.revisions_used)
        assert revisions == [0, 0, 1, 1, 1, 2, 2, 2, 2]
        assert o.delivered_at == t + timedelta(hours=7)  # the last delivery
        assert o.completed_at == t + timedelta(hours=8)
        assert o.cancelled_at is None
        oid = o.id
    with store.session() as s:
        o = s.get(Order, oid)
        assert o.completed_at == at("2026-03-03T16:00")
        assert [e.to_status for e in o.events] == ["awaiting_requirements", *steps]


def test_cancelling_sets_cancelled_at_only(store) -> None:
    with store.transaction() as s:
        o = walk(s, order(s), S.IN_PROGRESS, S.CANCELLED, start="2026-03-03T10:00")
        assert o.cancelled_at == at("2026-03-03T11:00")
        assert o.completed_at is None and o.delivered_at is None


def test_a_revision_is_delivered_directly_with_one_history_entry(store) -> None:
    # Like the platforms: the revised work is delivered straight from "revision requested",
    # without a "Resume work" step and its extra history entry.
    assert S.DELIVERED in TRANSITIONS[S.REVISION_REQUESTED]
    with store.transaction() as s:
        o = walk(s, order(s), S.IN_PROGRESS, S.DELIVERED, S.REVISION_REQUESTED)
        before = len(events_of(s, o))
        transition(s, o, S.DELIVERED, at=at("2026-03-03T15:00"))
        new = events_of(s, o)[before:]
        assert [(e.from_status, e.to_status) for e in new] == [
            ("revision_requested", "delivered")]
        assert o.status is S.DELIVERED and o.delivered_at == at("2026-03-03T15:00")
        assert o.revisions_used == 1


def test_a_dispute_can_end_completed(store) -> None:
    with store.transaction() as s:
        o = walk(s, order(s), S.IN_PROGRESS, S.DELIVERED, S.DISPUTED, S.COMPLETED)
        assert o.completed_at == at("2026-03-03T13:00")
        assert o.delivered_at == at("2026-03-03T11:00")


def test_transition_with_a_naive_time_is_refused_before_anything_changes(store) -> None:
    with store.transaction() as s:
        o = order(s)
        s.flush()
        before, n_events = snapshot(o), count(s, OrderEvent)
        with pytest.raises(ValidationError) as err:
            transition(s, o, S.IN_PROGRESS, at=datetime(2026, 3, 3, 10))  # noqa: DTZ001
        assert err.value.field == "at"
        assert snapshot(o) == before
        assert count(s, OrderEvent) == n_events


def test_transition_without_a_time_uses_now(store) -> None:
    with store.transaction() as s:
        o = order(s)
        low = datetime.now(PARIS)
        event = transition(s, o, S.IN_PROGRESS)
        assert low <= event.at <= datetime.now(PARIS)


@DB_HYPOTHESIS
@given(start=st.sampled_from(sorted(S)), targets=st.lists(st.sampled_from(sorted(S)), max_size=20))
def test_random_walks_stay_defined_and_the_log_replays_to_the_status(
    store, start: OrderStatus, targets: list[OrderStatus]
) -> None:
    s = store.session()
    try:
        o = order(s, status=start)
        t = at("2026-03-03T00:00")
        moves = 0
        for i, target in enumerate(targets):
            before = snapshot(o)
            try:
                transition(s, o, target, at=t + timedelta(minutes=i))
                moves += 1
            except TransitionError:
                assert snapshot(o) == before
                assert target not in TRANSITIONS[before["status"]]
            else:
                assert target in TRANSITIONS[before["status"]]
            assert isinstance(o.status, OrderStatus)
        log = events_of(s, o)
        assert log[0].kind == "created"
        assert len(log) == 1 + moves
        replayed = OrderStatus(log[0].to_status)
        for event in log[1:]:
            assert event.kind == "status"
            assert event.from_status == replayed.value
            assert OrderStatus(event.to_status) in TRANSITIONS[replayed]
            replayed = OrderStatus(event.to_status)
        assert replayed is o.status
        assert o.revisions_used == sum(e.to_status == S.REVISION_REQUESTED for e in log[1:])
        if o.status in FINAL_STATES:
            assert allowed_transitions(o.status) == ()
    finally:
        s.rollback()
        s.close()


# --- create_order ---------------------------------------------------------------------------


def test_create_order_logs_a_created_event(store) -> None:
    with store.transaction() as s:
        o = create_order(s, fields(s, title="  Logo vectoriel  ", currency="cad"),
                         status=S.IN_PROGRESS, now=at("2026-03-02T09:05"))
        oid = o.id
    with store.session() as s:
        o = s.get(Order, oid)
        assert o.title == "Logo vectoriel"
        assert o.currency == "CAD"
        assert o.status is S.IN_PROGRESS
        assert o.revisions_used == 0
        [event] = o.events
        assert (event.kind, event.from_status, event.to_status) == ("created", None, "in_progress")
        assert event.at == at("2026-03-02T09:05")
        assert o.received_at == at("2026-03-02T09:00")
        assert o.received_at.tzinfo is not None


def test_due_date_comes_from_the_package_when_not_given(store) -> None:
    with store.transaction() as s:
        gig = gig_with_packages(s)
        basic, premium = gig.packages
        received = at("2026-03-02T09:00:00+01:00")
        o = create_order(s, fields(s, gig_id=None, package_id=premium.id, due_at=None,
                                   received_at=received, platform_id=platform(s, "Fiverr").id))
        assert o.gig_id == gig.id  # filled from the package
        assert o.due_at == received + timedelta(days=7)
        assert o.due_at == due_from_package(received, premium.delivery_days)
        given_due = at("2026-03-03T12:00")
        o2 = create_order(s, fields(s, gig_id=gig.id, package_id=basic.id, due_at=given_due))
        assert o2.due_at == given_due  # an explicit due date wins
        o3 = create_order(s, fields(s, gig_id=gig.id, due_at=None))
        assert o3.due_at is None  # a gig without a package says nothing about the deadline


def test_a_package_of_another_gig_is_refused(store) -> None:
    with store.transaction() as s:
        g1 = gig_with_packages(s, "Rédaction web SEO")
        g2 = gig_with_packages(s, "Traduction")
        with pytest.raises(ValidationError) as err:
            create_order(s, fields(s, gig_id=g1.id, package_id=g2.packages[0].id))
        assert err.value.field == "package"
        assert count(s, Order) == 0


VALIDATION_CASES = [
    ({"price_minor": -1}, "price"),
    ({"price_minor": 12.5}, "price"),
    ({"price_minor": True}, "price"),
    ({"due_at": at("2026-03-02T08:59")}, "due_at"),
    ({"currency": "XYZ"}, "currency"),
    ({"currency": ""}, "currency"),
    ({"title": ""}, "title"),
    ({"title": "   \t\n"}, "title"),
    ({"title": None}, "title"),
    ({"title": "x" * 301}, "title"),
    ({"client_id": None}, "client"),
    ({"client_id": 987654}, "client"),
    ({"platform_id": None}, "platform"),
    ({"platform_id": 987654}, "platform"),
    ({"received_at": None}, "received_at"),
    ({"received_at": datetime(2026, 3, 2, 9)}, "received_at"),  # noqa: DTZ001
    ({"due_at": datetime(2026, 3, 6, 18)}, "due_at"),  # noqa: DTZ001
    ({"gig_id": 987654}, "gig"),
    ({"package_id": 987654}, "package"),
    ({"activity": "gardening"}, "activity"),
    ({"revisions_used": -1}, "revisions_used"),
]


@pytest.mark.parametrize(("overrides", "field"), VALIDATION_CASES,
                         ids=[f"{f}-{i}" for i, (_, f) in enumerate(VALIDATION_CASES)])
def test_create_order_names_the_wrong_field(store, overrides: dict, field: str) -> None:
    with store.transaction() as s:
        with pytest.raises(ValidationError) as err:
            create_order(s, fields(s, **overrides))
        assert err.value.field == field
        assert err.value.message
        assert count(s, Order) == 0
        assert count(s, OrderEvent) == 0


def test_valid_edge_values_are_accepted(store) -> None:
    with store.transaction() as s:
        o = create_order(s, fields(s, price_minor=0, due_at=at("2026-03-02T09:00"),
                                   title="x" * 300, activity="liberal_bnc"))
        assert o.price_minor == 0
        assert o.activity is Activity.LIBERAL_BNC
        assert o.due_at == o.received_at


def test_a_validation_error_in_a_transaction_writes_nothing(store) -> None:
    with store.session() as s:
        n_orders, n_events, n_clients = count(s, Order), count(s, OrderEvent), count(s, Client)
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        order(s)  # a good order first: it must go too
        create_order(s, fields(s, price_minor=-500))
    assert err.value.field == "price"
    with store.session() as s:
        assert count(s, Order) == n_orders
        assert count(s, OrderEvent) == n_events
        assert count(s, Client) == n_clients


def test_a_transition_error_in_a_transaction_writes_nothing(store) -> None:
    with store.transaction() as s:
        oid = order(s).id
    with pytest.raises(TransitionError), store.transaction() as s:
        o = s.get(Order, oid)
        transition(s, o, S.IN_PROGRESS, at=at("2026-03-03T10:00"))
        transition(s, o, S.COMPLETED, at=at("2026-03-03T11:00"))
    with store.session() as s:
        assert s.get(Order, oid).status is S.AWAITING_REQUIREMENTS
        assert count(s, OrderEvent) == 1


# --- update_order ---------------------------------------------------------------------------


def test_update_records_one_edit_event_per_changed_field(store) -> None:
    with store.transaction() as s:
        o = order(s)
        oid = o.id
        new_due = at("2026-03-07T12:00:00+01:00")
        changed = update_order(s, o, {"title": "Article long", "price_minor": 12500,
                                      "due_at": new_due, "notes": "", "currency": "eur"},
                               now=at("2026-03-03T09:00"))
        assert changed == ["title", "price_minor", "due_at"]
        assert (o.title, o.price_minor, o.due_at) == ("Article long", 12500, new_due)
    with store.session() as s:
        edits = [e for e in s.get(Order, oid).events if e.kind == "edit"]
        assert [(e.field, e.old_value, e.new_value) for e in edits] == [
            ("title", "Article de blog", "Article long"),
            ("price_minor", "10000", "12500"),
            # Dates in the history are written in UTC, whatever zone they were entered in.
            ("due_at", "2026-03-05T18:00:00+00:00", "2026-03-07T11:00:00+00:00"),
        ]
        assert all(e.at == at("2026-03-03T09:00") for e in edits)
        assert all(e.from_status is None and e.to_status is None for e in edits)


def test_update_with_the_same_values_records_nothing(store) -> None:
    with store.transaction() as s:
        o = order(s)
        same_instant = o.due_at.astimezone(PARIS)
        assert update_order(s, o, {"title": " Article de blog ", "currency": "eur",
                                   "due_at": same_instant}) == []
        assert count(s, OrderEvent, OrderEvent.kind == "edit") == 0


def test_update_of_an_optional_field_to_none_and_back(store) -> None:
    with store.transaction() as s:
        o = order(s)
        assert update_order(s, o, {"due_at": None}) == ["due_at"]
        assert update_order(s, o, {"activity": Activity.SALES_BIC}) == ["activity"]
        edits = events_of(s, o)[1:]
        assert edits[0].new_value is None
        assert edits[0].old_value == at("2026-03-05T18:00").isoformat()
        assert (edits[1].old_value, edits[1].new_value) == (None, "sales_bic")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"price_minor": -1}, "price"),
        ({"title": "  "}, "title"),
        ({"currency": "EURO"}, "currency"),
        ({"due_at": at("2026-03-01T00:00")}, "due_at"),
        ({"received_at": at("2026-03-06T00:00")}, "due_at"),
        ({"title": "ok", "client_id": 987654}, "client"),
        ({"due_at": datetime(2026, 3, 9)}, "due_at"),  # noqa: DTZ001
        ({"status": "completed"}, "status"),
        ({"id": 99}, "id"),
    ],
)
def test_an_invalid_edit_leaves_the_order_unchanged(store, changes: dict, field: str) -> None:
    with store.transaction() as s:
        o = order(s)
        s.flush()
        before, n_events = snapshot(o), count(s, OrderEvent)
        with pytest.raises(ValidationError) as err:
            update_order(s, o, changes)
        assert err.value.field == field
        assert snapshot(o) == before
        assert count(s, OrderEvent) == n_events
        oid = o.id
    with store.session() as s:
        assert snapshot(s.get(Order, oid)) == before


def test_fields_of_round_trips_through_validation(store) -> None:
    with store.transaction() as s:
        o = order(s, activity=Activity.SERVICES_BIC)
        assert update_order(s, o, vars(fields_of(o))) == []


# --- the append-only history ----------------------------------------------------------------


def test_the_database_refuses_to_rewrite_history(store) -> None:
    with store.transaction() as s:
        o = order(s)
        walk(s, o, S.IN_PROGRESS)
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"), \
            store.engine.begin() as conn:
        conn.execute(update(OrderEvent).values(note="rewritten"))
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"), \
            store.transaction() as s:
        s.scalars(select(OrderEvent)).first().to_status = "completed"
        s.flush()
    with store.session() as s:
        assert {e.note for e in s.scalars(select(OrderEvent))} == {""}
        assert s.scalars(select(OrderEvent).order_by(OrderEvent.id.desc())).first().to_status \
            == "in_progress"


def test_deleting_an_order_deletes_its_history(store) -> None:
    with store.transaction() as s:
        o = walk(s, order(s), S.IN_PROGRESS)
        update_order(s, o, {"title": "Autre"})
        oid = o.id
    with store.transaction() as s:
        delete_order(s, s.get(Order, oid))
    with store.session() as s:
        assert s.get(Order, oid) is None
        assert count(s, OrderEvent) == 0


def test_delete_order_refuses_an_order_with_payments(store) -> None:
    with store.transaction() as s:
        o = walk(s, order(s), S.IN_PROGRESS, S.DELIVERED, S.COMPLETED)
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=10000, currency="EUR",
                       received_at=at("2026-03-10T10:00"), order_id=o.id)
        oid = o.id
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        delete_order(s, s.get(Order, oid))
    assert err.value.field == "order"
    assert "payments" in err.value.message
    with store.session() as s:
        assert s.get(Order, oid) is not None
        assert count(s, Payment) == 1
        assert count(s, OrderEvent, OrderEvent.order_id == oid) == 4
    # The foreign key is a second line of defence.
    with store.session() as s, pytest.raises(sqlalchemy.exc.IntegrityError):
        s.execute(delete(Order).where(Order.id == oid))


# --- deadlines ------------------------------------------------------------------------------

NOW = at("2026-03-05T12:00:00+01:00")  # 11:00 UTC
WINDOW = timedelta(hours=48)


def test_is_late_for_pending_work_past_due(store) -> None:
    with store.transaction() as s:
        o = order(s, due="2026-03-05T10:59:59")  # one second before NOW (11:00 UTC)
        assert is_late(o, NOW)
        assert not is_due_soon(o, NOW, WINDOW)
        walk(s, o, S.IN_PROGRESS)
        assert is_late(o, NOW)
        walk(s, o, S.DELIVERED, S.REVISION_REQUESTED, start="2026-03-04T10:00")
        assert is_late(o, NOW)
        walk(s, o, S.IN_PROGRESS, S.DELIVERED, start="2026-03-04T12:00")
        assert not is_late(o, NOW)
        walk(s, o, S.COMPLETED, start="2026-03-04T14:00")
        assert not is_late(o, NOW)


@pytest.mark.parametrize("path", [
    (S.IN_PROGRESS, S.DELIVERED),
    (S.IN_PROGRESS, S.DELIVERED, S.COMPLETED),
    (S.CANCELLED,),
    (S.DISPUTED,),
])
def test_delivered_completed_cancelled_are_never_late(store, path: tuple[OrderStatus]) -> None:
    with store.transaction() as s:
        o = walk(s, order(s, due="2026-03-02T18:00"), *path)
        far = NOW + timedelta(days=365)
        assert not is_late(o, far)
        assert not is_due_soon(o, o.due_at, WINDOW)
        late, soon = deadlines(s, far, WINDOW)
        assert o not in late and o not in soon


def test_an_order_without_a_due_date_is_never_late(store) -> None:
    with store.transaction() as s:
        o = order(s, due=None)
        assert not is_late(o, NOW + timedelta(days=999))
        assert not is_due_soon(o, NOW, WINDOW)
        assert deadlines(s, NOW, WINDOW) == ([], [])


DUE_SOON_CASES = [  # due date relative to NOW, late?, due soon?
    (-timedelta(days=3), True, False),
    (-timedelta(microseconds=1), True, False),
    (timedelta(0), False, True),  # due right now: not late yet, due soon
    (timedelta(microseconds=1), False, True),
    (WINDOW, False, True),  # the window's end is inside it
    (WINDOW + timedelta(microseconds=1), False, False),
    (timedelta(days=10), False, False),
]


def test_due_soon_window_boundaries(store) -> None:
    with store.transaction() as s:
        c = client(s)
        orders = []
        for offset, _, _ in DUE_SOON_CASES:
            o = order(s, received="2026-03-01T00:00", due=None, client_obj=c)
            update_order(s, o, {"due_at": NOW + offset})
            orders.append(o)
        got_late, got_soon = deadlines(s, NOW, WINDOW)
        for o, (offset, late, soon) in zip(orders, DUE_SOON_CASES, strict=True):
            assert is_late(o, NOW) is late, offset
            assert is_due_soon(o, NOW, WINDOW) is soon, offset
            assert (o in got_late, o in got_soon) == (late, soon), offset


def test_deadlines_sorts_late_most_overdue_first_and_soon_soonest_first(store) -> None:
    with store.transaction() as s:
        c = client(s)
        make = {name: order(s, title=name, due=due, client_obj=c, received="2026-03-01T00:00")
                for name, due in [("late-1d", "2026-03-04T11:00"), ("late-3d", "2026-03-02T11:00"),
                                  ("soon-40h", "2026-03-07T03:00"), ("soon-1h", "2026-03-05T12:00"),
                                  ("later", "2026-03-20T12:00")]}
        walk(s, order(s, title="delivered-late", due="2026-03-02T00:00", client_obj=c,
                      received="2026-03-01T00:00"), S.IN_PROGRESS, S.DELIVERED)
        late, soon = deadlines(s, NOW, WINDOW)
        assert [o.title for o in late] == ["late-3d", "late-1d"]
        assert [o.title for o in soon] == ["soon-1h", "soon-40h"]
        assert make["later"] not in late + soon


@DB_HYPOTHESIS
@given(
    offsets=st.lists(st.integers(min_value=-5 * 86400, max_value=5 * 86400), min_size=1,
                     max_size=8),
    statuses=st.lists(st.sampled_from(sorted(S)), min_size=8, max_size=8),
    window_h=st.integers(min_value=1, max_value=24 * 7),
)
def test_deadlines_query_agrees_with_the_python_predicates(
    store, offsets: list[int], statuses: list[OrderStatus], window_h: int
) -> None:
    s = store.session()
    try:
        c = client(s)
        now = NOW.astimezone(PARIS)
        window = timedelta(hours=window_h)
        orders = [
            order(s, client_obj=c, received="2026-02-20T00:00", due=None, status=status)
            for status in statuses[: len(offsets)]
        ]
        for o, off in zip(orders, offsets, strict=False):
            o.due_at = now + timedelta(seconds=off)
        late, soon = deadlines(s, now, window)
        assert {o.id for o in late} == {o.id for o in orders if is_late(o, now)}
        assert {o.id for o in soon} == {o.id for o in orders if is_due_soon(o, now, window)}
        assert [o.due_at for o in late] == sorted(o.due_at for o in late)
        assert [o.due_at for o in soon] == sorted(o.due_at for o in soon)
    finally:
        s.rollback()
        s.close()
