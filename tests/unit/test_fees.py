"""Platform fees, tips, net amounts, clearance, and recording payments in the home currency."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import settings as store_settings
from storage.errors import ValidationError
from storage.fees import (
    clearance_state,
    expected_clearance,
    order_amounts,
    pending_clearance,
    platform_fee,
    tip_fee,
)
from storage.money import convert, percent_of
from storage.payments import record_payment, validate_amounts
from storage.tables import Order, OrderStatus, Payment, PaymentKind, Platform
from tests.factories import at, client, order, platform, walk

S = OrderStatus
DONE = (S.IN_PROGRESS, S.DELIVERED, S.COMPLETED)  # walk() completes at 12:00 UTC


def completed(s: Session, platform_name: str, *, price_minor: int = 10000,
              currency: str = "USD", start: str = "2026-03-03T10:00", **kw: object) -> Order:
    o = order(s, platform_name=platform_name, price_minor=price_minor, currency=currency, **kw)
    return walk(s, o, *DONE, start=start)


def n_payments(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(Payment))


def pay(s: Session, **kw: object) -> Payment:
    args: dict[str, object] = {"kind": PaymentKind.PAYOUT, "amount_minor": 10000,
                               "currency": "EUR", "received_at": at("2026-03-20T10:00")}
    args.update(kw)
    payment = record_payment(s, **args)  # type: ignore[arg-type]
    s.flush()
    return payment


# --- platform fees and tips -----------------------------------------------------------------


def test_fiverr_takes_twenty_percent(store) -> None:
    with store.session() as s:
        fiverr = platform(s, "Fiverr")
        assert platform_fee(fiverr, 10000) == 2000
        assert platform_fee(fiverr, 1) == 0  # 0.2 cent rounds to 0
        assert platform_fee(fiverr, 3) == 1  # 0.6 → 1
        assert platform_fee(fiverr, 0) == 0
        assert platform_fee(platform(s, "Upwork"), 10000) == 1000
        assert platform_fee(platform(s, "Malt"), 12345) == 1235  # 1234.5 → 1235, half up
        assert platform_fee(platform(s, "Direct"), 10000) == 0


def test_a_fixed_fee_adds_to_the_percentage_but_not_on_nothing(store) -> None:
    with store.transaction() as s:
        p = platform(s, "Malt")
        p.fee_fixed_minor = 30
        assert platform_fee(p, 10000) == 1030
        assert platform_fee(p, 0) == 0
        p.fee_bp = 0
        assert platform_fee(p, 10000) == 30


def test_tips_are_charged_only_where_the_platform_charges_them(store) -> None:
    with store.transaction() as s:
        assert tip_fee(platform(s, "Fiverr"), 1000) == 200
        assert tip_fee(platform(s, "Fiverr"), 0) == 0
        assert tip_fee(platform(s, "Upwork"), 1000) == 0
        assert tip_fee(platform(s, "Direct"), 1000) == 0
        malt = platform(s, "Malt")
        malt.fee_fixed_minor = 50
        malt.tips_charged = True
        assert tip_fee(malt, 1000) == 100  # the percentage only, never the fixed fee


def test_a_platform_without_a_fee_asks_for_one_in_settings(store) -> None:
    with store.transaction() as s:
        comeup = platform(s, "ComeUp")
        assert comeup.fee_bp is None
        with pytest.raises(ValidationError) as err:
            platform_fee(comeup, 10000)
        assert err.value.field == "fee"
        assert "ComeUp" in err.value.message
        assert "Settings" in err.value.message
        assert tip_fee(comeup, 500) == 0  # it does not charge tips: nothing to ask
        comeup.tips_charged = True
        with pytest.raises(ValidationError, match="Settings"):
            tip_fee(comeup, 500)
        comeup.fee_bp = 1500
        assert platform_fee(comeup, 10000) == 1500


def test_order_amounts_gross_fees_net(store) -> None:
    with store.transaction() as s:
        fiverr = order(s, platform_name="Fiverr", price_minor=10000, currency="USD")
        a = order_amounts(fiverr, [1000, 500])
        assert (a.currency, a.price, a.fee, a.tips, a.tip_fees) == ("USD", 10000, 2000, 1500, 300)
        assert (a.gross, a.fees, a.net) == (11500, 2300, 9200)
        upwork = order(s, platform_name="Upwork", price_minor=10000, currency="USD")
        b = order_amounts(upwork, [1000])
        assert (b.gross, b.fees, b.net) == (11000, 1000, 10000)
        plain = order_amounts(fiverr)
        assert (plain.tips, plain.tip_fees, plain.net) == (0, 0, 8000)
        comeup = order(s, platform_name="ComeUp", price_minor=2000)
        with pytest.raises(ValidationError, match="Settings"):
            order_amounts(comeup)


@settings(max_examples=150)
@given(price=st.integers(min_value=0, max_value=10**9),
       tips=st.lists(st.integers(min_value=0, max_value=10**7), max_size=5),
       bp=st.integers(min_value=0, max_value=10_000),
       fixed=st.integers(min_value=0, max_value=500),
       tips_charged=st.booleans())
def test_fee_arithmetic_holds_together(price: int, tips: list[int], bp: int, fixed: int,
                                       tips_charged: bool) -> None:
    p = Platform(name="X", fee_bp=bp, fee_fixed_minor=fixed, tips_charged=tips_charged,
                 clearance_days=0)
    o = Order(price_minor=price, currency="EUR", platform=p)
    a = order_amounts(o, tips)
    assert a.gross == price + sum(tips)
    assert a.net + a.fees == a.gross
    assert 0 <= a.fee - (fixed if price else 0) <= price
    assert a.fee == (percent_of(price, bp) + fixed if price else 0)
    assert a.tip_fees == (sum(percent_of(t, bp) for t in tips) if tips_charged else 0)


# --- clearance ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "days"), [("Fiverr", 14), ("Upwork", 5), ("Direct", 0)])
def test_expected_clearance_is_completion_plus_the_platform_days(store, name: str,
                                                                 days: int) -> None:
    with store.transaction() as s:
        o = completed(s, name)
        assert o.completed_at == at("2026-03-03T12:00")
        assert expected_clearance(o) == at("2026-03-03T12:00") + timedelta(days=days)


@pytest.mark.parametrize("path", [(), (S.IN_PROGRESS, S.DELIVERED), (S.CANCELLED,),
                                  (S.DISPUTED,)])
def test_unfinished_orders_have_no_clearance(store, path: tuple[OrderStatus, ...]) -> None:
    with store.transaction() as s:
        o = walk(s, order(s, platform_name="Fiverr"), *path)
        assert expected_clearance(o) is None
        assert clearance_state(o, at("2027-01-01T00:00")) is None


def test_clearance_state_turns_cleared_at_the_boundary(store) -> None:
    with store.transaction() as s:
        o = completed(s, "Fiverr")
        clears = at("2026-03-17T12:00")
        assert clearance_state(o, clears - timedelta(microseconds=1)) == "pending"
        assert clearance_state(o, clears) == "cleared"
        assert clearance_state(o, clears + timedelta(days=30)) == "cleared"
        assert clearance_state(o, at("2026-03-04T00:00")) == "pending"


def test_pending_clearance_lists_completed_orders_until_paid_out(store) -> None:
    now = at("2026-03-10T00:00")
    with store.transaction() as s:
        c = client(s)
        fiverr = completed(s, "Fiverr", client_obj=c, start="2026-03-03T10:00")
        upwork = completed(s, "Upwork", client_obj=c, start="2026-03-02T10:00")
        comeup = completed(s, "ComeUp", client_obj=c, price_minor=3000, currency="EUR",
                           start="2026-03-04T10:00")
        walk(s, order(s, platform_name="Fiverr", client_obj=c), S.IN_PROGRESS, S.DELIVERED)
        walk(s, order(s, platform_name="Fiverr", client_obj=c), S.CANCELLED)
        ids = (fiverr.id, upwork.id, comeup.id)
    with store.session() as s:
        rows = pending_clearance(s, now)
        assert [r.order.id for r in rows] == [ids[1], ids[0], ids[2]]  # by completion
        by_id = {r.order.id: r for r in rows}
        assert by_id[ids[0]].clears_at == at("2026-03-17T12:00")
        assert by_id[ids[0]].net == 8000
        assert by_id[ids[1]].clears_at == at("2026-03-07T12:00")
        assert by_id[ids[1]].net == 9000
        assert by_id[ids[2]].net == 3000  # no fee entered yet: the price is shown
    with store.transaction() as s:
        # A tip is not the payout: the order still waits for its money.
        pay(s, kind=PaymentKind.TIP, amount_minor=500, currency="USD", rate="0.9",
            order_id=ids[0])
        pay(s, amount_minor=8000, currency="USD", rate="0.9", order_id=ids[1])
        pay(s, amount_minor=50, note="bank interest")  # no order at all
    with store.session() as s:
        assert [r.order.id for r in pending_clearance(s, now)] == [ids[0], ids[2]]
    with store.transaction() as s:
        pay(s, amount_minor=7200, currency="USD", rate="0.9", order_id=ids[0])
        pay(s, amount_minor=3000, order_id=ids[2])
    with store.session() as s:
        assert pending_clearance(s, now) == []


# --- recording payments ---------------------------------------------------------------------


def test_a_payment_in_the_home_currency_has_rate_one(store) -> None:
    with store.transaction() as s:
        p = pay(s, amount_minor=12345, fee_minor=100, note="virement")
        p2 = pay(s, amount_minor=100, rate="1.00")
        pid = p.id
    with store.session() as s:
        p = s.get(Payment, pid)
        assert (p.currency, p.home_currency, p.rate) == ("EUR", "EUR", "1")
        assert (p.home_amount_minor, p.home_fee_minor) == (12345, 100)
        assert p.received_at == at("2026-03-20T10:00")
        assert p.note == "virement"
    assert Decimal(p2.rate) == 1


def test_a_home_currency_payment_refuses_another_rate(store) -> None:
    with store.transaction() as s:
        with pytest.raises(ValidationError) as err:
            pay(s, rate="1.1")
        assert err.value.field == "rate"
        assert n_payments(s) == 0


@pytest.mark.parametrize("rate", [None, "", "   "])
def test_a_foreign_payment_requires_a_rate(store, rate: str | None) -> None:
    with store.transaction() as s:
        with pytest.raises(ValidationError) as err:
            pay(s, currency="USD", rate=rate)
        assert err.value.field == "rate"
        assert "EUR" in err.value.message and "USD" in err.value.message
        assert n_payments(s) == 0


@pytest.mark.parametrize("rate", ["0", "-0.9", "abc", "NaN"])
def test_a_foreign_payment_refuses_a_bad_rate(store, rate: str) -> None:
    with store.transaction() as s:
        with pytest.raises(ValidationError) as err:
            pay(s, currency="USD", rate=rate)
        assert err.value.field == "rate"


@pytest.mark.parametrize(
    ("amount", "fee", "currency", "rate", "stored", "home", "home_fee"),
    [
        (10000, 2000, "USD", "0.92", "0.92", 9200, 1840),
        (10000, 0, "USD", "0,92", "0.92", 9200, 0),
        (10000, 0, "USD", Decimal("0.9215"), "0.9215", 9215, 0),
        (12345, 0, "USD", "0.5", "0.5", 6172, 0),  # 6172.5 → 6172: banker's rounding
        (12355, 0, "USD", "0.5", "0.5", 6178, 0),  # 6177.5 → 6178
        (16000, 0, "JPY", "0.00625", "0.00625", 10000, 0),
        (1000, 0, "TND", "0.3", "0.3", 30, 0),
        (100000, 5000, "MAD", "0.092", "0.092", 9200, 460),
    ],
)
def test_a_foreign_payment_is_converted_once_with_its_rate_kept(
    store, amount: int, fee: int, currency: str, rate: str | Decimal, stored: str, home: int,
    home_fee: int,
) -> None:
    with store.transaction() as s:
        pid = pay(s, amount_minor=amount, fee_minor=fee, currency=currency.lower(), rate=rate).id
    with store.session() as s:
        p = s.get(Payment, pid)
        assert (p.currency, p.home_currency, p.rate) == (currency, "EUR", stored)
        assert isinstance(p.rate, str)
        assert p.home_amount_minor == home == convert(amount, currency, "EUR", Decimal(stored))
        assert p.home_fee_minor == home_fee
        assert p.amount_minor == amount


def test_the_home_currency_comes_from_the_settings(store) -> None:
    with store.transaction() as s:
        store_settings.put(s, "home_currency", "cad")
        with pytest.raises(ValidationError, match="CAD for 1 EUR"):
            pay(s)
        p = pay(s, rate="1.47")
        assert (p.home_currency, p.home_amount_minor) == ("CAD", 14700)
        assert pay(s, currency="CAD").rate == "1"


@pytest.mark.parametrize(
    ("kind", "amount", "ok"),
    [
        (PaymentKind.PAYOUT, 1, True), (PaymentKind.PAYOUT, 0, False),
        (PaymentKind.PAYOUT, -1, False),
        (PaymentKind.TIP, 500, True), (PaymentKind.TIP, 0, False), (PaymentKind.TIP, -5, False),
        (PaymentKind.REFUND, -1000, True), (PaymentKind.REFUND, 0, False),
        (PaymentKind.REFUND, 1000, False),
        (PaymentKind.ADJUSTMENT, 1, True), (PaymentKind.ADJUSTMENT, -1, True),
        (PaymentKind.ADJUSTMENT, 0, False),
    ],
)
def test_sign_rules(kind: PaymentKind, amount: int, ok: bool) -> None:
    if ok:
        validate_amounts(kind, amount, 0)
    else:
        with pytest.raises(ValidationError) as err:
            validate_amounts(kind, amount, 0)
        assert err.value.field == "amount"


def test_record_payment_applies_the_sign_rules_and_writes_nothing_when_wrong(store) -> None:
    with store.transaction() as s:
        for kind, amount in [("payout", 0), ("tip", -5), ("refund", 100), ("adjustment", 0)]:
            with pytest.raises(ValidationError) as err:
                pay(s, kind=kind, amount_minor=amount)
            assert err.value.field == "amount"
        assert n_payments(s) == 0
        refund = pay(s, kind="refund", amount_minor=-1000, currency="USD", rate="0.9")
        adjustment = pay(s, kind=PaymentKind.ADJUSTMENT, amount_minor=-1)
        assert refund.kind is PaymentKind.REFUND
        assert refund.home_amount_minor == -900
        assert adjustment.home_amount_minor == -1


def test_fees_cannot_be_negative_except_on_refunds() -> None:
    with pytest.raises(ValidationError) as err:
        validate_amounts(PaymentKind.PAYOUT, 1000, -1)
    assert err.value.field == "fee"
    validate_amounts(PaymentKind.REFUND, -1000, -100)  # a fee given back with the refund
    validate_amounts(PaymentKind.PAYOUT, 1000, 0)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"kind": "gift"}, "kind"),
        ({"kind": ""}, "kind"),
        ({"currency": "EURO"}, "currency"),
        ({"currency": ""}, "currency"),
        ({"order_id": 987654}, "order"),
        ({"received_at": None}, "received_at"),
        ({"received_at": datetime(2026, 3, 20, 10)}, "received_at"),  # noqa: DTZ001
        ({"fee_minor": -1}, "fee"),
    ],
)
def test_record_payment_names_the_wrong_field(store, overrides: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        pay(s, **overrides)
    assert err.value.field == field
    assert err.value.message
    with store.session() as s:
        assert n_payments(s) == 0


def test_a_payment_attached_to_an_order_shows_on_it(store) -> None:
    with store.transaction() as s:
        o = completed(s, "Fiverr")
        oid = o.id
        pay(s, amount_minor=8000, currency="USD", rate="0.92", order_id=oid)
        pay(s, kind="tip", amount_minor=400, currency="USD", rate="0.92", order_id=oid)
    with store.session() as s:
        o = s.get(Order, oid)
        assert [(p.kind, p.amount_minor, p.home_amount_minor) for p in o.payments] == [
            (PaymentKind.PAYOUT, 8000, 7360), (PaymentKind.TIP, 400, 368),
        ]


@settings(max_examples=100, deadline=None)
@given(amount=st.integers(min_value=1, max_value=10**10),
       rate=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(1000), places=4))
def test_home_amount_is_the_converted_amount(amount: int, rate: Decimal) -> None:
    # convert() is what record_payment stores: check it stays within half a minor unit.
    home = convert(amount, "USD", "EUR", rate)
    assert abs(Decimal(home) - Decimal(amount) * rate) <= Decimal("0.5")
    assert convert(-amount, "USD", "EUR", rate) == -home  # banker's rounding is symmetric
