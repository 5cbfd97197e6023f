"""Payoneer profile: the account activity with one signed amount, and the older page with
credit and debit columns.

The public Payoneer samples found hold real account data or have no licence, so every file
here is synthetic, in the columns the two exports have (Firefly III's Payoneer import
configuration; an open-source importer's description of both shapes), with made-up ids.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.imports.model import ImportProblem, RowKind, RowStatus
from storage.imports.profiles import recognise
from storage.imports.profiles.payoneer import PayoneerActivity, kind_of
from storage.imports.profiles.stripe import PROFILES as STRIPE
from storage.imports.profiles.upwork import PROFILES as UPWORK
from storage.imports.profiles.wise import PROFILES as WISE
from storage.imports.reading import read_table


def _write(tmp_path: Path, text: str, name: str = "payoneer.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


# Signed amounts, "d M, Y" dates, trailing spaces and tabs in the header and cells, a BOM.
SIGNED = (
    "Date,Description,Amount,Currency,Status,Transaction ID  \n"
    '"28 May, 2024",Payment from Upwork,"1,250.00",USD,Completed,992116509\t   \n'
    '"29 May, 2024",Withdrawal to BANK MANDIRI (7498),-1000.00,USD,Completed,992116510\n'
    '"29 May, 2024",Withdrawal fee,-3.00,USD,Completed,992116511\n'
    '"1 Jun, 2024",Card charge (Hosting Co),-12.99,USD,Completed,992116512\n'
    '"2 Jun, 2024",Annual account fee,-29.95,USD,Completed,992116513\n'
    '"3 Jun, 2024",Payment from Acme GmbH,400.00,EUR,Pending,992116514\n'
    '"4 Jun, 2024",Payment from Beta LLC,80.00,USD,Canceled,992116515\n'
    '"5 Jun, 2024",Something new,5.00,USD,Completed,992116516\n'
)


def test_the_activity_export_with_signed_amounts(tmp_path: Path) -> None:
    rows = list(PayoneerActivity().rows(read_table(_write(tmp_path, SIGNED, bom=True))))
    income, withdrawal, wfee, card, annual, pending, cancelled, unknown = rows
    assert (income.line, income.kind, income.currency, income.gross_minor, income.fee_minor,
            income.net_minor) == (2, RowKind.INCOME, "USD", 125000, 0, 125000)
    assert (income.source_id, income.counterparty, income.memo) == (
        "992116509", "Upwork", "Payment from Upwork")
    assert income.occurred_at == datetime(2024, 5, 28, 12, tzinfo=UTC)
    assert (withdrawal.kind, withdrawal.gross_minor, withdrawal.net_minor,
            withdrawal.reference) == (RowKind.TRANSFER_OUT, -100000, -100000, "7498")
    assert (wfee.kind, wfee.gross_minor, wfee.fee_minor, wfee.net_minor) == (
        RowKind.FEE, 0, 300, -300)
    assert (card.kind, card.net_minor) == (RowKind.EXPENSE, -1299)
    assert (annual.kind, annual.fee_minor) == (RowKind.FEE, 2995)
    assert (pending.kind, pending.currency, pending.status, pending.counterparty) == (
        RowKind.INCOME, "EUR", RowStatus.PENDING, "Acme GmbH")
    assert cancelled.status == RowStatus.DENIED
    assert unknown.kind == RowKind.OTHER


# The older transactions page: credit and debit columns, MM/DD/YYYY, no currency column.
SPLIT = (
    "Transaction Date,Description,Credit Amount,Debit Amount,Status,Reference ID,"
    "Additional Description,Transaction ID\n"
    "04/28/2024,Payment from eBay,2376.64,,Completed,,P 7474334928,986000001\n"
    "04/30/2024,Withdrawal to BANK MANDIRI (7498),,5000.00,Completed,#4366185623014087,,"
    "986000002\n"
    "05/02/2024,Payment from Gamma,,,Completed,,,986000003\n"
)


def test_the_older_page_with_credit_and_debit_columns(tmp_path: Path) -> None:
    income, withdrawal = PayoneerActivity().rows(read_table(_write(tmp_path, SPLIT)))
    assert (income.kind, income.currency, income.gross_minor, income.source_id) == (
        RowKind.INCOME, "USD", 237664, "986000001")
    assert income.occurred_at == datetime(2024, 4, 28, 12, tzinfo=UTC)
    assert (income.counterparty, income.memo) == ("eBay", "Payment from eBay · P 7474334928")
    assert (withdrawal.kind, withdrawal.gross_minor, withdrawal.reference) == (
        RowKind.TRANSFER_OUT, -500000, "7498")
    assert withdrawal.occurred_at == datetime(2024, 4, 30, 12, tzinfo=UTC)


def test_a_currency_code_in_the_amount_cell_is_the_rows_currency(tmp_path: Path) -> None:
    text = ("Date,Description,Credit,Debit,Status,Transaction ID\n"
            '"5 Mar, 2024",Payment from Delta,"1.234,50 EUR",,Completed,77\n')
    (row,) = PayoneerActivity().rows(read_table(_write(tmp_path, text)))
    assert (row.currency, row.gross_minor) == ("EUR", 123450)
    assert row.occurred_at == datetime(2024, 3, 5, 12, tzinfo=UTC)


def test_an_unreadable_amount_is_refused_naming_line_and_column(tmp_path: Path) -> None:
    text = SIGNED.splitlines()[0] + '\n"28 May, 2024",Payment from Upwork,lots,USD,Completed,1\n'
    with pytest.raises(ImportProblem) as caught:
        list(PayoneerActivity().rows(read_table(_write(tmp_path, text))))
    assert (caught.value.line, caught.value.column) == (2, "Amount")


@pytest.mark.parametrize(("description", "amount", "kind"), [
    ("Payment from Fiverr", 100, RowKind.INCOME),
    ("Funds received from Upwork Escrow Inc", 100, RowKind.INCOME),
    ("Currency conversion fee", -100, RowKind.FEE),
    ("Currency conversion", -100, RowKind.CONVERSION),
    ("ATM withdrawal", -100, RowKind.EXPENSE),
    ("Payment to John Smith", -100, RowKind.EXPENSE),
    ("Refund to client", -100, RowKind.REFUND),
])
def test_descriptions_say_what_a_row_is(description: str, amount: int, kind: RowKind) -> None:
    assert kind_of(description, amount) == kind


def test_payoneer_exports_are_told_apart_from_the_other_platforms(tmp_path: Path) -> None:
    profile = PayoneerActivity()
    for text in (SIGNED, SPLIT):
        header = read_table(_write(tmp_path, text, "p.csv")).header
        assert profile.score(header) >= 0.8
        assert all(p.score(header) == 0.0 for p in (*STRIPE, *UPWORK, *WISE)), header
    # A bank's own debit/credit file (no status, no transaction id) is not Payoneer's.
    bank = "Date,Description,Debit,Credit,Balance\n01/02/2024,Shop,12.00,,100.00\n"
    assert profile.score(read_table(_write(tmp_path, bank, "b.csv")).header) == 0.0


def test_recognise_picks_the_payoneer_profile(tmp_path: Path) -> None:
    for text in (SIGNED, SPLIT):
        table = read_table(_write(tmp_path, text, "r.csv", bom=True))
        assert recognise(table).name == "payoneer-activity"
