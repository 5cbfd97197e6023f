"""Upwork profiles: the weekly summary (a real export) and the transaction history layouts."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind
from storage.imports.profiles import recognise
from storage.imports.profiles.stripe import PROFILES as STRIPE
from storage.imports.profiles.upwork import UpworkTransactions, UpworkWeeklySummary
from storage.imports.reading import read_table

EXPORTS = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
WEEKLY = EXPORTS / "upwork_weekly_summary.csv"


def _write(tmp_path: Path, text: str, name: str = "upwork.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_real_weekly_summary_gives_income_with_hours_per_contract() -> None:
    rows = list(UpworkWeeklySummary().rows(read_table(WEEKLY)))
    assert len(rows) == 252
    assert {r.kind for r in rows} == {RowKind.INCOME}
    assert {r.currency for r in rows} == {"USD"}
    assert sum(r.gross_minor for r in rows) == 518958
    assert sum(r.hours or 0 for r in rows) == Decimal("601.16669")
    first = rows[0]
    assert first.line == 2
    assert first.occurred_at == datetime(2023, 9, 16, 12, 0, tzinfo=UTC)  # a day: noon UTC
    assert (first.gross_minor, first.fee_minor, first.net_minor) == (1650, 0, 1650)
    assert (first.hours, first.contract, first.reference, first.memo) == (
        Decimal("5.5"), "Bootstrap5 Expert", "34848691", "Bootstrap5 Expert (34848691) · Hourly")
    assert first.counterparty == "Upwork"  # the payer was empty, the contract title lost
    assert first.source_id is None  # the export has no ids: the ledger hashes the row
    assert rows[2].hours == Decimal("0.33333")
    fixed = rows[8]
    assert (fixed.line, fixed.gross_minor, fixed.hours, fixed.reference, fixed.memo) == (
        10, 1500, None, "35559654", "Looking for a developer to help with basic HTML code "
        "updates for an existing website (35559654) · Fixed Price Payment")
    assert fixed.contract == ("Looking for a developer to help with basic HTML code updates "
                              "for an existing website")
    bonus = next(r for r in rows if r.memo.endswith(" · Bonus"))
    assert (bonus.line, bonus.gross_minor, bonus.hours, bonus.reference) == (
        71, 1000, None, "36873991")


def test_hours_that_are_not_a_number_are_refused_naming_the_cell(tmp_path: Path) -> None:
    path = _write(tmp_path, 'Date,Contract,Hours,Amount,Payment type\n'
                            '2024-01-02,Site (1234567),lots,30,\n')
    with pytest.raises(ImportProblem) as caught:
        list(UpworkWeeklySummary().rows(read_table(path)))
    assert (caught.value.line, caught.value.column) == (2, "Hours")
    assert "“lots” is not a number of hours." in str(caught.value)


# Synthetic, in the old Transaction History columns (as the beancount Upwork importers read
# them: Date, Ref ID, Type, Description, … Amount, Amount in local currency, Currency,
# Balance), newest first, dates as "Oct 23, 2023". No licensed real sample exists.
OLD = (
    "Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,"
    "Amount in local currency,Currency,Balance\n"
    '"Oct 30, 2023",511,Withdrawal,"Withdrawal to Bank: xxxx-4321",,Jo Free,,Jo Free,,'
    "-500.00,-460.50,EUR,0.00\n"
    '"Oct 23, 2023",510,Service Fee,"Service Fee for Hourly - Ref ID 509",,Jo Free,'
    "Acme Ltd,Jo Free,,-25.00,-25.00,USD,500.00\n"
    '"Oct 23, 2023",509,Hourly,"Invoice for 10/16/2023-10/22/2023",,Jo Free,Acme Ltd,'
    "Jo Free,,250.00,250.00,USD,525.00\n"
    '"Oct 20, 2023",508,Fixed Price,"Milestone 1 (33411234)",,Jo Free,Beta Co,Jo Free,,'
    "300.00,300.00,USD,275.00\n"
    '"Oct 19, 2023",507,Refund,"Refund to client",,Jo Free,Beta Co,Jo Free,,-25.00,'
    "-25.00,USD,-25.00\n"
    '"Oct 18, 2023",506,Miscellaneous,"Something new",,Jo Free,,Jo Free,,1.00,1.00,USD,'
    "0.00\n"
)


def test_the_old_layout_gives_income_fees_withdrawals_and_refunds(tmp_path: Path) -> None:
    rows = list(UpworkTransactions().rows(read_table(_write(tmp_path, OLD))))
    withdrawal, fee, hourly, fixed, refund, other = rows
    assert (withdrawal.kind, withdrawal.currency, withdrawal.gross_minor,
            withdrawal.net_minor) == (RowKind.TRANSFER_OUT, "USD", -50000, -50000)
    assert (withdrawal.rate, withdrawal.rate_to, withdrawal.reference) == (
        Decimal("0.921"), "EUR", "4321")
    assert withdrawal.occurred_at == datetime(2023, 10, 30, 12, tzinfo=UTC)
    assert withdrawal.source_id == "511"
    assert (fee.kind, fee.gross_minor, fee.fee_minor, fee.net_minor, fee.related_id) == (
        RowKind.FEE, 0, 2500, -2500, "509")
    assert fee.rate is None  # a USD amount in USD: no conversion
    assert (hourly.kind, hourly.gross_minor, hourly.net_minor, hourly.counterparty,
            hourly.source_id) == (RowKind.INCOME, 25000, 25000, "Acme Ltd", "509")
    assert hourly.occurred_at == datetime(2023, 10, 23, 12, tzinfo=UTC)
    assert (fixed.kind, fixed.gross_minor, fixed.contract) == (
        RowKind.INCOME, 30000, "33411234")
    assert (refund.kind, refund.gross_minor) == (RowKind.REFUND, -2500)
    assert other.kind == RowKind.OTHER


# Synthetic, in the current Transaction History columns (the header checked by the
# kstockk/ledger-importers beangulp importer), with a lower-case variant's names.
CURRENT = (
    "Date,Transaction ID,Transaction Type,Transaction Summary,Transaction Summary Details,"
    "Description 1,Description 2,Description 3,Agency,Freelancer,Team,Account Name,PO,"
    "Ref ID,Amount $,Amount in local currency,Currency,Current Balance $,Payment Method\n"
    '"Feb 5, 2024",9001,Hourly,"Invoice for Jan 29-Feb 4, 2024",,,,,,Jo Free,Gamma Inc,'
    'Jo Free,,8801,"1,180.00",,,"1,180.00",\n'
    '"Feb 5, 2024",9002,Service Fee,"Service Fee - Ref ID 9001",,,,,,Jo Free,Gamma Inc,'
    "Jo Free,,8802,-118.00,,,1062.00,\n"
    '"Feb 9, 2024",9003,Withdrawal,"Withdrawal",,,,,,Jo Free,,Jo Free,,8803,-1000.00,'
    '"-92,500.00",INR,62.00,Direct to Local Bank (xxxx9876)\n'
    '"Feb 9, 2024",9004,Withdrawal Fee,"Withdrawal Fee",,,,,,Jo Free,,Jo Free,,8804,'
    "-0.99,,,61.01,\n"
    '"Feb 10, 2024",9005,Connects,"Connects purchase",,,,,,Jo Free,,Jo Free,,8805,'
    "-15.00,,,46.01,\n"
)


def test_the_current_layout_reads_transaction_ids_and_amounts_in_dollars(
        tmp_path: Path) -> None:
    hourly, fee, withdrawal, wfee, connects = UpworkTransactions().rows(
        read_table(_write(tmp_path, CURRENT)))
    assert (hourly.kind, hourly.gross_minor, hourly.source_id, hourly.counterparty) == (
        RowKind.INCOME, 118000, "9001", "Gamma Inc")
    assert hourly.occurred_at == datetime(2024, 2, 5, 12, tzinfo=UTC)
    assert (fee.kind, fee.fee_minor, fee.net_minor, fee.related_id) == (
        RowKind.FEE, 11800, -11800, "9001")
    assert (withdrawal.kind, withdrawal.gross_minor, withdrawal.rate,
            withdrawal.rate_to, withdrawal.reference) == (
        RowKind.TRANSFER_OUT, -100000, Decimal("92.5"), "INR", "9876")
    assert (wfee.kind, wfee.fee_minor) == (RowKind.FEE, 99)
    assert (connects.kind, connects.gross_minor) == (RowKind.EXPENSE, -1500)


def test_each_upwork_export_is_told_apart_by_its_header(tmp_path: Path) -> None:
    weekly = read_table(WEEKLY).header
    old = read_table(_write(tmp_path, OLD, "old.csv")).header
    current = read_table(_write(tmp_path, CURRENT, "current.csv")).header
    weekly_p, history_p = UpworkWeeklySummary(), UpworkTransactions()
    assert weekly_p.score(weekly) == 1.0 and history_p.score(weekly) == 0.0
    for header in (old, current):
        assert history_p.score(header) >= 0.8 and weekly_p.score(header) == 0.0
        assert all(p.score(header) == 0.0 for p in STRIPE)


def test_recognise_picks_the_upwork_profiles(tmp_path: Path) -> None:
    assert recognise(read_table(WEEKLY)).name == "upwork-weekly"
    for text in (OLD, CURRENT):
        table = read_table(_write(tmp_path, text, "r.csv"))
        assert recognise(table).name == "upwork-transactions"
