"""What the platform profiles (Stripe, Upwork, Wise, Payoneer) share: recognising a header
from the columns a format always has, and building rows whose net is the gross less the fee.

Amounts follow storage.imports.model.SourceRow: a fee is positive when the platform kept
money; a fee on a row of its own (a Wise charge, an Upwork service fee, a Stripe billing fee)
has a gross of 0, the fee, and a negative net, so per-currency totals add up with the rows
that paid it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from storage.imports.model import Conventions, ImportProblem, Table
from storage.imports.reading import Record, column_index, detect_conventions
from storage.money import CURRENCY_EXPONENTS


def has(header: Sequence[str], *names: str) -> bool:
    """Whether ``header`` has a column by any of ``names``."""
    return column_index(header, *names) is not None


def header_score(header: Sequence[str], required: Sequence[Sequence[str]],
                 optional: Sequence[Sequence[str]] = (), *,
                 absent: Sequence[str] = ()) -> float:
    """0 unless every column of ``required`` (each a tuple of the names it goes by) is in
    ``header`` and none of ``absent``; then 0.8, up to 1 as more of ``optional`` are there."""
    if not header or any(not has(header, *names) for names in required):
        return 0.0
    if any(has(header, name) for name in absent):
        return 0.0
    if not optional:
        return 1.0
    found = sum(1 for names in optional if has(header, *names))
    return 0.8 + 0.2 * found / len(optional)


def decimal_conventions(table: Table, amount_columns: Sequence[str], date_order: str
                        ) -> Conventions:
    """The file's decimal mark, read from its amount cells, with the date order the format
    always writes (set on the table and returned)."""
    found = detect_conventions(table, amount_columns, ())
    table.conventions = replace(found, date_order=date_order, ambiguous_dates=False)
    return table.conventions


def day_or_moment(record: Record, names: str | Sequence[str],
                  time: Sequence[str] = ()) -> datetime:
    """The record's date as an aware UTC datetime; a date written without a time is put at
    noon UTC, the same calendar day in every time zone people live in."""
    names = (names,) if isinstance(names, str) else tuple(names)
    moment = record.date(names, time)
    if not (time and record.text(*time)) and ":" not in record.text(*names):
        moment += timedelta(hours=12)
    return moment


def optional_date(record: Record, *names: str) -> datetime | None:
    """The date of the first of ``names`` the record has filled in, else None."""
    if not record.text(*names):
        return None
    return day_or_moment(record, names)


def amount_or_zero(record: Record, names: str | Sequence[str], currency: str) -> int:
    """The amount of a column that may be blank (a blank fee is no fee)."""
    names = (names,) if isinstance(names, str) else tuple(names)
    if not record.text(*names):
        return 0
    return record.amount(names, currency)


def currency_of(record: Record, *names: str) -> str:
    """The record's currency code, upper case; ImportProblem naming the column when it is
    not a currency Atelier knows."""
    code = record.text(*names).strip().upper()
    if not code:
        raise ImportProblem(record.table.file_name, "The currency is missing.",
                            line=record.line, column=record.column(*names))
    if code not in CURRENCY_EXPONENTS:
        raise ImportProblem(record.table.file_name, "“{code}” is not a currency Atelier knows.",
                            line=record.line, column=record.column(*names), code=code)
    return code
