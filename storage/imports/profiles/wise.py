"""Wise (formerly TransferWise): balance statements and the transaction history.

- **Statements** (``wise-statement``), one balance a file or all of them, in the layouts
  Wise used over the years: ``"TransferWise ID", Date, Amount, Currency, Description,
  "Payment Reference", "Running Balance", "Exchange From", "Exchange To", "Exchange Rate",
  "Payer Name", "Payee Name", "Payee Account Number", Merchant, "Card Last Four Digits",
  "Card Holder Full Name", Attachment, Note`` — then ``"Total fees"`` (and ``"Exchange To
  Amount"``), then ``"Date Time"``, ``"Transaction Type"`` (DEBIT/CREDIT) and ``"Transaction
  Details Type"`` (CARD, TRANSFER, DEPOSIT, CONVERSION…). Dates are ``DD-MM-YYYY``.
  ``Amount`` is what the balance gained or lost, fees included; older layouts have no fee
  column and show each fee as a row of its own ("Wise Charges for: CARD-123"). A conversion
  between two balances shows once in each currency, with the same ID.
- **Transaction history** (``wise-history``, 2024): ``ID, Status, Direction, "Created on",
  "Finished on", "Source fee amount", "Source fee currency", "Target fee amount", "Target
  fee currency", "Source name", "Source amount (after fees)", "Source currency", "Target
  name", "Target amount (after fees)", "Target currency", "Exchange rate", Reference,
  Batch…``. Direction IN is money received, OUT money sent, NEUTRAL a conversion between
  the person's own balances.

Money from someone else is income; money between the person's own accounts (their name on
both sides, "Money added") is a transfer; money they sent to someone else or spent by card is
an expense. The person's name is found in the file itself: the card holder's name on a
statement, the sender of what went out in the history. A statement without any card row
does not say it: money sent is then taken for a transfer to the person's own bank.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

from storage.imports.model import ImportProblem, RowKind, RowStatus, SourceRow, Table
from storage.imports.profiles._platforms import (
    amount_or_zero,
    currency_of,
    day_or_moment,
    decimal_conventions,
    header_score,
)
from storage.imports.reading import Record, normalise_name, records

SOURCE = "wise"

_FEE_ROW = re.compile(r"^(?:Wise|TransferWise) [Cc]harges? for:?\s*(?P<id>\S+)")


def _name_key(name: str) -> str:
    """A person's name compared without case, accents, punctuation or word order."""
    return " ".join(sorted(normalise_name(word) for word in name.split() if word))


def _rate(record: Record, *names: str) -> Decimal | None:
    text = record.text(*names).strip()
    if not text:
        return None
    try:
        rate = Decimal(text.replace(",", "."))
    except InvalidOperation:
        rate = Decimal(0)
    if not rate.is_finite() or rate <= 0:
        raise ImportProblem(record.table.file_name, "“{text}” is not an exchange rate.",
                            line=record.line, column=record.column(*names), text=text)
    return rate


def _inverse(rate: Decimal | None) -> Decimal | None:
    """The rate the other way round (10 significant digits)."""
    if rate is None:
        return None
    return (Decimal(1) / rate).quantize(Decimal(1).scaleb(-9 + (Decimal(1) / rate)
                                                          .adjusted())).normalize()


def _row(record: Record, kind: RowKind, currency: str, net: int, fee: int,
         **fields: object) -> SourceRow:
    """A row from what the balance gained or lost (``net``, fees included) and the fee."""
    if kind == RowKind.FEE:
        gross = 0
        fee = -net
    else:
        gross = net + fee
    return SourceRow(line=record.line, source=SOURCE, kind=kind, currency=currency,
                     gross_minor=gross, fee_minor=fee, net_minor=gross - fee,
                     **fields)  # type: ignore[arg-type]


class WiseStatement:
    """A Wise balance statement, in any of its layouts."""

    name = "wise-statement"
    source = SOURCE
    required = (("TransferWise ID",), ("Date",), ("Amount",), ("Currency",),
                ("Description",))
    optional = (("Running Balance",), ("Exchange Rate",), ("Payer Name",), ("Payee Name",),
                ("Total fees",))

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional)

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, ["Amount", "Total fees", "Running Balance"], "DMY")
        owners: set[str] = set()
        ids: Counter[str] = Counter()
        charged: set[str] = set()
        for record in records(table):  # first pass: the holder's name, ids, charge rows
            if record.text("Card Holder Full Name"):
                owners.add(_name_key(record.text("Card Holder Full Name")))
            ids[record.text("TransferWise ID")] += 1
            if charge := _FEE_ROW.match(record.text("Description")):
                charged.add(charge.group("id"))
        for record in records(table):
            yield self.row(record, owners, ids, charged)

    def row(self, record: Record, owners: set[str], ids: Counter[str], charged: set[str]
            ) -> SourceRow:
        currency = currency_of(record, "Currency")
        amount = record.amount("Amount", currency)
        wise_id = record.text("TransferWise ID")
        # A fee Wise took in a row of its own ("Charges for: <id>") is not in <id>'s amount,
        # even where that row's "Total fees" names it.
        fee = 0 if wise_id in charged else amount_or_zero(record, "Total fees", currency)
        description = record.text("Description")
        details = record.text("Transaction Details Type").strip().upper()
        exchange_from = record.text("Exchange From").strip().upper()
        exchange_to = record.text("Exchange To").strip().upper()
        common: dict[str, object] = {
            "occurred_at": day_or_moment(record, ("Date Time", "Date")),
            "reference": record.text("Payment Reference"),
            "memo": description,
            "source_id": wise_id or None,
        }
        if ids[wise_id] > 1:
            common["source_id"] = f"{wise_id}:{currency}"
        charge = _FEE_ROW.match(description)
        if charge or (details in {"FEE", "ACCRUAL_CHARGE"} and amount < 0):
            if (charge and charge.group("id") == wise_id) or ids[wise_id] > 1:
                common["source_id"] = f"{wise_id}:fee"
            related = charge.group("id") if charge else None
            return _row(record, RowKind.FEE, currency, amount, 0, related_id=related,
                        **common)
        if details == "CARD" or wise_id.upper().startswith("CARD-") or record.text(
                "Card Last Four Digits"):
            return _row(record, RowKind.EXPENSE, currency, amount, fee,
                        counterparty=record.text("Merchant"), **common)
        if details == "CONVERSION" or (exchange_from and exchange_to
                                       and exchange_from != exchange_to
                                       and description.lower().startswith("convert")):
            rate = _rate(record, "Exchange Rate")
            common["source_id"] = f"{wise_id}:{currency}" if wise_id else None
            if currency == exchange_from:
                rate_to = exchange_to
            else:
                rate, rate_to = _inverse(rate), exchange_from
            return _row(record, RowKind.CONVERSION, currency, amount, fee,
                        related_id=wise_id or None, rate=rate, rate_to=rate_to, **common)
        if exchange_from == currency and exchange_to and exchange_to != currency:
            common["rate"] = _rate(record, "Exchange Rate")  # sent in another currency
            common["rate_to"] = exchange_to if common["rate"] else ""
        if amount > 0:
            payer = record.text("Payer Name") or _after(description, "from")
            own = details == "MONEY_ADDED" or description.lower().startswith(
                ("topped up", "money added")) or (payer and _name_key(payer) in owners)
            kind = RowKind.TRANSFER_IN if own else RowKind.INCOME
            if details in {"BALANCE_CASHBACK", "ACCRUAL_CHARGE", "BALANCE_INTEREST"}:
                kind = RowKind.OTHER
            return _row(record, kind, currency, amount, fee, counterparty=payer, **common)
        payee = record.text("Payee Name") or _after(description, "to")
        if details == "DIRECT_DEBIT":
            kind = RowKind.EXPENSE
        elif not owners or (payee and _name_key(payee) in owners):
            kind = RowKind.TRANSFER_OUT
        else:
            kind = RowKind.EXPENSE
        return _row(record, kind, currency, amount, fee, counterparty=payee, **common)


def _after(description: str, word: str) -> str:
    """The name in "Received money from Acme Ltd" (``word`` "from") or "Sent money to X"."""
    found = re.search(rf"\b{word}\s+(.+?)(?:\s+with reference\b.*)?$", description)
    return found.group(1).strip() if found else ""


_HISTORY_STATUS = {"COMPLETED": RowStatus.COMPLETED, "CANCELLED": RowStatus.DENIED,
                   "CANCELED": RowStatus.DENIED, "REFUNDED": RowStatus.DENIED,
                   "FAILED": RowStatus.DENIED, "BOUNCED_BACK": RowStatus.DENIED}
_SOURCE_AMOUNT = ("Source amount (after fees)", "Source amount")
_TARGET_AMOUNT = ("Target amount (after fees)", "Target amount")


class WiseHistory:
    """The transaction history (Wise › Transactions › Download, 2024 layout)."""

    name = "wise-history"
    source = SOURCE
    required = (("ID",), ("Direction",), ("Created on",), _SOURCE_AMOUNT,
                ("Source currency",), _TARGET_AMOUNT, ("Target currency",))
    optional = (("Status",), ("Finished on",), ("Source fee amount",), ("Exchange rate",),
                ("Source name",), ("Target name",), ("Reference",))

    def score(self, header: Sequence[str]) -> float:
        return header_score(header, self.required, self.optional)

    def rows(self, table: Table) -> Iterator[SourceRow]:
        decimal_conventions(table, [*_SOURCE_AMOUNT, *_TARGET_AMOUNT, "Source fee amount"],
                            "YMD")
        owners: set[str] = set()
        ids: Counter[str] = Counter()
        for record in records(table):
            direction = record.text("Direction").strip().upper()
            for name in (record.text("Source name") if direction == "OUT" else "",
                         record.text("Target name") if direction == "IN" else "",
                         record.text("Created by")):
                if name:
                    owners.add(_name_key(name))
            ids[record.text("ID")] += 1
        for record in records(table):
            yield from self.row(record, owners, ids)

    def row(self, record: Record, owners: set[str], ids: Counter[str]
            ) -> Iterator[SourceRow]:
        direction = record.text("Direction").strip().upper()
        source_ccy = currency_of(record, "Source currency")
        target_ccy = currency_of(record, "Target currency")
        source_amount = record.amount(_SOURCE_AMOUNT, source_ccy)
        target_amount = record.amount(_TARGET_AMOUNT, target_ccy)
        source_fee = self._fee(record, "Source fee", source_ccy)
        target_fee = self._fee(record, "Target fee", target_ccy)
        rate = _rate(record, "Exchange rate")
        wise_id = record.text("ID")
        status_text = record.text("Status").strip().upper()
        status = (_HISTORY_STATUS.get(status_text, RowStatus.PENDING) if status_text
                  else RowStatus.COMPLETED)
        source_name, target_name = record.text("Source name"), record.text("Target name")
        category = record.text("Category")
        converted = source_ccy != target_ccy
        common: dict[str, object] = {
            "occurred_at": day_or_moment(record, ("Finished on",)) if record.text(
                "Finished on") else day_or_moment(record, ("Created on",)),
            "status": status, "reference": record.text("Reference"),
            "memo": " · ".join(t for t in (category, record.text("Note")) if t),
            "source_id": (f"{wise_id}:{source_ccy}" if ids[wise_id] > 1 else wise_id) or None,
        }
        if direction == "NEUTRAL":
            if not converted:  # between jars of one balance: nothing moves for good
                yield _row(record, RowKind.HOLD, source_ccy, -source_amount - source_fee,
                           source_fee, **common)
                return
            common.pop("source_id")
            yield _row(record, RowKind.CONVERSION, source_ccy, -source_amount - source_fee,
                       source_fee, source_id=f"{wise_id}:{source_ccy}" if wise_id else None,
                       related_id=wise_id or None, rate=rate, rate_to=target_ccy, **common)
            yield _row(record, RowKind.CONVERSION, target_ccy, target_amount, target_fee,
                       source_id=f"{wise_id}:{target_ccy}" if wise_id else None,
                       related_id=wise_id or None, rate=_inverse(rate), rate_to=source_ccy,
                       **common)
            return
        conversion = {"rate": rate, "rate_to": target_ccy} if converted else {}
        if direction == "IN":
            own = _name_key(source_name) in owners or category.lower() == "money added"
            kind = RowKind.TRANSFER_IN if own else RowKind.INCOME
            # What the payer sent, in their currency, less Wise's fee there.
            yield _row(record, kind, source_ccy, source_amount, source_fee,
                       counterparty=source_name, **conversion, **common)
            return
        if wise_id.upper().startswith("CARD"):
            kind = RowKind.EXPENSE
        elif _name_key(target_name) in owners:
            kind = RowKind.TRANSFER_OUT
        else:
            kind = RowKind.EXPENSE
        yield _row(record, kind, source_ccy, -source_amount - source_fee, source_fee,
                   counterparty=target_name, **conversion, **common)

    @staticmethod
    def _fee(record: Record, prefix: str, currency: str) -> int:
        """A fee column pair ("Source fee amount" and "… currency"); 0 when blank."""
        amount_col, currency_col = f"{prefix} amount", f"{prefix} currency"
        if not record.text(amount_col):
            return 0
        code = record.text(currency_col).strip().upper() or currency
        if code != currency:
            raise ImportProblem(
                record.table.file_name, "The fee is in {fee_currency}, not in {currency} "
                "like the amount it was taken from.", line=record.line,
                column=record.column(currency_col), fee_currency=code, currency=currency)
        return abs(record.amount(amount_col, currency))


PROFILES = (WiseStatement(), WiseHistory())
