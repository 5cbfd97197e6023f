"""Platform fees, tips, net amounts and clearance."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.money import percent_of
from storage.phrases import Phrase
from storage.tables import Order, OrderStatus, Payment, PaymentKind, Platform


def platform_fee(platform: Platform, amount_minor: int) -> int:
    """The platform's cut of `amount_minor`: percent (rounded half up) plus the fixed fee."""
    if platform.fee_bp is None:
        raise ValidationError("fee", Phrase(
            "{platform} has no fee set yet: enter it in Settings › Platforms.",
            platform=platform.name))
    if amount_minor == 0:
        return 0
    return percent_of(amount_minor, platform.fee_bp) + platform.fee_fixed_minor


def tip_fee(platform: Platform, tip_minor: int) -> int:
    """Platforms that charge on tips take the same percentage (no fixed fee)."""
    if not platform.tips_charged or tip_minor == 0:
        return 0
    if platform.fee_bp is None:
        raise ValidationError("fee", Phrase(
            "{platform} has no fee set yet: enter it in Settings › Platforms.",
            platform=platform.name))
    return percent_of(tip_minor, platform.fee_bp)


@dataclass(frozen=True)
class Received:
    """What an order's payments say it brought: the fees they carry and their net, in the
    order's currency when every payment is in it, else in the home currency."""

    currency: str
    fee_minor: int
    net_minor: int


def received_from(payments: Iterable[Sequence[object]], order_currency: str) -> Received | None:
    """`payments`: (currency, amount_minor, fee_minor, home_currency, home_amount_minor,
    home_fee_minor) of an order's payments (or sums of them by currency); None when there are
    none (the figures are then the expected ones: price less the platform's fee)."""
    rows: list[Sequence[Any]] = list(payments)
    if not rows:
        return None
    if all(r[0] == order_currency for r in rows):
        return Received(order_currency, sum(int(r[2]) for r in rows),
                        sum(int(r[1]) for r in rows))
    return Received(str(rows[0][3]), sum(int(r[5]) for r in rows), sum(int(r[4]) for r in rows))


def payment_figures(p: Payment) -> tuple[str, int, int, str, int, int]:
    return (p.currency, p.amount_minor, p.fee_minor, p.home_currency, p.home_amount_minor,
            p.home_fee_minor)


@dataclass(frozen=True)
class OrderAmounts:
    """An order's money in its own currency."""

    currency: str
    price: int
    fee: int
    tips: int
    tip_fees: int

    @property
    def gross(self) -> int:
        return self.price + self.tips

    @property
    def fees(self) -> int:
        return self.fee + self.tip_fees

    @property
    def net(self) -> int:
        return self.gross - self.fees


def order_amounts(order: Order, tips_minor: list[int] | None = None) -> OrderAmounts:
    tips = sum(tips_minor or ())
    return OrderAmounts(
        currency=order.currency,
        price=order.price_minor,
        fee=platform_fee(order.platform, order.price_minor),
        tips=tips,
        tip_fees=sum(tip_fee(order.platform, t) for t in tips_minor or ()),
    )


def expected_clearance(order: Order) -> datetime | None:
    """When the platform releases the money: completion + the platform's clearance days."""
    if order.status is not OrderStatus.COMPLETED or order.completed_at is None:
        return None
    return order.completed_at + timedelta(days=order.platform.clearance_days)


def clearance_state(order: Order, now: datetime) -> str | None:
    """'pending' until the clearance date, then 'cleared'; None for unfinished orders."""
    date = expected_clearance(order)
    if date is None:
        return None
    return "cleared" if now >= date else "pending"


@dataclass(frozen=True)
class PendingClearance:
    order: Order
    clears_at: datetime
    net: int  # in the order's currency
    cleared: bool  # the platform has released it; the payout is not recorded yet


def pending_clearance(s: Session, now: datetime) -> list[PendingClearance]:
    """Completed orders whose money is not in yet: not cleared, or cleared but not paid out."""
    paid = select(Payment.order_id).where(
        Payment.kind == PaymentKind.PAYOUT, Payment.order_id.is_not(None)
    )
    orders = s.scalars(
        select(Order).where(Order.status == OrderStatus.COMPLETED, Order.id.not_in(paid))
        .order_by(Order.completed_at)
    )
    out = []
    for order in orders:
        clears = expected_clearance(order)
        if clears is None:
            continue
        try:
            net = order_amounts(order).net
        except ValidationError:
            net = order.price_minor  # a platform with no fee entered yet: show the price
        out.append(PendingClearance(order, clears, net, now >= clears))
    return out
