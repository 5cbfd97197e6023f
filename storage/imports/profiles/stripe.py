"""Stripe's exports: the balance report, the payments list and the payouts list.

- **Balance › "Balance change from activity"** (``stripe-balance``): one balance transaction a
  row (``balance_transaction_id, created_utc, available_on_utc, currency, gross, fee, net,
  reporting_category, description``; the itemised version adds ``customer_email``,
  ``customer_name``, ``invoice_id``…). ``reporting_category`` says what the row is (Stripe's
  "Reporting categories" guide); ``available_on`` is when the money clears.
- **Payments › Export** (``stripe-payments``): one payment attempt a row (``id, Created
  (UTC)`` — ``Created date (UTC)`` in newer exports — ``Amount, Amount Refunded, Currency,
  Converted Amount, Converted Amount Refunded, Converted Currency, Fee, Taxes On Fee, Status,
  Customer Email…``). What reached the balance is the converted amount, in the converted
  currency, and the fee is in that currency too; a refund or a lost dispute becomes a row of
  its own after the payment.
- **Payouts › Export** (``stripe-payouts``): ``id, Amount, Created (UTC), Currency, Arrival
  Date (UTC), Status…``: money sent to the person's bank, a transfer between their accounts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from storage.imports.model import ImportProblem, RowKind, RowStatus, SourceRow, Table
from storage.imports.profiles._platforms import (
    amount_or_zero,
    currency_of,
    day_or_moment,
    decimal_conventions,
    header_score,
    optional_date,
)
from storage.imports.reading import Record, records

SOURCE = "stripe"

#: reporting_category → what the row is. Anything else needs the person's attention.
CATEGORIES: dict[str, RowKind] = {
    "charge": RowKind.INCOME,
    "payment": RowKind.INCOME,
    "partial_capture_reversal": RowKind.INCOME,  # negative: the part of a charge not captured
    "platform_earning": RowKind.INCOME,
    "platform_earning_refund": RowKind.REFUND,
    "refund": RowKind.REFUND,
    "refund_failure": RowKind.REFUND,  # positive: a refund that did not go through
    "payment_reversal": RowKind.REFUND,
    "dispute": RowKind.CHARGEBACK,
    "dispute_reversal": RowKind.CHARGEBACK,  # positive: a dispute won
    "charge_failure": RowKind.CHARGEBACK,  # a debit (ACH, SEPA) the payer's bank returned
    "payment_failure": RowKind.CHARGEBACK,
    "payout": RowKind.TRANSFER_OUT,
    "transfer": RowKind.TRANSFER_OUT,
    "payout_reversal": RowKind.TRANSFER_IN,
    "transfer_reversal": RowKind.TRANSFER_IN,
    "topup": RowKind.TRANSFER_IN,
    "topup_reversal": RowKind.TRANSFER_OUT,
    "fee": RowKind.FEE,
    "stripe_fee": RowKind.FEE,
    "network_cost": RowKind.FEE,
    "tax": RowKind.FEE,  # tax on Stripe's fees
    "risk_reserved_funds": RowKind.HOLD,
    "connect_reserved_funds": RowKind.HOLD,
    "issuing_authorization_hold": RowKind.HOLD,
    "issuing_authorization_release": RowKind.HOLD,
    "issuing_transaction": RowKind.EXPENSE,
    "climate_order_purchase": RowKind.EXPENSE,
    "contribution": RowKind.EXPENSE,
}


def _row(record: Record, kind: RowKind, currency: str, gross: int, fee: int, **fields: object
         ) -> SourceRow:
    if kind == RowKind.FEE:  # a fee row's gross is the fee itself: keep it as a fee
        fee, gross = fee - gross, 0
    return SourceRow(line=record.line, source=SOURCE, kind=kind, currency=currency,
                     gross_minor=gross, fee_minor=fee, net_minor=gross - fee,
                     **fields)  # type: ignore[arg-type]


class StripeBalance:
    """Balance › "Balance change from activity" (summary or itemised columns)."""

    name = "stripe-balance"
    source = SOURCE
    required = (("balance_transaction_id",), ("reporting_category",), ("gross",), ("net",),
                ("currency",), ("created_utc", "created"))
    optional = (("fee",), ("available_on_utc", "available_on"), ("description",))

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional)

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, ["gross", "fee", "net"], "YMD")
        for record in records(table):
            yield self.row(record)

    def row(self, record: Record) -> SourceRow:
        currency = currency_of(record, "currency")
        gross = record.amount("gross", currency)
        fee = amount_or_zero(record, "fee", currency)
        net = record.amount("net", currency)
        if net != gross - fee:
            raise ImportProblem(record.table.file_name,
                                "The net ({net}) is not the gross less the fee.",
                                line=record.line, column=record.column("net"),
                                net=record.text("net"))
        category = record.text("reporting_category").strip().lower()
        kind = CATEGORIES.get(category, RowKind.OTHER)
        return _row(
            record, kind, currency, gross, fee,
            occurred_at=day_or_moment(record, ("created_utc", "created")),
            available_at=optional_date(record, "available_on_utc", "available_on"),
            source_id=record.text("balance_transaction_id") or None,
            counterparty=record.text("customer_name", "customer_description"),
            counterparty_email=record.text("customer_email"),
            reference=record.text("invoice_id", "order_id"),
            memo=record.text("description"))


#: Status of a payment → whether its money moved.
_PAYMENT_STATUS = {
    "paid": RowStatus.COMPLETED, "succeeded": RowStatus.COMPLETED,
    "refunded": RowStatus.COMPLETED, "partially refunded": RowStatus.COMPLETED,
    "disputed": RowStatus.COMPLETED,
    "pending": RowStatus.PENDING, "processing": RowStatus.PENDING,
    "incomplete": RowStatus.PENDING,
}
_CREATED = ("Created date (UTC)", "Created (UTC)")


class StripePayments:
    """Payments › Export (the "unified payments" CSV)."""

    name = "stripe-payments"
    source = SOURCE
    required = (("id",), _CREATED, ("Amount",), ("Amount Refunded",), ("Currency",))
    optional = (("Status",), ("Fee",), ("Converted Amount",), ("Converted Currency",),
                ("Customer Email",), ("Description",))

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional)

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, ["Amount", "Amount Refunded", "Converted Amount", "Fee"],
                            "YMD")
        for record in records(table):
            yield from self.payment(record)

    def payment(self, record: Record) -> Iterator[SourceRow]:
        charged_in = currency_of(record, "Currency")
        converted = bool(record.text("Converted Currency") and record.text("Converted Amount"))
        currency = currency_of(record, "Converted Currency") if converted else charged_in
        if converted:
            gross = record.amount("Converted Amount", currency)
            refunded = amount_or_zero(record, "Converted Amount Refunded", currency)
        else:
            gross = record.amount("Amount", currency)
            refunded = amount_or_zero(record, "Amount Refunded", currency)
        fee = amount_or_zero(record, "Fee", currency) + amount_or_zero(
            record, ("Taxes On Fee", "Tax"), currency)
        status_text = record.text("Status").strip().lower()
        if not status_text:
            status = RowStatus.COMPLETED
        else:
            status = _PAYMENT_STATUS.get(status_text, RowStatus.DENIED)
        if record.text("Captured").strip().lower() == "false":
            status = RowStatus.DENIED  # authorised only: no money moved
        payment_id = record.text("id")
        created = day_or_moment(record, _CREATED)
        common = {
            "counterparty": record.text("Customer Description", "Card Name"),
            "counterparty_email": record.text("Customer Email"),
            "reference": record.text("Invoice ID"),
            "memo": record.text("Description"),
        }
        yield _row(record, RowKind.INCOME, currency, gross, fee, occurred_at=created,
                   status=status, source_id=payment_id or None, **common)
        if status != RowStatus.COMPLETED:
            return
        if refunded:
            yield _row(record, RowKind.REFUND, currency, -abs(refunded), 0,
                       occurred_at=optional_date(record, "Refunded date (UTC)") or created,
                       source_id=f"{payment_id}:refund" if payment_id else None,
                       related_id=payment_id or None, **common)
        disputed = amount_or_zero(record, "Disputed Amount", charged_in)
        if disputed and record.text("Dispute Status").strip().lower() == "lost":
            yield _row(record, RowKind.CHARGEBACK, charged_in, -abs(disputed), 0,
                       occurred_at=optional_date(record, "Dispute Date (UTC)") or created,
                       source_id=f"{payment_id}:dispute" if payment_id else None,
                       related_id=payment_id or None, **common)


_PAYOUT_STATUS = {
    "paid": RowStatus.COMPLETED,
    "pending": RowStatus.PENDING, "in_transit": RowStatus.PENDING,
    "in transit": RowStatus.PENDING,
}
_ARRIVAL = ("Arrival Date (UTC)", "Arrival Date")


class StripePayouts:
    """Payouts › Export: money sent from the Stripe balance to the person's bank."""

    name = "stripe-payouts"
    source = SOURCE
    required = (("id",), ("Amount",), ("Currency",), _CREATED, _ARRIVAL)
    optional = (("Status",), ("Destination",), ("Description",))

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional, absent=("Amount Refunded",))

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, ["Amount"], "YMD")
        for record in records(table):
            yield self.row(record)

    def row(self, record: Record) -> SourceRow:
        currency = currency_of(record, "Currency")
        amount = record.amount("Amount", currency)
        status_text = record.text("Status").strip().lower()
        status = (_PAYOUT_STATUS.get(status_text, RowStatus.DENIED) if status_text
                  else RowStatus.COMPLETED)
        return _row(
            record, RowKind.TRANSFER_OUT, currency, -abs(amount), 0,
            occurred_at=day_or_moment(record, _CREATED),
            available_at=optional_date(record, *_ARRIVAL), status=status,
            source_id=record.text("id") or None,
            counterparty=record.text("Destination Name", "Bank Name"),
            reference=record.text("Destination Last 4", "Destination"),
            memo=record.text("Description", "Statement Descriptor"))


PROFILES = (StripeBalance(), StripePayments(), StripePayouts())
