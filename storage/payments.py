"""Recording money received: converted once to the home currency at entry, with the rate kept."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.money import check_amount, check_currency, convert, parse_rate
from storage.periods import check_datetime
from storage.phrases import Phrase
from storage.tables import Order, Payment, PaymentKind


def validate_amounts(kind: PaymentKind, amount_minor: int, fee_minor: int,
                     currency: str | None = None) -> None:
    check_amount(amount_minor, currency, "amount")
    check_amount(fee_minor, currency, "fee")
    if kind in (PaymentKind.PAYOUT, PaymentKind.TIP) and amount_minor <= 0:
        if kind is PaymentKind.TIP:
            raise ValidationError("amount", Phrase("A tip is money received: enter an amount "
                                                   "above zero."))
        raise ValidationError("amount", Phrase("A payout is money received: enter an amount "
                                               "above zero."))
    if kind is PaymentKind.REFUND and amount_minor >= 0:
        raise ValidationError("amount", "A refund is money paid back: enter it as a negative "
                              "amount.")
    if kind is PaymentKind.ADJUSTMENT and amount_minor == 0:
        raise ValidationError("amount", "An adjustment of zero changes nothing.")
    if kind is not PaymentKind.REFUND and fee_minor < 0:
        raise ValidationError("fee", "The fee cannot be negative.")


def check_home_amounts(home_amount_minor: int, home_fee_minor: int, home: str,
                       field: str = "rate") -> None:
    """The amounts converted to the home currency are within what Atelier records too."""
    try:
        check_amount(home_amount_minor, home)
        check_amount(home_fee_minor, home)
    except ValidationError:
        raise ValidationError(
            field, "With this exchange rate the amount in your home currency is over one "
            "billion: check the rate.") from None


def count_payments(s: Session) -> int:
    """How many payments the store holds."""
    return s.scalar(select(func.count(Payment.id))) or 0


def record_payment(
    s: Session,
    *,
    kind: PaymentKind | str,
    amount_minor: int,
    currency: str,
    received_at: datetime,
    order_id: int | None = None,
    fee_minor: int = 0,
    rate: Decimal | str | None = None,
    note: str = "",
) -> Payment:
    """Validate and add a payment. `rate`: 1 unit of `currency` in the home currency."""
    payment = Payment()
    _fill(s, payment, kind=kind, amount_minor=amount_minor, currency=currency,
          received_at=received_at, order_id=order_id, fee_minor=fee_minor, rate=rate,
          note=note, home=settings.home_currency(s))
    s.add(payment)
    s.flush()
    return payment


def payment_values(
    s: Session, *, kind: PaymentKind | str, amount_minor: int, currency: str,
    received_at: datetime, home: str, order_id: int | None = None, fee_minor: int = 0,
    rate: Decimal | str | None = None, note: str = "",
) -> dict[str, object]:
    """A new payment's column values, checked and converted by record_payment's very rules,
    for a bulk insert (payment imports write thousands at once)."""
    values = SimpleNamespace()
    _fill(s, values, kind=kind, amount_minor=amount_minor, currency=currency,
          received_at=received_at, order_id=order_id, fee_minor=fee_minor, rate=rate,
          note=note, home=home)
    return vars(values)


PAYMENT_FIELDS = ("kind", "amount_minor", "currency", "received_at", "order_id", "fee_minor",
                  "rate", "note")


def update_payment(s: Session, payment: Payment, changes: dict[str, object]) -> list[str]:
    """Change some fields of a recorded payment, checked by record_payment's rules as a whole;
    returns the fields that changed. Its home currency stays the one fixed at entry, and its
    rate the stored one unless the rate or the currency is changed."""
    unknown = set(changes) - set(PAYMENT_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited.")
    merged: dict[str, object] = {k: getattr(payment, k) for k in PAYMENT_FIELDS}
    if "currency" in changes and "rate" not in changes:
        merged["rate"] = None  # a new currency needs its own rate
    merged.update(changes)
    before = {k: getattr(payment, k) for k in (*PAYMENT_FIELDS, "home_amount_minor",
                                               "home_fee_minor")}
    _fill(s, payment, home=payment.home_currency, **merged)  # type: ignore[arg-type]
    s.flush()
    return [k for k, v in before.items() if getattr(payment, k) != v]


def _fill(
    s: Session, payment: Payment | SimpleNamespace, *, kind: PaymentKind | str,
    amount_minor: int, currency: str,
    received_at: datetime, order_id: int | None, fee_minor: int, rate: Decimal | str | None,
    note: str, home: str,
) -> None:
    """Check a payment's fields (nothing is set when one is wrong), then set them on it."""
    try:
        kind = PaymentKind(kind)
    except ValueError:
        raise ValidationError("kind", Phrase("Unknown payment kind “{kind}”.",
                                             kind=kind)) from None
    currency = check_currency(currency)
    validate_amounts(kind, amount_minor, fee_minor, currency)
    if received_at is None or received_at.utcoffset() is None:
        raise ValidationError("received_at", "Enter the date the money was received.")
    check_datetime(received_at, "received_at")
    if order_id is not None and s.get(Order, order_id) is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    if currency == home:
        rate_value = parse_rate(rate) if rate is not None else Decimal(1)
        if rate_value != 1:
            raise ValidationError("rate", Phrase("A payment in {currency} needs no exchange "
                                                 "rate.", currency=home))
    else:
        if rate is None or str(rate).strip() == "":
            raise ValidationError("rate", Phrase(
                "Enter the rate used: how many {home} for 1 {currency}.", home=home,
                currency=currency))
        rate_value = parse_rate(rate)
    home_amount = convert(amount_minor, currency, home, rate_value)
    home_fee = convert(fee_minor, currency, home, rate_value)
    check_home_amounts(home_amount, home_fee, home)
    payment.order_id, payment.kind = order_id, kind
    payment.amount_minor, payment.fee_minor, payment.currency = amount_minor, fee_minor, currency
    payment.received_at, payment.home_currency = received_at, home
    payment.home_amount_minor, payment.home_fee_minor = home_amount, home_fee
    payment.rate, payment.note = str(rate_value), note
