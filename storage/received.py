"""Turnover actually received, the figure every status declares: the client's price received
before platform fees (a commission is not deductible), on the day the money arrived (cash
basis), in the home currency the payment was recorded in.

A payment's home figures are fixed when it is entered (storage/payments.py: converted with the
rate the person typed; storage/imports: the export's own rate, else the reference rate of the
day received), so a sum here never converts again.

URSSAF (storage/urssaf.py) sums by activity, the Moroccan helper (storage/morocco.py) by
period and by client: both go through `received_by`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.tables import Payment, db_time

#: the client a payment came from: the payment's own (an imported payment without an order),
#: else its order's
CLIENT_SQL = "COALESCE(p.client_id, o.client_id)"


def received_by(s: Session, start: datetime, stop: datetime, currency: str, key_sql: str,
                params: dict[str, Any] | None = None) -> dict[Any, int]:
    """Home gross (``home_amount_minor + home_fee_minor``) of the payments received in
    [start, stop) and recorded in `currency`, grouped by the SQL expression `key_sql` over
    ``payments p LEFT JOIN orders o LEFT JOIN gigs g`` (`params` fill its placeholders).
    Refunds are negative, so they lower the sum of their group.

    Sums are exact integers: SQLite turns an integer addition that overflows into a float
    (``home_amount_minor + home_fee_minor`` of two huge amounts gave a rounded figure), so the
    two columns are summed apart and added here, and a sum SQLite cannot hold is refused.
    """
    try:
        rows = s.connection().execute(text(
            f"""SELECT {key_sql} AS k, SUM(p.home_amount_minor), SUM(p.home_fee_minor)
                FROM payments p LEFT JOIN orders o ON o.id = p.order_id
                LEFT JOIN gigs g ON g.id = o.gig_id
                WHERE p.home_currency = :currency AND p.received_at >= :s
                      AND p.received_at < :e
                GROUP BY k"""),  # key_sql: a constant of the caller, never user text
            {**(params or {}), "currency": currency, "s": db_time(start),
             "e": db_time(stop)}).all()
    except OperationalError as exc:
        if "overflow" not in str(exc.orig):
            raise
        rows = [(None, None, float("inf"))]
    out: dict[Any, int] = {}
    for key, amount, fee in rows:
        amount, fee = (0 if amount is None else amount), (0 if fee is None else fee)
        if not isinstance(amount, int) or not isinstance(fee, int):
            raise ValidationError(
                "amount", "The payments of this period add up to more than Atelier can count: "
                "an amount was recorded wrongly (over one billion). Correct it and try again.")
        out[key] = amount + fee
    return out


def first_received_day(s: Session, currency: str, zone: ZoneInfo) -> date | None:
    """The local day of the first payment recorded in the home `currency`, None before any:
    a status has nothing to declare for the periods before it."""
    first = s.scalar(select(func.min(Payment.received_at))
                     .where(Payment.home_currency == currency))
    return first.astimezone(zone).date() if first is not None else None
