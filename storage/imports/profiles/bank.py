"""A bank account's CSV export, whichever bank: French banks first (semicolons, decimal
commas, CP1252 or Latin-9, "Date;Libellé;Débit;Crédit" or "Date opération;Date valeur;
Libellé;Montant", account lines above the header, or no header at all).

The columns are found by their names in French or English; in a file without a header they
are guessed from the content (the date column, the label with the longest texts, one signed
amount or a debit and a credit column). Money in is income, named from the label ("VIR SEPA
RECU /DE ACME SAS /MOTIF…" → "ACME SAS"), except a payout from PayPal, Wise, Payoneer, Stripe
or Upwork, which is a transfer from that account (counted as income where it was received);
money out is an expense, or a transfer when it is a transfer to one of those accounts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from storage.imports.model import ImportProblem, RowKind, SourceRow, Table
from storage.imports.reading import (
    Record,
    column_index,
    detect_conventions,
    parse_amount,
    parse_date,
    records,
)
from storage.money import CURRENCY_EXPONENTS

SOURCE = "bank"

DATE = ("Date opération", "Date d'opération", "Date de l'opération", "Date operation",
        "Date comptable", "Date", "Transaction date", "Booking date", "Posting date")
VALUE_DATE = ("Date valeur", "Date de valeur", "Value date")
LABEL = ("Libellé", "Libellé de l'opération", "Libellé opération", "Libelle simplifie",
         "Libellé simplifié", "Détail", "Détails", "Nature de l'opération", "Opération",
         "Description", "Label", "Details", "Memo", "Intitulé")
AMOUNT = ("Montant", "Montant (EUR)", "Montant EUR", "Montant en euros", "Montant(EUROS)",
          "Amount", "Amount (EUR)")
DEBIT = ("Débit", "Débit euros", "Débit (EUR)", "Débit EUR", "Debit", "Débits", "Withdrawals",
         "Money out", "Paid out")
CREDIT = ("Crédit", "Crédit euros", "Crédit (EUR)", "Crédit EUR", "Credit", "Crédits",
          "Deposits", "Money in", "Paid in")
CURRENCY = ("Devise", "Currency", "Monnaie")
REFERENCE = ("Référence", "Reference", "Réf.", "Numéro d'opération", "Transaction ID")

# A payout from one of the person's own payment accounts: a transfer, not new income.
PLATFORMS = (("PayPal", ("paypal",)), ("Wise", ("wise", "transferwise")),
             ("Payoneer", ("payoneer",)), ("Stripe", ("stripe",)), ("Upwork", ("upwork",)))

_DATE_CELL = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_AMOUNT_CELL = re.compile(r"^[-+−(]?\s*\d[\d\s.,'\u00a0\u202f]*\s*[)-]?\s*(€|EUR)?$")
_PREFIXES = re.compile(
    r"^(?:VIR(?:EMENT)?(?:\s+(?:SEPA|INST(?:ANTANE)?|INSTANTANE|EUROPEEN|RECU|REÇU|EMIS|"
    r"DE|EN\s+VOTRE\s+FAVEUR|RE))*|PRLV(?:\s+SEPA)?|PRELEVEMENT(?:\s+SEPA)?|"
    r"CB|CARTE(?:\s+X?\d{4})?|PAIEMENT\s+(?:PAR\s+)?CARTE|REMISE(?:\s+CHEQUE)?)\b[\s:/-]*",
    re.IGNORECASE)
_DATE_IN_LABEL = re.compile(r"^\d{2}[./]\d{2}(?:[./]\d{2,4})?\s+")


@dataclass(frozen=True)
class _Columns:
    date: int
    label: int | None
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    value_date: int | None = None
    currency: int | None = None
    reference: int | None = None

    def money(self) -> list[int]:
        return [i for i in (self.amount, self.debit, self.credit) if i is not None]


def platform_in(label: str) -> str:
    """The payment platform a bank label names ("VIR PAYPAL EUROPE…" → "PayPal"), or ""."""
    words = re.sub(r"[^a-z0-9]+", " ", label.casefold())
    for name, keys in PLATFORMS:
        if any(re.search(rf"\b{key}\b", words) for key in keys):
            return name
    return ""


def counterparty_of(label: str) -> str:
    """Who paid or was paid, from a bank label: the name after "/DE " when the bank gives
    one, else the label without its "VIR SEPA RECU", "CB" and date prefixes."""
    text = " ".join(label.split())
    named = re.search(r"/(?:DE|FROM|EMETTEUR)[:\s]+([^/]+)", text, re.IGNORECASE)
    if named:
        return named.group(1).strip()[:80]
    text = _PREFIXES.sub("", text)
    text = _DATE_IN_LABEL.sub("", text)
    text = re.sub(r"\s+\d{2}[./]\d{2}(?:[./]\d{2,4})?$", "", text)  # "CARREFOUR 03/12"
    text = re.split(r"\s+/|\s+(?:REF|MOTIF|ID)[:\s]", text, maxsplit=1)[0]
    return text.strip(" -/:")[:80]


def _find(header: Sequence[str], names: Sequence[str]) -> int | None:
    return column_index(header, *names)


def _columns_from_header(header: Sequence[str]) -> _Columns | None:
    date = _find(header, DATE)
    label = _find(header, LABEL)
    amount = _find(header, AMOUNT)
    debit, credit = _find(header, DEBIT), _find(header, CREDIT)
    if date is None or label is None or (amount is None and (debit is None or credit is None)):
        return None
    return _Columns(date=date, label=label, amount=amount if debit is None else None,
                    debit=debit, credit=credit, value_date=_find(header, VALUE_DATE),
                    currency=_find(header, CURRENCY), reference=_find(header, REFERENCE))


def _columns_from_content(table: Table, sample: int = 50) -> _Columns | None:
    """Columns guessed from the first records of a file without a header."""
    rows = [cells for _line, cells in islice(table.rows(), sample)]
    if not rows:
        return None
    width = len(table.header)

    def share(i: int, pattern: re.Pattern[str]) -> float:
        filled = [r[i] for r in rows if i < len(r) and r[i]]
        return sum(1 for c in filled if pattern.match(c)) / len(filled) if filled else 0.0

    dates = [i for i in range(width) if share(i, _DATE_CELL) >= 0.8]
    money = [i for i in range(width) if i not in dates and share(i, _AMOUNT_CELL) >= 0.8]
    texts = [i for i in range(width) if i not in dates and i not in money]
    if not dates or not money or not texts:
        return None
    label = max(texts, key=lambda i: sum(len(r[i]) for r in rows if i < len(r)))
    first, *rest = money
    if rest:
        second = rest[0]
        one_of_two = all(bool(r[first]) != bool(r[second]) for r in rows
                         if max(first, second) < len(r))
        if one_of_two:
            return _Columns(date=dates[0], label=label, debit=first, credit=second,
                            value_date=dates[1] if len(dates) > 1 else None)
    return _Columns(date=dates[0], label=label, amount=first,
                    value_date=dates[1] if len(dates) > 1 else None)


class Bank:
    """A bank account's export (see the module's doc). ``currency`` is the account's when
    the file has no currency column."""

    name = "bank"
    source = SOURCE

    def __init__(self, currency: str = "EUR") -> None:
        self.currency = currency

    def score(self, header: Sequence[str]) -> float:
        columns = _columns_from_header(header)
        if columns is None:
            return 0.0
        return 0.7 if _find(header, ("Libellé", "Débit", "Crédit", "Montant")) is not None \
            else 0.6  # below any platform's own format

    def score_table(self, table: Table) -> float:
        if table.header_generated:
            return 0.6 if _columns_from_content(table) is not None else 0.0
        return self.score(table.header)

    def _columns(self, table: Table) -> _Columns:
        columns = (_columns_from_content(table) if table.header_generated
                   else _columns_from_header(table.header))
        if columns is None:
            raise ImportProblem(
                table.file_name, "Atelier cannot tell which columns of this bank file hold "
                "the date, the label and the amount: map its columns to import it.")
        return columns

    def rows(self, table: Table) -> Iterator[SourceRow]:
        columns = self._columns(table)
        dates = [columns.date] + ([columns.value_date] if columns.value_date is not None
                                  else [])
        detect_conventions(table, columns.money(), dates, prefer_date_order="DMY")
        for record in records(table):
            row = self.row(record, columns)
            if row is not None:
                yield row

    def row(self, record: Record, columns: _Columns) -> SourceRow | None:
        cells = record.cells
        header = record.table.header

        def cell(i: int | None) -> str:
            return cells[i] if i is not None and i < len(cells) else ""

        if not cell(columns.date) or not any(cell(i) for i in columns.money()):
            return None  # a balance line, a subtotal, a blank line at the end
        currency = (cell(columns.currency) or self.currency).upper()
        if currency not in CURRENCY_EXPONENTS:
            raise ImportProblem(record.table.file_name,
                                "“{code}” is not a currency Atelier knows.", line=record.line,
                                column=header[columns.currency]
                                if columns.currency is not None else None, code=currency)

        def money(i: int | None) -> int:
            return _amount_at(record, i, currency) if i is not None and cell(i) else 0

        if columns.amount is not None:
            amount = money(columns.amount)
        else:
            amount = abs(money(columns.credit)) - abs(money(columns.debit))
        label = cell(columns.label)
        platform = platform_in(label)
        transfer = bool(platform) and (amount > 0 or re.match(r"\s*VIR", label, re.I))
        if amount > 0:
            kind = RowKind.TRANSFER_IN if transfer else RowKind.INCOME
        else:
            kind = RowKind.TRANSFER_OUT if transfer else RowKind.EXPENSE
        value_date = cell(columns.value_date)
        return SourceRow(
            line=record.line, source=SOURCE,
            occurred_at=_date_at(record, columns.date),
            kind=kind, currency=currency, gross_minor=amount, fee_minor=0, net_minor=amount,
            source_id=cell(columns.reference) or None,
            available_at=_date_at(record, columns.value_date)
            if columns.value_date is not None and value_date else None,
            counterparty=platform if transfer else _payer(label),
            memo=label)


def _payer(label: str) -> str:
    """The payer's name when the label's name part can be told apart, else none (the
    label is the memo: the whole of it is no payer's name)."""
    name = counterparty_of(label)
    return "" if name == " ".join(label.split()) else name


def _amount_at(record: Record, index: int, currency: str) -> int:
    table = record.table
    return parse_amount(record.cells[index], table.conventions, currency, file=table.file_name,
                        line=record.line, column=table.header[index])


def _date_at(record: Record, index: int) -> datetime:
    table = record.table
    moment = parse_date(record.cells[index], table.conventions, file=table.file_name,
                        line=record.line, column=table.header[index])
    # A bank writes the day only: noon UTC keeps it the same calendar day everywhere.
    return moment.replace(hour=12)


PROFILES = (Bank(),)
