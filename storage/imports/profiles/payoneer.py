"""Payoneer's account activity, in its two CSV shapes (``payoneer-activity``).

- **Activity › Transactions** (myaccount.payoneer.com/ma/accountactivity/transactions):
  ``Date, Description, Amount, Currency, Status, Transaction ID``, one signed amount, dates
  written ``d M, Y`` ("5 Mar, 2024"); header cells and values may carry trailing spaces or
  tabs.
- **The older transactions page**: ``Transaction Date, Description, Credit Amount, Debit
  Amount, Status, Reference ID, Additional Description, Transaction ID``, money in and out
  in two columns, dates ``MM/DD/YYYY``. When it has no ``Currency`` column the amounts are
  the US-dollar balance's (the only one that page lists); a currency code written in the
  amount cell ("1,234.56 EUR") says otherwise.

The description says what a row is: "Payment from Upwork" is income, "Withdrawal to BANK
(7498)" a transfer to the person's bank, a fee ("Annual account fee", "Withdrawal fee") a fee
row, "Card charge (…)" money spent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from storage.imports.model import RowKind, RowStatus, SourceRow, Table
from storage.imports.profiles._platforms import (
    currency_of,
    day_or_moment,
    has,
    header_score,
)
from storage.imports.reading import Record, detect_conventions, records
from storage.money import CURRENCY_EXPONENTS

SOURCE = "payoneer"
DEFAULT_CURRENCY = "USD"  # the transactions page lists the US-dollar balance

_DATE = ("Transaction Date", "Date")
_CREDIT = ("Credit Amount", "Credit")
_DEBIT = ("Debit Amount", "Debit")
_ID = ("Transaction ID",)

# What a description says, tried in this order (a "Withdrawal fee" is a fee).
_KINDS: tuple[tuple[re.Pattern[str], RowKind], ...] = (
    (re.compile(r"\bfees?\b|\bcharges? for\b|\bcommission\b", re.I), RowKind.FEE),
    (re.compile(r"\bcard\b|\batm\b|\bpurchase\b", re.I), RowKind.EXPENSE),
    (re.compile(r"\bwithdraw(?:al|n)?\b|\btransfer(?:red)? to (?:your )?bank\b", re.I),
     RowKind.TRANSFER_OUT),
    (re.compile(r"\bconver(?:sion|ted|t)\b|\bexchange\b", re.I), RowKind.CONVERSION),
    (re.compile(r"\b(?:payment|funds?|money|transfer|load(?:ed)?)\s+(?:received\s+)?from\b|"
                r"\breceived\b|\bpaid by\b|\bincoming\b|\bearnings?\b", re.I), RowKind.INCOME),
    (re.compile(r"\b(?:payment|transfer|sent|money)\s+(?:sent\s+)?to\b", re.I),
     RowKind.EXPENSE),
    (re.compile(r"\brefund", re.I), RowKind.REFUND),
)
_FROM = re.compile(r"\bfrom\s+(.+?)\s*$", re.I)
_BANK_DIGITS = re.compile(r"\((\d{3,})\)|\b(?:x{2,}|\*{2,})[-\s]?(\d{3,})", re.I)
_CODE_IN_AMOUNT = re.compile(r"(?:^|\s)([A-Z]{3})(?:\s|$)")

_STATUS = {
    "completed": RowStatus.COMPLETED, "complete": RowStatus.COMPLETED,
    "approved": RowStatus.COMPLETED, "paid": RowStatus.COMPLETED,
    "pending": RowStatus.PENDING, "in progress": RowStatus.PENDING,
    "processing": RowStatus.PENDING, "in process": RowStatus.PENDING,
    "canceled": RowStatus.DENIED, "cancelled": RowStatus.DENIED, "failed": RowStatus.DENIED,
    "declined": RowStatus.DENIED, "rejected": RowStatus.DENIED, "returned": RowStatus.DENIED,
    "reversed": RowStatus.DENIED,
}


def kind_of(description: str, amount: int) -> RowKind:
    """What a Payoneer row is, from its description and the sign of its amount."""
    for pattern, kind in _KINDS:
        if pattern.search(description):
            if kind == RowKind.FEE and amount > 0:
                return RowKind.OTHER  # a fee given back
            if kind == RowKind.REFUND and amount > 0:
                return RowKind.OTHER  # a refund received: whose?
            if kind == RowKind.INCOME and amount < 0:
                return RowKind.OTHER
            return kind
    return RowKind.OTHER


class PayoneerActivity:
    """Payoneer's account activity: one signed amount, or credit and debit columns."""

    name = "payoneer-activity"
    source = SOURCE
    signed = ((("Date",), ("Description",), ("Amount",), ("Currency",), ("Status",), _ID),
              (("Running Balance", "Balance"), ("Note",), ("Category",)))
    split = ((_DATE, ("Description",), _CREDIT, _DEBIT, ("Status",),
              ("Transaction ID", "Reference ID")),
             (("Additional Description",), ("Currency",), ("Reference ID",)))
    not_ours = ("Gross", "TransferWise ID")  # PayPal's, Wise's

    def score(self, header: Sequence[str]) -> float:
        return max(header_score(header, *self.signed, absent=self.not_ours),
                   header_score(header, *self.split, absent=self.not_ours))

    def rows(self, table: Table) -> Iterator[SourceRow]:
        split = not has(table.header, "Amount")
        amounts = [*_CREDIT, *_DEBIT] if split else ["Amount"]
        detect_conventions(table, amounts, [_DATE[0]] if has(table.header, _DATE[0])
                           else [_DATE[1]], prefer_date_order="MDY")
        for record in records(table):
            row = self.row(record, split)
            if row is not None:
                yield row

    def row(self, record: Record, split: bool) -> SourceRow | None:
        currency = self._currency(record, split)
        if split:
            credit = self._side(record, _CREDIT, currency)
            debit = self._side(record, _DEBIT, currency)
            if not record.text(*_CREDIT) and not record.text(*_DEBIT):
                return None  # a line with no money on it
            amount = credit - debit
        else:
            if not record.text("Amount"):
                return None
            amount = record.amount("Amount", currency)
        description = record.text("Description")
        details = record.text("Additional Description")
        kind = kind_of(description, amount)
        gross, fee = amount, 0
        if kind == RowKind.FEE:
            gross, fee = 0, -amount
        status_text = " ".join(record.text("Status").lower().split())
        status = _STATUS.get(status_text, RowStatus.PENDING) if status_text \
            else RowStatus.COMPLETED
        payer = _FROM.search(description)
        bank = _BANK_DIGITS.search(description)
        source_id = record.text(*_ID) or record.text("Reference ID")
        return SourceRow(
            line=record.line, source=SOURCE, occurred_at=day_or_moment(record, _DATE),
            kind=kind, currency=currency, gross_minor=gross, fee_minor=fee,
            net_minor=gross - fee, status=status, source_id=source_id or None,
            counterparty=payer.group(1) if payer and kind == RowKind.INCOME else "",
            reference=(bank.group(1) or bank.group(2)) if bank else (
                record.text("Reference ID").lstrip("#") if record.text(*_ID) else ""),
            memo=" · ".join(t for t in (description, details, record.text("Note")) if t))

    @staticmethod
    def _currency(record: Record, split: bool) -> str:
        if record.index("Currency") is not None:
            return currency_of(record, "Currency")
        cells = (record.text(*_CREDIT), record.text(*_DEBIT)) if split else (
            record.text("Amount"),)
        for cell in cells:
            found = _CODE_IN_AMOUNT.search(cell.strip())
            if found and found.group(1) in CURRENCY_EXPONENTS:
                return found.group(1)
        return DEFAULT_CURRENCY

    @staticmethod
    def _side(record: Record, names: tuple[str, ...], currency: str) -> int:
        """A credit or debit cell as a positive amount (some exports sign the debits)."""
        if not record.text(*names):
            return 0
        return abs(record.amount(names, currency))


PROFILES = (PayoneerActivity(),)
