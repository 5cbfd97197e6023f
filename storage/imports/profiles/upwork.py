"""Upwork's freelancer exports: the transaction history (two layouts) and the weekly summary.

- **Reports › Transaction History** (``upwork-transactions``). The old layout is ``Date, Ref
  ID, Type, Description, Agency, Freelancer, Team, Account Name, PO, Amount, Amount in local
  currency, Currency, Balance``; the current one is ``Date, Transaction ID, Transaction Type,
  Transaction Summary, Transaction Summary Details, Description 1-3, Agency, Freelancer, Team
  (or "Agency team"/"Client team"), Account Name, PO, Ref ID, Amount $, Amount in local
  currency, Currency, Current Balance $, Payment Method``. Dates read ``Oct 23, 2023``.
  ``Amount`` is always in US dollars (the Upwork balance); ``Currency`` is the currency of
  ``Amount in local currency``, which gives the rate a withdrawal was converted at.
- **Reports › Weekly Summary** (``upwork-weekly``): ``Date, Contract, Hours, Amount, Payment
  type`` — the earnings of each day per contract with the hours worked (a blank payment type
  is hourly work; "Bonus", "Fixed Price Payment"). The contract is written ``Title
  (34848691)``: its number becomes the row's reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

from storage.imports.model import ImportProblem, RowKind, RowStatus, SourceRow, Table
from storage.imports.profiles._platforms import (
    amount_or_zero,
    day_or_moment,
    decimal_conventions,
    has,
    header_score,
)
from storage.imports.reading import Record, normalise_name, records
from storage.money import exponent

SOURCE = "upwork"
CURRENCY = "USD"  # the Upwork balance is kept in US dollars

_CONTRACT = re.compile(r"^(?P<title>.*?)\s*\((?P<id>\d{4,})\)\s*$")


def split_contract(text: str) -> tuple[str, str]:
    """``"Bootstrap5 Expert (34848691)"`` → ``("Bootstrap5 Expert", "34848691")``."""
    found = _CONTRACT.match(text.strip())
    if not found:
        return text.strip(), ""
    return found.group("title"), found.group("id")


class UpworkWeeklySummary:
    """Reports › Weekly Summary: earnings per contract and day, with the hours."""

    name = "upwork-weekly"
    source = SOURCE
    required = (("Date",), ("Contract",), ("Hours",), ("Amount",))
    optional = (("Payment type",),)

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional)

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, ["Amount", "Hours"], "MDY")
        for record in records(table):
            yield self.row(record)

    def row(self, record: Record) -> SourceRow:
        amount = record.amount("Amount", CURRENCY)
        title, contract_id = split_contract(record.text("Contract"))
        kind = record.text("Payment type").strip() or "Hourly"
        # The summary names no payer: Upwork pays. The memo keeps the contract's title.
        contract = " ".join(record.text("Contract").split())
        return SourceRow(
            line=record.line, source=SOURCE, occurred_at=day_or_moment(record, "Date"),
            kind=RowKind.INCOME if amount >= 0 else RowKind.REFUND, currency=CURRENCY,
            gross_minor=amount, net_minor=amount, reference=contract_id, contract=title,
            counterparty="Upwork", memo=f"{contract} · {kind}" if contract else kind,
            hours=_hours(record))


def _hours(record: Record) -> Decimal | None:
    text = record.text("Hours").strip()
    if not text:
        return None
    try:
        hours = Decimal(text.replace(",", ".") if record.table.conventions.decimal == ","
                        else text.replace(",", ""))
    except InvalidOperation:
        hours = Decimal(-1)
    if not hours.is_finite() or hours < 0 or hours > 24 * 7:
        raise ImportProblem(record.table.file_name, "“{text}” is not a number of hours.",
                            line=record.line, column=record.column("Hours"), text=text)
    return hours


#: Transaction type (case, spaces and dashes aside) → what the row is.
TYPES: dict[str, RowKind] = {
    normalise_name(name): kind for name, kind in [
        ("Hourly", RowKind.INCOME), ("Fixed Price", RowKind.INCOME),
        ("Fixed-price", RowKind.INCOME), ("Fixed Price Payment", RowKind.INCOME),
        ("Milestone", RowKind.INCOME), ("Bonus", RowKind.INCOME),
        ("Expense", RowKind.INCOME),  # an expense the client reimbursed
        ("Service Fee", RowKind.FEE), ("Withdrawal Fee", RowKind.FEE),
        ("Membership Fee", RowKind.FEE), ("VAT", RowKind.FEE), ("GST", RowKind.FEE),
        ("Withdrawal", RowKind.TRANSFER_OUT),
        ("Refund", RowKind.REFUND),
        ("Connects", RowKind.EXPENSE), ("Subscription", RowKind.EXPENSE),
        ("Miscellaneous", RowKind.OTHER), ("Adjustment", RowKind.OTHER),
    ]
}
_TYPE = ("Transaction Type", "Type")
_ID = ("Transaction ID", "Ref ID")
_CLIENT = ("Client team", "Client/Team", "Team", "Account Name")
_DESCRIPTION = ("Transaction Summary", "Description", "Description 1")
_REF_ID = re.compile(r"Ref(?:erence)?\s*ID[:\s#]*(\d+)", re.IGNORECASE)
_CARD = re.compile(r"x{2,}[-\s]?(\d{4})", re.IGNORECASE)


class UpworkTransactions:
    """Reports › Transaction History, old (``Ref ID``) and current (``Transaction ID``)."""

    name = "upwork-transactions"
    source = SOURCE
    required = (("Date",), _TYPE, ("Amount",), _ID,
                ("Freelancer", "Agency", "Agency team", "Client team", "Client/Team", "Team"))
    optional = (("Description", "Transaction Summary"), ("Amount in local currency",),
                ("Currency",), ("Balance", "Current Balance"))

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional, absent=("Contract",))

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, ["Amount", "Amount in local currency", "Balance"], "MDY")
        current = has(table.header, "Transaction ID")
        for record in records(table):
            row = self.row(record, current)
            if row is not None:
                yield row

    def row(self, record: Record, current: bool) -> SourceRow | None:
        if not record.text("Amount"):
            return None  # a heading or a total line some exports end with
        amount = record.amount("Amount", CURRENCY)
        kind_text = record.text(*_TYPE).strip()
        kind = TYPES.get(normalise_name(kind_text), RowKind.OTHER)
        if kind == RowKind.INCOME and amount < 0:
            kind = RowKind.REFUND  # an earning given back
        description = " ".join(t for t in (record.text(*_DESCRIPTION),
                                            record.text("Transaction Summary Details"))
                               if t)
        source_id = record.text("Transaction ID") if current else record.text("Ref ID")
        gross, fee = amount, 0
        if kind == RowKind.FEE:
            gross, fee = 0, -amount
        rate, rate_to = _local_rate(record, amount)
        related = _REF_ID.search(description)
        _title, contract = split_contract(description)
        card = _CARD.search(description) or _CARD.search(record.text("Payment Method"))
        status = RowStatus.COMPLETED
        if record.text("Status").strip().lower() in {"pending", "processing"}:
            status = RowStatus.PENDING
        return SourceRow(
            line=record.line, source=SOURCE, occurred_at=day_or_moment(record, "Date"),
            kind=kind, currency=CURRENCY, gross_minor=gross, fee_minor=fee,
            net_minor=gross - fee, status=status, source_id=source_id or None,
            counterparty=record.text(*_CLIENT), memo=description or kind_text,
            reference=card.group(1) if card else record.text("PO"),
            related_id=related.group(1) if related and related.group(1) != source_id else None,
            rate=rate, rate_to=rate_to, contract=contract)


def _local_rate(record: Record, amount: int) -> tuple[Decimal | None, str]:
    """The rate a withdrawal was paid out at, from ``Amount in local currency``."""
    code = record.text("Currency").strip().upper()
    if not code or code == CURRENCY or not amount or not record.text(
            "Amount in local currency"):
        return None, ""
    try:
        local = amount_or_zero(record, "Amount in local currency", code)
    except ImportProblem:
        return None, ""  # not a currency Atelier knows: the amount in dollars stands
    if not local:
        return None, ""
    rate = (Decimal(abs(local)).scaleb(-exponent(code))
            / Decimal(abs(amount)).scaleb(-exponent(CURRENCY)))
    return rate.quantize(Decimal("0.000001")).normalize(), code


PROFILES = (UpworkWeeklySummary(), UpworkTransactions())
